"""`sleutelapp import FILE`: import portable JSON, all or nothing.

A refused file gets a headline and one line per problem on stderr, each with its path in
the file (such as `newcomers[1].entries[2].date`), and exit 1; nothing is written.
"""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "import portable data JSON (format sleutelapp-data v1), all or nothing"
)


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE")


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.exports.import_problems import ImportRefused
    from sleutelapp.exports.portable import import_file

    try:
        with ctx.open_case() as case:
            newcomers, entries = import_file(case, Path(args.file))
    except ImportRefused as refusal:
        if refusal.total == 1:
            ctx.error(refusal.message(ctx.language))
        else:
            ctx.error(refusal.headline(ctx.language))
            for line in refusal.lines(ctx.language):
                ctx.error(line)
        return 1
    ctx.out(
        ctx.text.translate("Cli", "Imported: {newcomers}, {entries}.").format(
            newcomers=ctx.text.translate("Count", "%n newcomer(s)", None, newcomers),
            entries=ctx.text.translate("Count", "%n entry(s)", None, entries),
        )
    )
    return 0
