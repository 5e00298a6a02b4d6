"""First start (passphrase twice, recovery key once, demo data), `gui --smoke`, the
no-screen message, and the crash dialog."""

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


def test_first_start_passphrase_twice_then_recovery_key_once(window_factory, tmp_path, qtbot):
    paths = app_paths(tmp_path / "new-home")
    window = window_factory(paths)
    window.start()
    page = window.first_start
    assert window.ui.pages.currentWidget() is page
    qtbot.keyClicks(page.ui.passphraseEdit, "kort")
    assert "8" in page.ui.strengthLabel.text()
    qtbot.keyClicks(page.ui.passphraseEdit, " maar nu lang genoeg")
    qtbot.keyClicks(page.ui.repeatEdit, "iets anders helemaal")
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)
    assert "niet gelijk" in page.ui.errorLabel.text()
    assert not paths.db.exists()

    qtbot.keyClicks(page.ui.repeatEdit, "kort maar nu lang genoeg")
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)  # on to who keeps the file
    assert page.on_profile_step() and not page.passphrase_step.isVisible()
    assert window.focusWidget() is page.profile_ui.keypersonNameEdit
    assert not paths.db.exists()
    qtbot.mouseClick(page.profile_ui.createButton, Qt.MouseButton.LeftButton)
    assert paths.db.exists() and paths.key.exists()
    recovery = window.recovery_page
    assert window.ui.pages.currentWidget() is recovery
    key = recovery.ui.keyLabel.text()
    assert len(key.replace("-", "")) >= 32
    assert not recovery.ui.continueButton.isEnabled()
    recovery.ui.writtenCheck.setChecked(True)
    qtbot.mouseClick(recovery.ui.continueButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.ui.workPage
    assert recovery.ui.keyLabel.text() == "", "the key is shown once"

    from sleutelapp.store.case import Case

    Case.open(paths, recovery_key=key).close()  # what was shown really opens the file


def test_demo_data_opens_a_separate_file(window_factory, tmp_path, qtbot):
    paths = app_paths(tmp_path / "fresh-home")
    window = window_factory(paths)
    window.start()
    qtbot.mouseClick(window.first_start.ui.demoButton, Qt.MouseButton.LeftButton)
    assert window.session.is_open and window.session.is_demo
    assert window.newcomers.rowCount() > 5
    assert "DEMO" in window.windowTitle()
    assert (paths.data / "demo" / "case.db").exists()
    assert not paths.db.exists(), "the real case file is not made by the demo"
    window.lock()
    assert window.ui.pages.currentWidget() is window.first_start


def _run_cli(args, env_extra, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "sleutelapp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_gui_smoke_shows_the_data(case_paths):
    from sleutelapp.store.case import Case
    from tests.gui.conftest import add_people

    with Case.open(case_paths, PASSPHRASE) as case:
        add_people(case, 3)
    result = _run_cli(
        ["gui", "--smoke"],
        {
            "SLEUTELAPP_HOME": str(case_paths.data),
            "SLEUTELAPP_PASSPHRASE": PASSPHRASE,
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: 3 newcomers shown")


def test_gui_smoke_wrong_passphrase_exits_3(case_paths):
    result = _run_cli(
        ["gui", "--smoke"],
        {
            "SLEUTELAPP_HOME": str(case_paths.data),
            "SLEUTELAPP_PASSPHRASE": "niet goed genoeg",
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr


@pytest.mark.posix(reason="DISPLAY")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux display check")
def test_no_screen_points_to_the_command_line(case_paths):
    result = _run_cli(
        ["gui"],
        {"SLEUTELAPP_HOME": str(case_paths.data)},
        drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"),
    )
    assert result.returncode == 1
    assert "sleutelapp --help" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_crash_dialog_report_has_no_personal_data(case_paths, qtbot, dutch):
    from sleutelapp.gui import crash

    try:
        raise ValueError("Amal Haddad, BSN 111222333")
    except ValueError as exc:
        dialog = crash.handle(case_paths, exc)
    qtbot.addWidget(dialog)
    report = dialog.ui.reportEdit.toPlainText()
    assert "ValueError" in report and "test_start.py" in report
    assert "Amal" not in report and "111222333" not in report
    assert dialog.ui.reportEdit.isReadOnly()
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == report
    dialog.close()


def test_first_start_asks_who_keeps_the_file_and_the_report_names_them(
    window_factory, tmp_path, qtbot
):
    """Typed on the first page, stored in the settings, printed on the regisseur report
    instead of "(niet ingevuld)"."""
    from datetime import date, timedelta

    from sleutelapp.domain.model import Consent, Newcomer
    from sleutelapp.exports import regisseur_report as rr

    paths = app_paths(tmp_path / "new-home")
    window = window_factory(paths)
    window.start()
    page = window.first_start
    for edit, text in (
        (page.ui.passphraseEdit, "vier losse woorden hier"),
        (page.ui.repeatEdit, "vier losse woorden hier"),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)
    form = page.profile_ui
    qtbot.waitUntil(form.keypersonNameEdit.hasFocus)
    qtbot.keyClicks(form.keypersonNameEdit, "Samira Haddad")
    qtbot.keyClick(form.keypersonNameEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.controllerNameEdit, "Stichting Vluchtelingenwerk Utrecht")
    qtbot.keyClick(form.controllerNameEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.controllerContactEdit, "privacy@vw-utrecht.example")
    qtbot.keyClick(form.controllerContactEdit, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.recovery_page
    window.recovery_page.ui.writtenCheck.setChecked(True)
    qtbot.mouseClick(window.recovery_page.ui.continueButton, Qt.MouseButton.LeftButton)

    case = window.session.case
    settings = case.settings.all()
    assert settings["keyperson_name"] == "Samira Haddad"
    assert settings["controller_name"] == "Stichting Vluchtelingenwerk Utrecht"
    assert settings["controller_contact"] == "privacy@vw-utrecht.example"
    assert form.keypersonNameEdit.text() == "", "the page forgets what was typed"
    assert page.ui.passphraseEdit.text() == "" and not page.on_profile_step()

    today = date.today()
    n = case.newcomers.add(
        Newcomer(name="Amal", route="b1", termijn_start=today, municipality_ref="INB-1")
    )
    case.consents.add(Consent(newcomer_id=n.id, purpose="regisseur_summary", given_on=today))
    plan = rr.plan_report(case, n.id, today - timedelta(days=30), today, today=today)
    from tests.gui.test_report_dialog import pdf_text

    text = pdf_text(rr.render(plan, "regisseur"))
    assert "Samira Haddad" in text and "Stichting Vluchtelingenwerk Utrecht" in text
    assert "privacy@vw-utrecht.example" in text and "(niet ingevuld)" not in text
