"""Vandaag on a long agenda: each list shows its first rows and an "n more" row; Enter or a
double-click on it shows the next ones, and the box title counts them all."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.gui import today_view
from sleutelapp.gui.models.today_model import MORE, TodayModel
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_keyboard_flow import press

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
PAGE = 3


@pytest.fixture
def long_agenda(window, monkeypatch):
    """Seven appointments and four open tasks; the lists show three rows at a time."""
    monkeypatch.setattr(today_view, "AGENDA_PAGE", PAGE)
    case = window.session.case
    person = case.newcomers.add(Newcomer(name="Samira Benali"))
    appointments = [
        case.entries.add(
            Entry(person.id, "appointment", TODAY + timedelta(days=day), "gp", time="10:00")
        )
        for day in range(7)
    ]
    tasks = [
        case.entries.add(Entry(person.id, "task", TODAY + timedelta(days=day), text=f"taak {day}"))
        for day in range(4)
    ]
    window.today_view.clear()  # as after a lock: the lists start again at their first rows
    window.reload_all()
    return window, person, appointments, tasks


def _vandaag(window, qtbot):
    press(qtbot, Qt.Key.Key_T, CTRL, widget=window)
    qtbot.waitUntil(lambda: window.today_view._agenda is not None, timeout=3000)
    return window.today_view


def _ids(model) -> list[str]:
    return [model.index(r).data(TodayModel.EntryIdRole) for r in range(model.rowCount())]


def test_a_long_list_ends_in_a_more_row_and_enter_shows_the_next_rows(long_agenda, qtbot):
    window, _person, appointments, _tasks = long_agenda
    view = _vandaag(window, qtbot)
    model = view.appointments
    assert _ids(model)[:PAGE] == [e.id for e in appointments[:PAGE]]
    assert model.rowCount() == PAGE + 1
    last = model.index(PAGE)
    assert last.data(TodayModel.KindRole) == MORE
    assert "Nog 4 afspraken" in last.data()
    assert "(7)" in view.ui.appointmentsBox.title()  # the title counts them all

    listing = view.ui.appointmentsList
    listing.setFocus()
    listing.setCurrentIndex(model.index(0))
    press(qtbot, Qt.Key.Key_End, widget=listing)
    assert listing.currentIndex().row() == PAGE
    press(qtbot, Qt.Key.Key_Return, widget=listing)
    # the next three, the keyboard on the first of them, and a row for the last one
    assert _ids(model)[: 2 * PAGE] == [e.id for e in appointments[: 2 * PAGE]]
    assert listing.currentIndex().row() == PAGE
    assert listing.currentIndex().data(TodayModel.EntryIdRole) == appointments[PAGE].id
    assert "Nog 1 afspraak " in model.index(2 * PAGE).data()
    assert window.ui.detailStack.currentWidget() is view  # still on Vandaag

    press(qtbot, Qt.Key.Key_End, widget=listing)
    press(qtbot, Qt.Key.Key_Return, widget=listing)
    assert _ids(model) == [e.id for e in appointments]  # all of them: no more row
    assert "(7)" in view.ui.appointmentsBox.title()


def test_a_double_click_on_the_more_row_of_the_tasks_shows_them(long_agenda, qtbot):
    window, _person, _appointments, tasks = long_agenda
    view = _vandaag(window, qtbot)
    listing = view.ui.tasksList
    more = view.tasks.index(view.tasks.rowCount() - 1)
    assert more.data(TodayModel.KindRole) == MORE
    assert "Nog 1 taak " in more.data()
    listing.scrollTo(more)
    rect = listing.visualRect(more)
    assert listing.viewport().rect().contains(rect.center())
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i for i in _ids(view.tasks) if i] == [t.id for t in tasks]
    assert all(view.tasks.index(r).data(TodayModel.KindRole) != MORE for r in range(4))


def test_the_more_row_is_about_no_one(long_agenda, qtbot):
    """Ctrl+1 (log a contact) and Ctrl+D (done) on the "n more" row do nothing but say why;
    a quick action elsewhere keeps the rows shown so far."""
    window, _person, appointments, _tasks = long_agenda
    view = _vandaag(window, qtbot)
    listing = view.ui.appointmentsList
    listing.setFocus()
    listing.setCurrentIndex(view.appointments.index(PAGE))
    press(qtbot, Qt.Key.Key_1, CTRL, widget=listing)
    assert QApplication.activeModalWidget() is None  # no contact dialog for no one
    assert "nieuwkomer" in window.statusBar().currentMessage().lower()
    press(qtbot, Qt.Key.Key_D, CTRL, widget=listing)
    case = window.session.case
    assert all(case.entries.get(e.id).status == "planned" for e in appointments)

    press(qtbot, Qt.Key.Key_Return, widget=listing)  # six shown now
    listing.setCurrentIndex(view.appointments.index(0))
    press(qtbot, Qt.Key.Key_D, CTRL, widget=listing)
    assert case.entries.get(appointments[0].id).status == "done"
    assert _ids(view.appointments)[: 2 * PAGE - 1] == [e.id for e in appointments[1 : 2 * PAGE]]
    assert "(6)" in view.ui.appointmentsBox.title()


def test_many_reports_due_end_in_a_row_that_opens_the_dialog_for_all(window, qtbot, monkeypatch):
    from sleutelapp.domain.model import Consent
    from sleutelapp.gui import due_reports_dialog
    from sleutelapp.gui.models.today_model import REPORT_DUE

    monkeypatch.setattr(today_view, "AGENDA_PAGE", PAGE)
    opened = []
    monkeypatch.setattr(
        due_reports_dialog, "open_due_reports_dialog", lambda *args: opened.append(args)
    )
    case = window.session.case
    for name in ("Dilan", "Bashir", "Ceylan", "Amina", "Ebru"):
        n = case.newcomers.add(Newcomer(name=name))
        case.consents.add(Consent(n.id, "regisseur_summary", given_on=TODAY - timedelta(400)))
    window.today_view.clear()
    window.reload_all()
    view = _vandaag(window, qtbot)
    rows = [view.tasks.index(r) for r in range(view.tasks.rowCount())]
    assert [r.data(TodayModel.KindRole) for r in rows] == [REPORT_DUE] * (PAGE + 1)
    assert "Nog 2 rapporten" in rows[PAGE].data()
    assert "(5)" in view.ui.tasksBox.title()
    listing = view.ui.tasksList
    listing.setFocus()
    listing.setCurrentIndex(rows[0])
    press(qtbot, Qt.Key.Key_End, widget=listing)
    press(qtbot, Qt.Key.Key_Return, widget=listing)
    assert len(opened) == 1  # the dialog that makes all five


@pytest.fixture
def long_attention(window, monkeypatch):
    """Five newcomers whose termijn ends soon and who had no contact for weeks; the lists
    show three rows at a time."""
    monkeypatch.setattr(today_view, "AGENDA_PAGE", PAGE)
    case = window.session.case
    people = []
    for i, name in enumerate(("Amina", "Bashir", "Ceylan", "Dawit", "Ebru")):
        person = case.newcomers.add(
            Newcomer(
                name=name,
                termijn_start=TODAY - timedelta(days=1000 - 10 * i),  # Amina's ends first
                created="2020-01-01T10:00:00",
            )
        )
        # Amina's last contact is the oldest: she comes first in "no contact"
        case.entries.add(Entry(person.id, "contact", TODAY - timedelta(days=60 - i), "phone"))
        people.append(person)
    window.today_view.clear()
    window.reload_all()
    return window, people


def _newcomer_ids(model) -> list[str]:
    return [model.index(r).data(TodayModel.NewcomerIdRole) for r in range(model.rowCount())]


def test_the_termijn_list_shows_its_first_rows_and_enter_on_more_shows_the_rest(
    long_attention, qtbot
):
    window, people = long_attention
    view = _vandaag(window, qtbot)
    model = view.termijn
    assert _newcomer_ids(model)[:PAGE] == [p.id for p in people[:PAGE]]
    more = model.index(PAGE)
    assert more.data(TodayModel.KindRole) == MORE
    assert "Nog 2 nieuwkomers" in more.data()
    assert "(5)" in view.ui.termijnBox.title()  # the title counts them all

    listing = view.ui.termijnList
    listing.setFocus()
    listing.setCurrentIndex(model.index(0))
    press(qtbot, Qt.Key.Key_End, widget=listing)
    assert listing.currentIndex().row() == PAGE
    press(qtbot, Qt.Key.Key_Return, widget=listing)
    assert _newcomer_ids(model) == [p.id for p in people]  # all five, no more row
    assert listing.currentIndex().data(TodayModel.NewcomerIdRole) == people[PAGE].id
    assert window.ui.detailStack.currentWidget() is view  # still on Vandaag
    assert "(5)" in view.ui.termijnBox.title()

    press(qtbot, Qt.Key.Key_Return, widget=listing)  # a newcomer's row opens them
    assert window.ui.detailStack.currentWidget() is not view


def test_a_double_click_on_more_in_no_contact_shows_the_rest_and_a_contact_leaves(
    long_attention, qtbot
):
    window, people = long_attention
    view = _vandaag(window, qtbot)
    listing = view.ui.noContactList
    model = view.no_contact
    assert _newcomer_ids(model)[:PAGE] == [p.id for p in people[:PAGE]]
    more = model.index(model.rowCount() - 1)
    assert more.data(TodayModel.KindRole) == MORE
    assert "Nog 2 nieuwkomers" in more.data()
    assert "(5)" in view.ui.noContactBox.title()
    listing.scrollTo(more)
    rect = listing.visualRect(more)
    assert listing.viewport().rect().contains(rect.center())
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _newcomer_ids(model) == [p.id for p in people]

    # a contact logged today (through the store, as a dialog saves it) takes Amina off
    window.operations.add_entry(Entry(people[0].id, "contact", TODAY, "phone"))
    assert _newcomer_ids(model) == [p.id for p in people[1:]]
    assert "(4)" in view.ui.noContactBox.title()


def test_the_box_titles_keep_their_dates_and_counts_when_the_language_changes(
    long_agenda, qtbot, qapp
):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.labels import format_date

    window, _person, appointments, _tasks = long_agenda
    view = _vandaag(window, qtbot)
    box = view.ui.appointmentsBox
    assert box.title().endswith(f"({len(appointments)})")
    try:
        i18n.install(qapp, "en")
        qtbot.waitUntil(lambda: box.title().startswith("Appointments"), timeout=3000)
        end = format_date(TODAY + timedelta(days=today_view.AGENDA_DAYS))
        assert box.title() == f"Appointments up to and including {end} ({len(appointments)})"
        assert view.ui.tasksBox.title().endswith(")")
    finally:
        i18n.install(qapp, "nl")
    qtbot.waitUntil(lambda: box.title().startswith("Afspraken tot en met"), timeout=3000)
    assert box.title().endswith(f"({len(appointments)})")
