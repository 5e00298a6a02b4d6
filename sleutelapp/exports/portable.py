"""Portable data JSON (format `sleutelapp-data` v1, design.md §8): export and validated import.

Import is all-or-nothing: the file is size-checked, parsed, validated against the JSON
Schema in resources/schema/ and against the domain rules before one row is written.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sleutelapp.domain.model import Consent, Entry, Extension, InvalidRecord, Newcomer, now_stamp
from sleutelapp.paths import resource
from sleutelapp.store.errors import InvalidData

FORMAT = "sleutelapp-data"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024
SCHEMA_FILE = "sleutelapp-data.v1.json"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def newcomer_to_dict(n: Newcomer, consents, entries) -> dict:
    return {
        "id": n.id,
        "name": n.name,
        "known_as": n.known_as,
        "phone": n.phone,
        "language": n.language,
        "route": n.route,
        "termijn_start": _iso(n.termijn_start),
        "extensions": [
            {"months": e.months, "reason": e.reason, "decided_on": _iso(e.decided_on)}
            for e in n.extensions
        ],
        "municipality_ref": n.municipality_ref,
        "regisseur": n.regisseur,
        "coaches": n.coaches,
        "language_school": n.language_school,
        "status": n.status,
        "closed_on": _iso(n.closed_on),
        "consents": [
            {
                "id": c.id,
                "purpose": c.purpose,
                "given_on": c.given_on.isoformat(),
                "withdrawn_on": _iso(c.withdrawn_on),
                "how": c.how,
                "note": c.note,
            }
            for c in consents
        ],
        "entries": [
            {
                "id": e.id,
                "kind": e.kind,
                "date": e.date.isoformat(),
                "time": e.time,
                "type": e.type,
                "text": e.text,
                "location": e.location,
                "hours": e.hours,
                "minutes": e.minutes,
                "status": e.status,
                "shareable": e.shareable,
                "topics": list(e.topics),
                "accompanied": e.accompanied,
            }
            for e in reversed(entries)
        ],
    }


def export_data(case, newcomer_id: str | None = None) -> dict:
    """Everything (or one newcomer) as a portable document."""
    chosen = [case.newcomers.get(newcomer_id)] if newcomer_id else case.newcomers.all()
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now_stamp(),
        "newcomers": [
            newcomer_to_dict(n, case.consents.for_newcomer(n.id), case.entries.timeline(n.id))
            for n in chosen
        ],
    }


def write_export(case, target: Path, newcomer_id: str | None = None) -> int:
    """Write the document atomically; returns the number of newcomers written."""
    from sleutelapp.store.durable_file import write_atomically

    document = export_data(case, newcomer_id)
    write_atomically(
        Path(target), json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    )
    return len(document["newcomers"])


def _refuse(nl: str, en: str) -> InvalidData:
    return InvalidData(
        f"Import geweigerd, er is niets veranderd: {nl}",
        f"Import refused, nothing was changed: {en}",
    )


def _path_text(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


def read_document(source: Path) -> dict:
    """Read and schema-check a portable file; raises InvalidData naming the field."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise _refuse(
            f"bestand niet te lezen ({exc.strerror})", f"cannot read the file ({exc.strerror})"
        ) from None
    if size > MAX_FILE_BYTES:
        raise _refuse("het bestand is te groot", "the file is too large")
    raw = source.read_bytes()
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _refuse("geen UTF-8-tekst", "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _refuse(
            f"geen geldige JSON (regel {exc.lineno})", f"not valid JSON (line {exc.lineno})"
        ) from None
    except RecursionError:
        raise _refuse("te diep genest", "nested too deeply") from None
    except ValueError:  # e.g. a number of 100,000 digits (Python's int size guard)
        raise _refuse("een getal is te lang", "a number is too long") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refuse("dit is geen sleutelapp-data-bestand", "this is not a sleutelapp-data file")
    if document.get("version") != VERSION:
        raise _refuse(
            f"versie {document.get('version')!r} wordt niet ondersteund",
            f"version {document.get('version')!r} is not supported",
        )
    import jsonschema

    schema = json.loads(resource("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    except RecursionError:
        raise _refuse("te diep genest", "nested too deeply") from None
    if error is not None:
        where = _path_text(error.absolute_path)
        detail = error.message if len(error.message) < 200 else error.message[:200] + "…"
        raise _refuse(f"{where}: {detail}", f"{where}: {detail}")
    return document


def _date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _refuse(f"{where}: geen geldige datum", f"{where}: not a valid date") from None


def _required_date(value: str, where: str) -> date:
    parsed = _date(value, where)
    if parsed is None:
        raise _refuse(f"{where}: datum ontbreekt", f"{where}: date missing")
    return parsed


def records_from_document(document: dict) -> tuple[list, list, list]:
    """Domain records of a schema-valid document, each checked by the domain rules."""
    newcomers, entries, consents = [], [], []
    for i, item in enumerate(document["newcomers"]):
        where = f"newcomers[{i}]"
        try:
            newcomer = Newcomer(
                id=item["id"],
                name=item["name"],
                known_as=item.get("known_as", ""),
                phone=item.get("phone", ""),
                language=item.get("language", ""),
                route=item["route"],
                termijn_start=_date(item.get("termijn_start"), f"{where}.termijn_start"),
                extensions=tuple(
                    Extension(
                        e["months"],
                        e.get("reason", ""),
                        _date(e.get("decided_on"), f"{where}.extensions.decided_on"),
                    )
                    for e in item.get("extensions", [])
                ),
                municipality_ref=item.get("municipality_ref", ""),
                regisseur=item.get("regisseur", ""),
                coaches=item.get("coaches", ""),
                language_school=item.get("language_school", ""),
                status=item["status"],
                closed_on=_date(item.get("closed_on"), f"{where}.closed_on"),
            ).validated()
        except InvalidRecord as exc:
            raise _refuse(f"{where}.{exc}", f"{where}.{exc}") from None
        newcomers.append(newcomer)
        for j, c in enumerate(item["consents"]):
            kwargs = {"id": c["id"]} if c.get("id") else {}
            try:
                consents.append(
                    Consent(
                        newcomer_id=newcomer.id,
                        purpose=c["purpose"],
                        given_on=_required_date(c["given_on"], f"{where}.consents[{j}].given_on"),
                        withdrawn_on=_date(
                            c.get("withdrawn_on"), f"{where}.consents[{j}].withdrawn_on"
                        ),
                        how=c.get("how", "verbal"),
                        note=c.get("note", ""),
                        **kwargs,
                    ).validated()
                )
            except InvalidRecord as exc:
                raise _refuse(
                    f"{where}.consents[{j}].{exc}", f"{where}.consents[{j}].{exc}"
                ) from None
        for j, e in enumerate(item["entries"]):
            try:
                entries.append(
                    Entry(
                        id=e["id"],
                        newcomer_id=newcomer.id,
                        kind=e["kind"],
                        date=_required_date(e["date"], f"{where}.entries[{j}].date"),
                        time=e.get("time"),
                        type=e.get("type"),
                        text=e["text"],
                        location=e["location"],
                        hours=e.get("hours"),
                        minutes=e.get("minutes"),
                        status=e.get("status"),
                        shareable=e["shareable"],
                        topics=tuple(e["topics"]),
                        accompanied=e["accompanied"],
                    ).validated()
                )
            except InvalidRecord as exc:
                raise _refuse(
                    f"{where}.entries[{j}].{exc}", f"{where}.entries[{j}].{exc}"
                ) from None
    _check_unique([n.id for n in newcomers] + [e.id for e in entries] + [c.id for c in consents])
    return newcomers, entries, consents


def _check_unique(ids: list[str]) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise _refuse(f"id {value} komt twee keer voor", f"id {value} occurs twice")
        seen.add(value)


def import_file(case, source: Path) -> tuple[int, int]:
    """Import all or nothing; returns (newcomers, entries) added."""
    from sleutelapp.store.bulk import insert_all

    newcomers, entries, consents = records_from_document(read_document(Path(source)))
    insert_all(case, newcomers, entries, consents, action="import")
    return len(newcomers), len(entries)
