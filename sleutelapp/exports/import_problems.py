"""The problems of a refused import file, each with its path such as `newcomers[1].entries[2].date`.

An import is refused as a whole; the refusal lists every problem found (schema and domain
rules alike), up to `MAX_LISTED`, so the key person can fix the file in one go.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleutelapp.domain.phrase import Phrase
from sleutelapp.language import QT_TRANSLATE_NOOP, Catalogue, catalogue
from sleutelapp.store.errors import CONTEXT, InvalidData, detail

MAX_LISTED = 50
_RECORD_LISTS = ("consents", "entries")
_VALUE_CHARS = 60

_TYPE_WORDS = {
    "string": QT_TRANSLATE_NOOP("CaseError", "text"),
    "number": QT_TRANSLATE_NOOP("CaseError", "a number"),
    "integer": QT_TRANSLATE_NOOP("CaseError", "a whole number"),
    "boolean": QT_TRANSLATE_NOOP("CaseError", "true or false"),
    "array": QT_TRANSLATE_NOOP("CaseError", "a list"),
    "object": QT_TRANSLATE_NOOP("CaseError", "an object"),
    "null": "null",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an import file: where (the parts of a path into the document) and
    what (a Phrase, said in the reader's language)."""

    parts: tuple
    what: Phrase | str

    @property
    def path(self) -> str:
        return path_text(self.parts)

    def sort_key(self) -> tuple:
        """Document order: indexes as numbers, a record's own fields by name before its
        lists of records (consents, entries); a parent before its children."""
        return tuple(
            (0, p, "") if isinstance(p, int) else (2 if p in _RECORD_LISTS else 1, 0, str(p))
            for p in self.parts
        )

    def say(self, words: Catalogue) -> str:
        text = self.what.say(words) if isinstance(self.what, Phrase) else self.what
        return f"{self.path}: {text}" if self.parts else text


def path_text(parts) -> str:
    """`["newcomers", 1, "entries", 2, "date"]` -> `newcomers[1].entries[2].date`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


class ImportRefused(InvalidData):
    """An import file that is refused, nothing written; `problems` lists what is wrong."""

    code = "import_refused"

    def __init__(self, problems: list[Problem], total: int | None = None):
        problems = sorted(problems, key=Problem.sort_key)
        self.problems = problems[:MAX_LISTED]
        self.total = max(total or 0, len(problems))
        super().__init__(
            QT_TRANSLATE_NOOP("CaseError", "Import refused, nothing was changed: {problem}")
        )

    @property
    def more(self) -> int:
        """How many problems were found beyond the ones listed."""
        return self.total - len(self.problems)

    def headline(self, language: str | None = None) -> str:
        return self._headline(catalogue(language))

    def lines(self, language: str | None = None) -> list[str]:
        """One line per listed problem, plus a last line for those not listed."""
        return self._lines(catalogue(language))

    def _headline(self, words: Catalogue) -> str:
        return words.translate(
            "CaseError",
            "Import refused, nothing was changed: %n problem(s) in the file.",
            None,
            self.total,
        )

    def _lines(self, words: Catalogue) -> list[str]:
        lines = [p.say(words) for p in self.problems]
        if self.more:
            lines.append(words.translate("CaseError", "… and {more} more").format(more=self.more))
        return lines

    def say(self, words: Catalogue) -> str:
        if self.total == 1:
            return words.translate(CONTEXT, self.source).format(problem=self.problems[0].say(words))
        return "\n".join([self._headline(words), *self._lines(words)])


def refused(reason: Phrase) -> ImportRefused:
    """A refusal for one problem that stops the check (the file cannot be read at all)."""
    return ImportRefused([Problem((), reason)])


# The schema's own words (x-problem in resources/schema/sleutelapp-data.v1.json, "en").
_SCHEMA_PROBLEMS = (
    QT_TRANSLATE_NOOP("CaseError", "not a valid id (a lower-case UUID)"),
    QT_TRANSLATE_NOOP("CaseError", "not a valid date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("CaseError", "not a valid date (YYYY-MM-DD or null)"),
    QT_TRANSLATE_NOOP("CaseError", "only contacts have topics"),
)


def _value(instance) -> str:
    text = repr(instance)
    return text if len(text) <= _VALUE_CHARS else text[:_VALUE_CHARS] + "…"


def _type_words(expected) -> Phrase | str:
    names = expected if isinstance(expected, list) else [expected]
    words: list[Phrase | str] = [detail(_TYPE_WORDS[n]) if n in _TYPE_WORDS else n for n in names]
    joined = words[0]
    for word in words[1:]:
        joined = detail(QT_TRANSLATE_NOOP("CaseError", "{one} or {other}"), one=joined, other=word)
    return joined


def _message(error) -> Phrase:
    """The words for one jsonschema error (the schema may say them itself)."""
    own = error.schema.get("x-problem") if isinstance(error.schema, dict) else None
    if isinstance(own, dict) and isinstance(own.get("en"), str):
        return detail(own["en"].replace("{", "{{").replace("}", "}}"))
    kind, value = error.validator, error.validator_value
    if kind == "type":
        return detail(QT_TRANSLATE_NOOP("CaseError", "must be {type}"), type=_type_words(value))
    if kind in ("enum", "const"):
        shown = _value(error.instance)
        return detail(QT_TRANSLATE_NOOP("CaseError", "unknown value {value}"), value=shown)
    if kind == "maxLength":
        return detail(
            QT_TRANSLATE_NOOP("CaseError", "too long (at most {limit} characters)"), limit=value
        )
    if kind == "minLength":
        return detail(QT_TRANSLATE_NOOP("CaseError", "must not be empty"))
    if kind == "minimum":
        return detail(QT_TRANSLATE_NOOP("CaseError", "must be at least {limit}"), limit=value)
    if kind == "exclusiveMinimum":
        return detail(QT_TRANSLATE_NOOP("CaseError", "must be more than {limit}"), limit=value)
    if kind == "maximum":
        return detail(QT_TRANSLATE_NOOP("CaseError", "must be at most {limit}"), limit=value)
    if kind == "maxItems":
        return detail(
            QT_TRANSLATE_NOOP("CaseError", "too many items (at most {limit})"), limit=value
        )
    if kind == "uniqueItems":
        return detail(QT_TRANSLATE_NOOP("CaseError", "holds a value twice"))
    if kind == "additionalProperties":
        return detail(QT_TRANSLATE_NOOP("CaseError", "unknown field"))
    message = error.message if len(error.message) < 200 else error.message[:200] + "…"
    return detail("{message}", message=message)


def schema_problems(errors) -> list[Problem]:
    """Problems of jsonschema errors, in document order, a missing field named in the path."""
    found: dict[tuple, Problem] = {}
    for error in errors:
        parts = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            what = detail(QT_TRANSLATE_NOOP("CaseError", "is missing"))
            own = _message(error)
            if own.source != "{message}":
                what = own
            for name in error.validator_value:
                if name not in error.instance:
                    key = (*parts, name)
                    found.setdefault(key, Problem(key, what))
            continue
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for name in sorted(set(error.instance) - allowed):
                key = (*parts, name)
                found.setdefault(
                    key, Problem(key, detail(QT_TRANSLATE_NOOP("CaseError", "unknown field")))
                )
            continue
        key = tuple(parts)
        found.setdefault(key, Problem(key, _message(error)))
    return list(found.values())
