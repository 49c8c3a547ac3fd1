"""What a perception source returns, and the interface every source implements.

A source reads the widgets of the programs on screen from somewhere other than pixels (AT-SPI2
on Linux; UI Automation on Windows) and returns a `Reading`: elements without ids (the
screen reader numbers them), the windows they belong to, and notes for the step log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from app.desktop.elements import Box, Element


class SourceError(Exception):
    """A source cannot read anything now (no bus, no registry); the reader falls back to pixels."""


@dataclass(eq=False)
class TreeNode:
    """One node of an accessibility tree as read, before it becomes an `Element`."""

    bus: str
    path: str
    depth: int
    parent: TreeNode | None = None
    role: str = ""
    name: str = ""
    states: frozenset[str] = frozenset()
    interfaces: frozenset[str] = frozenset()
    box: Box | None = None
    text: str = ""
    value: str = ""
    actions: tuple[str, ...] = ()
    #: A combo box's choices, read from its list even while it is closed.
    options: tuple[str, ...] = ()
    #: Which of `options` reads selected (Chromium's <select> shows its choice nowhere else).
    chosen: str = ""

    @property
    def interactive(self) -> bool:
        from app.desktop.perception.roles import INTERACTIVE_ROLES

        return self.role in INTERACTIVE_ROLES


@dataclass(frozen=True)
class TreeWindow:
    """A top-level window a program published, with the program's name."""

    title: str
    box: Box
    program: str
    active: bool = False
    modal: bool = False
    #: How many elements it gave; 0 means its program draws widgets the tree does not show.
    elements: int = 0


@dataclass(frozen=True)
class Reading:
    """One look through a source: elements (id 0), their windows, and what to tell the user."""

    elements: tuple[Element, ...] = ()
    windows: tuple[TreeWindow, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    programs: tuple[str, ...] = field(default=())


class Source(Protocol):
    """A reader of widgets that is not the screenshot: `read` never raises but `SourceError`."""

    name: str

    def read(self, screen: Box) -> Reading: ...

    def close(self) -> None: ...
