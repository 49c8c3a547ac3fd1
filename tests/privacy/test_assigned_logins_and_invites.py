"""A login after "Assigned:" or "Handler:", and a handle after an invite, a challenge or a gift.

Every case of HANDLES fails at e548393; the guards (an API client's name, a field that says no
one is assigned) pass there and must keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

HANDLES = [
    ("Assigned: tyler.m  | Priority: P2", "tyler.m"),
    ("Handler: j.okafor | Status: open", "j.okafor"),
    ("Fitbit: Challenge invite from aaron_mcbride88", "aaron_mcbride88"),
    ("Steam: Gift from dark_moth_77 is waiting for you", "dark_moth_77"),
]

GUARDS = [
    "client_id: 4471, client: web_app_v2",
    "Assigned: unassigned",
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_login_or_handle_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_clients_and_empty_fields_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
