"""Toolkit roles and states become Deskhand's elements.

AT-SPI names roles in words ("push button", "password text"); each maps onto a `Role` and onto
the `ElementKind` the agent already grounds (a radio button is a CHECKBOX with `checked`; a tab,
menu item or list row is LABEL, the clickable text the pixel reader has always reported).
Widgets without a name take the caption beside or above them, as the pixel reader does (a check
box, the text on its right: the row's text for the tick cell of a list). A modal or active
window's elements come first.

Where a toolkit's role says less than its widget is, the other things it publishes decide: a
list cell that offers "toggle" is a check box (GTK 3's tick column), a toggle button that can
expand is a disclosure button (Chromium's <summary>, GTK's expander), and an editable text that
shows only mask characters, or is named as one, is a password field (Qt 6 publishes no password
role or state, only the masked text). GTK 3 publishes a radio list's tick cells exactly as a check
list's (role, state bits, interfaces, actions and their descriptions, attributes, relations and
the column header, compared on zenity --radiolist and --checklist), so they stay check boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.desktop.elements import Box, Element, ElementKind, Role, States, TreeHandle
from app.desktop.layout import nearest_caption, reading_order
from app.desktop.perception.base import TreeNode, TreeWindow

#: The name of the tree the handles point into (`TreeHandle.source`).
SOURCE_NAME = "AT-SPI2"
#: AT-SPI role name -> (role, kind). Containers (panels, fillers, scroll panes) are left out.
ATSPI_ROLES: dict[str, tuple[Role, ElementKind]] = {
    "push button": (Role.BUTTON, ElementKind.BUTTON),
    "button": (Role.BUTTON, ElementKind.BUTTON),
    "toggle button": (Role.TOGGLE_BUTTON, ElementKind.BUTTON),
    "text": (Role.TEXT_FIELD, ElementKind.FIELD),
    "entry": (Role.TEXT_FIELD, ElementKind.FIELD),
    "password text": (Role.PASSWORD_FIELD, ElementKind.FIELD),
    "spin button": (Role.SPIN_BUTTON, ElementKind.FIELD),
    "spin box": (Role.SPIN_BUTTON, ElementKind.FIELD),  # Qt's own word for the same role
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
    "calendar": (Role.CALENDAR, ElementKind.LABEL),
    "label": (Role.LABEL, ElementKind.LABEL),
    "static": (Role.LABEL, ElementKind.LABEL),
    "caption": (Role.LABEL, ElementKind.LABEL),
}
#: The roles a person acts on (the benchmark's "interactive widgets").
INTERACTIVE_ROLES = frozenset(ATSPI_ROLES) - {"heading", "label", "static", "caption"}
#: Kinds whose name is the text they hold (not a caption beside them, as fields and check boxes).
NAMED_BY_CONTENT = frozenset((ElementKind.BUTTON, ElementKind.LABEL, ElementKind.LINK))
#: How far above a label the widget it names may sit (GTK's list row > box > box > filler > label).
LABEL_DEPTH = 5
#: What a password field shows for each typed character, across toolkits.
MASK_CHARACTERS = frozenset("\u25cf\u2022*\u2217\u00b7")
#: Words that make an editable field a password field when its toolkit does not say so.
PASSWORD_WORDS = ("password", "passphrase", "passcode")


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


def _element(node: TreeNode, window: TreeNode | None, inner_name: str = "") -> Element | None:
    mapped = ATSPI_ROLES.get(node.role)
    if mapped is None or node.box is None:
        return None
    role, kind = mapped
    states = node.states
    if node.role == "text" and "editable" not in states:
        role, kind = Role.LABEL, ElementKind.LABEL  # read-only text is something to read
    elif node.role == "table cell" and _toggles(node) and not node.name.strip():
        role, kind = Role.CHECK_BOX, ElementKind.CHECKBOX
    elif node.role == "toggle button" and "expandable" in states:
        role = Role.BUTTON  # opens and closes a section: its state is `expanded`, not checked
    elif role is Role.TEXT_FIELD and _masked(node.text):
        role = Role.PASSWORD_FIELD
    name = " ".join((node.name or inner_name).split())
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
        # The node this element is read from, exactly: what TreeHands acts on.
        "handle": TreeHandle(SOURCE_NAME, node.bus, node.path),
    }
    content = " ".join(node.text.split())
    if kind is ElementKind.FIELD:
        return Element(0, kind, content or node.value, node.box, label=name, **common)  # type: ignore[arg-type]
    if kind is ElementKind.CHECKBOX:
        return Element(0, kind, "", node.box, label=name, checked="checked" in states, **common)  # type: ignore[arg-type]
    if kind is ElementKind.DROPDOWN:
        if not content and node.chosen and name and name != node.chosen:
            # The box names its caption only (Chromium): what it shows is its chosen option.
            return Element(0, kind, node.chosen, node.box, label=name, options=node.options, **common)  # type: ignore[arg-type]
        return Element(0, kind, content or name, node.box, options=node.options, **common)  # type: ignore[arg-type]
    text = name or content
    if not text and role is not Role.CALENDAR:  # a nameless calendar takes its caption (_named)
        return None
    checked = "checked" in states if role is Role.TOGGLE_BUTTON else None
    return Element(0, kind, text, node.box, checked=checked, **common)  # type: ignore[arg-type]


def _toggles(node: TreeNode) -> bool:
    return any(action.lower() == "toggle" for action in node.actions)


def _masked(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and set(stripped) <= MASK_CHARACTERS


def elements_from_tree(nodes: Sequence[TreeNode], screen: Box) -> tuple[list[Element], list[TreeWindow]]:
    """The elements of the showing nodes inside `screen`, modal/active window first, then reading order."""
    top = windows_of(nodes)
    inner, spoken = _inner_names(nodes)
    by_window: dict[int, list[Element]] = {}
    for node in nodes:
        window = top.get(id(node))
        if window is None or node is window or id(node) in spoken:
            continue
        element = _element(node, window, inner.get(id(node), ""))
        if element is None or not _on_screen(element.box, screen):
            continue
        by_window.setdefault(id(window), []).append(element)
    windows = tree_windows(nodes, {k: len(v) for k, v in by_window.items()})
    order = {id(n): n for n in top.values()}
    elements: list[Element] = []
    for key in sorted(by_window, key=lambda k: (not is_modal(order[k]), "active" not in order[k].states)):
        named = _passwords(_named(_without_echoes(by_window[key])))
        elements.extend(reading_order(named, key=lambda e: e.box))
    return elements, windows


def _inner_names(nodes: Sequence[TreeNode]) -> tuple[dict[int, str], set[int]]:
    """Names for nameless rows, tabs and buttons from the label inside them, and those labels.

    GTK 3's list box rows (a file chooser's places) publish no name, only a label child: the
    row is the widget a person clicks, so it takes the label's words and the label is spent.
    """
    names: dict[int, str] = {}
    spoken: set[int] = set()
    for node in nodes:
        if node.role not in ("label", "static") or not node.name.strip():
            continue
        holder = node.parent
        for _ in range(LABEL_DEPTH):
            if holder is None:
                break
            mapped = ATSPI_ROLES.get(holder.role)
            if mapped is not None and holder.role in INTERACTIVE_ROLES:
                if not holder.name.strip() and id(holder) not in names and mapped[1] in NAMED_BY_CONTENT:
                    names[id(holder)] = node.name
                    spoken.add(id(node))
                break
            holder = holder.parent
    return names, spoken


def _without_echoes(elements: list[Element]) -> list[Element]:
    """Drop the text inside a widget that only repeats its name (a link's or a button's own words).

    Browsers publish a link, and inside it the static text it shows: one widget, one element.
    """

    def echoes(label: Element) -> bool:
        words = _bare(label.text).casefold()
        return any(
            e.role is not Role.LABEL
            and e is not label
            and e.box.contains(*label.box.center)
            and _bare(e.name).casefold() == words
            for e in elements
        )

    return [e for e in elements if e.role is not Role.LABEL or not echoes(e)]


def _passwords(elements: list[Element]) -> list[Element]:
    """Text fields named as password fields are password fields (Qt 6 publishes no other sign)."""
    from dataclasses import replace

    return [
        replace(e, role=Role.PASSWORD_FIELD)
        if e.role is Role.TEXT_FIELD and any(word in e.label.casefold() for word in PASSWORD_WORDS)
        else e
        for e in elements
    ]


def _named(elements: list[Element]) -> list[Element]:
    """Fields, combo boxes and calendars without a name take their caption; captions used so
    are dropped."""
    from dataclasses import replace

    labels = [e for e in elements if e.kind is ElementKind.LABEL]
    used: set[int] = set()
    named: dict[int, Element] = {}
    for n, e in sorted(enumerate(elements), key=lambda ne: (ne[1].box.y, ne[1].box.x)):
        if (e.kind in (ElementKind.FIELD, ElementKind.DROPDOWN) and not e.label) or (
            e.role is Role.CALENDAR and not e.name
        ):
            i = nearest_caption(e.box, [label.box for label in labels], used)
            if i is not None:
                used.add(i)
                named[n] = replace(e, label=_bare(labels[i].text))
        elif e.kind is ElementKind.CHECKBOX and not e.label:
            # A check box's caption is on its right; it stays an element (a list row's text).
            j = _caption_right(e.box, labels)
            if j is not None:
                named[n] = replace(e, label=_bare(labels[j].text))
        elif e.kind in (ElementKind.FIELD, ElementKind.DROPDOWN):
            for i, label in enumerate(labels):
                if i not in used and _bare(label.text) == e.label:
                    used.add(i)
    dropped = {id(labels[i]) for i in used}
    return [named.get(n, e) for n, e in enumerate(elements) if id(e) not in dropped]


def _caption_right(box: Box, labels: Sequence[Element]) -> int | None:
    """The nearest label to the right of `box` in the same row, by index."""
    best: tuple[int, int] | None = None
    for i, label in enumerate(labels):
        gap = label.box.x - box.right
        if box.y <= label.box.center[1] < box.bottom and -4 <= gap <= 60 and (best is None or gap < best[0]):
            best = (gap, i)
    return None if best is None else best[1]


def _bare(caption: str) -> str:
    return caption.strip().rstrip(":").strip()


def _on_screen(box: Box, screen: Box) -> bool:
    cx, cy = box.center
    return screen.contains(cx, cy) and box.w > 0 and box.h > 0
