"""The newcomer's language code from the free-text "language(s)" of older profiles."""

from __future__ import annotations

import pytest

from sleutelapp.domain.newcomer_language import NAMES, code_from_text
from sleutelapp.language.languages import LANGUAGES


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Arabisch", "ar"),
        ("Arabic", "ar"),
        ("عربي", "ar"),
        ("العربية", "ar"),
        ("  arabisch  ", "ar"),
        ("Syrisch Arabisch", "ar"),
        ("Arabisch (alleen)", "ar"),
        ("عَرَبِيّ", "ar"),
        ("Tigrinya", "ti"),
        ("ትግርኛ", "ti"),
        ("Farsi", "fa"),
        ("Perzisch", "fa"),
        ("Dari", "fa"),
        ("فارسی", "fa"),
        ("Turks", "tr"),
        ("Türkçe", "tr"),
        ("TÜRKÇE", "tr"),
        ("Nederlands", "nl"),
        ("English", "en"),
    ],
)
def test_a_text_that_clearly_names_one_shipped_language_gives_its_code(text, code):
    assert code_from_text(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "   ",
        "Tigrinya/Arabic",
        "Arabisch, Nederlands",
        "Farsi en Dari en Engels",  # Engels is a second language
        "Koerdisch",  # not a language the app ships
        "Arabisch, Koerdisch een beetje",
        "Somali",
        "Marokkaans",  # Darija or Tamazight: not clear
        "Amhaars",
        "ar",  # a code is not a name
        "Arabisch?? 123 misschien",
    ],
)
def test_a_text_that_is_not_clear_leaves_the_code_empty(text):
    assert code_from_text(text) == ""


def test_every_name_belongs_to_a_shipped_language():
    shipped = {lang.code for lang in LANGUAGES}
    assert {code for code, _names in NAMES} <= shipped
    # The names a profile shows in the combo are recognised too.
    for lang in LANGUAGES:
        assert code_from_text(lang.name) == lang.code, lang.name
