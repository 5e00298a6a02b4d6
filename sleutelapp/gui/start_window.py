"""The first window of a start: only the unlock page, so it is painted at once.

The main window (its forms, models, dialogs and the libraries they use) is imported and
built when the person acts on this page: unlocking, "forgot passphrase" or "restore". It
then takes over on its own unlock page and handles the request as if it had been made
there (a wrong passphrase is said there, and the person types again there).

It handles no Qt event in Python (see unlock_page.py): where the window was is kept when it
is hidden by a close, through its QWindow's signal instead of closeEvent.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QMainWindow

from sleutelapp.gui.unlock_page import UnlockPage


class StartWindow(QMainWindow):
    """A light window with the unlock page; hands over to the main window when used."""

    def __init__(self, paths, prefs):
        super().__init__()
        self.paths = paths
        self.prefs = prefs
        self.main_window = None
        self._watching_close = False
        self.setWindowTitle("Sleutelapp")
        self.unlock_page = UnlockPage(self)
        self.setCentralWidget(self.unlock_page)
        # In the next turn, so the page is painted first. A timer rather than a queued
        # connection: the page then imports no `Qt` namespace before it is painted
        # (PySide6 makes all ~95 of its enums on import, ~12 ms).
        page = self.unlock_page
        page.unlock_requested.connect(lambda p: _next_turn(self, lambda: self._unlock(p)))
        page.forgot_requested.connect(
            lambda: _next_turn(
                self, lambda: self._hand_over(lambda w: w.unlock_page.forgot_requested.emit())
            )
        )
        page.restore_requested.connect(
            lambda: _next_turn(
                self, lambda: self._hand_over(lambda w: w.unlock_page.restore_requested.emit())
            )
        )
        geometry = prefs.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            from sleutelapp.gui.screen_fit import fit_to_screen

            fit_to_screen(self, QSize(1280, 800))

    def start(self) -> None:
        """After show(): the page ready for typing; where the window is kept on a close."""
        if not self._watching_close:
            self._watching_close = True
            self.winId()  # its QWindow exists from here (it does once shown)
            self.windowHandle().visibleChanged.connect(self._visible_changed)
        self.unlock_page.reset()

    def _unlock(self, passphrase: str) -> None:
        self._hand_over(lambda window: window.unlock(passphrase))

    def _hand_over(self, then) -> None:
        """Build the main window where this one is, show it, close this one, then act."""
        from sleutelapp.gui.main_window import MainWindow

        if self.main_window is None:
            self.main_window = MainWindow(self.paths, self.prefs)
        window = self.main_window
        window.setGeometry(self.geometry())
        window.show_unlock()
        window.show()
        self.unlock_page.reset()  # the passphrase does not stay in a hidden field
        self.hide()
        then(window)

    def _visible_changed(self, visible: bool) -> None:
        if visible or self.main_window is not None:
            return  # shown, or hidden to hand over: the main window keeps its own place
        # Closed on this page: keep where the window was (no write when it did not move).
        geometry = self.saveGeometry()
        if geometry != self.prefs.geometry("main"):
            self.prefs.set_geometry("main", geometry)
            self.prefs.sync()


def _next_turn(owner, then) -> None:
    QTimer.singleShot(0, owner, then)


def needs_first_start(paths) -> bool:
    """True for a new installation: the first-start page of the main window is shown."""
    return not (paths.db.exists() or paths.key.exists())
