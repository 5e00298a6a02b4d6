"""A language's catalogue, read from its Qt Linguist .ts file without Qt."""

from __future__ import annotations

import functools
from pathlib import Path

from sleutelapp.language.languages import Language, language

Key = tuple[str, str, str]  # context, source, disambiguation


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark a text for the catalogue without translating it (module-level constants);
    translate it where it is shown with `catalogue(code).translate(context, text)`."""
    return source


class Catalogue:
    """The finished translations of one language; untranslated texts fall back to English."""

    def __init__(self, lang: Language, path: Path | None):
        self.language = lang
        self._path = path
        self._table: dict[Key, str | tuple[str, ...]] | None = None

    @property
    def code(self) -> str:
        return self.language.code

    def find(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None when this catalogue has none (Qt's translator contract)."""
        found = self._messages().get((context, source, disambiguation or ""))
        if found is None:
            return None
        if isinstance(found, tuple):
            index = self.language.plural(n if n >= 0 else 1)
            return found[min(index, len(found) - 1)]
        return found

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The text in this language, `%n` replaced by the count as Qt does."""
        text = self.find(context, source, disambiguation, n)
        if text is None:
            text = source
        return text.replace("%n", str(n)) if n >= 0 else text

    def _messages(self) -> dict[Key, str | tuple[str, ...]]:
        if self._table is None:
            self._table = read_ts(self._path) if self._path is not None else {}
        return self._table


def read_ts(path: Path) -> dict[Key, str | tuple[str, ...]]:
    """Finished messages of a .ts file; unfinished, vanished and obsolete ones are left out,
    as lrelease does."""
    import xml.etree.ElementTree as ET

    table: dict[Key, str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    table[key] = forms
            elif translation.text:
                table[key] = translation.text
    return table


def catalogue_path(code: str) -> Path | None:
    from sleutelapp.paths import resource

    try:
        return resource("translations", f"sleutelapp_{code}.ts")
    except FileNotFoundError:
        return None


def catalogue(code: str | None) -> Catalogue:
    """The catalogue of a language code (the default language for a code not shipped);
    read from disk on its first use."""
    return _catalogue_of(language(code).code)


@functools.cache
def _catalogue_of(code: str) -> Catalogue:
    return Catalogue(language(code), catalogue_path(code))
