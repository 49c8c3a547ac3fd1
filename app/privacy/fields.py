"""What a form field holds, from the caption that names it.

OCR reads what a field shows, and a field shows what fits: "margaret.h@example.c", a phone
number cut after six digits, a name in a font OCR half-reads. No pattern knows those are
personal, but the caption does: whatever sits in a field captioned "E-mail", "Téléphone",
"Geburtsdatum" or "Contraseña" is an e-mail address, a phone number, a date of birth, a
password. `field_kind()` maps a caption (several languages) onto the scrubber's kinds, so a
request can replace that value everywhere and black out its box (`app.privacy.request`).
`find()` does the same in a prompt's own screen lines (`field "Phone" (shows "+44 7700 9")`),
so text scrubbed without its screen still loses what a personal field shows.
Captions the patterns do not know are looked up whole in the label table of 59 languages
(app/privacy/data/labels.txt). A caption that names a thing rather than a person ("File
name", "Company name", "Host name") says nothing personal.
Structured data names its fields too: a JSON or YAML key (`"lastName": "Bankole-Williams"`,
`full_name: Ana Lima`), an HTML form field's name or a cell's class, a CSV header above its
rows (`Nachname,Vorname`). There a value under a name key is a person's name whatever the
lists know of it, once it has a name's shape; under a bare "name" key (a workflow, a product)
it must also hold a known first name or surname.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from app.privacy import names
from app.privacy.finding import Finding, lines
from app.privacy.vocabulary import CONCEPT_KINDS, vocabulary

#: A household's word as a record's key: FHIR's "family" beside "given", Slovak "rodina",
#: Finnish "perhe" (`_BARE_NAME_KEYS`: its value must be a name the lists know).
_HOUSEHOLD_KEYS = (
    "family",
    "familie",
    "famille",
    "familia",
    "famiglia",
    "rodina",
    "rodzina",
    "perhe",
    "familj",
    "familjen",
)
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
        r"aadhaar|pan|pesel|personnummer|nino|national insurance(?: number)?|driver'?s? licen[cs]e|"
        r"dl number|dl no|licen[cs]e number",
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
        r"name|full name|first name|last name|given name|given|family name|surname|username|"
        r"user name|display name|name on card|cardholder|account holder|vorname|nachname|"
        r"familienname|nom|prenom|nom complet|nombre|apellidos?|nome|cognome|naam|voornaam|"
        r"achternaam|imie|nazwisko|contact|customer|recipient|empfanger|destinataire|titular|"
        # a record's party as a CSV column names it ("claimant_id,first,last", "signatory")
        r"first|last|signatory|signer|petitioner|guest|attendee|passenger|patient|tenant|occupant|"
        r"volunteer|"
        # keys that glue a name's words ("lastname", "geburtsname"), and a household's
        r"firstname|lastname|givenname|familyname|fullname|middlename|maidenname|birthname|geburtsname|"
        + "|".join(_HOUSEHOLD_KEYS),
    ),
)
_KINDS = tuple((kind, re.compile(rf"(?<!\w)(?:{words})(?!\w)")) for kind, words in _CAPTIONS)
#: A caption naming a thing, not a person: "File name", "Company name", "Server address".
_THING = re.compile(
    r"(?<!\w)(?:file|folder|company|organi[sz]ation|business|project|product|server|host|domain|"
    r"device|computer|machine|workstation|workspace|team|group|branch|repository|repo|app|application|"
    r"database|table|column|field|document|report|template|profile|printer|network|wifi|"
    r"ip|mac|web|url|ticket|order|invoice|task|event|meeting|room|city|country|key|api key|token|"
    r"webhook|plan|tier|store|shop|brand|campaign|coupon|promo|category|tag|channel|segment|queue|"
    r"bucket|cluster|pod|node|zone|region|dataset|variant|sku|item|site|venue|vessel|boat|yacht|ship|"
    r"firmenname|dateiname|nom du fichier|nombre del archivo|"
    # a font's, a system's, an address's family: '"fontFamily": "Roboto"', "ansible_os_family"
    r"font|os|address|protocol|chip|cpu|model|species|plant|product)\b"
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
    return _table_kind(caption)


#: The kinds the label table's concepts become on a field (app/privacy/vocabulary.py).
_TABLE_KINDS = {"LOGIN": "NAME", "POSTCODE": "ADDRESS"}


def _table_kind(caption: str) -> str | None:
    """A caption that is a whole label of the 54-language table ("Κωδικός πρόσβασης",
    "Tarikh lahir", "ที่อยู่") holds what that label announces."""
    key = re.sub(r"\s+", " ", caption.strip(" \t:*\uff1a").lower())
    for concept, words in vocabulary().labels.items():
        kind = CONCEPT_KINDS[concept]
        if kind is not None and key in words:
            return _TABLE_KINDS.get(kind, kind)
    return None


#: A prompt's screen line: `- field "Caption" (shows "what it shows")`.
_SHOWN = re.compile(r'"(?P<caption>[^"\n]{1,80})" \(shows "(?P<value>[^"\n]+)"\)')
_MASK_DOTS = re.compile(r"^[•●*·]+$")


def find(text: str) -> Iterator[Finding]:
    for m in _SHOWN.finditer(text):
        kind = field_kind(m.group("caption"))
        if kind is not None and not _MASK_DOTS.match(m.group("value").strip()):
            yield Finding(kind, m.start("value"), m.end("value"), m.group("value"))


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: `"key": "value"`, `key = 'value'`, `key: value` (YAML), `name="key" ... value="value"` (a form
#: field) and `<td class="key">value</td>` (a table cell named by its class or tag).
_KEYED = (
    re.compile(r"[\"']?(?P<key>[A-Za-z][\w.\-]{0,40})[\"']?\s*[:=]\s*[\"'](?P<value>[^\"'\n]{1,80})[\"']"),
    re.compile(
        r"^[ \t]*(?:-[ \t]+)?(?P<key>[A-Za-z][\w.\-]{0,40}):[ \t]+"
        r"(?P<value>[^\"'\n#{\[][^\n#]{0,79}?)[ \t]*$",
        re.MULTILINE,
    ),
    re.compile(
        r"\bname=[\"'](?P<key>[\w.\-\[\]]{1,40})[\"'][^>\n]*?\bvalue=[\"'](?P<value>[^\"'\n]{1,80})[\"']"
    ),
    re.compile(
        r"<(?P<tag>\w+)(?:[^>\n]*?\b(?:class|name|id|data-field)=[\"'](?P<key>[\w.\- ]{1,40})[\"'])?"
        r"[^>\n]*>(?P<value>[^<\n]{1,80})</(?P=tag)>"
    ),
)
#: A delimited row's separators, by the one that wins where a line holds two: a table's tab or
#: pipe over a comma inside its cell ("| Family name, given names |"), a semicolon's export over
#: its cells' commas.
_DELIMITERS = (";", "\t", "|", ",")
#: A person's name as a value: one to four words, each a capital and letters (any script with
#: case) joined by hyphens or apostrophes; "Surname, Given" too; no digits.
_NAME_SHAPE = re.compile(r"^(?:[^\W\d_][^\W\d]*(?:['\u2019\-][^\W\d_]+)*(?:,?\s+(?=\S)|$)){1,4}$")


def _key_words(key: str) -> str:
    return re.sub(r"[_.\-\[\]]+", " ", _CAMEL.sub(" ", key)).strip()


#: Keys that hold a name the lists must know: a bare "name", and a household's word, which is
#: a font's or a plant's as often (FHIR's "family": "Oyelaran").
_BARE_NAME_KEYS = frozenset(("name", "nombre", "nome", "naam", *_HOUSEHOLD_KEYS))


def _name_key(key: str) -> bool | None:
    """True for a key that holds a person's name, None for a bare "name", False otherwise."""
    words = _key_words(key)
    if field_kind(words) != "NAME":
        return False
    # French forms and records write "nom" for the family name ("Nom : Benali, Prénom : Yacine").
    return None if _fold(words) in _BARE_NAME_KEYS else True


def _names_value(value: str, bare: bool) -> bool:
    """Whether a value under a name key has a person's name's shape (and, under a bare key,
    holds a name the lists know)."""
    value = value.strip()
    words = re.findall(r"[^\W\d_][\w'\u2019\-]*", value)
    # Every word capitalised but a particle ("Anouk de Jong", "Abdullah bin Rashid"), or in a
    # script without capitals ("高橋 健一", "박서연")
    if (
        not words
        or not _NAME_SHAPE.match(value)
        or not all(not w[:1].islower() or names.particle(w) for w in words)
    ):
        return False
    # (under a name's key or column a given name the lists know makes a place's word after it a
    # surname: "Min-jun Park", "Grace Hall")
    surname_too = len(words) == 2 and names.any_first_name(words[0]) and names.place_word_surname(words[1])
    if not surname_too and any(w.lower() in names.NOT_A_NAME and not names.particle(w) for w in words):
        return False
    return not bare or any(len(w) > 2 and names.known_name(w) for w in words)


def _names_cell(value: str, bare: bool) -> bool:
    """Whether a cell under a name's column has a name's shape; an export of what people typed
    keeps their lower case ("amira,haddad,amira.haddad@live.co.uk"): read as if capitalised,
    where the lists know a word of it ("Last used" heads no names: "yesterday")."""
    return _names_value(value, bare) or (value.islower() and _names_value(value.title(), bare=True))


def _split(line: str, delimiter: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for cell in line.split(delimiter):
        spans.append((start, start + len(cell)))
        start += len(cell) + 1
    return spans


#: A login or a handle as a column holds it: "gareth.l", "okafor_c", "TBrooksy", "riptide#0042".
_LOGIN_CELL = re.compile(r"[A-Za-z][A-Za-z0-9._\-]{1,30}(?:#\d{4})?")
#: A column of players' or members' handles: "handle", "IGN", "gamertag", "Discord".
_HANDLE_KEY = re.compile(
    r"handle|gamer ?tag|ign|in game name|nick(?:name)?|discord(?: ?(?:tag|id|name|handle))?|"
    r"psn(?: ?id)?|battle ?tag|twitch|steam ?name"
)
#: A cell that is a row's number or date, not a header's word.
_ROW_NUMBER = re.compile(r"\d\d|^\d+$")


def _columns(text: str) -> Iterator[Finding]:
    """Cells under a CSV/TSV header's name columns, in the rows below it; under a login's or a
    handle's column ("username,pwd_hash,role", "| IGN | Discord |"), a login or a handle that may
    be a person's; under a postcode's ("zip", "postcode") beside such columns, a postcode."""
    header: tuple[str, dict[int, bool | None], set[int]] | None = None
    numbers: dict[int, str] = {}
    for offset, line in lines(text):
        if header is None:
            delimiter = next((d for d in _DELIMITERS if line.count(d) >= 1), None)
            if delimiter is not None:
                cells = [line[a:b].strip(" \"'|") for a, b in _split(line, delimiter)]
                # True: a bare "name", False: a person's name, None: a login or a handle
                wanted: dict[int, bool | None] = {}
                for i, cell in enumerate(cells):
                    if _login_key(cell) or _HANDLE_KEY.fullmatch(_fold(cell)):
                        wanted[i] = None
                    elif (name_key := _name_key(cell)) is not False:
                        wanted[i] = name_key is None
                # a postcode's column in a list of people, not of shops or orders
                postcodes = {i for i, c in enumerate(cells) if _POSTCODE_KEY.fullmatch(_fold(c))}
                # (a header's word may hold a digit, "2fa", "address2"; a row's number or date, two;
                # and a header heads two columns or more: "Hi {{first_name}}," is a greeting's line)
                if wanted and sum(map(bool, cells)) > 1 and not any(_ROW_NUMBER.search(c) for c in cells):
                    header = (delimiter, wanted, postcodes)
                    numbers = {i: kind for i, c in enumerate(cells) if (kind := _number_key(c))}
        else:
            delimiter, wanted, postcodes = header
            for i, (a, b) in enumerate(_split(line, delimiter)):
                cell = line[a:b].strip()
                if not cell or (i not in wanted and i not in postcodes and i not in numbers):
                    continue
                start = offset + a + line[a:b].index(cell)
                if i in numbers:
                    if _NUMBER_CELLS[numbers[i]].fullmatch(cell):
                        yield Finding(numbers[i], start, start + len(cell), cell)
                    continue
                if i in postcodes:
                    if _POSTCODE_CELL.fullmatch(cell):
                        yield Finding("ADDRESS", start, start + len(cell), cell)
                    continue
                bare = wanted[i]
                if (
                    _names_cell(cell.strip("\"'"), bare)
                    if bare is not None
                    else _LOGIN_CELL.fullmatch(cell) is not None and names.anyones_login(cell)
                ):
                    yield Finding("NAME", start, start + len(cell), cell)


def _number_key(key: str) -> str | None:
    """The kind a column of people's identity numbers or codes holds ("pan", "nino", "gate_pin"),
    or None: a hash's, a policy's or a date's column beside them is no secret ("pin_set_at")."""
    words = _key_words(key).lower()
    if _NOT_THE_NUMBER.search(words):
        return None
    kind = field_kind(words)
    return kind if kind in _NUMBER_CELLS else None


#: Words that make a code's or a number's column about it, not it.
_NOT_THE_NUMBER = re.compile(
    r"\b(?:hash|hashed|salt|set|at|changed|reset|expiry|expires|updated|last|policy|hint|strength|"
    r"required|status|type|verified|valid|issued|length|len|count|masked|last4|ok|"
    # (a token's lifetime, a PIN's attempts: '"token_ttl_seconds": 3600', "pin_retries")
    r"ttl|seconds|secs|minutes|mins|hours|days|timeout|lifetime|duration|age|max|min|size|limit|"
    r"retries|attempts|tries)\b"
)
#: A cell such a column holds: an identity number (a digit, no mask: "AHVPI7712K", not
#: "XXXXX2381X" or "BNZPR****M"), a code of four to eight digits ("550913").
_NUMBER_CELLS = {
    "NATIONAL_ID": re.compile(
        r"(?!.*(?:XXX|xxx|\*))(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9 ./\-]{4,22}[A-Za-z0-9]"
    ),
    "SECRET": re.compile(r"\d{4,8}#?"),
}


#: A CSV header's postcode column, and a postcode in it: digits with letters, a space or a dash
#: ("78704", "G12 8QQ", "75011", "02-495").
_POSTCODE_KEY = re.compile(
    r"zip|zip ?code|zipcode|post ?code|postal ?code|plz|postleitzahl|code postal|cp|cap|cep"
)
_POSTCODE_CELL = re.compile(r"(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{2,8}[A-Z0-9]")


def _login_key(key: str) -> bool:
    """A column of logins: "username", "login", "user_name", "Benutzername"."""
    return re.sub(r"[\s_\-]+", " ", key.strip().lower()) in _login_labels()


@cache
def _login_labels() -> frozenset[str]:
    return vocabulary().label_words("LOGIN") | {"user name"}


_LOCAL_PART = re.compile(r"([\w.+-]+)@[\w-]+\.")


_POSTCODE_TOWN = re.compile(r"(?:\d{5}|\d{4}(?: ?[A-Z]{2})?|\d{2}-\d{3}|\d{3} \d{2}) [^\W\d_][\w\- ]{1,30}")
_BARE_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?P<year>\d{4})|(?P<iso>\d{4})-\d{2}-\d{2}")
#: Nobody whose row a screen shows was born in the last ten years more often than a row's
#: date is an order's or a visit's.
_BORN_BY = datetime.date.today().year - 10


#: A row that holds an e-mail address or a phone-shaped number (seven digits or more).
_PERSONAL_ROW = re.compile(r"@|\+?\d(?:[ ()./-]?\d){6,}")
#: A family name's shape: capitalised words joined by a hyphen or an apostrophe.
_FAMILY_SHAPE = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'\u2019][^\W\d_][^\W\d_]+)*")


_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))


def _adjacent_cells(text: str) -> Iterator[Finding]:
    """A row without its header: two neighbouring cells that are both names the lists know,
    one of them a first name ("88213;Lefebvre;Mathilde;06 12 34 56 78"), or a first name the
    lists know after a cell with a name's shape: rows put the family name first
    ("5531,Mukherjee,Ananya,...", "| 17 | Tshabalala | Nomvula | Johannesburg |"). A first name
    the lists lack counts when the row's e-mail address spells it ("Ananya" by "ananya.m@...").
    A known first name then a family name's shape counts on a row with an e-mail or a phone.
    Only a row that holds data (a digit or an address) is read so: a header row ("| Product |
    Price | Stock |") is words alone, and labels are never a person."""
    for offset, line in lines(text):
        delimiter = next((d for d in _DELIMITERS if line.count(d) >= 2), None)
        # (a calendar's time zone lists its cities: "(UTC+00:00) Dublin, Edinburgh, Lisbon")
        if delimiter is not None and not names.TIME_ZONE.search(line):
            spans = _split(line, delimiter)
            cells = [line[a:b].strip() for a, b in spans]
            data_row = any(ch.isdigit() or ch == "@" for ch in line)
            named = False
            echoed = {w.lower() for local in _LOCAL_PART.findall(line) for w in re.split(r"[\W\d_]+", local)}
            for i in range(len(cells) - 1):
                pair = cells[i : i + 2]
                # a header of months ("| Jan | Feb | Mar"): "Jan" and "Mar" are names too
                if all(c.lower() in _MONTHS for c in pair):
                    continue
                single = [c for c in pair if re.fullmatch(r"[^\W\d_][\w'\-]+", c) and c[0].isupper()]
                both_known = (
                    data_row
                    and len(single) == 2
                    and all(names.known_name(c) for c in pair)
                    and any(c.lower() in names.first_names() for c in pair)
                )
                family_first = (
                    data_row
                    and pair[1] in single
                    # a country's or a unit's code in capitals ("UK", "EA") is no first name
                    and not (pair[1].isupper() and len(pair[1]) <= 3)
                    and (pair[1].lower() in names.first_names() or pair[1].lower() in echoed)
                    and _names_value(pair[0], bare=False)
                    and len(pair[0].split()) <= 3
                )
                # given name first, then a family name the lists lack ("Wilhelmina,Ashcroft-Reyes")
                # on a row that holds a person's e-mail or phone
                given_first = (
                    _PERSONAL_ROW.search(line) is not None
                    and pair[0] in single
                    and pair[0].lower() in names.first_names()
                    and _FAMILY_SHAPE.fullmatch(pair[1]) is not None
                )
                if both_known or family_first or given_first:
                    named = True
                    for j in (i, i + 1):
                        a, b = spans[j]
                        start = offset + a + line[a:b].index(cells[j])
                        yield Finding("NAME", start, start + len(cells[j]), cells[j])
            # A person's row holds their date of birth as a bare date of a year long past
            # ("Schulte;Markus;12.03.1981;...") and their home as a postcode and town: no label
            # says so, the row's person does.
            for j, cell in enumerate(cells):
                if named and _POSTCODE_TOWN.fullmatch(cell):
                    a, b = spans[j]
                    start = offset + a + line[a:b].index(cell)
                    yield Finding("ADDRESS", start, start + len(cell), cell)
                date = _BARE_DATE.fullmatch(cell)
                if named and date and 1900 <= int(date.group("year") or date.group("iso")) <= _BORN_BY:
                    a, b = spans[j]
                    start = offset + a + line[a:b].index(cell)
                    yield Finding("DOB", start, start + len(cell), cell)


def holds_animals(text: str) -> bool:
    """Whether the text is a record of animals: a species' or a breed's key, or column in its
    first line (`animals_name` then asks of each name found)."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    return _ANIMAL_KEY.search(text) is not None or _ANIMAL_FIELD.search(first_line) is not None


def animals_name(text: str, finding: Finding) -> bool:
    """Whether a name is an animal's in a record of animals: the value of a bare "name" key in a
    record with a species' or a breed's key ('"species":"canine","name":"Max"'), or a cell under
    the "name" or species column of a table whose header has one ("animal_id,name,species,breed"
    above "A-40911,Luna,canine,Labrador")."""
    if finding.kind != "NAME":
        return False
    if _BARE_NAME_KEY_BEFORE.search(text, max(0, finding.start - 12), finding.start):
        # (in JSON, the species must be the same object's: '"owner":{"name":"Sarah Connor"}' is not)
        opens, closes = text.rfind("{", 0, finding.start), text.find("}", finding.end)
        if opens >= 0 and closes >= 0:
            return _ANIMAL_KEY.search(text, opens, closes) is not None
        return _ANIMAL_KEY.search(text) is not None
    header = text[: text.find("\n")] if "\n" in text else text
    line_start = text.rfind("\n", 0, finding.start) + 1
    delimiter = next((d for d in _DELIMITERS if header.count(d) >= 1), None)
    if delimiter is None or line_start == 0:
        return False
    cells = [_fold(cell.strip(" \"'|")) for cell in header.split(delimiter)]
    column = text.count(delimiter, line_start, finding.start)
    return (
        any(_ANIMAL_FIELD.fullmatch(cell) for cell in cells)
        and column < len(cells)
        and (_name_key(cells[column]) is None or _ANIMAL_FIELD.fullmatch(cells[column]) is not None)
    )


#: A record's field that says it is an animal's: its species or its breed, as a column or as a
#: key before its value; and a bare "name" key right before a value.
_ANIMAL_FIELD = re.compile(r"(?i)species|breed|espece|especie|raza|rasse|tierart|razza|specie")
_ANIMAL_KEY = re.compile(rf"(?i)[\"']?\b(?:{_ANIMAL_FIELD.pattern[4:]})[\"']?[ \t]*[:=]")
_BARE_NAME_KEY_BEFORE = re.compile(r"(?im)(?:^|(?<=[{,]))[ \t]*[\"']?name[\"']?[ \t]*[:=][ \t]*[\"']?$")


def find_structured_names(text: str) -> Iterator[Finding]:
    """Names that structured data labels by its keys, columns and form fields, and the
    identity numbers and codes it labels so."""
    for pattern in _KEYED:
        for m in pattern.finditer(text):
            key = m.group("key") or (m.group("tag") if "tag" in pattern.groupindex else None)
            if not key:
                continue
            number = _number_key(key)
            if number is not None:
                # an identity number or a code by its key: '"dl_number":"MH02 20110034587"'
                value = m.group("value").strip()
                if _NUMBER_CELLS[number].fullmatch(value):
                    start = m.start("value") + m.group("value").index(value)
                    yield Finding(number, start, start + len(value), value)
                continue
            kind = _name_key(key)
            if kind is not False and _names_value(m.group("value"), kind is None):
                value = m.group("value").strip()
                if not names.role_holder(key.replace("_", " ").replace("-", " "), value):
                    continue
                start = m.start("value") + m.group("value").index(value)
                if not names.group_name(text, value, start + len(value)):
                    yield Finding("NAME", start, start + len(value), value)
    yield from _columns(text)
    yield from _adjacent_cells(text)
