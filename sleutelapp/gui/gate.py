"""The screens before the work as pages of the main window: first start, unlock, and the
recovery key shown once.

These pages only collect input and say what is wrong; the main window does the opening.
Their forms and the passphrase rules are imported when the main window is built; a start
paints the light unlock page of unlock_page.py first.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

from sleutelapp.gui.i18n import current_language, file_name, fill_language_choice
from sleutelapp.gui.unlock_page import (
    Message,
    UnlockPage,
    fit_card_height_soon,
    fix_card_width,
    message_text,
    style_error,
    style_title,
)

__all__ = ["FirstStartPage", "LiveUnlockPage", "Message", "RecoveryKeyPage"]


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


class FirstStartPage(QWidget):
    create_requested = Signal(str)
    demo_requested = Signal()
    restore_requested = Signal()
    language_chosen = Signal(str)  # a language code; the window switches to it at once

    def __init__(self, parent=None):
        from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout

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
        follow_card_height(self.ui.card)
        self.setObjectName("firstStartPage")
        self._error: Message = ""
        style_title(self.ui.titleLabel)
        style_error(self.ui.errorLabel)
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
        self.ui.errorLabel.setText(message_text(message))

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
            self.ui.errorLabel.setText(message_text(self._error))
        super().changeEvent(event)


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
        fix_card_width(self.ui.card)
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
