"""Find personal data in text and replace it with placeholders before anything leaves.

Structured kinds are found by well-kept validators, not by pattern alone: phone numbers with
Google's `phonenumbers`, card numbers with a Luhn check and IBANs with their checksum
(`python-stdnum`), IP addresses with `ipaddress`. The kinds that need words around them have a
module each: `names`, `addresses`, `credentials`, `national_ids`, `birthdates`. What they find on
a line that gives an organisation's own contact details is dropped (`organisation_contacts`).
Presidio and scrubadub were weighed: both pull in NLP stacks (spaCy, TextBlob) whose models
are downloaded at run time, which this app cannot do. tests/privacy/heldout_corpus.json and
`python -m bench.privacy` measure all of them on text they were not written from.

Placeholders are stable within one `Scrubber` (the same e-mail is always `<EMAIL_1>`), so a
cloud reply that mentions them can be mapped back locally with `restore()`.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

import phonenumbers
from stdnum import iban, luhn
from stdnum.exceptions import ValidationError

from app.privacy import (
    accounts,
    addresses,
    answers,
    bank_accounts,
    beside,
    birthdates,
    call_signs,
    caseless,
    columns,
    company,
    contacted,
    credentials,
    cues,
    examples,
    fields,
    hl7,
    households,
    hushed,
    initials,
    labelled,
    licence,
    listed,
    long_lines,
    lower_case,
    misread,
    names,
    national_ids,
    nicknames,
    organisation_contacts,
    payments,
    phone_types,
    rows,
    seed_phrases,
    sent,
    speakers,
    told,
    travel_documents,
)
from app.privacy.finding import EMOJI, LETTER, OCR_DIGIT_FOR, Finding, Spans, line_bounds
from app.privacy.vocabulary import vocabulary, words_pattern

__all__ = ["DETECTORS", "Finding", "Scrubber", "detect"]

#: The top-level domain is letters ("react-router-dom@6.22.3" names a package's version);
#: a host given by its address is one too ("jdoe@10.20.30.41").
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@(?:[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w.-]*\d)|\d{1,3}(?:\.\d{1,3}){3})(?![\w-])"
)
#: An address cut short by OCR or the field's width ("margaret.h@example.c", "t.okonkwo@gmai"),
#: spelled out ("kim dot nguyen at example dot com", "name(at)example.fr") or URL-encoded.
_CUT_OR_SPELLED = (
    r"(?<![\w.%+-])[\w.%+-]+@[^\W\d_][\w-]*(?:\.[\w-]+)*(?![\w@-])"
    r"|\b\w+(?: dot \w+)* at \w+(?: dot \w+)+\b"
    r"|(?<![\w.%+-])[\w.%+-]+%40[\w.%-]+"
)
_EMAIL_DAMAGED = re.compile(_CUT_OR_SPELLED)
#: With an "at" in brackets too; its local part starts at any word's start, which costs the
#: square of a long dotted run ("a.b.c...."), so it is only read where such an "at" stands.
_EMAIL_DAMAGED_OR_BRACKETED = re.compile(
    r"\b[\w.+-]+ ?(?:\(at\)|\[at\]|\{at\}) ?[\w-]+(?:(?:\.| ?(?:\(dot\)|\[dot\]|\{dot\}) ?)[\w-]+)+\b"
    rf"|{_CUT_OR_SPELLED}"
)
_BRACKETED_AT = ("(at)", "[at]", "{at}")
#: (never after "+": a phone number in its international form, "+49 89 290136-100")
#: (a script without spaces may glue its next word to the last digit: "JCB 3538 8069 9017 8241で")
_CARD = re.compile(r"(?<!\+)\b\d(?:[ -]?\d){12,18}(?![0-9A-Za-z_])")
#: (a space may follow the country's letters: "PL 7510 9010 ...")
_IBAN = re.compile(r"\b[A-Z]{2} ?\d{2}(?: ?[A-Z0-9]){11,30}\b")
_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]*\d)")
#: A dotted quad after these words is a version, not an address.
_VERSION_CUE = re.compile(
    r"(?i)(?:\b(?:v|version|release|build|firmware|fw|driver|update|upgrade|ver\.?|rev\.?|oid)"
    r"(?:\s+(?:notes|such as|like|e\.g\.,?|number|string|format|is|was))?|"
    r"@|==|>=|<=|~=|\b(?:bump(?:s|ed)?|upgrad\w*|updat\w*)\b.*\b(?:to|from)"
    # "build=3.12.4.1", "Firmware 10.0.19.4 installed (was 10.0.18.2)"
    r"|\b(?:build|version|ver|release|firmware|fw)[ \t]*[=:]"
    r"|\b(?:firmware|version|release|build|update)\b[^\n(]{0,60}\((?:was|from|previously))\s*$"
)
#: Message and content IDs look like addresses ("<20230314.4F2A1@mail.example.com>") but
#: name a message, not a person.
#: (and a calendar event's own ID: "UID:20261208T090000-deepclean@olivebranch")
_MESSAGE_ID = re.compile(
    r"(?i)\b(?:message-id|in-reply-to|references|content-id)\s*:\s*<?[^\n]*$|^(?-i:UID):[^\n]*$", re.MULTILINE
)
_NOT_PERSONAL_IPS = frozenset({"0.0.0.0", "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9"})
_SINGLE_DIGITS_QUAD = re.compile(r"\d\.\d\.\d\.\d")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL")
#: A Malaysian identity card's number, birth date, state and serial: "880412-14-5630".
_MALAYSIAN_IC = r"(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])"
#: A line in a script only some countries write is read with their numbering plans too: a Greek
#: mobile written without +30 ("694 512 8307"), an Israeli one without +972 ("054-7182930").
_SCRIPT_PHONE_REGIONS = (
    (re.compile(r"[\u0370-\u03ff]"), ("GR", "CY")),
    (re.compile(r"[\u0590-\u05ff]"), ("IL",)),
    (re.compile(r"[\u0600-\u06ff]"), ("SA", "AE", "EG", "MA")),
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "BG", "RS")),
    (re.compile(r"[\u10a0-\u10ff]"), ("GE",)),
    (re.compile(r"[\u0530-\u058f]"), ("AM",)),
    # Kazakh by its own letters; Icelandic by its own letters or its words for a phone and an ID
    (re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһ]"), ("KZ",)),
    # (its word for a phone may end a settings key: "eigandi_simi = 897 1153")
    (re.compile(r"(?i)[þð]|(?:\b|_)(?:s[íi]mi|s[íi]man[úu]mer|kt\.|kennitala)\b"), ("IS",)),
    # Malaysia by its identity card's number on the line ("880412-14-5630") or "binti"
    (re.compile(rf"{_MALAYSIAN_IC}|\bbinti\b"), ("MY",)),
    (re.compile(r"[\u0e00-\u0e7f]"), ("TH",)),
    (re.compile(r"[\u0900-\u097f]"), ("IN",)),
    (re.compile(r"[\uac00-\ud7af]"), ("KR",)),
    (re.compile(r"[\u3040-\u30ff]"), ("JP",)),
    (re.compile(r"[ğış]|İ"), ("TR",)),
    (re.compile(r"[ąęłńśźż]", re.IGNORECASE), ("PL",)),
    (re.compile(r"[ěřů]", re.IGNORECASE), ("CZ",)),
    (re.compile(r"[ơưđ]", re.IGNORECASE), ("VN",)),
    # Portuguese by its nasal vowels or its words for a mobile ("o pix é meu celular, (21) 99718-4402")
    (re.compile(r"(?i)[ãõ]|\b(?:celular|telem[óo]vel|whats|zap|liga|ligue)\b"), ("BR", "PT")),
    # Norwegian and Danish by their letters or their words for a number, a text, a greeting
    # ("ring Ole på 926 41 385", "Mvh Bent, 28 41 93 07")
    (re.compile(r"(?i)[æøå]|\b(?:tlf|mvh|vipps|vippse|nummer|hilsen|mobil)\b"), ("NO", "DK")),
    # an Indian mobile as India writes it, five digits and five ("93241 58706"), or a line that
    # speaks of India's money, IDs and shops ("Delivery agent Sunil 9876012345. Share OTP ...")
    (re.compile(r"(?<!\d)(?<!\d )[6-9]\d{4} \d{5}(?!\d)"), ("IN",)),
    (re.compile(r"(?i)₹|\b(?:upi|paytm|phonepe|flipkart|delhivery|aadhaar|rs\.)"), ("IN",)),
    # the Philippines by Tagalog's words and its wallets ("Ang GCash ko po 0917 552 8803")
    (re.compile(r"(?i)\b(?:gcash|salamat|naman|kuya|opo|po ba|lang po)\b"), ("PH",)),
)
#: A Hebrew preposition joined to a number by a hyphen ("ל-054...", to 054...) leaves it a number.
_HEBREW_LETTER = re.compile(r"[\u0590-\u05ff]")
#: What a phone matcher also accepts: dates ("05.03.2024") and codes ("INV-2024-000318").
_NOT_A_PHONE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$")


#: An address the OCR or the field cut right after its "@", where a cue says it is one:
#: "her email is ngozi.eze@", "E-Mail: k.braun@", "courriel : l.roy@".
_EMAIL_CUT_AT = re.compile(
    r"(?i:\be-?mail(?: address)?(?: is|:)|\bcourriel ?:|\bcorreo(?: electrónico)?(?: es|:))[ \t]*"
    r"(?P<value>[\w.%+-]+@)(?![\w.-])"
)


#: An address the text itself calls shared ("billing@x.example (shared mailbox)"): a team's
#: inbox, which no one person reads, in the languages of the corpora.
_SHARED_MAILBOX = re.compile(
    r"(?i)[ \t]*[(\-\u2013\u2014,]?[ \t]*(?:(?:shared|group|team) (?:mailbox|inbox)|distribution list|"
    r"funktionspostfach|gruppenpostfach|sammelpostfach|bo[iî]te (?:aux lettres )?partag[ée]e|"
    r"buz[óo]n compartido|casella (?:di posta )?condivisa|gedeelde (?:mailbox|inbox)|"
    r"delad (?:brevlåda|inkorg))"
)


#: A shell's prompt or an scp target, "user@host:" then a path or the home "~" ("root@web-01:/etc# ",
#: "ubuntu@ip-172-31-4-19:~$ ", "[deploy@db2 ~]$ "): a login on a machine, no mailbox. Logged in
#: as a system's own account it names nobody; a person's login ("pnowak@thinkpad:~$") stays.
_PROMPT_AFTER = re.compile(r":[~/]|[ \t]+[~/][^\]\s]*\][$#]")
_SYSTEM_ACCOUNTS = frozenset(
    """
    root admin administrator ubuntu debian centos fedora ec2-user azureuser opc pi vagrant
    docker git www-data nginx apache postgres mysql redis deploy jenkins ansible ci runner build
    user guest test dev app service operator oracle
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: The same sentence going on to say nobody reads the address: "do not reply to this address",
#: "bitte nicht auf diese Adresse antworten", "merci de ne pas répondre", "no responda".
_NO_REPLY_SAID = re.compile(
    r"(?i)[^\n.!?]{0,40}?(?:\b(?:do not|don't|never) reply\b|\bnicht (?:\w+ ){0,3}antworten\b|"
    r"\bne (?:\w+ )?pas r[ée]pondre\b|\bno (?:responda|responder|contestes?|conteste)\b|"
    r"\bnon rispondere\b|\bniet (?:\w+ ){0,3}(?:beantwoorden|antwoorden)\b|\bn[ãa]o responda\b)"
)


#: A form's hint of what to type: a stand-in mailbox ("you@", "your.name@", "firstname.lastname@")
#: at a domain reserved for documentation (RFC 2606) or a stand-in for one ("name@company.com",
#: "you@yourdomain.com"). A real-looking mailbox there stays.
_PLACEHOLDER_ADDRESS = re.compile(
    r"(?i)(?:you|your[._-]?(?:name|email)?|name|e-?mail|user(?:name)?|first(?:name)?[._-]?last(?:name)?|"
    # a test account's: "guest@example.com", "demo@school.example" (a person's name there may
    # stand for a real one: "Mail jane.doe@example.com the receipt")
    r"guest|demo|test(?:user)?|sample)"
    r"@(?:(?:[\w-]+\.)*example|(?:your)?(?:company|domain|business|organi[sz]ation))\.(?:com|org|net)"
    r"|(?i:guest|demo|test(?:user)?|sample)@[\w-]+\.example"
)


#: A container image or a package pinned to its content's hash ("api:4.12.0-rc.3@sha256:9f2c..."):
#: a digest after the "@", no host.
_DIGEST = re.compile(r"(?i)@(?:sha(?:1|224|256|384|512)|md5|blake2b):[0-9a-f]{16,}")


#: A package's or a CI action's version after "@": "actions/checkout@v4", "pkg@latest".
_VERSION_AFTER_AT = re.compile(r"@(?i:v\d[\w.]*|latest|next|main|master|stable|canary|beta)")


def _cue_line(text: str, at: int, between: str = "") -> int:
    """Where the line starts that holds the last character before `at` other than blank space
    and `between`: a cue that must end right before `at` starts there or later. A pattern read
    from there, not from the text's start, costs a line per value, not the whole text before it
    (a text full of values would cost the square of its length)."""
    cue_end = at
    while cue_end and (text[cue_end - 1].isspace() or text[cue_end - 1] in between):
        cue_end -= 1
    return text.rfind("\n", 0, cue_end) + 1


#: A command that logs in to a host as `login@host` ("ssh deploy@10.0.8.21", "scp f
#: aoife@files:/home/aoife/"), up to the address on its line.
_REMOTE_COMMAND = re.compile(r"\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id)\b(?!-)[^\n|;&]*$")
#: The user part of a URL ("https://key@sentry.example.com/12"), or the password after it
#: ("postgres://app:changeme@localhost"): credentials' rules read them, no mailbox is there.
_URL_USER_BEFORE = re.compile(r"://(?:[^\s/@:]*:)?$")
_URL_HOST_BEFORE = re.compile(r"://[^\s/@]*@$")


def _remote_login(text: str, start: int, end: int) -> str | None:
    """The login of `login@host` after a remote shell's command, or none."""
    if _REMOTE_COMMAND.search(text, max(0, start - 120), start) is None:
        return None
    return text[start : text.index("@", start, end)]


def _nobodys_address(text: str, start: int, end: int) -> bool:
    """A message's ID, a team's shared mailbox, a system account's shell prompt or key comment,
    a form's stand-in or empty field, a URL's credentials, an image's digest, a package's
    version, or an address the sentence says takes no replies."""
    at = text.find("@", start, end)
    user = text[start:at]
    return bool(
        (at >= 0 and (_DIGEST.match(text, at) or _VERSION_AFTER_AT.fullmatch(text, at, end)))
        # an empty form's field ("________@________"), a masked one's end ("m*****t@outlook.com"),
        # a URL's credentials, a remote login
        or not user.strip("_")
        or text[start - 1 : start] in ("*", "\u2022")
        or _URL_USER_BEFORE.search(text, max(0, start - 60), start)
        or _REMOTE_COMMAND.search(text, max(0, start - 120), start)
        # the header's name may stand on the line above, with only its colon between
        or _MESSAGE_ID.search(text, _cue_line(text, text.rfind("\n", 0, start) + 1, ":<"), start)
        or _PLACEHOLDER_ADDRESS.fullmatch(text, start, end)
        or _SHARED_MAILBOX.match(text, end)
        or (
            user.lower() in _SYSTEM_ACCOUNTS and (_PROMPT_AFTER.match(text, end) or _key_comment(text, start))
        )
        or _NO_REPLY_SAID.match(text, end, min(len(text), end + 80))
        or (at > start and organisation_contacts.role_mailbox(user, text[at + 1 : end]))
        or (at > start and organisation_contacts.team_mailbox(text[start:end]))
        or (at > start and organisation_contacts.acronym_mailbox(text, text[start:end]))
    )


#: An SSH public key's type and body, which its comment ("deploy@build-runner-07") follows.
#: (or its fingerprint, as ssh-keygen -l prints it: "256 SHA256:Zk9p... deploy@till-01 (ED25519)")
_PUBLIC_KEY_BEFORE = re.compile(
    r"(?:(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+)[ \t]+AAAA[\w+/]+=*"
    r"|\b\d{3,5}[ \t]+SHA256:[\w+/]{20,}=*)[ \t]+$"
)


def _key_comment(text: str, start: int) -> bool:
    """Whether text[start:] is the comment of an SSH public key: its user@host names a machine."""
    return _PUBLIC_KEY_BEFORE.search(text, line_bounds(text, start)[0], start) is not None


#: A header's mailbox, and the ones no person reads: a service's sender ("no-reply@",
#: "notifications@") or, in `_SYSTEM_ACCOUNTS`, a system's ("ci@", "jenkins@").
_HEADER_MAILBOX = re.compile(r"[ \t]*<(?P<user>[\w.+-]+)@(?P<domain>[\w.-]*)")
_SERVICE_MAILBOX = re.compile(
    r"(?i)[\w.+-]*no[-_]?reply[\w.+-]*|do[-_]?not[-_]?reply|notifications?|alerts?|actions|bots?|mailer-daemon|postmaster"
)


#: An animal's emoji after a name, or after a pair of names ("Memories with Buddy 🐶", "From:
#: Biscuit & Pickle 🐶🐶"): the name is a pet's.
#: The words for the animals people keep, in the languages of the corpora.
_ANIMALS = (
    r"dog|cat|puppy|kitten|rabbit|hamster|guinea pig|parrot|budgie|tortoise|hund|katze|kater|chien|"
    r"chienne|chat|chatte|perr[oa]|gat[oa]|cane|gatto|hond|kat|pies|kot"
)
_PET_AFTER = re.compile(
    r"(?:[ \t]*(?:&|and|und|et|y|e|en|och|og)[ \t]+[^\W\d_][\w'-]*)?[ \t]*['\"\u2019]?[ \t]*"
    "[\U0001f400-\U0001f43e\U0001f98e\U0001f99c\U0001f9ae\U0001f415\U0001f408]"
    # or its species or breed in brackets: "Bella (Labrador)", "Mimi (chat, 3 ans)"
    rf"|[ \t]*\((?:[^()\n]*[\s,])?(?i:{_ANIMALS}|"
    r"labrador|retriever|spaniel|terrier|poodle|beagle|collie|shepherd|husky|bulldog|chihuahua|"
    r"dachshund|pug|cockapoo|cavapoo|staffie|greyhound|whippet|lurcher|tabby|siamese|persian|ragdoll|"
    r"maine coon|moggy|собака|кошка|кот)[ \t]*(?:,[^()\n]*)?\)"
)


def _a_pet(text: str, name: Finding) -> bool:
    """Whether an animal's emoji follows the name (`_PET_AFTER`), but not as a chat's speaker
    sets one after their own name before the colon ("Jess 🐝: me!"): a pet writes no message;
    or the animal's word stands right before it ("my dog Bella", "our class hamster Gerald"),
    or its care right after it ("Milo's flea & worm treatment is due")."""
    pet = _PET_AFTER.match(text, name.end)
    return bool(
        (pet is not None and not _TURN_AFTER_EMOJI.match(text, pet.end()))
        or _PET_BEFORE.search(text, max(0, name.start - 30), name.start)
        or _PET_CARE_AFTER.match(text, name.end)
    )


#: An animal's word right before its name, after whose it is: "my dog Bella", "our class
#: hamster Gerald", "mein Hund Balu", "mon chat Mimi".
_PET_BEFORE = re.compile(
    r"(?i)\b(?:my|our|your|his|her|their|the|class|mein(?:e|en)?|unser(?:e|en)?|mon|ma|notre|mi|"
    r"nuestr[oa]|il mio|la mia|mijn|onze|min|mitt|vår|vårt|mój|moja|nasz|nasza)[ \t]+"
    r"(?:class[ \t]+|rescue[ \t]+|old[ \t]+)?"
    rf"(?:{_ANIMALS}|bunny|pony|horse|gerbil|ferret|gatta|katt)[ \t]+['\"\u2018\u201c]?$"
)
#: A pet's care right after its name, which no person has: "Milo's flea & worm treatment" (not
#: a booster or a vaccination, which people have too).
_PET_CARE_AFTER = re.compile(
    r"(?i)['\u2019]s[ \t]+(?:annual[ \t]+)?(?:flea|worm(?:ing|er)?|tick|microchip|neuter|spay|grooming|"
    r"kennel cough|heartworm)\b"
)


_TURN_AFTER_EMOJI = re.compile(rf"{EMOJI}*[ \t]*:")


_ENVIRONMENT_PASSWORD_AFTER = re.compile(
    r":\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?::?-[^}@]*)?\}|[A-Za-z_][A-Za-z0-9_]*)@"
)


def _service_account(text: str, name: Finding) -> bool:
    """Whether a name found is a program's account: one word with no name the lists know in it
    ("tuan.le.dev" is a person's), shaped as a service's login ("loan_svc", "registro_ro") or
    a database's or mail server's user in a configuration ("POSTGRES_USER: shop")."""
    value = name.value.lower()
    # a connection string's user whose password a configuration reads from the environment
    # ("postgres://dash:${DB_PASSWORD}@10.20.4.30") is the application's
    if _ENVIRONMENT_PASSWORD_AFTER.match(text, name.end):
        return True
    if " " in value or names.login_holds_a_name(value):
        return False
    return bool(
        names.SERVICE_ACCOUNT.search(value)
        or _SERVICE_USER_KEY.search(text, max(0, name.start - 40), name.start)
        or (
            _USER_KEY.search(text, max(0, name.start - 20), name.start)
            and _database_section(text, name.start)
        )
        # the account whose password the configuration reads from a variable named after it
        # ("user = funeralcrm" over "password = ${FUNERALCRM_DB_PASSWORD}")
        or re.search(rf"\$\{{?{re.escape(re.sub(r'[.-]', '_', value.upper()))}_", text) is not None
    )


#: A configuration's key for the user, at its line's start: "user = ", "username: ".
_USER_KEY = re.compile(r"(?im)^[ \t]*(?:user(?:name)?|login)[ \t]*[:=][ \t]*[\"']?$")
#: An INI file's section for a database or a mail server.
_DATABASE_SECTION = re.compile(
    r"(?i)^\[[ \t]*(?:database|db|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|smtp|mail|ldap|sql)"
    r"\w*[ \t]*\]"
)


def _database_section(text: str, at: int) -> bool:
    """Whether the INI section a key at `at` stands in is a database's or a mail server's."""
    for line in reversed(text[:at].splitlines()):
        if line.startswith("["):
            return _DATABASE_SECTION.match(line) is not None
    return False


def _automated_sender(text: str, name: Finding) -> bool:
    """A header's display name before a mailbox no person reads, a machine's or a role's,
    unless it starts with a first name: "Microsoft Outlook <no-reply@...>" is a product,
    "Rostering <rostering@...>" a team, "Ines Moreau via Forms <no-reply@...>" still a person."""
    mailbox = _HEADER_MAILBOX.match(text, name.end)
    if mailbox is None:
        return False
    user = mailbox.group("user")
    machine = (
        _SERVICE_MAILBOX.fullmatch(user) is not None
        or user.lower() in _SYSTEM_ACCOUNTS
        or organisation_contacts.role_mailbox(user, mailbox.group("domain"))
        # a one-word name its domain spells is the firm's: "Bonhams <clientservices@bonhams.com>"
        or (" " not in name.value and name.value.lower() == mailbox.group("domain").split(".")[0].lower())
    )
    return machine and not names.first_name_as_written(name.value.split()[0])


def _broadcast_sender(text: str, name: Finding) -> bool:
    """A text message's sender before its colon where the message is a business's to all its
    customers, sent as one line: it offers to stop it or to help, apologises for a works'
    trouble ("Travis Perkins: Your delivery ... Reply HELP for options", "Serenity Spa: 20% off
    ... text STOP to 60777", "Canal de Isabel II: ... Disculpe las molestias"), says a machine
    sent it, or tells of a customer's order by its reference. The sender may be a first name
    too ("Kanta:", Finland's prescription service; "Catena:", a pharmacy chain)."""
    return (
        not text[: name.start].strip()
        and text.startswith(":", name.end)
        and "\n" not in text.strip()
        and (
            _BROADCAST.search(text) is not None
            or _AUTOMATED_MESSAGE.search(text) is not None
            or (_YOUR_ORDER.search(text) is not None and _REFERENCE.search(text) is not None)
        )
    )


#: A message that says it was sent by a machine, in the languages of the corpora: "Tämä on
#: automaattinen viesti", "Please don't reply to this message".
_AUTOMATED_MESSAGE = re.compile(
    r"(?i)\b(?:automated message|automatic message|automaattinen viesti|automatische (?:nachricht|e-mail)|"
    r"message automatique|mensaje automático|messaggio automatico|mensagem automática|automatisch bericht|"
    r"automatiskt meddelande|automatisk besked|automatisk melding|wiadomość automatyczna|"
    r"(?:please )?do(?:n't| not) reply to this|bitte nicht (?:auf diese nachricht )?antworten|"
    r"ne (?:pas )?répondez pas|no responda a este|non rispondere a questo)"
)
#: A shop's or a service's notice of a customer's order or prescription ("Comanda ta #CT-558102
#: poate fi ridicată", "Your order LP-2291047 has been dispatched"), with its reference
#: (`_REFERENCE`): a friend does not number what they tell.
_YOUR_ORDER = re.compile(
    r"(?i)\b(?:your (?:order|prescription|parcel|repeat prescription)|comanda (?:ta|dvs\.?)|ihre bestellung|"
    r"votre commande|tu pedido|su pedido|il tuo ordine|uw bestelling|twoje zamówienie|seu pedido|"
    r"o seu pedido|din beställning|din ordre|tilauksesi|objednávka č)"
)
_REFERENCE = re.compile(r"#[A-Z0-9][A-Z0-9-]{3,}|\b[A-Z]{2,4}-\d{5,}\b")
_BROADCAST = re.compile(
    r"(?i)\b(?:reply (?:stop|help)|(?:text|txt|send|sms) stop|opt[- ]out|unsubscribe|t&cs apply|"
    r"terms apply|disculpe las molestias|rogamos disculpen|przepraszamy za utrudnienia|"
    r"we apologi[sz]e for any inconvenience|sorry for any inconvenience|"
    r"nous nous excusons pour la g[êe]ne|entschuldigen sie (?:bitte )?die unannehmlichkeiten)"
)


def _emails(text: str) -> Iterator[Finding]:
    for m in _EMAIL_CUT_AT.finditer(text):
        yield Finding("EMAIL", m.start("value"), m.end("value"), m.group("value"))
    for m in _EMAIL.finditer(text):
        login = _remote_login(text, m.start(), m.end())
        if login is not None:
            # a login at a host, not a mailbox: a person's unless every system has it ("deploy")
            if names.anyones_login(login) and not names.everyday_word(login.lower()):
                yield Finding("NAME", m.start(), m.start() + len(login), login)
        elif not _nobodys_address(text, m.start(), m.end()):
            yield Finding("EMAIL", m.start(), m.end(), m.group())
    bracketed = any(at in text for at in _BRACKETED_AT)
    for m in (_EMAIL_DAMAGED_OR_BRACKETED if bracketed else _EMAIL_DAMAGED).finditer(text):
        if _nobodys_address(text, m.start(), m.end()):
            continue
        if "@" in unquote(m.group()) or "at" in m.group():
            yield Finding("EMAIL", m.start(), m.end(), m.group())


#: A number right after a label of a company's own codes is that code ("Kostenstelle
#: 0815-22", "Cost centre 4410 2231", "PO # 0203 554 12"), however much it looks like a phone;
#: one written with "+" and a country code is still a phone. An invoice's and an order's words
#: are stems, since languages compound and decline them ("Rechnungsnr.", "Bestellnummer",
#: "Číslo faktury", "Numer zamówienia", "N° de facture").
_CODE_LABEL = re.compile(
    r"(?i)(?:\b(?:kostenstelle|cost cent(?:er|re)|centre de co[uû]ts?|centro de co?ste|centro di costo|"
    # (a purchase order's "PO" in capitals: Tagalog's "po" is a word of respect, "ko po 0917 ...")
    r"kostenplaats|(?-i:PO)|purchase order|sku|part|batch|lot|case|ticket|routing|aba|bsb|transit|sort code|"
    # a card payment's approval on its receipt ("AUTH CODE 093127")
    r"auth(?:ori[sz]ation)? code|approval code|appr code|"
    # a receipt's number and a company's VAT number ("Scontrino n. 0417-0093", "P.IVA 0123...")
    r"scontrino|ricevuta|receipt|quittung|beleg|recibo|bon|kvitto|kuitti|paragon|"
    r"p\.? ?iva|partita iva|vat(?: reg(?:istration)?)?|ust-?id(?:nr)?|tva|nif|cif|"
    # the Dutch VAT's "BTW" in capitals or with its number's word: "btw" is chat for "by the way"
    r"(?-i:BTW)|btw-?(?:nr|nummer)|"
    # a company's registration ("Org.nr 556677-8899", "Company No. 08834912", "KvK 12345678")
    r"org\.?|organisations?nummer|organisasjonsnummer|company|companies house|crn|kvk|siren|siret|"
    r"regon|krs|i[čc]o|y-tunnus|cvr|"
    r"(?:invoice|rechnung|faktur|factu|fattur|fatur|számla|lasku|arve|račun|rēķin|sąskait|фактур|"
    r"сч[её]т|рахун|order|bestel|auftrag|pedido|commande|ordine|zamówie|objednáv|tilau|ordre|"
    r"sipari|заказ|замовлен|agizo|pesanan|đơn hàng|annonse|annons|annonce|anuncio|inserzione|"
    r"ogłoszeni|listing|"
    # an insurer's claim or policy and a deposit's scheme ("skadeanmälan 5502-771-204",
    # "Schadennummer", "sinistro n.", "deposit ID 1187-0543-2291")
    r"claim|schaden|skade|sinistr|siniestr|polic|poliz|ap[óo]lice|deposit|reference)\w*)"
    # scripts without spaces compound the label into the words before it ("お問い合わせ伝票番号")
    r"|(?:发票号码|发票号|發票號碼|订单号|訂單號|注文番号|請求書番号|주문번호|송장번호|"
    r"伝票番号|追跡番号|运单号|快递单号|物流单号))[ \t]*"
    r"(?:no\.?|nr\.?|na\.?|number|nummer|numero|número|n[°º]?\.?|č\.|č|br\.|nro\.?|núm\.?|№|#|id)?"
    # a VAT number's country ("VAT No GB 123 4567 89")
    r"[ \t]*[:#]?[ \t]*(?:(?-i:[A-Z]{2})[ \t]?)?$"
)


#: A number after a phone label is a phone even when it is cut short ("Téléphone : +33 6 12 3",
#: a field too narrow) or written the way of a region the matcher is not run for ("手机 138
#: 0013 8000").
_PHONE_LABELLED = re.compile(
    r"(?i)(?:\b(?:phone|tel|t[ée]l[ée]phone|telefon|telefone|tel[ée]fono|handy|mobile?|mobil|"
    r"cell(?:ular)?|celular|cellulare|portable|gsm|ph|contact|kontakt|contacto|contato|contatto)\.?|"
    r"手机|手機|电话|電話|携帯|휴대폰|전화|फ़ोन|फोन|मोबाइल|điện thoại|sđt)[ \t]*"
    # (a chat asks it in Chinese with "is" for the colon: "你電話係咪 9418 2207", "电话是 ...")
    r"(?:no\.?|nr\.?|number|nummer|n°)?[ \t]*(?:[:\uff1a]|(?<=[話话])(?:係咪|係|是))[ \t]*"
    r"(?P<value>\+?\(?\d[\d ()./\-]{3,22}\d)"
)
#: An IBAN after its label, valid or cut short by the field ("IBAN: NL91 ABNA 0417").
_IBAN_LABELLED = re.compile(
    r"\bIBAN[ \t]*[:\uff1a]?[ \t]*(?P<value>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){1,8})"
    # an Indonesian account as it is told for a transfer: its bank, its number, "a.n." (in the
    # name of) and its holder ("rekening BCA 5270 391 846 a.n. Dewi"), or "rekening" before it
    r"|\b(?:BCA|BRI|BNI|Mandiri|BSI|CIMB(?: Niaga)?|Permata|Danamon|BTN|Jago|SeaBank)[ \t]+(?:no\.?[ \t]*)?"
    r"(?P<account>\d(?:[ .\-]?\d){7,15})(?=[ \t]+(?i:a\.?[ \t]?n\.?|atas nama)\b)"
    r"|\b(?i:rekening|no\.?[ \t]*rek(?:ening)?\.?)[ \t]+(?:[A-Z]{3,8}[ \t]+)?"
    r"(?P<told>\d(?:[ .\-]?\d){7,15})(?![\d-])"
)


_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d")


#: What the matcher could read as a number of six digits or more: digits apart by at most four
#: of its separators (punctuation, spaces, "x", "ー"), never a line break. A screen's lines are
#: matched one by one and only where this shape occurs: the matcher, run once per region over
#: a whole screen, was half of a screen's scrubbing time.
_PHONE_SHAPED = re.compile(r"\d(?:(?:[^\w\n]|[xー]){0,4}\d){5,}")
_LINE = re.compile(r"[^\n]+")
#: Numbers no phone contains, blanked with ":" (which the matcher never reads inside a number)
#: before the matcher sees a line: an IPv4 address, a date with its year, a time of day. Each
#: cost the matcher a parse per region for nothing.
_NEVER_A_PHONE = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![.\d])"
    r"|(?<![\d./-])(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{4})(?![\d./-])"
    r"|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    # a range of hours written with dots, as much of Asia and Europe writes the time ("pukul
    # 09.00-14.00", "เวลา 08.30-15.30 น.", with a hyphen or a dash)
    r"|(?<![\d.])(?:[01]?\d|2[0-4])\.[0-5]\d[ \t]*[\u2013\u2014-][ \t]*(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.])"
    # a range of hours as rosters write them, four digits each ("STBY 0500-1700"), no group of
    # a longer number ("010-2311-0509", "0813-2112-6122")
    r"|(?<![\d.:\-])(?:[01]\d|2[0-3])[0-5]\d[ \t]?[\u2013-][ \t]?(?:[01]\d|2[0-4])[0-5]\d(?!\d|[\u2013-]\d)"
    # an amount with its cents ("3995.00" in a ledger's row), a card's or a test's month and year
    # ("due 02/2027"), a build's number ("Build 6.12.880.3417")
    r"|(?<![\d.])\d{1,7}\.\d{2}(?![\d.])|(?<![\d/.\-])(?:0[1-9]|1[0-2])/20\d{2}(?![\d/]|[.\-]\d)"
    r"|(?i:\b(?:build|version|ver\.?|v)[ \t]*\d+(?:\.\d+){2,})"
    # a Malaysian identity card's number ("920105-08-7713"), which the matcher would join to a
    # phone before it on the line
    rf"|{_MALAYSIAN_IC}"
    # a law by its number and year ("Ley 39/2015", "Lei n.º 58/2019", "Decreto 81/2008")
    r"|(?i:\b(?:ley|lei|legge|loi|law|act|decreto|d[ée]cret|decree|directive|directiva|regulation|"
    r"reglamento|gesetz|orden)[ \t]+(?:org[áa]nica[ \t]+)?(?:n\.?[º°o]?[ \t]*)?\d{1,5}/\d{2,4})"
    # a kernel log's uptime stamp, "[ 4821.337012]"
    r"|\[\s*\d+\.\d{6}\]"
    # a cow's or a sheep's ear tag, its country and herd mark then its number ("UK 342117 600021")
    r"|\b(?:UK|IE)[ \t]?\d{6}[ \t]\d{5,6}(?!\d)"
    # a blood pressure ("BP 168/95", "Blutdruck 140/90")
    r"|(?i:\b(?:bp|b/p|blood pressure|blutdruck|tension|presi[óo]n|pressione|tensi[óo]n)[ \t:]*)"
    r"\d{2,3}/\d{2,3}\b"
    # a meter's reading or a quantity with its unit ("reading 045812 kWh", "1 250 m³")
    r"|(?<![\d.])\d[\d ,.]*[ \t]?(?:[kMG]Wh|kW|MW|m³|m3|kg|km|litres|liters)\b"
    # a parcel's number after its word ("Vaše zásilka Z 418 2201 339", "Sendung 0034 0431 2202")
    r"|(?i:\b(?:parcel|shipment|consignment|tracking|sendung|sendungsnummer|paket|colis|env[íi]o|spedizione|"
    r"z[áa]silka|z[áa]sielka|przesy[łl]ka|посылка|отправление|zending|pakke|f[öo]rs[äa]ndelse|"
    r"l[äa]hetys|g[öo]nderi|kargo"
    # or a booking's, an order's or a policy's ("Confirmation 3318847256", "Booking no. 48120 7731")
    r"|confirmation|booking|reservation|order|invoice|ticket|policy|claim"
    # or a firm's registration ("Registered in England & Wales No. 08812345", "Company No 0881...")
    r"|company|registration|registered[ \t]+in[ \t]+(?:england|scotland|wales|northern[ \t]+ireland)"
    r"(?:[ \t]*(?:&|and)[ \t]*wales)?"
    r")(?:[ \t]+(?:no\.?|nr\.?|number|č\.|#))?[ \t:#]*(?-i:[A-Z]{1,3}[ \t]?)?)"
    r"\d[\d ]{6,22}\d"
    # a customer's, an account's, a contract's or a meter's number on a bill, a train's booking
    # ("Kundennummer 3301 2284 17", "고객번호 02-5518-7731", "מספר חוזה 512008713", "PNR 2281904417")
    r"|(?i:(?:\b(?:customer|client|account|contract|meter|supply)[ \t]+(?:no\.?|nr\.?|number|id|#)"
    r"|\b(?:kunden|vertrags|z[äa]hler|klant|kund|kunde|asiakas)(?:nummer|nr\.?|numero)|\bvertragskonto"
    r"|\bn[°º][ \t]*(?:client|contrat|compte|cliente|contrato|suministro)|\bpnr|\bmprn|\bmpan"
    r"|\bמספר[ \t]+(?:חוזה|לקוח|חשבון)|고객번호|계약번호|お客様番号|契約番号|客户编号|客戶編號|[賬账]戶|户号|"  # noqa: RUF001
    r"\bหมายเลข(?:ผู้ใช้ไฟฟ้า|ลูกค้า)|\bรหัสลูกค้า|የደንበኛ[ \t]+ቁጥር|\bmã[ \t]+kh\b|\bmã[ \t]+khách[ \t]+hàng"
    r"|\bखाता[ \t]+(?:सं\.?|संख्या)|\bرقم[ \t]+(?:العميل|الحساب|الاشتراك|العقد)|\bлицев\w*[ \t]+сч[её]т\w*"  # noqa: RUF001
    r"|\bномер[ \t]+договора|\b(?:abone|m[üu]şteri)[ \t]+no|\b(?:id|nomor|no\.?)[ \t]+pelanggan)"  # noqa: RUF001
    r"[ \t:#.：]*)\d[\d \-]{5,22}\d"  # noqa: RUF001
    # a date letter-spaced like the heading it stands in ("0 1 / 1 1 / 2 0 2 6", "2 0 2 6 - 0 3 - 1 2")
    r"|(?<!\d)(?<!\d )(?:\d \d ?(?P<sep>[./\-]) ?\d \d ?(?P=sep) ?\d \d(?: \d \d)?"
    r"|\d \d \d \d ?(?P<dash>[./\-]) ?\d \d ?(?P=dash) ?\d \d)(?! ?\d)"
)
#: A letter OCR reads for a digit between two digits ("7O2-9931": O for 0, l or I for 1), put
#: back before the matcher reads the line.
_OCR_DIGIT = re.compile(r"(?<=\d)[OolI](?=\d)")


#: A Chinese mobile number (1, then 3-9, then nine digits, whole or 3-4-4) on a line in Chinese
#: or Japanese script: the matcher is not run for China's region, and elsewhere eleven such
#: digits are as often an order or a tracking number.
#: (A Chinese word may touch it: "电话186 2049 7731"; a Latin letter or a digit may not.)
_CN_MOBILE = re.compile(r"(?<![0-9A-Za-z_])1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z_])")
_CJK_LINE = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]")
#: A Brazilian mobile as Brazil writes it, its two-digit area code in brackets and its nine
#: digits starting with 9 ("(94) 99133-0871"): the matcher is not run for Brazil, and no order
#: or ticket number is written so.
_BR_MOBILE = re.compile(r"(?<![\w)])\([1-9][1-9]\)[ \t]?9\d{4}[ -]?\d{4}(?!\d)")


#: "Call X on ...", "Ring Håkon på 912 44 803", "appelez-la au 06 ...": a number after a verb of
#: calling and its preposition, or right after "call me" ("Call me 9123 4867", "Helista 5218
#: 4471"), is a phone, also in a region the matcher is not run for.
_CALL_CUE = re.compile(
    r"(?i)\b(?:call|ring|ringe|ringa|phone|text|contact|reach|anrufen|ruf|rufen|appel(?:ez|er|le)|llam(?:a|e|ar)|"
    r"chiam(?:a|i|are|ate)|bel|bellen|zadzwoń|dzwoń|ligue|ligar|soita|zavolej|hívd|hívja)\b"
    r"[^\n\d.!?]{0,30}?\b(?:on|at|p[åa]|au|al|unter|op|pod|para|na|under|numeroon)[ \t]+"
    r"(?P<value>\+?\(?\d[\d ()./\-]{6,18}\d)(?![\d/])"
    # or right after "call me", "helista", "nipigie", Zulu's "shayela ku-", or a code "sent to"
    r"|(?i:\b(?:(?:call|text|ring|whatsapp|sms|message)[ \t]+(?:me|us)|helista|nipigie|piga simu|shayela|"
    r"(?:otp|code|sms|text)[ \t]+(?:was[ \t]+)?sent[ \t]+to|"
    # or after "my number" told in a chat ("paynow to my number 9123 4871", "my new number is ...")
    r"my[ \t]+(?:(?:new|phone|mobile|cell|whatsapp)[ \t]+)?number(?:[ \t]+is|['\u2019]s)?|"
    # and in the Nordic languages: "ring til hende", "ring han", "nummeret hennes er", "mitt nummer är"
    r"ring(?:e|a)?(?:[ \t]+til)?[ \t]+(?:hende|ham|henne|honom|han|hun|meg|mig|mej|oss|os)|"
    # or "ring" right before the number, as Norwegian writes it ("ring 952 18 730 om noe")
    r"ring(?:e|a)?(?=[ \t]+\d)|"
    r"(?:nummeret|numret)(?:[ \t]+(?:mitt|mit|hennes|hendes|hans|deres))?[ \t]+(?:er|är)|"
    r"(?:mitt|mit|hennes|hendes|hans)[ \t]+nummer[ \t]+(?:er|är)|"
    # Zulu's and Xhosa's "at" and "is" glued to the number: "shayela uNomvula ku-072 ...", "ngu-082 ..."
    r"(?<![\w-])(?:ku|ngu)(?=-\+?\d))\b)"
    r"[ \t]*(?:ku-|-|on[ \t]+|at[ \t]+|p[åa][ \t]+|,[ \t]*|:[ \t]*)?"
    r"(?P<said>\+?\(?\d[\d ()\-]{6,16}\d)(?![\d/])"
)

#: A date where a number after a call's cue starts: the call's date, not a phone.
_SPACED_DATE = re.compile(
    r"(?:[0-3]?\d[ ./\-][01]?\d[ ./\-](?:19|20)\d\d|(?:19|20)\d\d[ ./\-][01]?\d[ ./\-][0-3]?\d)(?!\d)"
)


#: A phone number in a URL's query under a phone's key, its spaces encoded as "+" the way forms
#: send them: "POST /register?name=Lisa+Grieve&mobile=07954+221+089".
_QUERY_PHONE = re.compile(
    r"(?i)[?&;](?:mobile|phone|tel|telephone|cell|handy|telefon|phone_?number|mobile_?number)="
    r"(?P<value>(?:\+|%2B)?\d(?:\+?\d){8,14})(?![\w+])"
)


def _phones(text: str) -> Iterator[Finding]:
    if "=" in text:
        for m in _QUERY_PHONE.finditer(text):
            yield Finding("PHONE", m.start("value"), m.end("value"), m.group("value"))
    for m in _CALL_CUE.finditer(text):
        # "the call on 12 03 2026", "ring at 2026-03-12 09:00": a date after the cue dates the call
        group = "value" if m.group("value") else "said"
        value = m.group(group)
        if sum(c.isdigit() for c in value) >= 8 and not _SPACED_DATE.match(value):
            yield Finding("PHONE", m.start(group), m.end(group), value)
    for m in _CN_MOBILE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _CJK_LINE.search(text, line_start, len(text) if line_end < 0 else line_end):
            yield Finding("PHONE", m.start(), m.end(), m.group())
    for m in _BR_MOBILE.finditer(text):
        yield Finding("PHONE", m.start(), m.end(), m.group())
    for after_label in _PHONE_LABELLED.finditer(text):
        yield Finding(
            "PHONE", after_label.start("value"), after_label.end("value"), after_label.group("value")
        )
    text_regions: tuple[str, ...] | None = None  # read once a text, where a line asks
    for line in _LINE.finditer(text):
        read = _OCR_DIGIT.sub(lambda m: OCR_DIGIT_FOR[m.group()], line.group())
        blanked = _NEVER_A_PHONE.sub(lambda m: ":" * len(m.group()), read)
        if _PHONE_SHAPED.search(blanked):
            # a line of figures alone says no country: the text around it does (a Greek mail's
            # signature ends "Νίκος Αντωνίου" then "6944 218 377")
            regions = _script_regions(line.group())
            if not regions and not LETTER.search(line.group()):
                if text_regions is None:
                    text_regions = _script_regions(text)
                regions = text_regions
            for found in _matched_phones(blanked, line.group(), regions):
                start, end = found.start + line.start(), found.end + line.start()
                yield Finding(found.kind, start, end, text[start:end])


#: Numbers a business pays or shares the cost of ("+1 (800) 555-0199", "0800 ...", "0180 ..."):
#: a company's service line, never a person's. After a phone label only a toll-free one is left
#: (`_company_line`): a label before a shared-cost or premium number was a person's in the corpora.
_BUSINESS_LINES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
    }
)


#: A universal access number as its country writes it, a company's one number nationwide: Britain's
#: 03 numbers ("0333 220 2000", "0345 600 7245") and Korea's eight-digit 15xx/16xx/18xx lines
#: ("1599-1004"). Google's metadata calls any 03 number valid in Britain, so a Pakistani mobile
#: written with its trunk 0 ("0300 4182937", "0300-4827361") would read as one too: only the
#: grouping the UK regulator prints (4-3-4) is taken for it. Turkey's 444 lines ("444 0 622") and
#: Pakistan's toll-free and UAN lines as written there ("0800-11112", "111-222-333") are such too.
_UNIVERSAL_ACCESS_WRITTEN = re.compile(
    r"^(?:\(?03\d\d\)? \d{3} \d{4}|1[568]\d\d-\d{4}|444[ \t]?\d[ \t]?\d{3}|0800-\d{5}|111-\d{3}-\d{3})$"
)


#: A switchboard's number: its subscriber part ends in four zeros ("+61 2 9251 0000", "04 72 00
#: 00 00", "920 000 000"), or in the extension 0 that German numbering gives the exchange ("+49
#: 30 2261-0"). Firms buy such round numbers; none of the 3,010 phones the tuning corpora label
#: as a person's has one.
_SWITCHBOARD = re.compile(r"0[ \t.-]?0[ \t.-]?0[ \t.-]?0$|\d[ \t]?-0$")


#: Someone's own number told as theirs: "Her number is", "my no.", "his cell".
_SOMEONES_NUMBER = re.compile(
    r"(?i)\b(?:my|his|her|their|your)[ \t]+(?:(?:mobile|cell|phone|whatsapp)[ \t]+)?(?:number|no\.?|num|"
    r"phone|cell|mobile)[ \t]*(?:is|:)?[ \t]*$"
)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _pakistani_mobile(text: str, phone: Finding) -> bool:
    """Whether a number Britain's plan reads as an 03 access line ("0300 412 8897") is a
    Pakistani mobile's, whose 0300-0349 it shares: on an Urdu or Arabic screen, or told as
    someone's own number."""
    if not phone.value.lstrip("(").startswith(("030", "031", "032", "033", "034")):
        return False
    return bool(
        _ARABIC_SCRIPT.search(text) or _SOMEONES_NUMBER.search(text, max(0, phone.start - 30), phone.start)
    )


def _company_line(text: str, phone: Finding) -> bool:
    """Whether a number is a toll-free service line in the first region the matcher runs for
    that reads it as valid ("Tel: 0800 123 4567", "Phone: 1-800-555-0199"), a universal access
    number (`_UNIVERSAL_ACCESS_WRITTEN`) or a switchboard's (`_SWITCHBOARD`): whichever detector
    found it, after a phone label or a call cue too, it is a business's; after a mobile's label
    it is still the person's, as the writer meant it ("Mobile: +1 (888) 555-0142")."""
    universal_access = _UNIVERSAL_ACCESS_WRITTEN.match(phone.value) is not None
    if universal_access and _pakistani_mobile(text, phone):
        return False
    if universal_access or _SWITCHBOARD.search(phone.value):
        return not _mobile_label().search(text, max(0, phone.start - 30), phone.start)
    if not _TOLL_FREE_START.search(re.sub(r"\D", "", phone.value)[:7]):
        return False  # most numbers: no parse needed (a screen of phones parsed each in 7 regions)
    if _mobile_label().search(text, max(0, phone.start - 30), phone.start):
        return False
    return phone_types.number_type(phone.value, _PHONE_REGIONS) == phonenumbers.PhoneNumberType.TOLL_FREE


#: A smart contract's or a token's label before its address on a chain; a person's wallet
#: ("Deposit address: bc1q...") stays found.
_CONTRACT_BEFORE = re.compile(
    r"(?i:\b(?:contract|token|pool|router|multisig)[ \t]+address)[ \t]*[:=]?[ \t]*$"
)
_NETWORK_ADDRESS = re.compile(
    # (the IP may end a log's column before the next: "Source Network Address: 10.12.0.45   Logon")
    r"\d{1,3}(?:\.\d{1,3}){3}(?:[/#:]\d+)?(?:$|[ \t]{2,})|[0-9a-fA-F]{0,4}:[0-9a-fA-F:]+(?:/\d+)?$"
)


#: The prefixes of toll-free ranges in the regions the matcher runs for, after the country code
#: or the trunk's 0 and 1: 800 and 8xx in North America, 0800/0808/0500 in Britain, 0800 and
#: 0801-0805 in Germany and France, 800 and 900 in Spain, 800 and 803 in Italy, 0800 in the
#: Netherlands. A number none of them starts is read no further.
_TOLL_FREE_START = re.compile(r"^(?:1|44|49|33|34|39|31)?0?(?:8(?:00|0[1-58]|33|44|55|66|77|88)|500|900)")


@lru_cache(maxsize=1)
def _mobile_label() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{words_pattern(vocabulary().labels['mobile'])})\b[^\n\d]{{0,12}}$")


def _glued(text: str, at: int) -> bool:
    """Whether a number found at `at` is the tail of a longer token ("INV-2024...", "x0161..."),
    not a number of its own; a Hebrew preposition's hyphen ("ל-054...") joins no token."""
    before = text[at - 1] if at else ""
    # a path's last part too ("INV/20261203/MPL/3928174650")
    return (
        before.isalnum()
        or (before == "/" and at > 1 and text[at - 2].isalnum())
        or (before == "-" and not (at > 1 and _HEBREW_LETTER.match(text[at - 2])))
    )


def _script_regions(text: str) -> tuple[str, ...]:
    """The numbering plans the scripts and words of `text` point to (`_SCRIPT_PHONE_REGIONS`)."""
    return tuple(
        region for script, regions in _SCRIPT_PHONE_REGIONS if script.search(text) for region in regions
    )


def _matched_phones(blanked: str, text: str, script_regions: tuple[str, ...]) -> Iterator[Finding]:
    """Phones the matcher finds in one line of text, read in its blanked copy (same length),
    with the numbering plans of the usual countries and of `script_regions`."""
    if _INTERNATIONAL.search(blanked):
        # written with "+" and its country code a number is a phone even in a range the
        # metadata calls unassigned ("+44 7700 900461", the UK's range for fiction and tests)
        for m in phonenumbers.PhoneNumberMatcher(blanked, "US", leniency=phonenumbers.Leniency.POSSIBLE):
            glued = _glued(text, m.start)
            if (
                m.raw_string.startswith("+")
                and sum(c.isdigit() for c in m.raw_string) >= 10
                and not glued
                and phonenumbers.number_type(m.number) not in _BUSINESS_LINES
            ):
                yield Finding("PHONE", m.start, m.end, m.raw_string)
    for region in _PHONE_REGIONS + script_regions:
        for m in phonenumbers.PhoneNumberMatcher(blanked, region, leniency=phonenumbers.Leniency.VALID):
            glued = _glued(text, m.start)
            code = not m.raw_string.startswith("+") and _CODE_LABEL.search(
                text, max(0, m.start - 40), m.start
            )
            if (
                not glued
                and not code
                and not _NOT_A_PHONE.match(m.raw_string)
                and phonenumbers.number_type(m.number) not in _BUSINESS_LINES
            ):
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
    # Troy, Türkiye's own scheme
    ("9792", (16,)),
)


def _is_card_number(digits: str) -> bool:
    lengths = next((n for prefix, n in _CARD_LENGTHS if digits.startswith(prefix)), ())
    return len(digits) in lengths and luhn.is_valid(digits)


#: A card number letter-spaced, as an embossed card reads to OCR: digits one space apart,
#: groups two or more apart ("4 1 1 1  2 2 2 2  ...").
_CARD_SPACED = re.compile(r"(?<!\d)(?<!\d )\d(?: \d)+(?: {2,4}\d(?: \d)+){2,5}(?! ?\d)")


def _cards(text: str) -> Iterator[Finding]:
    for m in (*_CARD.finditer(text), *_CARD_SPACED.finditer(text)):
        value = m.group()
        if not _is_card_number(re.sub(r"\D", "", value)):
            # a card number the expiry's month ran into ("4485 1834 0855 4368 09/29"): the number
            # without its last group, where the expiry follows it
            value = re.sub(r"[ -]\d{1,2}$", "", value)
            if (
                value == m.group()
                or not _EXPIRY_AFTER.match(text, m.start() + len(value))
                or not _is_card_number(re.sub(r"\D", "", value))
            ):
                continue
        yield Finding("CARD", m.start(), m.start() + len(value), value)


_EXPIRY_AFTER = re.compile(r"[ \t]+(?:0[1-9]|1[0-2])/\d{2}(?:\d{2})?(?!\d)")


def _ibans(text: str) -> Iterator[Finding]:
    """A valid IBAN, or the longest valid prefix of a match that ran into the next word
    ("DE81 ... 62 BIC: COBADEFFXXX"); failing that, the longest prefix with an IBAN's shape
    whose check digits are wrong (see `_iban_shaped`) after a word for an account, with the
    digits that run on after it (a number copied with a group too many, "saskaita = LT03 1210
    0001 1101 0010 00"). Alone, a number failing its checks is no one's."""
    for m in _IBAN_LABELLED.finditer(text):
        group = next(g for g in ("value", "account", "told") if m.group(g) is not None)
        yield Finding("IBAN", m.start(group), m.end(group), m.group(group))
    for m in _IBAN.finditer(text):
        value = _longest_prefix(m.group(), _valid_iban)
        # (a number failing its checks is an account only where the text says it is one)
        if value is None and _ACCOUNT_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            value = _longest_prefix(m.group(), _iban_shaped)
            if value is not None and m.group()[len(value) :].replace(" ", "").isdigit():
                value = m.group()
        if value is not None:
            yield Finding("IBAN", m.start(), m.start() + len(value), value)


def _longest_prefix(match: str, valid: Callable[[str], bool]) -> str | None:
    """The longest prefix of an IBAN-like match, fifteen characters or more, that `valid` takes."""
    value = match
    while len(value) >= 15 and not valid(value):
        value = value[:-1].rstrip()
    return value if len(value) >= 15 else None


def _valid_iban(value: str) -> bool:
    """An IBAN's country, length and mod-97 check digits hold. The bank's own check digits inside
    the account number (Spain's, Norway's) are not asked for: a number copied with one of them
    wrong, or made up for a form, still goes to a person's account by its IBAN's checks."""
    try:
        iban.validate(value, check_country=False)
    except ValidationError:
        return False
    return True


#: The word for a bank account before a number, in the languages of the corpora: "saskaita =",
#: "Makstud kontolt", "TRR:", "Konto", "cuenta", "account".
_ACCOUNT_WORD_BEFORE = re.compile(
    r"(?i)(?:\biban|\baccount|\bacct|\ba/c|\bkont\w*|\bs[aą]skait\w*|\btrr|\bra[čc]un\w*|\bcuenta|\bcompte"
    r"|\bconto|\bconta|\brekening|\btili\w*|\bsz[áa]ml\w*|\b[úu][čc]\w*|\bbank\w*|\bhesab\w*"
    r"|\bpay(?:ment)? to|\btransfer\w*"
    r"|\bрахун\w*|\bсч[её]т\w*|\bλογαριασμ\w*)[^\n]{0,30}$"  # noqa: RUF001 (Cyrillic and Greek words)
)


def _iban_shaped(value: str) -> bool:
    """A country's IBAN, its length and its account's structure, whose check digits fail: a
    number mistyped or made up for a form ("LT03 1210 0001 1101 0010") still names an account.
    Not check digits no IBAN can have (00, 01, 99): a form's placeholder, "DE00 0000 ...", "GB00
    BANK 0000 ..."."""
    number = iban.compact(value)
    if not number[2:4].isdigit() or not 2 <= int(number[2:4]) <= 98:
        return False
    try:
        return _valid_iban(number[:2] + iban.calc_check_digits(number) + number[4:])
    except ValidationError:
        return False


#: A range written as a network ("10.0.0.0/8") names no host, hence no person, when it is
#: private, loopback, link-local or reserved for documentation (RFC 1918, 5737, 3849).
_PREFIX = re.compile(r"/\d{1,3}(?!\d)")


def _network(text: str, start: int, end: int) -> bool:
    """The loopback address (always the machine itself, never a person's), or a private or
    documentation range written with its prefix length."""
    if ipaddress.ip_address(text[start:end]).is_loopback:
        return True
    return _PREFIX.match(text, end) is not None and _private(text[start:end])


#: A dotted quad inside a file's name, between its name and its platform or extension
#: ("deskhand-4.12.0.3-x86_64.AppImage", "driver_10.0.1.7_win64.zip"): a version.
_IN_FILE_NAME_BEFORE = re.compile(r"[^\W\d_][\w]*[-_]$")
_IN_FILE_NAME_AFTER = re.compile(r"[-_.][^\W\d_]")
#: The other end of a range of addresses ("192.168.1.100 to 192.168.1.199", "10.0.0.2-10.0.0.254",
#: "from 172.16.0.10 to 172.16.0.50"), a router's pool for any device that asks.
_RANGE_JOIN = r"[ \t]*(?:[-\u2013\u2014]|to|bis|à|a|al|tot|till|до)[ \t]*"
_RANGE_AFTER = re.compile(rf"{_RANGE_JOIN}(?P<other>\d{{1,3}}(?:\.\d{{1,3}}){{3}})(?![\w.]*\d)")
_RANGE_BEFORE = re.compile(rf"(?<![\w.])(?P<other>\d{{1,3}}(?:\.\d{{1,3}}){{3}}){_RANGE_JOIN}$")


def _after_version_cue(text: str, at: int) -> bool:
    """A version's cue ends right before `at`, on its line or a line above across blank space."""
    return _VERSION_CUE.search(text, _cue_line(text, at), at) is not None


def _private(address: str) -> bool:
    """A private, reserved (documentation) or link-local address: no one person's on the internet."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.is_private or ip.is_reserved or ip.is_link_local


def _private_pool(text: str, start: int, end: int) -> bool:
    """Both ends of a range of private addresses: a pool a router hands out to whichever
    device asks, so neither end is any one person's machine. A public range stays."""
    after = _RANGE_AFTER.match(text, end)
    before = _RANGE_BEFORE.search(text[max(0, start - 40) : start])
    other = after or before
    return other is not None and _private(text[start:end]) and _private(other.group("other"))


def _netmask(value: str) -> bool:
    """A subnet mask ("255.255.255.0"): ones then zeros, which no host has as its address."""
    try:
        bits = int(ipaddress.IPv4Address(value))
    except ValueError:
        return False
    inverted = ~bits & 0xFFFFFFFF
    return bits >> 24 == 0xFF and (inverted & (inverted + 1)) == 0


#: A line about logging in: there even a router's address is where someone came from (a
#: server that "failed over" logged no one in).
_LOGIN_WORDS = r"auth\w*|login|logon|log in|sign[- ]?in|failed(?! over)|sshd"
_LOGIN_LINE = re.compile(rf"(?i)\b(?:from|{_LOGIN_WORDS})\b")


def _home_router(value: str) -> bool:
    """A private network's first or last address ("192.168.1.1", "10.0.0.254"): where home and
    office routers sit, the network's, not a person's device (unless a login line says someone
    came from it)."""
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return address.is_private and value.rsplit(".", 1)[1] in {"1", "254"}


#: The role of a network's own machine, right before its address: "upstream=10.12.4.27",
#: "DNS 10.0.0.53", "MQTT broker at 10.0.0.12".
_SERVICE_ROLE_BEFORE = re.compile(
    r"(?i)(?:\b(?:upstream|backend|dns|nameservers?|resolvers?|gateway|gw|broker|ntp|proxy|"
    r"load[ _-]?balancer|relay|mqtt|dhcp server|dst|destination|printer|"
    # a config's host key and the stores a service connects to ("host: 10.0.12.40", "connected
    # to redis 10.244.1.17:6379", "kobler til database 10.40.2.17:5432")
    r"host|db|database|datenbank|base de donn[ée]es|redis|postgres(?:ql)?|mysql|mongo(?:db)?|kafka|"
    r"memcached|rabbitmq|elasticsearch|"
    # a server, in the languages logs are written in
    r"server|serverul|servern|serveur|servidor|palvelin|sunucu|сервер|שרת|خادم|سرور|सर्वर)"
    # its name may go on ("vpn-gw-02 (192.168.40.1)", "label_printer: ...")
    r"(?:[_\-][\w\-]{1,12})?|አገልጋይ|服务器|サーバー?|서버)[^\n\w/]{0,3}(?:at|on|@)?[ \t]*$"
)
#: A server's log line as it starts, naming its own addresses: "Server listening on
#: http://192.168.1.20:8080 (LAN) and http://10.0.3.7:8080 (VPN)".
_SERVER_STARTED = re.compile(r"(?i)\b(?:listening|listens|serving|running|bound|binding)[ \t]+(?:on|to|at)\b")


def _service_host(text: str, at: int, address: str) -> bool:
    """Whether the private address at `at` is a network service's, by the role named before it."""
    return _private(address) and (
        _SERVICE_ROLE_BEFORE.search(text, max(0, at - 30), at) is not None
        or _SERVER_STARTED.search(text, *line_bounds(text, at)) is not None
    )


#: What ties a private network's address to a person or a person's device on its line: a
#: login or an authentication ("sshd", "Remote IP", an account; not a bare "from": a health
#: check comes from its balancer), a login at the host ("ssh amara@10.0.4.17"), a forwarded
#: client, a DHCP lease or a device's name ("Jamie's iPhone", "laptop-mkowalski", a
#: workstation), or someone's word for it ("my", "your", "the staging box is"). A database's
#: client ("psql -h 10.60.2.4", "postgres://app:pw@10.0.4.12") reaches its server, no person's.
_PERSONS_ADDRESS_LINE = re.compile(
    rf"(?i)\b(?:{_LOGIN_WORDS}|accepted|remote ip|client ip|account|"
    r"x-forwarded-for|forwarded|lease|dhcp|hardware ethernet|mac|ipv4-adresse|connected devices?|"
    r"iphone|ipad|android|laptop|macbook|notebook|desktop|phone|tablet|pixel|galaxy|thinkpad|"
    r"surface|kindle|console|xbox|playstation|tv|my|mine|your|box is|ssh|scp|rdp|vnc|mstsc|"
    r"computer|pc|workstation|device|owner|assigned|employee|guest)\b"
    # (a login's "user@10.0.4.17" standing alone, not a URL's "://app:pw@10.0.4.12")
    r"|(?<![^\s'\"(\[<=])[^\s'\"(\[<=:/@]+@(?=\d)|'s\b|\u2019s\b"
)


def _nobodys_private_address(
    text: str, at: int, address: ipaddress.IPv4Address | ipaddress.IPv6Address
) -> bool:
    """Whether a private network's address (RFC 1918, and a carrier's shared range) stands
    with nothing that ties it to a person or their device: a config's, a log's or a service's
    host, which reaches no one outside that network."""
    if address.version == 4 and examples.documentation_address(str(address)):
        # documentation's addresses stand for a visitor's as often as for a config's host: a
        # visitor's where the line says who came from it or logged in
        return _VISITORS_LINE.search(text, *line_bounds(text, at)) is None
    lan = address.version == 4 and any(address in net for net in _LAN_NETWORKS)
    return lan and _PERSONS_ADDRESS_LINE.search(text, *line_bounds(text, at)) is None


#: A line that makes a documentation address a visitor's: a login, a mail's origin, a request
#: in an access log ("203.0.113.5 - - [11/Mar/2024...] "GET ...").
_VISITORS_LINE = re.compile(
    _PERSONS_ADDRESS_LINE.pattern
    + r"|(?i:\b(?:from|originating|received|client|user|visitor|remote|ip)\b"
    + r"|\b(?:client|remote|user|visitor|src|source)_ip\b|\] \"(?:GET|POST|PUT))"
)
_LAN_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10")
)


def _ips(text: str) -> Iterator[Finding]:
    for pattern in (_IPV4, _IPV6):
        for m in pattern.finditer(text):
            try:
                address = ipaddress.ip_address(m.group())
            except ValueError:
                continue
            # a group's address (multicast) or one no network hands out (240/4) reaches no one
            if address.is_multicast or (address.version == 4 and address.is_reserved):
                continue
            # a quad of single digits is a program's version ("// Marlin 2.1.2.5"): no network
            # hands such an address to a person
            if _SINGLE_DIGITS_QUAD.fullmatch(m.group()):
                continue
            if m.group() in _NOT_PERSONAL_IPS or (
                _after_version_cue(text, m.start()) and not _a_host(text, m.start())
            ):
                continue
            if _netmask(m.group()) or (
                (_home_router(m.group()) or _service_host(text, m.start(), m.group()))
                and not _LOGIN_LINE.search(text, *line_bounds(text, m.start()))
            ):
                continue
            if _network(text, m.start(), m.end()) or _private_pool(text, m.start(), m.end()):
                continue
            if _nobodys_private_address(text, m.start(), address):
                continue
            if _IN_FILE_NAME_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and (
                _IN_FILE_NAME_AFTER.match(text, m.end())
            ):
                continue
            if _in_a_list_of_versions(text, m.start(), m.end()):
                continue
            yield Finding("IP", m.start(), m.end(), m.group())


#: One item of a list of software and its versions: "MaxQuant 2.6.3.0", "R 4.4.1", "Python 3.12".
_SOFTWARE_ITEM = re.compile(
    r"[ \t]*[A-Za-z][\w+.\-]*(?:[ \t]+[A-Za-z][\w+.\-]*)?[ \t]+v?(?P<version>\d+(?:\.\d+)+)[ \t.]*"
)


def _in_a_list_of_versions(text: str, start: int, end: int) -> bool:
    """Whether a dotted quad is a program's version in a list of programs and their versions
    ("Software: MaxQuant 2.6.3.0, R 4.4.1, Python 3.12"): another item gives a version that
    is no address."""
    line_start, line_stop = line_bounds(text, start)
    items = re.split(r"[,;]", text[line_start:line_stop].split(":", 1)[-1])
    quad = text[start:end]
    own = [item for item in items if quad in item]
    if len(own) != 1 or not (m := _SOFTWARE_ITEM.fullmatch(own[0])) or m.group("version") != quad:
        return False
    return any(
        (other := _SOFTWARE_ITEM.fullmatch(item)) is not None and other.group("version").count(".") < 3
        for item in items
        if item is not own[0]
    )


def _a_host(text: str, at: int) -> bool:
    """Whether the address at `at` is a host a remote shell logs in to ("ssh login@10.0.4.17")
    or a URL names after its credentials ("user:password@10.2.3.4"), not a package's
    "@version"."""
    return (
        _REMOTE_COMMAND.search(text, line_bounds(text, at)[0], at) is not None
        or _URL_HOST_BEFORE.search(text, max(0, at - 80), at) is not None
    )


def _misread_phones(text: str) -> Iterator[Finding]:
    """Phone numbers OCR read letters into ("O7946 2I8 562"), found in the text read without its
    misreadings (`misread.corrected`) and reported as the screen wrote them."""
    reading = misread.corrected(text)
    if reading == text:
        return
    for f in _phones(reading):
        if text[f.start : f.end] != f.value:
            yield Finding("PHONE", f.start, f.end, text[f.start : f.end])


DETECTORS: tuple[Callable[[str], Iterator[Finding]], ...] = (
    fields.find,
    fields.find_structured_names,
    credentials.find,
    seed_phrases.find,
    answers.find,
    hushed.find,
    told.find,
    # a value by its cue: on equal length its kind wins over a pattern's guess (a TFN, not a phone)
    cues.find,
    hl7.find,
    travel_documents.find,
    licence.find,
    _emails,
    _ibans,
    bank_accounts.find,
    _cards,
    national_ids.find,
    birthdates.find,
    _ips,
    _phones,
    addresses.find,
    names.find,
    call_signs.find,
    accounts.find,
    speakers.find,
    payments.find,
    sent.find,
    listed.find,
    listed.surname_first,
    rows.find,
    rows.rota,
    initials.find,
    households.find,
    lower_case.find,
    contacted.find,
    company.find,
    caseless.find,
    labelled.find,
    # last: the same detectors again on the text without OCR's misreadings
    misread.find,
    _misread_phones,
)
#: A placeholder this scrubber wrote: scrubbing scrubbed text leaves it as it is.
_PLACEHOLDER = re.compile(r"<[A-Z]+_\d+>")
#: A bot's mailbox, which no rule reads whole ("49699333+dependabot[bot]@users.noreply.github.com"):
#: nobody's, so none of its pieces is a phone or a name.
_BOT_MAILBOX = re.compile(r"[\w.+\-]*\[bot\]@[\w.\-]+")
#: A configuration's key for the account a database or a mail server is logged in to
#: ("POSTGRES_USER: shop", "DB_USER=crm", "SMTP_LOGIN=mailer"): the account is the program's,
#: unless a name the lists know is in it ("anna.berg").
_SERVICE_USER_KEY = re.compile(
    r"(?i)\b(?:db|database|postgres|pg|mysql|mariadb|mongo(?:db)?|redis|smtp|mail|rabbitmq(?:_default)?|"
    # (Spring's "spring.datasource.username=", a system's "admin_user =")
    r"amqp|ftp|ldap|sql|datasource\.|admin)_?(?:user(?:name)?|login|utente|usuario|benutzer)[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?$"
)


def _kept_spans(text: str) -> Spans:
    """Where nothing is found: the placeholders a scrubbed text already holds and a bot's
    mailbox (neither a detector's finding nor a learned value goes inside them)."""
    return Spans(m.span() for m in (*_PLACEHOLDER.finditer(text), *_BOT_MAILBOX.finditer(text)))


def detect(text: str) -> list[Finding]:
    """Non-overlapping findings in text order; where two overlap, the longer wins (a stable
    sort keeps the earlier detector on ties), so a card number is not also a phone number."""
    return list(_detect(text))


def forget_detections() -> None:
    """Empty the detectors' cache: a benchmark times the detectors, not the cache."""
    _detect.cache_clear()


#: Markdown's emphasis by underscores ("_Handover by: Josh Pereira_"): to the rules an underscore
#: is a word's letter, so the words inside are read as between markdown's other emphasis, stars
#: (a setting's key, "test_iban", "__init__", has a letter or another underscore beside each).
_EMPHASIS = re.compile(r"(?<![\w])_(?=[^\s_])([^_\n]{1,200}?)(?<=[^\s_])_(?![\w])")


#: A value markdown sets in bold, a number in it ("Old house alarm: **2468** then OFF", "changed
#: to **27-09-44**"): read without its stars, as the screen shows it (bold words without a
#: digit are a heading's or a label's, "**Author:**", and keep theirs).
_BOLD_VALUE = re.compile(r"(?<![*\w])\*\*(?=[^*\n]*\d)([^*\s@](?:[^*\n@]{0,40}[^*\s@])?)\*\*(?![*\w])")


#: A row of psql's expanded display ("\\x"), a column's name, blanks, a bar, its value:
#: "payment_token  | tok_1PzX8wQ9aLm3rT5uY2vN" under "-[ RECORD 1 ]----". Read with a colon for
#: the bar, it is the labelled field it shows.
_EXPANDED_ROW = re.compile(r"(?m)^([^\W\d]\w*[ \t]*)\|(?= )")


@lru_cache(maxsize=2048)
def _detect(text: str) -> tuple[Finding, ...]:
    # One request reads each screen text up to three times (to learn its values, to scrub the
    # prompt that lists it, to redact its box); the detectors are pure, so once is enough.
    readable = _EMPHASIS.sub(lambda m: f"*{m.group(1)}*", long_lines.lowered(text))
    readable = _BOLD_VALUE.sub(lambda m: f"  {m.group(1)}  ", readable)
    if "-[ RECORD" in readable:
        readable = _EXPANDED_ROW.sub(lambda m: f"{m.group(1)}:", readable)
    folded, breaks = long_lines.folded(readable)
    found = _detect_in(folded)
    return long_lines.unfolded(found, text, breaks) if breaks or readable != text else found


#: The prefixes a ship's name carries (motor vessel, tanker, steamship, Her Majesty's Ship...),
#: perhaps before markdown's emphasis ("MV *Thomas Telford*").
_SHIP_PREFIX = re.compile(r"(?<![\w/])(?:M/?V|M/?T|M/S|S/?S|RMS|HMS|FV|RV|MSC|LNG|LPG)\.?[ \t]+[*_]?$")


#: Letters a screen has masked: a run of stars or dots; three of them right before a value make
#: it a masked number's shown end (two may be markdown's bold: "**1968**").
_MASK = r"[*\u2022\u25cf]"
_MASKED = re.compile(rf"{_MASK}{{2,}}")
_MASKED_BEFORE = re.compile(rf"{_MASK}{{3}}$")


def _detect_in(text: str) -> tuple[Finding, ...]:
    placeholders = _kept_spans(text)
    # (read once a text: a screen of many names asks for each)
    animals = fields.holds_animals(text)
    found = [
        f
        for detector in DETECTORS
        for f in detector(text)
        if f.end > f.start
        and not placeholders.overlap(f.start, f.end)
        # a capitalised field label ("Hakija:", "Ad Soyad:") is what the name rules see first
        and not (f.kind == "NAME" and labelled.is_label(text, f.start, f.end))
        and not (
            f.kind == "NAME"
            and (
                _automated_sender(text, f)
                or _broadcast_sender(text, f)
                or _service_account(text, f)
                or _a_pet(text, f)
                # a setting's key right before its value: "by staff_id=HK-17"
                or (text.startswith("=", f.end) and "_" in f.value)
                # a name the screen shows masked already: "Customer: J*** S****"
                or _MASKED.search(f.value) is not None
                # a ship's name after its prefix: "M/T Kristina Theresa", "MV Anna Schulte"
                or _SHIP_PREFIX.search(text, max(0, f.start - 8), f.start) is not None
            )
        )
        # whichever detector read it (a card's cue too), a published example is nobody's
        and not examples.published_example(text, f)
        # and a toll-free number a business's, after a phone label too ("Tel: 0800 028 0100")
        and not (f.kind == "PHONE" and _company_line(text, f))
        # and a number right after "#" an order's or a ticket's ("ऑर्डर #5518830217"): none of
        # the phones the tuning corpora label stands so
        and not (f.kind == "PHONE" and text[f.start - 1 : f.start] == "#")
        # and a service's number: a desk's the line sends one to ("call the school office on
        # 020 ..."), beside its opening hours or as it asks to be called; and an address a label
        # gives as an organisation's place ("Depot: Unit 4, ...")
        and not (f.kind == "PHONE" and organisation_contacts.services_phone(text, f))
        and not (f.kind == "ADDRESS" and organisation_contacts.organisations_place(text, f))
        # and a place's own name and details in a settings file or a record ("warehouse:" above
        # "  address: Unit 9, Magna Park")
        and not (
            f.kind in ("NAME", "ADDRESS", "PHONE", "EMAIL")
            and organisation_contacts.under_a_place_key(text, f)
        )
        # and a network's "Address", an IP address the IP rules judge ("Address = 10.8.0.2/24")
        and not (f.kind == "ADDRESS" and _NETWORK_ADDRESS.match(f.value))
        # and a smart contract's address on a chain, public code (no secret either after "Token")
        and not (
            f.kind in ("ADDRESS", "SECRET") and _CONTRACT_BEFORE.search(text, max(0, f.start - 30), f.start)
        )
        # and a masked number's shown end ("sent to ******4417"; a bold "**1968**" is no mask):
        # no code, whatever cue is near
        and not (f.kind == "SECRET" and _MASKED_BEFORE.search(text, max(0, f.start - 3), f.start))
        # and an animal's name in a record of animals ('"species":"canine","name":"Max"')
        and not (animals and fields.animals_name(text, f))
        # and a company's tax number its own, after an ID's label too ("NIF B-84512369")
        and not (f.kind == "NATIONAL_ID" and national_ids.company_number(text, f.start, f.end))
    ]
    found = organisation_contacts.organisations_own(text, found)
    extra = [
        *_after_an_id(text, found),
        *_above_an_address(text, found),
        *_below_a_recipient(text, found),
        *birthdates.person_row_dates(text, found),
        *birthdates.lifespans(text, found),
        *birthdates.dates_after_names(text, found),
        *addresses.town_fields(text, found),
        *speakers.alongside(text, found),
        *nicknames.find(text, found),
    ]
    extra += national_ids.siblings(text, found + extra)
    extra += credentials.changed_codes(text, found + extra)
    extra += beside.find(text, found + extra)
    extra += beside.addressed(text, found + extra)
    extra += beside.caseless_names(text, found + extra)
    extra += columns.find(text, found + extra)
    return tuple(_without_overlaps(found + extra + list(_repeated(text, found + extra))))


#: Kinds whose value is one string wherever it stands: once found, every other copy of it in
#: the text is the same secret, number, birth date or person ("New password: X   Confirm: X", a code repeated
#: as "#482913" after its message, "Dear Fenna, ... Fenna will merge"), even where no cue stands
#: before the copy. A secret or a number only with a digit: a plain word read as a secret by
#: mistake is not spread over the whole text. A name only as written (same case), so "Will" found
#: as a name leaves the verb "will"; a name in a script without case ("ريم", "王芳") as it is.
_REPEATED_KINDS = frozenset({"SECRET", "NATIONAL_ID", "CARD", "IBAN", "NAME", "DOB"})
_MIN_REPEATED = 4
_MIN_REPEATED_NAME = 3


def _repeated(text: str, found: list[Finding]) -> Iterator[Finding]:
    kinds = {
        f.value: f.kind
        for f in found
        if f.kind in _REPEATED_KINDS
        and (
            _spreads_as_a_name(f.value)
            if f.kind == "NAME"
            else len(f.value) >= _MIN_REPEATED and any(c.isdigit() for c in f.value)
        )
    }
    for value, kind in kinds.items():
        for at in _copies(text, value):
            yield Finding(kind, at, at + len(value), value)
    # a host's address is the same host wherever it stands, after a login's "@" too
    # ("$ ssh ngozi@145.14.72.39" then "ngozi@145.14.72.39's password:")
    for address in {f.value for f in found if f.kind == "IP"}:
        for m in re.finditer(rf"(?<![\w.]){re.escape(address)}(?!\w|\.\d)", text):
            yield Finding("IP", m.start(), m.end(), address)
    for part in _name_parts(found):
        common = part.lower() in names.COMMON_WORDS
        for at in _copies(text, part, at_least=1):
            if not (common and _SENTENCE_START.search(text, max(0, at - 40), at)):
                yield Finding("NAME", at, at + len(part), part)
        yield from _genitives(text, part)
    yield from _short_forms(text, found)
    yield from _in_file_names(text, found)


#: What joins a name's word to the rest of a file's name, a slug or a key: "stanton_family_0042.jpg",
#: "2027-06-14_Okafor_Wedding", "gallery/garnier", "harrison-newborn".
_FILE_NAME_JOINER = frozenset("_-./=")


def _in_file_names(text: str, found: list[Finding]) -> Iterator[Finding]:
    """A word of a whole name found, in any case, where it stands joined into a file's name, a
    link's path or a key ("Rebecca Stanton" ... "stanton_family_0042.jpg", "Yusuf Demir" ...
    "Tenancy_Agreement_Demir_signed.pdf"): four letters or more and no everyday word, so that
    a name's "Rose" or "Hall" leaves "rose_garden.png" and "hall-hire.pdf" alone."""
    words = {
        word.lower()
        for f in found
        if f.kind == "NAME" and len(f.value.split()) > 1 and not _HAN.search(f.value)
        for word in f.value.split()
        if len(word) >= _MIN_REPEATED
        and word.isalpha()
        and names.known_name(word)
        and word.lower() not in names.COMMON_WORDS
        and word.lower() not in names.honorific_words()
    }
    if not words:
        return
    pattern = re.compile(
        rf"(?i)(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?![^\W\d_])"
    )
    for m in pattern.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        joined = any(c in _FILE_NAME_JOINER or c.isdigit() for c in (before, after) if c)
        if (
            joined
            # (a setting's key in capitals is a program's: "BALBIANELLO_API_PASSWORD")
            and not m.group().isupper()
            and not _IN_A_HOST.search(text, max(0, m.start() - 80), m.start())
            and not _HOST_AFTER.match(text, m.end())
        ):
            yield Finding("NAME", m.start(), m.end(), m.group())


#: A mailbox's or a host's part before the word (the mail rules read those): "awards@bafta".
_IN_A_HOST = re.compile(r"@[\w.\-]*$")
#: A domain after the word, or the rest of a mailbox's user and its "@" (the mail rules read
#: those), not a file's type: "bafta.org", "blood.co.uk" (not "Demir.pdf").
_HOST_AFTER = re.compile(
    r"[\w.+\-]*@|(?:\.[a-z0-9\-]+)*"
    r"\.(?!(?:pdf|jpe?g|png|gif|heic|tiff?|cr[23]|nef|raw|docx?|xlsx?|csv|txt|zip|mp4|mov)\b)[a-z]{2,6}(?![\w.\-])"
)


#: A capitalised word, to be compared with the given names found.
_CAPITALISED_WORD = re.compile(r"(?<![\w@.'\-])[^\W\d_a-z][^\W\d_]{2,}(?![\w@'\-])")


def _short_forms(text: str, found: list[Finding]) -> Iterator[Finding]:
    """A given name's short form in a text that names the person in full: its first letters,
    three or more, two short of the whole at least ("Bronwyn Tapsell" ... "R&R - Bron home",
    "Olumide Adeyemi-Cole" ... "Morning Olu"), and no everyday word or a name's everyday word
    ("Will" for William, "Pat" for Patricia stay words)."""
    given = {
        words[0]
        for f in found
        if f.kind == "NAME"
        and len(words := f.value.split()) > 1
        and len(words[0]) >= _MIN_REPEATED_NAME + 2
        and words[0].isalpha()
        and words[0][0].isupper()
        and not words[0].isupper()
        and words[0].lower() not in names.honorific_words()
    }
    if not given:
        return
    shorts = {name[:k] for name in given for k in range(_MIN_REPEATED_NAME, len(name) - 1)}
    for m in _CAPITALISED_WORD.finditer(text):
        word = m.group()
        folded = word.lower()
        if (
            word in shorts
            and not _everyday(folded)
            and not names.label_word(folded)
            and folded not in names.honorific_words()
        ):
            yield Finding("NAME", m.start(), m.end(), word)


#: Where a sentence starts: a word that is everyday too ("Grace", "Mark") is capitalised there
#: for its place, so there it is no copy of the name ("Grace period ends Friday").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\W_]*$")


def _name_parts(found: list[Finding]) -> set[str]:
    """The words of the whole names found, each to be found alone too: "Sunita Patel
    (Treasurer) ... Sunita to chase", "Von: Stefan Wagner ... Grüße, Stefan", "Name: Gavin
    Rourke ... Ref: TOUR27-ROURKE", "From: GEORGE PAPAS ... GEORGE". A word is taken as written
    and in capitals (a capitalised word in its capitals, a word in capitals capitalised), never
    an initial, a particle, a title or a label; a Chinese or Japanese name's words are not
    split. A given name found, alone or in a whole name, is found in lower case too, as a chat
    answers its speaker ("Jess O: ..." then "cheers jess"), where it is no everyday word in any
    language the lists know ("will", "mark", "rose" stay words)."""
    parts: set[str] = set()
    for f in found:
        words = f.value.split()
        if f.kind != "NAME" or _HAN.search(f.value):
            continue
        for word in words:
            word = word.strip(",")
            folded = word.lower()
            if (
                not _spreads_as_a_name(word)
                or (not word.isalpha() and "-" not in word)
                or folded in names.honorific_words()
                or names.PARTICLE_WORD.fullmatch(folded)
                or names.label_word(folded)
            ):
                continue
            if len(words) > 1:
                parts.add(word)
                if word[:1].isupper() and len(word) >= _MIN_REPEATED:
                    parts.add(word.upper() if not word.isupper() else word.capitalize())
            if _said_in_lower_case(word):
                parts.add(folded)
    return parts


def _said_in_lower_case(word: str) -> bool:
    """Whether a found name's word is a given name a chat may write in lower case: capitalised,
    listed, and no everyday word ("Jess", not "Will" or "Jade")."""
    folded = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and len(word) >= _MIN_REPEATED_NAME
        and names.any_first_name(word)
        and not _everyday(folded)
    )


def _everyday(folded: str) -> bool:
    """Whether a word is an everyday one, or a name the lists give as an everyday word too
    ("will", "pat", "jade")."""
    return folded in names.COMMON_WORDS or folded in names.name_words()


def _spreads_as_a_name(value: str) -> bool:
    """A capitalised name of three letters or more, a name in a script without capitals of two
    or more ("王芳" is a whole name), or a login joined by "_" or "." ("ted_lowther", which a
    log names again under a key no rule reads: 'to="ted_lowther"')."""
    if _JOINED_LOGIN.fullmatch(value):
        return True
    caseless = not value[0].isupper() and not value[0].islower() and value[0].isalpha()
    return len(value) >= (2 if caseless else _MIN_REPEATED_NAME) and (caseless or value[0].isupper())


#: A login of two words joined by "_" or ".", perhaps with figures after: one string wherever
#: it stands, as a name is.
_JOINED_LOGIN = re.compile(r"[a-z]{2,}[._][a-z]{2,}\d*")


_JOINS_BEFORE = re.compile(r"[\w@.]")
_JOINS_AFTER = re.compile(r"[\w@]")
#: Chinese and Japanese write words without spaces: a name of their characters is a copy
#: wherever it stands, inside a run of other characters too ("明天李明会来").
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


#: A found name's genitive as the Nordic languages and German write it, "s" glued on and a
#: small-letter word after: "Ingrids mobil", "Sørens nøkler" (not English's plural before its
#: small words: "Marks and Spencer").
_GENITIVE_AFTER = re.compile(
    r"s(?=[ \t]+(?!(?:and|or|the|is|are|was|were|of|in|on|at|to|for|with|by|a|an)\b)[a-zæøåäöüß])"
)
_MIN_GENITIVE_NAME = 4


def _genitives(text: str, part: str) -> Iterator[Finding]:
    """A capitalised name's word with the genitive's "s" glued on, where that is no word itself."""
    if not part[:1].isupper() or part.isupper() or len(part) < _MIN_GENITIVE_NAME:
        return
    # (a name that is an everyday word too has everyday plurals: "PRICE" found, "Prices include")
    if _everyday(part.lower()) or (part + "s").lower() in names.COMMON_WORDS:
        return
    for at in _copies(text, part + "s", at_least=1):
        if _GENITIVE_AFTER.match(text, at + len(part)):
            yield Finding("NAME", at, at + len(part) + 1, part + "s")


def _copies(text: str, value: str, at_least: int = 2) -> Iterator[int]:
    """Where `value` stands alone in `text` (not inside a longer word, address or host), if it
    stands there `at_least` times. Found with `str.find`: a text of thousands of names is read
    once per name at the speed of a string search, not of a pattern."""
    if text.count(value) < at_least:
        return
    at = text.find(value)
    unspaced = _HAN.fullmatch(value) is not None
    while at >= 0:
        end = at + len(value)
        if unspaced or (not (at and _JOINS_BEFORE.match(text, at - 1)) and not _JOINS_AFTER.match(text, end)):
            yield at
            at = text.find(value, end)
        else:
            at = text.find(value, at + 1)


#: What follows a personal ID on its line, the way a register or a form writes a person: the
#: holder's name ("ЕГН: 8805142932, Георги Петров Иванов"), then their address ("...,
#: Tomas Kazlauskas, Gedimino pr. 9, Vilnius").
_NAME_AFTER_ID = re.compile(
    r"[ \t]*[,;][ \t]*(?P<name>[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){1,3})(?=[ \t]*(?:[,;]|$))",
    re.MULTILINE,
)
_ADDRESS_AFTER_NAME = re.compile(
    r"[ \t]*[,;][ \t]*(?P<address>[^\W\d_][^\n,;\d]{1,40}?[ \t]\d{1,5}[^\W\d_]?(?:[/-]\d{1,4})?"
    r"(?:[ \t]*,[ \t]*[^\W\d_][\w\- ]{1,30}?)?)(?=[ \t]*(?:[,;.]|$))",
    re.MULTILINE,
)


def _after_an_id(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The holder's name right after a personal ID on its line, and an address right after
    that name."""
    for finding in found:
        if finding.kind != "NATIONAL_ID":
            continue
        name = _NAME_AFTER_ID.match(text, finding.end)
        words = name.group("name").split() if name else []
        # every word capitalised, one of them a name the lists know ("Pending Review" is not)
        if name is None or not all(w[0].isupper() for w in words) or not any(map(names.known_name, words)):
            continue
        yield Finding("NAME", name.start("name"), name.end("name"), name.group("name"))
        address = _ADDRESS_AFTER_NAME.match(text, name.end())
        if address is not None:
            yield Finding(
                "ADDRESS", address.start("address"), address.end("address"), address.group("address")
            )


#: A line of two to four capitalised or ALL-CAPS words and nothing else: on a shipping label
#: or an envelope, the recipient above their street ("KEALOHA NAKAMURA\n1650 ALA MOANA BLVD").
_NAME_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Za-z'\u2019\-]+(?:[ \t]+[A-Z][A-Za-z'\u2019\-.]*){1,3})[ \t]*"
)
#: Words of a company's, a department's or a place's name, which also stand above addresses.
_NOT_A_RECIPIENT = frozenset(
    """
    inc ltd llc gmbh ag sa sarl bv nv plc corp corporation company co team department dept
    services service store shop office hq headquarters warehouse returns center centre hotel
    university school hospital clinic bank group holdings international limited partners
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


#: A label line above the recipient: "SHIP TO:", "Deliver to", "Empfänger:".
_RECIPIENT_LABEL = re.compile(
    r"[ \t]*(?i:ship(?:ping)?[- ]to|deliver(?:y)?[- ]to|bill(?:ing)?[- ]to|sold to|recipient|attn\.?|"
    r"empfänger|destinataire|destinatario|ontvanger|odbiorca)[ \t]*:?[ \t]*"
)


def _above_an_address(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The recipient on the line right above an address that starts its own line, when a word
    of it is a name the lists know or a recipient's label stands above it, and none is a
    company's."""
    for finding in found:
        line_start = text.rfind("\n", 0, finding.start) + 1
        if finding.kind != "ADDRESS" or text[line_start : finding.start].strip() or line_start == 0:
            continue
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = _NAME_LINE.fullmatch(text, above_start, line_start - 1)
        if above is None:
            continue
        words = [w.strip(".").lower() for w in above.group("name").split()]
        label_start = text.rfind("\n", 0, max(0, above_start - 1)) + 1
        labelled = above_start > 0 and _RECIPIENT_LABEL.fullmatch(text, label_start, above_start - 1)
        if any(w in _NOT_A_RECIPIENT for w in words) or not (
            labelled or any(names.known_name(w) for w in words)
        ):
            continue
        # a venue's or a firm's name heads its own address ("The Olive Tree", "Kettle & Crumb Ltd")
        if names.group_name(text, above.group("name"), above.end("name")):
            continue
        yield Finding("NAME", above.start("name"), above.end("name"), above.group("name"))


#: A line that a recipient's label opens, with the recipient after it: "Penerima: Budi Santoso".
@lru_cache(maxsize=1)
def _recipient_line() -> re.Pattern[str]:
    labels = vocabulary().labels["recipient"] | {"المرسل إليه"}
    return re.compile(rf"[ \t]*(?:{words_pattern(labels)})[ \t]*[:\uff1a][ \t]*\S[^\n]*")


#: A line of an address under its recipient: a number in it, no label before a colon at its
#: start ("Tel:", "Waya:", "Berat:").
_ADDRESS_LINE = re.compile(r"[ \t]*(?![^\n:\uff1a]{1,24}[:\uff1a])(?=[^\n]*\d)(?P<value>[^\n]*[^\s])[ \t]*")
#: A postcode or a ZIP code at an address line's end, which ends the address.
_ENDS_IN_A_POSTCODE = re.compile(r"(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
#: How many lines under its recipient an address may run.
_ADDRESS_LINES = 2


def _below_a_recipient(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The address on the lines right under a recipient's labelled line that names a person
    ("المرسل إليه: يوسف الحربي" above "حي الملقا، شارع أنس بن مالك، الرياض 13521"): a parcel's
    label, a packing slip or a waybill writes it so in every language. One line or two, until
    a postcode ends it or a labelled line ("Tel:", "Weight:") follows."""
    named = {text.rfind("\n", 0, f.start) + 1 for f in found if f.kind == "NAME"}
    if "\n" not in text or not named:
        return
    pattern = _recipient_line()
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if offsets[i] not in named or not pattern.fullmatch(line):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _ADDRESS_LINES)):
            m = _ADDRESS_LINE.fullmatch(lines[j])
            if m is None:
                break
            start = offsets[j] + m.start("value")
            yield Finding("ADDRESS", start, start + len(m.group("value")), m.group("value"))
            if _ENDS_IN_A_POSTCODE.search(m.group("value")):
                break


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """The longest of overlapping findings, in text order (a stable sort keeps the earlier
    one on ties)."""
    # Kept findings never overlap, so sorted by start their ends are sorted too: only the
    # neighbours where a new finding would go can overlap it (a screen of thousands of names
    # would otherwise compare every finding with every other).
    starts: list[int] = []
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        at = bisect_left(starts, finding.start)
        if at and kept[at - 1].end > finding.start:
            continue
        if at < len(kept) and kept[at].start < finding.end:
            continue
        starts.insert(at, finding.start)
        kept.insert(at, finding)
    return kept


#: Shorter values are not searched for everywhere: "Al" or a PIN's "12" would hit any text. A
#: Chinese or Japanese name of two characters ("王芳") is whole, and is searched for.
MIN_KNOWN = 3
_MIN_KNOWN_HAN = 2


def _known_values_pattern(values: Iterable[str]) -> re.Pattern[str]:
    """Any of the values, longest first, standing alone; one of Chinese or Japanese characters
    also inside a run of them, which has no spaces to stand apart by."""
    ordered = sorted(values, key=len, reverse=True)
    alone = "|".join(re.escape(v) for v in ordered if not _HAN.fullmatch(v))
    unspaced = "|".join(re.escape(v) for v in ordered if _HAN.fullmatch(v))
    parts = ([rf"(?<!\w)(?:{alone})(?!\w)"] if alone else []) + ([rf"(?:{unspaced})"] if unspaced else [])
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass
class Scrubber:
    """Replaces findings with numbered placeholders and remembers them to restore replies.

    One value has one placeholder whatever detector found it. Values `learn()`t (a field's
    content, anything found elsewhere in the same request) are replaced wherever they appear,
    in any case, even where no detector would see them: "Jane Doe" in a field makes "jane doe"
    in the task text personal too.
    """

    originals: dict[str, str] = field(default_factory=dict)
    _placeholders: dict[str, str] = field(default_factory=dict)
    _per_kind: Counter[str] = field(default_factory=Counter)
    _known: dict[str, str] = field(default_factory=dict)
    _known_pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def placeholder(self, kind: str, value: str) -> str:
        key = value.casefold()
        if key not in self._placeholders:
            self._per_kind[kind] += 1
            token = f"<{kind}_{self._per_kind[kind]}>"
            self._placeholders[key] = token
            self.originals[token] = value
        return self._placeholders[key]

    def learn(self, kind: str, value: str) -> None:
        """From now on, `value` is personal wherever it appears."""
        value = value.strip()
        shortest = _MIN_KNOWN_HAN if _HAN.fullmatch(value) else MIN_KNOWN
        if len(value) >= shortest and not _PLACEHOLDER.fullmatch(value):
            self.placeholder(kind, value)
            if value.casefold() not in self._known:
                self._known[value.casefold()] = kind
                self._known_pattern = None

    @property
    def known(self) -> dict[str, str]:
        """Every learned value (folded to lower case) and its kind."""
        return dict(self._known)

    def findings(self, text: str) -> list[Finding]:
        """What `scrub()` replaces: the detectors' findings and every learned value, without
        overlaps (the longer wins)."""
        found = detect(text)
        if not self._known:
            return found
        if self._known_pattern is None:
            self._known_pattern = _known_values_pattern(self._known)
        placeholders = _kept_spans(text)
        learned = [
            Finding(self._known[m.group().casefold()], m.start(), m.end(), m.group())
            for m in self._known_pattern.finditer(text)
            if not placeholders.overlap(m.start(), m.end())
        ]
        return _without_overlaps(found + learned)

    def scrub(self, text: str) -> str:
        pieces: list[str] = []
        last = 0
        for finding in self.findings(text):
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
