"""S6, the measuring half: replay held-out examples through a specialist and score its answers.

Each example's prompt is sent again exactly as it was logged, under the schema it was asked
under, greedily; the answer is compared with the example's label (the answer that worked, or
the teacher's). Scores are what promotion decides on: schema validity, exact match, and
agreement with the teacher on teacher-labelled examples.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.runtimes.base import Message, ModelError, Runtime
from app.training.examples import ChatExample

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Prediction:
    call_id: int
    expected: str
    got: str
    valid: bool
    correct: bool


@dataclass(frozen=True)
class Scores:
    """How one specialist did on one set of examples."""

    specialist: str
    examples: int
    valid: int
    correct: int
    teacher_examples: int
    teacher_agreed: int
    predictions: tuple[Prediction, ...] = field(default=(), repr=False)

    @property
    def accuracy(self) -> float:
        return self.correct / self.examples if self.examples else 0.0

    @property
    def valid_rate(self) -> float:
        return self.valid / self.examples if self.examples else 0.0

    @property
    def teacher_agreement(self) -> float | None:
        return self.teacher_agreed / self.teacher_examples if self.teacher_examples else None

    def summary(self) -> dict[str, Any]:
        return {
            "specialist": self.specialist,
            "examples": self.examples,
            "accuracy": round(self.accuracy, 4),
            "schema_valid": round(self.valid_rate, 4),
            "teacher_agreement": None if self.teacher_agreement is None else round(self.teacher_agreement, 4),
        }


def same_answer(expected: str, got: str) -> bool:
    """Equal as JSON values when both parse (key order and spacing do not matter), else as
    trimmed text."""
    try:
        return bool(json.loads(expected) == json.loads(got))
    except json.JSONDecodeError:
        return expected.strip() == got.strip()


def evaluate(
    runtime: Runtime,
    examples: Sequence[ChatExample],
    *,
    specialist: str,
    max_tokens: int = 64,
    progress: Progress | None = None,
) -> Scores:
    """Score `runtime` on `examples`. A model error on one example counts as a wrong, invalid
    answer (the model is what is being judged), not as a crash."""
    predictions = []
    for done, example in enumerate(examples, start=1):
        messages = [Message.from_dict(m) for m in example.prompt]
        try:
            completion = runtime.complete(messages, schema=example.schema, max_tokens=max_tokens)
            got = completion.text
            valid = completion.error is None and (example.schema is None or completion.json is not None)
        except ModelError as exc:
            got, valid = f"<error: {exc}>", False
        correct = valid and same_answer(example.answer, got)
        predictions.append(Prediction(example.call_id, example.answer, got, valid, correct))
        if progress is not None:
            progress(done, len(examples))
    teacher = [p for p, e in zip(predictions, examples, strict=True) if e.source == "teacher"]
    return Scores(
        specialist=specialist,
        examples=len(predictions),
        valid=sum(p.valid for p in predictions),
        correct=sum(p.correct for p in predictions),
        teacher_examples=len(teacher),
        teacher_agreed=sum(p.correct for p in teacher),
        predictions=tuple(predictions),
    )


@dataclass(frozen=True)
class Verdict:
    promote: bool
    reason: str


def judge(current: Scores, candidate: Scores, *, margin: float) -> Verdict:
    """Promote only a candidate that is better by `margin` (absolute accuracy) and no less
    often schema-valid: a specialist that answers right more often but breaks the schema more
    would trade one failure for another."""
    gain = candidate.accuracy - current.accuracy
    if candidate.examples == 0:
        return Verdict(False, "there are no held-out examples to judge by")
    if candidate.valid_rate < current.valid_rate:
        return Verdict(
            False,
            f"schema-valid answers fell from {current.valid_rate:.0%} to {candidate.valid_rate:.0%}",
        )
    if gain < margin:
        return Verdict(
            False,
            f"accuracy {current.accuracy:.0%} -> {candidate.accuracy:.0%} "
            f"({gain:+.0%}) is below the promotion margin of {margin:.0%}",
        )
    return Verdict(True, f"accuracy {current.accuracy:.0%} -> {candidate.accuracy:.0%} ({gain:+.0%})")
