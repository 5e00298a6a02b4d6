"""The newcomer's language in the profile, the papers dialog and the consent sheet a signed
consent points to, typed like a key person would, in Dutch."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.gui.consent_dialog import ConsentDialog
from sleutelapp.gui.papers_dialog import PapersDialog
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def _shown(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _retype(qtbot, line_edit, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def test_typing_a_language_suggests_its_code_and_saving_stores_both(window, qtbot, prompts):
    dialog = _shown(qtbot, window.actions.new_newcomer())
    ui = dialog.ui
    assert ui.languageCodeCombo.currentText() == "—"
    assert ui.languageCodeCombo.findText("العربية") >= 0
    assert ui.languageCodeCombo.findText("ትግርኛ") >= 0
    qtbot.keyClicks(ui.nameEdit, "Amal Haddad")
    _retype(qtbot, ui.languageEdit, "Arabisch")
    qtbot.keyClick(ui.languageEdit, Qt.Key.Key_Tab)  # on to the language of the papers
    assert ui.languageCodeCombo.hasFocus()
    assert ui.languageCodeCombo.currentText() == "العربية"
    qtbot.keyClick(ui.languageCodeCombo, Qt.Key.Key_Return)
    [stored] = window.session.case.newcomers.all()
    assert (stored.language, stored.language_code) == ("Arabisch", "ar")


def test_two_languages_typed_leave_the_choice_to_the_user(window, qtbot, prompts):
    dialog = _shown(qtbot, window.actions.new_newcomer())
    qtbot.keyClicks(dialog.ui.nameEdit, "Tesfay")
    _retype(qtbot, dialog.ui.languageEdit, "Tigrinya/Arabisch")
    qtbot.keyClick(dialog.ui.languageEdit, Qt.Key.Key_Tab)
    assert dialog.ui.languageCodeCombo.currentText() == "—"
    qtbot.keyClick(dialog.ui.languageCodeCombo, Qt.Key.Key_Return)
    [stored] = window.session.case.newcomers.all()
    assert (stored.language, stored.language_code) == ("Tigrinya/Arabisch", "")


def _amal(case):
    amal = case.newcomers.add(Newcomer("Amal Haddad", language_code="tr"))
    case.entries.add(
        Entry(amal.id, "appointment", date.today() + timedelta(days=2), "duo", location="Loket")
    )
    return amal


def test_the_papers_dialog_writes_a_card_in_the_profiles_language(window, qtbot, prompts, tmp_path):
    case = window.session.case
    amal = _amal(case)
    window.select_newcomer(amal.id)
    dialog = PapersDialog(window, case, window.operations, amal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.languageCombo.currentText() == "Türkçe"  # from the profile
    assert ui.fileEdit.text().endswith(".pdf") and "Amal" not in ui.fileEdit.text()
    _retype(qtbot, ui.weeksEdit.edit, "2")
    _retype(qtbot, ui.fileEdit, str(tmp_path / "afspraken"))
    qtbot.keyClick(ui.fileEdit, Qt.Key.Key_Return)
    assert (tmp_path / "afspraken.pdf").read_bytes().startswith(b"%PDF")
    given = case.disclosures.last_for_newcomer(amal.id, "newcomer_card")
    assert given is not None and len(given.entry_ids) == 1
    assert given.period_to == date.today() + timedelta(days=13)
    assert "aan de nieuwkomer" in prompts.shown[-1]
    # The Shared tab of the newcomer lists it (the operations layer told the views).
    shared = window.newcomer_view.ui.disclosuresView.model()
    assert shared.rowCount() == 1


def test_weeks_typed_as_a_fraction_are_refused_and_nothing_is_written(
    window, qtbot, prompts, tmp_path
):
    case = window.session.case
    amal = _amal(case)
    dialog = PapersDialog(window, case, window.operations, amal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.ui.weeksEdit.edit, "1,5")
    _retype(qtbot, dialog.ui.fileEdit, str(tmp_path / "afspraken.pdf"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "heel getal" in dialog.ui.messageLabel.text()
    assert not (tmp_path / "afspraken.pdf").exists()
    assert case.disclosures.for_newcomer(amal.id) == []


def test_a_signed_consent_is_recorded_on_the_sheet_just_printed(window, qtbot, prompts, tmp_path):
    case = window.session.case
    amal = _amal(case)
    window.select_newcomer(amal.id)
    papers = PapersDialog(window, case, window.operations, amal.id, paper="sheet")
    qtbot.addWidget(papers)
    papers.show()
    assert not papers.ui.weeksEdit.isEnabled()
    _retype(qtbot, papers.ui.fileEdit, str(tmp_path / "toestemming.pdf"))
    qtbot.keyClick(papers.ui.fileEdit, Qt.Key.Key_Return)
    [sheet] = case.consents.sheets(amal.id)
    dialog = ConsentDialog(
        window, window.operations, amal.id, "Amal", [], sheets=case.consents.sheets(amal.id)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.rows[0]
    qtbot.keyClick(row.given_check, Qt.Key.Key_Space)
    assert not row.sheet_combo.isEnabled()  # verbal: no sheet to choose
    row.how_combo.setFocus()
    qtbot.keyClick(row.how_combo, Qt.Key.Key_Down)  # "Getekend"
    assert row.sheet_combo.isEnabled()
    assert row.sheet_combo.currentData() == sheet.id
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Return)
    [consent] = case.consents.for_newcomer(amal.id)
    assert (consent.how, consent.sheet_id) == ("signed", sheet.id)


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_the_suggested_file_name_has_no_direction_mark(window, qtbot, qapp, monkeypatch, code):
    from PySide6.QtCore import QCoreApplication

    from sleutelapp.gui import i18n

    case = window.session.case
    amal = _amal(case)
    i18n.install(qapp, code)
    # A translation starting with a Latin letter gets a right-to-left mark in a label.
    monkeypatch.setattr(
        PapersDialog,
        "tr",
        lambda self, text, *rest: "\u200f" + QCoreApplication.translate("PapersDialog", text),
    )
    dialog = PapersDialog(window, case, window.operations, amal.id)
    qtbot.addWidget(dialog)
    name = Path(dialog.ui.fileEdit.text()).name
    assert name.endswith(".pdf") and not set(name) & {"\u200e", "\u200f", "\u061c"}
