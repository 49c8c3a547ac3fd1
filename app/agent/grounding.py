"""Code grounding: find the element a goal names when the screen says it in so many words.

This is the cheapest decider in the loop and the one that never hallucinates: a label that
matches the task's phrase (ignoring case, punctuation and a trailing colon) is taken without
asking a model. It also narrows what a model may choose from: only elements of a kind the
intent can act on (a field for typing, a checkbox for ticking; plain text only for a click).
Screen text that gives the agent orders (`app.agent.untrusted`) is never matched or offered.
Dialog answers are grounded by meaning (`app.agent.meaning`): "Discard the draft" finds *Don't
Save*. A model's pick is kept only with minimum evidence (`has_evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from app.agent import meaning
from app.agent.plan import Goal, Intent, KindHint
from app.agent.steps import Element, ElementKind
from app.agent.untrusted import is_untrusted

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
    Intent.CHECK: (ElementKind.CHECKBOX,),
    Intent.UNCHECK: (ElementKind.CHECKBOX,),
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


def exact(phrase: str, elements: Iterable[Element], kinds: Sequence[ElementKind]) -> Element | None:
    """The element of an allowed kind whose name (or shown text) is `phrase`, if exactly one kind wins."""
    wanted = normalize(phrase)
    if not wanted:
        return None
    squeezed = wanted.replace(" ", "")
    matches = [
        e
        for e in elements
        if e.kind in kinds
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


def by_words(phrase: str, elements: Iterable[Element], kinds: Sequence[ElementKind]) -> Element | None:
    """The one element whose name holds every word of `phrase` ("newsletter" names "Subscribe
    to newsletter"), else the one whose every word is in `phrase` ("the full name box" names
    "Name"); None when no element or several do."""
    wanted = words(phrase)
    if not wanted:
        return None
    pool = [(e, words(e.name)) for e in elements if e.kind in kinds and words(e.name) and not is_untrusted(e)]
    for matches in (
        [e for e, named in pool if wanted <= named],
        # A field's label is short ("Name" for "the full name box"); an option or a button
        # with fewer words is another thing ("Large" is not "Extra large").
        [e for e, named in pool if named <= wanted and e.kind is ElementKind.FIELD],
    ):
        if matches:
            return matches[0] if len(matches) == 1 else None
    return None


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
    usable = [e for e in elements if e.id not in exclude and e.name and not is_untrusted(e)]
    widgets = [k for k in kinds if k not in _TEXTUAL]
    allowed = [e for e in usable if e.kind in widgets]
    if allowed:
        return allowed
    if ElementKind.FIELD in kinds:
        return []
    return [e for e in usable if e.kind in _TEXTUAL]


def only_of_kind(elements: Iterable[Element], kinds: Sequence[ElementKind]) -> Element | None:
    """The one element of the first kind a bare target names ("the textbox"), if exactly one."""
    for kind in kinds[:1]:
        found = [e for e in elements if e.kind is kind and not is_untrusted(e)]
        if len(found) == 1:
            return found[0]
    return None


_CONSENT_BOX = re.compile(r"\b(?:accept|agree|consent)", re.I)


def by_meaning(task_text: str, elements: Sequence[Element]) -> Element | None:
    """The control that gives the answer the task means ("Give it another go" -> Retry): a
    button, a link or a caption OCR read as text; for consent, an unticked box that accepts
    ("I read and accept the terms") comes first. None when none does or two do equally."""
    usable = [e for e in elements if e.name and not is_untrusted(e)]
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
    controls = buttons + captions
    index = meaning.rank(task_text, [e.name for e in controls])
    return None if index is None else controls[index]


def _loose(text: str) -> set[str]:
    """Words with hyphens closed up, so "e-mail address" and "Email" share "email"."""
    return words(text.replace("-", ""))


def has_evidence(phrase: str, element: Element) -> bool:
    """Whether a model's pick shares a word, or a caption's meaning, with what the task said:
    the minimum a choice needs before anything is acted on."""
    if _loose(phrase) & _loose(element.name):
        return True
    return meaning.answers(phrase, element.name)
