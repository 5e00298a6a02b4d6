"""One list of the Vandaag view: attention items, each pointing to a newcomer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


@dataclass(frozen=True)
class TodayItem:
    text: str
    newcomer_id: str
    tooltip: str = ""
    entry_id: str = ""  # the appointment or task the row is about (quick actions)
    kind: str = ""  # "" opens the newcomer; REPORT_DUE opens the due reports dialog


REPORT_DUE = "report_due"


class TodayModel(QAbstractListModel):
    NewcomerIdRole = Qt.ItemDataRole.UserRole + 1
    EntryIdRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[TodayItem] = []

    def set_items(self, items: list[TodayItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.text
        if role == self.NewcomerIdRole:
            return item.newcomer_id
        if role == self.EntryIdRole:
            return item.entry_id or None
        if role == self.KindRole:
            return item.kind or None
        return None

    def item_at(self, row: int) -> TodayItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def texts(self) -> list[str]:
        return [item.text for item in self._items]
