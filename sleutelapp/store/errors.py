"""Known failures of the case file: each becomes one clear line for the user.

Anything else that goes wrong in the store is a bug and ends up in a crash report.
Every error carries a Dutch and an English message that says what happened and what to do.
"""

from __future__ import annotations


class CaseError(Exception):
    """A known, explainable problem with the case file or an operation on it."""

    code = "case_error"
    exit_code = 1
    offers_restore = False  # the GUI offers "restore from backup" for these

    def __init__(self, nl: str, en: str):
        super().__init__(en)
        self.nl = nl
        self.en = en

    def message(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


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
