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
