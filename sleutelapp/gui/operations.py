"""One path for writes from the GUI (conventions.md 5): store call, then tell the views.

Shaped like a collection operation: each method runs one store call (off the GUI thread,
with a progress dialog, when it can be slow), then announces a `Change` saying exactly which
kinds of data changed for which newcomers. Views and dialogs never write through the store
themselves (a test over sleutelapp/gui/ holds them to it); each view subscribes to
`announced` and refreshes only when a change touches what it shows.

Known problems (CaseError, OSError) are raised to the caller, which shows them in its own
words; `run` shows them in the usual words instead and answers (ok, result).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from sleutelapp.domain.model import Consent, Entry, ExtensionRequest, Newcomer
from sleutelapp.language import QT_TRANSLATE_NOOP

NEWCOMER, ENTRY, CONSENT, SETTINGS, EVERYTHING = (
    "newcomer",
    "entry",
    "consent",
    "settings",
    "everything",
)
DISCLOSURE = "disclosure"  # the register of what was shared (the Gedeeld tab)


@dataclass(frozen=True)
class Change:
    """What one operation changed: kinds of data, for these newcomers (none: any newcomer)."""

    kinds: frozenset[str]
    newcomer_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str, newcomer_ids=()) -> Change:
        return cls(frozenset(kinds), frozenset(i for i in newcomer_ids if i))

    def touches(self, shown: frozenset[str]) -> bool:
        """True when this change is about a kind of data a view shows."""
        return EVERYTHING in self.kinds or bool(self.kinds & shown)

    def about(self, newcomer_id: str | None) -> bool:
        """True when the change may concern this newcomer."""
        return not self.newcomer_ids or newcomer_id in self.newcomer_ids


class _OpenCase:
    """A session that is always open on one case: the runner of a dialog shown on its own
    (a test, or a command without a main window), whose changes no view hears."""

    is_open = True
    autolock_minutes = 0

    def __init__(self, case):
        self.case = case


class Operations(QObject):
    # one kind of change (a constant above) and its newcomer id ("" when not one newcomer);
    # kept for operations that change one kind: each emit is announced as a Change
    changed = Signal(str, str)
    # the Change of one operation; views subscribe to this
    announced = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self.last_deleted: Entry | None = None
        self.changed.connect(self._announce_one)

    @classmethod
    def of(cls, parent, case) -> Operations:
        """The runner of the window `parent` belongs to when it works on `case`; otherwise
        one for this case alone (a dialog shown without a main window)."""
        widget = parent
        while widget is not None:
            found = getattr(widget, "operations", None)
            if isinstance(found, Operations) and found.works_on(case):
                return found
            widget = widget.parent()
        return cls(_OpenCase(case))

    def works_on(self, case) -> bool:
        return self._session.is_open and self._session.case is case

    def announce(self, change: Change) -> None:
        self.announced.emit(change)

    def _announce_one(self, what: str, newcomer_id: str) -> None:
        self.announce(Change.of(what, newcomer_ids=(newcomer_id,)))

    def run(self, parent, operation, *args, **kwargs):
        """Run one operation of this class; a known error is shown at `parent` and gives
        (False, None), success gives (True, result)."""
        from sleutelapp.gui import prompts
        from sleutelapp.store.errors import CaseError

        try:
            return True, operation(*args, **kwargs)
        except (CaseError, OSError) as exc:
            prompts.show_error(parent, exc)
            return False, None

    @staticmethod
    def _work(parent, progress: str | None, fn, *args):
        """fn(*args), off the GUI thread behind a progress dialog when `progress` names it."""
        if progress is None:
            return fn(*args)
        from sleutelapp.gui.background import run_with_progress

        return run_with_progress(parent, progress, fn, *args)

    @property
    def _case(self):
        from sleutelapp.store.errors import CaseLocked

        if not self._session.is_open:
            raise CaseLocked(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "The case file is locked.",
                ),
            )
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
        ids = list(newcomer_ids)
        result = run_with_progress(
            parent, title, lambda: handover.write_handover(case, ids, path, to=to)
        )
        self.announce(Change.of(DISCLOSURE, newcomer_ids=ids))  # registered as shared
        return result

    def receive_handover(self, parent, title: str, path, code: str):
        """Receive a colleague's handover, all or nothing; returns what came in."""
        from sleutelapp.exports import handover
        from sleutelapp.gui.background import run_with_progress

        received = run_with_progress(parent, title, handover.receive_file, self._case, path, code)
        self.changed.emit(EVERYTHING, "")
        return received

    def give_inzage(self, parent, title: str, newcomer_id: str, path, *, language: str = "nl"):
        """Write the newcomer's own copy in `language` (with the Dutch beside it) and
        register it as given to them."""
        from sleutelapp.exports import inzage
        from sleutelapp.gui.background import run_with_progress

        given = run_with_progress(
            parent, title, inzage.export_inzage, self._case, newcomer_id, path, language
        )
        self.announce(Change.of(DISCLOSURE, newcomer_ids=(newcomer_id,)))
        return given

    def give_newcomer_paper(
        self, parent, title: str, paper: str, newcomer_id: str, path, *, weeks: int, language
    ):
        """Write a paper for the newcomer ("card": Mijn afspraken, "sheet": the consent
        sheet) and register it as given to them; returns the disclosure."""
        from sleutelapp.exports import consent_sheet, newcomer_card
        from sleutelapp.gui.background import run_with_progress

        case = self._case
        if paper == "card":
            work = lambda: newcomer_card.export_card(  # noqa: E731
                case, newcomer_id, path, weeks=weeks, language=language
            )
        else:
            work = lambda: consent_sheet.export_sheet(  # noqa: E731
                case, newcomer_id, path, language=language
            )
        given = run_with_progress(parent, title, work)
        self.announce(Change.of(DISCLOSURE, newcomer_ids=(newcomer_id,)))
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

    def export_week_pdf(
        self, parent, title: str, path, options, day, recipient: str, language: str = "nl"
    ):
        """Write a week of the agenda as a PDF in `language` and register it; returns the
        disclosures."""
        from sleutelapp.exports import agenda_week
        from sleutelapp.gui.background import run_with_progress

        case = self._case
        made = run_with_progress(
            parent,
            title,
            lambda: agenda_week.export_week(
                case, path, options, day, recipient=recipient, language=language
            ),
        )
        self.changed.emit(EVERYTHING, "")
        return made

    def close_newcomers(self, newcomer_ids) -> None:
        """Close the active ones among these newcomers (after a handover)."""
        case = self._case
        closed = []
        for newcomer_id in newcomer_ids:
            if case.newcomers.get(newcomer_id).status == "active":
                case.newcomers.close(newcomer_id)
                closed.append(newcomer_id)
        self.announce(Change.of(NEWCOMER, newcomer_ids=closed))

    def erase_newcomer(self, newcomer_id: str, *, listed=None) -> list:
        """Erase for good; the disclosures in `listed` are the receipt's 'told' list."""
        shared = self._case.newcomers.erase(newcomer_id, listed=listed)
        self.announce(_gone(newcomer_id))
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

    def purge_retention(self, newcomer_ids) -> list:
        """Erase those of `newcomer_ids` that are past the retention period (start-up)."""
        from sleutelapp.store import retention

        erased = retention.purge(self._case, only=set(newcomer_ids))
        gone = [item.newcomer_id for item in erased]
        if gone:
            self.announce(_gone(*gone))
        return erased

    # --- exports that register what was shared --------------------------------------------

    def export_report(self, parent, title: str, plan, path, *, recipient, password, pdf):
        """Write the regisseur report and register it as shared (the Gedeeld tab)."""
        from sleutelapp.exports import regisseur_report as rr

        case = self._case
        written = self._work(
            parent,
            title,
            lambda: rr.export_report(
                case, plan, path, recipient=recipient, password=password, pdf=pdf
            ),
        )
        self.announce(Change.of(DISCLOSURE, newcomer_ids=(plan.newcomer.id,)))
        return written

    def export_summary(self, parent, title: str, prepared, json_path, pdf_path):
        """Write an anonymised summary (JSON, optional PDF) and register it."""
        from sleutelapp.exports.summary import export_summary

        case = self._case
        written = self._work(parent, title, export_summary, case, prepared, json_path, pdf_path)
        self.announce(Change.of(DISCLOSURE))  # registered without naming a newcomer
        return written

    # --- the safety net ---------------------------------------------------------------------

    def make_backup(self, parent, title: str, path):
        """Write and check a backup to a chosen file; the audit log notes it."""
        from sleutelapp.store import backup

        case = self._case
        info = self._work(parent, title, backup.write_backup, case, path)
        case.audit.record("backup", "case", None)
        return info  # nothing on screen changed

    def restore_backup(self, parent, title: str, staged):
        """Put a checked backup in place of the case file (the case is closed meanwhile);
        returns where the previous file was kept."""
        kept = self._work(parent, title, staged.commit)
        if self._session.is_open:
            self.announce(Change.of(EVERYTHING))
        return kept

    def change_passphrase(self, parent, title: str, new: str, kdf=None) -> None:
        self._work(parent, title, self._case.change_passphrase, new, kdf)

    def new_recovery_key(self) -> str:
        """A new recovery key for the case (the old one stops working); nothing on screen."""
        return self._case.new_recovery_key()

    # --- settings and outside changes ----------------------------------------------------

    def save_settings(self, values: dict) -> None:
        self._case.settings.update(values)
        self._session.autolock_minutes = int(self._case.settings.get("autolock_minutes"))
        self.changed.emit(SETTINGS, "")

    @staticmethod
    def save_first_profile(case, profile: dict) -> None:
        """First start: the name, organisation and contact typed on the first page, saved
        into the case just created (no view shows it yet)."""
        if profile:
            case.settings.update(profile)

    @staticmethod
    def adopt_language(case, language: str) -> None:
        """A case file opened from the first-start page (the demo) speaks the language
        chosen there; saved before any view shows the case."""
        if case.settings.get("ui_language") != language:
            case.settings.update({"ui_language": language})

    def forget(self) -> None:
        """Drop what is kept for undo (on lock: nothing of the case stays in memory)."""
        self.last_deleted = None

    def external_change(self, newcomer_id: str = "") -> None:
        """Something outside these operations changed the case: refresh everything."""
        self.changed.emit(EVERYTHING, newcomer_id)


def _gone(*newcomer_ids: str) -> Change:
    """Erased newcomers: their row, entries, consents and disclosures are all gone."""
    return Change.of(NEWCOMER, ENTRY, CONSENT, DISCLOSURE, newcomer_ids=newcomer_ids)


def make_demo_case(demo_paths, passphrase, kdf):
    """Create and fill the demo case file (runs off the GUI thread)."""
    from sleutelapp.domain.demo import generate
    from sleutelapp.store.bulk import insert_all
    from sleutelapp.store.case import Case

    case, _recovery = Case.create(demo_paths, passphrase, kdf)
    data = generate(newcomers=20, entries_per=25, seed=1)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    case.settings.update({"controller_name": "Demo", "keyperson_name": "Demo"})
    return case
