"""Entries: the timeline of one newcomer, the agenda across newcomers, and hour totals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sleutelapp.domain.model import Entry, InvalidRecord, now_stamp
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors, search
from sleutelapp.store.newcomers import invalid

COLUMNS = (
    "id, newcomer_id, kind, date, time, type, text, location, hours, minutes, status, "
    "shareable, topics, accompanied, created, updated"
)
_PLACEHOLDERS = ",".join("?" * 16)


def from_row(row) -> Entry:
    """An Entry from a database row.

    Rows were validated on the way in, so this fills the frozen dataclass directly instead
    of through its generated __init__ (3x faster; the timeline and agenda build thousands).
    """
    entry = _new(Entry)
    entry.__dict__.update(
        id=row[0],
        newcomer_id=row[1],
        kind=row[2],
        date=_fromiso(row[3]),
        time=row[4],
        type=row[5],
        text=row[6],
        location=row[7],
        hours=row[8],
        minutes=row[9],
        status=row[10],
        shareable=bool(row[11]),
        topics=tuple(row[12].split()) if row[12] else (),
        accompanied=bool(row[13]),
        created=row[14],
        updated=row[15],
    )
    return entry


_new = object.__new__
_fromiso = date.fromisoformat


def to_params(e: Entry) -> tuple:
    return (
        e.id,
        e.newcomer_id,
        e.kind,
        e.date.isoformat(),
        e.time,
        e.type,
        e.text,
        e.location,
        e.hours,
        e.minutes,
        e.status,
        int(e.shareable),
        " ".join(e.topics),
        int(e.accompanied),
        e.created,
        e.updated,
    )


@dataclass(frozen=True)
class AgendaItem:
    entry: Entry
    newcomer_name: str


@dataclass(frozen=True)
class AgendaCounts:
    """How many agenda rows there are in all, beside a page of them."""

    appointments: int
    tasks: int


# The agenda's kinds and the status that puts an entry of that kind on it.
AGENDA_KINDS = {"appointment": "planned", "task": "open"}
_AGENDA_COLUMNS = ", ".join("e." + c.strip() for c in COLUMNS.split(","))


# Start and end of the appointments, end of the tasks: sums over the days of the agenda
# tally (schema step 0010), which triggers keep equal to a count of active newcomers'
# planned appointments and open tasks per day.
AGENDA_COUNTS_SQL = """SELECT
        (SELECT coalesce(sum(n), 0) FROM agenda_tally
            WHERE kind = 'appointment' AND day >= ? AND day <= ?),
        (SELECT coalesce(sum(n), 0) FROM agenda_tally WHERE kind = 'task' AND day <= ?)"""


def _agenda_sql(
    kind: str, start: date, end: date, newcomer_id: str | None, *, paged: bool = False
) -> tuple[str, list]:
    """One kind's agenda rows: appointments from start to end, tasks due by end; `paged`
    when only the first rows are read."""
    status = AGENDA_KINDS[kind]  # KeyError for any other kind: only these two reach the SQL
    # Written into the SQL, not bound: the planner uses a partial index only when it can
    # see the query's terms imply the index's condition.
    params: list = []
    window = "e.date <= ?"
    if kind == "appointment":
        window = "e.date >= ? AND e.date <= ?"
        params.append(start.isoformat())
    params.append(end.isoformat())
    join, who = "JOIN", ""
    if newcomer_id:
        # One newcomer: the planner starts from their entries (entry_newcomer_kind).
        who = " AND e.newcomer_id = ?"
        params.append(newcomer_id)
    elif paged:
        # The first rows of everyone's: entries first, in the order of the kind's agenda
        # index, so the LIMIT stops the scan early (CROSS JOIN keeps that order of the
        # loops). All rows are cheaper read newcomer by newcomer, as the planner chooses.
        join = "CROSS JOIN"
    sql = (
        f"SELECT {_AGENDA_COLUMNS}, coalesce(nullif(n.known_as, ''), n.name) "
        f"FROM entry e {join} newcomer n ON n.id = e.newcomer_id "
        f"WHERE e.kind = '{kind}' AND e.status = '{status}' AND {window} "
        f"AND n.status = 'active'{who}"
    )
    return sql, params


class Entries:
    def __init__(self, case):
        self._case = case

    def _validated(self, entry: Entry) -> Entry:
        try:
            return entry.validated()
        except InvalidRecord as exc:
            raise invalid(exc, QT_TRANSLATE_NOOP("CaseError", "Invalid entry: {problem}")) from None

    def add(self, entry: Entry) -> Entry:
        return self.add_many([entry])[0]

    def add_many(self, entries, *, audit: bool = True) -> list[Entry]:
        """Insert entries in one transaction (all or nothing)."""
        stamp = now_stamp()
        prepared = [
            replace(self._validated(e), created=e.created or stamp, updated=e.updated or stamp)
            for e in entries
        ]
        with self._case.transaction() as conn:
            conn.executemany(
                f"INSERT INTO entry({COLUMNS}) VALUES ({_PLACEHOLDERS})",
                [to_params(e) for e in prepared],
            )
            if audit:
                self._case.audit.record_many("create", "entry", [e.id for e in prepared])
        return prepared

    def update(self, entry: Entry, *, base: Entry | None = None) -> Entry:
        """Save a changed entry. With `base` (the entry as its editor opened it), refuse
        when the stored entry is no longer that one: its `updated` stamp or its content
        changed meanwhile, so saving would silently undo someone else's change."""
        entry = replace(self._validated(entry), updated=now_stamp())
        params = to_params(entry)
        with self._case.transaction() as conn:
            if base is not None:
                row = conn.execute(
                    f"SELECT {COLUMNS} FROM entry WHERE id = ?", (entry.id,)
                ).fetchone()
                if row is None:
                    raise _not_found()
                if from_row(row) != base:
                    raise _changed_since_opened()
            cursor = conn.execute(
                "UPDATE entry SET kind=?, date=?, time=?, type=?, text=?, location=?, hours=?, "
                "minutes=?, status=?, shareable=?, topics=?, accompanied=?, updated=? "
                "WHERE id = ? AND newcomer_id = ?",
                (*params[2:14], params[15], entry.id, entry.newcomer_id),
            )
            if cursor.rowcount != 1:
                raise _not_found()
            self._case.audit.record("update", "entry", entry.id)
        return entry

    def set_status(self, entry_id: str, status: str) -> Entry:
        """A quick action: mark an appointment done, a task done, a signal resolved, …"""
        current = self.get(entry_id)
        return self.update(replace(current, status=status), base=current)

    def delete(self, entry_id: str) -> Entry:
        """Delete and return the entry (so the GUI can offer undo by re-adding it)."""
        entry = self.get(entry_id)
        with self._case.transaction() as conn:
            conn.execute("DELETE FROM entry WHERE id = ?", (entry_id,))
            self._case.audit.record("delete", "entry", entry_id)
        return entry

    def get(self, entry_id: str) -> Entry:
        row = self._case.query_one(f"SELECT {COLUMNS} FROM entry WHERE id = ?", (entry_id,))
        if row is None:
            raise _not_found()
        return from_row(row)

    def exists(self, entry_id: str) -> bool:
        return self._case.query_one("SELECT 1 FROM entry WHERE id = ?", (entry_id,)) is not None

    def timeline(
        self,
        newcomer_id: str,
        *,
        kinds: tuple[str, ...] | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Entry]:
        """Entries of one newcomer, newest first."""
        where, params = ["newcomer_id = ?"], [newcomer_id]
        if kinds:
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        if start:
            where.append("date >= ?")
            params.append(start.isoformat())
        if end:
            where.append("date <= ?")
            params.append(end.isoformat())
        rows = self._case.query(
            f"SELECT {COLUMNS} FROM entry WHERE {' AND '.join(where)} "
            "ORDER BY date DESC, coalesce(time, '') DESC, created DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [from_row(r) for r in rows]

    def matching(self, newcomer_id: str, text: str) -> list[str]:
        """Ids of this newcomer's entries that hold the search text, newest first."""
        entry_match = search.parse(text).entry_match()
        if entry_match is None:
            return []  # one or two letters name no entry (they match most of them)
        rows = self._case.query(
            "SELECT id FROM entry WHERE newcomer_id = ? AND rowid IN "
            "(SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?) "
            "ORDER BY date DESC, coalesce(time, '') DESC, created DESC",
            (newcomer_id, entry_match),
        )
        return [r[0] for r in rows]

    def count_for(self, newcomer_id: str, kinds: tuple[str, ...] | None = None) -> int:
        if not kinds:
            return self._case.query_one(
                "SELECT count(*) FROM entry WHERE newcomer_id = ?", (newcomer_id,)
            )[0]
        return self._case.query_one(
            f"SELECT count(*) FROM entry WHERE newcomer_id = ? "
            f"AND kind IN ({','.join('?' * len(kinds))})",
            (newcomer_id, *kinds),
        )[0]

    def agenda(
        self,
        start: date,
        end: date,
        newcomer_id: str | None = None,
        *,
        kind: str | None = None,
        limit: int | None = None,
    ) -> list[AgendaItem]:
        """Planned appointments from start to end and open tasks due by end (active
        newcomers; one newcomer's only with `newcomer_id`), by date and time.

        `kind` ('appointment' or 'task') gives one of the two lists and `limit` its first
        rows: read from the start of that kind's own index (schema step 0007), so a page
        costs the same at 10,000 newcomers as at 100; `agenda_counts` says how many there
        are in all.
        """
        if kind is not None:
            return self._agenda_rows(kind, start, end, newcomer_id, limit)
        # Both kinds in one order: each its own index range, joined by UNION ALL (an OR
        # across kinds would make SQLite scan, and decrypt, every entry).
        parts, params = [], []
        for each in AGENDA_KINDS:
            sql, part_params = _agenda_sql(each, start, end, newcomer_id)
            parts.append(sql)
            params.extend(part_params)
        page = ""
        if limit is not None:
            page = " LIMIT ?"
            params.append(limit)
        rows = self._case.query(
            f"SELECT * FROM ({' UNION ALL '.join(parts)}) "
            f"ORDER BY date, coalesce(time, ''), kind{page}",
            params,
        )
        return [AgendaItem(from_row(r[:16]), r[16]) for r in rows]

    def _agenda_rows(self, kind, start, end, newcomer_id, limit) -> list[AgendaItem]:
        sql, params = _agenda_sql(kind, start, end, newcomer_id, paged=limit is not None)
        # NULL sorts before any time, as coalesce(time, '') does: the index order.
        sql += " ORDER BY e.date, e.time"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [AgendaItem(from_row(r[:16]), r[16]) for r in self._case.query(sql, params)]

    def agenda_counts(self, start: date, end: date) -> AgendaCounts:
        """How many rows `agenda` has from start to end, per kind (active newcomers).

        Summed from the agenda tally (schema step 0010): one row per kind and day, so the
        cost follows the days of the window (and the days with open tasks before it), not
        the number of newcomers or entries.
        """
        row = self._case.query_one(
            AGENDA_COUNTS_SQL, (start.isoformat(), end.isoformat(), end.isoformat())
        )
        return AgendaCounts(appointments=row[0], tasks=row[1])

    def past_planned(self, before: date, newcomer_id: str | None = None) -> list[AgendaItem]:
        """Appointments dated before `before` that still say planned (active newcomers):
        their status needs updating before they reach a report as "Gepland"."""
        columns = ", ".join("e." + c.strip() for c in COLUMNS.split(","))
        who, whom = (" AND e.newcomer_id = ?", (newcomer_id,)) if newcomer_id else ("", ())
        # The planned-appointment index (step 0007) holds only planned ones: its part
        # before today is exactly this list, however many appointments took place.
        rows = self._case.query(
            f"SELECT {columns}, coalesce(nullif(n.known_as, ''), n.name) "
            "FROM entry e JOIN newcomer n ON n.id = e.newcomer_id "
            f"WHERE e.kind = 'appointment' AND e.status = 'planned' AND e.date < ?{who} "
            "AND n.status = 'active' ORDER BY e.date DESC, e.time DESC",
            (before.isoformat(), *whom),
        )
        return [AgendaItem(from_row(r[:16]), r[16]) for r in rows]

    def activity_hours(
        self, newcomer_id: str, start: date | None = None, end: date | None = None
    ) -> dict[str, float]:
        rows = self._case.query(
            "SELECT type, sum(hours) FROM entry WHERE newcomer_id = ? AND kind = 'activity' "
            "AND date >= ? AND date <= ? GROUP BY type",
            (newcomer_id, (start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        return {r[0]: round(r[1] or 0.0, 2) for r in rows}

    def in_period(self, start: date, end: date, newcomer_ids=None) -> list[Entry]:
        """All entries dated within [start, end], optionally for some newcomers only."""
        sql = f"SELECT {COLUMNS} FROM entry WHERE date BETWEEN ? AND ?"
        params: list = [start.isoformat(), end.isoformat()]
        if newcomer_ids is not None:
            ids = list(newcomer_ids)
            if not ids:
                return []
            sql += f" AND newcomer_id IN ({','.join('?' * len(ids))})"
            params.extend(ids)
        return [from_row(r) for r in self._case.query(sql + " ORDER BY date", params)]


def _changed_since_opened() -> errors.ChangedSinceOpened:
    return errors.ChangedSinceOpened(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "This entry was changed after you opened it (in another window). "
            "Nothing was saved. Close this window and open the entry again to see "
            "the latest version.",
        ),
    )


def _not_found() -> errors.NotFound:
    return errors.NotFound(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "This entry does not exist (any more).",
        ),
    )
