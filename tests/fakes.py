"""Fakes for unit tests of the logic around real parts; never used by the product.

`ScriptedRuntime` answers with queued replies and records every call (like simonw/llm's mock
model). `FakeForm` is a tiny simulated form: its elements, pixels and state change when
`FakeHands` click or type on them, so the controller's loop can be tested without a display.
The real parts have their own tests against the real libraries.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import jsonschema
import numpy as np
from keyring.backend import KeyringBackend

from app.agent.steps import Box, Element, ElementKind, Observation
from app.desktop import launch
from app.desktop.actions import Acted
from app.runtimes.base import Completion, Message


class ScriptedRuntime:
    """A Runtime whose replies are queued with `enqueue`; `history` keeps (messages, schema)."""

    name = "fake"
    model = "scripted"

    def __init__(self, *replies: str | dict[str, Any]) -> None:
        self.replies: deque[str] = deque()
        self.history: list[tuple[tuple[Message, ...], dict[str, Any] | None]] = []
        self.enqueue(*replies)

    def enqueue(self, *replies: str | dict[str, Any]) -> None:
        for reply in replies:
            self.replies.append(reply if isinstance(reply, str) else json.dumps(reply))

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
    ) -> Completion:
        self.history.append((tuple(messages), schema))
        if not self.replies:
            raise AssertionError(f"unexpected model call: {messages[-1].content!r}")
        text = self.replies.popleft()
        parsed: Any = None
        error = None
        if schema is not None:
            try:
                parsed = json.loads(text)
                jsonschema.validate(parsed, schema)
            except (json.JSONDecodeError, jsonschema.ValidationError) as exc:
                parsed, error = None, f"output is not valid: {str(exc).splitlines()[0]}"
        return Completion(text, parsed, 10, 5, 0.001, 0.0005, "stop", error)


@dataclass
class Widget:
    kind: ElementKind
    label: str
    box: Box
    value: str = ""
    options: tuple[str, ...] = ()
    #: Pressing it changes nothing visible (a dead button), for "useless action" tests.
    inert: bool = False


@dataclass
class FakeForm:
    """A form of widgets at fixed places; `state` is its own record, as a real app keeps one."""

    widgets: list[Widget] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=lambda: {"pressed": []})
    open_dropdown: Widget | None = None

    @classmethod
    def standard(cls, notes: Sequence[str] = ()) -> FakeForm:
        row = lambda i: 20 + 40 * i  # noqa: E731
        return cls(
            widgets=[
                Widget(ElementKind.FIELD, "Name", Box(120, row(0), 200, 24)),
                Widget(ElementKind.FIELD, "Email", Box(120, row(1), 200, 24)),
                Widget(ElementKind.FIELD, "Password", Box(120, row(2), 200, 24)),
                Widget(
                    ElementKind.DROPDOWN,
                    "Country",
                    Box(120, row(3), 200, 24),
                    "Choose...",
                    ("Choose...", "Canada", "France", "Japan"),
                ),
                Widget(ElementKind.CHECKBOX, "Subscribe to newsletter", Box(20, row(4), 16, 16)),
                Widget(ElementKind.CHECKBOX, "I accept the terms", Box(20, row(5), 16, 16)),
                Widget(ElementKind.BUTTON, "Submit", Box(20, row(6), 80, 28)),
                Widget(ElementKind.BUTTON, "Clear", Box(120, row(6), 80, 28)),
                Widget(ElementKind.BUTTON, "Delete", Box(220, row(6), 80, 28)),
            ],
            notes=list(notes),
        )

    def widget(self, label: str) -> Widget:
        return next(w for w in self.widgets if w.label == label)

    def observe(self) -> Observation:
        elements: list[Element] = []
        for n, w in enumerate(self.widgets, start=1):
            if w.kind is ElementKind.CHECKBOX:
                elements.append(Element(n, w.kind, "", w.box, label=w.label, checked=w.value == "checked"))
                continue
            text = w.label if w.kind is ElementKind.BUTTON else w.value
            label = "" if w.kind is ElementKind.BUTTON else w.label
            elements.append(Element(n, w.kind, text, w.box, label=label))
        for n, note in enumerate(self.notes, start=100):
            elements.append(Element(n, ElementKind.LABEL, note, Box(400, 20 + 30 * (n - 100), 300, 20)))
        if self.open_dropdown is not None:
            base = self.open_dropdown.box
            for n, option in enumerate(self.open_dropdown.options, start=200):
                box = Box(base.x, base.bottom + 24 * (n - 200), base.w, 24)
                elements.append(Element(n, ElementKind.TEXT, option, box))
        return Observation(tuple(elements), (800, 400), "Fake form", self._pixels())

    def _pixels(self) -> Any:
        """An image that changes wherever the form's state does (values drawn as bright bars)."""
        image = np.zeros((400, 800, 3), dtype=np.uint8)
        for w in self.widgets:
            if w.value and w.value != "Choose...":
                b = w.box
                image[b.y : b.bottom, b.x : b.x + min(b.w, 4 * len(w.value))] = 255
        for n in range(len(self.state["pressed"])):
            image[360:390, 40 * n : 40 * n + 30] = 255
        if self.open_dropdown is not None:
            image[300:380, 500:700] = 200
        return image

    def hit(self, x: int, y: int) -> tuple[Widget | None, str | None]:
        if self.open_dropdown is not None:
            base = self.open_dropdown.box
            for n, option in enumerate(self.open_dropdown.options):
                if Box(base.x, base.bottom + 24 * n, base.w, 24).contains(x, y):
                    return self.open_dropdown, option
        return next((w for w in self.widgets if w.box.contains(x, y)), None), None


class FakeHands:
    """Hands that act on a FakeForm and record what they did. A FakeForm has no accessibility
    tree, so clicks and typings on elements go by the mouse, as on a program without one."""

    def __init__(self, form: FakeForm) -> None:
        self.form = form
        self.done: list[tuple[Any, ...]] = []

    def click(self, x: int, y: int) -> None:
        self.done.append(("click", x, y))
        form = self.form
        widget, option = form.hit(x, y)
        if option is not None and widget is not None:
            widget.value, form.open_dropdown = option, None
            return
        form.open_dropdown = None
        if widget is None:
            # Plain text that reacts to clicks, like a tab title or a list row.
            for n, note in enumerate(form.notes):
                if Box(400, 20 + 30 * n, 300, 20).contains(x, y):
                    form.state["pressed"].append(note)
            return
        if widget.inert:
            return
        if widget.kind is ElementKind.CHECKBOX:
            widget.value = "" if widget.value == "checked" else "checked"
        elif widget.kind is ElementKind.DROPDOWN:
            form.open_dropdown = widget
        elif widget.kind is ElementKind.BUTTON:
            form.state["pressed"].append(widget.label)

    def type_text(self, x: int, y: int, text: str, *, select_all: bool) -> None:
        self.done.append(("type", x, y, text, select_all))
        widget, _ = self.form.hit(x, y)
        if widget is not None and widget.kind is ElementKind.FIELD:
            widget.value = text if select_all else widget.value + text

    def close(self) -> None:
        self.done.append(("close",))

    def click_on(self, element: Element) -> Acted:
        self.click(*element.box.center)
        return Acted(False)

    def type_into(self, element: Element, text: str, *, select_all: bool) -> Acted:
        self.type_text(*element.box.center, text, select_all=select_all)
        return Acted(False)

    def double_click(self, x: int, y: int) -> None:
        self.done.append(("double_click", x, y))
        self.click(x, y)
        self.done.pop()

    def key(self, spec: str, *, presses: int = 1, at: tuple[int, int] | None = None) -> None:
        self.done.append(("key", spec, presses, at))

    def scroll(self, x: int, y: int, clicks: int) -> None:
        self.done.append(("scroll", x, y, clicks))

    def drag(self, x0: int, y0: int, x1: int, y1: int) -> None:
        self.done.append(("drag", x0, y0, x1, y1))

    def launch(self, program: launch.Program) -> launch.Started:
        """Nothing is started: no window appears, as for a program that fails to show one."""
        self.done.append(("launch", program.name))
        return launch.Started(pid=0, window=None)


def no_confirm(question: str) -> bool:
    return False


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend for tests (a bare server has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class ListLedger:
    """An outbound ledger that keeps rows in a list (the real one is RunLedger in SQLite)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def record_outbound(self, **row: Any) -> int:
        self.rows.append(dict(row, status="pending" if row["allowed"] else "blocked"))
        return len(self.rows)

    def outbound_result(self, row_id: int, *, status: str, error: str | None = None) -> None:
        self.rows[row_id - 1].update(status=status, error=error)
