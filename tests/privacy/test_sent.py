"""The person a delivery, ride or home-service app sends (app/privacy/sent.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Instacart: Shopper Marisol is checking out your items", "Marisol"),
        ("Trendyol Go: Kuryen Emre kapında!", "Emre"),
        ("Be: Tài xế Nguyễn Văn Hùng đã đến điểm đón", "Nguyễn Văn Hùng"),
        ("Wolt: Kurier Mateusz odebrał zamówienie", "Mateusz"),
        ("طلبات: المندوب ياسر في الطريق إليك", "ياسر"),
        ("גט: הנהג אליהו מגיע בעוד 3 דקות", "אליהו"),
        ("Swiggy: ड्राइवर राजेश आपका ऑर्डर ला रहे हैं", "राजेश"),
        ("Grab: คนขับ สมศักดิ์ กำลังมารับคุณ", "สมศักดิ์"),
    ],
)
def test_the_worker_an_app_sends_is_a_name(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uber: Your driver is arriving in 2 minutes",
        "Settings: Driver Assistance Package enabled",
        "Golf news: Rider Cup tickets on sale",
        "Deliveroo: Rider tips are now 100% yours",
    ],
)
def test_the_role_without_a_name_is_kept(text: str) -> None:
    assert not _names(text), detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Courier (Mateo): I'm at the door\nMe: coming down", "Mateo"),
        ("Kurye Burak: Kapıdayım, zili çaldım\nMüşteri: geliyorum", "Burak"),
        ("Kierowca Tomasz: stoję w korku pod Łodzią", "Tomasz"),
        ("Plumber Gareth: leak fixed, pressure test at 11", "Gareth"),
        ("司机王强：到仓库门口了\n仓管：好的", "王强"),
    ],
)
def test_a_worker_speaking_by_role_in_a_chat_is_a_name(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Driver Assistance: enabled\nCruise Control: on",
        "Technician Notes: replaced the fuse, tested OK",
        "Courier Service: next-day delivery before noon",
    ],
)
def test_a_role_before_everyday_words_in_a_chat_is_no_name(text: str) -> None:
    assert _names(text) == [], detect(text)
