"""Closing the window: it goes at once, and the automatic backup runs after that, off the
GUI thread, and is on disk when the app has closed."""

from __future__ import annotations

import threading

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE, add_people

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_the_window_is_gone_before_the_close_time_backup_runs(window, monkeypatch):
    from sleutelapp.store import backup

    case = window.session.case
    add_people(case, 2)
    seen = []
    real = backup.automatic_backup

    def watched(case, **kwargs):
        seen.append((window.isVisible(), threading.current_thread() is threading.main_thread()))
        return real(case, **kwargs)

    monkeypatch.setattr(backup, "automatic_backup", watched)
    window.close()
    assert seen == [(False, False)], "hidden first, and the backup off the GUI thread"
    assert len(backup.automatic_backups(window.paths)) == 1
    assert not window.session.is_open


def test_closing_leaves_a_complete_verified_backup_that_restores(window, tmp_path):
    from sleutelapp.paths import app_paths
    from sleutelapp.store import backup, restore
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE

    add_people(window.session.case, 3)
    window.close()
    assert not window.isVisible()
    (made,) = backup.automatic_backups(window.paths)
    backup.read_container(made, check=True)
    home = app_paths(tmp_path / "restored")
    restore.prepare_restore(home, made, PASSPHRASE).commit()
    with Case.open(home, PASSPHRASE) as copy:
        assert sorted(n.name for n in copy.newcomers.all()) == [f"Persoon {i}" for i in range(3)]
    assert [p.name for p in window.paths.backups.iterdir() if p.name.startswith(".")] == []


def test_cancelling_the_note_while_closing_abandons_the_backup_and_loses_nothing(
    qtbot, window, monkeypatch
):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from sleutelapp.store import backup
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE

    add_people(window.session.case, 3)
    started = threading.Event()
    real = backup._copy_bytes

    def held(source, target, progress):  # a slow disk: the copy goes on until abandoned
        started.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            progress(0, 1)  # raises Abandoned once the note's button was pressed
            time.sleep(0.005)
        real(source, target, progress)

    monkeypatch.setattr(backup, "_copy_bytes", held)
    seen = {}

    def press_cancel():
        notes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        visible = [n for n in notes if n.isVisible()]
        if not (started.is_set() and visible):
            QTimer.singleShot(20, press_cancel)
            return
        seen["window visible"] = window.isVisible()
        seen["note"] = visible[0].labelText()
        qtbot.mouseClick(visible[0].findChild(QPushButton), Qt.MouseButton.LeftButton)

    from PySide6.QtCore import Qt

    QTimer.singleShot(0, press_cancel)
    window.close()
    assert seen["window visible"] is False, "the window went before the note"
    assert seen["note"], "the note says what is happening"
    assert not window.isVisible() and not window.session.is_open
    assert backup.automatic_backups(window.paths) == [], "no half backup under a final name"
    assert [p.name for p in window.paths.backups.iterdir() if p.name.startswith(".")] == []
    with Case.open(window.paths, PASSPHRASE) as case:  # the case file lost nothing
        assert sorted(n.name for n in case.newcomers.all()) == [f"Persoon {i}" for i in range(3)]


def test_no_idle_lock_or_second_backup_can_start_during_the_close_time_backup(window, monkeypatch):
    """The close-time backup runs in a nested event loop, where timers still fire: the idle
    lock would close the case under it (a laptop lid shut just after Close), the hourly
    check would start a second backup to the same file. Both are stopped first."""
    from sleutelapp.store import backup

    add_people(window.session.case, 2)
    window.session.autolock_minutes = 0  # any idle check now locks
    idle_timer = window.session._timer
    seen = []
    real = backup.automatic_backup

    def watched(case, **kwargs):
        seen.append((idle_timer.isActive(), window._backup_timer.isActive()))
        return real(case, **kwargs)

    monkeypatch.setattr(backup, "automatic_backup", watched)
    window.close()
    assert seen == [(False, False)]
    (made,) = backup.automatic_backups(window.paths)
    backup.read_container(made, check=True)
