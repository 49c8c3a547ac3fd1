"""Long text: a line longer than the detectors read whole is read in pieces (scrub._folded), and
the helpers that keep a screen of thousands of values from costing the square of its length
(finding.Spans, scrub._copies) answer as the slow way they replace would. Their time is measured
by `python -m bench.privacy_growth`, not here."""

from __future__ import annotations

import random
import re

from app.privacy.finding import Spans
from app.privacy.long_lines import LONGEST_CASED_RUN, lowered
from app.privacy.scrub import Scrubber, detect

_SENTENCES = [
    "Please call Anja Müller on +49 30 901820 about the overdue invoice.",
    "Her address is anja.mueller@example.de and the refund goes to DE89 3704 0044 0532 0130 00.",
    "The gateway at 203.0.113.50 logged three failed logins for Tomasz Kowalski this morning.",
    "Dear Mr. Okonkwo, your card 4539 1488 0343 6467 was charged twice on Friday.",
    "Send the signed lease to 221B Baker Street, London NW1 6XE before the end of the month.",
]


def test_sentences_on_one_long_line_are_found_as_on_lines_of_their_own() -> None:
    on_lines = "\n".join(_SENTENCES * 3)
    on_one_line = " ".join(_SENTENCES * 3)
    assert len(on_one_line) > 1_000
    found_on_lines = sorted(f.value for f in detect(on_lines))
    assert "Tomasz Kowalski" in found_on_lines
    assert sorted(f.value for f in detect(on_one_line)) == found_on_lines


def test_findings_on_a_long_line_point_at_their_values_in_the_text() -> None:
    people = [
        "Ifeoma Adeyemi",
        "Lucía Fernández",
        "Oskar Lindqvist",
        "Margit Kovács",
        "Kwame Mensah",
        "Priya Raman",
    ]
    addressees = (f"{p} <{p.split()[0].lower()}.{i}@example.org>" for i, p in enumerate(people * 12))
    to = "To: " + "; ".join(addressees)
    assert len(to) > 2_000 and "\n" not in to
    found = detect(to)
    assert all(to[f.start : f.end] == f.value and "\n" not in f.value for f in found)
    scrubbed = Scrubber().scrub(to)
    assert "@" not in scrubbed
    assert "Kovács" not in scrubbed and "Lindqvist" not in scrubbed


def test_a_line_with_no_place_to_break_is_scrubbed_whole() -> None:
    rng = random.Random(7)
    key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(1_500))
    text = f"export API_TOKEN={key}"
    scrubbed = Scrubber().scrub(text)
    assert scrubbed.startswith("export API_TOKEN=<SECRET_")
    assert not re.search(r"[a-z0-9]{20}", scrubbed.removeprefix("export API_TOKEN="))


def test_spans_answer_as_comparing_every_span() -> None:
    rng = random.Random(16)
    for _ in range(200):
        starts = [rng.randint(0, 300) for _ in range(rng.randint(0, 12))]
        spans = [(s, s + rng.randint(1, 30)) for s in starts]
        index = Spans(spans)
        for _ in range(20):
            start = rng.randint(0, 330)
            end = start + rng.randint(1, 40)
            assert index.overlap(start, end) == any(s < end and start < e for s, e in spans)


def test_a_name_found_once_is_scrubbed_wherever_it_stands_alone() -> None:
    text = "Dear Fenna, the export is yours. Fenna will merge it; fennal and Fennas stay."
    scrubbed = Scrubber().scrub(text)
    assert "Fenna " not in scrubbed and "Fenna," not in scrubbed
    assert "fennal" in scrubbed and "Fennas" in scrubbed


def test_a_long_run_of_capitals_is_read_in_lower_case_and_nothing_else_is() -> None:
    run = "ЖЩ-" * 50
    thai = "ติดต่อคุณ" * 15 + "John"
    text = f"Dear Anna Berg, {run} {thai} Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    read = lowered(text)
    assert len(read) == len(text) and len(run) > LONGEST_CASED_RUN
    assert read == text.replace(run, run.lower())


def test_findings_beside_and_inside_a_long_run_of_capitals_keep_their_values() -> None:
    key = "QwErTyUiOp" * 14
    text = f"Dear Anna Berg, {'O' * 3_000}\nLDAP_PASSWORD={key}\nCall Oskar Lindqvist on +46 70 123 45 67."
    found = {f.value: f.kind for f in detect(text)}
    assert found[key] == "SECRET"
    assert found["Anna Berg"] == found["Oskar Lindqvist"] == "NAME"
    assert all(text[f.start : f.end] == f.value for f in detect(text))
