"""Locking: Ctrl+L and idle time by the wall clock empty every model, need the passphrase,
and keep a half-typed entry; a second instance on the same data folder is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Disclosure, Entry, ExtensionRequest, Newcomer
from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE, add_people

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def all_models(window):
    return [window.newcomers, *window.today_view.models(), *window.newcomer_view.models()]


def assert_locked(window):
    assert not window.session.is_open
    assert window.ui.pages.currentWidget() is window.unlock_page
    assert all(model.rowCount() == 0 for model in all_models(window))
    assert window.newcomer_view.ui.nameLabel.text() == ""
    assert not window.ui.actionContact.isEnabled()


def test_idle_by_wall_clock_locks_and_needs_the_passphrase(window, qtbot):
    now = [1_000_000.0]
    window.session._clock = lambda: now[0]
    window.session.touch()
    case = window.session.case
    people = add_people(case, 2)
    added = (date.today() - timedelta(days=60)).isoformat() + "T09:00:00"
    quiet = case.newcomers.add(
        Newcomer(
            name="Stil",
            termijn_start=date.today() - timedelta(days=3 * 365 - 30),
            created=added,
        )
    )  # added two months ago, no contact since; termijn ends in a month
    case.entries.add(Entry(newcomer_id=quiet.id, kind="task", date=date.today(), text="bellen"))
    case.entries.add(  # in the past, still planned: "Status bijwerken"
        Entry(quiet.id, "appointment", date.today() - timedelta(days=2), "gp")
    )
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=None,
            period_to=None,
            recipient="x",
            purpose="regisseur_summary",
            sha256="0" * 64,
            newcomer_id=people[0].id,
        )
    )
    case.extension_requests.add(
        ExtensionRequest(people[0].id, "effort", sent_on=date.today() - timedelta(days=5))
    )
    window.reload_all()
    window.select_newcomer(people[0].id)
    assert all(model.rowCount() > 0 for model in all_models(window))

    now[0] += 9 * 60  # default 10 minutes: not yet
    window.session.check_idle()
    assert window.session.is_open
    now[0] += 2 * 60 * 60  # the laptop slept for two hours; its timer fires on waking
    window.session.check_idle()
    assert_locked(window)

    window.unlock_page.ui.passphraseEdit.setText("wrong passphrase")
    qtbot.keyClick(window.unlock_page.ui.passphraseEdit, Qt.Key.Key_Return)
    assert not window.session.is_open
    assert window.unlock_page.ui.errorLabel.text() != ""

    window.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_page.ui.passphraseEdit, Qt.Key.Key_Return)
    assert window.session.is_open
    assert window.ui.pages.currentWidget() is window.ui.workPage
    assert window.newcomers.rowCount() == 3


def test_user_input_postpones_the_lock(window, qtbot):
    now = [0.0]
    window.session._clock = lambda: now[0]
    window.session.touch()
    now[0] += 9 * 60
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_A)
    now[0] += 9 * 60
    window.session.check_idle()
    assert window.session.is_open


def test_ctrl_l_locks_and_keeps_a_half_typed_entry(window, qtbot):
    person = add_people(window.session.case, 1)[0]
    window.reload_all()
    window.select_newcomer(person.id)
    dialog = window.actions.open_entry_dialog("note")
    qtbot.keyClicks(dialog.ui.textEdit, "Halverwege getypt")
    window.ui.actionLock.trigger()
    assert_locked(window)
    assert not dialog.isVisible()
    assert "bewaard" in window.unlock_page.ui.errorLabel.text()
    assert window.unlock(PASSPHRASE)
    reopened = [d for d in window.findChildren(type(dialog)) if d.isVisible()]
    assert len(reopened) == 1
    assert reopened[0].ui.textEdit.toPlainText() == "Halverwege getypt"
    assert reopened[0].kind == "note"


def test_second_instance_is_refused(case_paths):
    from sleutelapp.gui import instance

    held = instance.acquire(case_paths)
    assert held is not None
    try:
        assert instance.acquire(case_paths) is None
        env = {
            **os.environ,
            "SLEUTELAPP_HOME": str(case_paths.data),
            "SLEUTELAPP_PASSPHRASE": PASSPHRASE,
            "QT_QPA_PLATFORM": "offscreen",
            "SLEUTELAPP_LANG": "en",
        }
        result = subprocess.run(
            [sys.executable, "-m", "sleutelapp", "gui", "--smoke"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1
        assert "already open" in result.stderr or "al geopend" in result.stderr
    finally:
        held.unlock()
    assert instance.acquire(case_paths) is not None
