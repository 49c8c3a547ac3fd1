"""People's names, offline: by the words around them and by a list of first names.

Cues: an honorific ("Mr.", "Frau", "Mme", "Sr.", "dott.", "mevrouw", "Pan"), a greeting
("Dear", "Liebe", "Bonjour", "Querida", "Beste", "Szanowny"), a closing with the name on the
next line ("Kind regards,", "Mit freundlichen Grüßen", "Cordialement"), a label ("Name:",
"Nachname:", "Prénom :", "Cliente:", "Organizer:", "Signed-off-by:"), an e-mail header's
display name ("Name <address>", `CN=`), a chat line's speaker ("[09:15] Kofi Boateng: on it").
Without a cue, a capitalised pair whose first word is a known first name is a name
("Meeting with Rosalind Achterberg"), and so is one whose last word is a known surname
("send it to Olamide Eze"). First names come from gender-guesser's dictionary (about 48,000
names from 54 countries, accents included) and, with the surnames, from Faker's lists for 86
locales (app/privacy/data, which covers Yoruba, Zulu, Irish, Indian, Vietnamese... names the
first list lacks, and data/short_names.txt, pet forms and common names both lack). They are
read once on first use; a Yoruba name is looked up without its tone marks where the lists lack
the marked spelling ("Fúnmiláyọ̀"); names that are also everyday words ("May", "Will",
"Grace") count only next to a cue. A Slavic first name and surname in a case ("Pawła Nowaka") and a Hungarian
name written family name first ("Szabó Réka", "Kovács Péterné") are names by their lists' forms
too. A boarding pass writes "MÜLLER/KATHARINA MRS".
Generic addressees ("Dear Customer", "The Billing Team") and brands ("Dr. Martens",
"Mr. Clean") are not people. Scripts without capitals have their own cues: an honorific after
the name ("山田 太郎 様", "김민준 님", "शर्मा जी"), a label ("氏名", "नाम"), a chat's system line
("张伟 邀请你加入群聊"). A login is a person's too: a chat nick, a handle, an account under a
login label, a URL's user that holds a name ("https://olaf:...@host"), not a service's.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (prepositions, salutations and app notifications of other scripts are written in their script)

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from app.privacy import national_ids, organisations, places
from app.privacy.finding import EXTENDED_LOW, EXTENDED_UP, LATIN_UP, Finding, line_bounds, line_end
from app.privacy.public import (
    a_works_title_or_author,
    holds_public_office,
    made_a_work,
    named_after_a_thing,
    public_line,
    publicly_known,
    storm_name,
)
from app.privacy.vocabulary import vocabulary, words_pattern

#: Vietnamese writes its tones with the letters of Latin Extended Additional ("Nguyễn", "Thị")
#: and its horned vowels with "Ơ", "Ư".
_VI_UP = "".join(chr(c) for c in range(0x1EA0, 0x1EFA) if chr(c).isupper()) + "ƠƯ"
#: Yoruba writes its tones as combining marks after a letter ("Adébáyọ̀", "Bọ́lá") and has Ṣ.
_VI_LOW = "".join(chr(c) for c in range(0x1EA0, 0x1EFA) if chr(c).islower()) + "ơưṣ\u0300-\u036f"
#: The letters Kazakh, Kyrgyz, Tatar and Mongolian add to Cyrillic ("Әлихан", "Нұрлан",
#: "Өмірзақ", "Гүлнара"), capitals and small letters apart for the same reason.
_CYRILLIC_EXTRA_UP = "\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8"
_CYRILLIC_EXTRA_LOW = "\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9"
_UP = (
    rf"[A-ZÀ-ÖØ-Þ{EXTENDED_UP}ŁŚŻŹĆŃÓĘĄṢ{_VI_UP}\u0400-\u042f\u0490{_CYRILLIC_EXTRA_UP}"
    r"\u0386\u0388-\u038f\u0391-\u03a9]"
)
_LOW = (
    rf"[a-zß-öø-ÿ{EXTENDED_LOW}łśżźćńóęąőð{_VI_LOW}\u0219\u021b\u0259\u0430-\u045f\u0491"
    rf"{_CYRILLIC_EXTRA_LOW}\u03ac-\u03ce]"
)
#: One word of a name: "Lovelace", "O'Sullivan", "Dupont-Moretti", "KAPLAN", "ZOË", "McAllister".
#: "MARIA-LUISA" too: a word in capitals joins another in capitals.
_WORD = (
    rf"(?:(?:{_UP}['\u2019](?={_UP}))?{_UP}(?:{_LOW}+|{_UP}+)"
    rf"(?:['\u2019\-]{_UP}?{_LOW}+|{_UP}{_LOW}+|(?<={_UP})-{_UP}{{2,}})*)"
)
_INITIAL = rf"(?:{_UP}\.\s?)"
_PARTICLE = (
    r"(?:van der|van den|van de|van|von|de la|de|del|der|den|da|di|dos|das|du|le|la|al|el|bin|"
    r"binti|bint|ibn|abu|ní|nic|ó|ua|mac|mhic|Ní|Nic|Ó|Ua|Mhic)"
)
_FULL = (
    # a middle initial between the words ("Consuelo R. Ibarra")
    rf"(?:{_INITIAL}{{0,2}}{_WORD}(?:\s+(?:{_PARTICLE}\s+|{_INITIAL})?{_WORD}){{0,3}}|{_INITIAL}{{1,2}}{_WORD})"
    r"(?![\w'\u2019\-])"
)
#: A full name that ends its line: a signature's ("Groet,\nWillemijn\nZwembad De Vennen" is signed
#: by Willemijn, not by "Willemijn Zwembad").
_FULL_ON_ITS_LINE = _FULL.replace(r"\s", r"[ \t]")
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Herrn|Frau|Fr|Hr|Mme|Mlle|Monsieur|Madame|"
    r"Mademoiselle|Sr|Sra|Srta|Señor|Señora|Don|Doña|Dña|Dª|Sig|Sig\.ra|Signor|Signora|Dott|dott|"
    r"Dott\.ssa|Ing|heer|Heer|mevrouw|Mevrouw|mevr|Mevr|dhr|Dhr|Pan|Pani|Panie|panią|Panią|pan|"
    r"pani|Sra\.|Exmo|Exma|Prof\.ssa|Cllr|Councillor|Revd|Rev|Pastor|Rabbi|Imam|Sgt|Capt|"
    # Italian's doctor, Czech and Slovak degrees, the Polish lawyer's "mec.", Greek "Mr"/"Mrs"
    r"dottor|dottore|dottoressa|Dottor|JUDr|MUDr|PhDr|RNDr|Mgr|mec|Mec|κ\.|κα|κος|κυρία|κύριος|Δρ|"
    # a chat's titles in small letters ("mrs Szabo"), Romanian's ("dna Munteanu", "dl Popa"),
    # Czech's and Slovak's "p." for pán or paní ("p. Baláž")
    r"mr|mrs|ms|dna|dnei|dl|dlui|doamna|domnul|p(?=\.))\.?"
)
_GREETING = (
    r"(?:Dear|Hi|Hello|Hey|Liebe|Lieber|Hallo|Bonjour|Bonsoir|Salut|Cher|Chère|Hola|Querido|"
    r"Querida|Estimado|Estimada|Caro|Cara|Gentile|Gentili|Ciao|Buongiorno|Beste|Geachte|Hoi|Olá|"
    r"Prezado|Prezada|Szanowny|Szanowna|Drogi|Droga|Cześć|Sehr geehrte|Sehr geehrter|"
    r"Hej|Hei|Moi|Merhaba|Say\u0131n|Ahoj|Szia|Xin chào|Chào|Kính gửi|"
    r"Oi|Ei|Tere|Labas|Sveiki|Zdravo|Bok|Halo|Hai|Kumusta|Jambo|Habari|Hallå|Moikka|Terve|"
    # wishes name whom they are for: "Happy birthday Ana!", "Joyeux anniversaire Léa"
    r"(?i:happy birthday|happy anniversary|happy \d{1,3}(?:st|nd|rd|th)|congratulations|congrats|"
    r"alles gute(?: zum geburtstag)?|"
    r"herzlichen glückwunsch|joyeux anniversaire|félicitations|feliz cumpleaños|felicidades|"
    r"buon compleanno|auguri|gefeliciteerd|fijne verjaardag|parabéns|feliz aniversário|"
    r"wszystkiego najlepszego|sto lat))"
)
_CLOSING = (
    r"(?i:(?:kind |best |warm |many )?regards|best(?: wishes)?|thanks|thank you|cheers|"
    r"sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|mit freundlichen grüßen|"
    r"viele grüße|beste grüße|liebe grüße|lg|mfg|cordialement|bien à vous|amicalement|"
    r"un saludo|saludos|atentamente|cordiali saluti|distinti saluti|saluti|atenciosamente|"
    r"(?:um )?abraço|abraços|(?:un )?abrazo|abrazos|un beso|un abbraccio|gros bisous|"
    r"cumprimentos|met vriendelijke groet(?:en)?|groet(?:en|jes)?|z poważaniem|pozdrawiam|"
    r"(?:med )?vennlig hilsen|hilsen|(?:med )?venlig hilsen|mvh|(?:med )?vänliga hälsningar|hälsningar|"
    r"(?:ystävällisin )?terveisin|s pozdravem|üdvözlettel|saygılarımla|с уважением|з повагою|"
    r"με εκτίμηση|με φιλικούς χαιρετισμούς|φιλικά|cu stimă|cu drag|toda la suerte|le meas|le dea-mhéin|"
    r"(?:lots of |much |all my )?love|hugs|xoxo|take care|speak soon|talk soon|"
    # the thanks a message ends with, in the languages the corpora write
    r"mulțumesc|multumesc|mulțumim|grazie(?: mille)?|gracias|merci(?: beaucoup)?|danke(?: schön)?|"
    r"obrigad[oa]|bedankt|dziękuję|děkuji|köszönöm|teşekkürler|asante|terima kasih|trân trọng)"
)
_LABEL = (
    r"(?i:(?:full |first |last |given |family |middle |customer |contact |account |your |legal )?"
    r"name(?: \(as on passport\))?|surname|customer|contact|patient|employee|applicant|"
    r"account owner|owner|manager|spouse|emergency contact|assigned to|approved by|signed|"
    r"bill to|ship to|deliver to|sold to|attn|recipient|organi[sz]er|author|"
    r"signed-off-by|co-authored-by|reviewed-by|reported-by|who|reply-to|reporter|"
    # a header's, not a verb's preposition ("Your claim has moved to: ASSESSMENT")
    r"(?<!ed )(?:cc|from|to)|"
    r"assignee|requester|requested by|passenger|traveller|traveler|guest|attendee|speaker|"
    r"holder|cardholder|beneficiary|payee|driver|tenant|student|candidate|interviewee|nominee|"
    r"participant|whatsapp|signal|telegram|viber|wechat|skype|"
    # who came to a meeting and who sent regrets, as minutes write them
    r"apologies|regrets|absent|excused|present|attendees|participants|entschuldigt|abwesend|"
    r"anwesend|teilnehmer|teilnehmende|excusés|absents?|présents?|ausentes?|presentes?|asistentes|"
    r"assenti|presenti|partecipanti|afwezig|aanwezig|nieobecni|obecni|uczestnicy|frånvarande|närvarande|"
    r"vorname|nachname|familienname|kontoinhaber|empfänger|rechnungsempfänger|ansprechpartner|"
    r"nom de famille|nom d'usage|nom de naissance|nom|prénom|nom complet|client|destinataire|"
    r"titulaire|nombre|apellidos?|cliente|"
    r"destinatario|titular|nome|cognome|nome completo|naam|voornaam|achternaam|ontvanger|"
    r"imię i nazwisko|imię|nazwisko|odbiorca|klient|pacjent|paciente|patiënt|patientin|"
    r"username|user)"
)
#: Brands of cards and payment schemes, which a screen names alone or before a masked number
#: ("Paying with Visa •••• 4242"): some are also given names in the lists.
_CARD_BRANDS = frozenset({"visa", "mastercard", "maestro", "amex", "discover", "diners", "jcb", "unionpay"})
#: Whom a letter greets by role or as a group ("Dear Sirs", "Dear Landlord", "Dear Residents").
ADDRESSEE_ROLES = frozenset(
    """
    sirs landlord landlords tenant tenants resident residents neighbour neighbours neighbor
    neighbors parent parents guest guests homeowner homeowners policyholder policyholders
    patient patients student students supporter supporters subscriber subscribers supplier
    suppliers applicant applicants valued member members cardmember cardholder donor donors
    volunteer volunteers passenger passengers traveller travellers traveler travelers
    client clients operator operators
    eltern ouders genitori padres pais rodzice rodiče rodičia vanhemmat föräldrar foreldre forældre
    szülők ügyfelünk ügyfeleink ügyfél
    aelodau gyfeillion ffrindiau bawb rieni gwsmeriaid gydweithwyr
    ग्राहक ग्राहकों उपभोक्ता வாடிக்கையாளர் வாடிக்கையாளரே வாடிக்கையாளர்களே গ্রাহক صارف صارفین
    müşterimiz müşteri abonemiz pelanggan nasabah mteja kliyente
    ደንበኛ ደንበኛችን ደንበኞቻችን ደንበኞች ተጠቃሚ ተጠቃሚያችን ለጋሽ ለጋሻችን አባል አባላት
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Words of assent and thanks that open a message before a comma, as a name addressed would
#: ("Tak, koden til skuret er 1066": Danish thanks, Polish yes; "Sure, it's 4471").
ASSENT_AND_THANKS = frozenset(
    """
    ok okay yes yeah yep nope no sure thanks thx cheers sorry tak takk tack danke merci gracias
    grazie obrigado obrigada dzięki díky kiitos aitäh ačiū köszi mersi hvala spasibo asante ndiyo
    ja nej nei oui non si sì não evet hayır
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Words that follow a cue without being a person.
_NOT_PEOPLE = (
    _CARD_BRANDS
    | ADDRESSEE_ROLES
    | frozenset(
        """
    accounting accounts admin administrator all billing bot client clientes clients colegas
    colleague colleagues collega's colleghi collègues customer customers damen dames das de
    der die een el enterprise everyone friend friends heren herren het hiring ihr il
    kollegen kolleginnen kunde kunden kundenservice kundin l' la las le les lo los madam
    manager member members n/a none our partner partners qualified sales sehr service
    señores signori sir status support support-team system team team. the unknown user users
    valued webinar your unassigned nobody anyone tbd tba tbc pending diary test demo dummy eta etd
    mein meine mijn mój moja мой моя minha שלי שלך שלנו
    you at for thank shopping total subtotal
    sim esim puk imei iccid
    meeting menu supper dinner lunch breakfast brunch item items ops
    you're you've you'll we're we've we'll they're they've i'm i've
    mon tue tues wed thu thur thurs fri sat
    til till emne ämne aihe betreff onderwerp objet asunto oggetto assunto temat předmět predmet
    tárgy konu kime kimden subiect către komu dato sendt skickat nuo tema temats
    care dental kitchens weddings events assembly training credit hr
    auftrag vertretung
    mod mods moderator chanserv nickserv operserv server
    due done valid thru
    """.split()  # noqa: SIM905 (a word list reads better as words)
    )
)
#: First-name list entries that are also everyday words, months, places or brands, and
#: weekday abbreviations ("Tue Mar 4" in a log's date is not a person).
_COMMON_WORDS = frozenset(
    """
    africa amazon amber angel apple april area art asia asset august austin autumn baker bank bear berth canal
    vessel
    berlin best bill bird black block brasil brown build carolina carter central chad chase
    china christian christmas city cloud code cook crystal daisy dakota dallas data dawn
    denver destiny don early east easter england estate eve faith fall floor florence
    florida fox france frank free georgia germany glory golden google grace gray green grey
    guy hall happy harmony holland holly home honor honour hope house houston hunter india
    ireland iris israel italia ivy jack jade job jordan joy june justice kenya king lake
    late level liberty lily lincoln linux lisboa long lorraine lucky madrid main major march
    marina mark mason max may melody milan miller monday moon new noel normandie north note
    order orlando page paris park pat patience pearl phoenix porter precious prince prudence
    rain ray real release rio river rob room rose royal ruby sale savannah scotland sea
    server short sky snow son south spring sprint star status step storm street sue suite
    summer sun sunny support sydney taylor team test the total town trinity unit unity van
    version victoria vienna violet virginia wales way west white will wind windows wing
    winter wolf young true false null none santa san saint silver gold bronze platinum
    ramadan eid diwali hanukkah navratri sinh
    el la le les de del der den da di du van von al sie bitte
    save open close cancel submit apply delete edit view help start stop next back send
    file tools format insert window options settings
    mon tue tues wed thu thur thurs fri sat sun january february september october november
    december tuesday wednesday thursday friday saturday sunday
    a i in me my on so to
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_CLOSING_WORD = re.compile(_CLOSING)
_NAME_BRANDS = re.compile(
    r"\b(?:Dr\.? (?:Martens|Pepper|Oetker|Scholl'?s?|Who|Dre|Seuss)|Mr\.? (?:Clean|Muscle|Bean|"
    r"Robot|Potato Head|Porter)|Mrs\.? (?:Doubtfire|Dash)|Ben & Jerry'?s|Johnson & Johnson|"
    r"Louis Vuitton|Van Gogh|Paris Saint-Germain|Real Madrid|"
    # works named after a character with an honorific
    r"Don (?:Quijote|Quixote|Juan|Giovanni|Camillo|Carlos|Pasquale))\b"
)
#: Titles may stack ("Frau Dr. Brinkmann-Oyelaran"); the name is what follows the last one.
#: (initials may stand before a particle: "Dhr. J.P. van der Heijden-Bakker", "Mevr. de Vries")
_HONORIFIC_NAME = re.compile(
    rf"\b(?P<value>{_HONORIFIC}(?:\s+{_HONORIFIC})*\s+(?!{_HONORIFIC}\s)"
    rf"(?:{_INITIAL}{{0,3}}{_PARTICLE}\s+{_WORD}|{_FULL}))"
)
_GREETED = re.compile(
    rf"\b{_GREETING},?\s+(?:(?:anh|chị|em|ông|bà|cô|chú|bạn)\s+)?(?P<value>(?:{_HONORIFIC}\s+)?{_FULL})"
    r"(?=\s*[,:!.\n]|\s+(?:and|und|et|y|e|en|i|och|og|ve)\b)"
)
#: What a letter writes between its closing and the name of whoever signs for someone else.
_SIGNED_FOR = r"(?i:im auftrag|i\.[ \t]?a\.|i\.[ \t]?v\.|in vertretung|p\.[ \t]?p\.|per pro(?:curationem)?)"
#: A message signed with a first name alone on its last line, after a blank line ("...on
#: Monday.\n\nDavid"): no closing word, yet the writer's name.
_SIGNED_LAST_LINE = re.compile(rf"\n[ \t]*\n[ \t]*(?P<value>{_WORD})[ \t]*\Z")
#: ... or with no blank line before it, in a message that opens with a greeting ("Hi both,\n...
#: keep the photos private.\nSam").
_SIGNED_UNDER_A_GREETING = re.compile(rf"\n[ \t]*(?P<value>{_WORD})[ \t]*\Z")
_OPENS_WITH_A_GREETING = re.compile(rf"\A[ \t]*{_GREETING}\b[^\n]{{0,40}}[,!]?[ \t]*\n")
#: "Groetjes, Maarten — bel me even": the signed name may go on after a dash.
_INTERJECTION_GREETINGS = frozenset({"Oi", "Ei", "Hai", "Bok", "Halo"})
#: A postcode's or a number's end right before a word: "5683 CG Best" names the town Best.
_POSTCODE_BEFORE = re.compile(r"\d[ \t]*[A-Z]{0,3}[ \t]+$")
_CLOSED = re.compile(
    # (a letter leaves a blank line for the signature, and may sign for someone: "Yours
    # sincerely,\n\nJanet Oduya", "Mit freundlichen Grüßen\nIm Auftrag\nBrandl")
    rf"\b{_CLOSING}\s*[,!.]?[ \t]*"
    rf"(?:(?P<own>\n)(?:[ \t]*\n)?[ \t]*(?:{_SIGNED_FOR}[ \t]*\n[ \t]*)?|(?<=,)[ \t]+|(?<=(?i:mvh))[ \t]+)"
    rf"(?P<value>{_FULL_ON_ITS_LINE})"
    # then the line's end, a dash, a bracket ("Cheers, Rob (Hillside Dairy)"), a kiss ("x"),
    # the number to reach them at ("Mvh Bent, 28 41 93 07") or their post to the line's end
    # ("Joyce Nanjala, Programme Officer")
    r"[ \t]*(?=\n|$|[\u2014\u2013][ \t]|\(|x{1,3}\b|,[ \t]*\+?\d"
    r"|(?(own),[ \t]*[A-Z][\w .&'-]{2,40}(?:\n|\Z)|(?!)))"
)
_LABELLED = re.compile(
    rf"(?:^|(?<=[\s|;,(\"']))\b{_LABEL}[ \t]*:[ \t]*\"?"
    rf"(?P<value>{_FULL}(?:,\s*{_WORD}(?=\s*(?:$|\||\n|\s{{2}})))?"
    # an empty field before the next one's label: "Apellidos:     Fecha de nacimiento:"
    rf"(?![ \t]*:)(?![ \t]+(?:[a-z]\w*[ \t]+){{0,3}}[a-z]\w*[ \t]*:)|[a-z]+[._][a-z]+(?=\s|$))",
    re.MULTILINE,
)
#: A key indented under its parent, as YAML nests a setting ("  name: charity_crm").
NESTED_KEY = re.compile(r"[ \t]+(?:-[ \t]+)?\w+:")
#: A name after a semicolon on a mail header's list of people, to the next semicolon or the line's
#: end: the first is `_LABELLED`'s ("Cc: Bella Tran; Jonty Ferris").
_HEADER_LIST = re.compile(r"(?im)^(?:cc|bcc|to)[ \t]*:[^;\n]*(?P<rest>;[^\n]*)$")
_LISTED_AFTER_SEMICOLON = re.compile(rf";[ \t]*(?P<value>{_FULL})[ \t]*(?=;|$)", re.MULTILINE)
#: "Name <address>" and `CN=Name`: the display name of an e-mail header or calendar entry.
_DISPLAY_NAME = re.compile(
    rf"(?:(?P<quoted>\"[^\"\n<>@]{{2,60}}\")|(?P<value>{_FULL}))\s*<[^<>\s]+@[^<>\s]+>"
    rf"|\bCN=\"?(?P<cn>[^\";:\n]{{2,60}})\"?[;:]"
)
#: The last word of an app's assistant's name ("Cleo AI", "Erica Assistant"): a program speaks.
_ASSISTANT_WORDS = frozenset(
    {"ai", "bot", "assistant", "assistent", "assistente", "asistente", "copilot", "gpt"}
)
#: A chat line's speaker: "[09:14] rosalind.a: ...", "Hannah Weiss: ...", "<dmitri_k> ...", or
#: a list's item that a person speaks, as meeting notes write one ("- Chiara: blocked on ...").
_SPEAKER = re.compile(
    rf"^(?:>\s*)?(?:[-*\u2022][ \t]+)?"
    rf"(?P<stamp>(?:\[[^\]\n]{{0,20}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[AaPp]\.?[Mm]\.?)?\]|\(\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[AP]M)?(?:\s+[-\u2013\u2014])?(?=\s+{_UP}))\s*)?"
    rf"(?:(?P<value>{_FULL})(?:\s+\(?\d{{1,2}}:\d{{2}}(?:\s?[AP]M)?\)?)?"
    rf"\s?:\s|<(?P<nick>[\w.\-]{{2,30}})>\s|<(?P<full>{_FULL})>\s|(?P<handle>[a-z][a-z0-9_\-]*\.[a-z][a-z0-9_\-]*):\s)",
    re.MULTILINE,
)
#: A quoted "Surname, Given" cell or value: `1042,"Wójcik, Agnieszka",...`.
_SURNAME_COMMA = re.compile(rf"\"(?P<value>{_WORD}(?:[ \t]+{_WORD})?,[ \t]*(?P<given>{_WORD}))\"")
#: A person in brackets after the role or the desk they speak or act for: "Atendente (Bruno):",
#: "Meralco Care (Jessa):", "Bridesmaid (Hope)", "Head of Year 7 (Bill Ostrowski)".
_BRACKETED_AFTER_ROLE = re.compile(rf"(?<=[^\W\d_])[ \t]+\((?P<value>{_FULL})\)")
#: A capitalised word right after a bracket: the name goes on past it ("Royal (Dick) School").
_CAPITALISED_AFTER = re.compile(rf"[ \t]+{_UP}")
#: A preposition of place right before a word: "in", Italian and Catalan "a", "à", "em", "en", "w",
#: "в", Vietnamese "tại" and "ở", Indonesian "di".
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?i)(?<!\w)(?:in|a|à|em|en|w|we|в|во|tại|ở|di)[ \t]+$")
#: A law report's "R v Hughes" before a party's given name in brackets.
_CASE_PARTY_BEFORE = re.compile(rf"\bv\.?[ \t]+{_UP}{_LOW}+(?:[ \t]+{_UP}{_LOW}+)?$")
#: A parents' chat's speaker named by their child: "Mama von Ole:", "Papa de Nathan :", "Papa van
#: Daan:", "Mẹ bé Bin:", "Мама Кирилла:". The child is the name.
_PARENT_OF = re.compile(
    r"(?im)^[ \t]*(?:mama|mami|mutti|papa|papi|maman|mam[áa]|pap[áà]|m[ãa]e|pai|mamma|mum|mom|dad|"
    r"äiti|isä|мама|папа|mẹ|bố)[ \t]+(?:(?:von|de|van|di|da|do|of|bé|av|til)[ \t]+)?"
    rf"(?P<value>{_UP}{_LOW}+)[ \t]*[:\uff1a]"
)
#: "@Haruto Sato the box is down": a mention addresses a person ("@Override" is one word).
_MENTION = re.compile(rf"(?<![\w.@/])@(?P<value>{_FULL})")
#: "Sipho Dlamini approved the report": a line that starts with who did something.
_DOER = re.compile(rf"^(?P<value>{_FULL})\s+[a-z]{{3,}}ed\b", re.MULTILINE)
#: "WhatsApp: Lerato Mokoena +27 71 234 5678": a contact's name before their number.
_BEFORE_NUMBER = re.compile(
    rf"(?<![\w.@/\-<])(?P<value>{_FULL})[ \t]*[,:]?[ \t]*(?=\+\d|\(\d{{2,}}\)|0\d{{2,}})"
)
#: "氏名: 山田 太郎", "성명: 홍길동": a name in a script without capitals, by its label (and a
#: full-width colon, as CJK text writes it).
_CJK = r"[\u4e00-\u9fff\u3005\u3040-\u30ff\uac00-\ud7af]{1,6}"
#: A role that is a person: Japanese and Chinese write it with 者 or 人 ("担当者" the one in
#: charge, "联系人" the contact, "申请人" the applicant), Korean with 자 ("담당자", "신청자").
_CJK_ROLE = r"[\u4e00-\u9fff\u3040-\u30ff]{1,4}[者人]|[\uac00-\ud7af]{1,4}자"
_CJK_LABELLED = re.compile(
    rf"(?:氏名|お名前|名前|姓名|이름|성명|宛名|担当|{_CJK_ROLE})\s*[:\uff1a]\s*"
    rf"(?P<value>{_CJK}(?:[ \u3000]{_CJK})?)"
)
#: A person introduced in Japanese or Korean prose: who writes ("フリーライターの中村と申します",
#: "제 이름은 지훈입니다") or who is in charge ("担当は美香です", "담당 디자이너는 수진입니다").
_CJK_INTRODUCED = re.compile(
    r"(?:(?<=[の、。\s])|^)"
    r"(?P<writer>[\u4e00-\u9fff\u3005]{1,4}(?:[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4})?)と申します"
    r"|担当(?:者)?は(?P<in_charge>[\u4e00-\u9fff\u3005\u3040-\u30ff]{2,4}?)(?:です|でした)"
    r"|(?:담당(?:자| [\uac00-\ud7af]{1,5})?(?:는|은)|제 이름은|저는) "
    r"(?P<korean>[\uac00-\ud7af]{2,3}?)(?:입니다|이에요|예요|이고)",
    re.MULTILINE,
)
#: A department's, a shop's or a company's last character: "担当は営業部です" names a desk.
_CJK_UNIT_END = re.compile(r"[部課室係店社局所班科]$|센터$|팀$|부서$")
#: "by user kemal.aydin", "Login: a_okafor": an account name made of a person's names.
_USERNAME = re.compile(
    r"\b(?i:user(?:name)?|login|utilisateur|benutzer(?:name)?|usuario|utente)\b[ \t]*[:=]?[ \t]+"
    r"(?P<value>[a-z][a-z0-9]*[._][a-z](?:[a-z0-9._]*[a-z0-9])?)(?![\w@])"
    # after a login label and its colon any account name counts ("login as: vkrishnan",
    # "Nom d'utilisateur : cdubois"); without the colon, one that then logs in ("Gebruiker
    # wdeboer heeft zich aangemeld")
    r"|(?:(?i:\blogin as|\buser ?name|\blogin|\bnom d'utilisateur|\bidentifiant|"
    r"\bkullan\u0131c\u0131 ad\u0131|\bkullan\u0131c\u0131|\btài khoản|"
    r"\btên đăng nhập|\bgebruikersnaam|\bnazwa użytkownika|\banvändarnamn|"
    r"\bbrugernavn|\bbrukernavn|\bnome utente|\bnombre de usuario|\bbenutzername)"
    r"|(?=[\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:ユーザー名?|用户名?|使用者|사용자(?: 이름)?|아이디))"
    r"[ \t]*[:\uff1a][ \t]*(?P<labelled>[a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w@])"
    r"|\b(?i:user|gebruiker|benutzer|utilisateur|usuario|utente|użytkownik|kullan\u0131c\u0131)[ \t]+"
    r"(?P<actor>[a-z][a-z0-9._\-]{1,30}[a-z0-9])[ \t]+(?i:heeft|has|hat|a|ha|har|logged|signed|zalogował)\b"
    # a log's account after "for user", "invalid user", "für Benutzer", "pour l'utilisateur"
    r"|\b(?i:(?:for|invalid|unknown|of) user|für benutzer|pour l'utilisateur|para el usuario|"
    r"per l'utente|voor gebruiker|dla użytkownika)[ \t]+(?P<logged>[a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w@])"
)
#: A player's handle after a game's word for it or for a player: "Gamer tag xX_Reaper_Xx",
#: "Steam friend DarkPhoenix1987", "ShadowFox_92 reported NightOwl77", "account vortex.king09".
#: A handle mixes its letters with a digit, an underscore or a capital inside ("RageQuitRita");
#: a word ("Player report", "account number") does not, nor a marketplace's seller ID in
#: capitals ("Seller account: A3K9Q2XR81LMB").
_HANDLE = r"(?=[\w.]*[a-z])(?=[\w.]*(?:\d|_|[a-z][A-Z]))[A-Za-z][\w.]{2,24}[A-Za-z0-9]"
_GAMER_HANDLE = re.compile(
    r"(?i:\b(?:gamer[ -]?tag|psn(?: id)?|xbox (?:gamertag|id)|steam (?:friend|id|name|user)|"
    r"epic (?:id|name)|riot id|battle ?tag|in-game name|ign|player|teammate|opponent|reported|account)\b)"
    rf"[ \t]*[:=]?[ \t]*[\"'\u201c]?(?P<value>{_HANDLE})(?![\w@]|\.\w|#)"
    # and the player who reported: "ShadowFox_92 reported ..."
    rf"|(?<![\w.@])(?P<reporter>{_HANDLE})(?=[ \t]+reported\b)"
)
#: An account in the shape of a person's login ("s.eriksson", "anna_berg") after "by" in a
#: log or an audit line: "by s.eriksson", "par c.dubois", "von m.huber", "por j.perez".
_BY_LOGIN = re.compile(
    r"\b(?i:by|par|von|por|da|door|przez|av|af|от|bởi)[ \t]+"
    r"(?P<value>[a-z][a-z0-9]*[._][a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?)(?![\w@]|\.\w)"
)
#: A login the text says is someone's ID: "ID vẫn là tuan.le.dev", "my ID is k.ito", "mon
#: identifiant est c.roux".
_ID_IS = re.compile(
    r"\b(?i:id|identifiant|login|username|user name)\b[^\n:=]{0,12}?\b(?i:là|is|est|ist|es|è|jest|är)[ \t]+"
    r"(?P<value>[a-z][a-z0-9]*[._][a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?)(?![\w@]|\.\w)"
)
#: A name before the honorific that follows it in Japanese, Korean and Hindi ("山田 太郎 様",
#: "田中さん", "김민준 님", "शर्मा जी"), from the start of the line, a break or a particle (the
#: possessive "の" too: "候補者の鈴木さん", "営業部の山田様"), or the honorific and middle dot of
#: the name before it ("佐藤健一様・佐藤由美様").
_CJK_HONORED = re.compile(
    # (or a heading's bracket: "【宅配便】鈴木様")
    r"(?:^|(?<=[\s、。\uff0c,:\uff1a「『(\uff08!\uff01はがをにもとへの\u3011])|(?<=[様さん]・))(?P<value>[\u4e00-\u9fff\u3005\u30a0-\u30ff\uac00-\ud7af]{1,5}"
    r"(?:[ \u3000][\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af]{1,5})?)[ \u3000]?"
    r"(?:様|さま|さん|くん|ちゃん|先生|殿|님|씨)",
    re.MULTILINE,
)
#: A given name in hiragana with the endearing "-chan" or "-kun" ("ゆいちゃん", "けんちゃん"); not a
#: word that starts with the polite "o-" ("おばあちゃん", grandma; "お姉ちゃん", big sister).
_KANA_ENDEARED = re.compile(
    r"(?:^|(?<=[\s、。\uff0c,:\uff1a「『(\uff08!\uff01]))(?P<value>(?!お)[\u3041-\u3096]{2,4})(?:ちゃん|くん)"
    # and a user's name in hiragana a marketplace or an app quotes, heads or labels ("購入者「ゆかりん」さん",
    # "【Pairs】ゆうきさんから", "メルカリ：ゆうき_0812さん"); not "みなさん" (everyone)
    r"|(?:(?<=[「\u3011\uff1a:])|^)(?P<user>(?!お|みな)[\u3041-\u3096]{2,5}(?:_\d{2,6})?)」?(?:さん|様)",
    re.MULTILINE,
)
#: A Japanese family name before the job title that follows it ("鈴木部長", "佐藤課長"), after a
#: break or a particle ("会議は鈴木部長も"): two or three kanji, since a department's name before
#: the title is longer ("営業企画部長").
_JA_TITLED = re.compile(
    r"(?:^|(?<=[\s、。\uff0c,:\uff1a「『(\uff08!\uff01はがをにもとへの]))(?P<value>[\u4e00-\u9fff\u3005]{2,3})"
    r"(?:部長|課長|社長|係長|店長|主任|専務|常務|教授)",
    re.MULTILINE,
)
#: Those an honorific addresses who are no one person: everyone (皆, 各位, 여러분), a customer
#: or member (お客, 고객, 회원), a role (担当者, 管理者).
_CJK_NOT_PEOPLE = frozenset(
    """
    皆 各位 客 会員 利用者 管理者 担当者 関係者 社員 職員 生徒 学生 患者 皆さま
    여러분 고객 회원 관리자 담당자 학생 환자 선생 사장 부장 과장 팀장 손 赤
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_DEVANAGARI_NAME = r"[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,3}?"
#: "प्रिय राजेश कुमार जी" (dear ... ji), "नाम: अनीता देसाई" (name:).
_HINDI = re.compile(
    rf"(?:प्रिय|आदरणीय|नमस्ते|श्री|श्रीमती|सुश्री)\s+(?P<value>{_DEVANAGARI_NAME})\s+जी"
    rf"|(?:नाम|पूरा नाम)\s*[:\uff1a]\s*(?P<label>{_DEVANAGARI_NAME})(?=\s*[,;।|]|\s*$)",
    re.MULTILINE,
)
#: A Chinese chat's system line names who did it: "张伟 邀请你加入群聊", "李娜 撤回了一条消息".
_CJK_CHAT_ACTOR = re.compile(
    r"(?:^|(?<=\s))(?P<value>[\u4e00-\u9fff]{2,4})\s?(?:邀请|加入了|撤回了|拍了拍|修改了群名|退出了)",
    re.MULTILINE,
)
#: Who an account is for: "t.n.v. R. Jansen" (Dutch, in the name of), "z. Hd. Frau Kern",
#: "c/o Ana Lima", "à l'attention de Paul Roux".
_ON_BEHALF = re.compile(
    rf"(?:\bt\.\s?n\.\s?v\.|\bten name van|\bter attentie van|\bz\.\s?Hd\.?|\bc/o|"
    rf"\bà l'attention de|\ba/c)\s+(?:{_HONORIFIC}\s+)?"
    rf"(?P<value>{_INITIAL}{{1,2}}{_PARTICLE}\s+{_WORD}|{_FULL})"
)
#: A calendar's reply and one-to-one: "Accepted: Sprint review — Ines Duarte", "1:1 Ana / Tomás".
_CALENDAR = re.compile(
    rf"^(?:Accepted|Declined|Tentative|Tentatively accepted|Angenommen|Abgelehnt|Mit Vorbehalt|"
    rf"Accepté|Refusé|Aceptado|Rechazado|Geaccepteerd|Geweigerd)\s*:[^\n]*?\s[—\u2013-]\s"
    rf"(?P<value>{_FULL})[ \t]*$"
    # a 1:1 names its two people, or one after "with" ("Crop 1:1 Square" names none)
    rf"|\b1:1\s+(?:with|mit|avec|met|con)\s+(?P<with>{_FULL})"
    rf"|\b1:1\s+(?P<a>{_FULL})\s*(?:/|<>|&|\+|x)\s*(?P<b>{_FULL})",
    re.MULTILINE,
)
#: "Thanks to Mbali for the notes": whom one thanks for something is a person.
_THANKED_FOR = re.compile(
    rf"\b(?i:thanks|thank you|thank|danke|merci|gracias|grazie|bedankt)\s+(?:to\s+|an\s+|à\s+|a\s+)?"
    rf"(?P<value>{_FULL})\s+(?i:for|für|pour|por|per|voor)\b"
)
#: A list of people after a label that names people in the plural: "Attendees: Omar Haddad;
#: Chidi Okafor", "Teilnehmer: Jana Roth, Lukas Brandt". Each item is a name by its shape.
_PEOPLE_LIST = re.compile(
    r"\b(?i:attendees|participants|guests|invitees|speakers|panell?ists|members|people|reviewers|"
    r"approvers|assignees|owners|recipients|teilnehmer(?:innen)?|teilnehmende|participantes|asistentes|"
    r"invitados|partecipanti|invitati|deelnemers|genodigden|uczestnicy|deltagare|deltakere|deltagere|"
    r"osallistujat)[ \t]*[:\uff1a][ \t]*(?P<list>[^\n]+)"
)
_LIST_ITEM = re.compile(rf"(?:^|(?<=[;,&])|(?<= and ))[ \t]*(?P<value>{_FULL})[ \t]*(?=[;,&]|and |$)")
#: A chat line's one-word speaker after a time stamp further along the line: "... [09:15] Tobi: klar".
_STAMPED_SPEAKER = re.compile(rf"(?<=\s)\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*(?P<value>{_UP}{_LOW}+):\s")
#: A markdown table's cell that is two or three capitalised words: "| Oluwaseun Adebayo | PM |".
_TABLE_CELL = re.compile(rf"(?<=\|)[ \t]*(?P<value>{_WORD}(?:[ \t]+{_WORD}){{1,2}})[ \t]*(?=\|)")
#: A payment app names who paid or asked: "Venmo: Calla Price paid you $42".
_PAID_VERB = r"[ \t]+(?:paid|sent|requested|charged)[ \t]+(?:you|u)\b"
_PAID = re.compile(rf"(?P<value>{_FULL}){_PAID_VERB}")
#: A surname after initials, where a word before leads to a person: "Review for S. Abernathy-Cole",
#: "name on card P. Hollingsworth".
_INITIALLED = re.compile(rf"(?<![\w.])(?P<value>(?:{_UP}\.[ \t]?){{1,2}}{_WORD})(?![\w'\u2019\-]|\.\w)")
#: A passport's machine-readable line: "P<UTOSURNAME<<GIVEN<NAMES<<<<": document code, issuing
#: state, then the surname and the given names, "<" for a space.
_MRZ = re.compile(
    r"(?:^|(?<=\s))[PIACV][A-Z<][A-Z<]{3}"
    r"(?P<surname>[A-Z]+(?:<[A-Z]+)*)<<(?P<given>[A-Z]+(?:<[A-Z]+)*)<*[ \t]*$",
    re.M,
)
#: An identity card's zone's third line, under its line of dates (ICAO 9303, TD1): the surname
#: and the given names, "<" for a space ("SCHAEFER<<TOBIAS<<<<<<<<<<<<<<").
_MRZ_CARD = re.compile(
    rf"^{national_ids.TD1_DATES_LINE}\n"
    r"[ \t]*(?P<surname>[A-Z]+(?:<[A-Z]+)*)<<(?P<given>[A-Z]+(?:<[A-Z]+)*)<*[ \t]*$",
    re.M,
)
#: A device or a cloud resource named after its user's login: "laptop-mkowalski",
#: "nic-ebrennan-dev", "vm-jdoe-01".
_DEVICE_NAME = re.compile(r"(?<![\w.\-])(?P<value>[a-z0-9]+(?:-[a-z0-9]+)+)(?![\w\-])")
_DEVICE_WORDS = frozenset(
    """
    laptop desktop pc mbp macbook notebook nb ws workstation vm nic disk phone ipad tablet
    mac win host dev box
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A nickname quoted between a name's words: "Tomasz 'tkoz' Kozłowski", 'Jo "JJ" Okoro'.
_NICKNAME = r"[ \t]+['\"\u2018\u201c][\w.\-]{2,20}['\"\u2019\u201d][ \t]+"
_NICKNAMED = re.compile(rf"(?P<value>(?P<first>{_WORD}){_NICKNAME}{_WORD})")
#: What the two rules above need on the screen before they try a name at every capital.
_PAID_OR_NICKNAME = re.compile(rf"{_PAID_VERB}|{_NICKNAME}")
#: A Russian, Ukrainian or Belarusian name with its patronymic: "Ангелина Викторовна Белоусова",
#: in any case the sentence puts it ("Передать Ивану Сергеевичу", "у Анны Петровны"), not a
#: place named after someone ("університет імені Юрія Федьковича", whose name is his surname).
#: A surname before it counts when it ends as surnames do ("Кузнецова Светлана Павловна", as
#: registers write it; "Передать Ивану Сергеевичу" keeps its verb out).
_PATRONYMIC_NAME = re.compile(
    r"(?<!\w)(?<!імені )(?<!имени )(?<!им\. )(?P<value>"
    r"(?:[А-ЯЁІЇЄ][а-яёіїє]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ых|их|ян)"
    r"(?:-[А-ЯЁІЇЄ][а-яёіїє]+)?[ \t]+)?[А-ЯЁІЇЄ][а-яёіїє]+[ \t]+[А-ЯЁІЇЄ][а-яёіїє]+"
    r"(?:(?:ович|евич|ьич|ич)(?:а|у|ем|е)?|(?:овн|евн|ичн|івн|ївн)(?:а|ы|і|е|у|ой|ою)|інічна)"
    r"(?:[ \t]+[А-ЯЁІЇЄ][а-яёіїє]+)?)(?!\w)"
)
#: A Kazakh, Kyrgyz, Uzbek or Azerbaijani name with its patronymic, "daughter of" or "son of"
#: glued to the father's name or after it: "Айгерім Сейітқызы", "Ерлан Нұрланұлы", "Айгерим
#: Нурлан кызы", "Dilnoza Rustam qizi", "Rəşad Vaqif oğlu" (Turkish "-oğlu" is a surname's end).
_TURKIC_PATRONYMIC_NAME = re.compile(
    r"(?<!\w)(?P<value>(?:[А-ЯЁӘҒҚҢӨҰҮҺІЎ][а-яёәғқңөұүһіў]+[ \t]+[А-ЯЁӘҒҚҢӨҰҮҺІЎ][а-яёәғқңөұүһіў]+"
    r"(?:[ \t]?(?:қызы|кызы|гызы|қизи|кизи)|(?:ұлы|улы|уулу|ўғли|угли)|[ \t](?:ұлы|улы|уулу|ўғли|оглы))"
    r"|[A-ZÇƏĞIİÖŞÜ][a-zçəğıöşü]+[ \t]+[A-ZÇƏĞIİÖŞÜ][a-zçəğıöşü]+"
    r"[ \t]?(?:qızı|qizi|kyzy|uulu|o[ʻ'‘’]g[ʻ'‘’]li|oğlu(?=[ \t]+[A-ZƏÇĞİÖŞÜ])))"
    # (the family name may follow: "Rəşad Vaqif oğlu Əliyev")
    r"(?:[ \t]+[A-ZÇƏĞIİÖŞÜА-ЯЁӘҒҚҢӨҰҮҺІЎ][a-zçəğıöşüа-яёәғқңөұүһіў]+)?)(?!\w)"
)
#: An Armenian or a Georgian name by its surname's ending, which the languages' other words
#: rarely share: Armenian's "-յան" ("Դավիթ Սարգսյան"), Georgian's "-შვილი" and "-ძე" ("ნინო
#: ბერიძე", "ლაშა გელაშვილი"), Mingrelian "-ავა" and "-უა"; Georgian's "-ანი" and "-ია" are
#: common nouns' endings too ("კარგი ადამიანი"), so they count alone on a list's line or a
#: row's first cell ("- თამარ ჩიქოვანი — ...").
_SURNAME_ENDING_NAME = re.compile(
    r"(?<![\w\u0531-\u0587])(?P<value>[\u0531-\u0556][\u0561-\u0587]+[ \t]+[\u0531-\u0556][\u0561-\u0587]+"
    r"(?:յան|յանց))(?![\u0561-\u0587])"
    r"|(?<![\u10d0-\u10ff])(?P<ka>[\u10d0-\u10fa]{2,}[ \t]+[\u10d0-\u10fa]{2,}(?:შვილი|ძე|ავა|უა))"
    r"(?![\u10d0-\u10ff])"
    r"|^[ \t]*(?:[-*•][ \t]+|\d{1,3}[.)][ \t]+)?"
    r"(?P<listed>[\u10d0-\u10fa]{2,}[ \t]+[\u10d0-\u10fa]{2,}(?:ანი|ია))"
    r"(?=[ \t]*(?:[-–—,:|\t]|$)|[ \t]{2})",
    re.MULTILINE,
)
#: Two capitalised words, a given name and a surname perhaps double-barrelled.
_CAPITALISED_PAIR = re.compile(
    rf"(?<!\w)(?P<first>{_UP}{_LOW}+)[ \t]+(?P<last>{_UP}{_LOW}+(?:-{_UP}{_LOW}+)?)(?![\w-])"
)
#: A US driver licence's "LN" (last name) and "FN" (first name) fields, on one line or two
#: ("LN NAKAMURA" then "FN KAI HIROSHI"), and a British tax form's "Surname WOJCIK   Forenames
#: BEATA".
_LICENCE_NAME = re.compile(
    r"\b(?:LN|Surname)[ \t]+(?P<ln>[A-Z][A-Z'\-]+)[ \t]*\n?[ \t]*(?:FN|Forenames?)[ \t]+"
    r"(?P<fn>[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+)?)\b"
)
#: An e-mail address spells its owner's name ("nadia.benali@..."): the same word capitalised on
#: its line is that person's name ("Écrire à Nadia").
_EMAIL_LOCAL = re.compile(r"(?<![\w.+-])(?P<local>[a-z][a-z.\-_]{2,40})@[\w-]+\.")
#: Finnish puts whom one calls, asks or tells in a case of its own: "Soita Villelle" (call
#: Ville), "Kysy Annalta" (ask Anna), "Kerro Mikolle".
_FI_ADDRESSED = re.compile(
    rf"(?<!\w)(?i:soita|soittakaa|kysy|kysykää|kerro|kertokaa|ilmoita|lähetä|vastaa)[ \t]+"
    rf"(?P<value>(?P<stem>{_UP}{_LOW}+?)(?:lle|lta|ltä|lla|llä))(?!\w)"
)
#: A name signed at the end of a message, after its last sentence: "... is attached. Tobias",
#: or after a dash or a slash: "... the old one is wrong. — Harriet", "... kl. 13. /Maja" (not a
#: dash alone: "Now playing: Bohemian Rhapsody — Queen").
_SIGNED_AT_END = re.compile(
    rf"[.!?](?:[ \t]+|[ \t]*[\u2014\u2013/-][ \t]*)(?P<value>{_UP}{_LOW}+)[ \t]*$", re.MULTILINE
)
#: A login is a person's: "[10:42] kasia_w: ..." (a chat's nick after its time stamp), "lwaithera
#: (Lucy Waithera)" (a login before the name it is for), "(@nhaddad)" (a handle in parentheses),
#: "@sakura_tanaka", "@tsegaye-w" (a handle with digits, an underscore, a hyphen or a dot, not a
#: decorator alone on its line nor a package's scope, "@angular-devkit/core"),
#: "https://mkaur:...@host" (the user of a URL with a password).
_LOGINS = re.compile(
    rf"^\[[^\]\n]{{0,20}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s*(?P<nick>[a-z][\w.\-]{{1,30}}):\s"
    rf"|(?<![\w.@/])(?P<login>[a-z][a-z0-9._\-]{{2,30}})\s+\((?=(?P<owner>{_FULL})\))"
    r"|\(@(?P<paren>[\w.\-]{2,30})\)"
    r"|(?<![\w.@/•*…])@(?P<handle>[a-z][a-z0-9]*(?:_[a-z0-9_]+|\d+[a-z0-9_]*|(?:[\-.][a-z0-9]+)+))(?![\w.(/@\-])"
    r"|\b[a-z][a-z0-9+.\-]*://(?P<url>[^\s:/@]+):[^\s/@]+@",
    re.MULTILINE,
)
#: A login after its owner's name, in brackets: "triggered by Ollie Baptiste (obaptiste)".
_OWNER_LOGIN = re.compile(rf"(?P<owner>{_FULL})[ \t]+\((?P<login>[a-z][a-z0-9._\-]{{2,30}})\)")
#: An account in a log line by the event it names: sshd's "Accepted publickey for X from",
#: "Failed password for X from 203.0.113.9", a cloud's "IAM user X created", "Password reset
#: for X requested", a Windows, LDAP or VPN account in its own notation. System accounts are
#: left out below.
_LOG_ACCOUNT = re.compile(
    r"\b(?i:(?:accepted|failed) (?:publickey|password|keyboard-interactive(?:/pam)?|none)|"
    r"authentication failure|session (?:opened|closed)|password (?:reset|change|changed)|"
    r"reset password|account (?:locked|unlocked|disabled)|mfa (?:reset|enrolled))"
    r"[ \t]+(?i:for|of)[ \t]+(?:(?i:user)[ \t]+)?(?P<value>[a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w@])"
    r"|\b(?i:iam|aws|azure ad|entra|okta|ldap|ad) (?i:user)[ \t]+"
    r"(?P<cloud>[a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w@])"
    r"|\bfor[ \t]+(?P<from_ip>[a-z][a-z0-9._\-]{1,30}[a-z0-9])[ \t]+from[ \t]+\d{1,3}\.\d{1,3}\.\d"
    r"|\((?i:user)[ \t]+(?P<paren>[a-z][a-z0-9._\-]{1,30}[a-z0-9]?)\)"
    # a Windows account "CORP\a.vasquez", an LDAP filter's "(uid=pmwangi)", OpenVPN's
    # "okafor.c/86.21.144.203:60123" (the user before the address they connect from)
    # (not a registry hive's key, "HKLM\software", a folder in a path, "SHARE\docs\x", nor an
    # escape, "XY\x07": three letters at least)
    r"|(?<![\w\\])(?!HK(?:LM|CU|CR|CC|U)\\)[A-Z][A-Z0-9\-]{1,14}\\"
    r"(?P<domain>(?=(?:[0-9._\-]*[a-z]){3})[a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w@\\])"
    r"|\b(?i:uid|samaccountname|userprincipalname)=(?P<uid>[a-z][a-z0-9._\-]{1,30}[a-z0-9])(?![\w@])"
    r"|(?<![\w./])(?P<vpn>[a-z][a-z0-9._\-]{1,30}[a-z0-9])/\d{1,3}(?:\.\d{1,3}){3}:\d{2,5}\b"
)
#: A login after a word that says whose account it is, in any language: "Logged in as
#: mwashington-admin", "# as user tkowalski", "for account 'lbauer'", "(owner s.haddad)",
#: "Triggered by: r.chandra", "Users \u203a lmcgregor", "his login dvolkonsky", "Zaloguj się jako
#: k.nowak". An account word (user, account, login, owner, a breadcrumb's "Users \u203a", a
#: sign-in's "angemeldet als", a record's "merged by") is cue enough for a login that holds a
#: name; a preposition ("as", "for", "by", "jako", "als") only for one in a login's shape (parts
#: joined by "." "_" "-") or quoted. Tried at every word (a lookahead), so "login as 'x'" is
#: read from "as" when "login" leads to no login.
_CUED_LOGIN = re.compile(
    r"\b(?=(?:(?P<account>(?i:user|account|login|owner|users?[ \t]*[›>»]|"
    # signed in as someone, in the languages that say it: "Angemeldet als kwagner"
    r"(?:logged|signed) (?:in|on) as|(?:angemeldet|eingeloggt) als|connecté(?:e)? (?:en tant que|comme)|"
    r"sesión (?:iniciada )?como|(?:ingelogd|aangemeld) als|zalogowan[yao]? jako|zaloguj się jako|"
    r"(?:accesso effettuato|connesso) come|conectado como|(?:inloggad|inloggade) som|logget (?:inn|ind) som|"
    # who did something to a record: "merged by rbanerjee", "Created by dkoval", "Reviewed-by:"
    r"(?:created|merged|opened|closed|approved|reviewed|updated|modified|edited|deleted|pushed|"
    r"committed|triggered|started|requested|assigned|reported|uploaded|shared|invited|added|removed)[ \-]by"
    # whom mail or a task goes to: "forward mail to j.ellis", "reassigned to okeefe"
    r"|(?:forward(?:ed)?|mail|e-?mail|send|sent|cc|bcc|(?:re)?assign(?:ed)?|escalated?|handed over) to))"
    r"|(?i:as|for|by|als|jako|comme|como|come|som|für|pour|para|per|von|par|por|przez|door|voor))"
    r"[ \t]*:?[ \t]+(?P<quote>['\"\u2018\u201c])?(?P<value>[a-z][a-z0-9]*(?:[._\-][a-z0-9]+){0,3})"
    r"(?(quote)['\"\u2019\u201d])(?![\w@(]|[.\-]\w))"
)
#: "by" before a login, in the languages `_CUED_LOGIN` reads it in.
_AFTER_BY = re.compile(r"(?i)\b(?:by|von|par|por|przez|door)[ \t]+$")
#: A file's name is no login: "as per policy.doc", "for notes.txt".
_FILE_NAME = re.compile(
    r"\.(?:docx?|pdf|txt|csv|xlsx?|pptx?|odt|json|ya?ml|xml|html?|md|py|js|ts|sh|log|zip|png|jpe?g|gif|"
    r"conf|cfg|ini|sql|bak|tmp)$"
)
#: What a form or a manual writes where a login goes: "Password for 'username'".
_PLACEHOLDER_LOGINS = frozenset({"username", "user_name", "yourname", "your_name", "login", "email", "name"})
#: Surname endings a login keeps when the lists lack the surname: "mkowalczyk", "dvolkonsky".
_LOGIN_SURNAME_END = re.compile(r"(?:czyk|wicz|vich|sk[iay]|skiy|enko|ovic|evic)$")
#: "@hfitzgerald pushed 3 commits", "opened by @lfernandes": a one-word handle with text beside
#: it on its line ("@property" or "@dataclass" stands alone on its line).
_PLAIN_HANDLE = re.compile(r"(?<![\w.@/])@(?P<value>[a-z][a-z0-9]{3,30})(?![\w.(@/\-])")


def decorator(text: str, start: int, end: int) -> bool:
    """Whether the "@word" at text[start:end] stands alone on its line, as a decorator does."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()
    )


#: Doc-comment tags and chat-wide mentions written like a handle: "@param name the name".
_NOT_A_HANDLE = frozenset(
    """
    param params return returns throws throw author since see version link deprecated override
    property inject test before after mock patch here channel everyone all team example babel
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: CSS's at-rules, which take a handle's shape: "@font-face", "@counter-style".
_CSS_AT_RULES = frozenset({"font-face", "counter-style", "font-feature-values", "font-palette-values"})


def at_rule(word: str) -> bool:
    """Whether "@word" is a style sheet's rule or a doc comment's tag, not a handle."""
    return word.lower() in _CSS_AT_RULES or word.lower() in _NOT_A_HANDLE


def _plain_login(login: str) -> bool:
    """A login of one word is a person's when it is a first name or an initial before a name
    ("lmcgregor", "mkowalczyk"); a word the lists know only as a surname is as often an everyday
    word ("user guide", "account holder")."""
    return len(login) > 3 and (login in first_names() or initial_and_surname(login))


def initial_and_surname(login: str) -> bool:
    """ "lmcgregor", "dvolkonsky": an initial glued to a known name or a Slavic surname's ending.
    Six letters at least: a short word less its first letter is too often a name ("range",
    "space")."""
    return len(login) > 5 and (
        (known_name(login[1:]) and not known_name(login)) or _LOGIN_SURNAME_END.search(login) is not None
    )


_INITIAL_DOT_WORD = re.compile(r"[a-z]\.(?P<word>[a-z]{4,})")
#: What a person does to a record, before "by" and their login: an unlisted surname after an
#: initial is a login there, not a program's attribute ("sorted by x.items").
_DONE_BY = re.compile(
    r"(?i)\b(?:changed|created|acknowledged|approved|exported|updated|modified|signed|entered|set|"
    r"reviewed|dispensed|administered|given|verified|edited|deleted|added|removed|uploaded|shared|"
    r"assigned|closed|opened|submitted|requested|authori[sz]ed|cancell?ed|completed|accepted|rejected|"
    r"witnessed|checked|scanned|printed|viewed|accessed|reset|unlocked|locked|initiated|logged|"
    r"recorded|documented|performed|confirmed|overridden|silenced|muted|discharged|admitted|"
    r"transferred|reported|raised|escalated|resolved|restarted|triggered|run|started|stopped|paused)"
    r"\b[^\n]{0,30}?\bby[ \t]+$"
)


def _initial_and_unlisted_surname(login: str) -> bool:
    """An initial, a dot and a word that is no everyday or technical one ("n.mbeki", not
    "x.items")."""
    m = _INITIAL_DOT_WORD.fullmatch(login)
    return m is not None and m.group("word") not in _COMMON_WORDS | _NOT_PEOPLE | _NOT_A_LOGIN


def person_login_shape(login: str) -> bool:
    """first.last or initial.last ("wolfgang.reiter", "k.nowak"), or a login of its own with a
    suffix ("mwashington-admin"); not a compound ("stand-alone", "third-party"), a module or a
    host ("regex.sub", "pypi.org")."""
    if "." not in login and "_" not in login:
        # one word alone is as often English ("as events", "for memory": "vents", "emory")
        return "-" in login and any(initial_and_surname(part) for part in login.split("-"))
    parts = re.split(r"[._]", login)
    if len(parts) not in (2, 3) or not all(p.isalpha() for p in parts):
        return False
    first, last = parts[0], parts[-1]
    if len(first) <= 2:
        return known_name(last) or slavic_surname(last)
    return first in first_names() and len(last) > 1


_AUTH_LINE = re.compile(r"(?i)sshd|ssh2?\b|auth|login|logon|pam_|password|publickey|session|sign-?in")
#: A known first name right after a word that answers or welcomes someone: "Welcome back,
#: Amara!", "Sure thing Tobias, ...", "Thanks Ines.", "No worries Kenji —".
_ANSWERED = re.compile(
    rf"\b(?i:welcome back|welcome|sure thing|sure|thanks|thank you|cheers|ok|okay|got it|no worries|"
    # thanks with a few words between, in the languages the lists cover: "Thanks a ton, Anneke!",
    # "Muito obrigado, Joana!", "Danke dir, Friederike!", "Merci beaucoup Hélène !"
    rf"(?:thanks|thank you|thx|cheers|much appreciated|merci|danke|dank|gracias|grazie|obrigad[oa]|bedankt|"
    rf"dzięki|dziękuję|tack|takk|kiitos|teşekkürler)(?:[ \t]+[a-zà-ÿ]+){{0,3}}?,?|many thanks|"
    rf"sounds good|of course|happy birthday|congrats|congratulations|good luck|bye|see you)"
    rf"[,!]?[ \t]+(?P<value>{_WORD})(?=[ \t]*[,!.?;:\u2014-]|[ \t]*$)",
    re.MULTILINE,
)
#: A Hungarian name, family name first ("Szabó Réka", "Tóth Gábor"), with a married woman's
#: "-né" on her husband's name ("Kovács Péterné") or on his family name before her own
#: ("Kovácsné Szabó Erika").
_HUNGARIAN_NAME = re.compile(
    rf"(?<![\w-])(?P<value>(?:{_UP}{_LOW}+né[ \t]+)?(?P<family>{_UP}{_LOW}+)[ \t]+"
    rf"(?P<given>{_UP}{_LOW}+?)(?:né)?)(?![\w-])"
)
#: Letters Hungarian writes, one of which a Hungarian name holds (not "ö" and "ü" alone, which
#: Turkish and German write too: "Türk Hava Yolları").
_HUNGARIAN_LETTERS = re.compile(r"[áéíóőúű]")
#: Two capitalised words, a Slavic first name and surname in a case (`declined_full_name`).
_DECLINED_PAIR = re.compile(
    rf"(?<![\w-])(?P<first>{_UP}{_LOW}+)[ \t]+(?P<last>{_UP}{_LOW}+(?:-{_UP}{_LOW}+)?)(?![\w-])"
)
#: A signature under its "-- " separator: the first line after it names the sender
#: ("-- \nOla Nordmann | +47 ...").
_SIGNATURE = re.compile(rf"(?m)^--[ \t]?\n[ \t]*(?P<value>{_FULL})[ \t]*(?=[|,\u00b7\u2022\n]|$)")
#: Someone's life told with a personal event before the name: "Born in Cork, Declan moved to
#: Boston", "After school in Lagos, Tunde joined ...".
_LIFE = re.compile(
    rf"\b(?i:born|raised|grew up)\b[^\n]{{0,40}}?,[ \t]+(?P<value>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+"
    r"(?:moved|grew|studied|worked|joined|went|lived|became|started|left|met|married|trained)\b"
)
#: A Chinese name a chat or a task addresses: "张伟" before a full-width colon and a greeting
#: ("你好"), "Ping 李伟 about ...".
_CJK_ADDRESSED = re.compile(
    r"(?m)^[ \t]*(?P<speaker>[\u4e00-\u9fff]{2,4})[ \t]*[:\uff1a][ \t]*(?:你好|您好|嗨|早上好|晚上好|谢谢)"
    r"|\b(?i:ping|ask|call|tell|remind|email|message|cc|thank|thanks|meet)[ \t]+"
    r"(?P<object>[\u4e00-\u9fff]{2,4})(?=[ \t]+[a-z]|[ \t]*[,.!?\uff0c]|$)"
)
#: The hundred commonest Chinese family names, and compound ones, written by hand from general
#: knowledge: a bare two-to-four-character word is a name only when it starts with one ("备注",
#: a note's label, does not).
_CN_FAMILY = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤"
)
_CN_COMPOUND_FAMILY = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")
#: A Chinese family name before a title or a form of address ("王经理", "张老师", "黄先生"), a
#: post's head ("李船长", "周院长") or the boss's short "总" ("张总会来"; not "总结", a summary).
_CN_TITLED = re.compile(
    rf"(?P<value>[{''.join(sorted(_CN_FAMILY))}])(?:经理|老师|医生|主任|先生|女士|小姐|总监|教授|律师|师傅|阿姨|叔叔|"
    r"船长|队长|院长|校长|局长|处长|科长|部长|店长|厂长|组长|护士|大夫|警官|总(?![结部共计数体额统之而]))"
)

#: A person called by a family name in a Chinese chat: "老刘" (old Liu), "小刘" (young Liu),
#: "王姐" (sister Wang), "周哥" (brother Zhou). Only the family names that are no everyday
#: word after 老 or 小 ("小白" is a newcomer, "小于" less than), and not before a word they
#: start ("小王子" the Little Prince, "老陈醋" vinegar, "姐妹" sisters, "哥们" buddies).
_CN_NICKNAME = re.compile(
    r"(?P<value>[老小][王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾](?![子历醋鸭车牛同瓜])"
    rf"|[{''.join(sorted(_CN_FAMILY))}](?:姐|哥)(?![妹弟们儿]))"
)


def chinese_name(word: str) -> bool:
    """Two or three characters after a common family name, or a compound family name's four;
    not a weekday that starts as one does ("周一", Monday, as "周" Zhou)."""
    return (len(word) in (2, 3) and word[0] in _CN_FAMILY and not _CN_WEEKDAY.fullmatch(word)) or (
        len(word) in (3, 4) and word.startswith(_CN_COMPOUND_FAMILY)
    )


#: "Week one" to "week seven", the weekend and "week day": a rota's first column.
_CN_WEEKDAY = re.compile(r"周[一二三四五六日天末]|周[一二三四五六日天]?[班末]")


#: What follows a login label on a screen that is no account: "Username: required".
_NOT_A_LOGIN = frozenset(
    """
    required optional invalid unknown empty missing anonymous erforderlich obligatoire
    obligatorio obbligatorio verplicht wymagane zorunlu obrigatório
    same see ask name names or and
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Accounts every system has: no person's.
_SYSTEM_LOGINS = frozenset(
    """
    root admin administrator postgres mysql sa guest user test ubuntu ec2-user git deploy
    service app www-data jenkins oauth2 x-access-token token api bot system
    ansible terraform gitlab-runner runner ci backup nagios zabbix prometheus grafana
    pi vagrant centos debian fedora oracle nobody daemon
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A home folder is named after its account, and so after its person: "/home/jdoe/...",
#: "C:\\Users\\a.okafor\\Desktop", "/Users/mkim". Folders every machine has are not a person.
_HOME_FOLDER = re.compile(
    r"(?:(?<![\w.])/home/|(?<![\w.])/Users/|\b[A-Za-z]:\\{1,2}(?i:Users|Documents and Settings)\\{1,2}"
    # a file server's share of home folders: "\\\\fs02\\home\\kpetrovic\\Documents"
    r"|\\\\[\w.$\-]+\\(?i:home|homes|users)\\)"
    # (a PowerShell prompt ends its folder with ">": "PS C:\\Users\\akhanna>")
    r"(?P<value>[\w][\w.\-]{0,40})(?=[/\\\s\"':>]|$)",
    re.MULTILINE,
)
_SHARED_HOMES = frozenset(
    {"public", "default", "default user", "all users", "shared", "guest", "root", "admin", "user", "ubuntu"}
    # a shared desk's or a shop's machine, logged into by whoever works there ("C:\\Users\\reception>")
    | {"reception", "frontdesk", "front-desk", "office", "staff", "kiosk", "till", "pos", "lab", "scanner"}
)
#: A shared folder's or a system account's home ("/home/deploy", "/home/ubuntu"): no one's.
_NOBODYS_HOMES = _SHARED_HOMES | _SYSTEM_LOGINS
#: What follows a capitalised pair that makes it a thing's name, not a person's: a building
#: or prize named after someone ("the Marie Curie building"), a title ("Harry Potter and the
#: Goblet of Fire"), a match ("Chelsea vs Arsenal").
_THING_WORDS = (
    "building|hall|house|wing|room|prize|award|medal|lecture|fellowship|scholarship|institute|"
    "foundation|centre|center|museum|school|college|hospital|library|theatre|theater|palace|"
    "temple|statue|bridge|street|square|park|station|airport|collection|effect|hospice|alliance|"
    "trophy|memorial|project|admission|lab|laboratory|car park|gallery|auditorium|pavilion|stadium|"
    "arena|annexe|primary|campus|suite|corps|juniors|rovers|wanderers|"
    # a show's cups and shields named after their donors: "the Percy Thrower Cup", "Ena Bryant Shield"
    "cup|shield|bowl|"
    # a sole trader's business named after its owner: "Sophie Martin Photography", "Juan Pérez
    # Reformas", "Kiss János Fotóstúdió"
    "photography|photographie|fotografie|fotograf[ií]a|fotostudio|fot[óo]st[úu]di[óo]|studios|weddings|"
    "catering|interiors|designs|reformas|fontaner[ií]a|malerbetrieb|friseur|hair|barbers|tutoring|"
    "coaching|translations|cleaning|plumbing|electrical|decorating|landscaping|joinery|roofing"
)
_NAMED_THING_AFTER = re.compile(rf"[ \t]+(?:(?i:{_THING_WORDS})\b|(?:and|&) the {_UP}|vs\.?(?!\w)|v\.)")
_THING_WORD = re.compile(rf"(?i:{_THING_WORDS})")
#: A room or a hall that languages join to the name it is named after with a hyphen, in small
#: letters: "Johan Cruijff-zaal", "Anne Frank-kamer", "Olof Palme-salen", "Aletta Jacobs-lounge".
_HYPHENED_ROOM = re.compile(
    r"-(?:zaal|zaaltje|kamer|lounge|saal|raum|zimmer|halle|sala|salle|salon|room|hall|salen|sal|"
    r"rummet|huone|sali|terem|aula|auditorium|studio)(?![\w-])"
)
#: "Name joined the channel", "Name reacted with", "Name said".
_ACTOR = re.compile(
    # (not a pronoun quoting someone: "He wrote:", "She said")
    r"^(?!(?:He|She|It|We|You|They|Someone|Somebody|Everyone|Nobody|Anyone|Er|Sie|Es|Il|Elle|On)\s)"
    rf"(?P<value>{_FULL})\s+(?:joined|left|reacted|said|wrote|has joined|schrieb|a écrit)\b",
    re.MULTILINE,
)
#: "Approved by K. Lindqvist", "assigned to Ana Ruiz": who did or got something, with no colon.
_BY = re.compile(
    rf"\b(?:(?i:approved|assigned|reviewed|signed|reported|submitted|requested|prepared|"
    rf"authored|escalated|reassigned|handed over|acknowledged|witnessed|countersigned|verified|"
    rf"administered|dispensed|triaged) (?i:by|to)"
    # who collected, booked, fitted or reviewed it, as a shop's, a hotel's or a trade's record
    # writes it ("Collected by: R. Oyelaran", "Review by Sophie")
    rf"|(?i:collected|picked up|booked|reserved|signed for|inspected|serviced|repaired|fitted|"
    rf"installed|quoted|cleaned|review|posted) (?i:by)[ \t]*:?"
    # signed for, in the languages a delivery's proof says it: "firmato Bianchi", "signé par ..."
    rf"|(?i:firmato(?: da)?|firmado(?: por)?|sign[ée] par|unterschrieben von|unterzeichnet von"
    rf"|podpisa[łn][ao]?(?: przez)?|ondertekend door))\s+(?P<value>{_FULL})"
)
#: A name with its birth date or age in brackets after it: "re: Kai (DOB 02/03/2015)", "Lars
#: (aged 67)", "Ewa (ur. 1990)"; with an age or a year, a name the lists know.
_WITH_BIRTH = re.compile(
    rf"(?<![\w.@/-])(?P<value>{_FULL})[ \t]*\((?i:(?P<dob>dob|d\.o\.b\.?)|born|b\.|aged?|geb\.?|n[ée]e?|"
    r"nac\.|nascid[oa]|ur\.|род\.|\d{1,3} ?(?:y(?:rs?|ears?)?|j(?:ahre)?|ans|años|anos|lat)\b)"
)
#: A role or relationship that is a person's, with no colon: "attn. Chidi Okafor", "c/o Ana
#: Ruiz", "z. Hd. Frau Berg", "her brother Caleb", "mi hermana Lucía", "meine Schwester Jana".
RELATION = (
    r"brother|sister|mother|father|mum|mom|dad|son|daughter|wife|husband|partner|fianc[ée]e?|"
    r"girlfriend|boyfriend|friend|cousin|uncle|aunt|grandma|grandpa|grandmother|grandfather|"
    r"neighbou?r|colleague|flatmate|roommate|bruder|schwester|mutter|vater|sohn|tochter|frau|mann|"
    r"freundin|freund|kollegin|kollege|frère|sœur|soeur|mère|père|fils|fille|femme|mari|copine|"
    r"copain|hermano|hermana|madre|padre|hijo|hija|esposa|esposo|marido|amigo|amiga|fratello|"
    r"sorella|moglie|marito|amico|amica|broer|zus|moeder|vader|zoon|dochter|vrouw|brat|siostra|"
    r"mama|tata|syn|córka|żona|mąż|"
    # the Nordic, Portuguese and Romanian children and siblings: "er dotter Alva", "a filha Inês"
    r"dotter|datter|sønn|søn|bror|syster|søster|filho|filha|fiul|fiica|"
    # the people who work for a household: "your cleaner Joy", "her carer Sunny"
    r"cleaner|carer|nanny|babysitter|childminder|tutor|driver|nurse|midwife|therapist|physio|"
    r"trainer|coach|dog walker|gardener|housekeeper|cleaning lady|"
    # and the gig apps' people: "Your rider Kwabena", "your Tasker Esperanza G."
    r"rider|courier|shopper|tasker|host|dasher|walker|sitter|helper|handyman"
)
_ROLE_CUED = re.compile(
    rf"(?:\b(?i:attn\.?|attention|c/o|z\.\s?hd\.?|zu händen(?: von)?|à l'attention de|a/a|t\.a\.v\.?)"
    rf"|\b(?i:my|her|his|their|our|your|mein|meine|meinem|meiner|ihr|ihre|sein|seine|mon|ma|sa|son|"
    rf"mi|su|mio|mia|suo|sua|mijn|haar|zijn|mój|moja|jej|jego|"
    # (the Nordic and Portuguese ones: "er dotter Alva", "a minha filha Inês")
    rf"min|mitt|din|ditt|er|ert|hans|hennes|hendes|vår|deres|meu|minha|seu|teu|tua|nosso|nossa)"
    rf"[ \t]+(?i:{RELATION})[ \t]*,?"
    # someone's relative named after a comma: "lift with Hunter's dad, Mark Delacroix-Bain"
    rf"|\b{_UP}{_LOW}+['\u2019]s[ \t]+(?i:{RELATION})[ \t]*,)"
    rf"[ \t]+(?P<value>(?:{_HONORIFIC}\.?\s+)?{_FULL})"
)
#: A person's role in a case, a form or a transaction, with no colon, before their full name:
#: "Candidate Ezinne Obi-Ward", "cardholder Prudence Nakamura-Lee", "witnessed by agent R.
#: Castellanos". The name must be two words or more, or an initial and a surname, and the lists
#: must know one of its words (`_role_named`): "Customer Service Team" names a desk.
_ROLE_NAMED = re.compile(
    r"\b(?i:candidate|applicant|claimant|cardholder|card holder|account holder|policyholder|tenant|"
    r"landlord|beneficiary|payee|payer|passenger|student|pupil|witness|agent|officer|caller|"
    r"insured|deceased|defendant|plaintiff|petitioner|respondent|debtor|borrower|guarantor|"
    r"testator|notary|sworn by|signed by|by)"
    rf" (?P<value>{_FULL})"
)
#: A person with their age, as dating profiles and class lists write them: "Sam, 31 ·
#: Product designer", "Lily, 7 · Year 2".
_NAME_AND_AGE = re.compile(
    # at a line's start, after a dot or a bar, or after the app's name ("Bumble: Chidi, 29")
    rf"(?:^(?:[A-Z][\w ]{{1,15}}:[ \t]+)?|(?<=[\u00b7|\u2022])[ \t]*)(?P<value>{_UP}{_LOW}+),[ \t]*\d{{1,2}}"
    r"(?=[ \t]*(?:[\u00b7|\u2022,]|$))",
    re.MULTILINE,
)
#: The name a booking, a card or an account is in, as a customer writes it in a message, in any
#: case and with initials: "name on card D R Whitfield", "name on booking is grace mutua", "name
#: on the account is E. de Jong-Visser btw". Its words end at punctuation or an everyday word.
_NAME_ON = re.compile(
    r"(?i:\bname on (?:the |my |your )?(?:card|booking|reservation|account|ticket|policy|passport|licen[cs]e|"
    r"invoice|order))(?:[ \t]+(?i:is|was|should be)|[ \t]*[:\-\u2013])?[ \t]+"
    r"(?P<value>(?:[^\W\d_]\.?[ \t]+){0,2}[^\W\d_][\w'\u2019\-]*(?:[ \t]+[^\W\d_][\w'\u2019\-]*){0,3})"
)
#: Words after a name on a booking or card that end it, and particles inside it.
_NAME_ON_STOPS = frozenset(
    """
    btw pls please thanks thx and or ok right same mine not the must should will would can could
    need needs has have does do did match matches your my their our his its as on in to for
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_NAME_ON_REMARKS = frozenset(
    """
    wrong right correct incorrect different missing misspelled misspelt spelled spelt blank empty
    invalid still also a an from mine yours his hers theirs ours same changed old new
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_PARTICLE_WORDS = frozenset("de van der von da di le la del bin al".split())  # noqa: SIM905
#: What ends a name on a booking after its first word, and what its first word may not be.
_NAME_ON_ENDS = (_COMMON_WORDS | _NAME_ON_STOPS) - _PARTICLE_WORDS
_NOT_A_NAME_ON = _NOT_PEOPLE | _NAME_ON_STOPS
#: Who is calling, as a phone's screen shows it: "Grace Whitcombe is calling…", "Incoming call
#: from Tomás", "Missed call from Priya Raman".
_CALLING = re.compile(
    rf"(?m)^[ \t]*(?P<value>{_FULL})[ \t]+is calling\b"
    r"|\b(?i:incoming call|missed call|call|voicemail|facetime|whatsapp call)[ \t]+(?i:from)[ \t]+"
    rf"(?P<caller>{_FULL})"
)
#: Who asks for or sends money in a payment app, in the languages those apps write: "Tikkie
#: van Bram", "Sander stuurde je een Tikkie", "Swish från Elin".
_PAYMENT_APP = re.compile(
    r"\b(?:Tikkie|betaalverzoek|MobilePay|Swish|Vipps|Bizum|Venmo|Zelle|PayPal|Revolut|Lydia|MB WAY|Wise)"
    rf"[ \t]+(?:van|from|fra|från|de|von|od)[ \t]+(?P<value>{_FULL})"
    rf"|(?P<sender>{_FULL})[ \t]+"
    r"(?:stuurde je|heeft je|sent you|hat dir|te envió|te enviou|sendte dig|skickade)\b"
)
#: A first name called at a sentence's end: "Great job today, Lily!", "Happy birthday, Grace!".
_CALLED_AT_THE_END = re.compile(rf",[ \t]+(?P<value>{_UP}{_LOW}+)[ \t]*[!?]")
#: A first name called after thanks or wishes, the sentence closed by a full stop too:
#: "Thanks for riding, Hope.", "ok Hope, my number's ...", "Good luck tomorrow, Faith."
_THANKED = re.compile(
    r"(?i:\b(?:thanks|thank you|cheers|well done|congrats|congratulations|good (?:morning|night|luck)|"
    r"welcome|sorry|haha ok|ok|okay|yes|sure|"
    # thanks in the other languages the corpora write ("Asante Wanjiku.", "Danke, Jonas!")
    r"asante|danke|merci|gracias|grazie|obrigad[oa]|bedankt|dank je|dziękuję|dzięki|děkuji|ďakujem|"
    r"köszönöm|mulțumesc|teşekkürler|teşekkür ederim|tack|takk|tak|kiitos|aitäh|ačiū|salamat|terima kasih)\b)"
    r"[^.,!?\n]{0,30},?[ \t]+"
    rf"(?P<value>{_UP}{_LOW}+)[ \t]*[.!?,](?![\w.])"
)
#: Pronouns that "'s" joins to as it joins a name ("He's", "She's").
_PRONOUNS = frozenset({"he", "she", "it", "who", "that", "there", "here", "what", "where"})
#: A preposition right before the word `_THANKED` reads ("Welcome to France!").
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:to|in|at|from|on|into|for)[ \t]+$")
#: Who introduces themselves with where they are from ("Hi it's Grace at Little Acorns",
#: "this is Joy from the surgery"), how a person is called ("his name's Bernard", "everyone calls
#: him Bear"), whom an app matched with the reader ("You and Hunter liked each other"), and
#: who is in a bracket with their age or role ("(Ivy, 6)", "Blessing (carer)", "Sunny (her
#: husband)").
_SAID_TO_BE_A_PERSON = re.compile(
    r"(?i:\b(?:it['\u2019]s|it is|this is)[ \t]+)"
    rf"(?P<value>{_UP}{_LOW}+)(?=[ \t]+(?i:at|from|here)\b)"
    rf"|(?i:\b(?:name['\u2019]s|name is|calls? (?:him|her|me|them)|called))[ \t]+(?P<called>{_UP}{_LOW}+)"
    rf"|\bYou and (?P<matched>{_UP}{_LOW}+)(?=[ \t]+(?:liked each other|matched|are a match|are now))"
    rf"|\((?P<aged>{_UP}{_LOW}+),[ \t]*\d{{1,2}}\)"
    rf"|(?P<role>{_UP}{_LOW}+)(?=[ \t]+\((?i:carer|nanny|cleaner|tutor|babysitter|childminder|au pair|"
    r"driver|mum|dad|mom|grandma|grandpa|nan|coach|teacher|nurse|gardener|dog walker|neighbour|"
    r"neighbor|plumber|electrician|builder|husband|wife|partner|son|daughter|brother|sister)\)"
    rf"|[ \t]*\((?i:her|his|my|our|their) (?i:{RELATION}|hubby|bestie)\))"
)
#: A message signed after a dash at the line's end ("... on the way – Amber", "grab them by 6 –
#: becky x": a sentence of five words before it at least; "Traffic light – Amber" is a value,
#: "Now playing: Bohemian Rhapsody — Queen" a song's artist), or after the closing words of
#: other languages ("lg anke", "Knus Lærke").
_SIGNED_AFTER_WORDS = 5
_SIGNED = re.compile(
    rf"(?m)[ \t][\u2013\u2014-][ \t]+(?:(?P<value>{_UP}{_LOW}+)(?:[ \t]+x+)?"
    rf"|(?P<small>{_LOW}{{3,}})[ \t]+x+)[ \t]*$"
    rf"|(?i:\b(?:lg|glg|vlg|knus|kram|klem|hilsen|groetjes|bisous|besos|baci|beijos|abrazos))[ \t,]+"
    rf"(?P<closed>{_UP}?{_LOW}+)[ \t]*$"
)
#: A first name the lists know before a possessive and a word in small letters: "Lily's form
#: tutor", "Mia's 7th birthday", "Rob's business card".
_POSSESSED = re.compile(rf"(?<![\w@.&'-])(?P<value>{_UP}{_LOW}+)['\u2019]s[ \t]+(?=[a-z0-9])")
#: Whoever a delivery, ride or booking app sends, by their first name, listed or not: "Your
#: driver Oluwadamilare is arriving", "Seu entregador Wellington está a caminho", "Trip with
#: Abebe", "Votre livreur Karim arrive".
_SENT_BY_AN_APP = re.compile(
    r"(?i:\b(?:your|seu|sua|tu|ihr|ihre|dein|deine|votre|je|uw|il tuo|la tua)[ \t]+"
    r"(?:driver|courier|rider|shopper|dasher|cleaner|walker|sitter|tasker|host|guide|"
    r"entregador|entregadora|motorista|repartidor|repartidora|conductor|conductora|"
    r"chauffeur|livreur|livreuse|fahrer|fahrerin|kurier|kurierin|bezorger|corriere|autista)"
    r"|\b(?:trip|ride|delivery|order)[ \t]+with)"
    rf"[ \t]+(?P<value>{_UP}{_LOW}+)(?![\w@-])"
)
#: Who speaks of themselves by name: "Hey, it's Theo.", "Hi all, this is Maren Lind", "C'est
#: Zoé", "Hier ist Jonas" - at a sentence's start, after a colon ("Voicemail from ...: It's
#: Noor") or after a greeting.
_SELF_NAMED = re.compile(
    rf"(?:^|[.!?,;:]\s*"
    rf"|\b(?P<greeting>(?i:hey+|hi|hello|hallo|hiya|salut|hola|ciao|hej|dạ|vâng|chào))\b\W{{0,3}})"
    # (a text message drops the apostrophe after its greeting: "hi its Gaz the plasterer")
    rf"(?i:it['\u2019]s|(?<=[iIyYoOaA,] )its|it is|this is|c'est|ici|hier ist|ich bin|soy|aquí|sono|"
    rf"je suis|my name is|"
    rf"mein name ist|je m'appelle|me llamo|mi chiamo|ik ben|nazywam się|jestem|"
    # Vietnamese: "tôi tên là", "tên tôi là", "em tên là"
    rf"(?:tôi|em|anh|chị|mình|con|cháu) tên(?: là)?|tên (?:tôi|em|mình) là)[ \t]+(?P<value>{_FULL})",
    re.MULTILINE,
)
#: A greeting that opens a message's line: "Hi Aunty Bisi, its Deji ...".
_GREETING_OPENS = re.compile(r"(?i)\W*(?:hey+|hi|hello|hiya|hallo)\b")
#: "its" without its apostrophe, where no greeting came before it.
_BARE_ITS = re.compile(r"(?i)\W*its\b")
#: What follows a name someone gives for themself to say who they are to the reader: "(your
#: host ...)", "the plasterer", "ur driver", "from the food bank", "in 10B", "re the vase".
_INTRODUCED_AFTER = re.compile(r"[ \t]*(?:[,(]|(?i:the|your|ur|from|in|re|here)\b)")
#: Thai's polite particles, which end a greeting or a sentence ("สวัสดีค่ะ", "สมชาย ครับ").
THAI_PARTICLE = re.compile(r"(?:ค่ะ|ครับ|คะ|จ้ะ|จ้า|นะ)")
#: Who says their name in Thai: "ดิฉันชื่อ สุภาพร แก้วมณี" ("my name is", by a woman; "ผมชื่อ" by a
#: man), the given name and the surname, before a polite particle or the sentence's next phrase.
_THAI_SELF_NAMED = re.compile(
    r"(?:ดิฉัน|ผม|ฉัน|หนู|กระผม|ลูกชาย|ลูกสาว|ลูก|สามี|ภรรยา)ชื่อ(?:คือ)?"
    # (glued to the word, the given name alone: "ลูกชายชื่อภูมิ เรียนอยู่ ม.2", my son is Phum)
    r"(?:(?P<glued>[\u0e01-\u0e4e]+)|[ \t]+(?P<value>[\u0e01-\u0e4e]+(?:[ \t]+[\u0e01-\u0e4e]+)?))"
)
#: A chat export's header: a display name and a time on a line of their own ("Grace Mbatha
#: 9:14 AM", then the message below it).
_CHAT_HEADER = re.compile(
    rf"^[ \t]*(?P<value>{_FULL})[ \t]+(?:\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|"
    rf"(?:Yesterday|Today)(?: at)? \d{{1,2}}:\d{{2}}(?:[ \t]?[AP]M)?)[ \t]*$",
    re.MULTILINE,
)
#: A first name whose phone, e-mail or address the text gives: "Pat's mobile 07700 ...",
#: "Lily's email:", a cue strong enough for names that are everyday words too ("Pat", "Lily").
#: (Not a birthday's: "King's Birthday" is a holiday.)
_CONTACT_OF = re.compile(
    rf"(?<![\w.@/\-])(?P<value>{_UP}{_LOW}+)['\u2019]s[ \t]+(?i:mobile|cell|phone|landline|whatsapp|"
    r"e-?mail|home address|address|home number|number)\b"
)
#: Pronouns after a display name mark a person: "Ravi K (he/him)", "Alex Moreau (they/them)".
_PRONOUNED = re.compile(
    rf"(?P<value>{_UP}{_LOW}+(?:[ \t]+{_UP}(?:{_LOW}+|\.)?)?(?:[ \t]+{_WORD})?)[ \t]*"
    r"\((?i:he/him|she/her|they/them|he/they|she/they|er/ihm|sie/ihr|il/lui|elle/elle|iel)\)"
)
#: Tried at every capitalised word (a lookahead), so "Ask Fatima Al-Sayed" finds its name.
_PAIR = re.compile(
    rf"(?<![\w.@/\-<])(?=(?P<value>(?P<first>{_UP}(?:{_LOW}+|{_UP}+)(?:-{_UP}{_LOW}+)?)"
    rf"(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}})(?![\w@\-]))"
)
#: A first name on its own, not inside a run of capitalised words ("Buenos Aires", "New York"),
#: nor a label before its colon ("Handy: 0171 2345678").
_SINGLE = re.compile(rf"(?<![\w.@/\-<=])(?P<value>{_UP}{_LOW}+)(?![\w@\-/=])(?!\s?:\s)(?!\s+{_UP})")
_CAPITALISED_BEFORE = re.compile(rf"(?P<word>{_UP}{_LOW}*)\s$")
#: A note's heading that says who it is from, before its colon: "Note from Ross: customer
#: confirmed ...", "Update from Priya:" (`_SINGLE` takes no word before a colon, a label's place).
_FROM_SOMEONE = re.compile(
    rf"(?i:\b(?:note|message|msg|update|reply|comment|feedback|request|email|text)[ \t]+from)[ \t]+"
    rf"(?P<value>{_UP}{_LOW}+)(?=[ \t]?:[ \t])"
)
#: Verbs that start a sentence and address a person ("Call Tobias back", "Ask Kofi"): a
#: capitalised word before a first name that does not make the two one place's name.
_ADDRESSING = frozenset(
    """
    ask call cc contact email e-mail invite message meet notify page ping remind see send tell
    text thank thanks welcome congrats congratulations sorry
    ring ringe ringa bel chiama llama liga ligue appelle ruf soita zadzwoń
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Voice assistants and others one asks, tells or thanks who are no one ("Ask Siri to ...").
ASKED_BUT_NO_ONE = frozenset({"siri", "alexa", "cortana", "bixby", "jeeves", "god", "santa"})
_TOWARDS_A_PERSON = re.compile(
    r"\b(?i:to|with|from|by|for|and|ask|asked|call|called|tell|told|meet|met|cc|thank|thanks|"
    r"named|contact|ping|mit|für|und|avec|pour|et|con|para|y|voor|en|z|dla|i|appeler|appelle|"
    r"contacter|contactez|llamar|llama|anrufen|ligar|chiamare|loop(?:ed|ing)? in|"
    # a note's "with" and fetching someone ("Lunch w/ Gráinne", "pick up Aisha from nursery")
    r"w/|pick(?:ing|ed)? up|drop(?:ping|ped)? off|"
    # asking for someone on the phone: "chiedere di X", "ask for X", "fragen nach X"
    r"(?:chiedere|chiedete|chiedi|cercare) di|ask for|fragen nach|demander|preguntar por|perguntar por|"
    r"vragen naar|spør etter|fråga efter|name on card|on card|card ?holder|holder|"
    # calling someone, with the preposition or article the language puts before them: "ring
    # till Elsa", "llame a Carmen", "ligue para o Thiago", "bel even met Joost"
    r"ring till|ringe til|llam\w* a|(?:ligue|liga|ligar) para(?: o| a)?|(?:bel|bellen)(?: even)? met)\s+$"
)
#: After a lone first name: it is someone who does or has something ("Wojciech said",
#: "Rosalind's birthday"), not a band, a tool or a club ("— Queen", "Helm charts").
_PERSON_AFTER = re.compile(
    r"(?:'s|\u2019s)\b|[ \t]+(?:said|says|asked|wrote|writes|told|thinks|is|was|will|has|had|"
    r"can|could|would|and|or|agreed|called|sent|replied|joined|left|brought|took|gave|made|got|"
    r"did|does|gets|goes|went|came|(?:did|does|can|won|is|was|has)n['\u2019]t)\b"
    # a child's age in brackets ("Mateo (8)")
    r"|[ \t]*\((?:\d{1,2}|\d{1,2}\s?(?:y|yrs|years|ans|años|anni|jahre|jaar|lat))\)"
)
#: Any other regular past tense after a lone first name inside a sentence ("... and Viktor
#: disagreed"): at a sentence's start it is as often a word ("Just switched ...").
_DID_AFTER = re.compile(r"[ \t]+[a-z]{3,}ed\b")
#: What a colleague does in work notes, also at a sentence's start ("Priyanka raised ...",
#: "Bjørg wants a written ETA"); a city does it too when it stands for its firm or government
#: ("Redmond confirmed"), so not after a city's name.
_WORKED_AFTER = re.compile(
    r"[ \t]+(?:raised|reviewed|wants|wanted|needs|needed|signs|signed|owns|approved|suggested|"
    r"mentioned|confirmed|noted|proposed|explained|presented|shared|flagged|prefers|preferred|knows|knew)\b"
)
#: A sentence's start, also after a quote's or a list's marker ("> Just switched ...").
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)(?:[>*\u2022\-]\s*)*$")
#: A family member or friend named right after the word for them, with no possessive: "son
#: Tom", "Grandma Rosa", "bring your cousin Ana".
_RELATION_BEFORE = re.compile(
    rf"\b(?i:{RELATION}|granny|nana|nan|papa|opa|oma|tante|onkel|tía|tío|nonna|nonno|"
    r"nephew|niece|grandson|granddaughter|stepson|stepdaughter|godson|goddaughter|neffe|nichte|"
    r"neveu|nièce|sobrino|sobrina|nipote|neef|nicht)[ \t]+$"
)
#: What a support chat calls its staff before their first name, in the languages the lists cover.
_SERVICE_ROLES = frozenset(
    """
    agent advisor adviser operator moderator support rep representative specialist
    agente asesor asesora operador operadora atendente consultor consultora operatore consulente
    berater beraterin mitarbeiter mitarbeiterin conseiller conseillère medewerker handläggare
    konsultant konsultantka operátor operátorka оператор менеджер консультант ügyintéző
    상담원 상담사
    pharmacist farmaceut farmaceutka farmaceutti farmaseutti farmacéutica farmacéutico
    farmacêutica farmacêutico farmacista pharmacien pharmacienne apotheker apothekerin apotekare
    фармацевт провизор фармацевтка farmaceuta modo
    முகவர் aṣojú oníṣègùn
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
#: Words that open a sentence before its subject ("Yesterday Priya and ...", "Gestern hat
#: ..."): capitalised only for their place, they do not make the name after them a place's
#: ("Buenos Aires", "Santa Clara").
_OPENERS = frozenset(
    """
    yesterday today tomorrow tonight afterwards later then also and but so when if maybe
    sadly luckily finally meanwhile hopefully unfortunately thankfully apparently
    gestern heute morgen dann auch aber hoy ayer mañana luego también pero hier demain
    aujourd'hui ensuite puis aussi mais oggi ieri domani poi anche ma vandaag gisteren
    daarna ook maar idag igår imorgon sedan också men dzisiaj wczoraj jutro potem też ale
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A one-word "speaker" that is a form's label: a label word, a code in capitals ("PIN:",
#: "IBAN:"), two letters ("To:"), or a value that starts with a digit or is a code ("Handy: 0171
#: 2345678", "Asset: LT-0277").
#: A value that is an amount is a price's too ("Price: $1,299", "Bei: TSh 25,000", "Prix : 12 €"),
#: and one that starts with a title is a field's person ("Mentor: Mr Okafor").
_FIELD_LABEL = re.compile(
    rf"(?:{_LABEL}|[A-Z]{{2,}}|\w{{1,2}})\s?:\s"
    r"|\w+\s?:\s+(?:[^\w\s]{1,3}[ \t]?|[A-Z][A-Za-z]{0,3}[.\-]?[ \t]?)?[\d+(]"
    rf"|\w+\s?:\s+{_HONORIFIC}\s"
)
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}(?![\d.:/]|[ \t]*\d)")
_PHRASE_GOES_ON = re.compile(rf"[ \t]+(?!{_PARTICLE}\b|and\b|und\b|et\b|y\b)[a-z]{{2,}}\b(?![.@])")
_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
#: A cell in capitals, family name first, as registers and deeds write a party: "KOWALCZYK
#: STANLEY J", "MUREȘAN ELENA-CRISTINA, CNP ..." (a CSV's or a tab's cell, or a line's start
#: before its comma); the family name must be no given name, the given name one the lists know.
_CAPS_SURNAME_FIRST = re.compile(
    rf"(?m)(?:^|(?<=[,;\t|]))[ \t]*(?P<value>(?P<family>{LATIN_UP}{{2,}}(?:-{LATIN_UP}{{2,}})?)[ \t]+"
    rf"(?P<given>{LATIN_UP}{{2,}}(?:-{LATIN_UP}{{2,}})?)(?:[ \t]+{LATIN_UP}\.?)?)[ \t]*(?=[,;\t|]|$)"
)
_TRAVEL_TITLE = r"(?:MR|MRS|MS|MISS|MSTR|MX|DR|PROF|CHD|INF)"
#: An airline's "SURNAME/GIVEN NAMES TITLE": "MÜLLER/KATHARINA MRS", "NAKAMURA/YUKI MS".
_SLASHED = re.compile(
    rf"(?<![\w/])(?P<value>(?P<last>{_CAPS}{{2,}}(?:[ '\-]{_CAPS}{{2,}})?)/(?P<given>{_CAPS}{{2,}}"
    rf"(?: (?!{_TRAVEL_TITLE}\b){_CAPS}{{2,}})?))(?P<title>\s+{_TRAVEL_TITLE}\b)?(?![\w/])"
)
#: Words after a first name that make the pair a place, an organisation or a thing.
_NOT_SURNAME = frozenset(
    """
    ag airport app apps avenue bank bay bridge center centre church city cloud college
    company corp corporation county day drive edition festival games gate gmbh group hall
    hospital hotel inc lake lane llc ltd mall market month mountain museum music park
    platform plc records river road school service services shop square st state station
    pier beach island harbour harbor port valley hills heights falls springs arena stadium
    store street studio studios support team tower university web week year home
    controls systems solutions industries partners holdings labs technologies brothers
    associates foods motors airlines consulting logistics pharmaceuticals insurance capital
    cove quarry reef crag tarn loch rocks grange barn rink farm manor meadows creek quay
    wharf dock canyon gorge cliffs fjord lagoon
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: An app's notification names its actor before what they did to "you", in each language the
#: lists cover: "Sam has invited you", "Jeroen heeft je € 25 gestuurd", "Mia hat dir ...
#: geschickt", "Paul vous a invité", "Ana te envió", "Luca ti ha scritto", "Ola wysłała ci".
_TO_YOU = (
    r"(?:has[ \t]+)?(?:sent|paid|requested|invited|mentioned|tagged|added|called|messaged|shared|"
    r"texted|replied to|reminded|nudged|poked)[ \t]+(?:you|u)\b"
    r"|heeft[ \t]+(?:je|jou|u)\b|hat[ \t]+(?:dir|dich|Ihnen)\b|(?:vous|t['\u2019])[ \t]?a\b"
    r"|te[ \t]+(?:ha|envió|mandó|invitó|llamó|enviou|mandou|convidou|ligou)\b|ti[ \t]+ha\b"
    r"|(?:wysłał|wysłała|zaprosił|zaprosiła)[ \t]+(?:ci|cię|Ci|Cię)\b"
    r"|har[ \t]+(?:sendt|skickat|inviterat|invitert)[ \t]+(?:deg|dig|dej)\b"
)
_NOTIFIED = re.compile(rf"(?<![\w.@/\-])(?P<value>{_FULL})[ \t]+(?:{_TO_YOU})")
#: What only a person does in a notification: like, comment on or react to your post, type,
#: follow you, ask to connect, accept your request. Whoever does it is someone even when the
#: name lists do not know the name ("Ottilie liked your photo", "Seo-yeon commented: ...").
_SOCIAL_ACT = re.compile(
    # at the line's start, or after the app's name and a colon ("Life360: Ruby arrived at School")
    # (French sets a space before its colon: "Vinted : Clémence a acheté ...")
    rf"(?m)(?:^|(?<=[\w)]:)|(?<=[\w)] :))[ \t]*"
    rf"(?P<value>{_UP}{_LOW}+(?:-{_LOW}+)?(?:[ \t]+{_UP}{_LOW}+(?:-{_UP}?{_LOW}+)?){{0,2}})[ \t]+"
    r"(?:liked|loved|commented on|commented:|reacted to|replied to|is typing|started following|"
    r"wants to connect|accepted your|sent you a friend request|viewed your profile|"
    r"shared (?:a|an|\d+) (?:photo|photos|video|post|album|memory|link|story)s?"
    r"(?: [\"“‘'][^\"”’'\n]{1,60}[\"”’'])? with you|"
    # a marketplace's buyer: "Clémence a acheté ton article", "Jonas hat deinen Artikel gekauft"
    r"a achet[ée]|a réservé|ha comprado|ha reservado|hat (?:deinen|dein|ihren|ihr) \w+ gekauft|"
    r"heeft (?:je|uw) \w+ gekocht|ha acquistato|comprou|kupił[ao]?|bought your|purchased your|"
    # a file shared by name, a mention, a ride's or a delivery's person, a family locator's place
    r"shared [\"“‘'][^\"”’'\n]{1,80}[\"”’'] with you|mentioned you|tagged you|invited you|"
    r"is your (?:driver|courier|rider|shopper|dasher|host|guide|agent)\b|is on (?:the|their|her|his) way|"
    # a delivery's rider as the apps say it in other languages: "Moussa arrive avec votre
    # commande", "Andrés está recogiendo tu pedido", "Jonas ist mit deiner Bestellung unterwegs"
    r"arrive avec votre commande|est en (?:route|chemin)|a récupéré votre commande|"
    r"está (?:recogiendo|llevando) tu pedido|ha recogido tu pedido|(?:está|va) en camino|"
    r"está a caminho|está chegando|coletou (?:o )?seu pedido|"
    r"ist (?:mit (?:deiner|ihrer) Bestellung )?unterwegs|hat (?:deine|Ihre) Bestellung abgeholt|"
    r"sta arrivando|è in arrivo|ha ritirato il tuo ordine|is onderweg|heeft je bestelling opgehaald|"
    r"jest w drodze|"
    r"arrived at (?i:home|work|school|the office)\b|left (?i:home|work|school|the office)\b|"
    r"hat (?:deinen|deine|dein|ihren|ihre) \w+ (?:geliked|kommentiert)|"
    r"a aimé|a commenté|le gustó|comentó|ha commentato|ha messo mi piace|curtiu|comentou|"
    r"đã (?:thích|bình luận|chia sẻ|gắn thẻ|nhắc đến|gửi)|"
    # a dating app's or a social network's: "Grace sent you a message", "Bill and 3 others reacted"
    r"sent you a (?:message|photo|video|voice (?:message|note)|gift|wave|like|super like|rose)|"
    r"and \d+ others? (?:reacted|liked|commented)|followed you|super ?liked you|matched with you|"
    r"added (?:\d+|a) (?:new )?(?:photos?|videos?|posts?))"
)
#: The name a card or an account is in, told without a colon: "Name on card Tunde Adebayo",
#: "the name on the account is S. Oduya".
_HOLDER = re.compile(
    r"\b(?i:name on (?:the |my |his |her |our |their )?(?:card|account)|card ?holder(?:'s)? name"
    r"|account ?holder(?:'s)? name|name of (?:the )?(?:card ?holder|account ?holder|payee)"
    r"|acc(?:oun)?t\.? name|payee name)"
    rf"(?:[ \t]+(?i:is|was|reads|shows))?[ \t]+(?P<value>{_FULL})"
)
#: The name on a doorbell, where a courier is told to ring: "buzzer says Nakamura", "citofono
#: Esposito". A doorbell's maker follows the same words ("Doorbell Camera", "sonnette Legrand"),
#: so the lists must know the name, unless the doorbell "says" it.
_DOORBELL = re.compile(
    r"\b(?i:(?:buzzer|doorbell|intercom)(?: name)?(?P<says> says| reads)?|citofono|interphone|sonnette"
    rf"|klingel|klingelschild|portero|domofon|dzwonek|zvonek|zvonček|csengő|ringeklokke|dörrklocka"
    # or where to ring, as the person tells it: "bel bij Jansen", "name on it says Pham"
    r"|bel(?:len)?(?: maar| even| gewoon)? bij|aanbellen bij|klingeln bei|klingelt? bei|läuten bei"
    r"|sonne[rz] chez|citofona(?:re)? a|suona(?:re)? a|buzz(?:er)? (?:for|under)|ring (?:the bell )?for"
    r"|name on (?:it|the (?:bell|buzzer|door)) (?:says|is))"
    rf"[ \t:]+(?P<value>{_FULL})"
    # or before the verb, as German says it: "bei Schneider klingeln"
    rf"|\b[Bb]ei[ \t]+(?P<before>{_UP}{_LOW}+)[ \t]+(?:klingeln|läuten)\b"
)
#: A chat's question which bell to ring, then the next turn's speaker and the surname that
#: opens its answer, where the floor or the flat follows ("na kterém zvonku?" then "Vy:
#: Procházková, 4. patro"; "melyik csengő?" then "Én: Tóth 12-es").
_WHICH_BELL = re.compile(
    r"(?i:door ?bell|bell|buzzer|intercom|klingel|sonnette|interphone|citofono|campanello|timbre|portero|"
    r"zvon(?:ek|ku|ček|čeku)|csengő\w*|dzwon(?:ek|ku)|domofon\w*|κουδούνι|звон(?:ок|ке)|домофон\w*|"
    r"ringeklokke|dørklokke|ringklocka|porttelefon|summeri|ovikello|deurbel|bel)"
    r"[^\n?]*\?[^\n]*\n[^\n:]{1,30}:[ \t]*"
    rf"(?P<value>{_UP}{_LOW}+(?:-{_UP}{_LOW}+)?)(?=[ \t]*(?:,|[ \t]\d|$))"
)
#: "You matched with Hope!", "It's a match with Will": a dating app's match is a person.
_MATCHED = re.compile(
    rf"\b(?i:you(?:'ve| have)? matched with|it['\u2019]s a match with|new match:?)[ \t]+"
    rf"(?P<value>{_UP}{_LOW}+(?:[ \t]+{_UP}{_LOW}+)?)"
)
_CYRILLIC_WORD = rf"[А-ЯЁІЇЄҐ{_CYRILLIC_EXTRA_UP}][а-яёіїєґ{_CYRILLIC_EXTRA_LOW}'\u2019]+"
_GREEK_WORD = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+"
_THAI_WORD = r"[\u0e01-\u0e4e]{2,}"
_HEBREW_WORD = r"[\u05d0-\u05ea]{2,}"
_ARABIC_WORD = r"[\u0621-\u064a]{2,}"
#: The same actor in scripts without the Latin cue words, from the line's start or after an
#: app's "Name:" or a colon: Russian and Ukrainian put a past verb in -л and "you" after the
#: name ("Тарас Мельничук надіслав вам", "Анна отправила вам"); Greek "you" before the verb,
#: the name often after its article ("Ο Νίκος Σταματόπουλος σας προσκάλεσε"); Chinese "给你"
#: or "向你" ("刘建国 给你发了一个文件"); Thai a verb of sending or calling after a full name
#: ("ธนพล วงศ์ใหญ่ ส่งรูปภาพ"); Hebrew and Arabic write "new message from" or "missed call
#: from" before the name (Hebrew joins "from", מ, to it: "הודעה חדשה מאיתי שפירא").
_SCRIPT_ACTOR = re.compile(
    rf"(?:^|(?<=[\s:\uff1a]))(?:"
    rf"(?P<cyrillic>{_CYRILLIC_WORD}(?:[ \t]+{_CYRILLIC_WORD}){{0,2}})[ \t]+[а-яёіїєґ]+(?:л[аои]?|в)[ \t]+"
    r"(?:вам|вас|тебе|тебя|ти|вами)\b"
    rf"|(?P<article>[ΟΗ][ \t]+)?(?P<greek>{_GREEK_WORD}(?:[ \t]+{_GREEK_WORD})?)[ \t]+(?:σας|σου|σε)[ \t]+"
    r"[α-ωάέήίόύώ]{3,}"
    r"|(?P<chinese>[\u4e00-\u9fff]{2,4})[ \t]?(?:给你|给您|向你|向您|@了你|提到了你)"
    rf"|(?P<thai>{_THAI_WORD}[ ]{_THAI_WORD})[ ](?:ได้)?(?:ส่ง|เชิญคุณ|โทรหาคุณ|แชร์|กล่าวถึงคุณ)"
    r"|(?:הודעה חדשה|שיחה שלא נענתה|הודעה) מ"
    rf"(?P<hebrew>{_HEBREW_WORD}(?:[ ]{_HEBREW_WORD})?)(?=[ \t]*[:(\n]|$)"
    rf"|(?:رسالة جديدة من|مكالمة فائتة من|مكالمة لم يرد عليها من)[ ]"
    rf"(?P<arabic>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD})?)(?=[ \t]*[:(\n]|$)"
    r")",
    re.MULTILINE,
)
#: A relative's word used as a title before a given name: a phone's contact ("Missed call from
#: Grandma Edie", "Tante Ingrid ruft an", "Llamada perdida de Tía Rocío").
_KIN_TITLE = re.compile(
    r"\b(?:Grandma|Grandpa|Granny|Nana|Aunt|Auntie|Aunty|Uncle|Cousin|Oma|Opa|Tante|Onkel|Coach|"
    r"aunt|auntie|aunty|uncle|tía|tío|tia|tio|tita|tito|zia|zio|tante|coach|"
    r"Kak|Kakak|Mas|Mbak|Bude|Pakde|Bulik|Paklik|Ate|Kuya|Lola|Lolo|"
    r"Tía|Tío|Tia|Tio|Tita|Tito|Zia|Zio|Nonna|Nonno|Abuela|Abuelo|Avó|Avô|Vovó|Vovô|Mamie|Papy|"
    r"Tonton|Tatie|Babcia|Dziadek|Ciocia|Wujek|Mormor|Morfar|Farmor|Farfar|Moster|Faster|Oom)"
    rf"[ \t]+(?P<value>{_FULL})"
)
#: A chat export's or a notification's speaker after the app's name and a dot: "Signal ·
#: Katrin: ...", "WhatsApp • Nacho: ...", "Slack | Ines Duarte: ...".
_APP_SPEAKER = re.compile(
    rf"^[ \t]*[^\W\d_][\w .]{{1,24}}?[ \t]*[\u00b7\u2022|][ \t]*(?P<value>{_FULL})[ \t]?:\s", re.MULTILINE
)
#: A file named after its person: "Payslip_Desmond_Okafor_Nov2026.pdf", "passport_scan_
#: ROSALIND_FAIRWEATHER.jpg", "Rechnung-Jürgen_Haberkorn.pdf" in a viewer's title or a list.
_FILE_NAME_TOKEN = re.compile(
    r"(?<![^\s/\\\"'(\[])(?P<stem>[^\s/\\\"'()\[\]]+)\."
    r"(?i:pdf|png|jpe?g|heic|gif|tiff?|webp|docx?|xlsx?|odt|ods|pptx?|txt|csv|zip)(?!\w)"
)
#: A person's login as a URL query's value: "?member=Bartosz.Lewandowicz", "&patient=anna_berg".
_QUERY_PERSON = re.compile(
    r"[?&](?i:member|user|username|name|patient|customer|client|employee|holder|owner|contact|person)"
    r"(?:[_-]?(?i:id|name))?=(?P<value>[A-Za-z][A-Za-z'\-]+(?:[.+_]|%20)[A-Za-z][A-Za-z'\-]+)(?![\w.%])"
)
#: A household named by its surname after the word for family, in the languages that put the
#: word first: "Familie Steindl" on a doorbell or in a note, "famille Dupont", "familia García",
#: "rodzina Nowak".
_HOUSEHOLD = re.compile(
    r"\b(?i:familie|familien|familjen|famille|familia|famiglia|família|gezin|rodzina|rodina|obitelj|"
    rf"porodica|család)[ \t]+(?P<value>{_WORD}(?:-{_WORD})?)(?![\w\-])"
    # and English's after the name: "the Hartley family", "the Mbeki-Rowe household"
    rf"|(?<![\w\-])(?P<before>{_WORD}(?:-{_WORD})?)[ \t]+(?:family|household)\b"
)
#: A password manager's or a profile's row: the account's label, blanks for a colon, the
#: account: "username   dkeller84", "Benutzername\tm.weber", "Identifiant    cdubois".
_USERNAME_ROW = re.compile(
    r"^[ \t]*(?i:user ?name|login|benutzername|nom d'utilisateur|identifiant|usuario|nombre de usuario|"
    r"nome utente|gebruikersnaam|användarnamn|brugernavn|brukernavn|nazwa użytkownika)(?:[ \t]{2,}|\t)"
    r"(?P<value>[a-z][a-z0-9._\-]{1,30}[a-z0-9])[ \t]*$",
    re.MULTILINE,
)
#: A card's or a passport's holder printed in capitals after the holder's word: "name on card
#: WILLA R. ASPINALL", "Holder EVERETT J SZYMANSKI", "Titular: JOSÉ MARÍA ORTEGA".
_CAPS_HOLDER = re.compile(
    r"(?i:name on card|on card|card ?holder|holder|inhaber(?:in)?|karteninhaber(?:in)?|titular|"
    r"titulaire|intestatario|houder|posiadacz)[ \t]*:?[ \t]*"
    rf"(?P<value>{_CAPS}{{2,}}(?:[ \t]+{_CAPS}\.?)?"
    rf"(?:[ \t]+{_CAPS}{{2,}}(?:[\-']{_CAPS}{{2,}})?){{1,2}})(?![\w.])"
)
#: An initial and a surname in capitals, as bank statements write a payee or a payer ("FPS OUT
#: K HOLLOWAY REF ...", "TRANSFER TO J MCALLISTER"): the surname must be one the lists know.
_CAPS_INITIAL_SURNAME = re.compile(
    rf"(?<![\w.&'-])(?P<value>{_CAPS}[ \t]+(?P<surname>{_CAPS}{{3,}}(?:[\-']{_CAPS}{{2,}})?))(?![\w.'&-])"
)
#: A document's holder after its number and a dash: "SIN 608 243 259 — Gagnon, Marie-Ève",
#: "NIE X1234567L – Pablo Ruiz Soto".
_AFTER_ID_DASH = re.compile(
    rf"[ \t]*[\u2014\u2013-][ \t]*"
    rf"(?P<value>{_WORD},[ \t]*{_WORD}(?:[ \t]+{_WORD})?|{_WORD}(?:[ \t]+{_WORD}){{1,2}})"
    r"(?=[ \t]*(?:[,;(|\n]|$))"
)
#: A placeholder's example after "e.g." in a form's hint: "[ e.g. Jane Smith ]", "z. B. Max
#: Mustermann", "p. ex. Jean Dupont" is the form's, not a person the screen is about.
_EXAMPLE_BEFORE = re.compile(
    r"(?i:\be\.\s?g\.|\bz\.\s?b\.|\bp\.\s?ex\.|\bbijv\.|\bnp\.|\bp\.\s?ej\.|\bpor ejemplo|\bfor example|"
    r"\bzum beispiel|\bpar exemple|\bad es\.|\bper esempio|\bbijvoorbeeld|\bnapříklad|\bnaprzykład)"
    r"[:,]?[ \t]*$"
)

#: A part of a month, where the word for the part is also a first name: "bis Ende Januar",
#: "à la mi-mars", "a finales de Mayo" ("Ende", "Fin" are names too).
_PART_OF_MONTH = re.compile(
    r"(?i:ende|anfang|mitte|beginn|début|fin|mi|principios|finales|mediados|inicio|fines|inizio|fine|"
    r"metà|begin|eind|half|medio|början|slutet|mitten|początek|koniec|early|mid|late)[ \t\-]+"
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    r"settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|augusti|maj|mars|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)"
)
_DATA = Path(__file__).resolve().parent / "data"


def data_file(name: str) -> Path:
    """A list under app/privacy/data; a frozen bundle carries it at app/privacy/data too."""
    for folder in (_DATA, Path(getattr(sys, "_MEIPASS", ".")) / "app" / "privacy" / "data"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"app/privacy/data/{name}: reinstall Deskhand")


@cache
def honorific_words() -> frozenset[str]:
    """The label table's honorifics as a word before a name reads them, without a full stop
    ("Mr", "Dr", "Bw"): one set for the rules that strip a title before a name."""
    return frozenset(h.rstrip(".") for h in vocabulary().honorifics)


def language_table(name: str, columns: int) -> list[list[list[str]]]:
    """A data file of one language a line: its code, then `columns` cells of words split by
    "|" ("en ; pizza|diner ; ... ; Ltd|LLC"), each cell's words stripped, empty cells empty;
    "#" lines are comments (data/institutions.txt, data/speaker_titles.txt)."""
    rows: list[list[list[str]]] = []
    for line in data_file(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split(";")][1:] + [""] * columns
        rows.append([[w.strip() for w in cell.split("|") if w.strip()] for cell in cells[:columns]])
    return rows


def _name_file() -> Path:
    """gender-guesser's name dictionary (`data/nam_dict.txt`, GNU FDL data), found without
    importing the package: its code is GPLv3, and Deskhand (Apache-2.0) reads only the data.
    A frozen bundle carries the file at the same relative place."""
    spec = importlib.util.find_spec("gender_guesser")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    folders.append(str(Path(getattr(sys, "_MEIPASS", ".")) / "gender_guesser"))
    for folder in folders:
        candidate = Path(folder) / "data" / "nam_dict.txt"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("gender-guesser's nam_dict.txt: reinstall Deskhand (pip install gender-guesser)")


@cache
def first_names() -> frozenset[str]:
    """Lower-cased first names from the dictionary, less everyday words (`COMMON_WORDS`)."""
    return every_first_name() - _COMMON_WORDS


def any_first_name(word: str) -> bool:
    """Whether a capitalised word is a first name the lists know, an everyday word too ("Will",
    "Grace"): for places where something else says a person stands there."""
    return word[:1].isupper() and listed_form(word) in every_first_name()


@cache
def every_first_name() -> frozenset[str]:
    """Lower-cased first names from the dictionary, everyday words ("Grace", "Will") too. A line
    is a sex code, the name (parts of a compound joined by "+": "Abdel+Aziz") and frequencies by
    country; lines starting "#" or "=" are comments and equivalences. data/first_names.txt and
    data/first_names_by_hand.txt add one lower-case name a line."""
    found: set[str] = set()
    with _name_file().open(encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            if line[:1] in "#=" or len(fields) < 2:
                continue
            parts = fields[1].lower().split("+")
            found.update(parts)
            if len(parts) > 1:  # "Abdel-Aziz" and "Abdelaziz" are written too
                found.update(("-".join(parts), "".join(parts)))
    found.update(data_file("first_names.txt").read_text(encoding="utf-8").split("\n"))
    by_hand = data_file("first_names_by_hand.txt").read_text(encoding="utf-8").split("\n")
    found.update(line for line in by_hand if not line.startswith("#"))
    found.update(_short_names())
    return frozenset(found - {""})


#: What a parent or a grandparent signs as, which the first-name lists hold too: "Love, Mum xx".
PARENTS = frozenset(
    {"mum", "mom", "mam", "mama", "mamá", "maman", "mutti", "dad", "papa", "papá", "daddy", "nan", "nana"}
    | {"gran", "granny", "grandma", "grandpa", "oma", "opa"}
)
#: Kin words that are no everyday word of another language too ("Faster" is an aunt in Swedish
#: and "faster" in English; "Cousin" and "Oom" start titles and brands).
_PLAIN_KIN = frozenset(
    """
    Grandma Grandpa Granny Nana Aunt Auntie Aunty Uncle Oma Opa Tante Onkel Tía Tío Tia Tio Tita
    Tito Zia Zio Nonna Nonno Abuela Abuelo Avó Avô Vovó Vovô Mamie Tonton Tatie Babcia Dziadek
    Ciocia Wujek Mormor Morfar Farmor Farfar Moster Coach Kak Kakak Mas Mbak Bude Pakde Bulik
    Paklik Ate Kuya Lola Lolo
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _kin_name(kin: str, word: str) -> bool:
    """Whether the word after a kin word is a relative's name the lists do not know ("Auntie
    Folake", "Tío Wilmer"): no everyday word, group, city or one-word public figure."""
    # a given name that is a word too is a relative's after the kin word ("Uncle Rob")
    return (
        kin.capitalize() in _PLAIN_KIN
        and len(word) > 2
        and not everyday_word(word.lower())
        and word.lower() not in _GROUPS_FOR_NO_ONE
        and not places.known_city(word)
        and not organisations.one_word_figure(word)
    )


def _initials_and_surname(value: str, surname: str) -> bool:
    """Whether the initials of `value` stand before a surname the lists know ("T. Abernathy",
    "K. M. Osei"): a person's, whatever the words before; not a country's initials ("U.S. Steel")."""
    folded = surname.lower()
    return (
        folded in surnames()
        and folded not in _GROUP_WORDS | _NOT_SURNAME
        and not value.startswith(("U.S.", "U.K.", "U.N.", "E.U."))
    )


#: Given names that are everyday words too, which the first-name lists leave out ("Grace",
#: "Will"): before a surname the lists know and no everyday word, they are a person's.
_WORD_GIVEN_NAMES = frozenset(
    """
    amber angel april autumn bill carter chase christian crystal daisy dawn destiny don eve
    faith frank grace guy harmony holly hope hunter iris ivy jack jade jordan joy june justice
    lily mark mason max may melody noel pat patience pearl precious prince prudence ray rob rose
    ruby sky sue summer sunny taylor trinity unity violet will
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _word_name_and_surname(words: list[str]) -> bool:
    """Whether two words are a given name that is an everyday word too and a listed surname that
    is none: "Grace Okafor", "Will Thornbury", not "Summer Sale" or "Rose Garden"."""
    # a double-barrelled surname by its parts: "Grace Adeyemi-Cole", "Bill Nakamura-Reyes"
    parts = words[1].lower().split("-") if len(words) == 2 else []
    return (
        len(words) == 2
        and words[0].lower() in _WORD_GIVEN_NAMES
        and (words[1].lower() in surnames() or (len(parts) == 2 and all(p in surnames() for p in parts)))
        and not any(p in _COMMON_WORDS | _NOT_SURNAME | _GROUP_WORDS for p in parts)
        and not _street(words)
    )


#: Words that start a place's name before a given name: "Port Elizabeth", "Lake Louise".
_PLACE_STARTS = frozenset(
    """
    port fort mount mt lake cape saint st san santa são sankt bad bay glen isle point new north
    south east west upper lower great little old grand
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _word_before_a_name(text: str, word: str, start: int, name: str) -> bool:
    """Whether the capitalised word that opens a sentence before a given name at `start` is
    just the sentence's first word ("Saw Nadia", "Ugh Callum"), not the first word of one name
    with it: no name, place word or city itself, no storm's or shop's word, and the name after
    it one that can only be a person's. The pair must not be a listed public figure's."""
    folded = word.lower()
    return (
        not known_name(folded)
        and folded not in _PLACE_STARTS | _COMMON_WORDS
        and not places.known_city(word)
        and _name_and_nothing_else(name)
        and not named_after_a_thing(text, start)
        and not organisations.public_figure(text, start - len(word) - 1, start + len(name))
    )


def _name_and_nothing_else(word: str) -> bool:
    """Whether a capitalised first name can only be a person's: no everyday word, month or
    weekday of the languages data/name_words.txt covers ("Versie", "Nota", "Kasim"), no city
    ("Florence") and no public figure known by the one word ("Rembrandt"). Such a name needs
    no cue around it ("omg Harriet just texted me"): it is someone in any sentence."""
    folded = word.lower()
    return (
        folded not in name_words() and not places.known_city(word) and not organisations.one_word_figure(word)
    )


@cache
def name_words() -> frozenset[str]:
    """First names that are everyday words too (data/name_words.txt, by make_name_words.py)."""
    lines = data_file("name_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def _short_names() -> frozenset[str]:
    """Pet forms the lists lack (data/short_names.txt), lower-cased; a Cyrillic one with "ё"
    is written without its dots too ("Серёжа", "Сережа")."""
    lines = data_file("short_names.txt").read_text(encoding="utf-8").splitlines()
    found = {line.split("#", 1)[0].strip().lower() for line in lines} - {""}
    return frozenset(found | {name.replace("ё", "е") for name in found})


#: The sections of data/short_names.txt whose pet forms decline ("Kuba" -> "Kubę", "Honza" ->
#: "Honzovi").
_CASE_LANGUAGES = ("Polish", "Czech", "Hungarian", "Finnish")


def _short_names_of(languages: tuple[str, ...]) -> frozenset[str]:
    """The pet forms of data/short_names.txt under a header that names one of the languages."""
    found: set[str] = set()
    taking = False
    for line in data_file("short_names.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            taking = any(language in line for language in languages)
            continue
        name = line.split("#", 1)[0].strip().lower()
        if taking and name:
            found.add(name)
    return frozenset(found)


#: Countries whose languages decline names with the case endings below (nam_dict's columns).
_CASE_COUNTRIES = frozenset(
    (
        *("Latvia", "Lithuania", "Poland", "Czech Republic", "Slovakia", "Bulgaria", "Croatia"),
        *("Bosnia and Herzegovina", "Macedonia", "Montenegro", "Serbia", "Slovenia", "Russia"),
        *("Belarus", "Ukraine", "Finland", "Estonia", "Hungary"),
    )
)


@cache
def _declined_first_names() -> frozenset[str]:
    """Lower-cased first names nam_dict counts in a country whose language declines them, and
    every Cyrillic one of the lists. Only these are read in a case form: an English word ending
    like a case ("Date", "Time", "Share") is otherwise taken for a name ("Dat", "Tim", "Shar").
    Each country's column is where the "|" under its name stands in the file's header."""
    columns: list[int] = []
    found: set[str] = set()
    with _name_file().open(encoding="utf-8") as fh:
        previous = ""
        for line in fh:
            if line.startswith("#"):
                # a header line is framed by "#" and "$"
                if previous.strip("#$ \t\r\n") in _CASE_COUNTRIES and "|" in line:
                    columns.append(line.index("|"))
                previous = line
                continue
            fields = line.split()
            if line[:1] == "=" or len(fields) < 2:
                continue
            if any(column < len(line) and line[column] not in " \r\n" for column in columns):
                found.update(fields[1].lower().split("+"))
    listed = data_file("first_names.txt").read_text(encoding="utf-8").split("\n")
    found.update(_short_names_of(_CASE_LANGUAGES))
    cyrillic = (name for name in (*listed, *_short_names()) if _CYRILLIC_LETTER.search(name))
    found.update(name.replace("ё", "е") for name in cyrillic)
    found.update(name.lower() for name in listed if _GREEK_LETTER.search(name))
    return frozenset(found - _COMMON_WORDS - {""})


_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff]")
#: Greek names' vocative and genitive endings and their nominatives: "Γιώργο" (Γιώργος),
#: "Μαρίας" (Μαρία), "Νικολάκη" (Νικολάκης), "Γιώργου" (Γιώργος).
_GREEK_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ου", ("ος", "ης")),
    ("ας", ("α",)),
    ("ης", ("η",)),
    ("ο", ("ος",)),
    ("ε", ("ος",)),
    ("η", ("ης",)),
    ("α", ("ας",)),
)


@cache
def surnames() -> frozenset[str]:
    """Lower-cased surnames of 86 locales (app/privacy/data/surnames.txt, from Faker), less
    everyday words and those of two letters ("Li", "Ng" are too often something else)."""
    listed = data_file("surnames.txt").read_text(encoding="utf-8").split("\n")
    return frozenset(n for n in listed if len(n) > 2) - _COMMON_WORDS - _NOT_SURNAME


_PARTICLE_WORD = re.compile(rf"{_PARTICLE}", re.IGNORECASE)


def particle(word: str) -> bool:
    """A word that joins a name's parts in lower case: "de", "van", "bin", "ní", "al"."""
    return bool(_PARTICLE_WORD.fullmatch(word))


def known_name(word: str) -> bool:
    """A word that is a known first name or surname (any case), not an everyday word."""
    folded = listed_form(word)
    return folded in first_names() or folded in surnames()


#: Yoruba's tone marks and the dot under ẹ and ọ: a Yoruba word carries several ("Fúnmiláyọ̀"),
#: a Vietnamese one at most one ("Phòng", "Ngọc"), whose names the lists hold as Vietnam
#: writes them (data/short_names.txt). "ṣ" and a marked "ń" are Yoruba's alone.
_TONE_MARKS = re.compile(r"[\u0300\u0301\u0304\u0323]")
_YORUBA_ONLY = re.compile(r"s\u0323|n\u0301|n\u0300|m\u0301")
#: Yoruba words that are names elsewhere once their marks are gone: "Èkó" (Lagos), "yàrá" (room).
_YORUBA_WORDS = frozenset({"eko", "yara"})


def listed_form(word: str) -> str:
    """A word as the name lists write it: lower case, and a Yoruba name the lists lack with its
    tone marks without them ("Fúnmiláyọ̀" -> "funmilayo", "Ṣadé" -> "sade"); a name they hold
    as written stays ("Istvánné")."""
    folded = word.lower()
    if folded.isascii():
        # most words: no marks to fold, and known_name asks this of every word it is given
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    if (len(_TONE_MARKS.findall(decomposed)) < 2 and not _YORUBA_ONLY.search(decomposed)) or (
        folded in every_first_name() or folded in surnames()
    ):
        return folded
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if plain in _YORUBA_WORDS else plain


_FAMILY_LABEL = re.compile(
    r"(?i:surname|last name|family name|nachname|familienname|nom de famille|nom d'usage|"
    r"nom de naissance|apellidos?|cognome|achternaam|nazwisko)[ \t]*:"
)
_ARTICLE = re.compile(rf"^(?:le|la|les|du|des|del|della|dello|di|da|lo|el|al)\s+(?={_UP})", re.IGNORECASE)
_HONORIFIC_START = re.compile(rf"^{_HONORIFIC}\s+")


#: Particles that start a surname after a cue ("heer De Vries", "Ms Ó Súilleabháin"); articles
#: such as "El" or "La" stay articles ("El Corte Inglés").
_LEADING_PARTICLE = re.compile(
    rf"^(?:van der|van den|van de|van|von|de|ter|ten|ní|nic|ó|mac)\s+(?={_UP})", re.IGNORECASE
)


#: One word of a name (Latin, Cyrillic or Greek) and the particles between a name's words, for
#: rules in other modules.
WORD_OF_A_NAME = f"{_WORD}|{_CYRILLIC_WORD}|{_GREEK_WORD}"
PARTICLE = _PARTICLE
#: One to four words written as a name is, particles between ("Precious Mutasa", "Daan de
#: Wit-Bakker", "Derya"): a table's cell that holds a name and nothing else.
NAME_WORDS = re.compile(
    rf"(?:{WORD_OF_A_NAME})(?:[ \t]+(?:(?:{PARTICLE})[ \t]+)?(?:{WORD_OF_A_NAME})){{0,3}}"
)
#: One particle alone, lower-cased ("van", "bin"): not a name's word of its own.
PARTICLE_WORD = re.compile(_PARTICLE)
#: Everyday words the name lists hold too.
COMMON_WORDS = _COMMON_WORDS
#: The roles a support desk names its workers by ("Agent Priya").
SERVICE_ROLES = _SERVICE_ROLES


#: Labels of a person's role in a record ("Pupil:", "Member:", "Caller:", "Responsável:"): the
#: same words head a plan's tier or a yes-or-no answer ("Member: Gold Tier", "Parent: Yes"), so
#: what follows is a person only as a full name or a first name the lists know.
_ROLE_LABELS = frozenset(
    """
    pupil student member cardmember renter caller claimant policyholder passenger traveller
    traveler parent guardian tenant beneficiary attendee participant learner responsável aluno
    aluna passageiro passageira beneficiário beneficiária schüler schülerin mitglied mieter
    mieterin fahrgast reisender reisende erziehungsberechtigter erziehungsberechtigte élève
    adhérent adhérente locataire passager passagère alumno alumna socio socia inquilino inquilina
    pasajero pasajera tutor tutora server cashier waiter waitress bartender barista teller clerk
    attendant carer caregiver nurse midwife therapist physio physiotherapist dentist interviewer
    owner driver cleaner coach seller buyer recruiter referee attending prescriber officer guard
    skipper primary secondary escort technician engineer foreman supervisor courier rider
    inspector surveyor assessor citizen
    """.split()  # noqa: SIM905 (a word list reads better as words)
) | {
    *("card member", "responsable légal", "care worker", "support worker", "key worker", "hiring manager"),
    *("security officer", "head of household", "household head", "hh head", "received by", "signed by"),
    "collected by",
    *("next of kin", "emergency contact", "seen by", "referred by", "ordering provider", "dispensed by"),
    "triaged by",
}
#: A plan's tier or a record's state, after a role's label.
_TIERS_AND_STATES = frozenset(
    """
    gold silver bronze platinum diamond premium plus basic standard tier level status active
    inactive since pending verified yes no none family student senior junior adult child
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def role_holder(label: str, value: str) -> bool:
    """Whether a value after a label is a person, as far as a role's label goes: two words or
    more that are no tier, state or everyday word, or one first name the lists know; never a
    placeholder for one ("Instructor: TBC")."""
    if value.lower() in NOT_A_NAME:
        return False
    if label.lower() not in _ROLE_LABELS:
        return True
    # (a nickname in quotes is a word of the name: 'Beauregard "Bo" Tillman')
    words = [w.strip('"') for w in value.split()]
    if not words or not all(words):
        return False
    # a name's words are letters, capitalised ("Production EU-1" is a system's)
    if any(c.isdigit() for c in value) or not all(w[0].isupper() or particle(w) for w in words):
        return False
    # an acronym: "Production EU"; a name in capitals is capitals throughout ("IVY DELACROIX")
    if not value.isupper() and any(len(w) <= 3 and w.isupper() for w in words):
        return False
    if any(w.lower() in _TIERS_AND_STATES or everyday_word(w.lower()) for w in words):
        return False
    return len(words) > 1 or first_name_as_written(words[0])


def first_name_as_written(word: str) -> bool:
    """A first name the lists know (or its Slavic case), written as names are: capitalised,
    three letters or more ("Elin", not "ELIN" nor "To")."""
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and (listed_form(word) in first_names() or inflected_first(word))
    )


def field_label(text: str, at: int) -> bool:
    """Whether the word at `at` is a form's label before its colon ("Karta: 4916 ...")."""
    return _FIELD_LABEL.match(text, at) is not None


def greeting_or_closing(word: str) -> bool:
    """Whether a word opens or closes a message ("Hi", "Thanks", "Cheers"), in any case."""
    return word.lower() in vocabulary().greetings or _CLOSING_WORD.fullmatch(word) is not None


def label_word(folded: str) -> bool:
    """Whether a lower-case word is a field label of the tables ("phone", "adresse")."""
    return folded in _label_words()


@cache
def _label_words() -> frozenset[str]:
    return vocabulary().label_words()


def place_word_surname(word: str) -> bool:
    """Whether a capitalised word that, after a first name, usually makes the pair a place or a
    firm ("Central Park", "Acme Hall") is a surname too: Korea's Park, England's Hall."""
    return word[:1].isupper() and word.lower() in _SURNAMES_THAT_ARE_WORDS


_SURNAMES_THAT_ARE_WORDS = frozenset({"park", "hall", "day", "lane", "hill", "bay", "king", "street"})
#: Words that are never a person's name where a key or column says "name".
#: (and a French firm's registration numbers' words, as a key: "siret: 812 345 678 00021")
NOT_A_NAME = (
    _NOT_PEOPLE | _NOT_SURNAME | frozenset({"true", "false", "null", "none", "n/a", "siret", "siren"})
)


def _person(value: str) -> bool:
    # "De Vries", "Van der Heijden": a particle starts the surname, it is not an article.
    words = re.findall(r"[^\s,.]+", _LEADING_PARTICLE.sub("", _HONORIFIC_START.sub("", value)))
    # a greeting alone after a role's label is its message: "Driver: Hi, I am outside"
    return (
        bool(words)
        and words[0].lower() not in _NOT_PEOPLE
        and words[-1].lower() not in _NOT_PEOPLE
        and not (len(words) == 1 and greeting_or_closing(words[0]))
    )


#: A chat export's stamp with a date: "[11/30/25, 7:02 AM]", "[2026-12-01 09:14]".
_DATE_IN_STAMP = re.compile(r"\d[/.\-]\d{1,2}[/.\-]\d")
#: A log's stamp: the date in ISO order and the time to the second ("[2026-12-02 21:14:07]").
_LOG_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")
#: A log line's level, which its module may follow before a colon.
_LOG_LEVELS = frozenset({"INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "CRITICAL", "NOTICE"})


def _dated_stamp(stamp: str, word: str) -> bool:
    """Whether a chat export's dated stamp stands before one word that is no everyday word: an
    export names its speakers as the phone saved them ("[11/30/25, 7:02 AM] Marisela: ..."),
    the lists' names or not."""
    folded = word.lower()
    return bool(
        _DATE_IN_STAMP.search(stamp)
        and folded not in _COMMON_WORDS
        and folded not in NOT_A_NAME
        and not label_word(folded)
        and not greeting_or_closing(word)
        # a log's module in small letters: "[2026-12-02 21:14:07] auth: login ok"
        and not (word.islower() and _LOG_STAMP.search(stamp))
        # a relative saved by their relation: "Mum", "Grandpa", "Tía"
        and not re.fullmatch(RELATION, folded)
        and word.capitalize() not in _PLAIN_KIN
    )


def _known_first(word: str) -> bool:
    """A given name the lists know, or a double one whose parts both are ("Marc-Antoine",
    "Anna-Lena"), as French, German and Nordic parents join them: the lists hold only the
    commonest joins."""
    folded = listed_form(word)
    if folded in first_names():
        return True
    parts = folded.split("-")
    return len(parts) == 2 and all(len(p) > 2 and p in first_names() for p in parts)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A party to a case or a match: "Miranda v. Arizona", "Chelsea vs Arsenal".
_VERSUS = re.compile(r"[ \t]+(?:v|vs)\.?[ \t]+[A-Z]")
_VERSUS_BEFORE = re.compile(r"(?<![\w.])(?:v|vs)\.?[ \t]+$")
#: The Crown or the state against a defendant, as a court's list names a criminal case: "R v
#: Darren WHITTAKER", "Regina v. Kelly-Ann BROOKS", "HMA v John Smith", "State v. Ortiz".
_PROSECUTOR = r"(?:R|Regina|Rex|The Crown|Crown|HMA|HM Advocate|The State|State|People|Commonwealth)"
_PROSECUTED_BEFORE = re.compile(rf"\b{_PROSECUTOR}[ \t]+v\.?[ \t]+$")
#: A case as a law report cites it, a public record: "R v Brown [1994] 1 AC 212", "(1993) 97
#: Cr App R 44".
#: The report may name the defendant's forename in brackets first, and the case stand in italics:
#: "*R v Martin (Anthony)* [2001] EWCA Crim 2245".
_LAW_REPORT_AFTER = re.compile(
    r"[ \t]*(?:\((?-i:[A-Z])[^()\n\d]{1,30}\))?[*_]*[ \t]*(?:[\[(]\d{4}[\])]|,[ \t]*[\[(]\d{4})"
)
_PROSECUTED = re.compile(rf"\b{_PROSECUTOR}[ \t]+v\.?[ \t]+(?P<value>{_FULL})")
#: An officer by rank and collar number, a judge by the Crown Court's title: "PC 2291 Ahmed",
#: "DC 7712 Penrose", "HHJ Whitcombe". With the number, "PC" and "DC" are no computer or city.
_RANKED = re.compile(
    rf"\b(?:(?:PCSO|PC|DC|DS|DCI|DI|DSU|Sgt|Insp|Sergeant|Constable|Inspector)\.?[ \t]+\d{{2,5}}|HHJ)"
    rf"[ \t]+(?P<value>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)
#: A ship's crew member by rank and first name, as a crew's notes and rotas write them: "Bosun
#: Tony", "Oiler Reza", "2/E Marek". The ranks are words too ("Cook Islands", "Wiper blades"):
#: the name after one must be a first name the lists know. (An able seaman's "AB" is left: before
#: a name it is a Swedish firm's too, "AB Volvo".)
_CREW_RANKED = re.compile(
    r"(?<![\w/])(?:OS|Bosun|Boatswain|Oiler|Wiper|Fitter|Messman|Cadet|Cook|Chief Cook|Steward|Motorman|"
    r"Pumpman|ETO|[23]/[OE]|C/[OE])\.?"
    rf"[ \t]+(?P<value>{_WORD}(?:[ \t]+{_WORD})?)"
)
#: A name before a professional's post-nominal letters, with an initial perhaps and no dot
#: after it: "R Chaudhry MRCVS", "Dr A. Okoro FRCS", "Helen Marsh, RGN".
_POST_NOMINAL = re.compile(
    rf"(?P<value>(?:[A-Z]\.?[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}}),?[ \t]+"
    r"(?:MRCVS|BVSc|BVMS|BVetMed|RVN|MRCGP|MRCP|FRCP|FRCS|FRCSEd|MBBS|MBChB|BDS|GDC|RGN|RMN|NMC|"
    r"MCSP|HCPC|CEng|MICE|MIStructE|FCA|ACCA|ACA|CPA|MRICS|FRICS|RIBA|Esq)\b"
)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*\.?)")
#: A Hungarian street's word after the name it is named for, with its case ending ("a Deák
#: Ferenc utcában", "a Széchenyi István téren", "az Andrássy úton").
_HUNGARIAN_STREET = re.compile(
    r"utc[aá]\w*|útj?(?:a|on|ra|ról|tól|hoz|nál|ig|ba|ban)?|t[ée]r(?:e[nt]|re|ről|től|hez|nél|ig)?|körút\w*"
    r"|sétány\w*|fasor\w*|rakpart\w*"
)
#: Words that make a name a group's or a company's, in it or right after it (a number may
#: stand between): "Brightmoor Software Ltd", "Fulfilment Centre 4", "Assignee: Tier 2 Support";
#: a club's board in several languages, which signs its letters ("Med vennlig hilsen / Styret").
_GROUP_WORDS = frozenset(
    """
    team teams support ltd limited inc llc gmbh plc corp corporation company centre center desk
    fc afc rfc jfc cc
    helpdesk department dept office services service software group solutions systems holdings
    technologies committee board staff crew operations
    engineering marketing finance legal security infrastructure facilities procurement accounting
    payroll compliance research logistics escalations fulfilment fulfillment warehouse reception
    admissions recruiting recruitment billing sales payable receivable accounts returns
    merchandising purchasing bank pharmacy manager technician
    repair repairs studio studios workshop workshops floral florist florists health central
    international events catering bakery motors builders cleaning transport travel
    tours clinic academy nursery college university hospital council trust foundation charity
    association society store stores shop shops market cafe café restaurant hotel agency
    associates consulting media design labs club clubs klub klubb verein members tagok leden
    équipe equipe equipo squadra zespół ekibi abteilung kundenservice kundendienst
    vorstand styret styrelsen bestyrelsen hallitus johtokunta juhatus bestuur zarząd výbor
    vezetőség elnökség comitato directiva diretoria direção
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
GROUP_WORDS = _GROUP_WORDS
#: The ends of compounds that name a club or a society in the languages that join words:
#: "Curlingklubb", "Schützenverein", "Skytteförening", "Hiihtoseura", "Íjászegyesület".
_GROUP_ENDINGS = ("klubb", "klubben", "verein", "förening", "forening", "seura", "egyesület", "vereniging")
#: Words that are no person's name however they are written: everyday words, groups, places.
_NO_NAME_WORDS = _COMMON_WORDS | NOT_A_NAME | _GROUP_WORDS
NO_NAME_WORDS = _NO_NAME_WORDS
#: Narrower sets some rules keep to, built once rather than per match: everyday words and
#: words for no one in particular, with the groups, and those words and groups without the
#: everyday ones.
_WORDS_FOR_NO_ONE = _COMMON_WORDS | _NOT_PEOPLE
_WORDS_OR_GROUPS_FOR_NO_ONE = _WORDS_FOR_NO_ONE | _GROUP_WORDS
_GROUPS_FOR_NO_ONE = _NOT_PEOPLE | _GROUP_WORDS
#: A committee's offices, which minutes list by the office: "Present: Chair, Secretary".
_OFFICES = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "secretary", "treasurer", "president", "clerk"}
)
#: The word right after a name (a number may stand between) that ends the phrase: "Fulfilment
#: Centre 4,", "Tier 2 Support —"; not a role that goes on ("Anna Berg Support Engineer") nor
#: an address ("support@"), and one space away: a wider gap or a tab is a form's next column
#: ("Driver: Jamal Idris     Staff no: 27715").
_WORD_AFTER = re.compile(r" (?:\d+ )?(?P<word>[A-Z][^\W\d_]+)(?![\w@]|[ \t]+[A-Z])")


#: A company's legal form: under "Customer:" or "Kunde:" a firm is named, not a person. (Hebrew's
#: בע"מ, Ltd, is cut at its quote: "בע" is left of it.)
LEGAL_FORMS = frozenset(
    """
    gmbh ag kg ohg ug ltd ltd. limited plc inc inc. llc llp corp corp. co. company sa s.a. sas sarl
    s.a.r.l. spa s.p.a. srl s.r.l. s.l. bv b.v. nv n.v. oy ab as a/s aps sp. s.r.o. a.s. kft. kft
    zrt. zrt pt pt. tbk a.ş. ooo ооо оао зао тов пат jsc pte sdn bhd oü ltda lda ικε α.ε. επε
    בע
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def group_name(text: str, value: str, end: int) -> bool:
    """Whether a found name is a group's or a company's: English never starts a person's name
    with "The", and a group word ends it, starts it or follows it ("Das Support-Team",
    "L'équipe Facturation", "Tier 2 Support")."""
    words = value.split()
    if words[0] == "The":
        return True
    last = words[-1].strip(",.").lower().split("-")[-1]
    first = re.split(r"['’]", words[0])[-1].lower()
    after = _WORD_AFTER.match(text, end)
    return (
        last in _GROUP_WORDS
        or last.endswith(_GROUP_ENDINGS)
        or first in _GROUP_WORDS
        # a firm by its legal form at the end: "Kolimiskastid OÜ", "Santorini Weddings ΙΚΕ"
        or words[-1].lower().rstrip(",") in LEGAL_FORMS
        or (after is not None and after.group("word").lower() in _GROUP_WORDS)
        # a firm's name that goes on to its legal form: "Marks and Spencer plc", "Hale & Sons Ltd"
        or _FIRM_GOES_ON.match(text, end) is not None
    )


#: A firm's legal form as a name's last word.
_LEGAL_FORM = (
    r"(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|SAS|SARL|S\.r\.l\.|SRL|S\.p\.A\.|B\.V\.|N\.V\.|Oy|ApS|A/S|Pty|Corp"
    r"|& Co|(?:&|and) (?:Sons?|Daughters|Partners)|& (?:Fils|Söhne|Hijos|Figli|Zonen))"
)
#: The rest of a firm's name after a found word, to its legal form.
_FIRM_GOES_ON = re.compile(
    rf"(?:[ \t]+(?:and|&|und|et|y|e)?[ \t]*[A-Z][\w'\u2019.\-]*){{0,3}}[ \t]+{_LEGAL_FORM}(?![\w\-/])"
    # (America's comma before the form, which ends a cell or the line: "Sysco Chicago, Inc.,",
    # "Brightline, LLC")
    rf"|,[ \t]+{_LEGAL_FORM}\.?(?=[ \t]*(?:[,;\u00b7|]|$))",
    re.MULTILINE,
)


#: Roles the label table lists that name a thing or a rank as often: "primary Apollo", "server".
_NOT_A_WORKERS_ROLE = frozenset(
    """
    primary secondary attending server keeper guard escort officer captain member owner manager
    trainer coach referee sponsor donor party supervisor
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


@cache
def _role_before_a_name() -> re.Pattern[str]:
    roles = {
        r
        for r in vocabulary().labels["applicant"]
        if " " not in r and "/" not in r and len(r) > 3 and r not in _NOT_A_WORKERS_ROLE
    }
    return re.compile(rf"(?<![\w@/-])(?i:{words_pattern(roles)})[ \t]+(?P<value>{_UP}{_LOW}+)(?![\w@-])")


def _word_before(text: str, start: int) -> str:
    """The word that ends right before `start`, past blanks."""
    words = _before(text, start).split()
    return words[-1] if words else ""


def _before(text: str, start: int) -> str:
    """The few words before `start`: a cue is near, and searching a whole screen's text back
    from every capitalised word would make a screen cost its length squared."""
    return text[max(0, start - 40) : start]


#: An account a program logs in with, by its prefix ("svc_payroll", "app-reporting",
#: "ci.deploy") or by a role's or a stage's suffix ("crm_ro", "etl_loader", "billing.prod"):
#: no person's.
SERVICE_ACCOUNT = re.compile(
    r"^(?:svc|service|app|bot|sys|ci|cron|daemon|etl)[_.\-]"
    r"|[_.\-](?:ro|rw|readonly|reader|writer|loader|runner|worker|backup|monitor|app|svc|service|bot|api|"
    r"etl|sync|prod|dev|test|demo|stage|staging)$"
    # a role run into its system's name: "tilladmin", "WSAGTAPI" (a travel GDS's web-services login)
    r"|^[a-z]{3,}(?:admin|api)$"
)


def anyones_login(login: str) -> bool:
    """Whether an account word's value may be a person's login: it holds a letter and is no
    account every system has, no form's word for a missing value and no service's account."""
    lower = login.lower()
    return (
        any(c.isalpha() for c in lower)
        and lower not in _NOT_A_LOGIN | _SYSTEM_LOGINS | _PLACEHOLDER_LOGINS
        and not SERVICE_ACCOUNT.search(lower)
    )


#: An account that is a number with at most a letter or two before it ("u40213", "ab1234").
_NUMBERED_ACCOUNT = re.compile(r"(?i)[a-z]{0,2}\d{3,}")


def login_holds_a_name(login: str) -> bool:
    """A part of the login is a known name, whole or after an initial ("mkaur", "anna.berg"),
    or a Slavic surname by its shape ("a.kowalska", "jnovakova")."""
    parts = [p for p in re.split(r"[._\-\d]+", login) if len(p) > 2]
    return any(
        part not in _NOT_PEOPLE
        and (
            known_name(part)
            or (len(part) > 4 and known_name(part[1:]))
            or (len(part) > 5 and slavic_surname(part))
        )
        for part in parts
    )


#: Serbian Cyrillic to Latin, letter for letter: the lists spell Serbian names in Latin
#: ("Милош" is listed as "miloš").
_SR_LATIN = str.maketrans(
    dict(
        zip(
            "абвгдђежзијклљмнњопрстћуфхцчџш",
            "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),  # noqa: SIM905
            strict=True,
        )
    )
)
#: Case endings of Polish, Czech, Slovak, Serbian, Croatian and Finnish names and what the
#: nominative ends in instead: "Agnieszki" -> "Agnieszka", "Przemysławem" -> "Przemysław",
#: "Miloše" -> "Miloš", "Jovanoviću" -> "Jovanović", "Petrovi" -> "Petr", "Sannalle" -> "Sanna".
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Hungarian "to" and "at" ("Eszternek", "Bencének", "Ritánál"): a name's last vowel is
    # lengthened before them
    ("ének", ("e",)),
    ("ának", ("a",)),
    ("ánál", ("a",)),
    ("énél", ("e",)),
    ("nek", ("",)),
    ("nak", ("",)),
    ("nál", ("",)),
    ("nél", ("",)),
    # and "with" ("Zsófiával", "Bencével", "Péterrel"), "v" taking the last consonant's sound
    ("ával", ("a",)),
    ("ével", ("e",)),
    ("val", ("",)),
    ("vel", ("",)),
    # Finnish "to", "from" and "at": "Sannalle", "Laineelle", "Mikalta", "Ainolla"
    ("elle", ("",)),
    ("lle", ("",)),
    ("lta", ("",)),
    ("lla", ("",)),
    # (a man's name in -a takes them too: "Honza" -> "Honzovi"; Polish "Kuba" -> "Kubie")
    ("owi", ("", "a")),
    ("ovi", ("", "a")),
    ("ie", ("a",)),
    ("emu", ("",)),
    ("iem", ("",)),
    ("em", ("",)),
    ("om", ("", "a")),
    ("ou", ("a",)),
    ("ą", ("a",)),
    ("ę", ("a",)),
    ("y", ("a",)),
    ("i", ("a", "", "ia")),
    ("e", ("a", "")),
    ("u", ("", "a")),
    ("ě", ("a",)),
    ("a", ("",)),
)
#: Case endings of Russian and Ukrainian names and what the nominative ends in instead:
#: "Анной" -> "Анна", "Наталье" -> "Наталья", "Артёму" -> "Артём", "Сергея" -> "Сергей",
#: "Тарасові" -> "Тарас", "Олені" -> "Олена", "Кузнецовой" -> "Кузнецова".
_CYRILLIC_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Ukrainian surnames in "-енко" decline as nouns in "-о": "Шевченка", "Шевченку", "Шевченком"
    ("енка", ("енко",)),
    ("енку", ("енко",)),
    ("енком", ("енко",)),
    ("ові", ("",)),
    ("еві", ("", "й", "ь")),
    ("ой", ("а",)),
    ("ою", ("а",)),
    ("ей", ("я", "а", "ь")),
    ("ею", ("я",)),
    ("ом", ("",)),
    ("ем", ("", "й", "ь")),
    ("ым", ("",)),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
    ("і", ("а", "я", "")),
    ("ї", ("я",)),
    ("е", ("а", "я", "")),
    ("у", ("а", "")),
    ("ю", ("я", "й", "ь")),
    ("а", ("",)),
    ("я", ("й", "ь")),
    ("о", ("а",)),
)
#: A Slavic surname by its shape, in any case: -ski/-ska/-cki/-cka ("Grabowskim", "Kowalska"),
#: Czech -ová ("Nováková"), South Slavic -ić ("Jovanoviću"), Russian and Ukrainian -ский/-ская
#: ("Вишневской"), -ов/-ев/-ин ("Петровой", "Соловьёва"), Ukrainian -енко, -чук and Polish
#: -czyk, -czak ("Kowalczyk").
_SLAVIC_SURNAME = re.compile(
    r"(?:(?:sk|ck|dzk)(?:i|a|iego|iemu|im|iej|ą)|ová|ové|ovou|[cć]ová|i[cćč](?:a|u|em|e)?"
    r"|[сц]к(?:ий|ая|ого|ому|им|ой|ую|ом|ої|у)|[оеё]в(?:а|у|ым|ой|ою|ої|е)?|[иы]н(?:а|у|ым|ой|ою|ої)"
    r"|енк[оау]|[чщ]ук[аиу]?|(?:cz|rz)yk|czak|czuk)$",
    re.IGNORECASE,
)


def _lemmas(word: str) -> Iterator[str]:
    """The word in lower case and its nominatives; a Cyrillic word also spelled as Serbian
    Latin ("Милоше" -> "miloše" -> "miloš") and with "ё" written without its dots."""
    folded = word.lower()
    if _GREEK_LETTER.search(folded):
        yield folded
        yield from _nominatives(folded, _GREEK_CASE_ENDINGS)
        return
    if _CYRILLIC_LETTER.search(folded):
        cyrillic = folded.replace("ё", "е")
        yield cyrillic
        yield from _nominatives(cyrillic, _CYRILLIC_CASE_ENDINGS)
        folded = folded.translate(_SR_LATIN)
    yield folded
    yield from _nominatives(folded, _CASE_ENDINGS)
    yield from _mobile_e(folded)


#: Polish and Czech drop an "e" from a name's last syllable in its other cases: "Paweł" ->
#: "Pawła", "Marek" -> "Markiem", "Kacper" -> "Kacpra", "Pavel" -> "Pavla".
_MOBILE_E_ENDINGS = ("owi", "ovi", "iem", "em", "ie", "a", "u")
_VOWELS = frozenset("aeiouyąęóáéíýůě")


def _mobile_e(folded: str) -> Iterator[str]:
    """The nominative with the "e" its cases drop put back."""
    for ending in _MOBILE_E_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3 and stem[-1] in "kłlrcn" and stem[-2] not in _VOWELS:
            yield stem[:-1] + "e" + stem[-1]


def _nominatives(folded: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> Iterator[str]:
    for ending, restores in endings:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            yield from (folded[: -len(ending)] + restore for restore in restores)


def declined_full_name(first: str, last: str) -> bool:
    """A first name in one of its Slavic cases, then a surname in one ("Pawła Nowaka",
    "Markiem Wiśniewskim", "Kacpra Zielińskiego"): its nominative a name the lists know, and
    not a public figure's ("Тараса Шевченка")."""
    return (
        first[:1].isupper()
        and last[:1].isupper()
        and first.lower() not in first_names()
        and inflected_first(first)
        and slavic_surname(last)
        and not known_name(last)
        and not any(organisations.listed_figure(a, b) for a in _lemmas(first) for b in _lemmas(last))
    )


def inflected_first(word: str) -> bool:
    """A known first name in one of its Slavic cases ("Agnieszki", "Милоше")."""
    return word.lower() not in _COMMON_WORDS and any(
        lemma in _declined_first_names() for lemma in _lemmas(word)
    )


def slavic_surname(word: str) -> bool:
    """A known surname in one of its Slavic cases, or a word of a Slavic surname's shape."""
    return _SLAVIC_SURNAME.search(word) is not None or any(lemma in surnames() for lemma in _lemmas(word))


#: Letters only Slavic languages write: a line that has one is read with their case endings.
_SLAVIC_LETTERS = re.compile(r"[ąćęłńśźżčřšžěůđјљњћџ\u0400-\u04ff]", re.IGNORECASE)
#: A name after a preposition, a verb of contact or a salutation of those languages: "Zadzwoń
#: do Agnieszki", "Spotkanie z Przemysławem Grabowskim", "Поштовани Милоше Јовановићу". Not
#: "u"/"w"/"v" (in): after them a town's locative reads like a name's case ("u Smiljanu").
_SLAVIC_CUED = re.compile(
    r"(?<!\w)(?i:do|z|ze|od|dla|k|ke|ku|s|se|o|przez|za|po|с|со|к|ко|от|для|о|за|са|од|до|від|із|зі|"
    r"szanown[ya]|drog[ia]|vážen[ýá]|mil[ýá]|poštovan[ia]|drag[ia]|поштовани|поштована|драги|драга|"
    r"уважаем(?:ый|ая)|дорог(?:ой|ая))[ \t]+"
    r"(?P<value>[^\W\d_][\w]+(?:[ \t]+[^\W\d_][\w]+){0,2})"
)
#: Thanks and asks name whom they are for, in the dative: "Спасибо Наталье", "передай Насте",
#: "powiedz Kasi" (read apart from the prepositions: "Napisz do Małgorzaty" is both).
_SLAVIC_ASKED = re.compile(
    r"(?<!\w)(?i:спасибо|благодар(?:ю|им)|передай(?:те)?|скажи(?:те|ть)?|напиши(?:те|ть)?|"
    r"(?:пере)?звони(?:те)?|попроси(?:те)?|напомни(?:те)?|поздравля(?:ю|ем)|дяку(?:ю|ємо)|подзвони(?:ть)?|"
    r"зателефонуй(?:те)?|нагадай(?:те)?|віта(?:ю|ємо)|dziękuj(?:ę|emy)|dzięki|podziękuj|powiedz|przekaż|"
    r"napisz|řekni|pošli|napiš|zavolej|děkuj(?:i|eme)|díky|spotkał(?:am|em|a)?|widział(?:am|em|a)?|"
    r"potkal(?:a|i)?|viděl(?:a|i)?|зустріла?|бачила?|встретила?|видела?)[ \t]+"
    r"(?P<value>[^\W\d_][\w]+(?:[ \t]+[^\W\d_][\w]+){0,2})"
)


#: A first name called at a message's start, after its sender's name in a chat, in the case
#: Slavic languages and Greek call people in: "Тарасе, ось мій новий номер", "Олено, ваш
#: квиток", "Γιώργο, πάρε τη Νεφέλη", "γιαγιά: Νικολάκη μου, χρόνια πολλά".
_CALLED_FIRST = re.compile(
    rf"(?m)^(?:[^\n:\uff1a]{{1,30}}[:\uff1a][ \t]*)?(?P<value>{_CYRILLIC_WORD}|{_GREEK_WORD})"
    r"(?:[ \t]+(?:μου|моя|мой|мій|моя))?[ \t]*,"
)
#: A Czech, Slovak, Polish, Ukrainian or Russian title in any case, before a name in the same
#: case: "paní Novotné" (to Mrs Novotná), "panu Kratochvílovi", "пані Галині", "pana Nowaka".
_SLAVIC_TITLED = re.compile(
    r"(?<!\w)(?:paní|panu|pana|panem|pane|pani|panią|panie|pan|pán|pánovi|pánom|"
    r"пані|пану|пана|пане|паном|госпожа|госпоже|господину|господина)[ \t]+"
    r"(?P<value>[^\W\d_][\w]+(?:[ \t]+[^\W\d_][\w]+){0,1})"
)
#: A Czech or Slovak woman's surname in the dative or locative: "Novotné", "Dvořákové" (-á).
_FEMININE_CASE = re.compile(r"(?:sk|ck|n|t|l|r|v|k|č|ř|š|ž)é$")


def _plain_pair(words: list[str]) -> bool:
    """No word of the pair is an everyday word or a group ("Release Notes", "Sales Team");
    particles ("Van", "de") are part of a name."""
    return not any(
        (w.lower() in _COMMON_WORDS or w.lower() in _NOT_PEOPLE or w.lower() in _NOT_SURNAME)
        and not particle(w)
        for w in words
    )


#: A saint's name names a holiday, a church or a town ("St. Patrick's Day", "Sankt Georg",
#: "San Martín"), never the person on the screen.
_SAINT_BEFORE = re.compile(
    r"(?<!\w)(?:St\.?|Ste\.?|Saint|Sainte|Sankt|San|Santa|Santo|São|Sveti|Sv\.|Svatý|Svatá|Święt\w*)[ \t]+$"
)
#: Shops are named in the possessive: "Wendy's and McDonald's", "Sainsbury's, Boots".
_POSSESSIVE_LIST = re.compile(r"['\u2019]s(?:[ \t]*(?:,|and|&|und|et|y)[ \t]+[A-Z][\w'\u2019]*['\u2019]s\b)")
_POSSESSIVE_AFTER_LIST = re.compile(r"[A-Z][\w'\u2019]*['\u2019]s[ \t]*(?:,|and|&|und|et|y)[ \t]+$")


#: A line OCR read with a blank between letters and wider gaps between words: "N a m e :  P E
#: T R O N E L L A   V A S S". Nine single characters in a row at least.
_LETTER_SPACED = re.compile(r"(?m)^[ \t]*\S(?: {1,3}\S){8,}[ \t]*$")

_SPACED_CUE = re.compile(r"(?:[:\uff1a]|\b(?i:holder|name on card|on card))[ \t]*$")


def _letter_spaced(text: str) -> Iterator[Finding]:
    """Names on letter-spaced lines, found on the line read without its spacing (one blank
    between letters dropped, a wider gap read as one) and given back with the spacing."""
    for line in _LETTER_SPACED.finditer(text):
        chars = line.group()
        if any(len(token) > 1 for token in chars.split()):
            continue
        read: list[str] = []  # the letters, and each one's place in the text
        where: list[int] = []
        for i, char in enumerate(chars):
            if char != " ":
                if read and line.start() + i - where[-1] > 2:
                    read.append(" ")
                    where.append(line.start() + i - 1)
                read.append(char)
                where.append(line.start() + i)
            elif read and chars[i - 1] == ":" and read[-1] != " ":
                read.append(" ")  # "N a m e :  P" keeps a label's blank after the colon
                where.append(line.start() + i)
        read_line = "".join(read)
        for finding in find(read_line):
            # such lines are headings in capitals ("W E L C O M E   T O   T H E   S H O W"),
            # where capitals alone are no cue: a field's label or a holder's word must lead
            if not _SPACED_CUE.search(read_line, 0, finding.start):
                continue
            start, end = where[finding.start], where[finding.end - 1] + 1
            yield Finding(finding.kind, start, end, text[start:end])


def find(text: str) -> Iterator[Finding]:
    """Names by cue or shape, without a street's ("Calle Mayor"), a saint's or a shop's, a
    listed organisation's ("Morgan Stanley"), a listed public figure's on a line with no
    personal-data cue ("Elon Musk says ..."), a city's on a route ("from Washington to") or a
    form's example ("e.g. Jane Smith")."""
    if "   " in text:
        yield from _letter_spaced(text)
    for found in _find(text):
        finding = _without_lead(text, found, _MERIDIEM, _CLOCK_BEFORE)
        if finding is not None:
            finding = _without_lead(text, finding, _MONTH_FIRST, _DAY_BEFORE)
        if finding is not None and not not_a_person(text, finding):
            yield finding


#: A clock's time and its "AM" or "PM", which the initials rule reads as a person's initials
#: before the next word ("11:30 AM Sysco delivery").
_CLOCK_BEFORE = re.compile(r"\d[:.]\d{2}[ \t]*$")
_MERIDIEM = re.compile(r"(?:AM|PM)[ \t]+")
#: A day's number and the month after it, where the month's short form is a first name too: "Fri
#: 1 Jan", "Mon 18 Jan  Martin Luther King Jr. Day", "3 June".
_DAY_BEFORE = re.compile(r"(?<![\d.:/])\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+$")
_MONTH_FIRST = re.compile(r"(?:Jan|Mar|May|June|April|August)\.?(?:[ \t]+|$)")


def _without_lead(text: str, finding: Finding, lead: re.Pattern[str], cue: re.Pattern[str]) -> Finding | None:
    """The name without the word that leads it where the text before says what that word is: a
    clock's "AM" or "PM" ("9:00 AM John Carver"), a day's month ("18 Jan  Martin Luther King"),
    where a word after is one the lists know; none where none is ("9:00 AM NYC DOHMH")."""
    word = lead.match(finding.value)
    if word is None or not cue.search(text, max(0, finding.start - 8), finding.start):
        return finding
    rest = finding.value[word.end() :]
    if not any(known_name(w) for w in rest.split()):
        return None
    start = finding.start + word.end()
    return Finding(finding.kind, start, finding.end, rest)


#: A chat's bot ("RoomBot") and a program's version after its name ("Noah 4.16.1 started").
_BOT_NAME = re.compile(r"\w*[a-z](?:Bot|BOT)")
_VERSION_AFTER = re.compile(r"[ \t]+v?\d+\.\d+\.\d+")


#: A month and the day after it: a "name" whose last word is the month is a word and a date
#: ("ETA Dec 4", "Eta" being a first name too). Not the months that are names too ("Anna May
#: 12", "Jan 4").
_ENDS_IN_A_MONTH = re.compile(
    r"(?:^|.*[ \t])(?i:january|feb(?:ruary)?|mar(?:ch)?|apr|jun|jul|aug|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?!\d)")


#: A notice's fields in Latin letters: date, time, place, price, sessions, notes in English,
#: German, French, Spanish, Italian, Portuguese, Dutch and the Nordic languages. Under an event
#: "Price: free" or "Date: Sunday" is a field, not a speaker, though "Price" is a surname too.
NOTICE_FIELDS = frozenset(
    """
    date dates time times venue place location where when price prices cost costs fee fees
    session sessions note notes details duration deadline capacity schedule level ages
    datum zeit uhrzeit ort treffpunkt preis kosten termin lieu heure prix tarif fecha hora horario
    lugar precio luogo orario prezzo horário preço plaats tijd prijs tid plats sted pris aika
    paikka hinta
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Labels of where something is, which are surnames too ("Ward: 7B", "Bay: 3", "Hall: B"): a
#: line that opens with one is a record's field, not a chat's speaker.
_PLACE_FIELDS = frozenset(
    """
    ward bay bed room theatre clinic unit floor wing level desk gate seat zone block court hall
    site depot branch store team shift rota grade band class group lane track platform terminal
    pier dock stand row section house
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


#: Words of a sign or a warning in capitals, in no one's name: "DO NOT USE", "KEEP OUT", "STAFF
#: ONLY".
_SIGN_WORDS = frozenset("NOT THE AND FOR WITH USE ONLY KEEP PLEASE DON'T".split())  # noqa: SIM905
#: A calendar's time zone, named by its offset and then its cities: "(UTC+00:00) Dublin, Edinburgh,
#: Lisbon, London".
TIME_ZONE = re.compile(r"\((?:UTC|GMT)[ \t]?[+\-\u2212]\d{1,2}:\d{2}\)")


_MONARCH = re.compile(r"[^\W\d_]+ (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)")


#: Car makers whose make starts a model's name ("Nissan Leaf", "Kia Niro", "Škoda Octavia"),
#: leaving out those that are also given names or words ("Lincoln", "Austin", "Mini", "Seat").
_CAR_MAKES = frozenset(
    """
    abarth acura audi bentley bmw bugatti buick byd cadillac chevrolet chevy chrysler citroën citroen
    cupra dacia daewoo daihatsu dodge ferrari fiat geely hyundai infiniti isuzu jeep kia lada
    lamborghini lancia lexus maserati mazda mclaren mercedes-benz mitsubishi nissan opel
    peugeot polestar porsche proton renault rivian saab skoda škoda ssangyong subaru suzuki tesla
    toyota vauxhall volkswagen vw volvo perodua mahindra maruti chery haval omoda honda
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_GERMAN_WEEKDAY = re.compile(
    r"(?:Am|Ab|Bis|Jeden|Diesen|Nächsten|Kommenden|Letzten|Vom|Zum|Seit)[ \t]+"
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
)
#: A day a calendar names by its feast or its kind, ending in its weekday: "Good Friday",
#: "Easter Monday", "Black Friday" ("Good" and "Easter" are surnames too).
_NAMED_WEEKDAY = re.compile(
    r"(?:[A-Z][a-z]+[ \t]+)+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
#: The codes of the currencies whose amounts the corpora's screens show (ISO 4217), where one is
#: also a given name or a word in capitals ("RON", "ALL"): after an amount it is money.
_CURRENCY_CODE = re.compile(
    r"(?:RON|RUB|BAM|ALL|MAD|GEL|AMD|AED|SAR|TRY|NGN|KES|GHS|ZAR|INR|PKR|LKR|NPR|BDT|IDR|PHP|THB|VND|"
    r"MYR|SGD|HKD|TWD|CNY|RMB|JPY|KRW|USD|EUR|GBP|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|BGN|RSD|UAH|ILS|"
    r"EGP|TND|ETB|TZS|UGX|RWF|XOF|XAF|ZMW|MWK|BRL|ARS|CLP|COP|PEN|MXN|CAD|AUD|NZD)\b"
)
_AMOUNT_BEFORE = re.compile(r"\d[ \t\u00a0]?$")


def not_a_person(text: str, finding: Finding) -> bool:
    """Whether a name found by its shape is a street's, an organisation's (or what one is named
    after), a public figure's, a city's on a route, a form's example, part of a month or a
    public office's holder."""
    from app.privacy import organisation_contacts  # it imports this module

    return bool(
        _named_thing(text, finding)
        or _thing_after(text, finding)
        or named_after_a_thing(text, finding.start)
        or organisations.covered_by_organisation(text, finding.start, finding.end)
        or organisation_contacts.named_after_by_an_institution(text, finding.start, finding.end)
        or _before_a_role_mailbox(text, finding)
        or organisations.public_figure(text, finding.start, finding.end)
        or places.route_place(text, finding.start, finding.end)
        or places.city_name(finding.value)
        # a town after a preposition of place: "nata il 21/06/1979 a Bari", "ở Huế"
        or (
            " " not in finding.value
            and places.listed_place(finding.value)
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, finding.start - 6), finding.start) is not None
        )
        # the second word of a city's name: "New York", "Den Helder", "תל אביב"
        or (
            " " not in finding.value
            and places.city_name(f"{_word_before(text, finding.start)} {finding.value}")
        )
        or _FIRM_GOES_ON.match(text, finding.end) is not None
        # a town's or a country's one word, which no person bears: "Bratislava", "Polska" (in a
        # script with capitals: a caseless one's town is a given name as often, "มาลี")
        or (
            " " not in finding.value
            and finding.value[0].isupper()
            and places.listed_place(finding.value)
            and not known_name(finding.value)
            and not organisations.personal_cue(text, finding.start, finding.end)
        )
        # a monarch's or a pope's name and number, and what is named after one ("Canal de Isabel II")
        or _MONARCH.fullmatch(finding.value)
        # a chat's bot ("RoomBot  10:01 AM") and a program before its version ("Noah 4.16.1 started")
        or _BOT_NAME.fullmatch(finding.value)
        or _VERSION_AFTER.match(text, finding.end)
        # a currency's code after its amount: "149,90 RON", "KES 3,500" has it before
        or (_CURRENCY_CODE.match(finding.value) and _AMOUNT_BEFORE.search(text, 0, finding.start))
        # a car's make and model ("Nissan Leaf 40kWh"), a German weekday after its preposition
        # ("Am Freitag bleibt die Kita geschlossen": Freitag is a surname too)
        or (" " in finding.value and finding.value.split()[0].lower() in _CAR_MAKES)
        or _GERMAN_WEEKDAY.fullmatch(finding.value) is not None
        or _NAMED_WEEKDAY.fullmatch(finding.value) is not None
        or _EXAMPLE_BEFORE.search(text, max(0, finding.start - 24), finding.start)
        # the cities a calendar names its time zone by
        or TIME_ZONE.search(text, line_bounds(text, finding.start)[0], finding.start)
        or _ORGANISATION_LABEL_BEFORE.search(text, max(0, finding.start - 24), finding.start)
        or _PART_OF_MONTH.fullmatch(finding.value)
        or _month_among_months(text, finding)
        or (finding.value.isupper() and not _SIGN_WORDS.isdisjoint(finding.value.split()))
        or (_ENDS_IN_A_MONTH.fullmatch(finding.value) and _DAY_AFTER.match(text, finding.end))
        or (
            holds_public_office(text, finding.start)
            and not organisations.personal_cue(text, finding.start, finding.end)
        )
        or publicly_known(text, finding.start)
        or a_works_title_or_author(text, finding.start)
    )


#: A mail header's address right after its display name: '"LinguaLoop" <no-reply@lingualoop.com>'.
_MAILBOX_AFTER = re.compile(r"[\"'\u201d]?[ \t]*<(?P<user>[\w.+\-]+)@(?P<domain>[\w.\-]+)>")


def _before_a_role_mailbox(text: str, finding: Finding) -> bool:
    """Whether the name is a display name a role's mailbox follows and no given name starts it:
    a service sends as itself ("IELTS Results <results@...>", '"LinguaLoop" <no-reply@...>');
    "Anna Berg <info@annaberg.se>" is still Anna Berg's."""
    from app.privacy import organisation_contacts  # it imports this module

    mailbox = _MAILBOX_AFTER.match(text, finding.end)
    return (
        mailbox is not None
        and organisation_contacts.role_mailbox(mailbox.group("user"), mailbox.group("domain"))
        and not any_first_name(finding.value.split()[0])
    )


#: A run of months' short names in a row or a range ("Jan,Mar,Aug", "Jun-Sep", "Mar | Jun").
_SHORT_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?"
_MONTH_RUN = re.compile(
    rf"(?i)(?<![^\W\d_]){_SHORT_MONTH}(?:[ \t]*[,;/|\t\u2013-][ \t]*{_SHORT_MONTH})+(?![^\W\d_])"
)
#: Months and weekdays, written out or cut short, that are no one's given name ("May", "June",
#: "April", "August", "Jan", "Jun", "Mar" and "Sun" are someone's too).
CALENDAR_WORDS = frozenset(
    [
        "feb",
        "apr",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "july",
        "september",
        "october",
        "november",
        "december",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)

_MONTH_START = re.compile(rf"(?i){_SHORT_MONTH}")
_LETTERS_RUN = re.compile(r"[^\W\d_]+")


def _month_among_months(text: str, finding: Finding) -> bool:
    """Whether a month's short name stands in a run of them that holds one no one is named
    ("Jan,Mar,Aug", "Mar,Jun,Jun-Sep"): a sowing table's or a schedule's months ("Attendees:
    Jan, Mar" stays two people)."""
    # (only a finding that starts as a month's name is read against its line: not_a_person asks
    # for every name found, and a line may hold thousands)
    if _MONTH_START.match(finding.value) is None:
        return False
    line_start, line_stop = line_bounds(text, finding.start)
    return any(
        run.start() <= finding.start
        and finding.end <= run.end()
        and any(word.lower() in CALENDAR_WORDS for word in _LETTERS_RUN.findall(run.group()))
        for run in _MONTH_RUN.finditer(text, line_start, line_stop)
    )


#: What science names after a person, after the possessive: "'s second law", "'s equations".
_EPONYM_AFTER = re.compile(
    r"['\u2019]s(?:[ \t]+[a-z\-]+){0,2}[ \t]+(?:laws? of|(?:first|second|third) law|equations|theorem|"
    r"principle|constant|algorithm|paradox|conjecture|lemma|distribution|razor|hypothesis|inequality|"
    r"transform|criterion|postulate|"
    # medicine's: "Addison's disease", "Bell's palsy", "Kaposi's sarcoma", "Colles' fracture"
    r"disease|syndrome|palsy|sarcoma|lymphoma|disorder|phenomenon|sign|test|manoeuvre|maneuver|"
    r"procedure|operation|fracture|ulcer|reflex|triad|score|scale|classification|criteria|solution|"
    r"stain|cells?|duct|node|tube|gland|contracture|neuroma|tumou?r|anomaly|ataxia|chorea|"
    r"encephalopathy|thyroiditis|cyst)\b"
    # a show named after its heroine: "Matilda the Musical"
    r"|[ \t]+the[ \t]+(?:Musical|Movie|Film|Opera|Ballet|Play)\b"
    # a shop or a service named after its owner: "Rosie's Kitchen", "Tony's Barbers"
    r"|['\u2019]s[ \t]+(?:Kitchen|Bakery|Cafe|Café|Diner|Bar|Pub|Grill|Salon|Barbers?|Boutique|Bistro|"
    r"Deli|Pizza|Pizzeria|Garage|Pantry|Place|Shop|Store|Market|Florist|Flowers|Cakes|Catering|"
    r"Nursery|Daycare|Gym|Studio|Spa|Farm|Inn|Tavern|Chippy|Takeaway|Restaurant|Cleaning|Services|"
    r"Removals|Plumbing|Electrics|Motors|Autos|Tyres|Kennels|Cattery|Academy|Club|Treats|Bakes)\b"
    # a law, a list, a syndicate named after someone: "Natasha's Law", "Dean's List", "Lloyd's
    # Syndicate 2791"
    r"|['\u2019]s[ \t]+(?:Law|List|Syndicate|Day|Prize|Cup|Trophy|Award)\b"
)
#: A field's label that an organisation, not a person, fills: "Company: Morgan Stanley".
_ORGANISATION_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:company|employer|organi[sz]ation|firm|business|brand|bank|insurer|supplier|merchant|"
    r"store|shop|venue|caterer|florist|hotel|airline|carrier|courier|publisher|record label|studio|"
    r"agency|university|college|hospital|practice|pharmacy|manufacturer|make|recruiter agency|"
    r"unternehmen|firma|arbeitgeber|entreprise|employeur|empresa|empleador|azienda|bedrijf|werkgever)"
    r"[ \t]*:[ \t]*$"
)


def _thing_after(text: str, finding: Finding) -> bool:
    """Whether a building, a room or a prize named after someone follows the name found ("the
    Isaac Newton Hall", "Rosalind Franklin Lab"): after a whole name or as a capitalised word,
    since after a first name alone the word is as often a verb ("Ruby and Theo building ...")."""
    after = _NAMED_THING_AFTER.match(text, finding.end)
    if after is not None and (" " in finding.value or after.group().lstrip()[:1].isupper()):
        return True
    if _HYPHENED_ROOM.search(finding.value) or _HYPHENED_ROOM.match(text, finding.end):
        return True
    # or ends the name found ("Hedda Lindgren Lab", "Martin Photography"; "Jessica Hall" is a
    # surname's, and so is Korea's "Park" after a given name romanised in syllables or before
    # its own mailbox: "Hyun-woo Park", "Jisoo Park <jpark@...>")
    words = finding.value.split()
    if (
        len(words) > 1
        and bool(_THING_WORD.fullmatch(words[-1]))
        and words[-1].lower() not in surnames()
        and not (
            place_word_surname(words[-1])
            and (_SYLLABLES.fullmatch(words[0]) or _MAILBOX_AFTER.match(text, finding.end))
        )
    ):
        return True
    # or a product's size or count ("Charlotte Tilbury Magic Cream 30ml", "... Frying Pan 28cm"),
    # or the record is a product's ('"sku": "CH-MP-30", "name": ...', a table headed "sku,name")
    return product_name(text, finding)


#: A given name romanised in syllables joined by a hyphen, as Korean ones are: "Hyun-woo".
_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: A product's size after its name (and up to three words of it): a number and a unit of
#: volume, weight or length, four figures at most (a Spanish DNI's "52117843G" is no weight).
_QUANTITY_AFTER = re.compile(
    r"(?P<words>(?:[ \t]+[^\W\d_][\w-]*){0,3})[ \t]+\d{1,4}(?:[.,]\d+)?[ \t]?"
    r"(?i:ml|cl|l|g|kg|cm|mm|oz|fl ?oz|lb)\b"
)
#: A product's key in a record (its stock-keeping unit, barcode or retail price): a key before
#: its value ('"sku": "CH-MP-30"'), or a column of a table's comma-separated header.
_PRODUCT_WORD = r"(?:sku|ean|upc|gtin|asin|rrp|msrp)(?:_\w+)?"
_PRODUCT_KEY = re.compile(rf"(?i)(?<![\w-])[\"']?{_PRODUCT_WORD}[\"']?[ \t]*[:=]")
_PRODUCT_COLUMN = re.compile(rf"(?i)(?:^|,)[ \t]*{_PRODUCT_WORD}[ \t]*(?:,|$)")


def product_name(text: str, finding: Finding) -> bool:
    """Whether a name is a product's: its size follows it, three words on ("Charlotte Tilbury
    Magic Cream 30ml", "Jamie Oliver Non-Stick Frying Pan 28cm"; after two, "gave Tom Hardy 5ml"
    is a dose), or its record is a product's (see `_thing_after`)."""
    size = _QUANTITY_AFTER.match(text, finding.end)
    words = len(finding.value.split()) + (len(size.group("words").split()) if size else 0)
    return bool((size and words >= 3) or _product_record(text, finding.start))


def _product_record(text: str, at: int) -> bool:
    """Whether the line at `at`, or the table header above it (the text's first line), names a
    product's key: the names on it are products' and brands'."""
    header, keyed_lines = _product_lines(text)
    return header or line_bounds(text, at)[0] in keyed_lines


@lru_cache(maxsize=64)
def _product_lines(text: str) -> tuple[bool, frozenset[int]]:
    """Whether the text's first line is a product table's header, and where the lines that hold
    a product's key start: read once a text, not once per name (a screen-long line of names
    read itself once per name)."""
    header = _PRODUCT_COLUMN.search(text, 0, line_end(text, 0)) is not None
    return header, frozenset(line_bounds(text, m.start())[0] for m in _PRODUCT_KEY.finditer(text))


#: Books of the Bible named after people, whose readings are cited by chapter and verse.
_BIBLE_BOOKS = frozenset(
    """
    joshua ruth samuel ezra nehemiah esther job isaiah jeremiah ezekiel daniel hosea joel amos
    obadiah jonah micah nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john
    timothy titus philemon james peter jude tobit judith baruch
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_CHAPTER_AND_VERSE = re.compile(r"[ \t]+\d{1,3}:\d{1,3}(?P<range>[-\u2013]\d{1,3}[ab]?)?(?![\d:])")
_SCRIPTURE_WORD = re.compile(
    r"(?i)\b(?:readings?|verses?|chapter|gospel|psalms?|bible|scripture|sermon|lesson)\b"
)


def _named_thing(text: str, finding: Finding) -> bool:
    """Whether a found name is a street's (its first word a leading street word of the
    table, "Calle Mayor"; its last a trailing one; right after a leading one, "Via Marco
    Polo"), a saint's, a book of the Bible's ("Isaiah 35:1-6a") or a shop's in a list of
    possessives."""
    words = finding.value.lower().split()
    if not words:
        return False
    vocab = vocabulary()
    # (Turkish joins a case ending with an apostrophe: "Mimar Sinan Mahallesi'nde")
    if words[0] not in vocab.honorifics and (
        _street(words) or any(w.split("'")[0] in _capitalised_street_words() for w in words[1:])
    ):
        return True
    # a street word that is a given name too, after "in" in a language that leads with it: "en
    # Calle Mayor" is a street (a surname known or not), "with Calle Mayor" may be a Swede
    if words[0] in _leading_street_words() and _word_before(text, finding.start).lower() in _IN_A_STREET:
        return True
    # a title before a street's word alone may be a person ("Mrs Lane"); before a name and a
    # street's word, it is the street named after them ("Sir Matt Busby Way")
    if words[0] in vocab.honorifics and len(words) >= 3 and words[-1] in _capitalised_street_words():
        return True
    if (
        storm_name(text, finding.start)
        or _VERSUS.match(text, finding.end)
        or (
            _VERSUS_BEFORE.search(text, max(0, finding.start - 6), finding.start)
            and not _PROSECUTED_BEFORE.search(text, max(0, finding.start - 16), finding.start)
        )
    ):
        return True
    if _SAINT_BEFORE.search(text, max(0, finding.start - 12), finding.start):
        return True
    # a ship named after someone: "MV Grace Darling", "RMS Queen Mary", "HMS Victory"
    if (
        _VESSEL.search(text, finding.start, finding.end)
        or _VESSEL_BEFORE.search(text, max(0, finding.start - 14), finding.start)
        or (_MS_BEFORE.search(text, max(0, finding.start - 4), finding.start) and not finding.value.isupper())
    ):
        return True
    # a law, a theorem or a method named after its discoverer: "Newton's second law",
    # "Maxwell's equations", "Euler's product formula"
    if _EPONYM_AFTER.match(text, finding.end):
        return True
    # a book of the Bible and its chapter and verse: "Isaiah 35:1-6a", "1 John 4:8"
    # ("John 14:30" alone is as often a time: a verse range or a reading's word must say so)
    verse = _CHAPTER_AND_VERSE.match(text, finding.end) if words[-1] in _BIBLE_BOOKS else None
    if verse and (verse.group("range") or _SCRIPTURE_WORD.search(text, *line_bounds(text, finding.start))):
        return True
    # a street named after someone: "Via Marco Polo", "Strada Victor Ion Popa", "Calle de
    # Fernando el Católico"
    before = text[max(0, finding.start - 24) : finding.start].split()
    while len(before) > 1 and before[-1].lower() in _STREET_PARTICLES:
        before.pop()
    # (a bracket or a quote may open the street's word: "(ulice Na Stráži)")
    if (
        before
        and text[finding.start - 1] in " \t"
        and before[-1].lower().lstrip("([{\"'«„“") in _leading_street_words()
    ):
        return True
    # ... or with its street word after it, in lower case: "Karl Johans gate", "Bağdat Caddesi"
    # is capitalised, "Strøget ved Hans Tavsens vej"
    after = _LOWER_WORD_AFTER.match(text, finding.end)
    if after is not None and (
        after.group("word") in _street_words() or _HUNGARIAN_STREET.fullmatch(after.group("word"))
    ):
        return True
    return bool(
        _POSSESSIVE_LIST.match(text, finding.end)
        or _POSSESSIVE_AFTER_LIST.search(text, max(0, finding.start - 40), finding.start)
    )


#: A ship's prefix, as written, a shipping line's name before its ship's ("CMA CGM Jacques
#: Saade", "Maersk Elba") or a log's key for one ("vessel=CORAL VENTURE"); "MS" only before a
#: name not in capitals ("MS Richard With"): in capitals it is "Ms" too, "MS JANE DOE".
_VESSEL_PREFIX = (
    r"(?:(?<![\w.])(?:MV|M/V|M/S|SS|RMS|HMS|USS|HMAS|HMCS|HMNZS|RV|FV|MSC|CMA CGM|Maersk|Stena|COSCO|"
    r"Hapag-Lloyd)[ \t]+|(?i:\bvessel|\bship)[ \t]*[=:][ \t]*)"
)
_MS_BEFORE = re.compile(r"(?<![\w.])MS[ \t]+$")
_VESSEL = re.compile(_VESSEL_PREFIX)
_VESSEL_BEFORE = re.compile(_VESSEL_PREFIX + "$")
#: The words of "of" between a street's word and whom it is named after: "Calle de", "Rua dos".
#: Words between a street's word and the name it honours: particles, and the title the name
#: bore ("Av. Dr. Enéas Carvalho de Aguiar", "Rua Padre Anchieta", "Calle General Ricardos").
_STREET_PARTICLES = frozenset(
    {
        *("de", "del", "la", "di", "da", "do", "dos", "das", "della", "du", "des"),
        *("dr.", "dra.", "prof.", "profa.", "eng.", "gen.", "cel.", "pres.", "padre", "general"),
        *("presidente", "marechal", "almirante", "doutor", "professor", "dom", "don", "doña", "sr."),
    }
)


@cache
def _street_words() -> frozenset[str]:
    """Street words that follow the street's name in lower case, as the Nordic and Germanic
    languages write them ("Karl Johans gate", "Hans Tavsens vej"); not Italian "via", which
    leads its street and is "by way of" after a name ("call Van Leeuwen via 020 ...")."""
    streets = vocabulary().streets
    return frozenset(w for lang in ("de", "nl", "sv", "da", "no", "fi") for w in streets[lang])


@cache
def _capitalised_street_words() -> frozenset[str]:
    """Street words written as a word of their own, capitalised, after the name: English and
    Turkish ("Baker Street", "Bağdat Caddesi"), English's short forms with their dot or without
    ("Stanley Rd"); Dutch "Dijk" or German "Ring" end surnames too."""
    streets = vocabulary().streets
    return (
        streets["en"]
        | streets["tr"]
        | {w.rstrip(".") for w in streets["en"] if w.endswith(".") and w != "dr."}
    )


@cache
def _leading_street_words() -> frozenset[str]:
    streets = vocabulary().streets
    trailing = {"en", "de", "nl", "sv", "da", "no", "fi"}
    return frozenset(w for lang, words in streets.items() if lang not in trailing for w in words)


#: "In" or "on" before a street, in the languages whose street word leads its name.
_IN_A_STREET = frozenset({"en", "in", "na", "em", "sur", "dans", "în", "w", "v", "u", "sa"})


def _street(words: list[str]) -> bool:
    """A street word that is also a given name in some language (Filipino "daan" is a road,
    Dutch "Daan" a man, Spanish "calle" a street, Swedish "Calle" a man) leads a person's
    name when one known surname follows it ("Daan Bakker"), a street's otherwise ("Calle Mayor",
    "Calle Alberto Aguilera")."""
    if words[0] in vocabulary().streets["en"] or words[0] not in _leading_street_words():
        return False
    given = words[0].rstrip(".") in first_names()
    return not given or len(words) > 2 or not any(w in surnames() for w in words[1:])


def _slavic(text: str, emit: Callable[[int, int], Iterator[Finding]]) -> Iterator[Finding]:
    """Names in a Slavic case after a cue: a known first name in any case leads, then the
    capitalised words that are surnames by the lists or by their shape."""
    for m in (*_SLAVIC_CUED.finditer(text), *_SLAVIC_ASKED.finditer(text)):
        words = m.group("value").split()
        shortest = 3 if _CYRILLIC_LETTER.match(words[0]) else 4  # "Оле", "Ане"
        if not words[0][0].isupper() or len(words[0]) < shortest or not inflected_first(words[0]):
            continue
        if not _SLAVIC_LETTERS.search(text, max(0, m.start() - 60), m.end() + 60):
            continue
        taken = 1
        while taken < len(words) and words[taken][0].isupper() and slavic_surname(words[taken]):
            taken += 1
        start = m.start("value")
        end = start + len(" ".join(words[:taken]))
        if "\t" in text[start:end] or "  " in text[start:end] or public_line(text, start, end):
            continue
        yield from emit(start, end)
    for m in _SLAVIC_TITLED.finditer(text):
        words = m.group("value").split()
        first = words[0]
        if not first[0].isupper() or len(first) < 3 or first.lower() in _COMMON_WORDS:
            continue
        if not (inflected_first(first) or slavic_surname(first) or _FEMININE_CASE.search(first)):
            continue
        taken = 2 if len(words) > 1 and words[1][0].isupper() and slavic_surname(words[1]) else 1
        start = m.start("value")
        end = start + len(" ".join(words[:taken]))
        if not public_line(text, start, end):
            yield from emit(start, end)
    for m in _CYRILLIC_DOER.finditer(text):
        first = m.group("value").lower().replace("ё", "е")
        known = first in _declined_first_names() and first not in _CYRILLIC_WORD_NAMES
        if known and not public_line(text, m.start(), m.end()):
            yield from emit(m.start("value"), m.end("value"))


def _declined_in_prose(text: str, emit: Callable[[int, int], Iterator[Finding]]) -> Iterator[Finding]:
    """A known first name in a case other than its own inside a sentence (see _DECLINED_WORD)."""
    public: dict[int, bool] = {}  # asked once a line: a long line of names cost its length squared
    for m in _DECLINED_WORD.finditer(text):
        word = m.group("value")
        if (
            len(word) > 3
            and word.lower() not in first_names()
            and not _OPENS_A_SENTENCE.search(text, max(0, m.start() - 40), m.start())
            and not _IN_A_PLACE.search(text, max(0, m.start() - 6), m.start())
            and inflected_first(word)
            and _CASE_LANGUAGE.search(text, max(0, m.start() - 80), m.end() + 80)
        ):
            line = text.rfind("\n", 0, m.start()) + 1
            if line not in public:
                public[line] = public_line(text, m.start(), m.end())
            if not public[line]:
                yield from emit(m.start("value"), m.end("value"))


#: A capitalised word inside a sentence: in a language that declines names, one that is a known
#: first name in a case other than its own ("Kasia wyśle Tomkowi", "Předejte to Pavlovi",
#: "szólni Nagy Eszternek") is a person's, as no brand or place is listed as a first name.
_DECLINED_WORD = re.compile(
    r"(?<![\w@./#-])(?P<value>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĄĆĘŁŃŚŹŻÖÜŐŰ][^\W\d_]{2,})(?![\w@-])"
)
#: "In", "at" and "on" before a word in the locative: a place's case ("rođen je u Smiljanu").
_IN_A_PLACE = re.compile(r"(?<!\w)(?i:u|w|we|v|ve|na|při|pri)[ \t]+$")
#: Letters and small words of the languages whose case endings names.py reads: Polish, Czech,
#: Slovak, Hungarian, Finnish ("hogy", "että"); German, which writes its nouns capitalised, is not
#: one of them.
_CASE_LANGUAGE = re.compile(
    # (no word another language writes often: "on", "ja", "van", "nie", "je" are English, German,
    # Dutch and French words too)
    r"[ąćęłńśźżčřšžěůőű]|(?<!\w)(?:és|hogy|vagyok|että|mutta|kiitos|huomenna|tänään|kanssa|myös|"
    r"olen|onko|się|że|jest|není|prosím|jsem|dnes|zítra|jutro)(?!\w)",
    re.IGNORECASE,
)
#: A Russian or Ukrainian first name the lists know, then a verb in the past or present
#: ("Наташа ждёт", "Игорь отправил", "Оксана надіслала"), opening a clause.
_CYRILLIC_DOER = re.compile(
    r"(?:^|(?<=[.,;:!?\u2014\u2013-][ \t])|(?<=\n))[ \t]*(?P<value>[А-ЯЁІЇЄҐ][а-яёіїєґ'\u2019]{2,})"
    r"[ \t]+(?:уже[ \t]+|вже[ \t]+|не[ \t]+)?"
    r"[а-яёіїєґ]{2,}(?:л|ла|ли|ло|ет|ёт|ит|ут|ют|ят|ать|ется|ится|лся|лась)"
    r"(?![\w])",
    re.MULTILINE,
)
#: Names that are everyday words too, which a verb may follow as a sentence's subject:
#: "Вера помогает", "Роман вышел в 2020", "Надежда умирает последней".
_CYRILLIC_WORD_NAMES = frozenset(
    {"вера", "надежда", "любовь", "роман", "лев", "мир", "слава", "роза", "лилия", "виктория", "май", "віра"}
)


def _no_actor(word: str) -> bool:
    """Whether a word of a notification's actor says no person acts: a group, a word for no one,
    or an everyday word no list gives as a first name ("Amazon", "Team")."""
    return word in NOT_A_NAME or word in _GROUP_WORDS or everyday_word(word)


def everyday_word(folded: str) -> bool:
    """An everyday word that no list gives as a first name: "Hope" and "Destiny" are names too,
    "Amazon" and "Tier" are not."""
    return folded in _COMMON_WORDS and folded not in every_first_name()


def _value_group(m: re.Match[str]) -> tuple[str, str]:
    """A match's name and its group's name: "value", or "before" where the name stands before
    its cue's verb ("bei Schneider klingeln")."""
    group = "value" if m.group("value") else "before"
    return m.group(group), group


def _app_screens(text: str, emit: Callable[[int, int], Iterator[Finding]]) -> Iterator[Finding]:
    """People as apps show them: a notification's actor, a relative's contact, a chat
    export's speaker after the app, a file or a URL query named after its person, a household
    after the word for family, an account in a password manager's row, a holder in capitals
    and a document's holder after its number."""
    for m in _NOTIFIED.finditer(text):
        words = m.group("value").split()
        # "Amazon sent you", "Your bank has sent you": one word must be a given name the
        # lists know, or two words a plain pair with a known one
        if (
            _known_first(words[0]) or (len(words) > 1 and _plain_pair(words) and any(map(known_name, words)))
        ) and (not public_line(text, m.start(), m.end())):
            yield from emit(m.start("value"), m.end("value"))
    # (a doorbell's name is one the lists know, unless the doorbell "says" it)
    doorbells = (
        m
        for m in (*_DOORBELL.finditer(text), *_WHICH_BELL.finditer(text))
        if (m.re is _DOORBELL and m.group("says")) or any(map(known_name, _value_group(m)[0].split()))
    )
    for m in (*_SOCIAL_ACT.finditer(text), *_MATCHED.finditer(text), *_HOLDER.finditer(text), *doorbells):
        value, group = _value_group(m)
        words = value.split()
        # only a person does these: a given name that is a word too ("Hope", "Destiny") is one
        if not any(_no_actor(w.lower()) for w in words) and not (
            organisations.covered_by_organisation(text, m.start(group), m.end(group))
            or organisations.one_word_figure(words[0])
        ):
            end = m.end(group)
            # a doorbell's surname ends its line ("name on it says Pham" above the next turn)
            if m.re is _DOORBELL and "\n" in value:
                end = m.start(group) + value.index("\n")
            yield from emit(m.start(group), end)
    for m in _SCRIPT_ACTOR.finditer(text):
        group = next(g for g in ("cyrillic", "greek", "chinese", "thai", "hebrew", "arabic") if m.group(g))
        value = m.group(group)
        # one Cyrillic or Greek word is a sentence's first as often as a name: alone it must be
        # a known given name, or the Greek article must stand before it
        if group == "cyrillic" and " " not in value and not inflected_first(value):
            continue
        if group == "greek" and " " not in value and not m.group("article"):
            continue
        if group == "chinese" and (value in _CJK_NOT_PEOPLE or not chinese_name(value)):
            continue
        yield Finding("NAME", m.start(group), m.end(group), value)
    for m in _KIN_TITLE.finditer(text):
        first = m.group("value").split()[0]
        if (_known_first(first) or _kin_name(m.group(0).split()[0], first)) and not public_line(
            text, m.start(), m.end()
        ):
            yield from emit(m.start("value"), m.end("value"))
    for m in _APP_SPEAKER.finditer(text):
        words = m.group("value").split()
        # a speaker says a sentence; "Settings · General: on" is a setting and its value
        said = _SENTENCE_AFTER.match(text, m.end())
        if not said or (_FIELD_LABEL.match(text, m.start("value")) and len(words) == 1):
            continue
        if _known_first(words[0]) or any(w.lower() in surnames() for w in words[1:]):
            yield from emit(m.start("value"), m.end("value"))
    if "." in text:
        yield from _named_files(text)
    for m in _QUERY_PERSON.finditer(text):
        # "member=Bartosz.Lewandowicz", not "member=build.agent": a given name leads
        if _known_first(re.split(r"%20|[.+_]", m.group("value"))[0]):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _HOUSEHOLD.finditer(text):
        value, group = _value_group(m)
        parts = value.split("-")
        # the lists must know the surname: "Familie Feuerstein" is a cartoon's, "Familie Bank" none;
        # one known part will do in a double-barrelled one ("Mbeki-Rowe")
        known = [part.lower() in surnames() or slavic_surname(part) for part in parts]
        # (before "family" an everyday word is a kind's: "the Crime family", "the Rose family")
        everyday = group == "before" and any(part.lower() in _COMMON_WORDS for part in parts)
        if (all(known) or (len(parts) > 1 and any(known))) and not everyday:
            yield from emit(m.start(group), m.end(group))
    for m in _USERNAME_ROW.finditer(text):
        login = m.group("value")
        # "username   required" is a form's message: an account holds a name or a number
        if login not in _SYSTEM_LOGINS | NOT_A_NAME | _NOT_A_LOGIN | _PLACEHOLDER_LOGINS and (
            login_holds_a_name(login) or any(c.isdigit() for c in login)
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), login)
    for m in _CAPS_INITIAL_SURNAME.finditer(text):
        surname = m.group("surname").lower()
        if surname in surnames() and surname not in _NO_NAME_WORDS:
            yield from emit(m.start("value"), m.end("value"))
    for m in _CAPS_HOLDER.finditer(text):
        words = [w.strip(".") for w in m.group("value").split()]
        # the holder's word is a label, not in capitals itself: "COPYRIGHT HOLDER OR
        # CONTRIBUTORS BE LIABLE" is a licence's sentence
        if text[m.start() : m.start("value")].isupper():
            continue
        if any(len(w) > 2 and known_name(w.lower()) for w in words) and not any(
            w.lower() in _COMMON_WORDS | NOT_A_NAME for w in words
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    if _DASH_AFTER_DIGIT.search(text):
        yield from _after_document_number(text, emit)


#: A digit, then a dash: a document's number may be followed by its holder.
#: A word of an e-mail's local part on its row: anywhere, or alone in a cell of a CSV or a table.
_WORD_ANYWHERE = r"(?<![\w@.]){}(?![\w@])"
_WORD_CELL = r"(?<![^\n\",;\t|])[ \t]*{}(?=[ \t]*[\",;\t|])"
_SENTENCE_AFTER = re.compile(r"[ \t]*\S+(?:[ \t]+\S+){2,}")
#: A column's gap: a tab, three spaces, or the ideographic space CJK forms put between fields.
_COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*|[ ]{3,}|\u3000")
_LINE_OR_COLUMN_END = re.compile(rf"\n|{_COLUMN_GAP.pattern}")
_DASH_AFTER_DIGIT = re.compile(r"\d[ \t]*[\u2014\u2013-][ \t]*[A-Z\u00c0-\u017e]")


def _named_files(text: str) -> Iterator[Finding]:
    """Two parts of a file's name joined by underscores that are a person's: a known given name
    then a capitalised word that is no everyday or group word, in title case or in capitals,
    or after a surname in capitals or one the lists know ("SURNAME_GIVEN", "Kovács_Eszter")."""
    for m in _FILE_NAME_TOKEN.finditer(text):
        parts = m.group("stem").split("_")
        offset = m.start("stem")
        for i, (first, second) in enumerate(pairwise(parts)):
            start = offset + sum(len(p) + 1 for p in parts[:i])
            pair = (first, second)
            if not all(p.isalpha() and len(p) > 1 and p[0].isupper() for p in pair):
                continue
            if not (all(p.isupper() for p in pair) or all(p[1:].islower() for p in pair)):
                continue
            if any(p.lower() in _COMMON_WORDS | NOT_A_NAME | _GROUP_WORDS for p in pair):
                continue
            given_first = _known_first(first) and not _known_first(second)
            # a surname first in capitals, or one the lists know ("Kovács_Eszter")
            surname_first = (
                (first.isupper() or first.lower() in surnames())
                and _known_first(second)
                and not _known_first(first)
            )
            if given_first or surname_first:
                end = start + len(first) + 1 + len(second)
                yield Finding("NAME", start, end, text[start:end])
        if _IDENTITY_DOCUMENT.search(m.group("stem")):
            yield from _document_holder(m.group("stem"), offset)


#: A file a person's identity or pay is in, by its name: "passport_scan_X.pdf", "X_GA_license.jpg",
#: "aadhaar_front_X.jpg", "payslip_nov2026_X.pdf".
_DOCUMENT_WORDS = (
    r"passport|licen[cs]e|ssn|aadhaar|pan|payslip|paystub|w-?2|p60|p45|visa|birth|marriage|"
    r"id[_\-]?card|national[_\-]?id|dni|nie|cv|resume|selftape|headshot"
)
_IDENTITY_DOCUMENT = re.compile(rf"(?i)(?:^|[_\-.])(?:{_DOCUMENT_WORDS})(?=$|[_\-.\d])")
#: A part of a document's file name that says which document, or which of its pages.
_DOCUMENT_PART = re.compile(rf"(?i:{_DOCUMENT_WORDS}|scan|copy|front|back|page\d*)")
_GLUED_INITIAL = re.compile(r"[A-Z](?P<surname>[A-Z][a-z]{2,})")


def _document_holder(stem: str, offset: int) -> Iterator[Finding]:
    """The holder in an identity document's file name, written as files are named: an initial
    glued to a surname ("PVenkataraman"), a known given name and a surname in small
    letters ("maria-lindqvist"), or a known name in capitals right after the document's words
    ("passport_scan_BOLAJI"). The surname must be one the lists know: a file's other parts are
    words ("AScan", "grace-period")."""
    parts = [(p.start(), p.group()) for p in re.finditer(r"[^_\-.]+", stem)]
    for i, (at, part) in enumerate(parts):
        glued = _GLUED_INITIAL.fullmatch(part)
        after_document = i > 0 and _DOCUMENT_PART.fullmatch(parts[i - 1][1]) is not None
        capitals = part.isupper() and len(part) > 2 and after_document and known_name(part)
        if (glued and _surname_like(glued.group("surname").lower())) or (
            capitals and not everyday_word(part.lower())
        ):
            yield Finding("NAME", offset + at, offset + at + len(part), part)
        elif i + 1 < len(parts) and part.islower() and parts[i + 1][1].islower():
            second_at, second = parts[i + 1]
            if part in first_names() and _surname_like(second) and stem[at + len(part)] in "-_":
                end = second_at + len(second)
                yield Finding("NAME", offset + at, offset + end, stem[at:end])


def _surname_like(folded: str) -> bool:
    """A surname the lists know, four letters or more, that is no everyday word."""
    return len(folded) > 3 and folded in surnames() and not everyday_word(folded)


def _after_document_number(text: str, emit: Callable[[int, int], Iterator[Finding]]) -> Iterator[Finding]:
    """A document's holder right after its number and a dash: "SIN 608 243 259 — Gagnon,
    Marie-Ève". Only after a number the ID rules find: after an order's or an invoice's a
    dash starts a product or a company as often."""
    from app.privacy import national_ids  # national_ids needs nothing of names; loaded on use

    for finding in national_ids.find(text):
        m = _AFTER_ID_DASH.match(text, finding.end)
        if m and "  " not in m.group("value"):
            yield from emit(m.start("value"), m.end("value"))


def _role_named(value: str) -> bool:
    """Two words or more (an initial counts) of which the lists know one, none an everyday word."""
    words = value.split()
    named = [w for w in words if not re.fullmatch(r"[A-Z]\.?", w)]
    return (
        len(words) >= 2
        and all(w.lower() not in _COMMON_WORDS and w.lower() not in GROUP_WORDS for w in named)
        # a double-barrelled surname's parts each ("Nakamura-Lee")
        and any(known_name(part) or slavic_surname(part) for w in named for part in w.split("-"))
    )


#: Vietnamese kin words that address a person before their given name, and the letters only
#: Vietnamese writes (its vowels with a hook or a horn, its d with a stroke, its dotted tones).
_VIETNAMESE_KIN = frozenset({"anh", "chị", "em", "cô", "chú", "ông", "bà"})
_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]")
_SHORT_GIVEN = 4
#: A Vietnamese person's full name: one of the surnames most Vietnamese carry, then two or three
#: more capitalised syllables ("Trần Thị Bích", "Nguyễn Văn An", "Lê Thị Thu Hà"). Streets are
#: named after such names too ("45/12 Nguyễn Trãi", "đường Nguyễn Thị Minh Khai"), and history's
#: own ("Hồ Chí Minh", "Trần Hưng Đạo"): not after a house number or a street's or a place's
#: word, nor before a ward's or a district's, nor one of those.
_VIETNAMESE_FULL_NAME = re.compile(
    r"(?<![\w/])(?P<value>(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|"
    r"Đinh|Trịnh|Đào|Trương|Lương|Đoàn|Vương|Tạ|Châu)(?:[ ]+[A-ZĐ][a-zà-ỹđ]+){2,3})(?![\w])"
)
_VIETNAMESE_PLACE_BEFORE = re.compile(
    # (a house number before its street, not a table's row number: "1,Nguyễn Thị Thu Hà,...")
    r"(?i)(?:\d[\w/]*(?=[ \t])|đường|phố|số|ngõ|hẻm|kiệt|quận|phường|xã|huyện|tỉnh|thành phố|tp\.?|"
    r"trường|bệnh viện|chợ|cầu|công viên|đại lộ|khu|tòa nhà|công ty|cửa hàng|shop)"
    # (its kind may follow the place's word: "Trường Tiểu học Lê Quý Đôn", a primary school)
    r"(?:[ \t]+[^\W\d_]+){0,2}[ \t,.]*$"
)
_VIETNAMESE_PLACE_AFTER = re.compile(r"(?i),?[ \t]*(?:p\.|q\.|phường|quận|tp\.|thành phố|street|st\b)")
_VIETNAMESE_HISTORY = frozenset(
    {"hồ chí minh", "trần hưng đạo", "võ nguyên giáp", "lý thường kiệt", "phan bội châu", "phan chu trinh"}
)
#: Titles the Romance and Slavic languages write in small letters before a surname, and that
#: are no other word: "la signora Ferraguti", "el señor Aguirre", "pani Nowak".
_SMALL_LETTER_TITLES = frozenset(
    {"signora", "signor", "señora", "señor", "señorita", "senhora", "senhor", "madame", "monsieur"}
    | {"mademoiselle", "pani", "paní", "pán", "pane"}
)
#: The titles that address a person only, and never name a street.
_ADDRESSED_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


@cache
def _titled_pattern() -> re.Pattern[str]:
    """A capitalised name after a title of any of the vocabulary's languages ("Dra. Kátia", "dr.
    Nowaka", "paní Svobodová", "anh Tuấn"). Some titles are words too ("me", "em", "don"): after
    one in lower case without its abbreviation's dot the lists must know the name."""
    # one space: after a column's gap the next cell starts ("MÜLLER/KATHARINA MRS  SEAT 14C");
    # no title right after a dot: "11 a.m. Speakers include ..." holds French "M." by chance
    return re.compile(rf"(?<!\.)(?P<title>{words_pattern(vocabulary().honorifics)}) (?P<value>{_FULL})")


#: Irish addresses a person with "A" and the name lenited, an "h" after its first letter, a
#: man's name slenderised too: "A Sheáin, a chara" (Seán), "A Phádraig," "A Mháire," "A Aoife,".
_IRISH_VOCATIVE = re.compile(
    # (or after a greeting, in small letters: "Haigh a Chiaráin,", "Dia duit a Sheáin,")
    r"(?:^|(?<=\n))[ \t]*(?:A|(?:Haigh|Dia (?:duit|dhuit|dhaoibh)|Heileo|Hi)[ \t,]+a)[ \t]+"
    r"(?P<value>(?:[BCDFGMPST]h|[AEIOUÁÉÍÓÚ])[a-záéíóú]+)(?=[ \t]*[,!])"
)
_SLENDER_END = re.compile(r"i(?=[^aeiouáéíóú]+$)")


def _irish_vocative_name(word: str) -> bool:
    """Whether a vocative is a given name the lists know, once its lenition's "h" and its
    slender ending's "i" are taken away ("Sheáin" -> "Seán", "Thomáis" -> "Tomás")."""
    if word.lower() in _IRISH_FRIEND:
        return False  # "A Chara," opens a letter to anyone: "Dear friend"
    plain = word[0] + word[2:] if word[1:2] == "h" else word
    return _known_first(plain) or _known_first(_SLENDER_END.sub("", plain))


#: Irish "friend" and "friends" as a letter's opening addresses them: "A Chara,", "A Chairde,".
_IRISH_FRIEND = frozenset({"chara", "chairde"})


def _find(text: str) -> Iterator[Finding]:
    brands = [(m.start(), m.end()) for m in _NAME_BRANDS.finditer(text)]

    def emit(start: int, end: int, article_ok: bool = False) -> Iterator[Finding]:
        value = text[start:end]
        # a screen's lines are separate texts: "Tom Ellison\nDTSTART" is cut at the break, and
        # what is left must still be a full name ("AM\nOn" ends one line and starts the next)
        if "\n" in value:
            value = value[: value.index("\n")]
            if len(value.split()) < 2:
                return
        # a run of blanks parts a screen's columns as a break parts its lines: "Stage: Closed
        # Won   Amount:" holds a cell's value, then the next label
        gap = _COLUMN_GAP.search(value)
        if gap:
            value = value[: gap.start()]
            if len(value.split()) < 2:
                return
        value = value.rstrip(" ,.")
        end = start + len(value)
        # "reviewed by Dr. Gregory House": a title alone names nobody; the title's own rule reads
        # the name after it
        if value.lower() in vocabulary().honorifics:
            return
        if (
            value
            and (_person(value) or (article_ok and _person(_ARTICLE.sub("", value))))
            and not any(s < end and start < e for s, e in brands)
            and not group_name(text, value, end)
        ):
            yield Finding("NAME", start, end, value)

    for m in _IRISH_VOCATIVE.finditer(text):
        if _irish_vocative_name(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    signed = list(_SIGNED_LAST_LINE.finditer(text))
    if not signed and _OPENS_WITH_A_GREETING.match(text):
        signed = list(_SIGNED_UNDER_A_GREETING.finditer(text))
    for m in signed:
        if _known_first(m.group("value")) and m.group("value").lower() not in _COMMON_WORDS:
            yield from emit(m.start("value"), m.end("value"))
    cued = (
        _HONORIFIC_NAME,
        _GREETED,
        _CLOSED,
        _ACTOR,
        _BY,
        _ROLE_CUED,
        _CHAT_HEADER,
        _PRONOUNED,
        _WITH_BIRTH,
        _PROSECUTED,
        _RANKED,
        _CREW_RANKED,
        _POST_NOMINAL,
        _CONTACT_OF,
    )
    for pattern in cued:
        for m in pattern.finditer(text):
            # a case a law report cites is a public record: "R v Brown [1994] 1 AC 212"
            if pattern is _PROSECUTED and _LAW_REPORT_AFTER.match(text, m.end()):
                continue
            # "Victor Hugo a écrit Les Misérables": who wrote a titled work is its author.
            if pattern is _ACTOR and made_a_work(text, m.start(), m.end()):
                continue
            # "Items left on the aircraft", "Seats left": a lone word before "left" or "said" is
            # a speaker only as a first name the lists know
            if pattern is _ACTOR and " " not in m.group("value") and not _known_first(m.group("value")):
                continue
            if pattern is _CREW_RANKED and not _known_first(m.group("value").split()[0]):
                continue
            # a town after its postcode is no closing: "5683 CG Best, NL"; a parent signs as one
            if pattern is _CLOSED and (
                _POSTCODE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or m.group("value").lower() in PARENTS
            ):
                continue
            if pattern is _CONTACT_OF and not any_first_name(m.group("value")):
                continue
            # "Windows (born 1985)": an age or a birth year dates things too; a DOB only people
            if (
                pattern is _WITH_BIRTH
                and not m.group("dob")
                and not any(map(known_name, m.group("value").split()))
            ):
                continue
            # "Prof. Moriarty is the villain in ...", "Dr. Watson ... in the novels": on a line
            # about a work a title names its character (traded: a real "Dr. X" on such a line)
            if pattern is _HONORIFIC_NAME and public_line(text, m.start(), m.end()):
                continue
            # "Oi", "Ei", "Hai" are also interjections ("Oi Brasil!"): after them the lists must
            # know the name
            if (
                pattern is _GREETED
                and m.group().split()[0].rstrip(",") in _INTERJECTION_GREETINGS
                and not known_name(m.group("value").split()[0])
            ):
                continue
            yield from emit(m.start("value"), m.end("value"))
    for pattern in (_CALLING, _PAYMENT_APP):
        for m in pattern.finditer(text):
            group = next(g for g in ("value", "caller", "sender") if m.re.groupindex.get(g) and m.group(g))
            # "Grace Whitcombe is calling" (a word and a surname), not "Unknown is calling"
            words = m.group(group).split()
            relative = len(words) == 1 and (
                re.fullmatch(RELATION, words[0].lower()) or words[0] in _PLAIN_KIN
            )
            if not relative and not all(w.lower() in _WORDS_OR_GROUPS_FOR_NO_ONE for w in words):
                yield from emit(m.start(group), m.end(group))
    # a name with an age or a possessive is a person's even where the name is a word ("Lily, 7",
    # "Rob's business card"); at a sentence's start a word's possessive is as likely ("Summer's
    # here")
    for pattern in (_NAME_AND_AGE, _POSSESSED, _CALLED_AT_THE_END, _THANKED, _SAID_TO_BE_A_PERSON, _SIGNED):
        for m in pattern.finditer(text):
            group = next(g for g in pattern.groupindex if m.group(g))
            folded = m.group(group).lower()
            if folded not in every_first_name() or folded in _NOT_PEOPLE:
                continue
            sentence_start = _SENTENCE_START.search(text, max(0, m.start() - 4), m.start())
            if folded in _COMMON_WORDS and pattern is _POSSESSED and sentence_start:
                continue
            # "He's safe at the vets": a pronoun's contraction, though "He" is a surname too
            if pattern is _POSSESSED and folded in _PRONOUNS:
                continue
            # "Welcome to France!", "see you in June.": after a preposition a place or a time
            if pattern is _THANKED and _PREPOSITION_BEFORE.search(text, m.start(), m.start(group)):
                continue
            if (
                group != "closed"
                and pattern is _SIGNED
                and len(text[line_bounds(text, m.start())[0] : m.start()].split()) < _SIGNED_AFTER_WORDS
            ):
                continue
            yield from emit(m.start(group), m.end(group))
    for m in _NAME_ON.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group("value")))
        kept = 0
        for i, token in enumerate(tokens):
            folded = token.group().lower()
            if i and folded in _NAME_ON_ENDS:
                break
            kept = i + 1
        # in lower case a name is two words or more ("grace mutua"), "is wrong" a remark
        lower = tokens[0].group()[0].islower()
        if lower and (kept < 2 or any(t.group().lower() in _NAME_ON_REMARKS for t in tokens[:kept])):
            continue
        if kept and tokens[0].group().lower() not in _NOT_A_NAME_ON:
            start, end = m.start("value"), m.start("value") + tokens[kept - 1].end()
            yield Finding("NAME", start, end, text[start:end])
    for m in _SENT_BY_AN_APP.finditer(text):
        word = m.group("value")
        if word.lower() not in _WORDS_OR_GROUPS_FOR_NO_ONE and not places.known_city(word):
            yield from emit(m.start("value"), m.end("value"))
    for m in _ROLE_NAMED.finditer(text):
        if _role_named(m.group("value")) and not public_line(text, m.start(), m.end()):
            yield from emit(m.start("value"), m.end("value"))
    for m in _titled_pattern().finditer(text):
        title = m.group("title")
        spelled_as_a_title = (
            title[0].isupper() or title.endswith(".") or title.lower() in _SMALL_LETTER_TITLES
        )
        # on a line about a work a title names its character, as for `_HONORIFIC_NAME`
        # "Vicar Street", "Bishop Road": a street named after a title ("Mr Street" is a man's)
        last = m.group("value").split()[-1].lower()
        street = any(last in words for words in vocabulary().streets.values())
        if street and title.lower().rstrip(".") not in _ADDRESSED_TITLES:
            continue
        first = m.group("value").split()[0]
        # Vietnamese calls everyone by a kin word in small letters before a given name the lists
        # rarely hold ("chị Vy", "anh Tuấn"): a short word or one in Vietnamese letters will do
        # (on a line written in Vietnamese: Portuguese "em" is "in", "em UBER *TRIP")
        kin_named = (
            title in _VIETNAMESE_KIN
            and not first.isupper()
            and (len(first) <= _SHORT_GIVEN or _VIETNAMESE.search(first))
            and _VIETNAMESE.search(text, *line_bounds(text, m.start())) is not None
        )
        if (spelled_as_a_title or kin_named or known_name(first)) and not public_line(
            text, m.start(), m.end()
        ):
            yield from emit(m.start("value"), m.end("value"))
    if _VIETNAMESE.search(text):
        for m in _VIETNAMESE_FULL_NAME.finditer(text):
            if (
                m.group("value").lower() in _VIETNAMESE_HISTORY
                or _VIETNAMESE_PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _VIETNAMESE_PLACE_AFTER.match(text, m.end())
                or public_line(text, m.start(), m.end())
            ):
                continue
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    # the others on a mail header's list after the first ("Cc: Bella Tran; Jonty Ferris")
    for header in _HEADER_LIST.finditer(text):
        for m in _LISTED_AFTER_SEMICOLON.finditer(text, header.start("rest"), header.end("rest")):
            yield from emit(m.start("value"), m.end("value"))
    for m in _LABELLED.finditer(text):
        # "name: Deploy to staging" labels a phrase, of which the capitalised word is only the start.
        # "Assignee: Level 3 Escalations", "Ship from: Warehouse 7": a word that is no first name
        # and a small number number a thing
        value = m.group("value")
        if " " not in value and _NUMBER_AFTER.match(text, m.end("value")) and not _known_first(value):
            continue
        # a program's identifier in snake case, under a setting's parent or holding no name, is
        # no person's ("database:" then "  name: charity_crm"; "name: crm_app", not "jan_novak")
        nested = NESTED_KEY.match(text, text.rfind("\n", 0, m.start("value")) + 1) is not None
        if "_" in value and value.islower() and (nested or not login_holds_a_name(value)):
            continue
        # and a variable's name in capitals under a nested key: "  - name: TZ"
        if nested and value.isupper() and " " not in value:
            continue
        # a committee's office holder by the office ("Present: Chair, Secretary, Treasurer")
        if value.lower() in _OFFICES:
            continue
        if m.group("value")[:1].islower() or not _PHRASE_GOES_ON.match(text, m.end("value")):
            # Under a family-name label an article starts the surname ("Le Goff", "La Rosa").
            family = _FAMILY_LABEL.search(text, m.start(), m.start("value"))
            yield from emit(m.start("value"), m.end("value"), article_ok=family is not None)
    for m in _DISPLAY_NAME.finditer(text):
        group = next(g for g in ("quoted", "value", "cn") if m.group(g))
        start, end = m.span(group)
        if group == "quoted":
            start, end = start + 1, end - 1
        yield from emit(start, end)
    for m in _SPEAKER.finditer(text):
        if m.group("value"):
            words = m.group("value").split()
            # read past the colon: "Cena: 24,90 €" is a price's label, its value a number
            if len(words) == 1 and (
                _FIELD_LABEL.match(text, m.start("value"))
                or words[0].lower() in _PLACE_FIELDS
                or words[0].lower() in NOTICE_FIELDS
            ):
                continue
            # After a chat's time stamp the shape is the cue: two or more capitalised words
            # speak, whether or not the lists know them ("[10:42] Chidinma Okafor: ...").
            stamped = m.group("stamp") is not None and (
                len(words) > 1 or _dated_stamp(m.group("stamp"), words[0])
            )
            # "Agent Priya:", "Asesora Lucía:": a support chat's staff member by role and first
            # name, which speakers._staff reads
            if len(words) == 2 and words[0].lower() in _SERVICE_ROLES:
                continue
            # a log's level before its module: "[2026-12-02 07:31:09] INFO  Buchung: ..."
            if words[0] in _LOG_LEVELS:
                continue
            # an app's assistant, named as a person is: "Cleo AI:", "Erica Assistant:", "Ada Bot:"
            if len(words) > 1 and words[-1].lower() in _ASSISTANT_WORDS:
                continue
            if (
                stamped
                or _known_first(words[0].rstrip("."))
                or any(w.lower() in surnames() for w in words[1:])
            ):
                yield from emit(m.start("value"), m.end("value"))
        elif m.group("full"):
            yield from emit(*m.span("full"))
        else:
            group = "nick" if m.group("nick") else "handle"
            # without a chat's time stamp "db.password:" is a setting's key, not a speaker
            if group == "handle" and not (m.group("stamp") or login_holds_a_name(m.group(group).lower())):
                continue
            if m.group(group).lower() not in _NOT_PEOPLE:
                yield from emit(*m.span(group))
    if _SLAVIC_LETTERS.search(text):
        yield from _slavic(text, emit)
    if _CASE_LANGUAGE.search(text):
        yield from _declined_in_prose(text, emit)
    if _SLAVIC_LETTERS.search(text) or _GREEK_LETTER.search(text):
        for m in _CALLED_FIRST.finditer(text):
            if inflected_first(m.group("value")):
                yield from emit(m.start("value"), m.end("value"))
    for m in _SELF_NAMED.finditer(text):
        # "it's Theo" names the speaker; "it's Friday", "this is Berlin" do not; after a greeting
        # a word that says who they are for the reader names them, listed or not ("Hi, it's Mags
        # (your host)", "hi its Gaz the plasterer", "Hi Aunty Bisi, its Deji from the food bank")
        value = m.group("value")
        greeted = (
            m.group("greeting") is not None
            or _GREETING_OPENS.match(text, line_bounds(text, m.start())[0]) is not None
        )
        if not greeted and _BARE_ITS.match(text, m.start(), m.start("value")):
            continue  # "its" is a possessive unless a greeting opens the line
        introduced = (
            greeted
            and _INTRODUCED_AFTER.match(text, m.end("value")) is not None
            and value.lower() not in _NO_NAME_WORDS
        )
        if len(value.split()) > 1 or _known_first(value) or introduced:
            yield from emit(m.start("value"), m.end("value"))
    for m in _SURNAME_COMMA.finditer(text):
        if _known_first(m.group("given")):
            yield from emit(m.start("value"), m.end("value"))
    for m in _MENTION.finditer(text):
        if len(m.group("value").split()) > 1 or _known_first(m.group("value")):
            yield from emit(m.start("value"), m.end("value"))
    for m in _THAI_SELF_NAMED.finditer(text):
        group = "glued" if m.group("glued") else "value"
        # (a polite particle may end the phrase: "สมชาย ครับ")
        value = re.sub(rf"[ \t]*{THAI_PARTICLE.pattern}$", "", m.group(group))
        if value:
            yield Finding("NAME", m.start(group), m.start(group) + len(value), value)
    for m in _role_before_a_name().finditer(text):
        # a worker by their role before a first name the lists know: "your stylist Jade",
        # "Friseurin Svenja", "je bezorger Daan"
        value = m.group("value")
        if _known_first(value) and value.lower() not in _COMMON_WORDS and not places.listed_place(value):
            yield from emit(m.start("value"), m.end("value"))
    for m in _PARENT_OF.finditer(text):
        yield from emit(m.start("value"), m.end("value"))
    for m in _BRACKETED_AFTER_ROLE.finditer(text):
        words = m.group("value").split()
        # a first name the lists know (not an acronym: "(SAMU)", "(LAN)"), alone or starting the
        # name, and no place's; not inside a name that goes on ("Royal (Dick) School")
        if (
            not words[0].isupper()
            and _known_first(words[0])
            and words[0].lower() not in _COMMON_WORDS
            and not places.listed_place(words[0])
            # (a nickname between a first name and a surname is one: "Wilhelmina (Mien) Dijkstra")
            and (not _CAPITALISED_AFTER.match(text, m.end()) or _known_first(_word_before(text, m.start())))
            # a law report's party's given name: "R v Hughes (Michael)"
            and not _CASE_PARTY_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            yield from emit(m.start("value"), m.end("value"))
    for m in _CJK_LABELLED.finditer(text):
        yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _CJK_INTRODUCED.finditer(text):
        group = next(g for g in ("writer", "in_charge", "korean") if m.group(g))
        if not _CJK_UNIT_END.search(m.group(group)):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _HOME_FOLDER.finditer(text):
        if m.group("value").lower() not in _NOBODYS_HOMES:
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _USERNAME.finditer(text):
        group = next(g for g in ("value", "labelled", "actor", "logged") if m.group(g))
        if m.group(group).lower() not in _SYSTEM_LOGINS | NOT_A_NAME | _NOT_A_LOGIN:
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _GAMER_HANDLE.finditer(text):
        group = "value" if m.group("value") else "reporter"
        if m.group(group).lower() not in _SYSTEM_LOGINS | NOT_A_NAME | _NOT_A_LOGIN:
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _LOG_ACCOUNT.finditer(text):
        group = next(g for g in ("value", "cloud", "from_ip", "paren", "domain", "uid", "vpn") if m.group(g))
        # "for X from 10.0.0.1" is a login on an authentication line or in a login's shape,
        # prose elsewhere ("checking for updates from 10.0.0.1")
        if group == "from_ip" and not (
            _AUTH_LINE.search(text, max(0, m.start() - 80), m.start())
            or login_holds_a_name(m.group(group).lower())
        ):
            continue
        # a numbered account ("uid=u40213", a staff number's) names no one
        if group == "uid" and _NUMBERED_ACCOUNT.fullmatch(m.group(group)):
            continue
        if m.group(group).lower() not in _SYSTEM_LOGINS | _NOT_A_LOGIN | _NOT_PEOPLE:
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _PLAIN_HANDLE.finditer(text):
        handle = m.group("value")
        # after "@" an English word is rare: an initial before a name counts from five letters
        named = _plain_login(handle) or (
            len(handle) > 4 and known_name(handle[1:]) and not known_name(handle)
        )
        if handle not in _NOT_A_HANDLE and named and not decorator(text, m.start(), m.end()):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _CUED_LOGIN.finditer(text):
        login = m.group("value").lower()
        if login in _SYSTEM_LOGINS | _NOT_A_LOGIN | NOT_A_NAME | _PLACEHOLDER_LOGINS or _FILE_NAME.search(
            login
        ):
            continue
        quoted = m.group("quote") is not None
        if quoted and _AUTH_LINE.search(text, max(0, m.start() - 60), m.end()):
            # "Login attempt for 'kgoldberg'": a quoted account where one logs in; one of words
            # joined with no name among them is a service's ("etl_loader", "svc-backup")
            named = not re.search(r"[._\-]", login) or login_holds_a_name(login)
        elif m.group("account"):
            named = (
                login_holds_a_name(login)
                if "." in login or "_" in login
                else any(_plain_login(part) for part in login.split("-"))
            )
        else:
            # after a preposition only a person's login shape: "as k.nowak", not "as stand-alone";
            # after "by" an initial glued to a name the lists know too ("job printed by lfournier")
            named = (
                person_login_shape(login)
                or (quoted and _plain_login(login))
                or (
                    _AFTER_BY.search(text, max(0, m.start("value") - 5), m.start("value")) is not None
                    and initial_and_surname(login)
                )
            )
        if named:
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _ANSWERED.finditer(text):
        if _known_first(m.group("value")) and m.group("value").lower() not in _COMMON_WORDS:
            yield from emit(m.start("value"), m.end("value"))
    for m in _HUNGARIAN_NAME.finditer(text):
        if (
            _HUNGARIAN_LETTERS.search(m.group("value"))
            and m.group("family").lower() in surnames()
            and m.group("family").lower() not in every_first_name()
            and m.group("given").lower() in first_names()
        ):
            yield from emit(m.start("value"), m.end("value"))
    for m in _DECLINED_PAIR.finditer(text):
        if declined_full_name(m.group("first"), m.group("last")):
            yield from emit(m.start(), m.end())
    for pattern in (_SIGNATURE, _LIFE):
        for m in pattern.finditer(text):
            yield from emit(m.start("value"), m.end("value"))
    for m in _CJK_ADDRESSED.finditer(text):
        group = "speaker" if m.group("speaker") else "object"
        if m.group(group) not in _CJK_NOT_PEOPLE and chinese_name(m.group(group)):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for pattern in (_BY_LOGIN, _ID_IS):
        for m in pattern.finditer(text):
            # a login holds a name the lists know ("s.eriksson"), not a module's ("app.main"),
            # or is an initial and a surname the lists lack ("by n.mbeki")
            login = m.group("value").lower()
            if login_holds_a_name(login) or (
                pattern is _BY_LOGIN
                and _initial_and_unlisted_surname(login)
                and _DONE_BY.search(text, max(0, m.start() - 50), m.start("value")) is not None
            ):
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _OWNER_LOGIN.finditer(text):
        login = m.group("login").lower()
        # the login spells one of the owner's names: "Ollie Baptiste (obaptiste)"
        if any(len(w) > 2 and w.lower() in login for w in m.group("owner").split()):
            yield Finding("NAME", m.start("login"), m.end("login"), m.group("login"))
    for m in _LOGINS.finditer(text):
        group = next(g for g in ("nick", "login", "paren", "handle", "url") if m.group(g))
        login = m.group(group).lower()
        # A login before a name is that person's when it spells one of their names ("lwaithera
        # (Lucy Waithera)", not "holiday (Easter Monday)"); a URL's user when it holds a name
        # ("olaf", "mkaur"), not a service's account ("reporting", "app_rw").
        if group == "login" and not any(len(w) > 2 and w.lower() in login for w in m.group("owner").split()):
            continue
        if group == "url" and not login_holds_a_name(login):
            continue
        # after a log's stamp, its module: "[2026-12-02 21:14:07] auth: login ok"
        if group == "nick" and _LOG_STAMP.search(text, m.start(), m.start(group)):
            continue
        if (
            group == "handle"
            and (
                decorator(text, m.start(), m.end())
                or login in _CSS_AT_RULES
                # code quoted in prose ("`@functools.wraps`") or a file given by "@" ("@args.txt")
                or text[m.start() - 1 : m.start()] == "`"
                or _FILE_NAME.search(login)
            )
        ):
            continue
        if login not in _SYSTEM_LOGINS | _NOT_PEOPLE:
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for pattern in (_CJK_HONORED, _KANA_ENDEARED, _CJK_CHAT_ACTOR, _JA_TITLED, _CN_TITLED, _CN_NICKNAME):
        for m in pattern.finditer(text):
            group = "user" if "user" in pattern.groupindex and m.group("user") else "value"
            if m.group(group) not in _CJK_NOT_PEOPLE:
                yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _HINDI.finditer(text):
        group = "value" if m.group("value") else "label"
        yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for pattern in (_ON_BEHALF, _THANKED_FOR):
        for m in pattern.finditer(text):
            words = m.group("value").split()
            # "Thanks to Docker for the images": a brand is thanked as often as a person, so
            # the lists must know a word of the name, and none may be an everyday word.
            if pattern is _THANKED_FOR and (
                not any(known_name(w) for w in words)
                or any(re.search(r"\w[A-Z]", w) or w.lower() in _WORDS_FOR_NO_ONE for w in words)
            ):
                continue
            yield from emit(m.start("value"), m.end("value"))
    for m in _CALENDAR.finditer(text):
        # "1:1 Sync / Retro" pairs two meetings: one of the pair must be a name the lists know.
        if m.group("a") and not any(known_name(w) for w in (m.group("a") + " " + m.group("b")).split()):
            continue
        for group in ("value", "with", "a", "b"):
            if m.group(group):
                yield from emit(m.start(group), m.end(group))
    for m in _PEOPLE_LIST.finditer(text):
        start = m.start("list")
        for item in _LIST_ITEM.finditer(m.group("list")):
            words = item.group("value").split()
            # "Participants: Backend Team, QA Guild" lists groups: the lists must know a word
            if (len(words) > 1 and _plain_pair(words) and any(known_name(w) for w in words)) or _known_first(
                words[0]
            ):
                yield from emit(start + item.start("value"), start + item.end("value"))
    for m in _STAMPED_SPEAKER.finditer(text):
        if _known_first(m.group("value")):
            yield from emit(m.start("value"), m.end("value"))
    paid_or_nickname = _PAID_OR_NICKNAME.search(text) is not None
    for pattern in (_TABLE_CELL, _PAID) if paid_or_nickname else (_TABLE_CELL,):
        for m in pattern.finditer(text):
            words = m.group("value").split()
            if len(words) < 2 or not _plain_pair(words) or public_line(text, m.start(), m.end()):
                continue
            # a table's cell is a name when the lists know a word of it; who paid needs no more
            if pattern is _PAID or any(known_name(w) for w in words):
                yield from emit(m.start("value"), m.end("value"))
    for m in _INITIALLED.finditer(text):
        surname = m.group("value").split()[-1].split(".")[-1]
        if (
            (
                _TOWARDS_A_PERSON.search(_before(text, m.start()))
                or _initials_and_surname(m.group("value"), surname)
            )
            and surname.lower() not in _WORDS_FOR_NO_ONE
            and not public_line(text, m.start(), m.end())
        ):
            yield from emit(m.start("value"), m.end("value"))
    for m in (*_MRZ.finditer(text), *_MRZ_CARD.finditer(text)):
        for group in ("surname", "given"):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _DEVICE_NAME.finditer(text):
        parts = m.group("value").split("-")
        if not any(p in _DEVICE_WORDS for p in parts):
            continue
        offset = m.start()
        for part in parts:
            if part not in _DEVICE_WORDS and part not in _SYSTEM_LOGINS and _plain_login(part):
                yield Finding("NAME", offset, offset + len(part), part)
            offset += len(part) + 1
    for m in _NICKNAMED.finditer(text) if paid_or_nickname else ():
        if _known_first(m.group("first")):
            yield from emit(m.start("value"), m.end("value"))
    for m in (*_PATRONYMIC_NAME.finditer(text), *_TURKIC_PATRONYMIC_NAME.finditer(text)):
        yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _CAPS_SURNAME_FIRST.finditer(text):
        family_name, given = m.group("family"), m.group("given").split("-")
        # (a family name the lists lack counts in a Slavic surname's shape, or before a double
        # given name: "MUREȘAN ELENA-CRISTINA")
        known = (
            family_name.lower() in surnames() or slavic_surname(family_name.capitalize()) or len(given) > 1
        )
        if (
            known
            and family_name.lower() not in every_first_name()
            and all(_known_first(part.capitalize()) for part in given)
        ):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _SURNAME_ENDING_NAME.finditer(text):
        group = next(g for g in ("value", "ka", "listed") if m.group(g) is not None)
        yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _LICENCE_NAME.finditer(text):
        for group in ("ln", "fn"):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _EMAIL_LOCAL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        parts = {p for p in re.split(r"[._\-]", m.group("local")) if len(p) > 2}
        # a local part in one piece spells a pair of capitalised words on its line, an initial
        # and a surname or the two run together: "Georgia Pattinson gpattinson@icloud.com"
        for pair in _CAPITALISED_PAIR.finditer(text, line_start, line_end) if len(parts) == 1 else ():
            first, last = pair.group("first").lower(), pair.group("last").lower().replace("-", "")
            if m.group("local") in (first[0] + last, first + last, first + last[0], last + first[0]):
                yield from emit(pair.start(), pair.end())
        known_parts = {p for p in parts if known_name(p)}
        for part in parts:
            # a part the lists do not know is the row's name too where a known part stands
            # beside it and it fills a cell of its own: "Yusuf","Demirci",...,yusuf.demirci@
            shape = _WORD_CELL if part not in known_parts else _WORD_ANYWHERE
            if part not in known_parts and not known_parts:
                continue
            word = re.compile(shape.format(re.escape(part.capitalize())))
            for w in word.finditer(text, line_start, line_end):
                yield from emit(w.start(), w.end())
    for m in _FI_ADDRESSED.finditer(text):
        if _known_first(m.group("stem")):
            yield from emit(m.start("value"), m.end("value"))
    for m in _SIGNED_AT_END.finditer(text):
        if _known_first(m.group("value")) and m.group("value").lower() not in _COMMON_WORDS:
            yield from emit(m.start("value"), m.end("value"))
    for pattern in (_DOER, _BEFORE_NUMBER):
        for m in pattern.finditer(text):
            words = m.group("value").split()
            public = pattern is _DOER and public_line(text, m.start(), m.end())
            if len(words) > 1 and _plain_pair(words) and any(known_name(w) for w in words) and not public:
                yield from emit(m.start("value"), m.end("value"))
    for m in _PAIR.finditer(text):
        # a line's end or a column's gap ends the name before its last word is judged: "Margaret
        # Oduya    Lane 5" (a table's next cell), not one "Oduya Lane"
        value = m.group("value")
        cut = _LINE_OR_COLUMN_END.search(value)
        words = (value[: cut.start()] if cut else value).split()
        if len(words) < 2:
            continue
        value_end = m.start("value") + (cut.start() if cut else len(value))
        first, last = m.group("first").lower(), words[-1].lower()
        # A known surname with an unknown word ("Olamide Eze", "Nguyen Van An" family name
        # first) only after a word that leads to a person: elsewhere the first word is as
        # likely a verb or a label ("Visit York", "click Add Person").
        known = (
            _known_first(first)
            or (
                (last in surnames() or (len(words) > 2 and first in surnames()))
                and len(first) > 2
                and _plain_pair(words)
                and _TOWARDS_A_PERSON.search(_before(text, m.start())) is not None
            )
            or _word_name_and_surname(words)
        )
        # "the Marie Curie building", "The Beatles": an article makes the pair a thing's name.
        thing = _NAMED_THING_AFTER.match(text, value_end) or _THE_BEFORE.search(_before(text, m.start()))
        # "Argo CD", "Ruby VM": a short word in capitals after one that is not is an acronym.
        acronym = any(len(w) <= 3 and w.isupper() for w in words[1:]) and not words[0].isupper()
        named_thing = thing or acronym or _THING_WORD.fullmatch(last) or named_after_a_thing(text, m.start())
        if (
            known
            and not any(w.lower() in _NOT_SURNAME for w in words[1:])
            and not named_thing
            and not public_line(text, m.start(), m.end())
        ):
            yield from emit(m.start("value"), value_end)
    yield from _app_screens(text, emit)
    for m in _SLASHED.finditer(text):
        parts = (m.group("last"), *m.group("given").split())
        if m.group("title") or any(len(p) > 2 and known_name(p) for p in parts):
            yield from emit(m.start("value"), m.end("value"))
    # a law report's defendant's forename in brackets ("R v Martin (Anthony) [2001]") is its record too
    reported = [
        (m.start(), after.end())
        for m in _PROSECUTED.finditer(text)
        if (after := _LAW_REPORT_AFTER.match(text, m.end()))
    ]
    for m in _FROM_SOMEONE.finditer(text):
        value = m.group("value")
        if _known_first(value) and not greeting_or_closing(value) and not places.known_city(value):
            yield from emit(m.start("value"), m.end("value"))
    for m in _SINGLE.finditer(text):
        if any(start <= m.start() < end for start, end in reported):
            continue
        # both look back a few words only: searched from the text's start they made a screen
        # cost its length squared
        before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # a capitalised word before the name makes the two one name ("Rio Grande") unless it
        # only starts the sentence and is no name itself ("Yesterday Priya and ...", "Saw
        # Nadia at the gym"), or is the word for a relative ("Grandma Rosa")
        sentence_word = (
            before is not None
            and (
                before.group("word").lower() in _ADDRESSING | _OPENERS
                or _word_before_a_name(text, before.group("word"), m.start(), m.group("value"))
            )
            and _SENTENCE_START.search(text, max(0, before.start() - 40), before.start()) is not None
        )
        relative = _RELATION_BEFORE.search(_before(text, m.start())) is not None
        in_a_run = before is not None and not sentence_word and not relative
        # A lone first name needs a person's context: alone it is as often a band, a tool, a
        # club or a season ("Now playing: Queen", "Helm charts", "Chelsea vs Arsenal").
        towards = _TOWARDS_A_PERSON.search(_before(text, m.start())) or (
            before is not None and before.group("word").lower() in _ADDRESSING
        )
        person = (
            towards
            or relative
            or _PERSON_AFTER.match(text, m.end("value"))
            or (
                _DID_AFTER.match(text, m.end("value"))
                and not _OPENS_A_SENTENCE.search(text, max(0, m.start() - 40), m.start())
                and not places.known_city(m.group("value"))
            )
            or (_WORKED_AFTER.match(text, m.end("value")) and not places.known_city(m.group("value")))
            or _name_and_nothing_else(m.group("value"))
        )
        if (
            _known_first(m.group("value"))
            and (len(m.group("value")) > 3 or relative)
            and m.group("value").lower() not in ASKED_BUT_NO_ONE
            # ("Sayın müşterimiz": Turkish "dear" is a name in the lists too)
            and not greeting_or_closing(m.group("value"))
            and not in_a_run
            and person
            and not public_line(text, m.start(), m.end())
        ):
            yield from emit(m.start("value"), m.end("value"))
