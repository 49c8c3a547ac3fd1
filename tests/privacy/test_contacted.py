"""A capitalised first name after a verb of contact is a person (app/privacy/contacted.py), an
everyday word that is a first name too; a voice assistant, a team or a word in capitals is not.
A shop's new order comes from its customer, an order one places from a shop (app/privacy/public.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the alarm panel code changes monthly (ask Rose if it stops working)", "Rose"),
        ("trailer 9 is early, can someone tell Will to open bay 4?", "Will"),
        ("Forms are on the desk; ring Tom before noon.", "Tom"),
        ("Big thanks to Grace for covering the late shift!", "Grace"),
        ("vraag Joost even of de sleutel terug is", "Joost"),
        ("per la chiave chiedi a Benedetta in portineria", "Benedetta"),
    ],
)
def test_whom_to_get_in_touch_with_is_a_name(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text), detect(text)


def test_the_surname_after_joins_the_name_but_a_word_in_capitals_does_not() -> None:
    text = "please tell Will Brackenbury ASAP that the van is back"
    names = [f.value for f in detect(text) if f.kind == "NAME"]
    assert names == ["Will Brackenbury"], detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ask Siri to set a timer for the oven.",
        "email Support if the app crashes again",
        "Call Centre hours are 9 to 5 on weekdays.",
        "please call ASAP if the boiler stops",
        "Thank God it's Friday.",
    ],
)
def test_an_assistant_a_team_or_a_word_in_capitals_is_no_one(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_new_order_from_someone_names_the_customer_and_an_order_from_a_shop_does_not() -> None:
    text = "New order #10482 from Hannah Whitlock — £64.99 (3 items)"
    assert "Hannah Whitlock" not in Scrubber().scrub(text), detect(text)
    text = "Your order from John Lewis has shipped"
    assert Scrubber().scrub(text) == text, detect(text)
