"""Vandaag: what needs attention across all newcomers; every item opens its newcomer.

Windows are inclusive and say their last day. Past appointments still marked planned are
listed first, under "Status bijwerken", so they do not reach a report as planned; their
status is set here by a quick action (context menu or keyboard), without the editor.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from sleutelapp.domain import vocab, wi2021
from sleutelapp.gui.forms.ui_today_view import Ui_TodayView
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.models.today_model import MORE, REPORT_DUE, TodayItem, TodayModel
from sleutelapp.gui.operations import CONSENT, DISCLOSURE, ENTRY, NEWCOMER
from sleutelapp.store.entries import AgendaCounts
from sleutelapp.store.newcomers import Attention

AGENDA_DAYS = 14
AGENDA_PAGE = 100  # rows a long list shows at first, and adds per "n more" row


class TodayView(QWidget):
    open_newcomer = Signal(str)
    context_menu = Signal(object, object)  # (list view, global position)
    open_due_reports = Signal()
    # the changes Vandaag follows: the agenda (entries), attention rows (newcomers, entries)
    # and the reports due (consents, what was shared)
    SHOWS = frozenset({NEWCOMER, ENTRY, CONSENT, DISCLOSURE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session = None  # set by follow()
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        self.setObjectName("todayView")
        self.ui.titleLabel.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.past = TodayModel(self)
        self.appointments = TodayModel(self)
        self.tasks = TodayModel(self)
        self.termijn = TodayModel(self)
        self.no_contact = TodayModel(self)
        self.ui.pastBox.hide()
        for view, model in (
            (self.ui.pastList, self.past),
            (self.ui.appointmentsList, self.appointments),
            (self.ui.tasksList, self.tasks),
            (self.ui.termijnList, self.termijn),
            (self.ui.noContactList, self.no_contact),
        ):
            view.setModel(model)
            view.setWordWrap(True)  # long names and Dutch sentences wrap, never cut off
            view.setResizeMode(view.ResizeMode.Adjust)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSpacing(2)
            # Wrapped rows must each be measured; in batches the first rows show at once
            # instead of after all of a long "no contact" list is laid out.
            view.setLayoutMode(view.LayoutMode.Batched)
            view.setBatchSize(40)
            view.activated.connect(self._activated)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self.context_menu.emit(v, v.viewport().mapToGlobal(pos))
            )
        self._end = date.today()
        self._today = date.today()
        self._attention: Attention | None = None  # the first attention rows and totals
        self._agenda: dict[str, list] | None = None  # list name -> its first agenda items
        self._limits = self._first_limits()
        self._totals = AgendaCounts(0, 0)  # how many rows each agenda list has in all
        self._due: list[TodayItem] | None = None  # regisseur reports due (Open taken, first)
        self._due_total = 0  # how many reports are due in all
        self._counts: tuple[int, ...] | None = None  # shown in the boxes' titles
        self._pending: dict = {}  # newcomer id -> their DUO extension request waiting
        self._last_list = None
        for view in self.lists():
            view.selectionModel().currentChanged.connect(
                lambda _now, _before, v=view: self._remember(v)
            )

    def follow(self, operations, session) -> None:
        """Refresh on the operations' changes that touch what Vandaag shows."""
        self._session = session
        operations.announced.connect(self.changed)

    def changed(self, change) -> None:
        session = self._session
        if session is None or not session.is_open or not change.touches(self.SHOWS):
            return
        if self._agenda is None or self._attention is None:
            return  # not loaded yet: ensure_loaded fills it when Vandaag is shown
        if change.kinds == {ENTRY} and len(change.newcomer_ids) == 1:
            self.reload_for(session.case, next(iter(change.newcomer_ids)))
        else:
            self.reload(session.case)

    def models(self) -> list[TodayModel]:
        return [self.past, self.appointments, self.tasks, self.termijn, self.no_contact]

    def lists(self) -> list:
        ui = self.ui
        return [ui.pastList, ui.appointmentsList, ui.tasksList, ui.termijnList, ui.noContactList]

    def current_item(self) -> TodayItem | None:
        """The selected row of the list that has the focus (else the one used last)."""
        focused = [v for v in self.lists() if v.hasFocus()]
        view = focused[0] if focused else self._last_list
        if view is None:
            return None
        index = view.currentIndex()
        return view.model().item_at(index.row()) if index.isValid() else None

    def _fit_past_list(self, rows: int) -> None:
        """As high as its rows (up to four, then it scrolls): it sits above the others."""
        view = self.ui.pastList
        line = view.fontMetrics().height() + 2 * view.spacing() + 6
        view.setFixedHeight(min(max(rows, 1), 4) * line + 2 * view.frameWidth() + 4)

    def focus_first(self) -> None:
        """Put the keyboard on the first row of the first list that has one."""
        for view in self.lists():
            if view.model().rowCount() and view.isVisibleTo(self):
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(view.model().index(0, 0))
                view.setFocus()
                return

    def _remember(self, view) -> None:
        self._last_list = view

    def _activated(self, index) -> None:
        # activated, not doubleClicked as well: a double-click gives both on some styles
        kind = index.data(TodayModel.KindRole)
        if kind == REPORT_DUE:
            self.open_due_reports.emit()
            return
        if kind == MORE:
            view = next((v for v in self.lists() if v.model() is index.model()), None)
            self.show_more(view)
            return
        newcomer_id = index.data(TodayModel.NewcomerIdRole)
        if newcomer_id:
            self.open_newcomer.emit(newcomer_id)

    def clear(self) -> None:
        self._attention = None
        self._pending = {}  # nothing of the case file stays in memory after a lock
        self._agenda = None
        self._due = None
        self._due_total = 0
        self._counts = None
        self._limits = self._first_limits()
        for model in self.models():
            model.clear()
        self.ui.pastBox.hide()
        self.ui.dateLabel.clear()

    def ensure_loaded(self, case, today: date | None = None) -> None:
        """Reload only when the lists are empty or from another day: every change made
        through Operations already refreshed them, so going back to Vandaag is instant."""
        today = today or date.today()
        if self._agenda is None or self._attention is None or today != self._today:
            self.reload(case, today)

    def _extension_hint(self, newcomer_id: str, end, pending: dict, today: date) -> str:
        """When a DUO extension request becomes possible, or when its answer is expected."""
        request = pending.get(newcomer_id)
        if request is not None and request.sent_on:
            due = wi2021.decision_due(request.sent_on)
            return " · " + self.tr("extension requested, answer expected by {0}").format(
                format_date(due)
            )
        opens = wi2021.request_window_opens(end)
        if opens is None or end < today:
            return ""
        if opens <= today:
            return " · " + self.tr("an extension can be requested since {0}").format(
                format_date(opens)
            )
        return " · " + self.tr("an extension can be requested from {0}").format(format_date(opens))

    def reload(self, case, today: date | None = None) -> None:
        today = today or date.today()
        rows = [view.currentIndex().row() for view in self.lists()]
        self._fill(case, today)
        self._restore_rows(rows)

    def _restore_rows(self, rows: list[int]) -> None:
        used_last = self._last_list  # putting rows back is not the person choosing a list
        for view, row in zip(self.lists(), rows, strict=True):
            count = view.model().rowCount()
            if row >= 0 and count:  # a quick action keeps the place, as Delete does
                view.setCurrentIndex(view.model().index(min(row, count - 1), 0))
        self._last_list = used_last

    @staticmethod
    def _first_limits() -> dict[str, int]:
        return dict.fromkeys(("appointments", "tasks", "termijn", "no_contact"), AGENDA_PAGE)

    def _fill(self, case, today: date) -> None:
        self._fill_agenda(case, today)
        self._fill_attention(case, today)
        self._show_attention()

    def _fill_attention(self, case, today: date) -> None:
        """The first rows of the two attention lists (as many as shown so far) and their
        totals: the store picks them by the rules of domain/wi2021.py from its indexes."""
        self._pending = case.extension_requests.pending_by_newcomer()
        self._attention = case.newcomers.attention(
            today, ending_limit=self._limits["termijn"], quiet_limit=self._limits["no_contact"]
        )

    def _fill_agenda(self, case, today: date, *, due: bool = True) -> None:
        """The three agenda lists: the first rows of each (as many as shown so far) and
        their counts, read from the store's agenda indexes; `due` also reads the reports
        due again (the register changed, not only someone's entries)."""
        self._today = today
        self.ui.dateLabel.setText(format_date(today, weekday=True))
        self._end = today + timedelta(days=AGENDA_DAYS)  # inclusive: day 14 is shown
        entries = case.entries
        self._agenda = {
            "past": entries.past_planned(today),
            "appointments": entries.agenda(
                today, self._end, kind="appointment", limit=self._limits["appointments"]
            ),
            "tasks": entries.agenda(today, self._end, kind="task", limit=self._limits["tasks"]),
        }
        self._totals = entries.agenda_counts(today, self._end)
        self.past.set_rows([], self._agenda["past"], self._past_row)
        self.appointments.set_rows(
            [],
            self._agenda["appointments"],
            self._appointment_row,
            self._more_rows("appointments", self._totals.appointments),
        )
        if due or self._due is None:
            self._due = self._due_reports(case, today)  # the register, not one's entries
        self.tasks.set_rows(
            self._due,
            self._agenda["tasks"],
            self._task_row,
            self._more_rows("tasks", self._totals.tasks),
        )
        past = self.past.rowCount()
        self.ui.pastBox.setVisible(bool(past))
        self._fit_past_list(past)

    def _more_rows(self, name: str, total: int, shown: int | None = None) -> list[TodayItem]:
        """The "n more" row of a list that shows only its first rows; none when all show."""
        hidden = total - (len(self._agenda[name]) if shown is None else shown)
        if hidden <= 0:
            return []
        if name == "appointments":
            text = self.tr("%n more appointment(s) — press Enter to show more", "", hidden)
        elif name == "tasks":
            text = self.tr("%n more task(s) — press Enter to show more", "", hidden)
        else:
            text = self.tr("%n more newcomer(s) — press Enter to show more", "", hidden)
        if name in ("appointments", "tasks"):
            tip = self.tr("Shows the next {0}; the agenda (Ctrl+G) shows them per week.")
        else:
            tip = self.tr("Shows the next {0}.")
        return [TodayItem(text, "", tip.format(min(hidden, AGENDA_PAGE)), kind=MORE)]

    def show_more(self, view) -> None:
        """The next rows of a list whose "n more" row was activated; the keyboard goes to
        the first of them."""
        session = self._session
        name = {
            self.ui.appointmentsList: "appointments",
            self.ui.tasksList: "tasks",
            self.ui.termijnList: "termijn",
            self.ui.noContactList: "no_contact",
        }.get(view)
        if name is None or session is None or not session.is_open or self._agenda is None:
            return
        first_new = view.model().rowCount() - 1  # where the "n more" row was
        self._limits[name] += AGENDA_PAGE
        rows = [v.currentIndex().row() for v in self.lists()]
        if name in ("termijn", "no_contact"):
            self._fill_attention(session.case, self._today)
        else:
            self._fill_agenda(session.case, self._today, due=False)
        self._show_attention()
        self._restore_rows(rows)
        model = view.model()
        if model.rowCount():
            view.setCurrentIndex(model.index(min(first_new, model.rowCount() - 1), 0))
        view.setFocus()

    def _due_reports(self, case, today: date) -> list[TodayItem]:
        """Regisseur reports of the last complete period not made yet: one row each for
        the first ones, then a row that counts the rest (all open the same dialog)."""
        from sleutelapp.gui.report_periods import due_text
        from sleutelapp.store import report_schedules

        tip = self.tr("Enter opens the dialog that makes all due reports at once.")
        first = report_schedules.due(case, today, limit=AGENDA_PAGE)
        rows = [TodayItem(due_text(d), d.newcomer_id, tip, kind=REPORT_DUE) for d in first]
        self._due_total = len(first)
        if len(first) == AGENDA_PAGE:
            self._due_total = report_schedules.due_count(case, today)
            hidden = self._due_total - len(first)
            if hidden:
                text = self.tr("%n more report(s) due — press Enter to make them", "", hidden)
                rows.append(TodayItem(text, "", tip, kind=REPORT_DUE))
        return rows

    # Each list's rows are the store's agenda items, made into text only when shown.
    def _past_row(self, agenda_item) -> TodayItem:
        entry, name = agenda_item.entry, agenda_item.newcomer_name
        when = format_date(entry.date, weekday=True)
        if entry.time:
            when += f" {entry.time}"
        what = label(vocab.APPOINTMENT_TYPES, entry.type)
        return TodayItem(
            self.tr("{0} — {1}: {2} — still planned; did it take place?").format(when, name, what),
            entry.newcomer_id,
            entry.location,
            entry.id,
            entry.kind,
        )

    def _appointment_row(self, agenda_item) -> TodayItem:
        entry, name = agenda_item.entry, agenda_item.newcomer_name
        when = format_date(entry.date, weekday=True)
        if entry.time:
            when += f" {entry.time}"
        what = label(vocab.APPOINTMENT_TYPES, entry.type)
        if entry.accompanied:
            what += " · " + self.tr("you go along")
        return TodayItem(
            f"{when} — {name}: {what}", entry.newcomer_id, entry.location, entry.id, entry.kind
        )

    def _task_row(self, agenda_item) -> TodayItem:
        entry, name = agenda_item.entry, agenda_item.newcomer_name
        first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
        late = " " + self.tr("(overdue)") if entry.date < self._today else ""
        return TodayItem(
            f"{format_date(entry.date)}{late} — {name}: {first_line}",
            entry.newcomer_id,
            entry.text,
            entry.id,
            entry.kind,
        )

    def reload_for(self, case, newcomer_id: str, today: date | None = None) -> None:
        """After a change to one newcomer's entries: the first rows of every list again
        (each from its indexes), without reading the reports due again."""
        today = today or date.today()
        if today != self._today or self._attention is None:
            self.reload(case, today)
            return
        rows = [view.currentIndex().row() for view in self.lists()]
        self._fill_agenda(case, today, due=False)
        self._fill_attention(case, today)
        self._show_attention()
        self._restore_rows(rows)

    def _termijn_row(self, n) -> TodayItem:
        end = wi2021.termijn_end(n.termijn_start, n.extensions)
        days = wi2021.days_left(end, self._today)
        text = (
            self.tr("{0} — termijn ends {1} (%n day(s) left)", "", days).format(
                n.display_name, format_date(end)
            )
            if days >= 0
            else self.tr("{0} — termijn ended {1}").format(n.display_name, format_date(end))
        )
        hint = self._extension_hint(n.id, end, self._pending, self._today)
        return TodayItem(text + hint, n.id)

    def _quiet_row(self, n) -> TodayItem:
        days = wi2021.days_without_contact(n.last_contact, n.added_on, self._today)
        if n.last_contact is None:
            text = self.tr("{0} — no contact recorded yet").format(n.display_name)
        else:
            text = self.tr("{0} — last contact {1} (%n day(s) ago)", "", days).format(
                n.display_name, format_date(n.last_contact)
            )
        return TodayItem(text, n.id)

    def _show_attention(self) -> None:
        attention = self._attention
        assert attention is not None
        self.termijn.set_rows(
            [],
            attention.ending,
            self._termijn_row,
            self._more_rows("termijn", attention.ending_total, len(attention.ending)),
        )
        self.no_contact.set_rows(
            [],
            attention.quiet,
            self._quiet_row,
            self._more_rows("no_contact", attention.quiet_total, len(attention.quiet)),
        )
        self._counts = (
            self.past.rowCount(),
            self._totals.appointments,
            self._due_total + self._totals.tasks,
            attention.ending_total,
            attention.quiet_total,
        )
        self._show_titles()

    def _show_titles(self) -> None:
        """The boxes' titles with their counts (again after a change of language)."""
        if self._counts is None:
            return
        for box, title, count in zip(
            (
                self.ui.pastBox,
                self.ui.appointmentsBox,
                self.ui.tasksBox,
                self.ui.termijnBox,
                self.ui.noContactBox,
            ),
            self._titles(),
            self._counts,
            strict=False,
        ):
            box.setTitle(f"{title} ({count})")

    def _titles(self) -> list[str]:
        end = format_date(self._end)
        return [
            self.tr("Update the status: past appointments still planned"),
            self.tr("Appointments up to and including {0}").format(end),
            self.tr("Open tasks due up to and including {0}").format(end),
            self.tr("Termijn ends within 6 months"),
            self.tr("No contact for 30 days"),
        ]

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_titles()
        super().changeEvent(event)
