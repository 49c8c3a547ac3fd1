"""Postal addresses: streets with their house numbers, postcodes with their towns.

Patterns rather than a parser: `usaddress`' CRF model knows US addresses only, and the
addresses Deskhand sees are written the German way ("Hauptstraße 5, 10115 Berlin"), the
French ("12 rue de la Paix, 75002 Paris"), the Dutch ("Keizersgracht 123, 1015 CJ Amsterdam")
and so on. A street is a word for a street in one of those languages (or a name ending in one,
"Lindenstraße", "Oudegracht") next to a house number; a postcode counts with a capitalised town
after it, or alone when its format is distinctive (UK, Dutch, Irish, US ZIP after a state).
After an address label ("Address:", "Anschrift:", "Adresse :", "Domicilio:"...), the whole
rest of the line is the address. A Japanese address starts at its postal mark ("〒150-0002")
or its prefecture (都, 道, 府, 県) and runs through its block numbers; in Latin letters it is
block numbers, a ward ("Meguro-ku") and a postcode ("153-0063"). Chinese, Korean and Hindi
addresses have no capitals to go by: their labels (地址, 주소, पता) take the rest of the line, and
their road, room and house words carry their numbers ("建国路 88 号", "502 室", "203동 1102호",
"मकान नं. 17"). A street on a line about a novel or a film is a character's.
"""

# ruff: noqa: RUF001, RUF003  (separators and digits of scripts other than Latin: full-width and Arabic commas)
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from app.privacy.finding import EXTENDED_LOW, LATIN_UP, Finding, line_bounds
from app.privacy.public import public_line
from app.privacy.vocabulary import vocabulary, words_pattern

#: (Latin Extended-A's letters too: "České Budějovice", "Šiauliai", "Ņikitina iela")
_UP = LATIN_UP
_LOW = rf"[a-zß-öø-ÿ{EXTENDED_LOW}]"
_WORD = rf"{_UP}(?:{_LOW}+|{_UP}+)(?:-{_UP}{_LOW}+)*\.?"
_HOUSE = r"\d{1,5}(?:\s?[a-zA-Z])?(?:[/\-]\d{1,4})?"
#: Street words that end a name ("Drottninggatan", "Kurfürstendamm") or stand alone.
_STREET_SUFFIX = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|gracht|straat|laan|plein|"
    r"kade|singel|dijk|steeg|markt|gatan|gade|vej|veien|väg|vägen)"
)
_EN_STREET = (
    r"(?:(?i:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Ln\.?|Terrace|Square|Way|"
    r"Boulevard|Blvd\.?|Court|Ct\.?|Place|Pl\.?|Gardens|Close|Crescent|Row|Parkway|Highway|"
    r"Mews|Hill|Walk|Grove|Parade|Circuit|Esplanade|Promenade|Quay|Circle|Trail|"
    r"Rise|Lawns?|Vale|Heights|Meadows|Wharf)"
    # and, capitalised after a capitalised name, words that are also everyday words: "12 Orwell
    # Park Glade", "31 Meadow Bank", "4 Foxley Chase" ("2 bank accounts" is none)
    r"|(?<=[a-z] )(?:Glade|Chase|Croft|Dene|Wynd|Bank|Green|Fold|Garth|Brow|Mount)"
    # and, after one too, as Australia and Britain shorten them: "9 Ashgrove Tce", "31 Banksia Cres"
    r"|(?<=[a-z] )(?:Tce|Terr|Cres|Pde|Cct|Hwy|Esp|Gdns|Pkwy|Crt)\.?)"
)
_LEADING_STREET = (
    r"(?i:rue|avenue|av\.|boulevard|bd|allée|place|chemin|impasse|quai|route|cours|"
    r"calle|c/|avenida|avda\.|paseo|plaza|carrer|camino|ronda|rua|travessa|praça|largo|"
    r"via|viale|corso|piazza|vicolo|piazzale|ul\.|ulica|al\.|aleja|pl\.|plac|os\.)"
)
_STREETS = re.compile(
    # house number first: "221B Baker Street", "12 rue de la Paix", "1600 Pennsylvania Avenue NW"
    # (a number then a verb is a count or an order: "55120 shipped via")
    # (a number glued to a date's year is the date's: "shipped on 2026-11-30 via UPS", a time's
    # minutes are the time's: "06:30–08:30 Lane swim"; one after
    # a currency's sign is an amount: "pay £45 subs to Hartley Vale JFC"; English's "via" after a
    # number is a route, no Italian street: "08:21 via Schiphol", "Berth 14 via Admiral Nelson Road")
    rf"\b(?<!\d[-./:])(?<![£$€¥]){_HOUSE},?\s+(?![a-z]+(?:ed|ing)\b)(?!via\b)(?:(?:{_WORD}|{_LOW}+)\s+){{0,3}}?(?:{_EN_STREET}\b(?:\s+[NSEW]{{1,2}}\b)?"
    rf"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*\w+)?|{_LEADING_STREET}(?:\s+(?:(?:d'|l')?{_WORD}|"
    rf"(?:de|du|des|la|le|les)\b)){{1,5}})"
    # street first: "Hauptstraße 5", "Calle de Alcalá 48", "ul. Marszałkowska 84/92"
    rf"|(?:{_LEADING_STREET}\s+(?:(?:{_WORD}|(?:de|del|da|do|dos|das|della|di|la|delle)\b)\s*){{1,5}}"
    rf"|{_UP}{_LOW}*{_STREET_SUFFIX}\s+|(?:{_WORD}\s+){{1,3}}(?i:{_STREET_SUFFIX})\b\s*){_HOUSE}\b"
    r"|\b(?:PO|P\.O\.) Box \d+|\bPostfach \d+|\b(?i:apartado) \d+"
    # a flat before its street: "Flat 2, 17 Ashgrove Terrace", "Apt 4C, 210 Elm Road"
    r"|\b(?:Flat|Apt\.?|Apartment)\s+\d{1,4}[A-Z]?(?=,\s*\d)"
)
#: Streets and units in scripts without capitals: a Chinese road and its number ("世纪大道
#: 1568 号"), a room ("1702 室", "1203号室"), a Korean road ("월드컵북로 396") and a building and
#: flat ("101동 1504호"), an Indian house and sector ("मकान नं. 42", "सेक्टर 15"), a Chinese
#: postcode after its label ("邮编 200122").
_CJK_STREETS = re.compile(
    # (a lane off the road before the house: "张杨路1588弄6号")
    r"[\u4e00-\u9fff]{1,10}(?:路|街|大道|道|巷|弄|胡同)\s?\d{1,5}\s?(?:弄\s?\d{1,4}\s?)?号"
    r"|\d{1,5}\s?(?:号室|室|호실)"
    # a block's building, entrance and flat ("312楼1单元1502"), an estate's tower, floor and flat
    # as Hong Kong writes them ("12座18樓C室")
    r"|\d{1,4}\s?[楼樓]\s?\d{1,2}\s?[单單]元\s?\d{2,5}|\d{1,3}\s?座\s?\d{1,3}\s?[樓楼]\s?[A-Z]\s?室"
    # (a road's numbered branch: "월드컵북로12길 34")
    r"|[\uac00-\ud7af]{1,10}(?:로|길)(?:\s?\d{1,4}(?:번)?길)?\s?\d{1,4}(?:-\d{1,4})?(?![\d\uac00-\ud7af])"
    r"|\d{1,4}\s?동\s?\d{1,5}\s?호"
    r"|(?:मकान|फ्लैट|प्लॉट)\s?(?:नं\.?|नंबर|संख्या)\s?\d{1,5}|(?:सेक्टर|ब्लॉक)\s?\d{1,4}"
    r"|(?:邮编|郵便番号|우편번호|पिन(?: कोड)?)\s*[:\uff1a]?\s*\d{3}-?\d{3,4}"
)
#: A town's capital and small letters in the cased scripts beyond Latin: Cyrillic ("11000
#: Београд") and Greek ("10563 Αθήνα") write a postcode and its town the Latin way.
_TOWN_UP = rf"(?:{_UP}|[\u0400-\u042f\u0386-\u038f\u0391-\u03ab])"
_TOWN_LOW = rf"(?:{_LOW}|[\u0430-\u045f\u03ac-\u03ce])"
_POSTCODE_TOWN = re.compile(
    r"(?:^|(?<=,)|(?<=:)|(?<=\bin))\s*\b"
    r"(?:\d{5}|\d{4}(?:\s?[A-Z]{2})?|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2}|[A-Z]-\d{4,5})"
    # (one space or a line's break before the town: a wider gap is a form's next column)
    r"(?: (?![ \t])|[ \t]*\n\s*)"
    rf"{_TOWN_UP}{_TOWN_LOW}+(?:[ -](?:{_TOWN_UP}{_TOWN_LOW}+|am|an|im|sur|en|de)){{0,3}}"
    r"(?:\s+[A-Z]{2}\b)?",
    re.MULTILINE,
)
#: A year and three capitalised words or more: a title ("2026 British Journalism Awards"), not
#: a postcode and its town, which is one word or two ("2000 Neuchâtel", "2100 København Ø").
_YEAR_AND_TITLE = re.compile(r"(?:19|20)\d\d(?: [^\W\d_][\w-]*){3,}")
#: A number's label right before a postcode's digits: "Staff no: 27715 Depot" is a staff
#: number beside a form's next label, not a postcode and its town.
_NUMBER_LABEL_BEFORE = re.compile(r"(?i:\b(?:no|nr|n[°º]|num|number|#))\.?[ \t]*:[ \t]*$")
#: The street before a postcode and its town, in any cased script: capitalised words (small
#: ones inside, "Булевар ослобођења") and a house number, then the comma ("Кнез Михаилова 6, ").
_STREET_BEFORE_TOWN = re.compile(
    rf"(?<![\w\-])[^\W\d_][^\s\d,;:|]*(?:[ \t]+[^\W\d_][^\s\d,;:|]*){{0,3}}[ \t]+{_HOUSE}[ \t]*,$"
)
#: A UK postcode as Royal Mail allots them: a one-letter area is one of B, E, G, L, M, N, S
#: and W; no two-letter area starts with Q, V or X nor has I, J or Z second; a district's
#: letter is one of those Royal Mail uses after it; and the inward code's letters leave out
#: C, I, K, M, O and V ("X7K2QP" and "K4Q7RT" are booking references).
_UK_POSTCODE = re.compile(
    r"\b(?:[BEGLMNSW]\d[\dA-HJKPSTUW]?|(?![QVX])[A-Z](?![IJZ])[A-Z]\d[\dABEHMNPRVWXY]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2}\b"
)
#: An Irish Eircode, its two parts a space apart as An Post prints it ("D02 X285"; run together,
#: "A4421CD" is as often a reference or a prisoner's number, and none of the tuning corpora's
#: addresses holds one so); not a segment of a reference between slashes ("MR/W01234X/1", a
#: grant's), nor a routing key "00" no area has.
_IE_EIRCODE = re.compile(r"(?<!/)\b[AC-FHKNPRTV-Y](?!00)\d{2} [AC-FHKNPRTV-Y0-9]{4}\b(?!/)")
_US_STATE_ZIP = re.compile(
    r"\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*,? (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|"
    r"N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?\b"
)
#: A Canadian town, its province's code and its postcode, whose letters and digits alternate
#: and leave out D, F, I, O, Q and U ("Vancouver BC V6R 2P9").
_CA_PROVINCE_POSTCODE = re.compile(
    r"\b[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)*,? (?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?"
    r" [ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"
)
#: A North American street by its number, a compass point perhaps before it: "4471 W 12th
#: Ave", "310 East 42nd Street", "4418 W Maple St" (the named streets' pattern wants a name of
#: two letters at least, so "W" alone stopped it); its street word capitalised ("3 1st place
#: finishes" is none).
_NUMBERED_STREET = re.compile(
    rf"\b(?<!\d[-./:])(?<![£$€¥]){_HOUSE}\s+(?:(?:(?:[NSEW]|N[EW]|S[EW])\.?|North|South|East|West)\s+)?"
    rf"\d{{1,3}}(?:st|nd|rd|th)\s+(?=[A-Z]){_EN_STREET}\b(?:\s+[NSEW]{{1,2}}\b)?"
    rf"|\b(?<!\d[-./:])(?<![£$€¥]){_HOUSE}\s+(?:[NSEW]|N[EW]|S[EW])\.?\s+{_WORD}\s+(?=[A-Z]){_EN_STREET}\b"
)
_JA_ADDRESS = re.compile(
    r"〒\s?\d{3}-?\d{4}[ \u3000]*[^\s,、。]*"
    r"|(?:東京都|北海道|(?:京都|大阪)府|[\u4e00-\u9fff]{2,3}県)[\u3040-\u30ff\u4e00-\u9fff]{1,20}?"
    r"\d+(?:(?:[-\uff0dー]|[\u3040-\u30ff\u4e00-\u9fff]{1,3})\d+)*(?:[丁目番地号])?"
    # (a designated city's ward before the town, no prefecture: "京都市左京区北白川西町81-3")
    r"|[\u4e00-\u9fff]{1,4}市[\u4e00-\u9fff]{1,4}区[\u3040-\u30ff\u4e00-\u9fff]{1,10}?\d+(?:[-\uff0dー]\d+)+"
    r"|\b\d{1,4}(?:-\d{1,4}){1,2},?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b"
    r"(?:,\s+[A-Z][a-z]+)?(?:\s+\d{3}-\d{4})?"
)
#: A middle dot or a bullet, then the next field's label and its colon: where a labelled
#: address ends on a line of fields ("Address: 14 Elm Road · Mobile: ...").
NEXT_FIELD = r"[·•][ \t]*[^\W\d_][^:\uff1a·•\n\d]{0,24}[:\uff1a]"
_LABELLED = re.compile(
    r"(?i:\b(?:(?:street |postal |mailing |billing |shipping |home |return |delivery )?address|"
    r"street|postcode|post code|zip(?: code)?|anschrift|adresse|wohnort|wohnadresse|"
    r"straße|plz|domicile|domicilio|direcci[óo]n|indirizzo|residenza|adres|woonadres|morada|"
    r"endere[çc]o|adres zamieszkania|adress|osoite|adresa|cím|địa chỉ)\b"
    # scripts without word boundaries: Chinese, Japanese, Korean, Hindi
    r"|(?:收货地址|收件地址|联系地址|家庭住址|地址|住所|주소|पता))\s*\"?\s*(?:[:\uff1a]|\(shows\s+\")\s*"
    # to the field's end: a bar, the line's end, or a dot before the next field's label
    rf"(?P<value>[^\n|\"]*?\d[^\n|\"]*?)\s*(?=\"\)|\||$|{NEXT_FIELD})",
    re.MULTILINE,
)


#: The words that say an address follows in prose: "my address is 14 Nun's Island, Galway", "My
#: address has changed to 86 Toa Payoh Lor 4", Czech "na adresu Lidická 18, Brno", Russian "по
#: адресу: Санкт-Петербург, Невский пр., д. 88", Greek "στη διεύθυνση", Swahili "kwa anwani"
#: (not "our address is", a firm's about itself as often).
_ADDRESS_TOLD = re.compile(
    r"(?i)(?:\b(?:my|his|her|your)[ \t]+(?:new[ \t]+|home[ \t]+|current[ \t]+)?address"
    r"[ \t]+(?:is(?:[ \t]+now)?|has[ \t]+changed[ \t]+to|changed[ \t]+to|will[ \t]+be)"
    r"|\bna[ \t]+adres[ue]|(?<![\w])по[ \t]+адресу|(?<![\w])на[ \t]+адрес[уа]|\bà[ \t]+l['\u2019]adresse"
    r"|\ba[ \t]+la[ \t]+direcci[óo]n|\ban[ \t]+die[ \t]+adresse|\ball['\u2019]indirizzo|\bno[ \t]+endere[çc]o"
    r"|\bop[ \t]+het[ \t]+adres|(?<![\w])στη[ \t]+διεύθυνση|\bkwa[ \t]+anwani)[ \t]*:?[ \t]+"
)
#: Where such an address stops: a sentence's mark after a word of three letters or more or after
#: a number ("Brno.", "310086."; "пр.", "д." and "Na." are abbreviations inside it), a line's
#: end, or a clause English starts ("... Galway if you want to").
_TOLD_ADDRESS_END = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=\d))[.!?;](?=\s|$)|\n|[ \t]+(?:if|and|so|but|please|from|until|when|thanks)\b"
)
_TOLD_ADDRESS_REACH = 100


def _told_addresses(text: str, begin: int, end: int) -> Iterator[Finding]:
    """Addresses told in prose after `_ADDRESS_TOLD`'s words, with a number and a capital."""
    for cue in _ADDRESS_TOLD.finditer(text, begin, end):
        reach = min(end, cue.end() + _TOLD_ADDRESS_REACH)
        stop = _TOLD_ADDRESS_END.search(text, cue.end(), reach)
        value = text[cue.end() : stop.start() if stop else reach].rstrip(" ,")
        if (
            any(c.isdigit() for c in value)
            and re.search(r"(?<!\w)[^\W\d_]", value)
            and any(c.isupper() for c in value)
        ):
            yield Finding("ADDRESS", cue.end(), cue.end() + len(value), value)


#: Turkish writes the street word after the name, as a word of its own, and the number after it:
#: "Bağdat Caddesi 210 Daire 6", "Atatürk Bulvarı No: 45", "Gül Sokak No.7 D:3".
_TR_STREET = re.compile(
    r"(?:[A-ZÇĞİÖŞÜ][^\W\d_]+[ \t]+){1,3}"
    r"(?:Caddesi|Cadde|Cad\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Bulvar|Blv\.)[ \t]*(?:No[:.]?[ \t]*)?"
    r"\d{1,5}[A-Z]?(?:/\d{1,4})?(?:[ \t]*,?[ \t]*(?:Daire|D:|D\.|Kat|K:)[ \t]*\d{1,4})*"
)
#: A Vietnamese address: the house's number after "số" or an alley's ("ngõ", "hẻm"), the
#: street's capitalised name, then its ward, district or city after commas: "số 27 ngõ 41 Thái
#: Hà, Hà Nội", "hẻm 12/3 Lê Văn Sỹ, P.13, Q.3, TP.HCM".
_VI_WORD = r"[A-ZÀ-ÝĐƠƯẠ-Ỹ][^\W\d_]*"
#: An Arabic address written number first, as Egypt writes it: "14 شارع التحرير".
_AR_NUMBER_FIRST = re.compile(
    r"(?<![\d.,:/-])\d{1,4}[ \t]+(?:شارع|طريق)[ \t]+[^\s\d\u060c,.]+(?:[ \t]+[^\s\d\u060c,.]+)?"
)
_VI_ADDRESS = re.compile(
    r"(?:(?:nhà[ \t]+)?số|[Ss]ố[ \t]+nhà|ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,5}[A-Z]?(?:/\d{1,4})*"
    r"(?:[ \t]*,?[ \t]*(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,5}(?:/\d{1,4})*)*[ \t]*,?[ \t]*"
    rf"(?:(?:đường|phố)[ \t]+)?{_VI_WORD}(?:[ \t]+{_VI_WORD}){{0,3}}"
    r"(?:,[ \t]*(?:(?:phường|quận|huyện|xã|P\.|Q\.|TP\.?|Tp\.?)[ \t]*)?"
    rf"(?:\d{{1,2}}|{_VI_WORD}(?:[ \t]+{_VI_WORD}){{0,3}}))*"
)
#: A Vietnamese address with its number first and no street word, known by its district after
#: it ("27 Nguyễn Trãi, Q.1, TP.HCM"), and a Thai house's number ("บ้านเลขที่ 88/12 ถนน...").
_VI_NUMBER_FIRST = re.compile(
    rf"(?<![\d.,:/-])\d{{1,5}}[A-Z]?(?:/\d{{1,4}})*[ \t]+{_VI_WORD}(?:[ \t]+{_VI_WORD}){{1,3}}"
    r",[ \t]*(?:phường|quận|huyện|P\.|Q\.)[ \t]*(?:\d{1,2}|[^\W\d_]+)"
    r"(?:,[ \t]*(?:TP\.?|Tp\.?)[ \t]*[^\W\d_.]+(?:\.[^\W\d_]+)?)?"
)
_TH_HOUSE = re.compile(r"(?:บ้านเลขที่|เลขที่)[ \t]*\d{1,5}(?:/\d{1,4})?(?:[ \t]+(?:ถนน|ซอย)[^\s\d]+)?")
#: An Indian address: a house ("B-42", "22/7 3rd Cross", "Flat B-304", "House no 45", "No. 14/7"),
#: up to four places of a locality ("Lajpat Nagar II", "2nd Cross Street", "Malleswaram"), then
#: the city and its six-digit PIN ("New Delhi 110024", "Bengaluru 560003", "Goa 403001").
_IN_PIN_ADDRESS = re.compile(
    r"(?<![\w/-])(?:(?:Flat|House|H\.?)[ \t]*(?:(?i:no)\.?[ \t]*)?|No\.[ \t]*)?"
    r"[A-Z]?-?\d{1,4}(?:[/-]\d{1,4})?[A-Z]?(?:[ \t]+[\w.]+){0,2},"
    # (a cross or main road by its number: "14th Cross", "3rd Main")
    r"(?:[ \t]*(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?[A-Z][\w.'-]*(?:[ \t]+[\w.'-]+){0,3},){1,4}"
    r"[ \t]*(?!(?:Total|Subtotal|Amount|Qty|Price|Sum|Balance|Order|Invoice|Ref|Code|Pin)\b)"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*-?[ \t]*[1-9]\d{2}[ \t]?\d{3}(?![\w-])"
)
#: A place on a camp's or a settlement's grid, two or more of its parts in a row: "Kakuma 3,
#: Block 14, Plot 22", "Farm 112, Chiparamba Block", "Zone 2, Block 11, Plot 36".
_GRID_PART = r"(?i:block|plot|zone|shelter|farm|stand)[ \t]+"
_GRID_ADDRESS = re.compile(
    # (a camp's name may lead: "Kakuma 3,", "Farchana camp,"; a block's name may close: "Chiparamba Block")
    r"(?:(?<![\w-])[A-Z][a-z]+[ \t]+(?:\d{1,3}|camp),[ \t]*)?"
    rf"(?<![\w-]){_GRID_PART}(?:no\.?[ \t]*)?[A-Z0-9]{{1,4}}\b"
    rf"(?:,[ \t]*(?:{_GRID_PART}[A-Z0-9]{{1,4}}\b|[A-Z][a-z]+[ \t]+(?i:block|camp)\b))+"
)
#: A Philippine subdivision's block and lot, then the places after it: "Blk 5 Lot 12, Brgy. San
#: Roque, Marikina", "Blk 12 Lot 7 Phase 2, Camella Homes, Bacoor, Cavite".
_PH_PLACE = r"[A-ZÑ][\w.'\-]*(?:[ \t]+[A-ZÑ0-9][\w.'\-]*){0,3}"
_PH_BLOCK_LOT = re.compile(
    r"(?<![\w-])(?:Blk|Block)\.?[ \t]*\d{1,4}[A-Z]?,?[ \t]*Lot\.?[ \t]*\d{1,4}[A-Z]?"
    rf"(?:(?:,[ \t]*|[ \t]+)(?:Phase[ \t]*\d{{1,2}}|{_PH_PLACE})){{0,5}}"
)
#: A house and its road by their words and numbers in Bengali and Urdu, then up to three places
#: (an area, a city): "বাড়ি ২৭, রোড ৪, ধানমন্ডি, ঢাকা", "مکان نمبر 45، گلی 7، جی-9/2، اسلام آباد",
#: "فلیٹ B-12، بلاک 7، گلشن اقبال، کراچی"; and a Tamil door's number and street before the city's
#: PIN ("14, காந்தி தெரு, மதுரை 625001").
#: (a place ends at a comma, not at a number's: "کراچی کا بل اس ماہ 48,200" is a sentence)
_SOUTH_ASIAN_PART = (
    r"(?:[ \t]*[,،][ \t]*[^\s,،।.?!\d][^,،\n।.?!]{0,24}?(?=[ \t]*(?:[,،](?!\d)|[।.?!]|$))){0,3}"
)
_SOUTH_ASIAN_HOUSE = re.compile(
    r"(?:বাড়ি|বাসা|ফ্ল্যাট|হোল্ডিং)[ \t]?(?:নং[ \t]?)?[০-৯0-9]{1,4}[A-Za-z\u0980-\u09ff]?[ \t]*,[ \t]*"
    r"(?:রোড|সড়ক|লেন)[ \t]?(?:নং[ \t]?)?[০-৯0-9]{1,4}"
    rf"{_SOUTH_ASIAN_PART}"
    r"|(?:مکان|گھر|فلیٹ|ہاؤس|بنگلہ)[ \t]?(?:نمبر[ \t]?)?[A-Za-z0-9\-/]{1,8}[ \t]*،[ \t]*"
    r"(?:گلی|بلاک|سٹریٹ|روڈ|سیکٹر)[ \t]?(?:نمبر[ \t]?)?[A-Za-z0-9\-/]{1,8}"
    rf"{_SOUTH_ASIAN_PART}"
    r"|(?<![\d,])\d{1,4}[ \t]*,[ \t]*[\u0b80-\u0bff]+[ \t]+(?:தெரு|சாலை|வீதி)[ \t]*,[ \t]*"
    r"[\u0b80-\u0bff]+[ \t]+\d{6}",
    re.MULTILINE,
)
#: Languages that write the street word after the name ("Baker Street", "Lindenstraße",
#: "Drottninggatan"): the patterns above read them; every other language's street word leads.
_TRAILING_LANGUAGES = frozenset({"en", "de", "nl", "sv", "da", "no", "fi"})
#: A word of a street's name in any script: no digit, no separator.
_NAME_TOKEN = r"[^\s\d,;:|/()<>\[\]\"،，、。]+"
_HOUSE_NUMBER = r"\d{1,5}(?:[/\-]\d{1,4})?[^\W\d_]?(?![\d])"
#: A street whose word follows its name and is often cut short with a dot, as Baltic,
#: Georgian, Armenian and Kazakh streets are: "Gedimino pr. 14-7", "Kęstučio g. 55", "Brīvības
#: iela 12-4", "Pärnu mnt 22", "ჭავჭავაძის გამზ. 33", "Բաղրամյան պողոտա 24", "Абай даңғылы
#: 150". (Not in the street table: "g." would read "e.g. Room 12" as a street there, and
#: Georgian's "ქ." leads a city's name too, "ქ. თბილისი".)
_NAME_THEN_STREET_WORD = re.compile(
    r"(?<![\w.\-])[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t]+[^\W\d_a-z][^\W\d_]+){0,2}"
    r"[ \t]+(?:g\.|gatvė|pr\.|prospektas|alėja|plentas|iela|"
    r"bulv\.|bulvāris|prospekts|tn\.?|tänav|mnt\.?|maantee|pst\.?|puiestee|"
    r"ქ\.|ქუჩა|გამზ\.|გამზირი|შეს\.|შესახვევი|ჩიხი|ხეივანი|"
    r"փողոց|փ\.|պողոտա|պող\.|նրբանցք|նրբ\.|"
    rf"көшесі|көш\.|даңғылы|даңғ\.)[ \t]*{_HOUSE_NUMBER}"
)


@lru_cache(maxsize=1)
def _table_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From the street-word table: a leading street word, its name, its house number and the
    unit words after it ("ул. Большая Садовая, д. 10, кв. 50", "Jl. Kebon Sirih No. 17 RT 004",
    "רחוב הרצל 45 דירה 8", "ซอยสุขุมวิท 39"); and a name glued to a trailing street word in any
    case ("LINDENSTR. 7" on an ALL-CAPS shipping label)."""
    vocab = vocabulary()
    leading = {w for lang, words in vocab.streets.items() if lang not in _TRAILING_LANGUAGES for w in words}
    trailing = {
        w
        for lang, words in vocab.streets.items()
        if lang in _TRAILING_LANGUAGES and lang != "en"
        for w in words
    }
    units = words_pattern(vocab.units)
    # (Arabic script's comma "،" parts them as a Latin comma does: "کوچه بهار، پلاک ۱۲، واحد ۳")
    unit_chain = rf"(?:[ \t]*[,/\u060c]?[ \t]*{units}[ \t]*{_HOUSE_NUMBER})*"
    street = re.compile(
        rf"{words_pattern(leading)}[ \t]*(?P<name>(?:{_NAME_TOKEN}[ \t]*){{1,4}}?)[,\u060c]?[ \t]*"
        rf"(?:{units}[ \t]*)?{_HOUSE_NUMBER}{unit_chain}"
    )
    suffixes = "|".join(re.escape(w) for w in sorted(trailing, key=len, reverse=True))
    # tried only after three letters, then widened to the word's start: a pattern that starts
    # with the word's letters would rescan each word once per letter
    glued = re.compile(rf"(?<=[^\W\d_]{{3}})(?i:{suffixes})(?:[ \t]+|(?<=\.))[ \t]*{_HOUSE_NUMBER}")
    return street, glued


#: Lower-case words inside a street's name ("Calle de Alcalá", "Rua das Flores").
_NAME_PARTICLES = frozenset(
    "de del della delle di da do dos das la le les du des d' l' van von der al el y i e".split()  # noqa: SIM905
)


#: A Roman numeral, which streets take from dates ("Via XX Settembre", "Calle II de Mayo").
_ROMAN = re.compile(r"[IVXLCDM]+")


#: An English verb's past before a street word in small letters makes it a preposition:
#: "shipped via FedEx Express, 4 cartons", "sent via Royal Mail 2" (Italian ends no word so), and
#: so do an amount, a verb of paying or travelling and English's joining words ("KES 20,343,538.00
#: via M-Pesa B2C", "pay via Western Union 24 hours", "or via Lufthansa 4 times a week").
_VERB_BEFORE = re.compile(
    r"(?i:\b[a-z]+ed|\bsent|\bpaid|\bsold|\bpay|\bsend|\bbook|\btravel|\bfly|\bor|\band|\bonly|"
    r"\d[.,]\d\d)[ \t]+$"
)


#: Words of prose or of a distance between a number and a street's word in small letters:
#: "20977 is on its way", "2 min walk", "5 minute walk".
_PROSE_WORDS = frozenset(
    "is are was on its it the a to for of in at by and min mins minute minutes km mi miles m yards".split()  # noqa: SIM905
)


def _prose(address: str) -> bool:
    """Whether a number, words and a street's word in small letters are a sentence, not an
    address: a word of prose or a distance's unit stands between them."""
    words = address.split()
    return (
        len(words) >= 2
        and words[-1].islower()
        and any(w.lower() in _PROSE_WORDS for w in words[1:-1])
        and not any(w[0].isupper() for w in words[1:])
    )


def _street_name(name: str, street_word: str) -> bool:
    """In a script with capitals a street's name is capitalised: "via DHL Express on 2026-11"
    and "Avenue from 44th" are prose after a word that is also a street's. An acronym after a
    street word in small letters is a carrier or a service ("shipped via UPS, 3 parcels"): a
    street is written all in capitals only on a label that writes its street word so too."""
    words = name.split()
    first = words[0].strip(".,") if words else ""
    if (
        len(first) >= 2
        and first.isupper()
        and not _ROMAN.fullmatch(first)
        and any(c.islower() for c in street_word)
    ):
        return False
    for word in words:
        if word[0].isalpha() and word[0].islower() and word.lower() not in _NAME_PARTICLES:
            return False
    return True


#: A postcode's shapes: 4 to 7 digits (most countries), "105 63" (Greece, Czechia, Sweden),
#: "00-950" (Poland), a state or province before it ("VIC 3185", "CA 94158").
_POSTCODE = re.compile(r"(?<![\d.:/-])(?:\d{4,7}|\d{3} \d{2}|\d{2}-\d{3})(?![\d.:/-])")
#: What parts an address line: commas in any script, slashes, tabs, pipes.
_SEGMENT = re.compile(r"[^,،，/\t|\n]+")


def _postcode_segments(text: str, found: list[Finding]) -> Iterator[Finding]:
    """On a line that holds an address, the part that holds a postcode is the address's town
    ("Москва, 123001", "Jakarta Pusat 10340", "Gardenvale VIC 3185"), whatever the country."""
    lines = {(text.rfind("\n", 0, f.start) + 1, f.start) for f in found}
    for start, at in lines:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        for segment in _SEGMENT.finditer(text, start, end):
            part = segment.group()
            digits = sum(c.isdigit() for c in part)
            begin = segment.start() + len(part) - len(part.lstrip())
            value = part.strip()
            # a part an address already covers keeps that address's own bounds
            covered = any(f.start < begin + len(value) and begin < f.end for f in found)
            if (
                # searched in place: a number after a date's slash is its year ("03/14/2030")
                _POSTCODE.search(text, segment.start(), segment.end())
                and digits <= 8
                and "+" not in part
                and len(value) <= 40
                # a town and its postcode are a few words, not a sentence ("Witness statement of
                # PC 2291 Jamie Holt": a constable's number)
                and len(value.split()) <= _TOWN_PART_WORDS
                and not covered
            ):
                yield Finding("ADDRESS", begin, begin + len(value), value)


_TOWN_PART_WORDS = 4


#: A line of a street's name and house number with no street word ("U Stadionu 1248/9", "Dlouhá
#: 12", "Am Mühlbach 3"): a street where the line below opens with a postcode and its town.
_NUMBERED_LINE = re.compile(
    r"[ \t]*(?P<value>(?:[^\W\d_][\w.'\u2019\-]*[ \t]+){1,4}\d{1,5}(?:[/\-]\d{1,4})?[^\W\d_]?)[ \t,]*"
)


def _street_above_its_town(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The street line above an address's line that opens with its postcode (see above)."""
    for f in found:
        line_start = text.rfind("\n", 0, f.start) + 1
        if not line_start or text[line_start : f.start].strip() or not f.value[0].isdigit():
            continue
        above = _NUMBERED_LINE.fullmatch(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
        if above is not None and not any(g.start < above.end() and above.start() < g.end for g in found):
            yield Finding("ADDRESS", above.start("value"), above.end("value"), above.group("value"))


#: A line that carries a copyright mark is a company's footer ("© 2026 Contoso Ltd, 1 Harbour
#: Way, Leeds", "Copyright 2025 X GmbH · Hauptstraße 5"): its address is the firm's, nobody's home.
_FOOTER = re.compile(
    r"(?i)©|\(c\)[ \t]*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b"
    r"|\btous droits r[ée]serv[ée]s\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b"
)
#: What may follow a number that is no house number: the rest of a version ("Uppdatering
#: 4.8.2", "Hotfix-Ring 2.1"), or the other end of a period when the number is a year ("place
#: des Vosges de 1832 à 1848", "Hauptstraße von 1890 bis 1912", "Calle Mayor 1931-1936").
_NOT_A_HOUSE_AFTER = re.compile(r"\.\d|[ \t]*(?:[–—\-]|à|au|a|al|to|till|until|bis|tot|do|до)[ \t]*\d{4}\b")
_YEAR_END = re.compile(r"(?<!\d)(?:1\d|20)\d\d$")
#: What may stand before a number that is no house number: a month before its year ("20-21 March
#: 2027, Peak District. Practice walk"), or a law's part ("section 47 of the Road Traffic Act").
_NOT_A_HOUSE_BEFORE = re.compile(
    r"(?:(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+)"
    r"|(?i:\b(?:section|sections|s\.|§|art\.|article|clause|rule|regulation|reg\.|chapter|schedule)[ \t]*))$"
)


#: A count of homes, not one of them: "38 properties on Church Lane", "120 households in ...".
_COUNTED = re.compile(
    r"\d+[ \t]+(?i:properties|homes|houses|households|customers|premises|addresses|dwellings|flats|"
    r"apartments|buildings|streets|residents|hogares|viviendas|clientes|foyers|logements|haushalte|"
    r"wohnungen|woningen|huishoudens)\b"
)

#: A day of the month and the month's short name, in English: a date, not a house number.
_DAY_AND_MONTH = re.compile(r"\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+$")
_DAY_AND_WEEKDAY = re.compile(r"\d{1,2}[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")


def _no_home(text: str, finding: Finding) -> bool:
    """A company's footer, a version or a period read as a house number, a month or a law's
    section before one (`_NOT_A_HOUSE_BEFORE`), or a reference after its "#" ("#BD-3021" is an
    order, not boulevard 3021)."""
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    if _FOOTER.search(text, line_start, len(text) if line_end < 0 else line_end):
        return True
    if text[finding.start - 1 : finding.start] == "#":
        return True
    # a time's minutes ("Mon 13 Dec, 10:30, Eden Court Theatre") or its hour before "am" and "pm"
    # ("Leeds Briggate 8am-6pm"), or French's with "h" ("de 8h à 12h rue Victor Hugo"), is no
    # house number
    if (
        (
            _TIME_BEFORE.search(text, max(0, finding.start - 3), finding.start)
            and _MINUTES.match(finding.value)
        )
        or (_HOUR_ENDS.search(finding.value) and text[finding.end : finding.end + 1] in ("m", "M"))
        or _FRENCH_HOUR.match(finding.value)
        # a stamp's seconds and its zone's letter: "2026-12-04T02:11:07Z square-webhook"
        or _SECONDS_BEFORE.search(text, max(0, finding.start - 6), finding.start)
    ):
        return True
    # a count of homes ("38 properties on Church Lane"), a weekday's date ("Sun 11 Jan  Night
    # street-O": an event, not number 11 of a street; "27 Jan Smuts Avenue" is one), a roster's
    # day and weekday ("03 Thu  SIM Burgess Hill")
    if (
        _COUNTED.match(finding.value)
        or _DAY_AND_WEEKDAY.match(finding.value)
        or (
            _DAY_AND_MONTH.match(finding.value)
            and _WEEKDAY_BEFORE.search(text, max(0, finding.start - 6), finding.start)
        )
    ):
        return True
    if finding.value[0].isdigit() and _NOT_A_HOUSE_BEFORE.search(
        text, max(0, finding.start - 14), finding.start
    ):
        return True
    after = _NOT_A_HOUSE_AFTER.match(text, finding.end)
    return after is not None and (after.group().startswith(".") or bool(_YEAR_END.search(finding.value)))


def find(text: str) -> Iterator[Finding]:
    found = [
        f
        for f in _joined(text, list(_find(text)))
        # a street's word before a time is no house number's ("Mahallesi'nde 14:00-20:00")
        if not _no_home(text, f) and not (f.value[-1].isdigit() and _TIME_GOES_ON.match(text, f.end))
    ]
    yield from found
    yield from _postcode_segments(text, found)
    yield from _street_above_its_town(text, found)


def _joined(text: str, found: list[Finding]) -> list[Finding]:
    """Overlapping parts of one address as one finding: a street's pattern and a town's may
    each take a piece of "2217 HAYES ST SAN FRANCISCO CA 94117", and the scrubber keeps only
    the longest of overlapping findings, which would leave the house number out."""
    joined: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        last = joined[-1] if joined else None
        if last is not None and f.start < last.end:
            if f.end > last.end:
                value = text[last.start : f.end].rstrip(" ,")
                joined[-1] = Finding("ADDRESS", last.start, f.end, value)
            continue
        joined.append(f)
    return joined


_TIME_GOES_ON = re.compile(r"[:.]\d{2}\b")
_TIME_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):$")
_SECONDS_BEFORE = re.compile(r"\d\d:[0-5]\d:$")
#: A time's minutes then a comma, as a list of times writes them: "10:30, Eden Court Theatre"
_MINUTES = re.compile(r"[0-5]\d,")
_FRENCH_HOUR = re.compile(r"(?:[01]?\d|2[0-3])h(?:[0-5]\d)?[ \t]")
_HOUR_ENDS = re.compile(r"(?<!\d)\d{1,2}[AaPp]$")
#: A number and a street's word in small letters with no name between is a count: "(1 row)"
#: under a database's answer.
_NO_STREET_NAME = re.compile(r"\d+[ \t]+[a-z]+")
#: A street's word in small letters before an acronym is a preposition before a flight, a carrier
#: or a service: "joining via SQ 231", "via DHL 2" (a Roman numeral is a date's: "via XX Settembre").
_ACRONYM_AFTER_STREET_WORD = re.compile(r"[a-z]+\.?[ \t]+(?![IVXLCDM]+\b)[A-Z]{2,}\b")
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")


def _find(text: str) -> Iterator[Finding]:
    street, glued = _table_patterns()
    # Every address pattern needs a digit (a house number, a postcode), so only lines that hold
    # one are searched, each on its own: searched whole, a screen's prose cost more than its
    # addresses. (One pattern for "a line with a digit" costs the square of a line without.)
    for line in _LINE.finditer(text):
        if _DIGIT.search(text, line.start(), line.end()):
            yield from _find_in_line(text, line.start(), line.end(), street, glued)


def _street_before_town(text: str, begin: int, town: int) -> int:
    """Where the street before a postcode and its town starts (its first capitalised word:
    "на адреси Кнез Михаилова 6, 11000 Београд"), or the town's start when there is none."""
    street = _STREET_BEFORE_TOWN.search(text, begin, town)
    if street is None:
        return town
    for word in re.finditer(r"\S+", street.group()):
        if word.group()[0].isdigit():
            break
        if word.group()[0].isupper():
            return street.start() + word.start()
    return town


def _find_in_line(
    text: str, begin: int, end: int, street: re.Pattern[str], glued: re.Pattern[str]
) -> Iterator[Finding]:
    """Addresses in text[begin:end], one line, searched in place so that offsets and the
    look-behinds stay the text's."""
    for m in street.finditer(text, begin, end):
        word = text[m.start() : m.start("name")]
        if word.islower() and _VERB_BEFORE.search(text, begin, m.start()):
            continue
        if _street_name(m.group("name"), word) and not public_line(text, m.start(), m.end()):
            yield Finding("ADDRESS", m.start(), m.end(), m.group().rstrip(" ,"))
    for m in glued.finditer(text, begin, end):
        start = m.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        if text[start].isupper() and not public_line(text, start, m.end()):
            yield Finding("ADDRESS", start, m.end(), text[start : m.end()])
    for pattern in (
        _STREETS,
        _TR_STREET,
        _AR_NUMBER_FIRST,
        _VI_ADDRESS,
        _VI_NUMBER_FIRST,
        _TH_HOUSE,
        _IN_PIN_ADDRESS,
        _GRID_ADDRESS,
        _PH_BLOCK_LOT,
        _SOUTH_ASIAN_HOUSE,
        _NAME_THEN_STREET_WORD,
        _POSTCODE_TOWN,
        _UK_POSTCODE,
        _IE_EIRCODE,
        _US_STATE_ZIP,
        _CA_PROVINCE_POSTCODE,
        _NUMBERED_STREET,
        _JA_ADDRESS,
        _CJK_STREETS,
    ):
        for m in pattern.finditer(text, begin, end):
            # "221B Baker Street" in a line about a novel is a character's, not a person's.
            if pattern is _STREETS and (
                public_line(text, m.start(), m.end())
                or _prose(m.group())
                or _NO_STREET_NAME.fullmatch(m.group())
                # "sent via Western Union 24 hours ago": a preposition, no Italian street
                or (m.group()[0].islower() and _VERB_BEFORE.search(text, begin, m.start()))
                or _ACRONYM_AFTER_STREET_WORD.match(m.group())
            ):
                continue
            start = m.start()
            if pattern is _POSTCODE_TOWN:
                title = _YEAR_AND_TITLE.fullmatch(m.group().strip())
                if title or _NUMBER_LABEL_BEFORE.search(text, max(begin, start - 20), start):
                    continue
                joined = _street_before_town(text, max(begin, start - 60), start)
                # (alone, the blanks after a comma or a colon are no part of it: "Egyesület, 1097
                # Budapest")
                start = joined if joined < start else start + len(m.group()) - len(m.group().lstrip())
            yield Finding("ADDRESS", start, m.end(), text[start : m.end()].rstrip(" ,"))
    for m in _LABELLED.finditer(text, begin, end):
        yield Finding("ADDRESS", m.start("value"), m.end("value"), m.group("value"))
    yield from _told_addresses(text, begin, end)


@lru_cache(maxsize=1)
def _town_label() -> re.Pattern[str]:
    """A town's or city's label (data/labels.txt), its separator, and the capitalised words
    after it up to the field's end."""
    return re.compile(
        rf"(?i:{words_pattern(vocabulary().labels['city'])})[ \t]*[:\uff1a][ \t]*"
        r"(?P<value>[^\W\d_][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){0,3})"
        r"(?=[ \t]*(?:[|,;\t\u00b7]|$)| {2})",
        re.MULTILINE,
    )


#: A record's field for a part of an address, in JSON, YAML or XML: '"line1": "Flat 12, Alder
#: House"', '"line": ["19 Clarendon Villas"]', '"city": "Croydon"', "<City>Milton Keynes</City>".
_ADDRESS_PART = r"(?i:(?:address[_ ]?)?line[_ ]?\d?|street|city|town|locality|suburb|village)"
_RECORD_ADDRESS_PART = re.compile(
    rf"[\"']{_ADDRESS_PART}[\"'][ \t]*:[ \t]*\[?[ \t]*[\"'](?P<value>[^\"'\n]{{2,80}})[\"']"
    rf"|<(?P<tag>{_ADDRESS_PART})>(?P<element>[^<\n]{{2,80}})</(?P=tag)>"
)
#: How many lines around a found address a record's other parts of it may stand on.
_RECORD_REACH = 4


def town_fields(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The town of a person's address given in a field of its own on the address's line
    ("118 Marlowe Road | Town: Gloucester | Postcode: GL1 4RX"), and a record's other fields of
    the address within a few lines of a part found ('"line1": "Flat 12, Alder House"' beside
    '"postcode": "LS6 2AB"'): alone, "City: Leeds" is no one's, beside a street or a postcode
    it is where someone lives."""
    addresses = [f for f in found if f.kind == "ADDRESS"]
    for start, end in {line_bounds(text, f.start) for f in addresses}:
        for m in _town_label().finditer(text, start, end):
            yield Finding("ADDRESS", m.start("value"), m.end("value"), m.group("value"))
    if not addresses or not any(c in text for c in "\"'<"):
        return
    # (line numbers by the breaks' offsets, found once: a long record counts no line twice)
    breaks = [m.start() for m in re.finditer("\n", text)]
    address_lines = sorted(bisect_left(breaks, f.start) for f in addresses)
    for m in _RECORD_ADDRESS_PART.finditer(text):
        line = bisect_left(breaks, m.start())
        nearest = bisect_left(address_lines, line - _RECORD_REACH)
        if nearest < len(address_lines) and address_lines[nearest] <= line + _RECORD_REACH:
            group = "value" if m.group("value") is not None else "element"
            yield Finding("ADDRESS", m.start(group), m.end(group), m.group(group))
