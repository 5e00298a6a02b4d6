"""The screens before the work as pages of the main window: unlock and the recovery key
shown once (the first-start page is first_start_page.py).

These pages only collect input and say what is wrong; the main window does the opening.
They are imported when the main window is built; a start paints the light unlock or
first-start page of the start window first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

from sleutelapp.gui.gate_card import (
    Message,
    fit_card_height,
    fit_card_height_soon,
    fix_card_width,
    style_title,
)
from sleutelapp.gui.i18n import file_name
from sleutelapp.gui.unlock_page import UnlockPage

__all__ = ["LiveUnlockPage", "Message", "RecoveryKeyPage"]


class _CardHeight(QObject):
    """Keeps a card as tall as its wrapped text needs (unlock_page.fit_card_height)
    whenever its content changes (an error message appears, the language switches) and
    when it is shown (text set while hidden posts no layout request)."""

    def eventFilter(self, card, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            fit_card_height_soon(card)
        return False


def follow_card_height(card) -> None:
    """Keep the card's height fitting its text from now on."""
    card.installEventFilter(_CardHeight(card))


class LiveUnlockPage(UnlockPage):
    """The unlock page of the main window, which lives through language switches and
    locks: it follows them (retranslated, its card fitted) as the other pages do."""

    def __init__(self, parent=None):
        super().__init__(parent)
        follow_card_height(self.ui.card)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._say(self._message)
        super().changeEvent(event)


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once; continuing needs the "written down" tick."""

    done = Signal()

    def __init__(self, parent=None):
        from sleutelapp.gui.forms.ui_recovery_key import Ui_RecoveryKeyPage

        super().__init__(parent)
        self.ui = Ui_RecoveryKeyPage()
        self.ui.setupUi(self)
        fix_card_width(self.ui.card, (self.ui.explainLabel, self.ui.keyLabel))
        fit_card_height(self.ui.card)
        follow_card_height(self.ui.card)
        self.setObjectName("recoveryKeyPage")
        style_title(self.ui.titleLabel)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(16)
        self.ui.keyLabel.setFont(mono)
        self.ui.keyLabel.setStyleSheet("border: 1px solid #9aa0a6;")
        self.ui.keyLabel.setMargin(12)  # a margin counts in the size hint; CSS padding did not
        # Two fixed lines instead of word wrap: a wrapped label under a style sheet can be
        # given one line's height, which hid the end of the key.
        self.ui.keyLabel.setWordWrap(False)
        self._key = ""
        self._settings: dict = {}
        self.ui.writtenCheck.toggled.connect(self.ui.continueButton.setEnabled)
        self.ui.continueButton.clicked.connect(self._done)
        self.ui.copyButton.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._key))
        self.ui.printButton.clicked.connect(self._print)

    def set_key(self, recovery_key: str, settings: dict | None = None) -> None:
        self._key = recovery_key
        self._settings = settings or {}
        self.ui.keyLabel.setText(_two_lines(recovery_key))
        self.ui.writtenCheck.setChecked(False)
        self.ui.writtenCheck.setFocus()

    def _print(self) -> None:
        from sleutelapp.exports.recovery_sheet import write_recovery_sheet
        from sleutelapp.gui import prompts

        # In the documents folder, never next to the app (whoever opens the app folder
        # should not find the key there).
        path = prompts.save_path(
            self,
            self.tr("Save the recovery sheet"),
            # A file name: without the direction mark a right-to-left text may start with.
            prompts.documents_folder() / file_name(self.tr("recovery-key.pdf")),
            "PDF (*.pdf)",
        )
        if not path:
            return
        try:
            write_recovery_sheet(path, self._key, self._settings)
        except OSError as exc:
            prompts.show_error(self, exc)
            return

    def _done(self) -> None:
        self._key = ""
        self.ui.keyLabel.clear()
        self.done.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.keyLabel.setText(_two_lines(self._key))
        super().changeEvent(event)


def _two_lines(recovery_key: str) -> str:
    """The recovery key as two lines of four groups, easy to copy onto paper."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + ("\n" + "-".join(groups[half:]) if groups[half:] else "")
