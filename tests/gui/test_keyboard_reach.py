"""Keyboard and screen-reader reach of every window and dialog: Tab walks the fields in
reading order (top to bottom, left to right; a column to the right comes after the one to
its left), and every widget that takes the keyboard focus has an accessible name."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from tests.gui import screens
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def _rect(widget, root) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def tab_walk(qtbot, root, first) -> list[QWidget]:
    """The widgets Tab visits from `first` until it comes back (each once)."""
    top = root.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: root.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    first = QApplication.focusWidget()  # a tab widget hands the focus to its tab bar
    seen = [first]
    for _ in range(200):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not root.isAncestorOf(now):
            break
        if now is first and seen[-1] is not first:
            break
        if now is not seen[-1]:  # a date field takes one Tab per part
            if now in seen:
                break
            seen.append(now)
    return seen


def out_of_order(root, walk) -> list[str]:
    """Steps of a Tab walk that go back up or to the left in what the user sees."""
    found = []
    for a, b in itertools.pairwise(walk):
        ra, rb = _rect(a, root), _rect(b, root)
        above = rb.bottom() < ra.top()
        same_row = not above and rb.top() <= ra.bottom() and ra.top() <= rb.bottom()
        new_column = rb.left() >= ra.right()
        if (above and not new_column) or (same_row and rb.left() < ra.left() and not above):
            if same_row and rb.top() > ra.top() + ra.height() // 2:
                continue  # the next row of a layout whose rows overlap a tall widget
            found.append(f"{_name(a)} → {_name(b)}")
    return found


def _name(widget) -> str:
    return widget.objectName() or type(widget).__name__


def unnamed(root) -> list[str]:
    """Focusable, visible widgets without an accessible name (a label buddy counts)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the one named (a combo box's line edit)
        parent = widget.parentWidget()
        if parent is not None and parent.focusProxy() is widget:
            continue  # named through its owner, e.g. the line edit inside a spin box
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{_name(widget)} ({type(widget).__name__})")
    return found


def _first_field(root):
    chain = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in chain and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for widget in chain:
        if (
            widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and root.isAncestorOf(widget)
        ):
            return widget
    return None


def _check_all(window_factory, case_paths, qtbot, check) -> str:
    from sleutelapp.store.case import Case

    case = Case.open(case_paths, PASSPHRASE)
    newcomer_id = screens.fill(case)
    window = window_factory(size=(1264, 680))
    report = {}
    for name, show in screens.GATE_STATES.items():
        show(window, case, newcomer_id)
        qtbot.wait(10)
        report[name] = check(window.ui.pages.currentWidget())
    screens.open_work(window, case, newcomer_id)
    for name, show in screens.WORK_STATES.items():
        show(window, case, newcomer_id)
        qtbot.wait(10)
        report[name] = check(window.ui.workPage)
    for name, open_dialog in screens.DIALOGS.items():
        dialog = open_dialog(window, case, newcomer_id)
        qtbot.waitExposed(dialog)
        report[name] = check(dialog)
        dialog.reject()
        dialog.deleteLater()
    return "\n".join(f"{name}: {', '.join(found)}" for name, found in report.items() if found)


def test_tab_follows_reading_order_everywhere(window_factory, case_paths, qtbot):
    def check(root):
        root.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window(), timeout=2000)
        focus = QApplication.focusWidget()
        # Start where the window puts the cursor; Tab then goes round once.
        first = focus if focus is not None and root.isAncestorOf(focus) else _first_field(root)
        if first is None:
            return ["nothing takes the keyboard focus"]
        walk = tab_walk(qtbot, root, first)
        # Tab goes round: read the round from the widget at the top left.
        start = min(
            range(len(walk)),
            key=lambda i: (_rect(walk[i], root).top() // 8, _rect(walk[i], root).left()),
        )
        return out_of_order(root, walk[start:] + walk[:start])

    found = _check_all(window_factory, case_paths, qtbot, check)
    assert not found, found


def test_every_focusable_widget_has_an_accessible_name(window_factory, case_paths, qtbot):
    found = _check_all(window_factory, case_paths, qtbot, unnamed)
    assert not found, found


def test_reading_order_check_catches_a_jump_back(qtbot):
    """The Contact dialog went to Opslaan before the topic boxes: caught here."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    edit, box, save = QLineEdit(), QCheckBox("Taal"), QPushButton("Opslaan")
    for widget in (edit, box, save):
        layout.addWidget(widget)
    QWidget.setTabOrder(edit, save)
    QWidget.setTabOrder(save, box)
    root.show()
    qtbot.waitExposed(root)
    walk = tab_walk(qtbot, root, edit)
    assert walk[:3] == [edit, save, box]
    assert out_of_order(root, walk) == ["QPushButton → QCheckBox"]
    assert unnamed(root) == ["QLineEdit (QLineEdit)"]
