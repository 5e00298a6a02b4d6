"""What may leave the device (design.md §4): the one source every export and preview uses.

Sections: health classification (shared by all exports); the regisseur report rules; the
anonymised summary rules live in domain/anonymity.py and use the health rule from here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue


def counts_as_health(entry: Entry) -> bool:
    """Health appointments, contacts about health (topic `health`) and signals with the
    theme `health` ("Gezondheid") are health data."""
    if vocab.is_health_appointment(entry.kind, entry.type):
        return True
    if entry.kind == "signal":
        return entry.type == "health"
    return entry.kind == "contact" and "health" in entry.topics


# --- the regisseur report -------------------------------------------------------------
#
# For one newcomer, one period and the consents in force, every entry gets one Decision:
# included or not, why, and which of its fields the report may show. The PDF, the export
# dialog's item list and the tests all read these decisions; nothing else decides.

REGISSEUR_CONSENT = "regisseur_summary"
HEALTH_CONSENT = "health_in_summary"

# Newcomer fields the regisseur report may show. Never: phone, language, coaches,
# language school, known_as, extension reasons (free text that may be medical).
REGISSEUR_NEWCOMER_FIELDS = ("name", "municipality_ref", "route", "termijn_start", "extensions")

# Text cut-off per item in the PDF: a regisseur needs the gist, not a pasted megabyte.
MAX_TEXT_IN_REPORT = 3000


@dataclass(frozen=True)
class Reason:
    """Why an entry is in or out of a report, in words a key person understands
    (`source` is the English text of its catalogue message)."""

    code: str
    included: bool
    source: str

    def label(self, language: str = "nl") -> str:
        return catalogue(language).translate("ReportReason", self.source)


REASONS = {
    r.code: r
    for r in (
        # included
        Reason(
            "contact_counted",
            True,
            QT_TRANSLATE_NOOP("ReportReason", "Counted only (channel and topic)"),
        ),
        Reason(
            "appointment_facts",
            True,
            QT_TRANSLATE_NOOP("ReportReason", "Date, type, status and accompanied"),
        ),
        Reason(
            "health_counted",
            True,
            QT_TRANSLATE_NOOP("ReportReason", "Counted only (health consent)"),
        ),
        Reason("activity_hours", True, QT_TRANSLATE_NOOP("ReportReason", "Type and hours")),
        Reason(
            "activity_shareable",
            True,
            QT_TRANSLATE_NOOP("ReportReason", "Type, hours and shareable text"),
        ),
        Reason(
            "signal_theme",
            True,
            QT_TRANSLATE_NOOP("ReportReason", "Theme and status (text stays private)"),
        ),
        Reason(
            "signal_shareable",
            True,
            QT_TRANSLATE_NOOP("ReportReason", "Theme, status and shareable text"),
        ),
        Reason("note_shareable", True, QT_TRANSLATE_NOOP("ReportReason", "Shareable note")),
        Reason("task_shareable", True, QT_TRANSLATE_NOOP("ReportReason", "Open task, shareable")),
        # left out
        Reason("private_note", False, QT_TRANSLATE_NOOP("ReportReason", "Private note")),
        Reason(
            "health_without_consent",
            False,
            QT_TRANSLATE_NOOP("ReportReason", "Health, no consent"),
        ),
        Reason("not_shareable", False, QT_TRANSLATE_NOOP("ReportReason", "Not marked shareable")),
        Reason("task_done", False, QT_TRANSLATE_NOOP("ReportReason", "Task is done")),
        Reason("outside_period", False, QT_TRANSLATE_NOOP("ReportReason", "Outside the period")),
        Reason("left_out_by_user", False, QT_TRANSLATE_NOOP("ReportReason", "Left out by you")),
        Reason(
            "no_report_consent",
            False,
            QT_TRANSLATE_NOOP("ReportReason", "No consent for a report"),
        ),
    )
}


@dataclass(frozen=True)
class Decision:
    """Whether one entry goes into the regisseur report, why, and what of it is shown."""

    entry: Entry
    reason: Reason
    shows_text: bool = False  # the entry's text may be printed
    count_only: bool = False  # only counted, never listed (contacts, health appointments)

    @property
    def included(self) -> bool:
        return self.reason.included

    @property
    def user_may_leave_out(self) -> bool:
        """Included items can be left out by the key person; nothing can be added."""
        return self.included


@dataclass(frozen=True)
class ReportConsents:
    """The consents that decide a regisseur report, as they stand on the export day."""

    regisseur: Consent | None
    health: Consent | None

    @classmethod
    def on(cls, consents: Iterable[Consent], day: date) -> ReportConsents:
        active = [c for c in consents if c.active_on(day)]

        def latest(purpose: str) -> Consent | None:
            found = sorted((c for c in active if c.purpose == purpose), key=lambda c: c.given_on)
            return found[-1] if found else None

        return cls(regisseur=latest(REGISSEUR_CONSENT), health=latest(HEALTH_CONSENT))

    @property
    def allows_report(self) -> bool:
        return self.regisseur is not None

    @property
    def allows_health(self) -> bool:
        return self.health is not None


def _decide_in_period(entry: Entry, health_allowed: bool) -> Decision:
    r = REASONS
    if counts_as_health(entry):
        if not health_allowed:
            return Decision(entry, r["health_without_consent"])
        if entry.kind == "contact":
            return Decision(entry, r["contact_counted"], count_only=True)
        if entry.kind != "signal":
            return Decision(entry, r["health_counted"], count_only=True)
    kind = entry.kind
    if kind == "contact":
        return Decision(entry, r["contact_counted"], count_only=True)
    if kind == "appointment":
        return Decision(entry, r["appointment_facts"])
    if kind == "activity":
        if entry.shareable and entry.text.strip():
            return Decision(entry, r["activity_shareable"], shows_text=True)
        return Decision(entry, r["activity_hours"])
    if kind == "signal":
        # A health signal reaches here only with the health consent (see above).
        if entry.shareable and entry.text.strip():
            return Decision(entry, r["signal_shareable"], shows_text=True)
        return Decision(entry, r["signal_theme"])
    if kind == "note":
        if entry.shareable:
            return Decision(entry, r["note_shareable"], shows_text=True)
        return Decision(entry, r["private_note"])
    if kind == "task":
        if entry.status == "done":
            return Decision(entry, r["task_done"])
        if entry.shareable:
            return Decision(entry, r["task_shareable"], shows_text=True)
        return Decision(entry, r["not_shareable"])
    raise ValueError(f"unknown entry kind {kind!r}")


def decide(
    entry: Entry,
    start: date,
    end: date,
    consents: ReportConsents,
    left_out: Collection[str] = frozenset(),
) -> Decision:
    """The decision for one entry of a regisseur report over [start, end]."""
    if not start <= entry.date <= end:
        return Decision(entry, REASONS["outside_period"])
    decision = _decide_in_period(entry, consents.allows_health)
    if decision.included and not consents.allows_report:
        return Decision(entry, REASONS["no_report_consent"])
    if decision.included and entry.id in left_out:
        return Decision(entry, REASONS["left_out_by_user"])
    return decision


def decide_all(
    entries: Iterable[Entry],
    start: date,
    end: date,
    consents: ReportConsents,
    left_out: Iterable[str] = (),
) -> list[Decision]:
    """Decisions for all entries, oldest first. Without report consent nothing is included."""
    left = frozenset(left_out)
    decisions = [decide(e, start, end, consents, left) for e in entries]
    decisions.sort(key=lambda d: (d.entry.date, d.entry.time or "", d.entry.id))
    return decisions


def regisseur_profile(newcomer: Newcomer) -> dict:
    """The newcomer's fields that the regisseur report may show, and no others."""
    return {name: getattr(newcomer, name) for name in REGISSEUR_NEWCOMER_FIELDS}
