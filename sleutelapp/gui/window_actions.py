"""What the main window's menu items do: quick entry, edit/delete with undo, newcomers,
consents, settings, and the dialogs of the export and safety modules (each imported when its
menu item is first used)."""

from __future__ import annotations

import functools
import importlib

from PySide6.QtCore import QCoreApplication, QObject

from sleutelapp.gui import prompts

KIND_ACTIONS = (
    ("actionContact", "contact"),
    ("actionAppointment", "appointment"),
    ("actionActivity", "activity"),
    ("actionNote", "note"),
    ("actionSignal", "signal"),
    ("actionTask", "task"),
)

# menu action -> (module under sleutelapp.gui, function, needs an open case, needs a newcomer)
DIALOG_ACTIONS = {
    "actionReport": ("report_dialog", "open_report_dialog", True, True),
    "actionDueReports": ("due_reports_dialog", "open_due_reports_dialog", True, False),
    "actionSummary": ("summary_dialog", "open_summary_dialog", True, False),
    "actionMerge": ("merge_dialog", "open_merge_dialog", False, False),
    "actionBackup": ("safety_dialogs", "make_backup", True, False),
    "actionRestore": ("safety_dialogs", "restore_backup", False, False),
    "actionHealthCheck": ("safety_dialogs", "health_check", True, False),
    "actionEraseNewcomer": ("safety_dialogs", "erase_newcomer", True, True),
    "actionHandover": ("handover_dialog", "open_handover_dialog", True, False),
    "actionReceive": ("receive_dialog", "open_receive_dialog", True, False),
    "actionInzage": ("inzage_dialog", "open_inzage_dialog", True, True),
    "actionPapers": ("papers_dialog", "open_papers_dialog", True, True),
    "actionCalendarExport": ("calendar_export_dialog", "open_calendar_export_dialog", True, False),
}


def dialog_function(module: str, function: str):
    """The function of a dialog module, imported on first use (keeps start-up light)."""
    return getattr(importlib.import_module(f"sleutelapp.gui.{module}"), function)


class WindowActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        ui = window.ui
        for action_name, kind in KIND_ACTIONS:
            getattr(ui, action_name).triggered.connect(
                lambda _checked=False, k=kind: self.open_entry_dialog(k)
            )
        ui.actionNewNewcomer.triggered.connect(self.new_newcomer)
        ui.addNewcomerButton.clicked.connect(self.new_newcomer)
        ui.actionEditNewcomer.triggered.connect(self.edit_newcomer)
        ui.actionCloseNewcomer.triggered.connect(self.toggle_closed)
        ui.actionEditEntry.triggered.connect(self.edit_entry)
        ui.actionDeleteEntry.triggered.connect(self.delete_entry)
        ui.actionUndo.triggered.connect(self.undo_delete)
        ui.actionSettings.triggered.connect(self.settings)
        ui.actionLock.triggered.connect(window.lock)
        ui.actionQuit.triggered.connect(window.close)
        ui.actionToday.triggered.connect(window.show_today)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionAbout.triggered.connect(self.about)
        self._editors: dict[str, object] = {}  # entry id -> its open editor (one per entry)
        self._daily = None  # the daily backup while it runs in the background
        from sleutelapp.gui.quick_actions import QuickActions

        self.quick = QuickActions(window)
        view = window.newcomer_view
        view.edit_entry.connect(self.edit_entry)
        view.delete_entry.connect(self.delete_entry)
        view.edit_profile.connect(self.edit_newcomer)
        view.give_papers.connect(lambda: self.run_dialog_action("actionPapers"))
        view.give_consent.connect(self.give_consent)
        view.withdraw_consent.connect(self.withdraw_consent)
        view.request_extension.connect(self.request_extension)
        view.record_extension_decision.connect(self.record_extension_decision)
        for action_name in DIALOG_ACTIONS:
            getattr(ui, action_name).triggered.connect(
                lambda _checked=False, a=action_name: self.run_dialog_action(a)
            )
        window.today_view.open_due_reports.connect(
            lambda: self.run_dialog_action("actionDueReports")
        )
        unlock = window.unlock_page
        unlock.forgot_requested.connect(self.forgot_passphrase)
        unlock.restore_requested.connect(self.restore)
        window.first_start.restore_requested.connect(self.restore)

    # --- helpers ----------------------------------------------------------------------------

    def _need_newcomer(self, *, vandaag_row: bool = False) -> str | None:
        """The newcomer a command is about: the one on screen. With `vandaag_row` (logging,
        Ctrl+1…6) on Vandaag also the newcomer of the selected row; closing, erasing and
        editing act only on the newcomer whose page is open, never on a list row."""
        newcomer_id = self.w.current_newcomer_id()
        if (
            newcomer_id is None
            and vandaag_row
            and self.w.ui.detailStack.currentWidget() is self.w.today_view
        ):
            item = self.w.today_view.current_item()
            # a "n more" row is about no one
            newcomer_id = (item.newcomer_id or None) if item is not None else None
        if newcomer_id is None:
            self.w.statusBar().showMessage(
                self.tr("Choose a newcomer first (search on the left)."), 5000
            )
            self.w.ui.searchEdit.setFocus()
        return newcomer_id

    def update_dialog_actions(self, unlocked: bool) -> None:
        for action_name, (_module, _function, needs_case, _n) in DIALOG_ACTIONS.items():
            getattr(self.w.ui, action_name).setEnabled(unlocked or not needs_case)

    def focus_search(self) -> None:
        self.w.ui.searchEdit.setFocus()
        self.w.ui.searchEdit.selectAll()

    # --- entries ----------------------------------------------------------------------------

    def open_entry_dialog(self, kind: str, *, entry=None, draft=None):
        from sleutelapp.gui.entry_dialog import EntryDialog

        newcomer_id = draft["newcomer_id"] if draft else self._need_newcomer(vandaag_row=True)
        if newcomer_id is None or not self.w.session.is_open:
            return None
        if draft and draft.get("entry_id") and entry is None:
            from sleutelapp.store.errors import NotFound

            try:
                entry = self.w.session.case.entries.get(draft["entry_id"])
            except NotFound:
                entry = None
        if entry is not None and entry.id in self._editors:
            open_editor = self._editors[entry.id]
            open_editor.raise_()  # one editor per entry: bring the open one forward
            open_editor.activateWindow()
            self.w.statusBar().showMessage(self.tr("This entry is already open."), 5000)
            return open_editor
        newcomer = self.w.session.case.newcomers.get(newcomer_id)
        dialog = EntryDialog(
            self.w,
            self.w.operations,
            kind,
            newcomer_id,
            newcomer.display_name,
            entry=entry,
            last_type=self.w.prefs.last_type(kind),
            draft=draft,
        )
        if entry is not None:
            self._editors[entry.id] = dialog
            dialog.finished.connect(lambda _result, i=entry.id: self._editors.pop(i, None))
        dialog.accepted.connect(lambda: self._entry_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _entry_saved(self, dialog) -> None:
        if dialog.saved is not None:
            self.w.prefs.set_last_type(dialog.kind, dialog.saved.type)
            self.w.newcomer_view.select_entry(dialog.saved.id)
            self.w.statusBar().showMessage(self.tr("Saved."), 3000)
            from sleutelapp.gui.recipient_notice import tell_after_correction

            tell_after_correction(self.w, self.w.session.case, dialog.editing, dialog.saved)

    def reopen_draft(self, draft: dict) -> None:
        """After unlocking: the dialog that was open when the app locked, with what was
        typed in it (an entry, or a newcomer's details)."""
        newcomer_id = draft.get("newcomer_id")
        exists = bool(newcomer_id) and self.w.session.case.newcomers.exists(newcomer_id)
        if draft.get("dialog") == "newcomer":
            if newcomer_id and not exists:
                return  # erased meanwhile (a restore): nothing to put the details on
            if exists:
                self.w.select_newcomer(newcomer_id)
            self._open_newcomer_dialog(
                self.w.session.case.newcomers.get(newcomer_id) if exists else None, draft
            )
            return
        if exists:
            self.w.select_newcomer(newcomer_id)
            self.open_entry_dialog(draft["kind"], draft=draft)

    def edit_entry(self) -> None:
        entry = self.w.newcomer_view.selected_entry()
        if entry is not None:
            self.open_entry_dialog(entry.kind, entry=entry)

    def delete_entry(self) -> None:
        from sleutelapp.store.errors import CaseError

        entry = self.w.newcomer_view.selected_entry()
        if entry is None:
            return
        try:
            self.w.operations.delete_entry(entry.id)
        except CaseError as exc:
            prompts.show_error(self.w, exc)
            return
        self.w.ui.actionUndo.setEnabled(True)
        self.w.statusBar().showMessage(self.tr("Entry deleted. Press Ctrl+Z to undo."), 10000)

    def undo_delete(self) -> None:
        from sleutelapp.store.errors import CaseError

        try:
            restored = self.w.operations.undo_delete()
        except CaseError as exc:
            prompts.show_error(self.w, exc)
            return
        self.w.ui.actionUndo.setEnabled(False)
        if restored is not None:
            if restored.newcomer_id != self.w.current_newcomer_id():
                self.w.select_newcomer(restored.newcomer_id)
            self.w.statusBar().showMessage(self.tr("Entry restored."), 3000)

    # --- newcomers and consents ----------------------------------------------------------------

    def new_newcomer(self):
        if not self.w.session.is_open:
            return None
        return self._open_newcomer_dialog(None)

    def edit_newcomer(self):
        newcomer_id = self._need_newcomer()
        if newcomer_id is None:
            return None
        return self._open_newcomer_dialog(self.w.session.case.newcomers.get(newcomer_id))

    def _open_newcomer_dialog(self, before, draft=None):
        from sleutelapp.gui.newcomer_dialog import NewcomerDialog

        dialog = NewcomerDialog(self.w, self.w.operations, before, draft=draft)
        if before is None:
            dialog.accepted.connect(lambda: self.w.select_newcomer(dialog.saved.id))
        else:
            dialog.accepted.connect(lambda: self._profile_saved(before, dialog.saved))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _profile_saved(self, before, saved) -> None:
        from sleutelapp.gui.recipient_notice import tell_after_profile_correction

        if self.w.session.is_open:
            tell_after_profile_correction(self.w, self.w.session.case, before, saved)

    def toggle_closed(self) -> None:
        """Close (or reopen) the newcomer on screen, after saying what closing means."""
        from sleutelapp.gui import prompts
        from sleutelapp.store.errors import CaseError

        newcomer_id = self._need_newcomer()
        if newcomer_id is None:
            return
        newcomer = self.w.session.case.newcomers.get(newcomer_id)
        if newcomer.status == "active":
            months = int(self.w.session.case.settings.get("retention_months"))
            if not prompts.confirm(
                self.w,
                self.tr("Close {0}?").format(newcomer.display_name),
                self.tr("Close the file of {0}?").format(newcomer.display_name),
                self.tr("Close {0}").format(newcomer.display_name),
                detail=self.tr(
                    "Closing starts the retention period: %n month(s) from today, after "
                    "which the app asks you to erase everything about them. You can reopen "
                    "the file until then.",
                    "",
                    months,
                ),
            ):
                return
        try:
            saved = self.w.operations.toggle_closed(newcomer_id)
        except CaseError as exc:
            prompts.show_error(self.w, exc)
            return
        message = (
            self.tr("{0} is closed.") if saved.status != "active" else self.tr("{0} is reopened.")
        )
        self.w.statusBar().showMessage(message.format(saved.display_name), 5000)

    def give_consent(self, focus_purpose: str | None = None):
        """The one consents dialog: every purpose, given / how / withdrawn."""
        from sleutelapp.gui.consent_dialog import ConsentDialog

        newcomer_id = self._need_newcomer()
        if newcomer_id is None:
            return None
        dialog = ConsentDialog(
            self.w,
            self.w.operations,
            newcomer_id,
            self.w.newcomer_view.newcomer.display_name,
            self.w.session.case.consents.for_newcomer(newcomer_id),
            focus_purpose=focus_purpose,
            sheets=self.w.session.case.consents.sheets(newcomer_id),
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def withdraw_consent(self):
        """The same dialog, at the "withdrawn on" box of the selected consent."""
        consent = self.w.newcomer_view.selected_consent()
        if consent is None or consent.withdrawn_on is not None:
            return None
        return self.give_consent(focus_purpose=consent.purpose)

    def request_extension(self, request=None):
        """Ask DUO for more time (or, with `request`, record DUO's decision on it)."""
        from sleutelapp.gui.extension_dialog import ExtensionDialog

        newcomer_id = self._need_newcomer()
        if newcomer_id is None:
            return None
        case = self.w.session.case
        dialog = ExtensionDialog(
            self.w,
            self.w.operations,
            case.newcomers.get(newcomer_id),
            case.extension_requests.for_newcomer(newcomer_id),
            request,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def record_extension_decision(self):
        """The same dialog for the selected request, at DUO's decision."""
        request = self.w.newcomer_view.selected_extension_request()
        if request is None:
            return None
        return self.request_extension(request)

    def settings(self):
        from sleutelapp.gui.recovery_dialogs import new_recovery_key
        from sleutelapp.gui.settings_dialog import SettingsDialog

        if not self.w.session.is_open:
            return None
        dialog = SettingsDialog(
            self.w,
            self.w.operations,
            self.w.session.case,
            recovery_key_action=lambda parent: new_recovery_key(parent, self.w.session.case),
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- the other modules' dialogs ----------------------------------------------------------

    def run_dialog_action(self, action_name: str) -> None:
        from sleutelapp.store.errors import CaseError, CaseLocked

        module, function, needs_case, needs_newcomer = DIALOG_ACTIONS[action_name]
        if action_name == "actionRestore":
            self.restore()
            return
        if action_name == "actionBackup":
            self.stop_daily_backup()  # one backup at a time; the daily one comes back later
        fn = dialog_function(module, function)
        args = [self.w]
        if needs_case:
            if not self.w.session.is_open:
                return
            args.append(self.w.session.case)
        if needs_newcomer:
            newcomer_id = self._need_newcomer()
            if newcomer_id is None:
                return
            args.append(newcomer_id)
        try:
            fn(*args)
        except CaseLocked:
            return  # locked while the dialog was open
        except CaseError as exc:
            prompts.show_error(self.w, exc)
        # no refresh here: a dialog that writes does so through Operations, which tells
        # the views exactly what changed

    def restore(self) -> None:
        from sleutelapp.gui.safety_dialogs import restore_backup

        if self.w.session.is_open:
            self.w.session.lock()  # the contract: close the case before restoring
        if restore_backup(self.w, self.w.paths):
            self.w.show_unlock(
                lambda: self.tr("The backup was restored. Unlock it with its passphrase.")
            )

    def forgot_passphrase(self) -> None:
        from sleutelapp.gui.recovery_dialogs import recover_with_recovery_key

        new_passphrase = recover_with_recovery_key(self.w, self.w.paths)
        if new_passphrase:
            self.w.unlock(new_passphrase)

    def after_unlock(self) -> None:
        """Start-up duties: list who is past the retention period (safety module)."""
        from sleutelapp.gui.safety_dialogs import retention_check

        retention_check(self.w, self.w.session.case)  # erasing tells the views itself

    def daily_backup(self) -> None:
        """The automatic backup of the day, if there is none yet (timer while unlocked).

        It runs in the background while the user goes on working, with a note in the status
        bar; locking or closing stops it first (stop_daily_backup), leaving nothing behind.
        """
        from datetime import date

        from sleutelapp.store.backup import AUTO_PREFIX, SUFFIX

        session = self.w.session
        if not session.is_open or session.is_demo or self._daily is not None:
            return
        today = session.case.paths.backups / f"{AUTO_PREFIX}{date.today().isoformat()}{SUFFIX}"
        if today.exists():
            return
        from sleutelapp.gui.background import InBackground
        from sleutelapp.gui.safety_dialogs import automatic_backup

        note = self.tr("Making the automatic backup…")
        daily = self._daily = InBackground(
            self, functools.partial(automatic_backup, in_background=True), session.case
        )
        daily.done.connect(lambda: self._daily_done(daily, note))
        self.w.statusBar().showMessage(note)
        daily.start()

    def _daily_done(self, daily, note: str) -> None:
        if self._daily is daily:
            self._daily = None
        daily.deleteLater()
        if self.w.statusBar().currentMessage() == note:
            self.w.statusBar().clearMessage()

    def stop_daily_backup(self) -> None:
        """Stop a daily backup still running (before the case is locked or closed): it stops
        at its next step and removes its temp files; the older backups stay."""
        daily, self._daily = self._daily, None
        if daily is not None:
            daily.stop()

    def before_close(self) -> None:
        """The close-time automatic backup, with a note whose cancel button abandons it
        safely (no temp file left, nothing under the backup's name, the older ones stay)."""
        from sleutelapp.gui.safety_dialogs import automatic_backup

        self.stop_daily_backup()
        if not self.w.session.is_demo:
            from sleutelapp.gui.background import run_abandonable

            try:
                run_abandonable(
                    self.w,
                    self.tr("Making the automatic backup…"),
                    QCoreApplication.translate("prompts", "Cancel"),
                    automatic_backup,
                    self.w.session.case,
                )
            except OSError as exc:
                prompts.show_error(self.w, exc)

    def about(self) -> None:
        from sleutelapp.gui.about_dialog import open_about_dialog

        open_about_dialog(self.w)
