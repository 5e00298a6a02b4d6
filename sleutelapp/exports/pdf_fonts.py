"""The bundled Noto fonts, registered once with reportlab for every PDF the app writes.

Three families cover the scripts of the people this app is for: Noto Sans (Latin, Greek,
Cyrillic, Turkish and Polish letters), Noto Sans Arabic and Noto Sans Ethiopic (Tigrinya,
Amharic). Fonts are found through `sleutelapp.paths.resource`, so the same code works in a
checkout, an installed wheel and a PyInstaller bundle. reportlab embeds subsets of them.
"""

from __future__ import annotations

import threading
import unicodedata

from sleutelapp.paths import resource

# Role -> (reportlab font name, file under resources/fonts/).
FONT_FILES = {
    "latin": ("SleutelSans", "NotoSans-Regular.ttf"),
    "latin_bold": ("SleutelSans-Bold", "NotoSans-Bold.ttf"),
    "arabic": ("SleutelSansArabic", "NotoSansArabic-Regular.ttf"),
    "arabic_bold": ("SleutelSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    "ethiopic": ("SleutelSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
    "ethiopic_bold": ("SleutelSansEthiopic-Bold", "NotoSansEthiopic-Bold.ttf"),
}
SCRIPTS = ("latin", "arabic", "ethiopic")

_lock = threading.Lock()
_registered: dict[str, str] | None = None
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> dict[str, str]:
    """Register the bundled fonts (idempotent, thread-safe); return role -> font name.

    Roles: latin, latin_bold, arabic, arabic_bold, ethiopic, ethiopic_bold. The Latin
    family is also registered as a reportlab font family, so `<b>` in app-made markup
    switches to the bold face.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return dict(_registered)
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        font_class = _logical_font_class()
        names = {}
        for role, (name, filename) in FONT_FILES.items():
            font = font_class(name, str(resource("fonts", filename)))
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
            names[role] = name
        for script in SCRIPTS:
            regular, bold = names[script], names[f"{script}_bold"]
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)  # no italic faces bundled: stay upright
            addMapping(regular, 1, 1, bold)
            addMapping(bold, 0, 0, regular)
            addMapping(bold, 1, 0, bold)
            addMapping(bold, 0, 1, regular)
            addMapping(bold, 1, 1, bold)
        _registered = names
        return dict(names)


def font_name(script: str, bold: bool = False) -> str:
    """The reportlab name of the regular or bold face of a script's font."""
    return register_fonts()[f"{script}_bold" if bold else script]


def coverage(name: str) -> frozenset[int]:
    """Code points that the named registered font has a glyph for (its cmap)."""
    register_fonts()
    return _coverage[name]


def is_bold(name: str) -> bool:
    return name.endswith("-Bold")


# Arabic presentation forms: what a glyph that the font's cmap lists under one stands for.
_PRESENTATION = (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF))
# Per font: private-use code (reportlab's name for a shaped glyph without a cmap entry)
# -> the logical text it was shaped from.
_shaped_text: dict[str, dict[int, str]] = {}


def remember_shaped(name: str, shaped, logical: str) -> None:
    """Note which logical letters each private-use glyph of a shaped run stands for.

    `shaped` is reportlab's ShapedStr of `logical` (glyphs in display order, each with the
    index of the first logical character of its cluster).
    """
    clusters = sorted({data.cluster for data in shaped.__shapeData__})
    ends = dict(zip(clusters, [*clusters[1:], len(logical)], strict=True))
    known = _shaped_text.setdefault(name, {})
    for char, data in zip(shaped, shaped.__shapeData__, strict=True):
        code = ord(char)
        if 0xE000 <= code <= 0xF8FF and code not in known:
            known[code] = logical[data.cluster : ends[data.cluster]]


def logical_text(name: str, code: int) -> str:
    """The text a PDF reader should extract for one drawn code of a font.

    A glyph that joins several right-to-left letters (لا, لى, the لآ of الآن) lists them in
    display order: readers such as pdftotext rebuild the logical order by reversing each
    right-to-left run character by character, which turns them the right way round.
    """
    if any(code in r for r in _PRESENTATION):
        text = unicodedata.normalize("NFKC", chr(code))
    else:
        text = _shaped_text.get(name, {}).get(code, chr(code))
    if len(text) > 1 and all(unicodedata.bidirectional(c) in ("AL", "R") for c in text):
        return text[::-1]
    return text


def _to_unicode_cmap(font_name: str, base_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap as reportlab writes it, mapping shaped glyphs to logical text."""

    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    entries = [f"<{i:02X}> <{utf16(logical_text(font_name, v))}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({base_name})",
            f"/Ordering ({base_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{base_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _logical_font_class():
    """reportlab's TTFont, with a ToUnicode map that gives shaped Arabic back as letters.

    reportlab names each shaped glyph by a presentation-form code point (or a private-use
    one), so a reader would extract "ﻣﺤﻤﺪ" or unreadable codes instead of "محمد". After
    reportlab wrote a subset, its ToUnicode stream is replaced by one that maps every code
    to the logical letters it was shaped from.
    """
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class LogicalTTFont(TTFont):
        def addObjects(self, doc):  # noqa: N802 - reportlab override
            state = self.state.get(doc)
            subsets = [list(s) for s in state.subsets] if state is not None else []
            super().addObjects(doc)
            for number, subset in enumerate(subsets):
                base = b"".join(
                    (SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
                ).decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + base)
                if stream is not None and hasattr(stream, "content"):
                    stream.content = _to_unicode_cmap(self.fontName, base, subset)

    return LogicalTTFont
