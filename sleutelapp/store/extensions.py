"""DUO extension requests per newcomer, and the granted extensions the termijn end counts.

`newcomer.extensions` keeps the granted extensions that `wi2021.termijn_end` adds up; a
request that is granted (or no longer is) changes that list in the same transaction, so
the termijn end follows everywhere it is shown. Extensions typed into the profile before
requests existed became granted requests with the reason 'earlier' (schema step 0005).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import Entry, ExtensionRequest, InvalidRecord, now_stamp
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue
from sleutelapp.store import errors
from sleutelapp.store.newcomers import extensions_from_json, extensions_to_json

_COLUMNS = (
    "id, newcomer_id, reason, sent_on, evidence, outcome, months, decided_on, task_id, note, "
    "created, updated"
)
# The follow-up task's text, written in the case file's UI language when the task is made
# (it is the key person's own entry from then on).
TASK_TEXT = QT_TRANSLATE_NOOP("ExtensionRequests", "DUO's decision on the extension is expected")


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def from_row(row) -> ExtensionRequest:
    return ExtensionRequest(
        id=row[0],
        newcomer_id=row[1],
        reason=row[2],
        sent_on=_day(row[3]),
        evidence=tuple(json.loads(row[4] or "[]")),
        outcome=row[5],
        months=int(row[6] or 0),
        decided_on=_day(row[7]),
        task_id=row[8],
        note=row[9],
        created=row[10],
        updated=row[11],
    )


def to_params(r: ExtensionRequest) -> tuple:
    return (
        r.id,
        r.newcomer_id,
        r.reason,
        _iso(r.sent_on),
        json.dumps(list(r.evidence)),
        r.outcome,
        r.months,
        _iso(r.decided_on),
        r.task_id,
        r.note,
        r.created,
        r.updated,
    )


def _invalid(exc: InvalidRecord) -> errors.InvalidData:
    return errors.InvalidData(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "Invalid extension request: {exc}",
        ),
        exc=exc,
    )


class ExtensionRequests:
    def __init__(self, case):
        self._case = case

    # --- reading -----------------------------------------------------------------------

    def for_newcomer(self, newcomer_id: str) -> list[ExtensionRequest]:
        rows = self._case.query(
            f"SELECT {_COLUMNS} FROM extension_request WHERE newcomer_id = ? "
            "ORDER BY coalesce(sent_on, decided_on, ''), created, id",
            (newcomer_id,),
        )
        return [from_row(r) for r in rows]

    def get(self, request_id: str) -> ExtensionRequest:
        row = self._case.query_one(
            f"SELECT {_COLUMNS} FROM extension_request WHERE id = ?", (request_id,)
        )
        if row is None:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Extension request not found.",
                ),
            )
        return from_row(row)

    def pending_by_newcomer(self) -> dict[str, ExtensionRequest]:
        """The newest request still waiting for DUO, per newcomer (one query, for Vandaag)."""
        rows = self._case.query(
            f"SELECT {_COLUMNS} FROM extension_request WHERE outcome = 'pending' "
            "ORDER BY sent_on, created"
        )
        return {r.newcomer_id: r for r in map(from_row, rows)}

    def hints(self, request: ExtensionRequest, *, termijn_start, termijn_end) -> list:
        """The eligibility hints for `request` among this newcomer's other requests."""
        others = tuple(r for r in self.for_newcomer(request.newcomer_id) if r.id != request.id)
        context = wi2021.RequestContext(
            request.reason, request.sent_on or date.today(), termijn_start, termijn_end, others
        )
        return wi2021.extension_hints(context)

    # --- writing -----------------------------------------------------------------------

    def add(self, request: ExtensionRequest, *, with_task: bool = True) -> ExtensionRequest:
        """Record a request; a pending one gets a task due when DUO's answer is expected."""
        try:
            request = request.validated()
        except InvalidRecord as exc:
            raise _invalid(exc) from None
        stamp = now_stamp()
        request = replace(request, created=request.created or stamp, updated=stamp)
        with self._case.transaction() as conn:
            self._case.newcomers.get(request.newcomer_id)  # raises NotFound
            if with_task and request.outcome == "pending" and request.sent_on:
                task = self._case.entries.add(
                    Entry(
                        newcomer_id=request.newcomer_id,
                        kind="task",
                        date=wi2021.decision_due(request.sent_on),
                        text=catalogue(self._case.settings.get("ui_language")).translate(
                            "ExtensionRequests", TASK_TEXT
                        ),
                        status="open",
                    )
                )
                request = replace(request, task_id=task.id)
            conn.execute(
                f"INSERT INTO extension_request({_COLUMNS}) VALUES ({','.join('?' * 12)})",
                to_params(request),
            )
            if request.granted:
                self._change_granted(conn, request.newcomer_id, add=request)
            self._case.audit.record("create", "extension_request", request.id)
        return request

    def add_received(self, requests) -> None:
        """Requests from an import or handover, as they were: no task is made and the
        granted list already came with the newcomer. Joins the caller's transaction."""
        try:
            prepared = [r.validated() for r in requests]
        except InvalidRecord as exc:
            raise _invalid(exc) from None
        stamp = now_stamp()
        with self._case.transaction() as conn:
            try:
                conn.executemany(
                    f"INSERT INTO extension_request({_COLUMNS}) VALUES ({','.join('?' * 12)})",
                    [
                        to_params(
                            replace(r, created=r.created or stamp, updated=r.updated or stamp)
                        )
                        for r in prepared
                    ],
                )
            except Exception as exc:  # sqlite IntegrityError: an id this case holds already
                if type(exc).__name__ == "IntegrityError":
                    raise errors.InvalidData(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "Nothing was changed: an extension request in the file already exists "
                            "in this case file, or belongs to an unknown newcomer.",
                        ),
                    ) from None
                raise
            self._case.audit.record_many("create", "extension_request", [r.id for r in prepared])

    def update(self, request: ExtensionRequest) -> ExtensionRequest:
        """Change a request (its evidence ticks, its decision); the granted list follows."""
        try:
            request = request.validated()
        except InvalidRecord as exc:
            raise _invalid(exc) from None
        request = replace(request, updated=now_stamp())
        with self._case.transaction() as conn:
            old = self.get(request.id)
            request = replace(
                request, newcomer_id=old.newcomer_id, created=old.created, task_id=old.task_id
            )
            params = to_params(request)
            conn.execute(
                "UPDATE extension_request SET reason=?, sent_on=?, evidence=?, outcome=?, "
                "months=?, decided_on=?, task_id=?, note=?, updated=? WHERE id=?",
                (*params[2:10], request.updated, request.id),
            )
            if old.granted or request.granted:
                self._change_granted(
                    conn,
                    request.newcomer_id,
                    remove=old if old.granted else None,
                    add=request if request.granted else None,
                )
            if old.outcome == "pending" and request.outcome != "pending":
                self._close_task(old.task_id)
            self._case.audit.record("update", "extension_request", request.id)
        return request

    def record_decision(
        self, request_id: str, outcome: str, decided_on: date, months: int = 0
    ) -> ExtensionRequest:
        """DUO's answer: granted for `months`, or refused."""
        current = self.get(request_id)
        return self.update(replace(current, outcome=outcome, months=months, decided_on=decided_on))

    def delete(self, request_id: str) -> ExtensionRequest:
        with self._case.transaction() as conn:
            old = self.get(request_id)
            conn.execute("DELETE FROM extension_request WHERE id = ?", (request_id,))
            if old.granted:
                self._change_granted(conn, old.newcomer_id, remove=old)
            self._case.audit.record("delete", "extension_request", request_id)
        return old

    # --- the granted list ----------------------------------------------------------------

    def _change_granted(self, conn, newcomer_id: str, *, remove=None, add=None) -> None:
        """Take `remove`'s extension out of the newcomer's granted list, put `add`'s in.

        An extension in the list that no request stands for (typed into the profile) stays.
        """
        row = conn.execute(
            "SELECT extensions FROM newcomer WHERE id = ?", (newcomer_id,)
        ).fetchone()
        granted = list(extensions_from_json(row[0] if row else "[]"))
        if remove is not None:
            gone = remove.as_extension()
            if gone in granted:
                granted.remove(gone)
        if add is not None:
            granted.append(add.as_extension())
        conn.execute(
            "UPDATE newcomer SET extensions = ?, updated = ? WHERE id = ?",
            (extensions_to_json(granted), now_stamp(), newcomer_id),
        )

    def _close_task(self, task_id: str | None) -> None:
        if task_id and self._case.entries.exists(task_id):
            task = self._case.entries.get(task_id)
            if task.status == "open":
                self._case.entries.update(replace(task, status="done"))
