"""Quick actions where the work is: status changes from the timeline and from Vandaag by
keyboard and context menu, Ctrl+1…6 on a Vandaag row, participation per newcomer, the
inclusive Vandaag window, and the timeline filter that no longer hides things silently."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Entry, Newcomer
from tests.gui.conftest import OFFSCREEN_NOISE, add_people
from tests.gui.test_keyboard_flow import closed, modal, press, type_into_focus

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PAST = date.today() - timedelta(days=2)


def past_appointment(case, person):
    return case.entries.add(Entry(person.id, "appointment", PAST, "gp", time="10:00"))


def select_in_timeline(window, entry_id):
    window.newcomer_view.select_entry(entry_id)
    view = window.newcomer_view.ui.timelineView
    view.setFocus()
    return view


@pytest.mark.parametrize(
    ("key", "modifiers", "status"),
    [
        (Qt.Key.Key_D, CTRL, "done"),
        (Qt.Key.Key_N, SHIFT_CTRL, "no_show"),
        (Qt.Key.Key_X, SHIFT_CTRL, "cancelled"),
    ],
)
def test_timeline_keys_set_an_appointments_status(window, qtbot, key, modifiers, status):
    case = window.session.case
    person = add_people(case, 1)[0]
    appointment = past_appointment(case, person)
    window.reload_all()
    window.select_newcomer(person.id)
    view = select_in_timeline(window, appointment.id)
    row = view.currentIndex().row()
    press(qtbot, key, modifiers, widget=view)
    assert case.entries.get(appointment.id).status == status
    assert view.currentIndex().row() == row  # the selection stays where the work is
    assert window.today_view.past.rowCount() == 0  # Vandaag heard about it


def test_task_done_and_signal_resolved_from_the_timeline(window, qtbot):
    case = window.session.case
    person = add_people(case, 1)[0]
    task = case.entries.add(Entry(person.id, "task", date.today(), text="Bellen met school"))
    signal = case.entries.add(Entry(person.id, "signal", date.today(), "housing", text="Vocht"))
    window.reload_all()
    window.select_newcomer(person.id)
    press(qtbot, Qt.Key.Key_D, CTRL, widget=select_in_timeline(window, task.id))
    press(qtbot, Qt.Key.Key_D, CTRL, widget=select_in_timeline(window, signal.id))
    assert case.entries.get(task.id).status == "done"
    assert case.entries.get(signal.id).status == "resolved"
    # A no-show makes no sense for a task: nothing changes, the status bar says why.
    press(qtbot, Qt.Key.Key_N, SHIFT_CTRL, widget=select_in_timeline(window, task.id))
    assert case.entries.get(task.id).status == "done"
    assert "afspraak, een taak of een signaal" in window.statusBar().currentMessage()


def test_vandaag_lists_past_planned_appointments_and_marks_them_done(window, qtbot):
    case = window.session.case
    person = add_people(case, 1)[0]
    appointment = past_appointment(case, person)
    window.reload_all()
    window.show_today()
    today = window.today_view
    assert today.ui.pastBox.isVisibleTo(window)
    assert "Status bijwerken" in today.ui.pastBox.title()
    assert len(today.past.texts()) == 1 and "Persoon 0" in today.past.texts()[0]
    view = today.ui.pastList
    view.setFocus()
    view.setCurrentIndex(today.past.index(0))
    press(qtbot, Qt.Key.Key_D, CTRL, widget=view)
    assert case.entries.get(appointment.id).status == "done"
    assert today.past.rowCount() == 0 and not today.ui.pastBox.isVisibleTo(window)
    assert window.ui.detailStack.currentWidget() is today  # no editor, no page switch


def test_vandaag_context_menu_offers_the_status_actions(window, qtbot):
    case = window.session.case
    person = add_people(case, 1)[0]
    appointment = past_appointment(case, person)
    window.reload_all()
    window.show_today()
    view = window.today_view.ui.pastList
    view.setCurrentIndex(window.today_view.past.index(0))
    menu = window.actions.quick.today_menu(view)  # what a right-click pops up
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "Markeer als &gedaan / opgelost",
        "Markeer als &niet verschenen",
        "Markeer als &afgezegd",
    ]
    menu.actions()[2].trigger()
    assert case.entries.get(appointment.id).status == "cancelled"


def test_timeline_context_menu_has_edit_delete_and_the_status_actions(window, qtbot):
    case = window.session.case
    person = add_people(case, 1)[0]
    task = case.entries.add(Entry(person.id, "task", date.today(), text="Formulier"))
    window.reload_all()
    window.select_newcomer(person.id)
    select_in_timeline(window, task.id)
    menu = window.actions.quick.timeline_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Markeer als &gedaan / opgelost" in texts and len(texts) == 3
    menu.actions()[-1].trigger()
    assert case.entries.get(task.id).status == "done"


def test_ctrl_1_on_a_vandaag_row_logs_for_that_rows_newcomer(window, qtbot):
    case = window.session.case
    people = add_people(case, 3)
    window.reload_all()
    window.show_today()
    today = window.today_view
    view = today.ui.appointmentsList
    row = next(
        r
        for r in range(today.appointments.rowCount())
        if "Persoon 2" in today.appointments.texts()[r]
    )
    view.setFocus()
    view.setCurrentIndex(today.appointments.index(row))
    press(qtbot, Qt.Key.Key_1, CTRL, widget=view)
    dialog = modal(qtbot, "entryDialog_contact")
    assert dialog.newcomer_id == people[2].id and "Persoon 2" in dialog.windowTitle()
    dialog.ui.textEdit.setFocus()
    type_into_focus(qtbot, "Gebeld vanuit Vandaag", dialog.ui.textEdit)
    press(qtbot, Qt.Key.Key_Return, widget=dialog.ui.textEdit)
    closed(qtbot, dialog, window)
    texts = [e.text for e in case.entries.timeline(people[2].id, kinds=("contact",))]
    assert "Gebeld vanuit Vandaag" in texts


def test_vandaag_window_includes_day_14_and_says_its_end(window):
    case = window.session.case
    person = case.newcomers.add(Newcomer(name="Veertien"))
    case.entries.add(Entry(person.id, "appointment", date.today() + timedelta(days=14), "duo"))
    case.entries.add(Entry(person.id, "appointment", date.today() + timedelta(days=15), "duo"))
    window.reload_all()
    assert len(window.today_view.appointments.texts()) == 1
    from sleutelapp.gui.labels import format_date

    end = format_date(date.today() + timedelta(days=14))
    assert f"tot en met {end}" in window.today_view.ui.appointmentsBox.title()


@pytest.mark.parametrize("route", ["b1", "z", "education", "unknown"])
def test_participation_hours_per_type_for_every_route(window, route):
    case = window.session.case
    person = case.newcomers.add(Newcomer(name="Deelnemer", route=route))
    case.entries.add(Entry(person.id, "activity", date.today(), "language_cafe", hours=1.5))
    case.entries.add(Entry(person.id, "activity", date.today(), "volunteering", hours=3))
    window.reload_all()
    window.select_newcomer(person.id)
    text = window.newcomer_view.ui.hoursLabel.text()
    assert "Taalcafé 1,5 u" in text and "Vrijwilligerswerk 3 u" in text
    if route == "b1":
        assert "MAP praktijkdeel 0 / 40 u" in text
    if route == "z":
        assert "Taal 1,5 / 800 u" in text and "Participatie 3 / 800 u" in text
    if route == "unknown":
        assert "geen urennormen" in text


def test_timeline_filter_resets_on_another_newcomer_and_says_what_it_hides(window, qtbot):
    case = window.session.case
    first, second = add_people(case, 2)
    window.reload_all()
    window.select_newcomer(first.id)
    view = window.newcomer_view
    combo = view.ui.kindFilter
    combo.setCurrentIndex(combo.findData("appointment"))
    assert view.timeline.rowCount() == 1
    assert view.ui.hiddenLabel.text() == "1 verborgen door filter"
    window.select_newcomer(second.id)
    assert combo.currentData() is None and view.timeline.rowCount() == 2
    assert view.ui.hiddenLabel.text() == ""
    combo.setCurrentIndex(combo.findData("signal"))
    window.lock()
    assert combo.currentData() is None  # after a lock or a restore: everything again


def test_search_says_which_entry_matched_and_highlights_it(window, qtbot):
    case = window.session.case
    first, _second = add_people(case, 2)
    note = case.entries.add(
        Entry(first.id, "note", date.today() - timedelta(days=1), text="Wachtlijst taalschool")
    )
    window.reload_all()
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_into_focus(qtbot, "wachtlijst")
    assert window.newcomers.rowCount() == 1
    found = window.newcomers.index(0).data(window.newcomers.MatchRole)
    assert found.startswith("Gevonden in: notitie") and "Wachtlijst taalschool" in found
    press(qtbot, Qt.Key.Key_Return)
    view = window.newcomer_view
    assert view.selected_entry().id == note.id
    row = view.timeline.row_of(note.id)
    assert view.timeline.is_match(row) and not view.timeline.is_match(1 - row if row < 2 else 0)
    # Found by name: no "found in" line.
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_into_focus(qtbot, "Persoon 1")
    assert window.newcomers.index(0).data(window.newcomers.MatchRole) == ""


def test_closing_from_vandaag_does_not_act_on_a_list_row(window, qtbot, prompts):
    case = window.session.case
    person = add_people(case, 1)[0]
    window.reload_all()
    window.show_today()
    view = window.today_view.ui.appointmentsList
    view.setFocus()
    view.setCurrentIndex(window.today_view.appointments.index(0))
    window.ui.actionCloseNewcomer.trigger()
    assert prompts.questions == []
    assert case.newcomers.get(person.id).status == "active"


def test_vandaag_after_a_change_to_one_newcomer_equals_a_full_reload(window, qtbot):
    from sleutelapp.domain.demo import generate
    from sleutelapp.store.bulk import insert_all

    case = window.session.case
    data = generate(newcomers=12, entries_per=30, seed=3)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    window.reload_all()
    today = window.today_view
    person = next(n for n in data.newcomers if n.status == "active")
    case_entries = case.entries.timeline(person.id)
    for entry in case_entries[:3]:
        if entry.kind in ("appointment", "task"):
            window.operations.set_entry_status(entry.id, "done")
    window.operations.add_entry(
        Entry(person.id, "appointment", date.today() - timedelta(days=1), "duo", time="09:00")
    )
    window.operations.add_entry(Entry(person.id, "task", date.today(), text="Nieuwe taak"))
    window.operations.add_entry(Entry(person.id, "contact", date.today(), "phone"))
    merged = [m.texts() for m in today.models()]
    today.reload(case)
    assert [m.texts() for m in today.models()] == merged
