"""Rules of the Wet inburgering 2021 that the app derives (design.md §7). Never stored."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sleutelapp.domain.model import Extension

TERMIJN_YEARS = 3
WARN_MONTHS_BEFORE_END = 6
NO_CONTACT_DAYS = 30


@dataclass(frozen=True)
class Norm:
    """An hour norm per route component. Sources are secondary, hence one table."""

    route: str
    component: str  # "language", "participation" or "map"
    hours: int
    activity_types: tuple[str, ...]  # activity types whose hours count toward it
    is_minimum: bool = True


ROUTE_NORMS: tuple[Norm, ...] = (
    Norm("z", "language", 800, ("language_cafe", "course")),
    Norm(
        "z",
        "participation",
        800,
        ("volunteering", "work", "internship", "sport", "neighbourhood", "other"),
    ),
    Norm("z", "map", 40, ("map",)),
    Norm("b1", "map", 40, ("map",)),
    Norm("education", "language", 1000, ("language_cafe", "course")),
)

COMPONENT_LABELS = {
    "language": ("Taal", "Language"),
    "participation": ("Participatie", "Participation"),
    "map": ("MAP praktijkdeel", "MAP practical part"),
}


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; the 31st becomes the last day of a shorter month.

    Clamped to the calendar's ends, so a stored date like 9999-12-31 (from an older
    version) gives an extreme answer instead of making a list or report fail.
    """
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def termijn_end(termijn_start: date | None, extensions: Iterable[Extension] = ()) -> date | None:
    """End of the inburgeringstermijn: start + 3 years + all granted extensions."""
    if termijn_start is None:
        return None
    months = TERMIJN_YEARS * 12 + sum(e.months for e in extensions)
    return add_months(termijn_start, months)


def days_left(end: date | None, today: date | None = None) -> int | None:
    if end is None:
        return None
    return (end - (today or date.today())).days


def ends_soon(end: date | None, today: date | None = None) -> bool:
    """True when the termijn ends within the warning window (and has not ended long ago)."""
    if end is None:
        return False
    today = today or date.today()
    return end <= add_months(today, WARN_MONTHS_BEFORE_END)


def days_without_contact(
    last_contact: date | None, added_on: date | None, today: date | None = None
) -> int | None:
    """Days since the last contact; with no contact at all, since the day the newcomer
    was added (one added today is not overdue). None: neither is known."""
    since = last_contact or added_on
    if since is None:
        return None
    return ((today or date.today()) - since).days


def needs_contact(
    last_contact: date | None, added_on: date | None, today: date | None = None
) -> bool:
    """True when the key person has not been in touch for NO_CONTACT_DAYS or more."""
    days = days_without_contact(last_contact, added_on, today)
    return days is None or days >= NO_CONTACT_DAYS


def norms_for(route: str) -> tuple[Norm, ...]:
    return tuple(n for n in ROUTE_NORMS if n.route == route)


@dataclass(frozen=True)
class NormProgress:
    norm: Norm
    hours: float

    @property
    def fraction(self) -> float:
        return min(1.0, self.hours / self.norm.hours) if self.norm.hours else 1.0


def progress(route: str, hours_by_activity: dict[str, float]) -> list[NormProgress]:
    """Hours logged against each norm of the route."""
    return [
        NormProgress(n, round(sum(hours_by_activity.get(t, 0.0) for t in n.activity_types), 2))
        for n in norms_for(route)
    ]
