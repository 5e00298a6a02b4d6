"""The newcomer's own copy: everything about them, nobody else, registered as given."""

from __future__ import annotations

from datetime import date

import pypdf

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.exports import inzage
from tests.unit.test_handover import CANARIES, full_newcomer


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_inzage_holds_the_private_note_and_no_other_newcomers_data(case, tmp_path):
    n = full_newcomer(case)
    other = case.newcomers.add(Newcomer(name="Anders Buurman", phone="0699999999"))
    case.entries.add(Entry(other.id, "note", date(2026, 1, 5), text="notitie-van-een-ander"))
    target = tmp_path / "inzage.pdf"
    disclosure = inzage.export_inzage(case, n.id, target)
    text = " ".join(pdf_text(target).split())
    for canary in CANARIES:
        assert canary in text
    for heading in ("Uw gegevens", "Toestemmingen", "Wat is gedeeld", "Verlenging", "Uw rechten"):
        assert heading in text
    assert "R. Regisseur" in text and "ziekte" in text and "op papier" in text
    for foreign in ("Anders Buurman", "0699999999", "notitie-van-een-ander"):
        assert foreign not in text
    assert disclosure.report_kind == "inzage" and disclosure.newcomer_id == n.id
    assert "Anders" not in disclosure.recipient and n.name not in disclosure.recipient
    assert len(disclosure.entry_ids) == case.entries.count_for(n.id)


def test_inzage_escapes_user_text(case, tmp_path):
    n = case.newcomers.add(Newcomer(name="Naam <b>vet"))
    case.entries.add(
        Entry(
            n.id,
            "note",
            date(2026, 1, 5),
            text='<a href="http://x">klik</a> <img src="/etc/passwd"/>',
        )
    )
    target = tmp_path / "inzage.pdf"
    inzage.export_inzage(case, n.id, target)
    text = pdf_text(target)
    assert "<a href" in text and "Naam <b>vet" in text


def test_inzage_lists_every_extension_request(case, tmp_path):
    from sleutelapp.domain.model import ExtensionRequest

    n = full_newcomer(case)
    asked = case.extension_requests.add(
        ExtensionRequest(
            n.id, "family_death", sent_on=date(2026, 9, 1), evidence=("death_certificate",)
        )
    )
    case.extension_requests.record_decision(asked.id, "granted", date(2026, 10, 1), months=4)
    case.extension_requests.add(ExtensionRequest(n.id, "effort", sent_on=date(2026, 11, 2)))
    target = tmp_path / "inzage.pdf"
    inzage.export_inzage(case, n.id, target)
    text = " ".join(pdf_text(target).split())
    assert "Aanvragen voor verlenging bij DUO" in text
    assert "Overlijdensakte" in text and "Verleend: 4 maanden" in text
    assert "Wacht op besluit" in text and "Veel moeite gedaan" in text


def test_inzage_lists_the_report_schedule(case, tmp_path):
    from sleutelapp.store import report_schedules

    n = case.newcomers.add(Newcomer(name="Yonas Tesfay"))
    other = case.newcomers.add(Newcomer(name="Amal Haddad"))
    report_schedules.set_own_schedule(case, n.id, "month")
    inzage.export_inzage(case, n.id, tmp_path / "own.pdf")
    inzage.export_inzage(case, other.id, tmp_path / "default.pdf")
    own = " ".join(pdf_text(tmp_path / "own.pdf").split())
    default = " ".join(pdf_text(tmp_path / "default.pdf").split())
    assert "Rapport aan de regisseur" in own and "elke maand (eigen schema)" in own
    assert "elk kwartaal (standaard)" in default


def _all_text(document) -> str:
    """Every string in the copy's blocks, as one text."""
    parts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(document.blocks)
    return "\n".join(parts)


def test_every_newcomer_and_consent_field_appears_in_the_inzage(case):
    from dataclasses import fields
    from datetime import datetime

    from sleutelapp.domain.model import Consent, Disclosure
    from sleutelapp.exports.consent_sheet import sheet_number

    n = full_newcomer(case)
    sheet = case.disclosures.record(
        Disclosure(
            report_kind="consent_sheet", period_from=None, period_to=None,
            recipient="de nieuwkomer zelf", purpose="x", sha256="0" * 64, entry_ids=(),
            newcomer_id=n.id,
        )
    )  # fmt: skip
    case.consents.add(
        Consent(n.id, "regisseur_summary", date(2026, 2, 3), withdrawn_on=date(2026, 3, 4),
                how="signed", note="op-het-formulier", sheet_id=sheet.id)
    )  # fmt: skip
    n = case.newcomers.get(n.id)
    plan = inzage.plan_inzage(case, n.id)
    text = _all_text(inzage.build(plan, datetime(2026, 11, 30, 14, 5)))
    shown = {
        "name": n.name,
        "id": None,  # the app's own key, not personal data
        "known_as": n.known_as,
        "phone": n.phone,
        "language": n.language,
        "language_code": "Tigrinya (ትግርኛ)",
        "route": "Z-route",
        "termijn_start": "01-03-2024",
        "extensions": "ziekte",
        "municipality_ref": n.municipality_ref,
        "regisseur": n.regisseur,
        "coaches": n.coaches,
        "language_school": n.language_school,
        "status": "Actief",
        "closed_on": "Afgesloten op",
        "created": "Vastgelegd op",
        "updated": "Laatst gewijzigd",
    }
    assert set(shown) == {f.name for f in fields(Newcomer)}  # a new field needs a place here
    for name, value in shown.items():
        assert value is None or value in text, name
    shown_consent = {
        "newcomer_id": None,
        "id": None,
        "purpose": "Rapport voor de regisseur",
        "given_on": "03-02-2026",
        "withdrawn_on": "04-03-2026",
        "how": "Getekend",
        "note": "op-het-formulier",
        "sheet_id": sheet_number(sheet.id),
    }
    assert set(shown_consent) == {f.name for f in fields(Consent)}
    for name, value in shown_consent.items():
        assert value is None or value in text, name
    assert text.count(sheet_number(sheet.id)) >= 2  # in the consents and beside the sheet
