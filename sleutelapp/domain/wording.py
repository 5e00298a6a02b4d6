"""How numbers and dates read in the core's messages (CLI, backups, PDFs): a count with the
right plural form of its noun, and the one short date format the screens use ("1 dec 2026").

The GUI uses Qt's plural forms (`tr(..., n)`) and labels.format_date; this is the same for
text made without Qt, through the catalogues (sleutelapp/language).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sleutelapp.language import QT_TRANSLATE_NOOP, Catalogue, catalogue

SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("ShortMonth", "Jan"),
    QT_TRANSLATE_NOOP("ShortMonth", "Feb"),
    QT_TRANSLATE_NOOP("ShortMonth", "Mar"),
    QT_TRANSLATE_NOOP("ShortMonth", "Apr"),
    QT_TRANSLATE_NOOP("ShortMonth", "May"),
    QT_TRANSLATE_NOOP("ShortMonth", "Jun"),
    QT_TRANSLATE_NOOP("ShortMonth", "Jul"),
    QT_TRANSLATE_NOOP("ShortMonth", "Aug"),
    QT_TRANSLATE_NOOP("ShortMonth", "Sep"),
    QT_TRANSLATE_NOOP("ShortMonth", "Oct"),
    QT_TRANSLATE_NOOP("ShortMonth", "Nov"),
    QT_TRANSLATE_NOOP("ShortMonth", "Dec"),
)

WEEKDAYS = (  # Monday first, as date.weekday() counts
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)

# The counted nouns of the core's messages, each a plural message of the catalogue (the
# count is the 4th argument, so the extractor marks it as a plural).
NOUNS: dict[str, Callable[[Catalogue, int], str]] = {
    "newcomer": lambda c, n: c.translate("Count", "%n newcomer(s)", None, n),
    "entry": lambda c, n: c.translate("Count", "%n entry(s)", None, n),
    "problem": lambda c, n: c.translate("Count", "%n problem(s)", None, n),
    "summary": lambda c, n: c.translate("Count", "%n summary(s)", None, n),
    "file": lambda c, n: c.translate("Count", "%n file(s)", None, n),
    "day": lambda c, n: c.translate("Count", "%n day(s)", None, n),
    "contact_moment": lambda c, n: c.translate("Count", "%n contact moment(s)", None, n),
    "item": lambda c, n: c.translate("Count", "%n item(s)", None, n),
    "consent": lambda c, n: c.translate("Count", "%n consent(s)", None, n),
    "disclosure": lambda c, n: c.translate("Count", "%n disclosure(s)", None, n),
    "number": lambda c, n: c.translate("Count", "%n number(s)", None, n),
    "report": lambda c, n: c.translate("Count", "%n report(s)", None, n),
}


def count_of(n: int, noun: str, language: str = "nl") -> str:
    """ "1 nieuwkomer", "3 nieuwkomers" (and "0 nieuwkomers"): a count of one of NOUNS with
    the plural form its language wants for `n`."""
    return NOUNS[noun](catalogue(language), n)


def short_date(day: date | None, language: str = "nl") -> str:
    """ "1 dec 2026": short and unambiguous, as on screen."""
    if day is None:
        return ""
    month = catalogue(language).translate("ShortMonth", SHORT_MONTHS[day.month - 1])
    return f"{day.day} {month} {day.year}"


def short_datetime(moment: datetime, language: str = "nl") -> str:
    """ "1 dec 2026 14:05"."""
    return f"{short_date(moment.date(), language)} {moment:%H:%M}"


def weekday_name(day: date, language: str = "nl") -> str:
    """The full name of a date's weekday in a language: "maandag", "Monday"."""
    return catalogue(language).translate("Weekday", WEEKDAYS[day.weekday()])


def long_date(day: date, language: str = "nl") -> str:
    """ "maandag 7 december 2026": a day written out in full, as on paper."""
    from sleutelapp.domain.anonymity import month_name

    words = catalogue(language)
    return words.translate("Weekday", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day, language),
        day=day.day,
        month=month_name(day.month, language),
        year=day.year,
    )
