"""Carry the summary period lock across a restore (domain/summary_sequence.py).

The period length, the source id and every issued summary live inside case.db, so a
restore of a backup made before the first summary would forget them and allow a period
that subtracts from one already issued. Before a restore swaps the files,
`carry_into_staged` copies the current file's `summary_source` row (the current source
id and period length win), every `summary_issue` row (a summary issued in either file
stays issued; for the same period the current file's figures win) and the disclosure
register rows of anonymised summaries (so the "made by an earlier version" rule still
sees them) into the staged database, in one transaction, before the restore's marker is
written: if copying fails, the restore fails and nothing of the current case changed.

When the current file cannot be read (damaged, or neither the backup's data key nor the
given secret opens it), there is nothing trustworthy to carry: the backup's own lock is
kept and `carry_into_staged` returns False so the caller can say so.
"""

from __future__ import annotations

from pathlib import Path

from sleutelapp.store import connection, errors, schema
from sleutelapp.store.keyfile import KeyFile, wipe

SUMMARY_KIND = "anonymised_summary"
_DISCLOSURE_COLUMNS = (
    "id, made_at, report_kind, period_from, period_to, recipient, purpose, consent_id, "
    "newcomer_id, entry_ids, sha256"
)


def _read_current(paths, data_key: bytes | bytearray, secret: tuple[str, str] | None):
    """The summary rows of the current case file, or None when it cannot be read."""
    if not paths.db.is_file():
        return {"source": None, "issues": [], "disclosures": []}
    keys: list[bytes | bytearray] = [data_key]
    extra: bytearray | None = None
    if secret is not None and paths.key.is_file():
        try:
            keyfile = KeyFile.read(paths.key)
            kind, text = secret
            extra = (
                keyfile.unlock_with_recovery_key(text)
                if kind == "recovery"
                else keyfile.unlock(text)
            )
            keys.append(extra)
        except errors.CaseError:
            pass
    try:
        for key in keys:
            try:
                return _rows(paths.db, key)
            except connection.DatabaseError:
                continue
        return None
    finally:
        if extra is not None:
            wipe(extra)


def _rows(db: Path, key: bytes | bytearray) -> dict:
    conn = connection.raw_connect(db, key, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        source, issues, disclosures = None, [], []
        if "summary_source" in tables:
            source = conn.execute(
                "SELECT source_id, period_kind, chosen_at FROM summary_source"
            ).fetchone()
            issues = conn.execute(
                "SELECT period, period_kind, issued_at, summary FROM summary_issue"
            ).fetchall()
        if "disclosure" in tables:
            disclosures = conn.execute(
                f"SELECT {_DISCLOSURE_COLUMNS} FROM disclosure WHERE report_kind = ?",
                (SUMMARY_KIND,),
            ).fetchall()
        return {"source": source, "issues": issues, "disclosures": disclosures}
    finally:
        conn.close()


def carry_into_staged(
    paths, staged_db: Path, data_key: bytes | bytearray, secret: tuple[str, str] | None
) -> bool:
    """Copy the current summary lock into the staged database; False when unreadable."""
    current = _read_current(paths, data_key, secret)
    if current is None:
        return False
    if current["source"] is None and not current["issues"] and not current["disclosures"]:
        return True
    conn = connection.raw_connect(staged_db, data_key)
    try:
        connection.configure(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < schema.SCHEMA_VERSION:
            # The staged copy is older than the summary tables: bring it up to date now
            # (the backup file itself stays as it was, so it is the copy before migration).
            schema.apply_pending(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current["source"] is not None:
                conn.execute(
                    "INSERT INTO summary_source(only_row, source_id, period_kind, chosen_at) "
                    "VALUES (1, ?, ?, ?) ON CONFLICT(only_row) DO UPDATE SET "
                    "source_id = excluded.source_id, period_kind = excluded.period_kind, "
                    "chosen_at = excluded.chosen_at",
                    current["source"],
                )
            conn.executemany(
                "INSERT OR REPLACE INTO summary_issue(period, period_kind, issued_at, summary) "
                "VALUES (?, ?, ?, ?)",
                current["issues"],
            )
            conn.executemany(
                f"INSERT OR IGNORE INTO disclosure({_DISCLOSURE_COLUMNS}) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                current["disclosures"],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return True
