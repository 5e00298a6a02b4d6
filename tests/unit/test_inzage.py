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
