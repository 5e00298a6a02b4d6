"""One path for writes from the GUI (conventions.md 5): store call, then tell the views.

Views and dialogs never write through the store themselves; they call an operation here.
After it succeeds `changed` says what changed and for which newcomer, and each view
refreshes itself. Known problems (CaseError) are raised to the caller, which shows them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from sleutelapp.domain.model import Consent, Entry, ExtensionRequest, Newcomer

NEWCOMER, ENTRY, CONSENT, SETTINGS, EVERYTHING = (
    "newcomer",
    "entry",
    "consent",
    "settings",
    "everything",
)


class Operations(QObject):
    # what changed (one of the constants above), newcomer id ("" when not one newcomer)
    changed = Signal(str, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self.last_deleted: Entry | None = None

    @property
    def _case(self):
        from sleutelapp.store.errors import CaseLocked

        if not self._session.is_open:
            raise CaseLocked("Het dossier is vergrendeld.", "The case file is locked.")
        return self._session.case

    # --- newcomers ---------------------------------------------------------------------

    def add_newcomer(self, newcomer: Newcomer) -> Newcomer:
        saved = self._case.newcomers.add(newcomer)
        self.changed.emit(NEWCOMER, saved.id)
        return saved

    def update_newcomer(self, newcomer: Newcomer) -> Newcomer:
        saved = self._case.newcomers.update(newcomer)
        self.changed.emit(NEWCOMER, saved.id)
        return saved

    def toggle_closed(self, newcomer_id: str) -> Newcomer:
        current = self._case.newcomers.get(newcomer_id)
        if current.status == "active":
            saved = self._case.newcomers.close(newcomer_id)
        else:
            saved = self._case.newcomers.reopen(newcomer_id)
        self.changed.emit(NEWCOMER, newcomer_id)
        return saved

    # --- entries -----------------------------------------------------------------------

    def add_entry(self, entry: Entry) -> Entry:
        saved = self._case.entries.add(entry)
        self.changed.emit(ENTRY, saved.newcomer_id)
        return saved

    def update_entry(self, entry: Entry, *, base: Entry | None = None) -> Entry:
        """Save an edited entry; with `base` (as its editor opened it) the store refuses
        when it was changed meanwhile (ChangedSinceOpened)."""
        saved = self._case.entries.update(entry, base=base)
        self.changed.emit(ENTRY, saved.newcomer_id)
        return saved

    def set_entry_status(self, entry_id: str, status: str) -> Entry:
        """A quick action: appointment done/no-show/cancelled, task done, signal resolved."""
        saved = self._case.entries.set_status(entry_id, status)
        self.changed.emit(ENTRY, saved.newcomer_id)
        return saved

    def delete_entry(self, entry_id: str) -> Entry:
        """Delete; the entry is kept in memory so `undo_delete` can put it back."""
        deleted = self._case.entries.delete(entry_id)
        self.last_deleted = deleted
        self.changed.emit(ENTRY, deleted.newcomer_id)
        return deleted

    def undo_delete(self) -> Entry | None:
        entry, self.last_deleted = self.last_deleted, None
        if entry is None:
            return None
        saved = self._case.entries.add(replace(entry, updated=""))
        self.changed.emit(ENTRY, saved.newcomer_id)
        return saved

    # --- consents ----------------------------------------------------------------------

    def give_consent(self, consent: Consent) -> Consent:
        saved = self._case.consents.add(consent)
        self.changed.emit(CONSENT, saved.newcomer_id)
        return saved

    def withdraw_consent(self, consent_id: str, on: date) -> Consent:
        saved = self._case.consents.withdraw(consent_id, on)
        self.changed.emit(CONSENT, saved.newcomer_id)
        return saved

    # --- DUO extension requests ------------------------------------------------------------

    def add_extension_request(self, request: ExtensionRequest) -> ExtensionRequest:
        """Record a request sent to DUO; a task for the expected decision comes with it."""
        saved = self._case.extension_requests.add(request)
        self.changed.emit(NEWCOMER, saved.newcomer_id)
        return saved

    def update_extension_request(self, request: ExtensionRequest) -> ExtensionRequest:
        """Evidence ticks or DUO's decision; a granted one moves the termijn end."""
        saved = self._case.extension_requests.update(request)
        self.changed.emit(NEWCOMER, saved.newcomer_id)
        return saved

    # --- handover and inzage (long work: off the GUI thread, then tell the views) -----------

    def hand_over(self, parent, title: str, newcomer_ids, path, to: str):
        """Write an encrypted handover file and register it; returns the HandoverResult."""
        from sleutelapp.exports import handover
        from sleutelapp.gui.background import run_with_progress

        case = self._case
        result = run_with_progress(
            parent, title, lambda: handover.write_handover(case, list(newcomer_ids), path, to=to)
        )
        self.changed.emit(EVERYTHING, "")
        return result

    def receive_handover(self, parent, title: str, path, code: str):
        """Receive a colleague's handover, all or nothing; returns what came in."""
        from sleutelapp.exports import handover
        from sleutelapp.gui.background import run_with_progress

        received = run_with_progress(parent, title, handover.receive_file, self._case, path, code)
        self.changed.emit(EVERYTHING, "")
        return received

    def give_inzage(self, parent, title: str, newcomer_id: str, path):
        """Write the newcomer's own copy and register it as given to them."""
        from sleutelapp.exports import inzage
        from sleutelapp.gui.background import run_with_progress

        given = run_with_progress(
            parent, title, inzage.export_inzage, self._case, newcomer_id, path
        )
        self.changed.emit(EVERYTHING, newcomer_id)
        return given

    def export_calendar(self, parent, title: str, path, options, recipient: str, today):
        """Write the agenda as an .ics file and register it; returns the disclosures."""
        from sleutelapp.exports import calendar
        from sleutelapp.gui.background import run_with_progress

        case = self._case
        made = run_with_progress(
            parent,
            title,
            lambda: calendar.export_calendar(case, path, options, today=today, recipient=recipient),
        )
        self.changed.emit(EVERYTHING, "")
        return made

    def export_week_pdf(self, parent, title: str, path, options, day, recipient: str):
        """Write a week of the agenda as a PDF and register it; returns the disclosures."""
        from sleutelapp.exports import agenda_week
        from sleutelapp.gui.background import run_with_progress

        case = self._case
        made = run_with_progress(
            parent,
            title,
            lambda: agenda_week.export_week(case, path, options, day, recipient=recipient),
        )
        self.changed.emit(EVERYTHING, "")
        return made

    def close_newcomers(self, newcomer_ids) -> None:
        """Close the active ones among these newcomers (after a handover)."""
        case = self._case
        for newcomer_id in newcomer_ids:
            if case.newcomers.get(newcomer_id).status == "active":
                case.newcomers.close(newcomer_id)
        self.changed.emit(EVERYTHING, "")

    def erase_newcomer(self, newcomer_id: str, *, listed=None) -> list:
        """Erase for good; the disclosures in `listed` are the receipt's 'told' list."""
        shared = self._case.newcomers.erase(newcomer_id, listed=listed)
        self.changed.emit(EVERYTHING, "")
        return shared

    # --- report schedule of one newcomer -------------------------------------------------

    def report_schedule_of(self, newcomer_id: str | None) -> tuple[str | None, str]:
        """(the newcomer's own schedule or None, the case file's setting)."""
        from sleutelapp.store import report_schedules

        own = report_schedules.own_schedule(self._case, newcomer_id) if newcomer_id else None
        return own, report_schedules.default_schedule(self._case)

    def set_report_schedule(self, newcomer_id: str, schedule: str | None) -> None:
        """Give the newcomer their own schedule (None: the setting applies)."""
        from sleutelapp.store import report_schedules

        report_schedules.set_own_schedule(self._case, newcomer_id, schedule)
        self.changed.emit(NEWCOMER, newcomer_id)

    # --- settings and outside changes ----------------------------------------------------

    def save_settings(self, values: dict) -> None:
        self._case.settings.update(values)
        self._session.autolock_minutes = int(self._case.settings.get("autolock_minutes"))
        self.changed.emit(SETTINGS, "")

    def forget(self) -> None:
        """Drop what is kept for undo (on lock: nothing of the case stays in memory)."""
        self.last_deleted = None

    def external_change(self, newcomer_id: str = "") -> None:
        """Another dialog (report, backup, erase, …) changed the case: refresh everything."""
        self.changed.emit(EVERYTHING, newcomer_id)
