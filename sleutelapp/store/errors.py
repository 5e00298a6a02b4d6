"""Known failures of the case file: each becomes one clear line for the user.

Anything else that goes wrong in the store is a bug and ends up in a crash report.
Every error says what happened and what to do: its English text is marked for the
catalogue in the "CaseError" context where it is raised,
`raise DamagedFile(QT_TRANSLATE_NOOP("CaseError", "The case file {path} is damaged."), path=...)`,
and `message(language)` says it in a language; `str(error)` is the English.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sleutelapp.domain.phrase import SOURCE_LANGUAGE, Phrase, fill
from sleutelapp.language import Catalogue, catalogue

CONTEXT = "CaseError"  # the catalogue context of every case error's text


class CaseError(Exception):
    """A known, explainable problem with the case file or an operation on it."""

    code = "case_error"
    exit_code = 1
    offers_restore = False  # the GUI offers "restore from backup" for these

    def __init__(self, source: str, **args: Any):
        self.source = source
        self._values = MappingProxyType(dict(args))
        super().__init__(source)

    @property
    def args(self) -> Mapping[str, Any]:  # type: ignore[override]  # the text's values
        """The values put into the text (a mapping, unlike other exceptions' tuple)."""
        return self._values

    def message(self, language: str | None = None) -> str:
        """The text in `language` (Dutch when not given; English where the language's
        catalogue has no translation)."""
        return self.say(catalogue(language))

    def say(self, words: Catalogue) -> str:
        """The text from one catalogue; errors that put several texts together override it."""
        return fill(words, CONTEXT, self.source, self._values)

    def __str__(self) -> str:
        return self.say(catalogue(SOURCE_LANGUAGE))

    def __reduce__(self):
        return (_rebuild, (type(self), self.source, dict(self._values)))


def detail(source: str, **values: Any) -> Phrase:
    """A part of a case error's text (marked in the "CaseError" context), such as the reason
    after "Not written to {target}: "."""
    return Phrase(CONTEXT, source, values)


def _rebuild(cls: type[CaseError], source: str, values: dict[str, Any]) -> CaseError:
    error = cls.__new__(cls)
    CaseError.__init__(error, source, **values)
    return error


class NoCaseFile(CaseError):
    code = "no_case_file"


class CaseExists(CaseError):
    code = "case_exists"


class WrongPassphrase(CaseError):
    code = "wrong_passphrase"
    exit_code = 3


class UnreadableCaseFile(CaseError):
    """The case file exists but cannot be used as it is; never overwritten."""

    code = "unreadable"
    offers_restore = True


class EmptyCaseFile(UnreadableCaseFile):
    code = "empty_file"


class PlainSqliteFile(UnreadableCaseFile):
    code = "plain_sqlite"


class ForeignFile(UnreadableCaseFile):
    code = "foreign_file"


class DamagedFile(UnreadableCaseFile):
    code = "damaged_file"


class NewerSchema(UnreadableCaseFile):
    code = "newer_schema"
    offers_restore = False


class KeyFileProblem(UnreadableCaseFile):
    code = "key_file"


class DiskFull(CaseError):
    code = "disk_full"


class CaseLocked(CaseError):
    code = "locked"


class NotFound(CaseError):
    code = "not_found"


class Ambiguous(CaseError):
    code = "ambiguous"


class InvalidData(CaseError):
    """Input from outside (an import file, a form) breaks a rule; the message names the field."""

    code = "invalid_data"


class ChangedSinceOpened(CaseError):
    """A record was saved from elsewhere (another editor) after this editor opened it."""

    code = "changed"
