"""A patient and their next of kin in an HL7 v2 message (app/privacy/hl7.py)."""

from __future__ import annotations

from app.privacy.scrub import detect

_MESSAGE = (
    "MSH|^~\\&|EPIC|RVH|||202612030412||ADT^A01|1|P|2.5\r"
    "PID|1||E123456^^^RVH~9434765919^^^NHS||O'NEILL^MAEVE^R||19850214|F|||12 Elm Rd^Flat 2^Belfast^^BT9 6AB"
    "||028 9066 1234\r"
    "NK1|1|O'NEILL^PATRICK|FTH||07700 900461\r"
    "PV1|1|I|W3^12^A"
)


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in detect(text)}


def test_the_patient_and_next_of_kin_are_found_by_their_fields() -> None:
    found = _found(_MESSAGE)
    expected = {
        ("NATIONAL_ID", "E123456"),
        ("NATIONAL_ID", "9434765919"),
        ("NAME", "O'NEILL"),
        ("NAME", "MAEVE"),
        ("DOB", "19850214"),
        ("ADDRESS", "12 Elm Rd"),
        ("ADDRESS", "BT9 6AB"),
        ("PHONE", "028 9066 1234"),
        ("NAME", "PATRICK"),
        ("PHONE", "07700 900461"),
    }
    assert expected <= found, expected - found


def test_a_segment_quoted_in_a_log_line_is_read_too() -> None:
    line = "04:12:31 ADT^A08 PID|1||00884172^^^MRN||BRENNAN^SIOBHAN^M||19790621|F"
    assert {("NATIONAL_ID", "00884172"), ("NAME", "BRENNAN"), ("DOB", "19790621")} <= _found(line)


def test_the_messages_own_fields_are_kept() -> None:
    # the header's sender, the visit's ward and the event's type are nobody's
    found = _found(_MESSAGE)
    assert not {value for _, value in found} & {"EPIC", "RVH", "W3", "ADT", "A01", "202612030412"}
