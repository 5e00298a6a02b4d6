"""The numbers kept per period (store/summary_counts.py) are always those a recount gives.

Random sequences of what a key person does (newcomers, entries added, changed and
deleted, consents given and withdrawn, routes changed, newcomers erased, bulk imports),
each with a fixed seed: after every step, for every period, the kept numbers equal the
numbers counted from scratch from the entries, and no change is left unapplied once a
transaction has committed.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from sleutelapp.domain import vocab
from sleutelapp.domain.anonymity import parse_period
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports.summary import fresh_summary, tabulate, totals_of
from sleutelapp.store import bulk, summary_counts
from sleutelapp.store.summary_queries import period_counts

TODAY = date(2027, 3, 1)
PERIODS = [
    *(f"2026-{m:02d}" for m in range(1, 13)),
    *(f"2026-Q{q}" for q in range(1, 5)),
    "2025-12",
    "2025-Q4",
    "2025",
    "2026",
]
FIRST_DAY, LAST_DAY = date(2025, 11, 20), date(2026, 12, 31)


def _day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def _entry(rng: random.Random, newcomer_id: str) -> Entry:
    kind = rng.choice(["contact", "appointment", "activity", "signal", "note", "task"])
    types = vocab.TYPES_BY_KIND[kind]
    statuses = vocab.STATUS_BY_KIND[kind]
    return Entry(
        newcomer_id=newcomer_id,
        kind=kind,
        date=_day(rng),
        type=rng.choice(types.codes) if types is not None else None,
        status=rng.choice(statuses.codes) if statuses is not None else None,
        topics=tuple(rng.sample(vocab.TOPICS.codes, rng.randrange(3))) if kind == "contact" else (),
        hours=rng.choice([0.01, 0.25, 0.1, 1.5, 2.33, 7.07]) if kind == "activity" else None,
        accompanied=rng.random() < 0.5,
        text="Canary Alma Hadid",
    )


def _check(case) -> None:
    conn = case.conn
    assert not conn.execute("SELECT 1 FROM summary_change").fetchall()  # all applied
    kept = summary_counts.kept(conn)
    for code in PERIODS:
        period = parse_period(code)
        counted = totals_of(period_counts(case, period.start, period.end, TODAY)).numbers
        mine = {key: numbers for (c, key), numbers in kept.items() if c == code}
        assert mine == {key: numbers for key, numbers in counted.items() if numbers[0]}, code


def _step(case, rng: random.Random, people: list[str], entries: list[str]) -> None:
    action = rng.random()
    if action < 0.1 or not people:
        person = case.newcomers.add(
            Newcomer(name=f"Persoon {len(people)}", route=rng.choice(vocab.ROUTES.codes))
        )
        people.append(person.id)
    elif action < 0.45:
        entries.append(case.entries.add(_entry(rng, rng.choice(people))).id)
    elif action < 0.6 and entries:
        current = case.entries.get(rng.choice(entries))
        changed = _entry(rng, current.newcomer_id)
        case.entries.update(replace(changed, id=current.id), base=current)
    elif action < 0.68 and entries:
        case.entries.delete(entries.pop(rng.randrange(len(entries))))
    elif action < 0.8:
        case.consents.add(
            Consent(newcomer_id=rng.choice(people), purpose="reporting", given_on=_day(rng))
        )
    elif action < 0.86:
        given = [
            c
            for person in people
            for c in case.consents.for_newcomer(person)
            if c.withdrawn_on is None and c.purpose == "reporting"
        ]
        if given:
            chosen = rng.choice(given)
            case.consents.withdraw(chosen.id, on=max(chosen.given_on, _day(rng)))
    elif action < 0.92:
        person = case.newcomers.get(rng.choice(people))
        case.newcomers.update(replace(person, route=rng.choice(vocab.ROUTES.codes)))
    elif action < 0.95 and len(people) > 2:
        gone = people.pop(rng.randrange(len(people)))
        case.newcomers.erase(gone)
        entries[:] = [e for e in entries if case.entries.exists(e)]
    else:
        newcomer = Newcomer(name="Geïmporteerd", route=rng.choice(vocab.ROUTES.codes))
        batch = [_entry(rng, newcomer.id) for _ in range(rng.randrange(1, 6))]
        consent = Consent(newcomer_id=newcomer.id, purpose="reporting", given_on=_day(rng))
        bulk.insert_all(case, [newcomer], batch, [consent])
        people.append(newcomer.id)
        entries.extend(e.id for e in batch)


@pytest.mark.parametrize("seed", range(5))
def test_kept_numbers_equal_a_recount_after_every_step(case, seed):
    rng = random.Random(seed)
    people: list[str] = []
    entries: list[str] = []
    for _ in range(70):
        _step(case, rng, people, entries)
        _check(case)
    assert entries and people  # the sequence did something to count


def test_the_summary_from_kept_numbers_is_the_summary_counted_from_entries(case):
    rng = random.Random(7)
    people: list[str] = []
    entries: list[str] = []
    for _ in range(120):
        _step(case, rng, people, entries)
    for code in PERIODS:
        period = parse_period(code)
        kept = fresh_summary(case, period, today=TODAY, k=3, summary_id="s", source="x")
        counted = tabulate(
            period_counts(case, period.start, period.end, TODAY), period, 3, "", "s", "x"
        )
        assert kept == counted, code
        assert summary_counts.period_totals(case, period, TODAY) is not None


def test_a_period_still_running_or_a_later_withdrawal_is_counted_from_entries(case):
    consents = []
    for name in ("Amal", "Bilal", "Carim", "Dina"):
        person = case.newcomers.add(Newcomer(name=name, route="b1"))
        case.entries.add(
            Entry(newcomer_id=person.id, kind="contact", type="in_person", date=date(2026, 8, 3))
        )
        consents.append(
            case.consents.add(
                Consent(newcomer_id=person.id, purpose="reporting", given_on=date(2026, 1, 5))
            )
        )
    quarter = parse_period("2026-Q3")
    assert summary_counts.period_totals(case, quarter, date(2026, 9, 30)) is None
    assert summary_counts.period_totals(case, quarter, date(2026, 10, 15)) is not None
    case.consents.withdraw(consents[0].id, on=date(2026, 11, 1))
    # On 2026-10-15 the withdrawal lies ahead: that newcomer still counts, as counted.
    assert summary_counts.period_totals(case, quarter, date(2026, 10, 15)) is None
    early = fresh_summary(case, quarter, today=date(2026, 10, 15), k=3)
    assert early.counted.value == 4
    late = fresh_summary(case, quarter, today=date(2026, 11, 2), k=3)
    assert summary_counts.period_totals(case, quarter, date(2026, 11, 2)) is not None
    assert late.counted.value == 3


def test_an_erased_newcomer_leaves_nothing_behind_in_the_kept_numbers(case):
    person = case.newcomers.add(Newcomer(name="Canary Hadid", route="b1"))
    other = case.newcomers.add(Newcomer(name="Blijft", route="b1"))
    for who in (person, other):
        case.consents.add(Consent(newcomer_id=who.id, purpose="reporting", given_on=FIRST_DAY))
        case.entries.add(
            Entry(newcomer_id=who.id, kind="contact", type="in_person", date=date(2026, 2, 3))
        )
    assert case.query("SELECT 1 FROM summary_person WHERE newcomer_id = ?", (person.id,))
    assert summary_counts.kept(case.conn)[("2026-02", "newcomers_by_route|*|*")] == (2, 2)
    case.newcomers.erase(person.id)
    for table in ("summary_person", "summary_change"):
        assert not case.query(f"SELECT 1 FROM {table} WHERE newcomer_id = ?", (person.id,))
    _check(case)
    assert summary_counts.kept(case.conn)[("2026-02", "newcomers_by_route|*|*")] == (1, 1)


def test_the_kept_numbers_hold_no_copy_of_anyones_entries(case):
    """Only sums per period and how each newcomer stands (route, consent date) are kept."""
    rng = random.Random(3)
    people: list[str] = []
    for _ in range(60):
        _step(case, rng, people, [])
    columns = {
        table: [r[1] for r in case.query(f"PRAGMA table_info({table})")]
        for table in ("summary_count", "summary_person", "summary_change")
    }
    assert columns["summary_count"] == ["period", "key", "newcomers", "value"]
    assert columns["summary_person"] == ["newcomer_id", "route", "counted_from"]
    assert not case.query("SELECT 1 FROM summary_change")
    keys = [r[0] for r in case.query("SELECT DISTINCT key FROM summary_count")]
    assert keys and not any(person in key for person in people for key in keys)


def test_changes_not_yet_applied_are_applied_by_the_summary_or_counted_around(case):
    """A change applied by no commit (a file migrated on open, a read-only case on a full
    disk): the summary applies it first, or counts from the entries when it cannot write."""
    rng = random.Random(11)
    people: list[str] = []
    for _ in range(40):
        _step(case, rng, people, [])
    quarter = parse_period("2026-Q2")
    expected = totals_of(period_counts(case, quarter.start, quarter.end, TODAY)).numbers
    case.conn.execute("DELETE FROM summary_count")  # as if nothing were counted yet
    case.conn.execute("DELETE FROM summary_person")
    case.conn.execute("INSERT INTO summary_change(newcomer_id, sign) SELECT id, 0 FROM newcomer")
    case.read_only = True
    assert summary_counts.period_totals(case, quarter, TODAY) is None
    assert fresh_summary(case, quarter, today=TODAY, k=3, summary_id="s") == tabulate(
        period_counts(case, quarter.start, quarter.end, TODAY), quarter, 3, "", "s"
    )
    case.read_only = False
    kept = summary_counts.period_totals(case, quarter, TODAY)
    assert kept is not None and kept.numbers == expected
    _check(case)
