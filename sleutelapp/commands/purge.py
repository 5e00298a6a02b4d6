"""`sleutelapp purge [--dry-run]`: erase every newcomer past the retention period."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "erase every closed newcomer past the retention period (--dry-run: only list them)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "list who is due; erase nothing"),
    )


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
                    f"{ctx.text.translate('Cli', 'closed')} {closed_on}"
                )
            ctx.out(
                ctx.text.translate(
                    "Cli",
                    "%n newcomer(s) closed longer than {months} months; nothing was erased.",
                    None,
                    len(due),
                ).format(months=months)
            )
            return 0
        erased = retention.purge(case)
    for item in erased:
        ctx.out(ctx.text.translate("Cli", "Erased: {id}").format(id=item.newcomer_id))
        for d in item.disclosures:
            shared = ctx.text.translate(
                "Cli",
                "shared before: {date} {kind} with {recipient} (tell them the data was erased)",
            )
            ctx.out(
                "  "
                + shared.format(
                    date=d.made_at[:10], kind=d.report_kind, recipient=d.recipient or "-"
                )
            )
    ctx.out(
        ctx.text.translate(
            "Cli", "%n newcomer(s) erased (retention {months} months).", None, len(erased)
        ).format(months=months)
    )
    return 0
