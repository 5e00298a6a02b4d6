"""The settings dialog's numbers take digits only: `1.5`, `1,5` or `1.000` typed into the
auto-lock minutes, the retention months or the smallest group is refused at the field, never
read as 15 or 1000 (a spin box in a Dutch locale dropped the point and kept 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def open_settings(qtbot, window):
    dialog = window.actions.settings()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and dialog.isAncestorOf(QApplication.focusWidget())
        )
    )
    return dialog


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.edit)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)


@pytest.mark.parametrize(
    ("field", "key"),
    [
        ("autolockSpin", "autolock_minutes"),
        ("retentionSpin", "retention_months"),
        ("kSpin", "k_threshold"),
    ],
)
@pytest.mark.parametrize("typed", ["1.5", "1,5", "1.000", "2 0"])
def test_a_number_with_a_separator_is_refused_at_the_field(window, qtbot, field, key, typed):
    settings = window.session.case.settings
    before = settings.get(key)
    dialog = open_settings(qtbot, window)
    widget = getattr(dialog.ui, field)
    retype(qtbot, widget, typed)
    qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)
    assert "zonder punt of komma" in widget.problem_text()
    assert widget.text() == typed  # shown as typed, not turned into 15
    dialog.accept()
    assert dialog.isVisible() and settings.get(key) == before
    assert QApplication.focusWidget() is widget.edit
    dialog.reject()


def test_whole_numbers_typed_then_saved(window, qtbot):
    dialog = open_settings(qtbot, window)
    for field, typed in (("autolockSpin", "15"), ("retentionSpin", "24"), ("kSpin", "11")):
        retype(qtbot, getattr(dialog.ui, field), typed)
        qtbot.keyClick(getattr(dialog.ui, field).edit, Qt.Key.Key_Tab)
    dialog.accept()
    settings = window.session.case.settings
    assert (
        settings.get("autolock_minutes"),
        settings.get("retention_months"),
        settings.get("k_threshold"),
    ) == (15, 24, 11)
    assert window.session.autolock_minutes == 15


def test_a_number_outside_its_range_is_refused(window, qtbot):
    dialog = open_settings(qtbot, window)
    retype(qtbot, dialog.ui.retentionSpin, "500")
    dialog.accept()
    assert dialog.isVisible()
    assert "van 1 tot 120" in dialog.ui.retentionSpin.problem_text()
    assert window.session.case.settings.get("retention_months") == 12
    dialog.reject()
