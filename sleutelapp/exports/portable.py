"""Portable data JSON (format `sleutelapp-data` v1, design.md §8): export and validated import.

Import is all-or-nothing: the file is size-checked, parsed, validated against the JSON
Schema in resources/schema/ and against the domain rules before one row is written. A
field that does not apply to an entry's kind may be left out; a refused file gets a list of
every problem, each with its path (exports/import_problems.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import (
    Consent,
    Entry,
    Extension,
    ExtensionRequest,
    InvalidRecord,
    Newcomer,
    now_stamp,
)
from sleutelapp.exports.import_problems import (
    ImportRefused,
    Problem,
    path_text,
    refused,
    schema_problems,
)
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.paths import resource
from sleutelapp.store.errors import detail
from sleutelapp.store.newcomers import extension_dicts
from sleutelapp.store.rule_words import domain_problem

FORMAT = "sleutelapp-data"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024
SCHEMA_FILE = "sleutelapp-data.v1.json"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def request_to_dict(r: ExtensionRequest) -> dict:
    """One extension request as the portable file (and the handover) carries it."""
    return {
        "id": r.id,
        "reason": r.reason,
        "sent_on": _iso(r.sent_on),
        "evidence": list(r.evidence),
        "outcome": r.outcome,
        "months": r.months,
        "decided_on": _iso(r.decided_on),
        "task_id": r.task_id,
        "note": r.note,
        "created": r.created,
        "updated": r.updated,
    }


def request_from_dict(d: dict, newcomer_id: str) -> ExtensionRequest:
    """The request of a file's dict, validated (raises InvalidRecord)."""
    return ExtensionRequest(
        id=d["id"],
        newcomer_id=newcomer_id,
        reason=d["reason"],
        sent_on=_date(d.get("sent_on"), "sent_on"),
        evidence=tuple(d.get("evidence", ())),
        outcome=d["outcome"],
        months=_whole(d.get("months", 0)),
        decided_on=_date(d.get("decided_on"), "decided_on"),
        task_id=d.get("task_id"),
        note=d.get("note", ""),
        created=d.get("created", ""),
        updated=d.get("updated", ""),
    ).validated()


def consent_to_dict(c: Consent) -> dict:
    """A consent as the files carry it; `sheet_id` (added in 2026) only when the consent
    was signed on a sheet: the previous release's handover schema allows no unknown key,
    so a file without it stays readable there."""
    item = {
        "id": c.id,
        "purpose": c.purpose,
        "given_on": c.given_on.isoformat(),
        "withdrawn_on": _iso(c.withdrawn_on),
        "how": c.how,
        "note": c.note,
    }
    if c.sheet_id:
        item["sheet_id"] = c.sheet_id
    return item


def entry_to_dict(e: Entry) -> dict:
    return {
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


def newcomer_to_dict(
    n: Newcomer, consents, entries, requests=(), report_schedule: str | None = None
) -> dict:
    """One newcomer with everything about them, as the portable file carries it; the
    handover (exports/handover.py) adds only its own fields to this. `entries` come newest
    first (a timeline) and are written oldest first; `report_schedule` is the newcomer's own
    schedule ("month", "quarter"), left out when the setting applies.

    The fields added in 2026 (`report_schedule`, `language_code`, a consent's `sheet_id`)
    are left out when empty: the previous release's handover schema allows no unknown key,
    so a colleague still on it can receive such a file. When they are set, that colleague
    needs this version to receive it."""
    item = {
        "id": n.id,
        "name": n.name,
        "known_as": n.known_as,
        "phone": n.phone,
        "language": n.language,
        "route": n.route,
        "termijn_start": _iso(n.termijn_start),
        "extensions": extension_dicts(n.extensions),
        "municipality_ref": n.municipality_ref,
        "regisseur": n.regisseur,
        "coaches": n.coaches,
        "language_school": n.language_school,
        "status": n.status,
        "closed_on": _iso(n.closed_on),
        "consents": [consent_to_dict(c) for c in consents],
        "entries": [entry_to_dict(e) for e in reversed(entries)],
        "extension_requests": [request_to_dict(r) for r in requests],
    }
    if report_schedule:
        item["report_schedule"] = report_schedule
    if n.language_code:
        item["language_code"] = n.language_code
    return item


def case_newcomer_to_dict(case, n: Newcomer, entries=None) -> dict:
    """`newcomer_to_dict` of a newcomer in the case file, read from it (`entries`: their
    timeline when the caller has read it already)."""
    from sleutelapp.store.report_schedules import own_schedule

    return newcomer_to_dict(
        n,
        case.consents.for_newcomer(n.id),
        case.entries.timeline(n.id) if entries is None else entries,
        case.extension_requests.for_newcomer(n.id),
        own_schedule(case, n.id),
    )


def export_data(case, newcomer_id: str | None = None) -> dict:
    """Everything (or one newcomer) as a portable document."""
    chosen = [case.newcomers.get(newcomer_id)] if newcomer_id else case.newcomers.all()
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now_stamp(),
        "newcomers": [case_newcomer_to_dict(case, n) for n in chosen],
    }


def write_export(case, target: Path, newcomer_id: str | None = None) -> int:
    """Write the document atomically; returns the number of newcomers written."""
    from sleutelapp.store.durable_file import write_atomically

    document = export_data(case, newcomer_id)
    write_atomically(
        Path(target),
        json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"),
        paths=case.paths,
    )
    return len(document["newcomers"])


def schema_validator():
    """The validator of the portable-data JSON Schema, with `format` asserted (real dates)."""
    import jsonschema

    schema = json.loads(resource("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
    cls = jsonschema.Draft202012Validator
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def read_document(source: Path) -> dict:
    """Read a portable file and check its format and version; anything else is a refusal."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "cannot read the file ({strerror})",
                ),
                strerror=exc.strerror,
            ),
        ) from None
    if size > MAX_FILE_BYTES:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file is too large",
                )
            ),
        )
    raw = source.read_bytes()
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "not UTF-8 text",
                )
            ),
        ) from None
    except json.JSONDecodeError as exc:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "not valid JSON (line {lineno})",
                ),
                lineno=exc.lineno,
            ),
        ) from None
    except RecursionError:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "nested too deeply",
                )
            ),
        ) from None
    except ValueError:  # an integer of more digits than Python converts
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "a number with too many digits",
                )
            ),
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "this is not a sleutelapp-data file",
                )
            ),
        )
    if document.get("version") != VERSION:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "version {get!r} is not supported",
                ),
                get=document.get("version"),
            ),
        )
    return document


@dataclass
class ImportRecords:
    """The domain records of a checked portable document, ready to be written at once."""

    newcomers: list[Newcomer] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    extension_requests: list[ExtensionRequest] = field(default_factory=list)
    report_schedules: list[tuple[str, str]] = field(default_factory=list)  # (newcomer id, own)


def check_document(document: dict) -> ImportRecords:
    """Every record of the document checked against the schema and the domain rules.

    Raises ImportRefused listing every problem found.
    """
    records, problems = _check(document)
    if problems:
        raise ImportRefused(problems)
    return records


def _check(document: dict) -> tuple[ImportRecords, list[Problem]]:
    """The records that pass and the problems of those that do not. A record the schema
    already faults is not handed to the domain rules (they would only repeat the fault)."""
    try:
        problems = schema_problems(schema_validator().iter_errors(document))
        problems += _broken_text(document)
    except RecursionError:
        raise refused(
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "nested too deeply",
                )
            ),
        ) from None
    faulted = {_record_of(p.parts) for p in problems}
    records = ImportRecords()
    if () not in faulted and ("newcomers",) not in faulted:
        _domain_records(document["newcomers"], faulted, records, problems)
        problems += _repeated_ids(document["newcomers"])
    return records, problems


def _broken_text(value, parts: tuple = ()) -> list[Problem]:
    """Text that cannot be stored: a lone surrogate (JSON allows `\\ud800`, UTF-8 does not)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [
                Problem(
                    parts,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "holds an invalid character",
                        )
                    ),
                )
            ]
        return []
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            found += _broken_text(key, parts) + _broken_text(item, (*parts, key))
        return found
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _broken_text(item, (*parts, i))]
    return []


def _record_of(parts: tuple) -> tuple:
    """The record a problem belongs to: `()`, `("newcomers",)`, a newcomer, entry or consent."""
    if not parts or parts[0] != "newcomers":
        return ()
    if len(parts) < 2 or not isinstance(parts[1], int):
        return ("newcomers",)
    rows = ("entries", "consents", "extension_requests")
    if len(parts) >= 4 and parts[2] in rows and isinstance(parts[3], int):
        return parts[:4]
    return parts[:2]


def _id_places(people: list):
    """(path parts, id) of every id in the file, in document order."""
    for i, item in enumerate(people):
        if not isinstance(item, dict):
            continue
        yield ("newcomers", i, "id"), item.get("id")
        for name in ("consents", "entries", "extension_requests"):
            rows = item.get(name, [])
            for j, row in enumerate(rows if isinstance(rows, list) else []):
                if isinstance(row, dict):
                    yield ("newcomers", i, name, j, "id"), row.get("id")


def _domain_records(people: list, faulted: set, records: ImportRecords, problems: list) -> None:
    for i, item in enumerate(people):
        if ("newcomers", i) not in faulted:
            newcomer = _checked(("newcomers", i), problems, newcomer_from_dict, item)
            if newcomer is not None:
                records.newcomers.append(newcomer)
                if item.get("report_schedule"):
                    records.report_schedules.append((newcomer.id, item["report_schedule"]))
        newcomer_id = item.get("id") if isinstance(item, dict) else None
        for name, build, bucket in (
            ("consents", consent_from_dict, records.consents),
            ("entries", entry_from_dict, records.entries),
            ("extension_requests", request_from_dict, records.extension_requests),
        ):
            rows = item.get(name, []) if isinstance(item, dict) else []
            for j, row in enumerate(rows if isinstance(rows, list) else []):
                where = ("newcomers", i, name, j)
                if where not in faulted and isinstance(row, dict):
                    record = _checked(where, problems, build, row, newcomer_id)
                    if record is not None:
                        bucket.append(record)


def _checked(where: tuple, problems: list, build, *args):
    """The validated record, or None with its problem added (one per record: the first)."""
    try:
        return build(*args)
    except InvalidRecord as exc:
        problems.append(Problem((*where, exc.field_name), domain_problem(exc.problem)))
    except _Misfit as exc:
        problems.append(Problem((*where, *exc.parts), domain_problem(exc.problem)))
    except _BadDate as exc:
        problems.append(
            Problem(
                (*where, *exc.parts),
                detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "not a valid date",
                    )
                ),
            )
        )
    return None


class _Misfit(ValueError):
    """A domain rule broken inside a record's list (an extension), with its path."""

    def __init__(self, parts: tuple, problem: str):
        super().__init__(problem)
        self.parts = parts
        self.problem = problem


class _BadDate(ValueError):
    def __init__(self, *parts):
        super().__init__("not a valid date")
        self.parts = parts


def _date(value: str | None, *parts) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _BadDate(*parts) from None


def _required_date(value: str, *parts) -> date:
    parsed = _date(value, *parts)
    if parsed is None:
        raise _BadDate(*parts)
    return parsed


def _whole(value):
    """A JSON number the schema accepts as an integer (5 or 5.0) as a Python int."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def newcomer_from_dict(item: dict, *, keep_stamps: bool = False) -> Newcomer:
    """The newcomer of a file's dict, validated; `keep_stamps` takes its created/updated
    (a handover carries them, a portable file does not)."""
    stamps = (
        {"created": item.get("created", ""), "updated": item.get("updated", "")}
        if keep_stamps
        else {}
    )
    return Newcomer(
        id=item["id"],
        name=item["name"],
        known_as=item.get("known_as", ""),
        phone=item.get("phone", ""),
        language=item.get("language", ""),
        route=item.get("route", "unknown"),
        termijn_start=_date(item.get("termijn_start"), "termijn_start"),
        extensions=tuple(_extension(k, e) for k, e in enumerate(item.get("extensions", []))),
        municipality_ref=item.get("municipality_ref", ""),
        regisseur=item.get("regisseur", ""),
        coaches=item.get("coaches", ""),
        language_school=item.get("language_school", ""),
        status=item.get("status", "active"),
        closed_on=_date(item.get("closed_on"), "closed_on"),
        language_code=_shipped_code(item.get("language_code")),
        **stamps,
    ).validated()


def _shipped_code(value) -> str:
    """A file's language code; one this version does not ship (a newer app's) reads as
    empty, as an older file without the field does (its free-text language stays)."""
    from sleutelapp.language.languages import is_shipped

    return value if isinstance(value, str) and is_shipped(value) else ""


def _extension(k: int, e: dict) -> Extension:
    """The k-th extension, validated here so that a refusal names its index."""
    extension = Extension(
        _whole(e["months"]),
        e.get("reason", ""),
        _date(e.get("decided_on"), "extensions", k, "decided_on"),
    )
    try:
        return extension.validated()
    except InvalidRecord as exc:
        name = exc.field_name.removeprefix("extensions.")
        raise _Misfit(("extensions", k, name), exc.problem) from None


def earlier_requests(newcomers, items) -> list[ExtensionRequest]:
    """For newcomers of a file without `extension_requests` (an older file): their granted
    extensions as granted requests, as the schema step did for the case file."""
    return [
        ExtensionRequest(
            n.id,
            wi2021.EARLIER_REASON,
            outcome="granted",
            months=e.months,
            decided_on=e.decided_on,
            note=e.reason,
        )
        for n, item in zip(newcomers, items, strict=True)
        if "extension_requests" not in item
        for e in n.extensions
    ]


def consent_from_dict(c: dict, newcomer_id: str) -> Consent:
    """The consent of a file's dict, validated."""
    kwargs = {"id": c["id"]} if c.get("id") else {}
    return Consent(
        newcomer_id=newcomer_id,
        purpose=c["purpose"],
        given_on=_required_date(c["given_on"], "given_on"),
        withdrawn_on=_date(c.get("withdrawn_on"), "withdrawn_on"),
        how=c.get("how", "verbal"),
        note=c.get("note", ""),
        sheet_id=c.get("sheet_id") or None,
        **kwargs,
    ).validated()


def entry_from_dict(e: dict, newcomer_id: str, *, keep_stamps: bool = False) -> Entry:
    """An entry with every field its kind does not need taken as empty when left out;
    `keep_stamps` as for `newcomer_from_dict`."""
    stamps = (
        {"created": e.get("created", ""), "updated": e.get("updated", "")} if keep_stamps else {}
    )
    return Entry(
        id=e["id"],
        newcomer_id=newcomer_id,
        kind=e["kind"],
        date=_required_date(e["date"], "date"),
        time=e.get("time"),
        type=e.get("type"),
        text=e.get("text", ""),
        location=e.get("location", ""),
        hours=e.get("hours"),
        minutes=e.get("minutes"),
        status=e.get("status"),
        shareable=e.get("shareable", False),
        topics=tuple(e.get("topics", ())),
        accompanied=e.get("accompanied", False),
        **stamps,
    ).validated()


def _repeated_ids(people: list) -> list[Problem]:
    """An id used twice in the file, named at every place after its first."""
    first: dict[str, tuple] = {}
    problems = []
    for parts, value in _id_places(people):
        if not isinstance(value, str):
            continue
        if value in first:
            seen = path_text(first[value])
            problems.append(
                Problem(
                    parts,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "id {value} already occurs at {seen}",
                        ),
                        value=value,
                        seen=seen,
                    ),
                )
            )
        else:
            first[value] = parts
    return problems


def _stored_ids(case, document: dict) -> list[Problem]:
    """Ids of the file that the case file already holds (an import never replaces a record)."""
    from sleutelapp.store.bulk import existing_ids

    places = list(_id_places(document["newcomers"]))
    present = existing_ids(
        case,
        **{
            table: [v for parts, v in places if isinstance(v, str) and parts[-3] == table]
            for table in ("newcomers", "entries", "consents", "extension_requests")
        },
    )
    return [
        Problem(
            parts,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "id {value} already exists in this case file",
                ),
                value=value,
            ),
        )
        for parts, value in places
        if isinstance(value, str) and value in present
    ]


def import_file(case, source: Path) -> tuple[int, int]:
    """Import all or nothing; returns (newcomers, entries) added.

    Raises ImportRefused listing every problem of the file, ids the case file already holds
    included; nothing is written then.
    """
    from sleutelapp.store import report_schedules
    from sleutelapp.store.bulk import insert_all

    document = read_document(Path(source))
    records, problems = _check(document)
    if isinstance(document.get("newcomers"), list):
        problems += _stored_ids(case, document)
    if problems:
        raise ImportRefused(problems)
    items = {item["id"]: item for item in document["newcomers"]}
    earlier = earlier_requests(records.newcomers, [items[n.id] for n in records.newcomers])
    with case.transaction():
        insert_all(case, records.newcomers, records.entries, records.consents, action="import")
        case.extension_requests.add_received([*records.extension_requests, *earlier])
        report_schedules.add_received(case, records.report_schedules)
    return len(records.newcomers), len(records.entries)
