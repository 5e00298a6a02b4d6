""" "Agenda exporteren (.ics)…": the coming appointments and open tasks as a calendar file
for the key person's own calendar, private by default, written off the GUI thread and
registered in the disclosure register (sleutelapp/exports/calendar.py decides the content)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.domain.shown_names import FULL, INITIALS, KNOWN_AS
from sleutelapp.exports import calendar
from sleutelapp.gui import prompts
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_calendar_export_dialog import Ui_CalendarExportDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.screen_fit import fit_to_screen


class CalendarExportDialog(QDialog):
    """`saved` holds the disclosures written after acceptance (one per newcomer)."""

    def __init__(self, parent, operations, *, today: date | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_CalendarExportDialog()
        ui.setupUi(self)
        self.setObjectName("calendarExportDialog")
        self._operations = operations
        self._today = today or date.today()
        self.saved: list | None = None
        for text, choice in (
            (self.tr("Initials (A.K.)"), INITIALS),
            (self.tr("Known-as name"), KNOWN_AS),
            (self.tr("Full name"), FULL),
        ):
            ui.namesCombo.addItem(text, choice)
        ui.recipientEdit.setText(calendar.default_recipient())
        suggested = prompts.documents_folder() / f"agenda-{self._today.isoformat()}.ics"
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
        ui.daysSpin.setFocus()
        ui.daysSpin.selectAll()

    def browse(self) -> None:
        chosen = prompts.save_path(
            self,
            self.tr("Save the calendar file"),
            Path(self.ui.fileEdit.text()),
            self.tr("Calendar file (*.ics)"),
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    def options(self):
        from sleutelapp.exports.calendar import CalendarOptions

        ui = self.ui
        return CalendarOptions(
            days=ui.daysSpin.value(),
            names=ui.namesCombo.currentData(),
            with_location=ui.locationCheck.isChecked(),
            with_health_type=ui.healthCheck.isChecked(),
            language=current_language(),
        )

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        path = prompts.typed_file(self.ui.fileEdit.text(), ".ics")
        if path is None:
            self.ui.messageLabel.setText(self.tr("Choose an existing folder for the file."))
            self.ui.fileEdit.setFocus()
            return
        try:
            self.saved = self._operations.export_calendar(
                self,
                self.tr("Writing the calendar file…"),
                path,
                self.options(),
                self.ui.recipientEdit.text().strip() or calendar.default_recipient(),
                self._today,
            )
        except (CaseError, OSError) as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        prompts.inform(
            self,
            "Sleutelapp",
            self.tr("Saved. The Shared tab now says that these items went to your calendar:"),
            detail=str(path),
        )
        super().accept()


def open_calendar_export_dialog(parent, case) -> bool:
    """Show the dialog; True when a calendar file was written (and registered)."""
    dialog = CalendarExportDialog(parent, parent.operations)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
    finally:
        dialog.deleteLater()
