"""The Runtime protocol every language-model backend implements, and its typed errors.

The agent only ever sees `Runtime.complete()` and a `Completion`; which backend produced it
(llama.cpp or ONNX Runtime on this machine, an OpenAI-compatible server or the cloud behind the
permission gate in `app.runtimes.cloud`) is chosen when the session binds models to roles.
A model's garbage is a `Completion` with `error` set, never an exception.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from app.errors import DeskhandError

if TYPE_CHECKING:
    from app.privacy.redact import Screenshot

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class Message:
    role: Role
    content: str
    #: The screen the question is about, offered to a runtime that can see. Only the cloud
    #: runtime looks at it (it redacts it, and sends it only with the image permission); local
    #: runtimes read `content` alone, and the run log keeps `as_dict()`, without it.
    screen: Screenshot | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Message:
        """A message as logged (`as_dict`) read back; an unknown role is a ValueError."""
        role = data["role"]
        if role not in ("system", "user", "assistant"):
            raise ValueError(f"unknown message role {role!r}")
        return cls(role, data["content"])  # type: ignore[arg-type]


@dataclass(frozen=True)
class Completion:
    """What one model call produced, with the figures the run log keeps."""

    text: str
    #: The parsed JSON when a schema was given and the text parsed; None otherwise.
    json: Any
    tokens_in: int
    tokens_out: int
    latency_s: float
    ttft_s: float | None
    finish_reason: str
    #: Why `json` is None although a schema was asked for (for the log and the retry prompt).
    error: str | None = None

    @classmethod
    def failed(cls, reason: str, latency_s: float = 0.0) -> Completion:
        """No answer at all (a request not sent, an endpoint that failed), with the reason."""
        return cls("", None, 0, 0, latency_s, None, "error", reason)


class Runtime(Protocol):
    """A loaded model that answers chat messages, optionally under a JSON schema."""

    @property
    def name(self) -> str:
        """The backend, as logged: "llama.cpp", "onnx", "server" (trusted) or "cloud" (gated)."""
        ...

    @property
    def model(self) -> str:
        """The model's name, as logged."""
        ...

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
    ) -> Completion: ...


def generated(
    text: str,
    finish_reason: str,
    schema: dict[str, Any] | None,
    *,
    tokens_in: int,
    tokens_out: int,
    latency_s: float,
    ttft_s: float | None,
) -> Completion:
    """The Completion of a local generation: parsed when a schema was asked for."""
    parsed, error = parse_json(text, finish_reason) if schema is not None else (None, None)
    return Completion(
        text=text,
        json=parsed,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        latency_s=latency_s,
        ttft_s=ttft_s,
        finish_reason=finish_reason,
        error=error,
    )


def parse_json(text: str, finish_reason: str) -> tuple[Any, str | None]:
    """A schema-constrained answer parsed, or why it is not JSON (cut off, or broken)."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        reason = "the answer was cut off at max_tokens" if finish_reason == "length" else str(exc)
        return None, f"output is not valid JSON: {reason}"


class ModelError(DeskhandError):
    """A model cannot be used. The message names the file and what to do next."""


class RuntimeUnavailableError(ModelError):
    """The library behind a backend is not installed."""


class ModelFileError(ModelError):
    """A model file is missing or unusable."""

    def __init__(self, path: Path, problem: str, remedy: str) -> None:
        self.path = path
        self.problem = problem
        self.remedy = remedy
        super().__init__(f"{path}: {problem}. {remedy}")


class ModelNotFoundError(ModelFileError):
    pass


class NotGGUFError(ModelFileError):
    pass


class TruncatedModelError(ModelFileError):
    pass


class UnsupportedArchitectureError(ModelFileError):
    pass
