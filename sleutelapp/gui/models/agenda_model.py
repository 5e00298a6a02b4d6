"""The agenda list of a week or a month: a heading per day, then that day's items.

Headings can be seen but not selected, so the arrow keys and the quick actions only ever
land on an item. Each item points to its newcomer (Enter opens them) and, for appointments
and tasks, to its entry (the quick status actions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from sleutelapp.domain import agenda_ranges, vocab
from sleutelapp.gui.labels import format_date, label
from sleutelapp.store.agenda_range import APPOINTMENT, DECISION, TASK, TERMIJN, AgendaRangeRow

REPORT_DUE = "report_due"
HEADING = "heading"
EMPTY = "empty"  # "nothing planned" under a day without items
_PLAIN = (HEADING, EMPTY)  # shown, never selected


@dataclass(frozen=True)
class AgendaItem:
    """One row of the list: a day heading or an item of that day."""

    text: str
    kind: str  # HEADING, EMPTY, REPORT_DUE or one of agenda_range's kinds
    day: date
    newcomer_id: str = ""
    entry_id: str = ""
    tooltip: str = ""


class AgendaModel(QAbstractListModel):
    NewcomerIdRole = Qt.ItemDataRole.UserRole + 1
    EntryIdRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[AgendaItem] = []

    # --- filling ------------------------------------------------------------------------

    def fill(
        self,
        start: date,
        end: date,
        rows: list[AgendaRangeRow],
        reports=(),
        *,
        today: date,
        every_day: bool = True,
    ) -> None:
        """Headings and items for [start, end]; `reports` (due now) go under today."""
        by_day: dict[date, list[AgendaItem]] = {}
        if start <= today <= end:
            for report in reports:
                by_day.setdefault(today, []).append(self._report_item(report, today))
        words = self._words()
        for row in rows:
            by_day.setdefault(row.date, []).append(self._row_item(row, words))
        items: list[AgendaItem] = []
        for day in agenda_ranges.days(start, end):
            found = by_day.get(day, [])
            if not found and not every_day:
                continue
            heading = format_date(day, weekday=True)
            if day == today:
                heading += " — " + self.tr("today")
            items.append(AgendaItem(heading, HEADING, day))
            if found:
                items.extend(found)
            else:
                items.append(AgendaItem(self.tr("nothing planned"), EMPTY, day))
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def _report_item(self, report, today: date) -> AgendaItem:
        from sleutelapp.gui.report_periods import due_text

        return AgendaItem(
            due_text(report),
            REPORT_DUE,
            today,
            report.newcomer_id,
            tooltip=self.tr("Enter opens the dialog that makes all due reports at once."),
        )

    def _words(self) -> dict:
        """The translated words of one fill, looked up once (a month has thousands of rows)."""
        return {
            "along": " · " + self.tr("you go along"),
            "all_day": self.tr("all day"),
            "task": self.tr("Task — {0}: {1}"),
            "termijn": self.tr("{0} — the termijn ends today"),
            "decision": self.tr("{0} — answer from DUO to the extension request expected"),
            "labels": {},
        }

    def _label(self, words: dict, terms, code) -> str:
        found = words["labels"].get((id(terms), code))
        if found is None:
            found = words["labels"][(id(terms), code)] = label(terms, code)
        return found

    def _row_item(self, row: AgendaRangeRow, words: dict | None = None) -> AgendaItem:
        words = words or self._words()
        name = row.display_name
        if row.kind == APPOINTMENT:
            what = self._label(words, vocab.APPOINTMENT_TYPES, row.type)
            if row.accompanied:
                what += words["along"]
            text = f"{row.time or words['all_day']} — {name}: {what}"
            if row.status and row.status != "planned":
                status = self._label(words, vocab.STATUS_BY_KIND["appointment"], row.status)
                text += f" ({status})"
            return AgendaItem(text, row.kind, row.date, row.newcomer_id, row.entry_id, row.location)
        if row.kind == TASK:
            text = words["task"].format(name, row.text)
            if row.status and row.status != "open":
                text += f" ({self._label(words, vocab.STATUS_BY_KIND['task'], row.status)})"
            return AgendaItem(text, row.kind, row.date, row.newcomer_id, row.entry_id)
        if row.kind == TERMIJN:
            return AgendaItem(words["termijn"].format(name), row.kind, row.date, row.newcomer_id)
        if row.kind == DECISION:
            return AgendaItem(words["decision"].format(name), row.kind, row.date, row.newcomer_id)
        raise ValueError(f"unknown agenda kind {row.kind!r}")

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self._items[index.row()]
        if item.kind in _PLAIN:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text if item.kind == HEADING else "    " + item.text  # under its day
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.text
        if role == Qt.ItemDataRole.FontRole and item.kind == HEADING:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.NewcomerIdRole:
            return item.newcomer_id or None
        if role == self.EntryIdRole:
            return item.entry_id or None
        if role == self.KindRole:
            return item.kind
        return None

    def item_at(self, row: int) -> AgendaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def first_item_row(self, day: date | None = None) -> int:
        """The first selectable row (on or after `day` when given); -1 when there is none."""
        for row, item in enumerate(self._items):
            if item.kind not in _PLAIN and (day is None or item.day >= day):
                return row
        return -1

    def texts(self) -> list[str]:
        return [item.text for item in self._items if item.kind not in _PLAIN]
