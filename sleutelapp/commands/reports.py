"""`sleutelapp reports --due`: the regisseur reports due for the last complete period;
with `-o DIR`, write them all (one PDF and one disclosure row per newcomer)."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "list the regisseur reports that are due, or write them all into a folder (-o DIR)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--due",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "the reports due for the last complete month or quarter (the schedule)"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "write one PDF per due newcomer into this existing folder and register each"
        ),
    )
    parser.add_argument(
        "--password-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "protect every PDF with the password in the first line of F (AES-256)"
        ),
    )
    parser.add_argument(
        "--recipient",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "the regisseur who receives the reports (default: each newcomer's own regisseur)",
        ),
    )


def _row(due) -> dict:
    return {
        "newcomer_id": due.newcomer_id,
        "name": due.name,
        "known_as": due.known_as,
        "period": due.period.code,
        "from": due.period.start.isoformat(),
        "to": due.period.end.isoformat(),
    }


def run(args, ctx) -> int:
    from datetime import date
    from pathlib import Path

    from sleutelapp.commands.context import UsageError
    from sleutelapp.commands.report import _password
    from sleutelapp.store import report_schedules

    if not args.due:
        raise UsageError(
            ctx.text.translate("Cli", "say which reports: use --due (the reports that are due now)")
        )
    if args.output is None and (args.password_file or args.recipient):
        raise UsageError(
            ctx.text.translate(
                "Cli", "--password-file and --recipient go with -o DIR (writing the reports)"
            )
        )
    password = _password(args.password_file, ctx)
    today = date.today()
    with ctx.open_case() as case:
        due = report_schedules.due(case, today)
        if args.output is None:
            _list(due, args, ctx)
            return 0
        from sleutelapp.exports import due_reports

        made = due_reports.make_all(
            case,
            due,
            Path(args.output),
            recipient=args.recipient,
            password=password,
            today=today,
            progress=None if args.json else _progress(ctx),
        )
    if args.json:
        ctx.out_json(
            [{**_row(m.due), "file": str(m.path), "sha256": m.disclosure.sha256} for m in made]
        )
        return 0
    if not made:
        ctx.out(ctx.text.translate("Cli", "No reports are due; nothing was written."))
        return 0
    for m in made:
        ctx.out(f"{m.due.period.code}\t{m.due.display_name}\t{m.path}")
    ctx.out(
        ctx.text.translate(
            "Cli",
            "%n report(s) written and recorded in the disclosure register, password-protected.",
            None,
            len(made),
        )
        if password
        else ctx.text.translate(
            "Cli", "%n report(s) written and recorded in the disclosure register.", None, len(made)
        )
    )
    return 0


def _list(due, args, ctx) -> None:
    if args.json:
        ctx.out_json([_row(d) for d in due])
        return
    if not due:
        ctx.out(ctx.text.translate("Cli", "No reports are due."))
        return
    for d in due:
        ctx.out(f"{d.newcomer_id}\t{d.display_name}\t{d.period.code}")


def _progress(ctx):
    import sys

    def show(done: int, total: int) -> None:
        if total and sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show
