"""`sleutelapp agenda [--days N] [--json] [--ics FILE | --week-pdf FILE] [--names ...]`: what
is coming up, on screen, as an iCalendar file for the key person's own calendar, or this
week on paper (PDF); both files are private by default and registered."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "what is coming up: planned appointments and open tasks (--ics: as a calendar file)"
)


def add_arguments(parser) -> None:
    parser.add_argument("--days", type=int, default=14, metavar="N")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--ics",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "write an iCalendar file (private by default: initials, no place, "
            "health appointments without their type; recorded in the disclosure register)",
        ),
    )
    parser.add_argument(
        "--week-pdf",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "write this week as a PDF to print (private by default, like --ics; "
            "recorded in the disclosure register)",
        ),
    )
    parser.add_argument(
        "--names",
        choices=("full", "known_as", "initials"),
        default="initials",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "how names appear in the calendar file (default: initials)"
        ),
    )
    parser.add_argument(
        "--with-location",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "put the place of appointments in the calendar file"),
    )
    parser.add_argument(
        "--with-health-type",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "name the type of health appointments (GP, hospital, ...) in the calendar file",
        ),
    )
    parser.add_argument(
        "--recipient",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "where the calendar file goes, for the disclosure register",
        ),
    )


def run(args, ctx) -> int:
    from datetime import date, timedelta

    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain import vocab

    if not 0 <= args.days <= 3660:
        raise UsageError(ctx.text.translate("Cli", "--days must be 0..3660"))
    if args.ics is not None and args.week_pdf is not None:
        raise UsageError(ctx.text.translate("Cli", "--ics and --week-pdf do not go together"))
    if args.week_pdf is not None:
        return _write_week_pdf(args, ctx)
    if args.ics is None:
        for flag, given in (
            ("--names", args.names != "initials"),
            ("--with-location", args.with_location),
            ("--with-health-type", args.with_health_type),
            ("--recipient", args.recipient is not None),
        ):
            if given:
                raise UsageError(
                    ctx.text.translate(
                        "Cli", "{flag} goes with --ics FILE or --week-pdf FILE"
                    ).format(flag=flag)
                )
    else:
        return _write_ics(args, ctx)
    today = date.today()
    with ctx.open_case() as case:
        items = case.entries.agenda(today, today + timedelta(days=args.days))
    rows = [
        {
            "date": i.entry.date.isoformat(),
            "time": i.entry.time,
            "kind": i.entry.kind,
            "type": i.entry.type,
            "newcomer_id": i.entry.newcomer_id,
            "newcomer": i.newcomer_name,
            "entry_id": i.entry.id,
            "overdue": i.entry.date < today,
        }
        for i in items
    ]
    if args.json:
        ctx.out_json(rows)
        return 0
    for i in items:
        e = i.entry
        what = (
            vocab.APPOINTMENT_TYPES.label(e.type, ctx.language)
            if e.kind == "appointment"
            else ctx.text.translate("Cli", "Task") + (f": {e.text[:60]}" if e.text else "")
        )
        ctx.out(f"{e.date.isoformat()} {e.time or '     '}  {i.newcomer_name:<26} {what}")
    if not items:
        ctx.out(ctx.text.translate("Cli", "Nothing planned."))
    return 0


def _output(args, ctx, value: str, flag: str):
    """The file to write, checked: no --json beside it, an existing folder, not a folder."""

    from sleutelapp.commands.context import UsageError

    if args.json:
        raise UsageError(
            ctx.text.translate("Cli", "--json and {flag} do not go together").format(flag=flag)
        )
    output = ctx.output_file(value)
    if output.is_dir():
        raise UsageError(
            ctx.text.translate("Cli", "{path} is a folder, not a file").format(path=output)
        )
    return output


def _write_week_pdf(args, ctx) -> int:
    from datetime import date

    from sleutelapp.exports import agenda_week

    output = _output(args, ctx, args.week_pdf, "--week-pdf")
    options = agenda_week.WeekOptions(
        names=args.names,
        with_health_type=args.with_health_type,
        with_location=args.with_location,
    )
    with ctx.open_case() as case:
        disclosures = agenda_week.export_week(
            case,
            output,
            options,
            date.today(),
            recipient=args.recipient or "",
            language=ctx.language,
        )
    first = disclosures[0]
    ctx.out(
        ctx.text.translate(
            "Cli", "Week written: {path} ({start} to {end}; recorded in the disclosure register)."
        ).format(path=output, **_period_words(first, ctx.language))
    )
    ctx.out(f"SHA-256 {first.sha256}")
    return 0


def _period_words(disclosure, language: str) -> dict[str, str]:
    """The first and last day a written file covers, as people read dates (1 dec 2026)."""
    from sleutelapp.domain.wording import short_date

    return {
        "start": short_date(disclosure.period_from, language),
        "end": short_date(disclosure.period_to, language),
    }


def _write_ics(args, ctx) -> int:
    from sleutelapp.exports import calendar

    output = _output(args, ctx, args.ics, "--ics")
    options = calendar.CalendarOptions(
        days=args.days,
        names=args.names,
        with_location=args.with_location,
        with_health_type=args.with_health_type,
        language=ctx.language,
    )
    with ctx.open_case() as case:
        disclosures = calendar.export_calendar(
            case, output, options, recipient=args.recipient or ""
        )
    items = sum(len(d.entry_ids) for d in disclosures)
    first = disclosures[0]
    ctx.out(
        ctx.text.translate(
            "Cli",
            "Calendar written: {path} (%n item(s), {start} to {end}; recorded in the "
            "disclosure register).",
            None,
            items,
        ).format(path=output, **_period_words(first, ctx.language))
    )
    ctx.out(f"SHA-256 {first.sha256}")
    return 0
