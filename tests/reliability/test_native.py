"""Native code cannot kill the run: llama.cpp meets the faults the probe found, for real.

Each case runs the real built-in model (SmolLM2-135M-Instruct, Q4_1). Where the fault used to
kill the process (a segfault on a grammar llama.cpp cannot parse, an abort on damaged weights),
the model runs in a child process, so a regression fails the test instead of ending pytest.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from app.runtimes.base import Message
from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from tests.reliability.damaged_models import nan_weights

pytestmark = pytest.mark.model

#: The child: load the model, answer one request per stdin line, print each Completion as JSON.
ANSWERING_CHILD = """
import dataclasses, json, sys
from pathlib import Path
from app.runtimes.base import Message
from app.runtimes.llama import LlamaRuntime

runtime = LlamaRuntime(Path(sys.argv[1]), threads=2)
for line in sys.stdin:
    request = json.loads(line)
    messages = [Message(m["role"], m["content"]) for m in request["messages"]]
    answer = runtime.complete(
        messages,
        schema=request["schema"],
        max_tokens=request["max_tokens"],
        temperature=request.get("temperature", 0.0),
    )
    print(json.dumps(dataclasses.asdict(answer)), flush=True)
"""
ASK = (
    Message("system", "You operate a form. Answer in JSON."),
    Message("user", "Screen elements are listed below. Which one should be clicked?"),
)


def one_of(values: list[Any], prop: str = "target") -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {prop: {"type": "string", "enum": values}},
        "required": [prop],
        "additionalProperties": False,
    }


def ask_in_child(
    model: Path,
    schemas: Sequence[dict[str, Any]],
    max_tokens: int = 16,
    env: dict[str, str] | None = None,
    temperature: float = 0.0,
) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]]]:
    """The child's exit, output and one Completion (as a dict) per schema it got to answer."""
    lines = "".join(
        json.dumps(
            {
                "messages": [m.as_dict() for m in ASK],
                "schema": s,
                "max_tokens": max_tokens,
                "temperature": temperature,
            }
        )
        + "\n"
        for s in schemas
    )
    done = subprocess.run(
        [sys.executable, "-c", ANSWERING_CHILD, str(model)],
        input=lines,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done, answers


@pytest.fixture(scope="module")
def builtin_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_role("actor", tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def runtime(builtin_model: Path) -> LlamaRuntime:
    return LlamaRuntime(builtin_model, threads=2)


# -- schemas with no valid choice -------------------------------------------------------------

NO_CHOICE = {
    "nothing on screen qualifies": (one_of([]), "`target`"),
    "an empty list inside an array": (
        {
            "type": "object",
            "properties": {"steps": {"type": "array", "items": {"type": "string", "enum": []}}},
            "required": ["steps"],
        },
        "`steps`",
    ),
    "an empty anyOf": ({"anyOf": []}, "`the answer`"),
}


def test_a_schema_with_no_valid_choice_never_reaches_llama_cpp(builtin_model: Path) -> None:
    """It used to segfault: the empty enum became a rule llama.cpp cannot parse."""
    done, answers = ask_in_child(builtin_model, [schema for schema, _ in NO_CHOICE.values()])
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-2000:]}"
    for (case, (_, where)), answer in zip(NO_CHOICE.items(), answers, strict=True):
        assert answer["json"] is None and answer["text"] == "", case
        assert answer["error"] == f"the schema offers no valid choice for {where} (an empty list)", case
        assert answer["finish_reason"] == "error" and answer["tokens_out"] == 0, case


def test_a_value_the_grammar_cannot_hold_is_refused_with_a_reason(builtin_model: Path) -> None:
    """A lone surrogate (a broken name from an accessibility tree) has no UTF-8 spelling."""
    done, answers = ask_in_child(builtin_model, [one_of(["OK", "Save \ud800"])])
    assert done.returncode == 0, done.stderr[-2000:]
    assert answers[0]["json"] is None
    assert answers[0]["error"].startswith("the schema holds text that is not valid Unicode")


# -- names that need escaping -----------------------------------------------------------------

ODD_NAMES = {
    "backslash": "C:\\Users\\ada\\notes.txt",
    "quotes": 'Say "hi"',
    "tab": "Name\tField",
    "newline": "two\nlines",
    "control characters": "bell\x07 nul\x00 escape\x1b",
    "non-ASCII": "Prénom \u2013 名前 ✓ 🙂",
    "500 characters": ("Accept the terms and conditions of the service " * 11)[:500],
}


@pytest.fixture(scope="module")
def odd_answers(builtin_model: Path) -> dict[str, dict[str, Any]]:
    """Each odd name as the only choice; max_tokens 16, far fewer than the longest one needs."""
    done, answers = ask_in_child(builtin_model, [one_of([v]) for v in ODD_NAMES.values()])
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-2000:]}"
    return dict(zip(ODD_NAMES, answers, strict=True))


@pytest.mark.parametrize("case", list(ODD_NAMES))
def test_an_odd_element_name_is_answered_exactly(case: str, odd_answers: dict[str, dict[str, Any]]) -> None:
    """Backslashes and control characters used to make the grammar force invalid JSON; a quote
    crashed llama.cpp's parser; a long name was cut off at max_tokens."""
    answer = odd_answers[case]
    assert answer["error"] is None, answer
    assert json.loads(answer["text"]) == {"target": ODD_NAMES[case]}
    assert answer["json"] == {"target": ODD_NAMES[case]}


def test_long_choices_extend_the_answer_budget_but_short_ones_do_not(runtime: LlamaRuntime) -> None:
    short = one_of(["OK", "Cancel"])
    long = one_of(["OK", "x" * 300])
    assert runtime.prompt_budget(16, short) == runtime.n_ctx - 16 - len("Cancel") + 1
    assert runtime.prompt_budget(16, long) == runtime.n_ctx - 16 - 299


# -- prompts longer than the context ----------------------------------------------------------


def test_a_task_longer_than_the_context_is_an_unusable_answer_not_a_traceback(
    runtime: LlamaRuntime,
) -> None:
    task = "Fill in the form with the details from the letter. " * 300
    messages = (Message("system", "Answer in JSON."), Message("user", f"Task: {task}"))
    tokens = runtime.prompt_tokens(messages)
    assert tokens > runtime.n_ctx == 2048
    assert not runtime.fits(messages, max_tokens=16, schema=one_of(["OK"]))

    answer = runtime.complete(messages, schema=one_of(["OK"]), max_tokens=16)

    assert answer.json is None and answer.finish_reason == "error"
    assert answer.error == (
        f"the prompt has {tokens} tokens and the context 2048, with 17 kept for the answer: "
        "shorten the task or the screen"
    )
    assert answer.tokens_in == tokens


def test_a_prompt_that_leaves_no_room_for_the_answer_is_refused_too(runtime: LlamaRuntime) -> None:
    """A prompt just under the context used to leave llama.cpp a few tokens: the answer was cut."""
    filler = "word " * 1950
    messages = (Message("user", filler),)
    tokens = runtime.prompt_tokens(messages)
    assert tokens < runtime.n_ctx < tokens + 200
    assert runtime.fits(messages, max_tokens=runtime.n_ctx - tokens)
    assert not runtime.fits(messages, max_tokens=200)
    answer = runtime.complete(messages, max_tokens=200)
    assert answer.error is not None and f"has {tokens} tokens and the context 2048" in answer.error


def test_a_screen_that_fits_is_answered_as_before(runtime: LlamaRuntime) -> None:
    assert runtime.fits(ASK, max_tokens=16, schema=one_of(["OK", "Cancel"]))
    answer = runtime.complete(ASK, schema=one_of(["OK", "Cancel"]), max_tokens=16)
    assert answer.error is None and answer.json["target"] in {"OK", "Cancel"}


# -- native diagnostics stay off stdout -------------------------------------------------------


def test_a_damaged_model_aborts_in_llama_cpp_without_a_word_on_stdout(
    builtin_model: Path, tmp_path: Path
) -> None:
    """NaN weights make llama.cpp's grammar sampler abort (the greedy path answers nothing usable
    instead, so this samples); its abort handler used to run gdb, whose backtrace went to
    stdout, where `run --json` prints JSON lines. The backend switches that off itself: the
    child's environment does not."""
    damaged = nan_weights(builtin_model, tmp_path / "nan.gguf")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GGML_")}

    done, answers = ask_in_child(damaged, [one_of(["OK", "Cancel"])], env=env, temperature=0.7)

    assert done.returncode == -signal.SIGABRT, done.stderr[-2000:]
    assert answers == [] and done.stdout == ""
    assert "grammar" in done.stderr and "ggml_print_backtrace" not in done.stderr
