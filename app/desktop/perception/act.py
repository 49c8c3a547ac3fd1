"""Acting through the accessibility tree where it is exact: press, toggle, select, fill, expand.

A click lands where a widget was drawn; the tree reaches the widget itself. A list row's tick
cell is ticked by its `toggle` action, not by clicking the row's text; a field's content is set
whole (`EditableText.SetTextContents`) with no select-all that could take a document; a row is
selected by its list's `Selection` or its table's row selection. Every action reads the widget
back and reports what it found, so "done" means the state is now the one asked for. Anything
the tree cannot do here (an element read from pixels, a widget without the interface, a state
that did not change) is `done=False` with the reason, and the caller falls back to mouse and
keyboard (`app.desktop.actions`).

Only AT-SPI2 elements (Linux) are acted on here; a `TreeHandle` of another source is "not
possible here".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.desktop.elements import Element, TreeHandle
from app.desktop.perception.atspi import (
    ACCESSIBLE,
    ACTION,
    PROPERTIES,
    TEXT,
    AtspiConnection,
    AtspiSource,
    state_names,
)
from app.desktop.perception.base import SourceError

EDITABLE_TEXT = "org.a11y.atspi.EditableText"
SELECTION = "org.a11y.atspi.Selection"
TABLE = "org.a11y.atspi.Table"
#: Action names toolkits give the one thing a widget does, most specific first
#: (GTK "click", Chromium "press"/"jump"/"click", Qt "Press").
PRESS_ACTIONS = ("click", "press", "activate", "jump", "open")
TOGGLE_ACTIONS = ("toggle", "click", "check", "uncheck", "press", "activate")
#: Never "activate": a GTK list row's activate is the row-activated signal, the dialog's
#: default answer (zenity closed with nothing chosen), which is opening, not selecting.
SELECT_ACTIONS = ("select", "click")
EXPAND_ACTIONS = ("expand or contract", "expand", "collapse", "toggle", "open", "press", "click")


#: The calls that change a widget (the others only read it).
_ACTING = frozenset({"DoAction", "SelectChild", "AddRowSelection", "SetTextContents"})


@dataclass(frozen=True)
class TreeResult:
    """What acting through the tree did: `done` only when the widget now reads as asked.

    `how` names the call made ("action 'toggle'", "EditableText.SetTextContents"); `reason`
    says why not, for the step log, when the caller must use mouse and keyboard instead. The
    state read back afterwards is in `checked`, `selected`, `expanded` and `text` (None: not
    read, or the widget has no such state).
    """

    done: bool
    how: str = ""
    reason: str = ""
    checked: bool | None = None
    selected: bool | None = None
    expanded: bool | None = None
    text: str | None = None
    #: An action reached the widget before the tree stopped answering (the program closed
    #: on it): what it did is unknown, and a mouse click would land on whatever is there now.
    sent: bool = False


def _not_here(reason: str) -> TreeResult:
    return TreeResult(done=False, reason=reason)


class TreeHands:
    """Acts on elements read from the AT-SPI2 tree; one connection to the accessibility bus."""

    def __init__(self, address: str | None = None, timeout_s: float = 2.0, settle_s: float = 1.0) -> None:
        self._address = address
        self._timeout_s = timeout_s
        self._settle_s = settle_s
        self._conn: AtspiConnection | None = None
        self._sent = False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- what the agent asks for ------------------------------------------------------------

    def press(self, element: Element) -> TreeResult:
        """Press a button, a link, a menu item: its own action; done when the toolkit says so."""
        return self._guarded(element, self._press)

    def toggle(self, element: Element, on: bool | None = None) -> TreeResult:
        """Tick or untick a check box, a radio button, a list's tick cell; `on` None flips it."""
        return self._guarded(element, lambda h: self._toggle(h, on))

    def select(self, element: Element) -> TreeResult:
        """Select a list, table or tree row (its list's `Selection`, else the row's action)."""
        return self._guarded(element, self._select)

    def set_text(self, element: Element, text: str) -> TreeResult:
        """Replace a field's whole content with `text`, then read it back."""
        return self._guarded(element, lambda h: self._set_text(h, text))

    def expand(self, element: Element, open_: bool = True) -> TreeResult:
        """Open (or with `open_` False, close) an expander, a tree row, a combo box's list."""
        return self._guarded(element, lambda h: self._expand(h, open_))

    # --- the calls ----------------------------------------------------------------------------

    def _guarded(self, element: Element, act: Callable[[TreeHandle], TreeResult]) -> TreeResult:
        handle = element.handle
        if handle is None:
            return _not_here("read from pixels: no tree to act through")
        if handle.source != AtspiSource.name:
            return _not_here(f"acting through {handle.source} is not possible here")
        if element.states is not None and not element.states.enabled:
            return _not_here("the widget is disabled")
        self._sent = False
        try:
            return act(handle)
        except SourceError as e:
            self.close()  # a connection that failed once is not trusted for the next call
            if self._sent:
                return TreeResult(done=False, how="an action sent", reason=str(e), sent=True)
            return _not_here(str(e))

    def _connection(self) -> AtspiConnection:
        if self._conn is None:
            self._conn = AtspiConnection(self._address, timeout_s=self._timeout_s)
        return self._conn

    def _call(self, handle: TreeHandle, interface: str, method: str, signature: str = "", *args: Any) -> Any:
        self._sent = self._sent or method in _ACTING
        return self._connection().call(handle.bus, handle.path, interface, method, signature, *args)

    def _states(self, handle: TreeHandle) -> frozenset[str]:
        (words,) = self._call(handle, ACCESSIBLE, "GetState")
        return state_names(words)

    def _actions(self, handle: TreeHandle) -> list[str]:
        (actions,) = self._call(handle, ACTION, "GetActions")
        names = [str(a[0]).casefold() for a in actions]
        for i, name in enumerate(names):
            if not name:
                # Chromium answers GetActions with empty names; GetName gives each one.
                (name,) = self._call(handle, ACTION, "GetName", "i", i)
                names[i] = str(name).casefold()
        return names

    def _do(self, handle: TreeHandle, wanted: Sequence[str]) -> str | None:
        """Run the first of `wanted` the widget offers; its name, or None when it offers none."""
        try:
            offered = self._actions(handle)
        except SourceError:
            return None  # no Action interface
        for name in wanted:
            if name in offered:
                self._call(handle, ACTION, "DoAction", "i", offered.index(name))
                return name
        return None

    def _settled(self, handle: TreeHandle, state: str, want: bool) -> bool:
        """Whether `state` reads `want` within `settle_s` (Chromium applies an action later)."""
        deadline = time.monotonic() + self._settle_s
        while True:
            if (state in self._states(handle)) == want:
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)

    def _press(self, handle: TreeHandle) -> TreeResult:
        name = self._do(handle, PRESS_ACTIONS)
        if name is None:
            return _not_here("the widget offers no press action")
        return TreeResult(done=True, how=f"action {name!r}")

    def _toggle(self, handle: TreeHandle, on: bool | None) -> TreeResult:
        before = "checked" in self._states(handle)
        want = not before if on is None else on
        if before == want:
            return TreeResult(done=True, how="already so", checked=before)
        name = self._do(handle, TOGGLE_ACTIONS)
        if name is None:
            return _not_here("the widget offers no toggle action")
        after = want if self._settled(handle, "checked", want) else not want
        if after != want:
            return TreeResult(False, f"action {name!r}", "its state did not change", checked=after)
        return TreeResult(done=True, how=f"action {name!r}", checked=after)

    def _select(self, handle: TreeHandle) -> TreeResult:
        if "selected" in self._states(handle):
            return TreeResult(done=True, how="already so", selected=True)
        how = self._select_in_parent(handle)
        if how is None:
            name = self._do(handle, SELECT_ACTIONS)
            if name is None:
                return _not_here("neither the row nor its list can select")
            how = f"action {name!r}"
        selected = self._settled(handle, "selected", True)
        if not selected:
            return TreeResult(False, how, "the row does not read as selected", selected=False)
        return TreeResult(done=True, how=how, selected=True)

    def _select_in_parent(self, handle: TreeHandle) -> str | None:
        (parent,) = self._call(handle, PROPERTIES, "Get", "ss", ACCESSIBLE, "Parent")
        bus, path = parent[1]
        owner = TreeHandle(handle.source, str(bus), str(path))
        (interfaces,) = self._call(owner, ACCESSIBLE, "GetInterfaces")
        (index,) = self._call(handle, ACCESSIBLE, "GetIndexInParent")
        if SELECTION in interfaces:
            (ok,) = self._call(owner, SELECTION, "SelectChild", "i", index)
            if ok:
                return "Selection.SelectChild"
        if TABLE in interfaces:
            # GTK's tree view selects by child index only when it has one column; with more,
            # its table selects the cell's row.
            (row,) = self._call(owner, TABLE, "GetRowAtIndex", "i", index)
            if row >= 0:
                (ok,) = self._call(owner, TABLE, "AddRowSelection", "i", row)
                if ok:
                    return "Table.AddRowSelection"
        return None

    def _set_text(self, handle: TreeHandle, text: str) -> TreeResult:
        how = "EditableText.SetTextContents"
        try:
            (ok,) = self._call(handle, EDITABLE_TEXT, "SetTextContents", "s", text)
        except SourceError as e:
            return _not_here(f"the widget's text cannot be set through the tree ({e})")
        if not ok:
            return _not_here("the widget refused the text (read-only?)")
        (now,) = self._call(handle, TEXT, "GetText", "ii", 0, -1)
        now = str(now)
        if now != text and not _masked_equal(now, text):
            return TreeResult(False, how, f"it reads {now!r} afterwards", text=now)
        return TreeResult(done=True, how=how, text=now)

    def _expand(self, handle: TreeHandle, open_: bool) -> TreeResult:
        states = self._states(handle)
        if "expandable" not in states and "expanded" not in states:
            return _not_here("the widget does not expand")
        if ("expanded" in states) == open_:
            return TreeResult(done=True, how="already so", expanded=open_)
        name = self._do(handle, EXPAND_ACTIONS)
        if name is None:
            return _not_here("the widget offers no expand action")
        expanded = open_ if self._settled(handle, "expanded", open_) else not open_
        if expanded != open_:
            return TreeResult(False, f"action {name!r}", "its state did not change", expanded=expanded)
        return TreeResult(done=True, how=f"action {name!r}", expanded=expanded)


def _masked_equal(shown: str, text: str) -> bool:
    """A password field reads back one bullet per character, never the characters."""
    return len(shown) == len(text) and len(set(shown)) == 1 and shown[0] not in text
