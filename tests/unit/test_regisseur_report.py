"""The regisseur report: canaries stay out, consent gates it, every export is registered."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from sleutelapp.domain.model import Consent, Entry, Extension, Newcomer
from sleutelapp.exports import regisseur_report as rr
from sleutelapp.store import errors

TODAY = date(2026, 4, 15)
START, END = date(2026, 3, 1), date(2026, 3, 31)


def text_of(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def canary(case):
    """A newcomer whose private details carry unique canary strings."""
    person = case.newcomers.add(
        Newcomer(
            "Yonas Tesfaye",
            phone="0699887766",
            language="CANARY-LANGUAGE-Tigrinya",
            coaches="CANARY-COACH",
            route="z",
            termijn_start=date(2024, 9, 1),
            municipality_ref="INB-4711",
            extensions=(Extension(6, "CANARY-EXTENSION-REASON", date(2025, 1, 5)),),
        )
    )
    day = date(2026, 3, 12)
    entries = {
        "private": Entry(person.id, "note", day, text="CANARY-PRIVATE-NOTE"),
        "shared": Entry(
            person.id, "note", day, text="Gedeelde notitie over de taalschool", shareable=True
        ),
        "hospital": Entry(
            person.id,
            "appointment",
            day,
            "hospital",
            location="CANARY-HOSPITAL-LOCATION",
            accompanied=True,
        ),
        "duo": Entry(
            person.id,
            "appointment",
            day,
            "duo",
            location="CANARY-DUO-LOCATION",
            text="CANARY-APPOINTMENT-TEXT",
            status="done",
        ),
        "signal": Entry(person.id, "signal", day, "childcare", text="CANARY-SIGNAL-TEXT"),
        "contact": Entry(
            person.id,
            "contact",
            day,
            "phone",
            topics=("work",),
            text="CANARY-CONTACT-TEXT",
            minutes=20,
        ),
        "activity": Entry(
            person.id, "activity", day, "volunteering", hours=4.5, text="CANARY-ACTIVITY-TEXT"
        ),
        "later": Entry(
            person.id, "note", date(2026, 4, 2), text="CANARY-OUTSIDE-PERIOD", shareable=True
        ),
    }
    stored = {k: case.entries.add(e) for k, e in entries.items()}
    case.consents.add(Consent(person.id, "regisseur_summary", date(2026, 1, 10), how="signed"))
    return person, stored


CANARIES = (
    "CANARY-PRIVATE-NOTE",
    "CANARY-HOSPITAL-LOCATION",
    "CANARY-SIGNAL-TEXT",
    "0699887766",
    "CANARY-LANGUAGE",
    "CANARY-COACH",
    "CANARY-EXTENSION-REASON",
    "CANARY-DUO-LOCATION",
    "CANARY-APPOINTMENT-TEXT",
    "CANARY-CONTACT-TEXT",
    "CANARY-ACTIVITY-TEXT",
    "CANARY-OUTSIDE-PERIOD",
    "Ziekenhuis",
)


def test_canaries_never_reach_the_pdf_but_the_allowed_facts_do(case, canary, tmp_path):
    person, _ = canary
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    text = text_of(rr.render(plan, "Mw. De Vries"))
    for secret in CANARIES:
        assert secret not in text, secret
    for shown in (
        "Yonas Tesfaye",
        "Z-route",
        "INB-4711",
        "Gedeelde notitie over de taalschool",
        "DUO",
        "Kinderopvang",
        "Vrijwilligerswerk",
        "Mw. De Vries",
        "1 maart 2028",
        "6 maanden",
        "Vertrouwelijk",
        "Pagina 1 van",
    ):
        assert shown in text, shown
    assert "Zorgafspraken" not in text  # no health consent: not even a count


def test_health_appointments_are_counted_only_with_health_consent(case, canary):
    person, _ = canary
    case.consents.add(Consent(person.id, "health_in_summary", date(2026, 1, 10)))
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    text = text_of(rr.render(plan))
    assert "Zorgafspraken in deze periode: 1" in text
    assert "Ziekenhuis" not in text and "CANARY-HOSPITAL-LOCATION" not in text


def test_export_is_refused_without_consent_and_says_how_to_record_it(case, canary, tmp_path):
    person, _ = canary
    (consent,) = case.consents.for_newcomer(person.id)
    case.consents.withdraw(consent.id, date(2026, 4, 1))
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    target = tmp_path / "r.pdf"
    with pytest.raises(rr.ConsentMissing) as refused:
        rr.export_report(case, plan, target)
    assert isinstance(refused.value, errors.CaseError) and refused.value.exit_code == 1
    assert "Toestemmingen" in refused.value.message("nl")
    assert "Consents tab" in refused.value.message("en")
    assert not target.exists() and case.disclosures.all() == []


def test_every_export_writes_one_disclosure_with_included_ids_and_file_hash(case, canary, tmp_path):
    person, stored = canary
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "rapport.pdf"
    disclosure = rr.export_report(case, plan, target, recipient="Regisseur Noord")
    (row,) = case.disclosures.for_newcomer(person.id)
    assert row.id == disclosure.id and row.recipient == "Regisseur Noord"
    assert row.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert (row.period_from, row.period_to) == (START, END)
    assert set(row.entry_ids) == {
        stored[k].id for k in ("shared", "duo", "signal", "contact", "activity")
    }
    assert row.consent_id == plan.consents.regisseur.id
    assert [p.name for p in target.parent.iterdir()] == ["rapport.pdf"]  # no temp file left


def test_left_out_items_disappear_from_pdf_and_disclosure(case, canary, tmp_path):
    person, stored = canary
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    plan = plan.leaving_out({stored["shared"].id, stored["private"].id})
    assert "Gedeelde notitie" not in text_of(rr.render(plan))
    disclosure = rr.export_report(case, plan, tmp_path / "r.pdf")
    assert stored["shared"].id not in disclosure.entry_ids
    reasons = {d.entry.id: d.reason.code for d in plan.decisions}
    assert reasons[stored["shared"].id] == "left_out_by_user"
    assert reasons[stored["private"].id] == "private_note"  # cannot be added by leaving out


def test_password_protected_report_opens_only_with_the_password(case, canary, tmp_path):
    person, _ = canary
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    target = tmp_path / "r.pdf"
    disclosure = rr.export_report(case, plan, target, password="lang geheim 42")
    data = target.read_bytes()
    assert disclosure.sha256 == hashlib.sha256(data).hexdigest()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and not reader.decrypt("fout")
    assert "Yonas Tesfaye" in text_of(data, "lang geheim 42")


def test_saved_file_is_exactly_the_previewed_bytes(case, canary, tmp_path):
    person, _ = canary
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    preview = rr.render(plan, "X", made_at=datetime(2026, 4, 15, 10, 0))
    rr.export_report(case, plan, tmp_path / "r.pdf", recipient="X", pdf=preview)
    assert (tmp_path / "r.pdf").read_bytes() == preview


def test_a_failing_write_leaves_the_old_file_and_no_disclosure(case, canary, tmp_path, monkeypatch):
    person, _ = canary
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "r.pdf"
    target.write_bytes(b"old report")
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        rr.export_report(case, plan, target)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in target.parent.iterdir()] == ["r.pdf"]
    assert case.disclosures.all() == []


def test_period_presets():
    assert rr.last_calendar_month(date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert rr.last_quarter(date(2026, 5, 2)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert rr.last_quarter(date(2026, 2, 2)) == (date(2025, 10, 1), date(2025, 12, 31))


def test_since_last_report_starts_after_the_previous_period(case, canary, tmp_path):
    person, _ = canary
    assert rr.since_last_report(case, person.id, TODAY) is None
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    rr.export_report(case, plan, tmp_path / "r.pdf")
    assert rr.since_last_report(case, person.id, TODAY) == (date(2026, 4, 1), TODAY)


def test_reversed_period_is_refused(case, canary):
    person, _ = canary
    with pytest.raises(errors.InvalidData):
        rr.plan_report(case, person.id, END, START)
