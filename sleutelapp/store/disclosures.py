"""The disclosure register: everything that left the device (design.md §3)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sleutelapp.domain.model import Disclosure, now_stamp

COLUMNS = (
    "id, made_at, report_kind, period_from, period_to, recipient, purpose, consent_id, "
    "newcomer_id, entry_ids, sha256"
)


def to_params(d: Disclosure) -> tuple:
    """The row of a disclosure in `COLUMNS` order (recording one, receiving a handover)."""
    return (
        d.id,
        d.made_at,
        d.report_kind,
        d.period_from.isoformat() if d.period_from else None,
        d.period_to.isoformat() if d.period_to else None,
        d.recipient,
        d.purpose,
        d.consent_id,
        d.newcomer_id,
        json.dumps(list(d.entry_ids)),
        d.sha256,
    )


INSERT_SQL = f"INSERT INTO disclosure({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"


def _from_row(row) -> Disclosure:
    return Disclosure(
        id=row[0],
        made_at=row[1],
        report_kind=row[2],
        period_from=date.fromisoformat(row[3]) if row[3] else None,
        period_to=date.fromisoformat(row[4]) if row[4] else None,
        recipient=row[5],
        purpose=row[6],
        consent_id=row[7],
        newcomer_id=row[8],
        entry_ids=tuple(json.loads(row[9])),
        sha256=row[10],
    )


class Disclosures:
    def __init__(self, case):
        self._case = case
        self.summaries = SummaryIssues(case)

    def record(self, disclosure: Disclosure) -> Disclosure:
        disclosure = replace(disclosure, made_at=disclosure.made_at or now_stamp())
        with self._case.transaction() as conn:
            conn.execute(
                INSERT_SQL,
                to_params(disclosure),
            )
            self._case.audit.record("export", disclosure.report_kind, disclosure.id)
        return disclosure

    def all(self) -> list[Disclosure]:
        rows = self._case.query(f"SELECT {COLUMNS} FROM disclosure ORDER BY made_at DESC")
        return [_from_row(r) for r in rows]

    def for_newcomer(self, newcomer_id: str) -> list[Disclosure]:
        rows = self._case.query(
            f"SELECT {COLUMNS} FROM disclosure WHERE newcomer_id = ? ORDER BY made_at DESC",
            (newcomer_id,),
        )
        return [_from_row(r) for r in rows]

    def including_entry(self, newcomer_id: str, entry_id: str) -> list[Disclosure]:
        """The disclosures that carried this entry (whom to tell after a correction)."""
        rows = self._case.query(
            f"SELECT {COLUMNS} FROM disclosure WHERE newcomer_id = ? AND EXISTS "
            "(SELECT 1 FROM json_each(disclosure.entry_ids) WHERE value = ?) ORDER BY made_at DESC",
            (newcomer_id, entry_id),
        )
        return [_from_row(r) for r in rows]

    def last_for_newcomer(self, newcomer_id: str, report_kind: str) -> Disclosure | None:
        found = [d for d in self.for_newcomer(newcomer_id) if d.report_kind == report_kind]
        return found[0] if found else None


class SummaryIssues:
    """Anonymised summaries as issued, their period length and source id (schema 0003).

    The rules that use them live in domain/summary_sequence.py; this class only stores.
    """

    REPORT_KIND = "anonymised_summary"

    def __init__(self, case):
        self._case = case

    def state(self):
        """The SequenceState of the case file: period length, source id, what was issued."""
        from sleutelapp.domain.anonymity import parse_period
        from sleutelapp.domain.summary_sequence import Issued, SequenceState, legacy_spans

        source = self._case.query_one("SELECT source_id, period_kind FROM summary_source")
        issued = {
            row[0]: Issued(parse_period(row[0]), row[1], row[2])
            for row in self._case.query(
                "SELECT period, issued_at, summary FROM summary_issue ORDER BY period"
            )
        }
        disclosed = [
            (d.period_from, d.period_to)
            for d in Disclosures(self._case).all()
            if d.report_kind == self.REPORT_KIND
        ]
        return SequenceState(
            period_kind=source[1] if source else None,
            source_id=source[0] if source else None,
            issued=issued,
            legacy=legacy_spans(disclosed, issued),
        )

    def choose_period_kind(self, kind: str) -> str:
        """Fix the period length (allowed until the first summary); returns the source id."""
        import uuid

        from sleutelapp.domain.summary_sequence import check_period_kind_choice

        with self._case.transaction() as conn:
            check_period_kind_choice(kind, self.state())
            row = conn.execute("SELECT source_id FROM summary_source").fetchone()
            source_id = row[0] if row else str(uuid.uuid4())
            conn.execute(
                "INSERT INTO summary_source(only_row, source_id, period_kind, chosen_at) "
                "VALUES (1, ?, ?, ?) ON CONFLICT(only_row) DO UPDATE SET "
                "period_kind = excluded.period_kind, chosen_at = excluded.chosen_at",
                (source_id, kind, now_stamp()),
            )
            self._case.audit.record("update", "summary_source", None)
        return source_id

    def record_issue(self, period_code: str, period_kind: str, summary_json: str) -> None:
        """Keep the summary of a period as issued; a period is issued once (IntegrityError)."""
        with self._case.transaction() as conn:
            conn.execute(
                "INSERT INTO summary_issue(period, period_kind, issued_at, summary) "
                "VALUES (?, ?, ?, ?)",
                (period_code, period_kind, now_stamp(), summary_json),
            )
