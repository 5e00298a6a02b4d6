"""Fingerprints of exported files, as recorded in the disclosure register.

Writing an export whole or not at all is sleutelapp.store.durable_file.write_atomically,
which also refuses any target in the data folder or on the case file, its key, WAL/SHM
or a backup (sleutelapp.store.export_target).
"""

from __future__ import annotations

import hashlib


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def register_per_newcomer(
    case, rows, *, report_kind: str, start, end, recipient: str, purpose: str, digest: str
) -> list:
    """One disclosure row per newcomer on an agenda export (a calendar file, a week on
    paper), holding the ids of their entries on it; one row without a person when the
    export holds nobody (it still happened). `rows` have `newcomer_id` and `entry_id`
    (empty for a row that is no entry, such as a termijn end)."""
    from sleutelapp.domain.model import Disclosure

    per_newcomer: dict[str, list[str]] = {}
    for row in rows:
        ids = per_newcomer.setdefault(row.newcomer_id, [])
        if row.entry_id:
            ids.append(row.entry_id)

    def disclosure(newcomer_id: str | None, entry_ids: tuple[str, ...]) -> Disclosure:
        return Disclosure(
            report_kind=report_kind,
            period_from=start,
            period_to=end,
            recipient=recipient,
            purpose=purpose,
            sha256=digest,
            entry_ids=entry_ids,
            newcomer_id=newcomer_id,
        )

    with case.transaction():
        if not per_newcomer:
            return [case.disclosures.record(disclosure(None, ()))]
        return [
            case.disclosures.record(disclosure(newcomer_id, tuple(ids)))
            for newcomer_id, ids in per_newcomer.items()
        ]
