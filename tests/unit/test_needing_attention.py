"""Vandaag's attention lists in SQL (store/newcomers.attention): the same newcomers, in the
same order and counted the same, as the rules of domain/wi2021.py give over the whole active
list, read a page at a time."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from sleutelapp.domain import demo, wi2021
from sleutelapp.domain.model import Entry, Extension, Newcomer
from sleutelapp.store.bulk import insert_all

MADE_ON = date(2026, 3, 31)


def by_the_rules(items, today):
    """The two lists the rules pick from the whole active list: (termijn ends, in order of
    the end), (no contact, in order of the last contact, none first)."""
    ending, quiet = [], []
    for n in items:
        end = wi2021.termijn_end(n.termijn_start, n.extensions)
        if wi2021.ends_soon(end, today):
            ending.append((end, n.id))
        if wi2021.needs_contact(n.last_contact, n.added_on, today):
            quiet.append((n.last_contact or date.min, n.id))
    return sorted(ending), sorted(quiet)


def keys(items, today):
    ending = [(wi2021.termijn_end(n.termijn_start, n.extensions), n.id) for n in items.ending]
    quiet = [(n.last_contact or date.min, n.id) for n in items.quiet]
    return ending, quiet


@pytest.fixture
def demo_case(case):
    data = demo.generate(60, 30, seed=11, today=MADE_ON)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    return case


@pytest.mark.parametrize("days_later", [0, 1, 29, 30, 31, 200, 400])
def test_the_same_newcomers_as_the_whole_list_gives(demo_case, days_later):
    today = MADE_ON + timedelta(days=days_later)
    everyone = demo_case.newcomers.search_list(status="active", today=today)
    ending, quiet = by_the_rules(everyone, today)
    attention = demo_case.newcomers.attention(today)
    assert (attention.ending_total, attention.quiet_total) == (len(ending), len(quiet))
    got_ending, got_quiet = keys(attention, today)
    assert sorted(got_ending) == ending and sorted(got_quiet) == quiet
    # in the order they are shown: termijn end soonest first, longest without contact first
    assert [k for k, _id in got_ending] == [k for k, _id in ending]
    assert [k for k, _id in got_quiet] == [k for k, _id in quiet]
    assert ending and quiet  # the demo has some of both kinds


@pytest.mark.parametrize("days_later", [0, 30, 400])
def test_a_page_is_the_first_rows_of_the_whole_list(demo_case, days_later):
    today = MADE_ON + timedelta(days=days_later)
    whole = demo_case.newcomers.attention(today)
    page = demo_case.newcomers.attention(today, ending_limit=4, quiet_limit=3)
    assert (page.ending_total, page.quiet_total) == (whole.ending_total, whole.quiet_total)
    got_ending, got_quiet = keys(page, today)
    all_ending, all_quiet = keys(whole, today)
    assert [k for k, _id in got_ending] == [k for k, _id in all_ending[:4]]
    assert [k for k, _id in got_quiet] == [k for k, _id in all_quiet[:3]]


def test_contact_on_the_30th_day_and_future_contacts(case):
    today = date(2026, 6, 30)
    n = case.newcomers.add(Newcomer(name="Amal Haddad", termijn_start=date(2026, 1, 1)))
    case.entries.add(Entry(n.id, "contact", today - timedelta(days=30), "phone"))
    case.entries.add(Entry(n.id, "contact", today + timedelta(days=2), "phone"))  # planned
    attention = case.newcomers.attention(today)
    [item] = attention.quiet
    assert item.last_contact == today - timedelta(days=30)
    assert attention.quiet_total == 1 and attention.ending == []
    case.entries.add(Entry(n.id, "contact", today - timedelta(days=29), "phone"))
    assert case.newcomers.attention(today).quiet_total == 0


def test_no_contact_yet_counts_from_the_day_the_newcomer_was_added(case):
    today = date.today()
    case.newcomers.add(Newcomer(name="Net Toegevoegd"))
    early = case.newcomers.add(Newcomer(name="Lang Geleden", created="2020-01-01T10:00:00"))
    attention = case.newcomers.attention(today)
    assert [i.id for i in attention.quiet] == [early.id]
    assert attention.quiet_total == 1


def test_an_extension_or_a_month_end_moves_the_termijn_end(case):
    today = date(2026, 8, 31)  # warning window up to 2027-02-28
    # starts near the boundary: 2024-02-29 + 3 years = 2027-02-28 (in), 2024-03-01 (out)
    leap = case.newcomers.add(Newcomer(name="Leap Day", termijn_start=date(2024, 2, 29)))
    case.newcomers.add(Newcomer(name="Day After", termijn_start=date(2024, 3, 1)))
    extended = case.newcomers.add(
        Newcomer(
            name="Extended",
            termijn_start=date(2022, 6, 1),  # ends 2027-06-01 with its extension
            extensions=(Extension(months=24, reason="ziek"),),
        )
    )
    plain = case.newcomers.add(Newcomer(name="Plain", termijn_start=date(2023, 1, 1)))
    attention = case.newcomers.attention(today)
    assert [i.id for i in attention.ending] == [plain.id, leap.id]
    assert attention.ending_total == 2
    case.newcomers.update(replace(case.newcomers.get(extended.id), extensions=()))
    attention = case.newcomers.attention(today, ending_limit=1)
    assert attention.ending_total == 3
    assert [i.id for i in attention.ending] == [extended.id]  # 2025-06-01: the soonest


def test_closed_newcomers_never_need_attention(case):
    n = case.newcomers.add(
        Newcomer(name="Rami Darwish", termijn_start=date(2021, 1, 1), created="2020-01-01T09:00:00")
    )
    attention = case.newcomers.attention(date(2026, 1, 1))
    assert [i.id for i in attention.ending] == [n.id] == [i.id for i in attention.quiet]
    case.newcomers.close(n.id, date(2025, 12, 1))
    attention = case.newcomers.attention(date(2026, 1, 1))
    assert (attention.ending, attention.quiet) == ([], [])
    assert (attention.ending_total, attention.quiet_total) == (0, 0)


def test_the_same_totals_on_every_kind_of_day(demo_case):
    """Month ends, leap days and the days around them: the index ranges and the rules agree."""
    days = [MADE_ON + timedelta(days=d) for d in range(0, 800, 11)]
    days += [date(2027, 2, 28), date(2027, 8, 31), date(2028, 2, 29), date(2026, 12, 31)]
    for today in days:
        everyone = demo_case.newcomers.search_list(status="active", today=today)
        ending, quiet = by_the_rules(everyone, today)
        attention = demo_case.newcomers.attention(today, ending_limit=5, quiet_limit=5)
        assert (attention.ending_total, attention.quiet_total) == (len(ending), len(quiet)), today
        got_ending, got_quiet = keys(attention, today)
        assert [k for k, _id in got_ending] == [k for k, _id in ending[:5]], today
        assert [k for k, _id in got_quiet] == [k for k, _id in quiet[:5]], today
