"""The UI language: Dutch by default, English selectable (design.md §6).

Qt's default QLocale is the single record of the chosen language, so every part of the GUI
asks `current_language()` instead of holding its own copy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

LANGUAGES = ("nl", "en")
# Each language's writing direction, stated: asking QLocale().textDirection() costs about
# 10 ms at start-up. A right-to-left translation adds its language here as RightToLeft.
_DIRECTIONS = {"nl": Qt.LayoutDirection.LeftToRight, "en": Qt.LayoutDirection.LeftToRight}
_installed: list[QTranslator] = []


def current_language() -> str:
    """ "en" when English was chosen, else "nl"."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def install(app: QCoreApplication, language: str) -> None:
    """Load the translation for `language` (source strings are English) and set the locale."""
    from PySide6.QtWidgets import QApplication

    from sleutelapp.paths import resource

    language = language if language in LANGUAGES else "nl"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        translator = QTranslator(app)
        try:
            qm = resource("translations", "sleutelapp_nl.qm")
        except FileNotFoundError:
            qm = None
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        # Qt's own words (context menus, calendar, standard buttons) from the Qt install.
        qt_translator = QTranslator(app)
        if qt_translator.load(
            QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if isinstance(app, QApplication):
        # Follows the language, so a right-to-left translation can be added later.
        app.setLayoutDirection(_DIRECTIONS[language])
