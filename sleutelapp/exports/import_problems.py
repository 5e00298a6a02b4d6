"""The problems of a refused import file, each with its path such as `newcomers[1].entries[2].date`.

An import is refused as a whole; the refusal lists every problem found (schema and domain
rules alike), up to `MAX_LISTED`, so the key person can fix the file in one go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sleutelapp.store.errors import InvalidData

MAX_LISTED = 50
_RECORD_LISTS = ("consents", "entries")
_VALUE_CHARS = 60

_TYPE_WORDS = {
    "string": ("tekst", "text"),
    "number": ("een getal", "a number"),
    "integer": ("een heel getal", "a whole number"),
    "boolean": ("true of false", "true or false"),
    "array": ("een lijst", "a list"),
    "object": ("een object", "an object"),
    "null": ("null", "null"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an import file: where (the parts of a path into the document) and
    what, in Dutch and English."""

    parts: tuple
    nl: str
    en: str

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

    def line(self, language: str = "nl") -> str:
        text = self.en if language == "en" else self.nl
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
        super().__init__(self._text("nl"), self._text("en"))

    @property
    def more(self) -> int:
        """How many problems were found beyond the ones listed."""
        return self.total - len(self.problems)

    def headline(self, language: str = "nl") -> str:
        if language == "en":
            count = "1 problem" if self.total == 1 else f"{self.total} problems"
            return f"Import refused, nothing was changed: {count} in the file."
        count = "1 probleem" if self.total == 1 else f"{self.total} problemen"
        return f"Import geweigerd, er is niets veranderd: {count} in het bestand."

    def lines(self, language: str = "nl") -> list[str]:
        """One line per listed problem, plus a last line for those not listed."""
        lines = [p.line(language) for p in self.problems]
        if self.more:
            lines.append(f"… and {self.more} more" if language == "en" else f"… en nog {self.more}")
        return lines

    def _text(self, language: str) -> str:
        if self.total == 1:
            prefix = (
                "Import refused, nothing was changed"
                if language == "en"
                else "Import geweigerd, er is niets veranderd"
            )
            return f"{prefix}: {self.problems[0].line(language)}"
        return "\n".join([self.headline(language), *self.lines(language)])


def refused(nl: str, en: str) -> ImportRefused:
    """A refusal for one problem that stops the check (the file cannot be read at all)."""
    return ImportRefused([Problem((), nl, en)])


# The Dutch words of the domain rules' refusals (domain/model.py, entry_needs.py,
# date_rules.py), which say them in English; one the table lacks is shown in English.
_DOMAIN_DUTCH = {
    "is required": "ontbreekt",
    "is before given_on": "ligt vóór given_on",
    "is required when the status is closed": "nodig bij een afgesloten nieuwkomer",
    "must be empty while the status is active": "moet leeg zijn bij een actieve nieuwkomer",
    "lies in the future": "ligt in de toekomst",
    "a note needs text": "een notitie heeft tekst nodig",
    "a task needs a description of what to do": (
        "een taak heeft een omschrijving nodig van wat er moet gebeuren"
    ),
    "an activity needs hours above 0": "een activiteit heeft uren nodig (meer dan 0)",
}
_DATE_LIMIT = re.compile(r"is (before|after) (\d{4}-\d{2}-\d{2})")


def domain_dutch(problem: str) -> str:
    """Dutch words for a domain rule's English refusal (the English itself when unknown)."""
    limit = _DATE_LIMIT.fullmatch(problem)
    if limit:
        return f"ligt {'vóór' if limit[1] == 'before' else 'na'} {limit[2]}"
    return _DOMAIN_DUTCH.get(problem, problem)


def _value(instance) -> str:
    text = repr(instance)
    return text if len(text) <= _VALUE_CHARS else text[:_VALUE_CHARS] + "…"


def _type_words(expected) -> tuple[str, str]:
    names = expected if isinstance(expected, list) else [expected]
    words = [_TYPE_WORDS.get(n, (n, n)) for n in names]
    return " of ".join(w[0] for w in words), " or ".join(w[1] for w in words)


def _message(error) -> tuple[str, str]:
    """Dutch and English words for one jsonschema error (the schema may say them itself)."""
    own = error.schema.get("x-problem") if isinstance(error.schema, dict) else None
    if isinstance(own, dict) and "nl" in own and "en" in own:
        return own["nl"], own["en"]
    kind, value = error.validator, error.validator_value
    if kind == "type":
        nl, en = _type_words(value)
        return f"moet {nl} zijn", f"must be {en}"
    if kind in ("enum", "const"):
        shown = _value(error.instance)
        return f"onbekende waarde {shown}", f"unknown value {shown}"
    if kind == "maxLength":
        return f"te lang (hoogstens {value} tekens)", f"too long (at most {value} characters)"
    if kind == "minLength":
        return "mag niet leeg zijn", "must not be empty"
    if kind == "minimum":
        return f"moet minstens {value} zijn", f"must be at least {value}"
    if kind == "exclusiveMinimum":
        return f"moet meer dan {value} zijn", f"must be more than {value}"
    if kind == "maximum":
        return f"mag hoogstens {value} zijn", f"must be at most {value}"
    if kind == "maxItems":
        return f"te veel items (hoogstens {value})", f"too many items (at most {value})"
    if kind == "uniqueItems":
        return "bevat een waarde twee keer", "holds a value twice"
    if kind == "additionalProperties":
        return "onbekend veld", "unknown field"
    message = error.message if len(error.message) < 200 else error.message[:200] + "…"
    return message, message


def schema_problems(errors) -> list[Problem]:
    """Problems of jsonschema errors, in document order, a missing field named in the path."""
    found: dict[tuple, Problem] = {}
    for error in errors:
        parts = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            nl, en = _message(error)
            if (nl, en) == (error.message, error.message):
                nl, en = "ontbreekt", "is missing"
            for name in error.validator_value:
                if name not in error.instance:
                    key = (*parts, name)
                    found.setdefault(key, Problem(key, nl, en))
            continue
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for name in sorted(set(error.instance) - allowed):
                key = (*parts, name)
                found.setdefault(key, Problem(key, "onbekend veld", "unknown field"))
            continue
        nl, en = _message(error)
        key = tuple(parts)
        found.setdefault(key, Problem(key, nl, en))
    return list(found.values())
