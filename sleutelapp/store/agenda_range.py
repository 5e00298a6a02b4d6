"""What the agenda view shows for a week or a month, read in one query per range.

Appointments (every status, so the key person sees what happened and can still correct
it), tasks dated in the range, the termijn start of every active newcomer (its end is
computed by the domain rules, extensions included) and the expected decisions of pending
DUO extension requests — unless the request's own follow-up task still exists, which then
stands for it (one item, not two). Entry text is read only for tasks (their first line
names them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sleutelapp.domain import wi2021
from sleutelapp.store.newcomers import extensions_from_json

APPOINTMENT, TASK, TERMIJN, DECISION = "appointment", "task", "termijn", "decision"


@dataclass(frozen=True)
class AgendaRangeRow:
    """One agenda item: an entry, a termijn end or an expected DUO decision."""

    kind: str  # APPOINTMENT, TASK, TERMIJN or DECISION
    date: date
    newcomer_id: str
    name: str
    known_as: str
    entry_id: str = ""  # appointments and tasks only
    time: str | None = None
    type: str | None = None
    status: str | None = None
    accompanied: bool = False
    location: str = ""
    text: str = ""  # the first line of a task

    @property
    def display_name(self) -> str:
        return self.known_as or self.name


_NAMES = "n.id, n.name, n.known_as"
_ENTRIES = f"""
    SELECT 'appointment', e.date, {_NAMES}, e.id, e.time, e.type, e.status, e.accompanied,
           e.location, '' FROM entry e JOIN newcomer n ON n.id = e.newcomer_id
    WHERE e.kind = 'appointment' AND e.date BETWEEN :start AND :end AND n.status = 'active'
    UNION ALL
    SELECT 'task', e.date, {_NAMES}, e.id, e.time, e.type, e.status, 0, '', e.text
    FROM entry e JOIN newcomer n ON n.id = e.newcomer_id
    WHERE e.kind = 'task' AND e.date BETWEEN :start AND :end AND n.status = 'active'"""
# Termijn ends and decisions are computed from every active newcomer's dates, not read
# from an index range: the agenda view needs them, a check of the next hours does not.
_DERIVED = f"""
    UNION ALL
    SELECT 'termijn', n.termijn_start, {_NAMES}, '', NULL, NULL, NULL, 0, '', n.extensions
    FROM newcomer n WHERE n.status = 'active' AND n.termijn_start IS NOT NULL
    UNION ALL
    SELECT 'decision', r.sent_on, {_NAMES}, '', NULL, NULL, NULL, 0, '', ''
    FROM extension_request r JOIN newcomer n ON n.id = r.newcomer_id
    WHERE r.outcome = 'pending' AND r.sent_on IS NOT NULL AND n.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM entry t WHERE t.id = r.task_id)"""
_SQL = f"SELECT * FROM ({_ENTRIES}{_DERIVED})"
_ENTRIES_SQL = f"SELECT * FROM ({_ENTRIES})"


def agenda_range(
    case, start: date, end: date, *, entries_only: bool = False
) -> list[AgendaRangeRow]:
    """Every agenda item dated in [start, end] (active newcomers), by date and time;
    `entries_only`: appointments and tasks only (the reminders: their cost follows the
    range, not the number of newcomers)."""
    rows = case.query(
        _ENTRIES_SQL if entries_only else _SQL,
        {"start": start.isoformat(), "end": end.isoformat()},
    )
    items: list[AgendaRangeRow] = []
    for (
        kind,
        day,
        newcomer_id,
        name,
        known_as,
        entry_id,
        time,
        type_,
        status,
        went,
        place,
        text,
    ) in rows:
        when: date | None
        try:
            when = date.fromisoformat(day)
        except (TypeError, ValueError):
            continue  # an unreadable date shows nowhere rather than on a guessed day
        if kind == TERMIJN:
            began = when
            try:
                when = wi2021.termijn_end(began, extensions_from_json(text))
            except (ValueError, KeyError, TypeError):
                when = wi2021.termijn_end(began)  # as the profile shows an unreadable list
            text = ""
        elif kind == DECISION and when is not None:
            when = wi2021.decision_due(when)
        if when is None or not start <= when <= end:
            continue
        first_line = text.strip().splitlines()[0] if text and text.strip() else ""
        items.append(
            AgendaRangeRow(
                kind,
                when,
                newcomer_id,
                name,
                known_as or "",
                entry_id or "",
                time,
                type_,
                status,
                bool(went),
                place or "",
                first_line,
            )
        )
    # per day: timed items by time, then the rest (appointments, tasks, decisions, termijn)
    order = {APPOINTMENT: 0, TASK: 1, DECISION: 2, TERMIJN: 3}
    items.sort(key=lambda r: (r.date, not r.time, r.time or "", order[r.kind], r.entry_id))
    return items
