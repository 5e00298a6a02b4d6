"""What is typed is what is saved: hours, dates, empty entries, a past appointment, one
editor per entry, Escape with typed text, Ctrl+L in a dialog (issue: daily loop)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Entry, Newcomer
from tests.gui.conftest import OFFSCREEN_NOISE, add_people
from tests.gui.test_keyboard_flow import closed, focused, modal, press, type_into_focus

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CTRL = Qt.KeyboardModifier.ControlModifier


def person_on_screen(window):
    person = add_people(window.session.case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)
    return person


def stored(window, person, kind):
    return window.session.case.entries.timeline(person.id, kinds=(kind,))


@pytest.mark.parametrize("typed", ["1,5", "1.5", "1:30"])
def test_hours_typed_with_comma_or_point_mean_one_and_a_half(window, qtbot, typed):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_3, CTRL)
    dialog = modal(qtbot, "entryDialog_activity")
    press(qtbot, Qt.Key.Key_Tab)  # type -> hours
    assert focused() is dialog.ui.hoursEdit.edit
    type_into_focus(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    assert [e.hours for e in stored(window, person, "activity")] == [1.5]
    model = window.newcomer_view.timeline
    details = [model.index(r, model.DETAILS).data() for r in range(model.rowCount())]
    assert any("1,5 u" in d for d in details), details


def test_hours_with_a_grouping_separator_are_refused_at_the_field(window, qtbot):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_3, CTRL)
    dialog = modal(qtbot, "entryDialog_activity")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "1.500")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "1,5" in dialog.ui.hoursEdit.problem_text()
    assert focused() is dialog.ui.hoursEdit.edit
    assert stored(window, person, "activity") == []
    dialog.discard()


@pytest.mark.parametrize("typed", ["15-03-2024", "15-3-2024", "15032024", "15.3.2024"])
def test_a_date_typed_in_one_go_is_that_date(window, qtbot, typed):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    dialog = modal(qtbot, "entryDialog_note")
    type_into_focus(qtbot, "Brief gelezen")
    press(qtbot, Qt.Key.Key_Backtab)  # text -> date (Shift+Tab selects the old date)
    assert focused() is dialog.ui.dateEdit.edit
    type_into_focus(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.ui.dateEdit.text() == "15-03-2024"  # shows how it was read
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    assert [e.date for e in stored(window, person, "note")] == [date(2024, 3, 15)]


def test_an_impossible_entry_date_is_refused_at_the_field(window, qtbot):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    dialog = modal(qtbot, "entryDialog_note")
    type_into_focus(qtbot, "Brief gelezen")
    press(qtbot, Qt.Key.Key_Backtab)
    type_into_focus(qtbot, "31-02-2024")
    press(qtbot, Qt.Key.Key_Tab)
    assert "bestaat niet" in dialog.ui.dateEdit.problem_text()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and stored(window, person, "note") == []
    dialog.ui.dateEdit.setFocus()
    dialog.ui.dateEdit.edit.selectAll()
    type_into_focus(qtbot, "15-03-2012")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "jaar" in dialog.ui.dateEdit.problem_text()
    assert stored(window, person, "note") == []
    dialog.discard()


def test_termijn_start_typed_in_one_go_and_a_future_one_refused(window, qtbot):
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = modal(qtbot, "newcomerDialog")
    type_into_focus(qtbot, "Amal Haddad")
    dialog.ui.termijnKnownCheck.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.termijnEdit.edit
    future = date.today() + timedelta(days=40)
    type_into_focus(qtbot, future.strftime("%d-%m-%Y"))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "toekomst" in dialog.ui.termijnEdit.problem_text()
    assert window.session.case.newcomers.count() == 0
    dialog.ui.termijnEdit.edit.selectAll()
    type_into_focus(qtbot, "1-9-2025")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    [saved] = window.session.case.newcomers.all()
    assert saved.termijn_start == date(2025, 9, 1)


@pytest.mark.parametrize(
    ("key", "kind", "field", "words"),
    [
        (Qt.Key.Key_4, "note", "text", "lege notitie"),
        (Qt.Key.Key_6, "task", "text", "moet gebeuren"),
        (Qt.Key.Key_3, "activity", "hours", "hoeveel uur"),
    ],
)
def test_an_empty_entry_is_not_saved_and_the_field_says_why(
    window, qtbot, prompts, key, kind, field, words
):
    person = person_on_screen(window)
    before = window.session.case.entries.count_for(person.id)
    press(qtbot, key, CTRL)
    dialog = modal(qtbot, f"entryDialog_{kind}")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    if field == "text":
        assert words in dialog.ui.textProblemLabel.text()
        assert dialog.ui.textProblemLabel.isVisible()
        assert focused() is dialog.ui.textEdit
    else:
        assert words in dialog.ui.hoursEdit.problem_text()
        assert focused() is dialog.ui.hoursEdit.edit
    assert window.session.case.entries.count_for(person.id) == before
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    closed(qtbot, dialog, window)
    assert prompts.questions == []


@pytest.mark.parametrize(("answer", "status"), [("done", "done"), ("planned", "planned")])
def test_a_planned_appointment_in_the_past_asks_whether_it_took_place(
    window, qtbot, prompts, answer, status
):
    person = person_on_screen(window)
    prompts.choice = answer
    press(qtbot, Qt.Key.Key_2, CTRL)
    dialog = modal(qtbot, "entryDialog_appointment")
    dialog.ui.dateEdit.setFocus()
    dialog.ui.dateEdit.edit.selectAll()
    type_into_focus(qtbot, (date.today() - timedelta(days=3)).strftime("%d%m%Y"))
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    assert "plaatsgevonden" in prompts.questions[0]
    past = [e for e in stored(window, person, "appointment") if e.date < date.today()]
    assert [e.status for e in past] == [status]
    shown = window.today_view.past.texts()
    assert (len(shown) == 1) == (status == "planned")


def test_a_past_appointment_left_in_the_dialog_when_backing_out(window, qtbot, prompts):
    person = person_on_screen(window)
    prompts.choice = None  # "Terug"
    press(qtbot, Qt.Key.Key_2, CTRL)
    dialog = modal(qtbot, "entryDialog_appointment")
    dialog.ui.dateEdit.setFocus()
    dialog.ui.dateEdit.edit.selectAll()
    type_into_focus(qtbot, (date.today() - timedelta(days=3)).strftime("%d-%m-%Y"))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert len(stored(window, person, "appointment")) == 1  # only add_people's
    dialog.discard()


def test_escape_with_typed_text_asks_before_discarding(window, qtbot, prompts):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    dialog = modal(qtbot, "entryDialog_note")
    type_into_focus(qtbot, "Halverwege")
    prompts.confirm = False
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.ui.textEdit.toPlainText() == "Halverwege"
    assert "weggooien" in prompts.questions[-1]
    prompts.confirm = True
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, dialog, window)
    assert stored(window, person, "note") == []


def test_ctrl_l_inside_a_dialog_locks_and_keeps_the_draft(window, qtbot):
    from tests.conftest import PASSPHRASE

    person_on_screen(window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    dialog = modal(qtbot, "entryDialog_note")
    type_into_focus(qtbot, "Nog niet af")
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.session.is_open
    assert not dialog.isVisible()
    assert "bewaard" in window.unlock_page.ui.errorLabel.text()
    assert window.unlock(PASSPHRASE)
    reopened = modal(qtbot, "entryDialog_note")
    assert reopened.ui.textEdit.toPlainText() == "Nog niet af"
    assert reopened.has_unsaved_input()  # Escape on the restored draft asks first
    reopened.discard()


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "does not support raise")  # offscreen: no WM
def test_one_editor_per_entry_and_a_stale_editor_cannot_overwrite(window, qtbot, prompts):
    person = person_on_screen(window)
    view = window.newcomer_view.ui.timelineView
    rect = view.visualRect(window.newcomer_view.timeline.index(0, 1))
    # A real double-click: press and release, then the double-click press and release.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = modal(qtbot, f"entryDialog_{window.newcomer_view.selected_entry().kind}")
    editors = [d for d in window.findChildren(type(first)) if d.isVisible()]
    assert editors == [first]
    assert window.actions.open_entry_dialog(first.kind, entry=first.editing) is first
    assert len([d for d in window.findChildren(type(first)) if d.isVisible()]) == 1

    # The entry changes elsewhere after this editor opened it: saving is refused.
    original = first.editing
    from dataclasses import replace

    window.operations.update_entry(replace(original, location="Elders gewijzigd"))
    first.ui.locationEdit.setFocus()
    type_into_focus(qtbot, "Mijn wijziging")
    press(qtbot, Qt.Key.Key_Return)
    assert first.isVisible()
    assert "gewijzigd nadat u hem opende" in prompts.errors[-1]
    assert window.session.case.entries.get(original.id).location == "Elders gewijzigd"
    first.discard()
    assert person.id == window.current_newcomer_id()


def test_delete_keeps_the_selection_at_the_neighbouring_row(window, qtbot):
    person = person_on_screen(window)
    case = window.session.case
    for i in range(3):
        case.entries.add(
            Entry(person.id, "note", date.today() - timedelta(days=i + 1), text=f"n{i}")
        )
    window.newcomer_view.refresh()
    view = window.newcomer_view.ui.timelineView
    view.setFocus()
    view.selectRow(2)
    below = window.newcomer_view.timeline.entry_at(3)
    press(qtbot, Qt.Key.Key_Delete, widget=view)
    assert view.currentIndex().row() == 2
    assert window.newcomer_view.selected_entry() == below


def test_closing_names_the_newcomer_and_the_retention_clock_and_stays_on_screen(
    window, qtbot, prompts
):
    people = add_people(window.session.case, 3)
    window.reload_all()
    window.select_newcomer(people[1].id)
    months = window.session.case.settings.get("retention_months")
    prompts.confirm = False
    window.ui.actionCloseNewcomer.trigger()
    assert "Persoon 1" in prompts.questions[-1] and f"{months} maanden" in prompts.questions[-1]
    assert window.session.case.newcomers.get(people[1].id).status == "active"
    prompts.confirm = True
    window.ui.actionCloseNewcomer.trigger()
    assert window.session.case.newcomers.get(people[1].id).status == "closed"
    assert window.current_newcomer_id() == people[1].id  # still on screen, not someone else
    assert window.newcomers.row_of(people[1].id) == -1  # the Active list no longer has them
    window.ui.actionCloseNewcomer.trigger()  # the same item now reopens the same person
    assert window.session.case.newcomers.get(people[1].id).status == "active"
    assert [window.session.case.newcomers.get(p.id).status for p in people] == ["active"] * 3


def test_a_newcomer_added_now_has_no_30_days_badge(window, qtbot):
    case = window.session.case
    fresh = case.newcomers.add(Newcomer(name="Net toegevoegd"))
    long_ago = (date.today() - timedelta(days=90)).isoformat() + "T10:00:00"
    old = case.newcomers.add(Newcomer(name="Lang geleden", created=long_ago))
    went = case.newcomers.add(Newcomer(name="Samen geweest", created=long_ago))
    case.entries.add(
        Entry(
            went.id,
            "appointment",
            date.today() - timedelta(days=2),
            "gp",
            status="done",
            accompanied=True,
        )
    )
    window.reload_all()
    badges = {
        window.newcomers.index(r).data(): window.newcomers.badges(r)
        for r in range(window.newcomers.rowCount())
    }
    assert "30+ dagen" not in badges[fresh.name]
    assert "30+ dagen" not in badges[went.name]
    assert "30+ dagen" in badges[old.name]
    row = window.newcomers.row_of(old.id)
    tooltip = window.newcomers.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert "afspraken" in tooltip and "activiteiten" in tooltip
    assert [t for t in window.today_view.no_contact.texts() if "Net toegevoegd" in t] == []


def test_contact_tab_order_goes_through_the_topics_before_the_text(window, qtbot):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_1, CTRL)
    dialog = modal(qtbot, "entryDialog_contact")
    order = []
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        order.append("minutes" if widget is dialog.ui.minutesEdit.edit else widget.objectName())
    assert order[0] == "minutes"
    assert order[1].startswith("topic_")
    topics = [name for name in order if name.startswith("topic_")]
    assert order.index("textEdit") == 1 + len(topics)
    # One topic and a sentence, by keyboard: stored as ticked and typed.
    for _ in range(11 - order.index(topics[0])):
        press(qtbot, Qt.Key.Key_Backtab)
    assert focused().objectName() == topics[0]
    press(qtbot, Qt.Key.Key_Space)
    while focused() is not dialog.ui.textEdit:
        press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Gebeld over de brief.")
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, dialog, window)
    [saved] = [e for e in stored(window, person, "contact") if e.text == "Gebeld over de brief."]
    assert saved.topics == (topics[0].removeprefix("topic_"),)


@pytest.mark.parametrize(("typed", "minutes"), [("90", 90), ("1:30", 90), ("", None)])
def test_contact_minutes_as_typed(window, qtbot, typed, minutes):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_1, CTRL)
    dialog = modal(qtbot, "entryDialog_contact")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.minutesEdit.edit
    type_into_focus(qtbot, typed)
    dialog.ui.textEdit.setFocus()
    type_into_focus(qtbot, "Gebeld", dialog.ui.textEdit)
    press(qtbot, Qt.Key.Key_Return, widget=dialog.ui.textEdit)
    closed(qtbot, dialog, window)
    [saved] = [e for e in stored(window, person, "contact") if e.text == "Gebeld"]
    assert saved.minutes == minutes


def test_contact_minutes_with_a_decimal_are_refused_not_read_as_15(window, qtbot):
    person = person_on_screen(window)
    press(qtbot, Qt.Key.Key_1, CTRL)
    dialog = modal(qtbot, "entryDialog_contact")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "1.5")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "minuten" in dialog.ui.minutesEdit.problem_text()
    assert len(stored(window, person, "contact")) == 1  # only add_people's
    dialog.discard()


def test_typed_fields_are_named_after_their_label(window, qtbot):
    person_on_screen(window)
    press(qtbot, Qt.Key.Key_3, CTRL)
    dialog = modal(qtbot, "entryDialog_activity")
    assert dialog.ui.dateEdit.edit.accessibleName() == "Datum"
    assert dialog.ui.hoursEdit.edit.accessibleName() == "Uren"
    dialog.discard()
