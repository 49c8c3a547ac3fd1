"""How toolkit trees become elements where a role says less than the widget is (issue 14).

Each tree here is shaped as a real toolkit publishes it (read on Xvfb from zenity, Qt 6 and
Chromium by `bench/perception.py`): GTK 3's tick column of a list, Chromium's <summary> and a
link with its own text inside, Qt 6's password line edit.
"""

from __future__ import annotations

from app.desktop.elements import Box, ElementKind, Role
from app.desktop.perception.base import TreeNode
from app.desktop.perception.roles import elements_from_tree

SCREEN = Box(0, 0, 1024, 768)


def node(
    parent: TreeNode | None,
    role: str,
    name: str,
    box: Box,
    *states: str,
    text: str = "",
    actions: tuple[str, ...] = (),
) -> TreeNode:
    depth = 0 if parent is None else parent.depth + 1
    path = f"/{role}/{name}/{box.x},{box.y}"
    flags = frozenset(("showing", "enabled", *states))
    return TreeNode("app", path, depth, parent, role, name, flags, box=box, text=text, actions=actions)


def window(role: str = "dialog", title: str = "Fruit") -> tuple[TreeNode, TreeNode]:
    app = node(None, "application", "prog", SCREEN)
    return app, node(app, role, title, Box(300, 200, 400, 300))


def test_a_list_tick_cell_is_a_check_box_named_by_its_row() -> None:
    app, dialog = window()
    toggle = ("Toggle", "Activates the cell")
    ticked = node(dialog, "table cell", "", Box(377, 348, 41, 21), "checked", actions=toggle)
    apples = node(dialog, "table cell", "Apples", Box(422, 348, 225, 21), text="Apples")
    empty = node(dialog, "table cell", "", Box(377, 371, 41, 21), actions=toggle)
    pears = node(dialog, "table cell", "Pears", Box(422, 371, 225, 21), text="Pears")
    elements, _ = elements_from_tree([app, dialog, ticked, apples, empty, pears], SCREEN)

    boxes = [(e.name, e.checked) for e in elements if e.role is Role.CHECK_BOX]
    assert boxes == [("Apples", True), ("Pears", False)]
    assert all(e.kind is ElementKind.CHECKBOX for e in elements if e.role is Role.CHECK_BOX)
    cells = [e.name for e in elements if e.role is Role.TABLE_CELL]
    assert cells == ["Apples", "Pears"], "the row's text stays a widget of its own"


def test_an_expandable_toggle_is_a_disclosure_button_and_a_links_own_text_is_not_repeated() -> None:
    app, page = window("frame", "Settings")
    summary = node(page, "toggle button", "Advanced options", Box(30, 386, 600, 20), "expandable", text="x")
    inner = node(summary, "static", "Advanced options", Box(46, 386, 144, 20))
    link = node(page, "link", "Reset to defaults", Box(144, 417, 136, 20))
    echo = node(link, "static", "Reset to defaults", Box(144, 417, 136, 20))
    other = node(page, "static", "Volume", Box(30, 355, 60, 20))
    elements, _ = elements_from_tree([app, page, summary, inner, link, echo, other], SCREEN)

    assert [(e.role, e.name) for e in elements] == [
        (Role.LABEL, "Volume"),
        (Role.BUTTON, "Advanced options"),
        (Role.LINK, "Reset to defaults"),
    ]
    disclosure = elements[1]
    assert disclosure.kind is ElementKind.BUTTON and disclosure.checked is None
    assert disclosure.states is not None and disclosure.states.expanded is False


def test_qt_password_fields_are_told_by_their_mask_or_their_name() -> None:
    app, form = window("frame", "Sign in")
    typed = node(form, "text", "Secret:", Box(350, 210, 300, 22), "editable", text="\u25cf" * 6)
    empty = node(form, "text", "Password:", Box(350, 240, 300, 22), "editable")
    user = node(form, "text", "User name:", Box(350, 270, 300, 22), "editable", text="margaret")
    elements, _ = elements_from_tree([app, form, typed, empty, user], SCREEN)

    assert [(e.name, e.role) for e in elements] == [
        ("Secret", Role.PASSWORD_FIELD),
        ("Password", Role.PASSWORD_FIELD),
        ("User name", Role.TEXT_FIELD),
    ]


def test_a_nameless_row_takes_its_labels_words_and_qt_spin_boxes_are_spin_buttons() -> None:
    app, chooser = window("file chooser", "Open file")
    home = node(chooser, "list item", "", Box(0, 42, 156, 36))
    icon = node(home, "icon", "", Box(14, 42, 24, 36))
    words = node(home, "label", "Home", Box(38, 42, 104, 36))
    caption = node(chooser, "label", "Copies:", Box(413, 308, 178, 14))
    copies = node(chooser, "spin box", "Copies:", Box(413, 328, 178, 23), "editable", "focused")
    elements, _ = elements_from_tree([app, chooser, home, icon, words, caption, copies], SCREEN)

    assert [(e.role, e.name) for e in elements] == [
        (Role.LIST_ITEM, "Home"),
        (Role.SPIN_BUTTON, "Copies"),
    ], "the row is one element, and the spin box's caption names it"
    assert elements[1].states is not None and elements[1].states.focused


def test_a_nameless_calendar_takes_its_caption_and_each_element_its_own_node() -> None:
    app, dialog = window(title="Date")
    caption = node(dialog, "label", "Pick a day", Box(320, 220, 100, 20))
    calendar = node(dialog, "calendar", "", Box(320, 245, 300, 180), "focusable")
    ok = node(dialog, "push button", "OK", Box(600, 450, 80, 30))
    # GTK's button label shares the button's box: the button, not its label, is what is pressed.
    inside = node(ok, "label", "OK", Box(600, 450, 80, 30))
    elements, _ = elements_from_tree([app, dialog, caption, calendar, ok, inside], SCREEN)

    (picker,) = [e for e in elements if e.role is Role.CALENDAR]
    assert picker.name == "Pick a day"
    assert "Pick a day" not in [e.name for e in elements if e.role is Role.LABEL], "the caption is spent"
    for element, source in ((picker, calendar), (next(e for e in elements if e.name == "OK"), ok)):
        assert element.handle is not None
        assert (element.handle.source, element.handle.bus, element.handle.path) == (
            "AT-SPI2",
            "app",
            source.path,
        )
