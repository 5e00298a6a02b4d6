"""What the disclosure register calls each kind of export, and the language it is kept in.

One table for every `report_kind`: the key person's words (the register tab and the
command line) and the newcomer's words (their own copy, the inzage). Default register
texts, such as a default recipient, are stored in REGISTER_LANGUAGE whatever language the
screen or the paper is in, so the register reads the same whoever made the export.
"""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

# The register's language: the key person's and the municipality's, who read it.
REGISTER_LANGUAGE = "nl"

KINDS = (
    "regisseur_report",
    "anonymised_summary",
    "data_export",
    "handover",
    "inzage",
    "calendar",
    "agenda_week",
    "newcomer_card",
    "consent_sheet",
)

# For the key person (the register tab and `sleutelapp disclosures`).
FOR_KEY_PERSON = {
    "regisseur_report": QT_TRANSLATE_NOOP("DisclosuresModel", "Summary for the regisseur"),
    "anonymised_summary": QT_TRANSLATE_NOOP("DisclosuresModel", "Anonymised summary"),
    "data_export": QT_TRANSLATE_NOOP("DisclosuresModel", "Data export"),
    "handover": QT_TRANSLATE_NOOP("DisclosuresModel", "Handover to a colleague"),
    "inzage": QT_TRANSLATE_NOOP("DisclosuresModel", "Copy for the newcomer"),
    "calendar": QT_TRANSLATE_NOOP("DisclosuresModel", "Agenda for your calendar"),
    "agenda_week": QT_TRANSLATE_NOOP("DisclosuresModel", "Week of the agenda on paper"),
    "newcomer_card": QT_TRANSLATE_NOOP(
        "DisclosuresModel", "Appointments on paper for the newcomer"
    ),
    "consent_sheet": QT_TRANSLATE_NOOP("DisclosuresModel", "Consent sheet for the newcomer"),
}

# For the newcomer (their inzage speaks to them).
FOR_NEWCOMER = {
    "regisseur_report": QT_TRANSLATE_NOOP("Inzage", "Report for the civic integration regisseur"),
    "anonymised_summary": QT_TRANSLATE_NOOP("Inzage", "Anonymous overview (counted, without name)"),
    "data_export": QT_TRANSLATE_NOOP("Inzage", "Data export"),
    "handover": QT_TRANSLATE_NOOP("Inzage", "Handover to a fellow key person"),
    "inzage": QT_TRANSLATE_NOOP("Inzage", "Inzage for yourself"),
    "calendar": QT_TRANSLATE_NOOP("Inzage", "Appointments in your key person's agenda"),
    "agenda_week": QT_TRANSLATE_NOOP("Inzage", "Appointments on paper for your key person"),
    "newcomer_card": QT_TRANSLATE_NOOP("Inzage", "Your appointments on paper, for yourself"),
    "consent_sheet": QT_TRANSLATE_NOOP("Inzage", "Consent form, for yourself"),
}


# Kinds older versions wrote under another code, as the kind they are now.
_EARLIER_CODES = {"portable_data": "data_export"}


def known_kind(kind: str) -> str:
    """The kind a register row's code stands for (an older code as today's)."""
    return _EARLIER_CODES.get(kind, kind)


def kind_label(kind: str, language: str) -> str:
    """The key person's name for a kind in a language; an unknown kind shows its code."""
    kind = known_kind(kind)
    if kind not in FOR_KEY_PERSON:
        return kind
    return catalogue(language).translate("DisclosuresModel", FOR_KEY_PERSON[kind])
