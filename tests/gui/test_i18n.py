"""The UI language's stated writing direction (kept instead of asking Qt at start-up)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_every_language_states_the_direction_qt_gives_it(qapp):
    from PySide6.QtCore import QLocale

    from sleutelapp.gui import i18n

    assert set(i18n._DIRECTIONS) == set(i18n.LANGUAGES)
    for language in i18n.LANGUAGES:
        assert QLocale(language).textDirection() == i18n._DIRECTIONS[language], language


def test_install_sets_the_layout_direction_of_the_language(qapp):
    from PySide6.QtCore import Qt

    from sleutelapp.gui import i18n

    before = i18n.current_language()
    try:
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        i18n.install(qapp, "en")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert i18n.current_language() == "en"
    finally:
        i18n.install(qapp, before)
