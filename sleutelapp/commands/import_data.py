"""`sleutelapp import FILE`: import portable JSON, all or nothing."""

from __future__ import annotations

from sleutelapp.domain.wording import count

HELP = "import portable data JSON (format sleutelapp-data v1), all or nothing"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE")


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.exports.portable import import_file

    with ctx.open_case() as case:
        newcomers, entries = import_file(case, Path(args.file))
    ctx.out(
        ctx.say(
            f"Geïmporteerd: {count(newcomers, 'nieuwkomer', 'nieuwkomers')}, "
            f"{count(entries, 'onderdeel', 'onderdelen')}.",
            f"Imported: {newcomers} newcomers, {entries} entries.",
        )
    )
    return 0
