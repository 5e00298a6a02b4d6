"""Retention (design.md §4): closed newcomers are erased N months after closing.

`due` lists who is past the retention period (shown at start-up and by `purge --dry-run`);
`purge` erases them, each in its own transaction, and returns what the user must still
do: tell the recipients of earlier disclosures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sleutelapp.domain.model import Disclosure, Newcomer


@dataclass(frozen=True)
class Erased:
    """One erased newcomer: the id and the disclosures made about them earlier."""

    newcomer_id: str
    display_name: str
    closed_on: date | None
    disclosures: tuple[Disclosure, ...]


def retention_months(case) -> int:
    return int(case.settings.get("retention_months"))


def due(case, today: date | None = None) -> list[Newcomer]:
    """Closed newcomers whose retention period has ended, longest closed first."""
    return case.newcomers.due_for_erasure(retention_months(case), today or date.today())


def purge(case, today: date | None = None, *, only: set[str] | None = None) -> list[Erased]:
    """Erase everyone past retention (or those of `only` that are still due).

    `only` is the list the user confirmed; a newcomer reopened meanwhile is not erased.
    """
    erased = []
    for newcomer in due(case, today):
        if only is not None and newcomer.id not in only:
            continue
        disclosures = case.newcomers.erase(newcomer.id)
        erased.append(
            Erased(
                newcomer.id,
                newcomer.known_as or newcomer.name,
                newcomer.closed_on,
                tuple(disclosures),
            )
        )
    if erased:
        case.audit.record("purge", "case", None)
    return erased
