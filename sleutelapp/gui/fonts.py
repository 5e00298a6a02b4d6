"""Register the bundled Noto fonts at start, so Turkish, Arabic, Persian and Tigrinya show
without boxes on every machine (licence: resources/fonts/OFL.txt).

The GUI uses Noto Sans Arabic UI, the variant made for interfaces: its lines are as tall as
Noto Sans's, where Noto Sans Arabic's (kept for the PDFs) are half as tall again, which
pushed the Arabic and Persian pages past a 720-pixel screen.
"""

from __future__ import annotations

import functools
import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

FAMILIES = ["Noto Sans", "Noto Sans Arabic UI", "Noto Sans Ethiopic"]  # in fallback order


def register(app) -> list[str]:
    """Add every bundled .ttf and make Noto Sans (with its script fallbacks) the app font."""
    from sleutelapp.paths import resource

    loaded: list[str] = []
    try:
        folder = resource("fonts")
    except FileNotFoundError:
        return loaded
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    if "Noto Sans" in loaded:
        font = QFont(app.font())
        font.setFamilies([f for f in FAMILIES if f in loaded])
        app.setFont(font)
    _drawable.cache_clear()
    return sorted(set(loaded))


PLACEHOLDER = "\ufffd"  # �, in Noto Sans: seen as "a character that cannot be shown"
# Invisible by design: joiners, direction marks and isolates, variation selectors.
_INVISIBLE = {"Cf", "Cc", "Zs", "Zl", "Zp"}


def shown(text: str) -> str:
    """The text as this screen can draw it: a character that no font here has (an emoji, a
    script the app does not ship, on a machine without a font for it) becomes a visible
    placeholder instead of an empty box. Only for showing: what is stored stays as typed."""
    if text.isascii():
        return text
    return "".join(c if _drawable(c) else PLACEHOLDER for c in text)


@functools.cache
def _drawable(char: str) -> bool:
    if unicodedata.category(char) in _INVISIBLE or 0xFE00 <= ord(char) <= 0xFE0F:
        return True
    # The app font with Qt's fallbacks: the bundled fonts, then whatever the system has.
    return QFontMetrics(QGuiApplication.font()).inFontUcs4(ord(char))
