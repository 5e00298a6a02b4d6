"""`sleutelapp agenda [--days N] [--json]`: what is coming up."""

from __future__ import annotations

HELP = "what is coming up: planned appointments and open tasks"


def add_arguments(parser) -> None:
    parser.add_argument("--days", type=int, default=14, metavar="N")
    parser.add_argument("--json", action="store_true")


def run(args, ctx) -> int:
    from datetime import date, timedelta

    from sleutelapp.commands.context import UsageError
    from sleutelapp.domain import vocab

    if not 0 <= args.days <= 3660:
        raise UsageError(ctx.say("--days moet 0..3660 zijn", "--days must be 0..3660"))
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
            else ctx.say("Taak", "Task") + (f": {e.text[:60]}" if e.text else "")
        )
        ctx.out(f"{e.date.isoformat()} {e.time or '     '}  {i.newcomer_name:<26} {what}")
    if not items:
        ctx.out(ctx.say("Niets gepland.", "Nothing planned."))
    return 0
