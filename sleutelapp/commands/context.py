"""What every command needs: paths, the language, the passphrase and error reporting.

Every text a command shows comes from the catalogue of the command line's language,
written so that `make translations` extracts it:
`ctx.text.translate("Cli", "English {path}").format(path=...)`, a count as the 4th
argument (`ctx.text.translate("Cli", "%n newcomer(s) erased.", None, n)`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sleutelapp.language import LANGUAGES, Catalogue, catalogue
from sleutelapp.language.languages import is_shipped
from sleutelapp.paths import AppPaths, app_paths, program_name

PASSPHRASE_ENV = "SLEUTELAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SLEUTELAPP_NEW_PASSPHRASE"
LANGUAGE_ENV = "SLEUTELAPP_LANG"
# Where the system names its language, in POSIX order: the first one set decides.
LOCALE_ENVS = ("LC_ALL", "LC_MESSAGES", "LANG")
# The language of the texts in the code (English): spoken where no shipped language is asked.
SOURCE_LANGUAGE = next(lang for lang in LANGUAGES if lang.source)


class UsageError(Exception):
    """Wrong use of a command (exit 2)."""


def shipped_language(value: str) -> str | None:
    """The shipped language that a code or locale names ("ar", "ar_SY.UTF-8", "fa-IR" name
    ar and fa), or None."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if is_shipped(code) else None


def cli_language() -> str:
    """The code of the command line's language: SLEUTELAPP_LANG when it names a shipped
    language; otherwise the system's (LC_ALL, LC_MESSAGES or LANG, the first one set) when
    the app ships it; otherwise English."""
    chosen = shipped_language(os.environ.get(LANGUAGE_ENV, ""))
    if chosen is not None:
        return chosen
    for var in LOCALE_ENVS:
        value = os.environ.get(var, "")
        if value:
            return shipped_language(value) or SOURCE_LANGUAGE.code
    return SOURCE_LANGUAGE.code


class CliContext:
    """The paths and the language of one command (a plain class: a dataclass costs every
    start its code generation, ~0.5 ms)."""

    def __init__(self, paths: AppPaths, language: str):
        self.paths = paths
        self.language = language

    @classmethod
    def from_args(cls, args) -> CliContext:
        return cls(paths=app_paths(getattr(args, "home", None)), language=cli_language())

    @property
    def text(self) -> Catalogue:
        """The catalogue of the command line's language (read on its first use)."""
        return catalogue(self.language)

    def out(self, text: str) -> None:
        print(text)

    def out_json(self, value) -> None:
        import json

        json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")

    def error(self, text: str) -> None:
        print(f"{program_name()}: {text}", file=sys.stderr)

    def agrees(self, answer: str) -> bool:
        """True when a person answered yes to a "[y/N]" question: "y" or "yes", or the
        words of the command line's language."""
        said = answer.strip().lower()
        words = {
            "y",
            "yes",
            self.text.translate("Cli", "y", "the answer yes to a [y/N] question"),
            self.text.translate("Cli", "yes", "the answer yes to a [y/N] question"),
        }
        return bool(said) and said in {w.lower() for w in words}

    def passphrase(
        self, *, env: str = PASSPHRASE_ENV, confirm: bool = False, prompt: str | None = None
    ) -> str:
        """The passphrase from `env`, or asked on the terminal with `prompt` (translated)."""
        value = os.environ.get(env)
        if value is not None:
            from sleutelapp.domain.model import is_valid_text

            if not is_valid_text(value):  # undecodable bytes arrive as lone surrogates
                raise UsageError(
                    self.text.translate(
                        "Cli", "{env} is not valid UTF-8 text; set the passphrase again"
                    ).format(env=env)
                )
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(
                self.text.translate("Cli", "no passphrase: set {env} or use a terminal").format(
                    env=env
                )
            )
        import getpass

        first = getpass.getpass(prompt or self.text.translate("Cli", "Passphrase: "))
        if confirm and getpass.getpass(self.text.translate("Cli", "Again: ")) != first:
            raise UsageError(self.text.translate("Cli", "the passphrases do not match"))
        return first

    def refuse_weak_passphrase(self, passphrase: str) -> None:
        """A usage error when a new passphrase is too weak (domain/passphrase.py says why)."""
        from sleutelapp.domain.passphrase import check_new_passphrase

        problem = check_new_passphrase(passphrase, self.language)
        if problem:
            raise UsageError(problem)

    def output_file(self, value: str) -> Path:
        """The file a command is to write; a usage error when its folder does not exist."""
        output = Path(value)
        if not output.parent.is_dir():
            raise UsageError(
                self.text.translate("Cli", "the folder {folder} does not exist").format(
                    folder=output.parent
                )
            )
        return output

    def paper_language(self, code: str | None) -> str | None:
        """A `--language` the app ships (or None: not given); a usage error otherwise."""
        if code is not None and not is_shipped(code):
            codes = ", ".join(lang.code for lang in LANGUAGES)
            raise UsageError(
                self.text.translate(
                    "Cli", "--language: unknown language {0!r}; choose one of {1}"
                ).format(code, codes)
            )
        return code

    def open_case(self):
        from sleutelapp.store.case import Case

        return Case.open(self.paths, self.passphrase())

    def fail(self, exc: BaseException) -> int:
        """One clear line for known errors; a short line plus a log entry for bugs."""
        from sleutelapp.store.errors import CaseError

        if isinstance(exc, CaseError):
            self.error(exc.message(self.language))
            return exc.exit_code
        from sleutelapp.store.connection import is_write_refused

        if isinstance(exc, OSError) and is_write_refused(exc):
            self.error(self.text.translate("Cli", "the disk is full; nothing was saved."))
            return 1
        if isinstance(exc, OSError) and exc.filename:
            self.error(
                self.text.translate("Cli", "cannot use file: {file} ({reason})").format(
                    file=exc.filename, reason=exc.strerror
                )
            )
            return 1
        from sleutelapp import applog

        where = applog.log_crash(self.paths, exc)
        self.error(
            self.text.translate(
                "Cli",
                "unexpected error ({error}); a report without personal data was written to {where}",
            ).format(error=type(exc).__name__, where=where)
        )
        return 1
