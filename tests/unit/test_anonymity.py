"""Periods, the k threshold and the cell rules of the anonymised summary."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain.anonymity import (
    PUBLISHED,
    SUPPRESSED,
    InvalidPeriod,
    Tally,
    effective_k,
    normalise_label,
    parse_period,
    period_containing,
)
from sleutelapp.domain.suppression import protect, whole


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31), "2026"),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30), "3e kwartaal 2026"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "februari 2024"),
        (" 2025-12 ", date(2025, 12, 1), date(2025, 12, 31), "december 2025"),
    ],
)
def test_periods_are_whole_calendar_units(text, start, end, label):
    period = parse_period(text)
    assert (period.start, period.end, period.label("nl")) == (start, end, label)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026-Q5",
        "2026-13",
        "2026-7",
        "2026-01-01",
        "2026-01..2026-03",
        "26-Q1",
        "0999",
        "2026-W12",
        "2026-H1",
    ],
)
def test_arbitrary_date_ranges_are_refused(text):
    with pytest.raises(InvalidPeriod):
        parse_period(text)


def test_period_containing_a_day():
    assert period_containing(date(2026, 8, 15), "quarter").code == "2026-Q3"
    assert period_containing(date(2026, 8, 15), "month").code == "2026-08"
    assert period_containing(date(2026, 8, 15), "year").code == "2026"


def test_k_is_never_below_three():
    assert effective_k(1) == 3
    assert effective_k(None) == 5
    assert effective_k(8) == 8


def test_whole_hours_round_half_up():
    assert [whole(x) for x in (0.4, 0.5, 1.5, 2.5, 7.49)] == [0, 1, 2, 3, 7]


def test_label_is_one_short_line():
    assert normalise_label("  Wijk\nNoord \t") == "Wijk Noord"
    assert len(normalise_label("x" * 500)) == 80


def _tally(newcomers, value=None):
    t = Tally()
    for n in newcomers:
        t.add(n, 1 if value is None else value / len(newcomers))
    return t


def test_small_cell_and_a_partner_are_suppressed_in_a_column():
    # Route-like table: 2 newcomers on one route, 6 and 7 on others, total 15.
    rows = [_tally("ab"), _tally("cdefgh"), _tally("ijklmno")]
    everyone = _tally("abcdefghijklmno")
    table = protect("t", ["x", "y", "z"], ["n"], [[r] for r in rows], [], [everyone], everyone, 5)
    statuses = [row[0].status for row in table.cells]
    assert statuses == [SUPPRESSED, SUPPRESSED, PUBLISHED]  # the smaller partner goes
    assert table.total.status == PUBLISHED and table.total.value == 15
    assert table.cells[2][0].value == 7 and table.cells[2][0].newcomers == 7


def test_zero_cells_are_published_as_zero():
    empty = Tally()
    table = protect("t", ["x"], ["a", "b"], [[empty, empty]], [empty], [empty, empty], empty, 5)
    assert all(c.status == PUBLISHED and c.value == 0 for c in table.all_cells())


def test_table_resting_on_too_few_newcomers_publishes_nothing_but_zeros():
    one = _tally("a")
    table = protect(
        "t",
        ["x", "y"],
        ["a", "b"],
        [[one, Tally()], [Tally(), Tally()]],
        [one, Tally()],
        [one, Tally()],
        one,
        5,
    )
    assert table.cells[0][0].status == SUPPRESSED
    assert table.total.status == SUPPRESSED
    assert table.cells[0][0].newcomers is None and table.cells[0][0].value is None
