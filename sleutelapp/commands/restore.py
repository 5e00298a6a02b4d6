"""`sleutelapp restore FILE`: check a backup, show what it holds, keep the current case
file as a backup, then put the backup in place. Works on a new machine without a case."""

from __future__ import annotations

import sys

HELP = "restore a backup (checked first; the current case file is kept as a backup)"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="unlock the backup with the recovery key in FILE instead of the passphrase",
    )
    parser.add_argument(
        "-y", "--yes", action="store_true", help="do not ask for confirmation in a terminal"
    )


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.commands.context import UsageError
    from sleutelapp.store.restore import finish_interrupted_restore, prepare_restore

    if finish_interrupted_restore(ctx.paths):
        ctx.out(
            ctx.say(
                "Een onderbroken herstel is eerst afgemaakt.",
                "An interrupted restore was completed first.",
            )
        )
    if args.recovery_key_file:
        try:
            recovery = Path(args.recovery_key_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UsageError(
                ctx.say(
                    f"herstelsleutel niet te lezen: {exc.strerror}",
                    f"cannot read the recovery key: {exc.strerror}",
                )
            ) from None
        staged = prepare_restore(ctx.paths, Path(args.file), recovery_key=recovery)
    else:
        passphrase = ctx.passphrase(
            prompt_nl="Wachtzin van de backup: ", prompt_en="Passphrase of the backup: "
        )
        staged = prepare_restore(ctx.paths, Path(args.file), passphrase)
    with staged:
        ctx.out(staged.describe(ctx.language))
        if not args.yes and sys.stdin is not None and sys.stdin.isatty():
            answer = input(
                ctx.say(
                    "Deze backup terugzetten? Het huidige dossier wordt eerst "
                    "bewaard als backup. [j/N] ",
                    "Restore this backup? The current case file is kept as a backup first. [y/N] ",
                )
            )
            if answer.strip().lower() not in ("j", "ja", "y", "yes"):
                ctx.out(ctx.say("Niets veranderd.", "Nothing was changed."))
                return 1
        kept = staged.commit()
        if not staged.summary_lock_carried:
            ctx.out(
                ctx.say(
                    "Het huidige dossier was niet te lezen: de periodelengte en de gemaakte "
                    "samenvattingen van de backup gelden nu.",
                    "The current case file could not be read: the period length and issued "
                    "summaries of the backup now apply.",
                )
            )
    if kept is not None:
        ctx.out(
            ctx.say(
                f"Het vorige dossier is bewaard in {kept}.",
                f"The previous case file was kept in {kept}.",
            )
        )
    ctx.out(
        ctx.say(
            "Backup teruggezet. Open het dossier met de wachtzin van de backup.",
            "Backup restored. Open the case with the backup's passphrase.",
        )
    )
    return 0
