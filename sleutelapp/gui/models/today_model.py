"""One list of the Vandaag view: attention items, each pointing to a newcomer.

A list can hold tens of thousands of agenda rows on a large case; it keeps them as they
came from the store and formats a row's text only when a view (or a quick action) asks
for it, so filling a list costs no translated text or date per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


@dataclass(frozen=True)
class TodayItem:
    text: str
    newcomer_id: str
    tooltip: str = ""
    entry_id: str = ""  # the appointment or task the row is about (quick actions)
    kind: str = ""  # "" opens the newcomer; REPORT_DUE the due reports dialog; MORE more rows


REPORT_DUE = "report_due"
MORE = "more"  # the last row of a long list: activating it shows the next rows


class TodayModel(QAbstractListModel):
    NewcomerIdRole = Qt.ItemDataRole.UserRole + 1
    EntryIdRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._head: list[TodayItem] = []  # rows made in full (they come first)
        self._sources: Sequence = ()  # rows made by `_make` when asked for
        self._make: Callable[[object], TodayItem] | None = None
        self._made: dict[int, TodayItem] = {}
        self._tail: list[TodayItem] = []  # rows made in full after the sources ("n more")

    def set_items(self, items: list[TodayItem]) -> None:
        self.set_rows(items, (), None)

    def set_rows(
        self,
        head: list[TodayItem],
        sources: Sequence,
        make: Callable[[object], TodayItem] | None,
        tail: Sequence[TodayItem] = (),
    ) -> None:
        """Show `head`, then one row per source (made by `make` when first shown), then
        `tail`."""
        self.beginResetModel()
        self._head = list(head)
        self._sources = sources
        self._make = make
        self._made = {}
        self._tail = list(tail)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._head) + len(self._sources) + len(self._tail)

    def _item(self, row: int) -> TodayItem:
        if row < len(self._head):
            return self._head[row]
        after = row - len(self._head) - len(self._sources)
        if after >= 0:
            return self._tail[after]
        item = self._made.get(row)
        if item is None:
            assert self._make is not None
            item = self._made[row] = self._make(self._sources[row - len(self._head)])
        return item

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self._item(index.row())
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
        return self._item(row) if 0 <= row < self.rowCount() else None

    def texts(self) -> list[str]:
        return [self._item(row).text for row in range(self.rowCount())]
