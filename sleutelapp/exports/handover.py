"""Handing newcomers over to a colleague: the payload, writing the file, and receiving it.

`write_handover` puts the chosen newcomers with every entry, consent, extension and the
disclosures made about them (ids kept) into an encrypted `.sleuteloverdracht` file
(exports/handover_file.py), writes it whole or not at all and records one disclosure per
newcomer (to the colleague, with the file's SHA-256). The transfer code is returned once
and never stored. `read_handover` opens, schema-checks and validates a file;
`receive_file` writes it into the receiver's case all or nothing
(store/handover_import.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sleutelapp.domain.model import Disclosure, InvalidRecord, Newcomer, new_id, now_stamp
from sleutelapp.domain.phrase import Phrase
from sleutelapp.exports import handover_file, portable
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.paths import resource
from sleutelapp.store import errors
from sleutelapp.store.handover_import import ReceivedHandover
from sleutelapp.store.keyfile import KdfParams

FORMAT = "sleutelapp-handover"
VERSION = 1
SCHEMA_FILE = "sleutelapp-handover.v1.json"
REPORT_KIND = "handover"
PURPOSE = "overdracht aan collega"


@dataclass(frozen=True)
class HandoverResult:
    """A written handover: where, the code to pass on (once), and the register rows."""

    path: Path
    code: str
    sha256: str
    disclosures: tuple[Disclosure, ...]

    @property
    def newcomer_ids(self) -> tuple[str, ...]:
        return tuple(d.newcomer_id or "" for d in self.disclosures)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _disclosure_dict(d: Disclosure) -> dict:
    return {
        "id": d.id,
        "made_at": d.made_at,
        "report_kind": d.report_kind,
        "period_from": _iso(d.period_from),
        "period_to": _iso(d.period_to),
        "recipient": d.recipient,
        "purpose": d.purpose,
        "consent_id": d.consent_id,
        "entry_ids": list(d.entry_ids),
        "sha256": d.sha256,
    }


def _newcomer_dict(case, n: Newcomer) -> dict:
    """The portable newcomer dict plus what only a handover carries: the created/updated
    stamps of the newcomer and their entries, and the disclosures made about them."""
    entries = case.entries.timeline(n.id)
    item = portable.case_newcomer_to_dict(case, n, entries)
    item["created"], item["updated"] = n.created, n.updated
    for row, entry in zip(item["entries"], reversed(entries), strict=True):
        row["created"], row["updated"] = entry.created, entry.updated
    item["disclosures"] = [_disclosure_dict(d) for d in case.disclosures.for_newcomer(n.id)]
    return item


def build_payload(case, newcomer_ids, to: str, handover_id: str | None = None) -> dict:
    """The plaintext document of a handover (never written anywhere unencrypted)."""
    ids = list(dict.fromkeys(newcomer_ids))
    if not ids:
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "Choose at least one newcomer to hand over.",
            ),
        )
    with case.exclusive():  # one consistent state across the reads
        return {
            "format": FORMAT,
            "version": VERSION,
            "handover_id": handover_id or new_id(),
            "made_at": now_stamp(),
            "from": str(case.settings.get("keyperson_name") or "")[:500],
            "to": to.strip()[:500],
            "newcomers": [_newcomer_dict(case, case.newcomers.get(i)) for i in ids],
        }


def write_handover(
    case, newcomer_ids, path: str | Path, *, to: str = "", kdf: KdfParams | None = None
) -> HandoverResult:
    """Write the encrypted handover file and register it; returns the code (show once)."""
    from sleutelapp.exports import files
    from sleutelapp.store.durable_file import write_atomically

    payload = build_payload(case, newcomer_ids, to)
    code = handover_file.new_transfer_code()
    data = handover_file.seal(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), code, kdf
    )
    digest = files.sha256(data)
    target = write_atomically(path, data, paths=case.paths)
    try:
        with case.transaction():
            recorded = tuple(
                case.disclosures.record(
                    Disclosure(
                        report_kind=REPORT_KIND,
                        period_from=None,
                        period_to=None,
                        recipient=payload["to"],
                        purpose=PURPOSE,
                        sha256=digest,
                        entry_ids=tuple(e["id"] for e in item["entries"]),
                        newcomer_id=item["id"],
                    )
                )
                for item in payload["newcomers"]
            )
    except BaseException:
        target.unlink(missing_ok=True)  # no file may leave without its register entry
        raise
    return HandoverResult(target, code, digest, recorded)


# --- reading ------------------------------------------------------------------------------


def _refuse(reason: Phrase | str) -> handover_file.NotAHandover:
    """A refused handover; `reason` (errors.detail) says what is wrong with the file."""
    return handover_file.NotAHandover(
        QT_TRANSLATE_NOOP("CaseError", "Handover refused, nothing was changed: {reason}"),
        reason=reason,
    )


def read_payload(path: str | Path, code: str) -> dict:
    """Open the file with the code and check the payload against the JSON Schema."""
    source = Path(path)
    size = source.stat().st_size
    if size > handover_file.MAX_FILE_BYTES:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file is too large",
                )
            ),
        )
    raw = handover_file.open_sealed(source.read_bytes(), code)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the content cannot be read",
                )
            ),
        ) from None
    import jsonschema

    schema = json.loads(resource("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
    try:
        error = jsonschema.exceptions.best_match(
            jsonschema.Draft202012Validator(schema).iter_errors(document)
        )
    except RecursionError:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the content is nested too deeply",
                )
            ),
        ) from None
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(document)"
        detail = error.message[:200]
        raise _refuse(f"{where}: {detail}")
    return document


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _disclosure_from_dict(d: dict, newcomer_id: str) -> Disclosure:
    return Disclosure(
        id=d["id"],
        made_at=d["made_at"],
        report_kind=d["report_kind"],
        period_from=_day(d["period_from"]),
        period_to=_day(d["period_to"]),
        recipient=d["recipient"],
        purpose=d["purpose"],
        consent_id=d["consent_id"],
        newcomer_id=newcomer_id,
        entry_ids=tuple(d["entry_ids"]),
        sha256=d["sha256"],
    )


def _records(document: dict) -> ReceivedHandover:
    """The records of a schema-checked document, built as a portable import builds them."""
    newcomers, entries, consents, disclosures, requests = [], [], [], [], []
    schedules = []
    for item in document["newcomers"]:
        newcomer = portable.newcomer_from_dict(item, keep_stamps=True)
        newcomers.append(newcomer)
        if "extension_requests" in item:
            requests += [
                portable.request_from_dict(r, newcomer.id) for r in item["extension_requests"]
            ]
        else:  # a handover from before requests existed
            requests += portable.earlier_requests([newcomer], [item])
        if item.get("report_schedule"):
            schedules.append((newcomer.id, item["report_schedule"]))
        consents += [portable.consent_from_dict(c, newcomer.id) for c in item["consents"]]
        entries += [
            portable.entry_from_dict(e, newcomer.id, keep_stamps=True) for e in item["entries"]
        ]
        disclosures += [_disclosure_from_dict(d, newcomer.id) for d in item["disclosures"]]
    ids = [r.id for group in (newcomers, entries, consents, disclosures, requests) for r in group]
    if len(set(ids)) != len(ids):
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "an id occurs twice",
                )
            ),
        )
    return ReceivedHandover(
        document["handover_id"],
        tuple(newcomers),
        tuple(entries),
        tuple(consents),
        tuple(disclosures),
        tuple(requests),
        tuple(schedules),
    )


def read_handover(path: str | Path, code: str) -> ReceivedHandover:
    """The validated records of a handover file (nothing is written)."""
    document = read_payload(path, code)
    try:
        return _records(document)
    except (InvalidRecord, ValueError) as exc:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "invalid data ({exc})",
                ),
                exc=exc,
            ),
        ) from None


def receive_file(case, path: str | Path, code: str) -> ReceivedHandover:
    """Open, check and write a handover into `case`, all or nothing; returns what came in."""
    from sleutelapp.store import handover_import

    handover = read_handover(path, code)
    handover_import.receive(case, handover)
    return handover
