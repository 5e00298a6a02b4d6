"""The "Agenda exporteren (.ics)…" dialog, typed like a key person would, in Dutch: private
by default, choices only when ticked, registered, never into the data folder."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.gui.calendar_export_dialog import CalendarExportDialog
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_handover_dialogs import _operations_on, _retype, _when_modal

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

NAME, PLACE, TOWN_HALL = "Ahmad Karimi", "Huisartsenpraktijk De Linde", "Stadskantoor"


@pytest.fixture
def operations(case, qtbot):
    owner, ops = _operations_on(qtbot, case)
    yield ops
    owner.deleteLater()


def _plan(case):
    today = date.today()
    person = case.newcomers.add(Newcomer(name=NAME, known_as="Mado"))
    gp = case.entries.add(
        Entry(
            person.id,
            "appointment",
            today + timedelta(days=2),
            type="gp",
            time="08:45",
            status="planned",
            location=PLACE,
        )
    )
    far = case.entries.add(
        Entry(
            person.id,
            "appointment",
            today + timedelta(days=20),
            type="municipality",
            time="13:00",
            status="planned",
            location=TOWN_HALL,
        )
    )
    case.entries.add(Entry(person.id, "task", today, text="Huurcontract nalezen", status="open"))
    return person, gp, far


def _dialog(qtbot, operations):
    dialog = CalendarExportDialog(None, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _events(path):
    return {
        str(e["uid"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    }


def test_default_export_by_keyboard_is_private_and_registered(
    qtbot, case, operations, prompts, tmp_path
):
    person, gp, far = _plan(case)
    dialog = _dialog(qtbot, operations)
    ui = dialog.ui
    assert dialog.windowTitle() == "Agenda exporteren (.ics)"
    assert not ui.healthCheck.isChecked() and not ui.locationCheck.isChecked()
    assert ui.namesCombo.currentText() == "Initialen (A.K.)"
    assert "Google, Apple of Microsoft" in ui.warnLabel.text()
    assert ui.fileEdit.text().endswith(".ics")
    qtbot.keyClick(ui.daysSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.daysSpin, "30")
    _retype(qtbot, ui.fileEdit, str(tmp_path / "mijn-agenda"))
    qtbot.keyClick(ui.fileEdit, Qt.Key.Key_Return)
    target = tmp_path / "mijn-agenda.ics"
    raw = target.read_bytes()
    for canary in (b"Ahmad", b"Karimi", b"Mado", b"Linde", b"Stadskantoor", b"Huis", b"Huur"):
        assert canary not in raw
    events = _events(target)
    assert str(events[f"{gp.id}@sleutelapp"]["summary"]) == "Afspraak: A.K."
    assert str(events[f"{far.id}@sleutelapp"]["summary"]) == "Gemeente: A.K."  # 30 days typed
    shared = case.disclosures.for_newcomer(person.id)
    assert [d.report_kind for d in shared] == ["calendar"]
    assert shared[0].recipient == "eigen agenda" and len(shared[0].entry_ids) == 3
    assert "Gedeeld" in prompts.shown[-1]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_names_health_type_and_place_only_when_chosen(qtbot, case, operations, prompts, tmp_path):
    _person, gp, _far = _plan(case)
    dialog = _dialog(qtbot, operations)
    ui = dialog.ui
    ui.namesCombo.setFocus()
    qtbot.keyClick(ui.namesCombo, Qt.Key.Key_Down)
    qtbot.keyClick(ui.namesCombo, Qt.Key.Key_Down)
    assert ui.namesCombo.currentText() == "Volledige naam"
    qtbot.keyClick(ui.namesCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(ui.healthCheck, Qt.Key.Key_Space)
    qtbot.keyClick(ui.healthCheck, Qt.Key.Key_Tab)
    qtbot.keyClick(ui.locationCheck, Qt.Key.Key_Space)
    qtbot.keyClick(ui.locationCheck, Qt.Key.Key_Tab)
    _retype(qtbot, ui.recipientEdit, "agenda op mijn telefoon")
    _retype(qtbot, ui.fileEdit, str(tmp_path / "vol.ics"))
    qtbot.keyClick(ui.fileEdit, Qt.Key.Key_Return)
    event = _events(tmp_path / "vol.ics")[f"{gp.id}@sleutelapp"]
    assert str(event["summary"]) == f"Huisarts: {NAME}"
    assert str(event["location"]) == PLACE
    assert case.disclosures.all()[0].recipient == "agenda op mijn telefoon"


def test_the_data_folder_and_a_missing_folder_are_refused_at_the_field(
    qtbot, case, operations, prompts, case_paths, tmp_path
):
    _plan(case)
    dialog = _dialog(qtbot, operations)
    _retype(qtbot, dialog.ui.fileEdit, str(case_paths.data / "agenda.ics"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "map van het dossier" in dialog.ui.messageLabel.text()
    assert not (case_paths.data / "agenda.ics").exists()
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "bestaat-niet" / "agenda.ics"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "map die bestaat" in dialog.ui.messageLabel.text()
    assert case.disclosures.all() == []


def test_the_menu_opens_the_dialog_and_saves(window, qtbot, prompts, tmp_path):
    case = window.session.case
    person, _gp, _far = _plan(case)
    window.reload_all()
    assert window.ui.actionCalendarExport.text() == "Agenda &exporteren (.ics)…"

    def save(dialog):
        _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "menu.ics"))
        qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)

    _when_modal("calendarExportDialog", save)
    window.ui.actionCalendarExport.trigger()
    assert (tmp_path / "menu.ics").is_file()
    assert case.disclosures.last_for_newcomer(person.id, "calendar") is not None


def test_the_default_recipient_is_kept_in_dutch_whatever_the_screen_speaks(
    qtbot, qapp, case, operations, prompts, tmp_path
):
    from sleutelapp.gui import i18n

    person, _gp, _far = _plan(case)
    i18n.install(qapp, "en")
    dialog = _dialog(qtbot, operations)
    assert dialog.ui.recipientEdit.text() == "eigen agenda"
    _retype(qtbot, dialog.ui.recipientEdit, "")
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "agenda"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert {d.recipient for d in case.disclosures.for_newcomer(person.id)} == {"eigen agenda"}
