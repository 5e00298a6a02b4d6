""" "Papers for the newcomer…": "Mijn afspraken" or the consent sheet for the chosen
newcomer, in their language (preselected from the profile) with Dutch alongside, written
through the operations layer and registered as given to them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.gui import prompts
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_papers_dialog import Ui_PapersDialog
from sleutelapp.gui.i18n import file_name
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.language import QT_TRANSLATE_NOOP

CARD, SHEET = "card", "sheet"
# Suggested file names, never the newcomer's name; translated where they are suggested.
_FILE_STEMS = {
    CARD: QT_TRANSLATE_NOOP("PapersDialog", "appointments"),
    SHEET: QT_TRANSLATE_NOOP("PapersDialog", "consent"),
}


class PapersDialog(QDialog):
    """`saved` holds the disclosure of the written paper after acceptance."""

    def __init__(self, parent, case, operations, newcomer_id: str, *, paper: str = CARD):
        from sleutelapp.exports.newcomer_card import DEFAULT_WEEKS, MAX_WEEKS
        from sleutelapp.language import LANGUAGES, language

        super().__init__(parent)
        self.ui = ui = Ui_PapersDialog()
        ui.setupUi(self)
        self.setObjectName("papersDialog")
        self._operations = operations
        self._newcomer = case.newcomers.get(newcomer_id)
        self.saved = None
        ui.newcomerLabel.setText(self.tr("Newcomer: {0}").format(self._newcomer.name))
        ui.paperCombo.addItem(self.tr("My appointments (the coming weeks)"), CARD)
        ui.paperCombo.addItem(self.tr("Consent sheet to sign"), SHEET)
        for lang in LANGUAGES:
            ui.languageCombo.addItem(lang.name, lang.code)
        own = language(self._newcomer.language_code or None)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(own.code)))
        ui.weeksEdit.setRange(1, MAX_WEEKS)
        ui.weeksEdit.setValue(DEFAULT_WEEKS)
        ui.weeksEdit.set_unit(self.tr("weeks"))
        self._suggested = ""
        ui.paperCombo.currentIndexChanged.connect(self._paper_chosen)
        ui.paperCombo.setCurrentIndex(max(0, ui.paperCombo.findData(paper)))
        self._paper_chosen()
        ui.browseButton.clicked.connect(self.browse)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.messageLabel.setStyleSheet("color: #b3261e")
        fit_to_screen(self)
        ui.paperCombo.setFocus()

    def paper(self) -> str:
        return self.ui.paperCombo.currentData()

    def _paper_chosen(self, _index: int = 0) -> None:
        ui = self.ui
        card = self.paper() == CARD
        ui.weeksEdit.setEnabled(card)
        ui.weeksLabel.setEnabled(card)
        ui.explainLabel.setText(
            self.tr(
                "The planned appointments of the coming weeks: day, time, place, what it is "
                "and whether you go along, and how to reach you. Private notes and texts not "
                "marked shareable are left out."
            )
            if card
            else self.tr(
                "Every consent in plain words: what is shared, with whom and why, how to say "
                "no or withdraw later, with a place to sign. When the newcomer has signed, "
                "record the consent as signed on this sheet."
            )
        )
        suggested = str(
            prompts.documents_folder()
            / f"{file_name(self.tr(_FILE_STEMS[self.paper()]))}-{date.today()}.pdf"
        )
        if not ui.fileEdit.text().strip() or ui.fileEdit.text() == self._suggested:
            ui.fileEdit.setText(suggested)
        self._suggested = suggested

    def browse(self) -> None:
        from pathlib import Path

        chosen = prompts.save_path(
            self, self.tr("Save the paper"), Path(self.ui.fileEdit.text()), "PDF (*.pdf)"
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        ui = self.ui
        weeks = 0
        if self.paper() == CARD:
            problem = ui.weeksEdit.check()
            if problem:
                ui.weeksEdit.show_problem(problem)
                ui.messageLabel.setText(problem)
                ui.weeksEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            weeks = ui.weeksEdit.value() or 0
        path = prompts.typed_file(ui.fileEdit.text(), ".pdf")
        if path is None:
            ui.messageLabel.setText(self.tr("Choose an existing folder for the PDF."))
            ui.fileEdit.setFocus()
            return
        try:
            self.saved = self._operations.give_newcomer_paper(
                self,
                self.tr("Writing the paper…"),
                self.paper(),
                self._newcomer.id,
                path,
                weeks=weeks,
                language=ui.languageCombo.currentData(),
            )
        except (CaseError, OSError) as exc:
            ui.messageLabel.setText(error_text(exc))
            return
        prompts.inform(
            self,
            "Sleutelapp",
            self.tr("Saved and recorded in the disclosure register as given to the newcomer:"),
            detail=str(path),
        )
        super().accept()


def open_papers_dialog(parent, case, newcomer_id: str) -> bool:
    dialog = PapersDialog(parent, case, parent.operations, newcomer_id)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
    finally:
        dialog.deleteLater()
