"""Arabic and Persian in the PDFs: display order by the bidirectional algorithm, logical order
for a reader, presentation forms normalised, bundled fonts that cover the shipped scripts and
a visible placeholder for the rest.

Two kinds of checks: the glyph order given to reportlab (always; compared with the Rust
implementation of the algorithm in python-bidi, an independent one), and what `pdftotext`
extracts from the finished file (skipped when poppler-utils is not installed).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import bidi
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports import inzage, pdf_bidi, pdf_fonts, pdf_layout, pdf_text
from sleutelapp.exports import regisseur_report as rr

NAME = "محمد العلي"
ADDRESS = "Adres: شارع الملك فهد 12"
INDIC = "رقم ١٢٣ هنا"
# "محمد." as copied out of another PDF: presentation forms, the full stop typed last.
PASTED = "\ufee3\ufea4\ufee4\ufeaa."
DUTCH = "Dit verslag is in het Nederlands geschreven, zoals de rapporten van de app."
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (Debian package poppler-utils) is not installed",
)


# --- helpers -----------------------------------------------------------------------------


def shown(lines) -> list[str]:
    """What each drawn line shows, left to right, as the letters its glyphs stand for."""
    result = []
    for line in lines.lines:
        if not hasattr(line, "words"):
            result.append(" ".join(line[1]))
            continue
        parts = [
            "".join(pdf_fonts.logical_text(frag.fontName, ord(c)) for c in frag.text)
            for frag in line.words
        ]
        result.append("".join(parts).rstrip())
    return result


def display_lines(text: str, width: float = 400, style: str = "body") -> list[str]:
    paragraph = pdf_text.paragraph(text, pdf_layout.styles()[style])
    paragraph.wrap(width, 10_000)
    if isinstance(paragraph, pdf_bidi.BidiParagraph):
        return shown(pdf_bidi.visual_lines(paragraph, paragraph.blPara)[0])
    return shown(paragraph.blPara)


def pdf_of(*texts: str) -> bytes:
    """A page that reads as Dutch (as the app's reports do), then one paragraph per text."""
    style = pdf_layout.styles()["body"]
    story = [pdf_text.paragraph(t, style) for t in (DUTCH, DUTCH, *texts)]
    return pdf_layout.build_pdf(story, pdf_layout.PageInfo(footer="Vertrouwelijk"))


def pdftotext(data: bytes, tmp_path, *options: str) -> str:
    source = tmp_path / "extract.pdf"
    source.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(source), "-"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    )
    return _MARKS.sub("", result.stdout)


def word_boxes(data: bytes, tmp_path) -> list[tuple[str, float]]:
    """(word, left edge) of every word pdftotext finds, in its own reading order."""
    html = pdftotext(data, tmp_path, "-bbox")
    return [
        (word, float(x))
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# --- display order: the glyphs reportlab is given -------------------------------------------


def test_a_name_is_drawn_right_to_left():
    assert display_lines(NAME) == [bidi.get_display(NAME)] == ["يلعلا دمحم"]


def test_the_house_number_stays_at_the_end_of_the_arabic_address():
    # Left to right on the page: "Adres:", the number, then the street read from the right.
    assert display_lines(ADDRESS) == [bidi.get_display(ADDRESS)] == ["Adres: 12 دهف كلملا عراش"]


def test_arabic_indic_digits_inside_arabic_are_not_reversed():
    assert display_lines(INDIC) == [bidi.get_display(INDIC)]
    assert "١٢٣" in display_lines(INDIC)[0]


def test_brackets_around_arabic_enclose_it_in_a_dutch_sentence():
    text = "Naam: محمد العلي (زوجة) en meer"
    line = display_lines(text)[0]
    assert line == bidi.get_display(text).replace("(", "\0").replace(")", "(").replace("\0", ")")
    assert line.startswith("Naam: ") and line.endswith(" en meer")


def test_persian_with_its_zero_width_non_joiner_is_drawn_and_keeps_every_character(tmp_path):
    """U+200C sits in most Persian sentences and names (حسینی‌زاده); rule X9 takes it out
    of the algorithm, which must still give every character a level."""
    text = "محمدرضا حسینی\u200cزاده می\u200cآید (ادارهٔ مهاجرت)"
    base, levels = pdf_bidi.levels(text)
    assert base == 1 and len(levels) == len(text)
    data = pdf_of(text, "\u200dZWJ first, then " + text)
    extracted = pdftotext(data, tmp_path).replace("\u200c", "")
    assert "محمدرضا" in extracted and "مهاجرت" in extracted


def test_a_date_inside_right_to_left_text_keeps_its_reading_order(tmp_path):
    """With hyphens the algorithm would show 07-12-2026 as 2026-12-07 after Arabic letters;
    the PDF writes it with slashes, which keep the order."""
    # Left to right on the page: the date (read left to right), then the Arabic word.
    assert display_lines("موعد 07-12-2026") == ["07/12/2026 دعوم"]
    assert display_lines("Afspraak 07-12-2026") == ["Afspraak 07-12-2026"]  # Dutch untouched


def test_latin_and_tigrinya_are_left_as_they_are():
    for text in (DUTCH, "Yonas Tesfaye ዮናስ ተስፋይ 12"):
        assert display_lines(text) == [text]
        markup = pdf_text.escape(text)
        assert not isinstance(
            pdf_text.markup_paragraph(markup, pdf_layout.styles()["body"]),
            pdf_bidi.BidiParagraph,
        )


def test_a_wrapped_paragraph_is_reordered_line_by_line():
    words = [
        "هذا",
        "نص",
        "عربي",
        "طويل",
        "يمتد",
        "على",
        "عدة",
        "أسطر",
        "في",
        "التقرير",
        "رقم",
        "42",
        "مع",
        "كلمة",
        "Amsterdam",
        "فيه",
    ]
    text = " ".join(words * 4)
    lines = display_lines(text, width=150)
    assert len(lines) > 3
    logical = [" ".join(w[::-1] for w in line.split()[::-1]) for line in lines]
    # Undoing the display order line by line gives back the text in its typed order: the
    # first line holds the first words (it was not reordered as one long line).
    assert lines[0] == bidi.get_display(" ".join(text.split()[: len(lines[0].split())]))
    assert sum(len(line.split()) for line in logical) == len(text.split())


def test_each_typed_line_is_its_own_bidi_paragraph():
    # The second line starts with Latin, so it reads left to right; the first does not.
    assert display_lines("محمد العلي\nNaam: محمد 12\n\nشارع") == [
        bidi.get_display("محمد العلي"),
        bidi.get_display("Naam: محمد 12"),
        "",
        bidi.get_display("شارع"),
    ]


def test_without_harfbuzz_the_order_is_still_right(monkeypatch):
    monkeypatch.setattr(pdf_text, "shaping_available", lambda: False)
    pdf_bidi.shaped_run.cache_clear()
    try:
        assert display_lines(ADDRESS) == [bidi.get_display(ADDRESS)]
        assert display_lines("(زوجة)") == ["(ةجوز)"]  # brackets mirrored by hand
    finally:
        pdf_bidi.shaped_run.cache_clear()


def test_pasted_presentation_forms_become_letters_and_keep_their_full_stop():
    assert pdf_text.clean(PASTED) == "محمد."
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe]", pdf_text.escape(PASTED))
    # Right to left the full stop ends the sentence, on its left.
    assert display_lines(PASTED) == [".دمحم"]


def test_the_name_muhammad_is_not_drawn_as_the_religious_ligature():
    paragraph = pdf_text.paragraph(NAME, pdf_layout.styles()["body"])
    paragraph.wrap(400, 1000)
    lines, _ = pdf_bidi.visual_lines(paragraph, paragraph.blPara)
    drawn = "".join(frag.text for line in lines.lines for frag in line.words)
    assert "\ufdf4" not in drawn


def test_a_right_to_left_paragraph_of_several_lines_is_aligned_right():
    from reportlab.lib.enums import TA_RIGHT

    style = pdf_layout.styles()["body"]
    paragraph = pdf_text.paragraph(" ".join(["كلمة عربية"] * 40), style)
    paragraph.wrap(200, 10_000)
    seen = []
    original = pdf_bidi.Paragraph.drawPara

    def spy(self, debug=0):
        seen.append(self.style.alignment)

    pdf_bidi.Paragraph.drawPara = spy
    try:
        paragraph.drawPara()
    finally:
        pdf_bidi.Paragraph.drawPara = original
    assert seen == [TA_RIGHT]
    assert paragraph.style is style  # the paragraph itself keeps its style


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "محمد",
                    "العلي",
                    "پریسا",
                    "Naam",
                    "de",
                    "12",
                    "345",
                    "١٢٣",
                    "۴۵",
                    "ዮናስ",
                    *"()[].,:-/%+€'!?",
                ]
            ),
            st.sampled_from([" ", "", "  "]),
        ),
        min_size=1,
        max_size=10,
    )
)
def test_display_order_matches_the_rust_implementation(parts):
    text = "".join(word + gap for word, gap in parts).strip()
    base, levels = pdf_bidi.levels(text)
    order = pdf_bidi.visual_order(text, list(levels), base)
    assert sorted(order) == list(range(len(text)))
    assert "".join(text[i] for i in order) == bidi.get_display(text)


def test_hostile_markup_in_arabic_text_stays_literal():
    text = 'محمد <b>العلي <a href="x">رابط</a> &amp; <img src="/etc/passwd"/>'
    markup = pdf_text.escape(text)
    tags = re.findall(r"<[^>]*>", markup)
    assert all(re.fullmatch(r'<font face="SleutelSans[A-Za-z-]*">|</font>|<br/>', t) for t in tags)
    data = pdf_of(text)
    assert b"/URI" not in data and b"/Annots" not in data
    extracted = pypdf_text(data)
    assert "<b>" in extracted and "&amp;" in extracted and "<img" in extracted


# --- what a reader extracts ----------------------------------------------------------------


@needs_pdftotext
def test_pdftotext_extracts_the_name_in_logical_order(tmp_path):
    text = pdftotext(pdf_of(NAME, f"Naam: {NAME}"), tmp_path)
    assert NAME in text.splitlines()
    assert f"Naam: {NAME}" in text.splitlines()
    assert "العلي محمد" not in text


@needs_pdftotext
def test_pdftotext_sees_the_number_left_of_the_street(tmp_path):
    # -bbox lists each word as drawn (its letters left to right), so Arabic comes reversed.
    boxes = {
        word[::-1] if pdf_bidi.has_rtl(word) else word: x
        for word, x in word_boxes(pdf_of(ADDRESS), tmp_path)
    }
    street = [boxes[w] for w in ("شارع", "الملك", "فهد")]
    assert boxes["Adres:"] < boxes["12"] < min(street)
    # Read from the right: شارع first, فهد last.
    assert boxes["شارع"] > boxes["الملك"] > boxes["فهد"]


@needs_pdftotext
def test_pdftotext_reads_arabic_indic_digits_in_their_order(tmp_path):
    text = pdftotext(pdf_of(INDIC), tmp_path)
    assert "١٢٣" in text and "٣٢١" not in text


@needs_pdftotext
def test_pdftotext_gives_letters_not_presentation_forms(tmp_path):
    long_text = "هذا نص طويل على عدة أسطر الآن للاختبار " * 12
    text = pdftotext(pdf_of(PASTED, "لا إله", long_text), tmp_path)
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe\ue000-\uf8ff]", text)
    assert "محمد" in text and "لا إله" in text
    flowing = " ".join(w for w in text.split() if re.fullmatch("[\u0600-\u06ff]+", w))
    assert "على عدة أسطر الآن للاختبار" in flowing  # ligatures (لى, لآ, لا) read right


@needs_pdftotext
def test_a_long_arabic_note_split_over_pages_reads_in_order(tmp_path):
    words = ["محمد", "العلي", "يكتب", "رسالة", "طويلة", "إلى", "صديقه", "في", "المدينة", "القديمة"]
    note = " ".join(words[i % len(words)] for i in range(1400))
    style = pdf_layout.styles()["body"]
    story = [pdf_text.paragraph(DUTCH, style), *pdf_text.paragraphs(note, style, size=10**6)]
    data = pdf_layout.build_pdf(story, pdf_layout.PageInfo(footer="Vertrouwelijk"))
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2
    text = pdftotext(data, tmp_path)
    arabic = [w for w in text.split() if re.fullmatch("[\u0600-\u06ff]+", w)]
    assert " ".join(arabic) == note


# --- the app's PDFs ---------------------------------------------------------------------------


@pytest.fixture
def arabic_newcomer(case):
    person = case.newcomers.add(
        Newcomer(NAME, known_as="ژاله", language="فارسی", municipality_ref="INB-12")
    )
    day = date(2026, 3, 12)
    case.entries.add(
        Entry(person.id, "note", day, text=f"{ADDRESS} — afspraak met پریسا گلچین", shareable=True)
    )
    case.entries.add(Entry(person.id, "note", day, text="Emoji 😀 en नमस्ते", shareable=True))
    case.consents.add(Consent(person.id, "regisseur_summary", date(2026, 1, 10), how="signed"))
    return person


def _report(case, person) -> bytes:
    plan = rr.plan_report(case, person.id, date(2026, 3, 1), date(2026, 3, 31))
    return rr.render(plan, "Mw. De Vries")


def test_the_regisseur_report_and_inzage_draw_the_name_in_display_order(
    case, arabic_newcomer, tmp_path, monkeypatch
):
    drawn: list[str] = []
    original = pdf_bidi.visual_lines

    def recording(para, blpara):
        lines, base = original(para, blpara)
        drawn.extend(shown(lines))
        return lines, base

    monkeypatch.setattr(pdf_bidi, "visual_lines", recording)
    report = _report(case, arabic_newcomer)
    assert bidi.get_display(NAME) in drawn
    assert any(line.startswith(bidi.get_display(ADDRESS)) for line in drawn)
    drawn.clear()
    inzage.export_inzage(case, arabic_newcomer.id, tmp_path / "inzage.pdf")
    assert bidi.get_display(NAME) in drawn and "هلاژ" in drawn
    for data in (report, (tmp_path / "inzage.pdf").read_bytes()):
        text = pypdf_text(data)
        assert "[?]" in text and "\ufffd" not in text
        assert "پریسا" in text or "اسیرپ" in text  # Persian letters are drawn, not boxes
        # The ToUnicode map gives letters back, not presentation forms or private codes.
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe\ue000-\uf8ff]", text)


@needs_pdftotext
def test_pdftotext_reads_the_name_from_the_regisseur_report_and_inzage(
    case, arabic_newcomer, tmp_path
):
    inzage.export_inzage(case, arabic_newcomer.id, tmp_path / "inzage.pdf")
    report = pdftotext(_report(case, arabic_newcomer), tmp_path)
    copy = pdftotext((tmp_path / "inzage.pdf").read_bytes(), tmp_path)
    for text in (report, copy):
        assert NAME in [line.strip() for line in text.splitlines()]
        assert "پریسا گلچین" in text and "Emoji [?] en [?]" in text
    assert "ژاله" in copy  # the name they go by is in their own copy only


# --- fonts and placeholders -----------------------------------------------------------------


@pytest.mark.parametrize("bold", [False, True])
def test_the_arabic_font_has_the_persian_letters_and_digits(bold):
    covered = pdf_fonts.coverage(pdf_fonts.font_name("arabic", bold))
    persian = "پچژگکی" + "۰۱۲۳۴۵۶۷۸۹" + "٠١٢٣٤٥٦٧٨٩"
    assert {c for c in persian if ord(c) not in covered} == set()


@pytest.mark.parametrize("bold", [False, True])
def test_the_ethiopic_font_has_tigrinya(bold):
    covered = pdf_fonts.coverage(pdf_fonts.font_name("ethiopic", bold))
    tigrinya = "ትግርኛ ሰላም ዮናስ ተስፋይ ቐቑቒ ኧ ዅ ጨ ፀ ።፣"
    assert {c for c in tigrinya if c != " " and ord(c) not in covered} == set()


def test_emoji_and_unshipped_scripts_become_one_placeholder_per_word():
    assert pdf_text.escape("😀 नमस्ते 中文") == "[?] [?] [?]"
    assert pdf_text.escape("👨‍👩‍👧 ok") == "[?] ok"
    text = pypdf_text(pdf_of("Groet: 😀 नमस्ते"))
    assert "Groet: [?] [?]" in text and "\ufffd" not in text
