"""Whom to tell after a correction (AVG art. 19): the disclosures an edited entry or profile
went out in, shown right after the key person saved the change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sleutelapp.domain.privacy import REGISSEUR_NEWCOMER_FIELDS
from sleutelapp.gui import prompts

_PROFILE = (
    "name",
    "known_as",
    "phone",
    "language",
    "route",
    "termijn_start",
    "extensions",
    "municipality_ref",
    "regisseur",
    "coaches",
    "language_school",
)
_COMPARED = ("kind", "date", "time", "type", "text", "location", "hours", "minutes", "status")


def kind_label(report_kind: str) -> str:
    known = {
        "regisseur_report": QCoreApplication.translate(
            "RecipientNotice", "Summary for the regisseur"
        ),
        "anonymised_summary": QCoreApplication.translate("RecipientNotice", "Anonymised summary"),
        "data_export": QCoreApplication.translate("RecipientNotice", "Data export"),
        "handover": QCoreApplication.translate("RecipientNotice", "Handover to a colleague"),
        "inzage": QCoreApplication.translate("RecipientNotice", "Copy for the newcomer"),
        "calendar": QCoreApplication.translate("RecipientNotice", "Agenda for your calendar"),
        "agenda_week": QCoreApplication.translate("RecipientNotice", "Week of the agenda on paper"),
        "newcomer_card": QCoreApplication.translate(
            "RecipientNotice", "Appointments on paper for the newcomer"
        ),
        "consent_sheet": QCoreApplication.translate(
            "RecipientNotice", "Consent sheet for the newcomer"
        ),
    }
    return known.get(report_kind, report_kind)


def disclosure_lines(disclosures) -> str:
    """One line per disclosure: date, what, to whom (no names of the newcomer)."""
    return "\n".join(
        f"• {d.made_at[:10]}  {kind_label(d.report_kind)}  {d.recipient or '-'}"
        for d in disclosures
    )


def changed(before, after) -> bool:
    return any(getattr(before, f) != getattr(after, f) for f in _COMPARED) or set(
        before.topics
    ) != set(after.topics)


def _inform(parent, shared) -> None:
    prompts.inform(
        parent,
        "Sleutelapp",
        QCoreApplication.translate(
            "RecipientNotice",
            "This data was shared before. Tell these recipients about the correction, so "
            "they can correct their copy too:",
        ),
        detail=disclosure_lines(shared),
    )


def tell_after_profile_correction(parent, case, before, saved) -> bool:
    """After an edited profile was saved: list the disclosures that carried a changed field
    (a handover carries every field, the regisseur report only its own)."""
    if before is None or saved is None:
        return False
    changed_fields = {f for f in _PROFILE if getattr(before, f) != getattr(saved, f)}
    if not changed_fields:
        return False
    reported = bool(changed_fields & set(REGISSEUR_NEWCOMER_FIELDS))
    shared = [
        d
        for d in case.disclosures.for_newcomer(saved.id)
        if d.report_kind == "handover" or (reported and d.report_kind == "regisseur_report")
    ]
    if shared:
        _inform(parent, shared)
    return bool(shared)


def tell_after_correction(parent, case, before, saved) -> bool:
    """After an edited entry was saved: list the disclosures that carried it, if any.
    Returns True when the key person was shown whom to tell."""
    if before is None or saved is None or not changed(before, saved):
        return False
    shared = case.disclosures.including_entry(saved.newcomer_id, saved.id)
    if not shared:
        return False
    _inform(parent, shared)
    return True
