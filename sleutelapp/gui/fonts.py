"""Register the bundled Noto fonts, so Turkish, Arabic, Persian and Tigrinya show without
boxes on every machine (licence: resources/fonts/OFL.txt): at start those of the scripts
the first page shows, the others when the main window is built.

The GUI uses Noto Sans Arabic UI, the variant made for interfaces: its lines are as tall as
Noto Sans's, where Noto Sans Arabic's (kept for the PDFs) are half as tall again, which
pushed the Arabic and Persian pages past a 720-pixel screen.
"""

from __future__ import annotations

import functools
import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

FAMILIES = ["Noto Sans", "Noto Sans Arabic UI", "Noto Sans Ethiopic"]  # in fallback order
# The bundled files of a script's family, by the first word of its letters' Unicode names.
SCRIPT_FILES = {"ARABIC": "NotoSansArabicUI-", "ETHIOPIC": "NotoSansEthiopic-"}
_families_of: dict[str, list[str]] = {}  # each file added in this process -> its families


def register(app, *first_page_languages: str) -> list[str]:
    """Add the bundled .ttf files and make Noto Sans (with its script fallbacks) the app
    font; the families registered so far.

    Every file; or, for the first page of a start, Noto Sans and the fonts of the scripts
    its languages' own names are written in only (the unlock page: its one language; the
    first-start page: every language it offers). The main window adds the others when it
    is built, before any name or text in another script can be shown (fewer files to read
    and parse before the first paint, ~0.8 ms for six)."""
    from sleutelapp.paths import resource

    try:
        folder = resource("fonts")
    except FileNotFoundError:
        return []
    files = sorted(folder.glob("*.ttf"))
    if first_page_languages:
        wanted = ("NotoSans-", *(f for code in first_page_languages for f in _script_files(code)))
        files = [path for path in files if path.name.startswith(wanted)]
    for path in files:
        if str(path) not in _families_of:
            font_id = QFontDatabase.addApplicationFont(str(path))
            found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _families_of[str(path)] = found
    loaded = {family for families in _families_of.values() for family in families}
    if "Noto Sans" in loaded:
        font = QFont(app.font())
        font.setFamilies([f for f in FAMILIES if f in loaded])
        if font.families() != app.font().families():
            # Only on a change: each new app font makes every widget lay out its text again.
            app.setFont(font)
    _drawable.cache_clear()
    return sorted(loaded)


def _script_files(code: str) -> tuple[str, ...]:
    """The file prefixes of the script fonts a language's own name is written in."""
    from sleutelapp.language import language

    scripts = {unicodedata.name(char, "").split(" ")[0] for char in language(code).name}
    return tuple(prefix for script, prefix in SCRIPT_FILES.items() if script in scripts)


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
