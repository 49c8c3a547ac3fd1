"""What perception produces: elements on screen with ids, text, boxes and a kind guess.

These types live with the desktop package because the screen reader makes them; the agent
above reads them (the arrows point agent -> desktop, never back).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Box:
    """A screen rectangle in pixels: left, top, width, height."""

    x: int
    y: int
    w: int
    h: int

    @property
    def center(self) -> tuple[int, int]:
        return (self.x + self.w // 2, self.y + self.h // 2)

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def iou(self, other: Box) -> float:
        """Intersection over union, the measure used to keep element ids stable across frames."""
        ix = max(0, min(self.right, other.right) - max(self.x, other.x))
        iy = max(0, min(self.bottom, other.bottom) - max(self.y, other.y))
        inter = ix * iy
        union = self.w * self.h + other.w * other.h - inter
        return inter / union if union else 0.0

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


class Role(StrEnum):
    """What the toolkit says a widget is (accessibility trees); pixels alone give no role."""

    BUTTON = "button"
    TOGGLE_BUTTON = "toggle button"
    TEXT_FIELD = "text field"
    PASSWORD_FIELD = "password field"
    CHECK_BOX = "check box"
    RADIO_BUTTON = "radio button"
    COMBO_BOX = "combo box"
    LIST = "list"
    LIST_ITEM = "list item"
    TABLE = "table"
    TABLE_ROW = "table row"
    TABLE_CELL = "table cell"
    TREE_ITEM = "tree item"
    TAB = "tab"
    MENU = "menu"
    MENU_ITEM = "menu item"
    LINK = "link"
    SLIDER = "slider"
    SPIN_BUTTON = "spin button"
    HEADING = "heading"
    #: A month grid (GTK's calendar): pick a day by selecting it.
    CALENDAR = "calendar"
    LABEL = "label"
    IMAGE = "image"
    DIALOG = "dialog"
    WINDOW = "window"


@dataclass(frozen=True)
class States:
    """A widget's states as its toolkit publishes them (accessibility trees only)."""

    enabled: bool = True
    focused: bool = False
    selected: bool = False
    #: None: the widget cannot expand at all.
    expanded: bool | None = None
    editable: bool = False
    #: The widget's window is modal (a dialog that must be answered first).
    modal: bool = False


@dataclass(frozen=True)
class TreeHandle:
    """Where a tree element can be found again to act on it: its program's bus name and object path.

    `source` names the tree ("AT-SPI2"; "UIA" on Windows, whose `path` is the runtime id).
    """

    source: str
    bus: str
    path: str


class ElementKind(StrEnum):
    BUTTON = "button"
    FIELD = "field"
    CHECKBOX = "checkbox"
    DROPDOWN = "dropdown"
    LINK = "link"
    LABEL = "label"
    TEXT = "text"


@dataclass(frozen=True)
class Element:
    """One thing on screen the agent can name.

    `text` is what is written on or in it (a button's caption, a field's content); `label` is
    the caption that names it when that differs (the "Name:" left of a field, a checkbox's text).
    `checked` is a check box's state (a mark drawn in it or not); None for anything else.
    From an accessibility tree come also `role`, `states`, `value` (a slider's or spin
    button's number), `actions` (what the toolkit can do to it: "click", "activate"...) and
    `window` (the title of the window it belongs to), and `handle`, which lets
    `app.desktop.perception.act` press, toggle or fill it through the tree; elements read from
    pixels leave `role`, `states` and `handle` None.
    """

    id: int
    kind: ElementKind
    text: str
    box: Box
    label: str = ""
    score: float = 1.0
    checked: bool | None = None
    role: Role | None = None
    states: States | None = None
    value: str = ""
    actions: tuple[str, ...] = ()
    window: str = ""
    #: A list box's choices when the tree publishes them closed; () when unknown.
    options: tuple[str, ...] = ()
    #: Not part of what the element is: the same widget read twice compares equal.
    handle: TreeHandle | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return self.label or self.text


@dataclass(frozen=True)
class Observation:
    elements: tuple[Element, ...]
    size: tuple[int, int]
    window_title: str = ""
    #: RGB pixels as a numpy array (H, W, 3); excluded from equality and repr.
    image: Any = field(default=None, compare=False, repr=False)
    #: Where the elements came from: "pixels", "tree" or "tree+pixels".
    source: str = "pixels"
    #: What the reader wants said about this look (a program that publishes no tree, a bus
    #: Deskhand could not reach), for the step log.
    notes: tuple[str, ...] = ()

    def element(self, element_id: int) -> Element | None:
        return next((e for e in self.elements if e.id == element_id), None)
