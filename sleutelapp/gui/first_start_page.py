"""The first-start page of a new installation, in two steps: the language and a passphrase
(twice), or the demo or a restore instead; then who keeps the case file, and create.

A start paints it in the light start window (start_window.py), like the unlock page: it
imports no main window, uses no `Qt` namespace and handles no Qt event in Python (see
unlock_page.py). The second step is built when the first is done. Whoever switches the
language calls `retranslate`. The main window takes the page over, with what was typed in
it, when it is used.

Each card is centred between spacers, so its row gives it the height its wrapped text
needs, also after a text changes: it needs no fitting and no event filter.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sleutelapp.gui.forms.ui_first_start import Ui_FirstStartPage
from sleutelapp.gui.gate_card import (
    Message,
    fix_card_width,
    message_text,
    style_error,
    style_title,
)
from sleutelapp.gui.i18n import current_language, fill_language_choice


class FirstStartPage(QWidget):
    create_requested = Signal(str)
    demo_requested = Signal()
    restore_requested = Signal()
    language_chosen = Signal(str)  # a language code; the window switches to it at once

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("firstStartPage")
        self._error: Message = ""
        self._error_styled = False  # the first step's, when it first speaks (show_error)
        self.passphrase_step = QWidget(self)
        self.passphrase_step.setObjectName("passphraseStep")
        self.ui = Ui_FirstStartPage()
        self.ui.setupUi(self.passphrase_step)
        self.profile_step: QWidget | None = None  # the second step, built when reached
        self.profile_ui = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.passphrase_step)

        ui = self.ui
        style_title(ui.titleLabel)
        ui.passphraseEdit.textChanged.connect(self._update_strength)
        ui.passphraseEdit.returnPressed.connect(ui.repeatEdit.setFocus)
        ui.repeatEdit.returnPressed.connect(self._passphrase_done)
        ui.nextButton.clicked.connect(self._passphrase_done)
        # The demo or a restore instead: a passphrase typed already does not wait in a
        # hidden field for the rest of the session.
        ui.demoButton.clicked.connect(self._forget_passphrases)
        ui.demoButton.clicked.connect(self.demo_requested)
        ui.restoreButton.clicked.connect(self._forget_passphrases)
        ui.restoreButton.clicked.connect(self.restore_requested)
        fill_language_choice(ui.languageCombo)
        self._show_current_language()
        ui.languageCombo.activated.connect(
            lambda index: self.language_chosen.emit(ui.languageCombo.itemData(index))
        )
        self._update_strength("")
        fix_card_width(
            ui.card, (ui.titleLabel, ui.introLabel, ui.strengthLabel, ui.errorLabel, ui.demoLabel)
        )

    # --- the steps ----------------------------------------------------------------------

    def on_profile_step(self) -> bool:
        return self.profile_step is not None and not self.profile_step.isHidden()

    def show_passphrase_step(self) -> None:
        """Back to the first step, with what was typed in it (a message of the second step
        stays behind: it would come back here after a language switch)."""
        # One step at a time, hidden first: both shown for a moment would make the window
        # as tall as both, and a window does not shrink back by itself.
        if self.profile_step is not None:
            self.profile_step.hide()
        self.passphrase_step.show()
        self.ui.passphraseEdit.setFocus()
        self.show_error("")

    def show_profile_step(self) -> None:
        """On to who keeps the case file (the passphrases stay in their hidden fields)."""
        form = self._profile_form()
        self.passphrase_step.hide()
        self.profile_step.show()
        form.keypersonNameEdit.setFocus()

    def _profile_form(self):
        if self.profile_ui is None:
            from sleutelapp.gui.forms.ui_first_start_profile import Ui_FirstStartProfile

            self.profile_step = QWidget(self)
            self.profile_step.setObjectName("profileStep")
            form = self.profile_ui = Ui_FirstStartProfile()
            form.setupUi(self.profile_step)
            style_title(form.titleLabel)
            style_error(form.errorLabel)
            fix_card_width(form.card, (form.titleLabel, form.profileLabel, form.errorLabel))
            edits = list(self._profile_edits().values())
            for edit, following in itertools.pairwise(edits):
                edit.returnPressed.connect(following.setFocus)
            edits[-1].returnPressed.connect(self._create)
            form.createButton.clicked.connect(self._create)
            form.backButton.clicked.connect(self.show_passphrase_step)
            self.profile_step.hide()
            self._layout.addWidget(self.profile_step)
        return self.profile_ui

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the language installed now (after a switch of language)."""
        self.ui.retranslateUi(self.passphrase_step)
        if self.profile_ui is not None:
            self.profile_ui.retranslateUi(self.profile_step)
        self._show_current_language()
        self._update_strength(self.ui.passphraseEdit.text())
        self.show_error(self._error)

    def _show_current_language(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(current_language())))
        combo.blockSignals(False)

    def language(self) -> str:
        """The code of the language chosen on this page (the one the window is in)."""
        return str(self.ui.languageCombo.currentData())

    # --- input --------------------------------------------------------------------------

    def focus_first(self) -> None:
        """Put the cursor in the first field of the step on screen."""
        if self.on_profile_step():
            self.profile_ui.keypersonNameEdit.setFocus()
        else:
            self.ui.passphraseEdit.setFocus()

    def _update_strength(self, text: str) -> None:
        from sleutelapp.domain.passphrase import strength
        from sleutelapp.gui.strength_hint import strength_text

        self.ui.strengthBar.setValue(strength(text))
        self.ui.strengthLabel.setText(strength_text(text))

    def _passphrase_problem(self) -> bool:
        """Say what is wrong with the two passphrases (on the first step); True when
        something is."""
        from sleutelapp.gui.strength_hint import refusal

        first, second = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        if refusal(first):
            self.show_passphrase_step()
            # Said again in a new language for what the field holds then.
            self.show_error(lambda: refusal(self.ui.passphraseEdit.text()) or "")
            return True
        if first != second:
            self.show_passphrase_step()
            self.show_error(
                lambda: self.tr("The two passphrases are not the same. Type them again.")
            )
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return True
        self.show_error("")
        return False

    def _passphrase_done(self) -> None:
        """Enter after the second passphrase, or Next: on to who keeps the case file."""
        if not self._passphrase_problem():
            self.show_profile_step()

    def _create(self) -> None:
        if not self._passphrase_problem():
            self.create_requested.emit(self.ui.passphraseEdit.text())

    def _profile_edits(self) -> dict:
        form = self.profile_ui
        if form is None:
            return {}
        return {
            "keyperson_name": form.keypersonNameEdit,
            "controller_name": form.controllerNameEdit,
            "controller_contact": form.controllerContactEdit,
        }

    def profile(self) -> dict[str, str]:
        """The settings chosen on this page (the texts only when filled in), for the new
        case file: the language chosen here is the case file's language from the start."""
        typed = {key: edit.text().strip() for key, edit in self._profile_edits().items()}
        return {"ui_language": self.language()} | {
            key: value for key, value in typed.items() if value
        }

    # --- messages -----------------------------------------------------------------------

    def show_error(self, message: Message) -> None:
        """A message on the step on screen (a function: it follows a language switch)."""
        self._error = message
        text = message_text(message)
        if self.on_profile_step():
            self.ui.errorLabel.clear()
            self.profile_ui.errorLabel.setText(text)
            return
        if self.profile_ui is not None:
            self.profile_ui.errorLabel.clear()
        if text and not self._error_styled:
            style_error(self.ui.errorLabel)  # a palette before the first paint costs it
            self._error_styled = True
        self.ui.errorLabel.setText(text)

    def _forget_passphrases(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()

    def clear(self) -> None:
        """Empty every field and go back to the first step (after the file is made)."""
        self._forget_passphrases()
        for edit in self._profile_edits().values():
            edit.clear()
        self.show_passphrase_step()
        self.show_error("")
