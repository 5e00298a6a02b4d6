"""Start the desktop app (and `gui --smoke`): QApplication, fonts, language, one instance,
crash dialog, then the unlock page or, on a first start, the first-start page
(start_window.py).

Only what that page needs is imported before it is painted: the main window, its forms,
models and dialogs load when the person acts on it."""

from __future__ import annotations

import sys
import time

SMOKE_SETTLE_MS = 50


def run_app(paths, *, smoke: bool = False, passphrase: str | None = None) -> int:
    from sleutelapp.hardening import harden_process

    harden_process()  # already done by the command line; also when started otherwise
    from sleutelapp.gui import binding_guard

    binding_guard.apply()
    from PySide6.QtWidgets import QApplication

    from sleutelapp.gui import crash, fonts, i18n, instance
    from sleutelapp.gui.prefs import UiPrefs

    paths.ensure()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sleutelapp")
    app.setOrganizationName("Sleutelapp")
    app.setDesktopFileName("sleutelapp")
    from sleutelapp.gui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    prefs = UiPrefs(paths)
    from sleutelapp.gui.start_window import StartWindow, first_page_languages

    # The main window registers the others.
    fonts.register(app, *first_page_languages(paths, prefs.language()))
    i18n.install(app, prefs.language())

    lock = instance.acquire(paths)
    if lock is None:
        message = app.translate(
            "app",
            "Sleutelapp is already open for this data folder. Switch to that window; "
            "a second window on the same case file is not possible.",
        )
        if smoke:
            print(message, file=sys.stderr)
        else:
            _warn(message)
        return 1
    if isinstance(lock, instance.UnwritableLock):
        if smoke:
            print(lock.message(), file=sys.stderr)
        else:
            _warn(lock.message())
    crash.install(paths)

    try:
        if smoke and passphrase is not None:
            from sleutelapp.gui.main_window import MainWindow

            window = MainWindow(paths, prefs)
        else:
            window = StartWindow(paths, prefs)
        if smoke:
            if passphrase is None:
                return _smoke_gate(app, window)
            return _smoke(app, window, paths, passphrase)
        window.show()
        window.start()
        return app.exec()
    finally:
        lock.unlock()


def _warn(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, "Sleutelapp", message)


def _smoke_gate(app, window) -> int:
    """No passphrase given: show the unlock (or first-start) page, process events, quit."""
    started = time.perf_counter()
    window.show()
    window.start()
    app.processEvents()  # painted, and the queued work of the page (its card's height) done
    app.processEvents()
    page = window.centralWidget().objectName()
    if hasattr(window, "ui") and hasattr(window.ui, "pages"):
        page = window.ui.pages.currentWidget().objectName()
    window.close()
    app.processEvents()
    print(f"ok: {page} shown; window {1000 * (time.perf_counter() - started):.0f} ms")
    return 0


def _smoke(app, window, paths, passphrase: str | None) -> int:
    """Unlock, show the window with its data, process events, quit (tests, bench, bundle)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from sleutelapp.store.case import Case

    window.startup_checks = False  # no questions: --smoke must never wait for a person
    started = time.perf_counter()
    case = Case.open(paths, passphrase or "")
    unlocked = time.perf_counter()
    window.open_case(case)
    window.show()
    settle = QEventLoop()
    QTimer.singleShot(SMOKE_SETTLE_MS, settle.quit)  # paint, lay out, run queued work
    settle.exec()
    shown = window.newcomers.rowCount()
    window.close()
    app.processEvents()
    print(
        f"ok: {shown} newcomers shown; unlock {1000 * (unlocked - started):.0f} ms, "
        f"window {1000 * (time.perf_counter() - unlocked):.0f} ms"
    )
    return 0
