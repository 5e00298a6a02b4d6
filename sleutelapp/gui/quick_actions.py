"""Quick actions where the work is: mark an appointment done, no-show or cancelled, a task
done, a signal resolved — from the timeline and from Vandaag, by keyboard and context
menu, without opening the editor. Each goes through Operations (the one write path).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from sleutelapp.domain import vocab
from sleutelapp.gui import prompts
from sleutelapp.gui.labels import label

# action -> the status it sets per kind (a kind absent here: the action does not apply)
STATUS_BY_ACTION: dict[str, dict[str, str]] = {
    "done": {"appointment": "done", "task": "done", "signal": "resolved"},
    "no_show": {"appointment": "no_show"},
    "cancelled": {"appointment": "cancelled"},
}
SHORTCUTS = {"done": "Ctrl+D", "no_show": "Ctrl+Shift+N", "cancelled": "Ctrl+Shift+X"}


class QuickActions(QObject):
    """The three status actions, in the Entry menu and in the context menus."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.actions: dict[str, QAction] = {}
        for name in STATUS_BY_ACTION:
            action = QAction(window)
            action.setObjectName(f"quick_{name}")
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self.run(n))
            window.addAction(action)
            self.actions[name] = action
        self.retranslate()
        menu = window.ui.menuEntry
        menu.addSeparator()
        for action in self.actions.values():
            menu.addAction(action)
        window.newcomer_view.timeline_menu.connect(self._timeline_menu)
        window.today_view.context_menu.connect(self._today_menu)

    def retranslate(self) -> None:
        texts = {
            "done": self.tr("Mark &done / resolved"),
            "no_show": self.tr("Mark as &no-show"),
            "cancelled": self.tr("Mark as &cancelled"),
        }
        for name, action in self.actions.items():
            action.setText(texts[name])

    def set_enabled(self, unlocked: bool) -> None:
        for action in self.actions.values():
            action.setEnabled(unlocked)

    # --- the entry an action is about ---------------------------------------------------

    def target(self) -> tuple[str, str] | None:
        """(entry id, kind) of the selected row on screen: Vandaag's, the agenda's or the
        timeline's."""
        current = self.w.ui.detailStack.currentWidget()
        agenda = getattr(self.w, "agenda", None)  # made after these actions
        if current is self.w.today_view or (agenda is not None and current is agenda.view):
            item = current.current_item()
            if item is not None and item.entry_id:
                return item.entry_id, item.kind
            return None
        entry = self.w.newcomer_view.selected_entry()
        return (entry.id, entry.kind) if entry is not None else None

    def applicable(self, kind: str) -> list[str]:
        return [name for name, by_kind in STATUS_BY_ACTION.items() if kind in by_kind]

    def run(self, name: str, target: tuple[str, str] | None = None):
        from sleutelapp.store.errors import CaseError

        if not self.w.session.is_open:
            return None
        target = target or self.target()
        status = STATUS_BY_ACTION[name].get(target[1]) if target else None
        if target is None or status is None:
            self.w.statusBar().showMessage(
                self.tr("Select an appointment, a task or a signal first."), 5000
            )
            return None
        try:
            saved = self.w.operations.set_entry_status(target[0], status)
        except CaseError as exc:
            prompts.show_error(self.w, exc)
            return None
        self.w.statusBar().showMessage(
            self.tr("{0} marked as {1}.").format(
                label(vocab.KINDS, saved.kind), label(vocab.STATUS_BY_KIND[saved.kind], status)
            ),
            5000,
        )
        return saved

    # --- context menus ----------------------------------------------------------------------

    def menu(self, target, extra=()) -> QMenu:
        """The context menu for a row: `extra` actions, then the statuses that apply."""
        menu = QMenu(self.w)
        menu.setObjectName("quickMenu")
        for action in extra:
            menu.addAction(action)
        if target is not None:
            for name in self.applicable(target[1]):
                item = menu.addAction(self.actions[name].text())
                item.triggered.connect(lambda _checked=False, n=name, t=target: self.run(n, t))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def timeline_menu(self) -> QMenu:
        entry = self.w.newcomer_view.selected_entry()
        target = (entry.id, entry.kind) if entry is not None else None
        return self.menu(target, (self.w.ui.actionEditEntry, self.w.ui.actionDeleteEntry))

    def today_menu(self, view) -> QMenu:
        index = view.currentIndex()
        item = view.model().item_at(index.row()) if index.isValid() else None
        target = (item.entry_id, item.kind) if item is not None and item.entry_id else None
        return self.menu(target)

    def _timeline_menu(self, position) -> None:
        self._popup(self.timeline_menu(), position)

    def _today_menu(self, view, position) -> None:
        self._popup(self.today_menu(view), position)

    @staticmethod
    def _popup(menu: QMenu, position) -> None:
        if menu.isEmpty():
            menu.deleteLater()
        else:
            menu.popup(position)
