"""Receiving a colleague's handover: its newcomers, entries, consents and disclosures, all
or nothing in one transaction, with their ids kept.

Refused before anything is written: a handover received before (its id is in the audit
log, which survives erasure), and a newcomer that is already in this case file. The audit
gets one row for the handover and one per newcomer received.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sleutelapp.domain.model import Consent, Disclosure, Entry, ExtensionRequest, Newcomer
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import disclosures as disclosure_rows
from sleutelapp.store import errors, report_schedules
from sleutelapp.store.bulk import insert_all

AUDIT_KIND = "handover"


@dataclass(frozen=True)
class ReceivedHandover:
    """What one handover file brings, as validated domain records."""

    handover_id: str
    newcomers: tuple[Newcomer, ...]
    entries: tuple[Entry, ...]
    consents: tuple[Consent, ...]
    disclosures: tuple[Disclosure, ...]
    extension_requests: tuple[ExtensionRequest, ...] = ()
    report_schedules: tuple[tuple[str, str], ...] = ()  # (newcomer id, own schedule)


def received_on(case, handover_id: str) -> str | None:
    """When this handover was received into the case, or None."""
    row = case.query_one(
        "SELECT at FROM audit WHERE action = 'receive' AND object_kind = ? AND object_id = ?",
        (AUDIT_KIND, handover_id),
    )
    return row[0] if row else None


def _present(case, newcomer_ids: list[str]) -> list[str]:
    if not newcomer_ids:
        return []
    marks = ",".join("?" * len(newcomer_ids))
    rows = case.query(
        f"SELECT coalesce(nullif(known_as, ''), name) FROM newcomer WHERE id IN ({marks}) "
        "ORDER BY name",
        newcomer_ids,
    )
    return [r[0] for r in rows]


def _refuse_stored_ids(case, handover: ReceivedHandover) -> None:
    """An entry, consent or extension request whose id this case file holds already (its
    newcomer is not here: that refusal names them) would collide on insert."""
    from sleutelapp.store.bulk import existing_ids

    kept = existing_ids(
        case,
        entries=[e.id for e in handover.entries],
        consents=[c.id for c in handover.consents],
        extension_requests=[r.id for r in handover.extension_requests],
    )
    if not kept:
        return
    places = [
        f"{name}/{record.id}"
        for name, group in (
            ("entries", handover.entries),
            ("consents", handover.consents),
            ("extension_requests", handover.extension_requests),
        )
        for record in group
        if record.id in kept
    ]
    shown = ", ".join(places[:3]) + (" …" if len(places) > 3 else "")
    raise errors.InvalidData(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "Handover refused, nothing was changed: these ids already exist in your "
            "case file: {shown}.",
        ),
        shown=shown,
    )


def check_receivable(case, handover: ReceivedHandover) -> None:
    """Raise InvalidData when the handover may not be received into this case."""
    when = received_on(case, handover.handover_id)
    if when:
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "This handover was already received on {when}. Nothing was changed.",
            ),
            when=when[:10],
        )
    present = _present(case, [n.id for n in handover.newcomers])
    if present:
        names = ", ".join(present)
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "Handover refused, nothing was changed: {names} is already in your case "
                "file. Erase that newcomer first, or ask your colleague for a handover "
                "without them.",
            ),
            names=names,
        )
    _refuse_stored_ids(case, handover)


def _add_disclosures(conn, disclosures) -> None:
    """Insert the register rows; a row this case holds already without its person (the
    newcomer was erased here after an earlier handover) is linked again, nothing else."""
    for d in disclosures:
        row = conn.execute("SELECT newcomer_id FROM disclosure WHERE id = ?", (d.id,)).fetchone()
        if row is None:
            conn.execute(disclosure_rows.INSERT_SQL, disclosure_rows.to_params(d))
        elif row[0] is None:
            conn.execute(
                "UPDATE disclosure SET newcomer_id = ?, entry_ids = ?, consent_id = ? "
                "WHERE id = ? AND newcomer_id IS NULL",
                (d.newcomer_id, json.dumps(list(d.entry_ids)), d.consent_id, d.id),
            )
        else:
            raise errors.InvalidData(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Handover refused, nothing was changed: a disclosure in the file "
                    "belongs to another newcomer in your case file.",
                ),
            )


def receive(case, handover: ReceivedHandover) -> None:
    """Write the whole handover in one transaction, or nothing."""
    check_receivable(case, handover)
    with case.transaction() as conn:
        check_receivable(case, handover)  # again under the write lock
        insert_all(
            case,
            list(handover.newcomers),
            list(handover.entries),
            list(handover.consents),
            action="receive",
        )
        _add_disclosures(conn, handover.disclosures)
        case.extension_requests.add_received(handover.extension_requests)
        report_schedules.add_received(case, handover.report_schedules)
        case.audit.record("receive", AUDIT_KIND, handover.handover_id)
