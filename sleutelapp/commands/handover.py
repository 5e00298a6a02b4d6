"""`sleutelapp handover NEWCOMER... -o FILE`: an encrypted handover file for a colleague."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "hand newcomers over to a colleague in an encrypted file (prints a one-time code)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "newcomers",
        nargs="+",
        metavar="NEWCOMER",
        help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name"),
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument(
        "--to",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("CliHelp", "name of the colleague"),
    )
    parser.add_argument(
        "--code-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP("CliHelp", "write the transfer code to F instead of printing it"),
    )


def run(args, ctx) -> int:

    from sleutelapp.commands.context import UsageError
    from sleutelapp.exports import handover
    from sleutelapp.store.durable_file import write_atomically

    output = ctx.output_file(args.output)
    code_file = ctx.output_file(args.code_file) if args.code_file else None
    if code_file is not None and code_file.resolve() == output.resolve():
        raise UsageError(ctx.text.translate("Cli", "the code file must not be the handover file"))
    with ctx.open_case() as case:
        chosen = [case.newcomers.find(ref) for ref in args.newcomers]
        result = handover.write_handover(case, [n.id for n in chosen], output, to=args.to)
    ctx.out(
        ctx.text.translate(
            "Cli", "Handover written: {path} (%n newcomer(s)).", None, len(chosen)
        ).format(path=result.path)
    )
    ctx.out(f"SHA-256 {result.sha256}")
    if code_file is not None:
        write_atomically(code_file, (result.code + "\n").encode("ascii"))
        ctx.out(
            ctx.text.translate(
                "Cli",
                "The transfer code is in {file}. Pass it on another way than the file, then "
                "delete the code file.",
            ).format(file=code_file)
        )
    else:
        ctx.out(
            ctx.text.translate(
                "Cli",
                "Transfer code (shown only once; pass it on another way than the file, for "
                "example by phone):",
            )
        )
        ctx.out(f"  {result.code}")
    ctx.out(
        ctx.text.translate(
            "Cli", "Done with these newcomers? Close them in the app, or erase them with:"
        )
    )
    for newcomer in chosen:
        ctx.out(f"  sleutelapp erase {newcomer.id}")
    return 0
