"""Models of the summary and merge dialogs: one table of an anonymised summary, and the
summary files offered for merging with whether each is accepted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sleutelapp.domain.anonymity import AT_LEAST, SUPPRESSED, Table, code_label
from sleutelapp.domain.wording import count_of
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import pick


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


class CandidatesModel(QAbstractTableModel):
    """The offered files: name, accepted or refused, and the reason."""

    FILE, STATE, DETAIL = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.candidates: list = []

    def set_candidates(self, candidates) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        candidate = self.candidates[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FILE:
                return (
                    candidate.path.name
                    if role == Qt.ItemDataRole.DisplayRole
                    else str(candidate.path)
                )
            if column == self.STATE:
                return (
                    pick("Telt mee", "Accepted")
                    if candidate.accepted
                    else pick("Telt niet mee", "Refused")
                )
            if candidate.accepted:
                summary = candidate.summary
                labels = ", ".join(p.label for p in summary.parts if p.label)
                return pick(
                    f"{summary.period.label('nl')}, "
                    + count_of(len(summary.parts), "summary", "nl")
                    + (f": {labels}" if labels else ""),
                    f"{summary.period.label('en')}, "
                    + count_of(len(summary.parts), "summary", "en")
                    + (f": {labels}" if labels else ""),
                )
            message = candidate.problem.message(current_language())
            prefix = f"{candidate.path.name}: "
            return message[len(prefix) :] if message.startswith(prefix) else message
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QBrush(QColor("#1b6e2e" if candidate.accepted else "#a11a1f"))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (pick("Bestand", "File"), pick("Status", "Status"), pick("Toelichting", "Details"))[
            section
        ]
