"""The first window of a start shows only the unlock page, or on a new installation only
the first-start page (the main window is imported when the person acts on it), and hands
over to the main window; `gui --smoke` without a passphrase shows that page and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from sleutelapp.language import LANGUAGES
from sleutelapp.paths import app_paths
from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_screenshots import SIZES, cut_off

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
                "sleutelapp.gui.crash_dialog", "sleutelapp.gui.gate", "xml.etree",
                "platformdirs")
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
    # Nor the main window's pages (gate.py), nor a whole catalogue read with xml.etree.
    assert "imported: -" in result.stdout, "the unlock page needs none of the main window"


def _qt_event_handlers(cls) -> list[str]:
    """Qt event handlers a class (or its Python bases) defines in Python."""
    return sorted(
        f"{klass.__name__}.{name}"
        for klass in cls.__mro__
        if klass.__module__.startswith("sleutelapp")
        for name in vars(klass)
        if name.endswith("Event") or name in ("event", "eventFilter")
    )


def test_the_first_window_handles_no_qt_event_in_python():
    """PySide makes its event classes for the first event handed to Python (~3 ms before
    the first paint): the start window and its page leave every event to Qt."""
    from sleutelapp.gui.first_start_page import FirstStartPage
    from sleutelapp.gui.start_window import StartWindow
    from sleutelapp.gui.unlock_page import UnlockPage

    assert _qt_event_handlers(StartWindow) == []
    assert _qt_event_handlers(UnlockPage) == []
    assert _qt_event_handlers(FirstStartPage) == []


def test_the_main_windows_unlock_page_follows_a_language_switch(window_factory, qapp, qtbot):
    from sleutelapp.gui import i18n

    window = window_factory()
    window.start()
    page = window.unlock_page
    dutch_title = page.ui.titleLabel.text()
    assert dutch_title != "Sleutelapp is locked"
    i18n.install(qapp, "en")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Sleutelapp is locked")


def test_closing_the_unlock_page_where_it_was_writes_no_settings(case_paths, qtbot):
    """A close keeps where the window was; a close that changed nothing writes nothing
    (a settings write costs the start ~1-5 ms): neither where it was kept, nor, with
    nothing kept, where it was first placed."""
    from PySide6.QtWidgets import QMainWindow

    from sleutelapp.gui.prefs import UiPrefs

    ini = case_paths.config / "window.ini"
    assert _smoke(case_paths.data).returncode == 0
    assert not ini.exists() or b"geometry" not in ini.read_bytes(), "placed, not moved"

    elsewhere = QMainWindow()  # a place the person moved the window to, kept
    qtbot.addWidget(elsewhere)
    elsewhere.setGeometry(40, 30, 600, 450)
    prefs = UiPrefs(case_paths)
    prefs.set_geometry("main", elsewhere.saveGeometry())
    prefs.sync()
    assert _smoke(case_paths.data).returncode == 0  # kept as that window saves it
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
    assert "imported: -" in result.stdout, "the first-start page needs none of the main window"
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


def test_a_new_installation_needs_the_first_start_and_its_fonts(tmp_path, case_paths):
    from sleutelapp.gui.start_window import first_page_languages, needs_first_start

    new = app_paths(tmp_path / "nothing-here")
    assert needs_first_start(new) and not needs_first_start(case_paths)
    assert first_page_languages(new, "nl") == tuple(lang.code for lang in LANGUAGES)
    assert first_page_languages(case_paths, "fa") == ("fa",)


def test_closing_the_start_window_keeps_where_it_was_and_a_hand_over_does_not(
    case_paths, qtbot, dutch
):
    from sleutelapp.gui.prefs import UiPrefs

    start = _start_window(qtbot, case_paths)
    start.resize(600, 450)  # within the offscreen platform's 800 x 600 screen
    qtbot.waitUntil(lambda: start.width() == 600)
    start.close()
    kept = UiPrefs(case_paths).geometry("main")
    assert kept is not None and kept == start.saveGeometry()

    again = _start_window(qtbot, case_paths)
    assert again.width() == 600, "the next start opens where the window was"
    again.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
    qtbot.keyClick(again.unlock_page.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.main_window is not None and again.main_window.session.is_open)
    window = again.main_window
    qtbot.addWidget(window)
    try:
        assert not again.isVisible()
        assert UiPrefs(case_paths).geometry("main") == kept, "hidden to hand over: no write"
    finally:
        window.session.close()


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_the_start_windows_unlock_page_shows_all_its_text(case_paths, qtbot, qapp, code):
    """The card is fitted to its text without an event filter: once built, and again after
    each message (also once shown, when the style has set the texts' sizes)."""
    from sleutelapp.gui import fonts, i18n
    from sleutelapp.gui.gate_card import CARD_WIDTH

    def fitted(page) -> bool:
        card = page.ui.card
        return card.minimumHeight() == card.layout().totalHeightForWidth(CARD_WIDTH)

    fonts.register(qapp)
    i18n.install(qapp, code)
    try:
        for size in SIZES:
            start = _start_window(qtbot, case_paths)
            start.resize(*size)
            page = start.unlock_page
            qtbot.waitUntil(lambda page=page: fitted(page) and cut_off(page) == [], timeout=1000)
            before = page.ui.card.minimumHeight()
            page.show_error(" ".join([page.ui.infoLabel.text()] * 4))
            qtbot.waitUntil(lambda page=page: fitted(page) and cut_off(page) == [], timeout=1000)
            assert page.ui.card.minimumHeight() > before, "the card grew with the message"
            start.main_window = start  # not a close on this page: no geometry written
            start.close()
    finally:
        i18n.install(qapp, "nl")


def test_the_unlock_page_says_its_message_in_the_error_colour(case_paths, qtbot, dutch):
    """The error label is styled when it first says something, not before."""
    from PySide6.QtGui import QColor, QPalette

    start = _start_window(qtbot, case_paths)
    label = start.unlock_page.ui.errorLabel
    start.unlock_page.show_error("Deze passphrase klopt niet.")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#b3261e")
    assert label.text() == "Deze passphrase klopt niet."


# A start in the language kept in window.ini: its page's fonts and direction.
_SMOKE_FONTS = """
import sys
from sleutelapp.cli import main
sys.argv = ["sleutelapp", "gui", "--smoke"]
code = main()
from PySide6.QtWidgets import QApplication
from sleutelapp.gui import fonts
families = sorted({f for found in fonts._families_of.values() for f in found})
print("families:", ",".join(families))
print("right to left:", QApplication.instance().isRightToLeft())
raise SystemExit(code)
"""


@pytest.mark.parametrize(
    ("code", "families", "right_to_left"),
    [
        ("nl", "Noto Sans", False),
        ("fa", "Noto Sans,Noto Sans Arabic UI", True),
        ("ti", "Noto Sans,Noto Sans Ethiopic", False),
    ],
)
def test_a_start_shows_its_page_with_the_fonts_and_direction_of_its_language(
    case_paths, code, families, right_to_left
):
    case_paths.config.mkdir(parents=True, exist_ok=True)
    (case_paths.config / "window.ini").write_text(f"[General]\nlanguage={code}\n")
    env = {k: v for k, v in os.environ.items() if k != "SLEUTELAPP_PASSPHRASE"}
    env.update({"SLEUTELAPP_HOME": str(case_paths.data), "QT_QPA_PLATFORM": "offscreen"})
    result = subprocess.run(
        [sys.executable, "-c", _SMOKE_FONTS], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: unlockPage shown")
    assert f"families: {families}\n" in result.stdout
    assert f"right to left: {right_to_left}" in result.stdout


def test_a_first_start_shows_its_page_with_the_fonts_of_every_language_it_offers(tmp_path):
    """Each language in the list is written in its own script; the fonts are registered
    before any window exists (a font added later makes every widget lay out again)."""
    env = {k: v for k, v in os.environ.items() if k != "SLEUTELAPP_PASSPHRASE"}
    env.update({"SLEUTELAPP_HOME": str(tmp_path / "new"), "QT_QPA_PLATFORM": "offscreen"})
    result = subprocess.run(
        [sys.executable, "-c", _SMOKE_FONTS], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: firstStartPage shown")
    assert "families: Noto Sans,Noto Sans Arabic UI,Noto Sans Ethiopic\n" in result.stdout


# --- the first-start page in the start window ----------------------------------------------


def _type_passphrases(qtbot, page, passphrase="vier losse woorden hier"):
    qtbot.keyClicks(page.ui.passphraseEdit, passphrase)
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.ui.repeatEdit, passphrase)
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)


def _create_on_the_start_window(qtbot, paths):
    """Both steps typed on a new installation's start window, then Create: the page and
    the main window that took it over."""
    start = _start_window(qtbot, paths)
    page = start.first_start
    _type_passphrases(qtbot, page)
    qtbot.keyClick(page.profile_ui.createButton, Qt.Key.Key_Space)
    return page, _main_window_of(qtbot, start)


def _main_window_of(qtbot, start):
    qtbot.waitUntil(lambda: start.main_window is not None)
    qtbot.addWidget(start.main_window)
    return start.main_window


def test_creating_the_case_file_on_the_start_window(tmp_path, qtbot, dutch, monkeypatch):
    """Typed on the light page, both steps; the main window is built only on "create",
    takes the page over with what was typed, and shows the recovery key."""
    import sleutelapp.store.case as case_module
    from sleutelapp.store.keyfile import KdfParams

    real_create = case_module.Case.create

    def create_fast(paths, passphrase, kdf=None):  # the main window of a start: the real KDF
        return real_create(paths, passphrase, KdfParams.fast_for_tests())

    monkeypatch.setattr(case_module.Case, "create", staticmethod(create_fast))
    paths = app_paths(tmp_path / "new-home")
    start = _start_window(qtbot, paths)
    page = start.first_start
    assert start.unlock_page is None and start.centralWidget() is page
    _type_passphrases(qtbot, page)
    assert page.on_profile_step() and start.focusWidget() is page.profile_ui.keypersonNameEdit
    qtbot.keyClick(page.profile_ui.backButton, Qt.Key.Key_Space)  # back: nothing lost
    assert not page.on_profile_step()
    assert page.ui.repeatEdit.text() == "vier losse woorden hier"
    qtbot.keyClick(page.ui.nextButton, Qt.Key.Key_Space)
    form = page.profile_ui
    qtbot.keyClicks(form.keypersonNameEdit, "Samira Haddad")
    qtbot.keyClick(form.keypersonNameEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.controllerNameEdit, "Stichting Welzijn")
    qtbot.keyClick(form.controllerNameEdit, Qt.Key.Key_Return)
    assert start.main_window is None and not paths.db.exists(), "nothing built or made yet"
    qtbot.keyClick(form.controllerContactEdit, Qt.Key.Key_Return)  # create

    window = _main_window_of(qtbot, start)
    try:
        qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.recovery_page)
        assert window.first_start is page, "the page moved over, it was not rebuilt"
        assert window.isVisible() and not start.isVisible()
        assert paths.db.exists() and paths.key.exists()
        assert page.ui.passphraseEdit.text() == page.ui.repeatEdit.text() == ""
        assert form.keypersonNameEdit.text() == ""
        window.recovery_page.ui.writtenCheck.setChecked(True)
        qtbot.mouseClick(window.recovery_page.ui.continueButton, Qt.MouseButton.LeftButton)
        settings = window.session.case.settings.all()
        assert settings["keyperson_name"] == "Samira Haddad"
        assert settings["controller_name"] == "Stichting Welzijn"
        assert settings["ui_language"] == "nl"
    finally:
        window.session.close()


def test_a_mismatch_on_the_start_window_is_said_there_and_builds_nothing(tmp_path, qtbot, dutch):
    from sleutelapp.gui.strength_hint import refusal

    start = _start_window(qtbot, app_paths(tmp_path / "new-home"))
    page = start.first_start
    qtbot.keyClicks(page.ui.passphraseEdit, "vier losse woorden hier")
    qtbot.keyClicks(page.ui.repeatEdit, "vier andere woorden hier")
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)
    assert "niet gelijk" in page.ui.errorLabel.text()
    assert not page.on_profile_step() and page.ui.repeatEdit.text() == ""
    page.ui.passphraseEdit.clear()  # a weak one is refused too, on this step
    qtbot.keyClicks(page.ui.passphraseEdit, "kort")
    qtbot.keyClicks(page.ui.repeatEdit, "kort")
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)
    assert page.ui.errorLabel.text() == refusal("kort") != ""
    assert not page.on_profile_step() and page.focusWidget() is page.ui.passphraseEdit
    assert start.main_window is None


def test_choosing_a_language_on_the_start_window(tmp_path, qtbot, qapp, dutch):
    """Switched at once on the light page, kept for the next start; no main window."""
    from sleutelapp.gui import i18n
    from sleutelapp.gui.prefs import UiPrefs
    from sleutelapp.language import catalogue
    from tests.gui.test_ui_language import choose

    paths = app_paths(tmp_path / "new-home")
    start = _start_window(qtbot, paths)
    page = start.first_start
    try:
        choose(qtbot, page.ui.languageCombo, "fa")
        welcome = catalogue("fa").translate("FirstStartPage", "Welcome to Sleutelapp")
        qtbot.waitUntil(
            lambda: page.ui.titleLabel.text() == i18n.in_direction(welcome, right_to_left=True)
        )
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.ui.languageCombo.currentData() == "fa"
        assert UiPrefs(paths).language() == "fa"
        next_text = catalogue("fa").translate("FirstStartPage", "&Next")
        assert page.ui.nextButton.text() == i18n.in_direction(next_text, right_to_left=True)
        _type_passphrases(qtbot, page)  # the second step, built now, speaks it too
        who = catalogue("fa").translate("FirstStartProfile", "Who keeps this case file?")
        assert page.profile_ui.titleLabel.text() == i18n.in_direction(who, right_to_left=True)
        assert start.main_window is None and not paths.db.exists()
    finally:
        i18n.install(qapp, "nl")


def test_the_demo_from_the_start_window(tmp_path, qtbot, dutch):
    paths = app_paths(tmp_path / "fresh-home")
    start = _start_window(qtbot, paths)
    qtbot.keyClick(start.first_start.ui.demoButton, Qt.Key.Key_Space)
    window = _main_window_of(qtbot, start)
    try:
        qtbot.waitUntil(lambda: window.session.is_open)
        assert window.session.is_demo and window.newcomers.rowCount() > 5
        assert not paths.db.exists(), "the real case file is not made by the demo"
        assert not start.isVisible()
    finally:
        window.session.close()


def test_a_restore_from_the_start_window(tmp_path, qtbot, dutch, monkeypatch):
    """The main window asks for the backup (here answered by a stand-in) and then shows its
    unlock page with the note."""
    import sleutelapp.gui.safety_dialogs as safety

    asked = []
    monkeypatch.setattr(safety, "restore_backup", lambda w, p: asked.append(w) or True)
    start = _start_window(qtbot, app_paths(tmp_path / "new-home"))
    qtbot.keyClick(start.first_start.ui.restoreButton, Qt.Key.Key_Space)
    window = _main_window_of(qtbot, start)
    qtbot.waitUntil(lambda: asked == [window])
    assert window.ui.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.ui.errorLabel.text()  # "The backup was restored. Unlock …"


def test_every_language_name_fits_the_language_list(tmp_path, qtbot, qapp):
    """The list is sized by a length, not by measuring every name before the first paint:
    each name, in its own script, still fits the closed list."""
    from PySide6.QtWidgets import QComboBox

    from sleutelapp.gui import i18n

    start = _start_window(qtbot, app_paths(tmp_path / "new-home"))
    combo = start.first_start.ui.languageCombo
    measured = QComboBox()  # the same names, sized by measuring each one
    qtbot.addWidget(measured)
    i18n.fill_language_choice(measured)
    measured.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    assert combo.width() >= measured.sizeHint().width()


def test_a_double_click_on_create_makes_one_case_file(tmp_path, qtbot, dutch, monkeypatch):
    """The second click of a double click lands on the main window's Create button, where
    the start window's was, while the first one's file is being made: it makes nothing."""
    import time

    from PySide6.QtCore import QTimer

    from sleutelapp.store import keyfile
    from sleutelapp.store.case import Case

    made = []
    real = keyfile.KeyFile.create.__func__

    def slow_key(cls, passphrase, params=None):  # as the real KDF, which takes a second
        made.append(passphrase)
        time.sleep(0.3)
        return real(cls, passphrase, keyfile.KdfParams.fast_for_tests())

    monkeypatch.setattr(keyfile.KeyFile, "create", classmethod(slow_key))
    paths = app_paths(tmp_path / "new-home")
    start = _start_window(qtbot, paths)
    page = start.first_start
    _type_passphrases(qtbot, page)
    create = page.profile_ui.createButton
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    QTimer.singleShot(50, lambda: qtbot.mouseClick(create, Qt.MouseButton.LeftButton))
    window = _main_window_of(qtbot, start)
    try:
        qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.recovery_page)
        assert len(made) == 1
        window._pending_recovery.close()
        Case.open(paths, "vier losse woorden hier").close()  # both files there, and a pair
    finally:
        window.session.close()


def test_a_double_click_on_the_demo_opens_one_demo(tmp_path, qtbot, dutch, monkeypatch):
    from PySide6.QtCore import QTimer

    import sleutelapp.gui.main_window as main_window
    from sleutelapp.gui import prompts

    made, said = [], []
    real = main_window.make_demo_case
    monkeypatch.setattr(main_window, "make_demo_case", lambda *a: made.append(1) or real(*a))
    monkeypatch.setattr(prompts, "show_error", lambda parent, exc: said.append(exc))
    start = _start_window(qtbot, app_paths(tmp_path / "new-home"))
    demo = start.first_start.ui.demoButton
    qtbot.mouseClick(demo, Qt.MouseButton.LeftButton)
    QTimer.singleShot(50, lambda: qtbot.mouseClick(demo, Qt.MouseButton.LeftButton))
    window = _main_window_of(qtbot, start)
    try:
        qtbot.waitUntil(lambda: window.session.is_open, timeout=30000)
        qtbot.wait(100)
        assert made == [1] and said == []
        assert window.session.is_demo and window.newcomers.rowCount() > 5
    finally:
        window.session.close()


def test_a_failed_create_on_the_start_window_is_said_on_its_step(
    tmp_path, qtbot, qapp, dutch, monkeypatch
):
    """Said on the second step of the main window, which took the page over, with what was
    typed kept for another try; Back leaves it behind, also after a language switch."""
    import sleutelapp.store.case as case_module
    from sleutelapp.gui import i18n
    from sleutelapp.store.errors import DiskFull
    from tests.gui.test_ui_language import choose

    def disk_full(paths, passphrase, kdf=None):
        raise DiskFull("The disk is full; nothing was saved.")

    monkeypatch.setattr(case_module.Case, "create", staticmethod(disk_full))
    paths = app_paths(tmp_path / "new-home")
    page, window = _create_on_the_start_window(qtbot, paths)
    try:
        qtbot.waitUntil(lambda: page.profile_ui.errorLabel.text() != "")
        assert window.ui.pages.currentWidget() is page and page.on_profile_step()
        assert "disk is full" in page.profile_ui.errorLabel.text()
        assert page.ui.errorLabel.text() == "" and not paths.db.exists()
        assert page.ui.repeatEdit.text() == "vier losse woorden hier", "kept to try again"

        qtbot.keyClick(page.profile_ui.backButton, Qt.Key.Key_Space)
        assert page.ui.errorLabel.text() == ""
        choose(qtbot, page.ui.languageCombo, "en")
        qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Welcome to Sleutelapp")
        assert page.ui.errorLabel.text() == "", "the second step's message stays there"
    finally:
        i18n.install(qapp, "nl")


def test_after_the_demo_the_page_that_moved_over_still_answers_once(
    tmp_path, qtbot, qapp, dutch, monkeypatch
):
    """Demo from the start window, locked: the main window shows the page it took over,
    whose language list and Create act once each, from the main window."""
    from PySide6.QtCore import SIGNAL

    from sleutelapp.gui import i18n
    from sleutelapp.store import keyfile
    from tests.gui.test_ui_language import choose

    made = []
    real = keyfile.KeyFile.create.__func__

    def counted(cls, passphrase, params=None):
        made.append(passphrase)
        return real(cls, passphrase, keyfile.KdfParams.fast_for_tests())

    paths = app_paths(tmp_path / "new-home")
    start = _start_window(qtbot, paths)
    page = start.first_start
    qtbot.keyClick(page.ui.demoButton, Qt.Key.Key_Space)
    window = _main_window_of(qtbot, start)
    try:
        qtbot.waitUntil(lambda: window.session.is_open, timeout=30000)
        window.lock()
        assert window.ui.pages.currentWidget() is page and not page.on_profile_step()
        for signal in ("create_requested(QString)", "demo_requested()", "language_chosen(QString)"):
            assert page.receivers(SIGNAL(signal)) == 1, f"{signal}: the main window's only"
        choose(qtbot, page.ui.languageCombo, "en")
        qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Welcome to Sleutelapp")
        assert window.ui.pages.currentWidget() is page

        monkeypatch.setattr(keyfile.KeyFile, "create", classmethod(counted))
        _type_passphrases(qtbot, page)
        assert page.profile_ui.titleLabel.text() == "Who keeps this case file?"
        qtbot.keyClick(page.profile_ui.createButton, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.recovery_page)
        assert made == ["vier losse woorden hier"] and paths.db.exists()
        assert not start.isVisible()
        window._pending_recovery.close()
    finally:
        window.session.close()
        i18n.install(qapp, "nl")


def test_a_disk_that_refuses_the_key_file_is_said_on_the_second_step(
    tmp_path, qtbot, dutch, monkeypatch
):
    """A full disk while the key file is written (an OSError, not a CaseError) is a clear
    message on the page, not a crash dialog; nothing is left behind."""
    import errno

    from sleutelapp.store import keyfile

    def no_space(self, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyfile.KeyFile, "write", no_space)
    paths = app_paths(tmp_path / "new-home")
    page, window = _create_on_the_start_window(qtbot, paths)
    qtbot.waitUntil(lambda: page.profile_ui.errorLabel.text() != "")
    assert "schijf is vol" in page.profile_ui.errorLabel.text()
    assert window.ui.pages.currentWidget() is page and not window.session.is_open
    assert not paths.db.exists() and not paths.key.exists()


@pytest.mark.parametrize("button", ["demoButton", "restoreButton"])
def test_the_demo_or_a_restore_instead_forgets_a_typed_passphrase(
    tmp_path, qtbot, dutch, monkeypatch, button
):
    """A new passphrase typed before choosing the demo or a restore does not wait in the
    hidden first-start page for the rest of the session."""
    import sleutelapp.gui.safety_dialogs as safety

    monkeypatch.setattr(safety, "restore_backup", lambda w, p: False)  # cancelled
    start = _start_window(qtbot, app_paths(tmp_path / "new-home"))
    page = start.first_start
    qtbot.keyClicks(page.ui.passphraseEdit, "vier losse woorden hier")
    qtbot.keyClicks(page.ui.repeatEdit, "vier losse woorden hier")
    qtbot.keyClick(getattr(page.ui, button), Qt.Key.Key_Space)
    assert page.ui.passphraseEdit.text() == page.ui.repeatEdit.text() == ""
    window = _main_window_of(qtbot, start)
    if button == "demoButton":
        qtbot.waitUntil(lambda: window.session.is_open)
        window.session.close()
