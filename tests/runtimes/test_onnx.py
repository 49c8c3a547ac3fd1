"""The ONNX Runtime GenAI backend on CPU, with a tiny model the tests build offline.

The model has random weights, so these tests show the plumbing — loading a builder-made folder,
the chat template, the provider fallback, schema-constrained decoding, token counts — not the
quality of any answer. Schema validity here comes from guidance alone: a random model would
almost never write valid JSON by itself.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from app.runtimes.base import Message, ModelFileError
from app.runtimes.onnx import OnnxRuntime

SCHEMA = {
    "type": "object",
    "properties": {
        "action": {"type": "string", "enum": ["click", "type", "done"]},
        "element": {"type": "string", "enum": ["Submit", "Clear", "Delete"]},
    },
    "required": ["action", "element"],
    "additionalProperties": False,
}
ASK = (
    Message("system", "You operate a form. Answer in JSON."),
    Message("user", "Buttons: Submit, Clear, Delete. Task: send the form."),
)


@pytest.fixture(scope="module")
def runtime(tiny_onnx_model: Path) -> OnnxRuntime:
    return OnnxRuntime(tiny_onnx_model)


def test_schema_constrained_output_is_valid_compact_json(runtime: OnnxRuntime) -> None:
    completion = runtime.complete(ASK, schema=SCHEMA, max_tokens=40)
    assert completion.error is None, completion.text
    jsonschema.validate(completion.json, SCHEMA)
    assert completion.text == json.dumps(completion.json, separators=(",", ":"))
    assert completion.finish_reason == "stop"
    assert completion.tokens_in > 10 and 0 < completion.tokens_out < 40
    assert completion.ttft_s is not None and 0 < completion.ttft_s <= completion.latency_s


def test_the_prompt_uses_the_models_chat_template(runtime: OnnxRuntime) -> None:
    assert runtime.render(ASK).endswith("<|im_start|>assistant\n")
    assert "<|im_start|>system\nYou operate a form." in runtime.render(ASK)


def test_without_a_schema_the_answer_is_text_up_to_max_tokens(runtime: OnnxRuntime) -> None:
    completion = runtime.complete(ASK, max_tokens=5)
    assert completion.json is None and completion.error is None
    assert completion.tokens_out <= 5


def test_a_cpu_build_falls_back_to_cpu_and_says_why(runtime: OnnxRuntime) -> None:
    assert runtime.provider == "CPU"
    assert "CUDA" in runtime.provider_note and "DirectML" in runtime.provider_note
    assert (runtime.name, runtime.model) == ("onnx", "tiny-llama-onnx")


def test_a_folder_with_its_graph_missing_is_a_typed_error(tiny_onnx_model: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_onnx_model, broken)
    (broken / "model.onnx").unlink()
    with pytest.raises(ModelFileError, match="ONNX graph is missing"):
        OnnxRuntime(broken)


def test_damaged_weights_are_a_typed_error_naming_the_folder(tiny_onnx_model: Path, tmp_path: Path) -> None:
    broken = tmp_path / "damaged"
    shutil.copytree(tiny_onnx_model, broken)
    (broken / "model.onnx").write_bytes(b"\x00garbage" * 10)
    with pytest.raises(ModelFileError, match="could not load it") as info:
        OnnxRuntime(broken)
    assert str(broken) in str(info.value)
