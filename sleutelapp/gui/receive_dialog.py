""" "Overdracht ontvangen…": a colleague's handover file and the code they passed on; the
file is opened, checked and written into the case off the GUI thread, all or nothing.
A wrong code or a refused file is told in the dialog, which stays open to try again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.gui import prompts
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_receive_dialog import Ui_ReceiveDialog
from sleutelapp.gui.handover_dialog import FILTER
from sleutelapp.gui.screen_fit import fit_to_screen


class ReceiveDialog(QDialog):
    def __init__(self, parent, operations):
        super().__init__(parent)
        self.ui = ui = Ui_ReceiveDialog()
        ui.setupUi(self)
        self.setObjectName("receiveDialog")
        self._operations = operations
        self.received = None
        ui.browseButton.clicked.connect(self.browse)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Receive"))
        ok.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_to_screen(self)
        ui.fileEdit.setFocus()

    def browse(self) -> None:
        chosen = prompts.open_path(
            self, self.tr("Open a handover file"), prompts.documents_folder(), FILTER
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)
            self.ui.codeEdit.setFocus()

    def _fail(self, text: str, widget) -> None:
        self.ui.messageLabel.setText(text)
        widget.setFocus()
        widget.selectAll()

    def accept(self) -> None:
        from sleutelapp.exports.handover_file import WrongTransferCode, normalise_code
        from sleutelapp.store.errors import CaseError

        path = Path(self.ui.fileEdit.text().strip())
        if not self.ui.fileEdit.text().strip() or not path.is_file():
            self._fail(self.tr("Choose the handover file first."), self.ui.fileEdit)
            return
        try:
            code = normalise_code(self.ui.codeEdit.text())
        except CaseError as exc:
            self._fail(error_text(exc), self.ui.codeEdit)
            return
        try:
            received = self._operations.receive_handover(
                self, self.tr("Opening and checking the handover…"), path, code
            )
        except WrongTransferCode as exc:
            self._fail(error_text(exc), self.ui.codeEdit)
            return
        except (CaseError, OSError) as exc:
            self._fail(error_text(exc), self.ui.fileEdit)
            return
        self.received = received
        names = "\n".join(f"• {n.display_name}" for n in received.newcomers)
        prompts.inform(
            self,
            "Sleutelapp",
            self.tr("Received {0} with {1}.").format(
                self.tr("%n newcomer(s)", "", len(received.newcomers)),
                self.tr("%n entry(ies)", "", len(received.entries)),
            ),
            detail=names,
        )
        super().accept()


def open_receive_dialog(parent, case) -> bool:
    """Show the dialog; True when a handover was received (`case` is the window's)."""
    dialog = ReceiveDialog(parent, parent.operations)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.received is not None
    finally:
        dialog.deleteLater()
