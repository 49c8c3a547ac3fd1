"""S6 scoring: held-out examples replayed through a specialist, and the promotion judgement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from app.training.evaluate import Scores, evaluate, judge, same_answer
from app.training.examples import ChatExample, read_jsonl, write_jsonl
from tests.fakes import ScriptedRuntime

SCHEMA = {
    "type": "object",
    "properties": {"element": {"type": "string", "enum": ["Email", "Name", "Submit"]}},
    "required": ["element"],
    "additionalProperties": False,
}


def example(call_id: int, answer: str, source: str = "success") -> ChatExample:
    return ChatExample(
        prompt=(
            {"role": "system", "content": "You match a description to one element of a computer screen."},
            {
                "role": "user",
                "content": f'Screen elements:\n- Email\n- Name\n- Submit\n\nDescription: "{answer}"',
            },
        ),
        answer=json.dumps({"element": answer}),
        role="grounder",
        schema=SCHEMA,
        call_id=call_id,
        run_id=call_id,
        source=source,
    )


def test_examples_round_trip_through_the_chat_files(tmp_path: Path) -> None:
    examples = [example(1, "Email"), example(2, "Submit", "teacher")]
    assert write_jsonl(examples, tmp_path / "test.jsonl") == 2
    first = json.loads((tmp_path / "test.jsonl").read_text().splitlines()[0])
    assert [m["role"] for m in first["messages"]] == ["system", "user", "assistant"]
    assert list(read_jsonl(tmp_path / "test.jsonl")) == examples


def test_scores_count_valid_correct_and_teacher_agreement() -> None:
    runtime = ScriptedRuntime({"element": "Email"}, '{"element":"Name"}', "{broken")
    examples = [example(1, "Email"), example(2, "Submit", "teacher"), example(3, "Name", "teacher")]
    scores = evaluate(runtime, examples, specialist="scripted")
    assert (scores.examples, scores.valid, scores.correct) == (3, 2, 1)
    assert (scores.teacher_examples, scores.teacher_agreed) == (2, 0)
    assert [p.correct for p in scores.predictions] == [True, False, False]
    assert scores.summary()["accuracy"] == pytest.approx(1 / 3, abs=1e-4)


def test_answers_compare_as_json_values() -> None:
    assert same_answer('{"element": "Email"}', '{"element":"Email"}')
    assert not same_answer('{"element": "Email"}', '{"element": "Name"}')
    assert same_answer("click it", "  click it\n")


def scores(correct: int, valid: int, n: int = 10) -> Scores:
    return Scores("s", n, valid, correct, 0, 0)


def test_only_a_clearly_better_candidate_is_promoted() -> None:
    assert judge(scores(3, 10), scores(6, 10), margin=0.05).promote
    held = judge(scores(5, 10), scores(5, 10), margin=0.05)
    assert not held.promote and "below the promotion margin" in held.reason
    broke = judge(scores(3, 10), scores(6, 8), margin=0.05)
    assert not broke.promote and "schema-valid answers fell" in broke.reason
    assert not judge(scores(0, 0, 0), scores(0, 0, 0), margin=0.05).promote


@pytest.mark.model
def test_the_real_model_is_scored_under_each_examples_schema(tmp_path: Path) -> None:
    runtime = LlamaRuntime(resolve_role("grounder", tmp_path), n_ctx=1024)
    examples = [example(1, "Email"), example(2, "Submit"), example(3, "Name")]
    scores = evaluate(runtime, examples, specialist="builtin")
    # Under the schema every answer is valid JSON naming one of the three; which one is the model's.
    assert scores.valid == 3
    for prediction in scores.predictions:
        assert json.loads(prediction.got)["element"] in ("Email", "Name", "Submit")
        assert prediction.correct == (json.loads(prediction.got) == json.loads(prediction.expected))
