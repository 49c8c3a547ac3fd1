"""A password or a spoken answer in quotes a few words after its word, with no copula and no
colon of a key (issue 16, thirty-fourth session).

An alarm company's note names what the password opens before it quotes it ("password for the
monitoring centre stays the same ("marigold")"), a log gives it after a keyholder's number, a
chat after what it opens ("пароль для пульта «ромашка»"). At 387342c every line of the first
test kept its password: only a copula ("is") or a config line's start let quotes mark a
password, so a plain word in quotes was read as a word. The guards (a button or a field the
screen quotes, what is said about a password, a user's name, a field's name in quotes) came
back unchanged before and must now.
The values are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _secrets(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "SECRET"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('Our password for the alarm receiving centre stays the same ("bluebell").', "bluebell"),
        ('03:12 OP=jdoe rang keyholder 1 - password "walrus" given, stood down', "walrus"),
        ("Mot de passe de levée de doute : « hirondelle »", "hirondelle"),
        ('La parola d\'ordine per la vigilanza resta "ciclamino".', "ciclamino"),
        ("Олег: да, и пароль для охраны «подсолнух»", "подсолнух"),
        ('Security answer given over the phone: "Timbuktu" (matches file)', "Timbuktu"),
        ("Das Passwort fürs Gäste-WLAN bleibt „Eichhörnchen“", "Eichhörnchen"),
    ],
)
def test_a_quoted_password_a_few_words_after_its_word(text: str, secret: str) -> None:
    assert secret in _secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        'Under Password, click "Change" and follow the steps.',
        'The password field shows "Required" until you type.',
        'Enter your password and press "Continue"',
        'Forgot your password? Tap "Reset" on the sign-in page.',
        'Password rules: "min 12 chars"',
        'Your password was "incorrect" three times.',
        'psql: FATAL: password authentication failed for user "etl_loader"',
        'Password reset requested for "kwilliams" at 09:14',
        'password changed by "helpdesk-admin" yesterday',
        '- field "Passwort" (shows "••••••")',
    ],
)
def test_a_screens_words_in_quotes_are_no_password(text: str) -> None:
    assert _secrets(text) == []
