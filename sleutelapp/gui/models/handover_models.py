"""The handover dialog's newcomer list, with a tick box per newcomer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class ChoosableNewcomers(QAbstractListModel):
    """The newcomer list with a tick box per newcomer (who goes into the handover)."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, items, ticked=(), parent=None):
        super().__init__(parent)
        self._items = list(items)
        self._ticked = {i for i in ticked if any(n.id == i for n in self._items)}

    def ticked(self) -> list[str]:
        return [n.id for n in self._items if n.id in self._ticked]

    def first_ticked_row(self) -> int:
        """Where the cursor starts: on the first ticked newcomer, else at the top."""
        return next((i for i, n in enumerate(self._items) if n.id in self._ticked), 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = item.display_name
            if item.known_as and item.known_as != item.name:
                shown = f"{item.known_as} ({item.name})"
            return shown if item.status == "active" else self.tr("{0} (closed)").format(shown)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.id in self._ticked else Qt.CheckState.Unchecked
        if role == self.IdRole:
            return item.id
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        newcomer_id = self._items[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(newcomer_id)
        else:
            self._ticked.discard(newcomer_id)
        self.dataChanged.emit(index, index, [role])
        return True
