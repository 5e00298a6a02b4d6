"""The handover, receive and inzage dialogs, typed like a key person would, in Dutch; and
whom to tell after correcting an entry that was shared."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sleutelapp.domain.model import Disclosure, Entry
from sleutelapp.exports import handover, handover_file
from sleutelapp.gui import handover_dialog
from sleutelapp.gui.handover_dialog import HandoverDialog, TransferCodeDialog
from sleutelapp.gui.inzage_dialog import InzageDialog
from sleutelapp.gui.receive_dialog import ReceiveDialog
from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE, add_people

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(handover_file, "DEFAULT_KDF", KdfParams.fast_for_tests())


@pytest.fixture
def colleague(case_template, tmp_path):
    home = tmp_path / "colleague"
    shutil.copytree(case_template, home)
    opened = Case.open(app_paths(home), PASSPHRASE)
    yield opened
    opened.close()


def _retype(qtbot, line_edit, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def _operations_on(qtbot, case):
    """The GUI's write path on a case file; owned by a widget that qtbot deletes in the GUI
    thread (a session collected in a worker thread would stop its timer there)."""
    from PySide6.QtWidgets import QWidget

    from sleutelapp.gui.operations import Operations
    from sleutelapp.gui.session import Session

    owner = QWidget()
    qtbot.addWidget(owner)
    session = Session(case.paths, owner)
    session.open(case)
    return owner, Operations(session, owner)


@pytest.fixture
def operations(case, qtbot):
    owner, ops = _operations_on(qtbot, case)
    yield ops
    owner.deleteLater()  # with its session and operations, in the GUI thread


@pytest.fixture
def colleague_operations(colleague, qtbot):
    owner, ops = _operations_on(qtbot, colleague)
    yield ops
    owner.deleteLater()


@pytest.fixture
def answered(monkeypatch):
    """The code dialog, answered by the test (the follow-up question is a prompt)."""
    record = {"codes": []}
    monkeypatch.setattr(
        handover_dialog,
        "show_transfer_code",
        lambda parent, code, path, count: record["codes"].append((code, count)),
    )
    return record


def test_hand_over_two_newcomers_by_keyboard_and_close_them(
    qtbot, case, operations, prompts, answered, tmp_path, colleague
):
    people = add_people(case, 3)
    prompts.choice = "close"
    dialog = HandoverDialog(None, case, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.ui.newcomersView
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.toEdit, "Collega Jan")
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "naar-jan"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    target = tmp_path / "naar-jan.sleuteloverdracht"
    assert target.is_file()
    [(code, count)] = answered["codes"]
    assert count == 2
    chosen = {people[0].id, people[2].id}
    assert {case.newcomers.get(i).status for i in chosen} == {"closed"}
    assert case.newcomers.get(people[1].id).status == "active"
    sent = case.disclosures.last_for_newcomer(people[0].id, "handover")
    assert sent.recipient == "Collega Jan"
    received = handover.receive_file(colleague, target, code)
    assert {n.id for n in received.newcomers} == chosen


def test_nothing_ticked_is_told_in_the_dialog(qtbot, case, operations, prompts, answered, tmp_path):
    add_people(case, 1)
    dialog = HandoverDialog(None, case, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "x"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert (
        dialog.isVisible() and "Vink minstens één nieuwkomer aan" in dialog.ui.messageLabel.text()
    )
    assert not answered["codes"] and not (tmp_path / "x.sleuteloverdracht").exists()


def test_the_cursor_starts_on_the_newcomer_who_was_open(
    qtbot, case, operations, prompts, answered, tmp_path
):
    people = add_people(case, 3)
    dialog = HandoverDialog(None, case, operations, [people[1].id])
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.ui.newcomersView
    assert view.currentIndex().data(dialog.model.IdRole) == people[1].id
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Space on the cursor unticks the one ticked
    assert dialog.model.ticked() == []


def test_erase_after_handover_lists_earlier_recipients_and_leaves_a_receipt(
    qtbot, case, operations, prompts, answered, tmp_path
):
    person = add_people(case, 1)[0]
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=None,
            period_to=None,
            recipient="Gemeente Oost",
            purpose="regie",
            newcomer_id=person.id,
            sha256="0" * 64,
        )
    )
    prompts.choice = "erase"
    dialog = HandoverDialog(None, case, operations, [person.id])
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "weg"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert not case.newcomers.exists(person.id)
    assert "Gemeente Oost" in prompts.questions[1]  # after the follow-up question
    assert "1 nieuwkomer definitief wissen?" in prompts.questions[1]
    assert "Gemeente Oost" in prompts.shown[-1]
    receipt = case.query("SELECT object_id FROM audit WHERE action = 'recipients_listed'")
    listed = [d for d in case.disclosures.all() if d.recipient == "Gemeente Oost"]
    assert receipt == [(listed[0].id,)]
    assert listed[0].newcomer_id is None  # the register keeps no link to the person


def test_the_code_dialog_shows_the_code_once_and_copies_it(qtbot, dutch, tmp_path):
    code = handover_file.new_transfer_code()
    dialog = TransferCodeDialog(None, code, tmp_path / "x.sleuteloverdracht", 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.codeLabel.text() == code
    assert "maar één keer" in dialog.ui.explainLabel.text()
    assert "voor 2 nieuwkomers is geschreven" in dialog.ui.savedLabel.text()
    dialog.ui.copyButton.setFocus()
    qtbot.keyClick(dialog.ui.copyButton, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == code
    assert dialog.ui.copyButton.text() == "Gekopieerd"


def test_receive_a_wrong_code_then_the_right_one(
    qtbot, case, prompts, colleague, colleague_operations, tmp_path
):
    person = add_people(case, 1)[0]
    made = handover.write_handover(case, [person.id], tmp_path / "x.sleuteloverdracht")
    dialog = ReceiveDialog(None, colleague_operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.fileEdit, str(made.path))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.ui.browseButton, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.codeEdit, handover_file.new_transfer_code())
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "past niet bij dit bestand" in dialog.ui.messageLabel.text()
    assert colleague.newcomers.count() == 0
    qtbot.keyClicks(dialog.ui.codeEdit, made.code.lower().replace("-", " "))
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert colleague.newcomers.exists(person.id)
    assert "1 nieuwkomer ontvangen" in prompts.shown[-1]


def test_receive_a_damaged_file_is_told_and_changes_nothing(
    qtbot, case, operations, prompts, tmp_path
):
    broken = tmp_path / "kapot.sleuteloverdracht"
    broken.write_bytes(handover_file.MAGIC + bytes(100))
    dialog = ReceiveDialog(None, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.fileEdit, str(broken))
    qtbot.keyClicks(dialog.ui.codeEdit, handover_file.new_transfer_code())
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "onvolledig" in dialog.ui.messageLabel.text()
    assert case.newcomers.count() == 0


def test_inzage_dialog_writes_the_pdf_and_registers_it(qtbot, case, operations, prompts, tmp_path):
    person = add_people(case, 1)[0]
    dialog = InzageDialog(None, case, operations, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.ui.summaryLabel.text()
    assert "2 onderdelen" in summary and "wat is gedeeld (nog niets)" in summary
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "voor-persoon"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert (tmp_path / "voor-persoon.pdf").read_bytes().startswith(b"%PDF")
    given = case.disclosures.last_for_newcomer(person.id, "inzage")
    assert given is not None and given.recipient == "de nieuwkomer zelf"
    assert "staat nu dat dit aan de nieuwkomer is gegeven" in prompts.shown[-1]


def test_inzage_dialog_writes_the_copy_in_the_profiles_language_with_dutch(
    qtbot, case, operations, prompts, tmp_path
):
    """The language is preselected from the profile; choosing Dutch with the keyboard
    gives a Dutch-only copy."""
    from dataclasses import replace

    from pypdf import PdfReader

    from sleutelapp.language import catalogue

    person = add_people(case, 1)[0]
    person = case.newcomers.update(replace(case.newcomers.get(person.id), language_code="tr"))
    dialog = InzageDialog(None, case, operations, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.languageCombo.currentData() == "tr"
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "kopie"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "kopie.pdf").pages)
    turkish = catalogue("tr").translate("Inzage", "Your data")
    assert turkish != "Your data" and turkish in text and "Uw gegevens" in text

    dialog = InzageDialog(None, case, operations, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.languageCombo.setFocus()
    qtbot.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Home)  # Nederlands comes first
    assert dialog.ui.languageCombo.currentData() == "nl"
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "nederlands"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "nederlands.pdf").pages)
    assert "Uw gegevens" in text and turkish not in text


def test_menu_offers_the_three_actions(window):
    ui = window.ui
    for action in (ui.actionHandover, ui.actionReceive, ui.actionInzage):
        assert action.isEnabled()
    assert ui.actionHandover.text() == "Overdragen aan &collega…"


def test_correcting_a_shared_entry_lists_whom_to_tell(window, qtbot, prompts):
    case = window.session.case
    person = add_people(case, 1)[0]
    entry = case.entries.add(Entry(person.id, "note", date.today(), text="eerste versie"))
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=None,
            period_to=None,
            recipient="Regisseur Oost",
            purpose="regie",
            newcomer_id=person.id,
            sha256="0" * 64,
            entry_ids=(entry.id,),
        )
    )
    window.reload_all()
    window.select_newcomer(person.id)
    dialog = window.actions.open_entry_dialog("note", entry=entry)
    qtbot.waitExposed(dialog)
    dialog.ui.textEdit.setFocus()
    qtbot.keyClicks(dialog.ui.textEdit, " verbeterd")
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(prompts.shown))
    assert "Regisseur Oost" in prompts.shown[-1] and "eerder gedeeld" in prompts.shown[-1]
    assert "verbeterd" in case.entries.get(entry.id).text


def test_editing_an_unshared_entry_tells_nothing(window, qtbot, prompts):
    case = window.session.case
    person = add_people(case, 1)[0]
    entry = case.entries.add(Entry(person.id, "note", date.today(), text="nooit gedeeld"))
    window.reload_all()
    window.select_newcomer(person.id)
    dialog = window.actions.open_entry_dialog("note", entry=entry)
    qtbot.waitExposed(dialog)
    dialog.ui.textEdit.setFocus()
    qtbot.keyClicks(dialog.ui.textEdit, " aangepast")
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "aangepast" in case.entries.get(entry.id).text)
    assert prompts.shown == []


def test_erase_confirmation_lists_whom_to_tell_before_erasing(case, prompts):
    from sleutelapp.gui import safety_dialogs

    person = add_people(case, 1)[0]
    shared = case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=None,
            period_to=None,
            recipient="Regisseur West",
            purpose="regie",
            newcomer_id=person.id,
            sha256="0" * 64,
        )
    )
    prompts.confirm = False
    assert safety_dialogs.erase_newcomer(None, case, person.id) is False
    assert (
        "Regisseur West" in prompts.questions[0] and "laat deze ontvangers" in prompts.questions[0]
    )
    prompts.confirm = True
    assert safety_dialogs.erase_newcomer(None, case, person.id) is True
    receipt = case.query("SELECT at, object_id FROM audit WHERE action = 'recipients_listed'")
    assert [r[1] for r in receipt] == [shared.id] and receipt[0][0][:4].isdigit()


def _when_modal(name: str, then) -> None:
    """Run `then(dialog)` once the modal dialog `name` is up (the menu action blocks)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name:
            then(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_inzage_and_receive_from_the_menu(window, qtbot, prompts, tmp_path, case_template):
    case = window.session.case
    person = add_people(case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)

    def save_copy(dialog):
        _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "kopie.pdf"))
        qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)

    _when_modal("inzageDialog", save_copy)
    window.ui.actionInzage.trigger()
    assert (tmp_path / "kopie.pdf").is_file()
    assert case.disclosures.last_for_newcomer(person.id, "inzage") is not None

    other_home = tmp_path / "other"
    shutil.copytree(case_template, other_home)
    with Case.open(app_paths(other_home), PASSPHRASE) as other:
        stranger = add_people(other, 1)[0]
        made = handover.write_handover(other, [stranger.id], tmp_path / "in.sleuteloverdracht")

    def receive(dialog):
        qtbot.keyClicks(dialog.ui.fileEdit, str(made.path))
        qtbot.keyClicks(dialog.ui.codeEdit, made.code)
        qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)

    _when_modal("receiveDialog", receive)
    window.ui.actionReceive.trigger()
    assert case.newcomers.exists(stranger.id)
    assert window.newcomers.rowCount() == 2  # the list refreshed after the write


def test_correcting_a_reported_profile_field_lists_whom_to_tell(window, qtbot, prompts):
    case = window.session.case
    person = add_people(case, 1)[0]
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=None,
            period_to=None,
            recipient="Regisseur Zuid",
            purpose="regie",
            newcomer_id=person.id,
            sha256="0" * 64,
        )
    )
    window.reload_all()
    window.select_newcomer(person.id)
    dialog = window.actions.edit_newcomer()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.phoneEdit, "0612345678")  # not in the report: nobody to tell
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case.newcomers.get(person.id).phone == "0612345678")
    assert prompts.shown == []
    dialog = window.actions.edit_newcomer()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.municipalityRefEdit, "GEM-9")
    qtbot.keyClick(dialog.ui.municipalityRefEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(prompts.shown))
    assert "Regisseur Zuid" in prompts.shown[-1] and "eerder gedeeld" in prompts.shown[-1]
