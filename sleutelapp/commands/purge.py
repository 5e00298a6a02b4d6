"""`sleutelapp purge [--dry-run]`: erase every newcomer past the retention period."""

from __future__ import annotations

from sleutelapp.domain.wording import count_of

HELP = "erase every closed newcomer past the retention period (--dry-run: only list them)"


def add_arguments(parser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="list who is due; erase nothing")


def run(args, ctx) -> int:
    from sleutelapp.store import retention

    with ctx.open_case() as case:
        months = retention.retention_months(case)
        if args.dry_run:
            due = retention.due(case)
            for n in due:
                closed_on = n.closed_on.isoformat() if n.closed_on else "-"
                ctx.out(
                    f"{n.id}  {n.known_as or n.name:<28} "
                    f"{ctx.say('afgesloten', 'closed')} {closed_on}"
                )
            ctx.out(
                ctx.say(
                    f"{count_of(len(due), 'newcomer', 'nl')} langer dan {months} maanden "
                    "afgesloten; er is niets gewist.",
                    f"{count_of(len(due), 'newcomer', 'en')} closed longer than {months} "
                    "months; nothing was erased.",
                )
            )
            return 0
        erased = retention.purge(case)
    for item in erased:
        ctx.out(ctx.say(f"Gewist: {item.newcomer_id}", f"Erased: {item.newcomer_id}"))
        for d in item.disclosures:
            ctx.out(
                ctx.say(
                    f"  eerder gedeeld: {d.made_at[:10]} {d.report_kind} met "
                    f"{d.recipient or '-'} (laat hen weten dat de gegevens gewist zijn)",
                    f"  shared before: {d.made_at[:10]} {d.report_kind} with "
                    f"{d.recipient or '-'} (tell them the data was erased)",
                )
            )
    ctx.out(
        ctx.say(
            f"{count_of(len(erased), 'newcomer', 'nl')} gewist (bewaartermijn {months} maanden).",
            f"{count_of(len(erased), 'newcomer', 'en')} erased (retention {months} months).",
        )
    )
    return 0
