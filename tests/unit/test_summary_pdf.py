"""The summary PDF: plain words about what is hidden, charts that never draw nothing."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace

from pypdf import PdfReader

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.exports.summary import tabulate
from sleutelapp.exports.summary_pdf import number_text, summary_pdf_bytes
from sleutelapp.store.summary_queries import PeriodCounts
from tests.unit.test_pdf_bidi import needs_pdftotext, pdftotext

PERIOD = parse_period("2026-Q3")


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def summary_of(people: int, hours: float = 0.5):
    newcomers = [(f"n{i}", "b1", 1) for i in range(people)]
    entries = [(f"n{i}", "activity", "volunteering", None, 0, "", 1, hours) for i in range(people)]
    entries += [(f"n{i}", "signal", "childcare", "open", 0, "", 1, 0) for i in range(people)]
    entries += [(f"n{i}", "appointment", "duo", "done", 1, "", 1, 0) for i in range(people)]
    counts = PeriodCounts(newcomers, entries)
    return tabulate(counts, PERIOD, 5, summary_id=str(uuid.uuid4()))


def test_a_summary_of_few_newcomers_explains_in_plain_dutch_why_it_is_mostly_hidden():
    text = text_of(summary_pdf_bytes(summary_of(2)))
    assert "Wat betekent een *?" in text
    assert "minstens 5 verschillende nieuwkomers" in text
    assert "Waarom is veel verborgen?" in text
    assert "Zo leest u dit overzicht" in text
    # Every chart has only hidden cells: a sentence instead of empty bars.
    assert text.count("Geen grafiek: alle getallen van deze grafiek zijn verborgen") == 3


def test_a_summary_with_enough_newcomers_draws_charts_and_skips_the_few_paragraph():
    text = text_of(summary_pdf_bytes(summary_of(12)))
    assert "Wat betekent een *?" in text
    assert "Waarom is veel verborgen?" not in text
    assert "Geen grafiek" not in text


def test_charts_use_the_decimal_comma_of_their_dutch_readers():
    assert number_text(2.5) == "2,5" and number_text(3.0) == "3" and number_text(12) == "12"
    summary = summary_of(5, hours=0.25)  # 5 × 0.25 h = 1 h: the axis runs to 1.1
    text = text_of(summary_pdf_bytes(summary))
    assert "0,2 0,4 0,6 0,8" in text and "0.2 0.4" not in text


@needs_pdftotext
def test_the_summary_stays_dutch_and_an_arabic_label_reads_in_logical_order(tmp_path):
    """Whatever the UI language, its readers get Dutch; a label in Arabic is drawn right to
    left, so a PDF reader extracts it in the order it was typed."""
    summary = summary_of(12)
    label = "مركز الملك فهد"
    summary = replace(summary, parts=(replace(summary.parts[0], label=label),))
    text = pdftotext(summary_pdf_bytes(summary), tmp_path)
    assert label in [line.strip() for line in text.splitlines()]
    assert "فهد الملك مركز" not in text
    assert "Anonieme samenvatting" in text and "Nieuwkomers geteld" in text
    assert "Anonymised summary" not in text and "Newcomers counted" not in text
