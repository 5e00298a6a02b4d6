"""Known problems (store.errors.CaseError) shown as one clear message box.

The message comes from the error itself, in the UI language; it says what happened and
what to do next. Bugs do not come here: they go to the crash dialog (gui/crash.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sleutelapp.gui.i18n import current_language

PROBLEMS_SHOWN = 8  # problems of a refused import listed in the box itself


def case_error_box(parent: QWidget | None, exc) -> QMessageBox:
    """The message box for a CaseError (or a disk/file OSError), not yet shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Sleutelapp"))
    lines = getattr(exc, "lines", None)
    if callable(lines) and getattr(exc, "total", 0) > 1:
        # A refused import lists its problems: the first few in the box, all under Details.
        language = current_language()
        listed = lines(language)
        box.setText(exc.headline(language))
        shown = listed[:PROBLEMS_SHOWN] + (["…"] if len(listed) > PROBLEMS_SHOWN else [])
        box.setInformativeText("\n".join(f"• {line}" for line in shown))
        box.setDetailedText("\n".join(listed))
    else:
        box.setText(error_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def error_text(exc) -> str:
    """The user's line for a known error in the UI language."""
    language = current_language()
    message = getattr(exc, "message", None)
    if callable(message):
        return message(language)
    from sleutelapp.store.connection import is_write_refused

    if isinstance(exc, OSError) and is_write_refused(exc):
        return QCoreApplication.translate(
            "errors", "The disk is full; nothing was saved. Free some space and try again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "The file could not be used: {0}").format(
            exc.strerror or exc
        )
    return str(exc)


def show_case_error(parent: QWidget | None, exc) -> None:
    """Show a known error modally; returns when the user has read it."""
    case_error_box(parent, exc).exec()
