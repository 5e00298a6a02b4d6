"""The "Anonieme samenvatting" dialog: pick a period and label, see the tables exactly as
they will be sent (suppressed cells shown as such), save JSON and PDF.

Also holds `SummaryTableModel`, the read-only view of one summary table that the merge
dialog shows too. Texts are nl/en pairs (Dutch first) picked by the UI language.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from sleutelapp.domain import anonymity
from sleutelapp.domain.anonymity import (
    AT_LEAST,
    MONTHS_NL,
    SUPPRESSED,
    TABLE_BY_ID,
    TABLES,
    Summary,
    Table,
    code_label,
)
from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.errors import show_case_error
from sleutelapp.gui.forms.ui_summary_dialog import Ui_SummaryDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import pick
from sleutelapp.gui.screen_fit import fit_to_screen

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def legend_text(k: int) -> str:
    return anonymity.legend(k, current_language())


class SummaryTableModel(QAbstractTableModel):
    """One table of a summary with a total row and (for two-way tables) a total column."""

    CellRole = Qt.ItemDataRole.UserRole + 1  # the anonymity.Cell behind a position

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def _two_way(self) -> bool:
        return self._table is not None and bool(self._table.row_totals)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns) + (1 if self._two_way() else 0)

    def cell(self, row: int, column: int):
        table = self._table
        last_row, last_column = len(table.rows), len(table.columns)
        if row == last_row:
            return table.total if column == last_column else table.column_totals[column]
        return table.row_totals[row] if column == last_column else table.cells[row][column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._table is None:
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.status == SUPPRESSED or cell.newcomers is None or cell.value == 0:
                return cell.display()
            return f"{cell.display()}  ({cell.newcomers})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.status == SUPPRESSED:
                return pick(
                    "Niet getoond om de privacy te beschermen.", "Not shown to protect privacy."
                )
            if cell.status == AT_LEAST:
                return pick(
                    "Minstens dit aantal: in een deel van de samenvattingen was deze "
                    "cel niet getoond.",
                    "At least this number: some summaries did not show this cell.",
                )
            return pick(
                f"Rust op {cell.newcomers} nieuwkomers.", f"Rests on {cell.newcomers} newcomers."
            )
        if role == Qt.ItemDataRole.FontRole and self._is_total(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.CellRole:
            return cell
        return None

    def _is_total(self, index: QModelIndex) -> bool:
        return index.row() == len(self._table.rows) or (
            self._two_way() and index.column() == len(self._table.columns)
        )

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        language = current_language()
        total = pick("Totaal", "Total")
        if orientation == Qt.Orientation.Horizontal:
            if section == len(self._table.columns):
                return total
            return code_label(self._table.id, self._table.columns[section], language, column=True)
        if section == len(self._table.rows):
            return total
        return code_label(self._table.id, self._table.rows[section], language)


class SummaryTables:
    """A table chooser, a table view and its model: the preview both dialogs show."""

    def __init__(self, combo, view, explain_label=None):
        self._combo, self._view, self._explain = combo, view, explain_label
        self.model = SummaryTableModel(view)
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for spec in TABLES:
            combo.addItem(pick(spec.nl, spec.en), spec.id)
        self._summary: Summary | None = None
        combo.currentIndexChanged.connect(self._show)

    def set_summary(self, summary: Summary | None) -> None:
        self._summary = summary
        self._show()

    def _show(self) -> None:
        table_id = self._combo.currentData()
        self.model.set_table(self._summary.table(table_id) if self._summary else None)
        if self._explain is not None:
            spec = TABLE_BY_ID[table_id]
            self._explain.setText(pick(spec.explain_nl, spec.explain_en))


# --- prompts (the seam for tests) -------------------------------------------------------


def _documents() -> Path:
    return prompts.documents_folder()


def _save_path(parent, title: str, suggested: Path) -> str | None:
    return prompts.save_path(
        parent, title, suggested, pick("Samenvatting (*.json)", "Summary (*.json)")
    )


def _inform(parent, title: str, text: str) -> None:
    prompts.inform(parent, title, text)


def json_and_pdf_paths(chosen: str, with_pdf: bool) -> tuple[Path, Path | None]:
    """The JSON file the user chose and the PDF beside it (same name, .pdf)."""
    path = Path(chosen)
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + ".json")
    return path, (path.with_suffix(".pdf") if with_pdf else None)


# --- the dialog -------------------------------------------------------------------------

PERIOD_KINDS = (
    ("month", "Maand", "Month"),
    ("quarter", "Kwartaal", "Quarter"),
    ("year", "Jaar", "Year"),
)


class SummaryDialog(QDialog):
    """Choose a calendar month, quarter or year; preview; save JSON (+ PDF)."""

    def __init__(self, parent, case, today: date | None = None):
        super().__init__(parent)
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.setObjectName("summaryDialog")
        self._case = case
        self._today = today or date.today()
        self.summary: Summary | None = None
        self.saved: list[Path] = []
        ui = self.ui
        self.setWindowTitle(pick("Anonieme samenvatting", "Anonymised summary"))
        ui.periodLabel.setText(pick("&Periode", "&Period"))
        ui.labelLabel.setText(pick("&Label (optioneel)", "&Label (optional)"))
        ui.labelEdit.setPlaceholderText(
            pick(
                "bijv. Wijk Noord — geen namen van personen",
                "e.g. North district — no names of people",
            )
        )
        ui.tableLabel.setText(pick("&Tabel", "&Table"))
        ui.pdfCheck.setText(
            pick("Ook een PDF opslaan (zelfde inhoud)", "Also save a PDF (same content)")
        )
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(pick("Opslaan…", "Save…"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(pick("Sluiten", "Close"))
        for code, nl, en in PERIOD_KINDS:
            ui.periodKindCombo.addItem(pick(nl, en), code)
        ui.yearSpin.setRange(2000, self._today.year + 1)
        self.tables = SummaryTables(ui.tableCombo, ui.tableView, ui.explainLabel)
        # Default: the last complete quarter, the usual reporting rhythm.
        current = anonymity.period_containing(self._today, "quarter")
        self.set_period(anonymity.period_containing(_day_before(current.start), "quarter"))
        ui.periodKindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.periodPartCombo.currentIndexChanged.connect(self.refresh)
        ui.yearSpin.valueChanged.connect(self.refresh)
        ui.labelEdit.editingFinished.connect(self.refresh)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        fit_to_screen(self)

    # -- period picker --

    def set_period(self, period: anonymity.Period) -> None:
        ui = self.ui
        for widget in (ui.periodKindCombo, ui.periodPartCombo, ui.yearSpin):
            widget.blockSignals(True)
        ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData(period.kind))
        self._fill_parts(period.kind)
        part = period.start.month if period.kind == "month" else (period.start.month + 2) // 3
        ui.periodPartCombo.setCurrentIndex(ui.periodPartCombo.findData(part))
        ui.yearSpin.setValue(period.start.year)
        for widget in (ui.periodKindCombo, ui.periodPartCombo, ui.yearSpin):
            widget.blockSignals(False)
        self.refresh()

    def _fill_parts(self, kind: str) -> None:
        combo = self.ui.periodPartCombo
        combo.clear()
        if kind == "month":
            for number, (nl, en) in enumerate(zip(MONTHS_NL, MONTHS_EN, strict=False), start=1):
                combo.addItem(pick(nl, en), number)
        elif kind == "quarter":
            for number in range(1, 5):
                combo.addItem(pick(f"{number}e kwartaal", f"Quarter {number}"), number)
        combo.setVisible(kind != "year")

    def _kind_changed(self) -> None:
        self.ui.periodPartCombo.blockSignals(True)
        self._fill_parts(self.ui.periodKindCombo.currentData())
        self.ui.periodPartCombo.blockSignals(False)
        self.refresh()

    def period(self) -> anonymity.Period:
        kind = self.ui.periodKindCombo.currentData()
        year = self.ui.yearSpin.value()
        part = self.ui.periodPartCombo.currentData()
        if kind == "month":
            return anonymity.parse_period(f"{year}-{part:02d}")
        if kind == "quarter":
            return anonymity.parse_period(f"{year}-Q{part}")
        return anonymity.parse_period(str(year))

    # -- preview and save --

    def refresh(self) -> None:
        """Build the summary as it would be sent, off the GUI thread when it takes long."""
        from sleutelapp.exports.summary import build_summary, overlap_warning
        from sleutelapp.store.errors import CaseError

        period = self.period()
        try:
            self.summary = run_with_progress(
                self,
                pick("Samenvatting maken…", "Making the summary…"),
                build_summary,
                self._case,
                period,
                self.ui.labelEdit.text(),
                self._today,
            )
        except CaseError as exc:
            show_case_error(self, exc)
            return
        self.tables.set_summary(self.summary)
        s = self.summary
        self.ui.figuresLabel.setText(
            pick(
                f"{period.label('nl')}: {s.counted.display()} nieuwkomers geteld (met toestemming "
                f"voor anonieme overzichten), {s.not_counted.display()} niet geteld. Een getal "
                f"over minder dan {s.k} nieuwkomers wordt niet getoond.",
                f"{period.label('en')}: {s.counted.display()} newcomers counted (with consent to "
                f"anonymised reporting), {s.not_counted.display()} not counted. A number about "
                f"fewer than {s.k} newcomers is not shown.",
            )
        )
        self.ui.legendLabel.setText(legend_text(s.k))
        warning = overlap_warning(self._case, period)
        if warning:
            self.ui.figuresLabel.setText(f"{self.ui.figuresLabel.text()}\n\n{pick(*warning)}")

    def save(self) -> None:
        from sleutelapp.exports.summary import export_summary
        from sleutelapp.store.errors import CaseError

        if self.summary is None:
            return
        label = anonymity.normalise_label(self.ui.labelEdit.text())
        problem = anonymity.label_problem(label, current_language())
        if problem:
            _inform(
                self,
                pick("Label aanpassen", "Change the label"),
                problem[0].upper() + problem[1:] + ".",
            )
            return
        if label != self.summary.parts[0].label:
            self.refresh()  # the label was typed but not confirmed: send what is typed
        summary = self.summary
        suggested = (
            _documents() / f"samenvatting-{summary.period.code}"
            f"{'-' + _file_part(label) if label else ''}.json"
        )
        chosen = _save_path(self, pick("Samenvatting opslaan", "Save summary"), suggested)
        if not chosen:
            return
        json_path, pdf_path = json_and_pdf_paths(chosen, self.ui.pdfCheck.isChecked())
        try:
            run_with_progress(
                self,
                pick("Samenvatting opslaan…", "Saving the summary…"),
                export_summary,
                self._case,
                summary,
                json_path,
                pdf_path,
                current_language(),
            )
        except CaseError as exc:
            show_case_error(self, exc)
            return
        except OSError as exc:
            _inform(
                self,
                pick("Niet opgeslagen", "Not saved"),
                pick(
                    f"Het bestand kon niet worden geschreven: {exc.strerror}.",
                    f"The file could not be written: {exc.strerror}.",
                ),
            )
            return
        self.saved = [p for p in (json_path, pdf_path) if p is not None]
        _inform(
            self,
            pick("Opgeslagen", "Saved"),
            pick(
                "Opgeslagen. Op het tabblad Gedeeld staat nu dat dit is gedeeld:\n",
                "Saved and recorded in the disclosure register:\n",
            )
            + "\n".join(str(p) for p in self.saved),
        )
        self.accept()


def _day_before(day: date) -> date:
    from datetime import timedelta

    return day - timedelta(days=1)


def _file_part(label: str) -> str:
    """A label made safe for a file name."""
    return re.sub(r"[^\w-]+", "-", label, flags=re.UNICODE).strip("-")[:40]


def open_summary_dialog(parent, case) -> bool:
    """Show the dialog; True when a summary was saved."""
    dialog = SummaryDialog(parent, case)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.saved)
    finally:
        dialog.deleteLater()
