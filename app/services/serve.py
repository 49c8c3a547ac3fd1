"""`deskhand serve`: the local models as an OpenAI-compatible endpoint other programs can call.

People arrive from LM Studio, Ollama and llama-server and expect their tools to reach the local
models over `http://127.0.0.1:PORT/v1`. This module is that endpoint (Starlette on uvicorn):

    GET  /v1/models             the roles (actor, grounder...) and the promoted specialists
    POST /v1/chat/completions   plain text, or `response_format` json_schema / json_object,
                                whose answer is valid JSON by construction (the local runtime
                                turns the schema into a grammar); `stream=true` answers as
                                server-sent events, in one content chunk once the answer is made
                                (the runtimes generate a whole answer per call)

Every answer comes from a model file on this machine through the model pool; nothing is ever
forwarded to the cloud or to a model server (a role bound to a server is answered by the
built-in model here). Each call is written to the run log with the client's address
(`served_to`), in no run, so `deskhand logs` shows it and training exports leave it out.

It binds 127.0.0.1 unless the person names another host: `check_bind` refuses a non-local
address that was not asked for explicitly and words the warning for one that was. The web
libraries load only when the server starts, so `deskhand logs` reading served calls stays quick.
"""

from __future__ import annotations

import ipaddress
import json
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.agent.specialists import call_record
from app.config import SERVE_HOST, SERVE_PORT, Settings
from app.errors import DeskhandError
from app.runtimes.base import Completion, Message, ModelError, Runtime
from app.runtimes.catalog import role_bindings
from app.runtimes.llama import REFUSED
from app.store.log import open_log
from app.training.promote import Promotions

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from app.runtimes.pool import ModelPool

__all__ = [
    "ServeError",
    "ServedCall",
    "ServedModel",
    "check_bind",
    "create_app",
    "recent_served_calls",
    "serve",
    "served_models",
]

#: Tokens an answer may have when the request does not say (OpenAI's own default is unbounded).
DEFAULT_MAX_TOKENS = 256


class ServeError(DeskhandError):
    """The endpoint cannot start as asked (an address not allowed or already taken)."""


@dataclass(frozen=True)
class ServedModel:
    """A model id the endpoint answers to: a role, or a role's promoted specialist (`adapter`)."""

    id: str
    role: str
    adapter: Path | None
    description: str


@dataclass(frozen=True)
class ServedCall:
    """One call the endpoint answered, as the run log keeps it."""

    id: int
    at: str
    client: str
    model_id: str
    model: str
    messages: tuple[dict[str, str], ...]
    output: str
    valid: bool
    error: str | None
    latency_ms: float
    tokens_in: int
    tokens_out: int


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, *, explicit: bool) -> str | None:
    """The warning to print for `host` (None when it is local); a non-local host the person did
    not name on purpose raises ServeError."""
    if is_loopback(host):
        return None
    if not explicit:
        raise ServeError(
            f"refusing to serve on {host}: only 127.0.0.1 is served unless you pass --host {host}"
        )
    return (
        f"serving on {host}: any machine that can reach this address can use your local models "
        "without a key (their calls are logged); use --host 127.0.0.1 to keep it to this machine"
    )


def served_models(settings: Settings) -> list[ServedModel]:
    """The roles, then each promoted specialist in service as `ROLE/cluster-N`."""
    models = [
        ServedModel(role, role, None, f"the {role} role's model ({ref})")
        for role, ref in role_bindings(settings.models_dir).items()
    ]
    try:
        promotions = Promotions(settings.training_dir).active()
    except ValueError:  # a damaged record: `deskhand train` reports it; the roles still serve
        promotions = []
    models += [
        ServedModel(
            f"{p.role}/cluster-{p.cluster}",
            p.role,
            Path(p.adapter),
            f"the {p.role} specialist fine-tuned for {p.cluster_name!r} ({Path(p.adapter).name})",
        )
        for p in promotions
    ]
    return models


def recent_served_calls(settings: Settings, last: int = 20) -> list[ServedCall]:
    """The latest calls the endpoint answered, newest first (none when there is no log yet)."""
    if not settings.db_path.exists():
        return []
    log = open_log(settings.db_path)
    try:
        return [_served_call(row) for row in log.served_calls(last)]
    finally:
        log.db.close()


def _served_call(row: dict[str, Any]) -> ServedCall:
    return ServedCall(
        id=int(row["id"]),
        at=row["created_at"] or "",
        client=row["served_to"] or "",
        model_id=row["role"] or "",
        model=row["model"] or "",
        messages=tuple(json.loads(row["messages"] or "[]")),
        output=row["output"] or "",
        valid=bool(row["valid"]),
        error=row["error"],
        latency_ms=float(row["latency_ms"] or 0.0),
        tokens_in=int(row["tokens_in"] or 0),
        tokens_out=int(row["tokens_out"] or 0),
    )


class _BadRequest(Exception):
    """A request the endpoint answers with an OpenAI-shaped error (`status`, `code`)."""

    def __init__(self, message: str, status: int = 400, code: str = "invalid_request") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class _Request:
    model: ServedModel
    messages: tuple[Message, ...]
    schema: dict[str, Any] | None
    max_tokens: int
    temperature: float
    stream: bool


def _text_of(content: Any) -> str:
    """A message's content: a string, or OpenAI's list of parts (only text parts are read)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        if len(texts) == len(content) and all(isinstance(t, str) for t in texts):
            return "".join(str(t) for t in texts)
    raise _BadRequest("message content must be text (a string or text parts); images are not served")


def _schema_of(response_format: Any) -> dict[str, Any] | None:
    if response_format is None:
        return None
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return {"type": "object"}
    if kind == "json_schema":
        schema = (response_format.get("json_schema") or {}).get("schema")
        if isinstance(schema, dict):
            return schema
        raise _BadRequest("response_format json_schema needs json_schema.schema (a JSON schema object)")
    raise _BadRequest("response_format type must be text, json_object or json_schema")


def _parse(body: Any, models: dict[str, ServedModel]) -> _Request:
    if not isinstance(body, dict):
        raise _BadRequest("the body must be a JSON object")
    name = body.get("model")
    if name not in models:
        raise _BadRequest(
            f"no model {name!r} here; GET /v1/models lists them ({', '.join(models)})",
            404,
            "model_not_found",
        )
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise _BadRequest("messages must be a non-empty list")
    messages = []
    for item in raw:
        role = item.get("role") if isinstance(item, dict) else None
        if role == "developer":  # OpenAI's newer name for the system message
            role = "system"
        if role not in ("system", "user", "assistant"):
            raise _BadRequest(f"message role {role!r} is not served (system, user, assistant)")
        messages.append(Message(role, _text_of(item.get("content"))))
    limit = body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS
    temperature = body.get("temperature")
    if not isinstance(limit, int) or limit < 1:
        raise _BadRequest("max_tokens must be a whole number of at least 1")
    if temperature is not None and not isinstance(temperature, int | float):
        raise _BadRequest("temperature must be a number")
    return _Request(
        models[name],
        tuple(messages),
        _schema_of(body.get("response_format")),
        limit,
        # Deterministic unless asked otherwise: the agent's own calls run at 0 too.
        float(temperature or 0.0),
        bool(body.get("stream")),
    )


def _error(message: str, status: int, code: str) -> Response:
    from starlette.responses import JSONResponse

    kind = "invalid_request_error" if status < 500 else "server_error"
    return JSONResponse({"error": {"message": message, "type": kind, "code": code}}, status_code=status)


class _Endpoint:
    """The handlers, over one model pool; the run log is opened per call (SQLite connections
    stay in the thread that made them, and requests run on a thread pool)."""

    def __init__(self, settings: Settings, pool: ModelPool) -> None:
        self.settings = settings
        self.pool = pool

    def _runtime(self, model: ServedModel) -> Runtime:
        try:
            return self.pool.runtime_for(model.role, adapter=model.adapter)
        except ModelError as exc:
            raise _BadRequest(str(exc), 503, "model_unavailable") from exc

    def answer(self, request: _Request, client: str) -> tuple[Completion, int]:
        """Ask the local model and log the call (blocking: runs on the thread pool); returns the
        completion and its row in the run log."""
        runtime = self._runtime(request.model)
        completion = runtime.complete(
            request.messages,
            schema=request.schema,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        record = call_record(request.model.id, runtime, request.messages, completion, request.schema)
        log = open_log(self.settings.db_path)
        try:
            return completion, log.record_served_call(record, client=client)
        finally:
            log.db.close()

    async def models(self, _request: Request) -> Response:
        from starlette.responses import JSONResponse

        data = [
            {
                "id": m.id,
                "object": "model",
                "created": 0,
                "owned_by": "deskhand",
                "description": m.description,
            }
            for m in served_models(self.settings)
        ]
        return JSONResponse({"object": "list", "data": data})

    async def chat(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import JSONResponse, StreamingResponse

        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error("the body is not JSON", 400, "invalid_json")
        peer = request.client
        client = f"{peer.host}:{peer.port}" if peer else "?"
        try:
            asked = _parse(body, {m.id: m for m in served_models(self.settings)})
            completion, logged = await run_in_threadpool(self.answer, asked, client)
        except _BadRequest as exc:
            return _error(str(exc), exc.status, exc.code)
        except DeskhandError as exc:  # roles.toml or the run log unreadable: no unlogged answer
            return _error(str(exc), 500, "unavailable")
        if completion.finish_reason == REFUSED:  # never generated: no valid choice, prompt too long
            return _error(completion.error or "the model could not answer", 400, "refused")
        created = int(time.time())
        call_id = f"chatcmpl-deskhand-{logged}"
        if asked.stream:
            return StreamingResponse(
                _events(call_id, created, asked.model.id, completion), media_type="text/event-stream"
            )
        return JSONResponse(
            {
                "id": call_id,
                "object": "chat.completion",
                "created": created,
                "model": asked.model.id,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": completion.text},
                        "finish_reason": completion.finish_reason,
                        "logprobs": None,
                    }
                ],
                "usage": {
                    "prompt_tokens": completion.tokens_in,
                    "completion_tokens": completion.tokens_out,
                    "total_tokens": completion.tokens_in + completion.tokens_out,
                },
            }
        )


async def _events(call_id: str, created: int, model: str, completion: Completion) -> AsyncIterator[str]:
    """The answer as OpenAI's stream: a role chunk, the content, the finish reason, [DONE]."""

    def chunk(delta: dict[str, str], finish: str | None) -> str:
        body = {
            "id": call_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant"}, None)
    yield chunk({"content": completion.text}, None)
    yield chunk({}, completion.finish_reason)
    yield "data: [DONE]\n\n"


def create_app(settings: Settings, pool: ModelPool) -> Starlette:
    """The endpoint as an ASGI application over `pool` (tests may drive it in-process)."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    endpoint = _Endpoint(settings, pool)
    return Starlette(
        routes=[
            Route("/v1/models", endpoint.models, methods=["GET"]),
            Route("/v1/chat/completions", endpoint.chat, methods=["POST"]),
        ]
    )


def serve(
    settings: Settings,
    *,
    host: str = SERVE_HOST,
    port: int = SERVE_PORT,
    explicit_host: bool = False,
    ready: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted (Ctrl+C, SIGTERM). `ready` gets a line with the base URL once the
    socket is bound; `warn` gets the warning for a non-local host first. Raises ServeError when
    the address is refused or taken."""
    import socket

    import uvicorn

    from app.runtimes.pool import ModelPool

    warning = check_bind(host, explicit=explicit_host)
    if warning:
        warn(warning)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if os.name != "nt":  # a restart may reuse a port in TIME_WAIT; Windows would let two servers share it
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ServeError(
            f"cannot serve on {host}:{port}: {exc.strerror or exc} — pass --port with a free port"
        ) from exc
    pool = ModelPool(settings.models_dir, threads=settings.threads, smoke_test=True)
    config = uvicorn.Config(create_app(settings, pool), log_level="warning", access_log=False)
    shown = f"[{host}]" if ":" in host else host
    ready(f"serving the local models on http://{shown}:{sock.getsockname()[1]}/v1 (Ctrl+C stops)")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        pool.close()
