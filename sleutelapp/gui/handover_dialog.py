""" "Overdragen aan collega…": choose newcomers, name the colleague and a file; the
encrypted handover is written off the GUI thread, the one-time code is shown once (copy
or print), and the key person is offered to close or erase the handed-over newcomers.

The module functions `show_transfer_code` and `print_code` are the seams the tests answer;
the follow-up question is a prompt of gui/prompts.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sleutelapp.gui import prompts
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from sleutelapp.gui.forms.ui_transfer_code import Ui_TransferCodeDialog
from sleutelapp.gui.models.handover_models import ChoosableNewcomers
from sleutelapp.gui.screen_fit import fit_to_screen

FILTER = "Sleutelapp-overdracht (*.sleuteloverdracht)"
SUFFIX = ".sleuteloverdracht"


class TransferCodeDialog(QDialog):
    """Shows the code once, large and grouped, with Copy and Print."""

    def __init__(self, parent, code: str, path: Path, count: int):
        super().__init__(parent)
        self.ui = Ui_TransferCodeDialog()
        self.ui.setupUi(self)
        self.setObjectName("transferCodeDialog")
        self.code = code
        self.ui.savedLabel.setText(
            self.tr("The handover file for %n newcomer(s) was written:\n{0}", "", count).format(
                path
            )
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.ui.codeLabel.setFont(font)
        self.ui.codeLabel.setText(code)
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.printButton.clicked.connect(lambda: print_code(self, code))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        fit_to_screen(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.ui.copyButton.setText(self.tr("Copied"))


def print_code(parent, code: str) -> None:
    """Print the code on one sheet (no names on it: it is useless without the file)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    document.setPlainText(
        QCoreApplication.translate("HandoverDialog", "Sleutelapp transfer code (one-time):")
        + f"\n\n{code}\n\n"
        f"{date.today().isoformat()}"
    )
    document.print_(printer)


def show_transfer_code(parent, code: str, path: Path, count: int) -> None:
    dialog = TransferCodeDialog(parent, code, path, count)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def ask_follow_up(parent, count: int) -> str | None:
    """ "close", "erase" or None: what to do with the handed-over newcomers here."""
    return prompts.choose(
        parent,
        "Sleutelapp",
        QCoreApplication.translate(
            "HandoverDialog",
            "Your colleague takes over %n newcomer(s). Do you want to close them in your case "
            "file, or erase them for good?",
            "",
            count,
        ),
        [
            ("close", QCoreApplication.translate("HandoverDialog", "Close them")),
            ("erase", QCoreApplication.translate("HandoverDialog", "Erase for good…")),
        ],
        back=QCoreApplication.translate("HandoverDialog", "Keep as they are"),
    )


class HandoverDialog(QDialog):
    def __init__(self, parent, case, operations, preselected=()):
        super().__init__(parent)
        self.ui = ui = Ui_HandoverDialog()
        ui.setupUi(self)
        self.setObjectName("handoverDialog")
        self._case = case
        self._operations = operations
        self.result_ = None
        self.follow_up: str | None = None
        self.model = ChoosableNewcomers(case.newcomers.search_list(), preselected, self)
        ui.newcomersView.setModel(self.model)
        if self.model.rowCount():
            ui.newcomersView.setCurrentIndex(self.model.index(self.model.first_ticked_row()))
        suggested = prompts.documents_folder() / f"overdracht-{date.today().isoformat()}{SUFFIX}"
        ui.fileEdit.setText(str(suggested))
        ui.browseButton.clicked.connect(self.browse)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Hand over"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_to_screen(self)
        ui.newcomersView.setFocus()

    def browse(self) -> None:
        chosen = prompts.save_path(
            self, self.tr("Save the handover file"), Path(self.ui.fileEdit.text()), FILTER
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    def _target(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            self.ui.messageLabel.setText(self.tr("Choose where to save the handover file."))
            return None
        path = prompts.with_suffix(text, SUFFIX)
        if not path.parent.is_dir():
            self.ui.messageLabel.setText(
                self.tr("The folder {0} does not exist.").format(path.parent)
            )
            return None
        return path

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        chosen = self.model.ticked()
        if not chosen:
            self.ui.messageLabel.setText(self.tr("Tick at least one newcomer (Space)."))
            self.ui.newcomersView.setFocus()
            return
        path = self._target()
        if path is None:
            return
        if path.exists() and not prompts.confirm(
            self,
            "Sleutelapp",
            self.tr("{0} already exists. Replace it?").format(path.name),
            self.tr("Replace"),
        ):
            return
        try:
            result = self._operations.hand_over(
                self,
                self.tr("Writing the encrypted handover…"),
                chosen,
                path,
                self.ui.toEdit.text().strip(),
            )
        except (CaseError, OSError) as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        self.result_ = result
        show_transfer_code(self, result.code, result.path, len(chosen))
        self.follow_up = ask_follow_up(self, len(chosen))
        if self.follow_up == "close":
            self._close(chosen)
        elif self.follow_up == "erase":
            self._erase(chosen, result.sha256)
        super().accept()

    def _close(self, newcomer_ids) -> None:
        prompts.handled(self, self._operations.close_newcomers, newcomer_ids)

    def _erase(self, newcomer_ids, handover_sha256: str) -> None:
        from sleutelapp.gui.recipient_notice import disclosure_lines

        earlier = [
            d
            for newcomer_id in newcomer_ids
            for d in self._case.disclosures.for_newcomer(newcomer_id)
            if d.sha256 != handover_sha256
        ]
        detail = self.tr(
            "All their data is erased from your case file for good, the search index "
            "included. Your colleague keeps the handed-over copy."
        )
        if earlier:
            detail += "\n\n" + self.tr("Shared before; tell these recipients:") + "\n"
            detail += disclosure_lines(earlier)
        if not prompts.confirm(
            self,
            "Sleutelapp",
            self.tr("Erase %n newcomer(s) for good?", "", len(newcomer_ids)),
            self.tr("Erase for good"),
            detail=detail,
        ):
            return
        for newcomer_id in newcomer_ids:
            listed = [d for d in earlier if d.newcomer_id == newcomer_id]
            ok, _shared = prompts.handled(
                self, lambda i=newcomer_id, ls=listed: self._operations.erase_newcomer(i, listed=ls)
            )
            if not ok:
                return
        prompts.inform(
            self,
            "Sleutelapp",
            self.tr("Erased."),
            detail=(self.tr("Tell these recipients:") + "\n" + disclosure_lines(earlier))
            if earlier
            else "",
        )


def open_handover_dialog(parent, case) -> bool:
    """Show the dialog (the window's current newcomer ticked); True when a file was written."""
    current = getattr(parent, "current_newcomer_id", lambda: None)()
    dialog = HandoverDialog(parent, case, parent.operations, [current] if current else [])
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None
    finally:
        dialog.deleteLater()
