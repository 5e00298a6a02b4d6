"""The automatic backup of the day, made while the app stays open (design.md §5)."""

from datetime import date

import pytest

from sleutelapp.store.backup import AUTO_PREFIX, SUFFIX
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def todays_backup(paths):
    return paths.backups / f"{AUTO_PREFIX}{date.today().isoformat()}{SUFFIX}"


def test_daily_backup_is_made_once_a_day_while_unlocked(window, case_paths):
    assert not todays_backup(case_paths).exists()
    window.actions.daily_backup()
    made = todays_backup(case_paths)
    assert made.exists()
    stamp = made.stat().st_mtime_ns
    window.session.case.newcomers.count()
    window.actions.daily_backup()  # already there today: not made again
    assert made.stat().st_mtime_ns == stamp


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
