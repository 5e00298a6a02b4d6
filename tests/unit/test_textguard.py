"""The free-text guard finds identifiers people should not type into free text."""

import pytest

from sleutelapp.domain.textguard import describe, passes_elfproef, scan


def kinds(text):
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


@pytest.mark.parametrize("bsn", ["111222333", "123456782"])
def test_valid_bsn_is_found(bsn):
    assert passes_elfproef(bsn)
    assert kinds(f"BSN is {bsn}.") == [("bsn", bsn)]


def test_nine_digits_failing_the_elfproef_are_not_a_bsn():
    assert not passes_elfproef("123456789")
    assert kinds("kenmerk 123456789") == []


def test_iban_with_and_without_spaces():
    assert kinds("rek NL91ABNA0417164300") == [("iban", "NL91ABNA0417164300")]
    assert kinds("rek NL91 ABNA 0417 1643 00 graag") == [("iban", "NL91 ABNA 0417 1643 00")]
    assert kinds("NL91ABNA0417164301") == []  # wrong check digits


def test_email_and_phone():
    assert kinds("mail amal@example.nl") == [("email", "amal@example.nl")]
    assert kinds("bel 06-12345678 of +31 20 123 4567") == [
        ("phone", "06-12345678"),
        ("phone", "+31 20 123 4567"),
    ]


def test_dates_times_and_hours_are_not_flagged():
    assert kinds("Afspraak 12-03-2026 om 10:30, 3 uur, kamer 214") == []


def test_describe_names_each_kind_once_in_dutch():
    text = "06-12345678 en 06-87654321, mail a@b.nl"
    assert describe(scan(text)) == ["een telefoonnummer", "een e-mailadres"]
