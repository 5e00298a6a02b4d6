"""`sleutelapp erase NEWCOMER [--yes]`: erase one newcomer for good, after confirmation.

NEWCOMER is an id or a name that names exactly one person (never a match in entry text).
The command shows whom it will erase and asks; `--yes` is for automation. Without a
terminal and without `--yes` it refuses and changes nothing.
"""

from __future__ import annotations

import sys

from sleutelapp.domain.wording import count_of

HELP = "erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)"


def add_arguments(parser) -> None:
    parser.add_argument("newcomer", metavar="NEWCOMER", help="id or unambiguous name")
    parser.add_argument(
        "-y", "--yes", action="store_true", help="erase without asking (automation)"
    )


def _confirmed(ctx, newcomer) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        ctx.error(
            ctx.say(
                "wissen vraagt om bevestiging: gebruik een terminal of --yes. Er is niets gewist.",
                "erasing asks for confirmation: use a terminal or --yes. Nothing was erased.",
            )
        )
        return False
    answer = input(
        ctx.say(
            f"{_who(newcomer)} en alle gegevens voorgoed wissen? [j/N] ",
            f"Erase {_who(newcomer)} and all their data for good? [y/N] ",
        )
    )
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _who(newcomer) -> str:
    also = f" ({newcomer.known_as})" if newcomer.known_as else ""
    return f"{newcomer.name}{also}, {newcomer.id}"


def run(args, ctx) -> int:
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        entries = case.entries.count_for(newcomer.id)
        ctx.out(
            ctx.say(
                f"Te wissen: {_who(newcomer)} ({count_of(entries, 'entry', 'nl')}).",
                f"To erase: {_who(newcomer)} ({count_of(entries, 'entry', 'en')}).",
            )
        )
        if not args.yes and not _confirmed(ctx, newcomer):
            if sys.stdin and sys.stdin.isatty():
                ctx.out(ctx.say("Niets gewist.", "Nothing was erased."))
            return 1
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
