"""Each PDF speaks its reader's language: the regisseur report always Dutch, the agenda week
the key person's language, the newcomer's own copy (inzage) their language with the Dutch
beside it, with moments written as a person reads them."""

from __future__ import annotations

import importlib
import io
import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from sleutelapp.domain.model import Consent, Disclosure, Entry, Newcomer
from sleutelapp.exports import agenda_week, inzage
from sleutelapp.exports import regisseur_report as rr
from tests.unit.test_handover import CANARIES, full_newcomer

# The module (the package's `catalogue` is the function of the same name).
catalogue_module = importlib.import_module("sleutelapp.language.catalogue")

NAME = "محمد العلي"
MADE = datetime(2026, 11, 30, 14, 5)
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

INTRO = (
    "This is everything your key person&apos;s case file holds about you, including the key "
    "person&apos;s own notes."
)
ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Inzage</name>
    <message><source>Your data</source><translation>بياناتك</translation></message>
    <message><source>Name</source><translation>الاسم</translation></message>
    <message><source>Your rights</source><translation>حقوقك</translation></message>
    <message>
        <source>{intro}</source>
        <translation>هذا كل ما يحتويه ملف مرشدك عنك.</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message><source>Monday</source><translation>الاثنين</translation></message>
</context>
<context>
    <name>AgendaWeek</name>
    <message><source>Nothing planned.</source><translation>لا شيء مخطط.</translation></message>
</context>
</TS>
"""

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (Debian package poppler-utils) is not installed",
)


@pytest.fixture
def small_arabic(monkeypatch, tmp_path):
    """Arabic read from a small catalogue in a temporary folder."""
    real = catalogue_module.catalogue_path
    path = tmp_path / "sleutelapp_ar.ts"
    path.write_text(ARABIC_TS.replace("{intro}", INTRO), encoding="utf-8")
    monkeypatch.setattr(
        catalogue_module, "catalogue_path", lambda code: path if code == "ar" else real(code)
    )
    catalogue_module._catalogue_of.cache_clear()
    yield
    catalogue_module._catalogue_of.cache_clear()


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdftotext(data: bytes, tmp_path) -> str:
    source = tmp_path / "extract.pdf"
    source.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(source), "-"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    )
    return _MARKS.sub("", result.stdout)


def lines_of(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


# --- the regisseur report: always Dutch ---------------------------------------------------


def test_regisseur_report_is_dutch_whatever_else_is_asked(case, small_arabic):
    person = case.newcomers.add(
        Newcomer("Yonas Tesfaye", route="z", termijn_start=date(2025, 3, 1))
    )
    case.consents.add(Consent(person.id, "regisseur_summary", date(2026, 1, 10), how="signed"))
    case.entries.add(
        Entry(person.id, "activity", date(2026, 3, 12), "volunteering", hours=2, shareable=True)
    )
    plan = rr.plan_report(case, person.id, date(2026, 3, 1), date(2026, 3, 31), today=MADE.date())
    text = " ".join(text_of(rr.render(plan, "Mw. De Vries", MADE)).split())
    for dutch in (
        "VERTROUWELIJK — persoonsgegevens",
        "Rapport voor de regisseur",
        "Periode 1 maart 2026 t/m 31 maart 2026",
        "Participatie",
        "Vrijwilligerswerk",
        "Geen signalen in deze periode.",
        "Gemaakt op 30 november 2026",
        "Pagina 1 van",
    ):
        assert dutch in text, dutch
    for english in ("Report for the regisseur", "Participation", "Made on", "Page 1", "up to"):
        assert english not in text, english


# --- a week of the agenda: the key person's language ---------------------------------------


@pytest.fixture
def week_rows(case):
    person = case.newcomers.add(Newcomer(name="Ahmad Karimi"))
    case.entries.add(
        Entry(
            person.id, "appointment", date(2026, 11, 30), "hospital", time="10:15", accompanied=True
        )
    )
    case.entries.add(Entry(person.id, "appointment", date(2026, 12, 2), "duo", time="09:00"))
    return case


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [
        (
            "nl",
            ("Agenda week 49", "maandag 30 november 2026 tot en met zondag 6 december 2026",
             "Afspraak: A.K. (ik ga mee)", "woensdag 2 december 2026", "Niets gepland.",
             "persoonlijk", "Pagina 1 van 1"),
            ("Monday", "Nothing planned", "Appointment"),
        ),
        (
            "en",
            ("Agenda week 49", "Monday 30 November 2026 up to and including Sunday 6 December 2026",
             "Appointment: A.K. (I go along)", "Wednesday 2 December 2026", "Nothing planned.",
             "personal", "Page 1 of 1"),
            ("maandag", "Niets gepland", "Afspraak", "november"),
        ),
    ],
)  # fmt: skip
def test_agenda_week_speaks_the_key_persons_language(week_rows, language, expected, absent):
    made = agenda_week.build(week_rows, agenda_week.WeekOptions(), date(2026, 12, 1), language)
    text = " ".join(text_of(made.data).split())
    for shown in expected:
        assert shown in text, shown
    for other in absent:
        assert other not in text, other


@needs_pdftotext
def test_agenda_week_in_arabic_names_its_days_from_the_catalogue(week_rows, small_arabic, tmp_path):
    made = agenda_week.build(week_rows, agenda_week.WeekOptions(), date(2026, 12, 1), "ar")
    text = pdftotext(made.data, tmp_path)
    assert "الاثنين" in text and "لا شيء مخطط" in text
    assert "maandag" not in text and "Monday" not in text


def test_agenda_week_registers_its_default_recipient_in_dutch_whatever_its_language(
    week_rows, tmp_path
):
    for language in ("en", "ar"):
        (made,) = agenda_week.export_week(
            week_rows, tmp_path / f"week-{language}.pdf", agenda_week.WeekOptions(),
            date(2026, 12, 1), language=language,
        )  # fmt: skip
        assert made.recipient == "eigen agenda (papier)"
    (made,) = agenda_week.export_week(
        week_rows, tmp_path / "week2.pdf", agenda_week.WeekOptions(), date(2026, 12, 1)
    )
    assert made.recipient == "eigen agenda (papier)"


# --- the newcomer's own copy: their language with the Dutch beside it ------------------------


def _with_disclosure(case, newcomer):
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=date(2026, 1, 1),
            period_to=date(2026, 1, 31),
            recipient="R. Regisseur",
            purpose="regisseur_summary",
            sha256="0" * 64,
            entry_ids=(),
            newcomer_id=newcomer.id,
            made_at="2026-11-30T14:05:12",
        )
    )


def test_inzage_in_dutch_reads_once_and_writes_moments_as_people_read_them(case):
    n = full_newcomer(case)
    _with_disclosure(case, n)
    text = " ".join(text_of(inzage.render(inzage.plan_inzage(case, n.id), MADE)).split())
    assert "Uw gegevens" in text and "Your data" not in text and "/ Uw" not in text
    assert "30 nov 2026 14:05" in text
    assert not ISO_MOMENT.search(text), ISO_MOMENT.search(text)


def test_inzage_in_english_shows_each_heading_with_the_dutch_beside_it(case):
    n = full_newcomer(case)
    _with_disclosure(case, n)
    text = " ".join(
        text_of(inzage.render(inzage.plan_inzage(case, n.id), MADE, language="en")).split()
    )
    for pair in (
        "Your data in Sleutelapp / Uw gegevens in Sleutelapp",
        "Your rights / Uw rechten",
        "Known as / Roepnaam",
        "Consents / Toestemmingen",
        "30 Nov 2026 14:05",
    ):
        assert pair in text, pair
    # A sentence in English, then in Dutch.
    english = text.index("You have the right to see what is recorded about you")
    assert text.index("U hebt het recht om te zien", english) > english
    for canary in CANARIES:  # nothing goes missing in another language
        assert canary in text
    assert not ISO_MOMENT.search(text)


@needs_pdftotext
def test_inzage_in_arabic_shows_arabic_and_dutch_and_the_name_in_logical_order(
    case, small_arabic, tmp_path
):
    n = full_newcomer(case, name=NAME)
    _with_disclosure(case, n)
    dutch = inzage.render(inzage.plan_inzage(case, n.id), MADE)
    data = inzage.render(inzage.plan_inzage(case, n.id), MADE, language="ar")
    lines = lines_of(pdftotext(data, tmp_path))
    # in logical order (the label beside it may share the extracted line)
    assert any(NAME in line for line in lines)
    # Right-to-left words stand on their own line, the Dutch on the next: on one line the
    # two directions would interleave.
    for arabic, nl in (("بياناتك", "Uw gegevens"), ("الاسم", "Naam"), ("حقوقك", "Uw rechten")):
        at = next(i for i, line in enumerate(lines) if arabic in line)
        assert nl not in lines[at] and nl in lines[at + 1], (arabic, lines[at : at + 2])
    joined = " ".join(lines)
    # (pdftotext puts the full stop of a right-to-left line before it)
    assert "هذا كل ما يحتويه ملف مرشدك عنك" in joined
    assert "Dit is alles wat het dossier van uw sleutelpersoon over u bevat" in joined
    assert not ISO_MOMENT.search(joined)
    # Everything the Dutch copy lists is in the Arabic one too.
    for canary in (*CANARIES[1:], "R. Regisseur", "0612345678", "GEM-123", "Taalschool B"):
        assert canary in joined, canary
    assert len(text_of(data)) >= len(text_of(dutch))


def test_inzage_shows_a_stored_moment_it_cannot_read_as_stored():
    assert inzage.moment("2026-11-30T14:05:12", "nl") == "30 nov 2026 14:05"
    assert inzage.moment("gisteren", "nl") == "gisteren"
    assert inzage.moment("", "nl") == "—"


def test_every_kind_an_export_writes_has_a_label_for_both_readers():
    from sleutelapp.commands import export_data
    from sleutelapp.domain import disclosure_kinds
    from sleutelapp.exports import (
        calendar,
        consent_sheet,
        handover,
        inzage,
        newcomer_card,
        regisseur_report,
        summary,
    )

    written = {
        m.REPORT_KIND
        for m in (consent_sheet, handover, newcomer_card, regisseur_report, calendar, inzage,
                  summary, agenda_week)
    } | {export_data.REPORT_KIND}  # fmt: skip
    assert written <= set(disclosure_kinds.KINDS)
    assert set(disclosure_kinds.FOR_KEY_PERSON) == set(disclosure_kinds.KINDS)
    assert set(disclosure_kinds.FOR_NEWCOMER) == set(disclosure_kinds.KINDS)
    assert disclosure_kinds.kind_label("portable_data", "en") == "Data export"  # older rows
    assert disclosure_kinds.kind_label("something_new", "en") == "something_new"
