"""Mouse and keyboard through pyautogui: the only module that moves anything on screen.

Clicks, double-clicks, typing (over a field's text with select-all), keys and shortcuts,
the scroll wheel, drags, and starting a program by its desktop entry (`app.desktop.launch`).

A click on an element or a typing over a field's text goes through the accessibility tree
first where the element came from one (`app.desktop.perception.act`): a button pressed by its
own action, a check box toggled, a row selected, a field's content set whole, an expander
opened. That is exact where a click is a guess at a place (a list's tick cell is not its text);
anything the tree cannot do falls back to the mouse and keyboard, and `Acted` says which it was.

pyautogui connects to the X display when it is imported, so it is imported here, lazily,
after `require_display()` has checked there is one, and never anywhere else. Its fail-safe
stays on: throwing the mouse into a screen corner stops the run (`StopRequested`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from app.desktop import launch
from app.desktop.display import DisplayError, require_display
from app.desktop.elements import Element, ElementKind, Role
from app.desktop.perception.act import TreeHands, TreeResult

#: The key names a task may use, as pyautogui spells them.
_KEY_NAMES = {
    "return": "enter",
    "escape": "esc",
    "control": "ctrl",
    "del": "delete",
    "page up": "pageup",
    "page down": "pagedown",
    "pgup": "pageup",
    "pgdn": "pagedown",
    "super": "winleft",
    "win": "winleft",
    "windows": "winleft",
    "cmd": "winleft",
    "spacebar": "space",
    "arrow up": "up",
    "arrow down": "down",
    "arrow left": "left",
    "arrow right": "right",
    "up arrow": "up",
    "down arrow": "down",
    "left arrow": "left",
    "right arrow": "right",
}


def key_names(spec: str) -> list[str]:
    """The keys of a combination as pyautogui names them: "Ctrl+S" -> ["ctrl", "s"]."""
    return [_KEY_NAMES.get(k, k) for k in (p.strip().casefold() for p in spec.split("+")) if k]


#: Roles whose click is their one action (press), and rows whose click selects them.
_PRESSED = frozenset({Role.BUTTON, Role.LINK, Role.MENU_ITEM, Role.TAB})
_ROWS = frozenset({Role.LIST_ITEM, Role.TABLE_ROW, Role.TABLE_CELL, Role.TREE_ITEM})


class StopRequested(Exception):
    """The person stopped the run (fail-safe corner, stop key, Stop button)."""


@dataclass(frozen=True)
class Acted:
    """How an action reached its element: through the accessibility tree (`how` names the call),
    or with the mouse and keyboard (`fallback` says why not through the tree, when it was tried)."""

    tree: bool
    how: str = ""
    fallback: str = ""

    def describe(self) -> str:
        """For the step's note: "through the tree (action 'click')", "with the mouse"..."""
        if self.tree:
            return f"through the tree ({self.how}{'; ' + self.fallback if self.fallback else ''})"
        return f"with the mouse ({self.fallback})" if self.fallback else "with the mouse"


def tree_click(tree: TreeHands, element: Element) -> TreeResult | None:
    """A click on `element` done as its toolkit's own action, or None when no rule covers it:
    a button, link, menu item or tab is pressed; a check box or a switch toggled (a radio
    button only ever on); an expander flipped. Rows are clicked with the mouse (`Hands._click_row`)."""
    if element.role in _PRESSED:
        return tree.press(element)
    if element.kind is ElementKind.CHECKBOX or (
        element.role is Role.TOGGLE_BUTTON and element.checked is not None
    ):
        # A page's switch is a toggle button: toggled and read back like a box.
        return tree.toggle(element, on=True if element.role is Role.RADIO_BUTTON else None)
    if element.states is not None and element.states.expanded is not None:
        return tree.expand(element, not element.states.expanded)
    return None


def _repeats(result: TreeResult) -> bool:
    """Whether a mouse click after this tree result could undo it: the tree flipped a state that
    had not read back yet (a late toggle). The controller's check of the state decides then."""
    return bool(result.how) and (result.checked is not None or result.expanded is not None)


class Hands:
    """Clicks and typing on the current X display: what the controller's actions need."""

    def __init__(
        self, pause_s: float = 0.03, type_interval_s: float = 0.005, *, tree: TreeHands | None = None
    ) -> None:
        """`tree` acts on elements read from the accessibility tree (one is made when None; it
        connects to the bus on first use)."""
        require_display()
        import pyautogui

        pyautogui.FAILSAFE = True
        pyautogui.PAUSE = pause_s
        self._gui: Any = pyautogui
        self._interval = type_interval_s
        self.tree = tree if tree is not None else TreeHands()
        self._x: Any = None

    def close(self) -> None:
        """Let go of the accessibility bus and the X connection (the next use connects again)."""
        self.tree.close()
        if self._x is not None:
            self._x.close()
            self._x = None

    def _give_keyboard(self) -> None:
        """Give the keyboard to the window under the pointer when no one manages focus.

        With no window manager X's focus is PointerRoot: keys go to the window under the
        pointer, and GTK and Qt take them, but Tk ignores a focus it got that way and drops
        every key (a Tk dialog's entry stayed empty after typing). Focus set on that window
        itself reaches every toolkit. A desktop with a window manager has a focused window of
        its own, which is left alone."""
        from Xlib import X
        from Xlib import display as xdisplay
        from Xlib import error as xerror

        try:
            if self._x is None:
                self._x = xdisplay.Display()
            focus = self._x.get_input_focus().focus
            if not isinstance(focus, int) or focus not in (X.NONE, X.PointerRoot):
                return
            under = self._x.screen().root.query_pointer().child
            if isinstance(under, int):
                return  # the pointer is over the bare root window
            self._x.set_input_focus(under, X.RevertToPointerRoot, X.CurrentTime)
            self._x.sync()
        except (xerror.XError, xerror.ConnectionClosedError, OSError):
            # The window went away meanwhile: the keys go where X sends them, as before.
            self._x = None

    def click_on(self, element: Element) -> Acted:
        """Click `element`: through the tree when a rule covers it and the tree did it, else
        with the mouse at its middle."""
        if element.role in _ROWS and element.kind is not ElementKind.CHECKBOX:
            return self._click_row(element)
        result = tree_click(self.tree, element) if element.handle is not None else None
        if result is not None and result.done:
            return Acted(True, result.how)
        if result is not None and (_repeats(result) or result.sent):
            return Acted(True, result.how, result.reason)
        self.click(*element.box.center)
        return Acted(False, fallback=result.reason if result is not None else "")

    def _click_row(self, element: Element) -> Acted:
        """A row is clicked as a person clicks it: the click makes it both selected and the
        program's current row, which its buttons act on (Qt's currentRow; selecting through
        the tree moved only the selection, and "Mark favourite" then found no contact). The
        tree selects it afterwards only where the click did not."""
        self.click(*element.box.center)
        if element.handle is None:
            return Acted(False)
        result = self.tree.select(element)
        if result.done and result.how != "already so":
            return Acted(True, result.how, "the click did not select it")
        return Acted(False, fallback="" if result.done else result.reason)

    def type_into(self, element: Element, text: str, *, select_all: bool) -> Acted:
        """Type `text` into `element`: over its whole content through the tree when `select_all`
        and the field is editable there; appending stays on the keyboard."""
        editable = element.states is not None and element.states.editable
        result = None
        if select_all and editable and element.handle is not None:
            result = self.tree.set_text(element, text)
            if result.done or result.sent:
                return Acted(True, result.how, result.reason)
        self.type_text(*element.box.center, text, select_all=select_all)
        return Acted(False, fallback=result.reason if result is not None else "")

    def _do(self, name: str, *args: Any, **kwargs: Any) -> None:
        from Xlib import error as xerror

        try:
            getattr(self._gui, name)(*args, **kwargs)
        except self._gui.FailSafeException as exc:
            raise StopRequested("fail-safe: the mouse was moved into a screen corner") from exc
        except (xerror.ConnectionClosedError, xerror.XError, OSError) as exc:
            display = os.environ.get("DISPLAY", "")
            raise DisplayError(
                f"lost the X display {display!r} in the middle of the run ({exc or type(exc).__name__}); "
                "nothing more was done. Check that the desktop session is still running"
            ) from exc

    def click(self, x: int, y: int) -> None:
        self._do("click", x, y)

    def type_text(self, x: int, y: int, text: str, *, select_all: bool) -> None:
        """Click a field and type `text`; `select_all` types over what it holds (Ctrl+A), which
        the controller asks for only in a field verified to be the target: in a document,
        select-all would take the whole document."""
        self._do("click", x, y)
        self._give_keyboard()
        if select_all:
            self._do("hotkey", "ctrl", "a")
        self._do("write", text, interval=self._interval)

    def double_click(self, x: int, y: int) -> None:
        self._do("doubleClick", x, y)

    def key(self, spec: str, *, presses: int = 1, at: tuple[int, int] | None = None) -> None:
        """Press a key or a combination ("enter", "ctrl+s") `presses` times; `at` first moves
        the pointer over the window meant (no click): with no window manager, X gives the keys
        to the window under the pointer."""
        if at is not None:
            self._do("moveTo", *at)
        self._give_keyboard()
        keys = key_names(spec)
        if len(keys) == 1:
            self._do("press", keys[0], presses=presses, interval=self._interval)
            return
        for _ in range(presses):
            self._do("hotkey", *keys)

    def scroll(self, x: int, y: int, clicks: int) -> None:
        """Turn the wheel over (x, y): positive clicks scroll up, negative down."""
        self._do("scroll", clicks, x=x, y=y)

    def drag(self, x0: int, y0: int, x1: int, y1: int) -> None:
        """Press at (x0, y0), move to (x1, y1) while holding the button, release."""
        self._do("moveTo", x0, y0)
        self._do("dragTo", x1, y1, duration=0.2, button="left")

    def launch(self, program: launch.Program) -> launch.Started:
        """Start a program (no shell) and wait for its window."""
        return launch.start(program)
