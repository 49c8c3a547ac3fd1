"""Personal values known by a short cue right beside them, one rule per cause.

The name, address and ID modules find values by their lists and labels; what they missed on
text nobody tuned for (holdout8) was a handful of ways people write a value with a cue the
lists do not hold: a chat handle, a login in an audit or IAM line, a name that signs a chat
line after its last comma, a self-introduction ("Det är Linnéa"), a name before "from <team>
says", a CJK name in parentheses or after a recipient or card-holder label, a Vietnamese name
after its kinship pronoun, a post-office box, the user of a connection string, a card number
the OCR cut after its label, a Japanese mobile, a forum's "u/" user, a login said in a sentence
or a ticket's hand-over, a device named for its owner (Australia's tax file number, once here,
is national_ids' label now). Each rule is written for its cause in every language or script
that writes it the same way, not for one line.
"""

# ruff: noqa: RUF001, RUF003  (cues and examples are written in their own scripts and punctuation)

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from app.privacy.finding import Finding, cased
from app.privacy.names import (
    ASSENT_AND_THANKS,
    PARENTS,
    anyones_login,
    chinese_name,
    first_names,
    initial_and_surname,
    known_name,
)
from app.privacy.vocabulary import vocabulary

_LOGIN = r"[a-z][a-z0-9]{1,20}[._][a-z][a-z0-9]{1,20}"

#: "@rhiannon.tully can you ...": a chat handle written first.last or first_last, one of its
#: parts a known name; not a decorator ("@app.route(", "@pytest.fixture" alone on its line).
_HANDLE = re.compile(rf"(?<![\w.@/])@(?P<value>{_LOGIN})(?![\w.(@/])(?=[ \t]*[,:;!?]?[ \t]+\S)")
#: "zeke_kowalczyk joined the channel": a chat system line about a member.
_MEMBER = re.compile(
    rf"(?m)(?:^|(?<=\s))(?P<value>{_LOGIN})[ \t]+(?:has[ \t]+)?(?:joined|left|was added|was removed|"
    r"is now|changed the|set the|reacted|pinned)\b"
)
#: "password changed for account oskar.lindholm", "arn:aws:iam::4938:user/georgina.whitlock":
#: a person-shaped login after "account" or an IAM user path.
_ACCOUNT = re.compile(rf"(?:\baccount[ \t]+|:user/(?:[\w+=,.@-]+/)*)(?P<value>{_LOGIN})(?![\w@])")


def _person_login(login: str) -> bool:
    return any(known_name(part) for part in re.split(r"[._]", login))


#: A forum's user ("Posted by u/quietfern_88"): "u/" names an account, and so a person.
_FORUM_USER = re.compile(r"(?<![\w/])u/(?P<value>[A-Za-z0-9][\w-]{2,19})(?![\w/])")
#: A login said where a support line or a log says it: "My login is dkarlsson88", "user
#: mthomas1982 / password ...", "reset pwd for bwhitfield", "reassigned ticket from vgrabowska to
#: ademola.o". Taken where it has a login's shape (`login_shaped`).
_ACCOUNT_WORD = r"[a-z][a-z0-9]{1,20}(?:[._][a-z0-9]{1,20})?"
_LOGIN_SAID = re.compile(
    rf"(?i:\b(?:login|username|user ?name|user ?id)[ \t]+is)[ \t]+(?P<value>{_ACCOUNT_WORD})(?![\w@-])"
    rf"|(?i:\buser)[ \t]+(?P<user>{_ACCOUNT_WORD})[ \t]*/[ \t]*(?i:password|pass|pwd)\b"
    rf"|(?i:\breset(?:ting)?[ \t]+(?:the[ \t]+)?(?:pwd|password|passcode|mfa|2fa)[ \t]+for)[ \t]+"
    rf"(?P<reset>{_ACCOUNT_WORD})(?![\w@-])"
)
#: Whom an app names as the one the reader chats with or who posted, by their handle ("Chat with
#: ahmad_ridzuan", "Post by daisy_m:", "Welcome back, sunnyd_87", a game lobby's "[HOST]
#: kxng_darnell"). A login under a key that names its person's role is accounts.py's.
_CHATTED_WITH = re.compile(
    r"(?i:\b(?:chat with|welcome back,?|post(?:ed)? by|message from)|\[HOST\])[ \t]+"
    r"(?P<handle>[a-z][a-z0-9]*(?:[._][a-z0-9]+)*_?)(?=[ \t]*[:.!]?[ \t]*$)",
    re.MULTILINE,
)
_HANDED_OVER = re.compile(
    rf"(?i:\b(?:reassigned|transferred|handed over|escalated)\b)[^\n]{{0,40}}?\bfrom[ \t]+"
    rf"(?P<giver>{_ACCOUNT_WORD})[ \t]+to[ \t]+(?P<taker>{_ACCOUNT_WORD})(?![\w@-])"
)


#: A device named for its owner in the languages that put the owner after it, as Bluetooth,
#: AirDrop and a meeting's participants list show it: "iPhone de Lucas", "AirPods Pro von Jonas".
_DEVICE_OF = re.compile(
    r"\b(?:iPhone|iPad|iMac|MacBook(?: Pro| Air)?|AirPods(?: Pro| Max)?|Apple Watch|Galaxy(?: [A-Z]?\w+)?|"
    r"Pixel(?: \d+\w*)?|Surface(?: \w+)?|ThinkPad|Kindle)[ \t]+(?:de|di|da|do|von|van|od)[ \t]+"
    r"(?P<value>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ \t][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
)


def login_shaped(login: str) -> bool:
    """Letters then a number ("dkarlsson88", "jdoe_77"), parts of which one is a name
    ("ademola.o"), or an initial glued to a surname ("bwhitfield")."""
    numbered = re.fullmatch(r"[a-z]{3,}[._]?\d{1,4}", login) is not None
    return numbered or _person_login(login) or initial_and_surname(login)


#: A sign-off word before the name that ends a chat line ("Grüße Lukas", "bisous, Anaïs").
_SIGN_OFF = (
    r"(?:grüße|gruß|lg|vg|bisous|bises|amitiés|cheers|thanks|thx|regards|best|love|xoxo|x{1,3}|"
    r"besos|abrazos|saludos|un abrazo|baci|saluti|groetjes|groeten|hälsningar|mvh|hilsen|"
    r"pozdrawiam|pozdrav|pozdravy|üdv|terveisin|obrigado|abraços|beijos|cumprimentos|"
    # a thank-you that ends a message before its writer: "Díky, Mirek", "Danke, Jonas"
    r"díky|děkuji|dzięki|dziękuję|danke|merci|gracias|grazie|tack|takk|kiitos|köszi|köszönöm|"
    r"mulțumesc|hvala|aitäh|paldies|ačiū|bedankt|obrigada|спасибо|дякую|ευχαριστώ|teşekkürler|"
    r"asante|salamat|hugs)"
)
#: The last comma, dash or slash of a line (Latin or Arabic script), an optional sign-off word,
#: then one word that ends the line: "..., Grüße Lukas", "है, प्रिया", "است، رضا", "... when you
#: land — Ciarán", "0412 345 678 / Sinead".
_SIGNED_AFTER_COMMA = re.compile(
    rf"(?:[,،]|[ \t][\u2014\u2013\-][ \t]|[ \t]/[ \t]?|[.!?][ \t]+(?=x{{1,3}}[ \t])"
    # or a line of its own that a sign-off word opens: "xx Dana", "Cheers Tom"
    # (its "!" doubled and a kiss after the name: "Thanks!! Liv x")
    rf"|^(?=[ \t]*(?i:{_SIGN_OFF})[,!]{{0,3}}[ \t]+[^\W\d_][^\s,،.!?()]{{1,20}}[ \t]*[.!]?"
    rf"(?:[ \t]+x{{1,3}})?[ \t]*$))[ \t]*"
    rf"(?P<off>(?i:{_SIGN_OFF})[,!]{{0,3}}[ \t]+)?"
    # the writer's role may follow in brackets: "— Tom (Talent Acquisition)", or their number:
    # "Ta med förkläde. /Karin 073-642 18 05"
    r"(?P<value>[^\W\d_][^\s,،.!?()]{1,20})[ \t]*(?:\([^()\n]{1,40}\))?"
    r"(?:[ \t]+\+?\d[\d \-]{6,18}\d)?[ \t]*[.!]?(?:[ \t]+x{1,3})?[ \t]*$",
    re.MULTILINE,
)
#: A comma as a CSV row parts its cells, with no blank after it.
_CELL_COMMA = re.compile(r"[,،](?![ \t])")
#: A line's words before its last comma that are a sign-off alone: "Díky, Mirek".
_SIGN_OFF_LINE = re.compile(rf"[ \t]*(?i:{_SIGN_OFF})[ \t]*")
#: Something personal on the same line says it is a message from a person: a phone number as
#: people write their own (after "+" or a trunk "0", in any script's digits) or an e-mail
#: address; an order or tracking number does not.
_PERSONAL_ON_LINE = re.compile(
    r"(?:\+|(?<!\d)[0\u06f0\u0660\u0966])[ (]?\d(?:[ \-./()]?\d){6,}|[\w.+-]+@[\w-]+\.\w+"
)


def _first_name(word: str) -> bool:
    """A known first name, also where the lists spell it without its accents ("Ciarán")."""
    folded = word.lower()
    return folded in first_names() or _unaccented(folded) in first_names()


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


#: Who a number is for, in brackets after it, in any script (a note may follow the name:
#: "(Siobhan, after 5pm)"): "Móvil +34 612 345 678 (Lucía)",
#: "Κινητό: 694 512 7730 (Νίκος)", "주민등록번호: 910316-2563751 (김지현)".
_NAMED_NUMBER = re.compile(
    r"\d(?:[ \-./]?\d){5,}[ \t]*[(\uff08](?P<value>[^\W\d_]+(?:[ \t][^\W\d_]+)?)"
    r"(?:[,;][^()\n]{0,30})?[)\uff09]"
)
#: What kind of number it is, written where its owner's name would be: "(Dom)" is Polish for
#: home, "(Line)" a messenger, "(UK)" where it is called from.
_NUMBER_KINDS = frozenset(
    """
    dom line home work mobile cell office fax main direct private casa trabajo lavoro travail
    maison arbeit privat büro thuis werk praca biuro koti jobb hjem whatsapp signal telegram viber
    uk us usa ie eu intl international overseas abroad freephone
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A name after a dash that ends a line, after a date: "जन्म तिथि: 15/01/1995 — राहुल मेहता".
_NAMED_DATE = re.compile(
    r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}[ \t]*[\u2014\u2013][ \t]*"
    r"(?P<value>[^\s\d_.,;:!?()\u2014\u2013\-]+(?:[ \t]+[^\s\d_.,;:!?()\u2014\u2013\-]+){0,3})[ \t]*$",
    re.MULTILINE,
)
#: A CJK display name before an e-mail address: "李娜 <li.na@example.com>".
_CJK_LETTER = r"[\u4e00-\u9fff\u3005\u30a0-\u30ff\uac00-\ud7af]"
_CJK_DISPLAY_NAME = re.compile(
    rf"(?<!{_CJK_LETTER})(?P<value>{_CJK_LETTER}{{1,4}}(?:[ \u3000]{_CJK_LETTER}{{1,4}})?)"
    r"[ \t]*<[^<>\s]+@[^<>\s]+>"
)


#: A chat's speaker shown by family and given name with a space between, as LINE and WeChat
#: show a display name: "佐藤 大輔: 明日の練習、...". A label has no space inside it.
_CJK_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?P<value>{_CJK_LETTER}{{1,3}}[ \u3000]{_CJK_LETTER}{{1,3}})[ \t]*[:\uff1a][ \t]*\S{{3,}}"
)


def _someone(words: list[str]) -> bool:
    """Words that name someone without a label: in a cased script capitalised, the first a known
    first name; in a script without case a CJK name by its family name, or two words or more."""
    first = words[0]
    if cased(first):
        return all(w[0].isupper() for w in words) and _first_name(first)
    if re.match(r"[\u4e00-\u9fff\uac00-\ud7af]", first):
        return len(words) == 1 and _cjk_person(first)
    return len(words) >= 2


def _signed(text: str) -> Iterator[Finding]:
    for m in _SIGNED_AFTER_COMMA.finditer(text):
        word = m.group("value")
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        # in a cased script only a capitalised known first name signs a line, and not a
        # parent's word ("Love, Mum xx")
        if (word.isascii() or cased(word)) and not (word[0].isupper() and _first_name(word)):
            continue
        if word.lower() in PARENTS:
            continue
        # a CSV row's last cell, its commas with no blank after: "สมศักดิ์ ใจดี,081 234 5590,ไลฟ์การ์ด"
        if m.start("value") == m.start() + 1 and len(_CELL_COMMA.findall(line)) >= 2:
            continue
        # a sign-off word, the writer's own number or address, or a greeting that opens the
        # line says the line is a message and its last word who wrote it
        if (
            m.group("off")
            or _SIGN_OFF_LINE.fullmatch(line)
            or _PERSONAL_ON_LINE.search(line)
            or _GREETED_LINE.match(line)
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), word)


#: "Det är Linnéa, ...", "c'est Anaïs !", "it's Tom here": a speaker says who they are.
_SELF_INTRO = re.compile(
    r"(?i:\b(?:det är|det er|c'est|it's|it is|this is|hier ist|ich bin|soy|sono|ik ben|"
    r"tässä on|to ja|aqui é|sou a|sou o))[ \t]+(?P<value>[^\W\d_a-z][^\W\d_]+)(?=[ \t]*(?:[,!.]|$| here\b))",
    re.MULTILINE,
)
#: A message that opens with a greeting and the writer's own name: "Hola, soy Nahia, ...", "Hoi!
#: Met Sven hier", "Привет, это Гоша,", "Merhaba, ben Caner;", "مرحبا، أنا ليلى،", "היי זה איתי,",
#: "Kuya, ako po si Marites,". Greeting, self-introduction and the clause's end around one word
#: are cue enough for a name the lists lack; a lower-case word must be a listed first name
#: ("hey its marguerite again"), and a weekday or month is no one ("Hi, it's Friday!").
_GREETING_OPENS = (
    r"(?:hi+|hey+|hello|hiya|hola|buenas|oi|olá|ola|hoi|hallo|hej|hei|moi|ciao|salve|salut|coucou|"
    r"bonjour|cześć|ahoj|привет|здравствуйте|добрый день|merhaba|selam|kuya|ate|po|"
    r"مرحبا|مرحباً|أهلا|السلام عليكم|היי|שלום|הי)"
)
#: A line that opens with a greeting: "Hi Priyanka, thanks for applying ... — Tom".
_GREETED_LINE = re.compile(rf"(?i)[ \t]*{_GREETING_OPENS}\b")
_SELF_WORDS = (
    r"(?:it['\u2019]?s|it is|this is|i['\u2019]?m|soy|aquí|aqui é(?: [ao])?|sou(?: [ao])?|sono|c'est|ici|met|"
    r"hier ist|ich bin|ik ben|det är|det er|jeg er|jestem|tu|это|я|ben|أنا|معك|זה|אני|ako po si|ako si|"
    r"saya)"
)
_GREETED_SELF_INTRO = re.compile(
    rf"(?im:^[ \t]*{_GREETING_OPENS}[ \t]*[,!.\u060c]*[ \t]+{_SELF_WORDS})[ \t]+"
    r"(?P<value>[^\W\d_][^\W\d_'\u2019]{1,20})"
    r"(?=[ \t]*[,;.!\u060c]|[ \t]+(?i:here|hier|again|from|från|fra|da|de|van|aus|z|из)\b)"
)
_NOT_SELF = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday weekend today tomorrow time
    me you him her them us done back fine ok okay good great here home late sorry ready
    lunes martes miércoles jueves viernes sábado domingo montag dienstag mittwoch donnerstag
    freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A message that opens by calling someone by their first name, then a comma: "Anna, can you
#: send the report?", "Hafiz, kedai telco tu minta IC asal", "Bro Dimas, kalau ada yang telpon"
#: (a chat's turn may stand before: "Mum: Jamie, the builders left"). Only a first name the
#: lists know, and none a greeting or an everyday word also is ("Hi,", "Ok,").
_VOCATIVE = re.compile(
    r"(?m)(?:^|(?<=: ))[ \t]*(?:(?:Bro|Sis|Kak|Mas|Mbak|Uy|Kuya|Ate|Dear)[ \t]+)?"
    # (what follows the comma is no other capitalised name: "Jackson, Mississippi", "Edison,
    # Tesla and ..." list places and people, "Anna, can you", "Anna, I need" call someone)
    # (nor a letter's heading, its town and date: "Roma, 1 dicembre 2026", "Berlin, den 3.5.2026")
    r"(?P<value>[^\W\d_a-z][^\W\d_]{2,20})[ \t]*,(?=[ \t]+(?:[^\W_A-ZÀ-ÖØ-Þ]|I\b))"
    r"(?![ \t]+(?:(?:den|le|il|el|am|dne|d\.)[ \t]+)?\d{1,2}"
    r"(?:\.?[ \t]+[^\W\d_]+\.?,?[ \t]+|[./\-]\d{1,2}[./\-])\d{2,4}\b)"
)
#: A form's two short fields for a name on one line, "First:" and "Last:" ("First: Tyrell   Last:
#: Washington-Burke"): alone, "First:" may start a list of steps; with "Last:" after it on the
#: line, the two values are a person's given name and surname.
_FIRST_AND_LAST = re.compile(
    r"(?m)\b(?i:first)[ \t]*:[ \t]*(?P<first>[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?:[ \t]{2,}|[ \t]*[,|·][ \t]*)"
    r"(?i:last)[ \t]*:[ \t]*(?P<last>[^\W\d_a-z][^\W\d_]+(?:[-'\u2019][^\W\d_]+)*)"
)
#: Openings that are no one's name, beside the greetings (`vocabulary().greetings`) and the
#: words of assent and thanks.
_NO_VOCATIVE = ASSENT_AND_THANKS | frozenset("oi ya yo ha so ah oh eh hey hai".split())  # noqa: SIM905
#: A birth surname after "née" and its kin: "Mrs Ruby Pereira (née D'Souza)", "geb. Hoffmann".
_BORN_SURNAME = re.compile(
    r"\b(?:née|nee|geb\.|geborene|z domu|född|født)[ \t]+(?P<value>[^\W\d_a-z][\w'\u2019\-]{1,30})"
)
#: "Ingrid from finance says ...": a colleague named before their team and what they said.
_FROM_TEAM = re.compile(
    r"(?<![\w.])(?P<value>[^\W\d_a-z][^\W\d_]+)[ \t]+from[ \t]+(?:the[ \t]+)?[A-Za-z]+(?:[ \t]+team)?"
    r"[ \t]+(?:says|said|asked|asks|wants|wrote|called|mentioned|told)\b"
)

_HAN = r"[\u4e00-\u9fff\u3005]"
#: A Japanese or Chinese name in full-width parentheses at the end of a sentence, the way a
#: message is signed: "...です（高橋）".
_CJK_SIGNED = re.compile(
    rf"(?<=[\u3040-\u30ff\u4e00-\u9fff。])（(?P<value>{_HAN}{{2,4}})）[ \t]*$", re.MULTILINE
)
#: Labels a person follows in Chinese and Korean: a user, a recipient, a card holder.
_CJK_PERSON_LABEL = re.compile(
    r"(?:用户|用戶|收件人|收货人|持卡人|开户人|户名|"
    r"카드[ \t]?소유자|받는[ \t]?분|보내는[ \t]?분|수신인|수령인|예금주)"
    r"[ \t]*[:：]?[ \t]*(?P<value>[\u4e00-\u9fff\uac00-\ud7af]{2,4})(?![\u4e00-\u9fff\uac00-\ud7af])"
)
_KO_FAMILY = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_JA_FAMILY_START = frozenset(
    "佐鈴高田伊渡山中小加吉松井木林清斎斉森池橋阿石前藤岡長坂遠青西村後近坂福太原岩上野菅宮大酒千横竹内今河北川浅本"
)


def _cjk_person(word: str) -> bool:
    if "\uac00" <= word[0] <= "\ud7af":
        return word[0] in _KO_FAMILY and len(word) in (2, 3, 4)
    return chinese_name(word) or word[0] in _JA_FAMILY_START


#: "anh Trần Văn Dũng", "chị Lan": Vietnamese writes a person after a kinship pronoun.
_VI_PRONOUNED = re.compile(
    r"(?<![\w])(?:anh|chị|ông|bà|cô|chú|bác|em)[ \t]+"
    r"(?P<value>(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+[ \t]+){0,3}[A-ZÀ-ỸĐ][a-zà-ỹđ]+)"
)
#: Letters only Vietnamese writes: "em" is also Portuguese for "in" ("em São Paulo"), so the
#: pronoun is one only on a line that has them.
_VI_LETTERS = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
#: "Име и презиме: Драган Јовановић": the full-name label of South Slavic and East Slavic forms.
_FULL_NAME_LABEL = re.compile(
    r"(?i:име и презиме|ime i prezime|име и фамилия|имя и фамилия|ім'я та прізвище|име и фамилија|"
    r"imię i nazwisko|jméno a příjmení|meno a priezvisko|ime in priimek)[ \t]*[:：][ \t]*"
    r"(?P<value>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,2})"
)
#: A post-office box in the languages that write one: the box and the town after it.
_PO_BOX = re.compile(
    r"(?i:\b(?:sanduku la posta|s\.?l\.?p\.?|p\.?\s?o\.?\s?box|postfach|boîte postale|"
    r"apartado(?: de correos)?|"
    r"caixa postal|casella postale|skrytka pocztowa|postbus|postboks))[ \t]+\d{1,6}"
    r"(?:[ \t]*,[ \t]*[^\W\d_][^\W\d_\-]+(?:[ \t]+[^\W\d_][^\W\d_\-]+)?)?"
)
#: The user of a connection string ("postgresql://tanaka:...@host"): a person's login when it
#: is a known name or a common romanised East Asian family name (the lists hold them in their
#: own scripts); "reporting", "mailer", "oauth2" are service accounts.
_URL_USER = re.compile(r"\b[a-z][a-z0-9+.\-]*://(?P<value>[a-z][a-z0-9._\-]{2,30}):[^\s/@]+@")
_ROMANISED_FAMILY = frozenset(
    [
        "sato",
        "suzuki",
        "takahashi",
        "tanaka",
        "watanabe",
        "ito",
        "yamamoto",
        "nakamura",
        "kobayashi",
        "kato",
        "yoshida",
        "yamada",
        "sasaki",
        "yamaguchi",
        "matsumoto",
        "inoue",
        "kimura",
        "hayashi",
        "shimizu",
        "yamazaki",
        "ikeda",
        "hashimoto",
        "yamashita",
        "ishikawa",
        "nakajima",
        "maeda",
        "fujita",
        "ogawa",
        "goto",
        "okada",
        "hasegawa",
        "murakami",
        "kondo",
        "ishii",
        "saito",
        "sakamoto",
        "aoki",
        "fujii",
        "nishimura",
        "fukuda",
        "miura",
        "fujiwara",
        "okamoto",
        "matsuda",
        "nakagawa",
        "nakano",
        "harada",
        "ono",
        "takeda",
        "kim",
        "park",
        "choi",
        "jung",
        "kang",
        "yoon",
        "jang",
        "lim",
        "shin",
        "kwon",
        "hwang",
        "song",
        "yoo",
        "hong",
        "wang",
        "zhang",
        "chen",
        "yang",
        "huang",
        "zhao",
        "zhou",
        "xu",
        "sun",
        "zhu",
        "guo",
        "luo",
        "liang",
        "song",
        "zheng",
        "xie",
        "tang",
        "feng",
    ]
)
#: A card number cut by OCR after its label: what follows is the card's even without a Luhn check.
_CARD_LABELLED = re.compile(
    r"(?i:\b(?:card|credit card|debit card|karte|kartennummer|carte|tarjeta|carta|kaart)"
    r"(?:[ \t]+(?:number|no\.?|nr\.?|nummer|numéro|número|numero|#))?|カード番号|카드번호|卡号)"
    r"[ \t]*[:：#]?[ \t]*(?P<value>\d{4}(?:[ \t-]?\d{2,4}){2,4})(?![\d])"
)
#: A Japanese mobile written 090-1234-5678 (070, 080, 090), glued to Japanese text or not.
_JP_MOBILE = re.compile(r"(?<![\d\-])0[789]0-\d{4}-\d{4}(?![\d\-])")


#: A person set off by commas after the role that names them: "the chef, Marcus, came out",
#: "her deputy, Osei Boateng, instead", "our landlord, Mr Ferris," (English prose, where a
#: role noun in lower case after an article or possessive stands right before).
_APPOSITIVE = re.compile(
    r"\b(?:the|her|his|my|our|your|their)[ \t]+(?:[a-z]{3,}[ \t]+)?"
    r"(?:deputy|chef|manager|landlord|landlady|neighbou?r|colleague|assistant|boss|teacher|doctor|"
    r"nurse|friend|partner|husband|wife|son|daughter|brother|sister|cousin|server|waiter|waitress|"
    r"driver|agent|advis[oe]r|lawyer|solicitor|accountant|tutor|coach|mentor|intern|secretary|"
    r"receptionist|plumber|electrician|builder|cleaner|nanny|babysitter|dentist|pharmacist|"
    r"therapist|supervisor|director|technician|engineer|contractor|caseworker|carer|midwife|"
    r"surgeon|consultant|representative|rep|officer|inspector|estate agent|realtor|broker),[ \t]+"
    r"(?P<value>[A-Z][a-zà-ÿ'\-]+(?:[ \t]+[A-Z][a-zà-ÿ'\-]+)?)(?=,)"
)


def find(text: str) -> Iterator[Finding]:
    for pattern in (_HANDLE, _MEMBER, _ACCOUNT):
        for m in pattern.finditer(text):
            if _person_login(m.group("value")):
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _DEVICE_OF.finditer(text):
        if known_name(m.group("value").split()[0]):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _FORUM_USER.finditer(text):
        yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for pattern in (_LOGIN_SAID, _HANDED_OVER, _CHATTED_WITH):
        for m in pattern.finditer(text):
            for group, login in m.groupdict().items():
                if login and login_shaped(login.lower()) and anyones_login(login):
                    yield Finding("NAME", m.start(group), m.end(group), login)
    yield from _signed(text)
    for pattern in (_SELF_INTRO, _FROM_TEAM):
        for m in pattern.finditer(text):
            if m.group("value").lower() in first_names():
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _BORN_SURNAME.finditer(text):
        yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _VOCATIVE.finditer(text):
        word = m.group("value")
        folded = word.lower()
        opening = folded in _NO_VOCATIVE or folded in vocabulary().greetings
        if folded in first_names() and not opening and not word.isupper():
            yield Finding("NAME", m.start("value"), m.end("value"), word)
    for m in _FIRST_AND_LAST.finditer(text):
        for group in ("first", "last"):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _GREETED_SELF_INTRO.finditer(text):
        word = m.group("value")
        if word.lower() in _NOT_SELF:
            continue
        if word[0].isupper() or not word[0].islower() or _first_name(word):
            yield Finding("NAME", m.start("value"), m.end("value"), word)
    for pattern in (_CJK_SIGNED, _CJK_PERSON_LABEL):
        for m in pattern.finditer(text):
            if _cjk_person(m.group("value")):
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for pattern in (_NAMED_NUMBER, _NAMED_DATE):
        for m in pattern.finditer(text):
            if m.group("value").lower() not in _NUMBER_KINDS and _someone(m.group("value").split()):
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in (*_CJK_DISPLAY_NAME.finditer(text), *_CJK_SPEAKER.finditer(text)):
        # "山本 真理子": family and given name with a space between
        if _cjk_person(re.sub(r"[ \u3000]", "", m.group("value"))):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _VI_PRONOUNED.finditer(text):
        words = m.group("value").split()
        # the letter ranges above hold Vietnamese lower-case letters too ("anh đã được")
        if not all(w[0].isupper() for w in words):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not _VI_LETTERS.search(text, line_start, len(text) if line_end < 0 else line_end):
            continue
        if len(words) >= 2 or words[0].lower() in first_names():
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _FULL_NAME_LABEL.finditer(text):
        yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _APPOSITIVE.finditer(text):
        if known_name(m.group("value").split()[0]):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _PO_BOX.finditer(text):
        yield Finding("ADDRESS", m.start(), m.end(), m.group())
    for m in _URL_USER.finditer(text):
        user = m.group("value")
        if user in _ROMANISED_FAMILY or _person_login(user):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _CARD_LABELLED.finditer(text):
        yield Finding("CARD", m.start("value"), m.end("value"), m.group("value"))
    for m in _JP_MOBILE.finditer(text):
        yield Finding("PHONE", m.start(), m.end(), m.group())
