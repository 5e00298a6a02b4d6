"""The days an agenda page covers: a week (Monday to Sunday) or a calendar month.

Pure date arithmetic on calendar days, never on seconds: a week that holds a change to or
from summer time still has seven days, and each day is one date.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

WEEK, MONTH = "week", "month"
MODES = (WEEK, MONTH)


def week_range(day: date) -> tuple[date, date]:
    """Monday and Sunday of the (ISO) week that holds `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_range(day: date) -> tuple[date, date]:
    """The first and the last day of the month that holds `day`."""
    return day.replace(day=1), day.replace(day=monthrange(day.year, day.month)[1])


def page_range(mode: str, day: date) -> tuple[date, date]:
    if mode == WEEK:
        return week_range(day)
    if mode == MONTH:
        return month_range(day)
    raise ValueError(f"unknown agenda mode {mode!r}")


def step(mode: str, day: date, count: int) -> date:
    """The first day of the page `count` pages after (or before) the one holding `day`."""
    start, _end = page_range(mode, day)
    if mode == WEEK:
        return start + timedelta(weeks=count)
    months = start.year * 12 + start.month - 1 + count
    return date(months // 12, months % 12 + 1, 1)


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]
