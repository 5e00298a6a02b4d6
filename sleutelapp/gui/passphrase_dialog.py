"""Change the passphrase: the data key is re-wrapped, the database is not touched."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.gui import prompts
from sleutelapp.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from sleutelapp.gui.operations import Operations
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.strength_hint import refusal, strength_text


class PassphraseDialog(QDialog):
    def __init__(self, parent, case, kdf=None):
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self._case = case
        self._kdf = kdf
        self.ui.newEdit.textChanged.connect(
            lambda text: self.ui.strengthLabel.setText(strength_text(text))
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.errorLabel.setStyleSheet("color: #b3261e")
        fit_to_screen(self)

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        new, repeat = self.ui.newEdit.text(), self.ui.repeatEdit.text()
        if refusal(new):
            self.ui.errorLabel.setText(refusal(new))
            return
        if new != repeat:
            self.ui.errorLabel.setText(self.tr("The two passphrases are not the same."))
            return
        operations = Operations.of(self.parent(), self._case)
        try:
            operations.change_passphrase(self, self.tr("Changing the passphrase…"), new, self._kdf)
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        for edit in (self.ui.newEdit, self.ui.repeatEdit):
            edit.clear()  # the new passphrase does not stay in a closed dialog
        super().accept()
