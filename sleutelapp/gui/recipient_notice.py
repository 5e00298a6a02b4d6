"""Whom to tell after a correction (AVG art. 19): the disclosures an edited entry went out
in, shown right after the key person saved the change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sleutelapp.gui import prompts

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


def tell_after_correction(parent, case, before, saved) -> bool:
    """After an edited entry was saved: list the disclosures that carried it, if any.
    Returns True when the key person was shown whom to tell."""
    if before is None or saved is None or not changed(before, saved):
        return False
    shared = case.disclosures.including_entry(saved.newcomer_id, saved.id)
    if not shared:
        return False
    prompts.inform(
        parent,
        "Sleutelapp",
        QCoreApplication.translate(
            "RecipientNotice",
            "This entry was shared before. Tell these recipients about the correction, so "
            "they can correct their copy too:",
        ),
        detail=disclosure_lines(shared),
    )
    return True
