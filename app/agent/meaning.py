"""What a dialog answer means: "Discard the draft" is the *Don't Save* button.

People answer dialogs by meaning, not by the caption's words ("Give it another go" for
*Retry*, "Close the notice" for *OK*). This is a small, explicit map from the ways a task says
an answer to the captions that give it, in English, German, French, Spanish, Italian,
Portuguese and Dutch. Code grounding reads it before any model is asked, and the safety
policy reads it to tell whether the task asked for a dismissive or destructive press.

A caption has at most one meaning (its longest matching phrase wins, so *Don't Save* is not
*Save*); a task may express several, and the first in the sentence wins.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Meaning(StrEnum):
    CONSENT = "consent"
    REFUSAL = "refusal"
    DISMISSAL = "dismissal"
    RETRY = "retry"
    SAVE = "save"
    DONT_SAVE = "don't save"
    OPEN = "open"
    NEXT = "next"
    CANCEL = "cancel"
    SUBMIT = "submit"
    OK = "ok"


#: How a task says each answer (folded, no accents; longest phrases are tried first).
_TASK: dict[Meaning, tuple[str, ...]] = {
    Meaning.DONT_SAVE: (
        "don't save",
        "dont save",
        "do not save",
        "discard",
        "throw away",
        "without saving",
        "lose the changes",
        "lose my changes",
        "drop the changes",
    ),
    Meaning.SAVE: ("save", "keep my changes", "keep the changes", "keep changes", "store"),
    Meaning.RETRY: (
        "retry",
        "try again",
        "another go",
        "another try",
        "once more",
        "again",
        "re-try",
    ),
    Meaning.CANCEL: (
        "cancel",
        "abort",
        "give up",
        "never mind",
        "nevermind",
        # Leaving a "save your changes?" question open: back to the document, nothing decided.
        "back to editing",
        "keep editing",
        "continue editing",
        "return to editing",
        "back to the document",
        "not close",
        "don't close",
        "do not close",
    ),
    Meaning.REFUSAL: (
        "answer no",
        "say no",
        "not now",
        "no thanks",
        "decline",
        "refuse",
        "reject",
        "deny",
        "disagree",
        "no",
    ),
    Meaning.CONSENT: (
        "answer yes",
        "say yes",
        "yes",
        "accept",
        "agree",
        "allow",
        "approve",
        "consent",
    ),
    Meaning.DISMISSAL: (
        "close the notice",
        "close the message",
        "close the warning",
        "close the dialog",
        "dismiss",
        "acknowledge",
        "got it",
        "close it",
    ),
    Meaning.OK: ("okay", "ok"),
    Meaning.SUBMIT: ("submit", "log in", "login", "sign in", "confirm", "register", "sign up"),
    Meaning.NEXT: ("next", "continue", "proceed", "go on", "carry on", "finish", "complete the setup"),
    Meaning.OPEN: ("open",),
}
#: The captions that give each answer (folded, no accents, no trailing punctuation).
_CAPTIONS: dict[Meaning, tuple[str, ...]] = {
    Meaning.DONT_SAVE: (
        "don't save",
        "dont save",
        "do not save",
        "discard",
        "discard changes",
        "close without saving",
        "nicht speichern",
        "verwerfen",
        "ne pas enregistrer",
        "no guardar",
        "non salvare",
        "nao salvar",
        "niet opslaan",
    ),
    Meaning.SAVE: ("save", "speichern", "enregistrer", "guardar", "salva", "salvar", "opslaan"),
    Meaning.RETRY: (
        "retry",
        "try again",
        "wiederholen",
        "erneut versuchen",
        "reessayer",
        "reintentar",
        "riprova",
        "tentar novamente",
        "opnieuw proberen",
    ),
    Meaning.CANCEL: ("cancel", "abbrechen", "annuler", "cancelar", "annulla", "annuleren"),
    Meaning.REFUSAL: (
        "no",
        "decline",
        "refuse",
        "reject",
        "deny",
        "not now",
        "i disagree",
        "nein",
        "ablehnen",
        "non",
        "refuser",
        "rechazar",
        "rifiuta",
        "nao",
        "recusar",
        "nee",
        "weigeren",
    ),
    Meaning.CONSENT: (
        "yes",
        "accept",
        "i accept",
        "agree",
        "i agree",
        "allow",
        "ja",
        "akzeptieren",
        "oui",
        "accepter",
        "si",
        "aceptar",
        "accetta",
        "sim",
        "aceitar",
        "accepteren",
    ),
    Meaning.OK: ("ok", "okay"),
    Meaning.SUBMIT: (
        "submit",
        "log in",
        "login",
        "sign in",
        "confirm",
        "register",
        "sign up",
        "create account",
        "create my account",
    ),
    Meaning.DISMISSAL: (
        "close",
        "dismiss",
        "got it",
        "schliessen",
        "fermer",
        "cerrar",
        "chiudi",
        "fechar",
        "sluiten",
    ),
    Meaning.NEXT: (
        "next",
        "finish",
        "done",
        "fertigstellen",
        "terminer",
        "finalizar",
        "fine",
        "concluir",
        "voltooien",
        "continue",
        "weiter",
        "suivant",
        "continuer",
        "siguiente",
        "continuar",
        "avanti",
        "proximo",
        "volgende",
        "doorgaan",
    ),
    Meaning.OPEN: ("open", "offnen", "ouvrir", "abrir", "apri", "openen"),
}
#: An answer a task gives may be pressed on a caption of these meanings too (in this order).
_ACCEPTS: dict[Meaning, tuple[Meaning, ...]] = {
    Meaning.CONSENT: (Meaning.CONSENT, Meaning.NEXT),
    Meaning.REFUSAL: (Meaning.REFUSAL,),
    Meaning.DISMISSAL: (Meaning.DISMISSAL, Meaning.OK),
    Meaning.OK: (Meaning.OK,),
    Meaning.SUBMIT: (Meaning.SUBMIT, Meaning.OK),
    Meaning.RETRY: (Meaning.RETRY,),
    Meaning.SAVE: (Meaning.SAVE,),
    Meaning.DONT_SAVE: (Meaning.DONT_SAVE,),
    Meaning.CANCEL: (Meaning.CANCEL,),
    Meaning.NEXT: (Meaning.NEXT, Meaning.OK),
    Meaning.OPEN: (Meaning.OPEN, Meaning.OK),
}
#: Answers that dismiss, refuse or destroy: pressed only when the task means them.
DISMISSIVE = frozenset({Meaning.REFUSAL, Meaning.DONT_SAVE, Meaning.CANCEL, Meaning.DISMISSAL})


def unaccented(text: str) -> str:
    """Text as word lists are written: accents dropped, case folded ("Löschen" -> "loschen"),
    one kind of apostrophe. The safety policy compares captions this way too."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold().replace("\u2019", "'")


def fold(text: str) -> str:
    """`unaccented` text without mnemonics ("&Save"), underscores and punctuation runs."""
    plain = unaccented(text).replace("&", "").replace("_", "")
    return " ".join(re.sub(r"[^\w'@.-]+", " ", plain).split()).strip(" .:!?")


def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w']){re.escape(phrase)}(?![\w'])")


_TASK_RULES = sorted(((m, p, _phrase(p)) for m, ps in _TASK.items() for p in ps), key=lambda r: -len(r[1]))


#: What may follow an answer in a caption without changing it ("Save changes", "Continue to
#: payment"): at most this many words.
_CAPTION_TAIL = 2


def of_caption(caption: str) -> Meaning | None:
    """The answer a button caption gives: a known caption, or one followed by a short object
    ("Save changes", "Retry now"); the longest known caption it starts with wins, so "Don't
    save changes" is *Don't Save*."""
    folded = fold(caption)
    for meaning, captions in _CAPTIONS.items():
        if folded in captions:
            return meaning
    best: tuple[int, Meaning] | None = None
    for meaning, captions in _CAPTIONS.items():
        for known in captions:
            rest = folded[len(known) :]
            fits = folded.startswith(known + " ") and len(rest.split()) <= _CAPTION_TAIL
            if fits and (best is None or len(known) > best[0]):
                best = (len(known), meaning)
    return None if best is None else best[1]


#: Captions of a multi-page dialog's forward button that only turn the page ("Finish" ends it).
_FORWARD = frozenset(
    {"next", "continue", "weiter", "suivant", "continuer", "siguiente", "continuar", "avanti", "proximo"}
    | {"volgende", "doorgaan"}
)


def turns_page(caption: str) -> bool:
    """Whether a caption is a wizard's forward button ("Next >", "Continue"): it shows the next
    page and ends nothing."""
    return fold(caption) in _FORWARD


def of_task(text: str) -> list[Meaning]:
    """The answers a task's words express, in the order the task says them."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Meaning]] = []
    for meaning, _, pattern in _TASK_RULES:
        for match in pattern.finditer(folded):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            taken.append(span)
            found.append((span[0], meaning))
    ordered: list[Meaning] = []
    for _, meaning in sorted(found):
        if meaning not in ordered:
            ordered.append(meaning)
    return ordered


def answers(task_text: str, caption: str) -> bool:
    """Whether pressing `caption` gives an answer the task asks for."""
    given = of_caption(caption)
    return given is not None and any(given in _ACCEPTS[m] for m in of_task(task_text))


def rank(task_text: str, captions: list[str]) -> int | None:
    """The index of the caption that gives the task's first answer any caption gives; None
    when no caption does, or when two captions give it equally (no guess)."""
    for meaning in of_task(task_text):
        for accepted in _ACCEPTS[meaning]:
            hits = [i for i, c in enumerate(captions) if of_caption(c) is accepted]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                return None
    return None
