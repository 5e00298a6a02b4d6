"""When a report to the inburgeringsregisseur is due: the schedule and its periods.

A newcomer is reported on every month or every quarter (the case file's setting, or the
newcomer's own override). A report is due for a newcomer who is active and has active
`regisseur_summary` consent when no regisseur report in the disclosure register covers the
last complete period of their schedule. Only one report whose period holds the whole
period counts as covering it: a report of part of the period does not.

The rule is pure; store/report_schedules.py asks the same question of the case file in one
query, and the tests hold the two to the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MONTH = "month"
QUARTER = "quarter"
SCHEDULES = (MONTH, QUARTER)
DEFAULT_SCHEDULE = QUARTER
SETTING_KEY = "report_schedule"
# The disclosure register's kind of a regisseur report (exports/regisseur_report.py writes it).
REPORT_KIND = "regisseur_report"


@dataclass(frozen=True)
class Period:
    """One calendar month or quarter, first and last day included."""

    kind: str
    start: date
    end: date

    @property
    def code(self) -> str:
        """ "2026-09" for a month, "2026-Q3" for a quarter (as `sleutelapp summary` spells them)."""
        if self.kind == MONTH:
            return f"{self.start:%Y-%m}"
        return f"{self.start.year}-Q{self.quarter}"

    @property
    def quarter(self) -> int:
        return (self.start.month - 1) // 3 + 1


@dataclass(frozen=True)
class DueReport:
    """A report the key person still has to make: for whom and for which period."""

    newcomer_id: str
    name: str
    known_as: str
    period: Period

    @property
    def display_name(self) -> str:
        return self.known_as or self.name


def schedule_or_default(value: str | None, default: str = DEFAULT_SCHEDULE) -> str:
    """A stored schedule, or the default when it is empty or unknown."""
    return value if value in SCHEDULES else default


def last_complete_period(schedule: str, today: date) -> Period:
    """The last month or quarter that ended before `today`."""
    if schedule == MONTH:
        end = today.replace(day=1) - timedelta(days=1)
        return Period(MONTH, end.replace(day=1), end)
    if schedule != QUARTER:
        raise ValueError(f"unknown report schedule {schedule!r}")
    first_month = (today.month - 1) // 3 * 3 + 1
    end = date(today.year, first_month, 1) - timedelta(days=1)
    return Period(QUARTER, date(end.year, end.month - 2, 1), end)


def covers(report_from: date | None, report_to: date | None, period: Period) -> bool:
    """True when one report's period holds every day of `period`."""
    if report_from is None or report_to is None:
        return False
    return report_from <= period.start and report_to >= period.end


def due_period(
    *,
    active: bool,
    has_consent: bool,
    schedule: str,
    reports: Iterable[tuple[date | None, date | None]],
    today: date,
) -> Period | None:
    """The period a report is due for, or None when nothing is due.

    `reports` are the (from, to) periods of the newcomer's regisseur reports in the
    disclosure register; `has_consent` is whether `regisseur_summary` consent is active today.
    """
    if not active or not has_consent:
        return None
    period = last_complete_period(schedule_or_default(schedule), today)
    if any(covers(start, end, period) for start, end in reports):
        return None
    return period
