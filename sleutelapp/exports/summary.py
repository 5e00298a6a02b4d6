"""The anonymised summary of one period (design.md §4): built from a case, saved as JSON/PDF.

Counting happens on grouped rows from store/summary_queries.py; which newcomers a number
rests on is known only here, in memory, and only the count of them is published. The rules
of what is published live in domain/anonymity.py (periods, k, tables) and
domain/suppression.py (which cells are suppressed).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path

from sleutelapp.domain import anonymity, suppression, vocab
from sleutelapp.domain.anonymity import HEALTH_GROUP, TABLE_BY_ID, Part, Period, Summary, Tally
from sleutelapp.domain.model import Disclosure

REPORT_KIND = "anonymised_summary"


class _Accumulator:
    """Tallies of one table: cells, row totals, column totals and the grand total."""

    def __init__(self):
        self.cells: dict[tuple[str, str], Tally] = defaultdict(Tally)
        self.rows: dict[str, Tally] = defaultdict(Tally)
        self.columns: dict[str, Tally] = defaultdict(Tally)
        self.total = Tally()

    def add(self, newcomer: str, rows, column: str, value: float) -> None:
        """One event (or `value` hours) in `column`, counted under each of `rows`."""
        for row in rows:
            self.cells[row, column].add(newcomer, value)
            self.rows[row].add(newcomer, value)
        self.columns[column].add(newcomer, value)
        self.total.add(newcomer, value)

    def publish(self, table_id: str, rows, k: int) -> anonymity.Table:
        columns = TABLE_BY_ID[table_id].columns
        return suppression.protect(
            table_id,
            rows,
            columns,
            [[self.cells.get((r, c), Tally()) for c in columns] for r in rows],
            [self.rows.get(r, Tally()) for r in rows],
            [self.columns.get(c, Tally()) for c in columns],
            self.total,
            k,
        )


def tabulate(
    counts, period: Period, k: int, label: str = "", summary_id: str | None = None
) -> Summary:
    """Publish the grouped counts of a period (store.summary_queries.PeriodCounts)."""
    k = anonymity.effective_k(k)
    routes, not_counted = _Accumulator(), Tally()
    for newcomer, route, counted in counts.newcomers:
        if counted:
            routes.add(newcomer, [route], "newcomers", 1)
        else:
            not_counted.add(newcomer, 1)
    contacts, hours, signals = _Accumulator(), _Accumulator(), _Accumulator()
    appointments = []
    for newcomer, kind, type_code, status, accompanied, topics, n, hour_sum in counts.entries:
        if kind == "contact":
            contacts.add(newcomer, (topics or "").split() or ["none"], type_code, n)
        elif kind == "appointment" and status != "cancelled":
            appointments.append(
                (newcomer, type_code, "accompanied" if accompanied else "not_accompanied", n)
            )
        elif kind == "activity":
            hours.add(newcomer, [type_code], "hours", hour_sum or 0.0)
        elif kind == "signal":
            signals.add(newcomer, [type_code], status, n)
    tables = (
        routes.publish("newcomers_by_route", vocab.ROUTES.codes, k),
        contacts.publish("contacts", TABLE_BY_ID["contacts"].rows, k),
        _appointments_table(appointments, k),
        hours.publish("participation_hours", vocab.ACTIVITY_TYPES.codes, k),
        signals.publish("signals", vocab.SIGNAL_THEMES.codes, k),
    )
    summary_id = summary_id or str(uuid.uuid4())
    small = 0 < len(not_counted.newcomers) < k
    return Summary(
        summary_id,
        period,
        k,
        (Part(summary_id, k, anonymity.normalise_label(label)),),
        anonymity.Cell.suppressed()
        if small
        else anonymity.Cell(
            anonymity.PUBLISHED, len(not_counted.newcomers), len(not_counted.newcomers)
        ),
        tables,
    )


def _appointments_table(appointments, k: int) -> anonymity.Table:
    """Health types get rows of their own only when every one of them meets k."""
    per_health_type: dict[str, set] = defaultdict(set)
    for newcomer, type_code, _column, _n in appointments:
        if type_code in vocab.HEALTH_APPOINTMENT_TYPES:
            per_health_type[type_code].add(newcomer)
    split = all(len(group) >= k for group in per_health_type.values())
    table = _Accumulator()
    for newcomer, type_code, column, n in appointments:
        if not split and type_code in vocab.HEALTH_APPOINTMENT_TYPES:
            type_code = HEALTH_GROUP
        table.add(newcomer, [type_code], column, n)
    rows = (
        list(vocab.APPOINTMENT_TYPES.codes)
        if split
        else [HEALTH_GROUP]
        + [
            code
            for code in vocab.APPOINTMENT_TYPES.codes
            if code not in vocab.HEALTH_APPOINTMENT_TYPES
        ]
    )
    return table.publish("appointments", rows, k)


def build_summary(case, period: Period, label: str = "", today: date | None = None) -> Summary:
    """The anonymised summary of `period` from an open case."""
    from sleutelapp.store.summary_queries import period_counts

    counts = period_counts(case, period.start, period.end, today or date.today())
    return tabulate(counts, period, case.settings.get("k_threshold"), label)


def overlap_warning(case, period: Period) -> tuple[str, str] | None:
    """A (nl, en) warning when summaries of overlapping, different periods left the device."""
    earlier = [
        (d.period_from, d.period_to) for d in case.disclosures.all() if d.report_kind == REPORT_KIND
    ]
    found = anonymity.overlapping(period, earlier)
    if not found:
        return None
    spans = ", ".join(f"{start.isoformat()} – {end.isoformat()}" for start, end in found[:4])
    return (
        f"Let op: er is al een samenvatting gemaakt over {spans}. Samen met deze kan "
        "iemand onderdrukte cellen terugrekenen. Kies liever steeds dezelfde soort "
        "periode (bijvoorbeeld altijd kwartalen).",
        f"Note: a summary was already made for {spans}. Together with this one, someone "
        "could work out suppressed cells. Prefer one kind of period (for example always "
        "quarters).",
    )


def summary_json_bytes(summary: Summary) -> bytes:
    return (json.dumps(summary.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_summary(
    case,
    summary: Summary,
    json_path: str | Path | None,
    pdf_path: str | Path | None = None,
    language: str = "nl",
    recipient: str = "",
) -> list[Disclosure]:
    """Write the JSON and/or PDF atomically; record one disclosure per file written."""
    from sleutelapp.exports.files import sha256
    from sleutelapp.store.durable_file import write_atomically

    outputs = []
    if json_path is not None:
        outputs.append((json_path, summary_json_bytes(summary)))
    if pdf_path is not None:
        from sleutelapp.exports.summary_pdf import summary_pdf_bytes

        outputs.append((pdf_path, summary_pdf_bytes(summary, language)))
    recorded = []
    for path, data in outputs:
        write_atomically(path, data)
        recorded.append(
            case.disclosures.record(
                Disclosure(
                    report_kind=REPORT_KIND,
                    period_from=summary.period.start,
                    period_to=summary.period.end,
                    recipient=recipient,
                    purpose="reporting",
                    sha256=sha256(data),
                )
            )
        )
    return recorded
