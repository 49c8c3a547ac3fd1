"""A person's account where a log or a console says which user acted.

"GlobalProtect: user 'hkaur' connected from ...", "pam_unix(sudo:auth): ... logname=mlopez",
"el usuario mgarciap se conectó desde ...", "käyttäjä=riikka.lehtonen ip=...", "للمستخدم
omar.haddad من العنوان ...", "ผู้ใช้ nattaya.k จาก IP ...": a word for "user" in the log's
language, then the account, after a space, a colon or "=". What follows "user" in a sentence is
as often a word ("the user guide", "el usuario debe"), so the account is taken where it is
quoted or bracketed ("User [helen] logged in") or keyed ("user=", "logname="), where it holds a
name or has a login's shape ("first.last", "k.nowak"), or, a plain word, where the line is a
log's (an address or a time on it) and the word for "user" is not English, whose words a login
resembles most. A web server's access log names the account in its third field
("98.207.61.144 - dquinlan [03/Dec/2026:...]"), `last` and `who` name it before its terminal
("fiona    pts/0   86.139.54.21"), a list of accounts before its password ("marko.petrovic:
Vatrogasac!2026"), and a table's cell holds one in a login's shape
on a row with an address or a time, or with the person's name spelled out ("| alice.mbeki |
Alice Mbeki |"); a record's key for whoever does or owns something holds one too
("tech=r.mcloughlin", '"Owner" = "h.tanaka" -> "s.rao"'), and so does the whole value of a key
that names its person's role ("agent=jmcgrath", "Member: hkowalczyk"), a directory's entry names its
person by the common name ("cn=Müller\\, Sabine,ou=Vertrieb,dc=firma"), a pentest's report
an account by its password in brackets ("dwhitaker (Winter2026!)"), and a program names the
account beside its credential: git's prompts, curl's "-u login:password", a .pgpass line; and
a shell's `whoami` prints the account, an audit log an administrator's in quotes ("by admin
'rwilliams'").
"""

# ruff: noqa: RUF001  (the scripts' own letters)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import credentials, cues, names
from app.privacy.finding import Finding, line_bounds

#: "User" as logs write it: English and a key's spellings, then other languages (a caseless
#: script's word may carry a prefix, Arabic's "لل" of "للمستخدم").
_ENGLISH_USER = r"(?i:\b(?:user|username|logname|ruser)\b)"
_OTHER_USER = (
    # (a settings key glues it to a prefix, "SMS_KASUTAJA=", and may spell it in ASCII: "anvandare")
    r"(?i:(?<![^\W_])(?:usuario|usuário|utilizador|utilizatorul|utilizator|utente|utilisateur|benutzer|"
    r"nutzer|gebruiker|użytkownik|uzytkownik|uživatel|uzivatel|používateľ|pouzivatel|felhasználó|"
    r"felhasznalo|käyttäjä|kayttaja|kasutaja|brukeren|bruker|brugeren|bruger|användaren|användare|"
    # (Russian's and Ukrainian's cases too: "користувачем 'o.kovalenko'", "пользователем")
    r"anvandare|kullanıcı|kullanici|пользовател[ьяюем]+|користувач(?:а|ем|еві|у)?|потребител|χρήστης|"
    r"người dùng|pengguna|"
    r"mtumiaji)\b)"
    r"|משתמש|مستخدم|کاربر|صارف|उपयोगकर्ता|ব্যবহারকারী|பயனர்|ผู้ใช้|ユーザー|用户|用戶|사용자"
)
#: A login's parts: a letter, then letters and digits, the parts joined by ".", "_" or "-".
_LOGIN_HEAD = r"[a-z][a-z0-9]*"
_LOGIN_PART = r"(?:[._\-][a-z0-9]+)"
_ACCOUNT = re.compile(
    rf"(?:(?P<english>{_ENGLISH_USER})|{_OTHER_USER})"
    r"(?:[ \t]*(?P<keyed>[:=])[ \t]*|[ \t]+)(?P<quote>['\"\u2018\u201c\[])?"
    rf"(?P<value>{_LOGIN_HEAD}{_LOGIN_PART}{{0,3}})"
    r"(?(quote)['\"\u2019\u201d\]])(?![\w@(]|[.\-]\w)"
)
#: What makes a line a log's: an IPv4 address or a time of day.
_LOG_MARK = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]*\d)|\b\d{1,2}:\d{2}(?::\d{2})?\b")
#: A record's or a config's key for whoever does or owns something, then an account in a
#: login's shape: "tech=r.mcloughlin", '"Owner" = "hiroshi.tanaka" -> "sunita.rao"'.
_KEYED_PERSON = re.compile(
    r"(?i:\b(?:tech|technician|agent|assignee|owner|operator|author|reviewer|approver|worker|driver|"
    r"courier|cleaner|engineer|installer|inspector|"
    # (or any key for who did something: "checked_out_by", "signed_by")
    r"[a-z]+(?:_[a-z]+)*_by))[\"']?[ \t]*[:=][ \t]*[\"']?"
    rf"(?P<value>{_LOGIN_HEAD}{_LOGIN_PART}{{1,2}})(?![\w@(]|[.\-]\w)"
    r"(?:[\"']?[ \t]*(?:->|=>|\u2192)[ \t]*[\"']?"
    rf"(?P<then>{_LOGIN_HEAD}{_LOGIN_PART}{{1,2}})(?![\w@(]|[.\-]\w))?"
)
#: A key that names its person's role, then the field's whole value, a login of any shape that
#: holds a name or is shaped as people's are (`cues.login_shaped`): "agent=jmcgrath",
#: "driver=kbhattacharya", "Member: hkowalczyk", "assigned_to: ademola.o", "Assigned: tyler.m".
#: Not a seller's or a host's: a shop's account and a server are named so too.
_ROLE_KEYED_FIELD = re.compile(
    r"(?i:\b(?:agent|driver|rider|courier|member|customer|assignee|reporter|author|player|"
    r"owner|technician|engineer|operator|cashier|clerk|employee|patient|approver|requester|"
    r"assigned|handler|caseworker|staff|attendant|pilot|instructor|coach|student|"
    r"(?:requested|created|updated|approved|assigned|reviewed|closed|opened|handled)_?(?:by|to))"
    # (a JSON key in its quotes: '"pilot": "marek.dvorak"')
    r"(?:_?(?:id|name|login))?)[\"']?[ \t]*[=:][ \t]*[\"']?"
    # the field's whole value: the line ends, or the log's next key or a separator follows
    r"(?P<value>[a-z][a-z0-9]*(?:[._][a-z0-9]+)*_?)[\"']?(?=[ \t]*$|[ \t]*[,;|]|[ \t]+[\w.]+=)",
    re.MULTILINE,
)
#: The account a shell's `whoami` prints on the line after it: "$ whoami" then "ewan".
_WHOAMI = re.compile(r"(?m)\bwhoami[ \t]*\n[ \t]*(?P<value>[a-z_][a-z0-9._\-]{1,30})[ \t]*$")
#: An administrator's account in quotes, as an audit log names who acted: "changed by admin
#: 'rwilliams'".
_QUOTED_ADMIN = re.compile(
    r"(?i:\b(?:admin|administrator|moderator|operator))[ \t]+['\"\u2018\u201c]"
    rf"(?P<value>{_LOGIN_HEAD}{_LOGIN_PART}{{0,2}})['\"\u2019\u201d]"
)
#: A command that acts on an account, then the account: Active Directory's cmdlets
#: ("Get-ADUser -Identity ssithole", "Unlock-ADAccount jmorales") and Unix's user commands ("sudo
#: passwd mwatts", "usermod -aG docker tkaur", "chage -l pnair").
_ACCOUNT_COMMAND = re.compile(
    r"(?i:\b(?:(?:Get|Set|Remove|Unlock|Enable|Disable)-AD(?:User|Account)|Set-ADAccountPassword"
    r"|passwd|usermod|userdel|chage|pkill[ \t]+-u|killall[ \t]+-u|su[ \t]+-))"
    r"(?:[ \t]+-{1,2}[A-Za-z]+(?:[ \t]+(?!-)[A-Za-z]+(?=[ \t]+[a-z]))?)*[ \t]+[\"']?"
    rf"(?P<value>{_LOGIN_HEAD}{_LOGIN_PART}{{0,2}})(?![\w@(]|[.\-]\w)"
)
#: A person's entry in a directory, by its common name: "cn=Müller\\, Sabine,ou=Vertrieb,dc=firma",
#: "CN=Ama Mensah,OU=Users,DC=corp".
_DIRECTORY_NAME = re.compile(
    r"(?i:\bcn=)(?P<value>[^\W\d_][^,=\n\\]*(?:\\,[ \t]*[^\W\d_][^,=\n\\]*)?),(?i:ou|dc|o)="
)
#: An account that holds a name, with its password in brackets after it, on a line about
#: accounts: a pentest's "3 accounts: dwhitaker (Winter2026!), jmorales (Welcome1!)".
_WITH_ITS_PASSWORD = re.compile(
    rf"(?<![\w.@-])(?P<value>{_LOGIN_HEAD}{_LOGIN_PART}{{0,2}})[ \t]+\("
    r"(?=[^)\s.]*[A-Za-z])(?=[^)\s.]*\d)[^)\s.]{6,}\)"
)
#: The account a program names beside a credential: git's prompts ("Username for
#: 'https://github.com': praman", "Password for 'https://praman@github.com':"), curl's "-u
#: rehbein:Br01-1066!", a .pgpass line's user ("10.0.3.12:5432:salle_db:dashworth:En-garde!").
_CREDENTIAL_LOGIN = re.compile(
    r"^Username for '[^'\n]+':[ \t]*(?P<prompt>\S+)[ \t]*$"
    r"|^Password for '\w+://(?P<url>[^@'\s:/]+)@"
    r"|\bcurl\b[^\n]*?[ \t](?:-u|--user)[ \t]*[\"']?(?P<curl>[^\s:\"']+):"
    r"|^[\w.\-]+:(?:\d{1,5}|\*):[^\s:]+:(?P<pgpass>[^\s:]+):\S+[ \t]*$",
    re.MULTILINE,
)
_ACCOUNTS_LINE = re.compile(r"(?i)\b(?:accounts?|users?|logins?|credentials?|passwords?)\b")
#: A table's cell that holds only an account: "| j.okoro |".
_CELL = re.compile(rf"(?<=\|)[ \t]*(?P<value>{_LOGIN_HEAD}{_LOGIN_PART}{{1,2}})[ \t]*(?=\|)")
#: The Common and Combined Log Formats: client, identity ("-"), user, [time].
_ACCESS_LOG = re.compile(
    r"(?m)^[ \t]*\S+[ \t]+\S+[ \t]+(?P<value>[a-z][a-z0-9._\-]{1,30})[ \t]+\[\d{1,2}/[A-Za-z]{3}/\d{4}:"
)

#: `last`'s, `who`'s and `w`'s rows: the account, then the terminal it sat at ("fiona    pts/0
#: 86.139.54.21  Sun Dec  6 21:10", "jbaker   tty1"). A reboot's row names a kernel, not a tty.
_SESSION_ROW = re.compile(
    r"(?m)^(?P<value>[a-z][a-z0-9._\-]{1,30})[ \t]+(?:pts/\d+|tty\d*|:\d+(?:\.\d+)?|console)(?=[ \t]|$)"
)

#: A player's or a profile's handle after the word a game, a form or a chat gives it: "IGN:
#: islaflare", "Gamertag: Chuy_Rdz10", "Pseudo : KrokMonsieur", "in-game name "Kacpa"",
#: "(닉네임: Minjun_Carry)", "LINE ID: yui_cafe_0312", "snap: rafa.m.lx", "加我微信 chenhao_hiker",
#: '"display_name":"knitwitch_dot"'. Whatever its shape, a handle picked by a person points at them.
_HANDLE = re.compile(
    r"(?:(?:\bIGN\b|(?i:\b(?:in-game name|gamer ?tag|pseudo(?:nyme)?|nick ?name|display[_ ]name|"
    r"riot id|psn(?: id)?|xbox(?: gamertag)?|steam name|epic (?:id|name)|discord(?: tag| name)?|"
    r"snap(?:chat)?|insta(?:gram)?|line id|wechat(?: id)?|telegram|tiktok|handle)\b)"
    r"|닉네임|ニックネーム|昵称|暱稱)"
    # (in Latin letters the label's colon or quotes must follow: "handle with care")
    r"[\"']?[ \t]*(?:[:=\uff1a][ \t]*[\"'\u201c\u201e]?|[\"'\u201c\u201e])"
    r"|(?:加我微信|微信号|ไอดี(?:ไลน์)?)[ \t]*[:\uff1a]?[ \t]*)"
    # (a capitalised word after one space goes on a name: "Instagram: Cristiano Ronaldo publicou")
    r"(?P<value>@?(?=[\w.\-]*[^\W\d_])\w[\w.\-]{1,28}\w)(?![\w@]|\.\w| (?-i:[A-Z]))"
)
#: A player's or an account's handle in quotes after its word: "Player 'DarthGrandma' connected",
#: "speler 'Bram_TheTank'", 'account "Thundercrab" was hijacked', "Konto „MaxPower_HH“".
_QUOTED_HANDLE = re.compile(
    r"(?i:\b(?:player|speler|spieler|joueur|jugador|jogador|gracz|giocatore|account|konto|compte|"
    r"cuenta|conta|accounts?et|tili|hesap|аккаунт|акаунт)\b)[ \t]+[\"'\u201e\u201c\u2018\u00ab]"
    r"(?P<value>(?=[\w.\-]*[^\W\d_])\w[\w.\-]{1,28}\w)[\"'\u201c\u201d\u2019\u00bb]"
)
_HANDLE_SHAPED = re.compile(r"[\d_.]|.[A-Z]")
#: A tracker's or a forum's record of who did something, then the account as one word in small
#: letters, alone on the field: "Opened by: hopheadjules", "Reported by: k.ng".
_ACTED_BY = re.compile(
    r"(?i:\b(?:opened|created|raised|submitted|filed|logged|reported|requested|posted|edited|uploaded|"
    r"commented|authored|closed|updated|reviewed)[ \t]+by)[ \t]*:[ \t]*"
    r"(?P<value>[a-z][a-z0-9_.\-]{3,30}[a-z0-9])(?=[ \t]*(?:$|\n|[,;(·|]))",
    re.MULTILINE,
)
#: A program that opens or closes an issue by itself: a bot, a CI's or a service's account.
_MACHINE = re.compile(
    r"(?i)bot$|^(?:github-actions|renovate|codecov|automation|automated|scheduler|cron|workflow|"
    r"integration|webhook|zapier|ifttt|jira|gitlab|github|netlify|vercel|sonarcloud|snyk|importer|sync)$"
)
#: What a handle's word may be followed by that is no handle.
_NO_HANDLE = frozenset({"none", "n/a", "tbd", "tbc", "unknown", "same", "optional", "required", "is", "here"})


def find(text: str) -> Iterator[Finding]:
    """The accounts of `text`'s log lines that are a person's (see the module)."""
    # (a quoted word is a handle by its shape, digits, "_", "." or a capital inside: 'account
    # "Savings"', 'Player "One"' name no one)
    quoted = (m for m in _QUOTED_HANDLE.finditer(text) if _HANDLE_SHAPED.search(m.group("value")))
    for m in (*_HANDLE.finditer(text), *quoted):
        handle = m.group("value").lstrip("@")
        # a plain word is the account's kind or a setting's, not its handle ('account "Savings"')
        if (
            handle.lower() not in _NO_HANDLE
            and names.anyones_login(handle)
            and not names.everyday_word(handle.lower())
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _ACCOUNT.finditer(text):
        login = m.group("value").lower()
        if not names.anyones_login(login) or names.everyday_word(login) or login in names.NOT_A_NAME:
            continue
        if (
            m.group("quote")
            or m.group("keyed") == "="
            or names.login_holds_a_name(login)
            or names.person_login_shape(login)
            or (not m.group("english") and _LOG_MARK.search(text, *line_bounds(text, m.start())))
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _ACTED_BY.finditer(text):
        login = m.group("value")
        if (
            names.anyones_login(login)
            and not _MACHINE.search(login)
            and not names.everyday_word(login)
            and login not in names.NOT_A_NAME
            and not names.label_word(login)
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), login)
    for m in _KEYED_PERSON.finditer(text):
        for group in ("value", "then"):
            login = m.group(group)
            if login and names.person_login_shape(login) and names.anyones_login(login):
                yield Finding("NAME", m.start(group), m.end(group), login)
    for m in (*_WHOAMI.finditer(text), *_QUOTED_ADMIN.finditer(text)):
        if names.anyones_login(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in (*_ROLE_KEYED_FIELD.finditer(text), *_ACCOUNT_COMMAND.finditer(text)):
        login = m.group("value")
        if cues.login_shaped(login.lower()) and names.anyones_login(login):
            yield Finding("NAME", m.start("value"), m.end("value"), login)
    for m in _DIRECTORY_NAME.finditer(text):
        value = m.group("value")
        if " " in value.replace("\\, ", "") or any(names.known_name(w) for w in re.split(r"[\\, ]+", value)):
            yield Finding("NAME", m.start("value"), m.end("value"), value)
    for m in _WITH_ITS_PASSWORD.finditer(text):
        login = m.group("value")
        if (
            _ACCOUNTS_LINE.search(text, *line_bounds(text, m.start()))
            and names.anyones_login(login)
            and (names.login_holds_a_name(login) or names.person_login_shape(login))
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), login)
    for m in _CELL.finditer(text):
        login = m.group("value")
        line = text[slice(*line_bounds(text, m.start()))]
        if names.person_login_shape(login) and (_LOG_MARK.search(line) or _spelled_out(login, line)):
            yield Finding("NAME", m.start("value"), m.end("value"), login)
    for m in credentials.LOGIN_AND_PASSWORD.finditer(text):
        login = m.group("login")
        if names.person_login_shape(login) and names.anyones_login(login):
            yield Finding("NAME", m.start("login"), m.end("login"), login)
    for m in _CREDENTIAL_LOGIN.finditer(text):
        group = next(g for g in ("prompt", "url", "curl", "pgpass") if m.group(g))
        # (the place says it is an account: only a service's, "admin" or "postgres", is no one's)
        login = m.group(group)
        if names.anyones_login(login):
            yield Finding("NAME", m.start(group), m.end(group), login)
    for m in (*_ACCESS_LOG.finditer(text), *_SESSION_ROW.finditer(text)):
        if names.anyones_login(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))


def _spelled_out(login: str, line: str) -> bool:
    """Whether the row spells the login's person out: "| alice.mbeki | Alice Mbeki |"."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", line)}
    return all(part in words for part in re.split(r"[._\-]", login) if len(part) > 1)
