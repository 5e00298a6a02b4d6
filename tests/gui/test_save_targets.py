"""The app's save paths meet the same check as the command line: nothing is written into
the data folder or over the case file, its key or a backup; the user is told why."""

from __future__ import annotations

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.mark.parametrize("name", ["mijn.sleutelbackup", "backups/mijn.sleutelbackup", "case.key"])
def test_a_backup_into_the_data_folder_is_refused_with_a_reason(window, prompts, case_paths, name):
    from sleutelapp.gui import safety_dialogs

    case_paths.backups.mkdir(exist_ok=True)
    before = case_paths.key.read_bytes()
    prompts.path = str(case_paths.data / name)
    assert safety_dialogs.make_backup(window, window.session.case) is False
    assert prompts.errors and "Niet geschreven naar" in prompts.errors[0]
    assert "kies een andere map" in prompts.errors[0]
    assert case_paths.key.read_bytes() == before
    assert not (case_paths.data / "mijn.sleutelbackup").exists()
    assert not (case_paths.backups / "mijn.sleutelbackup").exists()


def test_a_backup_to_a_usb_stick_is_written(window, prompts, tmp_path):
    from sleutelapp.gui import safety_dialogs

    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.path = str(usb / "mijn.sleutelbackup")
    assert safety_dialogs.make_backup(window, window.session.case) is True
    assert [p.name for p in usb.iterdir()] == ["mijn.sleutelbackup"]
