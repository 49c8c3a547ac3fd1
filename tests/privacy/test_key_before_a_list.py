"""A setting's snake_case key before a list or a mapping ("exclude_fields: [owner_name, ...]")
is no chat handle, nor are the keys around it its fellow speakers (speakers._BARE_HANDLE). The
three keys are taken for people at 944809f; a handle before a sentence stays a speaker (a
guard)."""

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_keys_before_lists_are_kept() -> None:
    text = (
        "# nightly export\n"
        "destination: s3://backups/guests/\n"
        "keep_fields: [room, arrival, departure, board]\n"
        "drop_fields: [guest_name, guest_phone, id_number]\n"
    )
    assert Scrubber().scrub(text) == text


def test_a_handle_before_a_sentence_is_a_speaker() -> None:  # guard
    assert "priya_k22" not in Scrubber().scrub("priya_k22: who is bringing the tent pegs tomorrow")
