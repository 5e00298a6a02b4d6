"""A marked text with the values to put into it, said later in its reader's language.

The core builds its messages (errors, refusals, their details) before it knows who reads
them; a `Phrase` keeps the English source, marked for the catalogue where it is written,
and its values. A value that is itself a Phrase is said in the same language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sleutelapp.language import LANGUAGES, Catalogue, catalogue

# The language the texts are written in (English): what str() of a phrase says.
SOURCE_LANGUAGE = next(lang.code for lang in LANGUAGES if lang.source)


@dataclass(frozen=True)
class Phrase:
    """`source` (marked with QT_TRANSLATE_NOOP(context, ...)) and its {named} values."""

    context: str
    source: str
    values: Mapping[str, Any] = field(default_factory=dict)
    n: int = -1  # the count of a plural text ("%n newcomer(s)"), else -1

    def say(self, words: Catalogue) -> str:
        return fill(words, self.context, self.source, self.values, self.n)

    def __str__(self) -> str:
        return self.say(catalogue(SOURCE_LANGUAGE))


def fill(
    words: Catalogue, context: str, source: str, values: Mapping[str, Any], n: int = -1
) -> str:
    """The translation of `source` with its {named} places filled (nested phrases said in
    the same catalogue); the English when a translation names a place that does not exist,
    so a translator's slip never hides the message."""
    said = {k: v.say(words) if isinstance(v, Phrase) else v for k, v in values.items()}
    try:
        return words.translate(context, source, None, n).format(**said)
    except (KeyError, IndexError, ValueError):
        return (source.replace("%n", str(n)) if n >= 0 else source).format(**said)


class _Later:
    """`later.translate(context, "%n newcomer(s) ...", None, n, **values)`: a plural Phrase,
    written as a translate call so that the extractor marks its text as a plural one."""

    @staticmethod
    def translate(
        context: str, source: str, disambiguation: str | None = None, n: int = -1, **values: Any
    ) -> Phrase:
        return Phrase(context, source, values, n)


later = _Later()
