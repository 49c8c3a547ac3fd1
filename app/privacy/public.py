"""Lines about public life, where a name with no cue is a public figure's or a character's.

A screen shows reviews, news, sports results, quotes, book and film pages and shop lists as
often as forms. There "Tom Hanks", "Angela Merkel" or "Frodo Baggins" is a name, but not one
whose owner the screen's reader is handling: leaking it says nothing about anyone. A list of
famous people would never be complete and would age; the genre of the line is the cause, and
it shows in its words: a work ("film", "novel", "biography", "chapter", "playlist", a
"heroine"), the press ("Breaking:", a headline's "wins"/"scores"), a quote, tickets for a
show, best sellers in a shop. `public_line()` tells such a line; `names` then leaves alone
the names it found only by their shape (a known first name, a capitalised pair), never those
a cue gives ("Dear ...", "Name: ...", an e-mail header, a chat speaker): "Film night! Guest:
Ana Lima" keeps its guest scrubbed. Words that also fill work screens ("ticket", "quote",
"goals", "characters", "won") are cues only in their public phrase ("tickets on sale", "quote
of the day").
What is traded: a personal line that uses those words ("Tickets for Anna Schmidt attached")
keeps a cue-less name. The corpora measure it (`python -m bench.privacy`): on dev, test,
fresh, holdout2 and holdout3 no personal value was lost to this rule.
A work's publication ("erschien", "was published"), history and quizzes ("Trivia:", "on
this day") and fashion houses and shop chains named after their founders ("flagship stores",
"boutiques", "menswear") are public too; on such a line a title's name ("Prof. Moriarty is the
villain") is a character's.
`named_after_a_thing()` covers a place named after someone ("Meeting room Ada Lovelace",
"bestelling bij Albert Heijn": a shop after an order) and a prize ("Cena Jaroslava Seiferta",
"Premiul Mihai Eminescu").
"""

# ruff: noqa: RUF001, RUF002, RUF003  (history words, year words and life dates are written in their own scripts)

from __future__ import annotations

import re
from functools import lru_cache

from app.privacy.finding import line_bounds

#: Words of a line about a work, the press, sport, a show or a shop, in the languages the
#: name lists cover best. Whole words, any case.
_GENRE = re.compile(
    r"(?i)(?<!\w)(?:"
    # works and what people do with them
    r"films?|movies?|cinema|starring|stars|co-stars|cast|trailer|sequel|episodes?|sitcom|"
    r"novels?|biograph(?:y|ies)|memoirs?|bestsellers?|best[ -]sellers?|top sellers?|"
    r"chapters?|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk|libro|livre|"
    r"heroine|protagonist|villain|fictional|main character|re-?read(?:ing)?|re-?watch(?:ed|ing)?|"
    r"watched|albums?|songs?|playlist|soundtrack|lyrics|concerts?|tour|tickets on sale|sold out|premiere|"
    r"biopic|documentary|exhibition|painting|portrait of|"
    # prizes a public life receives
    r"nobel\w*|nagrod\w*|pulitzer|oscars?|premio|prix|literaturpreis|"
    # a game's patch notes, whose names are its characters': "Jinx and Caitlyn buffs, Yasuo nerfs"
    r"buffs|nerfs|buffed|nerfed|patch notes|tier list|"
    # the press and sport
    r"breaking news|(?<![^\n])breaking:|headlines?|wins|goles|scores|scored|straight sets|"
    r"tournament|championship|grand slam|world cup|league|olympics?|"
    # quotes
    r"quote of the day|famous quotes?|zitat des tages|citation du jour|frase del d[ií]a|"
    # a work's publication: "Die Buddenbrooks von Thomas Mann erschien 1901"
    r"erschien|erschienen|was published|first published|parut|paru en|publicad[oa]|"
    r"pubblicat[oa]|verscheen|ukaza[łl]a się|"
    r"a publié|publia|publicó|publicou|pubblicò|veröffentlichte|opublikował[a]?|publiceerde|"
    r"publicerade|objavio|objavila|publikoval[a]?|"
    # a masterpiece, and fiction told in books: "la obra cumbre de Cervantes", "in book six"
    r"obra cumbre|obra maestra|obra-prima|masterpiece|chef-d'[œo]e?uvre|meisterwerk|capolavoro|"
    r"meesterwerk|arcydzie[łl]o|remek-?djelo|trilogy|trilogie|trilog[ií]a|saga|"
    r"(?:in|of) book (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|"
    # "in the books", "in Conan Doyle's stories": told in fiction, not about the reader's people
    r"in the (?:books|novels|stories|series|comics|films|movies)|"
    r"(?<=['\u2019]s )(?:stories|novels|plays|tales)|"
    # history and quizzes: "Trivia: Napoleon Bonaparte was born in Ajaccio"
    r"trivia|quiz|fun fact|on this day|this day in history|an diesem tag|"
    # fashion houses and shop chains named after their founders: "Paul Smith, Ted Baker and
    # Hugo Boss all opened flagship stores"
    r"flagship stores?|flagship|boutiques?|menswear|womenswear|fashion (?:house|brand|label)s?|"
    r"catwalk|runway show|"
    # broadcasting and its people: "BBC Radio 4's Today programme with Nick Robinson", "Podcast:
    # The Rest Is Politics with Alastair Campbell"
    r"podcasts?|radio|programme|tv show|talk show|columnist|"
    # the press in its languages: an editorial, a commentary, an investigation, a novel
    r"editorial|editoriale|leitartikel|kommentar von|chronique|tribune de|columna de|op-ed|"
    r"reportage|enquête d[e']|inchiesta di|novela|romanzo|"
    # a newspaper or a broadcaster named on the line
    r"(?-i:Le Monde|Le Figaro|Libération|El País|El Mundo|La Vanguardia|Der Spiegel|Die Zeit|"
    r"Süddeutsche Zeitung|Frankfurter Allgemeine|Corriere della Sera|La Repubblica|La Stampa|"
    r"The Guardian|The Times|The Telegraph|Financial Times|New York Times|Washington Post|"
    r"Wall Street Journal|Reuters|Al Jazeera|Gazeta Wyborcza|De Volkskrant|NRC Handelsblad|"
    r"Dagens Nyheter|Helsingin Sanomat|Público|Folha de S\.Paulo|O Globo|BBC News|CNN)|"
    # what is named after someone honours a public life: "Named after Sir Paul Nurse and the
    # late Professor Dorothy Hodgkin, our two buildings" (not "named after my grandmother")
    r"named (?:after|for)(?![ \t]+(?:my|his|her|their|our|your)\b)|benannt nach|uppkallad efter|"
    r"opkaldt efter|oppkalt etter|vernoemd naar|nommée? d'après|nommée? en l'honneur de"
    r")(?!\w)"
)
#: The word before a storm's name: "Hurricane Sandy", "Storm Ciarán", "Sturm Ylenia".
_STORM = r"hurricane|tropical storm|storm|typhoon|cyclone|sturm|orkan|ouragan"
#: A prize named after someone, before the name in these languages: "Cena Jaroslava Seiferta",
#: "Premiul Mihai Eminescu", "Prix Albert Londres".
_PRIZE = r"cena|premiul|premiului|prix|premio|prêmio|prijs|nagroda|βραβείο|جائزة"
#: A place or shop named after a person: a room, a hall, a shop one ordered from (not a new
#: order from a customer), a pharmacy, a hotel or a restaurant; a storm.
_THING_BEFORE = re.compile(
    r"(?i)(?:(?:\b(?:room|meeting room|conference room|salle|sala|zaal|auditorium|ward|"
    r"lab|suite|wing|lokale|lokalet|mødelokale|møterom|mötesrum|phòng họp|phòng|"
    # a boat, whose owner names it after someone: "Vessel: \"Saoirse\"", "Boat name: Grace"
    r"(?:vessel|boat|yacht|ship)(?: name)?|"
    # a storm is named after no one on the screen: "Hurricane Katrina", "Sturm Ylenia"
    rf"{_STORM}|tempête|huracán|tormenta|uragano|{_PRIZE})"
    # a room word that ends a compound: "Besprechungsraum", "Møterommet", "Koosolekuruum"
    r"|(?:raum|rommet|rummet|ruum|zaal|huone|terem))"
    r"[ \t]*:?[ \t]+['\"\u2018\u201c\u201e\u00ab\u201a]?"
    # (a shop's notice of a "new order from" someone names its customer)
    r"|\b(?<!new )(?<!neue )(?<!nouvelle )(?<!nuevo )(?<!nuovo )(?<!novo )(?<!nieuwe )"
    r"(?:order|bestelling|bestellung|commande|pedido|ordine|purchase|einkauf)"
    r"\b[^\n]{0,25}\b(?:bij|at|from|bei|chez|en|da|in)[ \t]+"
    # a pharmacy, a hotel or a restaurant by its name: "din farmacia Catena Unirii", "Hôtel
    # Victor Hugo", "Apotheke Am Markt"
    r"|\b(?:pharmacy|farmacia|farmacie|farmácia|pharmacie|apotheke|apotheek|apteka|apteekki|apotek|"
    r"vaistinė|lékárna|lekáreň|gyógyszertár|hotel|hôtel|hostel|ristorante|restaurante|trattoria|"
    r"pizzeria|brasserie)[ \t]+)$"
)


#: A year of history written alone, not in a date: after a preposition ("in 1804", "en 1862",
#: "im Jahr 1871") or before a year word ("1856. godine", "1812 года", "1905年").
_YEAR = (
    r"(?:(?<![\w.,/-])(?i:in|en|im|em|nel|nell'anno|w|u|v|в|во|of|since|seit|depuis|desde|dal|"
    r"anno|year|jahr|année|año|ano|roku|godine|godini|года|году)[ \t]+(?P<after>1\d{3})(?![\w/-])"
    r"|(?<![\w.,/-])(?P<before>1\d{3})\.?[ \t]*(?:godine|godina|roku|года|году|г\.|年|r\.))"
)
#: What history did: a reign, a birth or death long ago, a founding, a discovery, a battle.
_HISTORY_VERB = re.compile(
    r"(?i)(?<!\w)(?:crowned|reigned|ruled|conquered|defeated|founded|invented|discovered|"
    r"was born|were born|died|sailed|signed the|abdicated|assassinated|"
    r"né|née|mort|morte|fonda|fondé|inventa|découvrit|geboren|gestorben|starb|gründete|erfand|"
    r"entdeckte|nació|murió|fundó|inventó|descubrió|nacque|morì|fondò|nasceu|morreu|fundou|"
    r"urodził[a]?|zmarł[a]?|założył[a]?|rođen[a]?|umro|umrla|osnovao|narodil[a]?|zemřel[a]?|"
    r"родился|родилась|умер|умерла|основал[а]?|geboren|overleed|stichtte|föddes|dog|grundade)(?!\w)"
)
_HISTORIC_YEAR = re.compile(_YEAR)
#: A life's two years in brackets after a name, the way history and encyclopaedias write it:
#: "Friedrich Wilhelm Raiffeisen (1818–1888)", "(1867 - 1934)".
_LIFESPAN = re.compile(r"\((?:c\.[ \t]?)?(?P<born>1\d{3})[ \t]*[-\u2013\u2014][ \t]*(?P<died>1\d{3})\)")
#: Who founded a state is history without a year: "founder of the Republic", "Türkiye
#: Cumhuriyeti'nin kurucusu", "fundador de la República", "Gründer des Deutschen Reiches".
_FOUNDER = (
    r"(?:founder|founding father|kurucu\w*|fondat(?:eur|rice|ore)|fundador\w*|gründer\w*|oprichter|"
    r"założyciel\w*|основател\w*|zakladatel\w*|osnivač\w*)"
)
_STATE = (
    r"(?:republi\w*|rzeczpospolit\w*|cumhuriyet\w*|empire|imperi\w*|impero|kingdom|königreich|reich\w*|"
    r"royaume|reino|regno|dynast\w*|dinast\w*|государств\w*|республик\w*)"
)
#: The founder and the state within a few words, without a comma between: "founder of the
#: Republic", "zakladatel Československé republiky", "Cumhuriyeti'nin kurucusu" (a business
#: card's "founder of Acme, Prague, Czech Republic" lists places, not a founding).
_FOUNDED_A_STATE = re.compile(
    rf"(?i)(?<!\w){_FOUNDER}(?:[ \t]+[\w'\u2019]+){{0,2}}[ \t]+{_STATE}(?!\w)"
    rf"|(?<!\w){_STATE}(?:['\u2019]\w+)?(?:[ \t]+[\w'\u2019]+){{0,1}}[ \t]+{_FOUNDER}(?!\w)"
)


def public_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding text[start:end] is about public life (see the docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _about_public_life(text[line_start : len(text) if line_end < 0 else line_end])


@lru_cache(maxsize=512)
def _about_public_life(line: str) -> bool:
    # asked once per name on the line: a line of many names reads its patterns once
    if _OWN_ACTIVITY.search(line):
        return False
    return _GENRE.search(line) is not None or _MADE_A_WORK.search(line) is not None or _history(line)


#: Words of a library's loans and an amateur club's teams: there a book or a league is what the
#: reader's own people borrow or play in ("ha restituito il libro", "U12 league: Noah scored").
_OWN_ACTIVITY = re.compile(
    r"(?i)(?<!\w)(?:"
    r"overdue|due back|renew(?:ed|al|als)?|borrow(?:ed|er|ers|ing)?|on loan|loans?|"
    r"prestito|restituit[oa]|ausleihe|ausgeliehen|entliehen|emprunt\w*|pr[ée]stamo|devuelto|"
    r"empr[ée]stimo|devolvid[oa]|uitgeleend|l[åa]n(?:tagare|er)?|lainattu|lainaaja|wypożycz\w*|"
    r"u-?\d{1,2}s?|under[- ]\d{1,2}s?|training|practice|team sheet|membership|parents?|juniors?"
    r")(?!\w)"
)


#: Words of a family's own history: a parish register, a census, a family tree, a relative's
#: birth record ("Baptisms 1864: William, son of George and Ann Fenwick", "my great-grandmother
#: ... was born in 1889"). There an old year dates a private family's people, not history's.
FAMILY_RECORD = re.compile(
    r"(?i)(?<!\w)(?:baptis\w*|baptiz\w*|christen(?:ed|ing)|parish|census|n[ée]e|great-?grand\w*|"
    r"grand(?:ma|pa|mother|father|parents?)|(?:son|daughter) of|family tree|genealog\w*|ancestr\w*|"
    r"kirchenbuch\w*|taufe|getauft|stammbaum|ahnenforschung|doopboek|gedoopt|bapt[êe]me|baptis[ée]e?|"
    r"bautiz\w*|bautism\w*|battesim\w*|battezzat\w*|chrzest\w*|ochrzcz\w*|metryk\w*)(?!\w)"
)


def _history(line: str) -> bool:
    """A line of history: a year before 1900 written alone ("crowned himself emperor in 1804",
    "rođen je u Smiljanu 1856. godine"), or one before 1950 with a verb of history. No one on a
    work screen was born before 1900; a year between 1900 and 1950 may still be a person's
    birth year, so it needs the verb too (traded: "Jan Novák was born in 1938" on a form reads as
    history). A life bracketed as ended before 1950 is history too; a recent one ("(1938–2024)",
    a funeral home's notice) is a private person's. Founding a state is history with no year at all.
    A family's own record (`FAMILY_RECORD`) is no history, whatever its years."""
    if FAMILY_RECORD.search(line):
        return False
    if _FOUNDED_A_STATE.search(line):
        return True
    # a life that ended before 1950, as history brackets it: no one a work screen handles
    if any(int(m.group("born")) < int(m.group("died")) < 1950 for m in _LIFESPAN.finditer(line)):
        return True
    for m in _HISTORIC_YEAR.finditer(line):
        year = int(m.group("after") or m.group("before"))
        if year < 1900 or (year < 1950 and _HISTORY_VERB.search(line)):
            return True
    return False


#: A verb of making a work followed by its title: "a écrit Les Misérables", "skrev Pippi",
#: "dipinse l'Ultima Cena", "composed the Goldberg Variations". Who did it is the work's author.
_MADE_A_WORK = re.compile(
    r"(?<!\w)(?:wrote|painted|composed|directed|sculpted|a écrit|écrivit|a peint|peignit|a composé|"
    r"schrieb|malte|komponierte|escribió|pintó|compuso|escreveu|pintou|scrisse|dipinse|compose|"
    r"schreef|schilderde|componeerde|napisał|namalował|skrev|målade|malede|komponerade|"
    # Russian, Ukrainian, Greek
    r"написал|написала|написав|нарисовал|нарисовала|сочинил|намалював|створив|"
    r"έγραψε|ζωγράφισε|συνέθεσε)"
    r"[ \t]+(?:(?:the|la|le|les|el|il|lo|de|het|die|der|das)[ \t]+|l'|d')?[«„\"“]?"
    r"[A-ZÀ-ÖØ-Þ\u0400-\u042f\u0386-\u03a9]"
)


def made_a_work(text: str, start: int, end: int) -> bool:
    """Whether the line holding text[start:end] says someone made a titled work."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _MADE_A_WORK.search(line) is not None


def named_after_a_thing(text: str, start: int) -> bool:
    """Whether the words just before `start` make what follows a place's, a shop's, a storm's
    or a prize's name, or the name found there starts with a prize's or a hall's word."""
    return _THING_BEFORE.search(text, max(0, start - 50), start) is not None or bool(
        _PRIZE_FIRST.match(text, start) or _HALL_FIRST.match(text, start)
    )


_PRIZE_FIRST = re.compile(rf"(?i:{_PRIZE})[ \t]+")
#: A hall's or a room's word capitalised as the first of its name: "la Sala Giuseppe Verdi",
#: "Salle Pleyel", "Aula Magna Carlo Urbani".
_HALL_FIRST = re.compile(r"(?:Sala|Salle|Saal|Aula|Auditorium|Auditorio|Teatro|Théâtre)[ \t]+(?=[A-Z])")


def storm_name(text: str, start: int) -> bool:
    """Whether the name found at `start` is a storm's: "Hurricane Sandy", "Storm Ciarán"."""
    return _STORM_FIRST.match(text, start) is not None


_STORM_FIRST = re.compile(rf"(?i:{_STORM})[ \t]+")


#: A public office written as a title right before its holder's name, in the languages the
#: lists cover: "Chief Justice John Roberts", "Bundeskanzlerin Angela Merkel", "le Premier
#: ministre Gabriel Attal". Capitalised as a title (a club's "our president Anna" is no office).
_OFFICE = (
    r"(?:\b(?:Chief Justice|Justice|Senator|Sen\.|Congressman|Congresswoman|Governor|Gov\.|"
    r"President|Vice President|Prime Minister|Chancellor|Secretary of State|Attorney General|"
    r"Mayor|King|Queen|Prince|Princess|Pope|Archbishop|Bundeskanzler(?:in)?|Bundespräsident(?:in)?|"
    r"Ministerpräsident(?:in)?|Kanzler(?:in)?|Président(?:e)?|Premier [Mm]inistre|Presidente|"
    r"Primer [Mm]inistro|Primera [Mm]inistra|Ministro|Ministra|Premier|Koning|Koningin|Kung|Drottning|"
    r"Papst|Pape|Roi|Reine|Rey|Reina)|\b(?i:le|la|el|il|der|die) (?i:président|"
    r"présidente|presidente|präsident(?:in)?|premier ministre|ministre))[ \t]+"
)
_OFFICE_BEFORE = re.compile(_OFFICE + "$")
_OFFICE_FIRST = re.compile(_OFFICE)
#: A calling whose people are public, in small letters right before the name as prose writes it:
#: "hosted by broadcaster Jeremy Vine", "die Schauspielerin Iris Berben", "le comédien Jamel
#: Debbouze" (no colon: "Presenter: Anna Kay" on a rota is a form's field).
_PUBLIC_CALLING_BEFORE = re.compile(
    r"\b(?:broadcaster|presenter|newsreader|comedian|comedienne|actor|actress|rapper|novelist|poet|"
    r"footballer|cricketer|golfer|olympian|astronaut|celebrity chef|tv chef|pop star|popstar|playwright|"
    r"philosopher|composer|moderator(?:in)?|schauspieler(?:in)?|s[äa]nger(?:in)?|schriftsteller(?:in)?|"
    r"com[ée]dien(?:ne)?|acteur|actrice|chanteu(?:r|se)|[ée]crivain(?:e)?|presentador(?:a)?|actriz|"
    r"cantante|escritor(?:a)?|attore|attrice|scrittore|scrittrice|presentatore|presentatrice|"
    r"zanger(?:es)?|schrijver|schrijfster)[ \t]+$"
)
#: "named after" earlier in the sentence: "is named after the Manchester Ship Canal's founder
#: Daniel Adamson" (not "named after my grandmother").
_NAMED_AFTER_BEFORE = re.compile(
    r"(?i)\bnamed (?:after|for)(?![ \t]+(?:my|his|her|their|our|your)\b)[^.!?\n]{0,60}$"
)


#: A work's title in quotes or emphasis, then "by" and its author: "'Holes' by Louis Sachar",
#: '"Klara and the Sun" by Kazuo Ishiguro'. The names in the title and the author's are the
#: work's. Written as a title (every word capitalised but its small joining words), and with no
#: verb's past before it on the line, which makes the name after "by" the one who did something:
#: 'Valet Mode enabled on "Blue Thunder" by Ayodele Martins', 'Status changed to "Resolved" by'.
_TITLE_BY = re.compile(
    r"[\"“'‘«*](?P<title>[A-Z0-9À-Þ][^\"“”'‘’«»*\n]{0,80}?)"
    r"[\"”'’»*][ \t]+(?:by|von|door|par|przez)[ \t]+"
)
#: The author's capitalised words: "Min Jin Lee", "J. R. R. Tolkien", "García Márquez".
_AUTHOR = re.compile(r"(?:[A-Z\u00c0-\u00de][\w.'-]*(?:[ \t]+|$)){1,4}")
_PAST_BEFORE_TITLE = re.compile(r"\b[a-z]{2,}ed\b")
_TITLES_SMALL_WORDS = frozenset(
    "a an and the of in on at to for with from or but de del la le les el y et und der die das".split()  # noqa: SIM905
)


def a_works_title_or_author(text: str, start: int) -> bool:
    """Whether the name found at text[start:] stands in a work's title quoted before "by" and its
    author, or is that author (see above)."""
    line_start, line_end = line_bounds(text, start)
    for m in _TITLE_BY.finditer(text, line_start, line_end):
        author = _AUTHOR.match(text, m.end(), line_end)
        if not (m.start("title") <= start < m.end("title") or (author and m.end() <= start < author.end())):
            continue
        words = m.group("title").split()
        titled = all(w[0].isupper() or not w[0].isalpha() or w in _TITLES_SMALL_WORDS for w in words)
        if titled and not _PAST_BEFORE_TITLE.search(text, line_start, m.start()):
            return True
    return False


def holds_public_office(text: str, start: int) -> bool:
    """Whether the name found at text[start:] follows a public office's title or starts with it
    (see above)."""
    return (
        _OFFICE_BEFORE.search(text, max(0, start - 40), start) is not None
        or _OFFICE_FIRST.match(text, start) is not None
    )


def publicly_known(text: str, start: int) -> bool:
    """Whether the name found at text[start:] follows a public calling in prose or "named after"
    in its sentence (see above): whatever personal data the line holds besides."""
    return (
        _PUBLIC_CALLING_BEFORE.search(text, max(0, start - 30), start) is not None
        or _NAMED_AFTER_BEFORE.search(text, max(0, start - 80), start) is not None
    )
