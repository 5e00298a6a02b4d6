"""`sleutelapp consent-sheet NEWCOMER -o FILE.pdf [--language CODE]`: the consent sheet for
the newcomer to read and sign, in their language with Dutch alongside."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write the consent sheet for a newcomer to read and sign, in their language (PDF)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "newcomer", metavar="NEWCOMER", help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("CliHelp", "language code (default: the newcomer's language)"),
    )


def run(args, ctx) -> int:
    from sleutelapp.commands.card import check_paper_args
    from sleutelapp.exports import consent_sheet

    output = check_paper_args(args, ctx)
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        disclosure = consent_sheet.export_sheet(case, newcomer.id, output, language=args.language)
    ctx.out(
        ctx.text.translate(
            "Cli",
            "Consent sheet {0} written: {1}, recorded as given to the newcomer.",
        ).format(consent_sheet.sheet_number(disclosure.id), output)
    )
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0
