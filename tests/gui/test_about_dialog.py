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


def load_make_icons():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    return make_icons


@pytest.fixture
def icon_copy(tmp_path, monkeypatch):
    """make_icons working on a copy of the icon folder."""
    import shutil

    make_icons = load_make_icons()
    folder = tmp_path / "app"
    shutil.copytree(make_icons.ICON_DIR, folder)
    monkeypatch.setattr(make_icons, "ICON_DIR", folder)
    monkeypatch.setattr(make_icons, "SOURCE", folder / make_icons.SOURCE.name)
    monkeypatch.setattr(make_icons, "SOURCE_HASH", folder / make_icons.SOURCE_HASH.name)
    return make_icons


def test_committed_icon_files_match_their_svg_source(qapp):
    """Same SVG hash, pixels within tolerance of this machine's render, containers exact."""
    _files, stale = load_make_icons().planned_outputs()
    assert stale == [], "run python packaging/make_icons.py after editing the SVG"


def test_an_edited_svg_makes_every_icon_file_stale(qapp, icon_copy):
    svg = icon_copy.SOURCE
    svg.write_text(svg.read_text(encoding="utf-8").replace("<svg", "<svg opacity='0.5'", 1))
    _files, stale = icon_copy.planned_outputs()
    assert set(stale) >= {"sleutelapp-16.png", "sleutelapp.ico", "sleutelapp.svg.sha256"}
    assert icon_copy.main([]) == 0
    assert icon_copy.planned_outputs()[1] == []


def test_windows_line_endings_do_not_make_the_svg_stale(qapp, icon_copy):
    svg = icon_copy.SOURCE
    svg.write_bytes(svg.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    assert icon_copy.planned_outputs()[1] == []


def png_with(make_icons, size, change):
    """The committed PNG of `size` with `change(x, y, colour)` applied to every pixel."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage.fromData((make_icons.ICON_DIR / make_icons.png_name(size)).read_bytes())
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(image.height()):
        for x in range(image.width()):
            image.setPixelColor(x, y, change(x, y, image.pixelColor(x, y)))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_pixels_one_unit_off_are_the_same_rendering_but_a_changed_shape_is_not(qapp, icon_copy):
    from PySide6.QtGui import QColor

    committed = (icon_copy.ICON_DIR / icon_copy.png_name(32)).read_bytes()

    def one_off(_x, _y, c):
        return QColor(c.red() ^ 1, c.green(), c.blue(), c.alpha())

    def square(x, y, c):
        return QColor(255, 0, 0, 255) if x < 8 and y < 8 else c

    assert icon_copy.pixel_difference(committed, committed) == 0
    assert 1 <= icon_copy.pixel_difference(committed, png_with(icon_copy, 32, one_off)) <= 1
    assert not icon_copy.same_rendering(committed, png_with(icon_copy, 32, square))
    assert icon_copy.pixel_difference(committed, b"not a png") == 256
    (icon_copy.ICON_DIR / icon_copy.png_name(32)).write_bytes(png_with(icon_copy, 32, one_off))
    _files, stale = icon_copy.planned_outputs()
    assert "sleutelapp-32.png" not in stale
    assert {"sleutelapp.ico", "sleutelapp.icns"} <= set(stale)  # containers hold the new bytes
    (icon_copy.ICON_DIR / icon_copy.png_name(32)).write_bytes(png_with(icon_copy, 32, square))
    assert "sleutelapp-32.png" in icon_copy.planned_outputs()[1]


def test_translations_no_native_speaker_reviewed_are_named(about):
    from sleutelapp.language import LANGUAGES

    note = about.translations.text()
    assert about.translations.isVisible()
    for lang in LANGUAGES:
        assert (lang.name in note) == (not lang.reviewed), lang.code
    assert "nog niet nagekeken" in note and "beter worden" in note  # plain Dutch, an invitation


def test_no_note_when_every_translation_is_reviewed(qtbot, dutch, monkeypatch):
    from sleutelapp import language
    from sleutelapp.gui import about_dialog

    reviewed = tuple(lang._replace(reviewed=True) for lang in language.LANGUAGES)
    monkeypatch.setattr(language, "LANGUAGES", reviewed)
    dialog = about_dialog.AboutDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert about_dialog.unreviewed_note() == ""
    assert not dialog.translations.isVisible()


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_the_about_dialog_speaks_the_ui_language(qtbot, dutch, qapp, code):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.about_dialog import AboutDialog
    from sleutelapp.language import catalogue

    i18n.install(qapp, code)
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    title = catalogue(code).translate("AboutDialog", "About Sleutelapp")
    assert dialog.windowTitle() == i18n.in_direction(title, right_to_left=code == "ar")
    assert dialog.tabs.tabText(0) == i18n.in_direction(
        catalogue(code).translate("AboutDialog", "Components"), right_to_left=code == "ar"
    )
