"""The disclosure register: everything that left the device (design.md §3)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sleutelapp.domain.model import Disclosure, now_stamp

_COLUMNS = (
    "id, made_at, report_kind, period_from, period_to, recipient, purpose, consent_id, "
    "newcomer_id, entry_ids, sha256"
)


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

    def record(self, disclosure: Disclosure) -> Disclosure:
        disclosure = replace(disclosure, made_at=disclosure.made_at or now_stamp())
        with self._case.transaction() as conn:
            conn.execute(
                f"INSERT INTO disclosure({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    disclosure.id,
                    disclosure.made_at,
                    disclosure.report_kind,
                    disclosure.period_from.isoformat() if disclosure.period_from else None,
                    disclosure.period_to.isoformat() if disclosure.period_to else None,
                    disclosure.recipient,
                    disclosure.purpose,
                    disclosure.consent_id,
                    disclosure.newcomer_id,
                    json.dumps(list(disclosure.entry_ids)),
                    disclosure.sha256,
                ),
            )
            self._case.audit.record("export", disclosure.report_kind, disclosure.id)
        return disclosure

    def all(self) -> list[Disclosure]:
        rows = self._case.query(f"SELECT {_COLUMNS} FROM disclosure ORDER BY made_at DESC")
        return [_from_row(r) for r in rows]

    def for_newcomer(self, newcomer_id: str) -> list[Disclosure]:
        rows = self._case.query(
            f"SELECT {_COLUMNS} FROM disclosure WHERE newcomer_id = ? ORDER BY made_at DESC",
            (newcomer_id,),
        )
        return [_from_row(r) for r in rows]

    def including_entry(self, newcomer_id: str, entry_id: str) -> list[Disclosure]:
        """The disclosures that carried this entry (whom to tell after a correction)."""
        rows = self._case.query(
            f"SELECT {_COLUMNS} FROM disclosure WHERE newcomer_id = ? AND EXISTS "
            "(SELECT 1 FROM json_each(disclosure.entry_ids) WHERE value = ?) ORDER BY made_at DESC",
            (newcomer_id, entry_id),
        )
        return [_from_row(r) for r in rows]

    def last_for_newcomer(self, newcomer_id: str, report_kind: str) -> Disclosure | None:
        found = [d for d in self.for_newcomer(newcomer_id) if d.report_kind == report_kind]
        return found[0] if found else None
