"""The app icon for windows and the About dialog, from the PNGs rendered by
packaging/make_icons.py (resources/icons/app/)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every bundled size, so each desktop picks a sharp one; empty if none is bundled."""
    from sleutelapp.paths import resource

    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource("icons", "app", f"sleutelapp-{size}.png")))
        except FileNotFoundError:
            continue
    return icon
