"""How many regisseur reports are due, kept up to date instead of counted on every look.

A regisseur report is due for an active newcomer with a regisseur consent when no report
of theirs covers the last complete month or quarter of their schedule (the rule of
domain/report_schedule.py, asked of the whole file by store/report_schedules.py). Counting
that on every fill of Vandaag reads every such newcomer. Instead the case file keeps, in
schema step 0011, how many newcomers are counted per schedule and how many of them have a
report covering each period; the count due is the first minus the second for the period
that is due now. Triggers mark the newcomers a change concerns; `refresh()` recomputes
exactly those before the transaction commits (store/case.Case.transaction).

The kept counts treat a consent as given while it is not withdrawn. That is the rule for
today as long as no regisseur consent is given or withdrawn on a later day than today;
otherwise `due_count()` says it cannot answer and the count is made from the rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta

from sleutelapp.domain import report_schedule as rs
from sleutelapp.domain.privacy import REGISSEUR_CONSENT
from sleutelapp.store.summary_counts import ISO_DAY_TEXT

# The days a count can be asked for: a report's span is read within these (a span beyond
# them, only a hand edit could store, covers no period anyone asks about).
_FIRST_DAY, _LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def pending(conn) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM reports_due_change)").fetchone()[0] == 1


def refresh(conn) -> None:
    """Bring the marked newcomers up to date in the kept counts (in the caller's
    transaction)."""
    if not pending(conn):
        return
    stored = conn.execute("SELECT value FROM settings WHERE key = ?", (rs.SETTING_KEY,)).fetchone()
    default = rs.schedule_or_default(stored[0] if stored else None)
    deltas: dict[str, int] = defaultdict(int)
    marked = [r[0] for r in conn.execute("SELECT DISTINCT newcomer_id FROM reports_due_change")]
    for newcomer_id in marked:
        row = conn.execute(
            "SELECT schedule, covered FROM reports_due_person WHERE newcomer_id = ?",
            (newcomer_id,),
        ).fetchone()
        if row is not None:
            _count(deltas, row[0], json.loads(row[1]), -1)
        now = _state(conn, newcomer_id, default)
        if now is None:
            conn.execute("DELETE FROM reports_due_person WHERE newcomer_id = ?", (newcomer_id,))
            continue
        schedule, covered = now
        _count(deltas, schedule, covered, 1)
        conn.execute(
            "INSERT INTO reports_due_person(newcomer_id, schedule, covered) VALUES (?, ?, ?) "
            "ON CONFLICT(newcomer_id) DO UPDATE SET schedule = excluded.schedule, "
            "covered = excluded.covered",
            (newcomer_id, schedule, json.dumps(covered)),
        )
    changed = [(key, n) for key, n in deltas.items() if n]
    conn.executemany(
        "INSERT INTO reports_due_count(key, n) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET n = n + excluded.n",
        changed,
    )
    conn.executemany(
        "DELETE FROM reports_due_count WHERE key = ? AND n = 0", [(k,) for k, _n in changed]
    )
    conn.execute("DELETE FROM reports_due_change")


def _count(deltas: dict[str, int], schedule: str | None, covered: list[str], sign: int) -> None:
    """Add (or take back) one newcomer counted under `schedule` (None: not counted)."""
    if schedule is None:
        return
    deltas[f"all|{schedule}"] += sign
    for code in covered:
        if _kind_of(code) == schedule:
            deltas[f"covered|{code}|{schedule}"] += sign


def _state(conn, newcomer_id: str, default: str) -> tuple[str | None, list[str]] | None:
    """(the schedule they are counted under or None, the periods their reports cover), or
    None for a newcomer no longer in the file."""
    found = conn.execute("SELECT status FROM newcomer WHERE id = ?", (newcomer_id,)).fetchone()
    if found is None:
        return None
    consented = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM consent WHERE newcomer_id = ? AND purpose = ? "
        "AND withdrawn_on IS NULL)",
        (newcomer_id, REGISSEUR_CONSENT),
    ).fetchone()[0]
    own = conn.execute(
        "SELECT schedule FROM report_schedule WHERE newcomer_id = ?", (newcomer_id,)
    ).fetchone()
    schedule = (own[0] if own else None) or default
    covered: set[str] = set()
    for start, end in conn.execute(
        "SELECT period_from, period_to FROM disclosure WHERE newcomer_id = ? AND report_kind = ?",
        (newcomer_id, rs.REPORT_KIND),
    ):
        covered.update(_periods_within(start, end))
    counted = schedule if found[0] == "active" and consented else None
    return counted, sorted(covered)


def _periods_within(start: str | None, end: str | None) -> list[str]:
    """The months and quarters whose every day lies in [start, end], compared as the rule
    compares them (store/report_schedules._DUE_SQL: as text)."""
    if start is None or end is None:
        return []
    try:
        if not (ISO_DAY_TEXT.fullmatch(start) and ISO_DAY_TEXT.fullmatch(end)):
            raise ValueError(start)
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:  # not plain days (only a hand edit stores them): every period tried
        return _periods_by_text(start, end)
    first, last = max(first, _FIRST_DAY), min(last, _LAST_DAY)
    codes: list[str] = []
    month = date(first.year, first.month, 1)
    try:
        if month < first:
            month = _next_month(month)
        while True:
            following = _next_month(month)
            if following - timedelta(days=1) > last:
                break
            codes.append(_code(rs.MONTH, month))
            if month.month % 3 == 0:  # the last month of a quarter: is all of it within?
                quarter_start = date(month.year, month.month - 2, 1)
                if quarter_start >= first:
                    codes.append(_code(rs.QUARTER, quarter_start))
            month = following
    except ValueError:  # a month past the year 9999
        pass
    return codes


def _periods_by_text(start: str, end: str) -> list[str]:
    """Every month and quarter from 1900 to 2999 whose first and last day, written as the
    app writes days, lie between `start` and `end` as text."""
    codes = []
    for year in range(_FIRST_DAY.year, _LAST_DAY.year + 1):
        for month in range(1, 13):
            first = date(year, month, 1)
            last = _next_month(first) - timedelta(days=1)
            if start <= first.isoformat() and last.isoformat() <= end:
                codes.append(_code(rs.MONTH, first))
            if month % 3 == 0:
                quarter = date(year, month - 2, 1)
                if start <= quarter.isoformat() and last.isoformat() <= end:
                    codes.append(_code(rs.QUARTER, quarter))
    return codes


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _code(schedule: str, start: date) -> str:
    if schedule == rs.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"


def _kind_of(code: str) -> str:
    return rs.QUARTER if "-Q" in code else rs.MONTH


def due_count(case, today: date) -> int | None:
    """How many regisseur reports are due on `today`, from the kept counts; None when they
    cannot answer (a consent given or withdrawn on a later day, or a read-only case with
    changes not applied)."""
    if not _FIRST_DAY <= today <= _LAST_DAY:
        return None  # the kept counts know the periods of these years only
    case.apply_pending_counts()
    return case.read(lambda conn: None if pending(conn) else _kept_count(conn, today))


def _kept_count(conn, today: date) -> int | None:
    # The purpose written out and the index named: the partial index of step 0011 answers
    # the first half (the planner would rather walk every regisseur consent).
    later = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM consent INDEXED BY consent_regisseur_given "
        f"WHERE purpose = '{REGISSEUR_CONSENT}' AND given_on > :t) "
        "OR EXISTS (SELECT 1 FROM consent WHERE purpose = :p AND withdrawn_on > :t)",
        {"p": REGISSEUR_CONSENT, "t": today.isoformat()},
    ).fetchone()[0]
    if later:
        return None

    def kept(key: str) -> int:
        row = conn.execute("SELECT n FROM reports_due_count WHERE key = ?", (key,)).fetchone()
        return row[0] if row else 0

    total = 0
    for schedule in rs.SCHEDULES:
        period = rs.last_complete_period(schedule, today)
        total += kept(f"all|{schedule}") - kept(
            f"covered|{_code(schedule, period.start)}|{schedule}"
        )
    return total


def recount(case) -> bool:
    """Count every newcomer again (`sleutelapp check`). True when the kept counts differed:
    they are then replaced by the recount. The comparison only reads; a read-only case is
    left as is."""
    return case.repair_kept_counts(_matches_a_recount, _rebuild)


def _rebuild(conn) -> None:
    """Nothing kept, every newcomer marked: the commit counts them all again."""
    conn.execute("DELETE FROM reports_due_count")
    conn.execute("DELETE FROM reports_due_person")
    conn.execute("INSERT INTO reports_due_change(newcomer_id) SELECT id FROM newcomer")


def _matches_a_recount(conn) -> bool:
    """Whether the kept rows and counts are what counting every newcomer gives; read in
    one snapshot, without the write lock."""
    conn.execute("BEGIN")
    try:
        stored = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (rs.SETTING_KEY,)
        ).fetchone()
        default = rs.schedule_or_default(stored[0] if stored else None)
        counts: dict[str, int] = defaultdict(int)
        people = {}
        for (newcomer_id,) in conn.execute("SELECT id FROM newcomer").fetchall():
            schedule, covered = _state(conn, newcomer_id, default) or (None, [])
            people[newcomer_id] = (schedule, json.dumps(covered))
            _count(counts, schedule, covered, 1)
        kept_people = {
            newcomer_id: (schedule, covered)
            for newcomer_id, schedule, covered in conn.execute(
                "SELECT newcomer_id, schedule, covered FROM reports_due_person"
            )
        }
        kept_counts = dict(conn.execute("SELECT key, n FROM reports_due_count WHERE n != 0"))
    finally:
        conn.execute("COMMIT")
    return kept_people == people and kept_counts == {k: n for k, n in counts.items() if n}
