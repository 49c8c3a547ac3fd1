"""Passwords, keys and tokens, found by the name they are given and by their shape.

Three ways a secret shows itself, after detect-secrets' split into keyword, shape and
high-entropy plugins: (1) a key whose name says secret (`DB_PASSWORD=`, `"client_secret":`,
`app.auth.token=`, "pw:", "Passwort", "mot de passe :") and a literal value; (2) a token whose
prefix says what issued it (GitHub, GitLab, Slack, Stripe, AWS, Google, OpenAI, Hugging Face,
npm, SendGrid, DigitalOcean, Mailgun, Discord bots, JWTs); (3) where it sits: a Basic or
Bearer authorization, the password of a `scheme://user:password@host` URL, `curl -u` or a
`.pgpass` line, the body of a PEM private key, the secret part of a webhook or bot URL
(Slack, Discord, Telegram) and a signature or token in a query.
A value that is code rather than a literal (`os.environ["API_KEY"]`, `${DB_PASSWORD}`,
`getpass.getpass(...)`) and a setting about secrets (`PASSWORD_MIN_LENGTH=12`,
`TOKEN_EXPIRY_SECONDS`, `auth_method`) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding

_TOKEN_SHAPES = re.compile(
    r"(?<![\w-])(?:sk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|"
    r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{30,}|glpat-[A-Za-z0-9_-]{16,}|"
    r"(?:AKIA|ASIA)[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,}|"
    r"hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{30,}|pypi-[A-Za-z0-9_-]{40,}|"
    r"SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|"
    r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|"
    # DigitalOcean personal, OAuth and refresh tokens; a Mailgun API key; a Discord bot token
    # (a base64 user ID starting M, N or O, a timestamp, an HMAC), as detect-secrets shapes it
    r"do[opr]_v1_[a-f0-9]{40,}|key-[0-9a-f]{32}|[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})"
)
#: A key named for a secret: one of these words as a part of an identifier (split at `_`, `-`,
#: `.` or a capital) or a word of its own in several languages.
_SECRET_WORD = (
    r"(?:password|passwd|passwort|passphrase|passcode|pass|pwd|pw|secret|token|api[_ -]?key|"
    r"apikey|access[_ -]?key|private[_ -]?key|credentials?|auth|pin|wachtwoord|mot de passe|"
    r"contrase[ñn]a|senha|has[łl]o|kennwort|lösenord|losenord|adgangskode|passord|salasana|"
    r"şifre|sifre|parola|heslo|jelszó|mật khẩu|mat khau|пароль|パスワード|暗証番号|密码|密碼|口令|"
    r"비밀번호|암호|पासवर्ड|كلمة المرور)"
)
_KEY = (
    rf"(?P<key>(?:[A-Za-z0-9]+[_.\-])*(?i:{_SECRET_WORD})(?:[_.\-][A-Za-z0-9]+)*"
    rf"|[A-Za-z]*(?:Password|Secret|Token|ApiKey|Key|Pwd|Auth)[A-Za-z]*)"
)
_ASSIGNED = re.compile(
    # a key right after "${" is a shell expansion ("${DB_PASSWORD:?must be set}"), not a value
    rf"(?<![\w.-])(?<!\$\{{){_KEY}[\"']?\s*(?:[:=\uff1a]|=>|(?P<copula>\bis\b|\bist\b|\best\b|\bes\b))\s*"
    r"(?P<quote>[\"'])?(?:bearer\s+|basic\s+)?(?P<value>(?(quote)[^\"'\n]+|[^\s\"',;]+))"
)
#: "Passwort Krakow_2024", "password hunter2": no separator, so the value must look like one.
_SPOKEN = re.compile(
    r"(?i)\b(?:password|passwort|wachtwoord|mot de passe|contrase[ñn]a|senha|has[łl]o|pw|pwd)"
    r"\s+(?P<value>(?=\S*[\d!@#$%^&*_])(?!(?:is|ist|est|es)\b)[^\s\"',;]{4,})"
)
#: "Das Passwort fürs Portal ist X", "hasło do VPN: X", "mật khẩu wifi là X", "a senha do
#: roteador é X": a few words say whose secret it is before the copula or colon. The value must
#: look like one (a digit or a symbol in it): "the password for the wifi is on the fridge".
_SAID = re.compile(
    rf"(?i)(?<!\w)(?:{_SECRET_WORD})(?:[ \t]+[^\s:=\uff1a\d]+){{1,4}}?[ \t]*"
    r"(?:[:\uff1a=]|\b(?:is|ist|est|es|è|é|là|är|er|jest|je|on|to|olarak|adalah)\b)[ \t]*"
    r"(?P<value>(?=\S*[\d!@#$%^&*_])[^\s\"',;]{4,})"
)
#: The body of a private key seen without its BEGIN line (a screen cut it off): base64 of the
#: DER structure every private key starts with, a SEQUENCE holding version 0 (`MII..IBA`, RSA
#: and PKCS#8) or an EC key's version 1 (`MHcCAQEE`). A certificate's body (`MIID..CCA`) is
#: public and starts otherwise.
_KEY_BODY = re.compile(
    r"(?<![A-Za-z0-9+/])(?P<value>(?:MII[A-Za-z0-9+/]{3}IBA|MHcCAQEE|MIGHAgEA)[A-Za-z0-9+/]{40,}={0,2})"
)
#: Webhook and bot URLs whose path is the credential, and keys passed in a query string.
_URL_SECRETS = (
    re.compile(
        r"hooks\.slack\.com/(?:services|workflows|triggers)/(?:[\w-]+/){1,3}(?P<value>[A-Za-z0-9]{16,})"
    ),
    re.compile(r"discord(?:app)?\.com/api/webhooks/\d+/(?P<value>[\w-]{20,})"),
    re.compile(r"(?<![\w:])(?:bot)?\d{6,12}:(?P<value>AA[\w-]{30,})"),
    re.compile(
        r"[?&](?i:token|access_token|api_?key|key|secret|sig|signature|auth|code|password|pwd)="
        r"(?P<value>[^&\s#\"']{8,})"
    ),
)
#: A PostgreSQL password file's line, `host:port:database:user:password` (a port or `*`).
_PGPASS = re.compile(
    r"(?<![\w.:/-])(?=[\w.*-]*[A-Za-z*])[\w.*-]+:(?:\d{2,5}|\*):[\w*.-]+:[\w*.@-]+:(?P<value>[^\s:]{4,})(?![\w:])"
)
_XML_VALUE = re.compile(rf"(?i)key=\"[\w.\-]*{_SECRET_WORD}[\w.\-]*\"\s+value=\"(?P<value>[^\"]+)\"")
_AUTH_HEADER = re.compile(r"(?i)\b(?:basic|bearer|token)\s+(?P<value>[A-Za-z0-9+/._~-]{12,}=*)")
_URL_PASSWORD = re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s:/@]*:(?P<value>[^\s/]+)@[\w.\-]+")
_CLI_PASSWORD = re.compile(
    r"(?:\s(?:-u|--user)\s+[^\s:]+:(?P<user>[^\s]+))|(?:\b(?:mysql|mysqldump|mariadb)\b[^\n]*?\s-p(?P<p>\S+))"
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
    r"mode|provider|endpoint|rounds|algorithm|prefix)$"
)
#: A value that is code, a reference or a placeholder, not a literal secret.
_NOT_LITERAL = re.compile(
    r"^(?:[A-Za-z_][\w.]*\s*[(\[]|\$\{?|!|\{|%\(|<|\*{3,}|x{3,}|(?i:true|false|null|none|"
    r"undefined|required|optional|changeme|your[_-]\w+|env\b|os\.))"
    # "smtp.auth.password is not set", "Mot de passe : ••••••••": what a screen says about
    # a secret, or its mask, is not the secret.
    r"|^(?i:not|nicht|pas|no|empty|missing|unset|set|invalid|incorrect|wrong|expired|hidden)$"
    r"|^[•●*·\u2022\u25cf]+$"
    # a sentence about the secret in a script a password is not written in: "密码" then "至少8位" (at least 8)
    r"|.*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0900-\u097f]"
    # An attribute path (`process.env.API_KEY`, `settings.SECRET_KEY`) names where a secret is.
    r"|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$"
)


def _literal(value: str) -> bool:
    return len(value) >= 3 and not _NOT_LITERAL.match(value)


def find(text: str) -> Iterator[Finding]:
    for m in _TOKEN_SHAPES.finditer(text):
        yield Finding("SECRET", m.start(), m.end(), m.group())
    for m in _ASSIGNED.finditer(text):
        key, value = m.group("key"), m.group("value").strip()
        pin_not_digits = key.lower().endswith("pin") and not value.isdigit()
        # After "is" a sentence goes on as often as a secret follows ("the password is too
        # short", "Das Passwort ist abgelaufen"): a plain lower-case word is the sentence.
        spoken_word = (
            m.group("copula")
            and not m.group("quote")
            and re.fullmatch(r"[^\W\d_]+", value)
            and value.islower()
        )
        if _SETTING.search(key) or not _literal(value) or pin_not_digits or spoken_word:
            continue
        start = m.start("value")
        yield Finding("SECRET", start, start + len(value), value)
    for pattern in (
        _SPOKEN,
        _SAID,
        _KEY_BODY,
        _PGPASS,
        _XML_VALUE,
        _AUTH_HEADER,
        _URL_PASSWORD,
        *_URL_SECRETS,
    ):
        for m in pattern.finditer(text):
            if _literal(m.group("value")):
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
    for m in _CLI_PASSWORD.finditer(text):
        group = "user" if m.group("user") else "p"
        yield Finding("SECRET", m.start(group), m.end(group), m.group(group))
    for m in _PEM.finditer(text):
        if m.group("value"):
            yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
