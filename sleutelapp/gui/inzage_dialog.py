""" "Inzage voor nieuwkomer…": everything the case file holds about the chosen newcomer as
a PDF for them (AVG art. 15) in their language (preselected from the profile) with the Dutch
beside it, written off the GUI thread and registered as given to them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.gui import prompts
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_inzage_dialog import Ui_InzageDialog
from sleutelapp.gui.i18n import fill_language_choice
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.language import language


class InzageDialog(QDialog):
    def __init__(self, parent, case, operations, newcomer_id: str):
        super().__init__(parent)
        self.ui = ui = Ui_InzageDialog()
        ui.setupUi(self)
        self.setObjectName("inzageDialog")
        self._case = case
        self._operations = operations
        self._newcomer = case.newcomers.get(newcomer_id)
        self.saved = None
        ui.newcomerLabel.setText(self.tr("Newcomer: {0}").format(self._newcomer.name))
        ui.summaryLabel.setText(
            self.tr(
                "The copy holds the profile, {0} (private notes included), {1} and {2}."
            ).format(
                self.tr("%n entry(ies)", "", case.entries.count_for(newcomer_id)),
                self.tr("%n consent(s)", "", len(case.consents.for_newcomer(newcomer_id))),
                self._shared(len(case.disclosures.for_newcomer(newcomer_id))),
            )
        )
        fill_language_choice(ui.languageCombo)
        own = language(self._newcomer.language_code or None)  # the profile's, else Dutch
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(own.code)))
        suggested = prompts.documents_folder() / f"inzage-{date.today().isoformat()}.pdf"
        ui.fileEdit.setText(str(suggested))
        ui.browseButton.clicked.connect(self.browse)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_to_screen(self)
        ui.fileEdit.setFocus()

    def _shared(self, times: int) -> str:
        if not times:
            return self.tr("what was shared (nothing yet)")
        return self.tr("what was shared (%n time(s))", "", times)

    def browse(self) -> None:
        chosen = prompts.save_path(
            self, self.tr("Save the copy"), Path(self.ui.fileEdit.text()), "PDF (*.pdf)"
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        path = prompts.typed_file(self.ui.fileEdit.text(), ".pdf")
        if path is None:
            self.ui.messageLabel.setText(self.tr("Choose an existing folder for the PDF."))
            self.ui.fileEdit.setFocus()
            return
        try:
            self.saved = self._operations.give_inzage(
                self,
                self.tr("Writing the copy…"),
                self._newcomer.id,
                path,
                language=self.ui.languageCombo.currentData(),
            )
        except (CaseError, OSError) as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        prompts.inform(
            self,
            "Sleutelapp",
            self.tr("Saved and recorded in the disclosure register as given to the newcomer:"),
            detail=str(path),
        )
        super().accept()


def open_inzage_dialog(parent, case, newcomer_id: str) -> bool:
    dialog = InzageDialog(parent, case, parent.operations, newcomer_id)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
    finally:
        dialog.deleteLater()
