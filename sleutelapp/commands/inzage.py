"""`sleutelapp inzage NEWCOMER -o FILE.pdf`: everything the file holds about one newcomer."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write everything the case file holds about one newcomer, for them (PDF)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "newcomer", metavar="NEWCOMER", help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.commands.context import UsageError
    from sleutelapp.exports import inzage

    output = Path(args.output)
    if not output.parent.is_dir():
        raise UsageError(
            ctx.text.translate("Cli", "the folder {folder} does not exist").format(
                folder=output.parent
            )
        )
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        disclosure = inzage.export_inzage(case, newcomer.id, output)
    entries = len(disclosure.entry_ids)
    ctx.out(
        ctx.text.translate(
            "Cli",
            "Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.",
            None,
            entries,
        ).format(path=output)
    )
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0
