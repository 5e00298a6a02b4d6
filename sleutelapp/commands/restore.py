"""`sleutelapp restore FILE`: check a backup, show what it holds, keep the current case
file as a backup, then put the backup in place. Works on a new machine without a case."""

from __future__ import annotations

import sys

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "restore a backup (checked first; the current case file is kept as a backup)"
)


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "unlock the backup with the recovery key in FILE instead of the passphrase"
        ),
    )
    parser.add_argument(
        "-y",
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "do not ask for confirmation in a terminal"),
    )


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.commands.context import UsageError
    from sleutelapp.store.restore import finish_interrupted_restore, prepare_restore

    if finish_interrupted_restore(ctx.paths):
        ctx.out(ctx.text.translate("Cli", "An interrupted restore was completed first."))
    if args.recovery_key_file:
        try:
            recovery = Path(args.recovery_key_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UsageError(
                ctx.text.translate("Cli", "cannot read the recovery key: {reason}").format(
                    reason=exc.strerror
                )
            ) from None
        staged = prepare_restore(ctx.paths, Path(args.file), recovery_key=recovery)
    else:
        passphrase = ctx.passphrase(prompt=ctx.text.translate("Cli", "Passphrase of the backup: "))
        staged = prepare_restore(ctx.paths, Path(args.file), passphrase)
    with staged:
        ctx.out(staged.describe(ctx.language))
        if not args.yes and sys.stdin is not None and sys.stdin.isatty():
            answer = input(
                ctx.text.translate(
                    "Cli",
                    "Restore this backup? The current case file is kept as a backup first. [y/N] ",
                )
            )
            if not ctx.agrees(answer):
                ctx.out(ctx.text.translate("Cli", "Nothing was changed."))
                return 1
        kept = staged.commit()
        if not staged.summary_lock_carried:
            ctx.out(
                ctx.text.translate(
                    "Cli",
                    "The current case file could not be read: the period length and issued "
                    "summaries of the backup now apply.",
                )
            )
    if kept is not None:
        ctx.out(
            ctx.text.translate("Cli", "The previous case file was kept in {path}.").format(
                path=kept
            )
        )
    ctx.out(
        ctx.text.translate("Cli", "Backup restored. Open the case with the backup's passphrase.")
    )
    return 0
