"""National identity, tax and social-security numbers.

Most such numbers are bare digits (a BSN is nine, a PESEL eleven), indistinguishable from order
or serial numbers by shape, so a value counts when its label names it ("BSN:", "Steuer-ID",
"N° INSEE", "DNI", "Aadhaar", "PESEL", "codice fiscale", "SSN", "NINO"...): after such a label,
an ID-shaped value is personal whether or not its check digit holds, since people mistype
them. Without a label only formats distinctive enough to stand alone count, and only when
python-stdnum's validator accepts them: US SSNs written with dashes, UK National Insurance
numbers, Italian codici fiscali, Spanish DNI/NIE numbers, Brazilian CPFs written with their
dots, Chinese resident IDs, Korean resident registration numbers and French NIRs in groups.
Shorter numbers with a weak check (a Turkish T.C. Kimlik's 11 digits, an Aadhaar's 12 with
Verhoeff) pass one random number in a hundred or ten, so they count only after their label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.us import ssn

from app.privacy.finding import Finding

_LABEL = (
    r"(?:\bSSN\b|\bsocial security(?: number| no\.?)?|\bnational insurance(?: number| no\.?)?|"
    r"\bNI(?:NO| No\.?| number)\b|\bNHS(?: number| no\.?)?|\bpassport(?: number| no\.?)?|"
    r"\bdriver'?s? licen[cs]e(?: number| no\.?)?|\bTIN\b|\bPAN\b|\bAadhaar(?: number| no\.?)?|"
    r"\bBSN\b|\bburgerservicenummer\b|\bsofinummer\b|\brijksregisternummer\b|"
    r"\bNIR\b|\bN° ?INSEE\b|\bINSEE\b|\bnum[ée]ro de s[ée]curit[ée] sociale\b|"
    r"\bsteuer-?id(?:nr)?\b|\bsteuerliche identifikationsnummer\b|\bsteuernummer\b|\bIdNr\b|"
    r"\bsozialversicherungsnummer\b|\bSV-?nummer\b|\brentenversicherungsnummer\b|"
    r"\bpersonalausweis(?:nummer)?\b|\bausweisnummer\b|\breisepass(?:nummer)?\b|"
    r"\bDNI\b|\bNIE\b|\bNIF\b|\bNSS\b|\bdocumento nacional de identidad\b|"
    r"\bcodice fiscale\b|\bC\.F\.|\bPESEL\b|\bNIP\b|\bpersonnummer\b|\bhenkilötunnus\b|"
    r"\bCPR\b|\bcart[ãa]o de cidad[ãa]o\b|\bID(?:-| )?(?:card|number|no\.?|nr\.?)\b|"
    r"\bN° de s[ée]curit[ée] sociale\b|\bCPF\b|\bCNPJ\b|\bRG\b|\bT\.?C\.? kimlik\b|\bkimlik\b|"
    r"\bCURP\b|\bRUT\b|\bCUIT\b|\bCCCD\b|\bCMND\b|\bcăn cước\b|\bMyKad\b|\bNRIC\b)"
)
#: Labels in scripts without word boundaries (Chinese, Japanese, Korean, Hindi), tried only at
#: a letter of those scripts: mixed into the alternatives above they would cost the regex its
#: fast scan for a boundary, and a screen four times the time.
_SCRIPT_LABEL = (
    r"(?=[\u0900-\u097f\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af])"
    r"(?:身份证号码|身份证号|身份证|身分證|マイナンバー|個人番号|주민등록번호|주민번호|외국인등록번호|"
    r"आधार(?: संख्या| नंबर)?|पैन)"
)
#: Digits and capitals with the separators people put in them, at least four digits in all.
_VALUE = r"(?P<value>(?=(?:[A-Z]*[ .\-/]?\d){4})[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){5,24})"
_LABELLED = re.compile(
    rf"(?:(?i:{_LABEL})|{_SCRIPT_LABEL})(?:\s*(?i:number|no\.?|nr\.?|n°|nº|#))?\s*[:=#.\uff1a]?\s*(?:\(\w+\)\s*)?{_VALUE}"
)
#: Formats long and structured enough to stand alone when their check digits hold: a
#: Brazilian CPF as it is written (dots and a dash), a Chinese resident ID (a birth date and an
#: ISO 7064 check), a Korean resident number (a birth date and a check digit), a French NIR
#: written in its groups (sex, year, month, place and a key mod 97).
_CHECKED = (
    (re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d.])"), cpf.is_valid),
    (re.compile(r"(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])"), ric.is_valid),
    (re.compile(r"(?<![\d-])\d{6}-\d{7}(?![\d-])"), rrn.is_valid),
    (re.compile(r"(?<!\d)(?<!\d )[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}(?!\d)"), nir.is_valid),
)
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b")
_DNI_NIE = re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b")


def find(text: str) -> Iterator[Finding]:
    for m in _LABELLED.finditer(text):
        value = m.group("value").rstrip(" .-/")
        yield Finding("NATIONAL_ID", m.start("value"), m.start("value") + len(value), value)
    for pattern, valid in (
        (_SSN, ssn.is_valid),
        (_NINO, lambda _: True),
        (_CODICE_FISCALE, codicefiscale.is_valid),
        (_DNI_NIE, lambda v: dni.is_valid(v) or nie.is_valid(v)),
    ):
        for m in pattern.finditer(text):
            if valid(m.group()):
                yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())
    for pattern, valid in _CHECKED:
        for m in pattern.finditer(text):
            if valid(m.group()):
                yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())
