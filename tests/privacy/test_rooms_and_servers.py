"""A room named after someone, and a network's own machines by their role in a log
(app/privacy/public.py, app/privacy/scrub.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    "text",
    [
        "Der Beamer im Besprechungsraum „Grace Hopper“ ist defekt, Ticket 4471.",
        "Møterommet «Sigrid Undset» er booket til fredag.",
        "Koosolekuruum „Anton Hansen“ on täna kinni.",
    ],
)
def test_a_room_named_after_someone_is_no_person(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == [], detect(text)


@pytest.mark.parametrize(
    ("text", "kept", "found"),
    [
        (
            "kernel: DROP IN=eth0 SRC=81.2.69.160 DST=10.20.1.15 PROTO=TCP DPT=445",
            "10.20.1.15",
            "81.2.69.160",
        ),
        ("Node db-gw-01 (10.0.4.7) failed over to db-gw-02; 40 sessions moved", "10.0.4.7", None),
        ("Sunucu 10.0.3.17 yeniden başlatıldı, kullanıcı 81.2.69.142 bağlandı", "10.0.3.17", "81.2.69.142"),
    ],
)
def test_a_networks_own_machine_is_no_ones_address(text: str, kept: str, found: str | None) -> None:
    ips = [f.value for f in detect(text) if f.kind == "IP"]
    assert kept not in ips
    assert found is None or found in ips


def test_a_name_after_from_is_still_a_name() -> None:
    text = "Remittance advice: €120.00 received from Ottoline Varga, ref INV-2026-0047"
    assert "Ottoline Varga" in [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Charles Dickens's Great Expectations is the set text for Year 11 this term.",
        "Lunch & learn: how Kevin Mitnick talked his way into the phone company",
    ],
)
def test_a_public_figure_and_their_work_is_no_person(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == [], detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asset 2291: Dell Latitude 5440, warranty to 2028",
        "Fleet | Ford Transit Connect | MOT due 03/2027",
        "who took the Stanley knife and the Allen keys from van 2?",
    ],
)
def test_a_brands_product_or_tool_is_no_person(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == [], detect(text)


def test_a_person_sharing_a_brands_name_is_still_a_name() -> None:
    assert "Dell Smith" in [
        f.value for f in detect("Ticket raised by Dell Smith, ext 4471") if f.kind == "NAME"
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Party at Nadia's (she's at 14 Larch Rise) from 8", "14 Larch Rise"),
        ("Invoice to: Ciarán Walsh · 3 Willow Lawn, Rathmines, Dublin 6", "3 Willow Lawn"),
    ],
)
def test_more_english_street_words_make_an_address(text: str, address: str) -> None:
    assert address in [f.value for f in detect(text) if f.kind == "ADDRESS"], detect(text)


def test_an_amount_before_a_clubs_name_is_no_house_number() -> None:
    assert [
        f for f in detect("Please pay £45 subs to Hartley Vale JFC by Friday") if f.kind == "ADDRESS"
    ] == []
