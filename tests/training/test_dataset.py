"""S2: a real run log becomes a curated, scrubbed, deduplicated dataset split by run.

Runs are recorded by the real controller into a real SQLite log (see conftest.py); escalations
go to a real HTTP stand-in for the cloud. The tests read back the files the export wrote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from app.agent.steps import Box, ElementKind
from app.training.dataset import build_dataset
from app.training.examples import ChatExample, read_jsonl
from tests.fakes import FakeForm, Widget
from tests.training.conftest import RunRecorder

EMAIL = {"element": "Email"}


def read(folder: Path) -> tuple[list[ChatExample], list[ChatExample]]:
    return list(read_jsonl(folder / "train.jsonl")), list(read_jsonl(folder / "test.jsonl"))


def test_a_worked_local_answer_teaches_and_the_cloud_relabels_the_ones_it_replaced(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    ok = recorder.run("Type ada@example.com into the e-mail address box", EMAIL, EMAIL)
    wavered = recorder.run(
        "Type bob@example.com into the electronic mail box",
        {"element": "Name"},
        {"element": "Password"},
        cloud='{"element": "Email"}',
    )
    garbage = recorder.run(
        "Type cy@example.com into the inbox address box", "{not json", cloud='Sure: {"element": "Email"}'
    )
    card = build_dataset(recorder.log.db, tmp_path / "ds", test_share=0.0)
    train, test = read(tmp_path / "ds")
    assert test == [] and card.train == len(train) == 5
    sources = {
        run: [(e.source, e.answer) for e in train if e.run_id == run] for run in (ok, wavered, garbage)
    }
    assert sources[ok] == [("success", '{"element":"Email"}')] * 2
    assert sources[wavered] == [("teacher", '{"element":"Email"}')] * 2
    assert sources[garbage] == [("teacher", '{"element":"Email"}')]
    # A teacher example is the local call's own prompt (both option orders) with the cloud's answer.
    local_calls = [c for c in recorder.log.calls_of(wavered) if c["runtime"] == "llama.cpp"]
    (cloud_call,) = [c for c in recorder.log.calls_of(wavered) if c["runtime"] == "cloud"]
    relabelled = [e for e in train if e.run_id == wavered]
    assert [e.call_id for e in relabelled] == [c["id"] for c in local_calls]
    assert [list(e.prompt) for e in relabelled] == [json.loads(c["messages"]) for c in local_calls]
    assert {e.extra["teacher_call_id"] for e in relabelled} == {cloud_call["id"]}
    assert card.by_source["train"] == {"success": 2, "teacher": 3}
    assert card.by_role["train"] == {"grounder": 5}


def test_every_left_out_call_is_counted_with_its_reason(recorder: RunRecorder, tmp_path: Path) -> None:
    # A paraphrase the model reads wrong (a pick a field-kind word would contradict is never
    # acted on: "e-mail address" cannot be Name), acted on, and rated bad by the person.
    recorder.run(
        "Type ada@example.com into the contact box",
        {"element": "Name"},
        {"element": "Name"},
        rating="bad",
    )
    retried = FakeForm.standard()
    retried.widget("Delete").inert = True
    recorder.run(
        "Click the remove button",
        {"element": "Delete"},
        {"element": "Delete"},
        {"element": "Clear"},
        {"element": "Clear"},
        form=retried,
    )
    stuck = FakeForm.standard()
    stuck.widget("Delete").inert = stuck.widget("Clear").inert = True
    recorder.run(
        "Click the remove button",
        {"element": "Delete"},
        {"element": "Delete"},
        {"element": "Clear"},
        {"element": "Clear"},
        form=stuck,
    )
    recorder.run("Type ada@example.com into the e-mail address box", EMAIL, {"element": "Name"})
    recorder.run("Type ada@example.com into the mail address box", EMAIL, EMAIL, dry_run=True)
    vouched = recorder.run(
        "Type ada@example.com into the electronic mail box", EMAIL, EMAIL, dry_run=True, rating="good"
    )
    card = build_dataset(recorder.log.db, tmp_path / "ds", test_share=0.0)
    assert card.removed == {
        "answer not the one acted on": 1,
        "run did not finish": 4,
        "run rated bad": 2,
        "step failed its check": 2,
        "step unchecked": 2,
    }
    local_calls = sum(
        1 for r in recorder.log.db.query("SELECT runtime FROM lm_calls") if r["runtime"] != "cloud"
    )
    assert card.considered == local_calls == card.train + sum(card.removed.values())
    train, _ = read(tmp_path / "ds")
    answers = sorted(e.answer for e in train)
    assert answers == ['{"element":"Clear"}'] * 2 + ['{"element":"Email"}'] * 3
    assert [e.run_id for e in train].count(vouched) == 2


def test_identical_examples_are_kept_once(recorder: RunRecorder, tmp_path: Path) -> None:
    for address in ("ada@example.com", "bob@example.org", "cy@example.net"):
        recorder.run(f"Type {address} into the e-mail address box", EMAIL, EMAIL)
    card = build_dataset(recorder.log.db, tmp_path / "ds", test_share=0.0)
    train, _ = read(tmp_path / "ds")
    keys = [(json.dumps(e.prompt), e.answer) for e in train]
    assert len(keys) == len(set(keys)) == 2 and card.removed == {"duplicate": 4}


def test_the_split_is_by_run_and_the_same_seed_gives_the_same_files(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    # Ten different wordings, so no two runs share a prompt (a name typed into the Name field
    # would not do: it is scrubbed to the same placeholder in every run).
    phrases = ["e-mail address", "mail address", "electronic mail", "inbox address", "mail contact"]
    for phrase in [*phrases, *(f"{p} entry" for p in phrases)]:
        recorder.run(f"Type a@example.com into the {phrase} box", EMAIL, EMAIL, form=FakeForm.standard())
    card = build_dataset(recorder.log.db, tmp_path / "a", seed=7, test_share=0.3)
    train, test = read(tmp_path / "a")
    assert {e.run_id for e in train}.isdisjoint({e.run_id for e in test})
    assert len({e.run_id for e in test}) == 3 and len(test) == card.test == 6
    assert sorted(card.test_runs) == sorted({e.run_id for e in test})
    build_dataset(recorder.log.db, tmp_path / "b", seed=7, test_share=0.3)
    for name in ("train.jsonl", "train.meta.jsonl", "test.jsonl", "test.meta.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    card_json = json.loads((tmp_path / "a" / "data_card.json").read_text())
    assert card_json["runs"]["test"] == list(card.test_runs) and card_json["seed"] == 7
    assert "split by run, seed 7" in (tmp_path / "a" / "data_card.md").read_text()


PII = {
    "name": "Grace Hopper",
    "typed_name": "Quorvin Zaltbeek",  # in no name list: only the typing finds it
    "cue_name": "Katherine Johnson",
    "email": "grace.hopper@navy.example.mil",
    "phone": "+1 415-555-0132",
    "iban": "DE89 3704 0044 0532 0130 00",
    "api_key": "sk-proj-4fJ9kQ2mZx8LwT3vRb7NcY1pHs6D",
    "unknown_key": "Zq8vN3kLw7Rt2YxB9mHc4PdF6sJg1AeU5oTi",
}


def customer_form(*, notes: bool = True) -> FakeForm:
    def at(kind: ElementKind, label: str, i: int) -> Widget:
        return Widget(kind, label, Box(20 if kind is ElementKind.CHECKBOX else 160, 20 + 40 * i, 200, 24))

    return FakeForm(
        widgets=[
            at(ElementKind.FIELD, "Full legal name", 0),
            at(ElementKind.FIELD, "Mail", 1),
            at(ElementKind.FIELD, "Mobile", 2),
            at(ElementKind.FIELD, "Bank account", 3),
            at(ElementKind.FIELD, "API key", 4),
            at(ElementKind.CHECKBOX, f"Send receipts to {PII['email']}", 5),
            at(ElementKind.BUTTON, "Save", 6),
        ],
        notes=[
            f"Customer: {PII['name']}",
            f"Contact: {PII['cue_name']}",
            f"Mail {PII['email']}, tel {PII['phone']}",
            f"IBAN {PII['iban']}",
            f"API key {PII['api_key']}",
            f"Session {PII['unknown_key']}",
        ]
        if notes
        else [],
    )


def test_no_personal_value_or_key_reaches_the_dataset_and_answers_stay_consistent(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    def actor(action: str, target: str, text: str = "") -> dict[str, str]:
        # A llama.cpp actor's answer has the shape of its move: a done names nothing.
        if action == "done":
            return {"action": action}
        move = {"action": action, "target": target}
        return {**move, "text": text} if text else move

    recorder.run(
        "Register the customer from the notes and send them receipts",
        actor("type", "Full legal name", PII["name"]),
        actor("type", "Mail", PII["email"]),
        actor("type", "Mobile", PII["phone"]),
        actor("type", "Bank account", PII["iban"]),
        actor("type", "API key", PII["api_key"]),
        actor("click", f"Send receipts to {PII['email']}"),
        actor("done", "Save"),
        form=customer_form(),
    )
    recorder.run(
        f"Type {PII['name']} into the person box",
        {"element": "Full legal name"},
        {"element": "Full legal name"},
        form=customer_form(),
    )
    # No cue marks this name as one; the run typed it, and that is how it is found.
    recorder.run(
        f"Sign up the visitor {PII['typed_name']} as a new customer",
        actor("type", "Full legal name", PII["typed_name"]),
        actor("done", "Save"),
        form=customer_form(notes=False),
    )
    card = build_dataset(recorder.log.db, tmp_path / "ds", test_share=0.0)
    assert card.train == 11 and card.removed == {}, (card.train, card.removed)
    written = "".join(p.read_text(encoding="utf-8") for p in sorted((tmp_path / "ds").iterdir()))
    logged = json.dumps([dict(r) for r in recorder.log.db.query("SELECT messages, output FROM lm_calls")])
    for kind, value in PII.items():
        assert value in logged, f"the fixture must put the {kind} into the log"
        assert value not in written, f"the {kind} {value!r} reached the dataset"
    assert set(card.replaced) >= {"NAME", "EMAIL", "PHONE", "IBAN", "SECRET", "TYPED"}
    train, _ = read(tmp_path / "ds")
    for example in train:
        answer = json.loads(example.answer)
        jsonschema.validate(answer, example.schema)
        prompt = "".join(m["content"] for m in example.prompt)
        # The answer's placeholders are the prompt's: the model learns to copy what it sees.
        assert set(re.findall(r"<[A-Z_]+_\d+>", example.answer)) <= set(re.findall(r"<[A-Z_]+_\d+>", prompt))
    typed = [json.loads(e.answer).get("text", "") for e in train if e.role == "actor"]
    assert typed == ["<NAME_1>", "<EMAIL_1>", "<PHONE_1>", "<IBAN_1>", "<SECRET_1>", "", "", "<TYPED_1>", ""]


def test_an_empty_log_gives_empty_files_and_a_bad_test_share_is_refused(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    card = build_dataset(recorder.log.db, tmp_path / "ds")
    assert (card.considered, card.train, card.test) == (0, 0, 0)
    assert read(tmp_path / "ds") == ([], []) and (tmp_path / "ds" / "data_card.md").is_file()
    with pytest.raises(ValueError, match=r"share of runs held out"):
        build_dataset(recorder.log.db, tmp_path / "ds", test_share=1.0)
