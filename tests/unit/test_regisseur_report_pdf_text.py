"""The shared PDF helpers: user text is escaped at one place, drawn with fonts that have
its glyphs, and never turns into links, images or a crash."""

from __future__ import annotations

import html
import io
import re

import pytest
from pypdf import PdfReader

from sleutelapp.exports import pdf_fonts, pdf_layout, pdf_password, pdf_text

HOSTILE = [
    "unbalanced <b>bold <i> <font size=300>BIG</font>",
    '<a href="https://example.invalid/x">click</a> <link href="x">y</link>',
    '<img src="/etc/passwd"/> <img src="file:///C:/secret.png" width="500"/>',
    "&amp; &lt; &#x41; &bogus; &",
    "ctrl \x01\x02\x1b[31m \u202eevil\u202c \u200f \u2066iso\u2069 end",
    "emoji 😀👍🏽 👨‍👩‍👧 中文",
    "Türkçe: Gülşen Çelik ığüşöç İ — Polski: Łódź żółć ĘĄŚ",
    "Arabic: أمل الحداد تكتب باللغة العربية — Tigrinya: ዮናስ ተስፋይ ሰላም ትግርኛ።",
]
_FONT_RUN = re.compile(r'<font face="([^"]+)">(.*?)</font>', re.S)


def _runs_of(markup: str) -> list[tuple[str, str]]:
    """(font name, visible text) of every run in escape()'s markup."""
    runs, position = [], 0
    latin = pdf_fonts.font_name("latin")
    for match in _FONT_RUN.finditer(markup):
        runs.append((latin, markup[position : match.start()]))
        runs.append((match.group(1), match.group(2)))
        position = match.end()
    runs.append((latin, markup[position:]))
    return [(font, html.unescape(text.replace("<br/>", "\n"))) for font, text in runs]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_opens_no_tag_but_font_and_line_break(text):
    markup = pdf_text.escape(text)
    tags = re.findall(r"<[^>]*>", markup)
    assert all(
        re.fullmatch(r'<font face="SleutelSans[A-Za-z-]*">|</font>|<br/>', t) for t in tags
    ), tags


@pytest.mark.parametrize("text", HOSTILE)
def test_every_character_is_drawn_by_a_font_that_has_its_glyph(text):
    for font, chunk in _runs_of(pdf_text.escape(text)):
        missing = {c for c in chunk if c != "\n" and ord(c) not in pdf_fonts.coverage(font)}
        assert not missing, (font, missing)


def test_arabic_and_ethiopic_go_to_their_own_fonts_and_letters_survive():
    runs = _runs_of(pdf_text.escape("Naam: أمل en ዮናስ"))
    by_font = {font: text for font, text in runs if text.strip()}
    assert "أمل" in by_font[pdf_fonts.font_name("arabic")]
    assert "ዮናስ" in by_font[pdf_fonts.font_name("ethiopic")]
    bold = pdf_text.escape("أمل", bold=True)
    assert pdf_fonts.font_name("arabic", bold=True) in bold


def test_invisible_direction_overrides_and_controls_are_removed():
    cleaned = pdf_text.clean("a\u202eb\x07c\u2066d\u2069\r\ne\tf\x00")
    assert cleaned == "abcd\ne f"


def test_emoji_become_a_visible_placeholder():
    assert pdf_text.clean("😀") == "😀"  # cleaning keeps them …
    assert pdf_text.escape("ok 😀") == "ok [?]"  # … drawing marks that something was there


def test_chunks_keep_every_character_of_long_text():
    text = ("woord " * 3000) + "x" * 5000
    pieces = pdf_text.chunks(text, 1000)
    assert "".join(pieces) == pdf_text.clean(text)
    assert max(len(p) for p in pieces) <= 1000


def test_shorten_cuts_at_a_word_and_counts_what_was_left_out():
    kept, cut = pdf_text.shorten("een twee drie vier vijf", 12)
    assert kept == "een twee"
    assert cut == len("een twee drie vier vijf") - len(kept)
    assert pdf_text.shorten("kort", 12) == ("kort", 0)


def _pdf_of(texts) -> bytes:
    style = pdf_layout.styles()["body"]
    story = [p for t in texts for p in pdf_text.paragraphs(t, style)]
    return pdf_layout.build_pdf(story, pdf_layout.PageInfo(footer="Vertrouwelijk"))


def test_hostile_text_makes_a_pdf_without_links_or_images_and_with_the_literal_text():
    data = _pdf_of(HOSTILE)
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    assert '<a href="https://example.invalid/x">' in text
    assert "<img src=" in text
    for page in reader.pages:
        assert "/Annots" not in page
        resources = page["/Resources"]
        assert "/XObject" not in resources
    assert b"/URI" not in data and not re.search(rb"/Subtype\s*/Image", data)
    fonts = {str(f) for page in reader.pages for f in (page["/Resources"]["/Font"].values())}
    assert len(fonts) >= 3  # Latin, Arabic and Ethiopic subsets are embedded


def test_footer_numbers_every_page():
    data = _pdf_of(["regel\n" * 400])
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages > 1
    for number, page in enumerate(reader.pages, start=1):
        assert f"Pagina {number} van {pages}" in page.extract_text()


def test_password_protected_pdf_opens_only_with_the_password():
    data = pdf_password.encrypt(_pdf_of(["geheim verslag"]), "sterk wachtwoord")
    assert b"geheim verslag" not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("fout")
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt("sterk wachtwoord")
    assert "geheim verslag" in reader.pages[0].extract_text()
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
