"""`sleutelapp receive FILE`: take in a colleague's handover, all or nothing."""

from __future__ import annotations

import os

HELP = (
    "receive a colleague's handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)"
)
CODE_ENV = "SLEUTELAPP_TRANSFER_CODE"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--code-file", metavar="F", help="read the transfer code from the first line of F"
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
                ctx.say(
                    f"het codebestand {args.code_file} is leeg",
                    f"the code file {args.code_file} is empty",
                )
            )
        return lines[0]
    value = os.environ.get(CODE_ENV)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(
            ctx.say(
                f"geen overdrachtscode: gebruik --code-file, zet {CODE_ENV} of gebruik een "
                "terminal",
                f"no transfer code: use --code-file, set {CODE_ENV} or use a terminal",
            )
        )
    return input(ctx.say("Overdrachtscode: ", "Transfer code: "))


def run(args, ctx) -> int:
    from pathlib import Path

    from sleutelapp.domain.wording import count_of
    from sleutelapp.exports import handover
    from sleutelapp.exports.handover_file import normalise_code

    source = Path(args.file)
    if not source.is_file():
        from sleutelapp.commands.context import UsageError

        raise UsageError(ctx.say(f"bestand niet gevonden: {source}", f"file not found: {source}"))
    code = normalise_code(transfer_code(args, ctx))
    with ctx.open_case() as case:
        received = handover.receive_file(case, source, code)
    newcomers, entries = len(received.newcomers), len(received.entries)
    consents, shared = len(received.consents), len(received.disclosures)
    ctx.out(
        ctx.say(
            f"Ontvangen: {count_of(newcomers, 'newcomer', 'nl')}, "
            f"{count_of(entries, 'entry', 'nl')}, "
            f"{count_of(consents, 'consent', 'nl')}, "
            f"{count_of(shared, 'disclosure', 'nl')}.",
            f"Received: {count_of(newcomers, 'newcomer', 'en')}, "
            f"{count_of(entries, 'entry', 'en')}, {count_of(consents, 'consent', 'en')}, "
            f"{count_of(shared, 'disclosure', 'en')}.",
        )
    )
    for newcomer in received.newcomers:
        ctx.out(f"  {newcomer.id}  {newcomer.display_name}")
    return 0
