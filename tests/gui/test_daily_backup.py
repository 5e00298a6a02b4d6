"""The automatic backup of the day, made while the app stays open (design.md §5): it runs
in the background while the user goes on working, and locking stops it safely."""

import threading
import time
from datetime import date

import pytest

from sleutelapp.store import backup
from sleutelapp.store.backup import AUTO_PREFIX, SUFFIX
from tests.gui.conftest import OFFSCREEN_NOISE, add_people

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def todays_backup(paths):
    return paths.backups / f"{AUTO_PREFIX}{date.today().isoformat()}{SUFFIX}"


def _wait_for_daily(qtbot, window):
    daily = window.actions._daily
    assert daily is not None, "the daily backup runs in the background"
    qtbot.waitUntil(lambda: window.actions._daily is None, timeout=30_000)


def test_daily_backup_is_made_once_a_day_while_unlocked(qtbot, window, case_paths):
    assert not todays_backup(case_paths).exists()
    window.actions.daily_backup()
    _wait_for_daily(qtbot, window)
    made = todays_backup(case_paths)
    assert made.exists()
    stamp = made.stat().st_mtime_ns
    window.session.case.newcomers.count()
    window.actions.daily_backup()  # already there today: not made again
    assert window.actions._daily is None
    assert made.stat().st_mtime_ns == stamp


def _held_copy(monkeypatch):
    """The byte copy waits (reporting progress, so it can be abandoned) until released."""
    started, release = threading.Event(), threading.Event()
    real = backup._copy_bytes

    def held(source, target, progress):
        started.set()
        deadline = time.monotonic() + 20
        while not release.is_set() and time.monotonic() < deadline:
            progress(0, 1)  # raises Abandoned once the backup is asked to stop
            time.sleep(0.005)
        real(source, target, progress)

    monkeypatch.setattr(backup, "_copy_bytes", held)
    return started, release


def test_the_daily_backup_leaves_the_window_usable_while_it_runs(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    add_people(window.session.case, 3)
    started, release = _held_copy(monkeypatch)
    window.actions.daily_backup()
    assert started.wait(10)
    note = window.statusBar().currentMessage()
    assert note, "a note says a backup is being made"
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    window.ui.searchEdit.setFocus()
    qtbot.keyClicks(window.ui.searchEdit, "Persoon")  # typing goes on meanwhile
    assert window.ui.searchEdit.text() == "Persoon"
    release.set()
    _wait_for_daily(qtbot, window)
    assert backup.read_container(todays_backup(window.paths), check=True)["check"]
    assert window.statusBar().currentMessage() != note


def test_locking_during_the_daily_backup_abandons_it_and_leaves_nothing(
    qtbot, window, case_paths, monkeypatch
):
    add_people(window.session.case, 3)
    started, _release = _held_copy(monkeypatch)
    window.actions.daily_backup()
    assert started.wait(10)
    window.lock()
    assert window.actions._daily is None
    assert not todays_backup(case_paths).exists()
    assert [p.name for p in case_paths.backups.iterdir() if p.name.startswith(".")] == []
    assert not window.session.is_open


def test_backup_timer_runs_only_while_unlocked(window_factory, case_paths):
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE

    made = window_factory()
    made.startup_checks = True
    made.actions.after_unlock = lambda: None  # the retention question is tested elsewhere
    made.open_case(Case.open(case_paths, PASSPHRASE))
    assert made._backup_timer.isActive()
    made.lock()
    assert not made._backup_timer.isActive()
