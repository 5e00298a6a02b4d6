"""Windows and dialogs sized to the screen they open on.

Every dialog calls `fit_to_screen` once it has its content: it gets the size it asks for,
but never more than the screen's available geometry minus the window frame, so its buttons
stay on screen at 1280×720 and at 125 % scaling (1366×768 gives 1093×614 logical pixels).
What does not fit then scrolls inside the dialog (a QScrollArea in its form).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's frame and title bar around the client area.
FRAME = QSize(16, 40)


def available_size(widget: QWidget | None = None) -> QSize:
    """The available geometry (without task bars) of the widget's screen, in logical pixels."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def room(available: QSize) -> QSize:
    """The largest client size a window may take on a screen of this available size."""
    return QSize(
        max(available.width() - FRAME.width(), 200), max(available.height() - FRAME.height(), 200)
    )


def fitted(wanted: QSize, available: QSize) -> QSize:
    """The wanted size, shrunk where the screen is smaller."""
    return wanted.boundedTo(room(available))


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> QSize:
    """Resize a window to what it wants (its size hint, or at least its current size),
    bounded by its screen; returns the size given."""
    available = available_size(window)
    if wanted is None:
        wanted = window.size().expandedTo(window.sizeHint())
    size = fitted(wanted, available)
    window.resize(size)
    return size
