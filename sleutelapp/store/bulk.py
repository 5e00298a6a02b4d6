"""Writing many records in one transaction: demo data and imports (all or nothing)."""

from __future__ import annotations

from dataclasses import replace

from sleutelapp.domain.model import InvalidRecord, now_stamp
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import entries as entry_rows
from sleutelapp.store import errors
from sleutelapp.store import newcomers as newcomer_rows
from sleutelapp.store.newcomers import invalid


def insert_all(case, newcomers, entries, consents, *, action: str = "import") -> None:
    """Validate everything first, then insert it all in one transaction."""
    prepared = _prepared(newcomers, entries, consents)
    with case.transaction() as conn:
        _insert(case, conn, *prepared, action=action)


def insert_batches(case, batches, *, action: str = "create") -> tuple[int, int]:
    """Insert parts (objects with .newcomers, .entries, .consents) in one transaction, all
    or nothing, holding one part in memory at a time. Returns (newcomers, entries) added."""
    added_newcomers = added_entries = 0
    with case.transaction() as conn:
        for batch in batches:
            prepared = _prepared(batch.newcomers, batch.entries, batch.consents)
            _insert(case, conn, *prepared, action=action)
            added_newcomers += len(prepared[0])
            added_entries += len(prepared[1])
    return added_newcomers, added_entries


def _prepared(newcomers, entries, consents) -> tuple[list, list, list]:
    stamp = now_stamp()
    try:
        newcomers = [
            replace(n.validated(), created=n.created or stamp, updated=n.updated or stamp)
            for n in newcomers
        ]
        entries = [_stamped_entry_params(e.validated(), stamp) for e in entries]
        consents = [c.validated() for c in consents]
    except InvalidRecord as exc:
        raise invalid(exc, QT_TRANSLATE_NOOP("CaseError", "Invalid data: {problem}")) from None
    return newcomers, entries, consents  # entries as row parameters


def _stamped_entry_params(entry, stamp: str) -> tuple:
    # The row of a validated entry with its created/updated stamps (the last two columns),
    # without a second dataclass copy per entry: a large demo writes a million of them.
    params = entry_rows.to_params(entry)
    return (*params[:14], entry.created or stamp, entry.updated or stamp)


def _insert(case, conn, newcomers, entries, consents, *, action: str) -> None:
    try:
        conn.executemany(
            f"INSERT INTO newcomer({newcomer_rows._COLUMNS}) "
            f"VALUES ({','.join('?' * newcomer_rows.COLUMN_COUNT)})",
            [newcomer_rows.to_params(n) for n in newcomers],
        )
        conn.executemany(
            f"INSERT INTO entry({entry_rows.COLUMNS}) VALUES ({','.join('?' * 16)})",
            entries,
        )
        conn.executemany(
            "INSERT INTO consent(id, newcomer_id, purpose, given_on, withdrawn_on, how, note, "
            "sheet_id) VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    c.id,
                    c.newcomer_id,
                    c.purpose,
                    c.given_on.isoformat(),
                    c.withdrawn_on.isoformat() if c.withdrawn_on else None,
                    c.how,
                    c.note,
                    c.sheet_id,
                )
                for c in consents
            ],
        )
    except Exception as exc:  # sqlite IntegrityError: duplicate id or dangling reference
        if type(exc).__name__ == "IntegrityError":
            raise errors.InvalidData(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Nothing was imported: one or more ids already exist in this case file, "
                    "or an entry refers to an unknown newcomer.",
                ),
            ) from None
        raise
    case.audit.record_many(action, "newcomer", [n.id for n in newcomers])


def existing_ids(case, *, newcomers=(), entries=(), consents=(), extension_requests=()) -> set[str]:
    """Which of these ids the case file already holds (an import that names one is refused)."""
    import json

    found: set[str] = set()
    for table, ids in (
        ("newcomer", newcomers),
        ("entry", entries),
        ("consent", consents),
        ("extension_request", extension_requests),
    ):
        if ids:
            rows = case.query(
                f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(ids)),),
            )
            found.update(row[0] for row in rows)
    return found
