"""The newcomer dialog keeps what was typed like the entry dialog does: Escape asks first,
Ctrl+L locks from inside it and the details come back after unlocking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE, add_people
from tests.gui.test_keyboard_flow import closed, modal, press, type_into_focus

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CTRL = Qt.KeyboardModifier.ControlModifier


def test_escape_with_a_typed_name_asks_before_discarding(window, qtbot, prompts):
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    type_into_focus(qtbot, "Samira Nieuw")
    prompts.confirm = False
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.ui.nameEdit.text() == "Samira Nieuw"
    assert "weggooien" in prompts.questions[-1]
    prompts.confirm = True
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, dialog, window)
    assert window.session.case.newcomers.count() == 0


def test_escape_on_an_untouched_dialog_closes_without_asking(window, qtbot, prompts):
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, dialog, window)
    assert prompts.questions == []


def test_ctrl_l_inside_the_new_newcomer_dialog_keeps_the_details(window, qtbot):
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    type_into_focus(qtbot, "Half Getypt")
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.session.is_open and not dialog.isVisible()
    assert "bewaard" in window.unlock_page.ui.errorLabel.text()
    assert window.unlock(PASSPHRASE)
    reopened = modal(qtbot, "newcomerDialog")
    assert reopened.ui.nameEdit.text() == "Half Getypt" and reopened.editing is None
    assert reopened.has_unsaved_input()  # Escape on the restored details asks first
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, reopened, window)
    assert [n.name for n in window.session.case.newcomers.all()] == ["Half Getypt"]


def test_ctrl_l_while_editing_a_newcomer_reopens_their_edit(window, qtbot):
    (person,) = add_people(window.session.case, 1)
    window.reload_list()
    window.select_newcomer(person.id)
    press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    dialog.ui.coachesEdit.setFocus()
    type_into_focus(qtbot, "Coach Kim")
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.session.is_open
    assert window.unlock(PASSPHRASE)
    reopened = modal(qtbot, "newcomerDialog")
    assert reopened.editing.id == person.id and reopened.ui.coachesEdit.text() == "Coach Kim"
    assert window.current_newcomer_id() == person.id
    reopened.discard()


@pytest.mark.parametrize("typed", ["1.5", "1,5"])
def test_extension_months_with_a_separator_are_refused_not_read_as_15(window, qtbot, typed):
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    months = dialog.ui.extensionMonthsSpin
    months.setFocus()
    qtbot.keyClick(months.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(months.edit, typed)
    dialog.ui.addExtensionButton.click()
    assert dialog._extensions == [] and "zonder punt of komma" in months.problem_text()
    qtbot.keyClick(months.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(months.edit, "9")
    dialog.ui.addExtensionButton.click()
    assert [e.months for e in dialog._extensions] == [9]
    dialog.discard()
