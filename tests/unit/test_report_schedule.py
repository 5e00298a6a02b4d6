"""When a regisseur report is due: the pure rule and the case file's query agree on every
boundary (last day of a period, first day of the next), after consent is withdrawn, for a
closed newcomer, and with reports that cover all or only part of the period."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain import report_schedule as rs
from sleutelapp.domain.model import Consent, Disclosure, Newcomer
from sleutelapp.store import errors, report_schedules


def period(kind, start, end):
    return rs.Period(kind, start, end)


@pytest.mark.parametrize(
    ("schedule", "today", "expected"),
    [
        # the last day of a period: that period is not complete yet
        ("quarter", date(2026, 9, 30), period("quarter", date(2026, 4, 1), date(2026, 6, 30))),
        # the first day of the next: it is
        ("quarter", date(2026, 10, 1), period("quarter", date(2026, 7, 1), date(2026, 9, 30))),
        ("quarter", date(2026, 1, 1), period("quarter", date(2025, 10, 1), date(2025, 12, 31))),
        ("quarter", date(2026, 3, 31), period("quarter", date(2025, 10, 1), date(2025, 12, 31))),
        ("month", date(2026, 2, 28), period("month", date(2026, 1, 1), date(2026, 1, 31))),
        ("month", date(2026, 3, 1), period("month", date(2026, 2, 1), date(2026, 2, 28))),
        ("month", date(2028, 3, 1), period("month", date(2028, 2, 1), date(2028, 2, 29))),
        ("month", date(2026, 1, 1), period("month", date(2025, 12, 1), date(2025, 12, 31))),
    ],
)
def test_last_complete_period_on_boundaries(schedule, today, expected):
    assert rs.last_complete_period(schedule, today) == expected


def test_period_codes():
    assert rs.last_complete_period("quarter", date(2026, 10, 1)).code == "2026-Q3"
    assert rs.last_complete_period("month", date(2026, 10, 1)).code == "2026-09"


def test_unknown_schedule_falls_back_to_the_default():
    assert rs.schedule_or_default("weekly") == "quarter"
    assert rs.schedule_or_default(None, "month") == "month"
    with pytest.raises(ValueError, match="unknown report schedule"):
        rs.last_complete_period("weekly", date(2026, 1, 1))


def test_pure_rule():
    today = date(2026, 10, 1)
    q3 = (date(2026, 7, 1), date(2026, 9, 30))
    due = rs.due_period(active=True, has_consent=True, schedule="quarter", reports=[], today=today)
    assert due is not None and due.code == "2026-Q3"
    assert (
        rs.due_period(active=True, has_consent=True, schedule="quarter", reports=[q3], today=today)
        is None
    )
    part = (date(2026, 7, 1), date(2026, 9, 29))
    assert rs.due_period(
        active=True, has_consent=True, schedule="quarter", reports=[part], today=today
    )
    assert (
        rs.due_period(active=False, has_consent=True, schedule="quarter", reports=[], today=today)
        is None
    )
    assert (
        rs.due_period(active=True, has_consent=False, schedule="quarter", reports=[], today=today)
        is None
    )


# --- the case file's query -------------------------------------------------------------


def add(case, name, *, consent_on=date(2026, 1, 5), status="active"):
    newcomer = case.newcomers.add(Newcomer(name))
    if consent_on is not None:
        case.consents.add(Consent(newcomer.id, "regisseur_summary", consent_on))
    if status == "closed":
        case.newcomers.close(newcomer.id, on=date(2026, 9, 1))
    return newcomer


def report(case, newcomer, start, end, kind=rs.REPORT_KIND):
    case.disclosures.record(
        Disclosure(
            report_kind=kind,
            period_from=start,
            period_to=end,
            recipient="",
            purpose="regisseur_summary",
            sha256="0" * 64,
            newcomer_id=newcomer.id,
        )
    )


def due_names(case, today):
    return [(d.name, d.period.code) for d in report_schedules.due(case, today)]


def test_due_on_quarter_boundaries(case):
    add(case, "Ahmad Karimi")
    assert due_names(case, date(2026, 9, 30)) == [("Ahmad Karimi", "2026-Q2")]
    assert due_names(case, date(2026, 10, 1)) == [("Ahmad Karimi", "2026-Q3")]


def test_due_on_month_boundaries(case):
    case.settings.set("report_schedule", "month")
    add(case, "Ahmad Karimi")
    assert due_names(case, date(2026, 10, 31)) == [("Ahmad Karimi", "2026-09")]
    assert due_names(case, date(2026, 11, 1)) == [("Ahmad Karimi", "2026-10")]


def test_a_report_covering_the_period_ends_it_and_a_partial_one_does_not(case):
    ahmad = add(case, "Ahmad Karimi")
    yara = add(case, "Yara Haddad")
    tesfay = add(case, "Tesfay Gebremedhin")
    report(case, ahmad, date(2026, 7, 1), date(2026, 9, 30))  # exactly Q3
    report(case, yara, date(2026, 7, 1), date(2026, 9, 15))  # part of Q3
    report(case, yara, date(2026, 9, 16), date(2026, 9, 30))  # the rest: two reports, not one
    report(case, tesfay, date(2026, 6, 1), date(2026, 10, 1))  # more than Q3: covers it
    assert due_names(case, date(2026, 10, 1)) == [("Yara Haddad", "2026-Q3")]


def test_other_report_kinds_do_not_count(case):
    ahmad = add(case, "Ahmad Karimi")
    report(case, ahmad, date(2026, 7, 1), date(2026, 9, 30), kind="inzage")
    assert due_names(case, date(2026, 10, 1)) == [("Ahmad Karimi", "2026-Q3")]


def test_withdrawn_consent_closed_newcomer_and_no_consent_are_not_due(case):
    withdrawn = add(case, "Ahmad Karimi")
    add(case, "Yara Haddad", status="closed")
    add(case, "Tesfay Gebremedhin", consent_on=None)
    add(case, "Later Consent", consent_on=date(2026, 10, 2))
    consent = case.consents.active(withdrawn.id, "regisseur_summary", date(2026, 9, 1))
    case.consents.withdraw(consent.id, date(2026, 10, 1))
    assert due_names(case, date(2026, 9, 30)) == [("Ahmad Karimi", "2026-Q2")]
    # withdrawn on the first day of Q4: from that day no report may be made, so none is due
    assert due_names(case, date(2026, 10, 1)) == []
    assert due_names(case, date(2026, 10, 2)) == [("Later Consent", "2026-Q3")]


def test_own_schedule_overrides_the_setting(case):
    ahmad = add(case, "Ahmad Karimi")
    yara = add(case, "Yara Haddad")
    report_schedules.set_own_schedule(case, ahmad.id, "month")
    assert report_schedules.own_schedule(case, ahmad.id) == "month"
    assert report_schedules.schedule_of(case, yara.id) == "quarter"
    report(case, yara, date(2026, 7, 1), date(2026, 9, 30))  # covers Q3, not October
    assert due_names(case, date(2026, 11, 1)) == [("Ahmad Karimi", "2026-10")]
    report_schedules.set_own_schedule(case, ahmad.id, None)
    assert report_schedules.own_schedule(case, ahmad.id) is None
    assert due_names(case, date(2026, 11, 1)) == [("Ahmad Karimi", "2026-Q3")]


def test_unknown_own_schedule_is_refused(case):
    ahmad = add(case, "Ahmad Karimi")
    with pytest.raises(errors.InvalidData, match="Unknown report schedule"):
        report_schedules.set_own_schedule(case, ahmad.id, "weekly")
    assert report_schedules.own_schedule(case, ahmad.id) is None


def test_erasing_a_newcomer_erases_their_schedule(case):
    ahmad = add(case, "Ahmad Karimi", consent_on=None)
    report_schedules.set_own_schedule(case, ahmad.id, "month")
    case.newcomers.erase(ahmad.id)
    assert case.query("SELECT * FROM report_schedule") == []


def test_the_query_agrees_with_the_pure_rule(case):
    """Every combination of the rule's inputs, asked both ways."""
    today = date(2026, 10, 1)
    expected = {}
    for schedule in ("month", "quarter"):
        for status in ("active", "closed"):
            for consent in (True, False):
                for cover in ("none", "whole", "part"):
                    name = f"{schedule}-{status}-{consent}-{cover}"
                    n = add(
                        case, name, consent_on=date(2026, 1, 5) if consent else None, status=status
                    )
                    report_schedules.set_own_schedule(case, n.id, schedule)
                    p = rs.last_complete_period(schedule, today)
                    reports = []
                    if cover == "whole":
                        reports = [(p.start, p.end)]
                    elif cover == "part":
                        reports = [(p.start.replace(day=2), p.end)]
                    for start, end in reports:
                        report(case, n, start, end)
                    due = rs.due_period(
                        active=status == "active",
                        has_consent=consent,
                        schedule=schedule,
                        reports=reports,
                        today=today,
                    )
                    if due:
                        expected[name] = due.code
    got = dict(due_names(case, today))
    assert got == expected
    assert len(got) == 4  # month and quarter, each without a report and with a partial one


def test_the_query_uses_indexes(case):
    from sleutelapp.store.report_schedules import _DUE_SQL, due_params

    plan = " ".join(
        row[3]
        for row in case.query(
            "EXPLAIN QUERY PLAN " + _DUE_SQL, due_params("quarter", date(2026, 10, 1))
        )
    )
    assert "SCAN c" not in plan and "SCAN d" not in plan, plan
