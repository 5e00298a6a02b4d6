"""The bundled Noto fonts, registered once with reportlab for every PDF the app writes.

Three families cover the scripts of the people this app is for: Noto Sans (Latin, Greek,
Cyrillic, Turkish and Polish letters), Noto Sans Arabic and Noto Sans Ethiopic (Tigrinya,
Amharic). Fonts are found through `sleutelapp.paths.resource`, so the same code works in a
checkout, an installed wheel and a PyInstaller bundle. reportlab embeds subsets of them.
"""

from __future__ import annotations

import threading

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
        from reportlab.pdfbase.ttfonts import TTFont

        names = {}
        for role, (name, filename) in FONT_FILES.items():
            font = TTFont(name, str(resource("fonts", filename)))
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
