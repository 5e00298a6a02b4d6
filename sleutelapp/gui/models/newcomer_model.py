"""The newcomer list on the left: search results with badges for attention points."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from sleutelapp.domain import wi2021
from sleutelapp.domain.vocab import KINDS, ROUTES
from sleutelapp.gui.fonts import shown
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.operations import ENTRY, NEWCOMER
from sleutelapp.store.newcomers import NewcomerListItem


class NewcomerListModel(QAbstractListModel):
    """Rows of `case.newcomers.search_list`, newest query wins.

    A long list is read a page at a time: the view asks for more (`canFetchMore`,
    `fetchMore`) as it is scrolled, so a case file of 10,000 newcomers opens as fast as one
    of 1,000 and holds only the rows seen.
    """

    PAGE = 200  # rows per query: a few screens' worth

    IdRole = Qt.ItemDataRole.UserRole + 1
    NoContactRole = Qt.ItemDataRole.UserRole + 2  # True: no contact for 30 days (active only)
    TermijnSoonRole = Qt.ItemDataRole.UserRole + 3  # True: termijn ends within 6 months
    StatusRole = Qt.ItemDataRole.UserRole + 4
    RouteRole = Qt.ItemDataRole.UserRole + 5
    MatchRole = Qt.ItemDataRole.UserRole + 6  # "Gevonden in: …" when found by entry text
    # the changes the list follows: names and status, and badges and matches from entries
    SHOWS: ClassVar[frozenset[str]] = frozenset({NEWCOMER, ENTRY})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[NewcomerListItem] = []
        self._flags: list[tuple[bool, bool, date | None]] = []
        self._query = None  # (case, text, status, route) of the rows shown, for more pages
        self._more = False
        self.today = date.today()

    # --- loading -----------------------------------------------------------------------

    def reload(
        self, case, text: str = "", status: str | None = None, route: str | None = None
    ) -> None:
        """The first page of the list for this search and these filters."""
        self.beginResetModel()
        self.today = date.today()
        self._query = (case, text, status, route)
        page = self._page(0)
        self._items = page
        self._flags = [self._attention(item) for item in page]
        self.endResetModel()

    def _page(self, offset: int) -> list[NewcomerListItem]:
        """One page from `offset` (one row more is asked for, to know whether more follow)."""
        case, text, status, route = self._query
        rows = case.newcomers.search_list(
            text, status=status, route=route, today=self.today, limit=self.PAGE + 1, offset=offset
        )
        self._more = len(rows) > self.PAGE
        return rows[: self.PAGE]

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._query is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._items))
        if not page:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._items.extend(page)
        self._flags.extend(self._attention(item) for item in page)
        self.endInsertRows()

    def has_more(self) -> bool:
        """True while rows beyond those loaded match (the count shown is then a minimum)."""
        return self.canFetchMore()

    def set_items(self, items: list[NewcomerListItem]) -> None:
        """Show exactly these rows (no further pages)."""
        self.beginResetModel()
        self.today = date.today()
        self._query = None
        self._more = False
        self._items = list(items)
        self._flags = [self._attention(item) for item in self._items]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def update_item(self, item: NewcomerListItem) -> bool:
        """Refresh one row in place (its badges after an entry changed); False when the
        newcomer is not in the list."""
        row = self.row_of(item.id)
        if row < 0:
            return False
        self._items[row] = item
        self._flags[row] = self._attention(item)
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def _attention(self, item: NewcomerListItem) -> tuple[bool, bool, date | None]:
        if item.status != "active":
            return False, False, None
        end = wi2021.termijn_end(item.termijn_start, item.extensions)
        quiet = wi2021.needs_contact(item.last_contact, item.added_on, self.today)
        return quiet, wi2021.ends_soon(end, self.today), end

    # --- model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        quiet, soon, end = self._flags[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(item.display_name)
        if role == self.MatchRole:
            return self.match_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.name, label(ROUTES, item.route)]
            if item.match is not None:
                parts.append(self.match_text(item))
            if item.last_contact:
                parts.append(self.tr("Last contact: {0}").format(format_date(item.last_contact)))
            elif item.status == "active":
                parts.append(self.tr("No contact recorded yet"))
            if quiet:
                parts.append(
                    self.tr(
                        "30+ days: no contact for 30 days or more (since they were added). "
                        "Counted: contacts, appointments you went along to that took place, "
                        "and activities done together."
                    )
                )
            if end:
                parts.append(self.tr("Termijn ends: {0}").format(format_date(end)))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            found = [self.match_text(item)] if item.match is not None else []
            return ", ".join([item.display_name, *self.badges(index.row()), *found])
        if role == Qt.ItemDataRole.ForegroundRole and item.status != "active":
            return QColor("#6b6b6b")
        if role == self.IdRole:
            return item.id
        if role == self.NoContactRole:
            return quiet
        if role == self.TermijnSoonRole:
            return soon
        if role == self.StatusRole:
            return item.status
        if role == self.RouteRole:
            return item.route
        return None

    def match_text(self, item: NewcomerListItem) -> str:
        """Which entry the search text was found in (empty: found by name, or no search)."""
        match = item.match
        if match is None:
            return ""
        return self.tr("Found in: {0} {1} — {2}").format(
            label(KINDS, match.kind).lower(), format_date(match.date), match.excerpt
        )

    def badges(self, row: int) -> list[str]:
        """The short badge texts of a row, as the delegate paints them."""
        return [text for _kind, text in self.badge_kinds(row)]

    def badge_kinds(self, row: int) -> list[tuple[str, str]]:
        """(kind, text) of each badge: "termijn", "quiet" or "closed"."""
        quiet, soon, _end = self._flags[row]
        found = []
        if soon:
            found.append(("termijn", self.tr("termijn")))
        if quiet:
            found.append(("quiet", self.tr("30+ days")))
        if self._items[row].status != "active":
            found.append(("closed", self.tr("closed")))
        return found

    def row_of(self, newcomer_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == newcomer_id:
                return row
        return -1


class NewcomerBadgeDelegate(QStyledItemDelegate):
    """Paints the name with small coloured badges on the right (no contact, termijn)."""

    COLOURS: ClassVar[dict[str, str]] = {
        "quiet": "#b3261e",
        "termijn": "#8a5a00",
        "closed": "#5f6368",
    }

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        height = option.fontMetrics.height() + 10
        if index.data(NewcomerListModel.MatchRole):
            height += option.fontMetrics.height()  # a second line: where the search matched
        return QSize(size.width(), max(size.height(), height))

    def paint(self, painter, option, index) -> None:
        model = index.model()
        badges = model.badge_kinds(index.row()) if hasattr(model, "badge_kinds") else []
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.8))
        painter.setFont(small)
        small_metrics = painter.fontMetrics()
        right = option.rect.right() - 6
        match = index.data(NewcomerListModel.MatchRole)
        name_height = option.rect.height() - (option.fontMetrics.height() if match else 0)
        for kind, badge in reversed(badges):
            width = small_metrics.horizontalAdvance(badge) + 10
            box = QRect(right - width, option.rect.top() + 4, width, name_height - 8)
            colour = QColor(self.COLOURS[kind])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            right = box.left() - 4
        painter.setFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(
            foreground if foreground is not None and not selected else option.palette.color(role)
        )
        line = option.fontMetrics.height()
        text_rect = QRect(
            option.rect.left() + 6,
            option.rect.top(),
            max(0, right - option.rect.left() - 10),
            name_height,
        )
        elided = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading, elided
        )
        if match:
            painter.setFont(small)
            if not selected:
                painter.setPen(QColor("#5f6368"))
            match_rect = QRect(
                option.rect.left() + 6,
                option.rect.top() + name_height - 6,
                max(0, option.rect.width() - 12),
                line + 2,
            )
            painter.drawText(
                match_rect,
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading,
                small_metrics.elidedText(match, Qt.TextElideMode.ElideRight, match_rect.width()),
            )
        painter.restore()
