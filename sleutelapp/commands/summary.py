"""`sleutelapp summary --period P -o FILE.json [--pdf FILE.pdf] [--label TEXT]`.

The anonymised summary of one calendar month, quarter or year (design.md §4, §8). Every
file written is recorded in the disclosure register. The first summary fixes the case
file's period length; only ended periods are made, and a period made before comes back
with the same figures (domain/summary_sequence.py). A refused request is one line, exit 1.
"""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "a calendar year (2026), quarter (2026-Q3) or month (2026-07)"
        ),
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.json")
    parser.add_argument(
        "--pdf",
        metavar="FILE.pdf",
        help=QT_TRANSLATE_NOOP("CliHelp", "also write the summary as a PDF"),
    )
    parser.add_argument(
        "--label",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "optional label for the coordinator, e.g. a neighbourhood (no names of people)",
        ),
    )


def run(args, ctx) -> int:
    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain.anonymity import InvalidPeriod, label_problem, parse_period
    from sleutelapp.domain.summary_sequence import kind_label
    from sleutelapp.exports.summary import export_summary, prepare_summary

    try:
        period = parse_period(args.period)
    except InvalidPeriod:
        raise UsageError(
            ctx.text.translate(
                "Cli",
                "unknown period '{period}': use a year (2026), quarter (2026-Q3) or month "
                "(2026-07)",
            ).format(period=args.period)
        ) from None
    problem = label_problem(args.label, ctx.language)
    if problem:
        raise UsageError(problem)
    with ctx.open_case() as case:
        # The first summary of a case file fixes its period length (domain/summary_sequence.py).
        prepared = prepare_summary(case, period, args.label, choose_kind=True)
        if prepared.is_reissue and args.label and args.label != prepared.summary.parts[0].label:
            ctx.error(
                ctx.text.translate(
                    "Cli", "note: this period was issued before; its label of then is kept."
                )
            )
        export_summary(case, prepared, args.output, args.pdf)
    summary = prepared.summary
    counted, left_out = summary.counted, summary.not_counted
    files = (
        ctx.text.translate("Cli", "{first} and {second}").format(first=args.output, second=args.pdf)
        if args.pdf
        else args.output
    )
    ctx.out(
        ctx.text.translate(
            "Cli",
            "Anonymised summary {period} saved to {files}: {counted} newcomers counted, "
            "{left_out} not counted (no consent), %n number(s) hidden (a number about fewer "
            "than {k} newcomers is not shown).",
            None,
            summary.suppressed_count(),
        ).format(
            period=period.label(ctx.language),
            files=files,
            counted=counted.display(),
            left_out=left_out.display(),
            k=summary.k,
        )
    )
    if prepared.chooses_kind:
        ctx.out(
            ctx.text.translate(
                "Cli",
                "This case file now makes summaries per {kind}; that is fixed, so summaries "
                "cannot be subtracted from each other.",
            ).format(kind=kind_label(period.kind, ctx.language))
        )
    if prepared.is_reissue:
        issued = prepared.issued.issued_at[:10] if prepared.issued else ""
        ctx.out(
            (
                ctx.text.translate(
                    "Cli",
                    "This period was issued on {date}: these are the same figures as then (the "
                    "data changed since; those changes are not counted).",
                )
                if prepared.data_changed
                else ctx.text.translate(
                    "Cli", "This period was issued on {date}: these are the same figures as then."
                )
            ).format(date=issued)
        )
    return 0
