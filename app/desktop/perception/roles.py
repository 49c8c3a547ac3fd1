"""Toolkit roles and states become Deskhand's elements.

AT-SPI names roles in words ("push button", "password text"); each maps onto a `Role` and onto
the `ElementKind` the agent already grounds (a radio button is a CHECKBOX with `checked`; a tab,
menu item or list row is LABEL, the clickable text the pixel reader has always reported).
Widgets without a name take the caption beside or above them, as the pixel reader does. A
modal or active window's elements come first.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.desktop.elements import Box, Element, ElementKind, Role, States
from app.desktop.layout import nearest_caption, reading_order
from app.desktop.perception.base import TreeNode, TreeWindow

#: AT-SPI role name -> (role, kind). Containers (panels, fillers, scroll panes) are left out.
ATSPI_ROLES: dict[str, tuple[Role, ElementKind]] = {
    "push button": (Role.BUTTON, ElementKind.BUTTON),
    "button": (Role.BUTTON, ElementKind.BUTTON),
    "toggle button": (Role.TOGGLE_BUTTON, ElementKind.BUTTON),
    "text": (Role.TEXT_FIELD, ElementKind.FIELD),
    "entry": (Role.TEXT_FIELD, ElementKind.FIELD),
    "password text": (Role.PASSWORD_FIELD, ElementKind.FIELD),
    "spin button": (Role.SPIN_BUTTON, ElementKind.FIELD),
    "check box": (Role.CHECK_BOX, ElementKind.CHECKBOX),
    "check menu item": (Role.CHECK_BOX, ElementKind.CHECKBOX),
    "radio button": (Role.RADIO_BUTTON, ElementKind.CHECKBOX),
    "radio menu item": (Role.RADIO_BUTTON, ElementKind.CHECKBOX),
    "combo box": (Role.COMBO_BOX, ElementKind.DROPDOWN),
    "list item": (Role.LIST_ITEM, ElementKind.LABEL),
    "table row": (Role.TABLE_ROW, ElementKind.LABEL),
    "table cell": (Role.TABLE_CELL, ElementKind.LABEL),
    "tree item": (Role.TREE_ITEM, ElementKind.LABEL),
    "page tab": (Role.TAB, ElementKind.LABEL),
    "menu": (Role.MENU, ElementKind.LABEL),
    "menu item": (Role.MENU_ITEM, ElementKind.LABEL),
    "link": (Role.LINK, ElementKind.LINK),
    "slider": (Role.SLIDER, ElementKind.FIELD),
    "heading": (Role.HEADING, ElementKind.LABEL),
    "label": (Role.LABEL, ElementKind.LABEL),
    "static": (Role.LABEL, ElementKind.LABEL),
    "caption": (Role.LABEL, ElementKind.LABEL),
}
#: The roles a person acts on (the benchmark's "interactive widgets").
INTERACTIVE_ROLES = frozenset(ATSPI_ROLES) - {"heading", "label", "static", "caption"}


def is_modal(window: TreeNode) -> bool:
    """A dialog, or a window its toolkit flags modal, is answered before anything else."""
    return "modal" in window.states or window.role in ("dialog", "alert")


def windows_of(nodes: Sequence[TreeNode]) -> dict[int, TreeNode]:
    """Each node's top-level window (a child of its program), by `id(node)`."""
    top: dict[int, TreeNode] = {}
    for node in nodes:
        if node.depth == 1:
            top[id(node)] = node
        elif node.depth > 1 and node.parent is not None and id(node.parent) in top:
            top[id(node)] = top[id(node.parent)]
    return top


def tree_windows(nodes: Sequence[TreeNode], counts: dict[int, int]) -> list[TreeWindow]:
    """The showing top-level windows, modal first, then the active one, then the rest."""
    windows = [
        TreeWindow(
            title=n.name,
            box=n.box,
            program=n.parent.name if n.parent else "",
            active="active" in n.states,
            modal=is_modal(n),
            elements=counts.get(id(n), 0),
        )
        for n in nodes
        if n.depth == 1 and n.box is not None
    ]
    return sorted(windows, key=lambda w: (not w.modal, not w.active))


def _element(node: TreeNode, window: TreeNode | None) -> Element | None:
    mapped = ATSPI_ROLES.get(node.role)
    if mapped is None or node.box is None:
        return None
    role, kind = mapped
    states = node.states
    if node.role == "text" and "editable" not in states:
        role, kind = Role.LABEL, ElementKind.LABEL  # read-only text is something to read
    name = " ".join(node.name.split())
    if kind in (ElementKind.FIELD, ElementKind.DROPDOWN, ElementKind.CHECKBOX):
        name = _bare(name)  # Qt names a field after its caption, colon included
    flags = States(
        enabled="enabled" in states or "sensitive" in states,
        focused="focused" in states,
        selected="selected" in states,
        expanded=("expanded" in states) if "expandable" in states else None,
        editable="editable" in states,
        modal=window is not None and is_modal(window),
    )
    common = {
        "role": role,
        "states": flags,
        "value": node.value,
        "actions": node.actions,
        "window": window.name if window is not None else "",
    }
    content = " ".join(node.text.split())
    if kind is ElementKind.FIELD:
        return Element(0, kind, content or node.value, node.box, label=name, **common)  # type: ignore[arg-type]
    if kind is ElementKind.CHECKBOX:
        return Element(0, kind, "", node.box, label=name, checked="checked" in states, **common)  # type: ignore[arg-type]
    if kind is ElementKind.DROPDOWN:
        return Element(0, kind, content or name, node.box, **common)  # type: ignore[arg-type]
    text = name or content
    if not text:
        return None
    checked = "checked" in states if role is Role.TOGGLE_BUTTON else None
    return Element(0, kind, text, node.box, checked=checked, **common)  # type: ignore[arg-type]


def elements_from_tree(nodes: Sequence[TreeNode], screen: Box) -> tuple[list[Element], list[TreeWindow]]:
    """The elements of the showing nodes inside `screen`, modal/active window first, then reading order."""
    top = windows_of(nodes)
    by_window: dict[int, list[Element]] = {}
    for node in nodes:
        window = top.get(id(node))
        if window is None or node is window:
            continue
        element = _element(node, window)
        if element is None or not _on_screen(element.box, screen):
            continue
        by_window.setdefault(id(window), []).append(element)
    windows = tree_windows(nodes, {k: len(v) for k, v in by_window.items()})
    order = {id(n): n for n in top.values()}
    elements: list[Element] = []
    for key in sorted(by_window, key=lambda k: (not is_modal(order[k]), "active" not in order[k].states)):
        elements.extend(reading_order(_named(by_window[key]), key=lambda e: e.box))
    return elements, windows


def _named(elements: list[Element]) -> list[Element]:
    """Fields and combo boxes without a name take their caption; captions used so are dropped."""
    from dataclasses import replace

    labels = [e for e in elements if e.kind is ElementKind.LABEL]
    used: set[int] = set()
    named: dict[int, Element] = {}
    for n, e in sorted(enumerate(elements), key=lambda ne: (ne[1].box.y, ne[1].box.x)):
        if e.kind in (ElementKind.FIELD, ElementKind.DROPDOWN) and not e.label:
            i = nearest_caption(e.box, [label.box for label in labels], used)
            if i is not None:
                used.add(i)
                named[n] = replace(e, label=_bare(labels[i].text))
        elif e.kind in (ElementKind.FIELD, ElementKind.DROPDOWN):
            for i, label in enumerate(labels):
                if i not in used and _bare(label.text) == e.label:
                    used.add(i)
    dropped = {id(labels[i]) for i in used}
    return [named.get(n, e) for n, e in enumerate(elements) if id(e) not in dropped]


def _bare(caption: str) -> str:
    return caption.strip().rstrip(":").strip()


def _on_screen(box: Box, screen: Box) -> bool:
    cx, cy = box.center
    return screen.contains(cx, cy) and box.w > 0 and box.h > 0
