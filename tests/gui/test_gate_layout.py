"""First start, recovery key and unlock pages: no text clipped, at both window sizes."""

import pytest
from PySide6.QtCore import Qt

from sleutelapp.paths import app_paths
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_screenshots import SIZES, cut_off

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_gate_pages_show_all_their_text(window_factory, case_paths, tmp_path, qtbot, size):
    window = window_factory(app_paths(tmp_path / "new"), size=size)
    window.start()
    page = window.first_start
    qtbot.waitUntil(lambda: page.isVisible())
    qtbot.waitUntil(lambda: cut_off(page) == [], timeout=1000)
    page.ui.passphraseEdit.setText("kort")
    page.ui.repeatEdit.setText("anders")
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)  # an error message appears
    assert page.ui.errorLabel.text()
    qtbot.waitUntil(lambda: cut_off(page) == [], timeout=1000)

    page.ui.passphraseEdit.setText("lang genoeg voor een dossier")
    page.ui.repeatEdit.setText("lang genoeg voor een dossier")
    qtbot.keyClick(page.ui.nextButton, Qt.Key.Key_Space)  # the second step
    qtbot.waitUntil(lambda: page.profile_step is not None and page.profile_step.isVisible())
    qtbot.waitUntil(lambda: cut_off(page) == [], timeout=1000)
    page.show_error(" ".join([page.profile_ui.profileLabel.text()] * 3))
    qtbot.waitUntil(lambda: cut_off(page) == [], timeout=1000)
    page.show_error("")
    qtbot.keyClick(page.profile_ui.createButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.recovery_page.isVisible())
    qtbot.waitUntil(lambda: cut_off(window.recovery_page) == [], timeout=1000)

    unlock = window_factory(case_paths, size=size)
    unlock.start()
    qtbot.waitUntil(lambda: unlock.unlock_page.isVisible())
    qtbot.waitUntil(lambda: cut_off(unlock.unlock_page) == [], timeout=1000)
