"""`sleutelapp inzage NEWCOMER -o FILE.pdf`: everything the file holds about one newcomer."""

from __future__ import annotations

HELP = "write everything the case file holds about one newcomer, for them (PDF)"


def add_arguments(parser) -> None:
    parser.add_argument("newcomer", metavar="NEWCOMER", help="id or unambiguous name")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain.wording import count_of
    from sleutelapp.exports import inzage

    output = Path(args.output)
    if not output.parent.is_dir():
        raise UsageError(
            ctx.say(
                f"de map {output.parent} bestaat niet", f"the folder {output.parent} does not exist"
            )
        )
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        disclosure = inzage.export_inzage(case, newcomer.id, output)
    entries = len(disclosure.entry_ids)
    ctx.out(
        ctx.say(
            f"Inzage geschreven: {output} ({count_of(entries, 'entry', 'nl')}), "
            "vastgelegd als gegeven aan de nieuwkomer.",
            f"Inzage written: {output} ({count_of(entries, 'entry', 'en')}), recorded as "
            "given to the newcomer.",
        )
    )
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0
