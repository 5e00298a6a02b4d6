"""The count of regisseur reports due, kept by the case file (store/reports_due_counts.py),
is always the count made from the rows (store/report_schedules.counted_due).

Seeded sequences of what changes it: newcomers added, closed, reopened, erased; regisseur
consents given and withdrawn; own schedules set and cleared; the default schedule
changed; reports registered for months, quarters and odd spans. After every step, for
days across two years, the kept count equals the counted one whenever it can answer.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from sleutelapp.domain import report_schedule as rs
from sleutelapp.domain.model import Consent, Disclosure, Newcomer
from sleutelapp.domain.privacy import REGISSEUR_CONSENT
from sleutelapp.paths import app_paths
from sleutelapp.store import report_schedules, reports_due_counts
from sleutelapp.store.case import Case

FIXTURES = Path(__file__).parents[1] / "fixtures"
DAYS = [date(2027, 1, 1) + timedelta(days=d) for d in range(0, 400, 17)]


def _period(rng: random.Random) -> tuple[date, date]:
    year = rng.choice([2026, 2027])
    choice = rng.random()
    if choice < 0.45:
        month = rng.randrange(1, 13)
        start = date(year, month, 1)
        return start, date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    if choice < 0.9:
        quarter = rng.randrange(4)
        start = date(year, 3 * quarter + 1, 1)
        end_month = 3 * quarter + 3
        return start, date(year + end_month // 12, end_month % 12 + 1, 1) - timedelta(days=1)
    start = date(2026, 1, 1) + timedelta(days=rng.randrange(700))
    return start, start + timedelta(days=rng.randrange(200))


def _step(case, rng: random.Random, people: list[str]) -> None:
    action = rng.random()
    if action < 0.15 or not people:
        people.append(case.newcomers.add(Newcomer(name=f"Persoon {len(people)}")).id)
    elif action < 0.35:
        given = date(2025, 6, 1) + timedelta(days=rng.randrange(550))
        case.consents.add(
            Consent(newcomer_id=rng.choice(people), purpose=REGISSEUR_CONSENT, given_on=given)
        )
    elif action < 0.45:
        person = rng.choice(people)
        active = [
            c
            for c in case.consents.for_newcomer(person)
            if c.purpose == REGISSEUR_CONSENT and c.withdrawn_on is None
        ]
        if active:
            case.consents.withdraw(active[0].id, on=max(active[0].given_on, date(2026, 12, 1)))
    elif action < 0.7:
        start, end = _period(rng)
        case.disclosures.record(
            Disclosure(
                report_kind=rs.REPORT_KIND,
                period_from=start,
                period_to=end,
                recipient="regisseur",
                purpose=REGISSEUR_CONSENT,
                sha256="0" * 64,
                newcomer_id=rng.choice(people),
            )
        )
    elif action < 0.8:
        report_schedules.set_own_schedule(
            case, rng.choice(people), rng.choice([rs.MONTH, rs.QUARTER, None])
        )
    elif action < 0.85:
        case.settings.set(rs.SETTING_KEY, rng.choice(rs.SCHEDULES))
    elif action < 0.95:
        person = case.newcomers.get(rng.choice(people))
        if person.status == "active":
            case.newcomers.close(person.id, on=date(2026, 11, 1))
        else:
            case.newcomers.reopen(person.id)
    elif len(people) > 2:
        case.newcomers.erase(people.pop(rng.randrange(len(people))))


def _check(case) -> None:
    assert not case.query("SELECT 1 FROM reports_due_change")
    for day in DAYS:
        kept = reports_due_counts.due_count(case, day)
        assert kept is not None, day  # every consent date lies before these days
        assert kept == report_schedules.counted_due(case, day), day


@pytest.mark.parametrize("seed", range(4))
def test_the_kept_count_equals_the_count_from_the_rows_after_every_step(case, seed):
    rng = random.Random(seed)
    people: list[str] = []
    for _ in range(60):
        _step(case, rng, people)
        _check(case)
    assert report_schedules.counted_due(case, DAYS[0]) or report_schedules.counted_due(
        case, DAYS[-1]
    )


def test_a_consent_dated_after_the_day_is_counted_from_the_rows(case):
    person = case.newcomers.add(Newcomer(name="Later Toestemming"))
    case.consents.add(
        Consent(newcomer_id=person.id, purpose=REGISSEUR_CONSENT, given_on=date(2027, 3, 1))
    )
    early = date(2027, 2, 1)
    assert reports_due_counts.due_count(case, early) is None
    assert report_schedules.due_count(case, early) == 0  # not yet given on that day
    assert report_schedules.due_count(case, date(2027, 4, 2)) == 1


def test_a_migrated_file_is_counted_while_it_opens(tmp_path):
    for version in (1, 2):
        home = tmp_path / f"home{version}"
        shutil.copytree(FIXTURES / f"schema-v{version}", home)
        with Case.open(app_paths(home), "fixture passphrase") as case:
            assert not case.query("SELECT 1 FROM reports_due_change")
            for day in DAYS:
                assert reports_due_counts.due_count(case, day) in (
                    None,
                    report_schedules.counted_due(case, day),
                )


def test_an_erased_newcomer_leaves_nothing_in_the_kept_counts(case):
    person = case.newcomers.add(Newcomer(name="Canary Weg"))
    case.consents.add(
        Consent(newcomer_id=person.id, purpose=REGISSEUR_CONSENT, given_on=date(2026, 1, 1))
    )
    assert case.query("SELECT 1 FROM reports_due_person WHERE newcomer_id = ?", (person.id,))
    assert report_schedules.due_count(case, date(2027, 1, 5)) == 1
    case.newcomers.erase(person.id)
    for table in ("reports_due_person", "reports_due_change"):
        assert not case.query(f"SELECT 1 FROM {table} WHERE newcomer_id = ?", (person.id,))
    assert report_schedules.due_count(case, date(2027, 1, 5)) == 0
    assert not case.query("SELECT 1 FROM reports_due_count WHERE n != 0")


def test_periods_within_a_report_span():
    within = reports_due_counts._periods_within
    assert within("2026-07-01", "2026-09-30") == ["2026-07", "2026-08", "2026-09", "2026-Q3"]
    assert within("2026-07-02", "2026-09-30") == ["2026-08", "2026-09"]
    assert within("2026-07-01", "2026-07-30") == []
    assert within("2026-1-5", "2026-09-30") == [] and within(None, "2026-09-30") == []


def test_a_report_span_from_year_one_to_9999_counts_as_the_rows_do(case):
    person = case.newcomers.add(Newcomer(name="Lange Periode"))
    case.consents.add(
        Consent(newcomer_id=person.id, purpose=REGISSEUR_CONSENT, given_on=date(2026, 1, 1))
    )
    case.conn.execute(  # as a hand edit could leave it
        "INSERT INTO disclosure(id, made_at, report_kind, period_from, period_to, recipient, "
        "purpose, newcomer_id, sha256) VALUES ('d-long', 'x', ?, '0001-01-01', '9999-12-31', "
        "'', '', ?, '')",
        (rs.REPORT_KIND, person.id),
    )
    case.newcomers.add(Newcomer(name="Iemand"))  # a commit applies the change
    for day in DAYS:
        assert reports_due_counts.due_count(case, day) == report_schedules.counted_due(case, day)


def test_the_list_of_reports_due_still_reads_consents_per_newcomer(case):
    """Step 0011's index of regisseur consents by date is for the day check only: the
    query of the reports due keeps reading each newcomer's consents by newcomer."""
    sql = f"EXPLAIN QUERY PLAN {report_schedules._DUE_SQL}"
    params = report_schedules.due_params(rs.MONTH, date(2027, 1, 5))
    plan = " ".join(str(row[3]) for row in case.conn.execute(sql, params))
    assert "consent_newcomer" in plan and "consent_regisseur_given" not in plan
