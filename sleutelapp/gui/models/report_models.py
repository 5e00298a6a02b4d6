"""The report dialog's list: every entry of the period with whether it goes into the
regisseur report and why (the reasons come from domain/privacy.py)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QPalette

from sleutelapp.domain import vocab
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import format_date


def _what(entry) -> str:
    """Kind and type of an entry, in the UI language (never a raw code)."""
    language = current_language()
    kind = vocab.KINDS.label(entry.kind, language)
    types = vocab.TYPES_BY_KIND.get(entry.kind)
    if types is None:
        return kind
    return f"{kind}: {types.label(entry.type, language)}"


def _snippet(entry, limit: int = 60) -> str:
    text = " ".join((entry.text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DecisionsModel(QAbstractTableModel):
    """Every entry of the period: date, what, included (checkbox where allowed), reason."""

    DATE, WHAT, INCLUDED, REASON, TEXT = range(5)
    DecisionRole = Qt.ItemDataRole.UserRole + 1
    left_out_changed = Signal(object)  # frozenset of entry ids the user left out

    def __init__(self, parent=None):
        super().__init__(parent)
        self._decisions: list = []

    def set_decisions(self, decisions) -> None:
        self.beginResetModel()
        self._decisions = list(decisions)
        self.endResetModel()

    def left_out(self) -> frozenset:
        return frozenset(d.entry.id for d in self._decisions if d.reason.code == "left_out_by_user")

    @staticmethod
    def _choosable(decision) -> bool:
        return decision.included or decision.reason.code == "left_out_by_user"

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._decisions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        decision = self._decisions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(decision.entry.date)
            if column == self.WHAT:
                return _what(decision.entry)
            if column == self.INCLUDED:
                return self.tr("In") if decision.included else self.tr("Out")
            if column == self.REASON:
                return decision.reason.label(current_language())
            if column == self.TEXT:
                return _snippet(decision.entry)
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and column == self.INCLUDED
            and self._choosable(decision)
        ):
            return Qt.CheckState.Checked if decision.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not self._choosable(decision):
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return decision.reason.label(current_language())  # whole, however narrow the column
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return _snippet(decision.entry) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.INCLUDED:
            if self._choosable(decision):
                return self.tr("Uncheck to leave this out.")
            return self.tr("The privacy rules keep this out of the report.")
        if role == self.DecisionRole:
            return decision
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.INCLUDED
            and self._choosable(self._decisions[index.row()])
        ):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.INCLUDED
        ):
            return False
        decision = self._decisions[index.row()]
        if not self._choosable(decision):
            return False  # the rules keep it out; the user cannot add it
        leave_out = Qt.CheckState(value) != Qt.CheckState.Checked
        left = set(self.left_out())
        (left.add if leave_out else left.discard)(decision.entry.id)
        self.left_out_changed.emit(frozenset(left))
        return True

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Date"),
            self.tr("What"),
            self.tr("In report"),
            self.tr("Reason"),
            self.tr("Text"),
        )[section]
