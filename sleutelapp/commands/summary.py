"""`sleutelapp summary --period P -o FILE.json [--pdf FILE.pdf] [--label TEXT]`.

The anonymised summary of one calendar month, quarter or year (design.md §4, §8). Every
file written is recorded in the disclosure register. The first summary fixes the case
file's period length; only ended periods are made, and a period made before comes back
with the same figures (domain/summary_sequence.py). A refused request is one line, exit 1.
"""

from __future__ import annotations

from sleutelapp.domain.wording import count_of

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
    from sleutelapp.domain.summary_sequence import kind_label
    from sleutelapp.exports.summary import export_summary, prepare_summary

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
        # The first summary of a case file fixes its period length (domain/summary_sequence.py).
        prepared = prepare_summary(case, period, args.label, choose_kind=True)
        if prepared.is_reissue and args.label and args.label != prepared.summary.parts[0].label:
            ctx.error(
                ctx.say(
                    "let op: deze periode is al eerder verstrekt; het label van toen blijft.",
                    "note: this period was issued before; its label of then is kept.",
                )
            )
        export_summary(case, prepared, args.output, args.pdf)
    summary = prepared.summary
    counted, left_out = summary.counted, summary.not_counted
    ctx.out(
        ctx.say(
            f"Anonieme samenvatting {period.label('nl')} opgeslagen in {args.output}"
            + (f" en {args.pdf}" if args.pdf else "")
            + f": {counted.display()} nieuwkomers geteld, {left_out.display()} niet geteld "
            f"(geen toestemming), "
            f"{count_of(summary.suppressed_count(), 'number', 'nl')} verborgen (een getal "
            f"over minder dan {summary.k} nieuwkomers wordt niet getoond).",
            f"Anonymised summary {period.label('en')} saved to {args.output}"
            + (f" and {args.pdf}" if args.pdf else "")
            + f": {counted.display()} newcomers counted, {left_out.display()} not counted "
            f"(no consent), {count_of(summary.suppressed_count(), 'number', 'en')} hidden (a "
            f"number about fewer than {summary.k} newcomers is not shown).",
        )
    )
    if prepared.chooses_kind:
        ctx.out(
            ctx.say(
                f"Dit dossier maakt vanaf nu samenvattingen per {kind_label(period.kind)}; "
                "dat ligt vast, zodat samenvattingen niet van elkaar af te trekken zijn.",
                f"This case file now makes summaries per {kind_label(period.kind, 'en')}; "
                "that is fixed, so summaries cannot be subtracted from each other.",
            )
        )
    if prepared.is_reissue:
        issued = prepared.issued.issued_at[:10] if prepared.issued else ""
        ctx.out(
            ctx.say(
                f"Deze periode is op {issued} al verstrekt: dit zijn dezelfde cijfers als toen"
                + (
                    " (de gegevens zijn sindsdien gewijzigd; die wijzigingen tellen niet mee)."
                    if prepared.data_changed
                    else "."
                ),
                f"This period was issued on {issued}: these are the same figures as then"
                + (
                    " (the data changed since; those changes are not counted)."
                    if prepared.data_changed
                    else "."
                ),
            )
        )
    return 0
