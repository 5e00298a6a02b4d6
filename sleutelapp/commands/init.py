"""`sleutelapp init`: create a new encrypted case file (refuses when one exists)."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = "create a new encrypted case file (refuses when one exists)"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="also write the recovery key to FILE (print it and keep it safe)",
    )


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.store.case import Case
    from sleutelapp.store.durable_file import write_atomically

    if ctx.paths.db.exists() or ctx.paths.key.exists():
        from sleutelapp.store.errors import CaseExists

        raise CaseExists(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "A case file already exists in {data}. Nothing was overwritten.",
            ),
            data=ctx.paths.data,
        )
    passphrase = ctx.passphrase(
        confirm=True, prompt_nl="Nieuwe wachtzin: ", prompt_en="New passphrase: "
    )
    from sleutelapp.domain.passphrase import check_new_passphrase

    problem = check_new_passphrase(passphrase)
    if problem:
        from sleutelapp.commands.context import UsageError

        raise UsageError(ctx.say(*problem))
    case, recovery = Case.create(ctx.paths, passphrase)
    case.close()
    if args.recovery_key_file:
        write_atomically(Path(args.recovery_key_file), (recovery + "\n").encode("ascii"))
    ctx.out(
        ctx.say(f"Dossierbestand gemaakt: {ctx.paths.db}", f"Case file created: {ctx.paths.db}")
    )
    ctx.out(ctx.say(f"Sleutelbestand: {ctx.paths.key}", f"Key file: {ctx.paths.key}"))
    ctx.out(
        ctx.say(
            "Herstelsleutel (schrijf hem op en bewaar hem veilig; hij wordt maar één "
            "keer getoond):",
            "Recovery key (write it down and keep it safe; it is shown only once):",
        )
    )
    ctx.out(f"  {recovery}")
    return 0
