"""The agenda view: week and month pages across all newcomers, keyboard navigation, quick
status actions on its items, the week on paper (private by default) and the reminders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain import agenda_ranges
from sleutelapp.domain.model import Entry, Newcomer
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_handover_dialogs import _retype
from tests.gui.test_keyboard_flow import press

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TODAY = date.today()
MONDAY = agenda_ranges.week_range(TODAY)[0]


def person(case, name="Ahmad Karimi", known_as="Ahmad", start=None):
    return case.newcomers.add(
        Newcomer(name=name, known_as=known_as, route="z", termijn_start=start)
    )


def appointment(case, who, day, kind="gp", at="10:00", accompanied=True, place="Kerkstraat 1"):
    return case.entries.add(
        Entry(who.id, "appointment", day, kind, time=at, location=place, accompanied=accompanied)
    )


def open_agenda(window, qtbot):
    press(qtbot, Qt.Key.Key_G, CTRL, widget=window)
    view = window.agenda.view
    assert window.ui.detailStack.currentWidget() is view
    return view


# --- ranges (pure) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 12, 31), date(2026, 12, 28), date(2027, 1, 3)),  # across a year
        (date(2026, 3, 1), date(2026, 2, 23), date(2026, 3, 1)),  # across a month
        (date(2026, 3, 29), date(2026, 3, 23), date(2026, 3, 29)),  # summer time starts
        (date(2026, 10, 25), date(2026, 10, 19), date(2026, 10, 25)),  # summer time ends
        (date(2028, 2, 29), date(2028, 2, 28), date(2028, 3, 5)),  # leap day
    ],
)
def test_week_range_is_monday_to_sunday(day, start, end):
    assert agenda_ranges.week_range(day) == (start, end)
    assert len(agenda_ranges.days(start, end)) == 7


def test_month_range_and_steps_across_year_boundaries():
    assert agenda_ranges.month_range(date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert agenda_ranges.step("month", date(2026, 12, 15), 1) == date(2027, 1, 1)
    assert agenda_ranges.step("month", date(2027, 1, 31), -1) == date(2026, 12, 1)
    assert agenda_ranges.step("week", date(2026, 12, 31), 1) == date(2027, 1, 4)
    with pytest.raises(ValueError, match="unknown agenda mode"):
        agenda_ranges.page_range("year", TODAY)


# --- the model ----------------------------------------------------------------------------


def test_agenda_model_passes_the_model_tester(window, qtmodeltester):
    case = window.session.case
    who = person(case)
    appointment(case, who, MONDAY + timedelta(days=1))
    case.entries.add(Entry(who.id, "task", MONDAY + timedelta(days=2), text="Bellen\nmet school"))
    view = window.agenda.view
    view.reload(case, TODAY)
    qtmodeltester.check(view.model)
    texts = view.model.texts()
    assert any("10:00 — Ahmad: Huisarts · u gaat mee" in t for t in texts), texts
    assert any("Bellen" in t and "school" not in t for t in texts), texts


def test_week_shows_termijn_end_report_due_and_expected_decision(window):
    from sleutelapp.domain import wi2021
    from sleutelapp.domain.model import ExtensionRequest

    case = window.session.case
    # a termijn that ends this Wednesday (three years after it started)
    wednesday = MONDAY + timedelta(days=2)
    ending = person(case, "Sara Haile", "", start=wi2021.add_months(wednesday, -36))
    assert wi2021.termijn_end(ending.termijn_start) == wednesday
    asking = person(case, "Omid Rahimi", "")
    sent = MONDAY + timedelta(days=3) - timedelta(weeks=8)
    case.extension_requests.add(
        ExtensionRequest(asking.id, "no_blame", sent_on=sent), with_task=False
    )
    view = window.agenda.view
    view.reload(case, TODAY)
    texts = view.model.texts()
    assert "Sara Haile — termijn eindigt vandaag" in texts, texts
    assert any(t.startswith("Omid Rahimi — antwoord van DUO") for t in texts), texts


def test_month_view_and_keyboard_navigation(window, qtbot):
    case = window.session.case
    who = person(case)
    next_week = appointment(case, who, MONDAY + timedelta(days=8))
    window.reload_all()
    view = open_agenda(window, qtbot)
    listed = view.ui.agendaList
    start, _end = view.page()
    assert start == MONDAY
    press(qtbot, Qt.Key.Key_PageDown, widget=listed)
    assert view.page()[0] == MONDAY + timedelta(days=7)
    assert listed.currentIndex().data(view.model.EntryIdRole) == next_week.id
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, widget=listed)
    assert view.page()[0] == MONDAY
    press(qtbot, Qt.Key.Key_PageDown, widget=listed)
    press(qtbot, Qt.Key.Key_T, widget=listed)
    assert view.page()[0] == MONDAY
    view.set_mode("month")
    assert view.page() == agenda_ranges.month_range(TODAY)
    press(qtbot, Qt.Key.Key_PageUp, widget=listed)
    assert view.page() == agenda_ranges.month_range(agenda_ranges.step("month", TODAY, -1))


def test_enter_opens_the_newcomer_and_ctrl_d_marks_done(window, qtbot):
    case = window.session.case
    who = person(case)
    planned = appointment(case, who, TODAY)
    other = appointment(case, who, TODAY, at="14:00")
    window.reload_all()
    view = open_agenda(window, qtbot)
    listed = view.ui.agendaList
    assert listed.currentIndex().data(view.model.EntryIdRole) == planned.id
    press(qtbot, Qt.Key.Key_D, CTRL, widget=listed)
    assert case.entries.get(planned.id).status == "done"
    assert any(t.startswith("10:00") and t.endswith(")") for t in view.model.texts()), (
        view.model.texts()
    )
    press(qtbot, Qt.Key.Key_Down, widget=listed)
    assert listed.currentIndex().data(view.model.EntryIdRole) == other.id
    press(qtbot, Qt.Key.Key_X, SHIFT_CTRL, widget=listed)
    assert case.entries.get(other.id).status == "cancelled"
    press(qtbot, Qt.Key.Key_Return, widget=listed)
    assert window.current_newcomer_id() == who.id


def test_context_menu_offers_the_statuses_of_the_item(window, qtbot):
    case = window.session.case
    who = person(case)
    task = case.entries.add(Entry(who.id, "task", TODAY, text="Formulier"))
    window.reload_all()
    view = open_agenda(window, qtbot)
    listed = view.ui.agendaList
    row = next(r for r in range(view.model.rowCount()) if view.model.item_at(r).entry_id == task.id)
    listed.setCurrentIndex(view.model.index(row, 0))
    menu = window.actions.quick.today_menu(listed)
    names = [a.text() for a in menu.actions()]
    assert len(names) == 1  # a task is only done
    menu.actions()[0].trigger()
    assert case.entries.get(task.id).status == "done"
    menu.deleteLater()


# --- the week on paper --------------------------------------------------------------------


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_week_pdf_is_private_by_default_and_registered(window, qtbot, tmp_path, monkeypatch):
    from sleutelapp.gui.agenda_week_dialog import AgendaWeekDialog

    case = window.session.case
    who = person(case)
    appointment(case, who, MONDAY + timedelta(days=1), kind="mental_health", place="Kliniekweg 9")
    target = tmp_path / "week.pdf"
    dialog = AgendaWeekDialog(window, window.operations, agenda_ranges.week_range(TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ui.namesCombo.currentText() == "Initialen (A.K.)"
    assert not dialog.ui.healthCheck.isChecked() and not dialog.ui.locationCheck.isChecked()
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "week"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.saved is not None, dialog.ui.messageLabel.text()
    text = _pdf_text(target)
    assert "A.K." in text
    assert "Ahmad" not in text and "Karimi" not in text
    assert "Kliniekweg" not in text
    assert "GGZ" not in text and "Geestelijke" not in text and "Afspraak: A.K. (ik ga mee)" in text
    rows = case.disclosures.for_newcomer(who.id)
    assert [(d.report_kind, d.recipient) for d in rows] == [
        ("agenda_week", "eigen agenda (papier)")
    ]


def test_week_pdf_speaks_the_ui_language(window, qtbot, qapp, tmp_path):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.agenda_week_dialog import AgendaWeekDialog

    case = window.session.case
    who = person(case)
    appointment(case, who, MONDAY + timedelta(days=1), kind="mental_health")
    i18n.install(qapp, "en")
    dialog = AgendaWeekDialog(window, window.operations, agenda_ranges.week_range(TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "week"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.saved is not None, dialog.ui.messageLabel.text()
    text = _pdf_text(tmp_path / "week.pdf")
    assert "Appointment: A.K. (I go along)" in text and "Nothing planned." in text
    assert "Afspraak" not in text and "Niets gepland" not in text
    # the register is kept in Dutch whatever language the screen speaks
    assert [d.recipient for d in case.disclosures.for_newcomer(who.id)] == ["eigen agenda (papier)"]


def test_week_pdf_with_full_names_and_health_type(window, tmp_path):
    from sleutelapp.exports.agenda_week import WeekOptions, export_week

    case = window.session.case
    who = person(case)
    appointment(case, who, MONDAY, kind="mental_health", place="Kliniekweg 9")
    target = tmp_path / "week.pdf"
    options = WeekOptions(names="full", with_health_type=True, with_location=True)
    export_week(case, target, options, TODAY)
    text = _pdf_text(target)
    assert "Ahmad Karimi" in text and "Kliniekweg 9" in text
    with pytest.raises(ValueError, match="unknown name choice"):
        WeekOptions(names="nickname")


def test_week_pdf_refuses_a_missing_folder_and_keeps_the_dialog_open(window, qtbot, tmp_path):
    from sleutelapp.gui.agenda_week_dialog import AgendaWeekDialog

    dialog = AgendaWeekDialog(window, window.operations, agenda_ranges.week_range(TODAY))
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(tmp_path / "nowhere" / "week.pdf"))
    dialog.accept()
    assert dialog.saved is None
    assert dialog.ui.messageLabel.text()


# --- reminders ----------------------------------------------------------------------------


class Clock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def test_reminders_fire_once_per_slot(window):
    case = window.session.case
    who = person(case)
    day = TODAY + timedelta(days=1)
    entry = appointment(case, who, day, at="10:30")
    appointment(case, who, day, at="11:30", accompanied=False)
    reminders = window.agenda.reminders
    clock = Clock(datetime.combine(TODAY, datetime.min.time()).replace(hour=17, minute=59))
    reminders.now = clock
    assert reminders.check() == []
    clock.moment = clock.moment.replace(hour=18, minute=0)
    assert reminders.check() == ["Morgen om 10:30: afspraak met A.K., u gaat mee."]
    assert "Ahmad" not in window.statusBar().currentMessage()
    clock.moment = clock.moment.replace(hour=21)
    assert reminders.check() == []  # once
    clock.moment = datetime.combine(day, datetime.min.time()).replace(hour=6, minute=59)
    assert reminders.check() == []
    clock.moment = clock.moment.replace(hour=7, minute=0)
    assert reminders.check() == ["Vandaag om 10:30: afspraak met A.K., u gaat mee."]
    assert reminders.check() == []
    from sleutelapp.store import reminder_log

    remembered = reminder_log.shown(case)
    assert remembered == {
        f"{entry.id}|{day.isoformat()}|evening",
        f"{entry.id}|{day.isoformat()}|morning",
    }


def test_unlock_summary_lists_what_came_due(window_factory, case_paths, qtbot):
    from sleutelapp.store import reminder_log
    from sleutelapp.store.case import Case
    from tests.gui.conftest import PASSPHRASE

    case = Case.open(case_paths, PASSPHRASE)
    who = person(case)
    appointment(case, who, TODAY, at="09:00")
    case.entries.add(Entry(who.id, "task", TODAY, text="Brief"))
    reminder_log.set_last_seen(
        case, datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=20)
    )
    case.close()
    window = window_factory()
    window.agenda.reminders.now = Clock(
        datetime.combine(TODAY, datetime.min.time()).replace(hour=12)
    )
    window.open_case(Case.open(case_paths, PASSPHRASE))
    qtbot.waitUntil(lambda: bool(window.agenda.reminders.notices), timeout=3000)  # after the data
    summary = window.agenda.reminders.notices[0]
    assert "1 afspraak" in summary and "1 taak" in summary, summary
    window.lock()
    reopened = Case.open(case_paths, PASSPHRASE)
    assert reminder_log.last_seen(reopened) == datetime.combine(TODAY, datetime.min.time()).replace(
        hour=12
    )
    reopened.close()


def test_a_reminder_that_cannot_be_remembered_is_not_shown(window, monkeypatch):
    from sleutelapp.store import errors, reminder_log

    case = window.session.case
    who = person(case)
    appointment(case, who, TODAY, at="23:59")
    reminders = window.agenda.reminders
    reminders.now = Clock(datetime.combine(TODAY, datetime.min.time()).replace(hour=7))

    def refuse(*_args):
        raise errors.CaseError("The case file is read-only.")

    monkeypatch.setattr(reminder_log, "mark_shown", refuse)
    assert reminders.check() == []
    assert reminders.notices == []
    monkeypatch.setattr(reminder_log, "set_last_seen", refuse)
    window.lock()  # locking does not wait on the reminder stamp
    assert not window.session.is_open
