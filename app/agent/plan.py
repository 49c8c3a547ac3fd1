"""Turn a task sentence into goals that code can ground: the controller's first, cheapest step.

"Type Alice into the Name field, tick Subscribe and press Submit" becomes three goals, each an
intent (type, check, click, ...), a target phrase and an optional value. Clauses no pattern
recognises become UNKNOWN goals that the local actor model works through on its own. Quoted
values are kept whole, so "Type 'Tom, and Jerry' into Name" stays one goal.

The grammar covers the forms people use: target-first ("press button Apply", "the link
Pricing"), a bare kind ("the textbox" when there is one), "pick Large" for a radio button, row
or check box, "enter kim as the user name", lists ("Set A to x, B to y and C to z", "Tick
Cheese and Olives"), every box of a list ("tick all the toppings"), "call it summary.txt",
"focus the search box, type cats", "log in as kim with the password swordfish", dialog answers
by meaning ("Discard the draft": ANSWER goals, `app.agent.meaning`), keys ("press Enter", "hit
Ctrl+S", "press the Delete key"), "double-click X", "scroll down", "scroll to X", sliders ("set
the volume slider to 80": a FILL with the slider hint) and programs ("launch the calculator";
"open the text editor" is a click the controller turns into a launch when nothing on screen is
called so).
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
    #: "Tick all the toppings", "untick everything": every check box of the list, each one
    #: checked; `target` is then the noun the task used for them ("toppings"), maybe "".
    every: bool = False

    def describe(self) -> str:
        if self.intent in (Intent.UNKNOWN, Intent.ANSWER):
            return self.raw
        if self.every:
            return f"{self.intent.value} every box -> {self.target!r}"
        value = f" {self.value!r}" if self.value else ""
        return f"{self.intent.value}{value} -> {self.target!r}"


_VALUE = r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<v>.+?))"""
_THE = r"(?:(?:the|a|an)\s+)?"
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
    # "Name the layer Background", "call the folder Drafts": the value is the last word.
    (
        Intent.TYPE,
        re.compile(
            r"""^(?:call|name|title)\s+(?:the|this|that|my|our)\s+(?P<t>.+?)\s+"""
            r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<v>\S+))$""",
            re.I,
        ),
    ),
    (Intent.TYPE, re.compile(rf"^rename\s+{_THE}(?P<t>.+?)\s+(?:to|as)\s+{_VALUE}$", re.I)),
    # "I need 3 copies", "make it 5 pages": a number for the field the noun names.
    (
        Intent.FILL,
        re.compile(
            r"^(?:i\s+(?:need|want|would like|'d like)|i'd\s+like|make\s+(?:it|that)|give\s+me|print)"
            r"\s+(?P<v>\d+)\s+(?P<t>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$",
            re.I,
        ),
    ),
    # "I'd like olives", "I'll have the large one": a choice, ticked (a box, a radio, a row).
    (
        Intent.CHECK,
        re.compile(
            r"^(?:i\s+(?:would like|want|'ll have|'ll take)|i'd\s+like|i'll\s+(?:have|take))\s+"
            rf"{_THE}(?P<t>\D.*)$",
            re.I,
        ),
    ),
    # "stop sending usage statistics", "don't share my location": the box that does it, unticked.
    (Intent.UNCHECK, re.compile(r"^(?:stop|quit|no more)\s+(?P<t>\w+ing\b.*)$", re.I)),
    (Intent.CHECK, re.compile(r"^(?P<t>(?:keep me|stay) (?:signed|logged) in|remember me)$", re.I)),
    # "let only followers see my posts": the audience option that says so ("Only followers").
    (
        Intent.CLICK,
        re.compile(r"^(?:let|allow)\s+(?P<t>only\s+.+?)\s+(?:see|view|read|access|comment on)\b.*$", re.I),
    ),
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
    (KindHint.FIELD, re.compile(r"\s+(?:field|text box|textbox|input|box|bar)$", re.I)),
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
    r"continue|discard|dismiss|retry|try|double-click|double|launch|start|run|fire|bring|"
    r"stop|keep|stay|switch|search|look|export|rename|ship|send|deliver|let|allow|make|"
    r"give|i|i'd|i'll|ok|okay|finish)\b",
    re.I,
)
_LEAD = re.compile(r"^(?:and\s+then|then|and|also|finally|please|next|just|now)\s+", re.I)
#: Words that carry no request ("Oops, go back to editing"): a clause of only these is dropped.
_INTERJECTION = re.compile(r"^(?:oops|whoops|oh|oh no|hmm|um|uh|well|sorry|so|right|hi|hello)$", re.I)
_POLITE_TAIL = re.compile(r"(?:[\s,]+(?:please|thanks|thank you))+$", re.I)


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
        if not piece or _INTERJECTION.match(piece):
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
    before = parse_clause(previous)
    if before.intent not in (Intent.TYPE, Intent.FILL, Intent.CHECK, Intent.UNCHECK) or not before.target:
        return ""
    said = previous.split()
    # The verb may be a phrase ("I'd like olives and ham": "I'd like ham").
    for length in range(1, min(3, len(said) - 1) + 1):
        carried = f"{' '.join(said[:length])} {piece}"
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


#: "all the toppings", "every box", "everything", "both of them": a quantifier over a list's
#: boxes; what follows is the noun the task uses for them.
_EVERY = re.compile(
    r"^(?:all|every|each|both)(?:\s+(?:one\s+)?of)?(?:\s+(?:the|my|these|those|them|this|that))?\b\s*(?P<noun>.*)$"
    r"|^(?:everything|all)$",
    re.I,
)


#: "Sign in with Google": an answer's word with the means named is that control, not any answer.
_BY_MEANS = re.compile(r"\b(?:with|using|via|through)\s+[a-z]", re.I)


def parse_clause(clause: str) -> Goal:
    text = _POLITE_TAIL.sub("", clause.strip().rstrip(".!")).strip()
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
        every = _EVERY.match(target) if intent in (Intent.CHECK, Intent.UNCHECK) else None
        if every is not None:
            noun = (every.group("noun") or "").strip()
            return Goal(intent, noun, hint=KindHint.CHECKBOX, raw=clause, verb=verb, every=True)
        return Goal(intent=intent, target=target, value=value.strip(), hint=hint, raw=clause, verb=verb)
    if meaning.of_task(text) and not _CARRIES_DATA.search(text):
        if _BY_MEANS.search(text):
            return Goal(Intent.CLICK, text, raw=clause, verb=text.split(maxsplit=1)[0].lower())
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


#: "Search for X [in the Y box]", "look up X": type X where one searches, then press Enter.
_SEARCH = re.compile(
    rf"^(?:search\s+for|search|look\s+up)\s+{_VALUE}"
    rf"(?:\s+(?:in|on|using|with)\s+{_THE}(?P<t>.+?))?$",
    re.I,
)
#: "Save it as notes.txt", "export it as WebP": a file name to type, or a format to choose.
_SAVE_AS = re.compile(
    rf"^(?P<verb>save|export|convert|download|store)\s+(?:(?:it|this|that|them|the\s+\w+)\s+)?"
    rf"(?:as|to|in)\s+(?:an?\s+)?{_VALUE}(?:\s+(?:file|format))?$",
    re.I,
)
_FILE_NAME = re.compile(r"[\w-]\.\w{1,5}$|/")
#: "Sign up as Ada Lovelace, ada@example.org, password Engine1843, and agree to the terms",
#: "ship to Grace Hopper, 12 Navy Way, Arlington, 22201": a form's values in a list, each put in
#: the field its shape says (an e-mail, a password, a street, a postcode...).
_FORM = re.compile(
    r"^(?P<verb>sign\s?up|register|join|create an account|sign\s?in|log\s?in|"
    r"(?:ship|send|deliver|post|mail)(?:\s+(?:it|them|this|that|the\s+\w+))?)\s+(?:as|to|for)\s+(?P<rest>.+)$",
    re.I,
)
_STREET = re.compile(r"^\d+[a-z]?\s+\D")
_ZIP = re.compile(r"^(?:\d{4,6}(?:-\d{4})?|[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2})$", re.I)
_EMAIL = re.compile(r"^\S+@\S+\.\w+$")
_PASSWORD = re.compile(r"^(?:with\s+)?(?:the\s+|my\s+)?password\s+(?:is\s+)?(?P<v>\S+)$", re.I)
_SPEEDS = re.compile(r"^(?:overnight|express|standard|next[- ]day|same[- ]day|priority|economy)$", re.I)
#: Phrasings that state what the dialog should end up holding rather than the steps: once the
#: value is in, the dialog's accepting button finishes what the task asked for.
_STATED = re.compile(r"^(?:name|call|title|rename)\s+(?:the|this|that|my|our)\s|^i\b|^i'd\b|^make\s", re.I)


def _form_goals(verb: str, rest: str, task: str) -> list[Goal] | None:
    """The goals of a form given as a list of values ("as NAME, EMAIL, password P, and ..."),
    each value in the field its shape names; clauses with a verb among them ("agree to the
    terms", "continue to payment") are parsed as clauses. None when a value has no shape."""
    signing_in = bool(re.match(r"(?:sign|log)\s?in", verb, re.I))
    shipping = not re.match(r"sign|register|join|create|log", verb, re.I)
    goals: list[Goal] = []
    plain: list[str] = []
    clauses: list[str] = []
    for piece in (p.strip() for p in re.split(r",\s*|\s+and\s+|\s+then\s+", rest)):
        piece = _LEAD.sub("", piece).strip().rstrip(".!")
        if not piece:
            continue
        if clauses or (_VERB.match(piece) and not _PASSWORD.match(piece)):
            clauses.append(piece)
            continue
        password = _PASSWORD.match(piece)
        if password:
            goals.append(Goal(Intent.TYPE, "password", password["v"], KindHint.FIELD, task, "form"))
        elif _EMAIL.match(piece):
            goals.append(Goal(Intent.TYPE, "email", piece, KindHint.FIELD, task, "form"))
        elif shipping and _STREET.match(piece):
            goals.append(Goal(Intent.TYPE, "street", piece, KindHint.FIELD, task, "form"))
        elif shipping and _ZIP.match(piece):
            goals.append(Goal(Intent.TYPE, "zip", piece, KindHint.FIELD, task, "form"))
        elif shipping and _SPEEDS.match(piece):
            goals.append(Goal(Intent.CLICK, piece, raw=task, verb="form"))
        elif re.match(r"^[^\d@]+$", piece):
            plain.append(piece)
            goals.append(Goal(Intent.UNKNOWN, piece, raw=piece))
        else:
            return None
    # Plain words in order: who (the name, or the user signing in), then where (city, country).
    roles = ["username" if signing_in else "name", "city", "country"] if shipping or signing_in else ["name"]
    if not shipping:
        roles = ["username" if signing_in else "name"]
    filled: list[Goal] = []
    for goal in goals:
        if goal.intent is Intent.UNKNOWN:
            if not roles:
                return None
            role = roles.pop(0)
            intent = Intent.FILL if role == "country" else Intent.TYPE
            goal = Goal(
                intent,
                role,
                goal.target,
                KindHint.FIELD if intent is Intent.TYPE else KindHint.ANY,
                task,
                "form",
            )
        filled.append(goal)
    tail = [parse_clause(c) for c in split_clauses(", ".join(clauses))] if clauses else []
    if any(g.intent is Intent.UNKNOWN for g in tail):
        return None
    sends = (meaning.Meaning.SUBMIT, meaning.Meaning.OK, meaning.Meaning.NEXT)
    if not shipping and not any(
        g.intent in (Intent.CLICK, Intent.KEY) or set(meaning.of_task(g.target)) & set(sends) for g in tail
    ):
        # Signing up or in is the press that sends the form, after its values.
        tail.append(Goal(Intent.ANSWER, "sign in" if signing_in else "sign up", raw=verb, verb="form"))
    return filled + tail


def _special(task: str) -> list[Goal] | None:
    """Task-level forms that one clause pattern cannot see whole: a login with its password, a
    form's values in a list, a search, a file saved or exported under a name or a format."""
    text = task.strip().rstrip(".!")
    login = _LOGIN.match(task.strip())
    if login is not None:
        return [
            Goal(Intent.TYPE, "username", login["user"], KindHint.FIELD, task, "log"),
            Goal(Intent.TYPE, "password", login["password"], KindHint.FIELD, task, "log"),
            Goal(Intent.ANSWER, "log in", raw="log in"),
        ]
    form = _FORM.match(text)
    if form is not None and (goals := _form_goals(form["verb"], form["rest"], task)):
        return goals
    first, *others = split_clauses(task)
    search = _SEARCH.match(_POLITE_TAIL.sub("", first.rstrip(".!")))
    if search is not None:
        value = next(search[k] for k in ("dq", "sq", "v") if search[k] is not None)
        target, _ = _clean_target(search["t"] or "search")
        rest = [parse_clause(c) for c in others]
        typed = Goal(Intent.TYPE, target or "search", value.strip(), KindHint.FIELD, first, "search")
        if not any(g.intent is Intent.KEY for g in rest):
            # A search is sent by Enter in its box; a task that says so presses it itself.
            rest.append(Goal(Intent.KEY, "", "enter", raw="enter", verb="search"))
        return [typed, *rest]
    saved = _SAVE_AS.match(first.rstrip(".!"))
    if saved is not None and not others:
        value = next(saved[k] for k in ("dq", "sq", "v") if saved[k] is not None).strip()
        if _FILE_NAME.search(value):
            return [
                Goal(Intent.TYPE, "file name", value, KindHint.FIELD, task, "save"),
                Goal(
                    Intent.ANSWER,
                    "save" if saved["verb"].lower() == "save" else "ok",
                    raw=task,
                    verb="finish",
                ),
            ]
        return [
            Goal(Intent.SELECT, "", value, KindHint.DROPDOWN, task, "choose"),
            Goal(Intent.ANSWER, "ok", raw=task, verb="finish"),
        ]
    return None


def _finish(task: str, goals: list[Goal]) -> list[Goal]:
    """A task stated as the value a dialog should hold ("Name the layer Background", "I need 3
    copies") is finished by the dialog's OK; a task that says how to end ends so."""
    if not goals or not _STATED.match(task.strip()):
        return goals
    if any(g.intent in (Intent.ANSWER, Intent.CLICK, Intent.KEY, Intent.UNKNOWN) for g in goals):
        return goals
    return [*goals, Goal(Intent.ANSWER, "ok", raw=task, verb="finish")]


def parse_task(task: str) -> list[Goal]:
    """The goals of a task, in order. A task with no recognisable clause is one UNKNOWN goal."""
    special = _special(task)
    if special is not None:
        return special
    goals = _merge_focus([parse_clause(c) for c in split_clauses(task)])
    if not goals or all(g.intent is Intent.UNKNOWN for g in goals):
        return [Goal(intent=Intent.UNKNOWN, target="", raw=task.strip())]
    return _finish(task, goals)
