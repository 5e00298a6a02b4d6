"""Reminders while the app runs: no network, no system scheduler.

A timer checks every minute (wall clock) for accompanied appointments in their evening-
before or morning-of slot (domain/reminders.py) and shows each slot once: as a system tray
message where the desktop has a tray, otherwise in the window's status bar. The text names
the newcomer by initials and never the appointment type: a desktop notification can show on
a locked screen and be kept by the notification service.

At unlock, a summary in the status bar of what came due since the case was last locked or
closed: appointments that were planned in between and open tasks whose day came. `now` is
injectable for tests.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from sleutelapp.domain import reminders as rules
from sleutelapp.domain.shown_names import initials

CHECK_MS = 60 * 1000
# The first look after unlock waits until the window shows its data (issue 16): a
# reminder a moment later is as good, the window with its lists is not.
FIRST_LOOK_MS = 300


class Reminders(QObject):
    def __init__(self, window, *, now=datetime.now):
        super().__init__(window)
        self.w = window
        self.now = now
        self.notices: list[str] = []  # every notice shown while running (tests read it)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._tray: QSystemTrayIcon | None = None
        window.session.opened.connect(self._opened)
        window.session.locked.connect(self._locked)

    def _case(self):
        return self.w.session.case if self.w.session.is_open else None

    def _opened(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_LOOK_MS, self, self._first_look)

    def _first_look(self) -> None:
        if self._case() is None:
            return  # locked again before the first look: the next unlock summarises
        self.summarise()
        self.check()

    def _locked(self) -> None:
        """The case is still open here: remember when, for the next unlock's summary."""
        from sleutelapp.store import reminder_log

        self.timer.stop()
        case = self._case()
        if case is not None and not self.w.session.is_demo:
            from sleutelapp.store.errors import CaseError

            # locking never waits on this: the next summary is only less precise
            with contextlib.suppress(CaseError):
                reminder_log.set_last_seen(case, self.now())
        if self._tray is not None:
            self._tray.hide()

    # --- reminders ----------------------------------------------------------------------

    def check(self) -> list[str]:
        """Show the slots due now that were not shown yet; returns their texts."""
        from sleutelapp.store import reminder_log
        from sleutelapp.store.agenda_range import APPOINTMENT, agenda_range

        case = self._case()
        if case is None:
            return []
        now = self.now()
        today = now.date()
        done = reminder_log.shown(case)
        new_keys, texts = [], []
        for row in agenda_range(case, today, today + timedelta(days=1), entries_only=True):
            if row.kind != APPOINTMENT or not row.accompanied or row.status != "planned":
                continue
            slot = rules.current_slot(row.date, row.time, now)
            key = rules.slot_key(row.entry_id, row.date, slot) if slot else None
            if key is None or key in done:
                continue
            new_keys.append(key)
            texts.append(self._text(row, slot))
        if new_keys:
            from sleutelapp.store.errors import CaseError

            try:
                reminder_log.mark_shown(case, new_keys, today)
            except CaseError:
                return []  # not remembered, so not shown: no reminder every minute
            for text in texts:
                self._notify(text)
        return texts

    def _text(self, row, slot: str) -> str:
        who = initials(row.name)
        if slot == rules.EVENING:
            if row.time:
                text = self.tr("Tomorrow at {0}: appointment with {1}, you go along.")
                return text.format(row.time, who)
            return self.tr("Tomorrow: appointment with {0}, you go along.").format(who)
        if row.time:
            text = self.tr("Today at {0}: appointment with {1}, you go along.")
            return text.format(row.time, who)
        return self.tr("Today: appointment with {0}, you go along.").format(who)

    def _notify(self, text: str) -> None:
        self.notices.append(text)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.w.windowIcon(), self)
            self._tray.show()
            self._tray.showMessage("Sleutelapp", text, QSystemTrayIcon.MessageIcon.Information)
        self.w.statusBar().showMessage(text)  # also in the window: a tray can be hidden

    # --- at unlock ----------------------------------------------------------------------

    def summarise(self) -> str:
        """What came due since the last lock or close; "" when nothing (or the first time)."""
        from sleutelapp.store import reminder_log
        from sleutelapp.store.agenda_range import APPOINTMENT, TASK, agenda_range

        case = self._case()
        if case is None or self.w.session.is_demo:
            return ""
        since = reminder_log.last_seen(case)
        now = self.now()
        if since is None or since >= now:
            return ""
        appointments = tasks = 0
        for row in agenda_range(case, since.date(), now.date(), entries_only=True):
            if row.kind == APPOINTMENT and row.status == "planned":
                # timed: its start lies in between; all day: its day came in between
                start = rules.starts_at(row.date, row.time)
                timed = bool(row.time) and since < start <= now
                if timed or (not row.time and since.date() < row.date):
                    appointments += 1
            elif row.kind == TASK and row.status == "open" and since.date() < row.date:
                tasks += 1
        if not appointments and not tasks:
            return ""
        text = self.tr("Since you last closed the app: %n appointment(s)", "", appointments)
        text += " " + self.tr("and %n task(s) came due. See Today and the agenda.", "", tasks)
        self.notices.append(text)
        self.w.statusBar().showMessage(text)
        return text
