"""What each kind of entry needs before it may be saved: one table used by the entry
dialog (which says what is missing at the field), the import and the store (through
`Entry.validated()`). An empty note or a 0-hour activity is a mistaken Enter, not data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sleutelapp.domain import vocab


@dataclass(frozen=True)
class Need:
    """One thing a kind of entry must have; `field` names the Entry field it concerns."""

    kind: str
    field: str
    problem: str  # English, for InvalidRecord; the GUI says it in its own words
    met: Callable


def _has_text(entry) -> bool:
    return bool((entry.text or "").strip())


# A contact's date and channel, a signal's theme and an appointment's type already say
# something; a note or a task without text and an activity without hours say nothing.
NEEDS: tuple[Need, ...] = (
    Need("activity", "hours", "an activity needs hours above 0", lambda e: (e.hours or 0) > 0),
    Need("note", "text", "a note needs text", _has_text),
    Need("task", "text", "a task needs a description of what to do", _has_text),
)

NEEDS_BY_KIND: dict[str, tuple[Need, ...]] = {
    kind.code: tuple(n for n in NEEDS if n.kind == kind.code) for kind in vocab.KINDS
}


def unmet(entry) -> list[Need]:
    """The needs of the entry's kind that it does not meet (empty: it may be saved)."""
    return [need for need in NEEDS_BY_KIND.get(entry.kind, ()) if not need.met(entry)]
