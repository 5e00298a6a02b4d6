"""The unlock page as a start paints it first (its card: gate_card.py; the main window's
pages before the work: gate.py).

Nothing here handles Qt events in Python: PySide builds its event classes (QEvent and its
179 types, then each subclass an event arrives as) for the first event handed to Python,
~3 ms before the first paint. The start window's page is built after the language is
chosen and offers no language switch; the main window's (gate.LiveUnlockPage) adds the
event handlers for switching language and for layout changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sleutelapp.gui.forms.ui_unlock import Ui_UnlockPage
from sleutelapp.gui.gate_card import (
    Message,
    fit_card_height,
    fit_card_height_soon,
    fix_card_width,
    message_text,
    style_error,
    style_title,
)


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    forgot_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self.setObjectName("unlockPage")
        self._message: Message = ""
        self._error_styled = False  # styled when it first says something (_say)
        style_title(self.ui.titleLabel)
        fix_card_width(self.ui.card, (self.ui.infoLabel, self.ui.errorLabel))
        fit_card_height(self.ui.card)
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.passphraseEdit.returnPressed.connect(self._unlock)
        self.ui.forgotButton.clicked.connect(self.forgot_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)

    def _unlock(self) -> None:
        if self.ui.passphraseEdit.text():
            self.unlock_requested.emit(self.ui.passphraseEdit.text())

    def _say(self, message: Message) -> None:
        """Put a message (an error, or a note such as "locked") under the passphrase."""
        self._message = message
        text = message_text(message)
        if text and not self._error_styled:
            style_error(self.ui.errorLabel)
            self._error_styled = True
        self.ui.errorLabel.setText(text)
        # Also once the window is shown: its style may give the texts other sizes.
        fit_card_height_soon(self.ui.card)

    def show_error(self, message: Message, *, offer_restore: bool = False) -> None:
        self._say(message)
        self.ui.passphraseEdit.selectAll()
        if offer_restore:
            self.ui.restoreButton.setFlat(False)
            self.ui.restoreButton.setFocus()

    def reset(self, note: Message = "") -> None:
        self.ui.passphraseEdit.clear()
        self._say(note)
        self.ui.passphraseEdit.setFocus()
