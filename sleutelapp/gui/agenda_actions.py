"""Puts the agenda into the main window: the view beside Vandaag, the "Agenda" action
(Ctrl+G), its context menu with the quick status actions, the .ics and week-PDF buttons,
and the reminders. Kept apart so the window itself only creates this one object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from sleutelapp.gui.agenda_view import AgendaView
from sleutelapp.gui.reminders import Reminders


class AgendaActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.view = AgendaView(window)
        window.ui.detailStack.addWidget(self.view)
        window.ui.actionAgenda.triggered.connect(self.show)
        self.view.open_newcomer.connect(window.select_newcomer)
        self.view.open_due_reports.connect(
            lambda: window.actions.run_dialog_action("actionDueReports")
        )
        self.view.export_ics.connect(self.export_ics)
        self.view.week_pdf.connect(self.week_pdf)
        quick = window.actions.quick
        self.view.context_menu.connect(lambda v, pos: quick._popup(quick.today_menu(v), pos))
        window.operations.changed.connect(self._changed)
        window.session.opened.connect(lambda: window.ui.actionAgenda.setEnabled(True))
        window.session.locked.connect(self._locked)
        window.ui.actionAgenda.setEnabled(window.session.is_open)
        self.reminders = Reminders(window)

    def is_current(self) -> bool:
        return self.w.ui.detailStack.currentWidget() is self.view

    def show(self) -> None:
        if not self.w.session.is_open:
            return
        self.view.ensure_loaded(self.w.session.case)
        self.w.ui.detailStack.setCurrentWidget(self.view)
        self.w.ui.newcomerList.selectionModel().clearCurrentIndex()
        self.w.ui.newcomerList.clearSelection()
        self.view.focus_first()

    def _changed(self, _what: str, _newcomer_id: str) -> None:
        if self.w.session.is_open and self.view.model.rowCount():
            self.view.reload(self.w.session.case)  # one query: cheap enough for any change

    def _locked(self) -> None:
        self.w.ui.actionAgenda.setEnabled(False)
        self.view.clear()

    def export_ics(self) -> None:
        from sleutelapp.gui.calendar_export_dialog import open_calendar_export_dialog

        if self.w.session.is_open:
            open_calendar_export_dialog(self.w, self.w.session.case)

    def week_pdf(self) -> None:
        from sleutelapp.gui.agenda_week_dialog import open_agenda_week_dialog

        if self.w.session.is_open:
            open_agenda_week_dialog(self.w, self.view.week())
