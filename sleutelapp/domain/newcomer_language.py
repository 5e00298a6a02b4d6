"""Which of the app's languages a newcomer's free-text "language(s)" names, if it clearly
names one: the rule that fills the language code of profiles written before it existed.

The free text stays as it was typed; the code is only filled in when the text names exactly
one shipped language ("Arabisch", "Arabic", "عربي", "Farsi", "Dari", "Türkçe", "Syrisch
Arabisch"). Two languages ("Tigrinya/Arabic"), a language the app does not ship
("Koerdisch"), or a word the rule does not know ("Arabisch, Koerdisch een beetje") leave it
empty: a wrong guess would print a newcomer's papers in a language they may not read.
"""

from __future__ import annotations

import re
import unicodedata

from sleutelapp.language.languages import LANGUAGES

# Names of each shipped language as key persons type them: Dutch, English, the language's
# own name (with the spellings of neighbouring scripts), and common transliterations.
# Written folded (see `_fold`): lower case, without accents and Arabic vowel marks.
# (code, names) pairs rather than a dict: the code is data here, not a choice of language.
NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("nl", ("nederlands", "dutch", "vlaams", "flemish", "hollands")),
    ("en", ("engels", "english", "ingilizce")),
    ("ar", (
        "arabisch", "arabic", "arabe", "arab", "arabi", "arapca", "arabisk",
        "عربي", "عربى", "عربية", "العربية", "العربيه", "عربی", "عربیه",
    )),
    ("fa", (
        "farsi", "perzisch", "persian", "persisch", "dari", "farsca", "parsi",
        "فارسی", "فارسي", "پارسی", "دری", "دري",
    )),
    ("tr", ("turks", "turkish", "turkce", "turkisch", "turkish language")),
    ("ti", ("tigrinya", "tigrinja", "tigrigna", "tigrinia", "tigrinisch", "ትግርኛ", "ትግሪኛ")),
)  # fmt: skip

# Words that may stand beside one language name without making the text unclear: where it
# is spoken, how well, "only", "mother tongue". Not a language on their own.
QUALIFIERS = frozenset(
    {
        "taal", "language", "alleen", "only", "moedertaal", "mother", "tongue", "native",
        "goed", "good", "well", "vloeiend", "fluent", "spreekt", "speaks",
        "syrisch", "syrian", "levantijns", "levantine", "egyptisch", "egyptian",
        "iraaks", "iraqi", "jemenitisch", "yemeni", "soedanees", "sudanese",
        "standaard", "standard", "modern", "iraans", "iranian", "afghaans", "afghan",
        "eritrees", "eritrean", "ethiopisch", "ethiopian",
    }
)  # fmt: skip

_BY_NAME = {name: code for code, names in NAMES for name in names}
_WORD = re.compile(r"[^\W\d_]+")
_SHIPPED = {lang.code for lang in LANGUAGES}


def _fold(text: str) -> str:
    """Lower case without accents or Arabic vowel marks, Arabic presentation forms as
    letters: "Türkçe" -> "turkce", "عَرَبِيّ" -> "عربي"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c != "\u0640")
    return unicodedata.normalize("NFC", kept)


def named_languages(text: str | None) -> tuple[set[str], set[str]]:
    """(codes of the shipped languages the text names, words it holds that are neither a
    language name nor a qualifier)."""
    words = _WORD.findall(_fold(text or ""))
    codes: set[str] = set()
    unknown: set[str] = set()
    skip = 0
    for index, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        pair = " ".join(words[index : index + 2])
        if pair in _BY_NAME:  # a two-word name ("turkish language")
            codes.add(_BY_NAME[pair])
            skip = 1
        elif word in _BY_NAME:
            codes.add(_BY_NAME[word])
        elif word not in QUALIFIERS:
            unknown.add(word)
    return codes, unknown


def code_from_text(text: str | None) -> str:
    """The code of the one shipped language the text clearly names, else ""."""
    codes, unknown = named_languages(text)
    if len(codes) != 1 or unknown:
        return ""
    (code,) = codes
    return code if code in _SHIPPED else ""
