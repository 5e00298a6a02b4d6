"""`sleutelapp demo`: add fictional demo data, deterministic per seed."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP("CliHelp", "add fictional demo data (deterministic per --seed)")


def add_arguments(parser) -> None:
    parser.add_argument("--newcomers", type=int, default=20, metavar="N")
    parser.add_argument("--entries-per", type=int, default=25, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args, ctx) -> int:
    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain.demo import batches
    from sleutelapp.store.bulk import insert_batches

    if not 0 <= args.newcomers <= 100_000 or not 0 <= args.entries_per <= 10_000:
        raise UsageError(
            ctx.text.translate("Cli", "--newcomers 0..100000 and --entries-per 0..10000")
        )
    with ctx.open_case() as case:
        # In parts, in one transaction: memory stays flat however many entries (10,000
        # newcomers x 100 entries is a million rows).
        parts = batches(args.newcomers, args.entries_per, args.seed)
        newcomers, entries = insert_batches(case, parts, action="create")
    ctx.out(
        ctx.text.translate("Cli", "Demo data added: {newcomers}, {entries}.").format(
            newcomers=ctx.text.translate("Count", "%n newcomer(s)", None, newcomers),
            entries=ctx.text.translate("Count", "%n entry(s)", None, entries),
        )
    )
    return 0
