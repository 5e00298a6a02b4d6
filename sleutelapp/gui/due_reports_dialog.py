""" "Rapporten die klaar moeten zijn": every regisseur report due for the last complete
period, made at once into one folder.

The list shows each due newcomer with a checkbox (Space ticks or unticks the current row);
the right pane previews the current row's report with the same plan and render as the
single report dialog (exports/regisseur_report.py). "Maken" writes the ticked ones off the
GUI thread with progress (exports/due_reports.py): one file and one disclosure row each.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress, run_with_steps
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_due_reports_dialog import Ui_DueReportsDialog
from sleutelapp.gui.pdf_preview import PdfPreview
from sleutelapp.gui.report_periods import period_text
from sleutelapp.gui.screen_fit import fit_to_screen


class DueReportsModel(QAbstractTableModel):
    """The due reports, each with a tick (all ticked at first): newcomer, period, file."""

    NAME, PERIOD, FILE = range(3)
    DueRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []  # (DueReport, file name)
        self._ticked: set[str] = set()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked = {due.newcomer_id for due, _name in self._rows}
        self.endResetModel()

    def ticked(self) -> list:
        return [due for due, _name in self._rows if due.newcomer_id in self._ticked]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        due, name = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return due.display_name
            if column == self.PERIOD:
                return period_text(due.period)
            if column == self.FILE:
                return name
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return (
                Qt.CheckState.Checked
                if due.newcomer_id in self._ticked
                else Qt.CheckState.Unchecked
            )
        if role == self.DueRole:
            return due
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        due = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(due.newcomer_id)
        else:
            self._ticked.discard(due.newcomer_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            index = self.index(row, self.NAME)
            checked = self._rows[row][0].newcomer_id in self._ticked
            self.setData(
                index,
                Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Newcomer"), self.tr("Period"), self.tr("File name"))[section]


# --- prompts (the seam for tests) -------------------------------------------------------


def _documents() -> Path:
    return prompts.documents_folder()


def _choose_folder(parent, title: str, start: Path) -> str | None:
    return prompts.choose_folder(parent, title, start)


def _inform(parent, title: str, text: str, *, warning: bool = False) -> None:
    prompts.inform(parent, title, text, warning=warning)


# --- the dialog -------------------------------------------------------------------------


class DueReportsDialog(QDialog):
    """`made` holds the reports written (MadeReport) after "Maken"."""

    def __init__(self, parent, case, today: date | None = None):

        super().__init__(parent)
        self.ui = ui = Ui_DueReportsDialog()
        ui.setupUi(self)
        self.setObjectName("dueReportsDialog")
        self._case = case
        self._today = today or date.today()
        self.made: list = []
        self.pdf: bytes | None = None

        self._pdf_preview = PdfPreview(self, ui.previewPane)
        self.document, self.preview = self._pdf_preview.document, self._pdf_preview.view
        ui.previewLayout.insertWidget(0, self.preview, 1)  # its caption stays below it
        QWidget.setTabOrder(ui.showPasswordCheck, self.preview)  # the right pane after the left

        self.model = DueReportsModel(ui.dueView)
        ui.dueView.setModel(self.model)
        header = ui.dueView.horizontalHeader()
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.dueView.verticalHeader().hide()
        ui.dueView.installEventFilter(self)
        self.model.dataChanged.connect(self._update_button)
        ui.folderEdit.setText(str(_documents()))
        ui.folderButton.clicked.connect(self._choose)
        ui.showPasswordCheck.toggled.connect(
            lambda on: ui.passwordEdit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        ui.recipientEdit.editingFinished.connect(self.show_preview)
        ui.buttonBox.accepted.connect(self.make)
        ui.buttonBox.rejected.connect(self.reject)
        self._texts()
        self.reload()
        ui.dueView.selectionModel().currentRowChanged.connect(lambda *_: self.show_preview())
        ui.splitter.setSizes([560, 620])
        fit_to_screen(self)
        if self.model.rowCount():
            ui.dueView.setCurrentIndex(self.model.index(0, 0))
        ui.dueView.setFocus()

    def _texts(self) -> None:
        self._make_button().setText(self.tr("&Make reports"))
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.ui.dueView.setAccessibleName(self.tr("Reports to make"))

    def _make_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """Space ticks or unticks the current row of the list (the keyboard way to choose)."""
        if (
            watched is self.ui.dueView
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            self.model.toggle(self.ui.dueView.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    # -- the list --

    def reload(self) -> None:
        from sleutelapp.exports.due_reports import file_names
        from sleutelapp.store import report_schedules

        due = report_schedules.due(self._case, self._today)
        names = file_names(self._case, due)
        self.model.set_rows([(d, names[d.newcomer_id]) for d in due])
        self._update_button()
        if not due:
            self._show_pdf(None)

    def _update_button(self, *_args) -> None:
        ticked = len(self.model.ticked())
        total = self.model.rowCount()
        self._make_button().setEnabled(ticked > 0)
        if total == 0:
            text = self.tr("All reports are made: nothing is due.")
        else:
            text = self.tr("%n of {0} report(s) ticked.", "", ticked).format(total)
        self.ui.statusLabel.setText(text)

    def current_due(self):
        index = self.ui.dueView.currentIndex()
        return index.data(DueReportsModel.DueRole) if index.isValid() else None

    # -- preview --

    def show_preview(self) -> None:
        """Render the current row's report as it will be saved (before the password)."""
        from sleutelapp.store.errors import CaseError

        due = self.current_due()
        if due is None:
            self._show_pdf(None)
            return
        try:
            self.pdf = run_with_progress(
                self,
                self.tr("Making the preview…"),
                _render,
                self._case,
                due,
                self.ui.recipientEdit.text(),
                self._today,
            )
        except CaseError as exc:
            self.pdf = None
            self.ui.statusLabel.setText(error_text(exc))
        self._show_pdf(self.pdf)

    def _show_pdf(self, pdf: bytes | None) -> None:
        self._pdf_preview.show(pdf)

    # -- folder and making --

    def _choose(self) -> None:
        start = Path(self.ui.folderEdit.text().strip() or _documents())
        chosen = _choose_folder(self, self.tr("Folder for the reports"), start)
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def make(self) -> None:
        from sleutelapp.exports import due_reports
        from sleutelapp.store.errors import CaseError

        ticked = self.model.ticked()
        if not ticked:
            return
        folder = Path(self.ui.folderEdit.text().strip() or _documents()).expanduser()
        if not folder.is_absolute():  # a typed name means a folder in Documents
            folder = _documents() / folder
        password = self.ui.passwordEdit.text() or None
        try:
            self.made = run_with_steps(
                self,
                self.tr("Making the reports…"),
                partial(
                    due_reports.make_all,
                    recipient=self.ui.recipientEdit.text(),
                    password=password,
                    today=self._today,
                ),
                self._case,
                ticked,
                folder,
            )
        except (CaseError, OSError) as exc:
            self.reload()  # what was made before the problem is registered; the rest stays due
            _inform(
                self,
                self.tr("Not all reports were made"),
                error_text(exc),
                warning=True,
            )
            return
        _inform(
            self,
            self.tr("Reports made"),
            self.tr(
                "%n report(s) saved in {0}. Each one is recorded on the Shared tab of its "
                "newcomer.",
                "",
                len(self.made),
            ).format(folder)
            + (" " + self.tr("All files have the password you typed.") if password else ""),
        )
        self.accept()


def _render(case, due, recipient, today):
    """Worker-thread part of a preview: the same plan and render as the saved report."""
    from sleutelapp.exports import regisseur_report as rr

    plan = rr.plan_report(case, due.newcomer_id, due.period.start, due.period.end, today=today)
    return rr.render(plan, recipient.strip() or plan.newcomer.regisseur, datetime.now())


def open_due_reports_dialog(parent, case) -> bool:
    """Show the dialog; True when reports were written (and registered)."""
    dialog = DueReportsDialog(parent, case)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.made)
    finally:
        dialog.deleteLater()
