"""`sleutelapp demo`: add fictional demo data, deterministic per seed."""

from __future__ import annotations

from sleutelapp.domain.wording import count

HELP = "add fictional demo data (deterministic per --seed)"


def add_arguments(parser) -> None:
    parser.add_argument("--newcomers", type=int, default=20, metavar="N")
    parser.add_argument("--entries-per", type=int, default=25, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")


def run(args, ctx) -> int:
    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain.demo import generate
    from sleutelapp.store.bulk import insert_all

    if not 0 <= args.newcomers <= 100_000 or not 0 <= args.entries_per <= 10_000:
        raise UsageError(
            ctx.say(
                "--newcomers 0..100000 en --entries-per 0..10000",
                "--newcomers 0..100000 and --entries-per 0..10000",
            )
        )
    with ctx.open_case() as case:
        data = generate(args.newcomers, args.entries_per, args.seed)
        insert_all(case, data.newcomers, data.entries, data.consents, action="create")
    ctx.out(
        ctx.say(
            f"Demodata toegevoegd: {count(len(data.newcomers), 'nieuwkomer', 'nieuwkomers')}, "
            f"{count(len(data.entries), 'onderdeel', 'onderdelen')}.",
            f"Demo data added: {len(data.newcomers)} newcomers, {len(data.entries)} entries.",
        )
    )
    return 0
