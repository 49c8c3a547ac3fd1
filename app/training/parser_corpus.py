"""A synthetic corpus for the parser specialist: (task sentence, screen elements) -> goals.

The parser specialist learns to read what people say against what is on screen. No log holds
enough varied tasks for that, so this module writes them: screens from many layouts (dialogs,
sign-up, log-in, checkout and settings forms, file dialogs, lists, mail, wizards), with the
names different toolkits and sites give the same control ("E-mail", "Email address:", "Your
email"), and goals said in many phrasing families (imperative, "X as the Y", "set X to Y",
values alone, "A, B and C", then-clauses, answers by meaning, polite, target-first, narrative).

Families are the unit of the train/held-out split (`HELD_OUT`): the specialist is judged on
ways of speaking it never saw, not on new values in familiar sentences. Cases are plain data
(kinds and names as strings) so the training script can render them with the specialist's own
prompt; nothing here knows the prompt. Never built from any benchmark's tasks.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: Phrasing families the specialist is never trained on; the evaluation reads these.
HELD_OUT: frozenset[str] = frozenset({"polite", "target_first", "narrative"})


@dataclass(frozen=True)
class ScreenItem:
    """One element as the parser sees it: its kind (an `ElementKind` value) and its name."""

    kind: str
    name: str


@dataclass(frozen=True)
class GoalSpec:
    """What the task asks of one element: `action` is click, type, check, uncheck or select;
    `target` an element's name on screen; `value` the text typed or the option chosen."""

    action: str
    target: str
    value: str = ""


@dataclass(frozen=True)
class ParserCase:
    task: str
    screen: tuple[ScreenItem, ...]
    goals: tuple[GoalSpec, ...]
    family: str
    layout: str


@dataclass(frozen=True)
class _Control:
    """A control of a layout: `concept` says what it is for (the value kind of a field, the
    meaning of a button), `names` the captions toolkits and sites give it."""

    kind: str
    concept: str
    names: tuple[str, ...]
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Layout:
    name: str
    controls: tuple[_Control, ...]
    #: Verbs a person uses for the whole form ("Register as ..."), with the button they press.
    submit_verbs: tuple[str, ...] = ()
    extra: tuple[ScreenItem, ...] = field(default=())


def _f(concept: str, *names: str) -> _Control:
    return _Control("field", concept, names)


def _b(concept: str, *names: str) -> _Control:
    return _Control("button", concept, names)


def _c(concept: str, *names: str) -> _Control:
    return _Control("checkbox", concept, names)


def _d(concept: str, names: tuple[str, ...], options: tuple[str, ...]) -> _Control:
    return _Control("dropdown", concept, names, options)


def _r(concept: str, *names: str) -> _Control:
    """A list row or a link: clicked, never typed into."""
    return _Control("text", concept, names)


_LAYOUTS: tuple[_Layout, ...] = (
    _Layout(
        "signup",
        (
            _f("name", "Full name", "Name", "Your name", "Display name"),
            _f("email", "Email", "E-mail", "Email address", "Your email"),
            _f("password", "Password", "Choose a password", "New password"),
            _c("terms", "I agree to the terms", "Accept the terms of service", "I accept the licence"),
            _c("newsletter", "Subscribe to newsletter", "Send me news and offers"),
            _b("submit", "Sign up", "Register", "Create account"),
            _b("cancel", "Cancel", "Back"),
        ),
        ("Register", "Sign up", "Create an account"),
    ),
    _Layout(
        "login",
        (
            _f("user", "Username", "User name", "Login", "Account"),
            _f("password", "Password", "Passphrase"),
            _c("remember", "Remember me", "Keep me signed in", "Stay logged in"),
            _b("submit", "Log in", "Sign in", "Continue"),
            _r("forgot", "Forgot password?", "Reset password"),
        ),
        ("Log in", "Sign in"),
    ),
    _Layout(
        "checkout",
        (
            _f("first", "First name", "Given name"),
            _f("last", "Last name", "Surname", "Family name"),
            _f("street", "Address", "Street address", "Address line 1"),
            _f("city", "City", "Town"),
            _f("zip", "ZIP code", "Postcode", "Postal code"),
            _d("country", ("Country", "Country/Region"), ("France", "Japan", "Canada", "Brazil", "Kenya")),
            _d("shipping", ("Shipping", "Delivery"), ("Standard", "Express", "Next day")),
            _c("gift", "This is a gift", "Gift wrap"),
            _b("submit", "Place order", "Pay now", "Buy"),
            _b("cancel", "Back", "Return to cart"),
        ),
        ("Order", "Check out"),
    ),
    _Layout(
        "settings",
        (
            _c("dark", "Dark mode", "Use dark theme", "Night mode"),
            _c("notify", "Notifications", "Show notifications", "Desktop alerts"),
            _c("autosave", "Auto-save", "Save automatically", "Autosave documents"),
            _c("lines", "Show line numbers", "Line numbers"),
            _d("language", ("Language", "Display language"), ("English", "German", "Spanish", "Korean")),
            _d("theme", ("Theme", "Colour scheme", "Appearance"), ("Light", "Dark", "System")),
            _b("apply", "Apply", "Save settings"),
            _b("ok", "OK", "Ok", "Done"),
            _b("cancel", "Cancel", "Close"),
            _b("defaults", "Restore defaults", "Reset"),
        ),
    ),
    _Layout(
        "save_dialog",
        (
            _f("file", "File name", "Name", "Save as"),
            _d("format", ("Save as type", "Format", "File type"), ("PDF", "Plain text", "CSV", "Rich text")),
            _r("place", "Documents", "Desktop", "Downloads"),
            _b("save", "Save", "Save file"),
            _b("cancel", "Cancel"),
        ),
        ("Save it as", "Store it as"),
    ),
    _Layout(
        "open_dialog",
        (
            _r("budget", "budget-2025.xlsx", "Budget.ods", "household budget.xlsx"),
            _r("report", "report-q3.docx", "Quarterly report.odt", "q3_report.pdf"),
            _r("photo", "holiday.jpg", "IMG_2041.jpg", "beach photo.png"),
            _r("notes", "notes.txt", "meeting notes.md", "todo.txt"),
            _f("file", "File name", "Location"),
            _b("open", "Open", "Open file"),
            _b("cancel", "Cancel"),
        ),
    ),
    _Layout(
        "unsaved",
        (
            _b("save", "Save", "Save changes"),
            _b("dont_save", "Don't Save", "Discard", "Close without saving", "Don't save"),
            _b("cancel", "Cancel", "Keep editing"),
        ),
        extra=(ScreenItem("text", "Save changes to the document before closing?"),),
    ),
    _Layout(
        "error",
        (
            _b("retry", "Retry", "Try again"),
            _b("cancel", "Cancel", "Abort"),
            _b("ignore", "Ignore", "Skip"),
        ),
        extra=(ScreenItem("text", "The file could not be copied."),),
    ),
    _Layout(
        "notice",
        (_b("ok", "OK", "Got it", "Close"), _r("details", "Show details", "More info")),
        extra=(ScreenItem("text", "Your changes were saved."),),
    ),
    _Layout(
        "confirm_delete",
        (_b("yes", "Delete", "Yes", "Move to trash"), _b("no", "Cancel", "No", "Keep")),
        extra=(ScreenItem("text", "Delete the selected item?"),),
    ),
    _Layout(
        "mail",
        (
            _f("to", "To", "Recipient", "Send to"),
            _f("subject", "Subject", "Title"),
            _f("body", "Message", "Message body", "Body"),
            _c("receipt", "Request read receipt", "Ask for a receipt"),
            _b("send", "Send", "Send message"),
            _b("attach", "Attach file", "Attach"),
            _b("dont_save", "Discard draft", "Discard", "Delete draft"),
        ),
    ),
    _Layout(
        "size",
        (
            _c("small", "Small"),
            _c("medium", "Medium"),
            _c("large", "Large"),
            _c("xl", "Extra large"),
            _b("next", "Next", "Continue"),
            _b("cancel", "Back", "Cancel"),
        ),
    ),
    _Layout(
        "licence",
        (
            _c("accept", "I accept the agreement", "I agree to the licence", "Accept the license terms"),
            _b("next", "Next", "Continue", "Install"),
            _b("cancel", "Cancel", "Quit"),
            _b("back", "Back", "Previous"),
        ),
    ),
    _Layout(
        "site",
        (
            _f("search", "Search", "Search the site", "Find"),
            _b("go", "Go", "Search"),
            _r("pricing", "Pricing", "Plans"),
            _r("docs", "Docs", "Documentation"),
            _r("blog", "Blog", "News"),
            _r("contact", "Contact", "Contact us"),
        ),
    ),
    _Layout(
        "contact",
        (
            _f("name", "Name", "Your name"),
            _f("email", "Email", "E-mail address"),
            _f("phone", "Phone", "Phone number", "Mobile"),
            _f("body", "Message", "How can we help?"),
            _c("copy", "Send me a copy", "Email me a copy"),
            _b("submit", "Send message", "Submit", "Send"),
        ),
        ("Contact them as", "Get in touch as"),
    ),
)

_PEOPLE: tuple[str, ...] = ("Grace Hopper", "Ada Lovelace", "Alan Turing", "Kim Park", "Maria Lopez")
_PEOPLE += ("Tom Becker", "Yuki Sato", "Omar Haddad", "Lena Novak", "Ravi Patel", "Ines Costa", "Sam Okafor")
_WORDS = ("river", "maple", "orbit", "cobalt", "lantern", "pepper", "quartz", "meadow", "falcon")
_CITIES = ("Lyon", "Osaka", "Toronto", "Recife", "Nairobi", "Leeds", "Porto", "Graz", "Austin")
_STREETS = ("12 Oak Lane", "4 Rue Verte", "77 King St", "9 Hill Road", "150 Main Street")
_SUBJECTS = ("Lunch on Friday", "Invoice 2291", "Trip plans", "Meeting notes", "Quick question")
_BODIES = ("See you at noon", "Thanks for the help", "Running late today", "Please call me back")
_SEARCHES = ("wireless mouse", "tax forms", "opening hours", "cats", "train times", "recipes")
_EXTENSIONS = (".txt", ".pdf", ".csv", ".md", ".docx")


def _value(concept: str, rng: random.Random) -> str:
    """A value a person would give for a field of this concept."""
    person = rng.choice(_PEOPLE)
    first, last = person.split()
    makers: dict[str, Callable[[], str]] = {
        "name": lambda: person,
        "first": lambda: first,
        "last": lambda: last,
        "email": lambda: f"{first.lower()}@{rng.choice(('mail.com', 'navy.mil', 'example.org', 'uni.edu'))}",
        "user": lambda: rng.choice(
            (first.lower(), f"{first[0].lower()}{last.lower()}", f"{first.lower()}{rng.randint(1, 99)}")
        ),
        "password": lambda: f"{rng.choice(_WORDS)}{rng.randint(10, 999)}",
        "street": lambda: rng.choice(_STREETS),
        "city": lambda: rng.choice(_CITIES),
        "zip": lambda: str(rng.randint(10000, 99999)),
        "file": lambda: f"{rng.choice(_WORDS)}{rng.choice(_EXTENSIONS)}",
        "to": lambda: f"{first.lower()}@{rng.choice(('mail.com', 'work.net'))}",
        "subject": lambda: rng.choice(_SUBJECTS),
        "body": lambda: rng.choice(_BODIES),
        "search": lambda: rng.choice(_SEARCHES),
        "phone": lambda: f"555-{rng.randint(1000, 9999)}",
    }
    return makers[concept]()


def _styled(name: str, kind: str, style: str) -> str:
    """The caption as a toolkit shows it: Windows labels end in a colon, web fields often show
    a placeholder, and some sites write everything in lower case."""
    if kind == "field" and style == "win":
        return f"{name}:"
    if kind == "field" and style == "web" and not name.startswith(("Your", "How")):
        return f"Enter {name[0].lower()}{name[1:]}"
    if style == "lower" and kind in ("field", "checkbox", "text"):
        return name.lower()
    return name


#: What a person calls a control by meaning, per concept: used by the by-meaning family.
_MEANINGS: dict[str, tuple[str, ...]] = {
    "dont_save": (
        "Discard the draft",
        "Throw away my changes",
        "Don't keep the edits",
        "Close it without saving",
    ),
    "save": ("Keep my changes", "Save the document", "Yes, save it"),
    "cancel": ("Never mind, go back", "Forget it", "Back out of this", "Call it off"),
    "retry": ("Give it another go", "Try once more", "Have another try"),
    "ignore": ("Skip this one", "Just ignore it", "Carry on regardless"),
    "ok": ("Close the notice", "Dismiss the message", "Acknowledge it", "That's fine, close this"),
    "yes": ("Yes, remove it", "Go ahead and delete it", "Confirm the deletion"),
    "no": ("No, keep it", "Don't delete it", "Keep the item"),
    "next": ("Go on to the next page", "Move on", "Proceed"),
    "submit": ("Send the form", "Submit it", "Finish signing up"),
    "send": ("Send the mail off", "Fire off the message", "Send it"),
    "open": ("Open it", "Load that file"),
    "go": ("Run the search", "Look it up"),
    "apply": ("Apply the settings", "Make the changes take effect"),
    "defaults": ("Put everything back to default", "Reset all settings"),
}
#: What a person calls a file or page by meaning ("the budget sheet" is budget-2025.xlsx).
_ITEM_MEANINGS: dict[str, tuple[str, ...]] = {
    "budget": ("the budget sheet", "my budget spreadsheet", "the budget"),
    "report": ("the quarterly report", "the Q3 report", "the report"),
    "photo": ("the holiday photo", "the beach picture", "that photo"),
    "notes": ("my notes", "the notes file", "the to-do list"),
    "pricing": ("the prices", "what it costs", "the plans page"),
    "docs": ("the documentation", "the manual", "the docs"),
    "contact": ("the contact page", "how to reach them"),
    "place": ("that folder", "the folder"),
}


@dataclass(frozen=True)
class _Screen:
    layout: _Layout
    items: tuple[ScreenItem, ...]
    #: concept -> (control, its name on this screen, the caption a person reads out of it)
    named: dict[str, tuple[_Control, str, str]]

    def of(self, concept: str) -> str:
        return self.named[concept][1]

    def said(self, concept: str) -> str:
        return self.named[concept][2]


def _screen(layout: _Layout, rng: random.Random) -> _Screen:
    style = rng.choice(("gtk", "gtk", "win", "web", "lower"))
    items: list[ScreenItem] = list(layout.extra)
    named: dict[str, tuple[_Control, str, str]] = {}
    seen: set[str] = set()
    for control in layout.controls:
        caption = rng.choice(control.names)
        if caption in seen:  # two controls with one caption would make the goal ambiguous
            caption = next((n for n in control.names if n not in seen), f"{caption} ({control.concept})")
        seen.add(caption)
        name = _styled(caption, control.kind, style)
        named[control.concept] = (control, name, caption)
        items.append(ScreenItem(control.kind, name))
    return _Screen(layout, tuple(items), named)


@dataclass(frozen=True)
class _Plan:
    """Goals before phrasing: each as the screen names its target, and as a person says it
    (the caption, not a placeholder's "Enter your email" or a label's colon)."""

    goals: tuple[tuple[GoalSpec, GoalSpec], ...]


def _form_goals(screen: _Screen, rng: random.Random) -> _Plan:
    """Some fields filled, maybe a box ticked or an option chosen, maybe the form submitted."""
    fields = [c for c in screen.layout.controls if c.kind == "field"]
    boxes = [c for c in screen.layout.controls if c.kind == "checkbox"]
    drops = [c for c in screen.layout.controls if c.kind == "dropdown"]
    buttons = [c for c in screen.layout.controls if c.kind == "button"]
    goals: list[tuple[GoalSpec, GoalSpec]] = []

    def add(action: str, control: _Control, value: str = "") -> None:
        concept = control.concept
        goals.append(
            (GoalSpec(action, screen.of(concept), value), GoalSpec(action, screen.said(concept), value))
        )

    for control in rng.sample(fields, k=rng.randint(min(1, len(fields)), min(2, len(fields)))):
        add("type", control, _value(control.concept, rng))
    if drops and (not goals or rng.random() < 0.4):
        control = rng.choice(drops)
        add("select", control, rng.choice(control.options))
    if boxes and (not goals or rng.random() < 0.4):
        add("uncheck" if rng.random() < 0.25 else "check", rng.choice(boxes))
    if buttons and rng.random() < 0.5:
        add("click", buttons[0])
    return _Plan(tuple(goals))


# --- phrasing: one goal at a time ----------------------------------------------------------


def _imperative(goal: GoalSpec, rng: random.Random) -> str:
    t, v = goal.target, goal.value
    forms = {
        "type": (
            f"Type {v} into the {t} field",
            f"Enter {v} in {t}",
            f"Put {v} in the {t} box",
            f"Write {v} in {t}",
        ),
        "click": (f"Click {t}", f"Press {t}", f"Hit the {t} button", f"Click on {t}"),
        "check": (f"Tick {t}", f"Check {t}", f"Check the {t} box"),
        "uncheck": (f"Untick {t}", f"Uncheck {t}", f"Clear the {t} box"),
        "select": (f"Choose {v} from {t}", f"Select {v} in the {t} list", f"Pick {v} for {t}"),
    }
    return rng.choice(forms[goal.action])


def _as_the(goal: GoalSpec, rng: random.Random) -> str:
    t, v = goal.target, goal.value
    if goal.action == "type":
        return rng.choice(
            (f"Use {v} as the {t}", f"Enter {v} as your {t}", f"{v} as the {t}", f"Give {v} as {t}")
        )
    if goal.action == "select":
        return rng.choice((f"Choose {v} as the {t}", f"Use {v} as {t}"))
    return _imperative(goal, rng)


def _set_to(goal: GoalSpec, rng: random.Random) -> str:
    t, v = goal.target, goal.value
    if goal.action in ("type", "select"):
        return rng.choice(
            (f"Set {t} to {v}", f"Change {t} to {v}", f"Make the {t} {v}", f"Set the {t} to {v}")
        )
    if goal.action == "check":
        return rng.choice((f"Turn on {t}", f"Switch {t} on", f"Enable {t}"))
    if goal.action == "uncheck":
        return rng.choice((f"Turn off {t}", f"Switch {t} off", f"Disable {t}"))
    return _imperative(goal, rng)


def _colon(goal: GoalSpec, rng: random.Random) -> str:
    t, v = goal.target, goal.value
    if goal.action in ("type", "select"):
        return rng.choice((f"{t}: {v}", f"{t} = {v}", f"{t} - {v}"))
    return _imperative(goal, rng)


def _target_first(goal: GoalSpec, rng: random.Random) -> str:
    t, v = goal.target, goal.value
    forms = {
        "type": (f"the {t} field gets {v}", f"field {t}, value {v}", f"{t} box: fill with {v}"),
        "click": (f"button {t}", f"the {t} button, click it", f"{t} button please press"),
        "check": (f"checkbox {t} on", f"the {t} box, ticked", f"{t}: tick"),
        "uncheck": (f"checkbox {t} off", f"the {t} box, unticked", f"{t}: untick"),
        "select": (f"dropdown {t}, option {v}", f"the {t} list: pick {v}", f"{t} menu -> {v}"),
    }
    return rng.choice(forms[goal.action])


def _narrative(goal: GoalSpec, rng: random.Random) -> str:
    t, v = goal.target.lower(), goal.value
    forms = {
        "type": (f"my {t} is {v}", f"I'd like {v} for the {t}", f"the {t} should be {v}"),
        "click": (
            f"after that I want to hit {goal.target}",
            f"I need {goal.target} pressed",
            f"finish with {goal.target}",
        ),
        "check": (f"I want {goal.target} ticked", f"I'd like {goal.target} on"),
        "uncheck": (f"I don't want {goal.target}", f"I'd like {goal.target} off"),
        "select": (f"I prefer {v} for the {t}", f"the {t} I want is {v}"),
    }
    return rng.choice(forms[goal.action])


_Phrase = Callable[[GoalSpec, random.Random], str]


def _join(parts: Sequence[str], rng: random.Random, *, sequence: bool = False) -> str:
    if len(parts) == 1:
        return parts[0]
    if sequence:
        glue = rng.choice((", then ", "; after that ", " and then ", ". Next, ", ", then "))
        return glue.join(parts)
    return ", ".join(parts[:-1]) + rng.choice((" and ", ", and ", ", ")) + parts[-1]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _each(phrase: _Phrase, *, sequence: bool = False) -> Callable[[_Screen, _Plan, random.Random], str]:
    def render(_screen: _Screen, plan: _Plan, rng: random.Random) -> str:
        parts = [phrase(said, rng) for _, said in plan.goals]
        parts = [parts[0], *(_lower_first(p) for p in parts[1:])]
        return _join(parts, rng, sequence=sequence)

    return render


# --- families --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Family:
    name: str
    #: Draws the goals and the sentence for a screen, or None when the layout does not suit it.
    make: Callable[[_Screen, random.Random], tuple[str, tuple[GoalSpec, ...]] | None]


def _phrased(
    render: Callable[[_Screen, _Plan, random.Random], str],
) -> Callable[[_Screen, random.Random], tuple[str, tuple[GoalSpec, ...]] | None]:
    def make(screen: _Screen, rng: random.Random) -> tuple[str, tuple[GoalSpec, ...]] | None:
        plan = _form_goals(screen, rng)
        if not plan.goals:
            return None
        return render(screen, plan, rng), tuple(shown for shown, _ in plan.goals)

    return make


def _value_list(screen: _Screen, rng: random.Random) -> tuple[str, tuple[GoalSpec, ...]] | None:
    """ "Register as Grace Hopper, grace@navy.mil": values alone, in the form's order."""
    if not screen.layout.submit_verbs:
        return None
    fields = [c for c in screen.layout.controls if c.kind == "field"]
    chosen = fields[: rng.randint(min(2, len(fields)), min(3, len(fields)))]
    goals = [GoalSpec("type", screen.of(c.concept), _value(c.concept, rng)) for c in chosen]
    values = [g.value for g in goals]
    verb = rng.choice(screen.layout.submit_verbs)
    link = "as" if " as" not in verb and rng.random() < 0.6 else "with"
    lead = verb if verb.endswith(" as") else f"{verb} {link}"
    task = f"{lead} {_join(values, rng)}"
    submit = next((c for c in screen.layout.controls if c.kind == "button"), None)
    if submit is not None:
        goals.append(GoalSpec("click", screen.of(submit.concept)))
    return task, tuple(goals)


def _abc_list(screen: _Screen, rng: random.Random) -> tuple[str, tuple[GoalSpec, ...]] | None:
    """ "Tick A, B and C" within one clause."""
    boxes = [c for c in screen.layout.controls if c.kind == "checkbox"]
    if len(boxes) < 2:
        return None
    chosen = rng.sample(boxes, k=rng.randint(2, min(3, len(boxes))))
    action = "uncheck" if rng.random() < 0.3 else "check"
    verb = rng.choice(
        ("Untick", "Uncheck", "Turn off") if action == "uncheck" else ("Tick", "Check", "Turn on")
    )
    names = [screen.of(c.concept) for c in chosen]
    return f"{verb} {_join(names, rng)}", tuple(GoalSpec(action, n) for n in names)


def _by_meaning(screen: _Screen, rng: random.Random) -> tuple[str, tuple[GoalSpec, ...]] | None:
    """A dialog answered by meaning ("Give it another go" is Retry), or an item opened by what
    it is ("Open the budget sheet": its row, then Open)."""
    items = [c for c in screen.layout.controls if c.kind == "text" and c.concept in _ITEM_MEANINGS]
    if items and rng.random() < 0.6:
        item = rng.choice(items)
        said = rng.choice(_ITEM_MEANINGS[item.concept])
        goals = [GoalSpec("click", screen.of(item.concept))]
        if "open" in screen.named:
            goals.append(GoalSpec("click", screen.of("open")))
            return f"{rng.choice(('Open', 'Load', 'Bring up'))} {said}", tuple(goals)
        return f"{rng.choice(('Go to', 'Show me', 'Take me to'))} {said}", tuple(goals)
    buttons = [c for c in screen.layout.controls if c.kind == "button" and c.concept in _MEANINGS]
    if not buttons:
        return None
    button = rng.choice(buttons)
    said = rng.choice(_MEANINGS[button.concept])
    box = next((c for c in screen.layout.controls if c.concept in ("accept", "terms")), None)
    if box is not None and button.concept == "next" and rng.random() < 0.5:
        return (
            f"Agree to {rng.choice(('the terms', 'the licence', 'it'))} and {said.lower()}",
            (GoalSpec("check", screen.of(box.concept)), GoalSpec("click", screen.of(button.concept))),
        )
    return said, (GoalSpec("click", screen.of(button.concept)),)


def _polite(screen: _Screen, rng: random.Random) -> tuple[str, tuple[GoalSpec, ...]] | None:
    """Any of the ways above, asked for politely."""
    inner = rng.choice((_phrased(_each(_imperative)), _by_meaning, _phrased(_each(_set_to))))
    made = inner(screen, rng)
    if made is None:
        return None
    text, goals = made
    text = _lower_first(text)
    wrapped = rng.choice(
        (
            f"Could you please {text}?",
            f"Would you {text}?",
            f"Please {text}, thanks",
            f"{text[:1].upper()}{text[1:]}, please",
            f"Kindly {text}",
        )
    )
    return wrapped, goals


FAMILIES: tuple[_Family, ...] = (
    _Family("imperative", _phrased(_each(_imperative))),
    _Family("as_the", _phrased(_each(_as_the))),
    _Family("set_to", _phrased(_each(_set_to))),
    _Family("colon_pairs", _phrased(_each(_colon))),
    _Family("then_clauses", _phrased(_each(_imperative, sequence=True))),
    _Family("value_list", _value_list),
    _Family("abc_list", _abc_list),
    _Family("by_meaning", _by_meaning),
    _Family("polite", _polite),
    _Family("target_first", _phrased(_each(_target_first))),
    _Family("narrative", _phrased(_each(_narrative))),
)


def generate(count: int, *, families: Sequence[str] | None = None, seed: int = 0) -> list[ParserCase]:
    """`count` cases spread evenly over `families` (all when None), each on a fresh screen."""
    rng = random.Random(seed)
    wanted = [f for f in FAMILIES if families is None or f.name in families]
    if not wanted:
        raise ValueError(f"no such phrasing family: {families}")
    cases: list[ParserCase] = []
    attempts = 0
    while len(cases) < count:
        attempts += 1
        if attempts > count * 50:
            raise ValueError(f"families {[f.name for f in wanted]} fit no layout")
        family = wanted[len(cases) % len(wanted)]
        layout = rng.choice(_LAYOUTS)
        screen = _screen(layout, rng)
        made = family.make(screen, rng)
        if made is None:
            continue
        task, goals = made
        cases.append(ParserCase(task, screen.items, goals, family.name, layout.name))
    return cases


def split(
    count_train: int, count_held_out: int, *, seed: int = 0
) -> tuple[list[ParserCase], list[ParserCase]]:
    """Training cases from the families outside `HELD_OUT`, evaluation cases from inside it."""
    train = [f.name for f in FAMILIES if f.name not in HELD_OUT]
    return (
        generate(count_train, families=train, seed=seed),
        generate(count_held_out, families=sorted(HELD_OUT), seed=seed + 1),
    )
