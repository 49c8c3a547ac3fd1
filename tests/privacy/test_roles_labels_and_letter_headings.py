"""Words taken for people at 7af7018, each no one's:
- a chat's moderator and bot ("<mod> Welcome to ...");
- a task's "Due:" read as a speaker, and a terminal's "... Done";
- a pronoun before "wrote:" ("He wrote: ...");
- a letter's heading, its town and date ("Roma, 1 dicembre 2026", "Adelaide, 3 March 2026");
- a site's name under its settings key ("site_name: Oakfield Archery Club Handbook");
- an SSH config's host alias ("Host club-nas" above "HostName");
- Welsh "Annwyl Aelodau" (dear members);
- a note's "key:" before a key box's code, read as a name in small letters.

Guards that passed then and must still: a named speaker who wrote, a name called before a
number ("Marta, 3 people are coming"), and a name after Welsh "Annwyl".
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("<mod> Welcome to #knitting! Rules: be nice.\n<bot> Weather today: sunny", "<mod>"),
        ("Checklist: [x] venue  [ ] catering\nDue: 26 Jun · Labels: Events", "Due:"),
        ("$ sudo apt update\nReading package lists... Done", "Done"),
        ('He wrote: "see you at the club"', "He wrote"),
        ("Roma, 1 dicembre 2026\n\nAl Conservatorio\n\nDistinti saluti", "Roma,"),
        ("Adelaide, 3 March 2026\n\nDear Sir,", "Adelaide,"),
        ("site_name: Oakfield Archery Club Handbook\ntheme:\n  name: material", "Oakfield Archery"),
        ("Host club-nas\n    HostName 192.168.1.40\n    User admin", "club-nas"),
        ("Annwyl Aelodau,\n\nBydd y clwb yn cyfarfod nos Iau.", "Aelodau"),
        ("key: 8831 (blue box under the mat)", "key:"),
    ],
)
def test_no_one_is_named(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Helena said: fine, see you then", "Helena"),
        ("Marta, 3 people are coming", "Marta"),
        ("Annwyl Gwenllian,\n\nDiolch am dy waith.", "Gwenllian"),
    ],
)
def test_the_person_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
