"""Which dates make sense in which field: one table used by the dialogs, the import and the
store (through the `validated()` methods of domain/model.py).

A date outside its window is a typing mistake, not a fact: a termijn cannot start in the
future, nor years before the Wet inburgering 2021 existed.

The windows chosen:
- termijn start: from 1 Jan 2021 to today. The Wi2021 started on 1 Jan 2022; a year of
  margin allows for a start date recorded early or a transition case, and still stops a
  mistyped year such as 2012.
- decision on an extension: from 1 Jan 2022 (no Wi2021 extension can be older) to today.
- entry date: from 1 Jan 2021 to two years ahead (an appointment or a task due date can lie
  ahead; nothing in a case file is older than the termijn window).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateWindow:
    """The dates a field accepts: from `earliest`, to today plus `days_ahead`."""

    field: str
    earliest: date
    days_ahead: int  # 0: not after today

    def latest(self, today: date) -> date:
        return date.fromordinal(today.toordinal() + self.days_ahead)


TERMIJN_START = DateWindow("termijn_start", date(2021, 1, 1), 0)
EXTENSION_DECIDED = DateWindow("extensions.decided_on", date(2022, 1, 1), 0)
ENTRY_DATE = DateWindow("date", date(2021, 1, 1), 2 * 366)

WINDOWS = {w.field: w for w in (TERMIJN_START, EXTENSION_DECIDED, ENTRY_DATE)}


@dataclass(frozen=True)
class DateProblem:
    """Why a date does not fit its field: "future", "too_early" or "too_late"."""

    field: str
    reason: str
    limit: date

    def describe(self) -> str:
        """English, for the import and the store's refusal; the GUI words its own."""
        if self.reason == "future":
            return "lies in the future"
        if self.reason == "too_early":
            return f"is before {self.limit.isoformat()}"
        return f"is after {self.limit.isoformat()}"


def problem(
    window: DateWindow, value: date | None, today: date | None = None
) -> DateProblem | None:
    """What is wrong with a date for its field, or None when it fits (or is empty)."""
    if value is None:
        return None
    today = today or date.today()
    if value < window.earliest:
        return DateProblem(window.field, "too_early", window.earliest)
    latest = window.latest(today)
    if value > latest:
        return DateProblem(window.field, "future" if window.days_ahead == 0 else "too_late", latest)
    return None
