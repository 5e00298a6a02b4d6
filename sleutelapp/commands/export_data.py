"""`sleutelapp export-data -o FILE [--newcomer ID]`: portable JSON of the case file.

The file contains everything in plain text: it is the user's explicit export, and like
every file that carries personal data out of the app it is registered: one disclosure
row per newcomer in it (with the file's SHA-256), each with its audit row.
"""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "export portable data JSON (everything, in plain text: keep the file safe)"
)
REPORT_KIND = "data_export"  # rows of older versions say "portable_data"


def add_arguments(parser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument(
        "--newcomer",
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CliHelp", "only this newcomer (id or name)"),
    )
    parser.add_argument(
        "--recipient",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "who receives the file (kept in the disclosure register)"
        ),
    )


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.exports.files import sha256
    from sleutelapp.exports.portable import write_export

    target = Path(args.output)
    with ctx.open_case() as case:
        newcomer_id = case.newcomers.find(args.newcomer).id if args.newcomer else None
        if not case.make_room_for_register():
            # An export that cannot be registered is not made (design.md §4).
            from sleutelapp.store.space_reserve import no_room_to_register

            raise no_room_to_register()
        count = write_export(case, target, newcomer_id)
        digest = sha256(target.read_bytes())
        chosen = [newcomer_id] if newcomer_id else [n.id for n in case.newcomers.all()]
        try:
            _register(case, chosen, args.recipient, digest)
        except BaseException:
            target.unlink(missing_ok=True)  # not registered, so not kept
            raise
    ctx.out(
        ctx.text.translate(
            "Cli",
            "%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in "
            "the disclosure register).",
            None,
            count,
        ).format(path=args.output)
    )
    return 0


def _register(case, chosen: list[str], recipient: str, digest: str) -> None:
    """One disclosure (and audit row) per newcomer in the file, in one transaction."""
    from sleutelapp.domain.model import Disclosure

    with case.transaction():
        for one in chosen:
            case.disclosures.record(
                Disclosure(
                    report_kind=REPORT_KIND,
                    period_from=None,
                    period_to=None,
                    recipient=recipient,
                    purpose="export",
                    sha256=digest,
                    entry_ids=tuple(e.id for e in case.entries.timeline(one)),
                    newcomer_id=one,
                )
            )
        if not chosen:  # an empty case: the export still happened
            case.disclosures.record(
                Disclosure(REPORT_KIND, None, None, recipient, "export", digest)
            )
