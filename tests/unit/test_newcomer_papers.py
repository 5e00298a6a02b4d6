"""Papers for the newcomer ("Mijn afspraken" and "Toestemming"): what is on them, what is
never on them (canaries), their languages, and their rows in the disclosure register."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports import consent_sheet, newcomer_card, newcomer_paper
from sleutelapp.exports.newcomer_paper import PaperLanguages, UnknownLanguage
from sleutelapp.language import Catalogue, language
from sleutelapp.store import errors

TODAY = date(2026, 3, 2)  # a Monday
NAME = "محمد العلي"
OTHER = "Canaryvrouw Zebedea"
PRIVATE_NOTE = "kanarie-privénotitie-4417"
PRIVATE_REMARK = "kanarie-opmerking-sleutelpersoon-9902"
OTHER_PLACE = "Kanariekliniek Oost"
SHAREABLE = "Neem de brief van de gemeente mee"
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (Debian package poppler-utils) is not installed",
)


def pypdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def pdftotext(path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    )
    return _MARKS.sub("", result.stdout)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def people(case):
    case.settings.set("keyperson_name", "Samira El Amrani")
    case.settings.set("keyperson_contact", "06-11223344")
    case.settings.set("controller_name", "Stichting Welkom Oost")
    amal = case.newcomers.add(Newcomer(NAME, language="Arabisch", language_code="ar"))
    other = case.newcomers.add(Newcomer(OTHER, language_code="ar"))
    day = TODAY + timedelta(days=2)
    shown = case.entries.add_many(
        [
            Entry(
                amal.id,
                "appointment",
                day,
                "gp",
                time="09:15",
                location="De Linde 12",
                accompanied=True,
            ),
            Entry(
                amal.id,
                "appointment",
                day + timedelta(days=7),
                "municipality",
                time="14:00",
                location="Stadhuis",
                text=PRIVATE_REMARK,
            ),
            Entry(
                amal.id,
                "appointment",
                day + timedelta(days=9),
                "school",
                text=SHAREABLE,
                shareable=True,
            ),
        ]
    )
    case.entries.add_many(
        [
            Entry(amal.id, "note", TODAY, text=PRIVATE_NOTE),
            Entry(amal.id, "appointment", day + timedelta(days=1), "dentist",
                  status="cancelled", location="Afgezegd Tandarts"),
            Entry(amal.id, "appointment", TODAY + timedelta(weeks=5), "duo",
                  location="Later DUO"),
            Entry(other.id, "appointment", day, "hospital", location=OTHER_PLACE),
        ]
    )  # fmt: skip
    return amal, other, shown


def fake_arabic(monkeypatch, tmp_path, table: dict[str, str]):
    """An Arabic catalogue holding only `table` (the real one is filled by translators)."""
    from xml.sax.saxutils import escape

    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in table.items()
    )
    path = tmp_path / "sleutelapp_ar.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ar">'
        f"<context><name>NewcomerCard</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    fake = Catalogue(language("ar"), path)
    real = newcomer_paper.catalogue
    monkeypatch.setattr(
        newcomer_paper, "catalogue", lambda code: fake if code == fake.code else real(code)
    )


# --- "Mijn afspraken" -------------------------------------------------------------------


def test_the_card_lists_the_coming_appointments_and_never_what_is_private(case, people, tmp_path):
    amal, _other, shown = people
    target = tmp_path / "card.pdf"
    disclosure = newcomer_card.export_card(case, amal.id, target, today=TODAY)
    text = flat(pypdf_text(target.read_bytes()))
    for canary in (OTHER, OTHER_PLACE, PRIVATE_NOTE, PRIVATE_REMARK, "Afgezegd", "Later DUO"):
        assert canary not in text
    assert "De Linde 12" in text and "Stadhuis" in text and "09:15" in text
    assert SHAREABLE in text  # marked shareable: the newcomer may read it
    assert "Samira El Amrani" in text and "06-11223344" in text
    assert "04-03-2026" in text  # the day, as digits in every language
    # Registered as given to the newcomer: which entries, the file's fingerprint.
    [row] = case.disclosures.for_newcomer(amal.id)
    assert row == disclosure
    assert (row.report_kind, row.recipient) == ("newcomer_card", "de nieuwkomer zelf")
    assert set(row.entry_ids) == {e.id for e in shown}
    assert row.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert (row.period_from, row.period_to) == (TODAY, TODAY + timedelta(days=27))


def test_the_card_in_dutch_is_dutch_only(case, people, tmp_path):
    amal, _other, _shown = people
    target = tmp_path / "card.pdf"
    newcomer_card.export_card(case, amal.id, target, language="nl", today=TODAY)
    text = flat(pypdf_text(target.read_bytes()))
    assert "Mijn afspraken" in text and "Huisarts" in text
    assert "My appointments" not in text and "Doctor (GP)" not in text


def test_weeks_choose_how_far_ahead_the_card_looks(case, people, tmp_path):
    amal, _other, _shown = people
    disclosure = newcomer_card.export_card(case, amal.id, tmp_path / "c.pdf", weeks=6, today=TODAY)
    assert "Later DUO" in pypdf_text((tmp_path / "c.pdf").read_bytes())
    assert len(disclosure.entry_ids) == 4
    with pytest.raises(ValueError, match="weeks must be"):
        newcomer_card.plan_card(case, amal.id, weeks=0, today=TODAY)


@needs_pdftotext
def test_an_arabic_card_reads_right_to_left_with_dutch_alongside(
    case, people, tmp_path, monkeypatch
):
    fake_arabic(
        monkeypatch, tmp_path, {"My appointments": "مواعيدي", "Doctor (GP)": "طبيب العائلة"}
    )
    amal, _other, _shown = people
    target = tmp_path / "card.pdf"
    newcomer_card.export_card(case, amal.id, target, today=TODAY)
    text = pdftotext(target)
    assert NAME in text  # the name extracts in logical (typed) order
    assert "مواعيدي" in text and "طبيب العائلة" in text
    assert "Mijn afspraken" in text and "Huisarts" in text  # Dutch alongside
    assert OTHER not in text and PRIVATE_REMARK not in text


def test_the_language_follows_the_profile_unless_one_is_chosen(case, people):
    assert PaperLanguages.for_code("ar").bilingual
    assert PaperLanguages.for_code("ar").right_to_left
    assert not PaperLanguages.for_code("nl").bilingual
    assert not PaperLanguages.for_code("").bilingual  # no language known: Dutch
    assert PaperLanguages.for_code("tr").texts("Monday")[1] == "maandag"
    with pytest.raises(UnknownLanguage):
        PaperLanguages.for_code("xx")


def test_a_paper_is_never_written_into_the_data_folder_and_nothing_is_registered(case, people):
    amal, _other, _shown = people
    with pytest.raises(errors.CaseError):
        newcomer_card.export_card(case, amal.id, case.paths.data / "card.pdf", today=TODAY)
    with pytest.raises(errors.CaseError):
        consent_sheet.export_sheet(case, amal.id, case.paths.data / "sheet.pdf")
    assert case.disclosures.for_newcomer(amal.id) == []
    assert not (case.paths.data / "card.pdf").exists()


# --- "Toestemming" ----------------------------------------------------------------------


def test_the_consent_sheet_explains_every_purpose_and_has_a_place_to_sign(case, people, tmp_path):
    amal, _other, _shown = people
    case.consents.add(Consent(amal.id, "reporting", TODAY, note=PRIVATE_NOTE))
    target = tmp_path / "sheet.pdf"
    disclosure = consent_sheet.export_sheet(case, amal.id, target, language="nl", today=TODAY)
    text = flat(pypdf_text(target.read_bytes()))
    assert set(consent_sheet.PURPOSES) == set(vocab.CONSENT_PURPOSES.codes)
    for phrase in ("Toestemming", "Met wie", "Waarom", "Ja, ik ga akkoord", "Handtekening"):
        assert phrase in text
    assert "Autoriteit Persoonsgegevens" in text and "12 maanden" in text
    assert consent_sheet.sheet_number(disclosure.id) in text
    assert "Stichting Welkom Oost" in text
    for canary in (OTHER, PRIVATE_NOTE, PRIVATE_REMARK, "De Linde 12"):
        assert canary not in text
    [row] = case.disclosures.for_newcomer(amal.id)
    assert (row.id, row.report_kind, row.recipient) == (
        disclosure.id,
        "consent_sheet",
        "de nieuwkomer zelf",
    )
    assert row.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()


@needs_pdftotext
def test_an_arabic_consent_sheet_extracts_the_name_in_logical_order(
    case, people, tmp_path, monkeypatch
):
    fake_arabic(monkeypatch, tmp_path, {"Consent": "الموافقة", "For: {0}": "لـ: {0}"})
    amal, _other, _shown = people
    target = tmp_path / "sheet.pdf"
    consent_sheet.export_sheet(case, amal.id, target, today=TODAY)
    text = pdftotext(target)
    assert NAME in text and "الموافقة" in text and "Toestemming" in text


def test_a_signed_consent_points_to_the_sheet_it_was_signed_on(case, people, tmp_path):
    amal, other, _shown = people
    sheet = consent_sheet.export_sheet(case, amal.id, tmp_path / "s.pdf", today=TODAY)
    given = case.consents.add(
        Consent(amal.id, "regisseur_summary", TODAY, how="signed", sheet_id=sheet.id)
    )
    assert case.consents.get(given.id).sheet_id == sheet.id
    # Another newcomer's sheet, or a sheet for a verbal consent: refused, nothing stored.
    with pytest.raises(errors.InvalidData):
        case.consents.add(Consent(other.id, "reporting", TODAY, how="signed", sheet_id=sheet.id))
    with pytest.raises(errors.InvalidData):
        case.consents.add(Consent(amal.id, "reporting", TODAY, how="verbal", sheet_id=sheet.id))
    assert len(case.consents.for_newcomer(amal.id)) == 1
    assert case.consents.for_newcomer(other.id) == []


def test_the_portable_file_carries_the_language_code_and_the_sheet(case, people, tmp_path):
    from sleutelapp.exports.portable import export_data

    amal, _other, _shown = people
    sheet = consent_sheet.export_sheet(case, amal.id, tmp_path / "s.pdf", today=TODAY)
    case.consents.add(Consent(amal.id, "reporting", TODAY, how="signed", sheet_id=sheet.id))
    [person] = [p for p in export_data(case)["newcomers"] if p["id"] == amal.id]
    assert person["language_code"] == "ar"
    assert [c["sheet_id"] for c in person["consents"]] == [sheet.id]


def test_a_handover_keeps_the_language_code_and_the_sheet_a_consent_points_to(
    case, people, tmp_path, case_template, monkeypatch
):
    from sleutelapp.exports import handover, handover_file
    from sleutelapp.paths import app_paths
    from sleutelapp.store.case import Case
    from sleutelapp.store.keyfile import KdfParams
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(handover_file, "DEFAULT_KDF", KdfParams.fast_for_tests())
    amal, _other, _shown = people
    sheet = consent_sheet.export_sheet(case, amal.id, tmp_path / "s.pdf", today=TODAY)
    case.consents.add(Consent(amal.id, "reporting", TODAY, how="signed", sheet_id=sheet.id))
    result = handover.write_handover(case, [amal.id], tmp_path / "x.sleuteloverdracht")
    shutil.copytree(case_template, tmp_path / "colleague")
    with Case.open(app_paths(tmp_path / "colleague"), PASSPHRASE) as colleague:
        handover.receive_file(colleague, result.path, result.code)
        assert colleague.newcomers.get(amal.id).language_code == "ar"
        [consent] = colleague.consents.for_newcomer(amal.id)
        assert consent.sheet_id == sheet.id
        assert [s.id for s in colleague.consents.sheets(amal.id)] == [sheet.id]
