"""The screens before the work: first start, unlock, and the recovery key shown once.

These pages only collect input and say what is wrong; the main window does the opening.
The unlock page is what a start paints first: the other pages' forms and the passphrase
rules are imported when those pages are built.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from sleutelapp.gui.forms.ui_unlock import Ui_UnlockPage
from sleutelapp.gui.i18n import (
    INK_ROOM,
    current_language,
    file_name,
    fill_language_choice,
    in_ui_direction,
)

_TITLE_POINTS = 20
_ERROR_COLOUR = "#b3261e"


def _style_title(label) -> None:
    """Large and semibold. A font, not a style sheet: the first style sheet of a start
    costs the unlock page ~1.5 ms (Qt builds its style-sheet style)."""
    font = label.font()
    font.setPointSize(_TITLE_POINTS)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def _style_error(label) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_ERROR_COLOUR))
    label.setPalette(palette)


CARD_WIDTH = 500

# A message on a page: a text, or a function that makes it in the UI language of the moment,
# so a message on screen follows a language switch (a text stays as it was given).
Message = str | Callable[[], str]


def _text(message: Message | None) -> str:
    return in_ui_direction((message() if callable(message) else message) or "")


class _CardHeight(QObject):
    """Keeps a centred card as tall as its wrapped text needs at its fixed width.

    A centred item gets its size hint, and wrapped labels compute that hint for another
    width than they get, so lines were clipped; this asks the layout for the height at the
    real width whenever the content changes (an error message appears, the language
    switches) and when the card is shown (text set while hidden posts no layout request).
    """

    def eventFilter(self, card, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            # After the layout has taken in the change, not before (its cache is stale here).
            QTimer.singleShot(0, card, lambda: _fit_height(card))
        return False


def _fit_height(card) -> None:
    needed = card.layout().totalHeightForWidth(CARD_WIDTH)
    if needed != card.minimumHeight():
        card.setMinimumHeight(needed)


def fix_card_width(card) -> None:
    card.setFixedWidth(CARD_WIDTH)
    for label in card.findChildren(QLabel):
        if label.wordWrap():  # in every language: the width of the card stays the same
            label.setContentsMargins(INK_ROOM, 0, INK_ROOM, 0)
    card.installEventFilter(_CardHeight(card))
    _fit_height(card)


class FirstStartPage(QWidget):
    create_requested = Signal(str)
    demo_requested = Signal()
    restore_requested = Signal()
    language_chosen = Signal(str)  # a language code; the window switches to it at once

    def __init__(self, parent=None):
        from sleutelapp.gui.forms.ui_first_start import Ui_FirstStartPage

        super().__init__(parent)
        self.ui = Ui_FirstStartPage()
        # The form in a scroll area: the longest gate page, in the longer translations, is
        # taller than a 1366×768 screen at 125 % (614 pixels), and a page of the window's
        # stack that cannot shrink makes the whole window too tall on every page.
        self._form = QWidget()
        self.ui.setupUi(self._form)
        scroll = QScrollArea(self)
        scroll.setObjectName("firstStartScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        from PySide6.QtCore import Qt  # not at import: the unlock page needs no Qt enums

        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; it scrolls
        scroll.setWidget(self._form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        fix_card_width(self.ui.card)
        self.setObjectName("firstStartPage")
        self._error: Message = ""
        _style_title(self.ui.titleLabel)
        _style_error(self.ui.errorLabel)
        self.ui.passphraseEdit.textChanged.connect(self._update_strength)
        self.ui.createButton.clicked.connect(self._create)
        self.ui.passphraseEdit.returnPressed.connect(self.ui.repeatEdit.setFocus)
        self.ui.repeatEdit.returnPressed.connect(self._passphrase_done)
        edits = list(self._profile_edits().values())
        for edit, following in itertools.pairwise(edits):
            edit.returnPressed.connect(following.setFocus)
        edits[-1].returnPressed.connect(self._create)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        fill_language_choice(self.ui.languageCombo)
        # Both at the top of the title's row; the label centred on the list's height.
        self.ui.languageLabel.setMinimumHeight(self.ui.languageCombo.sizeHint().height())
        self._show_current_language()
        self.ui.languageCombo.activated.connect(
            lambda index: self.language_chosen.emit(self.ui.languageCombo.itemData(index))
        )
        self._update_strength("")

    def _show_current_language(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(current_language())))
        combo.blockSignals(False)

    def language(self) -> str:
        """The code of the language chosen on this page (the one the window is in)."""
        return str(self.ui.languageCombo.currentData())

    def focus_first(self) -> None:
        """Put the cursor in the first field (the passphrase)."""
        self.ui.passphraseEdit.setFocus()

    def _update_strength(self, text: str) -> None:
        from sleutelapp.domain.passphrase import strength
        from sleutelapp.gui.strength_hint import strength_text

        self.ui.strengthBar.setValue(strength(text))
        self.ui.strengthLabel.setText(strength_text(text))

    def _passphrase_problem(self) -> bool:
        """Say what is wrong with the two passphrases; True when something is."""
        from sleutelapp.gui.strength_hint import refusal

        first, second = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        if refusal(first):
            # Said again in a new language for what the field holds then.
            self.show_error(lambda: refusal(self.ui.passphraseEdit.text()) or "")
            return True
        if first != second:
            self.show_error(
                lambda: self.tr("The two passphrases are not the same. Type them again.")
            )
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return True
        self.show_error("")
        return False

    def _passphrase_done(self) -> None:
        """Enter after the second passphrase: on to the name, the organisation and contact."""
        if not self._passphrase_problem():
            self.ui.keypersonNameEdit.setFocus()

    def _create(self) -> None:
        if not self._passphrase_problem():
            self.create_requested.emit(self.ui.passphraseEdit.text())

    def _profile_edits(self) -> dict:
        return {
            "keyperson_name": self.ui.keypersonNameEdit,
            "controller_name": self.ui.controllerNameEdit,
            "controller_contact": self.ui.controllerContactEdit,
        }

    def profile(self) -> dict[str, str]:
        """The settings chosen on this page (the texts only when filled in), for the new
        case file: the language chosen here is the case file's language from the start."""
        typed = {key: edit.text().strip() for key, edit in self._profile_edits().items()}
        return {"ui_language": self.language()} | {
            key: value for key, value in typed.items() if value
        }

    def show_error(self, message: Message) -> None:
        self._error = message
        self.ui.errorLabel.setText(_text(message))

    def clear(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        for edit in self._profile_edits().values():
            edit.clear()
        self.show_error("")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self._form)
            self._show_current_language()
            self._update_strength(self.ui.passphraseEdit.text())
            self.ui.errorLabel.setText(_text(self._error))
        super().changeEvent(event)


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    forgot_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        fix_card_width(self.ui.card)
        self.setObjectName("unlockPage")
        self._message: Message = ""
        _style_title(self.ui.titleLabel)
        _style_error(self.ui.errorLabel)
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.passphraseEdit.returnPressed.connect(self._unlock)
        self.ui.forgotButton.clicked.connect(self.forgot_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)

    def _unlock(self) -> None:
        if self.ui.passphraseEdit.text():
            self.unlock_requested.emit(self.ui.passphraseEdit.text())

    def show_error(self, message: Message, *, offer_restore: bool = False) -> None:
        self._message = message
        self.ui.errorLabel.setText(_text(message))
        self.ui.passphraseEdit.selectAll()
        if offer_restore:
            self.ui.restoreButton.setFlat(False)
            self.ui.restoreButton.setFocus()

    def reset(self, note: Message = "") -> None:
        self.ui.passphraseEdit.clear()
        self._message = note
        self.ui.errorLabel.setText(_text(note))
        self.ui.passphraseEdit.setFocus()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.errorLabel.setText(_text(self._message))
        super().changeEvent(event)


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once; continuing needs the "written down" tick."""

    done = Signal()

    def __init__(self, parent=None):
        from sleutelapp.gui.forms.ui_recovery_key import Ui_RecoveryKeyPage

        super().__init__(parent)
        self.ui = Ui_RecoveryKeyPage()
        self.ui.setupUi(self)
        fix_card_width(self.ui.card)
        self.setObjectName("recoveryKeyPage")
        _style_title(self.ui.titleLabel)
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
