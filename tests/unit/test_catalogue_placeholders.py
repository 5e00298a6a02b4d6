"""Every finished translation keeps its source's placeholders: the same `{fields}` (with
their conversions and format specs) and `%n` in every plural form, so `.format()` and the
count never fail in one language only. Machine translations await review by native
speakers; a reviewer's typo must fail here, not in a key person's export."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from sleutelapp.language import LANGUAGES
from sleutelapp.language.catalogue import read_ts

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def fields(text: str) -> list[tuple[str, str | None, str]]:
    """The replacement fields of a str.format text, sorted; ValueError when it is broken."""
    return sorted(
        (name, conversion, spec or "")
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def problems(path: Path) -> list[str]:
    found = []
    for (context, source, _comment), translated in read_ts(path).items():
        forms = translated if isinstance(translated, tuple) else (translated,)
        try:
            wanted = fields(source)
        except ValueError:
            continue  # a source that is not a format text is never formatted
        for form in forms:
            try:
                got = fields(form)
            except ValueError as exc:
                found.append(f"{context}: {source!r}: broken braces in {form!r} ({exc})")
                continue
            if got != wanted:
                found.append(f"{context}: {source!r}: {form!r} has {got}, source {wanted}")
            if "%n" in source and "%n" not in form:
                found.append(f"{context}: {source!r}: {form!r} lacks %n")
    return found


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_every_translation_keeps_the_placeholders_of_its_source(code):
    path = TRANSLATIONS / f"sleutelapp_{code}.ts"
    assert path.is_file()
    found = problems(path)
    assert found == [], "\n".join(found[:30])


def test_a_broken_or_renamed_placeholder_is_found(tmp_path):
    path = tmp_path / "sleutelapp_ar.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context><name>Cli</name>
<message><source>Summary of {period} written</source>
  <translation>ملخص {الفترة}</translation></message>
<message><source>{0} of {1}</source><translation>{0} من {1</translation></message>
<message><source>Fine {0!r}</source><translation>حسن {0!r}</translation></message>
<message numerus="yes"><source>%n day(s)</source><translation>
  <numerusform>يوم</numerusform><numerusform>%n أيام</numerusform></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    found = problems(path)
    assert len(found) == 3, found
    assert any("الفترة" in f for f in found)
    assert any("broken braces" in f for f in found)
    assert any("lacks %n" in f for f in found)
