"""Names and postcodes under a CSV header in any script or a login's column, and people after
their role's label (app/privacy/fields.py, app/privacy/labelled.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("氏名,社員番号,部署\n佐々木 陽菜,E-2291,経理", "佐々木 陽菜"),
        ("성명,사번,부서\n정하늘,E-2291,재무팀", "정하늘"),
        ("username,last_login,role\nm.oyelaran,2026-11-30,dispatcher", "m.oyelaran"),
        ("PATROL LOG | 02:10 gate B OK | Officer: Kwabena Mensah | Radio ch 4", "Kwabena Mensah"),
        ("LANDING DECLARATION  Skipper: Eoghan Mulcahy  Port: Killybegs", "Eoghan Mulcahy"),
        ("REGISTRATION  HH head: Fatuma Hassan Ali  HH size: 5", "Fatuma Hassan Ali"),
    ],
)
def test_a_column_or_a_roles_label_names_a_person(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "username,last_login,role\nsvc_backup,2026-11-30,service\nadmin,2026-11-29,root",
        "Primary: Yes | Secondary: No | Escort: Required",
        "Inspector: Pending · Surveyor: TBC",
    ],
)
def test_a_service_account_or_a_roles_state_is_no_name(text: str) -> None:
    assert _names(text) == [], detect(text)


def test_a_bcrypt_hash_stops_at_the_cells_comma() -> None:
    text = "gareth.l,$2b$12$erB5dESMt6duLd/ZyhVvSHP2OO..YZTTjmXYVXvkAszTQfGok.pGl,dispatcher"
    secrets = [f.value for f in detect(text) if f.kind == "SECRET"]
    assert secrets == ["$2b$12$erB5dESMt6duLd/ZyhVvSHP2OO..YZTTjmXYVXvkAszTQfGok.pGl"]


def test_a_csv_of_people_gives_its_party_and_postcode_columns_kinds() -> None:
    text = (
        "petition_id,signatory,constituency,zip\n"
        "P-0771,Tallulah Brannock,Stroud,GL5 1QW\n"
        "P-0772,Oswin Pettigrew-Hale,Bath,BA1 2QH"
    )
    found = {(f.kind, f.value) for f in detect(text)}
    assert {("NAME", "Tallulah Brannock"), ("NAME", "Oswin Pettigrew-Hale")} <= found, found
    assert {("ADDRESS", "GL5 1QW"), ("ADDRESS", "BA1 2QH")} <= found, found


def test_a_postcode_column_in_a_list_of_things_stays() -> None:
    text = "sku,qty,zip\nA-1,3,90210\nB-7,12,10001"
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a key's, a plan's or a store's name column names things
        "| Key name | Key | Created |\n|---|---|---|\n| Storefront | sk_live_••••3f9a | 2025-06-01 |",
        "store_name,city,opened\nHarbourside,Hull,2019-04-01",
        # an owner that is a team
        "Task: close November ledger\nOwner: Accounts Payable",
    ],
)
def test_a_things_name_column_or_a_team_names_no_one(text: str) -> None:
    assert _names(text) == [], detect(text)
