"""`sleutelapp disclosures [--json]`: the register of everything that left the device."""

from __future__ import annotations

from sleutelapp.domain.disclosure_kinds import kind_label
from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "list the disclosure register (every export that left the device)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "machine-readable output")
    )
    parser.add_argument(
        "--newcomer",
        metavar="NEWCOMER",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "only exports about this newcomer (id or unambiguous name)"
        ),
    )


def run(args, ctx) -> int:
    with ctx.open_case() as case:
        if args.newcomer:
            newcomer = case.newcomers.find(args.newcomer)
            disclosures = case.disclosures.for_newcomer(newcomer.id)
        else:
            disclosures = case.disclosures.all()
        names = {}
        for d in disclosures:
            if (
                d.newcomer_id
                and d.newcomer_id not in names
                and case.newcomers.exists(d.newcomer_id)
            ):
                names[d.newcomer_id] = case.newcomers.get(d.newcomer_id).name
    rows = [
        {
            "id": d.id,
            "made_at": d.made_at,
            "report_kind": d.report_kind,
            "period_from": d.period_from.isoformat() if d.period_from else None,
            "period_to": d.period_to.isoformat() if d.period_to else None,
            "recipient": d.recipient,
            "purpose": d.purpose,
            "consent_id": d.consent_id,
            "newcomer_id": d.newcomer_id,
            "newcomer_name": names.get(d.newcomer_id),
            "entry_ids": list(d.entry_ids),
            "entry_count": len(d.entry_ids),
            "sha256": d.sha256,
        }
        for d in disclosures
    ]
    if args.json:
        ctx.out_json(rows)
        return 0
    for row in rows:
        kind = row["report_kind"]
        label = kind_label(kind, ctx.language)
        period = f"{row['period_from'] or '?'} – {row['period_to'] or '?'}"
        who = row["newcomer_name"] or ctx.text.translate("Cli", "(no person)")
        recipient = row["recipient"] or "-"
        entries = ctx.text.translate("Count", "%n entry(s)", None, row["entry_count"])
        ctx.out(
            f"{row['made_at']}  {label:<26} {period:<25} {who:<24} "
            f"→ {recipient}  ({entries}, sha256 {row['sha256'][:12]}…)"
        )
    ctx.out(ctx.text.translate("Count", "%n disclosure(s)", None, len(rows)))
    return 0
