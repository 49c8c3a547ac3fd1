"""A word of a person's name found on the screen is found again inside a file's name or a link.

At 220efd3 the failing cases here left the name's word where it stood joined into a file's name,
a folder or a gallery's link ("Rebecca Stanton" ... "stanton_family_0042.jpg"): a copy of a
found name was looked for only as a word of its own. The guards leave what only looks like a
copy: a word no name list holds ("machine_id"), an everyday word ("rose_garden.png"), a key in
capitals, an organisation's mailbox and its domain.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        ("order,customer,file\nP-1,Rebecca Stanton,stanton_family_0042.jpg", "stanton_"),
        ("CP-3302,Yusuf Demir,Tenancy_Agreement_Demir_signed.pdf", "_Demir_"),
        ("Chère Marie Garnier, vos photos : clairobscur.example/galerie/garnier", "/garnier"),
        ("$ ls ~/Clients\n2027-06-14_Okafor_Wedding  (client: Chioma Okafor)", "_Okafor_"),
    ],
)
def test_a_found_name_in_a_file_name_is_scrubbed(text: str, copy: str) -> None:
    assert copy not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Name: Rose Hall\nFiles: rose_garden.png, hall-hire.pdf", "rose_garden.png, hall-hire.pdf"),
        ("Contact: Anna Machine\nmachine_id,model\nTR-01,SE4", "machine_id,model"),
        ("Owner: Paolo Balbianello\nexport BALBIANELLO_HOME=/opt/villa", "BALBIANELLO_HOME"),
    ],
)
def test_what_only_looks_like_a_copy_is_left(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
