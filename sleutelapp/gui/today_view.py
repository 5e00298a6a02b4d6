"""Vandaag: what needs attention across all newcomers; every item opens its newcomer."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from sleutelapp.domain import vocab, wi2021
from sleutelapp.gui.forms.ui_today_view import Ui_TodayView
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.models.today_model import REPORT_DUE, TodayItem, TodayModel

AGENDA_DAYS = 14


class TodayView(QWidget):
    open_newcomer = Signal(str)
    open_due_reports = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        self.setObjectName("todayView")
        self.ui.titleLabel.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.appointments = TodayModel(self)
        self.tasks = TodayModel(self)
        self.termijn = TodayModel(self)
        self.no_contact = TodayModel(self)
        for view, model in (
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
            view.doubleClicked.connect(self._activated)

    def models(self) -> list[TodayModel]:
        return [self.appointments, self.tasks, self.termijn, self.no_contact]

    def _activated(self, index) -> None:
        if index.data(TodayModel.KindRole) == REPORT_DUE:
            self.open_due_reports.emit()
            return
        newcomer_id = index.data(TodayModel.NewcomerIdRole)
        if newcomer_id:
            self.open_newcomer.emit(newcomer_id)

    def clear(self) -> None:
        for model in self.models():
            model.clear()
        self.ui.dateLabel.clear()

    def reload(self, case, today: date | None = None) -> None:
        today = today or date.today()
        self.ui.dateLabel.setText(format_date(today, weekday=True))
        agenda = case.entries.agenda(today, today + timedelta(days=AGENDA_DAYS - 1))
        appointments, tasks = [], []
        for item in agenda:
            entry = item.entry
            if entry.kind == "appointment":
                when = format_date(entry.date, weekday=True)
                if entry.time:
                    when += f" {entry.time}"
                what = label(vocab.APPOINTMENT_TYPES, entry.type)
                if entry.accompanied:
                    what += " · " + self.tr("you go along")
                appointments.append(
                    TodayItem(
                        f"{when} — {item.newcomer_name}: {what}", entry.newcomer_id, entry.location
                    )
                )
            else:
                first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
                late = " " + self.tr("(overdue)") if entry.date < today else ""
                tasks.append(
                    TodayItem(
                        f"{format_date(entry.date)}{late} — {item.newcomer_name}: {first_line}",
                        entry.newcomer_id,
                        entry.text,
                    )
                )
        self.appointments.set_items(appointments)
        tasks = self._due_reports(case, today) + tasks
        self.tasks.set_items(tasks)

        ending, quiet = [], []
        for n in case.newcomers.search_list(status="active", today=today):
            end = wi2021.termijn_end(n.termijn_start, n.extensions)
            if wi2021.ends_soon(end, today):
                days = wi2021.days_left(end, today)
                text = (
                    self.tr("{0} — termijn ends {1} (%n day(s) left)", "", days).format(
                        n.display_name, format_date(end)
                    )
                    if days >= 0
                    else self.tr("{0} — termijn ended {1}").format(n.display_name, format_date(end))
                )
                ending.append((end, TodayItem(text, n.id)))
            if n.last_contact is None:
                quiet.append(
                    (
                        date.min,
                        TodayItem(
                            self.tr("{0} — no contact recorded yet").format(n.display_name), n.id
                        ),
                    )
                )
            elif (today - n.last_contact).days >= wi2021.NO_CONTACT_DAYS:
                quiet.append(
                    (
                        n.last_contact,
                        TodayItem(
                            self.tr(
                                "{0} — last contact {1} (%n day(s) ago)",
                                "",
                                (today - n.last_contact).days,
                            ).format(n.display_name, format_date(n.last_contact)),
                            n.id,
                        ),
                    )
                )
        self.termijn.set_items([item for _end, item in sorted(ending, key=lambda p: p[0])])
        self.no_contact.set_items([item for _d, item in sorted(quiet, key=lambda p: p[0])])
        counts = (len(appointments), len(tasks), len(ending), len(quiet))
        for box, title, count in zip(
            (self.ui.appointmentsBox, self.ui.tasksBox, self.ui.termijnBox, self.ui.noContactBox),
            self._titles(),
            counts,
            strict=False,
        ):
            box.setTitle(f"{title} ({count})")

    def _due_reports(self, case, today: date) -> list[TodayItem]:
        """Regisseur reports of the last complete period not made yet (one row each)."""
        from sleutelapp.gui.report_periods import due_text
        from sleutelapp.store import report_schedules

        tip = self.tr("Enter opens the dialog that makes all due reports at once.")
        return [
            TodayItem(due_text(d), d.newcomer_id, tip, REPORT_DUE)
            for d in report_schedules.due(case, today)
        ]

    def _titles(self) -> list[str]:
        return [
            self.tr("Appointments in the next 14 days"),
            self.tr("Open tasks, due soon"),
            self.tr("Termijn ends within 6 months"),
            self.tr("No contact for 30 days"),
        ]

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
