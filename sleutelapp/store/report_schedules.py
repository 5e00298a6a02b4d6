"""Report schedules per newcomer and the question "which regisseur reports are due?".

The rule is domain/report_schedule.py; `due` asks it of the whole case file in one indexed
query over newcomers, their consents and the disclosure register (no Python scan).
"""

from __future__ import annotations

from datetime import date

from sleutelapp.domain import report_schedule as rs
from sleutelapp.domain.privacy import REGISSEUR_CONSENT
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors

_DUE_SQL = """
SELECT n.id, n.name, n.known_as, COALESCE(s.schedule, :default) AS schedule
FROM newcomer n
LEFT JOIN report_schedule s ON s.newcomer_id = n.id
WHERE n.status = 'active'
  AND EXISTS (
      SELECT 1 FROM consent c
      WHERE c.newcomer_id = n.id AND c.purpose = :purpose
        AND c.given_on <= :today AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :today))
  AND NOT EXISTS (
      SELECT 1 FROM disclosure d
      WHERE d.newcomer_id = n.id AND d.report_kind = :kind
        AND d.period_from <= CASE COALESCE(s.schedule, :default)
                                 WHEN 'month' THEN :month_start ELSE :quarter_start END
        AND d.period_to >= CASE COALESCE(s.schedule, :default)
                               WHEN 'month' THEN :month_end ELSE :quarter_end END)
"""
_DUE_ORDER = " ORDER BY coalesce(nullif(n.known_as, ''), n.name) COLLATE name, n.id"


def default_schedule(case) -> str:
    return rs.schedule_or_default(case.settings.get(rs.SETTING_KEY))


def own_schedule(case, newcomer_id: str) -> str | None:
    """The newcomer's own schedule, or None when the setting applies."""
    row = case.query_one(
        "SELECT schedule FROM report_schedule WHERE newcomer_id = ?", (newcomer_id,)
    )
    return row[0] if row else None


def schedule_of(case, newcomer_id: str) -> str:
    return own_schedule(case, newcomer_id) or default_schedule(case)


def set_own_schedule(case, newcomer_id: str, schedule: str | None) -> None:
    """Give the newcomer their own schedule; None (or "") goes back to the setting."""
    if schedule and schedule not in rs.SCHEDULES:
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "Unknown report schedule {schedule!r}: choose 'month' or 'quarter'.",
            ),
            schedule=schedule,
        )
    with case.transaction() as conn:
        if schedule:
            conn.execute(
                "INSERT INTO report_schedule(newcomer_id, schedule) VALUES (?, ?) "
                "ON CONFLICT(newcomer_id) DO UPDATE SET schedule = excluded.schedule",
                (newcomer_id, schedule),
            )
        else:
            conn.execute("DELETE FROM report_schedule WHERE newcomer_id = ?", (newcomer_id,))
        case.audit.record("update", "report_schedule", newcomer_id)


def add_received(case, schedules) -> None:
    """Own schedules of newcomers that came with an import or handover: (newcomer id,
    schedule) pairs, written as they were. Joins the caller's transaction."""
    schedules = list(schedules)
    for _newcomer_id, schedule in schedules:
        if schedule not in rs.SCHEDULES:
            raise errors.InvalidData(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Unknown report schedule {schedule!r}: choose 'month' or 'quarter'.",
                ),
                schedule=schedule,
            )
    if not schedules:
        return
    with case.transaction() as conn:
        conn.executemany(
            "INSERT INTO report_schedule(newcomer_id, schedule) VALUES (?, ?) "
            "ON CONFLICT(newcomer_id) DO UPDATE SET schedule = excluded.schedule",
            schedules,
        )
        case.audit.record_many("update", "report_schedule", [i for i, _s in schedules])


def due_params(default: str, today: date) -> dict:
    month = rs.last_complete_period(rs.MONTH, today)
    quarter = rs.last_complete_period(rs.QUARTER, today)
    return {
        "default": default,
        "purpose": REGISSEUR_CONSENT,
        "today": today.isoformat(),
        "kind": rs.REPORT_KIND,
        "month_start": month.start.isoformat(),
        "month_end": month.end.isoformat(),
        "quarter_start": quarter.start.isoformat(),
        "quarter_end": quarter.end.isoformat(),
    }


def due(case, today: date | None = None, *, limit: int | None = None) -> list[rs.DueReport]:
    """Every regisseur report due on `today`, by name: who and for which period; `limit`:
    the first ones only (`due_count` says how many there are)."""
    today = today or date.today()
    params = due_params(default_schedule(case), today)
    sql = _DUE_SQL + _DUE_ORDER
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    rows = case.query(sql, params)
    return [
        rs.DueReport(row[0], row[1], row[2], rs.last_complete_period(row[3], today)) for row in rows
    ]


def due_count(case, today: date | None = None) -> int:
    """How many regisseur reports are due on `today` (as `due` would list them): from the
    counts the case file keeps (store/reports_due_counts.py), or counted when they cannot
    answer for that day."""
    from sleutelapp.store import reports_due_counts

    today = today or date.today()
    kept = reports_due_counts.due_count(case, today)
    return kept if kept is not None else counted_due(case, today)


def counted_due(case, today: date) -> int:
    """How many regisseur reports are due on `today`, counted from the rows."""
    params = due_params(default_schedule(case), today)
    return case.query_one(f"SELECT count(*) FROM ({_DUE_SQL})", params)[0]
