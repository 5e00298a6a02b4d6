"""`sleutelapp erase NEWCOMER`: erase one newcomer for good."""

from __future__ import annotations

HELP = "erase one newcomer for good (id or unambiguous name)"


def add_arguments(parser) -> None:
    parser.add_argument("newcomer", metavar="NEWCOMER")


def run(args, ctx) -> int:
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        disclosures = case.newcomers.erase(newcomer.id)
    ctx.out(
        ctx.say(
            f"Gewist: {newcomer.id} (alle gegevens, ook de zoekindex).",
            f"Erased: {newcomer.id} (all data, the search index included).",
        )
    )
    if disclosures:
        ctx.out(
            ctx.say(
                "Eerder gedeeld met (laat hen weten dat de gegevens gewist zijn):",
                "Shared before with (tell them the data was erased):",
            )
        )
        for d in disclosures:
            ctx.out(f"  {d.made_at[:10]}  {d.report_kind}  {d.recipient or '-'}")
    return 0
