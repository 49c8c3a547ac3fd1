"""Exports' columns: what people typed in lower case under a name's column, a telecom's
"msisdn" and a national identification number's "nin", and a farmer as a role's label."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "first_name,last_name,email,dob\namira,haddad,amira.haddad@live.co.uk,2001-03-14",
            ["amira", "haddad"],
        ),
        (
            "batch_id,beneficiary,msisdn,nin,amount_ugx,status\n"
            "PAY-0426-017,Okello Geoffrey,256772418905,CM84021104XKLD,150000,SUCCESS",
            ["256772418905", "CM84021104XKLD"],
        ),
        ("voucher_no,farmer,village,phone\nEV-88201,Chisomo Mwale,Mpondas,0888 412 907", ["Chisomo Mwale"]),
        ("Farmer: Ion Grigoraș\nHoldings: 11,70 ha", ["Ion Grigoraș"]),
    ],
)
def test_a_column_or_label_says_whose_value_it_is(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    assert not [value for value in values if value in scrubbed]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "last" heads no name in a key's table, and "yesterday" is no name the lists know
        (
            "| Key name | Created | Last used |\n| Reporting | 2026-01-14 | yesterday |",
            "yesterday",
        ),
        ("name,price,qty\nwidget,3.50,2", "widget"),
    ],
)
def test_a_lower_case_word_the_lists_do_not_know_stays(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
