"""The kept values (summary numbers, reports due, agenda tally, latest contact, months of extension)
equal a recount when rows change by plain SQL, several changes a transaction, including
what the store API never does (an entry moved to another newcomer; a consent's purpose,
dates or newcomer changed; other statuses)."""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, timedelta

import pytest

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.exports.summary import totals_of
from sleutelapp.store import summary_counts
from sleutelapp.store.summary_queries import period_counts
from tests.unit.test_vandaag_maintained import maintained, recounted

TODAY = date(2027, 3, 1)
PERIODS = [
    *(f"2026-{m:02d}" for m in range(1, 13)),
    *(f"2026-Q{q}" for q in range(1, 5)),
    "2026",
    "2025",
    "2025-Q4",
]
KINDS = [
    ("contact", "phone", None),
    ("contact", "in_person", None),
    ("appointment", "gp", "planned"),
    ("appointment", "gp", "done"),
    ("appointment", "hospital", "cancelled"),
    ("activity", "volunteering", None),
    ("signal", "housing", "open"),
    ("task", None, "open"),
    ("task", None, "done"),
    ("note", None, None),
]
NEW_ENTRY = (
    "INSERT INTO entry(id, newcomer_id, kind, date, type, status, hours, topics, accompanied, "
    "created, updated) VALUES (?,?,?,?,?,?,?,?,?,'x','x')"
)


def _day(rng: random.Random) -> str:
    return (date(2025, 10, 1) + timedelta(days=rng.randrange(460))).isoformat()


def _summary_numbers_as_counted(case) -> None:
    kept = summary_counts.kept(case.conn)
    for code in PERIODS:
        period = parse_period(code)
        counted = totals_of(period_counts(case, period.start, period.end, TODAY)).numbers
        mine = {key: numbers for (c, key), numbers in kept.items() if c == code}
        assert mine == {key: numbers for key, numbers in counted.items() if numbers[0]}, code


def _reports_due_as_counted(case) -> None:
    from sleutelapp.store import report_schedules, reports_due_counts

    for day in (date(2027, 2, 1), date(2027, 4, 15), date(2027, 7, 2)):
        kept = reports_due_counts.due_count(case, day)
        assert kept is None or kept == report_schedules.counted_due(case, day), day


def _change(conn, rng: random.Random, people: list[str]) -> None:
    action = rng.random()
    entries = [r[0] for r in conn.execute("SELECT id FROM entry")]
    consents = [r[0] for r in conn.execute("SELECT id FROM consent")]
    if action < 0.12 or not people:
        person = str(uuid.UUID(int=rng.getrandbits(128)))
        conn.execute(
            "INSERT INTO newcomer(id, name, route, status, extensions, created, updated) "
            "VALUES (?, 'x', ?, ?, ?, '2020-01-01', '2020-01-01')",
            (
                person,
                rng.choice(["b1", "z", "education"]),
                rng.choice(["active", "active", "closed"]),
                json.dumps([{"months": rng.choice([3, 6])}] * rng.randrange(3)),
            ),
        )
        people.append(person)
    elif action < 0.42:
        kind, type_code, status = rng.choice(KINDS)
        conn.execute(
            NEW_ENTRY,
            (
                str(uuid.UUID(int=rng.getrandbits(128))),
                rng.choice(people),
                kind,
                _day(rng),
                type_code,
                status,
                rng.choice([0.25, 1.5, 2.33]) if kind == "activity" else None,
                rng.choice(["", "work", "health work"]) if kind == "contact" else "",
                rng.randrange(2),
            ),
        )
    elif action < 0.5 and entries:
        conn.execute(
            "UPDATE entry SET newcomer_id = ? WHERE id = ?",
            (rng.choice(people), rng.choice(entries)),
        )
    elif action < 0.6 and entries:
        kind, type_code, status = rng.choice(KINDS)
        conn.execute(
            "UPDATE entry SET kind = ?, type = ?, status = ?, date = ?, accompanied = ?, "
            "hours = CASE WHEN ? = 'activity' THEN ? END WHERE id = ?",
            (kind, type_code, status, _day(rng), rng.randrange(2), kind, 3.07, rng.choice(entries)),
        )
    elif action < 0.66 and entries:
        conn.execute("DELETE FROM entry WHERE id = ?", (rng.choice(entries),))
    elif action < 0.74:
        conn.execute(
            "INSERT INTO consent(id, newcomer_id, purpose, given_on) VALUES (?, ?, ?, ?)",
            (
                str(uuid.UUID(int=rng.getrandbits(128))),
                rng.choice(people),
                rng.choice(["reporting", "regisseur_summary", "x"]),
                _day(rng),
            ),
        )
    elif action < 0.8 and consents:
        column, value = rng.choice(
            [
                ("purpose", rng.choice(["reporting", "regisseur_summary", "x"])),
                ("given_on", _day(rng)),
                ("withdrawn_on", rng.choice([None, _day(rng)])),
                ("newcomer_id", rng.choice(people)),
            ]
        )
        conn.execute(f"UPDATE consent SET {column} = ? WHERE id = ?", (value, rng.choice(consents)))
    elif action < 0.86:
        conn.execute(
            "UPDATE newcomer SET route = ?, status = ? WHERE id = ?",
            (
                rng.choice(["b1", "z"]),
                rng.choice(["active", "closed", "paused"]),
                rng.choice(people),
            ),
        )
    elif action < 0.93:
        conn.execute(
            "UPDATE newcomer SET extensions = ? WHERE id = ?",
            (json.dumps([{"months": 12}] * rng.randrange(3)), rng.choice(people)),
        )
    elif len(people) > 2:
        conn.execute("DELETE FROM newcomer WHERE id = ?", (people.pop(rng.randrange(len(people))),))


@pytest.mark.parametrize("seed", range(4))
def test_kept_values_follow_plain_sql_several_changes_a_transaction(case, seed):
    rng = random.Random(seed)
    people: list[str] = []
    for _ in range(60):
        with case.transaction() as conn:
            for _ in range(rng.randrange(1, 6)):
                _change(conn, rng, people)
        _summary_numbers_as_counted(case)
        _reports_due_as_counted(case)
        assert maintained(case) == recounted(case)
    assert case.query("SELECT count(*) FROM summary_count")[0][0] > 0
