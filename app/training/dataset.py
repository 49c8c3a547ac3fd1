"""S2 of the conversion loop: the run log becomes a curated, scrubbed chat dataset.

Which logged calls teach (the same rules are written into every data card):

- A first-tier call (any runtime but the cloud) is a "success" example when its step worked
  (its check passed on screen, or it ended its part without acting in a run that finished) and
  its answer names what the step acted on: the grounder asks twice, and the losing answer of a
  wavering pair is no label.
- A step the cloud decided that then worked makes the cloud's answer the "teacher" label for
  each first-tier call of the same role in that step: the local prompt with the answer it
  should have given. The label must follow the local call's schema.
- Only runs that finished "done" or that a person rated "good" teach; a run rated "bad" never
  does. A person's mark outranks the run's outcome and vouches for unchecked steps (a dry run),
  never for a step whose check failed.

Privacy: each example is scrubbed by the cloud path's Scrubber, a fresh one per example, so the
prompt, the answer and the schema's choices share placeholders (the `<EMAIL_1>` of the task is
the `<EMAIL_1>` the answer types) and an answer stays valid under its schema. Values the run
typed are replaced too (a name typed into a form has no cue the scrubber could see), as are
long random-looking strings (API keys of formats the scrubber does not know). An example whose
answer no longer follows its schema afterwards is dropped, not patched. Fresh placeholders per
example also keep one person's data from being linked across examples.

Examples are deduplicated on (prompt, answer) and split into train and test by run with a
seeded shuffle, so no run sits on both sides and the same seed gives the same files.
"""

from __future__ import annotations

import ast
import json
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import jsonschema
import sqlite_utils

from app.privacy.scrub import Scrubber
from app.store.db import now_iso
from app.training.examples import ChatExample, write_jsonl

#: The runtime of the escalation tier, whose answers label what the local model should have said.
TEACHER_RUNTIME = "cloud"
#: Typed values shorter than this are not searched for (a "42" would hit every 42 in a prompt).
MIN_TYPED_LENGTH = 3
#: A run of key characters this long with this much entropy (bits per character) is treated as
#: a secret; a random base62 key of 32 characters has about 4.5, a file or model name under 4.
KEY_MIN_LENGTH = 32
KEY_MIN_ENTROPY = 4.0

RULES = (
    "success: a first-tier (non-cloud) call whose step passed its check on screen, or ended its part "
    "without acting in a finished run, and whose answer names what the step acted on",
    "teacher: in a step the cloud decided and that passed its check, the cloud's answer labels each "
    "first-tier call of the same role, if it follows that call's schema",
    "runs: only runs that finished 'done' or that a person rated 'good'; never runs rated 'bad'; "
    "a 'good' mark also vouches for unchecked steps, never for a failed check",
    "privacy: the cloud path's Scrubber, one per example over prompt, answer and schema choices, "
    "plus the values the run typed and long random-looking strings; examples whose answer no longer "
    "follows its schema after that are dropped",
    "deduplicated on (prompt, answer); split by run with a seeded shuffle (no run on both sides)",
)

_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
_KEYLIKE = re.compile(rf"(?<![\w+=-])[A-Za-z0-9_+=-]{{{KEY_MIN_LENGTH},}}(?![\w+=-])")
_QUOTED = r"""(?P<v>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
#: How the run log writes a typed value: the step's action (`type #3 'text'`) and its goal
#: (`type 'text' -> 'target'`, `fill 'text' -> 'target'`); both quote it as a Python repr.
_TYPED_IN_ACTION = re.compile(rf"^type #\d+ {_QUOTED}")
_TYPED_IN_GOAL = re.compile(rf"^(?:type|fill) {_QUOTED} -> ")
#: The controller makes duplicate element names unique with " (2)", " (3)"...
_UNIQUE_SUFFIX = re.compile(r" \(\d+\)$")

_CALLS = """
SELECT c.id, c.run_id, c.step_id, c.role, c.runtime, c.model, c.messages, c.output, c.schema, c.valid,
       s.verified, s.action, s.decided_by, s.target_text, r.outcome, r.rating
FROM lm_calls c JOIN runs r ON r.id = c.run_id LEFT JOIN steps s ON s.id = c.step_id
ORDER BY c.id
"""


@dataclass(frozen=True)
class DataCard:
    """What went into a dataset and what was left out, for a person to read before training."""

    seed: int
    test_share: float
    created_at: str
    #: First-tier model calls in the log: every one is either an example or a removal reason.
    considered: int
    train: int
    test: int
    train_runs: tuple[int, ...]
    test_runs: tuple[int, ...]
    by_role: dict[str, dict[str, int]]
    by_source: dict[str, dict[str, int]]
    removed: dict[str, int]
    #: Distinct personal values replaced by a placeholder, per kind, over the kept examples.
    replaced: dict[str, int]
    rules: tuple[str, ...] = RULES

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "test_share": self.test_share,
            "created_at": self.created_at,
            "considered": self.considered,
            "examples": {"train": self.train, "test": self.test},
            "runs": {"train": list(self.train_runs), "test": list(self.test_runs)},
            "by_role": self.by_role,
            "by_source": self.by_source,
            "removed": self.removed,
            "replaced": self.replaced,
            "rules": list(self.rules),
        }

    def markdown(self) -> str:
        def counts(table: dict[str, int]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(table.items())) or "none"

        lines = [
            "# Data card",
            "",
            f"Built {self.created_at} from {self.considered} logged first-tier model calls.",
            f"Train: {self.train} examples from runs {_runs(self.train_runs)}.",
            f"Test: {self.test} examples from runs {_runs(self.test_runs)} "
            f"(split by run, seed {self.seed}, test share {self.test_share}).",
            "",
            "| split | by role | by source |",
            "|---|---|---|",
            *(
                f"| {split} | {counts(self.by_role[split])} | {counts(self.by_source[split])} |"
                for split in ("train", "test")
            ),
            "",
            f"Left out: {counts(self.removed)}.",
            f"Placeholders written (distinct values per example, summed): {counts(self.replaced)}.",
            "",
            "## Rules",
            "",
            *(f"- {rule}" for rule in self.rules),
        ]
        return "\n".join(lines) + "\n"


def _runs(ids: Sequence[int]) -> str:
    return ", ".join(map(str, ids)) or "none"


@dataclass
class _Labelled:
    """A first-tier call with the answer it should have given, before scrubbing."""

    call: dict[str, Any]
    answer: Any
    source: str
    extra: dict[str, Any] = field(default_factory=dict)


def build_dataset(
    db: sqlite_utils.Database,
    out_dir: Path,
    *,
    scrubber: Callable[[], Scrubber] = Scrubber,
    seed: int = 0,
    test_share: float = 0.2,
) -> DataCard:
    """Curate the run log in `db` into `out_dir`: train.jsonl and test.jsonl (chat format, each
    with its `.meta.jsonl`), data_card.json and data_card.md. `scrubber` makes the fresh
    Scrubber each example is scrubbed with."""
    if not 0.0 <= test_share < 1.0:
        raise ValueError(f"test_share is the share of runs held out for testing, in [0, 1): {test_share}")
    removed: Counter[str] = Counter()
    labelled = _label(db, removed)
    considered = len(labelled) + sum(removed.values())
    typed = _typed_values(db)
    examples: list[ChatExample] = []
    replaced: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for item in labelled:
        scrubbed = _scrubbed(item, typed.get(item.call["run_id"], ()), scrubber())
        if scrubbed is None:
            removed["answer off its schema after scrubbing"] += 1
            continue
        example, kinds = scrubbed
        key = (json.dumps(example.prompt, ensure_ascii=False), example.answer)
        if key in seen:
            removed["duplicate"] += 1
            continue
        seen.add(key)
        replaced.update(kinds)
        examples.append(example)
    test_runs = _test_runs(sorted({e.run_id for e in examples}), seed, test_share)
    train = [e for e in examples if e.run_id not in test_runs]
    test = [e for e in examples if e.run_id in test_runs]
    out_dir.mkdir(parents=True, exist_ok=True)
    write_jsonl(train, out_dir / "train.jsonl")
    write_jsonl(test, out_dir / "test.jsonl")
    card = DataCard(
        seed=seed,
        test_share=test_share,
        created_at=now_iso(),
        considered=considered,
        train=len(train),
        test=len(test),
        train_runs=tuple(sorted({e.run_id for e in train})),
        test_runs=tuple(sorted(test_runs)),
        by_role={"train": _count(train, "role"), "test": _count(test, "role")},
        by_source={"train": _count(train, "source"), "test": _count(test, "source")},
        removed=dict(sorted(removed.items())),
        replaced=dict(sorted(replaced.items())),
    )
    (out_dir / "data_card.json").write_text(json.dumps(card.to_json(), indent=2) + "\n", encoding="utf-8")
    (out_dir / "data_card.md").write_text(card.markdown(), encoding="utf-8")
    return card


def _count(examples: Iterable[ChatExample], attribute: str) -> dict[str, int]:
    return dict(sorted(Counter(str(getattr(e, attribute)) for e in examples).items()))


def _label(db: sqlite_utils.Database, removed: Counter[str]) -> list[_Labelled]:
    """Every first-tier call with its label, or its removal reason counted in `removed`."""
    calls = [dict(row) for row in db.query(_CALLS)]
    by_step: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for call in calls:
        if call["step_id"] is not None:
            by_step[call["step_id"]].append(call)
    labelled = []
    for call in calls:
        if call["runtime"] == TEACHER_RUNTIME:
            continue
        result = _label_one(call, by_step.get(call["step_id"], []))
        if isinstance(result, str):
            removed[result] += 1
        else:
            labelled.append(result)
    return labelled


def _label_one(call: dict[str, Any], step_calls: list[dict[str, Any]]) -> _Labelled | str:
    """The call's label, or why it has none."""
    if call["step_id"] is None:
        return "not part of a step"
    if call["rating"] == "bad":
        return "run rated bad"
    if call["outcome"] != "done" and call["rating"] != "good":
        return "run did not finish"
    if call["verified"] == 0:
        return "step failed its check"
    ended_part = (call["action"] or "").startswith("done") and call["outcome"] == "done"
    if call["verified"] is None and not ended_part and call["rating"] != "good":
        return "step unchecked"
    schema = json.loads(call["schema"]) if call["schema"] else None
    extra = {"runtime": call["runtime"], "model": call["model"], "step_id": call["step_id"]}
    if call["decided_by"] == TEACHER_RUNTIME:
        teachers = [
            c
            for c in step_calls
            if c["runtime"] == TEACHER_RUNTIME and c["role"] == call["role"] and c["valid"]
        ]
        if not teachers:
            return "no usable teacher answer"
        teacher = teachers[-1]
        answer = _json_object(teacher["output"])
        if answer is None or not _follows(answer, schema):
            return "teacher answer off the local schema"
        extra.update(teacher_call_id=teacher["id"], teacher_model=teacher["model"])
        return _Labelled(call, answer, "teacher", extra)
    answer = _json_object(call["output"]) if call["valid"] else None
    if answer is None:
        return "answer unusable"
    if not _names_target(answer, call["target_text"]):
        return "answer not the one acted on"
    return _Labelled(call, answer, "success", extra)


def _json_object(text: str | None) -> Any:
    """The JSON object in a model's output (a cloud reply may wrap it in prose), or None."""
    if not text:
        return None
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        return None
    try:
        return json.loads(text[start : end + 1])
    except json.JSONDecodeError:
        return None


def _follows(answer: Any, schema: dict[str, Any] | None) -> bool:
    if schema is None:
        return True
    try:
        jsonschema.validate(answer, schema)
    except jsonschema.ValidationError:
        return False
    return True


def _names_target(answer: Any, target: str | None) -> bool:
    """Does the answer name the element the step acted on? (no element: nothing to check)"""
    if not target or not isinstance(answer, dict):
        return True
    wanted = target.replace('"', "'").strip()
    return any(isinstance(v, str) and _UNIQUE_SUFFIX.sub("", v) == wanted for v in answer.values())


def _typed_values(db: sqlite_utils.Database) -> dict[int, tuple[str, ...]]:
    """Per run, the values it typed or was asked to type, longest first."""
    values: dict[int, set[str]] = defaultdict(set)
    for row in db.query("SELECT run_id, goal, action FROM steps"):
        for pattern, text in ((_TYPED_IN_ACTION, row["action"]), (_TYPED_IN_GOAL, row["goal"])):
            match = pattern.match(text or "")
            if match is None:
                continue
            value = ast.literal_eval(match["v"])
            if isinstance(value, str) and len(value.strip()) >= MIN_TYPED_LENGTH:
                values[row["run_id"]].add(value.strip())
    return {run: tuple(sorted(v, key=lambda s: (-len(s), s))) for run, v in values.items()}


def _scrubbed(
    item: _Labelled, typed: Sequence[str], scrubber: Scrubber
) -> tuple[ChatExample, Counter[str]] | None:
    """The example with personal data replaced throughout, or None if its answer broke."""
    call = item.call
    raw_schema = json.loads(call["schema"]) if call["schema"] else None

    def each(fn: Callable[[str], str], parts: tuple[Any, Any, Any]) -> tuple[Any, Any, Any]:
        """`fn` over every text an example holds: prompt contents, answer strings, schema choices."""
        messages, answer, schema = parts
        return (
            [{**m, "content": fn(m["content"])} for m in messages],
            _map_strings(answer, fn),
            None if schema is None else _map_choices(schema, fn),
        )

    parts = each(scrubber.scrub, (json.loads(call["messages"]), item.answer, raw_schema))
    # The detectors read context ("Customer: Grace Hopper" is a name, a bare "Grace Hopper" in
    # the answer is not), so every value found anywhere is then replaced everywhere, by the
    # same placeholder; the run's typed values are searched for as the scrubber leaves them.
    needles: dict[str, Callable[[], str]] = {}
    for token, value in scrubber.originals.items():
        needles[value.casefold()] = partial(str, token)
    for value in typed:
        text = scrubber.scrub(value)
        if text.casefold() not in needles and not _PLACEHOLDER.fullmatch(text):
            needles[text.casefold()] = partial(scrubber.placeholder, "TYPED", value)

    def everywhere(text: str) -> str:
        for needle in sorted(needles, key=len, reverse=True):
            text = _replace_outside_placeholders(text, needle, needles[needle])
        for match in list(_KEYLIKE.finditer(text)):
            if _looks_random(match.group()):
                text = text.replace(match.group(), scrubber.placeholder("SECRET", match.group()))
        return text

    messages, answer, schema = each(everywhere, parts)
    if not _follows(answer, schema):
        return None
    prompt = tuple(messages)
    # Counted from what the example holds: a typed value of the run may not appear in it.
    written = json.dumps([prompt, answer, schema], ensure_ascii=False)
    kinds = Counter(token[1:].rsplit("_", 1)[0] for token in set(_PLACEHOLDER.findall(written)))
    example = ChatExample(
        prompt=prompt,
        answer=json.dumps(answer, ensure_ascii=False, separators=(",", ":")),
        role=call["role"],
        schema=schema,
        call_id=call["id"],
        run_id=call["run_id"],
        source=item.source,
        extra=item.extra,
    )
    return example, kinds


def _replace_outside_placeholders(text: str, needle: str, token: Callable[[], str]) -> str:
    """Replace `needle` (any case: OCR and people vary it) where it is not inside a placeholder."""
    pattern = re.compile(rf"(?P<keep>{_PLACEHOLDER.pattern})|{re.escape(needle)}", re.IGNORECASE)
    return pattern.sub(lambda m: m["keep"] or token(), text)


def _looks_random(text: str) -> bool:
    if not (re.search(r"\d", text) and re.search(r"[A-Za-z]", text)):
        return False
    counts = Counter(text)
    entropy = -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())
    return entropy >= KEY_MIN_ENTROPY


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    """`value` with `fn` applied to every string in it (keys are left alone)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    return value


def _map_choices(schema: Any, fn: Callable[[str], str]) -> Any:
    """The schema with `fn` applied to the values an answer may take (enum, const), the only
    place a schema holds screen text."""
    if isinstance(schema, dict):
        return {
            k: _map_strings(v, fn) if k in ("enum", "const") else _map_choices(v, fn)
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_map_choices(v, fn) for v in schema]
    return schema


def _test_runs(runs: Sequence[int], seed: int, share: float) -> set[int]:
    """A seeded choice of whole runs to hold out; at least one run stays on each side."""
    if len(runs) < 2 or share == 0.0:
        return set()
    shuffled = list(runs)
    random.Random(seed).shuffle(shuffled)
    n = min(max(1, round(len(runs) * share)), len(runs) - 1)
    return set(shuffled[:n])
