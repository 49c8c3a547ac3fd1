"""A game's voice-channel text and a handle after a chat's time stamp.

A game's voice channel shows its text chat as "[VC text] ghostpepper: ..." and a party's as
"[party chat] Bex: ..."; a stream or a lobby stamps its lines with the time alone before a
handle ("[21:05] Kai_the_Kid: yeah add me"). The speakers are people. Every case of SPEAKERS
fails at e548393; the guards (a log's process and level after a time stamp) pass there and must
keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

SPEAKERS = [
    ("[VC text] ghostpepper: who's on shot caller tonight\n[VC text] Bex: me, I can do it", "ghostpepper"),
    ("[VC text] ghostpepper: who's on shot caller tonight\n[VC text] Bex: me, I can do it", "Bex"),
    ("[party chat] tinytimmy: my wifi is down again lol", "tinytimmy"),
    ("[21:05] Kai_the_Kid: yeah add me, I'm plat 2 on EU", "Kai_the_Kid"),
]

GUARDS = [
    "[09:14] ERROR db: connection refused after three retries",
    "[09:14] INFO scheduler: queued the nightly export job",
]


@pytest.mark.parametrize(("text", "value"), SPEAKERS)
def test_speaker_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_logs_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
