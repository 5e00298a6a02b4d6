"""Agenda: a week or a month across all active newcomers, by day.

Page Up / Page Down (or Alt+Left / Alt+Right) go to the previous or next week or month, T
goes back to today, Enter opens the newcomer of an item, and the quick status actions
(Ctrl+D, Ctrl+Shift+N, Ctrl+Shift+X, or the context menu) work on every appointment and
task. One store query per page (`store.agenda_range`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from sleutelapp.domain import agenda_ranges
from sleutelapp.domain.agenda_ranges import MONTH, WEEK
from sleutelapp.gui.forms.ui_agenda_view import Ui_AgendaView
from sleutelapp.gui.labels import format_date
from sleutelapp.gui.models.agenda_model import REPORT_DUE, AgendaItem, AgendaModel


class AgendaView(QWidget):
    open_newcomer = Signal(str)
    context_menu = Signal(object, object)  # (list view, global position)
    open_due_reports = Signal()
    export_ics = Signal()
    week_pdf = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_AgendaView()
        self.ui.setupUi(self)
        self.setObjectName("agendaView")
        self.ui.titleLabel.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.model = AgendaModel(self)
        view = self.ui.agendaList
        view.setModel(self.model)
        view.setWordWrap(True)
        view.setResizeMode(view.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setUniformItemSizes(False)
        view.activated.connect(self._activated)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: self.context_menu.emit(view, view.viewport().mapToGlobal(pos))
        )
        view.installEventFilter(self)
        self._fill_modes()
        self.ui.modeCombo.currentIndexChanged.connect(self._mode_changed)
        self.ui.previousButton.clicked.connect(lambda: self.go(-1))
        self.ui.nextButton.clicked.connect(lambda: self.go(1))
        self.ui.todayButton.clicked.connect(self.go_today)
        self.ui.icsButton.clicked.connect(self.export_ics)
        self.ui.pdfButton.clicked.connect(self.week_pdf)
        self._case = None
        self._today = date.today()
        self._anchor = self._today
        self.mode = WEEK
        self._loaded = False

    def _fill_modes(self) -> None:
        combo = self.ui.modeCombo
        combo.blockSignals(True)
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Week"), WEEK)
        combo.addItem(self.tr("Month"), MONTH)
        combo.setCurrentIndex(max(0, combo.findData(current or WEEK)))
        combo.blockSignals(False)

    # --- what is shown ------------------------------------------------------------------

    def page(self) -> tuple[date, date]:
        return agenda_ranges.page_range(self.mode, self._anchor)

    def week(self) -> tuple[date, date]:
        """The week on screen (in month mode: the week of the day shown first, or today)."""
        if self.mode == WEEK:
            return self.page()
        start, end = self.page()
        return agenda_ranges.week_range(self._today if start <= self._today <= end else start)

    def ensure_loaded(self, case, today: date | None = None) -> None:
        today = today or date.today()
        if not self._loaded or case is not self._case or today != self._today:
            if today != self._today:
                self._anchor = today
            self.reload(case, today)

    def reload(self, case=None, today: date | None = None) -> None:
        """Query the page again (one store query) and keep the selected row in place."""
        from sleutelapp.store import report_schedules
        from sleutelapp.store.agenda_range import agenda_range

        self._case = case or self._case
        if self._case is None:
            return
        self._today = today or self._today
        row = self.ui.agendaList.currentIndex().row()
        start, end = self.page()
        rows = agenda_range(self._case, start, end)
        reports = (
            report_schedules.due(self._case, self._today) if start <= self._today <= end else []
        )
        self.model.fill(start, end, rows, reports, today=self._today, every_day=self.mode == WEEK)
        self._loaded = True
        self.ui.periodLabel.setText(self._period_text(start, end))
        if row >= 0:
            self._select(min(row, self.model.rowCount() - 1), forward=False)

    def _period_text(self, start: date, end: date) -> str:
        if self.mode == WEEK:
            return self.tr("Week {0}: {1} up to and including {2}").format(
                start.isocalendar()[1], format_date(start), format_date(end)
            )
        from PySide6.QtCore import QLocale

        from sleutelapp.gui.labels import to_qdate

        return QLocale().toString(to_qdate(start), "MMMM yyyy")

    def clear(self) -> None:
        self._case = None
        self._loaded = False
        self.model.clear()
        self.ui.periodLabel.clear()

    # --- navigation ---------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.ui.modeCombo.setCurrentIndex(self.ui.modeCombo.findData(mode))

    def _mode_changed(self) -> None:
        self.mode = self.ui.modeCombo.currentData() or WEEK
        self.reload()
        self.focus_first()

    def go(self, count: int) -> None:
        self._anchor = agenda_ranges.step(self.mode, self._anchor, count)
        self.ui.agendaList.clearSelection()
        self.ui.agendaList.setCurrentIndex(self.model.index(-1, 0))
        self.reload()
        self.focus_first()

    def go_today(self) -> None:
        self._anchor = self._today
        self.reload()
        self.focus_first()

    def focus_first(self) -> None:
        """The keyboard on today's first item (or the page's first), else on the list."""
        start, end = self.page()
        day = self._today if start <= self._today <= end else None
        row = self.model.first_item_row(day)
        if row < 0:
            row = self.model.first_item_row()
        if row >= 0:
            self._select(row, forward=True)
        self.ui.agendaList.setFocus()

    def _select(self, row: int, *, forward: bool) -> None:
        """Select `row`, or the nearest item row when it is a heading."""
        step = 1 if forward else -1
        count = self.model.rowCount()
        for candidate in (
            *range(row, count if forward else -1, step),
            *range(row, -1 if forward else count, -step),
        ):
            if self.model.flags(self.model.index(candidate, 0)) & Qt.ItemFlag.ItemIsSelectable:
                self.ui.agendaList.setCurrentIndex(self.model.index(candidate, 0))
                return

    def current_item(self) -> AgendaItem | None:
        index = self.ui.agendaList.currentIndex()
        if not index.isValid():
            return None
        item = self.model.item_at(index.row())
        return item if item is not None and item.kind not in ("heading", "empty") else None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.agendaList and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            alt = mods == Qt.KeyboardModifier.AltModifier
            plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if (key == Qt.Key.Key_PageDown and plain) or (key == Qt.Key.Key_Right and alt):
                self.go(1)
                return True
            if (key == Qt.Key.Key_PageUp and plain) or (key == Qt.Key.Key_Left and alt):
                self.go(-1)
                return True
            if key == Qt.Key.Key_T and plain:
                self.go_today()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index) -> None:
        item = self.model.item_at(index.row())
        if item is None or item.kind in ("heading", "empty"):
            return
        if item.kind == REPORT_DUE:
            self.open_due_reports.emit()
        elif item.newcomer_id:
            self.open_newcomer.emit(item.newcomer_id)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_modes()
        super().changeEvent(event)
