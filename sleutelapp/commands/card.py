"""`sleutelapp card NEWCOMER -o FILE.pdf [--weeks N] [--language CODE]`: "Mijn afspraken",
the newcomer's coming appointments on paper in their language with Dutch alongside."""

from __future__ import annotations

from pathlib import Path

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write the newcomer's coming appointments on paper for them, in their language (PDF)"
)


def add_arguments(parser) -> None:
    from sleutelapp.exports.newcomer_card import DEFAULT_WEEKS

    parser.add_argument(
        "newcomer", metavar="NEWCOMER", help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--weeks",
        type=int,
        default=DEFAULT_WEEKS,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CliHelp", "weeks ahead (default 4)"),
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("CliHelp", "language code (default: the newcomer's language)"),
    )


def run(args, ctx) -> int:
    from sleutelapp.exports import newcomer_card

    weeks_ok = 1 <= args.weeks <= newcomer_card.MAX_WEEKS
    output = check_paper_args(args, ctx, weeks_ok=weeks_ok)
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        disclosure = newcomer_card.export_card(
            case, newcomer.id, output, weeks=args.weeks, language=args.language
        )
    ctx.out(
        ctx.text.translate(
            "Cli",
            "Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.",
            None,
            len(disclosure.entry_ids),
        ).format(output)
    )
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0


def check_paper_args(args, ctx, *, weeks_ok: bool = True) -> Path:
    """The output path, after refusing (exit 2) a folder that does not exist, a bad number
    of weeks or a language the app does not ship."""
    from sleutelapp.commands.context import UsageError
    from sleutelapp.exports.newcomer_card import MAX_WEEKS

    if not weeks_ok:
        raise UsageError(
            ctx.text.translate("Cli", "--weeks must be 1..{max}").format(max=MAX_WEEKS)
        )
    ctx.paper_language(args.language)
    return ctx.output_file(args.output)
