"""Passwords, keys and tokens, found by the name they are given and by their shape.

Three ways a secret shows itself, after detect-secrets' split into keyword, shape and
high-entropy plugins: (1) a key whose name says secret (`DB_PASSWORD=`, `"client_secret":`,
`app.auth.token=`, "pw:", "Passwort", "mot de passe :") and a literal value; (2) a token whose
prefix says what issued it (GitHub, GitLab, Slack, Stripe, AWS, Google, OpenAI, Hugging Face,
npm, SendGrid, DigitalOcean, Mailgun, Discord bots, JWTs); (3) where it sits: a Basic or
Bearer authorization, the password of a `scheme://user:password@host` URL, `curl -u` or a
`.pgpass` line, the body of a PEM private key, the secret part of a webhook or bot URL
(Slack, Discord, Telegram), a signature or token in a query, and what a password manager's
command prints ("$ bw get password ..."). People say secrets too: a
password a few words after its label ("the staging db password is still X") or in a chat line
that names one, a PIN, a CVV or a one-time code after its word, backup codes and a recovery
phrase after their label, and a random string after a key's or a secret's name. A code's new
value is one too where it follows the old one's arrow or, after a question that told the old
one, a word of change in the next turn ("still 1-9-7-3?" then "changed to 2-0-2-6").
A value that is code rather than a literal (`os.environ["API_KEY"]`, `${DB_PASSWORD}`,
`getpass.getpass(...)`) and a setting about secrets (`PASSWORD_MIN_LENGTH=12`,
`TOKEN_EXPIRY_SECONDS`, `auth_method`) are left alone.
"""

# ruff: noqa: RUF001, RUF003  (quotation marks and commas of several scripts end a word in prose)
from __future__ import annotations

import base64
import math
import re
import string
from collections import Counter
from collections.abc import Iterator

from app.privacy.finding import Finding, line_bounds, line_end, value_shape

_TOKEN_SHAPES = re.compile(
    r"(?<![\w-])(?:sk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|"
    # any service's key in Stripe's shape, its environment in the middle: "lfk_live_7Hc2...",
    # "ak_prod_7Hq2..." (a digit in its random part; Stripe's "pk_" is a publishable key, public)
    r"(?!pk_)[a-z]{2,6}_(?:live|prod|test)_(?=[A-Za-z]*\d)[A-Za-z0-9]{16,}|"
    r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{30,}|glpat-[A-Za-z0-9_-]{16,}|"
    r"(?:AKIA|ASIA)[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,}|"
    r"hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{30,}|pypi-[A-Za-z0-9_-]{40,}|"
    r"SG\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}|"
    r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|"
    # a Docker Hub access token, a Stripe webhook secret, Shopify app tokens, Square tokens,
    # a Slack app-level token
    r"whsec_[A-Za-z0-9]{24,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|sq0(?:atp|csp)-[\w-]{22,}|xapp-[\w-]{20,}|"
    # a Twitch stream key, and a Twitch chat bot's OAuth token ("oauth:x7k2m9q4v1b8...")
    r"live_\d{6,12}_[A-Za-z0-9]{20,}|oauth:(?=[a-z]*\d)[a-z0-9]{30}(?![\w-])|"
    # DigitalOcean personal, OAuth and refresh tokens; a Mailgun API key; a Discord bot token
    # (a base64 user ID starting M, N or O, a timestamp, an HMAC), as detect-secrets shapes it
    r"do[opr]_v1_[a-f0-9]{40,}|key-[0-9a-f]{32}|dckr_pat_[\w-]{20,}|[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}|"
    # a BitLocker recovery key: eight groups of six digits
    r"\d{6}(?:-\d{6}){7}(?![\w-])|"
    # a Mailchimp API key, its data centre after the dash
    r"[0-9a-f]{32}-us\d{1,2}(?![\w-])|"
    # an error tracker's DSN key, before its host ("https://9f1c3a7e5b2d4c8a@o44721.ingest...")
    r"(?<=://)(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{16,}(?=@))"
)


def _words(*alternatives: str) -> str:
    """Alternatives as one group, led by a lookahead on their first letters (each starts with a
    literal one): Python's regex engine then tries the group only where a word can start, which
    scans a screen two to three times faster than the bare group."""
    lead = re.escape("".join(sorted({a[0] for a in alternatives})))
    return rf"(?=[{lead}])(?:{'|'.join(alternatives)})"


#: Words for a password itself (not a key or a token), in several languages: a line that says
#: one of them may give the password in prose.
_PASSWORD_WORDS = (
    *("password", "passwd", "passwort", "passphrase", "passcode", "pwd", "pw", "psk"),
    *("pre-?shared[_ -]key", "wachtwoord", "mot de passe", "mdp", "contrase[ñn]a", "clave", "senha"),
    # a password set by a helpdesk, in German's compounds ("Initialpasswort vergeben: ...")
    *("initialpasswort", "einmalpasswort", "startpasswort", "erstpasswort", "übergangspasswort"),
    *("initialkennwort", "einmalkennwort", "startkennwort", "erstkennwort"),
    *("palavra-passe", "has[łl]o", "lozinka", "geslo", "κωδικός", "รหัสผ่าน", "kata sandi"),
    # Hebrew writes the article and prepositions into the word ("הסיסמה", "בסיסמה")
    *("סיסמ[הא]", "הסיסמ[הא]", "בסיסמ[הא]", "לסיסמ[הא]", "סיסמת", "كلمة السر", "الرقم السري"),
    *("kata laluan", "nenosiri", "kennwort", "lösenord", "losenord", "adgangskode", "passord"),
    *("salasana", "şifre", "sifre", "parol[aă]", "parool", "heslo", "jelsz[óo]", "mật khẩu", "mat khau"),
    # Czech and Slovak's password in its other cases ("Hesla:", "heslem", "hesle")
    *("hesla", "heslem", "hesle"),
    *("пароль", "паролата", "парола"),
    *(
        "パスワード",
        # its short form in a chat ("Wi-Fiパスは X"), not a passport's nor pasta's
        "パス(?!ポート|タ)",
        "暗証番号",
        # a door's code by its lock ("オートロック番号は 4102", "鍵の番号は 3958")
        "オートロック(?:の)?(?:番号|暗証番号)",
        *("鍵の?番号", "キーの?番号", "ロックの?番号"),
        "密码",
        "密碼",
        "口令",
        "비밀번호",
        "비번",
        "암호",
        "पासवर्ड",
        "ਪਾਸਵਰਡ",
        "كلمة المرور",
    ),
    # Bengali's "য়" both as one letter and as "য" with its dot, as keyboards write it
    *(
        "கடவுச்சொல்",
        "பாஸ்வேர்ட்",
        "পাসওয়ার্ড",
        "\u09aa\u09be\u09b8\u0993\u09df\u09be\u09b0\u09cd\u09a1",
        # Telugu, with and without the joiner keyboards put inside
        "పాస్\u200cవర్డ్",
        "పాస్వర్డ్",
        "پاس ورڈ",
        "የይለፍ ቃል",
        "iphasiwedi",
    ),
    *("kalmar sirri", "kalmar wucewa", "ọ̀rọ̀ aṣínà", "oro asina", "neno la siri"),
    # Swahili's secret number, whose it is perhaps between ("Nambari yako ya siri ni X")
    "nambari (?:yako |yangu )?ya siri",
    # Hungarian's password with a possessive ("a jelszavad", "jelszavam") or as an object
    # ("jelszót"), and Swedish's short "lösen" ("lobby-lösen är X")
    *("jelszav[a-zá]*", "jelszót", "lösen(?!ord)"),
    # Persian "code" (of a Wi-Fi, a door) and "password"
    *("رمز عبور", "رمز"),
    "كلمة سر",
    # a Wi-Fi network's key is its password: "Netzwerkschlüssel X", "WPA key: X", "clé Wi-Fi X"
    *("netzwerkschl[üu]ssel", "wlan-schl[üu]ssel", "network key", "network security key", "wpa2? key"),
    *("wi-?fi key", "wireless key", "wireless password", "wlan key"),
    *("cl[ée] (?:wi-?fi|wpa|r[ée]seau|de s[ée]curit[ée] r[ée]seau)", "clave (?:wi-?fi|de red)"),
    # netsh's "Key Content" under a Wi-Fi profile's security settings, in Windows' languages
    *("key content", "schl[üu]sselinhalt", "contenu de la cl[ée]", "contenido de la clave"),
    *("conte[úu]do da chave", "contenuto chiave", "sleutelinhoud", "zawarto[śs][ćc] klucza"),
)
PASSWORD_WORD = _words(*_PASSWORD_WORDS)
#: "Key" in the languages a settings file is written in, for an API's key beside "api".
_KEY_WORDS = (
    r"(?:lykill|nyckel|n[øo]kkel|n[øo]gle|avain|schl[üu]ssel|schluessel|clave|chiave|cl[ée]|chave|"
    r"klucz|kl[íi][čc]|k[ľl][úu][čc]|kulcs|anahtar|sleutel|klju[čc]|raktas|atsl[ēe]ga|v[õo]ti|cheie)"
)
#: A box that holds keys, as a settings key names it: its code is a secret.
_KEY_BOXES = ("key[_ -]?safe", "lock[_ -]?box")
#: A key named for a secret: one of these words as a part of an identifier (split at `_`, `-`,
#: `.` or a capital) or a word of its own in several languages.
_SECRET_WORD = _words(
    *_PASSWORD_WORDS,
    *("pass", "secret", "token", "api[_ -]?key", "apikey", "access[_ -]?key", "private[_ -]?key"),
    # (an authenticator app's seed: "totp_seed: JBSWY3DP...", "TOTP_SECRET="; a form's anti-forgery
    # token, bound to its session: '"csrf":"T5cv..."')
    *("credentials?", "auth", "pin", "puk", "totp", "csrf", "xsrf"),
    # a code that lets its holder in, or share a record: "share_code=W7K4PD9XQ", "access-code"
    *(f"{what}[_-]?code" for what in ("share", "access", "verification", "security", "unlock")),
    *(f"{what}[_ -]?key" for what in ("recovery", "encryption", "signing", "master", "stream")),
    # a program's licence, as its vendor writes it to unlock the copy: "Licence key: TLP-...",
    # "Product key", "Activation code"
    *(f"{what}[_ -]?key" for what in ("licen[cs]e", "product", "serial", "activation", "registration")),
    *("activation[_ -]?code", "licen[cs]e[_ -]?code"),
    # a Wi-Fi's key and a key safe's or a lock box's code, as a settings key names them:
    # "box_wifi_key: Touche-9912", "key_safe: \"C2947\"", "lockbox: 4471"
    *("wi-?fi[_ -]?key", "wlan[_ -]?key", *_KEY_BOXES),
    # an API's key in a settings file in another language: "api_lykill", "api_nyckel", "clave_api"
    rf"api[_ -]?{_KEY_WORDS}",
    rf"{_KEY_WORDS}[_ -]api",
)
_KEY = (
    rf"(?P<key>(?:[A-Za-z0-9]+[_.\-])*(?i:{_SECRET_WORD})(?:[_.\-][A-Za-z0-9]+)*"
    # an exception's class names what went wrong with a key, its message is no value:
    # "KeyError: 'ssn'", "InvalidTokenError: expired", "PasswordException: too short"
    rf"|(?![A-Za-z]*(?:Error|Exception|Warning)\b)"
    # ("Author:" and "Authority:" name a person or a body, not an authentication's secret, and
    # "Secretaria:" and "Secretary:" an office)
    rf"[A-Za-z]*(?:Password|Secret(?![aá]r)|Token|ApiKey|Key(?!words?\b)|Pwd|Auth(?!or))[A-Za-z]*"
    # an environment variable with the word glued to a program's prefix ("PGPASSWORD", "VAULTTOKEN")
    rf"|[A-Z0-9]+(?:PASSWORD|PASSWD|SECRET|TOKEN)[A-Z0-9_]*"
    # German glues a password's word to whose it is ("kundenkennwort=", "Benutzerpasswort:")
    rf"|[A-Za-zäöüß]+(?:kennwort|passwort)"
    # and a config glues it so in small letters ("'dbpassword' =>", "smtppassword =")
    rf"|[a-z]+(?:password|passwd|secret|token)(?![a-z])"
    # or a code that opens a door or disarms an alarm ("VEREINSHEIM_ALARMCODE=4711-09")
    rf"|[A-Z0-9_]*(?:ALARM|DOOR|GATE|KEYPAD|LOCKBOX|KEYSAFE)_?(?:CODE|PIN)[A-Z0-9_]*)"
)
#: What a label says its value is for, between its word and its colon: "Password for collection:",
#: "Address for the correspondence:" (also read by `labelled`).
LABEL_PURPOSE = r"(?i:for)[ \t]+(?:(?i:the)[ \t]+)?[^\W\d_]{3,15}"
#: A setting's key for a box that holds keys: its code has a figure in it.
_HOLDS_A_CODE = re.compile(rf"(?i){'|'.join(_KEY_BOXES)}")
_ASSIGNED = re.compile(
    # a key right after "${" is a shell expansion ("${DB_PASSWORD:?must be set}"), not a value
    # the value on the key's own line: an empty "SENTRY_DSN=" does not take the next line's key
    # an .npmrc's "_authToken" too: a leading underscore marks a private key, not a longer word
    rf"(?<![\w.-])_?(?<!\$\{{){_KEY}[\"']?\s*"
    # (and what it is for: a nursery's "Password for collection:")
    rf"(?:{LABEL_PURPOSE}[ \t]*(?=[:\uff1a]))?"
    # (a PHP array's "=>" before a lone "=", which would leave ">" for the value)
    r"(?:=>|[:=\uff1a]|(?P<copula>\bis\b|\bist\b|\best\b|\bes\b))[ \t]*"
    r"(?P<quote>[\"'])?(?i:bearer\s+|basic\s+)?(?P<value>(?(quote)[^\"'\n]+|[^\s\"',;]+))"
)
#: A setting a game server's or a shell's config gives with a space, not "=": `rcon_password
#: "X"`, `set steam_webApiKey "X"`, `sv_licenseKey "X"`; and a command's password flag:
#: `--password X`, `-P 'X'` (a lone letter's flag only with quotes: `-p 27015` is a port).
_SPACED = re.compile(
    r"(?m:^[ \t]*(?:set[asr]?[ \t]+)?(?P<setting>[A-Za-z0-9_.\-]{1,60})[ \t]+"
    r"(?P<quote>\")(?P<value>[^\"\n]+)\")"
    r"|(?<!\S)(?P<flag>--(?:password|passwd|pass)[ \t]+|-[pP][ \t]+(?=['\"]))"
    r"(?P<flagquote>['\"])?(?P<flagvalue>(?(flagquote)[^'\"\n]+|[^\s'\"]+))"
)
#: A live stream's key, the last part of its ingest URL: "rtmp://a.rtmp.youtube.com/live2/<key>",
#: "rtmps://live-api-s.facebook.com:443/rtmp/<key>". Whoever holds it broadcasts as its owner.
_STREAM_KEY = re.compile(r"\brtmps?://[^\s/]+(?:/[^\s/;\"']+)*/(?P<value>[A-Za-z0-9_\-]{12,})(?=[\s;\"']|$)")
#: A prepaid electricity meter's token, twenty digits in fours after its word ("Token listrik
#: Anda 2481 0937 5562 1840 7319", "Tokeni yako ni ...", "টোকেন: ..."): typed into the meter, it
#: is the credit bought.
_METER_TOKEN = re.compile(
    r"(?i)(?:\btoken\w*|\btokeni\b|টোকেন|токен\w*)[^\d\n]{0,30}(?P<value>\d{4}(?:[ \-]\d{4}){4})(?![\d\-])"
)
#: A number-porting code after its name: Britain's PAC and STAC (three letters, six digits),
#: France's RIO (twelve characters): who holds it takes the number to another network.
_PORTING_CODE = re.compile(
    # (a code may be written in groups, as a person copies it: "PAC448 391", "04 P1K 7A2 9QX",
    # with its contract's letter apart: "06 P 123 456 7AB")
    r"\b(?:PAC|STAC)\b[^\n]{0,40}?\b(?P<value>[A-Z]{3} ?\d{3} ?\d{3})\b"
    # the Czech OKU (sixteen characters)
    r"|\bOKU\b[^\n]{0,40}?\b(?P<oku>[0-9A-Z]{16})\b"
    r"|\bRIO\b[^\n]{0,60}?\b(?P<rio>\d{2}[A-Z0-9]{10}|\d{2}(?: [A-Z0-9]{3}){3}"
    r"|\d{2} [A-Z](?: [A-Z0-9]{3}){3})\b"
)
#: A passphrase of words after its label, to its line's end ("passphrase: correct horse battery
#: staple"): the first word alone would leave the rest of the secret.
_PASSPHRASE = re.compile(
    r"(?im)\bpass ?phrase\b[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*[:=][ \t]*"
    r"(?P<value>[^\W\d_][\w'\-]*(?:[ \t]+[\w'\-]+){0,7})[ \t]*$"
)
#: A spaced setting's name that names a secret, a game server's prefix before it ("sv_licenseKey"):
#: read apart from `_SPACED`, on a name of sixty characters at most, so a long line of
#: underscores costs no more than its length.
_SPACED_KEY = re.compile(rf"_?(?:[A-Za-z0-9]+_)*{_KEY}")
#: The word before "pass" that makes it a ticket or a permit.
_TICKET_BEFORE = re.compile(
    r"(?i)\b(?:boarding|bus|day|season|ski|hall|travel|rail|train|gate|backstage|press|guest|visitor|"
    r"annual|monthly|weekly|museum|park|gym|event|festival|parking|access|all-access)[ \t]+$"
)


def _ticket(text: str, at: int) -> bool:
    """Whether the "pass" at `at` is a ticket's or a permit's ("Boarding pass: SK1429", "Season
    pass: valid until"), not a password's."""
    return _TICKET_BEFORE.search(text, max(0, at - 20), at) is not None


#: A letter of a script written without spaces (Japanese, Chinese, Korean), which may touch
#: the next word.
_UNSPACED = r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
#: A character of a told secret: not a space, a quote or a separator, and not a letter of an
#: unspaced script or its punctuation, which a sentence goes on with ("密码是5521，记得关门",
#: "비번 4417이에요").
_TOLD = r"[^\s\"',;\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
#: "Passwort Krakow_2024", "password hunter2": no separator, so the value must look like one.
_SPOKEN = re.compile(
    rf"(?i)(?:(?<!\w)|(?<={_UNSPACED})){PASSWORD_WORD}"
    rf"\s+(?P<value>(?={_TOLD}*[\d!@#$%^&*_])(?!(?:is|ist|est|es)\b){_TOLD}{{4,}})"
)
#: A login given as a pair, the user then the password, each after its short word: "user
#: eldridge.p / pass X", "login: j.doe, pw X", "usuario mgarcia / clave X".
_USER_THEN_PASS = re.compile(
    rf"(?i)\b(?:user(?:name)?|login|usr|benutzer(?:name)?|usuario|utilisateur|utente|gebruiker)"
    rf"[ \t]*[:=]?[ \t]+\S+[ \t]*[/|,;]?[ \t]*(?:pass|{PASSWORD_WORD})[ \t]*[:=]?[ \t]+"
    r"(?P<value>[^\s\"',;]{4,})"
)
#: "is" in the languages a secret is told in ("lautet", Tagalog "ay", Turkish "olarak", Swahili
#: "ni", Zulu "ithi").
COPULA = (
    r"(?:is|ist|lautet|est|es|è|é|là|är|er|jest|je|on|to|olarak|adalah|ay|was|war|era|était|wordt|"
    r"blijft|bleibt|ni|ialah|ithi|changed to|is now|е|هو|هي|היא|הוא)"
)
#: "is still X", "ist jetzt X": a word after the copula that dates the value, not the value.
_STILL = (
    r"(?:still|now|currently|ahora|todavía|jetzt|noch|immer noch|ainda|agora|toujours|encore|"
    r"maintenant|nog|nu|ancora|ora|teraz|nadal|hâlâ|şimdi)"
)
#: "Das Passwort fürs Portal ist X", "Password for the shared mailbox: X", "la contraseña del
#: wifi de la oficina es X", "redis password, delete after copying: X", "the db password is
#: still X": a few words say whose secret it is before the copula or colon. The value must
#: look like one (a digit or a symbol in it): "the password for the wifi is on the fridge".
_SAID = re.compile(
    # in a script without spaces the word before touches it ("Wi-Fiのパスワードは")
    # a word of an unspaced script may touch a Latin one too ("rootパスワード")
    rf"(?i)(?:(?<!\w)|(?<={_UNSPACED})|(?<=[A-Za-z])(?={_UNSPACED})){_SECRET_WORD}"
    rf"(?P<words>(?:,?[ \t]+[^\s:=\uff1a\d,\"'`]+){{0,6}}?),?[ \t]*"
    # a colon, a dash ("пароль — X"), a copula, or a CJK topic particle ("密码是X", "비밀번호는 X")
    rf"(?:[:\uff1a=—–]|[ \t]-[ \t]|\b{COPULA}\b(?:[ \t]+{_STILL}\b)?"
    # or "changed to" ("门禁密码改成 738215")
    r"|(?<=[^\x00-\u024f])(?:[はが是为為는은]|改成|改为|改為|更改为|变成|變成)"
    # or "new" after the word, as a chat gives a changed one ("senha nova 8834", "neues Passwort")
    r"|(?:new|nova|novo|nueva|nuevo|neue|neues|nouveau|nouvelle|nuovo|nuova|nieuwe|nowe|nowy|yeni)\b)[ \t]*"
    rf"(?P<value>(?={_TOLD}*[\d!@#$%^&*_]){_TOLD}{{4,}})"
)
#: Words that make the quoted value a field's or a password's description, not the password:
#: 'The password field is "required"', 'Your password is "too weak"'.
_ABOUT_A_FIELD = re.compile(
    r"(?i)\b(?:field|box|policy|rules?|requirements?|hint|length|manager|strength|status)\b"
)
_SAID_OF_A_PASSWORD = re.compile(
    r"(?i)(?:too )?(?:required|optional|incorrect|wrong|invalid|expired|weak|strong|empty|blank|hidden|"
    r"case[- ]sensitive|not set|unset|correct|missing|reset|changed|locked)"
)
_QUOTED_SAID = re.compile(
    rf"(?i)(?<!\w){PASSWORD_WORD}(?P<words>(?:[ \t]+[^\s:=\uff1a\d,\"'`]+){{0,5}}?)[ \t]+(?:{COPULA})[ \t]+"
    r"(?P<quote>['\"\u201c\u2018])(?P<value>[^'\"\u201d\u2019\n]{3,40})(?:['\"\u201d\u2019])"
)
#: The last word before the colon says the value is about secrets, not one: "Password
#: manager: 1Password", "password hash algorithm: argon2id", "Token lifetime: 3600s".
_ABOUT_SECRETS = re.compile(
    r"(?i)(?:manager|hash|algorithm|strength|policy|rules?|requirements?|hint|length|lifetime|expiry)$"
)
#: What a value after a secret's word may be that is no password: a date, a time, a decimal
#: or a version ("Password last changed: 2026-03-01", "the pin: 48.8566"), an e-mail address,
#: a URL or a path (where to find it, or whom to ask).
_NOT_A_PASSWORD = re.compile(
    r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{1,4})?\.?|\d{1,2}:\d{2}(?::\d{2})?|[vV]?\d+(?:[.,]\d+)+\.?"
    r"|.*(?:://|@[\w-]+\.[a-z]).*|(?:www\.|[~/\\]|[A-Za-z]:\\).*"
)
#: A password told in prose on a line that names one or a login ("es ist Sonnenblume#2026",
#: "Password ●●●●●● Show ▸ Vanilla!Sky42", "his netflix login is the usual one, Tiger!2019",
#: "chiave wifi: gattonero2023"): a word of 7 or more characters with three letters and a digit.
_PASSWORD_MENTION = re.compile(
    r"(?i)(?<!\w)"
    + _words(
        *(*_PASSWORD_WORDS, "wi-?fi", "wlan", "creds", "credentials", "login", "log-in", "chiave"),
        # a login in the languages that have a word of their own for it
        *("innlogging", "pålogging", "inloggning", "zugangsdaten", "identifiants", "credenziali"),
    )
    # (not a flight's or a model's number that starts with the letters, "Safari PW441", nor a
    # reference's: "Policy Wording (ref PW-TRV-v7.2)")
    + r"(?!\d|-[A-Z]{2})"
)
_PROSE_WORD = re.compile(r"[^\s\"'`,;()<>\[\]{}«»“”‘’]{7,}")
#: Words of that shape that are no password: a reference by a short word in one case and a
#: number ("ext#4412", "INC#20391", "acct#88213", a claim's "CLM-7730192", "HLT-25-1102"), a
#: version with a suffix ("v2.4.1-rc+b77").
_REFERENCE = re.compile(r"(?:[a-z]{1,5}|[A-Z]{1,5})#\d+|[A-Z]{2,5}(?:-\d+)+|[vV]?\d+\.\d+\S*")
#: A number that unlocks something after the word for it: "PIN 8302", "CVV 417", "Your
#: verification code is 482913", "door code for the flat is 4093#", "Bestätigungscode: 5521".
#: A bare "code" is an error's, an area's or a postcode's, so it needs a word that says what
#: it opens.
#: What a code people tell each other opens: a door, a gate, a lockbox, a safe.
_OPENS = (
    r"(?:front |back |main |garage |house |building |entry )?(?:door|gate|lock|lockbox|key ?box|key ?safe"
    r"|safe|padlock|alarm|locker|garage|entry|intercom|car ?park|parking|bike (?:shed|store|room)|storeroom"
    r"|storage(?: unit)?|pantry|shed|mailbox|keypad"
    # and in German and French: a parcel box's, a letterbox's, a key box's, a building's code
    r"|paketbox|packstation|briefkasten|schl[üu]sselkasten|schl[üu]sselbox|haust[üu]r|digicode"
    r"|(?:drug |medicine |controlled drugs? )?(?:cupboard|cabinet)|bike lock|bike)"
)
_CODE_WORD = _words(
    *("pin", "cvv2?", "cvc2?", "csc", "otp", "passcode", "पिन", "पिन कोड"),
    # "OTP" as the scripts of South Asia spell it
    *("ओटीपी", "ওটিপি", "ஓடிபி", "او ٹی پی"),
    # a mobile wallet's PIN (GCash's, M-Pesa's, bKash's): "I gave my MPIN 1204"
    *("mpin", "m-pin", "upi pin"),
    # a card's security code told by where it is: "the 3 digits on the back are 590"
    # (each alternative starts with its literal first letter: see _words)
    *(
        f"{n}[ -](?:digits?|numbers?) on the back(?: of (?:the|your|my) card)? (?:are|is)"
        for n in ("3", "4", "three", "four")
    ),
    # ... and in German, Spanish, Portuguese, French and Italian ("nur die 3 Ziffern hinten: 772")
    *(f"{n} ziffern (?:hinten|auf der r[üu]ckseite)" for n in ("3", "drei", "4", "vier")),
    *(f"{n} d[íi]gitos (?:de atr[áa]s|del reverso|de tr[áa]s|do verso)" for n in ("3", "tres", "três")),
    *(f"{n} chiffres (?:au dos|derri[èe]re)" for n in ("3", "trois")),
    *(f"{n} cifre (?:sul retro|dietro)" for n in ("3", "tre")),
    # an account's recovery code: "2FA recovery: 4KQ8-ZP3M-77RT-HN2W"
    r"(?:2fa |mfa |backup |account )?recovery(?: key)?",
    # "2FA backup code 4829-1736"
    r"(?:2fa |mfa )?backup codes?",
    # a SIM's unblocking key, and the code that moves a phone number to another network
    # ("PUK: 12345678", "your PAC is XKP193827", "code RIO", "Portierungscode")
    *("puk2?", "pac(?=[ \t]*[:\uff1a])", "porting (?:authori[sz]ation )?code", "pac code", "code rio"),
    *("portierungscode", "c[óo]digo de portabilidad"),
    # a door's code in Estonian ("Uksekood: 471902"), a card's PIN in Finnish ("Tunnusluku: 4821")
    "uksekood",
    "uks(?:e)? kood",
    "tunnusluku",
    # "lockbox code", "front door lock: code for the walker is", "code for the gate is"
    rf"{_OPENS}(?: lock)?[ \t]*[:\-\u2013]?[ \t]*(?:code|combination|combo)",
    rf"code (?:for|to) (?:the |my |our )?{_OPENS}",
    *(
        f"{what}[ -]code"
        for what in (
            *("verification", "security", "access", "door", "gate", "entry", "alarm", "lock"),
            *("locker", "garage", "building", "one[- ]time", "login", "sign[- ]in", "unlock"),
            *("confirmation", "authentication", "auth", "2fa", "mfa", "sms", "your"),
            *("guard", "activation", "pairing", "reset", "duress", "disarm", "arming", "enrol(?:l?ment)?"),
            # a remote-support session's code, read to the helpdesk: "Remote session code: 839-201-447"
            *("remote session", "support session", "connection"),
            # a UK licence's or status's share code, given to an employer or a hire desk
            "share",
            # a staff member's override at a kiosk, a guest's pass at a gym's door
            *("override", "guest(?: pass)?"),
        )
    ),
    # "Enter this code on your TV: ...", "Use code 58312 to reset your password"
    r"(?:enter|use|type) (?:this |the |your )?code",
    # a brand's code sent to its user: "Your Bolt code is 4471", "your Lyft code"
    "your (?-i:[A-Z][A-Za-z]+) code",
    *(f"{what}[ -]code" for what in ("delivery", "pickup", "pick-up", "collection", "handover")),
    "c[óo]digo de (?:verificaci[óo]n|seguridad|acceso|confirmaci[óo]n|la puerta|verifica[çc][ãa]o|entrega)",
    *("abholcode", "code de retrait", "codice di ritiro"),
    # a pickup's or an unlock's in Portuguese and Spanish ("Código de levantamento: SA-7741")
    "c[óo]digo de (?:levantamento|recolha|retirada|recogida|retiro|desbloqueio|desbloqueo)",
    "code (?:de (?:v[ée]rification|s[ée]curit[ée]|confirmation)|d'acc[eè]s)",
    *(f"{what}code" for what in ("best[äa]tigungs", "sicherheits", "zugangs", "verifizierungs")),
    *(f"{what}code" for what in ("einmal", "tür", "tuer", "verificatie", "beveiligings", "toegangs")),
    "codice di (?:verifica|sicurezza|accesso|conferma)",
    # what a door code opens, in the languages that name it after the code
    "codice (?:(?:del|della|dello|dell'|di) ?)?"
    "(?:portone|porta|cancello|citofono|cassaforte|allarme|lucchetto|armadietto|garage)",
    "c[óo]digo (?:del|de la|do|da) "
    "(?:port[aóo]n?|portal|puerta|cancela|caja fuerte|cofre|alarma|alarme|garaje|garagem)",
    "code (?:du|de la|de l'|d'|de) ?(?:portail|porte|immeuble|entr[ée]e|garage|coffre|alarme|cadenas|casier)",
    "digicode",
    # a key box told without "code": "key box (left of the gate): 3817", "キーボックスの番号は"
    *("key ?box", "key ?safe", "lockbox", r"n[øo]kkelboks\w*", r"kodeboks\w*", r"nyckelbox\w*"),
    *("schl[üu]sselkasten", "schl[üu]sseltresor", "キーボックスの番号", "暗証番号"),
    *(r"lambar sirri\w*", "nambari ya siri", "kode (?:pintu|gerbang|loker|brankas|kunci)"),
    "kod (?:weryfikacyjny|dost[eę]pu|bezpiecze[nń]stwa|potwierdzenia|odbioru)",
    "код (?:подтверждения|доступа|безопасности)",
    # what the code opens, after a preposition: "kód od branky", "код від домофону"
    # (Slovak's "for" too, and a one-time or verifying code: "Jednorazovy kod pre prihlasenie")
    r"k[oó]d (?:od|k|ke|do|pro|pre|na) \w+",
    r"(?:jednor[aá]zov[yý]|over(?:ovac[ií]|ovaci)|ov[eě][řr]ovac[ií]|potvrdzovac[ií]) k[oó]d",
    r"код (?:від|от|до|для) \w+",
    # Thai writes the word for code into what it opens: "รหัสประตู", "รหัสผ่าน" (not a booking's,
    # a product's, a post office's or a ticket's: "รหัสการจอง", "รหัสสินค้า", "รหัสไปรษณีย์",
    # "รหัสบัตร BP-99812"; an ATM card's is its PIN)
    "รหัส(?!การจอง|จอง|สินค้า|ไปรษณีย์|สาขา|นักศึกษา|พนักงาน|บัตร(?!เอทีเอ็ม|ATM))[\u0e00-\u0e7f]*(?: ?คือ)?",
    *("验证码", "驗證碼", "授权码", "授權碼", "認証コード", "確認コード", "인증번호", "인증 코드"),
    *(f"{word} (?:التحقق|التأكيد|الأمان|الدخول|التفعيل)" for word in ("رمز", "كود")),
    "קוד (?:ה?אימות|ה?גישה)",
    # Hebrew writes "to the" into the word: "הקוד לכספת" (the code to the safe), "קוד הדלת"
    "ה?קוד (?:של )?[לה]?ה?(?:כספת|דלת|שער|אזעקה|בניין|כניסה|לוקר)",
    # Amharic: "የጂም መቆለፊያ ኮዱ 5086 ነው" (the gym locker's code is 5086)
    *("ኮዱ", "ኮድ"),
    # a login's, a verification's or a recovery's code in Telugu, Hindi and Urdu ("లాగిన్ కోడ్:",
    # "सत्यापन कोड", "بحالی کا کوڈ ہے:")
    *("లాగిన్ కోడ్", "ధృవీకరణ కోడ్", "लॉगिन कोड", "सत्यापन कोड"),
    *("بحالی کا کوڈ", "تصدیقی کوڈ", "لاگ ان کوڈ"),
    # a parcel locker's pickup code, as China's stations print it ("取件码 8-2-4017")
    *("取件码", "取件碼", "取货码", "取貨碼"),
)
#: An alarm's or a keypad's code told with a few words between, its digits perhaps spaced as
#: they are keyed: "alarm set with 1 9 7 3", "Alarm: 2 0 1 9", "side door keypad 8462".
_KEYED_CODE = re.compile(
    r"(?i)\b(?:alarm|keypad|key pad)\b(?:[ \t]+(?:set|code|pin|is|with|using|on|to|its|number))"
    # (which door's in brackets, and markdown's bold around the code: "Keypad (side door): **7261**")
    r"{0,3}(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*[:=]?[ \t]*(?:\*\*)?"
    r"(?P<value>\d(?: \d){3,7}|\d{4,8})(?![\w:/-]|[.,]\d)"
)
#: A building's intercom code, as a courier or a cleaner is told it: "Cod interfon 52K",
#: "Interfon 31#", "kód domofonu 4471", "citofono 2208#". Without "code" it has to look like one
#: (four digits, or a "#", "*" or letter keyed with them): "interfon 12" is a flat's bell.
_INTERCOM_CODE = re.compile(
    r"(?i)(?:\b(?P<word>cod(?:ul)?|k[óo]d|code|c[óo]digo|codice|код)[ \t]+"
    r"(?:(?:de|du|del|da|od|la|al)[ \t]+)?)?"
    r"\b(?:interfon\w*|domofon\w*|citofono|interphone|intercom|portero|gegensprechanlage|домофон\w*)"
    r"(?:[ \t]+(?P<after>code|cod|kod|k[óo]d))?[ \t]*[:=]?[ \t]*"
    r"(?P<value>\d{1,6}[#*]|[#*]\d{2,6}|\d{1,5}[A-Z]|[A-Z]\d{1,5}|\d{4,6}|(?:(?<=[ \t:=])\d{2,3}))(?![\w#*])"
)
#: "your" in the languages a one-time code is sent in.
_YOUR = r"(?:your|anda|kamu|ihr|dein|votre|ton|tu|su|seu|sua|tuo|twój|ваш|uw|je)"
_CODE = re.compile(
    # (a script without spaces glues the code's word to the words before it: "部室のキーボックス")
    rf"(?i)(?<![^\W\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]){_CODE_WORD}"
    r"(?:[ -](?:code|number|no\.?|nr\.?|nummer|kod|c[óo]digo))?"
    # a few words before a colon or a copula ("door code for the flat is", "lockbox code for 12
    # Elm Row is", "PIN for your Dojo Door (Unit 3) is"), or none at all
    # (a word may hold dots, as an account does: "security code for account a.b@x.co.uk is")
    rf"(?:(?:[ \t]+(?:[^\s:=\uff1a,.]|\.(?=\S))+){{1,6}}?[ \t]*(?:[:\uff1a=]|\b{COPULA}\b)"
    rf"|[ \t]*(?:[:\uff1a=#]|\b{COPULA}\b|[はが是为為는은])?"
    # or the holder's word ("Kode OTP Anda 771204", "your PIN your 4410")
    rf"|[ \t]+{_YOUR})"
    # digits (in pairs as a keypad's code is said, "39 17 06"; in brackets as a Korean SMS
    # writes them, "인증번호 [418207]"), a keypad's "#" before them or inside ("7#3391"), a
    # combination dial's numbers ("31-07-22"), or capitals and digits ("G7KQ2X") where a code
    # may have letters
    # (eight digits in two fours, as Microsoft's and Google's codes: "security code is 4492 0187")
    # (digits one by one as they are read out, "2 7 7 1 9")
    # (a form's box around the value, blanks inside: "CVC: [ 318 ]")
    r"[ \t]*#?(?:\[[ \t]?)?(?P<value>\d(?: \d){3,7}(?![ \t]?\d)|"
    r"\d{2,3}(?: \d{2,3}){1,3}(?![ \t]?\d)|\d{4} \d{4}(?![ \t]?\d)|\d{1,4}[#*]\d{2,6}"
    r"|\d{2}(?:-\d{2}){2,3}|\d(?:-\d){3,7}|\d-\d-\d{4}|\d{3}(?:-\d{3}){2}|\d{3,4}-\d{2,4}|\d{3,8}|(?-i:(?=[A-Z-]*\d)(?=[\d-]*[A-Z])(?:[A-Z0-9]{3,5}(?:-[A-Z0-9]{2,5}){1,3}"
    # (a first group of two only in four groups: an activation code's "K2-7FQ3X-9HD2V-4PLM8",
    # in three of two, "7Q-19-KX", or with a letter before four digits or more, "SA-7741", "K7-2291")
    r"|[A-Z0-9]{2}(?:-[A-Z0-9]{2,5}){3}|[A-Z0-9]{2}(?:-[A-Z0-9]{2}){2}|(?=[A-Z0-9]?[A-Z])[A-Z0-9]{2}-\d{4,6})|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4,10}"
    # (or in both cases, as a share code is: "X7rB2qLm")
    r"|(?=[A-Za-z]*\d)(?=[\da-z]*[A-Z])(?=[\dA-Z]*[a-z])[A-Za-z0-9]{6,12}))"
    # (not the first group of a longer number: "the code shown on the receipt: 2291 8841 0093")
    r"(?![\w%]|[.,/:\-]\d|[ \t]\d{3})"
)
#: A bare "code" before six digits, as one-time codes are sent ("enter code 340 918", "the
#: code 482913 never arrived", "Ihre TAN ... lautet 583 921", "engangskode er 553 092"): six
#: digits is the one-time code's length, not an error's, an area's or most postcodes'; a code
#: whose word says it is something else stays ("postal code 110001", "HS code 847130").
_SIX_DIGIT_CODE = re.compile(
    # (a compound that names something else: "shortcode 600000", M-Pesa's till; "postcode 110001")
    r"(?i)(?<![\w-])(?!(?:short|post|zip|bar|area|error|status|exit|country|promo|product|sort|qr|"
    r"iata|icao|airport|branch|swift|bank|tax|hs)code)"
    r"(?:\w*code|\w*kod(?:e|en)?|(?:vahvistus|tunnistus|varmennus|kertakäyttö|turva|pääsy|ovi|kirjautumis)koodi\w*|"
    r"k[oó]d|kodu|kodunuz|codice|c[óo]digo|tan|tac|einmal(?:passwort|kennwort)|otp)\b"
    rf"(?:[ \t]+[^\s\d:=\uff1a,.]+){{0,4}}?[ \t]*(?:[:\uff1a=]|\b{COPULA}\b)?[ \t]*\[?"
    # (or in pairs, as a Nordic bank's text writes it: "engangskode er 81 42 90")
    r"(?P<value>\d{3}[ \t]?\d{3}|\d{2} \d{2} \d{2})(?![\w%]|[.,/:\-]\d|[ \t]?\d)"
)
#: A one-time code's own words, then the code later in the same sentence after a copula or a
#: colon ("A one-time passcode for your payment of £64.20 to X is 907 416", "Your TAC for
#: transfer RM350.00 to Y is 604 821", "ühekordne sisenemiskood on 4817", "Ma xac thuc ... la
#: 602718"), or ending it ("код підтвердження для підписання документа 418 207."): these words
#: name nothing but a code sent to its holder.
_ONE_TIME_CODE_LATER = re.compile(
    r"(?i)(?<!\w)(?:one[- ]time (?:pass)?(?:code|password|pin)|passcode|otp|tac|tan|"
    r"(?:verification|confirmation|authenti[cz]ation|login|sign[- ]in) code|"
    r"код (?:підтвердження|подтверждения)|одноразов\w+ (?:код|пароль)|ühekordne \w*kood|"
    r"(?:sisenemis|kinnitus|autentimis|turva|kontroll)kood(?!\w)|"
    r"m[ãa] (?:x[áa]c th[ựu]c|x[áa]c nh[ậa]n|x[áa]c minh|b[ảa]o m[ậa]t|otp)|kod (?:tac|otp|pengesahan)|"
    # Nordic one-time codes ("Din engångskod ... är 748 120")
    r"eng[åa]ngsko(?:d|de)(?:n|en)?|kode (?:otp|verifikasi))"
    # (a whole word: "Tanners Yard, 01373 455 210" names no TAN)
    r"(?!\w)"
    rf"(?:[^\n.!?]|\.(?=\d)){{0,80}}?(?P<told>(?:\b{COPULA}\b|\bl[àa])[ \t]*:?|[:\uff1a])?[ \t]*\[?"
    r"(?P<value>\d{3}[ \t]?\d{3}|\d{4,8})(?![\w%]|[.,/:\-]\d|[ \t]?\d)"
)

_SENTENCE_END_AFTER = re.compile(r"[ \t]*(?:[.!]|$)", re.MULTILINE)


#: The word before "code" that makes it no secret's.
_NOT_A_SECRET_CODE = re.compile(
    r"(?i)\b(?:postal|post|zip|area|error|status|exit|hs|product|tracking|sort|country|qr|bar|order|"
    r"invoice|booking|reference|ref|promo|discount|voucher|coupon|gift|tax|swift|bank|branch|airport|"
    r"course|class|item|sku|style|pin|source|machine|colou?r|event|reason|return|response)[ \t]+$"
)


#: "Use code SAVE20 at checkout": a shop's discount code, after the words that also give a
#: one-time code ("use code 58312 to reset your password").
_USE_CODE_BEFORE = re.compile(r"(?i)\b(?:enter|use|type)[ \t]+(?:this |the |your )?code[ \t:]*$")
_SHOPPING = re.compile(
    r"(?i)checkout|%[ \t]*off|\bdiscount|\bpromo|\bvoucher|\bcoupon|\bsave \d|free (?:shipping|delivery)"
)


def _promo_code(text: str, at: int) -> bool:
    """Whether the code at `at` is a shop's discount code (see _SHOPPING)."""
    return bool(_USE_CODE_BEFORE.search(text, max(0, at - 24), at) and shopping_line(text, at))


def shopping_line(text: str, at: int) -> bool:
    """Whether the line holding `at` speaks of a checkout, a discount or a voucher."""
    return _SHOPPING.search(text, *line_bounds(text, at)) is not None


def _code_for_something_else(text: str, at: int) -> bool:
    """Whether the word before the "code" at `at` makes it no secret's ("postal code")."""
    return _NOT_A_SECRET_CODE.search(text, max(0, at - 20), at) is not None


#: "482913 is your verification code": the number first.
_CODE_FIRST = re.compile(
    # (its digits grouped as an app shows them: "482-913 is your login code")
    r"(?i)(?<![\w.,/:])(?:[A-Z]-)?(?P<value>\d{4,8}|\d{3}[- ]\d{3}) "
    r"(?:is your|est votre|ist dein|ist ihr|es tu|é o seu) "
    r"(?:[^\W\d_]+ ){0,2}(?:code|pin|otp|c[óo]digo|kod)\b"
)
#: Backup and recovery codes after their label, as many as follow one another: "2FA backup
#: codes for ana.r: 7KQ4-M2XP  9TRD-4LZW", "Codes de secours : 1234 5678, 8765 4321".
_CODE_LIST_LABEL = re.compile(
    r"(?i)(?<!\w)"
    + _words(
        *(
            f"{what}[ -]?codes?"
            for what in ("backup", "recovery", "2fa", "mfa", "one[- ]time", "emergency", "scratch")
        ),
        *(f"{what}codes?" for what in ("sicherungs", "wiederherstellungs", "notfall")),
        "c[óo]digos? de (?:respaldo|recuperaci[óo]n|backup|recupera[çc][ãa]o|seguran[çc]a)",
        "codes? de (?:secours|r[ée]cup[ée]ration)",
        *("kody (?:zapasowe|odzyskiwania)", "резервные коды", "バックアップコード", "备用码", "백업 코드"),
    )
    # then a colon, a dash after the account they are for ("Backup codes for ana@x.com — ..."),
    # or the line's end, a heading over them
    + r"[^\n:\uff1a\u2014\u2013]{0,80}(?:[:\uff1a]|[ \t][\u2014\u2013][ \t]|[ \t]*(?=\n))"
)
_LISTED_CODE = re.compile(
    # (each code may stand in markdown's backticks: "Backup codes: `4821 0937`, `5512 3380`")
    r"[ \t\n,;·•`]*(?:\d{1,2}[.)][ \t]+)?"
    # Google prints its eight digits as two fours ("1. 4829 1735")
    r"(?P<value>\d{4} \d{4}(?![\w-])"
    r"|(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{3,10}(?:-[A-Za-z0-9]{3,10}){0,3})(?![\w-])"
)
_INSTRUCTION_LINES = 2
#: The answer to a security question, and a bank's memorable word: a password by another name
#: ("Security question: Name of your first pet? · Answer: Pickles42", "Memorable word: marmalade7",
#: "Answer to security question: Hendrix").
_ANSWER = re.compile(
    # (the answer may stand on the question's next line: "Security question: ...?" then "Answer: X")
    # (a recovery question's answer on its line: "1. What was the name of your first school?
    # Answer: X", "Favourite airport?   Answer: Knock")
    # (or an arrow after the question: "Q1: First car? -> red Toyota Tazz")
    r"(?i)(?:\b(?:first|favou?rite|maiden|childhood|born|grew up|pet)\b[^\n?]{0,60}\?[ \t]*"
    r"(?:answer|antwort|r[ée]ponse|respuesta|resposta|risposta|antwoord|svar|vastaus|(?=->|→|=>))|\b(?:"
    r"(?:security|secret|memorable|challenge)[ \t]+question\b[^\n]{0,80}?(?:\n[ \t]*)?\banswer"
    # (as a support note writes it: "Answer given: Featherstone")
    r"(?:[ \t]+(?:given|provided|supplied|on[ \t]+file))?"
    # (its question in brackets after it, its answer after the colon: "Security question (first
    # pet): **Biscuit**")
    r"|(?:security|secret|memorable|challenge|recovery)[ \t]+question(?=[ \t]*\([^()\n]{1,40}\)[ \t]*:)"
    # a recovery form's questions by their own words ("First pet: Biscuit", "Street you grew up on:")
    r"|first[ \t]+pet(?:'s[ \t]+name)?|street[ \t]+you[ \t]+grew[ \t]+up[ \t]+(?:on|in)"
    # (and the mother's maiden name a security question asks, before an arrow: "Security
    # question on file: mother's maiden name → "Sibanda"")
    r"|mother['\u2019]?s[ \t]+maiden[ \t]+name(?=[ \t]*(?:->|→|=>))"
    r"|name[ \t]+of[ \t]+your[ \t]+first[ \t]+(?:pet|school)|favou?rite[ \t]+teacher"
    r"|answer[ \t]+to[ \t]+(?:the[ \t]+|my[ \t]+|your[ \t]+)?"
    r"(?:security|secret|memorable|challenge)[ \t]+question"
    r"|(?:security|secret|memorable)[ \t]+(?:answer|word|phrase)"
    # a password the caller says to a call centre ("Verbal password on account: Bluebell")
    r"|(?:verbal|telephone|phone|spoken)[ \t]+(?:password|passcode|passphrase)"
    r"(?:[ \t]+on[ \t]+(?:the[ \t]+)?account)?"
    # and in German, French, Spanish, Portuguese, Italian and Dutch
    r"|sicherheitsantwort|antwort auf die sicherheitsfrage|r[ée]ponse (?:[àa] la question )?secr[èe]te"
    r"|respuesta (?:de|a la pregunta de) seguridad|resposta (?:de|[àa] pergunta de) seguran[çc]a"
    r"|risposta (?:alla domanda )?di sicurezza|veiligheidsantwoord"
    # a code word agreed with a bank, an alarm company or a family, and a duress word, whatever
    # it is: one word, in any script ("Кодовое слово: Барсик", "Senha de coação: jabuticaba")
    r"|code[ \t]?word|codewort|кодовое[ \t]+слово|кодове[ \t]+слово|mot[ \t]+de[ \t]+code"
    r"|palabra[ \t]+secreta|senha[ \t]+de[ \t]+coa[çc][ãa]o|contrase[ñn]a[ \t]+de[ \t]+coacci[óo]n"
    r"|duress[ \t]+(?:word|password|code|phrase)))"
    # (the question may stand in brackets: "Security answer (mother's maiden name): Kowalski")
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[:=]|->|→|=>)[ \t]*"
    # (the whole answer where it ends its line: "Answer: St Brendan's Primary")
    r"(?P<value>[^\s·•|,;]{2,}(?:[ \t][^\s·•|,;]+){1,4}(?=[ \t]*(?:\n|$))|[^\s·•|,;]{3,})"
)
#: What a security answer is called, its two words apart as prose writes them or joined by "_"
#: as a setting's key: "memorable word", "security_answer", "secret phrase".
_ANSWER_NAMED = r"\b(?:memorable|security|secret|recovery){joint}(?:word|answer|phrase)"
#: The same as prose writes it, its two words apart.
_ANSWER_SPOKEN = _ANSWER_NAMED.format(joint=r"[ \t]+")
#: A memorable word or a security answer in quotes after its name, in a note: "Verified w/
#: memorable word 'bluebell'".
_QUOTED_ANSWER = re.compile(
    # (a few words may stand between: "she asked for her security answer, it's 'Tobermory'")
    r"(?i)" + _ANSWER_SPOKEN + r"[ \t,]+"
    r"(?:[^\W\d]+[’']?[^\W\d]*[ \t]+){0,3}"
    r"[\"'\u2018\u201c](?P<value>[^\"'\u2019\u201d\n]{3,40})[\"'\u2019\u201d]"
)
#: The same as a setting's key with its quoted value: '"security_answer":"Soweto Rovers"'.
_KEYED_ANSWER = re.compile(
    r"(?i)" + _ANSWER_NAMED.format(joint="_") + r"[\"']?[ \t]*[:=][ \t]*"
    r"[\"'](?P<value>[^\"'\n]{2,40})[\"']"
)
#: And told as what it is, one word: "Security word is marigold and memorable date is ...".
_TOLD_ANSWER = re.compile(
    r"(?i)" + _ANSWER_SPOKEN + r"[ \t]+(?:is|was)[ \t]+"
    # (not what is said about it: "the security answer is required", "... is case-sensitive")
    r"(?!(?:required|needed|optional|not|wrong|incorrect|correct|invalid|missing|empty|too|the|your|"
    r"my|his|her|their|case|set|now|also|still|different|same|used|shown|stored|saved|changed|reset|"
    r"updated|hidden|asked|sent|what|one|something|that|this|an?|just|only|easy|hard|known)\b)"
    r"(?P<value>[^\W_][\w!#$%&*+-]{2,39})(?![\w!#$%&*+-])"
)
#: A password or a spoken answer in quotes a few words after its word, with no copula: a note
#: or a chat names what it opens before it quotes it ("password for the monitoring centre stays
#: the same ("marigold")", "пароль для пульта «ромашка»", "keyholder 2 - password "tortoise"
#: correct", "Mot de passe de levée de doute : « papillon »", "Security answer given on phone:
#: "Kumasi""). The quotes say where it starts and ends; one word, as a password is written.
_QUOTED_NEAR = re.compile(
    rf"(?i)(?:(?<!\w){PASSWORD_WORD}|parola d['\u2019]ordine|{_ANSWER_SPOKEN})"
    # (a blank, a colon or a bracket before the quotes: a quote glued to the word closes the
    # word's own quotes, 'field "Password" (shows "•••")')
    r"(?P<words>(?:[ \t]+[^\W\d][\w'\u2019\-]*){0,8}?)(?:[ \t]*[:(\uff1a][ \t]*[(]?|[ \t]+[(]?)"
    r"[\"'\u201c\u201e\u2018\u00ab][ \t\u00a0\u202f]?"
    r"(?P<value>[^\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb(][^\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]{2,39})"
    r"[ \t\u00a0\u202f]?[\"'\u201d\u201c\u2019\u00bb]"
)
#: Words before the quotes that make them a screen's words, not the secret: a button, a menu,
#: a message ('Under Password click "Change"', 'the password field shows "Required"').
_QUOTES_A_SCREEN = re.compile(
    r"(?i)\b(?:click|clicks|clicked|tap|press|select|choose|button|link|menu|tab|option|page|screen|"
    r"dialog|prompt|message|error|says|said|shows|reads|text|label|titled|called|named|marked)\b"
    # or the quotes a user's, a file's or a setting's name: 'password authentication failed for
    # user "etl_loader"'
    r"|\b(?:user|username|login|account|role|database|db|host|server|file|table|column|variable|"
    r"setting|profile|network|ssid"
    # or whose it is, where it went or what happened to it: 'Password reset for "jdoe"',
    # 'password changed by "admin"', 'reset link sent to "m***@mail.com"'
    r"|for|to|by|from|of|on|in|at|with|via|sent|reset|changed|updated|expired|set|created)$"
)
#: A button's or a link's words a screen quotes after a password's word ('password "Show"').
_UI_WORDS = frozenset({"show", "hide", "change", "reset", "save", "submit", "forgot", "ok", "next"})
#: A wallet's recovery phrase after its label: 12 to 24 short lower-case words.
_PHRASE_LABEL = re.compile(
    r"(?i)(?<!\w)"
    + _words(
        *(
            f"{what}[ -](?:phrase|words)"
            for what in ("secret[ -]recovery", "recovery", "seed", "mnemonic", "backup", "wallet")
        ),
        # or its word alone ("seed: orbit canal lumber ..."): twelve words still have to follow
        "seed",
        "mnemonic",
        "frase (?:de recuperaci[óo]n|semilla|de recupera[çc][ãa]o|semente)",
        "phrase (?:de r[ée]cup[ée]ration|secr[èe]te)",
        *("wiederherstellungsphrase", "herstelzin", "fraza odzyskiwania"),
    )
    # then a colon, or "is" ("my wallet recovery phrase is orbit cactus ...")
    + r"[^\n:\uff1a=]{0,40}?(?:[:\uff1a=]|[ \t]+(?:is|ist|es|est|é|è)\b)"
)
_PHRASE_WORDS = re.compile(r"\s*(?P<value>(?:(?:\d{1,2}[.)][ \t]*)?[a-z]{3,8}(?:\s+|$|(?=[,.;!]))){12,24})")
#: Words of a sentence that no recovery word list has: after the label a sentence, not a phrase.
_SENTENCE_WORDS = frozenset(
    """
    the and you your this that for are with not will can our its has have was were from they
    them then than into only also when what which there here
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A key whose name ends in "key" ("azure_storage_key", "account-key") holds a random string
#: when it holds a secret; a public, database or cache key is no secret.
_NAMED_KEY = re.compile(
    r"(?<![\w.-])(?P<key>(?:[A-Za-z0-9]+[_.\-])+(?i:key))[\"']?\s*(?:[:=]|=>)\s*[\"']?"
    r"(?P<value>[A-Za-z0-9+/_\-]{16,}={0,2})(?![\w+/=-])"
)
_NOT_SECRET_KEY = re.compile(
    r"(?i)(?:^|[_.\-])(?:public|pub|publishable|primary|foreign|sort|partition|cache|idempotency|row|hash)[_.\-]"
)
#: A secret's label without a separator, then the secret: "Secret access key 7bQx...",
#: "client secret 3f9a...", "API key Zx81...". Only a random-looking string counts.
_LABELLED_RANDOM = re.compile(
    rf"(?i)(?<!\w)(?:{_SECRET_WORD})(?:[ _-](?:access[ _-])?(?:key|token|secret))?[ \t]+"
    r"(?P<value>[A-Za-z0-9+/_\-]{16,}={0,2})(?![\w+/=-])"
)
#: A password after its account's mailbox and a slash, as a family's or a team's list of
#: logins writes it: "Netflix — mum@family.net / Popcorn2024!".
_MAILBOX_THEN_PASSWORD = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*/[ \t]*(?P<value>[^\s/]{6,})(?=[ \t]*(?:$|[\u00b7|,;]))",
    re.MULTILINE,
)
#: A phone number's shape: seven figures or more, grouped by the signs phones are written with
#: (a password of figures alone has none).
_DIALLED = re.compile(r"(?=(?:\D*\d){7})(?=.*[+()\-.])[\d+()\-.]+")
#: A login given as its account, a slash and its password, in a text that asks for or names a
#: login ("whats the login for the trade portal again" ... "estimating@ / J3ws0n!Trade24",
#: "redazione.cronaca / Tevere!2026", a Wi-Fi's "JEJU_STAY / jeju2026!!"): the second half,
#: where it looks like a password (see `_strong`), not "EUR / USD" or "Mon / Tue". (A mailbox's
#: pair at its line's end needs no such word: `_MAILBOX_THEN_PASSWORD`.)
_ACCOUNT_THEN_PASSWORD = re.compile(
    r"(?<![^\s:(\[])[^\s/:]{2,}[ \t]+/[ \t]+(?P<value>[^\s/\"'`]{6,40})(?=[ \t]|$)", re.MULTILINE
)
#: A password's symbols, for `_strong`.
_SYMBOL = re.compile(r"[^\w\s]|_")
#: A command that prints a stored secret, then its output: after an arrow on its line or alone
#: on the next ("az keyvault secret show ... -o tsv  ->  W8woord-Duin-77", "kubectl get secret
#: ... | base64 -d" and the password under it).
_PRINTED = re.compile(
    r"(?i:\b(?:keyvault[ \t]+secret[ \t]+show|get[ \t]+secret\b[^\n]*\|[ \t]*base64[ \t]+(?:-d|--decode)|"
    r"secretsmanager[ \t]+get-secret-value|secrets[ \t]+versions[ \t]+access|vault[ \t]+kv[ \t]+get|"
    r"pass[ \t]+show|op[ \t]+read|find-generic-password\b[^\n]*[ \t]-w|"
    # a router's stored setting read by its name ("nvram get wan0_pppoe_passwd")
    r"nvram[ \t]+get[ \t]+\w*(?:passw(?:or)?d|psk|wpa_key)\w*))"
    r"[^\n]*?(?:[ \t](?:\u2192|=>)[ \t]*|\n[ \t]*)(?P<value>\S{6,})(?=[ \t]+#|[ \t]*$)",
    re.MULTILINE,
)
#: A secret a command line stores by its key: "aws configure set aws_secret_access_key ...",
#: "dotnet user-secrets set ApiKey ...".
_SET_COMMAND = re.compile(
    r"(?i)\b(?:configure|config|secrets?)[ \t]+set[ \t]+[\"']?(?P<key>[\w.:/\-]*"
    r"(?:secret|password|passwd|token|api[_-]?key|access[_-]?key)[\w.:/\-]*)[\"']?[ \t]+[\"']?"
    r"(?P<value>[^\s\"']{6,})"
)
#: A one-time code a log writes by its key: "otp_attempt=592014", "otp: 118204".
_OTP_KEYED = re.compile(
    r"(?i)(?<![\w-])(?:[a-z]+_)?otp(?:_[a-z]+)?[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>\d{4,8})(?![\w.])"
)
#: The number an authenticator's sign-in asks to be typed, shown on the other screen: "Enter the
#: number shown to sign in: 47". Whoever types it approves the sign-in.
_NUMBER_MATCH = re.compile(
    r"(?i)\benter the number (?:shown|displayed)(?:[ \t]+(?:to sign in|on (?:your|the) screen))?"
    r"[ \t]*[:.]?[ \t]*(?P<value>\d{2,3})(?!\d)"
)
#: A wallet unlocked from the command line: "bitcoin-cli walletpassphrase "<passphrase>" 60".
_WALLET_PASSPHRASE = re.compile(r"\bwalletpassphrase[ \t]+[\"']?(?P<value>[^\"'\s]{4,})")
#: An eSIM's activation code (GSMA SGP.22): "LPA:1$smdp.example.net$<matching ID>", the ID
#: that downloads the subscriber's profile once.
_ESIM_CODE = re.compile(r"\bLPA:1\$[^$\s]+\$(?P<value>[A-Za-z0-9\-]{6,})")
#: The second half of an id / secret pair after a secret's value: "twilio_auth: SK... / 9b3e...".
_PAIRED = re.compile(r"[ \t]*[/|][ \t]*(?P<value>[A-Za-z0-9+/_\-]{16,}={0,2})(?![\w+/=-])")
#: The body of a private key seen without its BEGIN line (a screen cut it off): base64 of the
#: DER structure every private key starts with, a SEQUENCE holding version 0 (`MII..IBA`, RSA
#: and PKCS#8) or an EC key's version 1 (`MHcCAQEE`), or an Ed25519 key's PKCS#8 (`MC4CAQAw
#: BQYDK2Vw`, 64 characters in all). A certificate's body (`MIID..CCA`) is public and starts
#: otherwise.
_KEY_BODY = re.compile(
    r"(?<![A-Za-z0-9+/])(?P<value>(?:MII[A-Za-z0-9+/]{3}IBA|MHcCAQEE|MIGHAgEA)[A-Za-z0-9+/]{40,}={0,2}"
    r"|MC4CAQAwBQYDK2Vw[A-Za-z0-9+/]{20,}={0,2})"
)
#: A PEM private key sent base64-encoded once more, as kubeconfig's `client-key-data:` and a
#: Kubernetes Secret's data hold it: "-----BEGIN " encodes to "LS0tLS1CRUdJTi", and the rest says
#: whether a private key follows or a certificate (public).
_ENCODED_PEM = re.compile(r"(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,}={0,2}(?![A-Za-z0-9+/=])")
#: An OpenSSH private key's body line: the format's magic "openssh-key-v1" encodes to
#: "b3BlbnNzaC1rZXktdjE", whatever key follows.
_OPENSSH_KEY_BODY = re.compile(
    r"(?<![A-Za-z0-9+/])b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/]{20,}={0,2}(?![A-Za-z0-9+/=])"
)
#: A Wi-Fi QR code's text: "WIFI:T:WPA;S:Home_5G;P:amber-falcon-2291;;" (P is the password).
_WIFI_QR = re.compile(r"WIFI:(?:[^;\n]*;)*?P:(?P<value>(?:\\.|[^;\\\n])+);")
#: A password hash in the modular crypt format ("$6$salt$hash" in /etc/shadow, "$2b$12$..."
#: of bcrypt, "$argon2id$v=19$...") or Django's ("pbkdf2_sha256$600000$salt$hash"): it cracks
#: offline, so it is as secret as the password.
_CRYPT_HASH = re.compile(
    r"(?<![\w$])(?:\$(?:1|2[abxy]?|5|6|y|gy|7|md5|sha1|sha256|sha512|argon2(?:id|i|d)|scrypt|"
    r"pbkdf2(?:-sha\d+)?)\$|pbkdf2_sha\d+\$\d+\$|bcrypt\$)[^\s:'\",;|]{16,}"
)
#: A session's cookie, which logs its holder in: "Cookie: sessionid=...", "JSESSIONID=...",
#: "Set-Cookie: connect.sid=...". The value is long and random; "session=morning" is no cookie.
_SESSION_COOKIE = re.compile(
    r"(?i)(?<![\w.-])(?:[\w.-]*sess(?:ion)?(?:_?id|_?key|_?token)?|[\w.]*\.sid|sid|remember_(?:token|me)|"
    r"auth_?token|access_?token|refresh_?token|__Secure-[\w-]+|__Host-[\w-]+)="
    r"(?P<value>[^;\s,\"'&]{16,})"
)
#: An authenticator's setup key typed in by hand: groups of four base32 characters after
#: "key" ("Enter this key manually: K7QF 2MZD X4RT N6PA"), at least four groups, a digit among
#: them; or unbroken, 16 capitals and digits or more ("Enter this key: RAPAKFF4USCV...").
_SETUP_KEY = re.compile(
    r"(?i:\bkey\b)[^\n]{0,40}?[:\uff1a]?[ \t]*(?:\n[ \t]*)?"
    # (a base32 key's last group may be short: "... IRQW 2M")
    r"(?P<value>(?=[A-Za-z2-7 -]*[2-7])[A-Za-z2-7]{4}(?:[ -][A-Za-z2-7]{4}){3,9}"
    r"(?:[ -][A-Za-z2-7]{1,3})?|(?<![\w+/])(?-i:(?=[A-Z]*[2-7])[A-Z2-7]{16,64}))(?![\w-])"
)
#: PowerShell's secure string made from a literal: "ConvertTo-SecureString 'X' -AsPlainText".
_SECURE_STRING = re.compile(r"(?i)ConvertTo-SecureString\s+(?:-String\s+)?(['\"])(?P<value>[^'\"\n]+)\1")
#: What a code opens, then "is" and its number, as people tell it without the word "code":
#: "the key safe by the back door is 4471", "the alarm at the flat is 1-9-7-3"; and the code
#: it replaced ("is 7711 now, not 0418").
_OPENS_IS = re.compile(
    # (what it opens may carry its number: "locker 12 is 0815")
    rf"(?i)\b{_OPENS}\b(?:[ \t]+(?:no\.?[ \t]*|#)?\d{{1,4}}\b)?[^\n\d:]{{0,40}}?"
    r"\b(?:is|'s|is now|was|ist|est|es|è|är|er)[ \t]+"
    r"(?P<value>\d{4,8}#?|\d(?:-\d){3,7}|\d(?: \d){3,7})(?![\w%]|[.,/:\-]\d)"
    r"(?:[ \t]*(?:now)?,?[ \t]*(?:not|no longer|instead of|was|used to be)[ \t]+"
    r"(?P<old>\d{4,8}|\d(?:-\d){3,7})(?!\w))?"
)
#: A card's approval on its receipt ("AUTH CODE 093127", "Approval code: 448120"): the bank's
#: reference for the payment, which opens nothing.
_APPROVAL_BEFORE = re.compile(r"(?i)\b(?:auth(?:ori[sz]ation)?|approval|appr)\.?[ -]?(?:code|no\.?)[ \t:#]*$")
_CARD_LINE = re.compile(
    r"(?i)\b(?:visa|mastercard|amex|maestro|debit|credit|card|contactless|chip|pan|approved|declined|"
    r"transaction|payment|receipt|amount)\b"
)


def _card_approval(text: str, secret: Finding) -> bool:
    """Whether a found secret is a card payment's approval code on its receipt, the card named on
    its line or the line above ("VISA ************4417   CONTACTLESS" over "Auth code: 08812X")."""
    start, end = line_bounds(text, secret.start)
    above = line_bounds(text, start - 1)[0] if start else start
    return bool(
        _APPROVAL_BEFORE.search(text, max(0, secret.start - 24), secret.start)
        and _CARD_LINE.search(text, above, end)
    )


#: A bare "code" and its number on a line that says what it opens: "The lockbox is by the
#: garage, code 5193", "key safe round the back — code 4-7-1-9".
_DOOR_LINE_CODE = re.compile(
    rf"(?i)\b{_OPENS}\b[^\n]{{0,60}}?\bcode[ \t]*"
    r"(?:[:=]|(?:is|was|still|now|ist|war|jetzt|est|es|é)\b)?[ \t]*"
    r"(?:(?:still|now)[ \t]+)?(?P<value>\d{4,8}[#*]?|\d(?:-\d){3,7})(?![\w%]|[.,/:\-]\d)"
)
#: A card's security code after its expiry, however it is called: "exp 04/27 code 318",
#: "vence 11/28 cód. 742", "gültig bis 09/27 Prüfnummer 551".
_CARD_CODE = re.compile(
    r"(?i)\b(?:exp(?:iry|ires|\.)?|valid (?:thru|until)|vence|venc\.|v[áa]lid[ao] hasta|g[üu]ltig bis|"
    r"scad(?:enza|\.)?|expire (?:le|fin))[ \t:]*\d{1,2}[/.\-]\d{2,4}[ \t,;]*"
    r"(?:code|c[óo]d(?:igo|\.)?|codice|kod|sec(?:urity)?(?: code)?|pr[üu]f(?:nummer|ziffer)|cryptogramme|"
    # the security code by its card scheme's name: American Express's "CID", "CVV2", "CVC"
    r"cid|cvv2?|cvc2?|csc)"
    # (the scheme's name may stand in brackets after the word: "Prüfnummer (CVC): 804")
    r"(?:[ \t]*\((?:cid|cvv2?|cvc2?|csc)\))?"
    r"[ \t:]*(?P<value>\d{3,4})(?!\d)"
)
#: A secret's variable printed in a shell, and the line it prints: "echo $STRIPE_SECRET_KEY",
#: "PS> echo $env:KLAVIYO_PRIVATE_KEY", "printenv DB_PASSWORD", then the value alone.
_PRINTED_VARIABLE = re.compile(
    r"(?im)\b(?:echo|printenv|write-output|write-host)[ \t]+[\"']?\$?(?:env:)?\{?"
    r"\w*(?:key|token|secret|password|passwd|pwd|pass)\w*\}?[\"']?[ \t]*\n"
    r"[ \t]*(?P<value>[^\s$<>]{8,})[ \t]*$"
)
#: A card's security code or a PIN as a JSON or a form post writes it: '"cvc":"138"', "cvv=417".
_QUOTED_CARD_CODE = re.compile(
    r"(?i)(?:[\"']?\b(?:cvc2?|cvv2?|csc|card_?code|security_?code|pin)[\"']?[ \t]*[:=][ \t]*[\"']?"
    # or a Japanese form's field, after its full-width colon: "セキュリティコード：771"
    r"|セキュリティコード[ \t]*[:：][ \t]*)"
    r"(?P<value>\d{3,6})(?![\w%])"
)
#: A registry login given its password on the command line: "docker login -u X -p Y".
_REGISTRY_LOGIN = re.compile(
    r"\b(?:docker|podman|buildah|skopeo|helm registry|oras)\s+login\b[^\n]*?\s(?:-p|--password)[ =]"
    r"(?P<value>[^\s\"']+)"
)
#: Webhook and bot URLs whose path is the credential, and keys passed in a query string.
_URL_SECRETS = (
    re.compile(
        r"hooks\.slack\.com/(?:services|workflows|triggers)/(?:[\w-]+/){1,3}(?P<value>[A-Za-z0-9]{16,})"
    ),
    re.compile(r"discord(?:app)?\.com/api/webhooks/\d+/(?P<value>[\w-]{20,})"),
    # a URL whose user is a token, letters and digits: a Sentry DSN's key
    # ("https://a81f33c0...@o44120.ingest.sentry.io/551"), a token in a git remote
    re.compile(r"\b[a-z][a-z0-9+.\-]*://(?P<value>(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{20,})@[\w.\-]+"),
    re.compile(r"(?<![\w:])(?:bot)?\d{6,12}:(?P<value>AA[\w-]{30,})"),
    # a webhook's signature header: "Stripe-Signature: t=1764835200,v1=5b2c8e1f..."
    re.compile(r"(?i)signature[\w-]*[ \t]*[:=][^\n]{0,30}?\bv[01]=(?P<value>[0-9a-f]{32,})"),
    re.compile(
        # a signed URL's own names too: S3's "X-Amz-Signature", Google Cloud's "X-Goog-Signature"
        r"[?&](?i:token|access_token|api_?key|key|secret|sig|signature|auth|code|password|pwd|"
        r"x-amz-signature|x-amz-security-token|x-goog-signature|"
        # a shared link's own key: Dropbox's "rlkey", a share's or an Azure SAS's key
        r"rlkey|share_?key|sharekey|accesskey|sas|sastoken)="
        r"(?P<value>[^&\s#\"']{8,})"
    ),
)
#: A key or a token named in prose, then the token itself, long and of letters and digits: "API
#: request ... with key 5F3C9A2B71D84E06B9A1C7E2F4D50B83", "used token ghx7Qm2P...".
#: (a database's, a cache's or a sort's key is a name, "cache key linux-x64-npm-3f9a2c": words,
#: two or more, between its hyphens or underscores)
_NAMED_TOKEN = re.compile(
    r"(?i:(?<!cache )(?<!primary )(?<!foreign )(?<!sort )(?<!partition )(?<!composite )"
    r"\b(?:key|token|secret|api[ _-]?key)\b)[ \t]+"
    r"(?P<value>(?=[\w-]*\d)(?=[\w-]*[A-Za-z])(?![\w-]*?(?<![^\W_])[a-z]{3,}[_-][\w-]*?[_-][a-z]{3,}(?![^\W_]))"
    r"[A-Za-z0-9][\w-]{19,})(?![\w-])"
)
#: A secret's key over a JSON list of them, every item a secret: '"mfa_recovery_codes": ["Q7LM-4XPD",
#: "ZK82-HT19"]', '"backup_codes": [...]'.
_KEYED_LIST = re.compile(
    rf"[\"'](?:{_KEY}|[\w.\-]*(?i:recovery|backup|mfa|2fa|otp)[_\-]?(?i:codes))[\"'][ \t]*:[ \t]*"
    r"\[(?P<items>[^\[\]\n]*)\]"
)
_LIST_ITEM = re.compile(r"[\"'](?P<value>[^\"'\s]{4,64})[\"']")
#: A list of accounts, one a line: a login of a given and a family name, a colon and its
#: password, letters with a digit ("marko.petrovic:Vatrogasac!2026"). `accounts` reads the login.
LOGIN_AND_PASSWORD = re.compile(
    r"(?m)^[ \t]*(?P<login>[a-z]{2,}[._][a-z]{2,}):"
    r"(?P<value>(?=[^\s:]*\d)(?=[^\s:]*[A-Za-z])[^\s:]{6,})[ \t]*$"
)
#: A PostgreSQL password file's line, `host:port:database:user:password` (a port or `*`).
_PGPASS = re.compile(
    r"(?<![\w.:/-])(?=[\w.*-]*[A-Za-z*])[\w.*-]+:(?:\d{2,5}|\*):[\w*.-]+:[\w*.@-]+:(?P<value>[^\s:]{4,})(?![\w:])"
)
_XML_VALUE = re.compile(rf"(?i)key=\"[\w.\-]*{_SECRET_WORD}[\w.\-]*\"\s+value=\"(?P<value>[^\"]+)\"")
#: A secret's key and its literal as a call's two arguments: PHP's "define( 'DB_PASSWORD',
#: 'x' );", "setenv(\"API_TOKEN\", \"x\")", "config.set('password', 'x')".
_CALL_ARGUMENTS = re.compile(
    rf"\([ \t]*(?P<q>[\"']){_KEY}(?P=q)[ \t]*,[ \t]*(?P<vq>[\"'])(?P<value>[^\"'\n]+)(?P=vq)"
)
#: (a bearer token may hold colons between its parts: Up's "up:yeah:Xk29...", a "v2:abc...")
_AUTH_HEADER = re.compile(
    r"(?i)\b(?:basic|bearer|token)\s+(?P<value>(?:[A-Za-z0-9+/._~-]|:(?=[A-Za-z0-9])){12,}=*)"
)
_URL_PASSWORD = re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s:/@]*:(?P<value>[^\s/]+)@[\w.\-]+")
_CLI_PASSWORD = re.compile(
    r"(?:\s(?:-u|--user)\s+[^\s:]+:(?P<user>[^\s]+))|(?:\b(?:mysql|mysqldump|mariadb)\b[^\n]*?\s-p(?P<p>\S+))"
    # an LDAP tool's bind password, quoted or not: ldapsearch ... -w 'S3cure#Bind'
    r"|(?:\bldap\w+\b[^\n]*?\s-w\s+['\"]?(?P<w>[^\s'\"]+))"
    # Redis's and sshpass's: redis-cli -a 'X', sshpass -p X
    r"|(?:\b(?:redis-cli\b[^\n]*?\s-a|sshpass\s+-p)\s+['\"]?(?P<a>[^\s'\"]+))"
)
#: What a password manager's command prints on the next line: the secret itself ("$ bw get
#: password 'Spotify family'" then "Sh0ut!Loud-Tangerine"; 1Password's "op read", pass, gopass,
#: LastPass's and KeePassXC's CLIs, macOS's "security find-generic-password -w").
_VAULT_READ = re.compile(
    r"(?m)^[ \t]*(?:\S*[$#>%][ \t]*)?(?:bw get password|op read|gopass show|pass show"
    r"|lpass show[^\n]*--password|keepassxc-cli show[^\n]*-a[ \t]+password"
    r"|security find-generic-password[^\n]*-w)"
    r"[^\n]*\n[ \t]*(?P<value>\S{4,})[ \t]*$"
)
_PEM = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*(?P<value>.*?)\s*"
    r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)",
    re.DOTALL,
)
#: A key ending like this is a setting about secrets, not one.
_SETTING = re.compile(
    r"(?i)[_.\-]?(?:length|len|expiry|expires|expiration|seconds|ttl|timeout|url|uri|enabled|"
    r"required|method|type|header|file|path|policy|reset|hint|field|label|name|min|max|count|"
    r"mode|provider|endpoint|rounds|algorithm|prefix|"
    # a service that logs under the key's name: "auth-svc: blocked login for ..."
    r"svc|service|server|srv|daemon|worker)$"
)
#: A value that is code, a reference or a placeholder, not a literal secret.
_NOT_LITERAL = re.compile(
    r"^(?:[A-Za-z_][\w.]*\s*[(\[]|\$\{?|!|\{|%\(|<|\*{3,}|x{3,}|"
    # a PowerShell cmdlet that reads or builds the secret ("$pw = ConvertTo-SecureString ...")
    r"(?:ConvertTo|ConvertFrom|Get|Read|New|Import)-[A-Z]\w+$|(?i:true|false|null|none|"
    r"undefined|required|optional|changeme|your[_-]\w+|env\b|os\.))"
    # a Windows variable ("%KIOSK_PWD%"), a note that one is read ("Token: using $API_TOKEN"), or
    # the file a key is kept in ("/home/ubuntu/.config/solana/id.json", "C:\keys\id_rsa")
    r"|^%[A-Za-z_]\w*%$|^(?i:using|via|read from|from)$"
    r"|^(?:~|\.{1,2})?/(?:[\w.\-]+/)+[\w.\-]+$|^[A-Za-z]:\\(?:[\w.\- ]+\\)*[\w.\-]+$"
    # "smtp.auth.password is not set", "Mot de passe : ••••••••", MySQL's "(using password:
    # YES)": what a screen says about a secret, or its mask, is not the secret.
    r"|^(?i:not|nicht|pas|no|yes|empty|missing|unset|set|invalid|incorrect|wrong|expired|hidden)\)?$"
    # a Wi-Fi's security mode ("Authentication : WPA2-Personal" in netsh's report), not its key
    r"|^(?i:wpa[23]?(?:-(?:personal|enterprise|psk|sae))?|wep|open|present|absent)$"
    # a console's note in brackets where the value would be: "(sensitive value hidden)", "[redacted]"
    r"|^[(\[](?i:sensitive|hidden|redacted|masked|secret|encrypted|protected|omitted|removed|not|none)\b"
    # a mask, or a form's blank to write the secret on ("PIN: ____", "Password: ________")
    r"|^[•●*·\u2022\u25cf_]+$"
    # a sentence about the secret in a script a password is not written in: "密码" then "至少8位" (at least 8)
    r"|.*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0900-\u097f]"
)
#: An attribute path (`process.env.API_KEY`, `settings.SECRET_KEY`) names where a secret is;
#: a token with a dotted prefix ("hvs.CwFJESFNdy81H4bg", Vault's) is the secret.
_ATTRIBUTE_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")


#: A key's shape filled with a placeholder, as documentation writes it: "sk_test_XXXXXXXXXXXX",
#: "sk-your-api-key-here", "ghp_000000000000000000000000" (AWS's example pair is a published
#: example's: see `examples`).
_PLACEHOLDER = re.compile(r"(?i)your|x{6,}|0{6,}|\*{3,}|\.{3}|…")


#: A settings file's section that holds codes or passwords ("[keypad.codes]", "[pins]"), and a
#: setting in it: each one's value is a code, whoever it is named after ("Carer_morning = 731905").
_CODES_SECTION = re.compile(
    r"(?im)^[ \t]*\[[^\]\n]*\b(?:codes?|pins?|passcodes?|passwords?|secrets?)\b[^\]\n]*\][ \t]*$"
)
_SECTION_SETTING = re.compile(r"(?m)^[ \t]*[\w .\-]{1,40}?[ \t]*[=:][ \t]*(?P<value>[^\s#;]{4,64})[ \t]*$")


def _in_a_codes_section(text: str) -> Iterator[Finding]:
    for section in _CODES_SECTION.finditer(text):
        following = text.find("\n[", section.end())
        end = len(text) if following < 0 else following
        for m in _SECTION_SETTING.finditer(text, section.end(), end):
            if password_shaped(m.group("value")) and any(c.isdigit() for c in m.group("value")):
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))


def literal(value: str) -> bool:
    """Whether a value after a secret's key is the secret itself, not code, a reference, a mask
    or the screen's note about it. A key-long value with a placeholder in it ("sk-your-key-here")
    is none; a short one may be a password that happens to hold the letters."""
    placeholder = len(value) >= 12 and _PLACEHOLDER.search(value)
    path = _ATTRIBUTE_PATH.fullmatch(value) and not any(_random(part) for part in value.split("."))
    return len(value) >= 3 and not _NOT_LITERAL.match(value) and not placeholder and not path


def password_shaped(value: str) -> bool:
    """A literal (see `literal`) that is no date, time, version, mailbox, URL or path."""
    return literal(value) and not _NOT_A_PASSWORD.fullmatch(value)


def _strong(value: str) -> bool:
    """Whether a value mixes letters and digits with a symbol or with both cases, as a chosen
    password does ("Fjord-Nyhet-42", "Pastel4Nata!") and a word or a number does not."""
    letters = [c for c in value if c.isalpha()]
    if not (letters and any(c.isdigit() for c in value)):
        return False
    cases = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    return cases or _SYMBOL.search(value) is not None


def _random(value: str) -> bool:
    """A string a machine drew, not a word or a name: letters and digits mixed, and as varied
    as detect-secrets asks a hex string (3 bits a character) or any other one (3.5) to be."""
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    if any(part.isalpha() and part.islower() for part in value.split("/")[:-1]):
        return False  # a path ("uploads/2026/scan_0042"), an object's key in a bucket
    if _PLACEHOLDER.search(value):
        return False
    counts = Counter(value)
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    return entropy >= (3.0 if all(c in string.hexdigits for c in value) else 3.5)


def _password_in_prose(word: str) -> bool:
    """A word on a line that speaks of a password and looks like one: seven characters or more
    with three letters and a digit ("latte4life", "Tiger!2019", "Pumpkin-Spice-42"); not a
    mention, a hashtag, a key's value, a time, a URL, a path, a mailbox or a reference. A
    symbol was once asked for too, but people's passwords are mostly a word and a number."""
    letters = sum(c.isalpha() for c in word)
    return (
        letters >= 3
        and any(c.isdigit() for c in word)
        and word[0] not in "@#"  # a mention or a hashtag
        and not any(c in word for c in "=:/\\")  # a key's value, a time, a URL or a path
        and not _MAILBOX_IN.search(word)
        and not _REFERENCE.fullmatch(word)
        and not _TECHNICAL_NAME.fullmatch(word)
        and password_shaped(word)
    )


_MAILBOX_IN = re.compile(r"@[\w-]+\.")
_PASSWORD_SYMBOL = frozenset("!#$%^&*+?~§€£")
#: Names of products, algorithms and platforms with a digit in them: "1Password", "argon2id",
#: "ed25519", "x86_64", "Windows11"; and a number in hex.
_TECHNICAL_NAME = re.compile(
    r"\d[A-Z][a-z]+"
    # a status's or an error's number in hex: a log's "Status: 0xC000006D"
    r"|0x[0-9A-Fa-f]{4,16}"
    r"|(?i:argon2(?:id|i|d)?|[xe]d?25519|rsa-?\d{3,4}|aes-?\d{3}(?:-\w+)?|sha-?\d(?:-?\d{3})?|chacha20\S*|"
    r"poly1305|pbkdf2\S*|x86_64|amd64|arm64\S*|base64\S*|utf-?(?:8|16)|wpa\d\S*|ipv[46]|oauth\d|"
    r"windows\d+|win\d+|ubuntu\S*|debian\d+|iphone\d+\S*|android\d+)"
)
#: The word before a value that names an account, a network or a host, not its secret
#: ("user kblomqvist22", "Wi-Fi network: Guest_5G").
_NAMED_BY = re.compile(
    r"(?i)\b(?:user|username|user name|login|account|ssid|network|host|hostname|server|id|email|e-mail)"
    r"[ \t]*[:=]?[ \t]*$"
)


#: A log's line about a login tried with a password, which it never prints: "sshd[22841]:
#: Failed password for invalid user admin from ..." (its host, "vpn-gw01", is no password).
_LOGIN_LOGGED = re.compile(r"(?i)\b(?:failed|accepted) password for\b")


def _in_prose(text: str) -> Iterator[Finding]:
    line_end = 0
    for mention in _PASSWORD_MENTION.finditer(text):
        if mention.start() < line_end:
            continue  # this line is read already
        line_start = text.rfind("\n", 0, mention.start()) + 1
        line_end = text.find("\n", mention.end()) % (len(text) + 1)
        if _LOGIN_LOGGED.search(text, line_start, line_end):
            continue
        for m in _PROSE_WORD.finditer(text, line_start, line_end):
            # (a sentence's full stop or a question's mark ends it: "... még mindig bence1995?")
            word = m.group().rstrip(".?")
            # a word with a symbol is a password even after an account's word ("... shared
            # account: Otter$Plum!77"); one without may be the account's or network's name
            symbol = any(c in _PASSWORD_SYMBOL for c in word)
            if _password_in_prose(word) and (symbol or not _NAMED_BY.search(text, line_start, m.start())):
                yield Finding("SECRET", m.start(), m.start() + len(word), word)


#: A word as a site makes a person choose a password: small letters, capitals, a digit and a
#: symbol, in 8 to 24 characters ("Sofiyka2019!", "Kissa123!", "Abuja#Spring2025").
_CHOSEN = re.compile(
    r"(?<![^\s\"'`(\[{«“‘,;:])(?P<value>(?=[\w!@#$%&*?.\-]*[a-z])(?=[\w!@#$%&*?.\-]*[A-Z])"
    r"(?=[\w!@#$%&*?.\-]*\d)"
    r"[A-Za-z0-9][A-Za-z0-9!@#$%&*?._\-]{6,22}[A-Za-z0-9!#$%&*?])(?=[\s\"'`)\]}»”’,;:.]|$)"
)
#: Words of that shape that are no password: a thing's name with its number after "#"
#: ("ScrimBot#7741", "Ticket#20270414"), a login at a host ("admin@RT-AX58U"), a masked or a
#: whole mailbox ("m*****@gmail.com").
_CHOSEN_NOT = re.compile(
    r"[^#]+#\d+|[a-z_][a-z0-9_.\-]*@[A-Za-z][A-Za-z0-9\-]*|.*\*\*.*|.*@[\w\-]+\.[A-Za-z].*"
)


def _chosen_passwords(text: str) -> Iterator[Finding]:
    """A password anywhere by its shape alone (`_CHOSEN`): people paste them into chats and
    mails with no word for it nearby, or in another language than the rules know ("Jussi_K:
    Kissa123! ja älkää jakako sitä"). A symbol among its letters and digits, both cases: no
    word, name, number, version or reference has that shape."""
    for m in _CHOSEN.finditer(text):
        value = m.group("value")
        if any(c in _PASSWORD_SYMBOL or c == "@" for c in value) and not _CHOSEN_NOT.fullmatch(value):
            yield Finding("SECRET", m.start("value"), m.end("value"), value)


def _listed(text: str) -> Iterator[Finding]:
    """Backup codes, each a finding, and a recovery phrase, after their labels; the codes may
    stand on the lines under a heading ("Recovery codes for the fleet portal (user: ...)")."""
    for label in _CODE_LIST_LABEL.finditer(text):
        codes = list(_codes_from(text, label.end()))
        # under the heading, a line or two may tell what to do with them ("Store these somewhere
        # safe. Each code can only be used once.")
        line_end = text.find("\n", label.start())
        for _ in range(_INSTRUCTION_LINES + 1):
            if codes or line_end < 0:
                break
            codes = list(_codes_from(text, line_end + 1))
            line_end = text.find("\n", line_end + 1)
        for code in codes:
            yield Finding("SECRET", code.start("value"), code.end("value"), code.group("value"))
    for label in _PHRASE_LABEL.finditer(text):
        m = _PHRASE_WORDS.match(text, label.end())
        if m is None:
            continue
        value = m.group("value").rstrip(" \t\n,")
        # BIP-39 phrases hold 12, 15, 18, 21 or 24 words: words past the last such count are
        # the sentence going on
        words = list(re.finditer(r"[a-z]{3,8}", value))
        value = value[: words[len(words) // 3 * 3 - 1].end()]
        if not _SENTENCE_WORDS.intersection(re.findall(r"[a-z]+", value)):
            yield Finding("SECRET", m.start("value"), m.start("value") + len(value), value)


def _codes_from(text: str, at: int) -> Iterator[re.Match[str]]:
    """The codes listed one after another from `at`."""
    while m := _LISTED_CODE.match(text, at):
        yield m
        at = m.end()


def find(text: str) -> Iterator[Finding]:
    found = [
        _without_full_stop(f)
        for f in _found(text)
        if not _card_approval(text, f) and not _a_path_or_a_when(text, f)
    ]
    if '\\"' in text:
        # JSON inside a JSON string ("SecretString": "{\\"password\\":\\"p7#Ke9\\"}"): read with its
        # escapes as spaces, which keeps every offset
        unescaped = text.replace('\\"', ' "')
        found += [Finding(f.kind, f.start, f.end, text[f.start : f.end]) for f in _found(unescaped)]
    yield from found
    for finding in found:
        pair = _PAIRED.match(text, finding.end)
        if pair and _random(pair.group("value")):
            yield Finding("SECRET", pair.start("value"), pair.end("value"), pair.group("value"))


#: "Now" and "new" in the languages a code's change is told in.
_NOW = r"now|new|nu|teraz|jetzt|neu|ahora|nuevo|maintenant|nouveau|ora|agora|nyt|nå|теперь|сейчас"
#: A code changed, its new value after an arrow: "kód na zámku bol 0815 → teraz 2741",
#: "door code 4471 -> now 9902".
_CHANGED_TO = re.compile(
    rf"[ \t]*(?:→|->|=>|⇒)[ \t]*(?:(?i:{_NOW}|teď|sada|nieuw)\b[ \t]*:?[ \t]*)?"
    r"(?P<value>[A-Za-z0-9#*]+(?:-[A-Za-z0-9#*]+)*)(?![\w#*-])"
)


#: The next turn's word that a code was changed, right before the new one, when a question
#: asked for the old one: "Gate padlock still 1-9-7-3?" then "changed to 2-0-2-6", "koodi on
#: edelleen 2580?" then "vaihdettiin, nyt 7319".
_CHANGED_SINCE = re.compile(
    rf"(?i:\b(?:changed|reset|{_NOW})\b)[ \t]*(?:(?i:to|is)\b[ \t]*|:[ \t]*)?"
    r"(?P<value>[A-Za-z0-9#*]+(?:-[A-Za-z0-9#*]+)*)(?![\w#*-])"
)


def changed_codes(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The new value of a found code after an arrow, or in the next turn after a question that
    told the old one, in the old one's shape: whichever rule found the old code, the new one
    opens the same door."""
    for finding in found:
        if finding.kind != "SECRET":
            continue
        shape = value_shape(finding.value)
        changed = _CHANGED_TO.match(text, finding.end)
        if changed and value_shape(changed.group("value")) == shape:
            yield Finding("SECRET", changed.start("value"), changed.end("value"), changed.group("value"))
        end = line_bounds(text, finding.start)[1]
        if "?" not in text[finding.end : end] or end >= len(text):
            continue
        for m in _CHANGED_SINCE.finditer(text, end + 1, line_end(text, end + 1)):
            if value_shape(m.group("value")) == shape:
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
                break


#: The shell's working directory as a log prints it ("sudo: ... ; PWD=/srv ;"), not a password.
_WORKING_DIRECTORY = re.compile(r"\bPWD=$")
_PATH = re.compile(r"~?(?:/[\w.-]+)+/?|/")
#: A password's label that says when it was set or runs out ("PasswordLastSet :", "Password
#: expires:"), before a date.
_WHEN_LABEL = re.compile(
    r"(?i)(?:last[ _-]?set|last[ _-]?changed|expir\w*|changed|updated|age)[\"']?[ \t]*[:=][ \t]*$"
)
_DATE_VALUE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _without_full_stop(finding: Finding) -> Finding:
    """A code of digits without the full stop that ends its sentence ("Κωδικός παραλαβής: 3391.
    Courier: ..."): a password may end in a dot, a PIN does not."""
    if finding.value.endswith(".") and finding.value[:-1].isdigit():
        return Finding(finding.kind, finding.start, finding.end - 1, finding.value[:-1])
    return finding


def _a_path_or_a_when(text: str, finding: Finding) -> bool:
    """Whether a secret's value is the working directory a log names, or the date a password
    was set or runs out."""
    before = text[max(0, finding.start - 30) : finding.start]
    return bool(
        (_WORKING_DIRECTORY.search(before) and _PATH.fullmatch(finding.value))
        or (_WHEN_LABEL.search(before) and _DATE_VALUE.fullmatch(finding.value))
    )


#: Words that say where a secret is rather than what it is, or whose it is ("Password: your
#: normal university password"), before the rest of that phrase.
_POINTING_WORDS = frozenset(
    """
    see ask check same below above attached sent printed written under behind in on as per via
    siehe voir ver vedi zie se
    your my our their his her the dein deine ihr ihre votre ton ta tu su je uw
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_PHRASE_GOES_ON = re.compile(r"[ \t]+[^\W\d_]+")


def _decoded_head(value: str) -> bytes:
    """The first bytes base64 `value` encodes (its first 60 characters, enough for a PEM's BEGIN
    line), or nothing where they are no base64."""
    head = value[:60]
    try:
        return base64.b64decode(head[: len(head) // 4 * 4])
    except ValueError:
        return b""


#: A PostgreSQL password file's line, host:port:database:user:password, the password last
#: ("10.20.0.15:5432:epr:epr_app:Pl4nt-Sparrow-19"), in a text that names the file.
_PGPASS_LINE = re.compile(r"(?m)(?<=\.pgpass\n)[\w.\-*]+:(?:\d{2,5}|\*):[\w.\-*]+:[\w.\-*]+:(?P<value>\S+)$")


def _found(text: str) -> Iterator[Finding]:
    for m in _TOKEN_SHAPES.finditer(text):
        if not _PLACEHOLDER.search(m.group()):
            yield Finding("SECRET", m.start(), m.end(), m.group())
    for listed in _KEYED_LIST.finditer(text):
        for m in _LIST_ITEM.finditer(text, listed.start("items"), listed.end("items")):
            if literal(m.group("value")):
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _ASSIGNED.finditer(text):
        key, value = m.group("key"), m.group("value").strip()
        pin_not_digits = key.lower().endswith("pin") and not value.isdigit()
        # a key safe's or a lock box's code holds a figure ("key safe: round the back" is where)
        pin_not_digits |= _HOLDS_A_CODE.search(key) is not None and not any(map(str.isdigit, value))
        # After "is" a sentence goes on as often as a secret follows ("the password is too
        # short", "Das Passwort ist abgelaufen"): a plain lower-case word is the sentence.
        # "auth:" alone is as often a log's component ("auth: login success") as a secret's key
        spoken_word = (
            (m.group("copula") or key.lower() == "auth")
            and not m.group("quote")
            and re.fullmatch(r"[^\W\d_]+", value)
            and value.islower()
        )
        ticket = key.lower() == "pass" and _ticket(text, m.start())
        # "Wi-Fi password: see card on the fridge", "password: ask Tom": where to find it
        pointer = value.lower() in _POINTING_WORDS and _PHRASE_GOES_ON.match(text, m.end("value"))
        if _SETTING.search(key) or not literal(value) or pin_not_digits or spoken_word or ticket or pointer:
            continue
        start = m.start("value")
        yield Finding("SECRET", start, start + len(value), value)
    for m in (*_STREAM_KEY.finditer(text), *_METER_TOKEN.finditer(text), *_PGPASS_LINE.finditer(text)):
        if m.re is not _STREAM_KEY or _random(m.group("value")):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _PASSPHRASE.finditer(text):
        # "Passphrase: see the vault" says where it is
        if literal(m.group("value")) and m.group("value").split()[0].lower() not in _POINTING_WORDS:
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _PORTING_CODE.finditer(text):
        group = next(g for g in ("value", "oku", "rio") if m.group(g))
        yield Finding("SECRET", m.start(group), m.end(group), m.group(group))
    for m in _SPACED.finditer(text):
        group = "flagvalue" if m.group("flag") else "value"
        key = m.group("setting") or ""
        if key and not _SPACED_KEY.fullmatch(key):
            continue
        if not _SETTING.search(key) and literal(m.group(group)) and not m.group(group).startswith("$"):
            yield Finding("SECRET", m.start(group), m.end(group), m.group(group))
    for m in (
        *_SPOKEN.finditer(text),
        *_USER_THEN_PASS.finditer(text),
        *_MAILBOX_THEN_PASSWORD.finditer(text),
    ):
        # (a contact's line gives a phone after the mailbox: "info@club.jp / 03-3521-6617")
        if password_shaped(m.group("value")) and not _DIALLED.fullmatch(m.group("value")):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _ACCOUNT_THEN_PASSWORD.finditer(text):
        value = m.group("value").rstrip(".,;)")
        if _strong(value) and password_shaped(value) and _PASSWORD_MENTION.search(text):
            yield Finding("SECRET", m.start("value"), m.start("value") + len(value), value)
    # a password in quotes after its word and a copula, words and all ("Password for collection
    # is 'blue penguin'"): the quotes say where it starts and ends
    for m in _QUOTED_SAID.finditer(text):
        about = _ABOUT_A_FIELD.search(m.group("words")) or _SAID_OF_A_PASSWORD.fullmatch(m.group("value"))
        if not about and not (m.group().lower().startswith("pass") and _ticket(text, m.start())):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _QUOTED_NEAR.finditer(text):
        words, value = m.group("words"), m.group("value")
        screen = _QUOTES_A_SCREEN.search(words) or _ABOUT_A_FIELD.search(words)
        said_of = _SAID_OF_A_PASSWORD.fullmatch(value) or value.lower() in _UI_WORDS
        if not screen and not said_of and password_shaped(value):
            yield Finding("SECRET", m.start("value"), m.end("value"), value)
    for m in _SAID.finditer(text):
        if m.group().lower().startswith("pass") and _ticket(text, m.start()):
            continue
        if password_shaped(m.group("value")) and not _ABOUT_SECRETS.search(m.group("words").rstrip()):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for pattern in (_NAMED_KEY, _LABELLED_RANDOM):
        for m in pattern.finditer(text):
            key = m.groupdict().get("key") or ""
            if _random(m.group("value")) and not _NOT_SECRET_KEY.search(key) and not _SETTING.search(key):
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _ENCODED_PEM.finditer(text):
        if b"PRIVATE KEY" in _decoded_head(m.group()):
            yield Finding("SECRET", m.start(), m.end(), m.group())
    for m in _DOOR_LINE_CODE.finditer(text):
        if not _code_for_something_else(text, m.start() + m.group().lower().rfind("code")):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _OPENSSH_KEY_BODY.finditer(text):
        yield Finding("SECRET", m.start(), m.end(), m.group())
    for m in _SIX_DIGIT_CODE.finditer(text):
        if not _code_for_something_else(text, m.start()):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _ONE_TIME_CODE_LATER.finditer(text):
        # with no copula or colon before it the code ends its sentence
        # (or commas set it off: "OTP aaya tha booking ka, 448217, maine confirm kar diya")
        ends = _SENTENCE_END_AFTER.match(text, m.end("value")) is not None or (
            text.startswith(", ", m.start("value") - 2) and text.startswith(",", m.end("value"))
        )
        if (m.group("told") or ends) and not _code_for_something_else(text, m.start()):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _OPENS_IS.finditer(text):
        for group in ("value", "old"):
            if m.group(group):
                yield Finding("SECRET", m.start(group), m.end(group), m.group(group))
    for pattern in (
        _CRYPT_HASH,
        _SESSION_COOKIE,
        _SETUP_KEY,
        _SECURE_STRING,
    ):
        for m in pattern.finditer(text):
            part: str | int = "value" if "value" in pattern.groupindex else 0
            yield Finding("SECRET", m.start(part), m.end(part), m.group(part))
    for pattern in (
        _CODE,
        _CODE_FIRST,
        _WIFI_QR,
        _CARD_CODE,
        _QUOTED_CARD_CODE,
        _PRINTED_VARIABLE,
        _REGISTRY_LOGIN,
        _ANSWER,
        _QUOTED_ANSWER,
        _KEYED_ANSWER,
        _TOLD_ANSWER,
        _KEY_BODY,
        _PGPASS,
        LOGIN_AND_PASSWORD,
        _NAMED_TOKEN,
        _XML_VALUE,
        _CALL_ARGUMENTS,
        _AUTH_HEADER,
        _URL_PASSWORD,
        _PRINTED,
        _SET_COMMAND,
        _WALLET_PASSPHRASE,
        _ESIM_CODE,
        _KEYED_CODE,
        _OTP_KEYED,
        *_URL_SECRETS,
    ):
        for m in pattern.finditer(text):
            if literal(m.group("value")) and not _promo_code(text, m.start("value")):
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    # (two digits: no literal's length, the sign-in's words say what they are)
    for m in _NUMBER_MATCH.finditer(text):
        yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _INTERCOM_CODE.finditer(text):
        # two or three bare digits only after "code": otherwise they are the flat's bell
        if (
            m.group("word")
            or m.group("after")
            or not m.group("value").isdigit()
            or len(m.group("value")) >= 4
        ):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    yield from _in_prose(text)
    yield from _chosen_passwords(text)
    yield from _listed(text)
    yield from _in_a_codes_section(text)
    for m in _VAULT_READ.finditer(text):
        if literal(m.group("value")):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _CLI_PASSWORD.finditer(text):
        group = next(g for g in ("user", "p", "w", "a") if m.group(g))
        yield Finding("SECRET", m.start(group), m.end(group), m.group(group))
    for m in _PEM.finditer(text):
        if m.group("value"):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
