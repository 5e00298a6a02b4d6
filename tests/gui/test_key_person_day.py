"""Must hold: a key person's day by keyboard alone, asserting what is stored and shown.

A newcomer with a typed termijn date, a 1,5-hour and a 1.5-hour activity, a past
appointment marked done from Vandaag, an empty note that is refused, the same entry
opened twice, and a lock from inside a dialog that keeps what was typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_keyboard_flow import closed, focused, modal, press, type_into_focus

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "support raise")]

CTRL = Qt.KeyboardModifier.ControlModifier


def enter(qtbot):
    press(qtbot, Qt.Key.Key_Return)


def test_a_key_persons_day_by_keyboard(window, qtbot, prompts):
    case = window.session.case

    # 1. A new newcomer with the termijn start typed in one go.
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    type_into_focus(qtbot, "Amal Haddad")
    while focused() is not dialog.ui.termijnKnownCheck:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "15032024")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.ui.termijnEdit.text() == "15-03-2024"
    enter(qtbot)
    closed(qtbot, dialog, window)
    [amal] = case.newcomers.all()
    assert amal.termijn_start == date(2024, 3, 15)
    assert window.newcomer_view.ui.termijnLabel.text().startswith("Termijn eindigt 15 mrt 2027")

    # 2. Two taalcafé activities: one typed 1,5 and one typed 1.5.
    for typed in ("1,5", "1.5"):
        press(qtbot, Qt.Key.Key_3, CTRL)
        activity = modal(qtbot, "entryDialog_activity")
        combo = activity.ui.typeCombo
        while combo.currentData() != "language_cafe":
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Tab)
        type_into_focus(qtbot, typed)
        enter(qtbot)
        closed(qtbot, activity, window)
    hours = [e.hours for e in case.entries.timeline(amal.id, kinds=("activity",))]
    assert hours == [1.5, 1.5]
    assert "Taalcafé 3 u" in window.newcomer_view.ui.hoursLabel.text()

    # 3. An appointment three days ago, kept "planned" when asked whether it took place.
    press(qtbot, Qt.Key.Key_2, CTRL)
    appointment = modal(qtbot, "entryDialog_appointment")
    press(qtbot, Qt.Key.Key_Backtab)  # type -> time
    press(qtbot, Qt.Key.Key_Backtab)  # time -> date, all selected
    assert focused() is appointment.ui.dateEdit.edit
    past = date.today() - timedelta(days=3)
    type_into_focus(qtbot, past.strftime("%d-%m-%Y"))
    prompts.choice = "planned"
    enter(qtbot)
    closed(qtbot, appointment, window)
    assert "plaatsgevonden" in prompts.questions[-1]
    [planned] = case.entries.timeline(amal.id, kinds=("appointment",))
    assert (planned.date, planned.status) == (past, "planned")

    # 4. Vandaag lists it under "Status bijwerken"; Ctrl+D marks it done, no editor.
    press(qtbot, Qt.Key.Key_T, CTRL)
    today = window.today_view
    assert focused() is today.ui.pastList
    assert "Amal Haddad" in today.past.texts()[0]
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert case.entries.get(planned.id).status == "done"
    assert today.past.rowCount() == 0
    assert "Geweest" in window.statusBar().currentMessage()

    # 5. An empty note is refused, with the reason at the field; Escape closes it.
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_into_focus(qtbot, "Amal")
    enter(qtbot)
    press(qtbot, Qt.Key.Key_4, CTRL)
    note = modal(qtbot, "entryDialog_note")
    enter(qtbot)
    assert note.isVisible() and "lege notitie" in note.ui.textProblemLabel.text()
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, note, window)
    assert case.entries.timeline(amal.id, kinds=("note",)) == []

    # 6. The same entry opened twice: one editor, the second attempt brings it forward.
    view = window.newcomer_view.ui.timelineView
    assert focused() is view
    row = window.newcomer_view.timeline.row_of(planned.id)
    while view.currentIndex().row() != row:
        press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)  # opens the editor (what a double-click's first signal does)
    editor = modal(qtbot, "entryDialog_appointment")
    window.ui.actionEditEntry.trigger()  # ... and its second signal
    editors = [d for d in window.findChildren(type(editor)) if d.isVisible()]
    assert editors == [editor]

    # 7. Ctrl+L inside the editor locks; the typed location comes back after unlocking.
    editor.ui.locationEdit.setFocus()
    type_into_focus(qtbot, "Gezondheidscentrum")
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.session.is_open and not editor.isVisible()
    assert "bewaard" in window.unlock_page.ui.errorLabel.text()
    window.activateWindow()  # offscreen: what the window manager does when a dialog closes
    qtbot.waitUntil(lambda: focused() is window.unlock_page.ui.passphraseEdit)
    type_into_focus(qtbot, PASSPHRASE)
    enter(qtbot)
    reopened = modal(qtbot, "entryDialog_appointment")
    assert reopened.ui.locationEdit.text() == "Gezondheidscentrum"
    reopened.ui.locationEdit.setFocus()
    enter(qtbot)
    closed(qtbot, reopened, window)
    case = window.session.case
    saved = case.entries.get(planned.id)
    assert (saved.location, saved.status) == ("Gezondheidscentrum", "done")
    assert len(case.entries.timeline(amal.id)) == 3
