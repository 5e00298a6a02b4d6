""" "Week as PDF…": one week of the agenda on paper for the key person, private by default
(initials, no health type, no place), in the UI language; written through Operations and
registered as "own agenda (paper)" (sleutelapp/exports/agenda_week.py decides the
content)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.domain.shown_names import FULL, INITIALS, KNOWN_AS
from sleutelapp.gui import prompts
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_agenda_week_dialog import Ui_AgendaWeekDialog
from sleutelapp.gui.labels import format_date
from sleutelapp.gui.screen_fit import fit_to_screen


class AgendaWeekDialog(QDialog):
    """`saved` holds the disclosures written after acceptance (one per newcomer)."""

    def __init__(self, parent, operations, week: tuple[date, date]):
        super().__init__(parent)
        self.ui = ui = Ui_AgendaWeekDialog()
        ui.setupUi(self)
        self.setObjectName("agendaWeekDialog")
        self._operations = operations
        self._week = week
        self.saved: list | None = None
        ui.introLabel.setText(
            self.tr("The week of {0} up to and including {1} as a PDF to print.").format(
                format_date(week[0]), format_date(week[1])
            )
        )
        for text, choice in (
            (self.tr("Initials (A.K.)"), INITIALS),
            (self.tr("Known-as name"), KNOWN_AS),
            (self.tr("Full name"), FULL),
        ):
            ui.namesCombo.addItem(text, choice)
        suggested = prompts.documents_folder() / f"agenda-week-{week[0].isoformat()}.pdf"
        ui.fileEdit.setText(str(suggested))
        ui.messageLabel.setStyleSheet("color: #b3261e")
        ui.browseButton.clicked.connect(self.browse)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_to_screen(self)
        ui.namesCombo.setFocus()

    def browse(self) -> None:
        chosen = prompts.save_path(
            self, self.tr("Save the week as PDF"), Path(self.ui.fileEdit.text()), "PDF (*.pdf)"
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    def options(self):
        from sleutelapp.exports.agenda_week import WeekOptions

        ui = self.ui
        return WeekOptions(
            names=ui.namesCombo.currentData(),
            with_health_type=ui.healthCheck.isChecked(),
            with_location=ui.locationCheck.isChecked(),
        )

    def accept(self) -> None:
        from sleutelapp.exports.agenda_week import default_recipient
        from sleutelapp.gui.i18n import current_language
        from sleutelapp.store.errors import CaseError

        path = prompts.typed_file(self.ui.fileEdit.text(), ".pdf")
        if path is None:
            self.ui.messageLabel.setText(self.tr("Choose an existing folder for the file."))
            self.ui.fileEdit.setFocus()
            return
        language = current_language()
        try:
            self.saved = self._operations.export_week_pdf(
                self,
                self.tr("Writing the PDF…"),
                path,
                self.options(),
                self._week[0],
                default_recipient(),
                language,
            )
        except (CaseError, OSError) as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        super().accept()


def open_agenda_week_dialog(parent, week: tuple[date, date]) -> bool:
    """Show the dialog; True when the PDF was written (and registered)."""
    dialog = AgendaWeekDialog(parent, parent.operations, week)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
    finally:
        dialog.deleteLater()
