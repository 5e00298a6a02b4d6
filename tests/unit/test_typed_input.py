"""Hours and dates are read the one way they can be meant (domain/typed_input.py), and the
date windows and entry needs (domain/date_rules.py, domain/entry_needs.py) hold in
`validated()`, so the dialogs, the import and the store refuse the same things."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sleutelapp.domain import date_rules, entry_needs
from sleutelapp.domain.model import Entry, Extension, InvalidRecord, Newcomer
from sleutelapp.domain.typed_input import parse_date, parse_hours, parse_minutes

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "hours"),
    [("1,5", 1.5), ("1.5", 1.5), (" 2 ", 2.0), (",5", 0.5), ("1:30", 1.5), ("0,25", 0.25)],
)
def test_comma_and_point_both_mean_a_decimal(typed, hours):
    assert parse_hours(typed) == hours


@pytest.mark.parametrize("typed", ["1.500", "1,000", "1.5.0", "abc", "1,5 uur", ".", "99999"])
def test_grouping_separators_and_nonsense_are_refused(typed):
    with pytest.raises(InvalidRecord) as found:
        parse_hours(typed)
    assert found.value.field_name == "hours"


def test_empty_hours_are_none():
    assert parse_hours("") is None and parse_hours("  ") is None


@pytest.mark.parametrize(
    "typed",
    [
        "15-03-2024",
        "15-3-2024",
        "15032024",
        "150324",
        "15/3/2024",
        "15.03.2024",
        "15 3 2024",
        "2024-03-15",
        "15-3-24",
    ],
)
def test_a_date_typed_in_one_go(typed):
    assert parse_date(typed, TODAY) == date(2024, 3, 15)


def test_day_and_month_only_means_this_year():
    assert parse_date("1-9", TODAY) == date(2026, 9, 1)
    assert parse_date("1503", TODAY) == date(2026, 3, 15)


@pytest.mark.parametrize("typed", ["31-02-2024", "15-13-2024", "15-03-20245", "150", "morgen"])
def test_impossible_dates_are_refused(typed):
    with pytest.raises(InvalidRecord):
        parse_date(typed, TODAY)


def test_termijn_start_window():
    window = date_rules.TERMIJN_START
    assert date_rules.problem(window, TODAY, TODAY) is None
    assert date_rules.problem(window, date(2022, 1, 1), TODAY) is None
    future = date_rules.problem(window, TODAY + timedelta(days=1), TODAY)
    assert future is not None and future.reason == "future"
    early = date_rules.problem(window, date(2020, 12, 31), TODAY)
    assert early is not None and early.reason == "too_early"


def test_validated_refuses_a_termijn_start_in_the_future():
    with pytest.raises(InvalidRecord) as found:
        Newcomer(name="A", termijn_start=date.today() + timedelta(days=1)).validated()
    assert found.value.field_name == "termijn_start"
    with pytest.raises(InvalidRecord):
        Newcomer(name="A", termijn_start=date(2012, 3, 15)).validated()


def test_validated_refuses_an_extension_decided_in_the_future():
    later = date.today() + timedelta(days=3)
    with pytest.raises(InvalidRecord) as found:
        Newcomer(name="A", extensions=(Extension(6, "", later),)).validated()
    assert found.value.field_name == "extensions.decided_on"


def test_validated_refuses_an_entry_date_outside_its_window():
    with pytest.raises(InvalidRecord):
        Entry("n", "contact", date(2012, 1, 1), "phone").validated()
    with pytest.raises(InvalidRecord):
        Entry("n", "contact", date.today() + timedelta(days=800), "phone").validated()
    assert Entry("n", "appointment", date.today() + timedelta(days=60), "gp").validated()


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (Entry("n", "note", TODAY, text="  "), "text"),
        (Entry("n", "task", TODAY), "text"),
        (Entry("n", "activity", TODAY, "language_cafe", hours=0), "hours"),
        (Entry("n", "activity", TODAY, "language_cafe"), "hours"),
    ],
)
def test_empty_entries_are_refused_with_the_field(entry, field):
    assert [need.field for need in entry_needs.unmet(entry)] == [field]
    with pytest.raises(InvalidRecord) as found:
        entry.validated()
    assert found.value.field_name == field


def test_entries_with_what_they_need_pass():
    for entry in (
        Entry("n", "note", TODAY, text="x"),
        Entry("n", "task", TODAY, text="bellen"),
        Entry("n", "activity", TODAY, "work", hours=1.5),
        Entry("n", "contact", TODAY, "phone"),
        Entry("n", "signal", TODAY, "housing"),
        Entry("n", "appointment", TODAY, "gp"),
    ):
        assert entry_needs.unmet(entry) == []
        entry.validated()


def test_an_activity_done_together_keeps_accompanied():
    assert Entry("n", "activity", TODAY, "sport", hours=1, accompanied=True).validated().accompanied
    assert not Entry("n", "note", TODAY, text="x", accompanied=True).validated().accompanied


def test_minutes_are_whole_minutes_or_hours_and_minutes():
    assert parse_minutes("90") == 90 and parse_minutes("1:30") == 90 and parse_minutes("") is None
    for typed in ("1.5", "1,5", "1.500", "abc", "2000"):
        with pytest.raises(InvalidRecord):
            parse_minutes(typed)


# --- digits from an Arabic or Persian keyboard ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("١٫٥", 1.5),  # Arabic-Indic digits, Arabic decimal separator
        ("١،٥", 1.5),  # the Arabic comma, read as a decimal comma
        ("١,٥", 1.5),
        ("۱٫۵", 1.5),  # Persian digits
        ("۲", 2.0),
        ("١:٣٠", 1.5),
        ("1٫25", 1.25),  # mixed: Latin digits with the Arabic separator
    ],
)
def test_hours_typed_with_arabic_or_persian_digits(typed, hours):
    assert parse_hours(typed) == hours


@pytest.mark.parametrize("typed", ["١٬٥٠٠", "۱٬۵۰۰", "١/٢", "۱/۵", "1/2"])
def test_a_thousands_separator_or_slash_in_hours_is_refused(typed):
    with pytest.raises(InvalidRecord):
        parse_hours(typed)


@pytest.mark.parametrize(("typed", "minutes"), [("٩٠", 90), ("۹۰", 90), ("۱:۳۰", 90)])
def test_minutes_typed_with_arabic_or_persian_digits(typed, minutes):
    assert parse_minutes(typed) == minutes


@pytest.mark.parametrize("typed", ["١٫٥", "²", "٩٠٠٠٠"])
def test_minutes_that_cannot_be_read_one_way_are_refused(typed):
    with pytest.raises(InvalidRecord):
        parse_minutes(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "١٥-٣-٢٠٢٤",
        "١٥/٠٣/٢٠٢٤",
        "۱۵-۰۳-۲۰۲۴",
        "۱۵۰۳۲۰۲۴",
        "١٥٫٠٣٫٢٠٢٤",  # the Arabic decimal separator where a point separates the parts
        "\u200f١٥/\u200f٠٣/\u200f٢٠٢٤",  # right-to-left marks, as pasted from a date in Arabic
        "٢٠٢٤-٠٣-١٥",
    ],
)
def test_dates_typed_with_arabic_or_persian_digits(typed):
    assert parse_date(typed, TODAY) == date(2024, 3, 15)


def test_a_solar_hijri_date_is_not_taken_for_a_recent_one():
    """۱۴۰۳/۰۱/۰۱ (a Persian calendar date) reads as the year 1403, which every date field's
    window then refuses, rather than as some date nearby."""
    assert parse_date("۱۴۰۳/۰۱/۰۱", TODAY) == date(1403, 1, 1)
    assert date_rules.problem(date_rules.ENTRY_DATE, date(1403, 1, 1)) is not None


def test_whole_numbers_typed_with_arabic_or_persian_digits():
    from sleutelapp.domain.typed_input import parse_whole_number

    assert parse_whole_number("١٥", 1, 240) == 15
    assert parse_whole_number("۱۲", 1, 120) == 12
    for typed in ("١٫٥", "١٬٠٠٠", "²"):
        with pytest.raises(InvalidRecord):
            parse_whole_number(typed, 1, 10_000)
