"""What every command needs: paths, the UI language, the passphrase and error reporting."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from sleutelapp.paths import AppPaths, app_paths, program_name

PASSPHRASE_ENV = "SLEUTELAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SLEUTELAPP_NEW_PASSPHRASE"
LANGUAGE_ENV = "SLEUTELAPP_LANG"


class UsageError(Exception):
    """Wrong use of a command (exit 2)."""


def cli_language() -> str:
    """Dutch where the system speaks Dutch (or SLEUTELAPP_LANG=nl), English otherwise."""
    chosen = os.environ.get(LANGUAGE_ENV)
    if chosen in ("nl", "en"):
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


@dataclass
class CliContext:
    paths: AppPaths
    language: str

    @classmethod
    def from_args(cls, args) -> CliContext:
        return cls(paths=app_paths(getattr(args, "home", None)), language=cli_language())

    def say(self, nl: str, en: str) -> str:
        return en if self.language == "en" else nl

    def out(self, text: str) -> None:
        print(text)

    def out_json(self, value) -> None:
        import json

        json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")

    def error(self, text: str) -> None:
        print(f"{program_name()}: {text}", file=sys.stderr)

    def passphrase(
        self,
        *,
        env: str = PASSPHRASE_ENV,
        confirm: bool = False,
        prompt_nl: str = "Wachtzin: ",
        prompt_en: str = "Passphrase: ",
    ) -> str:
        value = os.environ.get(env)
        if value is not None:
            from sleutelapp.domain.model import is_valid_text

            if not is_valid_text(value):  # undecodable bytes arrive as lone surrogates
                raise UsageError(
                    self.say(
                        f"{env} is geen geldige UTF-8-tekst; zet de wachtzin opnieuw",
                        f"{env} is not valid UTF-8 text; set the passphrase again",
                    )
                )
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(
                self.say(
                    f"geen wachtzin: zet {env} of gebruik een terminal",
                    f"no passphrase: set {env} or use a terminal",
                )
            )
        import getpass

        first = getpass.getpass(self.say(prompt_nl, prompt_en))
        if confirm and getpass.getpass(self.say("Nog een keer: ", "Again: ")) != first:
            raise UsageError(
                self.say("de wachtzinnen zijn niet gelijk", "the passphrases do not match")
            )
        return first

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
            self.error(
                self.say(
                    "de schijf is vol; er is niets opgeslagen.",
                    "the disk is full; nothing was saved.",
                )
            )
            return 1
        if isinstance(exc, OSError) and exc.filename:
            self.error(
                self.say(
                    f"bestand niet te gebruiken: {exc.filename} ({exc.strerror})",
                    f"cannot use file: {exc.filename} ({exc.strerror})",
                )
            )
            return 1
        from sleutelapp import applog

        where = applog.log_crash(self.paths, exc)
        self.error(
            self.say(
                f"onverwachte fout ({type(exc).__name__}); een rapport zonder persoonsgegevens "
                f"staat in {where}",
                f"unexpected error ({type(exc).__name__}); a report without personal data was "
                f"written to {where}",
            )
        )
        return 1
