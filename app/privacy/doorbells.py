"""The surname a person gives for their doorbell.

A courier, a cleaner or a guest asks which bell to ring, and the person answers with the name
on it: "bel bij Jansen", "name on it says Pham", or a chat's next turn that opens with it after
"which buzzer?" ("Vy: Procházková, 4. patro", "Én: Tóth 12-es"). The surname stands alone,
with no title or label a name rule reads; the bell's word is its cue, in the languages of the
corpora. Only a surname the lists know is taken: "bel bij de buren" names no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding
from app.privacy.names import known_name

#: A doorbell, a buzzer or an intercom, in the languages of the corpora.
_BELL = (
    r"(?:door ?bell|bell|buzzer|intercom|klingel|sonnette|interphone|citofono|campanello|timbre|portero|"
    r"zvon(?:ek|ku|ček|čeku)|csengő\w*|dzwon(?:ek|ku)|domofon\w*|κουδούνι|звон(?:ок|ке)|домофон\w*|"
    r"ringeklokke|dørklokke|ringklocka|porttelefon|summeri|ovikello|deurbel|bel)"
)
#: The phrase that gives the name on the bell right before it: "bel bij", "klingeln bei",
#: "sonnez chez", "name on it says", "buzz for".
_RING_AT = re.compile(
    r"(?i)\b(?:bel(?:len)?(?: maar| even| gewoon)? bij|aanbellen bij|klingeln bei|"
    r"klingel(?:t)? bei|läuten bei|sonne[rz] chez|"
    r"citofona(?:re)? a|suona(?:re)? a|name on (?:it|the (?:bell|buzzer|door)) (?:says|is)|"
    r"buzz(?:er)? (?:for|under)|ring (?:the bell )?for)[ \t:]+(?P<value>[^\W\d_][\w'\u2019-]*)"
    # or after it, as German says it: "bei Schneider klingeln"
    r"|\b[Bb]ei[ \t]+(?P<before>[^\W\d_][\w'\u2019-]*)[ \t]+(?:klingeln|läuten)\b"
)
#: A chat's question about which bell, then the next turn's speaker.
_WHICH_BELL = re.compile(rf"(?i){_BELL}[^\n?]*\?[^\n]*\n(?P<speaker>[^\n:]{{1,30}}):[ \t]*")
#: The next turn's first word, as a surname ends where the floor or the flat follows.
_ANSWER = re.compile(r"(?P<value>[^\W\d_][\w'\u2019-]*)(?=[ \t]*(?:,|[ \t]\d|$))", re.MULTILINE)


def find(text: str) -> Iterator[Finding]:
    """Surnames given for a doorbell (see the module)."""
    for m in _RING_AT.finditer(text):
        group = "value" if m.group("value") else "before"
        value = m.group(group)
        if value[0].isupper() and known_name(value):
            yield Finding("NAME", m.start(group), m.end(group), value)
    for m in _WHICH_BELL.finditer(text):
        answer = _ANSWER.match(text, m.end())
        if answer is not None and answer.group("value")[0].isupper() and known_name(answer.group("value")):
            yield Finding("NAME", answer.start("value"), answer.end("value"), answer.group("value"))
