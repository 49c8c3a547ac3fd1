"""A configuration's database user is the application's account, not a person: under an INI
section for a database ("[database]" then "user = ..."), after Spring's
"spring.datasource.username=" or an "admin_user =" key, or named in the variable the password is
read from ("user = X" over "${X_DB_PASSWORD}") (scrub._service_account). The three accounts are
taken for people at 944809f; a login that holds a person's name stays found there and here (a
guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("[database]\nhost = 127.0.0.1\nuser = bookingsvc2\npassword = secretless", "bookingsvc2"),
        ("spring.datasource.username=inventario\nspring.datasource.password=${DB_PASS}", "inventario"),
        ("admin_user = rotaboard\nadmin_password = ${ROTABOARD_ADMIN_PASSWORD}", "rotaboard"),
    ],
)
def test_a_configuration_user_is_kept(text: str, account: str) -> None:
    assert account in Scrubber().scrub(text)


def test_a_login_holding_a_name_stays_found() -> None:  # guard
    assert "kasia.nowak" not in Scrubber().scrub("[database]\nuser = kasia.nowak")
