"""How numbers and dates read in the core's messages (CLI, backups, PDFs): a count with the
right form of its noun, and the one short date format the screens use ("1 dec 2026").

The GUI uses Qt's plural forms (`tr(..., n)`) and labels.format_date; this is the same for
text made without Qt.
"""

from __future__ import annotations

from datetime import date, datetime

SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def count(n: int, one: str, many: str) -> str:
    """ "1 contactmoment", "3 contactmomenten" (and "0 contactmomenten")."""
    return f"{n} {one if n == 1 else many}"


def short_date(day: date | None, language: str = "nl") -> str:
    """ "1 dec 2026": short and unambiguous, as on screen."""
    if day is None:
        return ""
    months = SHORT_MONTHS.get(language, SHORT_MONTHS["nl"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_datetime(moment: datetime, language: str = "nl") -> str:
    """ "1 dec 2026 14:05"."""
    return f"{short_date(moment.date(), language)} {moment:%H:%M}"
