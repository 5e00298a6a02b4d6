"""`sleutelapp receive FILE`: take in a colleague's handover, all or nothing."""

from __future__ import annotations

import os

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp",
    "receive a colleague's handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)",
)
CODE_ENV = "SLEUTELAPP_TRANSFER_CODE"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--code-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP("CliHelp", "read the transfer code from the first line of F"),
    )


def transfer_code(args, ctx) -> str:
    """From --code-file, else the environment, else a prompt on the terminal."""
    import sys
    from pathlib import Path

    from sleutelapp.commands.context import UsageError

    if args.code_file:
        lines = Path(args.code_file).read_text(encoding="utf-8").splitlines()
        if not lines or not lines[0].strip():
            raise UsageError(
                ctx.text.translate("Cli", "the code file {file} is empty").format(
                    file=args.code_file
                )
            )
        return lines[0]
    value = os.environ.get(CODE_ENV)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(
            ctx.text.translate(
                "Cli", "no transfer code: use --code-file, set {env} or use a terminal"
            ).format(env=CODE_ENV)
        )
    return input(ctx.text.translate("Cli", "Transfer code: "))


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.exports import handover
    from sleutelapp.exports.handover_file import normalise_code

    source = Path(args.file)
    if not source.is_file():
        from sleutelapp.commands.context import UsageError

        raise UsageError(ctx.text.translate("Cli", "file not found: {file}").format(file=source))
    code = normalise_code(transfer_code(args, ctx))
    with ctx.open_case() as case:
        received = handover.receive_file(case, source, code)
    newcomers, entries = len(received.newcomers), len(received.entries)
    consents, shared = len(received.consents), len(received.disclosures)
    ctx.out(
        ctx.text.translate(
            "Cli", "Received: {newcomers}, {entries}, {consents}, {disclosures}."
        ).format(
            newcomers=ctx.text.translate("Count", "%n newcomer(s)", None, newcomers),
            entries=ctx.text.translate("Count", "%n entry(s)", None, entries),
            consents=ctx.text.translate("Count", "%n consent(s)", None, consents),
            disclosures=ctx.text.translate("Count", "%n disclosure(s)", None, shared),
        )
    )
    for newcomer in received.newcomers:
        ctx.out(f"  {newcomer.id}  {newcomer.display_name}")
    return 0
