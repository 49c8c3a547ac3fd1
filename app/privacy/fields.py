"""What a form field holds, from the caption that names it.

OCR reads what a field shows, and a field shows what fits: "margaret.h@example.c", a phone
number cut after six digits, a name in a font OCR half-reads. No pattern knows those are
personal, but the caption does: whatever sits in a field captioned "E-mail", "Téléphone",
"Geburtsdatum" or "Contraseña" is an e-mail address, a phone number, a date of birth, a
password. `field_kind()` maps a caption (several languages) onto the scrubber's kinds, so a
request can replace that value everywhere and black out its box (`app.privacy.request`).
`find()` does the same in a prompt's own screen lines (`field "Phone" (shows "+44 7700 9")`),
so text scrubbed without its screen still loses what a personal field shows.
A caption that names a thing rather than a person ("File name", "Company name", "Host name")
says nothing personal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from app.privacy.finding import Finding

#: (kind, caption words). Matched on whole words of the folded caption (lower case, accents
#: stripped), so "E-Mail-Adresse" is EMAIL before it is ADDRESS: the first match wins.
_CAPTIONS: tuple[tuple[str, str], ...] = (
    (
        "SECRET",
        r"password|passwort|passwd|passcode|passphrase|pin|cvv|cvc|secret|token|api key|"
        r"mot de passe|contrasena|wachtwoord|senha|has[lł]o|kennwort|parola d ?ordine",
    ),
    ("EMAIL", r"e ?mail|courriel|correo(?: electronico)?|posta elettronica|adres e ?mail"),
    (
        "DOB",
        r"date of birth|birth ?date|birthday|dob|born|geburtsdatum|geburtstag|date de naissance|"
        r"ne le|nee le|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|"
        r"data urodzenia",
    ),
    (
        "IBAN",
        r"iban|account number|bank account|kontonummer|numero de compte|rekeningnummer|"
        r"numero de cuenta|numero di conto",
    ),
    ("CARD", r"card number|credit card|debit card|kartennummer|numero de carte|numero de tarjeta"),
    (
        "NATIONAL_ID",
        r"ssn|social security(?: number)?|national id|id number|id no|passport(?: number)?|"
        r"tax id|steuer ?id|steuer ?nummer|identifikationsnummer|personalausweis|ausweisnummer|"
        r"bsn|burgerservicenummer|dni|nie|nif|nir|numero de securite sociale|codice fiscale|"
        r"aadhaar|pan|pesel|personnummer|nino|national insurance(?: number)?|driver'?s? licen[cs]e",
    ),
    (
        "PHONE",
        r"phone|telephone|tel|mobile|cell|fax|handy|telefon|telefono|telefoon|portable|"
        r"movil|celular|cellulare|numero de telephone|mobiel|telefonnummer|rufnummer",
    ),
    (
        "ADDRESS",
        r"address|street|postcode|post code|postal code|zip|zip code|adresse|anschrift|"
        r"strasse|plz|direccion|indirizzo|adres|endereco|ulica|codigo postal|code postal|cap|"
        r"billing address|shipping address|lieferadresse|rechnungsadresse",
    ),
    (
        "NAME",
        r"name|full name|first name|last name|given name|family name|surname|username|"
        r"user name|display name|name on card|cardholder|account holder|vorname|nachname|"
        r"familienname|nom|prenom|nom complet|nombre|apellidos?|nome|cognome|naam|voornaam|"
        r"achternaam|imie|nazwisko|contact|customer|recipient|empfanger|destinataire|titular",
    ),
)
_KINDS = tuple((kind, re.compile(rf"(?<!\w)(?:{words})(?!\w)")) for kind, words in _CAPTIONS)
#: A caption naming a thing, not a person: "File name", "Company name", "Server address".
_THING = re.compile(
    r"(?<!\w)(?:file|folder|company|organi[sz]ation|business|project|product|server|host|domain|"
    r"device|computer|machine|workspace|team|group|branch|repository|repo|app|application|"
    r"database|table|column|field|document|report|template|profile|printer|network|wifi|"
    r"ip|mac|web|url|ticket|order|invoice|task|event|meeting|room|city|country|"
    r"firmenname|dateiname|nom du fichier|nombre del archivo)\b"
)


def _fold(text: str) -> str:
    """Lower case without accents: "Straße" and "strasse", "Téléphone" and "telephone" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def field_kind(caption: str) -> str | None:
    """The kind of personal data a field with this caption holds, or None."""
    folded = re.sub(r"[^\w']+", " ", _fold(caption)).strip()
    if not folded:
        return None
    for kind, pattern in _KINDS:
        if pattern.search(folded):
            if kind in ("NAME", "ADDRESS") and _THING.search(folded):
                return None
            return kind
    return None


#: A prompt's screen line: `- field "Caption" (shows "what it shows")`.
_SHOWN = re.compile(r'"(?P<caption>[^"\n]{1,80})" \(shows "(?P<value>[^"\n]+)"\)')
_MASK_DOTS = re.compile(r"^[•●*·]+$")


def find(text: str) -> Iterator[Finding]:
    for m in _SHOWN.finditer(text):
        kind = field_kind(m.group("caption"))
        if kind is not None and not _MASK_DOTS.match(m.group("value").strip()):
            yield Finding(kind, m.start("value"), m.end("value"), m.group("value"))
