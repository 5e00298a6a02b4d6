"""The safety dialogs (backup, restore, health check, erasure, retention) with their prompts
answered by the test (the `prompts` fixture), in Dutch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.model import Disclosure, Entry, Newcomer
from sleutelapp.gui import safety_dialogs
from sleutelapp.store import backup, errors
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def add(case, name, **fields):
    n = case.newcomers.add(Newcomer(name=name, **fields))
    case.entries.add(Entry(n.id, "note", date(2026, 1, 5), text=f"over {name}"))
    return n


def test_make_backup_writes_a_checked_file_and_says_what_is_in_it(case, prompts, tmp_path):
    add(case, "Amal Haddad")
    prompts.path = str(tmp_path / "usb" / "mijn.sleutelbackup")
    (tmp_path / "usb").mkdir()
    assert safety_dialogs.make_backup(None, case) is True
    assert Path(prompts.path).is_file()
    assert "gecontroleerd" in prompts.shown[0] and "1 nieuwkomer, 1 onderdeel" in prompts.shown[0]
    prompts.path = None  # the user cancels the file chooser
    assert safety_dialogs.make_backup(None, case) is False


def test_restore_asks_again_after_a_wrong_passphrase_then_describes_and_keeps(
    case, case_paths, prompts, tmp_path
):
    add(case, "Oud Dossier")
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    add(case, "Later Toegevoegd")
    case.close()
    prompts.path = str(made.path)
    prompts.secrets = ["verkeerde wachtzin", PASSPHRASE]
    assert safety_dialogs.restore_backup(None, case_paths) is True
    assert prompts.errors and "opent deze backup niet" in prompts.errors[0]
    assert "1 nieuwkomer," in prompts.questions[0] and "bewaard" in prompts.questions[0]
    assert "vorige dossier is bewaard" in prompts.shown[-1]
    with Case.open(case_paths, PASSPHRASE) as restored:
        assert [n.name for n in restored.newcomers.all()] == ["Oud Dossier"]


def test_restore_cancelled_at_the_description_changes_nothing(case, case_paths, prompts, tmp_path):
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    add(case, "Blijft")
    case.close()
    before = case_paths.db.read_bytes()
    prompts.path, prompts.secrets, prompts.confirm = str(made.path), [PASSPHRASE], False
    assert safety_dialogs.restore_backup(None, case_paths) is False
    assert case_paths.db.read_bytes() == before
    assert not (case_paths.data / ".restore").exists()


def test_restore_of_a_damaged_backup_is_refused(case_paths, prompts, tmp_path):
    damaged = tmp_path / "kapot.sleutelbackup"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    prompts.path, prompts.secrets = str(damaged), [PASSPHRASE]
    assert safety_dialogs.restore_backup(None, case_paths) is False
    assert "geen bruikbare backup" in prompts.errors[0]


def test_health_check_says_all_is_well(case, prompts):
    add(case, "Gezond")
    safety_dialogs.health_check(None, case)
    assert "Alles in orde" in prompts.shown[0] and "1 nieuwkomer." in prompts.shown[0]


def test_erase_newcomer_confirms_erases_and_lists_recipients(case, prompts):
    n = add(case, "Te Wissen")
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=None,
            period_to=None,
            recipient="Gemeente Oost",
            purpose="regie",
            newcomer_id=n.id,
            sha256="0" * 64,
        )
    )
    prompts.confirm = False
    assert safety_dialogs.erase_newcomer(None, case, n.id) is False
    assert case.newcomers.exists(n.id) and "Te Wissen wissen?" in prompts.questions[0]
    prompts.confirm = True
    assert safety_dialogs.erase_newcomer(None, case, n.id) is True
    assert not case.newcomers.exists(n.id)
    assert "Gemeente Oost" in prompts.shown[-1] and "laat de ontvangers weten" in prompts.shown[-1]


def test_retention_check_lists_who_is_due_and_erases_after_confirmation(case, prompts):
    assert safety_dialogs.retention_check(None, case) is False and not prompts.questions
    old = add(case, "Lang Weg")
    case.newcomers.close(old.id, on=date(2020, 2, 3))
    recent = add(case, "Net Weg")
    case.newcomers.close(recent.id, on=date.today())
    prompts.confirm = False
    assert safety_dialogs.retention_check(None, case) is False
    assert "Lang Weg" in prompts.questions[0] and "3 feb 2020" in prompts.questions[0]
    assert "Net Weg" not in prompts.questions[0] and case.newcomers.exists(old.id)
    prompts.confirm = True
    assert safety_dialogs.retention_check(None, case) is True
    assert not case.newcomers.exists(old.id) and case.newcomers.exists(recent.id)


def test_automatic_backup_never_stops_closing(case, case_paths, monkeypatch, qtbot):
    safety_dialogs.automatic_backup(case)
    assert len(backup.automatic_backups(case_paths)) == 1

    def full(_case, **_kw):
        raise errors.DiskFull("full")

    monkeypatch.setattr(backup, "automatic_backup", full)
    safety_dialogs.automatic_backup(case)  # logged, not raised
    assert "automatic backup failed: DiskFull" in (case_paths.logs / "sleutelapp.log").read_text()


def test_every_dialog_the_main_window_names_exists():
    """window_actions finds the menu's dialogs by name in a table: every name must resolve
    (a wrong one raises here instead of when a key person picks the menu item)."""
    from sleutelapp.gui import window_actions

    for module, function, *_ in window_actions.DIALOG_ACTIONS.values():
        assert callable(window_actions.dialog_function(module, function)), (module, function)


SHOWN_IN = {
    "nl": {
        "backup": "Backup maken",
        "well": "Alles in orde: het dossierbestand is heel en versleuteld.\n1 nieuwkomer.",
        "erase": "Te Wissen wissen?\nDefinitief wissen\nAlle gegevens van deze nieuwkomer",
        "due": "1 nieuwkomer is langer dan",
        "closed": "• Lang Weg — afgesloten 3 feb 2020",
    },
    "en": {
        "backup": "Make a backup",
        "well": "All is well: the case file is intact and encrypted.\n1 newcomer.",
        "erase": "Erase Te Wissen?\nErase for good\nAll data of this newcomer",
        "due": "1 newcomer closed more than",
        "closed": "• Lang Weg — closed 3 Feb 2020",
    },
}


@pytest.mark.parametrize("code", SHOWN_IN)
def test_the_safety_dialogs_speak_the_ui_language(case, prompts, qapp, code):
    """Titles, questions, details and plurals come from the UI language's catalogue."""
    from sleutelapp.gui import i18n

    i18n.install(qapp, code)
    shown = SHOWN_IN[code]
    prompts.path = None
    assert safety_dialogs.make_backup(None, case) is False
    assert prompts.save_asks[0][0] == shown["backup"]
    doomed = add(case, "Te Wissen")
    safety_dialogs.health_check(None, case)
    assert prompts.shown[0] == shown["well"]
    prompts.confirm = False
    assert safety_dialogs.erase_newcomer(None, case, doomed.id) is False
    assert prompts.questions[0].startswith(shown["erase"])
    old = add(case, "Lang Weg")
    case.newcomers.close(old.id, on=date(2020, 2, 3))
    assert safety_dialogs.retention_check(None, case) is False
    assert prompts.questions[1].startswith(shown["due"])
    assert shown["closed"] in prompts.questions[1]
