"""What the calendar export reads: appointments and open tasks of active newcomers.

Only the fields a calendar item can show are read; entry text is never fetched, so no
free text can reach an `.ics` file by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CalendarRow:
    """One appointment or open task with the newcomer's name fields, for one calendar item."""

    entry_id: str
    newcomer_id: str
    kind: str  # "appointment" or "task"
    date: date
    time: str | None
    type: str | None
    location: str
    status: str
    accompanied: bool
    updated: str  # the later of the entry's and the newcomer's `updated` stamp
    name: str
    known_as: str


_SELECT = """SELECT e.id, e.newcomer_id, e.kind, e.date, e.time, e.type, e.location,
                    e.status, e.accompanied, max(e.updated, n.updated), n.name, n.known_as
             FROM entry e JOIN newcomer n ON n.id = e.newcomer_id
             WHERE n.status = 'active' """


def calendar_rows(case, start: date, end: date) -> list[CalendarRow]:
    """Planned and cancelled appointments dated in [start, end], and open tasks due by
    `end` (overdue ones included, as in the agenda), ordered by date, time and id."""
    # Index range scans on (kind, date, status) joined by UNION ALL, as the agenda does.
    rows = case.query(
        f"""SELECT * FROM (
                {_SELECT} AND e.kind = 'appointment' AND e.date BETWEEN :start AND :end
                    AND e.status IN ('planned', 'cancelled')
                UNION ALL
                {_SELECT} AND e.kind = 'task' AND e.date <= :end AND e.status = 'open')
            ORDER BY date, coalesce(time, ''), id""",
        {"start": start.isoformat(), "end": end.isoformat()},
    )
    return [
        CalendarRow(
            entry_id=r[0],
            newcomer_id=r[1],
            kind=r[2],
            date=date.fromisoformat(r[3]),
            time=r[4],
            type=r[5],
            location=r[6] or "",
            status=r[7],
            accompanied=bool(r[8]),
            updated=r[9] or "",
            name=r[10],
            known_as=r[11] or "",
        )
        for r in rows
    ]
