"""Shapes the newest tuning corpora taught (app/privacy/examples.py, scrub.py, names.py,
organisation_contacts.py, labelled.py): a tax office's "Modello 730" is a real form, not a
template; hour ranges with dots and a law's number are no phones; Brazilian and Chinese mobiles
in their own notation, a chat's sender shown by number and a customer's mobile beside her hours
are people's; streets named after people with their Hungarian and Turkish endings, products with
their size or in a product's record, and a CJK sentence after a buyer's label are no one."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def test_a_tax_form_named_modello_730_is_filled_in_for_real() -> None:
    text = (
        "CAF – Modello 730/2026 – Dati del contribuente\nCognome: LOMBARDI     Nome: FRANCESCA\n"
        "Codice fiscale: LMBFNC86C54A944R\nTelefono: 347 882 1094"
    )
    scrubbed = Scrubber().scrub(text)
    for value in ("LOMBARDI", "FRANCESCA", "LMBFNC86C54A944R", "347 882 1094"):
        assert value not in scrubbed


def test_a_template_named_modello_stays_a_template() -> None:
    text = "Modello di lettera\nCognome: ROSSI Nome: GIULIA\nTelefono: 347 882 1094"
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Vendedora (Jéssica): o pix é meu celular mesmo, (21) 99718-4402, manda aqui", "(21) 99718-4402"),
        ("收件人王浩然，电话186 2049 7731", "186 2049 7731"),
        (
            "WhatsApp · Backpackers Lodge Reception\n+61 412 880 193: hey do u have a bed tonight?",
            "+61 412 880 193",
        ),
        ("Abholung vereinbart bei Kundin, Tel. 0152 0917 4436, Mo–Fr ab 16 Uhr", "0152 0917 4436"),
    ],
)
def test_a_persons_phone_in_these_notations_is_found(text: str, phone: str) -> None:
    assert phone not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "PLN: Pemeliharaan jaringan pada Sabtu pukul 09.00–14.00 WIB di wilayah Bandung.",
        "การไฟฟ้านครหลวง: แจ้งดับไฟ วันอาทิตย์ที่ 7 ธันวาคม เวลา 08.30–15.30 น.",
        "Según el artículo 21 de la Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo.",
        "month,revenue,costs\n2026-10,3995.00,488.75",
        "Whole-herd TB test 12/02/2026: all clear. Next test due 02/2027.",
        "Patch 14.23 notes · Build 6.12.880.3417 · Known issue in ranked queue",
        "MVM: a Széchenyi István téren és a Deák Ferenc utcában december 5-én áramszünet lesz.",
        "İSKİ: Üsküdar ilçesi Mimar Sinan Mahallesi'nde 14:00–20:00 saatleri arasında su kesintisi.",
        '[{"sku": "CH-MP-30", "name": "Charlotte Tilbury Magic Cream 30ml", "rrp": 79.00}]',
        "sku,name,brand,rrp_gbp\nJO-0110,Jamie Oliver Non-Stick Frying Pan 28cm,Tefal,39.99",
    ],
)
def test_notices_laws_streets_and_products_keep_their_words(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_person_in_a_pick_list_with_a_sku_stays_a_person() -> None:
    text = "PICK LIST PL-0117\n02  SKU AL-1001  x2  → M. Threlfall  BB7 2HQ"
    assert "Threlfall" not in Scrubber().scrub(text)


def test_a_cjk_sentence_after_a_buyers_label_is_no_name() -> None:
    names = [f.value for f in detect("买家：我要改一下收货地址，改成：收件人王浩然") if f.kind == "NAME"]
    assert names == ["王浩然"]
