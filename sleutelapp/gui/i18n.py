"""The UI language in the GUI: one QTranslator over the core's catalogue (design.md §6).

Every tr() in the GUI and every form's retranslateUi() ends in `CatalogueTranslator`, which
asks the same `sleutelapp.language.Catalogue` that the command line and the PDFs use, so
there is one catalogue per language and one way to translate. Qt's own words (standard
buttons, context menus) come from Qt's qtbase catalogues.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from sleutelapp.language import Catalogue, catalogue, language

_installed: list[QTranslator] = []
_current = {"code": "nl"}


class CatalogueTranslator(QTranslator):
    """Qt's translation hook answered from a core catalogue."""

    def __init__(self, source: Catalogue, parent=None):
        super().__init__(parent)
        self._catalogue = source

    def translate(self, context, sourceText, disambiguation=None, n=-1):  # noqa: N803 - Qt's names
        # None (a null QString) tells Qt "not translated here", so the English source shows.
        return self._catalogue.find(context, sourceText, disambiguation, n)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self._catalogue.language.qt_locale


def current_language() -> str:
    """The code of the UI language installed last ("nl" before any install)."""
    return _current["code"]


def current_catalogue() -> Catalogue:
    """The catalogue of the UI language, for core texts shown in the GUI."""
    return catalogue(current_language())


def layout_direction(code: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if language(code).right_to_left
        else Qt.LayoutDirection.LeftToRight
    )


def install(app: QCoreApplication, code: str) -> None:
    """Switch the GUI to `code` (the default language for a code the app does not ship):
    catalogue, Qt's own words, locale formats and layout direction."""
    from PySide6.QtWidgets import QApplication

    chosen = language(code)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current["code"] = chosen.code
    locale = QLocale(chosen.qt_locale)
    QLocale.setDefault(locale)
    ours = CatalogueTranslator(catalogue(chosen.code), app)
    app.installTranslator(ours)
    _installed.append(ours)
    qt_words = QTranslator(app)
    if qt_words.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    if isinstance(app, QApplication):
        app.setLayoutDirection(layout_direction(chosen.code))


def fill_language_choice(combo) -> None:
    """Every shipped language in a combo box, each by its own name, its code as the item's
    data: a person finds their language whatever language the window is in now."""
    from sleutelapp.language import LANGUAGES

    combo.clear()
    for lang in LANGUAGES:
        combo.addItem(lang.name, lang.code)
