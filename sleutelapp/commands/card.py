"""`sleutelapp card NEWCOMER -o FILE.pdf [--weeks N] [--language CODE]`: "Mijn afspraken",
the newcomer's coming appointments on paper in their language with Dutch alongside."""

from __future__ import annotations

HELP = "write the newcomer's coming appointments on paper for them, in their language (PDF)"


def add_arguments(parser) -> None:
    from sleutelapp.exports.newcomer_card import DEFAULT_WEEKS

    parser.add_argument("newcomer", metavar="NEWCOMER", help="id or unambiguous name")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--weeks", type=int, default=DEFAULT_WEEKS, metavar="N", help="weeks ahead (default 4)"
    )
    parser.add_argument(
        "--language", metavar="CODE", help="language code (default: the newcomer's language)"
    )


def run(args, ctx) -> int:
    from sleutelapp.commands.paper_args import check_paper_args, said
    from sleutelapp.exports import newcomer_card

    weeks_ok = 1 <= args.weeks <= newcomer_card.MAX_WEEKS
    output = check_paper_args(args, ctx, weeks_ok=weeks_ok)
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        disclosure = newcomer_card.export_card(
            case, newcomer.id, output, weeks=args.weeks, language=args.language
        )
    ctx.out(
        said(ctx)
        .translate(
            "CommandLine",
            "Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.",
            None,
            len(disclosure.entry_ids),
        )
        .format(output)
    )
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0
