"""`sleutelapp backup [-o FILE]`: write a verified backup (into the backup folder by default)."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write a verified backup file (default: into the backup folder)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "where to write the backup, e.g. on a USB stick"),
    )


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.store import backup

    passphrase = ctx.passphrase()
    from sleutelapp.store.case import Case

    with Case.open(ctx.paths, passphrase) as case:
        target = Path(args.output) if args.output else backup.default_manual_target(ctx.paths)
        info = backup.write_backup(
            case, target, passphrase=passphrase, chosen_by_user=bool(args.output)
        )
        if not case.read_only:  # on a full disk the backup is made, but not logged
            case.audit.record("backup", "case", None)
    size_mb = info.size / 1_000_000
    ctx.out(
        ctx.text.translate(
            "Cli", "Backup written and verified: {path} ({newcomers}, {entries}, {size} MB)."
        ).format(
            path=info.path,
            newcomers=ctx.text.translate("Count", "%n newcomer(s)", None, info.newcomers),
            entries=ctx.text.translate("Count", "%n entry(s)", None, info.entries),
            size=ctx.text.decimal(size_mb),
        )
    )
    return 0
