"""The one place where text typed by a user becomes reportlab paragraph markup.

reportlab paragraphs are a small XML language: unescaped user text can crash an export
(`<b>` without `</b>`), or put links and local images into a file (`<a href>`, `<img src>`).
Every PDF of the app therefore passes user text through `escape` (to compose with markup the
app wrote itself) or `paragraph` (a whole paragraph of user text). Both also

- drop control characters and the invisible direction overrides that can disguise text,
- put every run of Arabic or Ethiopic letters in the bundled font that has their glyphs
  (Noto Sans has none), so they do not show as boxes,
- replace a run of characters none of the bundled fonts can draw (emoji, CJK, Devanagari)
  by the visible placeholder "[?]", so the file never shows an empty box or "U+FFFD" that
  hides that something was there,
- normalise Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF, as text copied out
  of another PDF often is) to the letters they stand for, so they are shaped and ordered
  like typed Arabic.

Paragraphs holding right-to-left letters are drawn line by line in bidirectional display
order by `pdf_bidi.BidiParagraph` (the Unicode Bidirectional Algorithm from python-bidi,
Arabic runs shaped by HarfBuzz), so names read right to left and a PDF reader extracts
them in logical order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sleutelapp.exports import pdf_bidi, pdf_fonts

# Shown for characters no bundled font can draw (emoji, scripts the app does not ship):
# plain ASCII, so every font has it and a reader sees that something stood there. One
# placeholder stands for a whole run of such characters.
PLACEHOLDER = "[?]"

# Removed outright: C0/C1 controls (tab and newline are handled first), bidi embeddings,
# overrides and isolates, marks, BOM, interlinear annotation, surrogates, non-characters,
# and soft hyphens (reportlab's shaper fails on one that ends an Arabic word).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\ufffe\uffff]"
)
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Text made only of these needs no per-character script analysis (the common Dutch case).
_LATIN_ONLY = re.compile("[\n\x20-\x7e\xa0-\u024f\u2010-\u2027\u20ac]*")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
# A date written with hyphens (07-12-2026): inside right-to-left text the bidirectional
# algorithm makes its numbers Arabic numbers, which a hyphen does not join, so it would show
# as 2026-12-07; with slashes, which do join them, it keeps its reading order.
_HYPHEN_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
_ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f\U0001e7e0-\U0001e7ff]")


def clean(text: str | None) -> str:
    """User text with newlines normalised, tabs as spaces and invisible controls removed."""
    if not text:
        return ""
    text = _NEWLINES.sub("\n", str(text)).replace("\t", " ")
    text = _INVISIBLE.sub("", text)
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return unicodedata.normalize("NFC", text)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _script_of(char: str) -> str | None:
    """The script a character demands, or None for neutral characters (space, digits, …)."""
    if _ARABIC.match(char):
        return "arabic"
    if _ETHIOPIC.match(char):
        return "ethiopic"
    if unicodedata.category(char)[0] in "LM":
        return "latin"
    return None


def _joins_unknown(char: str) -> bool:
    """Zero-width joiners, variation selectors, skin-tone modifiers and combining marks."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf")
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0000 <= code <= 0xE01EF
    )


def _runs(text: str, bold: bool) -> list[tuple[str, str]]:
    """Split cleaned text into (script, text) runs whose characters the script's font has.

    Neutral characters stay in the current run when its font can draw them, so a phrase of
    several Arabic words reaches the shaper as one run. A run of uncovered characters
    becomes one PLACEHOLDER (in the Latin font); default-ignorable characters (zero-width
    joiners, variation selectors) and combining marks no font has are dropped.
    """
    fonts = {s: pdf_fonts.font_name(s, bold) for s in pdf_fonts.SCRIPTS}
    covers = {s: pdf_fonts.coverage(fonts[s]) for s in pdf_fonts.SCRIPTS}
    runs: list[tuple[str, list[str]]] = []
    current = "latin"
    for char in text:
        code = ord(char)
        if runs and runs[-1][1][-1] == PLACEHOLDER and _joins_unknown(char):
            continue  # a joiner, selector or modifier of an emoji already shown as [?]
        wanted = _script_of(char)
        if wanted is None:
            if char == "\n" or code in covers[current]:
                wanted = current
            else:
                wanted = next((s for s in pdf_fonts.SCRIPTS if code in covers[s]), None)
        if wanted is None or (code not in covers[wanted] and char != "\n"):
            if (
                unicodedata.category(char) in ("Mn", "Cf")
                or 0xFE00 <= code <= 0xFE0F
                or 0xE0100 <= code <= 0xE01EF
            ):
                continue
            if runs and runs[-1][0] == "latin" and runs[-1][1][-1:] == [PLACEHOLDER]:
                continue  # the same unknown word: one placeholder is enough
            wanted, char = "latin", PLACEHOLDER
        if not runs or runs[-1][0] != wanted:
            runs.append((wanted, []))
        runs[-1][1].append(char)
        current = wanted
    return [(script, "".join(chars)) for script, chars in runs]


def escape(text: str | None, *, bold: bool = False) -> str:
    """User text as safe paragraph markup, for composing with markup the app wrote.

    Nothing in the result can open a tag: `<`, `>` and `&` are escaped, and the only tags
    added are `<font face>` for Arabic/Ethiopic runs and `<br/>` for newlines. Use
    `bold=True` when the text sits inside `<b>` (or in a bold style) so the script fonts
    are bold too.
    """
    text = clean(text)
    if _LATIN_ONLY.fullmatch(text):
        return _xml(text).replace("\n", "<br/>")
    if pdf_bidi.has_rtl(text):
        text = _HYPHEN_DATE.sub(r"\1/\2/\3", text)
    parts = []
    for script, chunk in _runs(text, bold):
        body = _xml(chunk).replace("\n", "<br/>")
        if script == "latin":
            parts.append(body)
        else:
            parts.append(f'<font face="{pdf_fonts.font_name(script, bold)}">{body}</font>')
    return "".join(parts)


def markup_paragraph(markup: str, style):
    """A Paragraph of app-written markup in which user text went through `escape`.

    Markup holding right-to-left letters becomes a `pdf_bidi.BidiParagraph`, which draws
    each wrapped line in bidirectional display order and shapes its Arabic runs.
    """
    from reportlab.platypus import Paragraph

    if pdf_bidi.has_rtl(markup):
        return pdf_bidi.BidiParagraph(markup, style)
    return Paragraph(markup, style)


def paragraph(text: str | None, style):
    """A Paragraph showing exactly the user's text (safely escaped, right fonts)."""
    bold = pdf_fonts.is_bold(style.fontName)
    return markup_paragraph(escape(text, bold=bold), style)


def chunks(text: str | None, size: int = 1500) -> list[str]:
    """Cleaned text cut into pieces of about `size` characters, at newlines or spaces.

    reportlab re-wraps the rest of a paragraph at every page break, so one paragraph of a
    megabyte takes minutes; pieces of a page or less keep long text linear.
    """
    text = clean(text)
    pieces = []
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n"), window.rfind(" "))
            if cut > size // 2:
                end = start + cut + 1
        pieces.append(text[start:end])
        start = end
    return [p for p in pieces if p.strip()]


def paragraphs(text: str | None, style, *, size: int = 1500) -> list:
    """Long user text as several Paragraphs, so platypus can break pages cheaply."""
    return [paragraph(piece, style) for piece in chunks(text, size)] or [paragraph("", style)]


def shorten(text: str | None, limit: int) -> tuple[str, int]:
    """Text cut to at most `limit` characters at a word boundary; returns (text, cut count)."""
    text = clean(text)
    if len(text) <= limit:
        return text, 0
    cut = text.rfind(" ", limit // 2, limit + 1)
    kept = text[: cut if cut > 0 else limit].rstrip()
    return kept, len(text) - len(kept)


@lru_cache(maxsize=1)
def shaping_available() -> bool:
    """reportlab shapes Arabic only when the optional `uharfbuzz` package is installed."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True
