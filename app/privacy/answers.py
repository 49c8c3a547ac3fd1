# ruff: noqa: RUF001, RUF002, RUF003  (the colons, commas and question marks of scripts without spaces)
"""A value given in the chat turn after the turn that asks for it.

A support chat asks for a number by its label and the customer answers with the number alone:
"Jio Store: Sir please share Aadhaar number for eKYC" then "Customer: 5622 6030 9399";
"Konsultantka Ewa: Potrzebuję jeszcze numeru PESEL." then "Klient: 85092666390";
"オペレーター：…生年月日をお願いいたします。" then "お客様：1993年11月2日です"; "please tell the OTP"
then "Customer: 483920". No label stands beside the answer, so no rule that reads a value by its
label finds it. Here the answer is read as if it stood after the label the question named, by
the detector that reads that label (a national ID's checks, a date's shape, a one-time code's
digits), so an answer of any other shape is left alone.

A friend's chat asks for a password the same way, with a question mark and no label's form
("password del drive condiviso?" then "Federica: Cavour!1861x"): that answer is the first word
of the next turn, after a word of assent, and shaped like a password.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import pairwise

from app.privacy import birthdates, credentials, labelled, national_ids, told
from app.privacy.finding import CHAT_TURN, ROW_FIELD, Finding, line_end
from app.privacy.vocabulary import vocabulary, words_pattern

#: An answer is what its turn says up to a comma ("17/08/1979, and the PIN is 8421"), without
#: the politeness that ends it ("です", Vietnamese "ạ", Hindi "ji").
_ANSWER = re.compile(
    r"(?P<value>[^,\uff0c\u3001]*?)(?:です|[ \t]+(?:ạ|ji|sir))?[ \t]*[.!\u3002]?[ \t]*(?:[,\uff0c\u3001]|$)"
)
#: A turn that asks for a one-time code, a PIN or a password (a postcode, a zip code or a
#: voucher's code is asked for by "code" too, and is no secret: `told.another_code`).
_SECRET_ASKED = re.compile(rf"(?i)(?<!\w)(?:otp|pin|passcode|{credentials.PASSWORD_WORD})(?!\w)")
_ENOUGH_DIGITS = 4
_NUMBERED_WORDS = re.compile(r"\S*\d\S*(?:[ \t]+\S*\d\S*)*")
#: A request says more than its label: a form's field ("ID type: Passport") does not.
_REQUEST_LETTERS = 6
#: Words of assent, "it is" and adverbs before an answer, in the chats' languages: "ok it is
#: 22150394817", "iya skrg biokim2027ugm", "כן, Weizmann#lab7", "it's literally ...".
_ASSENTING = (
    r"(?i:ok|okay|sure|yes|yeah|yep|yup|ya|sí|si|ja|oui|sim|tak|igen|ναι|da|да|ага|так|evet|its|"
    r"it's|it\u2019s|it is|it|is|mine|here|dat|es|é|è|ist|c'est|to|je|jest|on|"
    r"iya|skrg|sekarang|ndio|haan|oo|opo|כן|نعم|literally|just|still|now|jo|ano|jj|joo|juu|kyllä)[,!]?[ \t]+"
)
_ASSENT = re.compile(rf"(?:{_ASSENTING})+")

#: What a turn may ask for: the label it names it by, the detector that reads a value after a
#: label, and the label it reads the answer after (None: the one the turn named).
_Asked = tuple[re.Pattern[str], Callable[[str], Iterator[Finding]], str | None]
#: What else a number is asked for by ("your order number?", "the policy number?").
_OTHER_NUMBERS = (
    *("order", "booking", "reference", "ref", "policy", "account", "case", "ticket", "tracking"),
    *("claim", "invoice", "member", "membership", "customer", "room", "seat", "flight", "serial"),
    *("part", "item", "model", "house", "flat", "table", "card", "passport", "licence", "license"),
    *("registration", "reg", "vat", "tax", "student", "staff", "employee", "id", "pin", "bsn"),
)
#: A phone's number asked for by the words a chat uses: "his hp?", "har du nummeret hennes?",
#: "what's her mobile?" (read after "Phone:", a label the table knows).
_PHONE_ASKED = re.compile(
    r"(?i)(?<!\w)(?:hp|phone|mobile|cell|telefon\w*|handy|mobil\w*|телефон\w*"
    # a number that is no other thing's: not an order's, a booking's, a policy's...
    rf"|{''.join(f'(?<!{word} )' for word in _OTHER_NUMBERS)}"
    r"(?:number|nummer(?:et)?|numer|n[úu]mero|num[ée]ro|номер))"
    r"(?!\w)(?=[^\n?\uff1f]*[?\uff1f])"
)


@cache
def _asked() -> tuple[_Asked, ...]:
    """The labels a turn may ask by, the label table's identity numbers' among them ("kérik a
    TAJ számodat", "θέλει το ΑΜΚΑ"), read by the labelled-field detector."""
    id_labels = re.compile(rf"(?i)(?<!\w)(?:{words_pattern(vocabulary().labels['id_number'])})(?!\w)")
    return (
        (national_ids.ID_LABEL, national_ids.find, None),
        (id_labels, labelled.find, None),
        (birthdates.DOB_CUE, birthdates.find, None),
        (_SECRET_ASKED, credentials.find, None),
        (_PHONE_ASKED, labelled.find, "Phone"),
    )


#: A chat's turn, perhaps after its time stamp in brackets ("[12:44] Me: 548213907", "[12/03/26,
#: 19:06] Mum: 48291 77305"), whose colons are no speaker's.
_STAMPED_TURN = re.compile(
    r"(?m)^[ \t]*\[[^\]\n]{1,24}\][ \t]*(?P<speaker>[^\n:\uff1a\[\]]{1,40}?)[ \t]*[:\uff1a][ \t]*(?=\S)"
)


def find(text: str) -> Iterator[Finding]:
    """The answers to turns that ask for a labelled value or a password (see the module)."""
    stamped = list(_STAMPED_TURN.finditer(text))
    turns = stamped if len(stamped) > 1 else list(CHAT_TURN.finditer(text))
    for asking, answering in pairwise(turns):
        # the next line, and another speaker's
        if answering.start() != line_end(text, asking.end()) + 1 or (
            answering.group("speaker") == asking.group("speaker")
        ):
            continue
        # a record's rows, another field after a run of blanks, are no turns: a log's "Failure
        # Reason: ... bad password." above "Workstation Name: LA-FS01   Source Network Address:"
        if any(
            ROW_FIELD.search(text, turn.end(), line_end(text, turn.end())) for turn in (asking, answering)
        ):
            continue
        yield from _labelled_answer(text, asking, answering)
    yield from _password_answers(text)
    yield from _changed_codes(text)


#: What a code opens or is, earlier on the line that says it was changed: "Keypad to meds room
#: changed to 3790", "alarm code's new one: 5521#".
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:code|codes|keypad|combination|combo|alarm|pin|passcode|password|padlock|lockbox|"
    r"key ?safe|wifi|wi-fi|codice|código|kod|kode|koodi|digicode|zahlenschloss|passwort)\b"
)


def _changed_codes(text: str) -> Iterator[Finding]:
    """A code told as what it was changed or set to on a line that names the code, with no
    question before it: a handover's "Keypad to meds room changed to 3790 (old one compromised)"."""
    for m in _CHANGED_TO.finditer(text):
        value = m.group("value")
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _CODE_BEFORE.search(before) and _secret_shaped(value):
            yield Finding("SECRET", m.start("value"), m.end("value"), value)


#: How many of an answer's comma-separated parts are read where a question asked for a date
#: of birth among other things: "kevin patel, march 3rd 1990", "ollie@gmail.com, 3rd of March
#: 1988". Any other label's answer is its first part (an invoice's "Nabywca: ..., 90-001 Łódź"
#: under a seller's "NIP ..." answers nothing).
_ANSWER_PARTS = 3


def _labelled_answer(text: str, asking: re.Match[str], answering: re.Match[str]) -> Iterator[Finding]:
    """The first of the answer's parts that the asked label's detector reads as its value."""
    at, end = answering.end(), line_end(text, answering.end())
    said = text[asking.end() : line_end(text, asking.end())]
    parts = _ANSWER_PARTS if "?" in said and birthdates.DOB_CUE.search(said) else 1
    for part in range(parts):
        answer = _ANSWER.match(text, at, end)
        if answer is None or answer.end() <= at:
            return
        found = list(_answer_part(said, answer, dates_only=part > 0))
        if found:
            yield from found
            return
        at = answer.end()


def _answer_part(said: str, answer: re.Match[str], *, dates_only: bool) -> Iterator[Finding]:
    """The value one part of an answer gives to the label `said` (the asking turn) names."""
    if sum(c.isdigit() for c in answer.group("value")) < _ENOUGH_DIGITS:
        return
    value = answer.group("value")
    # (after a word of assent: "ok it is 22150394817. dont give anybody")
    assent = _ASSENT.match(value)
    if assent is not None and assent.end() < len(value):
        answer_start = answer.start("value") + assent.end()
        value = value[assent.end() :]
    else:
        answer_start = answer.start("value")
    for label, detector, read_after in _asked():
        if dates_only and label is not birthdates.DOB_CUE:
            continue
        named = label.search(said)
        if named is None or sum(c.isalpha() for c in said) - len(named.group()) < _REQUEST_LETTERS:
            continue
        if label is _SECRET_ASKED and told.another_code(said, named.start(), named.end()):
            continue
        # the answer read after the label the question named: "PESEL: 85092666390"; or its
        # first words that hold digits, where words follow them ("548120376 x", "48291 77305 i
        # think its on the letter")
        prefix = f"{read_after or named.group()}: "
        whole = list(detector(prefix + value))
        numbered = _NUMBERED_WORDS.match(value)
        for said_value in (value, numbered.group()) if numbered and numbered.group() != value else (value,):
            found = whole if said_value == value else detector(prefix + said_value)
            read = next((f for f in found if f.value == said_value), None)
            if read is not None:
                yield Finding(read.kind, answer_start, answer_start + len(said_value), said_value)
                return
        # or the value the label's detector reads at the answer's start, words after it
        # ("the 9th of July 1951. Eileen Marsh, M-A-R-S-H.")
        # (a password only where it is shaped as one: the answer's first word may be anything,
        # "ben 😭 it's ...", "e Lab2027!Cluj dar ...")
        read = next(
            (
                f
                for f in whole
                if f.start <= len(prefix) + 4 and (f.kind != "SECRET" or _secret_shaped(f.value))
            ),
            None,
        )
        if read is not None and read.start >= len(prefix):
            start = answer_start + read.start - len(prefix)
            yield Finding(read.kind, start, start + len(read.value), read.value)
            return


#: A question for a secret: a password's, a PIN's or a code's word and a question mark on one
#: line ("password del drive condiviso?", "anyone know the wifi pw for the library?").
_ASKS_FOR_A_SECRET = re.compile(
    # a card's security code by its name or its place ("and the three digits on the back?")
    # (or "the 3 digit code on the back?")
    r"(?i)(?<!\w)(?P<card>cvv2?|cvc2?|cv2|(?:three|3|four|4)[ -]digits? (?:code |number )?on the back|"
    r"security code on the back)"
    r"(?!\w)[^\n?\uff1f]*[?\uff1f]|"
    rf"(?<!\w)(?P<word>{credentials.PASSWORD_WORD}|pin|code|codice|código|kod|kode|koodi|wifi|wi-fi|wlan|login|"
    # (a system's credentials asked for by their short name: "who has prod db creds?")
    r"creds|credentials)"
    # (a script without spaces asks with its own question mark: "门锁密码您上次说改成多少来着？")
    r"(?!\w)[^\n?\uff1f]*[?\uff1f]"
    r"|(?:密码|密碼|暗証番号|비밀번호|비번)[^\n?\uff1f]*[?\uff1f]"
)
#: The next turn's answer: after its speaker and a word of assent or "it's", the first word
#: ("Federica: Cavour!1861x", "sam_okoro: its EastLib-Study!2026 but ...", "7291, box is ...").
_ANSWER_TURN = re.compile(
    # (its time in brackets may lead: "[05:51] Dmitri Volkov: 7731# — ...")
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\n:\uff1a]{1,30}[:\uff1a][ \t]*)?"
    rf"(?:{_ASSENTING})*"
    r"[\"\u201c']?"
    # (a keypad's code read out digit by digit: "2 8 0 6 then press set")
    r"(?:(?P<spaced>\d(?: \d){3,7})(?=[ \t,.]|$)|"
    # (or up to a comma of a script without spaces: "房东李阿姨：730519，别告诉别人哈")
    r"(?P<value>[^\s,;\uff0c\u3001\u3002\"\u201d]{4,40}?)[\"\u201d']?[.!]?(?=[\s,;\uff0c\u3001\u3002]|$))"
)


#: A chat's ask for a secret without a question mark: "anyone know the wifi pw for the library
#: 3rd floor", "guys anyone got wifi pw for the mission", "what's the wifi pw at the guesthouse
#: again", "remind me the alarm code for the shop".
_ASKS_ANYONE = re.compile(
    r"(?im)\b(?:anyone|anybody|what'?s|what\u2019s|what is|whats|remind me|tell me|send me|text me)\b"
    rf"[^\n]*?(?<!\w)(?P<word>{credentials.PASSWORD_WORD}|pin|wifi|wi-fi|cvv|cvc|(?:alarm|gate|door) code)"
    r"(?!\w)"
    r"[^\n?\uff1f]*$"
)


def _password_answers(text: str) -> Iterator[Finding]:
    """A secret given in the turn after the question that asks for it: a string of letters with
    digits or signs, or four to eight digits (a PIN), no time, date or number with a unit."""
    questions = [*_ASKS_FOR_A_SECRET.finditer(text), *_ASKS_ANYONE.finditer(text)]
    for question in questions:
        if question.group("word") and told.another_code(text, question.start("word"), question.end("word")):
            continue
        following = text.find("\n", question.end())
        if following < 0:
            continue
        card = question.group("card") if question.re is _ASKS_FOR_A_SECRET else None
        if card or (question.group("word") or "").lower() in ("cvv", "cvc"):
            code = _CARD_CODE_TURN.match(text, following + 1)
            if code is not None:
                yield Finding("SECRET", code.start("value"), code.end("value"), code.group("value"))
            continue
        answer = _ANSWER_TURN.match(text, following + 1)
        if answer is not None and answer.group("spaced"):
            yield Finding("SECRET", answer.start("spaced"), answer.end("spaced"), answer.group("spaced"))
            continue
        if answer is not None and _secret_shaped(answer.group("value")):
            yield Finding("SECRET", answer.start("value"), answer.end("value"), answer.group("value"))
            continue
        # or told later in the answer, after "its" ("it's in the site binder, but its wf_hill!...")
        later = answer and _TOLD_LATER.search(text, answer.end(), line_end(text, answer.end()))
        if later and _secret_shaped(later.group("value")) and not later.group("value").isdigit():
            yield Finding("SECRET", later.start("value"), later.end("value"), later.group("value"))
            continue
        # or as what it was changed or set to, a PIN too ("mudou, agora é 7713", "u set it as ...")
        changed = _CHANGED_TO.search(text, following + 1, line_end(text, following + 1))
        if changed and _secret_shaped(changed.group("value")):
            yield Finding("SECRET", changed.start("value"), changed.end("value"), changed.group("value"))


#: The next turn's card security code: three or four digits alone ("CUSTOMER: 318").
#: (Words may follow it: "Mom: 018. dont save it anywhere".)
_CARD_CODE_TURN = re.compile(
    r"[ \t]*[^\n:\uff1a]{1,30}[:\uff1a][ \t]*(?P<value>\d{3,4})(?:[.!,]?[ \t]|[.!]?(?=\n|$))"
)
#: "its X" later in an answer's turn.
_TOLD_LATER = re.compile(
    # (and "it is" in the chats' other languages: "se on", "to je", "es ist", "c'est", "det är")
    r"(?i)\b(?:its|it's|it\u2019s|it is|se on|to je|je to|es ist|das ist|c'est|det är|det er|het is)"
    r"[ \t]+(?P<value>[^\s,;]{6,40}?)[.!]?(?=[\s,;]|$)"
)


#: A secret told as what it was changed or set to, in the next turn: "mudou, agora é 7713",
#: "u set it as Biscuit&Gravy22", "שינו ל-5521#", "we changed it, its #4491".
_CHANGED_TO = re.compile(
    r"(?i)(?:\b(?:changed (?:it )?to|changed it,? its|changed it,? it'?s|now it'?s|it'?s now|new one is|"
    r"set it (?:as|to)|agora é|agora e|ahora es|ora è|jetzt ist es|maintenant c'est|"
    # (the new one after a colon: "new one: ...", "neues: Staging#Fruehling25", "nouveau : ...")
    r"(?:new|neue[sr]?|nouveau|nouvelle|nuevo|nueva|novo|nova|nowe|nieuwe?)(?: one)?[ \t]*:)"
    r"|שינו ל-?|άλλαξε σε)"
    r"[ \t]*(?P<value>[^\s,;]{4,40}?)[.!]?(?=[\s,;]|$)"
)


def _secret_shaped(value: str) -> bool:
    """A string of letters with digits or signs, or four to eight digits (a PIN), no time, date
    or number with a unit."""
    # (a keypad's code ends or starts with its hash or star key: "7731#", "#4491", "8841*")
    digits = value.strip("#*")
    pin = digits.isdigit() and 4 <= len(digits) <= 8 and len(value) - len(digits) <= 1
    mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    # (an "@" inside a password is one of its signs: "Rds@2025shanghai"; not a mailbox's or a handle's)
    return (
        (pin or mixed)
        and credentials.password_shaped(value)
        and not re.search(r"[:/]|^@|@[\w-]+\.[A-Za-z]", value)
    )
