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
