"""The llama.cpp backend: GGUF models through llama-cpp-python, JSON valid by construction.

A JSON schema becomes a GBNF grammar with llama-cpp-python's own converter; we then redefine
its `space` rule to the empty string. The converter lets the model put newlines and up to 20
spaces between any two tokens, and small models take that room: the built-in 135M model pads
whitespace until `max_tokens` (5 s a call instead of 0.3 s). Compact JSON leaves it no room.
The converter's literals do not escape backslashes (a name with `\\` or a tab became a grammar
that forces invalid JSON), so ours do; enum strings are written as UTF-8, not `\\u` escapes.

Native code must not end the run. A schema with no valid choice (an empty enum: nothing on
screen qualifies) or a grammar llama.cpp's own parser rejects never reaches the sampler, which
would dereference the parser's null and segfault; neither does a prompt longer than the context.
Both come back as an unusable `Completion` whose `error` says why, which the agent treats like
any other model mistake. `fits()` and `prompt_budget()` let a caller shorten a prompt first. The
abort handler's gdb backtrace (printed on stdout) is switched off before llama.cpp is loaded; a
model whose weights abort llama.cpp is caught by `app.runtimes.smoke` in a child process.

One `Llama` context is not thread-safe, so every call holds the runtime's lock. The chat
prompt is rendered with the model's own template, so prompt tokens are counted exactly and a
fixed prefix (a specialist's system prompt) is reused from llama.cpp's KV cache between calls.
`render()` and `tokenize()` are public so that fine-tuning trains on exactly these tokens.

On a CPU, a small model stored in a type llama.cpp's CPU kernels compute slowly (the built-in
model's Q4_1) runs from a Q8_0 copy made once (`app.runtimes.cpu_weights`: 2.2x faster prompts,
the same answers); `path` stays the model's identity in logs, adapters and smoke verdicts.

A fine-tuned specialist is the base model plus a LoRA adapter (`lora_path`); the adapter is
checked against the base file first (`app.runtimes.adapter_file`), so it never runs on a base it
was not trained on.

Greedy answers under a schema (every specialist's call) are generated here rather than by
`create_completion`, whose sampler runs the grammar over all 49,152 tokens of the built-in
model's vocabulary at every step (~10 ms a token on 2 cores, as much as the decode itself). The
greedy choice is the best-scoring token the grammar allows, so the best token is tried alone
first, then the 32 best, and the whole vocabulary only when none of those fits: the same tokens,
at a fraction of the checks. The prompt's cached prefix is reused as llama-cpp-python does.

llama-cpp-python only reuses the prefix of the *last* call, so two specialists taking turns on
one context evict each other's system prompt. A call made with a `cache_key` (the pool passes the
specialist's role) therefore saves the context's KV cells afterwards and, when another key has
used the context since, restores them before evaluating: the specialist's prefix is evaluated
once. The sequence-level state API is used, not `Llama.save_state()`, which also copies a
512 x vocabulary matrix of logits (100 MB for the built-in model) that a restore never needs.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.runtimes.adapter_file import check_adapter
from app.runtimes.base import (
    Completion,
    Message,
    ModelFileError,
    RuntimeUnavailableError,
    generated,
)
from app.runtimes.cpu_weights import cpu_weights
from app.runtimes.gguf_file import GGUFHeader, read_header
from app.runtimes.hardware import model_threads

_SEQ = 0  # llama-cpp-python keeps everything in sequence 0
#: GBNF literal escapes: the converter's own table lacks the backslash.
_GBNF_ESCAPES = {"\\": "\\\\", '"': '\\"', "\r": "\\r", "\n": "\\n"}
_GBNF_SPECIAL = re.compile(r'[\\"\r\n]')
#: `finish_reason` of a call refused before generation (no valid choice, prompt too long).
REFUSED = "error"
#: How many of the best tokens a greedy step checks against the grammar before all of them.
_SHORTLIST = 32
_TOKEN_DATA = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)


@dataclass(frozen=True)
class _SavedPrefix:
    """A context's KV cells for `tokens`, as llama.cpp serialised them."""

    tokens: npt.NDArray[np.intc]
    data: bytes


def _shared(a: npt.NDArray[np.intc], b: npt.NDArray[np.intc]) -> int:
    """How many leading tokens two sequences share."""
    n = min(len(a), len(b))
    differ = np.flatnonzero(a[:n] != b[:n])
    return int(differ[0]) if len(differ) else n


def import_llama_cpp() -> Any:
    """llama-cpp-python, loaded with ggml's gdb backtrace off: every import of it goes here.

    ggml's abort and uncaught-exception handlers fork gdb, whose backtrace goes to *stdout*
    (where `run --json` prints JSON lines); ggml reads GGML_NO_BACKTRACE when the library loads
    and again on abort. Its own messages go to stderr.
    """
    os.environ.setdefault("GGML_NO_BACKTRACE", "1")
    try:
        import llama_cpp
    except ImportError as exc:
        raise RuntimeUnavailableError(
            "llama-cpp-python is not installed: run `pip install llama-cpp-python` "
            "(it builds from source; about 8 minutes on a 2-core machine)"
        ) from exc
    return llama_cpp


def compact_grammar(schema: dict[str, Any]) -> str:
    """GBNF for `schema` that admits only compact JSON (no whitespace between tokens).

    ValueError when the schema offers no valid choice (an empty enum) or the converter cannot
    express it; the message says which part.
    """
    empty = _empty_choice(schema, "")
    if empty is not None:
        raise ValueError(f"the schema offers no valid choice for `{empty}` (an empty list)")
    converter = _converter()
    try:
        converter.visit(converter.resolve_refs(schema, "stdin"), "")
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ValueError(f"the schema cannot be turned into a grammar ({exc})") from exc
    gbnf: str = converter.format_grammar()
    return gbnf


def _converter() -> Any:
    """llama-cpp-python's schema converter with literals escaped as GBNF wants and compact JSON."""
    import_llama_cpp()
    from llama_cpp.llama_grammar import SchemaConverter

    class CompactConverter(SchemaConverter):
        def _format_literal(self, literal: str) -> str:
            return '"' + _GBNF_SPECIAL.sub(lambda m: _GBNF_ESCAPES[m.group(0)], literal) + '"'

        def _generate_constant_rule(self, value: Any) -> str:
            return self._format_literal(json.dumps(value, ensure_ascii=False))

    make: Any = CompactConverter  # the library's class has no type hints
    converter = make(prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False)
    converter._rules["space"] = '""'
    return converter


def _empty_choice(schema: Any, path: str) -> str | None:
    """Where in `schema` an enum, anyOf or oneOf offers nothing (a property path), or None."""
    if isinstance(schema, list):
        places = (_empty_choice(item, path) for item in schema)
        return next((p for p in places if p is not None), None)
    if not isinstance(schema, dict):
        return None
    if any(key in schema and not schema[key] for key in ("enum", "anyOf", "oneOf")):
        return path or "the answer"
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            inner = [(f"{path}.{name}".lstrip("."), sub) for name, sub in value.items()]
        elif key in ("enum", "const", "default", "examples"):
            continue  # values, not schemas
        else:
            inner = [(path, value)]
        for where, sub in inner:
            found = _empty_choice(sub, where)
            if found is not None:
                return found
    return None


@dataclass(frozen=True)
class _Constraint:
    """A schema as llama.cpp enforces it, or why it cannot."""

    grammar: Any
    #: The GBNF text as llama.cpp's grammar sampler takes it (the greedy path builds its own).
    gbnf: bytes
    #: Tokens an answer may take beyond `max_tokens`: picking from a list costs one token of the
    #: budget however long the value, so a long element name is never cut off.
    extra_tokens: int
    error: str | None


def _choice_tokens(schema: Any) -> int:
    """Tokens the schema's longest choices may take beyond one each (see `_Constraint`).

    Under a grammar the model spells a value its own way, often a character or a byte per token
    (the built-in model took 378 tokens for a 450-character name that tokenizes to 82), so a
    value's UTF-8 length is the bound.
    """
    if isinstance(schema, list):
        return sum(_choice_tokens(item) for item in schema)
    if not isinstance(schema, dict):
        return 0
    extra = sum(_choice_tokens(v) for k, v in schema.items() if k not in ("enum", "const", "anyOf", "oneOf"))
    # An answer takes one alternative: the longest one bounds it.
    extra += max((_choice_tokens(alt) for k in ("anyOf", "oneOf") for alt in schema.get(k) or ()), default=0)
    values = schema.get("enum") or []
    if isinstance(values, list) and values:
        longest = max(len(_choice_text(v).encode("utf-8")) for v in values)
        extra += max(longest - 1, 0)
    return extra


def _choice_text(value: Any) -> str:
    """An enum value as it appears in compact JSON, without a string's quotes."""
    text = json.dumps(value, ensure_ascii=False)
    return text[1:-1] if isinstance(value, str) else text


def _refused(error: str, tokens_in: int) -> Completion:
    """The unusable answer to a call that never reached llama.cpp."""
    return Completion("", None, tokens_in, 0, 0.0, None, REFUSED, error)


class LlamaRuntime:
    """A GGUF model loaded once, answering chat messages with optional schema-constrained JSON."""

    #: Hands over plain-text answers as they are decoded (`complete(..., on_text=)`).
    streams = True

    def __init__(
        self,
        path: Path,
        *,
        n_ctx: int = 2048,
        threads: int | None = None,
        gpu_layers: int = 0,
        seed: int = 0,
        lora_path: Path | None = None,
        cpu_copies: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.header: GGUFHeader = read_header(self.path)
        if not self.header.has_chat_template:
            raise ModelFileError(
                self.path,
                "the model has no chat template",
                "Pick an instruct/chat build of the model (its GGUF carries tokenizer.chat_template)",
            )
        self.lora_path = Path(lora_path) if lora_path is not None else None
        if self.lora_path is not None:
            check_adapter(self.lora_path, self.path)
        llama_cpp = import_llama_cpp()
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        started = time.perf_counter()
        #: What llama.cpp maps: the file itself, or on a CPU a faster copy (`app.runtimes.cpu_weights`).
        self.weights = self.path
        self.weights_note = ""
        if gpu_layers == 0:
            chosen = cpu_weights(self.path, self.header, cpu_copies)
            self.weights, self.weights_note = chosen.weights, chosen.note
        settings = {
            "n_ctx": min(n_ctx, self.header.context_length or n_ctx),
            # llama-cpp-python defaults to half the cores: 1 of 2 here, 35% slower.
            "n_threads": threads or model_threads(os.cpu_count() or 1),
            "n_gpu_layers": gpu_layers,
            "seed": seed,
            "lora_path": str(self.lora_path) if self.lora_path else None,
            "verbose": False,
        }
        try:
            try:
                self._llm = llama_cpp.Llama(model_path=str(self.weights), **settings)
            except (ValueError, RuntimeError, OSError):
                if self.weights == self.path:
                    raise
                # A damaged copy is only a cache: drop it and run the file itself.
                self.weights.unlink(missing_ok=True)
                self.weights, self.weights_note = self.path, ""
                self._llm = llama_cpp.Llama(model_path=str(self.path), **settings)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelFileError(
                self.path,
                f"llama.cpp could not load it ({exc})",
                "The file may be damaged or need a newer llama-cpp-python; try another model file",
            ) from exc
        self.load_s = time.perf_counter() - started
        self._formatter = Jinja2ChatFormatter(
            template=str(self.header.metadata["tokenizer.chat_template"]),
            eos_token=self._token_text(self._llm.token_eos()),
            bos_token=self._token_text(self._llm.token_bos()),
        )
        self._lock = threading.Lock()
        self._constraints: dict[str, _Constraint] = {}
        self._prefixes: dict[str, _SavedPrefix] = {}
        #: How often a specialist's saved prefix was put back after another one used the context.
        self.prefix_restores = 0
        self.n_ctx: int = self._llm.n_ctx()
        self.gpu_layers = gpu_layers

    def _token_text(self, token: int) -> str:
        return str(self._llm.detokenize([token], special=True).decode("utf-8", errors="ignore"))

    @property
    def name(self) -> str:
        return "llama.cpp"

    @property
    def model(self) -> str:
        """The model file's name; with an adapter, `base.gguf+adapter.gguf`."""
        return f"{self.path.name}+{self.lora_path.name}" if self.lora_path else self.path.name

    def _constraint(self, schema: dict[str, Any]) -> _Constraint:
        key = json.dumps(schema, sort_keys=True)
        constraint = self._constraints.get(key)
        if constraint is None:
            constraint = self._build_constraint(schema)
            if len(self._constraints) > 64:
                self._constraints.clear()
            self._constraints[key] = constraint
        return constraint

    def _build_constraint(self, schema: dict[str, Any]) -> _Constraint:
        from llama_cpp.llama_grammar import LlamaGrammar

        try:
            gbnf = compact_grammar(schema)
        except ValueError as exc:
            return _Constraint(None, b"", 0, str(exc))
        try:
            encoded = gbnf.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate, from a broken accessibility name
            return _Constraint(
                None, b"", 0, f"the schema holds text that is not valid Unicode ({exc.reason})"
            )
        # llama.cpp parses the grammar only when sampling starts, and a grammar it rejects
        # leaves a null sampler that crashes the process: parse it here first.
        llama_cpp = import_llama_cpp()
        sampler = llama_cpp.llama_sampler_init_grammar(self._llm._model.vocab, encoded, b"root")
        if not sampler:
            return _Constraint(None, b"", 0, "llama.cpp cannot parse the grammar made from the schema")
        llama_cpp.llama_sampler_free(sampler)
        grammar = LlamaGrammar.from_string(gbnf, verbose=False)
        return _Constraint(grammar, encoded, _choice_tokens(schema), None)

    def render(self, messages: Sequence[Message]) -> tuple[str, list[str]]:
        """The prompt text the model sees, and the stop strings of its template."""
        chat: list[Any] = [m.as_dict() for m in messages]
        formatted = self._formatter(messages=chat)
        stops = formatted.stop if isinstance(formatted.stop, list) else [formatted.stop]
        return formatted.prompt, [s for s in stops if s]

    def tokenize(self, text: str, *, prompt: bool = True) -> list[int]:
        """llama.cpp's tokens for a rendered prompt (special tokens parsed, BOS where the model
        wants one), or with `prompt=False` for plain text that continues a prompt (an answer)."""
        tokens: list[int] = self._llm.tokenize(text.encode("utf-8"), add_bos=prompt, special=prompt)
        return tokens

    @property
    def end_of_turn(self) -> int:
        """The token that ends an answer (generation under a schema stops on it)."""
        return int(self._llm.token_eos())

    @property
    def saved_prefix_bytes(self) -> int:
        """Memory the specialists' saved prefixes take."""
        return sum(len(p.data) for p in self._prefixes.values())

    def prompt_tokens(self, messages: Sequence[Message]) -> int:
        """How many tokens `messages` take in the context, as `complete()` would send them."""
        return len(self.tokenize(self.render(messages)[0]))

    def prompt_budget(self, max_tokens: int = 64, schema: dict[str, Any] | None = None) -> int:
        """The most prompt tokens a call with this `max_tokens` and `schema` can have: the
        context, less room for the longest answer (long choices in the schema count in full)."""
        if schema is None:
            return self.n_ctx - max_tokens
        with self._lock:
            return self.n_ctx - max_tokens - self._constraint(schema).extra_tokens

    def fits(
        self, messages: Sequence[Message], max_tokens: int = 64, schema: dict[str, Any] | None = None
    ) -> bool:
        """Whether `complete()` would take these messages rather than refuse them as too long.

        The agent shortens a screen that does not fit (fewer elements, the least relevant first)
        before asking; `complete()` itself never truncates a prompt.
        """
        return self.prompt_tokens(messages) <= self.prompt_budget(max_tokens, schema)

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
        cache_key: str | None = None,
        on_text: Callable[[str], None] | None = None,
    ) -> Completion:
        """Answer `messages`; `cache_key` names whose prompt prefix to keep across other callers;
        `on_text` is handed each piece of the answer as it is decoded (for a person reading along).

        A schema with no valid choice, or a prompt that leaves no room for the answer in the
        context, is refused before llama.cpp sees it: the Completion is unusable and `error`
        says why. A choice from an enum counts as one token of `max_tokens`, however long.
        """
        prompt, stop = self.render(messages)
        with self._lock:
            constraint = self._constraint(schema) if schema is not None else None
            # Exactly the tokens create_completion would evaluate (BOS included where the model wants it).
            tokens = self.tokenize(prompt)
            if constraint is not None and constraint.error is not None:
                return _refused(constraint.error, len(tokens))
            if constraint is not None:
                max_tokens += constraint.extra_tokens
            if len(tokens) + max_tokens > self.n_ctx:
                return _refused(
                    f"the prompt has {len(tokens)} tokens and the context {self.n_ctx}, "
                    f"with {max_tokens} kept for the answer: shorten the task or the screen",
                    len(tokens),
                )
            if cache_key is not None:
                self._restore_prefix(cache_key, np.asarray(tokens, dtype=np.intc))
            started = time.perf_counter()
            if constraint is not None and temperature == 0.0:
                text, finish, tokens_out, first = self._greedy(tokens, constraint.gbnf, max_tokens, started)
            else:
                text, finish, tokens_out, first = self._sampled(
                    tokens, constraint, stop, max_tokens, temperature, started, on_text
                )
            latency = time.perf_counter() - started
            if cache_key is not None:
                self._save_prefix(cache_key)
        return generated(
            text,
            finish,
            schema,
            tokens_in=len(tokens),
            tokens_out=tokens_out,
            latency_s=latency,
            ttft_s=first,
        )

    def _sampled(
        self,
        tokens: list[int],
        constraint: _Constraint | None,
        stop: list[str],
        max_tokens: int,
        temperature: float,
        started: float,
        on_text: Callable[[str], None] | None = None,
    ) -> tuple[str, str, int, float | None]:
        """llama-cpp-python's own generation: text, finish reason, tokens out, time to first."""
        first: float | None = None
        pieces: list[str] = []
        finish = "length"
        tokens_out = 0
        for chunk in self._llm.create_completion(
            prompt=tokens,
            max_tokens=max_tokens,
            temperature=temperature,
            grammar=constraint.grammar if constraint is not None else None,
            stop=stop,
            stream=True,
        ):
            choice = chunk["choices"][0]
            if first is None:
                first = time.perf_counter() - started
            if choice["text"]:
                pieces.append(choice["text"])
                tokens_out += 1
                if on_text is not None:
                    on_text(choice["text"])
            if choice.get("finish_reason"):
                finish = choice["finish_reason"]
        return "".join(pieces), finish, tokens_out, first

    def _greedy(
        self, tokens: list[int], gbnf: bytes, max_tokens: int, started: float
    ) -> tuple[str, str, int, float | None]:
        """The greedy answer the grammar allows (see the module's docstring), generated here."""
        llama_cpp = import_llama_cpp()
        llm = self._llm
        vocab = llm._model.vocab
        # Reuse the cached prefix, but evaluate at least the last prompt token for fresh logits.
        current = np.asarray(llm.input_ids[: llm.n_tokens], dtype=np.intc)
        llm.n_tokens = min(_shared(current, np.asarray(tokens, dtype=np.intc)), len(tokens) - 1)
        llm.eval(tokens[llm.n_tokens :])
        grammar = llama_cpp.llama_sampler_init_grammar(vocab, gbnf, b"root")
        n_vocab = llm.n_vocab()
        data = (llama_cpp.llama_token_data * n_vocab)()
        view = np.frombuffer(data, dtype=_TOKEN_DATA)
        out: list[int] = []
        first: float | None = None
        finish = "length"
        try:
            while len(out) < max_tokens:
                logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llm.ctx, -1), shape=(n_vocab,))
                token = self._allowed_best(grammar, logits, data, view)
                if first is None:
                    first = time.perf_counter() - started
                if token is None or llama_cpp.llama_vocab_is_eog(vocab, token):
                    finish = "stop"
                    break
                llama_cpp.llama_sampler_accept(grammar, token)
                out.append(token)
                llm.eval([token])
        finally:
            llama_cpp.llama_sampler_free(grammar)
        text = llm.detokenize(out).decode("utf-8", errors="replace")
        return text, finish, len(out), first

    @staticmethod
    def _allowed_best(
        grammar: Any, logits: npt.NDArray[np.single], data: Any, view: npt.NDArray[Any]
    ) -> int | None:
        """The highest-scoring token the grammar allows (the lowest id among equals, as
        llama.cpp's greedy sampler takes); None when it allows none."""
        llama_cpp = import_llama_cpp()

        def shortlist() -> npt.NDArray[np.intp]:
            best = np.argpartition(-logits, _SHORTLIST)[:_SHORTLIST]
            return best[np.lexsort((best, -logits[best]))]

        for make in (lambda: np.array([np.argmax(logits)]), shortlist, lambda: np.arange(len(logits))):
            candidates = make()
            n = len(candidates)
            view["id"][:n] = candidates
            view["logit"][:n] = logits[candidates]
            array = llama_cpp.llama_token_data_array(data=data, size=n, selected=-1, sorted=False)
            llama_cpp.llama_sampler_apply(grammar, ctypes.byref(array))
            scores = view["logit"][:n]
            if np.isfinite(scores).any():
                # The candidates come best first or in id order: the first maximum is the pick.
                return int(view["id"][int(np.argmax(scores))])
        return None

    def _restore_prefix(self, key: str, tokens: npt.NDArray[np.intc]) -> None:
        saved = self._prefixes.get(key)
        if saved is None:
            return
        current = np.asarray(self._llm.input_ids[: self._llm.n_tokens], dtype=np.intc)
        if _shared(current, tokens) >= _shared(saved.tokens, tokens):
            return  # the context already holds at least as much of this prompt
        buf = (ctypes.c_uint8 * len(saved.data)).from_buffer_copy(saved.data)
        llama_cpp = import_llama_cpp()
        if llama_cpp.llama_state_seq_set_data(self._llm.ctx, buf, len(saved.data), _SEQ) != len(saved.data):
            # The context is as it was before; this call just evaluates its whole prompt.
            self._prefixes.pop(key)
            return
        n = len(saved.tokens)
        self._llm.input_ids[:n] = saved.tokens
        self._llm.n_tokens = n
        # The restored cells carry no logits: make llama-cpp-python re-evaluate at least one token.
        self._llm._requires_eval = True
        self.prefix_restores += 1

    def _save_prefix(self, key: str) -> None:
        llama_cpp = import_llama_cpp()
        size = llama_cpp.llama_state_seq_get_size(self._llm.ctx, _SEQ)
        buf = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(self._llm.ctx, buf, size, _SEQ)
        tokens = np.array(self._llm.input_ids[: self._llm.n_tokens], dtype=np.intc)
        self._prefixes[key] = _SavedPrefix(tokens=tokens, data=bytes(memoryview(buf)[:written]))

    def close(self) -> None:
        """Free the model and its context now, rather than whenever the garbage collector runs."""
        with self._lock:
            self._prefixes.clear()
            self._llm.close()
