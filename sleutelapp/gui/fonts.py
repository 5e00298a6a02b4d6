"""Register the bundled Noto fonts at start, so Turkish, Arabic and Tigrinya names show
without boxes on every machine (licence: resources/fonts/OFL.txt)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"]


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
