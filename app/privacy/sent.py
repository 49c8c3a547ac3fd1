"""The person a delivery, ride or home-service app or a trade sends, named in its notification
or as a chat's speaker.

Such an app's notification opens with its own name and a colon or a dot, then names its worker
by role, in the app's language and with no "your" an English rule could look for: "DoorDash:
Dasher Hope is picking up your order", "Getir: Kuryen Burak siparişinle yola çıktı", "Grab:
Tài xế Phạm Văn Long đang đến", "Lalamove: Ang iyong driver ay si Rodel M.", "كريم: الكابتن
محمود في الطريق", "וולט: השליח עומר בדרך", "LINE MAN: ไรเดอร์ อนุชา กำลังไป". After such an
opening, the words after the worker's role word are their name: one word in a script without
capitals; in a script with them, the capitalised words, where the lists know one of them as a
name ("Driver Assistance", "Rider Cup" name no one). The same worker speaks in the chat with
them, by role and name before the colon: "Kurye Emre: Kapıdayım", "Courier (Jordan): I'm
outside", "Foreman Deano: scaffold is not signed off", "司机小刘：货已经到了".
"""

# ruff: noqa: RUF002, RUF003  (the scripts' own letters and colons)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names
from app.privacy.finding import Finding

#: A notification's opening: an app's name (one to three words) and a colon or a dot.
_OPENING = re.compile(r"(?m)^[ \t]*[^\s:·•|]{2,20}(?:[ \t][^\s:·•|]{1,20}){0,2}[ \t]*[:\uff1a·•][ \t]*")
#: The worker's role, in the languages such apps write, then "your" or the name's article
#: where the language puts one between ("راننده شما رضا", "driver ay si Rodel").
_ROLE = re.compile(
    r"(?i:\b(?:driver|rider|courier|dasher|shopper|tasker)"
    r"|\b(?:curierul|curier|kuryen|kurye(?:miz)?|sürücün|sürücü|tài xế|shipper|pengemudi|kurir"
    r"|entregador[a]?|repartidor[a]?|conductor[a]?|motorista|livreur|livreuse|chauffeur|fahrer(?:in)?"
    r"|kurier(?:in)?|bezorger|corriere|autista|kierowca|kurýr|futár|курьер|водитель|οδηγός|διανομέας"
    r"|mensajero|mhudumu|dereva"
    # the trades that come to the door or the site, and the site's foreman
    r"|motoboy|foreman|mechanic|plumber|electrician|technician|engineer|fitter|installer|instalatér"
    r"|klempner|elektriker|monteur|plombier|électricien|fontanero|electricista|idraulico|elettricista))"
    r"|الكابتن|كابتن|السائق|المندوب|השליח|הנהג|راننده|پیک|رائیڈر|प्रोफेशनल|पार्टनर|ड्राइवर|ডেলিভারি ম্যান"
    r"|ড্রাইভার|டிரைவர்|ไรเดอร์|คนขับ|骑手|司机|仓管|师傅|配達員|ドライバー|기사님?|라이더|반장|ሹፌር"
)
_BETWEEN = re.compile(r"[ \t]+(?:(?i:ay si|is|shoma|شما|ni|si)[ \t]+)?")
_CAPITALISED = re.compile(rf"(?:{names.WORD_OF_A_NAME})(?:[ \t]+(?:{names.WORD_OF_A_NAME}|[A-Z]\.)){{0,2}}")
#: One word of a script without capitals: letters and the marks its vowels are written with.
_CASELESS = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u0400-\u04ff\u0370-\u03ff][^\s\d,.!?:;()\uff1a]*")
#: A chat's turn: a line's start (after a time stamp in brackets) where a speaker and a colon follow.
_TURN = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?=[^:\uff1a\n]{2,40}[:\uff1a])")
#: Between the role and the name of a turn's speaker: a space or a bracket ("Courier (Jordan):");
#: nothing in a script that writes no spaces ("司机小刘：").
_SPEAKER_BETWEEN = re.compile(r"[ \t]*\(?[ \t]*")
_SPEAKER_END = re.compile(r"[ \t]*\)?[ \t]*[:\uff1a]")


def find(text: str) -> Iterator[Finding]:
    """The workers that apps' notifications name (see the module)."""
    for opening in _OPENING.finditer(text):
        end = text.find("\n", opening.end())
        end = len(text) if end < 0 else end
        for role in _ROLE.finditer(text, opening.end(), end):
            between = _BETWEEN.match(text, role.end())
            if between is None:
                continue
            name = _CAPITALISED.match(text, between.end()) or _CASELESS.match(text, between.end())
            if name is not None and _a_name(name.group()):
                yield Finding("NAME", name.start(), name.end(), name.group())
    for turn in _TURN.finditer(text):
        speaker_role = _ROLE.match(text, turn.end())
        gap = _SPEAKER_BETWEEN.match(text, speaker_role.end()) if speaker_role else None
        if gap is None:
            continue
        name = _CAPITALISED.match(text, gap.end()) or _CASELESS.match(text, gap.end())
        if name is not None and _SPEAKER_END.match(text, name.end()) and _a_name(name.group()):
            yield Finding("NAME", name.start(), name.end(), name.group())


def _a_name(value: str) -> bool:
    """Whether the words after a worker's role are a name, not words the role goes on with
    ("Driver Assistance", "Rider Cup"): in a script with capitals, a name the lists know
    stands among them."""
    first = value.split()[0]
    if not first[0].isupper() and not first[0].islower():
        return True
    return any(names.any_first_name(word) or names.known_name(word) for word in value.split())
