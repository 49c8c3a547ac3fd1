"""AT-SPI2, Linux's accessibility tree, read over D-Bus with jeepney (pure Python).

Why this binding: jeepney is a pure-Python D-Bus library (already pulled in by keyring's
SecretStorage), so it bundles with PyInstaller as plain modules, needs no compiler, no
gobject-introspection typelibs and no system Python. Debian's python3-pyatspi and PyGObject are
built for Debian's own interpreter and would drag GLib, GObject and typelibs into the bundle.

How: the registry on the accessibility bus lists the programs that publish; each program's
tree is walked one level at a time, every question of a level sent before any answer is read
(D-Bus keeps the order), so a level costs one round trip, not one per widget. GTK 3's bridge has
no `org.a11y.atspi.Cache.GetItems`, so the walk asks each node directly: children, role name,
states, name, interfaces and its box on screen; then, for the widgets an agent acts on, their
text, value and actions. A program that answers `Collection.GetMatches` (GTK 3's bridge and
Chromium do) is not walked: one call lists its showing nodes, one more round describes them with
their parents. Chromium publishes as many hidden nodes as showing ones (its window's unused
panes) and nests a page's widgets ten levels deep; skipping the hidden ones and the levels took
a page's read from 0.65-0.85 s to 0.36-0.39 s at load 22-25, with the same elements.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.desktop.elements import Box
from app.desktop.perception.base import Reading, SourceError, TreeNode
from app.desktop.perception.bus import BusError, announce_screen_reader, find_accessibility_bus, why_no_tree
from app.desktop.perception.roles import SOURCE_NAME, elements_from_tree

ACCESSIBLE = "org.a11y.atspi.Accessible"
COMPONENT = "org.a11y.atspi.Component"
TEXT = "org.a11y.atspi.Text"
VALUE = "org.a11y.atspi.Value"
ACTION = "org.a11y.atspi.Action"
COLLECTION = "org.a11y.atspi.Collection"
PROPERTIES = "org.freedesktop.DBus.Properties"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
NULL_PATH = "/org/a11y/atspi/null"
#: AtspiStateType numbers (atspi-constants.h) of the states Deskhand reads.
STATE_NUMBERS = {
    "active": 1,
    "checked": 4,
    "editable": 7,
    "enabled": 8,
    "expandable": 9,
    "expanded": 10,
    "focused": 12,
    "modal": 16,
    "pressed": 20,
    "selected": 23,
    "sensitive": 24,
    "showing": 25,
    "visible": 30,
    "indeterminate": 32,
    "checkable": 41,
    "read_only": 43,
}
#: Roles whose text, value and actions are worth a second question.
DETAILED_ROLES = {
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "combo box",
    "scroll bar",
    "progress bar",
    "level bar",
}
#: The roles of a combo box's choices, and of the list or menu that holds them.
OPTION_ROLES = frozenset({"list item", "menu item", "check menu item", "radio menu item", "option"})
OPTION_HOLDERS = frozenset({"list", "list box", "menu", "menu list popup", "panel", "filler"})
#: Collection.GetMatches' rule: every showing node (states ALL of {showing}; attributes, roles
#: and interfaces ALL of nothing), in canonical (depth-first) order, descending the whole tree.
SHOWING_RULE: tuple[Any, ...] = ([1 << 25, 0], 1, {}, 1, [0, 0, 0, 0], 1, [], 1, False)
MATCH_SIGNATURE = "(aiia{ss}iaiiasib)uib"
SORT_CANONICAL = 1
#: What AT-SPI's text puts where a child object sits inside the text.
EMBEDDED_OBJECT = "\ufffc"
#: Widgets that hold many items: only this many children are read.
MAX_CHILDREN = 300
MAX_NODES = 3000


@dataclass
class _Pending:
    node: TreeNode
    children: list[tuple[str, str]] = field(default_factory=list)


def state_names(words: Sequence[int]) -> frozenset[str]:
    on = {32 * i + bit for i, word in enumerate(words) for bit in range(32) if word >> bit & 1}
    return frozenset(name for name, number in STATE_NUMBERS.items() if number in on)


class AtspiConnection:
    """One connection to the accessibility bus; `read()` walks every program's visible tree."""

    def __init__(self, address: str | None = None, timeout_s: float = 1.0) -> None:
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        try:
            self.address = address or find_accessibility_bus()
            self._conn = open_dbus_connection(bus=self.address)
        except (BusError, OSError, ValueError) as e:
            raise SourceError(f"no accessibility bus: {e}") from e
        self.timeout_s = timeout_s

    def close(self) -> None:
        self._conn.close()

    # --- calls ----------------------------------------------------------------------------

    def call(self, bus: str, path: str, interface: str, method: str, signature: str = "", *args: Any) -> Any:
        """One call and its answer's body; `SourceError` with D-Bus's own message when it fails."""
        from jeepney import DBusAddress, MessageType, new_method_call  # type: ignore[import-untyped]

        msg = new_method_call(
            DBusAddress(path, bus_name=bus, interface=interface), method, signature or None, args
        )
        try:
            reply = self._conn.send_and_get_reply(msg, timeout=self.timeout_s)
        except (OSError, TimeoutError, ConnectionError) as e:
            raise SourceError(f"{interface}.{method} got no answer ({e or type(e).__name__})") from e
        if reply.header.message_type == MessageType.error:
            raise SourceError(f"{interface}.{method}: {' '.join(map(str, reply.body)).strip() or 'refused'}")
        return reply.body

    def _call_all(self, calls: Sequence[tuple[str, str, str, str, str, tuple[Any, ...]]]) -> list[Any]:
        """Send every (bus, path, interface, method, signature, args) call, then read the answers.

        An error answer (a widget gone meanwhile, an interface it lacks) is None in its place.
        """
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        results: list[Any] = [None] * len(calls)
        slot: dict[int, int] = {}
        for i, (bus, path, interface, method, signature, args) in enumerate(calls):
            msg = new_method_call(
                DBusAddress(path, bus_name=bus, interface=interface), method, signature or None, args
            )
            serial = next(self._conn.outgoing_serial)
            slot[serial] = i
            self._conn.send(msg, serial=serial)
        deadline = time.monotonic() + self.timeout_s
        while slot:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break  # a program that stopped answering: what came is kept
            try:
                reply = self._conn.receive(timeout=remaining)
            except TimeoutError:
                break
            i = slot.pop(reply.header.fields.get(HeaderFields.reply_serial, -1), -1)
            if i >= 0 and reply.header.message_type == MessageType.method_return:
                results[i] = reply.body
        return results

    # --- the walk -----------------------------------------------------------------------

    def applications(self) -> list[tuple[str, str]]:
        bus, path = REGISTRY
        (answer,) = self._call_all([(bus, path, ACCESSIBLE, "GetChildren", "", ())])
        if answer is None:
            raise SourceError("the AT-SPI registry did not answer")
        return [(str(b), str(p)) for b, p in answer[0]]

    def read(self) -> tuple[list[TreeNode], list[str]]:
        """Every showing node of every program (parents before children) and the programs' names."""
        apps = self.applications()
        level = [_Pending(TreeNode(bus, path, depth=0)) for bus, path in apps]
        nodes: list[TreeNode] = []
        while level and len(nodes) < MAX_NODES:
            self._describe(level)
            keep = [p for p in level if p.node.depth == 0 or "showing" in p.node.states]
            nodes.extend(p.node for p in keep)
            for p in self._collect([p for p in keep if p.node.depth == 0], nodes):
                p.children = []  # already read, all of it
            level = [
                _Pending(TreeNode(bus, path, depth=p.node.depth + 1, parent=p.node))
                for p in keep
                for bus, path in p.children[:MAX_CHILDREN]
                if path != NULL_PATH
            ]
        self._detail(
            [n for n in nodes if n.role in DETAILED_ROLES or "checkable" in n.states or n.interactive]
        )
        self._options([n for n in nodes if n.role == "combo box"])
        names = [n.name for n in nodes if n.depth == 0]
        return nodes, names

    def _collect(self, roots: list[_Pending], nodes: list[TreeNode]) -> list[_Pending]:
        """The showing nodes of each program in `roots`, added to `nodes`; the roots so read.

        A program that does not answer GetMatches is walked level by level instead.
        """
        roots = [p for p in roots if COLLECTION in p.node.interfaces]
        found = self._call_all(
            [
                (p.node.bus, p.node.path, COLLECTION, "GetMatches", MATCH_SIGNATURE,
                 (SHOWING_RULE, SORT_CANONICAL, MAX_NODES, True))
                for p in roots
            ]
        )  # fmt: skip
        read: list[_Pending] = []
        for root, answer in zip(roots, found, strict=True):
            if answer is None:
                continue
            top = root.node
            room = max(0, MAX_NODES - len(nodes))
            inside = [
                _Pending(TreeNode(str(b), str(q), depth=1, parent=top))
                for b, q in answer[0][:room]
                if str(q) not in (NULL_PATH, top.path)
            ]
            parents = self._describe(inside, collected=True)
            known = {top.path: top, **{p.node.path: p.node for p in inside}}
            for p, parent_path in zip(inside, parents, strict=True):
                # Canonical order lists a parent before its children: its depth is already set.
                parent = known.get(parent_path or "", top)
                p.node.parent = top if parent is p.node else parent
                p.node.depth = p.node.parent.depth + 1
            nodes.extend(p.node for p in inside)
            read.append(root)
        return read

    def _describe(self, level: list[_Pending], collected: bool = False) -> list[str | None]:
        """Fill in each node of `level` in one round trip. Nodes a GetMatches call `collected`
        need no children, but their parent: its path is returned (None where not answered)."""
        calls: list[tuple[str, str, str, str, str, tuple[Any, ...]] | None] = []
        for p in level:
            b, path = p.node.bus, p.node.path
            calls += [
                (b, path, PROPERTIES, "Get", "ss", (ACCESSIBLE, "Parent"))
                if collected
                else (b, path, ACCESSIBLE, "GetChildren", "", ()),
                (b, path, ACCESSIBLE, "GetRoleName", "", ()),
                (b, path, ACCESSIBLE, "GetState", "", ()),
                (b, path, PROPERTIES, "Get", "ss", (ACCESSIBLE, "Name")),
                (b, path, ACCESSIBLE, "GetInterfaces", "", ()),
                # A program's root is no component (asking makes GTK print a warning).
                (b, path, COMPONENT, "GetExtents", "u", (0,)) if p.node.depth else None,
            ]
        asked = iter(self._call_all([c for c in calls if c is not None]))
        answers = [next(asked) if c is not None else None for c in calls]
        parents: list[str | None] = []
        for n, p in enumerate(level):
            first, role, states, name, interfaces, extents = answers[6 * n : 6 * n + 6]
            node = p.node
            if collected:
                parents.append(str(first[0][1][1]) if first else None)
            else:
                p.children = [(str(b), str(q)) for b, q in first[0]] if first else []
            node.role = str(role[0]) if role else ""
            node.states = state_names(states[0]) if states else frozenset()
            node.name = str(name[0][1]) if name else ""
            node.interfaces = frozenset(interfaces[0]) if interfaces else frozenset()
            if extents and extents[0][2] > 0 and extents[0][3] > 0:
                x, y, w, h = (int(v) for v in extents[0])
                node.box = Box(x, y, w, h)
        return parents

    def _detail(self, nodes: list[TreeNode]) -> None:
        calls: list[tuple[str, str, str, str, str, tuple[Any, ...]] | None] = []
        for node in nodes:
            b, path = node.bus, node.path
            calls += [
                (b, path, TEXT, "GetText", "ii", (0, -1)) if TEXT in node.interfaces else None,
                (b, path, PROPERTIES, "Get", "ss", (VALUE, "CurrentValue"))
                if VALUE in node.interfaces
                else None,
                (b, path, ACTION, "GetActions", "", ()) if ACTION in node.interfaces else None,
            ]
        asked = iter(self._call_all([c for c in calls if c is not None]))
        answers = [next(asked) if c is not None else None for c in calls]
        unnamed: list[tuple[TreeNode, int]] = []
        for n, node in enumerate(nodes):
            text, value, actions = answers[3 * n : 3 * n + 3]
            if text:
                # U+FFFC stands for an embedded child (Chromium's combo box holds its list so).
                node.text = str(text[0]).replace(EMBEDDED_OBJECT, "")
            if value:
                number = float(value[0][1])
                node.value = f"{number:g}"
            if actions:
                node.actions = tuple(str(a[0]) for a in actions[0] if a and a[0])
                if actions[0] and not node.actions:
                    unnamed.append((node, len(actions[0])))
        self._name_actions(unnamed)

    def _options(self, combos: list[TreeNode]) -> None:
        """Each combo box's choices, from the list or menu it holds even while closed (Qt,
        GTK and Chromium publish it, not showing): what a closed box offers is read, not
        opened to look, so a task asking for a choice it lacks acts on nothing."""
        level = [(combo, (combo.bus, combo.path)) for combo in combos]
        for depth in range(2):
            calls: list[tuple[str, str, str, str, str, tuple[Any, ...]]] = [
                (b, q, ACCESSIBLE, "GetChildren", "", ()) for _, (b, q) in level
            ]
            children = [
                (combo, (str(b), str(q)))
                for (combo, _), answer in zip(level, self._call_all(calls), strict=True)
                if answer
                for b, q in answer[0][:MAX_CHILDREN]
                if str(q) != NULL_PATH
            ]
            calls = []
            for _, (b, q) in children:
                calls += [
                    (b, q, ACCESSIBLE, "GetRoleName", "", ()),
                    (b, q, PROPERTIES, "Get", "ss", (ACCESSIBLE, "Name")),
                    (b, q, ACCESSIBLE, "GetState", "", ()),
                ]
            answers = self._call_all(calls)
            level = []
            for n, (combo, child) in enumerate(children):
                role, name, states = answers[3 * n : 3 * n + 3]
                role_name = str(role[0]) if role else ""
                text = " ".join(str(name[0][1]).split()) if name else ""
                if role_name in OPTION_ROLES and text:
                    combo.options = (*combo.options, text)
                    if states and "selected" in state_names(states[0]) and not combo.chosen:
                        combo.chosen = text
                elif role_name in OPTION_HOLDERS and depth == 0:
                    level.append((combo, child))
            if not level:
                return

    def _name_actions(self, unnamed: list[tuple[TreeNode, int]]) -> None:
        """Chromium answers GetActions with empty names; one more round asks each by GetName."""
        calls = [(n.bus, n.path, ACTION, "GetName", "i", (i,)) for n, count in unnamed for i in range(count)]
        names = iter(self._call_all(calls))
        for node, count in unnamed:
            answered = [next(names) for _ in range(count)]
            node.actions = tuple(str(a[0]) for a in answered if a and a[0])


class AtspiSource:
    """The accessibility tree of every program on the display, through AT-SPI2."""

    name = SOURCE_NAME

    def __init__(self, address: str | None = None) -> None:
        self._address = address
        self._conn: AtspiConnection | None = None

    def read(self, screen: Box) -> Reading:
        """The published widgets inside `screen`; `SourceError` when there is no tree to read."""
        start = time.perf_counter()
        if self._conn is None:
            self._conn = AtspiConnection(self._address)
            announce_screen_reader()
        try:
            nodes, programs = self._conn.read()
        except (OSError, ConnectionError, ValueError) as e:
            self.close()
            raise SourceError(f"the accessibility bus stopped answering ({e})") from e
        elements, windows = elements_from_tree(nodes, screen)
        notes = tuple(why_no_tree(w.program, w.title) for w in windows if w.elements == 0)
        return Reading(
            tuple(elements),
            tuple(windows),
            notes,
            time.perf_counter() - start,
            tuple(programs),
        )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
