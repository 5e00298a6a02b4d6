"""Suggested names for exported files: who and which period, without a newcomer's name.

A regisseur report is named after the municipality's reference when there is one, else
after the initials plus the start of the newcomer's random id, so two newcomers' reports of
one period never get the same name (design.md §5: no names in file names).
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date

from sleutelapp.domain.model import Newcomer

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def initials(name: str) -> str:
    """ "Özge Aydın" -> "OA"; letters outside A–Z (Arabic, Tigrinya) give ""."""
    letters = (_UNSAFE.sub("", _ascii(word))[:1] for word in name.split())
    return "".join(letters).upper()


def newcomer_part(newcomer: Newcomer) -> str:
    """The municipality reference, or initials and a piece of the id: unique per newcomer."""
    reference = _UNSAFE.sub("-", _ascii(newcomer.municipality_ref)).strip("-")
    if reference:
        return reference[:40]
    short_id = newcomer.id.replace("-", "")[:6]
    return "-".join(p for p in (initials(newcomer.name)[:4], short_id) if p)


def period_part(start: date, end: date) -> str:
    """ "2026-11" for a calendar month, "2026-Q4" for a quarter, else both days."""
    if start.day == 1 and end == start.replace(day=monthrange(start.year, start.month)[1]):
        return f"{start:%Y-%m}"
    quarter_end_month = start.month + 2
    if (
        start.day == 1
        and start.month % 3 == 1
        and end.year == start.year
        and end.month == quarter_end_month
        and end.day == monthrange(end.year, end.month)[1]
    ):
        return f"{start.year}-Q{(start.month + 2) // 3}"
    return f"{start:%Y%m%d}-{end:%Y%m%d}"


def regisseur_report_name(newcomer: Newcomer, start: date, end: date) -> str:
    return f"rapport-regisseur-{newcomer_part(newcomer)}-{period_part(start, end)}.pdf"
