"""People named by a handle, a device, a home network or their family's name.

Marketplaces, forums, games and social apps show a person by their handle: "message from
rosa_m1992", "Posted by karl.wendt.84", "@quinn.harlow_ tagged you". A router's and a phone's
screens show a household by its things: "Imogen-s-iPhone", "Laptop-Henrike", a Wi-Fi network
"TheOkaforFamily_5G" or "Casa_Giulia". Notes and notices name a family: "remind the Pembertons",
"meal rota for the Castellano family". None of these has a cue the name rules read, and each
shape is one a person's name takes on a screen:

- a handle (letters with a dot, an underscore or digits in it) after the words a social screen
  writes before one, or after "@" (not a decorator, a package scope or an e-mail address);
- a first name the lists know joined to a device's or a home network's word;
- a surname the lists know (no everyday word) after "the" with a plural "s", or before "family".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names, places
from app.privacy.finding import HANDLE, Finding

#: What a social, marketplace or game screen writes before a handle, in several languages.
_HANDLE_CUE = (
    r"(?:message|comment|reply|request|offer|pm|dm|review|note|question|invite|invitation|challenge|"
    r"gift)[ \t]+from|"
    r"(?:posted|shared|uploaded|sent|written|liked|followed|added|reported)[ \t]+by|"
    r"new follower|user|profile|buyer|seller|vendor|sold to|bought by|purchased by|(?:winning )?bidder|"
    r"new member|member|host|player|streamer|donor|subscriber|friend request from|invited by|"
    r"message de|mensaje de|mensagem de|chat con|chat met|bericht van|nachricht von|"
    r"wiadomo\u015b\u0107 od|od u\u017cytkownika|u\u017cytkownika|u\u017cytkownik|"
    r"\u043e\u0442 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f"
)
_CUED_HANDLE = re.compile(
    rf"(?i:\b(?P<cue>{_HANDLE_CUE}))[ \t]*:?[ \t]+(?P<value>{HANDLE})(?![\w@/\\(]|\.\w)"
)
#: Cues a shop's, a team's or a plan's handle follows as often as a person's ("Seller:
#: retro_gear_uk", "Member: premium_2024"): there the handle must hold a name.
_SHARED_CUES = frozenset(
    {"seller", "vendor", "member", "new member", "host", "player", "streamer", "subscriber"}
)
_UNIQUE = re.compile(r"[_\d]")
_SSH_HOST_NAME = re.compile(r"(?m)^[ \t]*HostName[ \t]")
_MENTION = re.compile(rf"(?<![\w.@/+])@(?P<value>{HANDLE})(?![\w@/\\(]|\.\w)")
#: A handle that acts on a code host's or a chat's screen: "@kimnguyen approved these changes",
#: "@mfischer commented on this pull request". The act says a person is meant, underscore or not;
#: bots act too ("@dependabot[bot] opened", "@github-actions commented").
_ACTING = re.compile(
    r"(?<![\w.@/+])@(?P<value>[A-Za-z][\w.-]{2,38})(?=[ \t]+(?:approved|commented|requested changes|"
    r"reviewed|merged|opened|closed|pushed|left a|replied|reacted|assigned|mentioned you|joined|"
    r"is typing|liked|shared|invited you|added you)\b)"
)
#: A handle without "@" before what only a person does on a social screen: "rose.delgado tagged
#: you in a photo", "kai_82 donated $5".
_HANDLE_ACTING = re.compile(
    rf"(?<![\w.@/+])(?P<value>{HANDLE})(?=[ \t]+(?:tagged you|mentioned you|liked your|commented on|"
    r"followed you|started following|sent you|invited you|donated|subscribed|reacted to|replied to your|"
    r"wants to|accepted your)\b)"
)
_BOT = re.compile(r"(?i)bot$|^(?:github-actions|renovate|codecov|netlify|vercel|sonarcloud|snyk)")
#: What stands after a dotted word that is code or a file, not a handle: "from os.path import".
_CODE_AFTER = re.compile(r"[ \t]+import\b|\.\w")
#: A version's number, which a profile or a player has as often as a handle: "profile v3.2.1".
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+")
#: A file's or a host's ending: "config.yaml", "db.internal.example.net" are no handles.
_FILE_END = re.compile(
    r"(?i)\.(?:py|js|ts|json|ya?ml|toml|txt|md|csv|log|cfg|ini|conf|sh|html?|xml|pdf|"
    r"com|net|org|io|dev|app|local|internal|lan|co|uk|de|fr|eu)$"
)

#: One capitalised word of a name in Latin script, no capital inside it.
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ']+"
_DEVICE = r"iPhone|iPad|iMac|MacBook(?:-Air|-Pro)?|Galaxy|Pixel|Phone|Tablet|Watch|Kindle|Laptop|PC"
#: A first name joined to a device's word, before or after it: "Imogen-s-iPhone", "Rafaels-
#: MacBook-Air", "Marcus iPhone", "Laptop-Henrike".
_OWNED_DEVICE = re.compile(
    rf"(?<![\w.\-])(?P<value>{_NAME})(?:-s|'s|\u2019s)?[-_ ](?:{_DEVICE})(?![a-z])"
    rf"|(?<![\w.\-])(?:Laptop|PC|Desktop|Handy|Tablet)-(?P<after>{_NAME})(?![\w\-])"
)
#: A home network named after its household: "TheOkaforFamily_5G", "Hollis_Home", "Casa_Giulia".
_HOME_NETWORK = re.compile(
    rf"(?<![\w.\-])(?:The)?(?P<value>{_NAME})(?:Family|Familie)?"
    r"[_\-](?:5G|5GHz|2\.4G|2G|Home|Guest|WiFi|Wi-Fi|WLAN|Net|House)(?![\w\-])"
    rf"|(?<![\w.\-])(?:Casa|Maison|Haus|Familie|Family|Villa)[_\-](?P<after>{_NAME})(?![\w\-])"
)
#: A line's comment that says whose home an address or a device is: "# Jonas' home", "#
#: Kristjani kodu" (Estonian's genitive), "# Немања кућа" (a settings file's allow-list).
_HOME_COMMENT = re.compile(
    r"#[ \t]*(?P<value>[^\W\d_a-z][^\W\d_]+)(?:['\u2019]s?)?[ \t]+"
    r"(?i:home|house|place|flat|kodu|koti|hjemme|hemma|zuhause|thuis|casa|maison|dom|дом|кућа|kuća|"
    r"dům|domov|otthon|σπίτι|ev|evi)\b"
)
#: A family by its name: "the Pembertons", "the Castellano family".
_FAMILY = re.compile(
    rf"(?<!\bof )\b(?:the|The)[ \t]+(?P<value>{_NAME}s)\b(?![ \t]+[A-Z])"
    rf"|\b(?:the|The)[ \t]+(?P<before>{_NAME})[ \t]+(?:family|household|twins|kids)\b"
)


def find(text: str) -> Iterator[Finding]:
    for pattern in (_CUED_HANDLE, _MENTION, _HANDLE_ACTING):
        for m in pattern.finditer(text):
            handle = m.group("value")
            if _FILE_END.search(handle) or _CODE_AFTER.match(text, m.end()) or _VERSION.fullmatch(handle):
                continue
            if pattern is _HANDLE_ACTING and _BOT.search(handle):
                continue
            shared = pattern is _CUED_HANDLE and m.group("cue").lower() in _SHARED_CUES
            if shared and not names.login_holds_a_name(handle.lower()):
                continue
            # an SSH config's "Host yard-nas" above its "HostName": a machine's alias
            if shared and m.group("cue") == "Host" and _SSH_HOST_NAME.search(text):
                continue
            # "@functools.wraps", "@font-face": code's decorators and style rules have no
            # underscore or digit a handle is made unique with
            if pattern is _MENTION and (
                not _UNIQUE.search(handle)
                or names.decorator(text, m.start(), m.end())
                or names.at_rule(handle)
            ):
                continue
            yield Finding("NAME", m.start("value"), m.end("value"), handle)
    for m in _ACTING.finditer(text):
        if not _BOT.search(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _HOME_COMMENT.finditer(text):
        word = m.group("value")
        # (or Estonian's genitive, an "i" glued on: "Kristjani"; with an apostrophe's possessive
        # any word but an everyday one is whose home it is: "# Dougie's home router")
        possessive = text[m.end("value") : m.end("value") + 1] in ("'", "\u2019")
        if (
            _owner(word)
            or (word.endswith("i") and _owner(word[:-1]))
            or (possessive and word.lower() not in names.NO_NAME_WORDS)
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), word)
    for m in (*_OWNED_DEVICE.finditer(text), *_HOME_NETWORK.finditer(text), *_FAMILY.finditer(text)):
        group = next(g for g in ("value", "after", "before") if m.re.groupindex.get(g) and m.group(g))
        start, end = m.span(group)
        # "Rafaels-MacBook", "TheHollises_5G", "the Pembertons": the name before a plural's
        # or a possessive's "s"
        plural = m.re is _FAMILY and group == "value"
        if plural or (m.re is not _FAMILY and not _owner(text[start:end])):
            end -= text[start:end].endswith("s")
        word = text[start:end]
        # a family is named by its surname; a device or a network by a first name too
        if _family_name(word) if m.re is _FAMILY else _owner(word):
            finding = Finding("NAME", start, end, word)
            if not names.not_a_person(text, finding):
                yield finding


def _owner(word: str) -> bool:
    return names.first_name_as_written(word) or _family_name(word)


def _family_name(word: str) -> bool:
    """A surname the lists know that no word list holds as an everyday word."""
    folded = word.lower()
    return (
        len(word) > 2
        and word[1:].islower()
        and folded in names.surnames()
        and folded not in names.name_words()
        and folded not in names.COMMON_WORDS
        and folded not in names.GROUP_WORDS
        and not places.known_city(word)
    )
