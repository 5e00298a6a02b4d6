"""`sleutelapp summary --period P -o FILE.json [--pdf FILE.pdf] [--label TEXT]`.

The anonymised summary of one calendar month, quarter or year (design.md §4, §8). Every
file written is recorded in the disclosure register.
"""

from __future__ import annotations

from sleutelapp.domain.wording import count

HELP = "anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help="a calendar year (2026), quarter (2026-Q3) or month (2026-07)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.json")
    parser.add_argument("--pdf", metavar="FILE.pdf", help="also write the summary as a PDF")
    parser.add_argument(
        "--label",
        default="",
        metavar="TEXT",
        help="optional label for the coordinator, e.g. a neighbourhood (no names of people)",
    )


def run(args, ctx) -> int:
    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain.anonymity import InvalidPeriod, label_problem, parse_period
    from sleutelapp.exports.summary import build_summary, export_summary, overlap_warning

    try:
        period = parse_period(args.period)
    except InvalidPeriod:
        raise UsageError(
            ctx.say(
                f"periode '{args.period}' onbekend: gebruik een jaar (2026), kwartaal (2026-Q3) "
                "of maand (2026-07)",
                f"unknown period '{args.period}': use a year (2026), quarter (2026-Q3) or month "
                "(2026-07)",
            )
        ) from None
    problem = label_problem(args.label, ctx.language)
    if problem:
        raise UsageError(problem)
    with ctx.open_case() as case:
        summary = build_summary(case, period, args.label)
        warning = overlap_warning(case, period)
        export_summary(case, summary, args.output, args.pdf, ctx.language)
    counted, left_out = summary.counted, summary.not_counted
    ctx.out(
        ctx.say(
            f"Anonieme samenvatting {period.label('nl')} opgeslagen in {args.output}"
            + (f" en {args.pdf}" if args.pdf else "")
            + f": {counted.display()} nieuwkomers geteld, {left_out.display()} niet geteld "
            f"(geen toestemming), "
            f"{count(summary.suppressed_count(), 'getal', 'getallen')} verborgen (een getal "
            f"over minder dan {summary.k} nieuwkomers wordt niet getoond).",
            f"Anonymised summary {period.label('en')} saved to {args.output}"
            + (f" and {args.pdf}" if args.pdf else "")
            + f": {counted.display()} newcomers counted, {left_out.display()} not counted "
            f"(no consent), {count(summary.suppressed_count(), 'number', 'numbers')} hidden (a "
            f"number about fewer than {summary.k} newcomers is not shown).",
        )
    )
    if warning:
        ctx.out(ctx.say(*warning))
    return 0
