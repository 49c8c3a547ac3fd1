"""A live stream's key in its ingest URL, a prepaid meter's token and a number-porting code."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("push rtmp://a.rtmp.youtube.com/live2/8h4k-2mqz-x7v3-pe91-3fdq;", "8h4k-2mqz-x7v3-pe91-3fdq"),
        ("rtmps://live-api-s.facebook.com:443/rtmp/FB-1049283377215-0-AbzQ7rT1kP0wXy3L", "AbzQ7rT1kP0wXy3L"),
        (
            "PLN: Token listrik Anda 2481 0937 5562 1840 7319 untuk ID pelanggan 53211",
            "2481 0937 5562 1840 7319",
        ),
        ("KPLC: Tokeni yako ni 6193 0248 7715 3390 2468 kwa mita 37181234567", "6193 0248 7715 3390 2468"),
        ("টোকেন: 4827-1930-5562-0184-7731", "4827-1930-5562-0184-7731"),
        ("Your Vodafone PAC is XKB482917 and is valid until 14/12/2026.", "XKB482917"),
        ("le RIO associé à votre ligne est 03P8K2M7X4QZ.", "03P8K2M7X4QZ"),
    ],
)
def test_the_secret_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Server: rtmp://live.twitch.tv/app/ (paste your key in OBS)",
        "rtmp://ingest.example.com/live/stream",
        "The PAC meeting is on 14 December in room 2.",
    ],
)
def test_an_ingest_url_without_a_key_or_a_word_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
