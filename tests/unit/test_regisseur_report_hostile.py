"""Hostile text (hypothesis): the report never fails, embeds no link or image, and every
Latin, Arabic and Ethiopic character is drawn by a font that has its glyph."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from sleutelapp.domain import privacy
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports import pdf_fonts, pdf_text
from sleutelapp.exports import regisseur_report as rr

FRAGMENTS = [
    "<b>",
    "</b>",
    "<i>",
    "<font size=300>",
    "<font face='Courier'>",
    "</font>",
    '<a href="https://evil.invalid/">',
    "</a>",
    '<img src="/etc/passwd"/>',
    '<img src="file:///C:/x.png" width="900" height="900"/>',
    "<link href='x'>",
    "<br/>",
    "<para>",
    "<![CDATA[",
    "]]>",
    "&",
    "&amp;",
    "&#0;",
    "&#x202e;",
    "&nbsp;",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r",
    "\n\n\n",
    "\t",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u200f",
    "\ufeff",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "中文",
    "x" * 5000,
    "Gülşen Çelik ığüşöç İ",
    "Łódź żółć ĘĄŚ",
    "أمل الحداد تكتب",
    "ዮናስ ተስፋይ ትግርኛ።",
    "Олена",
    "١٢٣",
    " ",
    "—",
    "'",
    '"',
    "\xad",
    "-",
]
# Lone surrogates are not text: validation refuses them with a clear line (test_domain.py).
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
hostile = st.lists(st.one_of(st.sampled_from(FRAGMENTS), _TEXT), max_size=8).map("".join)
_FONT_RUN = re.compile(r'<font face="([^"]+)">(.*?)</font>', re.S)
_ALLOWED_TAG = re.compile(r'<font face="SleutelSans[A-Za-z-]*">|</font>|<br/>')
_SCRIPTS = re.compile("[A-Za-z\u00c0-\u024f\u0600-\u06ff\u1200-\u137f]")


def _check_markup(text: str) -> None:
    markup = pdf_text.escape(text)
    assert all(_ALLOWED_TAG.fullmatch(t) for t in re.findall(r"<[^>]*>", markup))
    latin = pdf_fonts.font_name("latin")
    position = 0
    runs = []
    for match in _FONT_RUN.finditer(markup):
        runs += [(latin, markup[position : match.start()]), (match.group(1), match.group(2))]
        position = match.end()
    runs.append((latin, markup[position:]))
    for font, chunk in runs:
        visible = (
            chunk.replace("<br/>", "")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
        )
        for char in visible:
            # Latin, Arabic and Ethiopic letters must have a glyph in their run's font.
            if _SCRIPTS.match(char):
                assert ord(char) in pdf_fonts.coverage(font), (char, font)


# CI runs the declared examples (the same ones each run); `make test-thorough` ten times
# as many, new ones each run (tests/conftest.py).
@settings(max_examples=1000)
@given(hostile)
def test_escaped_markup_is_safe_and_drawable(text):
    _check_markup(text)


def _some_text(text: str) -> str:
    """A note and a task need text: one that is empty once cleaned gets a visible dash."""
    return text if text.replace("\x00", "").strip() else f"-{text}"


def _plan(name: str, note: str, signal: str) -> rr.ReportPlan:
    person = Newcomer(
        name[:400].replace("\x00", "").strip() or "x",
        municipality_ref=note[:40],
        route="z",
        termijn_start=date(2024, 1, 1),
    ).validated()
    day = date(2026, 3, 3)
    entries = [
        Entry(person.id, "note", day, text=_some_text(note), shareable=True),
        Entry(person.id, "signal", day, "housing", text=signal, shareable=True),
        Entry(person.id, "task", day, text=_some_text(signal), shareable=True),
        Entry(person.id, "activity", day, "work", hours=2, text=note, shareable=True),
        Entry(person.id, "appointment", day, "duo"),
    ]
    consents = privacy.ReportConsents(Consent(person.id, "regisseur_summary", day), None)
    start, end = date(2026, 3, 1), date(2026, 3, 31)
    decisions = privacy.decide_all([e.validated() for e in entries], start, end, consents)
    settings_ = {
        "controller_name": signal[:60],
        "controller_contact": "",
        "keyperson_name": note[:60],
        "keyperson_contact": "",
    }
    return rr.ReportPlan(
        person, start, end, consents, tuple(decisions), settings_, date(2026, 4, 2)
    )


def _assert_clean_pdf(data: bytes) -> None:
    """No link, URI action, annotation or image object anywhere in the file.

    Checked on the parsed objects: the raw bytes of compressed streams can spell "/URI"
    by chance (hypothesis found one).
    """
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        assert "/Annots" not in page
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - free object numbers
            continue
        if hasattr(obj, "keys"):
            assert "/URI" not in obj and "/Annots" not in obj
            assert obj.get("/S") not in ("/URI", "/Launch", "/JavaScript")
            assert obj.get("/Subtype") not in ("/Link", "/Image")


def _render_hostile(name: str, note: str, signal: str) -> None:
    data = rr.render(_plan(name, note, signal), recipient=note, made_at=datetime(2026, 4, 2, 9, 0))
    _assert_clean_pdf(data)


@settings(max_examples=250)
@given(hostile, hostile, hostile)
def test_report_with_hostile_text_never_fails_and_holds_no_link_or_image(name, note, signal):
    data = rr.render(_plan(name, note, signal), recipient=note, made_at=datetime(2026, 4, 2, 9, 0))
    _assert_clean_pdf(data)


def test_megabyte_note_and_long_word_are_shortened_not_fatal():
    note = ("Lange notitie met woorden. " * 40000) + "y" * 5000
    plan = _plan("Amal", note, "z" * 5000)
    data = rr.render(plan, made_at=datetime(2026, 4, 2, 9, 0))
    _assert_clean_pdf(data)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "ingekort" in text
