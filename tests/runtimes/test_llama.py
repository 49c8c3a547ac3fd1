"""The llama.cpp backend against the real built-in model (SmolLM2-135M-Instruct, Q4_1)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from app.runtimes.base import (
    Message,
    ModelFileError,
    NotGGUFError,
    TruncatedModelError,
    UnsupportedArchitectureError,
)
from app.runtimes.llama import LlamaRuntime, compact_grammar

pytestmark = pytest.mark.model

SCHEMA = {
    "type": "object",
    "properties": {
        "action": {"type": "string", "enum": ["click", "type", "done"]},
        "element": {"type": "string", "enum": ["Submit", "Clear", "Delete"]},
        "text": {"type": "string", "maxLength": 20},
    },
    "required": ["action", "element", "text"],
    "additionalProperties": False,
}
ASK = (
    Message("system", "You operate a form. Answer in JSON."),
    Message("user", "Buttons: Submit, Clear, Delete. Task: send the form."),
)


@pytest.fixture(scope="module")
def runtime(builtin_model: Path) -> LlamaRuntime:
    return LlamaRuntime(builtin_model, threads=2)


def test_schema_constrained_output_is_valid_compact_json(runtime: LlamaRuntime) -> None:
    completion = runtime.complete(ASK, schema=SCHEMA, max_tokens=48)
    assert completion.error is None
    data = json.loads(completion.text)
    assert set(data) == {"action", "element", "text"}
    assert data["action"] in {"click", "type", "done"} and data["element"] in {"Submit", "Clear", "Delete"}
    assert completion.json == data
    assert completion.text == json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    assert completion.finish_reason == "stop"
    assert completion.tokens_in > 20 and 0 < completion.tokens_out < 48
    assert completion.ttft_s is not None and 0 < completion.ttft_s <= completion.latency_s


def test_greedy_answers_are_the_ones_llama_cpp_python_samples(runtime: LlamaRuntime) -> None:
    """The greedy path checks few tokens against the grammar; it must pick what the library's
    sampler (the grammar over the whole vocabulary) picks, token for token."""
    asks = [ASK, (ASK[0], Message("user", "Buttons: Submit, Clear, Delete. Task: type hi and clear it."))]
    for messages in asks:
        ours = runtime.complete(messages, schema=SCHEMA, max_tokens=48)
        library = runtime.complete(messages, schema=SCHEMA, max_tokens=48, temperature=1e-9)
        assert ours.error is None and ours.text == library.text


def test_a_schema_of_alternatives_gets_one_of_its_shapes(runtime: LlamaRuntime) -> None:
    """The actor's moves: a click carries no text at all, done carries no target."""
    click = {
        "type": "object",
        "properties": {
            "action": {"const": "click"},
            "target": {"type": "string", "enum": ["Submit", "Clear"]},
        },
        "required": ["action", "target"],
        "additionalProperties": False,
    }
    done = {
        "type": "object",
        "properties": {"action": {"const": "done"}},
        "required": ["action"],
        "additionalProperties": False,
    }
    schema = {"anyOf": [click, done]}
    completion = runtime.complete(ASK, schema=schema, max_tokens=24)
    assert completion.json in (
        {"action": "click", "target": "Submit"},
        {"action": "click", "target": "Clear"},
        {"action": "done"},
    )
    # One shape is answered, so the longest choice of any one shape bounds the answer.
    assert runtime.prompt_budget(24, schema) == runtime.n_ctx - 24 - (len("Submit") - 1)


def test_the_grammar_leaves_no_room_for_whitespace() -> None:
    grammar = compact_grammar(SCHEMA)
    assert 'space ::= ""' in grammar
    assert "\\n" not in grammar.split("space ::=")[1].splitlines()[0]


def test_grammar_literals_spell_json_escapes_as_gbnf_wants() -> None:
    """llama-cpp-python's converter left backslashes alone: JSON's `\\t` became a raw tab."""
    grammar = compact_grammar({"type": "string", "enum": ['C:\\dir "x"\t\u00e9']})
    # The JSON text "C:\\dir \"x\"\té" (UTF-8, not \\u escapes), each \ and " escaped again.
    assert r'root ::= "\"C:\\\\dir \\\"x\\\"\\té\""' in grammar


def test_a_schema_with_no_choice_has_no_grammar() -> None:
    schema = {"type": "object", "properties": {"action": {"type": "string", "enum": []}}}
    with pytest.raises(ValueError, match="no valid choice for `action`"):
        compact_grammar(schema)


def test_plain_chat_without_schema(runtime: LlamaRuntime) -> None:
    completion = runtime.complete((Message("user", "Say hello."),), max_tokens=8)
    assert completion.text and completion.json is None and completion.error is None


def test_a_plain_answer_is_handed_over_as_it_is_decoded(runtime: LlamaRuntime) -> None:
    pieces: list[str] = []
    completion = runtime.complete(
        [Message("user", "Name three colours.")], max_tokens=12, on_text=pieces.append
    )
    assert len(pieces) == completion.tokens_out > 1
    assert "".join(pieces) == completion.text


def test_a_cut_off_answer_is_reported_not_parsed(runtime: LlamaRuntime) -> None:
    completion = runtime.complete(ASK, schema=SCHEMA, max_tokens=3)
    assert completion.json is None
    assert completion.error is not None and "cut off at max_tokens" in completion.error


def test_two_threads_never_share_the_context_at_once(runtime: LlamaRuntime) -> None:
    results: list[object] = []

    def ask() -> None:
        results.append(runtime.complete(ASK, schema=SCHEMA, max_tokens=48).json)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 3 and all(isinstance(r, dict) for r in results)
    assert results[0] == results[1] == results[2]


@pytest.mark.parametrize(
    ("fixture", "error"),
    [
        ("text_file", NotGGUFError),
        ("truncated_model", TruncatedModelError),
        ("alien_model", UnsupportedArchitectureError),
    ],
)
def test_bad_files_raise_typed_errors_naming_the_file(
    fixture: str, error: type[ModelFileError], request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(fixture)
    with pytest.raises(error) as info:
        LlamaRuntime(path)
    assert str(path) in str(info.value)


def test_a_file_llama_cpp_rejects_raises_instead_of_killing_the_process(tmp_path: Path) -> None:
    import gguf
    import numpy as np

    path = tmp_path / "hollow.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_chat_template("{{ messages[0]['content'] }}")
    writer.add_block_count(1)
    writer.add_tensor("w", np.zeros((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelFileError, match=r"llama\.cpp could not load it") as info:
        LlamaRuntime(path)
    assert "try another model file" in str(info.value)
