"""`sleutelapp export-data -o FILE [--newcomer ID]`: portable JSON of the case file.

The file contains everything in plain text: it is the user's explicit export.
"""

from __future__ import annotations

HELP = "export portable data JSON (everything, in plain text: keep the file safe)"


def add_arguments(parser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--newcomer", metavar="ID", help="only this newcomer (id or name)")


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.exports.portable import write_export

    with ctx.open_case() as case:
        newcomer_id = case.newcomers.find(args.newcomer).id if args.newcomer else None
        count = write_export(case, Path(args.output), newcomer_id)
    ctx.out(
        ctx.say(
            f"{count} nieuwkomers geschreven naar {args.output} (onversleuteld: "
            "bewaar het bestand veilig).",
            f"{count} newcomers written to {args.output} (not encrypted: keep the file safe).",
        )
    )
    return 0
