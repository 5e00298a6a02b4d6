"""Help → Over Sleutelapp: the version a user reports, and the licences the app must carry."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

ROOT = Path(__file__).resolve().parents[2]


def pyproject():
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture
def about(qtbot, dutch):
    from sleutelapp.gui.about_dialog import AboutDialog

    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib")
def test_shows_the_version_from_pyproject_in_dutch(about):
    assert about.windowTitle() == "Over Sleutelapp"
    assert f"Versie {pyproject()['version']}" in about.intro.text()
    assert "EUPL-1.2" in about.intro.text()


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib")
def test_every_runtime_dependency_is_listed_with_its_licence(about):
    from sleutelapp.gui.about_dialog import COMPONENTS

    listed = {canonical(d) for c in COMPONENTS for d in c.distributions}
    required = {
        canonical(re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0])
        for dep in pyproject()["dependencies"]
    }
    assert required - listed == set(), "add the new dependency to COMPONENTS with its licence"
    table = about.components.toPlainText()
    for component in COMPONENTS:
        assert component.name in table and component.licence in table
    assert "SIL Open Font License 1.1" in table and "Noto Sans Arabic" in table
    assert "LGPL-3.0" in table


def test_the_bundle_carries_the_metadata_the_dialog_reads():
    import importlib.util

    from sleutelapp.gui.about_dialog import COMPONENTS

    spec = importlib.util.spec_from_file_location("plan", ROOT / "packaging" / "bundle_plan.py")
    plan = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plan)
    needed = {d for c in COMPONENTS for d in c.distributions} | {"sleutelapp"}
    assert needed <= set(plan.METADATA_DISTRIBUTIONS), "frozen About would show no version"


def test_full_licence_texts_can_be_read(about, qtbot):
    titles = [about.text_choice.itemText(i) for i in range(about.text_choice.count())]
    about.tabs.setCurrentIndex(1)
    about.text_choice.setCurrentIndex(titles.index("Lettertypen Noto: SIL Open Font License 1.1"))
    ofl = about.text_view.toPlainText()
    assert "SIL Open Font License, Version 1.1" in ofl and "PERMISSION & CONDITIONS" in ofl
    qt = next(i for i, title in enumerate(titles) if title.startswith("Qt 6"))
    about.text_choice.setCurrentIndex(qt)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.text_view.toPlainText()
    assert any(title.startswith("GNU GPL 3.0") for title in titles)
    # Licence files of the wheels themselves (read from package metadata, bundled too).
    assert any(title.startswith("ReportLab:") for title in titles)
    assert any(title.startswith("cryptography") for title in titles)


def test_copy_button_gives_version_details_without_personal_data(about, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from sleutelapp import __version__

    qtbot.mouseClick(about.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Sleutelapp {__version__}, Qt ")
    assert "Python" in copied


def test_english_when_english_is_chosen(qtbot, qapp, dutch):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.about_dialog import AboutDialog

    i18n.install(qapp, "en")
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Sleutelapp"
    assert "Version " in dialog.intro.text() and "Versie" not in dialog.intro.text()
    assert dialog.tabs.tabText(0) == "Components"


def test_open_about_dialog_returns_when_closed(qtbot, dutch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sleutelapp.gui.about_dialog import AboutDialog, open_about_dialog

    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    assert open_about_dialog(None) is None
    assert isinstance(seen[0], AboutDialog)


def test_app_icon_offers_every_size(qapp):
    from sleutelapp.gui.app_icon import app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_committed_icon_files_match_their_svg_source(qapp):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    stale = [
        path.name
        for path, data in make_icons.outputs().items()
        if not path.exists() or path.read_bytes() != data
    ]
    assert stale == [], "run python packaging/make_icons.py after editing the SVG"
