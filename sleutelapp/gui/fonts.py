"""Register the bundled Noto fonts at start, so Turkish, Arabic, Persian and Tigrinya show
without boxes on every machine (licence: resources/fonts/OFL.txt).

The GUI uses Noto Sans Arabic UI, the variant made for interfaces: its lines are as tall as
Noto Sans's, where Noto Sans Arabic's (kept for the PDFs) are half as tall again, which
pushed the Arabic and Persian pages past a 720-pixel screen.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

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
    return sorted(set(loaded))
