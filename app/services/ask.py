"""Ask: an answer from the local model about the screen or a folder of documents, with sources.

The one flow behind `deskhand ask "QUESTION" [--about screen|PATH]` and the window's Ask tab.
The sources come first and without any model: for a folder, the local document index
(`app.store.documents`, SQLite FTS5 with BM25) is brought up to date and gives the passages that
best match the question; for the screen, the elements perception reads now (the same observe a
run does), the ones sharing most words with the question first. The model is then asked to answer
from those numbered sources only and to name the ones it used ([1]), and the answer's citations
are read back from its text, so a source is "cited" only when the answer says so.

The answer comes from the "answerer" role, which is the built-in model unless the person binds
another (`deskhand models use answerer FILE`), through the model pool. A bigger cloud model is
asked instead only when the person's cloud choice allows it, through the same permission gate and
outbound ledger as runs (`app.services.cloud`); a denied or failed cloud call falls back to the
local model. Every call is written to the run log, in no run, marked as asked by `ask`.

`ask()` yields `AskStarted` (the sources), `AnswerPiece`s as the answer is generated, and the
`AskResult` last; the command prints them, the window turns them into signals. A runtime that
declares `streams` hands over pieces as it decodes; one that does not gives the whole answer as
one piece once it is made.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue
from typing import Any, Literal, Protocol

from app.agent.specialists import call_record, most_relevant, prompt
from app.agent.untrusted import is_untrusted
from app.config import Settings
from app.desktop.display import require_display
from app.desktop.elements import Element
from app.errors import DeskhandError
from app.privacy.gate import Ask, Gate
from app.privacy.scrub import Scrubber
from app.runtimes.base import Completion, Message, Runtime
from app.runtimes.catalog import load_catalog
from app.runtimes.cloud import CloudRuntime, RemoteRole
from app.runtimes.pool import ModelPool
from app.services.cloud import CloudChoice, escalation_for
from app.store.documents import DocumentIndex, IndexUpdate, Passage, search_words
from app.store.log import open_log

__all__ = [
    "ANSWERER",
    "SCREEN",
    "AnswerPiece",
    "AskError",
    "AskEvent",
    "AskResult",
    "AskStarted",
    "Source",
    "answer_pool",
    "ask",
    "cited_numbers",
    "index_path",
]

#: The role that answers questions; unbound, it is the catalog's built-in model.
ANSWERER = "answerer"
#: `about` for a question about what is on the screen now.
SCREEN = "screen"
#: How the run log names the asker of these calls (its `served_to` column: calls in no run).
ASKED_BY = "deskhand ask"
#: Passages a question gets: three passages and the question fit the built-in model's context.
TOP_PASSAGES = 3
#: Screen elements a question gets (the most relevant to it when the screen shows more).
TOP_ELEMENTS = 40
#: Tokens an answer may take: a sentence or two and its citations.
ANSWER_TOKENS = 160
_CITATION = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")


class AskError(DeskhandError):
    """A question that cannot be asked as given (empty, or about nothing that exists)."""


@dataclass(frozen=True)
class Source:
    """One numbered thing the model was given to answer from: a passage or a screen element."""

    number: int
    #: How a citation names it: `file:12-18`, `file.pdf p.3:4-9`, or `screen: button "Submit"`.
    where: str
    text: str
    #: The file to open for a passage (None for a screen element), at `line` (and `page`).
    path: Path | None = None
    line: int | None = None
    page: int | None = None


@dataclass(frozen=True)
class AskStarted:
    """The sources are gathered; the model is about to answer."""

    question: str
    about: str
    sources: tuple[Source, ...]
    #: What the document index did (None for the screen).
    update: IndexUpdate | None = None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnswerPiece:
    """Text of the answer, as it is generated."""

    text: str


@dataclass(frozen=True)
class AskResult:
    """The finished answer, the sources it was given, and the ones it cites."""

    question: str
    answer: str
    sources: tuple[Source, ...]
    cited: tuple[int, ...]
    #: How `cited` was found: the answer's own [n] ("model"), the answer's words found in the
    #: sources ("words", when it cites none), or not at all ("none").
    cited_by: Literal["model", "words", "none"]
    model: str
    #: "local", or "cloud" when the answer came through the permission gate.
    origin: Literal["local", "cloud"]
    wall_s: float
    #: The run log row of the call that gave the answer (None when no model was asked).
    call_id: int | None = None
    #: Why there is no usable answer (no source matched, the model failed).
    error: str | None = None
    #: Notices about the models (a fallback to the built-in one, a cloud call that was refused).
    notices: tuple[str, ...] = field(default=())

    @property
    def cited_sources(self) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if s.number in self.cited)

    def as_json(self) -> dict[str, Any]:
        """The result as `deskhand ask --json` prints it."""
        return {
            "question": self.question,
            "answer": self.answer,
            "cited": list(self.cited),
            "cited_by": self.cited_by,
            "sources": [
                {
                    "number": s.number,
                    "where": s.where,
                    "path": str(s.path) if s.path else None,
                    "line": s.line,
                    "page": s.page,
                    "text": s.text,
                }
                for s in self.sources
            ],
            "model": self.model,
            "origin": self.origin,
            "call_id": self.call_id,
            "wall_s": round(self.wall_s, 3),
            "error": self.error,
        }


AskEvent = AskStarted | AnswerPiece | AskResult


class _Streaming(Protocol):
    """A runtime that can hand over the answer while it decodes (it declares `streams`)."""

    streams: bool

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
        on_text: Callable[[str], None] | None = None,
    ) -> Completion: ...


def index_path(settings: Settings) -> Path:
    """The document index's file in the data folder."""
    return settings.data_dir / "documents.db"


def answer_pool(settings: Settings) -> ModelPool:
    """A model pool in which the answerer role, when the person bound no model to it, is the
    built-in model (roles.toml still wins)."""
    catalog = load_catalog()
    roles = dict(catalog.get("roles", {}))
    roles.setdefault(ANSWERER, catalog.get("fallback", ""))
    return ModelPool(
        settings.models_dir, threads=settings.threads, smoke_test=True, catalog={**catalog, "roles": roles}
    )


def cited_numbers(answer: str, sources: Sequence[Source]) -> tuple[int, ...]:
    """The source numbers the answer cites ([1], [2, 3]), in order, once each; numbers that
    name no source are dropped."""
    known = {s.number for s in sources}
    found = (int(n) for group in _CITATION.findall(answer) for n in group.split(","))
    return tuple(dict.fromkeys(n for n in found if n in known))


def supported_by(answer: str, question: str, sources: Sequence[Source]) -> tuple[int, ...]:
    """The sources that hold the answer's own words (those it did not take from the question),
    at least two of them or all when it has fewer, best first. This is how the answer's sources
    are found when the model cites none: the built-in model seldom writes [1]."""
    own = set(search_words(answer)) - set(search_words(question))
    if not own:
        return ()
    needed = min(2, len(own))
    shared = [(len(own & set(search_words(s.text))), s.number) for s in sources]
    return tuple(n for count, n in sorted(shared, key=lambda c: (-c[0], c[1])) if count >= needed)


def document_sources(passages: Sequence[Passage]) -> tuple[Source, ...]:
    return tuple(
        Source(n, p.where, p.text, p.path, p.start_line, p.page) for n, p in enumerate(passages, start=1)
    )


def screen_sources(elements: Sequence[Element], question: str) -> tuple[Source, ...]:
    """The screen's elements as sources; text on screen that gives orders stays out."""
    kept = most_relevant([e for e in elements if not is_untrusted(e)], question, TOP_ELEMENTS)
    sources = []
    for n, element in enumerate(kept, start=1):
        name = element.name.replace('"', "'")
        shown = element.value or ("checked" if element.checked else element.text)
        text = f'{element.kind.value} "{name}"' + (f' shows "{shown}"' if shown and shown != name else "")
        window = f" in {element.window!r}" if element.window else ""
        sources.append(Source(n, f"screen: {element.kind.value} {name!r}{window}", text))
    return tuple(sources)


def messages_for(question: str, sources: Sequence[Source]) -> list[Message]:
    """The prompt: the instructions (resources/prompts/ask.md), the sources, the question."""
    listed = "\n\n".join(f"[{s.number}] {s.text}" for s in sources)
    return [
        Message("system", prompt("ask")),
        Message("user", f"Sources:\n{listed}\n\nQuestion: {question}"),
    ]


def _gather(
    settings: Settings, question: str, about: Path | Literal["screen"]
) -> tuple[tuple[Source, ...], IndexUpdate | None, str]:
    if about == SCREEN:
        from app.desktop.screen import ScreenReader

        require_display()
        observation = ScreenReader().observe()
        return screen_sources(observation.elements, question), None, "the screen"
    folder = Path(about).expanduser()
    if not folder.exists():
        raise AskError(f"{folder} does not exist: name a folder or a file of documents, or `screen`")
    with DocumentIndex(index_path(settings)) as index:
        update = index.update(folder)
        passages = index.search(question, under=folder, limit=TOP_PASSAGES)
    return document_sources(passages), update, str(folder)


class _Generation:
    """One model call whose answer is handed over in pieces: as the model decodes, for a runtime
    that declares `streams` (on a thread of its own, so the pieces can be yielded as they come),
    else in one piece once it is made (in the caller's thread: a gated cloud call writes the
    ledger, whose SQLite connection stays in the thread that opened it).
    `completion` is set once the pieces are all out."""

    def __init__(self, runtime: Runtime, messages: Sequence[Message]) -> None:
        self.runtime = runtime
        self.messages = messages
        self.completion = Completion.failed("not generated")

    def pieces(self) -> Iterator[AnswerPiece]:
        if not getattr(self.runtime, "streams", False):
            self.completion = self.runtime.complete(self.messages, max_tokens=ANSWER_TOKENS)
            if self.completion.text:
                yield AnswerPiece(self.completion.text)
            return
        streaming: _Streaming = self.runtime  # type: ignore[assignment]
        queue: Queue[str | None] = Queue()
        outcome: list[Completion | BaseException] = []

        def work() -> None:
            try:
                outcome.append(streaming.complete(self.messages, max_tokens=ANSWER_TOKENS, on_text=queue.put))
            except BaseException as exc:  # handed to the caller's thread below, as it was
                outcome.append(exc)
            finally:
                queue.put(None)

        worker = threading.Thread(target=work, name="deskhand-ask", daemon=True)
        worker.start()
        while (piece := queue.get()) is not None:
            yield AnswerPiece(piece)
        worker.join()
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        self.completion = outcome[0]


def ask(
    settings: Settings,
    question: str,
    *,
    about: Path | Literal["screen"],
    cloud: CloudChoice | None = None,
    permission: Ask | None = None,
    pool: ModelPool | None = None,
) -> Iterator[AskEvent]:
    """Answer `question` from `about` (a folder, a file, or "screen"); see the module docstring.

    `permission` answers the gate's "may this leave the machine?" when the cloud choice is "ask"
    (from the thread that generates); `pool` lets the window keep its models loaded between
    questions (without one, a pool is made for this question and closed after it).
    Raises a DeskhandError (no display, an unusable index, model or log) before any answer.
    """
    started = time.perf_counter()
    question = question.strip()
    if not question:
        raise AskError("the question is empty: write what you want to know")
    escalation = escalation_for(settings, cloud or CloudChoice())
    sources, update, where = _gather(settings, question, about)
    yield AskStarted(question, where, sources, update)
    if not sources:
        nothing = f"nothing in {where} matches the question's words" if update else "nothing is on the screen"
        wall = time.perf_counter() - started
        yield AskResult(question, "", (), (), "none", "", "local", wall, error=nothing)
        return
    messages = messages_for(question, sources)
    notices: list[str] = []
    log = open_log(settings.db_path)
    try:
        generation: _Generation | None = None
        if escalation.policy != "never" and escalation.provider is not None:
            gate = Gate(escalation.policy, log.ledger(None), ask=permission, images=False)
            cloud_runtime = RemoteRole(CloudRuntime(escalation.provider, gate=gate, scrubber=Scrubber()))
            generation = _Generation(cloud_runtime, messages)
            yield from generation.pieces()
            answered = generation.completion
            if answered.error is not None or not answered.text.strip():
                # The failed call is logged too; the local answer below is logged as the answer.
                log.record_served_call(
                    call_record(ANSWERER, cloud_runtime, messages, answered), client=ASKED_BY
                )
                notices.append(
                    f"the cloud did not answer ({answered.error or 'empty'}); the local model answers"
                )
                generation = None
        if generation is None:
            call_pool = pool or answer_pool(settings)
            try:
                generation = _Generation(call_pool.runtime_for(ANSWERER), messages)
                notices += call_pool.notices
                yield from generation.pieces()
            finally:
                if pool is None:
                    call_pool.close()
        completion = generation.completion
        runtime = generation.runtime
        call_id = log.record_served_call(
            call_record(ANSWERER, runtime, messages, completion), client=ASKED_BY
        )
    finally:
        log.db.close()
    answer = completion.text.strip()
    return_error = completion.error or (None if answer else "the model gave no answer")
    cited = cited_numbers(answer, sources)
    found = supported_by(answer, question, sources) if not cited else ()
    yield AskResult(
        question,
        answer,
        sources,
        cited or found,
        "model" if cited else "words" if found else "none",
        runtime.model,
        "cloud" if runtime.name == "cloud" else "local",
        time.perf_counter() - started,
        call_id,
        return_error,
        tuple(notices),
    )
