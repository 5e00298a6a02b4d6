"""The first window of a start shows only the unlock page (the main window is imported
when the person unlocks) and hands over to the main window; `gui --smoke` without a
passphrase shows that page and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from sleutelapp.paths import app_paths
from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

# Runs the app as `sleutelapp gui --smoke` does and says which modules it had to import.
_SMOKE_AND_MODULES = """
import sys
from sleutelapp.cli import main
sys.argv = ["sleutelapp", "gui", "--smoke"]
code = main()
heavy = sorted(
    m for m in ("sleutelapp.gui.main_window", "sleutelapp.gui.window_actions", "reportlab",
                "sleutelapp.store.case", "sleutelapp.gui.newcomer_view",
                "sleutelapp.gui.crash_dialog")
    if m in sys.modules
)
print("imported:", ",".join(heavy) or "-")
raise SystemExit(code)
"""


def _smoke(home, passphrase=None):
    env = {k: v for k, v in os.environ.items() if k != "SLEUTELAPP_PASSPHRASE"}
    env.update({"SLEUTELAPP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"})
    if passphrase is not None:
        env["SLEUTELAPP_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-c", _SMOKE_AND_MODULES],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_without_passphrase_shows_the_unlock_page_only(case_paths):
    result = _smoke(case_paths.data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: unlockPage shown")
    assert "imported: -" in result.stdout, "the unlock page needs none of the main window"


def test_closing_the_unlock_page_where_it_was_writes_no_settings(case_paths):
    """A close keeps where the window was; a close that changed nothing writes nothing
    (a settings write costs the start ~1-5 ms)."""
    for _ in range(2):  # placed on the screen, then where it was kept
        assert _smoke(case_paths.data).returncode == 0
    ini = case_paths.config / "window.ini"
    first = (ini.read_bytes(), ini.stat().st_mtime_ns)
    assert b"geometry" in first[0]
    os.utime(ini, ns=(first[1] - 10**9, first[1] - 10**9))  # a second ago
    assert _smoke(case_paths.data).returncode == 0
    assert ini.read_bytes() == first[0]
    assert ini.stat().st_mtime_ns == first[1] - 10**9


def test_smoke_without_passphrase_on_a_new_installation_shows_the_first_start(tmp_path):
    result = _smoke(tmp_path / "new-home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: firstStartPage shown")
    assert not (tmp_path / "new-home" / "case.db").exists()


def test_smoke_with_the_passphrase_still_shows_the_data(case_paths):
    result = _smoke(case_paths.data, PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: 0 newcomers shown")


def _start_window(qtbot, paths):
    from sleutelapp.gui.prefs import UiPrefs
    from sleutelapp.gui.start_window import StartWindow

    start = StartWindow(paths, UiPrefs(paths))
    qtbot.addWidget(start)
    start.show()
    start.start()
    qtbot.waitExposed(start)
    return start


def test_unlocking_on_the_start_window_opens_the_main_window(case_paths, qtbot, dutch):
    start = _start_window(qtbot, case_paths)
    page = start.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)  # the horse emoji cannot be typed as a key
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.main_window is not None and start.main_window.session.is_open)
    window = start.main_window
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and not start.isVisible()
        assert window.ui.pages.currentWidget() is window.ui.workPage
        assert page.ui.passphraseEdit.text() == "", "the passphrase does not wait in a field"
    finally:
        window.session.close()


def test_a_wrong_passphrase_is_said_on_the_main_window(case_paths, qtbot, dutch):
    start = _start_window(qtbot, case_paths)
    qtbot.keyClicks(start.unlock_page.ui.passphraseEdit, "niet goed genoeg")
    qtbot.keyClick(start.unlock_page.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.main_window is not None)
    window = start.main_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.unlock_page.ui.errorLabel.text() != "")
    assert not window.session.is_open
    assert window.ui.pages.currentWidget() is window.unlock_page
    # Typing again there opens the case file.
    window.unlock_page.ui.passphraseEdit.clear()
    window.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_page.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.session.close()


def test_the_start_window_is_for_an_existing_case_file_only(tmp_path):
    from sleutelapp.gui.start_window import needs_first_start

    assert needs_first_start(app_paths(tmp_path / "nothing-here"))
