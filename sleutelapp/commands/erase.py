"""`sleutelapp erase NEWCOMER [--yes]`: erase one newcomer for good, after confirmation.

NEWCOMER is an id or a name that names exactly one person (never a match in entry text).
The command shows whom it will erase and asks; `--yes` is for automation. Without a
terminal and without `--yes` it refuses and changes nothing.
"""

from __future__ import annotations

import sys

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "newcomer", metavar="NEWCOMER", help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name")
    )
    parser.add_argument(
        "-y",
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "erase without asking (automation)"),
    )


def _confirmed(ctx, newcomer) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        ctx.error(
            ctx.text.translate(
                "Cli",
                "erasing asks for confirmation: use a terminal or --yes. Nothing was erased.",
            )
        )
        return False
    answer = input(
        ctx.text.translate("Cli", "Erase {who} and all their data for good? [y/N] ").format(
            who=_who(newcomer)
        )
    )
    return ctx.agrees(answer)


def _who(newcomer) -> str:
    also = f" ({newcomer.known_as})" if newcomer.known_as else ""
    return f"{newcomer.name}{also}, {newcomer.id}"


def run(args, ctx) -> int:
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        entries = case.entries.count_for(newcomer.id)
        ctx.out(
            ctx.text.translate("Cli", "To erase: {who} (%n entry(s)).", None, entries).format(
                who=_who(newcomer)
            )
        )
        if not args.yes and not _confirmed(ctx, newcomer):
            if sys.stdin and sys.stdin.isatty():
                ctx.out(ctx.text.translate("Cli", "Nothing was erased."))
            return 1
        disclosures = case.newcomers.erase(newcomer.id)
    ctx.out(
        ctx.text.translate("Cli", "Erased: {id} (all data, the search index included).").format(
            id=newcomer.id
        )
    )
    if disclosures:
        ctx.out(ctx.text.translate("Cli", "Shared before with (tell them the data was erased):"))
        for d in disclosures:
            ctx.out(f"  {d.made_at[:10]}  {d.report_kind}  {d.recipient or '-'}")
    return 0
