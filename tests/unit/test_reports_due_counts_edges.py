"""Edge cases of the kept count of regisseur reports due (store/reports_due_counts.py)
against the count from the rows (store/report_schedules.counted_due): days on and around a
consent, odd report spans and dates, statuses and schedules, settings saved unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain import report_schedule as rs
from sleutelapp.domain.model import Consent, Disclosure, Newcomer
from sleutelapp.domain.privacy import REGISSEUR_CONSENT
from sleutelapp.store import report_schedules, reports_due_counts

DAYS = [date(2027, m, d) for m in range(1, 13) for d in (1, 2, 28)] + [
    date(2028, 3, 1),
    date(2028, 2, 29),
    date(2024, 3, 1),
]


def _same(case, days=DAYS):
    for day in days:
        kept = reports_due_counts.due_count(case, day)
        assert kept is None or kept == report_schedules.counted_due(case, day), day


def _person(case, name="Iemand", given=date(2026, 1, 1)):
    person = case.newcomers.add(Newcomer(name=name))
    if given is not None:
        case.consents.add(Consent(newcomer_id=person.id, purpose=REGISSEUR_CONSENT, given_on=given))
    return person


def _report(case, newcomer_id, start, end, kind=rs.REPORT_KIND):
    return case.disclosures.record(
        Disclosure(
            report_kind=kind,
            period_from=start,
            period_to=end,
            recipient="regisseur",
            purpose=REGISSEUR_CONSENT,
            sha256="0" * 64,
            newcomer_id=newcomer_id,
        )
    )


def _raw_disclosure(case, newcomer_id, start, end):
    with case.transaction() as conn:
        conn.execute(
            "INSERT INTO disclosure(id, made_at, report_kind, period_from, period_to, recipient, "
            "purpose, newcomer_id, sha256) VALUES (lower(hex(randomblob(8))), 'x', ?, ?, ?, "
            "'', '', ?, '')",
            (rs.REPORT_KIND, start, end, newcomer_id),
        )


def test_consent_given_and_withdrawn_on_the_day(case):
    a = _person(case, "A", given=date(2027, 4, 1))
    b = _person(case, "B", given=date(2026, 1, 1))
    c = case.consents.for_newcomer(b.id)[0]
    case.consents.withdraw(c.id, on=date(2027, 4, 1))
    case.consents.add(
        Consent(newcomer_id=b.id, purpose=REGISSEUR_CONSENT, given_on=date(2027, 4, 1))
    )
    _same(case, [date(2027, 4, 1), date(2027, 3, 31), date(2027, 4, 2)])
    assert reports_due_counts.due_count(case, date(2027, 4, 1)) == 2
    assert a


def test_reports_of_other_kinds_moved_and_unlinked(case):
    a = _person(case, "A")
    b = _person(case, "B")
    _report(case, a.id, date(2026, 10, 1), date(2026, 12, 31), kind="inzage")
    d = _report(case, a.id, date(2026, 10, 1), date(2026, 12, 31))
    _same(case)
    with case.transaction() as conn:
        conn.execute("UPDATE disclosure SET newcomer_id = ? WHERE id = ?", (b.id, d.id))
    _same(case)
    with case.transaction() as conn:
        conn.execute("UPDATE disclosure SET newcomer_id = NULL WHERE id = ?", (d.id,))
    _same(case)
    with case.transaction() as conn:
        conn.execute("UPDATE disclosure SET report_kind = 'x' WHERE newcomer_id IS NOT NULL")
    _same(case)


def test_other_statuses_and_unknown_default(case):
    a = _person(case, "A")
    with case.transaction() as conn:
        conn.execute("UPDATE newcomer SET status = 'handed_over' WHERE id = ?", (a.id,))
    _same(case)
    with case.transaction() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES ('report_schedule', 'weekly')")
    _same(case)
    with case.transaction() as conn:
        conn.execute("UPDATE settings SET value = 'month' WHERE key = 'report_schedule'")
        conn.execute("UPDATE newcomer SET status = 'active'")
    _same(case)
    with case.transaction() as conn:
        conn.execute("DELETE FROM settings WHERE key = 'report_schedule'")
    _same(case)


def test_quarter_report_month_schedule_schedule_changed_while_covered(case):
    a = _person(case, "A")
    _report(case, a.id, date(2027, 1, 1), date(2027, 3, 31))
    _report(case, a.id, date(2027, 5, 1), date(2027, 4, 30))  # from > to
    _report(case, a.id, date(2028, 1, 1), date(2028, 2, 28))  # leap February not whole
    _same(case)
    report_schedules.set_own_schedule(case, a.id, rs.MONTH)
    _same(case)
    case.settings.set(rs.SETTING_KEY, rs.MONTH)
    report_schedules.set_own_schedule(case, a.id, rs.QUARTER)
    _same(case)
    report_schedules.set_own_schedule(case, a.id, None)
    _same(case)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("", "2030-12-31"),  # SQL: '' sorts before every day, so this covers all
        ("2026-01-01", "2030-12-31T00:00:00"),  # a time after the date
        ("20260101", "2030-12-31"),  # the basic ISO form Python reads, SQL sorts after
        ("2026-01-01", "2026-W53"),  # an ISO week Python reads as a date
        ("2026-10-01", "2026-12-32"),  # no such day: SQL still sorts it after 2026-12-31
    ],
)
def test_a_report_span_not_written_as_plain_days_counts_as_the_rows_do(case, start, end):
    a = _person(case, "A")
    _raw_disclosure(case, a.id, start, end)
    _same(case)


def test_erase_leaves_nothing(case):
    a = _person(case, "Canary")
    _report(case, a.id, date(2027, 1, 1), date(2027, 3, 31))
    report_schedules.set_own_schedule(case, a.id, rs.MONTH)
    case.newcomers.erase(a.id)
    for table in ("reports_due_person", "reports_due_change"):
        assert not case.query(f"SELECT 1 FROM {table}")
    assert not case.query("SELECT 1 FROM reports_due_count")
    _same(case)


def test_saving_the_settings_unchanged_recounts_nobody(case, monkeypatch):
    """Saving the settings dialog writes every setting, the report schedule too, even when
    only another setting changed: that recounts nobody (only the very first save, which
    stores the default schedule, marks everyone once)."""
    for i in range(20):
        _person(case, f"P{i}")
    case.settings.update(case.settings.all())  # the first save stores every setting
    calls = []
    real = reports_due_counts._state
    monkeypatch.setattr(reports_due_counts, "_state", lambda *a: calls.append(a[1]) or real(*a))
    values = case.settings.all()
    values["autolock_minutes"] = int(values["autolock_minutes"]) + 1
    case.settings.update(values)  # as the settings dialog saves (gui/operations.save_settings)
    assert calls == []


def test_a_day_after_the_year_2999_counts_as_the_rows_do(case):
    """The spans are read within 1900..2999 only; a day past that is still answered."""
    a = _person(case, "A")
    _raw_disclosure(case, a.id, "2026-01-01", "9999-12-31")
    _same(case, [date(3000, 2, 1), date(3001, 7, 1)])
