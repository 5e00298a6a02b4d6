"""The timeline of one newcomer: entries newest first, fetched in pages as you scroll."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Entry
from sleutelapp.gui.fonts import shown
from sleutelapp.gui.labels import format_date, label

PAGE = 200
MATCH_BACKGROUND = "#fff3bf"  # a search match: marker yellow, dark text stays legible


class TimelineModel(QAbstractTableModel):
    DATE, KIND, TYPE, DETAILS, SHARED = range(5)
    COLUMN_COUNT = 5

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    EntryRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._case = None
        self._newcomer_id: str | None = None
        self._kinds: tuple[str, ...] | None = None
        self._exhausted = True
        self._matches: frozenset[str] = frozenset()  # entries the search text was found in

    # --- loading -----------------------------------------------------------------------

    def reload(self, case, newcomer_id: str, kinds: tuple[str, ...] | None = None) -> None:
        self.beginResetModel()
        self._case, self._newcomer_id, self._kinds = case, newcomer_id, kinds
        self._entries = case.entries.timeline(newcomer_id, kinds=kinds, limit=PAGE)
        self._exhausted = len(self._entries) < PAGE
        self.endResetModel()

    def set_matches(self, entry_ids) -> None:
        """Mark the entries a search found (highlighted until the search changes)."""
        self._matches = frozenset(entry_ids)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._entries) - 1, self.COLUMN_COUNT - 1)
            )

    def is_match(self, row: int) -> bool:
        return 0 <= row < len(self._entries) and self._entries[row].id in self._matches

    def clear(self) -> None:
        self.beginResetModel()
        self._matches = frozenset()
        self._entries, self._case, self._newcomer_id = [], None, None
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and self._case is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._case.entries.timeline(
            self._newcomer_id, kinds=self._kinds, limit=PAGE, offset=len(self._entries)
        )
        self._exhausted = len(more) < PAGE
        if more:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._entries.extend(more)
            self.endInsertRows()

    # --- model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.DATE: self.tr("Date"),
            self.KIND: self.tr("Kind"),
            self.TYPE: self.tr("Type"),
            self.DETAILS: self.tr("Details"),
            self.SHARED: self.tr("Shareable"),
        }.get(section)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(entry, column)
            return shown(text) if isinstance(text, str) else text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return shown(entry.text) if entry.text else None
        if entry.id in self._matches:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(MATCH_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1f1f1f")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == self.EntryIdRole:
            return entry.id
        if role == self.EntryRole:
            return entry
        if role == self.KindRole:
            return entry.kind
        return None

    def _display(self, entry: Entry, column: int) -> str:
        if column == self.DATE:
            when = format_date(entry.date)
            return f"{when} {entry.time}" if entry.time else when
        if column == self.KIND:
            return label(vocab.KINDS, entry.kind)
        if column == self.TYPE:
            types = vocab.TYPES_BY_KIND[entry.kind]
            return label(types, entry.type) if types is not None else ""
        if column == self.DETAILS:
            return self.details(entry)
        if column == self.SHARED:
            return self.tr("yes") if entry.shareable else ""
        return ""

    def details(self, entry: Entry) -> str:
        """One line: status, duration or hours, place, and the first line of the text."""
        parts = []
        statuses = vocab.STATUS_BY_KIND[entry.kind]
        if statuses is not None and entry.status:
            parts.append(label(statuses, entry.status))
        if entry.minutes:
            parts.append(self.tr("{0} min").format(entry.minutes))
        if entry.hours:
            parts.append(self.tr("{0} h").format(QLocale().toString(float(entry.hours), "g", 6)))
        if entry.topics:
            parts.append(", ".join(label(vocab.TOPICS, t) for t in entry.topics))
        if entry.accompanied:
            parts.append(self.tr("accompanied"))
        if entry.location:
            parts.append(entry.location)
        if entry.text:
            parts.append(entry.text.strip().splitlines()[0][:200] if entry.text.strip() else "")
        return " · ".join(p for p in parts if p)

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1
