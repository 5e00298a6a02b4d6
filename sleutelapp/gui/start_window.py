"""The first window of a start: only the unlock page, or on a new installation only the
first-start page, so it is painted at once.

The main window (its forms, models, dialogs and the libraries they use) is imported and
built when the person acts on this page: unlocking, "forgot passphrase", "restore",
creating the case file or trying the demo. It then takes over and handles the request as
if it had been made on its own page: a wrong passphrase is said on its unlock page, where
the person types again; the first-start page itself moves into the main window, with what
was typed in it, so nothing is copied or typed twice. A language chosen on the
first-start page is switched to here, before any main window exists.

It handles no Qt event in Python (see unlock_page.py): where the window was is kept when it
is hidden by a close, through its QWindow's signal instead of closeEvent.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class StartWindow(QMainWindow):
    """A light window with the unlock or first-start page; hands over to the main window
    when used."""

    def __init__(self, paths, prefs):
        super().__init__()
        self.paths = paths
        self.prefs = prefs
        self.main_window = None
        self.unlock_page = None
        self.first_start = None
        self._watching_close = False
        self._placed = None  # where it was first shown when no place was kept
        self.setWindowTitle("Sleutelapp")
        if needs_first_start(paths):
            self._show_first_start()
        else:
            self._show_unlock()
        geometry = prefs.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            from sleutelapp.gui.screen_fit import fit_to_screen

            fit_to_screen(self, QSize(1280, 800))

    def _show_unlock(self) -> None:
        from sleutelapp.gui.unlock_page import UnlockPage

        page = self.unlock_page = UnlockPage(self)
        self.setCentralWidget(page)
        page.unlock_requested.connect(self._hand_over_soon(lambda w, p: w.unlock(p)))
        page.forgot_requested.connect(
            self._hand_over_soon(lambda w: w.unlock_page.forgot_requested.emit())
        )
        page.restore_requested.connect(
            self._hand_over_soon(lambda w: w.unlock_page.restore_requested.emit())
        )

    def _show_first_start(self) -> None:
        from sleutelapp.gui.first_start_page import FirstStartPage

        page = self.first_start = FirstStartPage(self)
        self.setCentralWidget(page)
        page.create_requested.connect(self._hand_over_soon(lambda w, p: w.create_case(p)))
        page.demo_requested.connect(self._hand_over_soon(lambda w: w.open_demo()))
        page.restore_requested.connect(
            self._hand_over_soon(lambda w: w.first_start.restore_requested.emit())
        )
        page.language_chosen.connect(self._choose_language)

    def start(self) -> None:
        """After show(): the page ready for typing; where the window is kept on a close."""
        if not self._watching_close:
            self._watching_close = True
            self.winId()  # its QWindow exists from here (it does once shown)
            self.windowHandle().visibleChanged.connect(self._visible_changed)
            if self.prefs.geometry("main") is None:
                self._placed = self.saveGeometry()
        if self.unlock_page is not None:
            self.unlock_page.reset()
        if self.first_start is not None:
            self.first_start.focus_first()

    def _choose_language(self, code: str) -> None:
        """The first-start page's language list: switch now, and keep it for the next
        start (the case file, once made, keeps the language chosen here)."""
        from sleutelapp.gui import i18n

        if code != i18n.current_language():
            i18n.install(QApplication.instance(), code)
            self.first_start.retranslate()
        self.prefs.set_language(i18n.current_language())
        self.prefs.sync()

    def _hand_over_soon(self, then):
        """A slot for a page's request: in the next turn, so the page is painted first,
        hand over and call `then(main_window, *what_the_signal_carried)`. A timer rather
        than a queued connection: the page then imports no `Qt` namespace before it is
        painted (PySide6 makes all ~95 of its enums on import, ~12 ms)."""
        return lambda *args: _next_turn(self, lambda: self._hand_over(lambda w: then(w, *args)))

    def _hand_over(self, then) -> None:
        """Build the main window where this one is, show it, close this one, then act."""
        from sleutelapp.gui.main_window import MainWindow

        if self.main_window is None:
            page = self.first_start
            if page is not None:  # moves into the main window, which answers it from now
                self.takeCentralWidget()
                for signal in (
                    page.create_requested,
                    page.demo_requested,
                    page.restore_requested,
                    page.language_chosen,
                ):
                    signal.disconnect()
            self.main_window = MainWindow(self.paths, self.prefs, first_start=page)
        window = self.main_window
        window.setGeometry(self.geometry())
        window.start()
        window.show()
        if self.unlock_page is not None:
            self.unlock_page.reset()  # the passphrase does not stay in a hidden field
        self.hide()
        then(window)

    def _visible_changed(self, visible: bool) -> None:
        if visible or self.main_window is not None:
            return  # shown, or hidden to hand over: the main window keeps its own place
        # Closed on this page: keep where the window was. No write when it did not move:
        # from where it was kept, or (nothing kept) from where it was placed at first.
        geometry = self.saveGeometry()
        if geometry != (self.prefs.geometry("main") or self._placed):
            self.prefs.set_geometry("main", geometry)
            self.prefs.sync()


def _next_turn(owner, then) -> None:
    QTimer.singleShot(0, owner, then)


def first_page_languages(paths, language: str) -> tuple[str, ...]:
    """The languages whose scripts the first page shows, for the fonts registered before
    any window exists (a font registered later makes every widget lay out its text again):
    its own, or on the first-start page every language, each named in its own script."""
    if needs_first_start(paths):
        from sleutelapp.language import LANGUAGES

        return tuple(lang.code for lang in LANGUAGES)
    return (language,)


def needs_first_start(paths) -> bool:
    """True for a new installation: the first-start page is shown instead of unlocking."""
    return not (paths.db.exists() or paths.key.exists())
