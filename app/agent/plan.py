"""Turn a task sentence into goals that code can ground: the controller's first, cheapest step.

"Type Alice into the Name field, tick Subscribe and press Submit" becomes three goals, each an
intent (type, check, click, ...), a target phrase and an optional value. Clauses no pattern
recognises become UNKNOWN goals that the local actor model works through on its own. Quoted
values are kept whole, so "Type 'Tom, and Jerry' into Name" stays one goal.

The grammar covers the forms people use: target-first ("press button Apply", "the link
Pricing"), a bare kind ("the textbox" when there is one), "pick Large" for a radio button, row
or check box, "enter kim as the user name", lists ("Set A to x, B to y and C to z", "Tick
Cheese and Olives"), "call it summary.txt", "focus the search box, type cats", "log in as kim
with the password swordfish", dialog answers by meaning ("Discard the draft": ANSWER goals,
`app.agent.meaning`), keys ("press Enter", "hit Ctrl+S", "press the Delete key"), "double-click
X", "scroll down", "scroll to X", sliders ("set the volume slider to 80": a FILL with the slider
hint) and programs ("launch the calculator"; "open the text editor" is a click the controller
turns into a launch when nothing on screen is called so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.agent import meaning


class Intent(StrEnum):
    CLICK = "click"
    TYPE = "type"
    CHECK = "check"
    UNCHECK = "uncheck"
    SELECT = "select"
    #: "set X to Y": typing or choosing, decided by what X turns out to be on screen.
    FILL = "fill"
    #: Answer a dialog by meaning ("Discard the draft" -> Don't Save): `target` is the clause.
    ANSWER = "answer"
    #: "press Enter", "hit Ctrl+S": `value` is the key or combination; no target.
    KEY = "key"
    #: "double-click X": open a row or an icon.
    DOUBLE_CLICK = "double-click"
    #: "scroll down" (`value` the direction), "scroll to X" (`target`: scroll until X shows).
    SCROLL = "scroll"
    #: "launch the calculator": start the program `target` names by its desktop entry.
    LAUNCH = "launch"
    UNKNOWN = "unknown"


class KindHint(StrEnum):
    """What the task says the target is ("the Submit *button*"), if it says."""

    ANY = "any"
    BUTTON = "button"
    FIELD = "field"
    CHECKBOX = "checkbox"
    DROPDOWN = "dropdown"
    LINK = "link"
    SLIDER = "slider"


@dataclass(frozen=True)
class Goal:
    intent: Intent
    target: str
    value: str = ""
    hint: KindHint = KindHint.ANY
    raw: str = ""
    #: The verb the task used ("open" a row means select it and press the default button).
    verb: str = ""

    def describe(self) -> str:
        if self.intent in (Intent.UNKNOWN, Intent.ANSWER):
            return self.raw
        value = f" {self.value!r}" if self.value else ""
        return f"{self.intent.value}{value} -> {self.target!r}"


_VALUE = r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<v>.+?))"""
_THE = r"(?:the\s+)?"
#: A key a task names to be pressed. Keys that are also common captions ("Delete", "Home",
#: "End", "Space") count as keys only with "key" after them ("press the Delete key").
_KEY = (
    r"(?:enter|return|tab|escape|esc|backspace|"
    r"(?:(?:up|down|left|right)(?:\s+arrow)?|arrow\s+(?:up|down|left|right))|page\s?(?:up|down)|f[1-9]|f1[0-2])"
)
_CAPTION_KEY = r"(?:delete|del|home|end|space|insert|(?:[a-z0-9]))"
_MODIFIER = r"(?:ctrl|control|alt|shift|super|win|cmd)"
_COMBO = rf"{_MODIFIER}(?:\s*[+-]\s*{_MODIFIER})*\s*[+-]\s*(?:{_KEY}|{_CAPTION_KEY})"
_PATTERNS: list[tuple[Intent, re.Pattern[str]]] = [
    (
        Intent.KEY,
        re.compile(
            rf"^(?:press|hit|tap|push|type|use)\s+{_THE}(?P<v>{_COMBO}|{_KEY}|{_CAPTION_KEY}(?=\s+key))"
            rf"(?:\s+key)?(?:\s+to\s+\w.*)?(?P<t>)$",
            re.I,
        ),
    ),
    (Intent.DOUBLE_CLICK, re.compile(rf"^double[- ]?click\s+(?:on\s+)?{_THE}(?P<t>.+)$", re.I)),
    (Intent.SCROLL, re.compile(r"^scroll\s+(?P<v>down|up)(?P<t>)$", re.I)),
    (
        Intent.SCROLL,
        re.compile(rf"^scroll\s+(?:down\s+|up\s+)?(?:to|until)\s+{_THE}(?P<t>.+?)(?:\s+shows)?$", re.I),
    ),
    (
        Intent.LAUNCH,
        re.compile(
            r"^(?:launch|start|run|fire up|bring up)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?P<t>.+?)"
            r"(?:\s+(?:app|application|program))?$",
            re.I,
        ),
    ),
    (
        Intent.TYPE,
        re.compile(
            rf"^(?:type|enter|write|input|put)\s+{_VALUE}\s+(?:in|into|in to|to)\s+{_THE}(?P<t>.+)$", re.I
        ),
    ),
    (
        Intent.TYPE,
        re.compile(rf"^(?:type|enter|write|input|put|use)\s+{_VALUE}\s+as\s+{_THE}(?P<t>.+)$", re.I),
    ),
    (Intent.TYPE, re.compile(rf"^(?:call|name)\s+it\s+{_VALUE}(?P<t>)$", re.I)),
    (Intent.TYPE, re.compile(rf"^(?:type|enter|write|input)\s+{_VALUE}(?P<t>)$", re.I)),
    (Intent.TYPE, re.compile(rf"^fill\s+(?:in\s+|out\s+)?{_THE}(?P<t>.+?)\s+with\s+{_VALUE}$", re.I)),
    (Intent.FILL, re.compile(rf"^set\s+{_THE}(?P<t>.+?)\s+to\s+{_VALUE}$", re.I)),
    (
        Intent.SELECT,
        re.compile(
            rf"^(?:choose|select|pick)\s+{_VALUE}\s+(?:from|in|as|for|under)\s+{_THE}(?P<t>.+)$", re.I
        ),
    ),
    (Intent.UNCHECK, re.compile(rf"^(?:untick|uncheck|unselect|disable|turn off)\s+{_THE}(?P<t>.+)$", re.I)),
    (Intent.CHECK, re.compile(rf"^(?:tick|check|enable|turn on|mark)\s+{_THE}(?P<t>.+)$", re.I)),
    (
        Intent.CHECK,
        re.compile(rf"^select\s+{_THE}(?P<t>.+?\s+(?:checkbox|check box|box|option))$", re.I),
    ),
    (Intent.CLICK, re.compile(rf"^(?:select|pick|choose)\s+{_THE}(?P<t>.+)$", re.I)),
    (Intent.CLICK, re.compile(rf"^focus\s+(?:on\s+)?{_THE}(?P<t>.+)$", re.I)),
    (
        Intent.CLICK,
        re.compile(
            rf"^(?:click|press|push|hit|tap|choose|open|go to|switch to)\s+(?:on\s+)?{_THE}(?P<t>.+)$", re.I
        ),
    ),
]
_HINTS: list[tuple[KindHint, re.Pattern[str]]] = [
    (KindHint.CHECKBOX, re.compile(r"\s+(?:checkbox|check box|tick box)$", re.I)),
    (KindHint.FIELD, re.compile(r"\s+(?:field|text box|textbox|input|box)$", re.I)),
    (
        KindHint.DROPDOWN,
        re.compile(r"\s+(?:dropdown|drop-down|drop down|combo box|combobox|list|menu)$", re.I),
    ),
    (KindHint.BUTTON, re.compile(r"\s+button$|^button\s+", re.I)),
    (KindHint.LINK, re.compile(r"\s+link$|^link\s+", re.I)),
    (KindHint.SLIDER, re.compile(r"\s+slider$|^slider\s+", re.I)),
    (KindHint.ANY, re.compile(r"\s+tab$", re.I)),
]
_VERB = re.compile(
    r"^(?:type|enter|write|input|put|fill|set|choose|select|pick|untick|uncheck|unselect|"
    r"disable|turn|tick|check|enable|mark|click|press|push|hit|tap|open|close|scroll|go|"
    r"submit|save|delete|find|agree|accept|subscribe|sign|log|focus|call|name|use|confirm|"
    r"continue|discard|dismiss|retry|try|double-click|double|launch|start|run|fire|bring)\b",
    re.I,
)
_LEAD = re.compile(r"^(?:and\s+then|then|and|also|finally|please|next|just|now)\s+", re.I)


def split_clauses(task: str) -> list[str]:
    """Split on commas, semicolons, "then" and "and" outside quotes; rejoin verbless pieces."""
    pieces: list[str] = []
    quoted = re.split(r"""("[^"]*"|'[^']*')""", task)
    current = ""
    for i, part in enumerate(quoted):
        if i % 2:
            current += part
            continue
        chunks = re.split(r"[,;]\s*|\.(?:\s+|$)|\s+and then\s+|\s+then\s+|\s+and\s+", part)
        for j, chunk in enumerate(chunks):
            if j > 0:
                pieces.append(current)
                current = ""
            current += chunk
    pieces.append(current)
    clauses: list[str] = []
    for piece in (p.strip() for p in pieces):
        piece = _LEAD.sub("", piece).strip()
        if not piece:
            continue
        if clauses and not _VERB.match(piece):
            carried = _carry_verb(clauses[-1], piece)
            if carried:
                clauses.append(carried)
            else:
                clauses[-1] = f"{clauses[-1]} and {piece}"
        else:
            clauses.append(piece)
    return clauses


def _carry_verb(previous: str, piece: str) -> str:
    """A verbless list item that reads as the previous clause's verb applied to it ("Set A to
    x, B to y": "set B to y"; "Tick Cheese and Olives": "tick Olives"), else ""."""
    verb = previous.split(maxsplit=1)[0]
    before = parse_clause(previous)
    if before.intent not in (Intent.TYPE, Intent.FILL, Intent.CHECK, Intent.UNCHECK) or not before.target:
        return ""
    carried = f"{verb} {piece}"
    after = parse_clause(carried)
    if after.intent is before.intent and after.target and bool(after.value) == bool(before.value):
        return carried
    return ""


#: What a task calls a target when it names only its kind ("type it in the textbox").
_BARE_KINDS: dict[str, KindHint] = {
    "textbox": KindHint.FIELD,
    "text box": KindHint.FIELD,
    "text field": KindHint.FIELD,
    "field": KindHint.FIELD,
    "input": KindHint.FIELD,
    "box": KindHint.FIELD,
    "checkbox": KindHint.CHECKBOX,
    "check box": KindHint.CHECKBOX,
    "button": KindHint.BUTTON,
    "link": KindHint.LINK,
    "dropdown": KindHint.DROPDOWN,
}
#: A clause that gives values ("Register as Grace Hopper, grace@navy.mil") is more than an
#: answer: pressing a button would drop what it says.
#: A clause that brings data along ("as Grace Hopper", "from the notes", an address, a number)
#: is work on a form, not an answer to a dialog.
_CARRIES_DATA = re.compile(r"\bas\s+\w|\bfrom\s+(?:the|my|this|that)\b|@|\d{3,}", re.I)
_LOGIN = re.compile(
    r"^(?:log ?in|sign ?in)\s+as\s+(?P<user>\S+)\s+(?:with|using)\s+(?:the\s+|my\s+)?"
    r"password\s+(?P<password>\S+?)[.!]?$",
    re.I,
)


def _clean_target(target: str) -> tuple[str, KindHint]:
    target = target.strip().strip("\"'").strip()
    bare = _BARE_KINDS.get(re.sub(r"^(?:the|a|an)\s+", "", target.lower()))
    if bare is not None:
        return "", bare
    for hint, pattern in _HINTS:
        stripped = pattern.sub("", target)
        if stripped != target and stripped:
            return stripped.strip().strip("\"'"), hint
    return target, KindHint.ANY


def parse_clause(clause: str) -> Goal:
    text = clause.strip().rstrip(".!")
    for intent, pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        value = next((groups[k] for k in ("dq", "sq", "v") if groups.get(k) is not None), "")
        target, hint = _clean_target(groups["t"])
        if intent is Intent.SELECT and hint is KindHint.CHECKBOX:
            intent = Intent.CHECK
        if intent is Intent.TYPE and not target and hint is KindHint.ANY:
            hint = KindHint.FIELD
        verb = text.split(maxsplit=1)[0].lower()
        if intent is Intent.KEY:
            value = re.sub(r"\s*[+-]\s*", "+", value)
        return Goal(intent=intent, target=target, value=value.strip(), hint=hint, raw=clause, verb=verb)
    if meaning.of_task(text) and not _CARRIES_DATA.search(text):
        return Goal(intent=Intent.ANSWER, target=text, raw=clause)
    return Goal(intent=Intent.UNKNOWN, target="", raw=clause)


def _merge_focus(goals: list[Goal]) -> list[Goal]:
    """ "Focus the search box, type cats": one typing goal into the box focused."""
    merged: list[Goal] = []
    for goal in goals:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.verb == "focus"
            and goal.intent is Intent.TYPE
            and not goal.target
            and goal.hint is KindHint.FIELD
        ):
            merged[-1] = Goal(Intent.TYPE, last.target, goal.value, KindHint.FIELD, goal.raw, goal.verb)
        else:
            merged.append(goal)
    return merged


def parse_task(task: str) -> list[Goal]:
    """The goals of a task, in order. A task with no recognisable clause is one UNKNOWN goal."""
    login = _LOGIN.match(task.strip())
    if login is not None:
        return [
            Goal(Intent.TYPE, "username", login["user"], KindHint.FIELD, task, "log"),
            Goal(Intent.TYPE, "password", login["password"], KindHint.FIELD, task, "log"),
            Goal(Intent.ANSWER, "log in", raw="log in"),
        ]
    goals = _merge_focus([parse_clause(c) for c in split_clauses(task)])
    if not goals or all(g.intent is Intent.UNKNOWN for g in goals):
        return [Goal(intent=Intent.UNKNOWN, target="", raw=task.strip())]
    return goals
