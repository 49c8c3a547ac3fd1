"""Code grounding: find the element a goal names when the screen says it in so many words.

This is the cheapest decider in the loop and the one that never hallucinates: a label that
matches the task's phrase (ignoring case, punctuation and a trailing colon) is taken without
asking a model. It also narrows what a model may choose from: only elements of a kind the
intent can act on (a field for typing, a checkbox for ticking; plain text only for a click).
Screen text that gives the agent orders (`app.agent.untrusted`) is never matched or offered.
Dialog answers are grounded by meaning (`app.agent.meaning`): "Discard the draft" finds *Don't
Save*. A model's pick is kept only with minimum evidence (`has_evidence`, `contradicts`).

Words are compared as a person reads them: "autosave" is in "Save automatically", "sending"
in "Send", and a phrase's generic head noun ("the dark *theme*", "a Custom *installation*") may
be missing from the caption. A browser's own controls (tabs, "Tab search", the address bar)
are not the page: they are never offered to a model (`is_browser_chrome`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from app.agent import meaning
from app.agent.plan import Goal, Intent, KindHint
from app.agent.policy import named_by_task
from app.agent.steps import Element, ElementKind
from app.agent.untrusted import is_untrusted
from app.desktop.elements import Role

_CLICKABLE = (
    ElementKind.BUTTON,
    ElementKind.LINK,
    ElementKind.CHECKBOX,
    ElementKind.DROPDOWN,
)
_TEXTUAL = (ElementKind.LABEL, ElementKind.TEXT)
_KINDS: dict[Intent, tuple[ElementKind, ...]] = {
    Intent.CLICK: _CLICKABLE,
    Intent.TYPE: (ElementKind.FIELD,),
    # A web page's switch is a toggle button: it has a checked state like a box (`_fits`).
    Intent.CHECK: (ElementKind.CHECKBOX, ElementKind.BUTTON),
    Intent.UNCHECK: (ElementKind.CHECKBOX, ElementKind.BUTTON),
    Intent.SELECT: (ElementKind.DROPDOWN,),
    Intent.FILL: (ElementKind.FIELD, ElementKind.DROPDOWN),
}
_HINT_KINDS: dict[KindHint, tuple[ElementKind, ...]] = {
    KindHint.BUTTON: (ElementKind.BUTTON,),
    KindHint.FIELD: (ElementKind.FIELD,),
    KindHint.CHECKBOX: (ElementKind.CHECKBOX,),
    KindHint.DROPDOWN: (ElementKind.DROPDOWN,),
    KindHint.LINK: (ElementKind.LINK,),
}


def normalize(text: str) -> str:
    """Compare labels as a person reads them: "&Name:*" and "name" are the same."""
    text = text.replace("&", "").lower()
    text = re.sub(r"[^\w@.+-]+", " ", text)
    return " ".join(text.split()).strip(" .")


def kinds_for(goal: Goal) -> tuple[ElementKind, ...]:
    """The kinds a goal may act on, most likely first. What the task calls the target ("the
    Account menu") comes first but does not exclude the rest: a web menu is a button, a Qt tab
    is plain text. A click may land on plain text (tabs, menu items, list rows) after every
    widget kind."""
    kinds = _KINDS.get(goal.intent, _CLICKABLE)
    if goal.intent is Intent.CLICK:
        kinds = (*kinds, *_TEXTUAL)
    hinted = tuple(k for k in _HINT_KINDS.get(goal.hint, ()) if k in kinds)
    return (*hinted, *(k for k in kinds if k not in hinted))


def _fits(element: Element, kinds: Sequence[ElementKind]) -> bool:
    """Whether `element` is of an allowed kind; a button counts for ticking only when it has a
    checked state (a toggle), so "tick Subscribe" never presses a plain *Subscribe* button."""
    if element.kind not in kinds:
        return False
    ticking = bool(kinds) and kinds[0] is ElementKind.CHECKBOX
    return not (ticking and element.kind is ElementKind.BUTTON and element.checked is None)


def exact(phrase: str, elements: Iterable[Element], kinds: Sequence[ElementKind]) -> Element | None:
    """The element of an allowed kind whose name (or shown text) is `phrase`, if exactly one kind wins."""
    wanted = normalize(phrase)
    if not wanted:
        return None
    squeezed = wanted.replace(" ", "")
    matches = [
        e
        for e in elements
        if _fits(e, kinds)
        and (
            wanted in (normalize(e.name), normalize(e.text)) or squeezed == normalize(e.name).replace(" ", "")
        )
        and not is_untrusted(e)
    ]
    if not matches:
        return None
    return min(matches, key=lambda e: kinds.index(e.kind))


def words(text: str) -> set[str]:
    """The meaningful words of a label or phrase, plural "s" dropped ("terms" ~ "term")."""
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


#: Words that say what kind of thing a phrase names, not which one ("the dark theme" is the
#: *Dark* option): dropped when the phrase with them names nothing.
_GENERIC = frozenset(
    {"theme", "mode", "option", "setting", "installation", "install", "type", "style", "layout", "view"}
    | {"file", "document", "folder", "sheet", "spreadsheet"}
)
#: The shortest stem two words must share to be one word ("sending" ~ "send").
_STEM = 4


def _word_in(word: str, named: set[str]) -> bool:
    """Whether a phrase's word is in a caption's words: the same, one a form of the other
    ("sending" ~ "send", "automatic" ~ "automatically"), or a compound of one caption word
    and the start of another ("autosave" in "Save automatically")."""
    for other in named:
        if word == other:
            return True
        short, long = sorted((word, other), key=len)
        if len(short) >= _STEM and long.startswith(short) and long[len(short) :].isalpha():
            return True
    for other in named:
        if len(other) < _STEM or len(word) < len(other) + 3:
            continue
        if word.endswith(other):
            rest = word[: -len(other)]
        elif word.startswith(other):
            rest = word[len(other) :]
        else:
            continue
        if rest.isalpha() and any(o != other and o.startswith(rest) for o in named):
            return True
    return False


def _all_in(wanted: set[str], named: set[str]) -> bool:
    return all(_word_in(w, named) for w in wanted)


def by_words(phrase: str, elements: Sequence[Element], kinds: Sequence[ElementKind]) -> Element | None:
    """The one element whose name holds every word of `phrase` ("newsletter" names "Subscribe
    to newsletter"), else the one whose every word is in `phrase` ("the full name box" names
    "Name"), else the same without the phrase's generic head nouns ("the dark theme" names
    *Dark*); None when no element or several do."""
    wanted = words(phrase)
    if not wanted:
        return None
    # A browser's own bars share words with the page's ("Address and search bar"); a task
    # names them in so many words (`exact`).
    chrome = browser_chrome(elements)
    pool = [
        (e, words(e.name))
        for e in elements
        if _fits(e, kinds) and words(e.name) and not is_untrusted(e) and e.id not in chrome
    ]
    specific = wanted - _GENERIC
    for matches in (
        [e for e, named in pool if _all_in(wanted, named)],
        # A field's label is short ("Name" for "the full name box"); an option or a button
        # with fewer words is another thing ("Large" is not "Extra large").
        [e for e, named in pool if named <= wanted and e.kind is ElementKind.FIELD],
        [e for e, named in pool if specific and specific != wanted and _all_in(specific, named)],
    ):
        if matches:
            return matches[0] if len(matches) == 1 else None
    return None


def offers(box: Element, value: str) -> bool | None:
    """Whether a list box's published choices hold `value` (its words, or it theirs: "Overnight"
    is "Overnight (1 business day)"); None when the box publishes none (open it to see)."""
    if not box.options:
        return None
    wanted, squeezed = words(value), normalize(value)
    for choice in box.options:
        named = words(choice)
        if squeezed == normalize(choice) or (not wanted and squeezed and squeezed in normalize(choice)):
            return True
        if wanted and named and (_all_in(wanted, named) or _all_in(named, wanted)):
            return True
    return False


def option(value: str, elements: Iterable[Element], exclude: Element | None) -> Element | None:
    """An open list's entry that reads `value` (any kind: popups are plain text to OCR)."""
    wanted = normalize(value)
    found = [
        e
        for e in elements
        if normalize(e.text or e.name) == wanted and (exclude is None or e.box.iou(exclude.box) < 0.5)
    ]
    return min(found, key=lambda e: (e.box.y, e.box.x)) if found else None


def candidates(
    elements: Sequence[Element], kinds: Sequence[ElementKind], exclude: Collection[int] = ()
) -> list[Element]:
    """What a model may pick from: widgets of the allowed kinds, else any text. Plain text is
    offered only when no widget fits, so a paragraph cannot crowd out the buttons, and never
    to a goal that types (kinds with a field): text goes into an editable field or nowhere.
    """
    chrome = browser_chrome(elements)
    usable = [
        e for e in elements if e.id not in exclude and e.name and not is_untrusted(e) and e.id not in chrome
    ]
    widgets = [k for k in kinds if k not in _TEXTUAL]
    allowed = [e for e in usable if _fits(e, widgets)]
    if allowed:
        return allowed
    if ElementKind.FIELD in kinds:
        return []
    return [e for e in usable if e.kind in _TEXTUAL]


def only_of_kind(elements: Sequence[Element], kinds: Sequence[ElementKind]) -> Element | None:
    """The one element of the first kind a bare target names ("the textbox"), if exactly one."""
    for kind in kinds[:1]:
        chrome = browser_chrome(elements)
        found = [e for e in elements if _fits(e, (kind,)) and not is_untrusted(e) and e.id not in chrome]
        if len(found) == 1:
            return found[0]
    return None


def every_box(noun: str, elements: Sequence[Element]) -> list[Element]:
    """The boxes "all the <noun>" means, top to bottom: the check boxes (and switches) of the
    foremost window; those whose caption has the noun's word when some do ("all the
    notifications" in a page of settings), else all of them ("all the toppings" in a list of
    Cheese, Olives, Ham). Radio buttons never: only one of them can be on."""
    chrome = browser_chrome(elements)
    window = elements[0].window if elements else None
    boxes = [
        e
        for e in elements
        if _fits(e, (ElementKind.CHECKBOX, ElementKind.BUTTON))
        and e.role is not Role.RADIO_BUTTON
        and e.window == window
        and not is_untrusted(e)
        and e.id not in chrome
    ]
    named = [e for e in boxes if words(noun) and any(_word_in(w, words(e.name)) for w in words(noun))]
    return sorted(named or boxes, key=lambda e: (e.box.y, e.box.x))


_CONSENT_BOX = re.compile(r"\b(?:accept|agree|consent)", re.I)


def by_meaning(task_text: str, elements: Sequence[Element]) -> Element | None:
    """The control that gives the answer the task means ("Give it another go" -> Retry): a
    button, a link or a caption OCR read as text; for consent, an unticked box that accepts
    ("I read and accept the terms") comes first, and a button before a link. None when none
    does or two do equally. A browser's own controls are not the page's answers."""
    chrome = browser_chrome(elements)
    usable = [e for e in elements if e.name and not is_untrusted(e) and e.id not in chrome]
    meant = meaning.of_task(task_text)
    if meant and meant[0] is meaning.Meaning.CONSENT:
        boxes = [
            e
            for e in usable
            if e.kind is ElementKind.CHECKBOX and not e.checked and _CONSENT_BOX.search(e.name)
        ]
        if len(boxes) == 1:
            return boxes[0]
    buttons = [e for e in usable if e.kind in (ElementKind.BUTTON, ElementKind.LINK)]
    # A default button reads as plain text to OCR; it sits in the row of the other buttons
    # (a dialog's title "Log in" does not).
    captions = [
        e
        for e in usable
        if e.kind in _TEXTUAL
        and len(e.name.split()) <= 3
        and meaning.of_caption(e.name) is not None
        and (not buttons or any(abs(e.box.center[1] - b.box.center[1]) <= 12 for b in buttons))
    ]
    # A page's button sends its form; a link beside it ("Sign in" under *Create account*)
    # goes elsewhere: buttons are asked first.
    for controls in ([e for e in buttons if e.kind is ElementKind.BUTTON], buttons + captions):
        index = meaning.rank(task_text, [e.name for e in controls])
        if index is not None:
            return controls[index]
    return None


def forward_button(elements: Sequence[Element]) -> Element | None:
    """The foremost window's one enabled forward button ("Next >"), if it has exactly one."""
    window = elements[0].window if elements else None
    found = [
        e
        for e in elements
        if e.kind is ElementKind.BUTTON
        and e.window == window
        and meaning.turns_page(e.name)
        and (e.states is None or e.states.enabled)
        and not is_untrusted(e)
    ]
    return found[0] if len(found) == 1 else None


def _loose(text: str) -> set[str]:
    """Words with hyphens closed up, so "e-mail address" and "Email" share "email"."""
    return words(text.replace("-", ""))


def has_evidence(phrase: str, element: Element) -> bool:
    """Whether a model's pick shares a word, or a caption's meaning, with what the task said:
    the minimum a choice needs before anything is acted on."""
    return _same_meaning(phrase, element.name)


#: Words that qualify nothing: articles, conjunctions, and what a task calls a widget's kind
#: ("the terms box" qualifies *Terms and conditions* by none of them).
_NO_QUALIFIER = frozenset(
    w.rstrip("s")
    for w in (
        *("the", "and", "for", "with", "your", "this", "that", "our", "all", "one"),
        *("box", "button", "field", "checkbox", "link", "input", "dropdown", "menu", "tab", "list"),
        *("entry", "item"),
    )
)


def _akin(said: set[str], named: set[str]) -> bool:
    """Whether two sets of words could say the same: a word in common or a form of one
    ("subscription" ~ "subscribe": a stem of five letters), or a caption's meaning."""
    if any(_word_in(w, named) or any(len(w) >= 5 and w[:5] == n[:5] for n in named) for w in said):
        return True
    return _same_meaning(" ".join(sorted(said)), " ".join(sorted(named)))


def _same_meaning(phrase: str, caption: str) -> bool:
    return bool(_loose(phrase) & _loose(caption)) or meaning.answers(phrase, caption)


#: How a browser's window title ends: its own controls (tabs, address bar) are not the page.
_BROWSER_TITLE = re.compile(
    r"\s[-\u2013\u2014]\s(?:Chromium|Google Chrome|Mozilla Firefox|Microsoft Edge|Brave)$"
)
#: How far below the address bar an info bar ("--no-sandbox", "restore pages?") may start.
_INFOBAR_GAP = 40


def browser_chrome(elements: Sequence[Element]) -> set[int]:
    """The ids of a browser's own controls: in a browser's window, what sits at or above its
    address bar, and an info bar right under it (a row that ends in a *Close* button). A task
    names them ("the address bar") or code finds them by label; a model is never offered them,
    since a small model's pick of "Tab search" for "sign up" is a guess at the wrong program."""
    chrome: set[int] = set()
    for title in {e.window for e in elements if _BROWSER_TITLE.search(e.window)}:
        own = [e for e in elements if e.window == title]
        top = min(e.box.y for e in own)
        bars = [
            e
            for e in own
            if e.kind is ElementKind.FIELD and e.box.y - top < 120 and "address" in normalize(e.name)
        ]
        if not bars:
            continue
        bottom = max(b.box.y + b.box.h for b in bars)
        band = [e for e in own if e.box.center[1] <= bottom]
        below = [e for e in own if bottom < e.box.center[1] <= bottom + _INFOBAR_GAP]
        closes = [e for e in below if e.kind is ElementKind.BUTTON and normalize(e.name) == "close"]
        if closes:
            row_bottom = max(e.box.y + e.box.h for e in closes)
            band += [e for e in below if e.box.center[1] <= row_bottom]
        chrome |= {e.id for e in band}
    return chrome


#: Words that say what a field holds; two phrases of different kinds name different fields.
_FIELD_KINDS: dict[str, frozenset[str]] = {
    "password": frozenset({"password", "passphrase", "passcode", "pin", "pwd"}),
    "email": frozenset({"email", "mail", "inbox"}),
    "name": frozenset({"name", "fullname", "nickname"}),
    "first": frozenset({"first", "given", "forename", "firstname"}),
    "last": frozenset({"last", "surname", "family", "lastname"}),
    "user": frozenset({"user", "username", "login", "account"}),
    "street": frozenset({"street", "address", "road", "line"}),
    "city": frozenset({"city", "town"}),
    "zip": frozenset({"zip", "postcode", "postal", "post", "zipcode"}),
    "phone": frozenset({"phone", "telephone", "tel", "mobile"}),
    "search": frozenset({"search", "query", "find"}),
}


def field_kinds(text: str) -> set[str]:
    """What kinds of value a phrase or caption speaks of ("Street address": street). "Address"
    beside a mail word is the mail's ("e-mail address", "inbox address": email only)."""
    said = _loose(text)
    kinds = {kind for kind, said_by in _FIELD_KINDS.items() if said & words(" ".join(said_by))}
    if "email" in kinds and not said & words("street road line"):
        kinds.discard("street")
    return kinds


def contradicts(phrase: str, element: Element) -> str:
    """Why a model's pick cannot be what `phrase` names, or "": a caption that names only part
    of the phrase ("Large" for "Extra large" is another option), one that shares a word but
    qualifies it otherwise (*Dark mode* for "Airplane mode"), or a field of another kind
    ("File name" for "the Password field")."""
    phrase_words, named = words(phrase), words(element.name)
    said = phrase_words - _GENERIC
    if element.kind is not ElementKind.FIELD and named and named < said:
        missing = ", ".join(sorted(said - named))
        return f"{element.name!r} lacks {missing!r} of {phrase!r}: it is another thing"
    # Two things of one kind told apart by what qualifies them: "Airplane mode" and *Dark mode*
    # share only "mode", and each says what the other does not (a box ticked for another one).
    shared = phrase_words & named
    said_own = said - shared - _NO_QUALIFIER
    named_own = named - shared - _GENERIC - _NO_QUALIFIER
    # A qualifier is a word or two; a phrase saying more is a paraphrase ("who can see my
    # profile" for *Profile visibility*), which the model is there to read.
    qualified = 0 < len(said_own) <= 2 and 0 < len(named_own) <= 2
    if shared and qualified and not _akin(said_own, named_own):
        theirs, ours = " ".join(sorted(named_own)), " ".join(sorted(said_own))
        return f"{element.name!r} says {theirs!r} where {phrase!r} says {ours!r}: it is another thing"
    wanted, offered = field_kinds(phrase), field_kinds(element.name)
    if wanted and offered and not wanted & offered:
        return f"{phrase!r} speaks of a {'/'.join(sorted(wanted))} field, {element.name!r} is not one"
    return ""


def supports(phrase: str, element: Element, *, again: bool = False) -> bool:
    """Whether a model's pick has the minimum evidence to be acted on: nothing contradicts it,
    and a button or a link (a press can dismiss or destroy), a list's entry or a radio button
    shares a word, a synonym or a caption's meaning with the phrase. A field or a box may be a
    paraphrase ("the surname box" for *Last name*, "the night theme" for *Dark mode*), but not
    `again` (a second guess, after the first came to nothing, needs words in common too) and
    not a phrase the task wrote as a name, capitalised ("Airplane mode")."""
    if contradicts(phrase, element):
        return False
    # A radio button is one answer among several, its caption the value: a paraphrase of a
    # box's purpose may hold ("night theme" for *Dark mode*), another option never does.
    # A phrase written as a name ("the Airplane mode checkbox") names a caption, not a purpose:
    # the pick must share something with it (*Auto save* was ticked for it).
    if (
        not again
        and element.kind in (ElementKind.FIELD, ElementKind.CHECKBOX, ElementKind.DROPDOWN)
        and element.role is not Role.RADIO_BUTTON
        and not phrase[:1].isupper()
    ):
        return True
    return shares_meaning(phrase, element)


def shares_meaning(text: str, element: Element) -> bool:
    """Whether `text` and the element's caption share a word, a synonym ("sends" ~ *Submit*)
    or a dialog answer's meaning: the least a model's choice must have to be acted on."""
    if has_evidence(text, element):
        return True
    # A caption of small words only ("You") says nothing the task could name.
    return not named_by_task(element.name, "") and named_by_task(element.name, text)
