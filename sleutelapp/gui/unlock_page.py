"""The unlock page as a start paints it first, and the card that the pages before the work
share (a centred column of fixed width; see gate.py for the others).

Nothing here handles Qt events in Python: PySide builds its event classes (QEvent and its
179 types, then each subclass an event arrives as) for the first event handed to Python,
~3 ms before the first paint. The start window's page is built after the language is
chosen and offers no language switch; the main window's (gate.LiveUnlockPage) adds the
event handlers for switching language and for layout changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from sleutelapp.gui.forms.ui_unlock import Ui_UnlockPage
from sleutelapp.gui.i18n import INK_ROOM, in_ui_direction

_TITLE_POINTS = 20
_ERROR_COLOUR = "#b3261e"
CARD_WIDTH = 500

# A message on a page: a text, or a function that makes it in the UI language of the moment,
# so a message on screen follows a language switch (a text stays as it was given).
Message = str | Callable[[], str]


def message_text(message: Message | None) -> str:
    return in_ui_direction((message() if callable(message) else message) or "")


def style_title(label) -> None:
    """Large and semibold. A font, not a style sheet: the first style sheet of a start
    costs the unlock page ~1.5 ms (Qt builds its style-sheet style)."""
    font = label.font()
    font.setPointSize(_TITLE_POINTS)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def style_error(label) -> None:
    # Imported here: the unlock page styles its error label when it first says something
    # (PySide makes each Qt class with all its enums on first use, ~0.4 ms for these two).
    from PySide6.QtGui import QColor, QPalette

    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_ERROR_COLOUR))
    label.setPalette(palette)


def fix_card_width(card) -> None:
    """The card at its fixed width in every language, as tall as its text needs now."""
    card.setFixedWidth(CARD_WIDTH)
    for label in card.findChildren(QLabel):
        if label.wordWrap():  # in every language: the width of the card stays the same
            label.setContentsMargins(INK_ROOM, 0, INK_ROOM, 0)
    fit_card_height(card)


def fit_card_height(card) -> None:
    """Make a centred card as tall as its wrapped text needs at its fixed width.

    A centred item gets its size hint, and wrapped labels compute that hint for another
    width than they get, so lines were clipped; this asks the layout for the height at the
    real width."""
    needed = card.layout().totalHeightForWidth(CARD_WIDTH)
    if needed != card.minimumHeight():
        card.setMinimumHeight(needed)


def fit_card_height_soon(card) -> None:
    """`fit_card_height` in the next turn: after the layout has taken in a change of text
    or style (its cache is stale until then)."""
    QTimer.singleShot(0, card, lambda: fit_card_height(card))


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
        fix_card_width(self.ui.card)
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
