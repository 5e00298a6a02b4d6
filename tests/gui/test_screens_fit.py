"""Every window and dialog fits the screen it opens on — 1280×720, 1366×768, and 1366×768
at 125 % scaling (1093×614 logical pixels) — with its buttons on screen and no text cut off.

The offscreen screen has one fixed size, so the screen's available size is given to the
sizing helper (gui/screen_fit.py) per test; one more test runs the same checks in a child
process on a real 1366×768 offscreen screen at QT_SCALE_FACTOR=1.25.
"""

from __future__ import annotations

import inspect
import json
import os
import pkgutil
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QScrollArea

from sleutelapp.language import LANGUAGES
from tests.conftest import PASSPHRASE
from tests.gui import screens
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_screenshots import cut_off

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

SCREENS = {
    "1280x720": QSize(1280, 720),
    "1366x768": QSize(1366, 768),
    "1366x768-125pct": QSize(1093, 614),
}
REAL_SCREEN = "SLEUTELAPP_TEST_REAL_SCREEN"


def _in_scroll_area(widget, root) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(widget, available: QSize) -> list[str]:
    """What keeps a window from being usable on a screen of this available size."""
    from sleutelapp.gui.screen_fit import room

    found = []
    space = room(available)
    if widget.width() > space.width() or widget.height() > space.height():
        found.append(
            f"{widget.width()}×{widget.height()} does not fit {space.width()}×{space.height()}"
        )
    inside = widget.rect()
    for box in widget.findChildren(QDialogButtonBox):
        if box.isVisibleTo(widget) and not any(b.isVisibleTo(widget) for b in box.buttons()):
            found.append(f"{box.objectName()}: no visible button")
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or _in_scroll_area(button, widget):
            continue  # what is in a scroll area is reached by scrolling
        if button.metaObject().className() == "QTableCornerButton":
            continue  # the select-all corner of a table, part of the table
        if button.metaObject().className() == "QToolButton" and not button.text():
            continue  # the scroll arrows of a tab bar
        where = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
        if not inside.contains(where):
            found.append(f"button '{button.text()}' at {where.getRect()} is outside the window")
    found += cut_off(widget)
    return found


def _fit_everything(
    window_factory, case_paths, qtbot, tag="", language: str | None = None
) -> dict[str, list[str]]:
    """Open every window state and dialog; what is wrong with each, by name. With
    SLEUTELAPP_SCREENSHOT_DIR set, each is also saved there as a PNG. `language`: the UI
    language of the case file, the window built in it from the start."""
    from PySide6.QtWidgets import QApplication

    from sleutelapp.gui import i18n, screen_fit
    from sleutelapp.store.case import Case

    available = screen_fit.available_size()
    case = Case.open(case_paths, PASSPHRASE)
    newcomer_id = screens.fill(case)
    if language is not None:
        case.settings.update({"ui_language": language})
        i18n.install(QApplication.instance(), language)
    window = _default_window(window_factory)
    report: dict[str, list[str]] = {}
    for name, show in screens.GATE_STATES.items():
        show(window, case, newcomer_id)
        _settle(qtbot)
        report[name] = problems(window, available)
        _shoot(window, name, tag)
    screens.open_work(window, case, newcomer_id)
    for name, show in screens.WORK_STATES.items():
        show(window, case, newcomer_id)
        _settle(qtbot)
        report[name] = problems(window, available)
        _shoot(window, name, tag)
    for name, open_dialog in screens.DIALOGS.items():
        dialog = open_dialog(window, case, newcomer_id)
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        report[name] = problems(dialog, available)
        _shoot(dialog, name, tag)
        dialog.reject()
        dialog.deleteLater()
    return {name: found for name, found in report.items() if found}


def _default_window(window_factory):
    """The main window at the size it takes by itself on a first start."""
    window = window_factory()
    from sleutelapp.gui.screen_fit import fit_to_screen

    fit_to_screen(window, QSize(1280, 800))  # what __init__ does without saved geometry
    return window


def _shoot(widget, name: str, tag: str) -> None:
    folder = os.environ.get("SLEUTELAPP_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}-{tag}.png"))


def _settle(qtbot) -> None:
    qtbot.wait(20)  # deferred layout work (card heights, splitter sizes) runs first


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_every_window_and_dialog_fits(window_factory, case_paths, qtbot, monkeypatch, screen):
    from sleutelapp.gui import screen_fit

    size = SCREENS[screen]
    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(size))
    assert _fit_everything(window_factory, case_paths, qtbot, screen) == {}


@pytest.mark.parametrize("screen", ["1280x720", "1366x768-125pct"])
@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES if lang.code != "nl"])
def test_every_window_and_dialog_fits_in_every_language(
    window_factory, case_paths, qtbot, monkeypatch, code, screen
):
    """The same checks in each shipped language, at the smallest screens (Dutch runs at
    every size above): translations are longer or shorter, right to left or not."""
    from sleutelapp.gui import screen_fit

    size = SCREENS[screen]
    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(size))
    found = _fit_everything(window_factory, case_paths, qtbot, f"{code}-{screen}", code)
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)


def test_main_window_default_fits_a_768_pixel_screen(case_paths, qtbot, monkeypatch, dutch):
    from sleutelapp.gui import screen_fit
    from sleutelapp.gui.main_window import MainWindow
    from sleutelapp.gui.prefs import UiPrefs

    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(1366, 728))
    window = MainWindow(case_paths, UiPrefs(case_paths))
    qtbot.addWidget(window)
    assert window.height() <= 728 - screen_fit.FRAME.height()
    assert window.width() <= 1366


def test_sizing_helper_shrinks_only_what_is_too_big():
    from sleutelapp.gui.screen_fit import FRAME, fitted

    assert fitted(QSize(500, 300), QSize(1280, 720)) == QSize(500, 300)
    assert fitted(QSize(1180, 760), QSize(1093, 614)) == QSize(1093 - FRAME.width(), 614 - 40)


def test_every_dialog_class_is_listed():
    """A dialog added to the app is checked by these tests too (see tests/gui/screens.py)."""
    import sleutelapp.gui

    found = set()
    for module in pkgutil.iter_modules(sleutelapp.gui.__path__):
        loaded = import_module(f"sleutelapp.gui.{module.name}")
        for name, value in vars(loaded).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__ == loaded.__name__
            ):
                found.add(name)
    assert found == set(screens.DIALOG_CLASSES)
    assert set(screens.DIALOG_CLASSES.values()) <= set(screens.DIALOGS)


@pytest.mark.skipif(not os.environ.get(REAL_SCREEN), reason="runs inside the child process")
def test_real_screen_inner(window_factory, case_paths, qtbot):
    from sleutelapp.gui.screen_fit import available_size

    expected = json.loads(os.environ[REAL_SCREEN])
    assert available_size() == QSize(*expected)
    assert _fit_everything(window_factory, case_paths, qtbot, "real-125pct") == {}


@pytest.mark.skipif(bool(os.environ.get(REAL_SCREEN)), reason="this is the child process")
def test_everything_fits_a_real_screen_at_125_percent(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "1.25",
        REAL_SCREEN: json.dumps([1093, 614]),
    }
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).relative_to(root)}::test_real_screen_inner",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout


def test_a_window_saved_on_a_bigger_screen_shrinks_to_this_one(
    case_paths, qtbot, monkeypatch, dutch
):
    from sleutelapp.gui import screen_fit
    from sleutelapp.gui.main_window import MainWindow
    from sleutelapp.gui.prefs import UiPrefs

    prefs = UiPrefs(case_paths)
    big = MainWindow(case_paths, prefs)
    qtbot.addWidget(big)
    big.resize(1900, 1000)
    prefs.set_geometry("main", big.saveGeometry())
    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(1093, 614))
    small = MainWindow(case_paths, prefs)
    qtbot.addWidget(small)
    assert small.height() <= 614 - screen_fit.FRAME.height() and small.width() <= 1093
