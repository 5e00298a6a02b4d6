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

from sleutelapp.domain import shown_names
from sleutelapp.domain.model import Newcomer

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def initials(name: str) -> str:
    """The initials of domain/shown_names.py, safe in a file name: "Özge Aydın" -> "OA";
    letters outside A–Z (Arabic, Tigrinya) are left out, so they may give ""."""
    return _UNSAFE.sub("", _ascii(shown_names.initials(name))).upper()


def short_id(newcomer: Newcomer) -> str:
    return newcomer.id.replace("-", "")[:6]


def newcomer_part(newcomer: Newcomer, *, with_id: bool = False) -> str:
    """The municipality reference, or initials and a piece of the id: unique per newcomer.

    Two references can fold to one name ("HH 2024/17", "HH-2024-17"); `with_id` then adds
    the piece of the id as well (exports/due_reports.py decides when).
    """
    reference = _UNSAFE.sub("-", _ascii(newcomer.municipality_ref)).strip("-")
    if reference and not with_id:
        return reference[:40]
    parts = (reference[:40],) if reference else (initials(newcomer.name)[:4],)
    return "-".join(p for p in (*parts, short_id(newcomer)) if p)


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


def regisseur_report_name(
    newcomer: Newcomer, start: date, end: date, *, with_id: bool = False
) -> str:
    part = newcomer_part(newcomer, with_id=with_id)
    return f"rapport-regisseur-{part}-{period_part(start, end)}.pdf"
