"""Windows UI Automation behind the same `Source` interface as AT-SPI2.

Why this binding: `uiautomation` (Apache-2.0, pure Python over comtypes) wraps
IUIAutomation's control types and patterns one to one, installs as a wheel with no compiler,
and bundles with PyInstaller as plain modules. It is imported only on Windows, inside `read`.

How: the desktop's top-level windows and their descendants become `UiaNode`s (the same
record the Windows workflow writes to JSON, so recorded trees test the conversion here on
Linux), then elements: UIA control types map onto Deskhand's roles, patterns onto states
(Toggle -> checked, SelectionItem -> selected, ExpandCollapse -> expanded, Value -> text and
editable, RangeValue -> value, Window.IsModal -> modal) and onto the actions the element
offers. Each element's handle carries its runtime id.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.desktop.elements import Box, Element, ElementKind, Role, States, TreeHandle
from app.desktop.layout import nearest_caption, reading_order
from app.desktop.perception.base import Reading, SourceError, TreeWindow

#: UIA control type (as `uiautomation` names it, "Control" dropped) -> (role, kind).
#: Containers (Pane, Group, List, Table, Tree, ToolBar, ScrollBar...) are left out.
UIA_ROLES: dict[str, tuple[Role, ElementKind]] = {
    "Button": (Role.BUTTON, ElementKind.BUTTON),
    "SplitButton": (Role.BUTTON, ElementKind.BUTTON),
    "Edit": (Role.TEXT_FIELD, ElementKind.FIELD),
    "CheckBox": (Role.CHECK_BOX, ElementKind.CHECKBOX),
    "RadioButton": (Role.RADIO_BUTTON, ElementKind.CHECKBOX),
    "ComboBox": (Role.COMBO_BOX, ElementKind.DROPDOWN),
    "ListItem": (Role.LIST_ITEM, ElementKind.LABEL),
    "DataItem": (Role.TABLE_ROW, ElementKind.LABEL),
    "TreeItem": (Role.TREE_ITEM, ElementKind.LABEL),
    "TabItem": (Role.TAB, ElementKind.LABEL),
    "MenuItem": (Role.MENU_ITEM, ElementKind.LABEL),
    "Hyperlink": (Role.LINK, ElementKind.LINK),
    "Slider": (Role.SLIDER, ElementKind.FIELD),
    "Spinner": (Role.SPIN_BUTTON, ElementKind.FIELD),
    "Text": (Role.LABEL, ElementKind.LABEL),
}
#: ExpandCollapseState (UIAutomationCore.h): Collapsed, Expanded, PartiallyExpanded, LeafNode.
EXPANDED = {0: False, 1: True, 2: True}
TOGGLE_ON = 1
MAX_NODES = 3000
SOURCE_NAME = "UIA"


@dataclass
class UiaNode:
    """One UIA element as read: properties and pattern values, `None` where it lacks the pattern."""

    control_type: str
    name: str = ""
    rect: tuple[int, int, int, int] = (0, 0, 0, 0)
    runtime_id: tuple[int, ...] = ()
    enabled: bool = True
    focused: bool = False
    offscreen: bool = False
    password: bool = False
    heading_level: int = 0
    #: Window pattern and the foreground window (top-level windows only).
    modal: bool = False
    foreground: bool = False
    #: The program a top-level window belongs to (the recorder writes "process <id>").
    process: str = ""
    toggle: int | None = None
    selected: bool | None = None
    expand: int | None = None
    value: str | None = None
    read_only: bool | None = None
    range_value: float | None = None
    invoke: bool = False
    children: list[UiaNode] = field(default_factory=list)

    @property
    def box(self) -> Box:
        left, top, right, bottom = self.rect
        return Box(left, top, right - left, bottom - top)

    @property
    def actions(self) -> tuple[str, ...]:
        """What the patterns let a client do, named as AT-SPI's actions are."""
        offered = []
        if self.invoke:
            offered.append("invoke")
        if self.toggle is not None:
            offered.append("toggle")
        if self.selected is not None:
            offered.append("select")
        if self.expand is not None and self.expand in EXPANDED:
            offered.append("expand or collapse")
        if self.value is not None and self.read_only is False:
            offered.append("set value")
        return tuple(offered)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UiaNode:
        """A node from its recorded form (`to_json`), children included."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "children"}
        known["control_type"] = str(known["control_type"]).removesuffix("Control")
        known["rect"] = tuple(int(v) for v in known.get("rect", (0, 0, 0, 0)))
        known["runtime_id"] = tuple(int(v) for v in known.get("runtime_id", ()))
        return cls(**known, children=[cls.from_json(c) for c in data.get("children", ())])

    def to_json(self) -> dict[str, Any]:
        """The recorded form: what the Windows workflow saves and the tests read back."""
        data = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "children"}
        data["rect"] = list(self.rect)
        data["runtime_id"] = list(self.runtime_id)
        data["children"] = [c.to_json() for c in self.children]
        return data

    def walk(self) -> Iterator[UiaNode]:
        """This node and its descendants, depth first; a combo box's parts (its edit, its list) are
        the combo box itself and are not walked into."""
        yield self
        if self.control_type == "ComboBox":
            return
        for child in self.children:
            yield from child.walk()


def _element(node: UiaNode, window: UiaNode) -> Element | None:
    mapped = UIA_ROLES.get(node.control_type)
    if mapped is None or node.offscreen or node.rect[2] <= node.rect[0] or node.rect[3] <= node.rect[1]:
        return None
    role, kind = mapped
    if role is Role.TEXT_FIELD and node.password:
        role = Role.PASSWORD_FIELD
    elif role is Role.LABEL and node.heading_level > 0:
        role = Role.HEADING
    name = " ".join(node.name.split())
    states = States(
        enabled=node.enabled,
        focused=node.focused,
        selected=bool(node.selected) and role is not Role.RADIO_BUTTON,
        expanded=EXPANDED.get(node.expand) if node.expand is not None else None,
        editable=node.read_only is False
        or (role in (Role.TEXT_FIELD, Role.PASSWORD_FIELD) and node.value is None),
        modal=window.modal,
    )
    common: dict[str, Any] = {
        "role": role,
        "states": states,
        "value": f"{node.range_value:g}" if node.range_value is not None else "",
        "actions": node.actions,
        "window": window.name,
        "handle": TreeHandle(SOURCE_NAME, "", ".".join(map(str, node.runtime_id))),
    }
    content = " ".join((node.value or "").split())
    if kind is ElementKind.FIELD:
        shown = "" if role is Role.PASSWORD_FIELD else content or common["value"]
        return Element(0, kind, shown, node.box, label=_bare(name), **common)
    if kind is ElementKind.CHECKBOX:
        checked = node.toggle == TOGGLE_ON if node.toggle is not None else bool(node.selected)
        return Element(0, kind, "", node.box, label=_bare(name), checked=checked, **common)
    if kind is ElementKind.DROPDOWN:
        return Element(0, kind, content, node.box, label=_bare(name), **common)
    if not name:
        return None
    return Element(0, kind, name, node.box, **common)


def elements_from_uia(windows: Sequence[UiaNode], screen: Box) -> tuple[list[Element], list[TreeWindow]]:
    """The elements of top-level `windows` inside `screen`: modal window first, then the foreground one."""
    ordered = sorted(windows, key=lambda w: (not w.modal, not w.foreground))
    elements: list[Element] = []
    published: list[TreeWindow] = []
    for window in ordered:
        found = []
        for node in window.walk():
            if node is window:
                continue
            element = _element(node, window)
            if element is not None and screen.contains(*element.box.center):
                found.append(element)
        found = _named(found)
        elements.extend(reading_order(found, key=lambda e: e.box))
        if window.rect[2] > window.rect[0]:
            published.append(
                TreeWindow(
                    window.name, window.box, window.process, window.foreground, window.modal, len(found)
                )
            )
    return elements, published


def _named(elements: list[Element]) -> list[Element]:
    """A field UIA leaves unnamed takes the caption beside or above it; that caption is dropped."""
    labels = [e for e in elements if e.role is Role.LABEL]
    used: set[int] = set()
    named: dict[int, Element] = {}
    for n, element in enumerate(elements):
        if element.kind in (ElementKind.FIELD, ElementKind.DROPDOWN) and not element.label:
            i = nearest_caption(element.box, [label.box for label in labels], used)
            if i is not None:
                used.add(i)
                named[n] = replace(element, label=_bare(labels[i].text))
        elif element.kind in (ElementKind.FIELD, ElementKind.DROPDOWN):
            # The caption UIA already named it after is the same words: one element, not two.
            used.update(i for i, label in enumerate(labels) if _bare(label.text) == element.label)
    dropped = {id(labels[i]) for i in used}
    return [named.get(n, e) for n, e in enumerate(elements) if id(e) not in dropped]


def _bare(caption: str) -> str:
    return caption.strip().rstrip(":").strip()


class UiaSource:
    """The UI Automation tree of the desktop's windows (Windows only)."""

    name = "UI Automation"

    def read(self, screen: Box) -> Reading:
        """The published widgets inside `screen`; `SourceError` off Windows or without the binding."""
        start = time.perf_counter()
        windows = record_desktop()
        elements, published = elements_from_uia(windows, screen)
        notes = tuple(
            f"{w.program or 'a program'} publishes no UI Automation widgets for its window {w.title!r}: "
            "read from pixels"
            for w in published
            if w.elements == 0
        )
        programs = tuple(dict.fromkeys(w.process for w in windows))
        return Reading(tuple(elements), tuple(published), notes, time.perf_counter() - start, programs)

    def close(self) -> None:
        """Nothing to close: each read asks UIA afresh."""


def record_desktop() -> list[UiaNode]:
    """The desktop's showing top-level windows as `UiaNode` trees, read through `uiautomation`."""
    if sys.platform != "win32":
        raise SourceError("UI Automation exists only on Windows")
    try:
        import uiautomation as auto  # type: ignore[import-not-found]
    except ImportError as e:
        raise SourceError(f"the uiautomation package is missing ({e}): pip install uiautomation") from e
    try:
        foreground = auto.GetForegroundControl()
        front = foreground.NativeWindowHandle if foreground else 0
        budget = [MAX_NODES]
        windows = []
        for control in auto.GetRootControl().GetChildren():
            node = _record(auto, control, budget)
            node.foreground = bool(front) and control.NativeWindowHandle == front
            node.process = f"process {control.ProcessId}"
            windows.append(node)
        return windows
    except Exception as e:  # COM errors (comtypes.COMError, OSError) from a window that went away
        raise SourceError(f"UI Automation stopped answering ({e})") from e


def _record(auto: Any, control: Any, budget: list[int]) -> UiaNode:
    budget[0] -= 1
    rect = control.BoundingRectangle
    node = UiaNode(
        control_type=str(control.ControlTypeName).removesuffix("Control"),
        name=control.Name or "",
        rect=(rect.left, rect.top, rect.right, rect.bottom),
        runtime_id=tuple(control.GetRuntimeId() or ()),
        enabled=bool(control.IsEnabled),
        focused=bool(control.HasKeyboardFocus),
        offscreen=bool(control.IsOffscreen),
        password=bool(control.IsPassword),
    )
    patterns = auto.PatternId
    if (toggle := control.GetPattern(patterns.TogglePattern)) is not None:
        node.toggle = int(toggle.ToggleState)
    if (item := control.GetPattern(patterns.SelectionItemPattern)) is not None:
        node.selected = bool(item.IsSelected)
    if (expand := control.GetPattern(patterns.ExpandCollapsePattern)) is not None:
        node.expand = int(expand.ExpandCollapseState)
    if (value := control.GetPattern(patterns.ValuePattern)) is not None:
        node.value, node.read_only = str(value.Value or ""), bool(value.IsReadOnly)
    if (rng := control.GetPattern(patterns.RangeValuePattern)) is not None:
        node.range_value = float(rng.Value)
    if (window := control.GetPattern(patterns.WindowPattern)) is not None:
        node.modal = bool(window.IsModal)
    node.invoke = control.GetPattern(patterns.InvokePattern) is not None
    if node.offscreen or budget[0] <= 0:
        return node
    node.children = [_record(auto, child, budget) for child in control.GetChildren() if budget[0] > 0]
    return node
