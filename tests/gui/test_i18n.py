"""The UI language in the GUI: stated writing direction, one translator over the catalogue."""

from __future__ import annotations

import pytest

from sleutelapp.language import LANGUAGES

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_every_language_states_the_direction_qt_gives_it(qapp, lang):
    from PySide6.QtCore import QLocale, Qt

    expected = (
        Qt.LayoutDirection.RightToLeft if lang.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    assert QLocale(lang.qt_locale).textDirection() == expected
    assert QLocale(lang.qt_locale).language() == QLocale(lang.code).language()


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_install_switches_translation_and_layout_direction(qapp, lang):
    from PySide6.QtCore import QCoreApplication, Qt

    from sleutelapp.gui import i18n
    from sleutelapp.language import catalogue

    before = i18n.current_language()
    try:
        i18n.install(qapp, lang.code)
        assert i18n.current_language() == lang.code
        expected = (
            Qt.LayoutDirection.RightToLeft if lang.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        assert qapp.layoutDirection() == expected
        shown = QCoreApplication.translate("MainWindow", "Today")
        assert shown == catalogue(lang.code).translate("MainWindow", "Today")
        if not lang.source:
            assert shown != "Today"
        assert QCoreApplication.translate("MainWindow", "%n newcomer(s)", None, 1) == catalogue(
            lang.code
        ).translate("MainWindow", "%n newcomer(s)", None, 1)
    finally:
        i18n.install(qapp, before)


def test_a_code_the_app_does_not_ship_gets_dutch(qapp):
    from sleutelapp.gui import i18n

    before = i18n.current_language()
    try:
        i18n.install(qapp, "xx")
        assert i18n.current_language() == "nl"
    finally:
        i18n.install(qapp, before)
