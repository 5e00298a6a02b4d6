"""A language's catalogue, read from its Qt Linguist .ts file without Qt.

A catalogue reads its file on its first use and parses each context (a form, a dialog) on
the first lookup in it: a start shows one page, and parsing the whole ~300 KB file (with
xml.etree's imports) cost ~10 ms of it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from sleutelapp.language.languages import Language, language

Key = tuple[str, str, str]  # context, source, disambiguation
Message = str | tuple[str, ...]  # a translation, or its plural forms


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark a text for the catalogue without translating it (module-level constants);
    translate it where it is shown with `catalogue(code).translate(context, text)`."""
    return source


class Catalogue:
    """The finished translations of one language; untranslated texts fall back to English."""

    def __init__(self, lang: Language, path: Path | None):
        self.language = lang
        self._path = path
        self._file: TsText | None = None

    @property
    def code(self) -> str:
        return self.language.code

    def find(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None when this catalogue has none (Qt's translator contract)."""
        found = self._context(context).get((source, disambiguation or ""))
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

    def decimal(self, value: float, places: int = 1) -> str:
        """A number with `places` decimals, written with this language's decimal mark
        (0,6 in Dutch, 0.6 in English)."""
        mark = self.translate("Number", ".", "the decimal mark, as in 0.6")
        return f"{value:.{places}f}".replace(".", mark)

    def _context(self, name: str) -> dict[tuple[str, str], Message]:
        text = self._text()
        return text.context(name) if text is not None else {}

    def _text(self) -> TsText | None:
        if self._file is None and self._path is not None:
            self._file = TsText(self._path.read_bytes())
        return self._file

    def _messages(self) -> dict[Key, Message]:
        """Every finished message, all contexts read (for checks over a whole catalogue)."""
        text = self._text()
        return text.messages() if text is not None else {}


class TsText:
    """The text of a .ts file (UTF-8, as Qt Linguist writes it), each context parsed on its
    first lookup: kept as bytes, so only the contexts looked up are ever decoded."""

    def __init__(self, text: bytes):
        self._text = text
        self._blocks: dict[str, list[tuple[int, int]]] = {}
        self._parsed: dict[str, dict[tuple[str, str], Message]] = {}
        for start, end in _context_spans(text):
            self._blocks.setdefault(_context_name(text, start, end), []).append((start, end))

    def messages(self) -> dict[Key, Message]:
        """Every context's messages, by (context, source, disambiguation)."""
        return {
            (name, source, comment): message
            for name in self._blocks
            for (source, comment), message in self.context(name).items()
        }

    def context(self, name: str) -> dict[tuple[str, str], Message]:
        """(source, disambiguation) -> the finished translation of that context."""
        messages = self._parsed.get(name)
        if messages is None:
            messages = {}
            for start, end in self._blocks.get(name, ()):
                messages.update(_read_context(self._text[start:end])[1])
            self._parsed[name] = messages
        return messages


def read_ts(path: Path) -> dict[Key, Message]:
    """Finished messages of a .ts file; unfinished, vanished and obsolete ones are left out,
    as lrelease does."""
    return TsText(path.read_bytes()).messages()


class _Element:
    """An open element while a context is read: its text (before its first child, as
    ElementTree's `.text`) and, for a message, the parts found in it."""

    __slots__ = ("attributes", "forms", "has_child", "parts", "tag", "text")

    def __init__(self, tag: str, attributes: dict[str, str]):
        self.tag = tag
        self.attributes = attributes
        self.text: list[str] = []
        self.has_child = False
        self.parts: dict[str, _Element] = {}  # source, comment, translation: the first of each
        self.forms: list[str] = []  # a translation's numerus forms


def _read_context(block: bytes) -> tuple[str, dict[tuple[str, str], Message]]:
    """The name and the finished messages of one `<context>` element (with expat: the
    imports of xml.etree would cost a start ~2 ms more)."""
    from xml.parsers import expat

    messages: dict[tuple[str, str], Message] = {}
    names: list[str] = []
    open_elements: list[_Element] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if open_elements:
            open_elements[-1].has_child = True
        open_elements.append(_Element(tag, attributes))

    def text(data: str) -> None:
        if open_elements and not open_elements[-1].has_child:
            open_elements[-1].text.append(data)

    def end(tag: str) -> None:
        element = open_elements.pop()
        parent = open_elements[-1] if open_elements else None
        if parent is not None and parent.tag == "message" and tag in _MESSAGE_PARTS:
            parent.parts.setdefault(tag, element)
        elif tag == "numerusform":
            translation = next((e for e in reversed(open_elements) if e.tag == "translation"), None)
            if translation is not None:
                translation.forms.append("".join(element.text))
        elif tag == "name" and parent is not None and parent.tag == "context" and not names:
            names.append("".join(element.text))
        if tag == "message":
            _finish(element, messages)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.Parse(block, True)
    return (names[0] if names else ""), messages


_MESSAGE_PARTS = ("source", "comment", "translation")


def _finish(message: _Element, messages: dict[tuple[str, str], Message]) -> None:
    translation = message.parts.get("translation")
    if translation is None or translation.attributes.get("type"):
        return  # unfinished, vanished or obsolete
    source, comment = (
        "".join(message.parts[p].text) if p in message.parts else "" for p in _MESSAGE_PARTS[:2]
    )
    if message.attributes.get("numerus") == "yes":
        forms = tuple(translation.forms)
        if forms and all(forms):
            messages[source, comment] = forms
    else:
        text = "".join(translation.text)
        if text:
            messages[source, comment] = text


def _context_spans(text: bytes):
    """Where each `<context>` element starts and ends (plain string search: a regular
    expression over the whole file is slower, and its compiling costs a start too)."""
    start = text.find(b"<context")
    while start >= 0:
        after = text[start + 8 : start + 9]
        if not (after == b">" or after.isspace()):  # another tag that starts so
            start = text.find(b"<context", start + 8)
            continue
        end = text.find(b"</context>", start)
        if end < 0:  # a cut-off file: what is complete stays readable
            return
        end += len(b"</context>")
        yield start, end
        start = text.find(b"<context", end)


def _context_name(text: bytes, start: int, end: int) -> str:
    """The name of the context at start (its first child, as lupdate writes it)."""
    begin = text.find(b">", start, end) + 1
    while begin < end and text[begin : begin + 1].isspace():
        begin += 1
    if text.startswith(b"<name>", begin):
        close = text.find(b"</name>", begin, end)
        raw = text[begin + len(b"<name>") : close]
        if close >= 0 and b"<" not in raw and b"&" not in raw:
            return raw.decode("utf-8")
    return _read_context(text[start:end])[0]  # anything else: the XML parser says


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
