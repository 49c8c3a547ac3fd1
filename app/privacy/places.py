"""Places whose names are also people's names, kept when a line speaks of them as places.

The name lists hold "Washington", "Jackson", "Florence", "Hà" because people bear them; a
travel or news line ("Flights from Washington to Jackson, Mississippi", "İstanbul–Tokyo
seferleri", "đường bay Hà Nội – Munich") names a route between cities. A found name is a
place when one of its words is a listed city and the line writes it as a route's end: after
"from/to/via/between" (in several languages) or beside a dash to another capitalised word.
Only on a line about travel or news (a flight, an airline, a train, a route's dash), so
"Email from Jackson Pollard" stays a person; the list is small and needs the route's shape too.

A found name that is wholly a town's or a country's in the gazetteer (data/places.txt, from
GeoNames and the Unicode CLDR, written by data/make_place_list.py) is a place wherever it stands
when it has two words or more ("Hà Nội", "Den Helder"); of one word only a country's or a big
town's that no name list holds (the caller's test in `names.not_a_person`: "Gdańsk", not
"Nakamura", a town and a surname).
"""

# ruff: noqa: RUF001, RUF002  (place and route words are written in their own scripts and dashes)

from __future__ import annotations

import re
from functools import cache

_CITIES = frozenset(
    [
        "washington",
        "jackson",
        "houston",
        "austin",
        "dallas",
        "denver",
        "phoenix",
        "orlando",
        "madison",
        "lincoln",
        "charlotte",
        "savannah",
        "raleigh",
        "jefferson",
        "columbus",
        "florence",
        "victoria",
        "regina",
        "sydney",
        "adelaide",
        "darwin",
        "perth",
        "hamilton",
        "wellington",
        "nelson",
        "kingston",
        "georgetown",
        "lafayette",
        "marion",
        "clinton",
        "franklin",
        "camden",
        "vancouver",
        "jordan",
        "chad",
        "israel",
        "santiago",
        "santa",
        "cruz",
        "salvador",
        "paris",
        "london",
        "berlin",
        "moscow",
        "istanbul",
        "i̇stanbul",
        "ankara",
        "izmir",
        "hà",
        "nội",
        "hanoi",
        "huế",
        "đà",
        "nẵng",
        "sài",
        "gòn",
        "saigon",
        "hồ",
        "chí",
        "minh",
        "lyon",
        "milan",
        "roma",
        "rome",
        "tokyo",
        "osaka",
        "seoul",
        "busan",
        "beijing",
        "shanghai",
        "delhi",
        "mumbai",
        "chennai",
        "lima",
        "quito",
        "bogotá",
        "caracas",
        "havana",
        "manila",
        "jakarta",
        "cairo",
        "lagos",
        "nairobi",
        "accra",
        "dakar",
        "antalya",
        "bursa",
        "adana",
        "konya",
        "munich",
        "münchen",
        "vienna",
        "wien",
        "prague",
        "praha",
        "warsaw",
        "warszawa",
        "sofia",
        "valencia",
        "sevilla",
        "granada",
        "porto",
        "lisboa",
        "lisbon",
        "geneva",
        "genève",
        "zurich",
        "zürich",
        "redmond",
    ]
)
#: A route's cue before the place: from, to, via, between... in the languages the lists cover.
_ROUTE_BEFORE = re.compile(
    r"(?i:\b(?:from|to|via|between|and|flights?|nach|von|über|vers|depuis|à|desde|hasta|para|"
    r"da|per|naar|van|do|z|bay|đến|từ|tới)|[\-\u2013\u2014])[ \t]*$"
)
#: A route's shape after it: a dash, an arrow or "to" before the next place ("Roma Fiumicino →
#: Catania": a city with its airport's name).
_ROUTE_AFTER = re.compile(r"[ \t]*(?:[\-\u2013\u2014\u2192>][ \t]*[^\W\d_]|to[ \t]+[^\W\d_])")
_TRAVEL = re.compile(
    r"(?i)\b(?:flights?|fly|flew|airlines?|airport|route|routes|train|trains|bus|ferry|seferleri?|"
    r"uçuş|đường bay|chuyến bay|vuelos?|vol[oi]|vols?|flüge|flug|resume|service|weather|storm)\b"
    r"|\bHava Yolları\b|đường bay|[\u2013\u2014]"
)


#: Towns of two words whose words are also people's names, too small for the gazetteer's list
#: (data/places.txt lists towns of 15,000 people or more: "São Paulo", "Tel Aviv", "Milton
#: Keynes"): no one is called "St Ives".
_SMALL_TOWNS = frozenset({"st andrews", "st davids", "st ives"})


def city_name(value: str) -> bool:
    """Whether a found name of two words or more is wholly a town's or a country's the gazetteer
    lists ("São Paulo", "Hà Nội", "Việt Nam", "Den Helder"): no one is called so, though "Paulo"
    and "Hà" are given names."""
    folded = " ".join(value.casefold().split())
    return " " in folded and (folded in _SMALL_TOWNS or folded in _gazetteer()[0])


def known_city(word: str) -> bool:
    """Whether a word the name lists know is also a city's name ("Florence", "Redmond")."""
    return word.lower() in _CITIES


def listed_place(value: str) -> bool:
    """Whether a found name of one word is a country's or a big town's in the gazetteer
    (data/places.txt: "Gdańsk", "Polska"); the caller asks whether people bear it too."""
    return value.casefold() in _gazetteer()[1]


@cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """Every town's and country's name, and those known alone (a country's, a big town's)."""
    from app.privacy import names  # names imports this module; the list loads on first use

    every: set[str] = set()
    alone: set[str] = set()
    # (the list writes each name with single spaces: folding the whole file at once loads it
    # in a tenth of a second, name by name in half a second)
    for line in names.data_file("places.txt").read_text(encoding="utf-8").casefold().splitlines():
        name, tab, _ = line.partition("\t")
        if name and not name.startswith("#"):
            every.add(name)
            if tab:
                alone.add(name)
    return frozenset(every), frozenset(alone)


def route_place(text: str, start: int, end: int) -> bool:
    """Whether the name found at text[start:end] is a city written as a route's end on a
    travel or news line."""
    words = text[start:end].lower().split()
    if not any(w.strip(".,") in _CITIES for w in words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not _TRAVEL.search(line):
        return False
    before = text[line_start:start]
    return bool(_ROUTE_BEFORE.search(before) or _ROUTE_AFTER.match(text, end))
