"""The safety policy: which actions run, which need a person's yes, which never run.

Checked by the controller before every action, whoever decided it (code, a local model or the
cloud). Sensitive means hard to undo or leaking: typing into a password field, typing over what
a field holds when no label proved it the target, pressing a button that deletes, clears,
overwrites, sends, pays or discards (in English with its inflections, and in German, French,
Spanish, Italian, Portuguese and Dutch), Cancel on a form that holds typed values, and a button
a model picked whose words are not in the task (so text on screen that steers a model cannot
get a button pressed the person never asked for). A key press or a program start
code did not take from the task's words is sensitive too. A sensitive action runs only after
the person confirms; the controller refuses it when nobody can be asked (no terminal).

The task is the person's consent for what it names: a destructive, sending or paying control
that code matched to the task's words ("Click the Delete button", "Send the message") or
meaning ("Discard the draft" for *Don't Save*, `app.agent.meaning`), Cancel the task asks for,
and a value the task wrote typed into the password field code matched to it ("log in as kim
with the password swordfish"). A press a model picked, or one whose act the task did not name
(*Erase disk* for "click disk"), still asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.agent import meaning
from app.agent.steps import Action, ActionKind, DecidedBy, Element, ElementKind, Observation
from app.agent.untrusted import is_untrusted
from app.privacy.redact import is_secret_field

Decision = Literal["allow", "confirm"]

#: Written without accents: captions are folded (NFKD, marks dropped, casefolded) before matching.
_DESTRUCTIVE_WORDS = re.compile(
    r"\b("
    # English, with inflections
    r"delet(?:e|es|ed|ing|ion)|remov(?:e|es|ed|ing|al)|eras(?:e|es|ed|ing|ure)|clear(?:s|ed|ing)?|"
    r"overwrit(?:e|es|ing|ten)|overwrote|replac(?:e|es|ed|ing)|trash(?:es|ed|ing)?|move to (?:the )?bin|"
    r"reset(?:s|ting)?|terminat(?:e|es|ed|ing|ion)|uninstall(?:s|ed|ing)?|format(?:s|ted|ting)?|"
    r"discard(?:s|ed|ing)?|empt(?:y|ies|ied|ying)|kill(?:s|ed|ing)?|purg(?:e|es|ed|ing)|"
    r"wip(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|revok(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing)|"
    # Verbs only: "My orders", "Posts", "Sent", "Payments" are places to look, not acts.
    r"send|sending|post|posting|publish(?:ing)?|pay|paying|purchas(?:e|ing)|buy|buying|"
    r"order|ordering|place order|checkout|check out|transfer(?:ring)?|confirm payment|"
    r"don'?t save|close without saving|"
    r"sign(?:s|ed|ing)? out|log(?:s|ged|ging)? ?out|"
    # German
    r"losch\w*|geloscht|entfern\w*|uberschreib\w*|ersetz\w*|leeren|geleert|zurucksetzen|"
    r"deinstallier\w*|verwerf\w*|verworfen|papierkorb|formatier\w*|beenden|"
    # French
    r"supprim\w*|effac\w*|ecras\w*|remplac\w*|corbeille|reinitialis\w*|desinstall\w*|"
    r"vider|videz|abandonner|formater|envoy\w*|"
    # Spanish
    r"elimin\w*|borr(?:ar|a|e|ado|ados|o)|sobrescrib\w*|reemplaz\w*|papelera|restablec\w*|"
    r"desinstal\w*|vaciar|vacia|descartar|descarta|formatear|enviar|"
    # Italian
    r"cancell(?:a|are|ato|ati|a tutto)|rimuov\w*|sovrascriv\w*|sostitui\w*|cestino|reimpost\w*|"
    r"disinstall\w*|svuot\w*|scarta|scartare|"
    # Portuguese
    r"exclu(?:ir|ido|a|i)|apag\w*|substitu\w*|lixeira|lixo|redefinir|esvaziar|formatar|"
    r"sobrescrev\w*|"
    # Dutch
    r"verwijder\w*|wis|wissen|gewist|overschrijv\w*|vervang\w*|prullenbak|leegmaken|legen|"
    r"verwerpen|formatteren|deinstalleer\w*"
    r")\b",
    re.I,
)
#: A place named after what was done there ("Deleted items"): opening it destroys nothing.
_FOLDER = re.compile(
    r"\b(?:deleted|removed|trashed|erased|sent|posted)\s+(?:items?|messages?|mail|files?|folders?|objects?)\b"
)
_CANCEL = re.compile(r"^\W*(?:cancel|abbrechen|annuler|cancelar|annulla|annuleren)\W*$", re.I)
#: Words a task may use for a caption that says the same thing ("accept" the terms ~ "I agree").
_SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in group)
    for group in (
        {"accept", "agree", "allow", "yes", "approve"},
        {"refuse", "decline", "reject", "deny", "disagree"},
        {"ok", "okay", "close", "dismiss", "got", "continue"},
        {"retry", "try", "again", "another", "repeat"},
        {"discard", "don", "dont", "lose", "abandon"},
        {"next", "continue", "forward", "proceed"},
        {"back", "previous", "return"},
        {"send", "submit", "post"},
        {"save", "keep", "store"},
        {"cancel", "abort", "stop"},
        {"delete", "remove", "erase", "clear", "trash", "wipe"},
        {"sign", "register", "join", "signup"},
        {"login", "log", "signin"},
        {"search", "find", "look"},
        {"open", "show", "view"},
        {"help", "support"},
        {"settings", "preferences", "options"},
    )
)
_STOP_WORDS = frozenset(
    {
        "the",
        "and",
        "for",
        "you",
        "your",
        "with",
        "this",
        "that",
        "all",
        "now",
        "it",
        "to",
        "of",
        "a",
        "an",
        "on",
        "in",
        "me",
        "my",
    }
)


@dataclass(frozen=True)
class Assessment:
    decision: Decision
    reason: str


def destructive(caption: str) -> str | None:
    """The word of `caption` that makes pressing it hard to undo, if one does."""
    folded = _FOLDER.sub(" ", meaning.unaccented(caption))
    match = _DESTRUCTIVE_WORDS.search(folded)
    return match.group(1) if match else None


def _tokens(text: str) -> set[str]:
    """A text's words, folded, a plural "s" dropped ("sends" ~ "send"), small words left out."""
    found = re.findall(r"[a-z0-9]+", meaning.unaccented(text).replace("'", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in found if len(w) > 1} - _STOP_WORDS


def _meaning(text: str) -> set[str]:
    """A text's words with every synonym they stand for."""
    found = _tokens(text)
    return found | {s for group in _SYNONYMS if found & group for s in group}


def named_by_task(caption: str, task: str) -> bool:
    """Whether the task says (in its words or a common synonym) what the caption says."""
    said = _meaning(caption)
    return not said or bool(said & _meaning(task))


def _task_names(word: str, caption: str, task: str) -> bool:
    """Whether the task asks for this press: the caption's destructive word (or a synonym) is a
    destructive word of the task ("Click the Delete button", "delete the file" for *Remove*), or
    the task answers the dialog with it by meaning ("Discard the draft" for *Don't Save*). Only
    the act is compared: "click disk" does not name *Erase disk*."""
    if not task:
        return False
    said = {m.group(1) for m in _DESTRUCTIVE_WORDS.finditer(_FOLDER.sub(" ", meaning.unaccented(task)))}
    return bool(said and _acts(word) & _acts(" ".join(said))) or meaning.answers(task, caption)


def _acts(text: str) -> set[str]:
    """The stems of a text's words and of their synonyms: "Deleting" and "delete" are one act."""
    return {re.sub(r"(?:ing|ion|ed|es|al|e|s)$", "", w) or w for w in _meaning(text)}


def _holds_typed_values(observation: Observation | None) -> bool:
    return observation is not None and any(
        e.kind is ElementKind.FIELD and e.text.strip() for e in observation.elements
    )


def assess(
    action: Action,
    element: Element | None,
    *,
    task: str = "",
    decided_by: DecidedBy = "code",
    observation: Observation | None = None,
) -> Assessment:
    """Judge one action on the element it targets (None when it targets nothing).

    `task` is the person's task, `decided_by` who chose the element and `observation` the
    screen it was chosen on; without them only the element's own words are judged."""
    if action.kind in (ActionKind.KEY, ActionKind.LAUNCH):
        # Code presses a key or starts a program only when the task names it; anyone else asks.
        if decided_by == "code":
            return Assessment("allow", "")
        what = f"press {action.text}" if action.kind is ActionKind.KEY else f"start {action.text!r}"
        return Assessment("confirm", f"the {decided_by} model wants to {what}, which the task does not name")
    if element is None:
        return Assessment("allow", "")
    if is_untrusted(element):
        return Assessment("confirm", f"{element.name!r} is screen text that gives orders to the agent")
    if action.kind is ActionKind.TYPE:
        if is_secret_field(element.name, element.text) and not (
            decided_by == "code" and action.text and action.text in task
        ):
            return Assessment("confirm", f"typing into the password field {element.name!r}")
        if decided_by != "code" and element.text.strip():
            return Assessment("confirm", f"typing replaces what {element.name!r} holds ({element.text!r})")
        return Assessment("allow", "")
    if action.kind not in (ActionKind.CLICK, ActionKind.DOUBLE_CLICK) or element.kind not in (
        ElementKind.BUTTON,
        ElementKind.LINK,
        ElementKind.TEXT,
        ElementKind.LABEL,
    ):
        return Assessment("allow", "")
    word = destructive(element.name)
    if word and not (decided_by == "code" and _task_names(word, element.name, task)):
        return Assessment("confirm", f"pressing {element.name!r} may {word}")
    if (
        _CANCEL.match(meaning.unaccented(element.name))
        and _holds_typed_values(observation)
        and not (decided_by == "code" and named_by_task(element.name, task) and bool(task))
    ):
        return Assessment("confirm", f"pressing {element.name!r} throws away the values typed into the form")
    if (
        task
        and decided_by != "code"
        and element.kind in (ElementKind.BUTTON, ElementKind.LINK)
        and not named_by_task(element.name, task)
    ):
        return Assessment(
            "confirm", f"the {decided_by} model picked {element.name!r}, which the task does not name"
        )
    return Assessment("allow", "")
