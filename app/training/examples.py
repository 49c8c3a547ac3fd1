"""One training example: a logged model call with the answer it should have given.

Every stage of the loop passes these around: the export writes them (OpenAI chat fine-tuning
JSONL plus a metadata sidecar line per example), clustering groups them, fine-tuning learns from
their messages, evaluation replays their prompt under their schema and compares with `answer`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ChatExample:
    """`prompt` is the messages the model saw (system, user); `answer` the assistant text it
    should produce. `source` says where the label came from: "success" (the local answer of a
    step that worked) or "teacher" (the cloud's answer to a step the local model got wrong)."""

    prompt: tuple[dict[str, str], ...]
    answer: str
    role: str
    schema: dict[str, Any] | None
    call_id: int
    run_id: int
    source: str
    cluster: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def chat(self) -> dict[str, Any]:
        """The OpenAI chat fine-tuning line: the prompt followed by the assistant's answer."""
        return {"messages": [*self.prompt, {"role": "assistant", "content": self.answer}]}

    def meta(self) -> dict[str, Any]:
        """Everything else, written line-aligned beside the chat file."""
        row = asdict(self)
        del row["prompt"], row["answer"]
        return row


def write_jsonl(examples: Iterable[ChatExample], chat_path: Path) -> int:
    """Write `chat_path` (chat format) and `<stem>.meta.jsonl` beside it; returns the count."""
    meta_path = chat_path.with_name(chat_path.stem + ".meta.jsonl")
    count = 0
    with chat_path.open("w", encoding="utf-8") as chat, meta_path.open("w", encoding="utf-8") as meta:
        for example in examples:
            chat.write(json.dumps(example.chat(), ensure_ascii=False) + "\n")
            meta.write(json.dumps(example.meta(), ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(chat_path: Path) -> Iterator[ChatExample]:
    """Read back what `write_jsonl` wrote."""
    meta_path = chat_path.with_name(chat_path.stem + ".meta.jsonl")
    with chat_path.open(encoding="utf-8") as chat, meta_path.open(encoding="utf-8") as meta:
        for chat_line, meta_line in zip(chat, meta, strict=True):
            messages = json.loads(chat_line)["messages"]
            info = json.loads(meta_line)
            yield ChatExample(prompt=tuple(messages[:-1]), answer=messages[-1]["content"], **info)
