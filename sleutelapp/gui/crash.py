"""Unhandled exceptions become a dialog with a copyable report instead of a vanished app.

The report comes from applog.crash_report: exception type and stack only, no messages or
values, so no names or typed text. The window stays open and nothing typed is lost; the
crash is also written to the log, and faulthandler records hard crashes.
"""

from __future__ import annotations

import contextlib
import faulthandler
import sys

_fault_file = None


def handle(paths, exc: BaseException):
    """Log the crash and show the dialog (non-blocking); returns it for tests (None
    without a QApplication)."""
    from PySide6.QtWidgets import QApplication

    from sleutelapp import applog
    from sleutelapp.gui.crash_dialog import CrashDialog  # only when something went wrong

    with contextlib.suppress(OSError):  # a full disk must not hide the dialog
        applog.log_crash(paths, exc)
    if QApplication.instance() is None:
        return None
    parent = QApplication.activeWindow()
    dialog = CrashDialog(applog.crash_report(exc), parent)
    dialog.setModal(True)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog


def install(paths) -> None:
    """Route unhandled exceptions (also those raised in Qt slots) to the crash dialog."""
    global _fault_file
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            handle(paths, exc)
        except Exception:  # noqa: BLE001 - the crash handler itself must never crash
            previous(exc_type, exc, tb)

    sys.excepthook = hook
    try:
        paths.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        _fault_file = open(paths.logs / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_file)
    except OSError:
        _fault_file = None
