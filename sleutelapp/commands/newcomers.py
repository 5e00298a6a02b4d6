"""`sleutelapp newcomers [--json]`: list newcomers."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP("CliHelp", "list newcomers")


def add_arguments(parser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "machine-readable output")
    )
    parser.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("CliHelp", "only newcomers whose name or entries match TEXT"),
    )
    parser.add_argument("--status", choices=["active", "closed"])


def run(args, ctx) -> int:
    from datetime import date

    from sleutelapp.domain import vocab, wi2021

    with ctx.open_case() as case:
        items = case.newcomers.search_list(args.search, status=args.status)
    today = date.today()
    rows = []
    for item in items:
        end = wi2021.termijn_end(item.termijn_start, item.extensions)
        rows.append(
            {
                "id": item.id,
                "name": item.name,
                "known_as": item.known_as,
                "route": item.route,
                "status": item.status,
                "termijn_end": end.isoformat() if end else None,
                "days_left": wi2021.days_left(end, today),
                "last_contact": item.last_contact.isoformat() if item.last_contact else None,
            }
        )
    if args.json:
        ctx.out_json(rows)
        return 0
    for row in rows:
        route = vocab.ROUTES.label(row["route"], ctx.language)
        status = vocab.NEWCOMER_STATUS.label(row["status"], ctx.language)
        end_text = row["termijn_end"] or "-"
        ctx.out(f"{row['id']}  {row['name']:<28} {route:<16} {status:<10} {end_text}")
    ctx.out(ctx.text.translate("Count", "%n newcomer(s)", None, len(rows)))
    return 0
