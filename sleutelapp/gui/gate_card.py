"""The card that the pages before the work share: a centred column of fixed width, as tall
as its wrapped text needs, with a large title and an error line in the error colour.

Light on purpose: the start window's pages (unlock_page.py, first_start_page.py) use it
before their first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont

from sleutelapp.gui.i18n import INK_ROOM, in_ui_direction

_TITLE_POINTS = 20
_ERROR_COLOUR = "#b3261e"
CARD_WIDTH = 500

# A message on a page: a text, or a function that makes it in the UI language of the moment,
# so a message on screen follows a language switch (a text stays as it was given).
Message = str | Callable[[], str]


def message_text(message: Message | None) -> str:
    return in_ui_direction((message() if callable(message) else message) or "")


def style_title(label) -> None:
    """Large and semibold. A font, not a style sheet: the first style sheet of a start
    costs the unlock page ~1.5 ms (Qt builds its style-sheet style)."""
    font = label.font()
    font.setPointSize(_TITLE_POINTS)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def style_error(label) -> None:
    # Imported here: the unlock page styles its error label when it first says something
    # (PySide makes each Qt class with all its enums on first use, ~0.4 ms for these two).
    from PySide6.QtGui import QColor, QPalette

    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_ERROR_COLOUR))
    label.setPalette(palette)


def fix_card_width(card, wrapped_labels) -> None:
    """The card at its fixed width in every language; its wrapped labels get room for the
    ink of their last letters. The labels are named, not found: PySide makes a Python type
    (with all its enums) for every kind of child a search meets, ~2.5 ms on the first-start
    page for the insides of its language list."""
    card.setFixedWidth(CARD_WIDTH)
    for label in wrapped_labels:
        label.setContentsMargins(INK_ROOM, 0, INK_ROOM, 0)


def fit_card_height(card) -> None:
    """Make a card centred by an alignment flag as tall as its wrapped text needs at its
    fixed width.

    An aligned item gets its size hint, and wrapped labels compute that hint for another
    width than they get, so lines were clipped; this asks the layout for the height at the
    real width. (A card centred between spacers gets the height its text needs from its
    row: the first-start page needs none of this.)"""
    needed = card.layout().totalHeightForWidth(CARD_WIDTH)
    if needed != card.minimumHeight():
        card.setMinimumHeight(needed)


def fit_card_height_soon(card) -> None:
    """`fit_card_height` in the next turn: after the layout has taken in a change of text
    or style (its cache is stale until then)."""
    QTimer.singleShot(0, card, lambda: fit_card_height(card))
