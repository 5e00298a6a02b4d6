"""The command line of design.md §8: `sleutelapp [--home DIR] [COMMAND]`.

Each command lives in `sleutelapp/commands/<name>.py` with `HELP`, `add_arguments(parser)`
and `run(args, ctx) -> int`; heavy imports happen inside `run`. Errors print one clear line
on stderr: exit 1 for errors, 2 for usage, 3 for a wrong passphrase.
"""

from __future__ import annotations

import importlib
import sys

from sleutelapp.commands.context import CliContext, UsageError, cli_language
from sleutelapp.language import QT_TRANSLATE_NOOP, Catalogue, catalogue
from sleutelapp.paths import program_name

# Command name -> module under sleutelapp.commands (module names cannot contain "-").
COMMANDS = {
    "gui": "gui",
    "init": "init",
    "demo": "demo",
    "newcomers": "newcomers",
    "import": "import_data",
    "export-data": "export_data",
    "report": "report",
    "reports": "reports",
    "summary": "summary",
    "merge": "merge",
    "agenda": "agenda",
    "backup": "backup",
    "restore": "restore",
    "check": "check",
    "passwd": "passwd",
    "handover": "handover",
    "receive": "receive",
    "inzage": "inzage",
    "card": "card",
    "consent-sheet": "consent_sheet",
    "erase": "erase",
    "purge": "purge",
    "disclosures": "disclosures",
}


# Arguments that name a file (or folder) a command writes; checked before any work so an
# export can never land on the case file, its key or a backup (store/export_target.py).
OUTPUT_ARGUMENTS = ("output", "pdf", "ics", "week_pdf")
COMMAND_OUTPUTS = {"init": ("recovery_key_file",)}
# Commands that change the case file: refused while the app holds it open.
WRITE_COMMANDS = frozenset({"init", "demo", "import", "passwd", "erase", "purge", "restore"})


# Texts of argparse's own that our help shows, marked for the catalogue ("CliHelp").
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("CliHelp", "usage: "),
    QT_TRANSLATE_NOOP("CliHelp", "positional arguments"),
    QT_TRANSLATE_NOOP("CliHelp", "options"),
    QT_TRANSLATE_NOOP("CliHelp", "show this help message and exit"),
)


def _translated_help(text: Catalogue):
    """A help formatter that takes help from the catalogue: help texts are marked
    `QT_TRANSLATE_NOOP("CliHelp", ...)` and translated only when help is shown, so a start
    reads no catalogue for them. Made on demand: argparse is not imported by the app's start."""
    import argparse
    import functools

    class TranslatedHelp(argparse.HelpFormatter):
        def _say(self, source: str) -> str:
            return text.translate("CliHelp", source) if source else source

        def _get_help_string(self, action):
            return self._say(action.help) if action.help else action.help

        def _format_text(self, value):
            return super()._format_text(self._say(value))

        def start_section(self, heading):
            super().start_section(self._say(heading) if heading else heading)

        def add_usage(self, usage, actions, groups, prefix=None):
            # argparse passes prefix "" to make a command's name; None means "usage: ".
            super().add_usage(
                usage, actions, groups, self._say("usage: " if prefix is None else prefix)
            )

    return functools.partial(TranslatedHelp)


def _version_action():
    """`--version`, looked up only when asked for (package metadata is slow to import)."""
    import argparse

    class VersionAction(argparse.Action):
        def __init__(self, option_strings, dest, **kwargs):
            super().__init__(
                option_strings,
                dest,
                nargs=0,
                help=QT_TRANSLATE_NOOP("CliHelp", "show the version and exit"),
            )

        def __call__(self, parser, namespace, values, option_string=None):
            import sleutelapp

            print(f"Sleutelapp {sleutelapp.__version__}")
            parser.exit(0)

    return VersionAction


def _command_module(name: str):
    return importlib.import_module(f"sleutelapp.commands.{COMMANDS[name]}")


def build_parser(only: tuple[str, ...] | None = None, text: Catalogue | None = None):
    """The parser of every command, or of `only` these (their modules alone are imported);
    its help in the language of `text` (default: the command line's language)."""
    import argparse

    formatter = _translated_help(text or catalogue(cli_language()))
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description=QT_TRANSLATE_NOOP(
            "CliHelp", "Sleutelapp: the case file of a key person (offline, encrypted)."
        ),
        formatter_class=formatter,
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "folder of the case file (default: SLEUTELAPP_HOME or the user data folder)",
        ),
    )
    parser.add_argument("--version", action=_version_action())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in only or COMMANDS:
        module = _command_module(name)
        command_parser = sub.add_parser(
            name, help=module.HELP, description=module.HELP, formatter_class=formatter
        )
        module.add_arguments(command_parser)
    return parser


def _starts_the_app(argv: list[str]) -> bool:
    """True for `sleutelapp [--home DIR] [gui [--smoke]]`: the start of the desktop app."""
    return _app_start_args(argv) is not None


def _app_start_args(argv: list[str]):
    """The parsed arguments of `sleutelapp [--home DIR] [gui [--smoke]]`, read without
    argparse (its import and its look-ups of message catalogues cost ~10 ms of every
    start); None for any other command line, which the full parser reads."""
    import types

    rest, home = list(argv), None
    if rest[:1] == ["--home"] and len(rest) >= 2 and not rest[1].startswith("-"):
        home, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--home="):
        home, rest = rest[0][len("--home=") :], rest[1:]
    if rest not in ([], ["gui"], ["gui", "--smoke"]):
        return None
    return types.SimpleNamespace(home=home, version=None, command="gui", smoke="--smoke" in rest)


def main(argv: list[str] | None = None) -> int:
    given = argv if argv is not None else sys.argv[1:]
    args = _app_start_args(given)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(given)
        if args.command is None:
            args = parser.parse_args([*given, "gui"])
    command = args.command
    from sleutelapp.hardening import harden_process

    harden_process()
    ctx = CliContext.from_args(args)
    try:
        from sleutelapp.store import leftovers

        leftovers.install(ctx.paths)
        _check_before_work(command, args, ctx)
        return int(_command_module(command).run(args, ctx) or 0)
    except UsageError as exc:
        print(f"{program_name()} {command}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None  # as argparse exits on a usage error
    except BrokenPipeError:
        # Output piped into e.g. `head`: not an error of ours, and nothing to report.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        ctx.error(ctx.text.translate("Cli", "Interrupted."))
        return 1
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into lines
        return ctx.fail(exc)


def _check_before_work(command: str, args, ctx) -> None:
    """What must hold before a command touches anything: its outputs are not the case
    file's, and a command that writes does not run while the app has the case open."""
    for name, value in vars(args).items():
        # ASCII is always valid text (the usual case, and no import needed for it).
        if isinstance(value, str) and not value.isascii() and not _is_valid_text(value):
            raise UsageError(
                ctx.text.translate(
                    "Cli", "{name}: holds characters that are not valid text (not UTF-8)"
                ).format(name=name)
            )
    for name in (*OUTPUT_ARGUMENTS, *COMMAND_OUTPUTS.get(command, ())):
        value = getattr(args, name, None)
        if value:
            from sleutelapp.store.export_target import refuse_protected_target

            refuse_protected_target(value, ctx.paths, backup=command == "backup")
    if command in WRITE_COMMANDS and not getattr(args, "dry_run", False):
        from sleutelapp.store.app_lock import refuse_while_app_is_open

        refuse_while_app_is_open(ctx.paths)


def _is_valid_text(value: str) -> bool:
    from sleutelapp.domain.model import is_valid_text

    return is_valid_text(value)


if __name__ == "__main__":
    raise SystemExit(main())
