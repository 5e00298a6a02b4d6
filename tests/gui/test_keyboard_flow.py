"""A key person's day by keyboard alone: add a newcomer, log a contact and an appointment,
find them again by searching, see it all in the timeline and on Vandaag."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def focused():
    return QApplication.focusWidget()


def type_into_focus(qtbot, text: str, widget=None) -> None:
    """Type like a keyboard would, including letters like ş and ı that QTest cannot map."""
    target = widget or focused()
    assert target is not None, "nothing has the keyboard focus"
    for char in text:
        if char.isascii():
            qtbot.keyClicks(target, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
    if widget is None:  # after a dialog closes, the window gets the focus back a bit later
        qtbot.waitUntil(lambda: focused() is not None, timeout=3000)
    target = widget or focused()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def closed(qtbot, dialog, window) -> None:
    """Wait until the dialog is gone; offscreen has no window manager to give the main
    window its focus back, so the test does what the window manager would."""
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and window.isAncestorOf(focused()))


def modal(qtbot, name: str):
    """The dialog that opened, once it is active and has the keyboard focus."""

    def ready():
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        assert dialog is not None and dialog.objectName() == name
        assert focus is not None and dialog.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=3000)
    return QApplication.activeModalWidget()


def timeline_texts(window) -> list[str]:
    model = window.newcomer_view.timeline
    return [
        " | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_whole_day_by_keyboard(window, qtbot):
    # New newcomer: Ctrl+N opens the profile form with the name field focused.
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, "newcomerDialog")
    assert focused() is dialog.ui.nameEdit
    type_into_focus(qtbot, "Gülşen Yılmaz")
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    assert window.newcomer_view.ui.nameLabel.text().startswith("Gülşen Yılmaz")

    # Ctrl+1: a contact. Today is the default date; type a text and press Enter.
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    contact = modal(qtbot, "entryDialog_contact")
    assert contact.ui.dateEdit.date_value() == date.today()
    contact.ui.textEdit.setFocus()
    type_into_focus(qtbot, "Brief van DUO samen gelezen", contact.ui.textEdit)
    press(qtbot, Qt.Key.Key_Return, widget=contact.ui.textEdit)
    closed(qtbot, contact, window)

    # Ctrl+2: an appointment at the municipality in five days, with a time.
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    appointment = modal(qtbot, "entryDialog_appointment")
    combo = appointment.ui.typeCombo
    combo.setFocus()
    for _ in range(combo.findData("municipality") - combo.currentIndex()):
        press(qtbot, Qt.Key.Key_Down, widget=combo)
    assert combo.currentData() == "municipality"
    appointment.ui.dateEdit.setFocus()
    appointment.ui.dateEdit.edit.selectAll()
    type_into_focus(qtbot, (date.today() + timedelta(days=5)).strftime("%d%m%Y"))
    press(qtbot, Qt.Key.Key_Tab)
    appointment.ui.timeEdit.setFocus()
    type_into_focus(qtbot, "930", appointment.ui.timeEdit)
    appointment.ui.locationEdit.setFocus()
    type_into_focus(qtbot, "Stadhuis", appointment.ui.locationEdit)
    press(qtbot, Qt.Key.Key_Return, widget=appointment.ui.locationEdit)
    closed(qtbot, appointment, window)

    # The timeline shows both, newest first, in Dutch.
    rows = timeline_texts(window)
    assert len(rows) == 2
    assert "Afspraak | Gemeente" in rows[0] and "09:30" in rows[0] and "Stadhuis" in rows[0]
    assert "Contact | Persoonlijk" in rows[1] and "Brief van DUO" in rows[1]

    # Search: Ctrl+F, type a word from the contact text; Enter opens the newcomer.
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # back to Vandaag
    assert window.ui.detailStack.currentWidget() is window.today_view
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.ui.searchEdit
    type_into_focus(qtbot, "DUO")
    assert [window.newcomers.index(r).data() for r in range(window.newcomers.rowCount())] == [
        "Gülşen Yılmaz"
    ]
    press(qtbot, Qt.Key.Key_Return)
    assert window.ui.detailStack.currentWidget() is window.newcomer_view
    assert window.newcomer_view.ui.nameLabel.text().startswith("Gülşen Yılmaz")

    # A search that matches nothing empties the list.
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_into_focus(qtbot, "zzzgeenmatch")
    assert window.newcomers.rowCount() == 0

    # Vandaag lists the appointment and, from its list, Enter opens the newcomer.
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    texts = window.today_view.appointments.texts()
    assert len(texts) == 1 and "Gülşen Yılmaz" in texts[0] and "Gemeente" in texts[0]
    when = date.today() + timedelta(days=5)
    assert str(when.day) in texts[0] and "09:30" in texts[0]
    view = window.today_view.ui.appointmentsList
    view.setFocus()
    view.setCurrentIndex(window.today_view.appointments.index(0))
    press(qtbot, Qt.Key.Key_Return, widget=view)
    assert window.ui.detailStack.currentWidget() is window.newcomer_view


def test_free_text_guard_warns_before_saving(window, qtbot):
    from tests.gui.conftest import add_people

    person = add_people(window.session.case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    note = modal(qtbot, "entryDialog_note")
    assert focused() is note.ui.textEdit
    type_into_focus(qtbot, "BSN 111222333 genoteerd")
    press(qtbot, Qt.Key.Key_Return)
    assert note.isVisible(), "the first Enter only warns"
    assert "BSN" in note.ui.guardLabel.text()
    assert len(timeline_texts(window)) == 2
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, note, window)
    assert len(timeline_texts(window)) == 3


def test_health_appointment_has_no_reason_field(window, qtbot, prompts):
    from tests.gui.conftest import add_people

    person = add_people(window.session.case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, "entryDialog_appointment")
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("gp"))
    assert not dialog.ui.textEdit.isVisible()
    assert dialog.ui.healthNoteLabel.isVisible()
    assert "diagnose" in dialog.ui.healthNoteLabel.text()
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("school"))
    assert dialog.ui.textEdit.isVisible() and not dialog.ui.healthNoteLabel.isVisible()
    dialog.reject()


def test_delete_entry_and_undo(window, qtbot):
    from tests.gui.conftest import add_people

    person = add_people(window.session.case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)
    assert len(timeline_texts(window)) == 2
    first = timeline_texts(window)[0]
    window.newcomer_view.ui.timelineView.setFocus()
    press(qtbot, Qt.Key.Key_Delete, widget=window.newcomer_view.ui.timelineView)
    assert (
        timeline_texts(window) == [timeline_texts(window)[0]] and len(timeline_texts(window)) == 1
    )
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert timeline_texts(window)[0] == first and len(timeline_texts(window)) == 2


def test_last_used_type_is_the_default(window, qtbot):
    from tests.gui.conftest import add_people

    person = add_people(window.session.case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)
    dialog = window.actions.open_entry_dialog("activity")
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("language_cafe"))
    qtbot.keyClicks(dialog.ui.hoursEdit.edit, "2")
    dialog.accept()
    again = window.actions.open_entry_dialog("activity")
    assert again.ui.typeCombo.currentData() == "language_cafe"
    again.reject()
    assert "Taal 2 / 800 u" in window.newcomer_view.ui.hoursLabel.text()
