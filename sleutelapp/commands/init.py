"""`sleutelapp init`: create a new encrypted case file (refuses when one exists)."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP("CliHelp", "create a new encrypted case file (refuses when one exists)")


def add_arguments(parser) -> None:
    parser.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "also write the recovery key to FILE (print it and keep it safe)"
        ),
    )


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.store.case import Case
    from sleutelapp.store.durable_file import write_atomically

    if ctx.paths.db.exists() or ctx.paths.key.exists():
        # Before asking for a passphrase; the store's own refusal (store/case.py) says the same.
        ctx.error(
            ctx.text.translate(
                "CaseError", "A case file already exists in {data}. Nothing was overwritten."
            ).format(data=ctx.paths.data)
        )
        return 1
    passphrase = ctx.passphrase(confirm=True, prompt=ctx.text.translate("Cli", "New passphrase: "))
    ctx.refuse_weak_passphrase(passphrase)
    case, recovery = Case.create(ctx.paths, passphrase)
    case.close()
    if args.recovery_key_file:
        write_atomically(Path(args.recovery_key_file), (recovery + "\n").encode("ascii"))
    ctx.out(ctx.text.translate("Cli", "Case file created: {path}").format(path=ctx.paths.db))
    ctx.out(ctx.text.translate("Cli", "Key file: {path}").format(path=ctx.paths.key))
    ctx.out(
        ctx.text.translate(
            "Cli", "Recovery key (write it down and keep it safe; it is shown only once):"
        )
    )
    ctx.out(f"  {recovery}")
    return 0
