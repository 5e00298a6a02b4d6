"""The languages Sleutelapp ships: adding one is its catalogue file and one line below."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

# Plural rules: the index of the plural form for a count, in the order Qt Linguist gives a
# language's forms in its .ts file (lupdate decides how many forms a language has).


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _zero_one_other(n: int) -> int:
    return 0 if n in (0, 1) else 1


def _single(n: int) -> int:
    return 0


def _arabic(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 >= 11:
        return 4
    return 5


class Language(NamedTuple):
    """A language the app speaks: its catalogue, direction, plural rule and review state.

    A named tuple rather than a frozen dataclass: as unchangeable, and made without the
    code generation a dataclass runs at import (~0.5 ms of every start)."""

    code: str  # ISO 639-1; stored in settings and in a newcomer's profile
    name: str  # as its own speakers write it
    dutch_name: str  # as the Dutch papers and the regisseur name it
    qt_locale: str  # the locale for dates, month names and numbers in the GUI
    right_to_left: bool
    plural: Callable[[int], int]
    reviewed: bool  # a native speaker has reviewed the whole catalogue
    source: bool = (
        False  # the texts in the code are in this language; its catalogue holds plurals only
    )


LANGUAGES: tuple[Language, ...] = (
    Language("nl", "Nederlands", "Nederlands", "nl_NL", False, _one_other, True),
    Language("en", "English", "Engels", "en_GB", False, _one_other, True, source=True),
    Language("ar", "العربية", "Arabisch", "ar_001", True, _arabic, False),
    Language("fa", "فارسی", "Perzisch (Farsi/Dari)", "fa_IR", True, _single, False),
    Language("tr", "Türkçe", "Turks", "tr_TR", False, _single, False),
    Language("ti", "ትግርኛ", "Tigrinya", "ti_ER", False, _zero_one_other, False),
)

DEFAULT = LANGUAGES[0]
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


def language(code: str | None) -> Language:
    """The language with this code; the default (Dutch) for a code the app does not ship,
    such as one written by a newer version."""
    return _BY_CODE.get(code or "", DEFAULT)


def is_shipped(code: str | None) -> bool:
    return (code or "") in _BY_CODE
