"""Find personal data in text and replace it with placeholders before anything leaves.

Structured kinds are found by well-kept validators, not by pattern alone: phone numbers with
Google's `phonenumbers`, card numbers with a Luhn check and IBANs with their checksum
(`python-stdnum`), IP addresses with `ipaddress`. Secrets (API keys, tokens, passwords given
inline) and names (after an honorific, a "Name:" or "Dear", or held by a field labelled as a
name) are found by patterns; offline name detection beyond those cues would need a language
model this scrubber does not load.
Presidio and scrubadub were weighed: both pull in NLP stacks (spaCy, TextBlob) whose models
are downloaded at run time, which this app cannot do.

Placeholders are stable within one `Scrubber` (the same e-mail is always `<EMAIL_1>`), so a
cloud reply that mentions them can be mapped back locally with `restore()`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import phonenumbers
from stdnum import iban, luhn
from stdnum.us import ssn


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str


_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_CARD = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_SECRET_TOKENS = re.compile(
    r"\b(?:sk-(?:proj-)?[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|"
    r"xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,}|glpat-[A-Za-z0-9_-]{16,}|"
    r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"
)
_SECRET_ASSIGNED = re.compile(
    r"(?i)\b(?:password|passwd|pwd|passcode|secret|token|api[_ -]?key|access[_ -]?key|"
    r"auth(?:orization)?|bearer)\b\s*(?:[:=]|is)\s*[\"']?(?:bearer\s+)?(?P<value>[^\s\"',;]{4,})"
)
_PIN = re.compile(r"\bPIN\s*(?:code)?\s*[:=]\s*(?P<value>\d{4,8})\b")
_NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
_NAME_CUES = re.compile(
    rf"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+|\b(?:[Nn]ame|[Cc]ustomer|[Cc]ontact|[Pp]atient|"
    rf"[Ee]mployee|[Bb]ill to|[Ss]hip to|[Ff]rom|[Tt]o|[Aa]ttn)\s*:\s*|\bDear\s+|\b(?:[Rr]egards|"
    rf"[Tt]hanks|[Cc]heers|[Ss]incerely),?\s*\n\s*)(?P<value>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)
#: What a field labelled as a name holds, written the way the specialists describe a field
#: (`field "Full name" (shows "ada lovelace")`): whatever it holds is a name, capitals or not.
_NAME_FIELD = re.compile(
    r"(?i)\b(?:full |first |last |given |family |sur|your |customer |contact |user)?name\b\"?\s*"
    r"\(shows\s+\"(?P<value>[^\"\n]{1,80})\"\)"
)
_PHONE_REGIONS = ("US", "GB", "DE", "FR")


def _emails(text: str) -> Iterator[Finding]:
    for m in _EMAIL.finditer(text):
        yield Finding("EMAIL", m.start(), m.end(), m.group())


def _phones(text: str) -> Iterator[Finding]:
    for region in _PHONE_REGIONS:
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            yield Finding("PHONE", m.start, m.end, m.raw_string)


#: Card number lengths by leading digits (issuer ranges); a Luhn check alone passes one
#: random digit string in ten.
_CARD_LENGTHS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("34", (15,)),
    ("37", (15,)),
    ("36", (14,)),
    ("38", (14,)),
    ("35", (16,)),
    ("4", (13, 16, 19)),
    ("5", (16,)),
    ("2", (16,)),
    ("6", (16, 17, 18, 19)),
)


def _is_card_number(digits: str) -> bool:
    lengths = next((n for prefix, n in _CARD_LENGTHS if digits.startswith(prefix)), ())
    return len(digits) in lengths and luhn.is_valid(digits)


def _cards(text: str) -> Iterator[Finding]:
    for m in _CARD.finditer(text):
        if _is_card_number(re.sub(r"\D", "", m.group())):
            yield Finding("CARD", m.start(), m.end(), m.group())


def _ibans(text: str) -> Iterator[Finding]:
    for m in _IBAN.finditer(text):
        if iban.is_valid(m.group()):
            yield Finding("IBAN", m.start(), m.end(), m.group())


def _ips(text: str) -> Iterator[Finding]:
    for pattern in (_IPV4, _IPV6):
        for m in pattern.finditer(text):
            try:
                ipaddress.ip_address(m.group())
            except ValueError:
                continue
            yield Finding("IP", m.start(), m.end(), m.group())


def _national_ids(text: str) -> Iterator[Finding]:
    for m in _SSN.finditer(text):
        if ssn.is_valid(m.group()):
            yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())
    for m in _NINO.finditer(text):
        yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())


def _secrets(text: str) -> Iterator[Finding]:
    for m in _SECRET_TOKENS.finditer(text):
        yield Finding("SECRET", m.start(), m.end(), m.group())
    for pattern in (_SECRET_ASSIGNED, _PIN):
        for m in pattern.finditer(text):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))


def _names(text: str) -> Iterator[Finding]:
    for pattern in (_NAME_CUES, _NAME_FIELD):
        for m in pattern.finditer(text):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))


DETECTORS: tuple[Callable[[str], Iterator[Finding]], ...] = (
    _secrets,
    _emails,
    _ibans,
    _cards,
    _national_ids,
    _ips,
    _phones,
    _names,
)


def detect(text: str) -> list[Finding]:
    """Non-overlapping findings in text order; where two overlap, the longer wins (a stable
    sort keeps the earlier detector on ties), so a card number is not also a phone number."""
    found = [f for detector in DETECTORS for f in detector(text)]
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[Finding] = []
    for finding in found:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


@dataclass
class Scrubber:
    """Replaces findings with numbered placeholders and remembers them to restore replies."""

    originals: dict[str, str] = field(default_factory=dict)
    _placeholders: dict[tuple[str, str], str] = field(default_factory=dict)

    def placeholder(self, kind: str, value: str) -> str:
        key = (kind, value)
        if key not in self._placeholders:
            n = sum(1 for k in self._placeholders if k[0] == kind) + 1
            token = f"<{kind}_{n}>"
            self._placeholders[key] = token
            self.originals[token] = value
        return self._placeholders[key]

    def scrub(self, text: str) -> str:
        pieces: list[str] = []
        last = 0
        for finding in detect(text):
            pieces.append(text[last : finding.start])
            pieces.append(self.placeholder(finding.kind, finding.value))
            last = finding.end
        pieces.append(text[last:])
        return "".join(pieces)

    def restore(self, text: str) -> str:
        """Put the originals back into a reply that quotes placeholders."""
        for token, value in self.originals.items():
            text = text.replace(token, value)
        return text
