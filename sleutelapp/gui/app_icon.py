"""The app icon for windows and the About dialog, from the PNGs rendered by
packaging/make_icons.py (resources/icons/app/)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every bundled size, so each desktop picks a sharp one; empty if none is bundled.

    Each file is added with its size (its name says it), so Qt reads a PNG only when that
    size is drawn instead of every one at start to learn its size (~1 ms)."""
    from sleutelapp.paths import resource

    icon = QIcon()
    try:
        folder = resource("icons", "app")
    except FileNotFoundError:
        return icon
    for size in ICON_SIZES:
        path = folder / f"sleutelapp-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
