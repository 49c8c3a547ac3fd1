"""The scrubber against a corpus of realistic lines (mails, forms, logs, invoices).

tests/privacy/corpus.json holds each line with the personal data it contains. Recall is the
share of those values no longer present after scrubbing; clean lines must come back unchanged.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.privacy.scrub import Scrubber, detect

CORPUS = json.loads((Path(__file__).parent / "corpus.json").read_text(encoding="utf-8"))
STRUCTURED = {"EMAIL", "PHONE", "CARD", "IBAN", "IP", "NATIONAL_ID", "SECRET"}


def measure() -> tuple[dict[str, float], float]:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    changed_clean = 0
    clean = 0
    for row in CORPUS:
        scrubbed = Scrubber().scrub(row["text"])
        if not row["pii"]:
            clean += 1
            changed_clean += scrubbed != row["text"]
        for item in row["pii"]:
            totals[item["kind"]] += 1
            hits[item["kind"]] += item["value"] not in scrubbed
    recall = {kind: hits[kind] / totals[kind] for kind in totals}
    return recall, changed_clean / clean


def test_the_corpus_is_big_enough_and_mixed() -> None:
    assert len(CORPUS) >= 150
    assert sum(1 for r in CORPUS if not r["pii"]) >= 30
    assert {i["kind"] for r in CORPUS for i in r["pii"]} >= STRUCTURED | {"NAME"}


def test_recall_on_structured_kinds_is_at_least_95_percent() -> None:
    recall, _ = measure()
    structured = [recall[k] for k in STRUCTURED]
    assert min(structured) >= 0.95, recall


def test_clean_lines_are_left_unchanged() -> None:
    _, false_positive_rate = measure()
    assert false_positive_rate == 0.0


def test_names_after_cues_are_found() -> None:
    recall, _ = measure()
    assert recall["NAME"] >= 0.9, recall


def test_placeholders_are_stable_and_map_back() -> None:
    scrubber = Scrubber()
    out = scrubber.scrub("Mail jane@example.com, then jane@example.com again; card 4111 1111 1111 1111")
    assert out == "Mail <EMAIL_1>, then <EMAIL_1> again; card <CARD_1>"
    assert scrubber.restore("Wrote to <EMAIL_1>.") == "Wrote to jane@example.com."


@pytest.mark.parametrize("text", ["4111 1111 1111 1112", "DE89 3704 0044 0532 0130 01", "999.1.1.1"])
def test_numbers_that_fail_their_checksum_are_not_pii(text: str) -> None:
    assert detect(text) == []


def test_what_a_name_field_holds_is_a_name_however_it_is_written() -> None:
    """The grounder's screen lines show a field's contents; a typed name must not leave."""
    scrubber = Scrubber()
    screen = (
        '- field "Name" (shows "Ada Lovelace")\n'
        '- field "Full name" (shows "grace hopper")\n'
        '- field "Search" (shows "Submit")\n'
        '- button "Name"'
    )
    out = scrubber.scrub(screen)
    assert "Ada Lovelace" not in out and "grace hopper" not in out
    assert '(shows "Submit")' in out and '- button "Name"' in out
    assert scrubber.restore(out) == screen


def test_a_labelled_name_inside_a_quoted_screen_line_is_found() -> None:
    """The specialists' prompts quote each element ('- label "Customer: Grace Hopper"'): the
    label cue must work right after the quote as it does at the start of a line."""
    scrubbed = Scrubber().scrub('- label "Customer: Grace Hopper"\n- text "Contact: Katherine Johnson"')
    assert "Grace" not in scrubbed and "Katherine" not in scrubbed


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kostenstelle 0711-34 buchen", False),
        ("Cost centre: 0207 946 11", False),
        ("PO # 0161 496 0034 approved", False),
        ("Mobile 0161 496 0034", True),
        ("Order query? Call Sam on +44 161 496 0034", True),
    ],
)
def test_a_number_after_a_code_label_is_that_code(text: str, phone: bool) -> None:
    # A company's cost centres and order numbers take phone shapes; "+" and a country code,
    # or a label of its own, still make a phone.
    assert any(f.kind == "PHONE" for f in detect(text)) is phone
