"""The recovery key dialogs: a new passphrase with the recovery key ("Wachtzin vergeten?"),
and a new recovery key shown once with its printable sheet; in Dutch."""

from __future__ import annotations

import pytest

from sleutelapp.gui import recovery_dialogs
from sleutelapp.paths import app_paths
from sleutelapp.store import errors
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def fresh_case(tmp_path):
    paths = app_paths(tmp_path / "eigen")
    case, recovery = Case.create(paths, PASSPHRASE, KdfParams.fast_for_tests())
    case.close()
    return paths, recovery


def test_forgotten_passphrase_with_the_recovery_key(
    fresh_case, qtbot, dutch, monkeypatch, tmp_path
):
    paths, recovery = fresh_case
    new = "nieuwe lange wachtzin"
    shots = []

    def fill_in(dialog):
        dialog.show()
        dialog.key_edit.setText("ABCD-" * 7 + "ABCD")
        dialog.new_edit.setText(new)
        dialog.repeat_edit.setText(new)
        dialog.try_accept()
        assert "herstelsleutel past niet" in dialog.error_label.text()
        shots.append(dialog.grab())
        dialog.key_edit.setText(recovery.lower().replace("-", " "))
        dialog.repeat_edit.setText("iets anders")
        dialog.try_accept()
        assert "niet gelijk" in dialog.error_label.text()
        dialog.repeat_edit.setText(new)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(recovery_dialogs.RecoveryDialog, "exec", fill_in)
    assert recovery_dialogs.recover_with_recovery_key(None, paths) == new
    shots[0].save(str(tmp_path / "recovery-dialog.png"))
    with Case.open(paths, new) as case:
        assert case.integrity_problems() == []
    with pytest.raises(errors.WrongPassphrase):
        Case.open(paths, PASSPHRASE)


def test_new_recovery_key_after_the_passphrase_and_printable_sheet(
    fresh_case, prompts, monkeypatch, tmp_path
):
    paths, old_recovery = fresh_case
    shown = {}

    def look(dialog):
        shown["key"] = dialog.key_label.text()
        prompts.path = str(tmp_path / "herstelblad.pdf")
        assert dialog.save_sheet() is True
        assert not dialog.ok_button.isEnabled()  # "written down" must be ticked first
        dialog.written_check.setChecked(True)
        dialog.grab().save(str(tmp_path / "new-key-dialog.png"))
        dialog.accept()
        return 1

    monkeypatch.setattr(recovery_dialogs.RecoveryKeyDialog, "exec", look)
    with Case.open(paths, PASSPHRASE) as case:
        prompts.secrets = ["niet mijn wachtzin"]
        assert recovery_dialogs.new_recovery_key(None, case) is False
        assert prompts.errors and not shown
        prompts.secrets = [PASSPHRASE]
        assert recovery_dialogs.new_recovery_key(None, case) is True
    from pypdf import PdfReader

    text = " ".join(PdfReader(tmp_path / "herstelblad.pdf").pages[0].extract_text().split())
    assert shown["key"] in text and "Wachtzin vergeten?" in text
    with pytest.raises(errors.WrongPassphrase):
        Case.open(paths, recovery_key=old_recovery)
    Case.open(paths, recovery_key=shown["key"]).close()


SHOWN_IN = {
    "nl": {
        "forgot": "Wachtzin vergeten",
        "set": "Nieuwe wachtzin instellen",
        "cancel": "Annuleren",
        "repeat": "&Nog een keer",
        "different": "De twee wachtzinnen zijn niet gelijk.",
        "new key": "Nieuwe herstelsleutel",
        "copy": "Kopiëren",
        "written": "Ik heb de herstelsleutel opgeschreven of afgedrukt",
        "done": "Klaar",
    },
    "en": {
        "forgot": "Forgot passphrase",
        "set": "Set new passphrase",
        "cancel": "Cancel",
        "repeat": "&Repeat",
        "different": "The two passphrases are not the same.",
        "new key": "New recovery key",
        "copy": "Copy",
        "written": "I wrote down or printed the recovery key",
        "done": "Done",
    },
}


@pytest.mark.parametrize("code", SHOWN_IN)
def test_the_recovery_dialogs_speak_the_ui_language(fresh_case, qtbot, qapp, dutch, code):
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

    from sleutelapp.gui import i18n

    i18n.install(qapp, code)
    shown = SHOWN_IN[code]
    paths, _recovery = fresh_case
    forgot = recovery_dialogs.RecoveryDialog(None, paths)
    qtbot.addWidget(forgot)
    assert forgot.windowTitle() == shown["forgot"]
    (box,) = forgot.findChildren(QDialogButtonBox)
    assert [b.text() for b in box.buttons()] == [shown["set"], shown["cancel"]]
    (form,) = forgot.findChildren(QFormLayout)
    label = form.labelForField(forgot.repeat_edit)
    assert isinstance(label, QLabel) and label.text() == shown["repeat"]
    forgot.new_edit.setText("nieuwe lange wachtzin")
    forgot.repeat_edit.setText("iets heel anders dan dat")
    forgot.try_accept()
    assert forgot.error_label.text() == shown["different"]

    new_key = recovery_dialogs.RecoveryKeyDialog(None, "ABCD-" * 7 + "ABCD", {})
    qtbot.addWidget(new_key)
    assert new_key.windowTitle() == shown["new key"]
    assert new_key.copy_button.text() == shown["copy"]
    assert new_key.written_check.text() == shown["written"]
    assert new_key.ok_button.text() == shown["done"]


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_the_recovery_sheets_file_name_has_no_direction_mark(qtbot, qapp, dutch, monkeypatch, code):
    from PySide6.QtCore import QCoreApplication

    from sleutelapp.gui import i18n
    from sleutelapp.gui import prompts as gui_prompts

    i18n.install(qapp, code)
    # A translation starting with a Latin letter gets a right-to-left mark in a label.
    monkeypatch.setattr(
        recovery_dialogs.RecoveryKeyDialog,
        "tr",
        lambda self, text, *rest: "\u200f" + QCoreApplication.translate("RecoveryKeyDialog", text),
    )
    suggested = []
    monkeypatch.setattr(
        gui_prompts, "save_path", lambda _parent, _title, path, _filter: suggested.append(path)
    )
    dialog = recovery_dialogs.RecoveryKeyDialog(None, "ABCD-" * 7 + "ABCD", {})
    qtbot.addWidget(dialog)
    assert dialog.save_sheet() is False  # nothing chosen
    (path,) = suggested
    assert not set(path.name) & {"\u200e", "\u200f", "\u061c"}
    assert path.name.endswith(".pdf")
