"""A private address a database's client connects to is its server's, no person's
(scrub._PERSONS_ADDRESS_LINE): "psql -h 10.60.2.4", a connection URL's host after its account
and password, a backup's rsync to a server. They fail at 862b4b4; a login at a private address
("ssh nikita@10.0.0.12") and a person's machine running the client stay found (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "$ psql -h 10.60.2.4 -U readonly -c \"select count(*) from disputes where status='OPEN';\"",
        "db_url = postgresql://dialer:${DIALER_DB_PASS}@10.60.2.4:5432/dialer",
        "2026-11-30 04:00:03 rsync: sent 1,204,881 bytes to 10.20.0.8:/srv/backup",
    ],
)
def test_a_database_or_backup_servers_address_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$ ssh nikita@10.0.0.12", "10.0.0.12"),
        ("dana@thinkpad:~$ psql -h 172.20.3.9 -U root", "172.20.3.9"),
        ("login as pi@10.0.8.21 failed", "10.0.8.21"),
    ],
)
def test_a_login_at_a_private_address_is_still_found(text: str, value: str) -> None:  # guards
    assert value not in Scrubber().scrub(text)
