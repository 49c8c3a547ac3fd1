"""An OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, Ollama, LM Studio, llama.cpp
server, vLLM, NIM) as a Runtime, reachable only through the permission gate.

It cannot be built without a `Gate` and a `Scrubber`: every message is scrubbed with one view
of the whole request (`app.privacy.request`: a value found in any message, in the screen's
text or in a field captioned for personal data is replaced in every message by the same
placeholder, and blacked out in the screenshot), the gate
decides and records the request in the outbound ledger before a byte is sent, and the reply's
placeholders are mapped back locally. Timeouts and retries with backoff come from the `openai`
client; any failure (denied, 4xx/5xx, timeout, malformed or off-schema reply) raises
`CloudUnavailable`. A specialist asking a consultant turns it into an unusable answer that
carries the reason (`app.agent.specialists.Answer`), which the controller reads like any other
unusable answer: it asks the next tier or keeps the local one, and the step's route says why.

A model server on the person's own network speaks the same protocol. Bound to a role, it is
the cloud under another name unless the person marked its host trusted; then
`TrustedServerRuntime` talks to it directly, with no gate and no scrubbing. Either way
`RemoteRole` makes a failure an unusable answer the controller reacts to (retry, escalate, a
clear outcome), as it would to a local model's garbage.

Screenshots: a `Message` may offer the screen it asks about (`Message.screen`, the raw pixels
and the texts read on them). The image rides on the message rather than on a `complete()`
keyword so the Runtime protocol stays the same for every backend: local runtimes read the text
and never look at it, and only this runtime, the one door out, decides what of it leaves. With
the gate's image permission it redacts the screen (`app.privacy.redact`: personal text and
password fields blacked out, with the same detector as the text scrubber), scales it to
`image_width` pixels, and sends it as OpenAI multimodal content (a `data:image/png;base64` URL
next to the text); the gate is asked with the PNG, and the ledger's payload holds its size and
SHA-256 where the URL was, never the bytes. Without the permission, or when personal text sits
where no box can hide it, the request goes as text alone and the ledger says why.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema

from app.privacy.gate import Gate
from app.privacy.redact import Covered, Redacted, to_png
from app.privacy.request import scrub_request
from app.privacy.scrub import Scrubber
from app.runtimes.base import Completion, Message, ModelError


@dataclass(frozen=True)
class Provider:
    """Where to send: a name for the ledger and keyring, the endpoint, the model, the key."""

    name: str
    base_url: str
    model: str
    api_key: str | None = None
    #: The person chose "always allow this provider" (cloud.toml `always_allow = true`).
    always_allow: bool = False

    def __repr__(self) -> str:
        # The key stays out of every repr, log line and traceback.
        return f"Provider(name={self.name!r}, base_url={self.base_url!r}, model={self.model!r})"


class CloudUnavailable(ModelError):
    """The cloud was not asked (denied) or gave no usable answer; fall back to local."""


@dataclass(frozen=True)
class OutgoingImage:
    """A redacted screenshot as it would leave: PNG bytes and what was blacked out."""

    png: bytes
    covered: tuple[Covered, ...]

    @property
    def data_url(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    @property
    def summary(self) -> str:
        """What the ledger keeps instead of the bytes."""
        kinds = ", ".join(dict.fromkeys(c.kind for c in self.covered)) or "nothing found"
        return (
            f"screenshot: PNG, {len(self.png)} bytes, sha256 {hashlib.sha256(self.png).hexdigest()}; "
            f"{len(self.covered)} boxes blacked out ({kinds})"
        )


class CloudRuntime:
    def __init__(
        self,
        provider: Provider,
        *,
        gate: Gate,
        scrubber: Scrubber,
        timeout_s: float = 30.0,
        retries: int = 2,
        image_width: int = 1024,
    ) -> None:
        if not isinstance(gate, Gate) or not isinstance(scrubber, Scrubber):
            raise TypeError("a CloudRuntime needs the permission Gate and a Scrubber")
        self.provider = provider
        self.gate = gate
        self.scrubber = scrubber
        self.timeout_s = timeout_s
        self.retries = retries
        #: Screenshots are scaled down to this width: enough to read a form, a fraction of the
        #: bytes (and of the provider's image tokens) of a full screen.
        self.image_width = image_width
        self.calls = 0

    @property
    def name(self) -> str:
        return "cloud"

    @property
    def model(self) -> str:
        return f"{self.provider.name}:{self.provider.model}"

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> Completion:
        offered = [m.screen for m in messages if m.screen is not None]
        if len(offered) > 1:
            raise ValueError("a cloud request carries at most one screenshot")
        screen = offered[0] if offered else None
        request = scrub_request(
            self.scrubber, [m.content for m in messages], screen, with_image=self.gate.images
        )
        image, note = self._outgoing_image(request.redacted) if screen is not None else (None, "")
        sent: list[dict[str, Any]] = []
        logged: list[dict[str, Any]] = []
        for m, text in zip(messages, request.texts, strict=True):
            if m.screen is None or image is None:
                sent.append({"role": m.role, "content": text})
                logged.append({"role": m.role, "content": text})
                continue
            for into, url in ((sent, image.data_url), (logged, f"<{image.summary}>")):
                content = [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": url}}]
                into.append({"role": m.role, "content": content})
        permission = self.gate.request(
            self.provider.name,
            self.provider.model,
            logged,
            image=None if image is None else image.png,
            note=note,
        )
        if not permission.allowed:
            raise CloudUnavailable(f"not sent to {self.provider.name}: {permission.reason}")
        started = time.perf_counter()
        try:
            text, usage = chat_request(
                self.provider, sent, schema, max_tokens, temperature, self.timeout_s, self.retries
            )
        except CloudUnavailable as exc:
            self.gate.ledger.outbound_result(permission.ledger_id, status="failed", error=str(exc))
            raise
        self.calls += 1
        latency = time.perf_counter() - started
        text = self.scrubber.restore(text)
        parsed, error = (None, None)
        if schema is not None:
            parsed, error = _parse(text, schema)
        status = "answered" if error is None else "malformed"
        self.gate.ledger.outbound_result(permission.ledger_id, status=status, error=error)
        if error is not None:
            raise CloudUnavailable(f"{self.provider.name} answered, but {error}")
        return Completion(
            text=text,
            json=parsed,
            tokens_in=usage.get("prompt_tokens", 0),
            tokens_out=usage.get("completion_tokens", 0),
            latency_s=latency,
            ttft_s=None,
            finish_reason="stop",
        )

    def _outgoing_image(self, redacted: Redacted | None) -> tuple[OutgoingImage | None, str]:
        """The redacted PNG that may go with a request, or None and why it stays here."""
        if redacted is None:
            return None, "the screenshot stayed on this machine: images are not allowed"
        if redacted.uncovered:
            kinds = ", ".join(redacted.uncovered)
            return (
                None,
                f"the screenshot stayed on this machine: a caption holds {kinds} and has no box to black out",
            )
        return OutgoingImage(to_png(redacted.image, self.image_width), redacted.covered), ""


def chat_request(
    provider: Provider,
    sent: list[dict[str, Any]],
    schema: dict[str, Any] | None,
    max_tokens: int,
    temperature: float,
    timeout_s: float,
    retries: int,
) -> tuple[str, dict[str, int]]:
    """One chat completion from an OpenAI-compatible endpoint: (text, usage). Any failure
    raises CloudUnavailable with a reason a person can read."""
    import openai

    client = openai.OpenAI(
        base_url=provider.base_url,
        api_key=provider.api_key or "none",
        timeout=timeout_s,
        max_retries=retries,
    )
    extra: dict[str, Any] = {}
    if schema is not None:
        extra["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": schema, "strict": True},
        }
    try:
        reply = client.chat.completions.create(
            model=provider.model,
            messages=sent,  # type: ignore[arg-type]
            max_tokens=max_tokens,
            temperature=temperature,
            **extra,
        )
        text = reply.choices[0].message.content or ""
    except openai.APITimeoutError as exc:
        raise CloudUnavailable(f"{provider.name} timed out after {timeout_s:.0f} s") from exc
    except openai.APIStatusError as exc:
        raise CloudUnavailable(f"{provider.name} answered HTTP {exc.status_code}") from exc
    except openai.APIError as exc:
        raise CloudUnavailable(f"{provider.name} is unreachable or sent a malformed reply") from exc
    except (IndexError, AttributeError, TypeError, ValueError) as exc:
        raise CloudUnavailable(f"{provider.name} sent a malformed reply") from exc
    usage = reply.usage.model_dump() if reply.usage is not None else {}
    return text, {k: int(v) for k, v in usage.items() if isinstance(v, int)}


class TrustedServerRuntime:
    """A model server on a host the person marked trusted: no gate, no scrubbing, still logged."""

    def __init__(self, provider: Provider, *, timeout_s: float = 30.0, retries: int = 1) -> None:
        self.provider = provider
        self.timeout_s = timeout_s
        self.retries = retries

    @property
    def name(self) -> str:
        return "server"

    @property
    def model(self) -> str:
        return f"{self.provider.name}:{self.provider.model}"

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> Completion:
        sent = [{"role": m.role, "content": m.content} for m in messages]
        started = time.perf_counter()
        text, usage = chat_request(
            self.provider, sent, schema, max_tokens, temperature, self.timeout_s, self.retries
        )
        parsed, error = _parse(text, schema) if schema is not None else (None, None)
        return Completion(
            text=text,
            json=parsed,
            tokens_in=usage.get("prompt_tokens", 0),
            tokens_out=usage.get("completion_tokens", 0),
            latency_s=time.perf_counter() - started,
            ttft_s=None,
            finish_reason="stop",
            error=error,
        )


class RemoteRole:
    """A role answered over the network: a failure (denied, unreachable, off-schema) becomes an
    unusable answer carrying the reason, so the controller retries or escalates instead of
    stopping, exactly as it does for a local model's mistake."""

    def __init__(self, remote: CloudRuntime | TrustedServerRuntime) -> None:
        self.remote = remote

    @property
    def name(self) -> str:
        return self.remote.name

    @property
    def model(self) -> str:
        return self.remote.model

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> Completion:
        started = time.perf_counter()
        try:
            return self.remote.complete(
                messages, schema=schema, max_tokens=max_tokens, temperature=temperature
            )
        except CloudUnavailable as exc:
            return Completion.failed(str(exc), time.perf_counter() - started)


def _parse(text: str, schema: dict[str, Any]) -> tuple[Any, str | None]:
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        return None, "the reply holds no JSON object"
    try:
        data = json.loads(text[start : end + 1])
        jsonschema.validate(data, schema)
    except json.JSONDecodeError as exc:
        return None, f"the reply is not valid JSON ({exc.msg})"
    except jsonschema.ValidationError as exc:
        return None, f"the reply does not follow the schema ({exc.message})"
    return data, None
