"""How domain values read on screen: vocabulary labels and dates in the UI language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from sleutelapp.domain.vocab import Vocabulary
from sleutelapp.gui.i18n import current_language


def label(vocabulary: Vocabulary, code: str | None) -> str:
    """The label of a code (never the raw code for a known term)."""
    return vocabulary.label(code, current_language())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_date(day: date | None, *, weekday: bool = False) -> str:
    """ "3 mrt 2026" (or "di 3 mrt 2026"): short, unambiguous, in the UI language."""
    if day is None:
        return ""
    pattern = "ddd d MMM yyyy" if weekday else "d MMM yyyy"
    return QLocale().toString(to_qdate(day), pattern).replace(".", "")


def format_moment(stamp: str | datetime | None) -> str:
    """ "1 dec 2026 14:05" for a stored ISO time stamp (the date alone when it has no time)."""
    if not stamp:
        return ""
    moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp)
    if isinstance(stamp, str) and len(stamp) <= 10:
        return format_date(moment.date())
    return f"{format_date(moment.date())} {moment:%H:%M}"


# The decimal points an hours field reads back (domain/typed_input.py parse_hours).
READABLE_DECIMAL_POINTS = ".,"


def format_hours(hours: float | None) -> str:
    """Hours as typed back: with the UI locale's decimal point ("1,5" in Dutch, "1.5" in
    English) and Latin digits, never a grouping separator (a Dutch "1.500" would read as one
    and a half); empty for none. A locale whose decimal point an hours field does not read
    (the Persian momayyez) gets ".", which every hours field reads."""
    if not hours:
        return ""
    text = f"{float(hours):.2f}".rstrip("0").rstrip(".")
    point = QLocale().decimalPoint()
    return text.replace(".", point) if point and point in READABLE_DECIMAL_POINTS else text
