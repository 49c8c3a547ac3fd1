"""First names written in lower case, as chats and quick notes write them.

"ok so i spoke to jess from billing", "kemi: lol tunde just walked in", "ask ingeborg whether
legal signed", "did you see marcy's haircut": the name rules read capitals, so a person typed in
lower case went out as written. A lower-case word the name lists know is taken where a person is
expected: as a chat line's speaker before its colon, right after a verb of contact or a
greeting ("ask", "ping", "tell", "spoke to", "hey"), or another language's ("vraag aan", "frag
mal"), after a kin word or polite title ("bhai", "pak", "tita"), or before a possessive "'s"; a surname the
lists know after a title ("mrs okafor"); and, when no word list holds it as an everyday word
(names.name_words), anywhere on an English line typed without capitals ("omg priya you're a
legend") or a Hindi or Urdu one in Latin letters ("bhai priya ko bol do"). Never a word of
`_NOT_NAMES`: the pronouns and words a verb of contact is followed by, and the lower-case first
names that are words ("will", "may", "do"). A first name that is an everyday word ("mark",
"amber", "ben") is taken only where no word but a person fits: told about their own things
("tell mark his gate changed"), named ("a guy called rowan"), or just in touch ("ben just
texted me").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names, national_ids
from app.privacy.finding import Finding
from app.privacy.vocabulary import vocabulary

#: A lower-case word of three letters or more (Latin script, with accents).
_LOWER = r"[a-zß-öø-ÿā-ž]{3,}"
#: A chat line's speaker: "kemi: lol ...", "[09:14] ingrid: can u ...".
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,12}}\][ \t]*)?(?P<value>{_LOWER})[ \t]*:[ \t]+(?=\S)")
#: Whom a verb of contact is about, and what may follow the name: a clause's end, a preposition
#: or a conjunction ("spoke to jess from billing", "ask ingeborg whether", "ping yusuf re:").
_CONTACTED = re.compile(
    r"(?<![\w'])(?:ask|asked|ping|pinged|tell|told|text|texted|dm|call|called|remind|cc|thank|thanks|"
    r"hey|hi|hello|hiya|yo|dear|morning|night|"
    r"message|spoke to|speak to|talk to|talked to|seen|saw|see|meet|met|with)[ \t]+"
    rf"(?P<value>{_LOWER})"
    r"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:from|re|about|whether|if|and|he|she|they|is|was|where|when|"
    r"to|that|at|in|for|today|tomorrow|yesterday|please|pls|plz)\b)",
    re.MULTILINE,
)
#: A name after a kin word or a polite title of the chats of South and South-East Asia, Africa
#: and Europe, or after another language's verb of asking and telling, all in small letters:
#: "bhai rohit ko bol do", "pak hendra, password wifi ...", "vraag even aan femke of ...",
#: "frag mal jonas", "dile a carmen que ...".
_KIN_OR_ASKED = re.compile(
    r"(?<![\w'])(?:bhai|bhaiya|didi|behen|pak|bu|bapak|ibu|mas|mbak|kak|bang|kuya|ate|tita|tito|"
    r"aunty|auntie|uncle|tante|onkel|oom|tía|tío|tia|tio|nonna|nonno|oma|opa|"
    r"vraag(?: even)? aan|zeg(?: even)? tegen|bel|frag(?: mal)?|sag(?: mal)?|fråga|säg till|spør|"
    r"zapytaj|powiedz|dile a|pregúntale a|pergunta(?: ao| à| pra)?|fala com|liga pra|chiedi a|"
    r"demande à|dis à)[ \t]+"
    rf"(?P<value>{_LOWER})(?![\w@'-])"
)
#: A surname after a title written in small letters: "mrs kowalczyk said", "ask mr okafor".
_TITLED = re.compile(rf"(?<![\w'])(?:mrs|mr|ms|miss|mx|dr)\.?[ \t]+(?P<value>{_LOWER})(?![\w@'-])")
#: Where even a first name that is an everyday word ("mark", "amber", "ben") is a person: told
#: something about their own things ("tell mark his gate changed"), named by someone ("a guy
#: called rowan"), or having just got in touch ("ben just texted me").
_SURELY_A_PERSON = re.compile(
    rf"(?<![\w'])(?:(?:tell|ask|ping|text|remind|message|dm)[ \t]+(?P<told>{_LOWER})[ \t]+(?:his|her|their)\b"
    rf"|(?:guy|girl|man|woman|bloke|lady|someone|kid|boy|friend)[ \t]+called[ \t]+(?P<named>{_LOWER})\b"
    rf"|(?P<texted>{_LOWER})[ \t]+just[ \t]+(?:texted|called|messaged|rang|replied|dm'?d|emailed)\b)"
)
_POSSESSIVE = re.compile(rf"(?<![\w'@.])(?P<value>{_LOWER})['\u2019]s\b")

#: Words a verb of contact is followed by, or that open a chat line, which the name lists also
#: hold as someone's name somewhere.
_NOT_NAMES = frozenset(
    """
    she he we they him her them you me us everyone everybody anyone anybody someone somebody nobody all both
    each here there this that these those what who whom which whose it its one ones mine yours
    his hers ours theirs myself yourself himself herself team support sales billing admin legal
    mom dad mum sis bro bhai boss guys folks friends family people customer client user users
    will may can could would should shall must might june april august do done an and the
    min max dev ops note info error warning debug host server status time date day today
    now then later soon back again also just only still even ever never more less most least
    lol omg btw fyi pls plz thx ok okay yes yeah yep nope sure sorry thanks hello hey hi bye
    iban bic swift pin cvv cvc otp tel fax mal even doch
    key keys code codes lock door gate
    men women children kids girls boys ladies gents
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


#: A line typed without capitals (its first letter aside), as chats are.
_UNCAPITALISED_LINE = re.compile(r"(?m)^[^\n]?[^A-ZÀ-ÖØ-Þ\n]*$")
_WORD = re.compile(rf"(?<![\w@./#'-]){_LOWER}(?![\w@/'-])")
_CHAT_WORD = re.compile(r"[a-z']+")
#: English words a chat line is made of: two of them make a line English, where a lower-case
#: word the name lists know and no word list holds is a person ("tell jess i said hi"). Other
#: languages were tried and dropped: their short words are other languages' words too.
_CHAT_WORDS = frozenset(
    """
    i you u ur the a is are was were to and or but so if it its my me we our your he she they
    them his her what when where who how why did do does dont don't can can't will would should
    could just ok okay lol omg pls plz thx thanks yes yeah no not at on in of for with from up out
    see said say says tell told ask asked going coming come got get had has have been be im i'm
    i'll you're r gonna wanna
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


#: Hindi and Urdu written in Latin letters, as chats across South Asia type them ("bhai priya
#: ko bol do kal meeting hai"): two of these make a line one such, read as an English one is.
_HINGLISH_WORDS = frozenset(
    """
    bhai yaar ko ka ki ke se hai hain tha thi nahi nahin haan kal aaj abhi bol bolo de do kar karo
    kya kyun kab kahan mein mai main tum aap hum wala wali ji bhi toh aur par
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def find(text: str) -> Iterator[Finding]:
    for pattern in (_SPEAKER, _CONTACTED, _POSSESSIVE, _KIN_OR_ASKED):
        for m in pattern.finditer(text):
            word = m.group("value")
            if _a_name(word):
                finding = Finding("NAME", m.start("value"), m.end("value"), word)
                if not names.not_a_person(text, finding):
                    yield finding
    for m in _SURELY_A_PERSON.finditer(text):
        group = next(g for g in ("told", "named", "texted") if m.group(g))
        word = m.group(group)
        if word in names.every_first_name() and word not in _NOT_NAMES and word not in names.NOT_A_NAME:
            yield Finding("NAME", m.start(group), m.end(group), word)
    for m in _TITLED.finditer(text):
        word = m.group("value")
        if word in names.surnames() and word not in names.name_words() and word not in _NOT_NAMES:
            finding = Finding("NAME", m.start("value"), m.end("value"), word)
            if not names.not_a_person(text, finding):
                yield finding
    for line in _UNCAPITALISED_LINE.finditer(text):
        words = _CHAT_WORD.findall(line.group().lower())
        if sum(w in _CHAT_WORDS for w in words) < 2 and sum(w in _HINGLISH_WORDS for w in words) < 2:
            continue
        for m in _WORD.finditer(text, line.start(), line.end()):
            word = m.group()
            chat_word = word in _CHAT_WORDS or word in _HINGLISH_WORDS
            if _a_name(word) and word not in names.name_words() and not chat_word:
                finding = Finding("NAME", m.start(), m.end(), word)
                if not names.not_a_person(text, finding):
                    yield finding


def _a_name(word: str) -> bool:
    return (
        word in names.first_names()
        and word not in _NOT_NAMES
        and word not in names.COMMON_WORDS
        and word not in names.NOT_A_NAME
        # a field's label opens a line as a speaker does ("iban:", "pin:")
        and not names.label_word(word)
        and word not in national_ids.stdnum_labels()
        and word not in vocabulary().greetings
    )
