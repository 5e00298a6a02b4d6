"""The numbers of every period's anonymised summary, kept up to date one newcomer at a time.

A quarter summary counted from its entries costs as much as the quarter has entries, so
it grows with the case file. Instead the case file keeps, per month, quarter and year,
the sum of every newcomer's share of it (domain/summary_shares.py) in `summary_count`.
Triggers (schema step 0009) write what changes to `summary_change`: an entry's counted
columns before (-1) and after (+1), or a mark (0) when a newcomer is added or removed or
a consent or a route changed; a newcomer not yet in the numbers is only marked, and is
counted from all their entries.
`refresh()` runs before the transaction that made the changes commits
(store/case.Case.transaction): per newcomer it reads their entries of the periods
concerned as they are now, works out how they were by undoing the logged changes, and
adds the difference between the two shares to the kept numbers. How a newcomer stands in
the numbers (route, first reporting consent) is kept in `summary_person`. No copy of
anyone's share is stored, and a summary reads a few hundred numbers, whatever the size of
the case file.

The kept numbers count a newcomer in a period when a reporting consent was given by the
period's end and is not withdrawn. That is the summary's rule (store/summary_queries.py)
for every ended period as long as no withdrawal is dated after today; otherwise, and for
a period that has not ended, `period_totals()` says it cannot answer and the summary is
counted from the entries instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import groupby

from sleutelapp.domain import summary_shares
from sleutelapp.domain.anonymity import InvalidPeriod, Period, parse_period
from sleutelapp.store.summary_queries import ISO_DAY

# A day as the app writes it (summary_queries.ISO_DAY says the same in SQL).
ISO_DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")

# One newcomer's entry groups per month: month -> (kind, type, status, accompanied,
# topics) -> [entries, hours in hundredths].
Months = dict[str, dict[tuple, list[int]]]


def refresh(conn) -> int:
    """Apply every logged change to the kept numbers, inside the caller's transaction.
    Returns how many changes were logged."""
    if not pending(conn):
        return 0
    logged = conn.execute(
        "SELECT newcomer_id, sign, date, kind, type, status, accompanied, topics, hours "
        "FROM summary_change ORDER BY newcomer_id"
    )  # read one newcomer at a time, not all at once
    deltas: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    count = 0
    for newcomer_id, group in groupby(logged, key=lambda r: r[0]):
        rows = list(group)
        count += len(rows)
        changes = [r[1:] for r in rows if r[1]]
        for code, old, new in _changed_shares(conn, newcomer_id, changes):
            for key, (newcomers, value) in summary_shares.difference(old, new).items():
                delta = deltas[code, key]
                delta[0] += newcomers
                delta[1] += value
    conn.executemany(
        "INSERT INTO summary_count(period, key, newcomers, value) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(period, key) DO UPDATE SET newcomers = newcomers + excluded.newcomers, "
        "value = value + excluded.value",
        [(code, key, n, v) for (code, key), (n, v) in deltas.items() if n or v],
    )
    conn.executemany(
        "DELETE FROM summary_count WHERE period = ? AND key = ? AND newcomers = 0",
        [(code, key) for (code, key), (n, _v) in deltas.items() if n],
    )
    conn.execute("DELETE FROM summary_change")
    return count


def _changed_shares(conn, newcomer_id: str, changes: list[tuple]):
    """(period code, share before, share now) for each period of one newcomer that the
    logged `changes` (sign, date, kind, type, status, accompanied, topics, hours) or a
    change of their route or consent concern; records how they now stand."""
    applied = conn.execute(
        "SELECT route, counted_from FROM summary_person WHERE newcomer_id = ?", (newcomer_id,)
    ).fetchone()
    found = conn.execute("SELECT route FROM newcomer WHERE id = ?", (newcomer_id,)).fetchone()
    now = None
    if found is not None:
        counted_from = conn.execute(
            "SELECT min(given_on) FROM consent WHERE newcomer_id = ? AND purpose = 'reporting' "
            "AND withdrawn_on IS NULL",
            (newcomer_id,),
        ).fetchone()[0]
        now = (found[0], counted_from)
    before = tuple(applied) if applied is not None else None
    whole = before != now  # a new newcomer, a route or consent changed, or gone
    if not whole and not changes:
        return []
    periods = None if whole else _periods_of(day for _sign, day, *_ in changes)
    if periods is not None and not periods:
        return []
    current = _months(conn, newcomer_id, periods) if now is not None else {}
    # In the numbers before: nothing for a newcomer without a row; otherwise their entries
    # now with the logged changes undone.
    earlier = _undone(current, changes) if before is not None else {}
    if periods is None:
        periods = _periods_of(f"{month}-01" for month in current.keys() | earlier.keys())
    _record(conn, newcomer_id, now)
    return [
        (period.code, _share(earlier, period, before), _share(current, period, now))
        for period in periods
    ]


def _periods_of(days) -> list[Period]:
    """The months, quarters and years of these ISO dates, once each (dates no summary can
    ask for, before 1900 or after 2999, have none)."""
    codes: set[str] = set()
    for day in days:
        if day:
            codes.update(_codes_of_month(day[:7]) if ISO_DAY_TEXT.fullmatch(day) else ())
    periods = []
    for code in sorted(codes):
        try:
            periods.append(parse_period(code))
        except InvalidPeriod:
            continue
    return periods


def _codes_of_month(month: str) -> tuple[str, ...]:
    """ "2026-08" -> the month, its quarter and its year, as period codes; none for a
    month that is not written YYYY-MM (summary_queries.ISO_DAY)."""
    if not _ISO_MONTH.fullmatch(month):
        return ()
    year, number = month[:4], int(month[5:7])
    return month, f"{year}-Q{(number + 2) // 3}", year


def _months(conn, newcomer_id: str, periods: list[Period] | None) -> Months:
    """The newcomer's entries grouped per month: all of them, or those of `periods`."""
    window, params = "", [newcomer_id]
    if periods is not None:
        window = " AND date BETWEEN ? AND ?"
        params += [
            min(p.start for p in periods).isoformat(),
            max(p.end for p in periods).isoformat(),
        ]
    months: Months = defaultdict(dict)
    for month, *group, n, hours in conn.execute(
        "SELECT substr(date, 1, 7), kind, type, status, accompanied, topics, count(*), "
        f"sum(hours) FROM entry WHERE newcomer_id = ?{window} AND {ISO_DAY} "
        "GROUP BY 1, 2, 3, 4, 5, 6",
        params,
    ):
        months[month][tuple(group)] = [n, summary_shares.hundredths(hours)]
    return months


def _undone(current: Months, changes: list[tuple]) -> Months:
    """The groups as they were before the logged changes: each change taken back."""
    earlier: Months = defaultdict(dict)
    for month, groups in current.items():
        earlier[month] = {k: list(v) for k, v in groups.items()}
    for sign, day, *group, hours in changes:
        if not (day and ISO_DAY_TEXT.fullmatch(day)):
            continue  # in no period, now as before
        cell = earlier[day[:7]].setdefault(tuple(group), [0, 0])
        cell[0] -= sign
        cell[1] -= sign * summary_shares.hundredths(hours)
    for month in list(earlier):
        groups = {k: v for k, v in earlier[month].items() if v[0]}
        if groups:
            earlier[month] = groups
        else:
            del earlier[month]
    return earlier


def _share(months: Months, period: Period, state: tuple | None) -> dict[str, int]:
    """The newcomer's share of `period` from their groups, for (route, counted_from)."""
    if state is None:
        return {}
    merged: dict[tuple, list[int]] = {}
    present = False
    year = period.start.year  # a month, quarter or year: its months lie in one year
    for number in range(period.start.month, period.end.month + 1):
        groups = months.get(f"{year:04d}-{number:02d}")
        if not groups:
            continue
        present = True
        for group, (n, hours) in groups.items():
            total = merged.setdefault(group, [0, 0])
            total[0] += n
            total[1] += hours
    if not present:
        return {}
    route, counted_from = state
    counted = counted_from is not None and counted_from <= period.end.isoformat()
    return summary_shares.share(route, counted, [(*g, n, h) for g, (n, h) in merged.items()])


def _record(conn, newcomer_id: str, now: tuple | None) -> None:
    if now is None:
        conn.execute("DELETE FROM summary_person WHERE newcomer_id = ?", (newcomer_id,))
    else:
        conn.execute(
            "INSERT INTO summary_person(newcomer_id, route, counted_from) VALUES (?, ?, ?) "
            "ON CONFLICT(newcomer_id) DO UPDATE SET route = excluded.route, "
            "counted_from = excluded.counted_from",
            (newcomer_id, *now),
        )


def period_totals(case, period: Period, today: date) -> summary_shares.Totals | None:
    """The kept numbers of `period`, brought up to date; None when they cannot answer (the
    period has not ended, a reporting consent is withdrawn on a day after today, or a
    read-only case file has changes not yet applied)."""
    if period.end >= today:
        return None
    # Changes are applied before every commit, so this is normally a read; a read-only
    # case (a full disk) with changes not applied is counted from the entries.
    case.apply_pending_counts()
    return case.read(lambda conn: None if pending(conn) else _totals(conn, period, today))


def pending(conn) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM summary_change)").fetchone()[0] == 1


def _totals(conn, period: Period, today: date) -> summary_shares.Totals | None:
    later = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM consent WHERE purpose = 'reporting' AND withdrawn_on > ?)",
        (today.isoformat(),),
    ).fetchone()[0]
    if later:
        return None
    rows = conn.execute(
        "SELECT key, newcomers, value FROM summary_count WHERE period = ?", (period.code,)
    ).fetchall()
    return summary_shares.Totals({key: (n, value) for key, n, value in rows})


def kept(conn) -> dict[tuple[str, str], tuple[int, int]]:
    """Every kept number: (period, key) -> (newcomers, value)."""
    return {
        (code, key): (n, v)
        for code, key, n, v in conn.execute(
            "SELECT period, key, newcomers, value FROM summary_count"
        )
    }


def _rebuild(conn) -> None:
    """Forget every kept number and count every newcomer again from their entries."""
    conn.execute("DELETE FROM summary_count")
    conn.execute("DELETE FROM summary_person")
    conn.execute("DELETE FROM summary_change")
    conn.execute("INSERT INTO summary_change(newcomer_id, sign) SELECT id, 0 FROM newcomer")
    refresh(conn)


def recount(case) -> bool:
    """Count every period again from the entries (`sleutelapp check`). True when the kept
    numbers differed: they are then replaced by the recount. The recount only reads, so a
    window with the case open can go on saving; only a repair writes. A read-only case is
    left as is."""
    return case.repair_kept_counts(_matches_a_recount, _rebuild)


def _matches_a_recount(conn) -> bool:
    """Whether the kept numbers, and how each newcomer stands in them, are what counting
    every newcomer's entries gives; read in one snapshot, without the write lock."""
    conn.execute("BEGIN")
    try:
        totals: dict[str, summary_shares.Totals] = defaultdict(summary_shares.Totals)
        standing: dict[str, tuple] = {}
        for newcomer_id, route, counted_from in conn.execute(
            "SELECT n.id, n.route, (SELECT min(given_on) FROM consent c "
            "WHERE c.newcomer_id = n.id AND c.purpose = 'reporting' "
            "AND c.withdrawn_on IS NULL) FROM newcomer n"
        ).fetchall():
            state = (route, counted_from)
            standing[newcomer_id] = state
            months = _months(conn, newcomer_id, None)
            for period in _periods_of(f"{month}-01" for month in months):
                share = _share(months, period, state)
                totals[period.code].add(share)
        counted = {
            (code, key): numbers
            for code, of_period in totals.items()
            for key, numbers in of_period.numbers.items()
        }
        kept_now = kept(conn)
        applied = {
            newcomer_id: (route, counted_from)
            for newcomer_id, route, counted_from in conn.execute(
                "SELECT newcomer_id, route, counted_from FROM summary_person"
            )
        }
    finally:
        conn.execute("COMMIT")
    return counted == kept_now and applied == standing
