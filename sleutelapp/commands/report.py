"""`sleutelapp report NEWCOMER -o FILE.pdf`: the consent-gated PDF for the regisseur."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "write the PDF report for the inburgeringsregisseur (needs the newcomer's consent)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "newcomer", metavar="NEWCOMER", help=QT_TRANSLATE_NOOP("CliHelp", "id or unambiguous name")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "first day of the period, YYYY-MM-DD (default: start of last calendar month)",
        ),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "last day of the period, YYYY-MM-DD (default: end of last calendar month, or today "
            "when --from is given)",
        ),
    )
    parser.add_argument(
        "--recipient",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("CliHelp", "name of the regisseur who receives the report"),
    )
    parser.add_argument(
        "--password-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "protect the PDF with the password in the first line of F (AES-256)"
        ),
    )


def _date(value: str, ctx):
    from datetime import date

    from sleutelapp.commands.context import UsageError

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            ctx.text.translate("Cli", "not a valid date: {value} (use YYYY-MM-DD)").format(
                value=repr(value)
            )
        ) from None


def _password(path: str | None, ctx) -> str | None:
    from pathlib import Path

    from sleutelapp.commands.context import UsageError

    if path is None:
        return None
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise UsageError(
            ctx.text.translate("Cli", "the password file {file} is empty").format(file=path)
        )
    return password


def run(args, ctx) -> int:
    from datetime import date

    from sleutelapp.commands.context import UsageError
    from sleutelapp.exports import regisseur_report

    today = date.today()
    default_start, default_end = regisseur_report.last_calendar_month(today)
    start = _date(args.start, ctx) if args.start else default_start
    end = _date(args.end, ctx) if args.end else (today if args.start else default_end)
    if end < start:
        raise UsageError(ctx.text.translate("Cli", "--to is before --from"))
    password = _password(args.password_file, ctx)
    output = ctx.output_file(args.output)
    with ctx.open_case() as case:
        newcomer = case.newcomers.find(args.newcomer)
        plan = regisseur_report.plan_report(case, newcomer.id, start, end, today=today)
        if not case.make_room_for_register():  # a full disk: the register needs a write
            from sleutelapp.store.space_reserve import no_room_to_register

            raise no_room_to_register()
        disclosure = regisseur_report.export_report(
            case, plan, output, recipient=args.recipient, password=password
        )
    included = len(disclosure.entry_ids)
    written = (
        ctx.text.translate(
            "Cli",
            "Report written: {path} (%n entry(s) included, period {start} to {end}, "
            "password-protected).",
            None,
            included,
        )
        if password
        else ctx.text.translate(
            "Cli",
            "Report written: {path} (%n entry(s) included, period {start} to {end}).",
            None,
            included,
        )
    )
    ctx.out(written.format(path=output, start=start, end=end))
    ctx.out(f"SHA-256 {disclosure.sha256}")
    return 0
