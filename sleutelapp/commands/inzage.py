"""`sleutelapp inzage NEWCOMER -o FILE.pdf [--language CODE]`: everything the file holds
about one newcomer, in their language with the Dutch beside it (by default the language in
their profile; Dutch alone when it has none)."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write everything the case file holds about one newcomer, for them (PDF)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "newcomer", metavar="NEWCOMER", help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "the newcomer's language, with the Dutch beside it (default: the language in "
            "their profile, else Dutch alone)",
        ),
    )


def run(args, ctx) -> int:
    from sleutelapp.exports import inzage

    output = ctx.output_file(args.output)
    ctx.paper_language(args.language)
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        chosen = args.language or newcomer.language_code or "nl"
        disclosure = inzage.export_inzage(case, newcomer.id, output, chosen)
    entries = len(disclosure.entry_ids)
    ctx.out(
        ctx.text.translate(
            "Cli",
            "Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.",
            None,
            entries,
        ).format(path=output)
    )
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0
