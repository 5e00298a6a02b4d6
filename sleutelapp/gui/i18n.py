"""The UI language in the GUI: one QTranslator over the core's catalogue (design.md §6).

Every tr() in the GUI and every form's retranslateUi() ends in `CatalogueTranslator`, which
asks the same `sleutelapp.language.Catalogue` that the command line and the PDFs use, so
there is one catalogue per language and one way to translate. Qt's own words (standard
buttons, context menus) come from Qt's qtbase catalogues.
"""

from __future__ import annotations

import re
import unicodedata

# No `Qt` namespace here: PySide6 builds all its enums on its first import (~12 ms), and
# the unlock page of a left-to-right language needs none of them (layout_direction). No
# QEvent either (its 179 types, ~1.5 ms): only a right-to-left window filters events.
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtWidgets import QLabel

from sleutelapp.language import Catalogue, catalogue, language

_installed: list[QTranslator] = []
_current = {"code": "nl"}


RLM = "\u200f"  # RIGHT-TO-LEFT MARK: an invisible right-to-left letter
LRM = "\u200e"
_RIGHT_TO_LEFT = {"R", "AL"}
_OPENING_TAGS = re.compile(r"^\s*(?:<[a-zA-Z][^<>]*>\s*)+")


def in_direction(text: str, right_to_left: bool) -> str:
    """The text as it must start in a window of this direction.

    Qt gives a label or button the direction of its first letter, so a right-to-left
    sentence that starts with a Latin name or a number (`Sleutelapp مقفل`, `{0} ...`) was
    laid out left to right: read in the wrong order and put on the wrong side. A leading
    mark (after the opening tags of rich text) fixes the direction. Left alone: texts
    without a right-to-left letter (a file name, `PDF`) and texts already starting right."""
    if not right_to_left or not text:
        return text
    at = _after_opening_tags(text)
    if _starts_right(text, at) or not any(
        unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in text
    ):
        return text
    return text[:at] + RLM + text[at:]


_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


def file_name(text: str) -> str:
    """A translated file name without the direction marks the translator may have put in
    front of it (LRM, RLM, ARABIC LETTER MARK): invisible in a label, but part of a name."""
    return text.translate(_DIRECTION_MARKS)


def _starts_right(text: str, at: int) -> bool:
    """True when the character at `at` is a right-to-left letter (or mark)."""
    return unicodedata.bidirectional(text[at : at + 1] or " ") in _RIGHT_TO_LEFT


def first_strong(text: str) -> str:
    """The bidirectional class of the first letter that has a direction ("L", "R" or
    "AL"), "" for a text without one (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind
    return ""


def in_ui_direction(text: str) -> str:
    """A text put together in code (a name, a number, translated words, a core message;
    plain or rich) as it must start in the UI language's direction: right-to-left text that
    starts with a Latin name or a number gets a right-to-left mark, left-to-right text that
    starts with an Arabic name a left-to-right mark."""
    if not text:
        return text
    at = _after_opening_tags(text)
    if language(current_language()).right_to_left:
        return text if _starts_right(text, at) else text[:at] + RLM + text[at:]
    return text[:at] + LRM + text[at:] if first_strong(text[at:]) in _RIGHT_TO_LEFT else text


def _after_opening_tags(text: str) -> int:
    """Where the words of a rich text begin (0 for plain text): a mark before its first tag
    would make Qt take it for plain text."""
    found = _OPENING_TAGS.match(text)
    return found.end() if found else 0


class CatalogueTranslator(QTranslator):
    """Qt's translation hook answered from a core catalogue; in a right-to-left language
    each text starts in that direction (`in_direction`)."""

    def __init__(self, source: Catalogue, parent=None):
        super().__init__(parent)
        self._catalogue = source
        self._right_to_left = source.language.right_to_left

    def translate(self, context, sourceText, disambiguation=None, n=-1):  # noqa: N803 - Qt's names
        # None (a null QString) tells Qt "not translated here", so the English source shows.
        found = self._catalogue.find(context, sourceText, disambiguation, n)
        return None if found is None else in_direction(found, self._right_to_left)

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


def layout_direction(code: str):
    """The Qt.LayoutDirection of a language."""
    from PySide6.QtCore import Qt

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
    for room in _room_filters:  # only right-to-left windows pay for the filter
        app.removeEventFilter(room)
    _room_filters.clear()
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
        if app.isRightToLeft() != chosen.right_to_left:  # left to right needs no change
            app.setLayoutDirection(layout_direction(chosen.code))
        if chosen.right_to_left:
            _give_wrapped_text_room(app)


# Room beside wrapped right-to-left text: Qt lays a full Arabic line out a few pixels wider
# than the label, so the end of its last word (the leftmost, e.g. إلا) was cut off.
INK_ROOM = 3


class _WrappedTextRoom(QObject):
    """Gives each wrapped label shown from now on the ink room (once, when polished)."""

    def __init__(self, parent=None):
        from PySide6.QtCore import QEvent

        super().__init__(parent)
        self._polish = QEvent.Type.Polish

    def eventFilter(self, watched, event) -> bool:
        if event.type() == self._polish and isinstance(watched, QLabel):
            _room(watched)
        return False


def _room(label) -> None:
    if label.wordWrap() and label.contentsMargins().left() == 0:
        label.setContentsMargins(INK_ROOM, 0, INK_ROOM, 0)


def _give_wrapped_text_room(app) -> None:
    for widget in app.allWidgets():
        if isinstance(widget, QLabel):
            _room(widget)
    if not any(isinstance(f, _WrappedTextRoom) for f in _room_filters):
        room = _WrappedTextRoom(app)
        app.installEventFilter(room)
        _room_filters.append(room)


_room_filters: list[QObject] = []


def fill_language_choice(combo) -> None:
    """Every shipped language in a combo box, each by its own name, its code as the item's
    data: a person finds their language whatever language the window is in now."""
    from sleutelapp.language import LANGUAGES

    combo.clear()
    for lang in LANGUAGES:
        combo.addItem(lang.name, lang.code)
