"""Vandaag's attention rows in SQL (store/newcomers.needing_attention): the same newcomers
the view picks from the whole active list, read without the whole list."""

from datetime import date, timedelta

import pytest

from sleutelapp.domain import demo, wi2021
from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store.bulk import insert_all

MADE_ON = date(2026, 3, 31)


def shown(items, today):
    """The newcomers the Vandaag view lists (its rules, domain/wi2021.py)."""
    picked = set()
    for n in items:
        end = wi2021.termijn_end(n.termijn_start, n.extensions)
        quiet = n.last_contact is None or (today - n.last_contact).days >= wi2021.NO_CONTACT_DAYS
        if n.status == "active" and (quiet or wi2021.ends_soon(end, today)):
            picked.add((n.id, n.last_contact))
    return picked


@pytest.fixture
def demo_case(case):
    data = demo.generate(60, 30, seed=11, today=MADE_ON)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    return case


@pytest.mark.parametrize("days_later", [0, 1, 29, 30, 31, 200, 400])
def test_the_same_newcomers_as_the_whole_list_gives(demo_case, days_later):
    today = MADE_ON + timedelta(days=days_later)
    everyone = demo_case.newcomers.search_list(status="active", today=today)
    attention = demo_case.newcomers.needing_attention(today)
    assert shown(attention, today) == shown(everyone, today)
    assert shown(attention, today)  # the demo has some of both kinds
    # Until the demo's last contacts are 30 days old, fewer rows than the whole list.
    assert len(attention) < len(everyone) or days_later >= wi2021.NO_CONTACT_DAYS


def test_contact_on_the_30th_day_and_future_contacts(case):
    today = date(2026, 6, 30)
    n = case.newcomers.add(Newcomer(name="Amal Haddad", termijn_start=date(2026, 1, 1)))
    case.entries.add(Entry(n.id, "contact", today - timedelta(days=30), "phone"))
    case.entries.add(Entry(n.id, "contact", today + timedelta(days=2), "phone"))  # planned
    [item] = case.newcomers.needing_attention(today)
    assert item.last_contact == today - timedelta(days=30)
    case.entries.add(Entry(n.id, "contact", today - timedelta(days=29), "phone"))
    assert case.newcomers.needing_attention(today) == []


def test_closed_newcomers_never_need_attention(case):
    n = case.newcomers.add(Newcomer(name="Rami Darwish", termijn_start=date(2021, 1, 1)))
    assert [i.id for i in case.newcomers.needing_attention(date(2026, 1, 1))] == [n.id]
    case.newcomers.close(n.id, date(2025, 12, 1))
    assert case.newcomers.needing_attention(date(2026, 1, 1)) == []
