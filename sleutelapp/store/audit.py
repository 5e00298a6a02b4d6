"""The append-only audit log: what happened to which id, never names or text."""

from __future__ import annotations

from dataclasses import dataclass

from sleutelapp.domain.model import now_stamp

ACTIONS = (
    "create",
    "update",
    "delete",
    "export",
    "erase",
    "restore",
    "import",
    "passwd",
    "recovery_key",
    "backup",
    "purge",
    "receive",  # a colleague's handover came in (object: the handover id, and each newcomer)
    "recipients_listed",  # erasure receipt: a disclosure shown as 'tell this recipient'
)


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    action: str
    object_kind: str
    object_id: str | None


class AuditLog:
    def __init__(self, case):
        self._case = case

    def record(self, action: str, object_kind: str, object_id: str | None) -> None:
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action}")
        with self._case.transaction() as conn:
            conn.execute(
                "INSERT INTO audit(at, action, object_kind, object_id) VALUES (?,?,?,?)",
                (now_stamp(), action, object_kind, object_id),
            )

    def record_many(self, action: str, object_kind: str, object_ids) -> None:
        stamp = now_stamp()
        with self._case.transaction() as conn:
            conn.executemany(
                "INSERT INTO audit(at, action, object_kind, object_id) VALUES (?,?,?,?)",
                [(stamp, action, object_kind, oid) for oid in object_ids],
            )

    def events(self, limit: int = 1000) -> list[AuditEvent]:
        rows = self._case.query(
            "SELECT seq, at, action, object_kind, object_id FROM audit ORDER BY seq DESC LIMIT ?",
            (limit,),
        )
        return [AuditEvent(*row) for row in rows]
