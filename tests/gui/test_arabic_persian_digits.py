"""Digits typed on an Arabic or Persian keyboard (٠-٩, ۰-۹, the decimal separator ٫) are the
same hours, minutes, times, dates and settings numbers as 0-9; a thousands separator ٬ or a
slash is refused at the field, never dropped (domain/typed_input.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_data_entry import person_on_screen, stored
from tests.gui.test_keyboard_flow import closed, focused, modal, press, type_into_focus
from tests.gui.test_settings_numbers import open_settings

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CTRL = Qt.KeyboardModifier.ControlModifier
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture(params=["ar", "fa"])
def rtl_window(request, window, qtbot):
    """The window in Arabic or Persian, as the person typing would have it."""
    window._apply_language(request.param)
    qtbot.wait(10)
    return window


@pytest.mark.parametrize("typed", ["١٫٥", "۱٫۵", "١،٥", "١,٥", "۱:۳۰"])
def test_hours_typed_with_arabic_or_persian_digits(rtl_window, qtbot, typed):
    window = rtl_window
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_3, CTRL)
    dialog = modal(qtbot, "entryDialog_activity")
    press(qtbot, Qt.Key.Key_Tab)  # type -> hours
    assert focused() is dialog.ui.hoursEdit.edit
    type_into_focus(qtbot, typed)
    assert dialog.ui.hoursEdit.text() == typed  # the field took every key
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    assert [e.hours for e in stored(window, person, "activity")] == [1.5]


@pytest.mark.parametrize("typed", ["١٬٥٠٠", "۱/۵", "1/2"])
def test_hours_with_a_thousands_separator_or_slash_are_refused_at_the_field(window, qtbot, typed):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_3, CTRL)
    dialog = modal(qtbot, "entryDialog_activity")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, typed)
    assert dialog.ui.hoursEdit.text() == typed  # not silently shortened to 1500, 15 or 12
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "1,5" in dialog.ui.hoursEdit.problem_text()
    assert stored(window, person, "activity") == []
    dialog.discard()


@pytest.mark.parametrize("digits", [ARABIC, PERSIAN], ids=["arabic", "persian"])
def test_a_date_typed_with_arabic_or_persian_digits_is_that_date(window, qtbot, digits):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    dialog = modal(qtbot, "entryDialog_note")
    type_into_focus(qtbot, "Brief gelezen")
    press(qtbot, Qt.Key.Key_Backtab)  # text -> date (Shift+Tab selects the old date)
    assert focused() is dialog.ui.dateEdit.edit
    type_into_focus(qtbot, "15-03-2024".translate(digits))
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.ui.dateEdit.text() == "15-03-2024"  # shows how it was read
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    assert [e.date for e in stored(window, person, "note")] == [date(2024, 3, 15)]


@pytest.mark.parametrize("digits", [ARABIC, PERSIAN], ids=["arabic", "persian"])
def test_an_appointment_time_and_contact_minutes_in_arabic_or_persian_digits(window, qtbot, digits):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_2, CTRL)
    dialog = modal(qtbot, "entryDialog_appointment")
    dialog.ui.timeEdit.setFocus()
    type_into_focus(qtbot, "10:30".translate(digits), dialog.ui.timeEdit)
    assert dialog.ui.timeEdit.text() == "10:30".translate(digits)
    press(qtbot, Qt.Key.Key_Return, widget=dialog.ui.timeEdit)
    closed(qtbot, dialog, window)
    assert "10:30" in [e.time for e in stored(window, person, "appointment")]

    press(qtbot, Qt.Key.Key_1, CTRL)
    dialog = modal(qtbot, "entryDialog_contact")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.minutesEdit.edit
    type_into_focus(qtbot, "90".translate(digits))
    dialog.ui.textEdit.setFocus()
    type_into_focus(qtbot, "Gebeld", dialog.ui.textEdit)
    press(qtbot, Qt.Key.Key_Return, widget=dialog.ui.textEdit)
    closed(qtbot, dialog, window)
    [saved] = [e for e in stored(window, person, "contact") if e.text == "Gebeld"]
    assert saved.minutes == 90


def test_settings_numbers_typed_with_arabic_or_persian_digits(window, qtbot):
    dialog = open_settings(qtbot, window)
    for field, typed in (("autolockSpin", "١٥"), ("retentionSpin", "۲۴")):
        edit = getattr(dialog.ui, field).edit
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_into_focus(qtbot, typed, edit)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    dialog.accept()
    settings = window.session.case.settings
    assert (settings.get("autolock_minutes"), settings.get("retention_months")) == (15, 24)
