"""Arrows in the texts point the way the window reads: `< Previous` and `Next >` keep the
arrow at the start and the end of the text in every catalogue, so the bidirectional
algorithm mirrors them in Arabic and Persian and they point outward there too."""

from __future__ import annotations

import pytest

from sleutelapp.language import LANGUAGES, catalogue

ARROWS = "<>‹›«»"


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES if not lang.source])
def test_an_arrow_stays_at_the_start_or_end_of_its_text(code):
    wrong = []
    for (context, source, _comment), text in catalogue(code)._messages().items():
        if isinstance(text, tuple):
            continue
        plain = text.replace("&", "").strip()
        for char in ARROWS:
            if source.startswith(char) and not plain.startswith(char):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if source.endswith(char) and not plain.endswith(char):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []
