"""The UI language is chosen in the settings and on the first-start page, applies at once to
the open window (every page retranslates, right-to-left languages mirror it) and is kept:
in the case file and in the window preferences that the next start's unlock page reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from sleutelapp.language import LANGUAGES, catalogue, language
from sleutelapp.paths import app_paths
from tests.gui import screens
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

SWITCH_TO = [lang.code for lang in LANGUAGES if lang.code != "nl"]


def choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick a language the way a person does: focus the list, arrow to it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(code)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code


def direction(code: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if language(code).right_to_left
        else Qt.LayoutDirection.LeftToRight
    )


def test_settings_offer_every_shipped_language_by_its_own_name(window, qtbot):
    dialog = window.actions.settings()
    qtbot.waitExposed(dialog)
    combo = dialog.ui.languageCombo
    shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert shown == [(lang.name, lang.code) for lang in LANGUAGES]
    assert combo.currentData() == "nl"
    dialog.reject()


@pytest.mark.parametrize("code", SWITCH_TO)
def test_a_language_chosen_in_the_settings_applies_at_once_and_is_kept(
    window, qtbot, case_paths, code
):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.prefs import UiPrefs

    dialog = window.actions.settings()
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.ui.languageCombo, code)
    qtbot.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Return)  # Enter saves the dialog
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert i18n.current_language() == code
    assert QApplication.layoutDirection() == direction(code)
    assert window.layoutDirection() == direction(code)
    today = catalogue(code).translate("TodayView", "Today")
    qtbot.waitUntil(lambda: window.today_view.ui.titleLabel.text() == today)  # posted events
    assert window.session.case.settings.get("ui_language") == code
    assert UiPrefs(case_paths).language() == code  # what the next start's unlock page reads


def test_the_unlock_page_of_the_next_start_speaks_the_kept_language(qtbot, case_paths, dutch):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.prefs import UiPrefs
    from sleutelapp.gui.start_window import StartWindow

    prefs = UiPrefs(case_paths)
    prefs.set_language("fa")
    prefs.sync()
    i18n.install(QApplication.instance(), UiPrefs(case_paths).language())  # as app.py does
    start = StartWindow(case_paths, UiPrefs(case_paths))
    qtbot.addWidget(start)
    start.show()
    page = start.unlock_page
    locked = catalogue("fa").translate("UnlockPage", "Sleutelapp is locked")
    assert page.ui.titleLabel.text() == i18n.in_direction(locked, right_to_left=True)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_first_start_page_switches_language_before_the_case_file_exists(
    window_factory, tmp_path, qtbot
):
    from sleutelapp.gui import i18n

    paths = app_paths(tmp_path / "new-home")
    window = window_factory(paths)
    window.start()
    page = window.first_start
    combo = page.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [lang.code for lang in LANGUAGES]
    choose(qtbot, combo, "ar")
    welcome = catalogue("ar").translate("FirstStartPage", "Welcome to Sleutelapp")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == welcome)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert combo.currentData() == "ar"  # the list did not jump back while retranslating
    assert not paths.db.exists()
    from sleutelapp.gui.prefs import UiPrefs

    assert UiPrefs(paths).language() == "ar"  # closed now, the next start speaks Arabic

    passphrase = "vier losse woorden hier"
    qtbot.keyClicks(page.ui.passphraseEdit, passphrase)
    qtbot.keyClicks(page.ui.repeatEdit, passphrase)
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)
    form = page.profile_ui
    who = catalogue("ar").translate("FirstStartProfile", "Who keeps this case file?")
    assert form.titleLabel.text() == i18n.in_direction(who, right_to_left=True)
    qtbot.keyClicks(form.keypersonNameEdit, "Samira")
    qtbot.keyClick(form.keypersonNameEdit, Qt.Key.Key_Return)
    qtbot.keyClick(form.controllerNameEdit, Qt.Key.Key_Return)
    qtbot.keyClick(form.controllerContactEdit, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.recovery_page
    window.recovery_page.ui.writtenCheck.setChecked(True)
    qtbot.mouseClick(window.recovery_page.ui.continueButton, Qt.MouseButton.LeftButton)
    assert window.session.case.settings.get("ui_language") == "ar"
    assert window.session.case.settings.get("keyperson_name") == "Samira"
    assert UiPrefs(paths).language() == "ar"


def test_the_demo_speaks_the_language_chosen_on_the_first_start_page(
    window_factory, tmp_path, qtbot
):
    from sleutelapp.gui import i18n

    window = window_factory(app_paths(tmp_path / "fresh-home"))
    window.start()
    choose(qtbot, window.first_start.ui.languageCombo, "ti")
    qtbot.mouseClick(window.first_start.ui.demoButton, Qt.MouseButton.LeftButton)
    assert window.session.is_demo
    assert i18n.current_language() == "ti"


# --- every page retranslates -------------------------------------------------------------


def dutch_only_texts() -> set[str]:
    """Dutch texts of the catalogue that differ from their English source."""
    dutch = catalogue("nl")
    found = set()
    for (_context, source, _comment), text in dutch._messages().items():
        for form in text if isinstance(text, tuple) else (text,):
            plain = form.replace("&", "").strip()
            if plain and plain != source.replace("&", "").strip() and "%n" not in form:
                found.add(plain)
    return found


def visible_texts(root: QWidget) -> dict[str, str]:
    """What a person can read on a window: labels, buttons, tabs, group titles, menus,
    column headings; keyed by where it is."""
    texts: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        if text:
            texts[where] = text.replace("&", "").strip()

    add("window title", root.windowTitle())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab {i}", widget.tabText(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name} item {i}", widget.itemText(i))
        if hasattr(widget, "model") and hasattr(widget, "horizontalHeader"):
            model = widget.model()
            if model is not None:
                for column in range(model.columnCount()):
                    heading = model.headerData(column, Qt.Orientation.Horizontal)
                    add(f"{name} column {column}", str(heading or ""))
        if hasattr(widget, "placeholderText") and widget.isVisibleTo(root):
            add(f"{name} placeholder", widget.placeholderText())
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            add(f"menu {action.text()}", action.text())
            if action.menu() is not None:
                for item in action.menu().actions():
                    add(f"menu item {item.objectName() or item.text()}", item.text())
    return texts


def test_every_page_of_the_open_window_retranslates(window_factory, case_paths, qtbot):
    """Switch the language with each page on screen: nothing Dutch stays behind. (English:
    every text of the app, the domain's labels too, has its English source.)"""
    from sleutelapp.gui import i18n
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE

    code = "en"
    dutch = dutch_only_texts()
    case = Case.open(case_paths, PASSPHRASE)
    newcomer_id = screens.fill(case)
    window = window_factory()
    stale: dict[str, dict[str, str]] = {}

    def check(name: str) -> None:
        window._apply_language(code)
        qtbot.wait(20)  # LanguageChange is posted to every window
        left = {w: t for w, t in visible_texts(window).items() if t in dutch}
        if left:
            stale[name] = left
        window._apply_language("nl")
        qtbot.wait(20)
        assert i18n.current_language() == "nl"

    for name, show in screens.GATE_STATES.items():
        show(window, case, newcomer_id)
        check(name)
    screens.open_work(window, case, newcomer_id)
    for name, show in screens.WORK_STATES.items():
        show(window, case, newcomer_id)
        check(name)
    assert stale == {}


def ink_span(widget: QWidget) -> tuple[int, int]:
    """The leftmost and rightmost column where the widget draws dark pixels (its text)."""
    image = widget.grab().toImage()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(image.height()))
    ]
    assert columns, "nothing drawn"
    return columns[0], columns[-1]


def test_a_latin_name_heads_the_newcomer_on_the_right_in_arabic(window, qtbot):
    """The header starts with the newcomer's Latin name: in a right-to-left window it must
    still stand at the right edge, where the reader starts."""
    from sleutelapp.domain.model import Newcomer
    from sleutelapp.gui import i18n

    case = window.session.case
    person = case.newcomers.add(Newcomer(name="Tesfay Gebremedhin", known_as="Tesfay"))
    window.select_newcomer(person.id)
    header = window.newcomer_view.ui.nameLabel
    try:
        i18n.install(QApplication.instance(), "ar")
        window.select_newcomer(person.id)
        qtbot.wait(10)
        left, right = ink_span(header)
        assert left > header.width() / 2, (left, right, header.width())
    finally:
        i18n.install(QApplication.instance(), "nl")
    window.select_newcomer(person.id)
    left, _ = ink_span(header)
    assert left < header.width() / 2
