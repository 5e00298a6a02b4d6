"""The main window: gate pages (first start, unlock), the newcomer list, Vandaag and the
selected newcomer. Locking covers everything with the unlock page and empties every model.

Menu commands live in window_actions.py; this module owns opening, locking and navigation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from sleutelapp.domain import vocab
from sleutelapp.gui import fonts, i18n, prompts
from sleutelapp.gui.agenda_actions import AgendaActions
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.first_start_page import FirstStartPage
from sleutelapp.gui.forms.ui_main_window import Ui_MainWindow
from sleutelapp.gui.gate import LiveUnlockPage, Message, RecoveryKeyPage
from sleutelapp.gui.labels import label
from sleutelapp.gui.models.newcomer_model import NewcomerBadgeDelegate, NewcomerListModel
from sleutelapp.gui.newcomer_view import NewcomerView
from sleutelapp.gui.operations import ENTRY, SETTINGS, Operations, make_demo_case
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.session import Session
from sleutelapp.gui.today_view import TodayView
from sleutelapp.gui.window_actions import WindowActions

DEMO_PASSPHRASE = "demo"  # the demo file holds only invented people
BACKUP_CHECK_MS = 60 * 60 * 1000  # design.md §5: automatic backups at most daily


class MainWindow(QMainWindow):
    def __init__(self, paths, prefs, *, kdf=None, first_start: FirstStartPage | None = None):
        # Every bundled font before anything is built: names in any script can appear from
        # here on (a start registered only those of its first page's language).
        fonts.register(QApplication.instance())
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.paths = paths
        self.prefs = prefs
        self.kdf = kdf  # None: the store's real cost; tests pass a cheap one
        self.startup_checks = True  # retention warning after unlock; off for --smoke and tests
        self.session = Session(paths, self)
        self.operations = Operations(self.session, self)
        QApplication.instance().installEventFilter(self.session)

        ui = self.ui
        # The start window's first-start page, with what was typed in it; or its own.
        self.first_start = FirstStartPage(self) if first_start is None else first_start
        self.unlock_page = LiveUnlockPage(self)
        self.recovery_page = RecoveryKeyPage(self)
        for page in (self.first_start, self.unlock_page, self.recovery_page):
            ui.pages.addWidget(page)
        self.today_view = TodayView(self)
        self.newcomer_view = NewcomerView(self)
        ui.detailStack.addWidget(self.today_view)
        ui.detailStack.addWidget(self.newcomer_view)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([300, 980])

        self.newcomers = NewcomerListModel(self)
        ui.newcomerList.setModel(self.newcomers)
        self.newcomers.rowsInserted.connect(lambda *_: self._update_count())  # next page read
        ui.newcomerList.setItemDelegate(NewcomerBadgeDelegate(ui.newcomerList))
        ui.newcomerList.selectionModel().currentChanged.connect(self._current_changed)
        ui.newcomerList.activated.connect(self._current_changed)
        ui.searchEdit.textChanged.connect(self.reload_list)
        ui.searchEdit.textChanged.connect(lambda _text: self._show_search_matches(select=False))
        ui.searchEdit.returnPressed.connect(self._open_first_match)
        ui.searchEdit.installEventFilter(self)
        QApplication.instance().installEventFilter(self)  # Ctrl+L inside a dialog
        ui.statusFilter.currentIndexChanged.connect(self.reload_list)
        ui.routeFilter.currentIndexChanged.connect(self.reload_list)
        ui.todayButton.clicked.connect(self.show_today)
        self._fill_filters()

        self.today_view.open_newcomer.connect(self.select_newcomer)
        self.operations.announced.connect(self._changed)
        self.today_view.follow(self.operations, self.session)
        self.newcomer_view.follow(self.operations, self.session)
        self.session.locked.connect(self._on_locked)
        self.first_start.create_requested.connect(self.create_case)
        self.first_start.demo_requested.connect(self.open_demo)
        self.first_start.language_chosen.connect(self._apply_language)
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.recovery_page.done.connect(self._enter_work)

        self.actions = WindowActions(self)
        self.agenda = AgendaActions(self)  # the agenda view beside Vandaag, Ctrl+G
        self._backup_timer = self._make_backup_timer()
        self._draft: dict | None = None
        self._pending_recovery = None
        self._making_file = False  # a case file or the demo being made (no second at once)
        self._case_paths = paths
        self._set_unlocked(False)
        geometry = prefs.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, QSize(1280, 800))
        else:
            fit_to_screen(self, self.size())  # saved on a bigger screen: shrink to this one

    # --- start, open, lock -------------------------------------------------------------

    def start(self) -> None:
        """Show the first-start page for a new installation, else the unlock page."""
        if self.paths.db.exists() or self.paths.key.exists():
            self.show_unlock()
        else:
            self.ui.pages.setCurrentWidget(self.first_start)
            self.first_start.focus_first()

    def show_unlock(self, note: Message = "") -> None:
        """The unlock page, with a note above the button (a function: it follows a
        language switch)."""
        self._case_paths = self.paths
        self.ui.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset(note)

    def unlock(self, passphrase: str) -> bool:
        from sleutelapp.store.case import Case
        from sleutelapp.store.errors import CaseError, WrongPassphrase

        try:
            case = run_with_progress(
                self, self.tr("Opening your case file…"), Case.open, self.paths, passphrase
            )
        except WrongPassphrase as exc:
            self.unlock_page.show_error(lambda exc=exc: error_text(exc))
            return False
        except CaseError as exc:
            self.unlock_page.show_error(
                lambda exc=exc: error_text(exc), offer_restore=exc.offers_restore
            )
            return False
        self.unlock_page.reset()  # the passphrase does not wait in the field while unlocked
        self.open_case(case)
        return True

    def create_case(self, passphrase: str) -> None:
        from sleutelapp.store.case import Case
        from sleutelapp.store.errors import CaseError

        if self._making_file:
            return  # the second click of a double click, while the first one's file is made
        self._making_file = True
        try:
            case, recovery = run_with_progress(
                self,
                self.tr("Creating your case file…"),
                Case.create,
                self.paths,
                passphrase,
                self.kdf,
            )
        except (CaseError, OSError) as exc:  # OSError: a full or read-only disk
            self.first_start.show_error(lambda exc=exc: error_text(exc))
            return
        finally:
            self._making_file = False
        # name, organisation and contact from the first page
        Operations.save_first_profile(case, self.first_start.profile())
        self.first_start.clear()
        self._pending_recovery = case
        self.recovery_page.set_key(recovery, case.settings.all())
        self.ui.pages.setCurrentWidget(self.recovery_page)

    def _enter_work(self) -> None:
        case, self._pending_recovery = self._pending_recovery, None
        if case is not None:
            self.open_case(case)

    def open_demo(self) -> None:
        """A separate demo case file in `demo/` under the data folder, filled once."""
        from sleutelapp.paths import app_paths
        from sleutelapp.store.case import Case
        from sleutelapp.store.keyfile import KdfParams

        demo_paths = app_paths(self.paths.data / "demo")
        if self._making_file:
            return  # as in create_case: two at once would each delete what the other made
        self._making_file = True
        try:
            if demo_paths.db.exists():
                case = run_with_progress(
                    self, self.tr("Opening the demo…"), Case.open, demo_paths, DEMO_PASSPHRASE
                )
            else:
                case = run_with_progress(
                    self,
                    self.tr("Making demo data…"),
                    make_demo_case,
                    demo_paths,
                    DEMO_PASSPHRASE,
                    KdfParams.fast_for_tests(),
                )
        except Exception as exc:
            if isinstance(exc, (OSError,)) or hasattr(exc, "message"):
                prompts.show_error(self, exc)
                return
            raise
        finally:
            self._making_file = False
        self._case_paths = demo_paths
        # The demo speaks the language chosen on the page it was started from.
        Operations.adopt_language(case, i18n.current_language())
        self.open_case(case, demo=True)

    def open_case(self, case, *, demo: bool = False) -> None:
        self.session.open(case, demo=demo)
        self._apply_language(str(case.settings.get("ui_language")))
        self.setWindowTitle(
            self.tr("Sleutelapp — DEMO (invented people)") if demo else "Sleutelapp"
        )
        self._set_unlocked(True)
        self.ui.pages.setCurrentWidget(self.ui.workPage)
        self.reload_list()  # the first page of the list: painted with the window
        # Vandaag is filled in the next turn of the event loop, after the window with its
        # list is painted (Ctrl+T before that fills it at once); the newcomer view loads
        # when one is chosen.
        self._show_today_page()
        self.ui.searchEdit.setFocus()
        if self.isVisible():
            self.repaint()  # on screen now, before Vandaag's queries
        QTimer.singleShot(0, self, self._fill_today)
        if not demo and self.startup_checks:
            self.actions.after_unlock()
            self._backup_timer.start()
        self._restore_draft()

    def lock(self) -> None:
        self.session.lock()

    def _make_backup_timer(self) -> QTimer:
        """Checks every hour while unlocked whether today's automatic backup exists."""
        timer = QTimer(self)
        timer.setInterval(BACKUP_CHECK_MS)
        timer.timeout.connect(self.actions.daily_backup)
        return timer

    def _on_locked(self) -> None:
        """Called while the case is still open: keep a draft, close dialogs, clear models."""
        self.actions.stop_daily_backup()  # before the key goes: it stops and cleans up
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                if hasattr(dialog, "draft") and self._draft is None:
                    self._draft = dialog.draft()
                if hasattr(dialog, "discard"):
                    dialog.discard()  # the draft is kept: closing must not ask
                else:
                    dialog.reject()
        self._backup_timer.stop()
        self.operations.forget()
        self.newcomers.clear()
        self.today_view.clear()
        self.newcomer_view.clear()
        self.ui.searchEdit.clear()
        self.ui.countLabel.clear()
        self._set_unlocked(False)
        note = self.draft_kept_note if self._draft else ""
        if self._case_paths != self.paths:
            self.start()  # the demo has no lock screen of its own
        else:
            self.show_unlock(note)

    def draft_kept_note(self) -> str:
        return self.tr("Your unsaved entry is kept and reopens after unlocking.")

    def _restore_draft(self) -> None:
        draft, self._draft = self._draft, None
        if draft:
            self.actions.reopen_draft(draft)

    def _set_unlocked(self, unlocked: bool) -> None:
        ui = self.ui
        for action in (
            ui.actionNewNewcomer,
            ui.actionEditNewcomer,
            ui.actionCloseNewcomer,
            ui.actionContact,
            ui.actionAppointment,
            ui.actionActivity,
            ui.actionNote,
            ui.actionSignal,
            ui.actionTask,
            ui.actionEditEntry,
            ui.actionDeleteEntry,
            ui.actionSettings,
            ui.actionLock,
            ui.actionToday,
            ui.actionFind,
        ):
            action.setEnabled(unlocked)
        ui.actionUndo.setEnabled(False)
        self.actions.update_dialog_actions(unlocked)
        self.actions.quick.set_enabled(unlocked)

    # --- list, search, navigation ----------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        for combo in (ui.statusFilter, ui.routeFilter):
            combo.blockSignals(True)
        current = (ui.statusFilter.currentData(), ui.routeFilter.currentData())
        ui.statusFilter.clear()
        ui.statusFilter.addItem(self.tr("Active"), "active")
        ui.statusFilter.addItem(self.tr("Closed"), "closed")
        ui.statusFilter.addItem(self.tr("Everyone"), "")
        ui.routeFilter.clear()
        ui.routeFilter.addItem(self.tr("All routes"), "")
        for term in vocab.ROUTES:
            ui.routeFilter.addItem(label(vocab.ROUTES, term.code), term.code)
        ui.statusFilter.setCurrentIndex(max(0, ui.statusFilter.findData(current[0] or "active")))
        ui.routeFilter.setCurrentIndex(max(0, ui.routeFilter.findData(current[1] or "")))
        for combo in (ui.statusFilter, ui.routeFilter):
            combo.blockSignals(False)

    def reload_list(self) -> None:
        """Reload the list; the newcomer on screen stays on screen, also when the list no
        longer shows them (closed, filtered out): the selection never moves by itself to
        someone else, so a menu item always acts on the newcomer you see."""
        if not self.session.is_open:
            return
        selected = self.current_newcomer_id()
        ui = self.ui
        selection = ui.newcomerList.selectionModel()
        selection.blockSignals(True)
        try:
            self.newcomers.reload(
                self.session.case,
                ui.searchEdit.text(),
                status=ui.statusFilter.currentData() or None,
                route=ui.routeFilter.currentData() or None,
            )
            row = self.newcomers.row_of(selected) if selected else -1
            if row >= 0:
                selection.setCurrentIndex(
                    self.newcomers.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:
                selection.clearCurrentIndex()
                selection.clearSelection()
        finally:
            selection.blockSignals(False)
        ui.newcomerList.viewport().update()
        self._update_count()

    def _update_count(self) -> None:
        """How many are listed; while a long list is read page by page, "at least"."""
        count = self.newcomers.rowCount()
        if self.newcomers.has_more():
            self.ui.countLabel.setText(self.tr("%n+ newcomer(s)", "", count))
        else:
            self.ui.countLabel.setText(self.tr("%n newcomer(s)", "", count))

    def reload_all(self) -> None:
        if not self.session.is_open:
            return
        self.reload_list()
        self.today_view.reload(self.session.case)
        self.newcomer_view.refresh()

    def current_newcomer_id(self) -> str | None:
        if (
            self.ui.detailStack.currentWidget() is self.newcomer_view
            and self.newcomer_view.newcomer is not None
        ):
            return self.newcomer_view.newcomer.id
        return None

    def _current_changed(self, index, _previous=None) -> None:
        newcomer_id = index.data(NewcomerListModel.IdRole) if index.isValid() else None
        if newcomer_id and self.session.is_open and newcomer_id != self.current_newcomer_id():
            self.show_newcomer(newcomer_id)

    def show_newcomer(self, newcomer_id: str) -> None:
        self.newcomer_view.show_newcomer(self.session.case, newcomer_id)
        self.ui.detailStack.setCurrentWidget(self.newcomer_view)
        self._show_search_matches()

    def _show_search_matches(self, *, select: bool = True) -> None:
        """Found by what was written about them: highlight (and select) those entries."""
        newcomer_id = self.current_newcomer_id()
        if newcomer_id is None or not self.session.is_open:
            return
        text = self.ui.searchEdit.text()
        ids = self.session.case.entries.matching(newcomer_id, text) if text.strip() else []
        self.newcomer_view.show_matches(ids, select=select)

    def select_newcomer(self, newcomer_id: str) -> None:
        """Open a newcomer and select them in the list (widening the filter if needed)."""
        if self.newcomers.row_of(newcomer_id) < 0:
            self.ui.searchEdit.clear()
            self.ui.statusFilter.setCurrentIndex(self.ui.statusFilter.findData(""))
            self.ui.routeFilter.setCurrentIndex(0)
        self.show_newcomer(newcomer_id)
        row = self.newcomers.row_of(newcomer_id)
        if row >= 0:
            self.ui.newcomerList.selectionModel().setCurrentIndex(
                self.newcomers.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.newcomer_view.focus_timeline()

    def show_today(self) -> None:
        if self.session.is_open:
            self.today_view.ensure_loaded(self.session.case)
        self._show_today_page()
        self.today_view.focus_first()  # Ctrl+T, then Ctrl+D or Ctrl+1…6 on the first row

    def _show_today_page(self) -> None:
        self.ui.detailStack.setCurrentWidget(self.today_view)
        self.ui.newcomerList.selectionModel().clearCurrentIndex()
        self.ui.newcomerList.clearSelection()

    def _fill_today(self) -> None:
        """Vandaag's lists after opening (no-op when they were filled meanwhile)."""
        if self.session.is_open:
            self.today_view.ensure_loaded(self.session.case)

    def _open_first_match(self) -> None:
        if self.newcomers.rowCount():
            self.select_newcomer(self.newcomers.index(0).data(NewcomerListModel.IdRole))

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and self._is_lock_key(event)
            and self.session.is_open
            and self._owns(QApplication.activeModalWidget())
        ):
            # Ctrl+L from inside a dialog: the window's shortcut does not reach past a
            # modal dialog, so lock here; the entry dialog's text is kept as a draft.
            self.lock()
            return True
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.newcomers.rowCount()
        ):
            self.ui.newcomerList.setFocus()
            if not self.ui.newcomerList.currentIndex().isValid():
                self.ui.newcomerList.setCurrentIndex(self.newcomers.index(0))
            return True
        return super().eventFilter(watched, event)

    def _owns(self, widget) -> bool:
        """True for a dialog of this window (isAncestorOf stops at a dialog's border)."""
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parent()
        return False

    def _is_lock_key(self, event) -> bool:
        shortcut = self.ui.actionLock.shortcut()
        return (
            not shortcut.isEmpty()
            and QKeySequence(event.keyCombination()) == shortcut
            and self.ui.actionLock.isEnabled()
        )

    # --- changes and language --------------------------------------------------------------

    def _changed(self, change) -> None:
        """The newcomer list and the language follow changes here; Vandaag and the newcomer
        view follow them themselves. An entry of one newcomer updates that newcomer's row,
        not every newcomer's (quick actions stay fast on a large case file)."""
        if not self.session.is_open:
            return
        if SETTINGS in change.kinds:
            self._apply_language(str(self.session.case.settings.get("ui_language")))
        if not change.touches(NewcomerListModel.SHOWS):
            return
        if change.kinds == {ENTRY} and len(change.newcomer_ids) == 1:
            self._refresh_list_row(next(iter(change.newcomer_ids)))
        else:
            self.reload_list()

    def _refresh_list_row(self, newcomer_id: str) -> None:
        """The list row of one newcomer after their entries changed (badges, match)."""
        text = self.ui.searchEdit.text()
        item = self.session.case.newcomers.list_item(newcomer_id, text)
        still_found = item is not None and (not text.strip() or item.match is not None)
        if not still_found or not self.newcomers.update_item(item):
            self.reload_list()  # found by text before, or not in the list: the full query

    def _apply_language(self, language: str) -> None:
        """Switch every open window to `language` now (LanguageChange retranslates them)
        and keep it for the next start's unlock page."""
        if language != i18n.current_language():
            i18n.install(QApplication.instance(), language)
        self.prefs.set_language(i18n.current_language())
        self.prefs.sync()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.first_start.retranslate()
            if isinstance(self.actions, WindowActions):  # set at the end of __init__
                self.actions.quick.retranslate()
            self._fill_filters()
            if self.session.is_open:
                self.reload_all()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.prefs.set_geometry("main", self.saveGeometry())
        self.prefs.sync()
        if self.session.is_open:
            # The window goes at once; the automatic backup then runs off the GUI thread
            # with its progress note. Killed halfway, it leaves no backup file: its temp
            # files are removed at the next start (store/leftovers.py).
            self.hide()
            # Neither the idle lock nor the hourly backup check may act during the
            # close-time backup: the one would close the case under it, the other start a
            # second backup to the same file.
            self.session.stop_idle_lock()
            self._backup_timer.stop()
            self.actions.before_close()
            self.session.close()
        super().closeEvent(event)
