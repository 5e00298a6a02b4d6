"""The numbers of every period's anonymised summary, kept up to date one newcomer at a time.

A quarter summary counted from its entries costs as much as the quarter has entries, so
it grows with the case file. Instead the case file keeps, per period, the sum of every
newcomer's share (domain/summary_shares.py) in `summary_count`, and each share in
`summary_share` so it can be taken back. Triggers (schema step 0009) mark the shares a
change makes stale; `refresh()` recomputes exactly those from the newcomer's own entries,
consents and route, before the transaction that made the change commits
(store/case.Case.transaction). A summary then reads a few hundred numbers, whatever the
size of the case file.

The kept numbers count a newcomer in a period when a reporting consent was given by the
period's end and is not withdrawn. That is the summary's rule (store/summary_queries.py)
for every ended period as long as no withdrawal is dated after today; otherwise, and for
a period that has not ended, `period_totals()` says it cannot answer and the summary is
counted from the entries instead.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import date
from itertools import groupby

from sleutelapp.domain import summary_shares
from sleutelapp.domain.anonymity import InvalidPeriod, Period, parse_period

_FLUSH_EVERY = 500  # newcomers whose shares are written together


def has_stale(conn) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM summary_stale)").fetchone()[0] == 1


def refresh(conn) -> int:
    """Recompute every stale share and apply the differences to the kept numbers; inside
    the caller's transaction. Returns how many (newcomer, period) shares were stale."""
    stale = conn.execute(
        "SELECT newcomer_id, period FROM summary_stale ORDER BY newcomer_id"
    ).fetchall()
    if not stale:
        return 0
    changes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    writes: list[tuple[str, str, str]] = []
    removals: list[tuple[str, str]] = []
    for index, (newcomer_id, rows) in enumerate(groupby(stale, key=lambda r: r[0])):
        codes = [code for _, code in rows]
        for code, old, new in _new_shares(conn, newcomer_id, codes):
            for key, (newcomers, value) in summary_shares.difference(old, new).items():
                change = changes[code, key]
                change[0] += newcomers
                change[1] += value
            if new:
                writes.append(
                    (newcomer_id, code, json.dumps(new, separators=(",", ":"), sort_keys=True))
                )
            elif old:
                removals.append((newcomer_id, code))
        if index % _FLUSH_EVERY == _FLUSH_EVERY - 1:
            _write_shares(conn, writes, removals)
    _write_shares(conn, writes, removals)
    conn.executemany(
        "INSERT INTO summary_count(period, key, newcomers, value) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(period, key) DO UPDATE SET newcomers = newcomers + excluded.newcomers, "
        "value = value + excluded.value",
        [(code, key, n, v) for (code, key), (n, v) in changes.items() if n or v],
    )
    conn.executemany(
        "DELETE FROM summary_count WHERE period = ? AND key = ? AND newcomers = 0",
        [(code, key) for (code, key), (n, _v) in changes.items() if n],
    )
    conn.execute("DELETE FROM summary_stale")
    return len(stale)


def _write_shares(conn, writes: list, removals: list) -> None:
    conn.executemany(
        "INSERT INTO summary_share(newcomer_id, period, share) VALUES (?, ?, ?) "
        "ON CONFLICT(newcomer_id, period) DO UPDATE SET share = excluded.share",
        writes,
    )
    conn.executemany("DELETE FROM summary_share WHERE newcomer_id = ? AND period = ?", removals)
    writes.clear()
    removals.clear()


def _new_shares(conn, newcomer_id: str, codes: list[str]):
    """(period code, old share, new share) for each stale period of one newcomer."""
    periods: list[Period] = []
    for code in codes:
        try:
            periods.append(parse_period(code))
        except InvalidPeriod:  # a date no summary can ask for (before 1900, after 2999)
            continue
    if not periods:
        return []
    old = dict(
        conn.execute(
            "SELECT period, share FROM summary_share WHERE newcomer_id = ? "
            "AND period IN (SELECT value FROM json_each(?))",
            (newcomer_id, json.dumps([p.code for p in periods])),
        ).fetchall()
    )
    found = conn.execute("SELECT route FROM newcomer WHERE id = ?", (newcomer_id,)).fetchone()
    months: dict[str, list[tuple]] = defaultdict(list)
    if found is not None:
        for month, *group in conn.execute(
            """SELECT substr(date, 1, 7), kind, type, status, accompanied, topics, count(*),
                      sum(hours)
               FROM entry WHERE newcomer_id = ? AND date BETWEEN ? AND ?
               GROUP BY 1, 2, 3, 4, 5, 6""",
            (
                newcomer_id,
                min(p.start for p in periods).isoformat(),
                max(p.end for p in periods).isoformat(),
            ),
        ):
            months[month].append(group)
    consent_from = None
    if found is not None:
        consent_from = conn.execute(
            "SELECT min(given_on) FROM consent WHERE newcomer_id = ? AND purpose = 'reporting' "
            "AND withdrawn_on IS NULL",
            (newcomer_id,),
        ).fetchone()[0]
    result = []
    for period in periods:
        groups = _period_groups(months, period)
        new: dict[str, int] = {}
        if groups is not None:
            counted = consent_from is not None and consent_from <= period.end.isoformat()
            new = summary_shares.share(found[0], counted, groups)
        result.append(
            (period.code, json.loads(old[period.code]) if period.code in old else {}, new)
        )
    return result


def _period_groups(months: dict[str, list[tuple]], period: Period) -> list[tuple] | None:
    """The newcomer's entry groups of a period, from their groups per month; None when
    they have no entry in it."""
    first, last = period.start.isoformat()[:7], period.end.isoformat()[:7]
    merged: dict[tuple, list] = {}
    present = False
    for month, groups in months.items():
        if not first <= month <= last:
            continue
        present = True
        for kind, type_code, status, accompanied, topics, n, hours in groups:
            group = merged.setdefault((kind, type_code, status, accompanied, topics), [0, 0])
            group[0] += n
            group[1] += summary_shares.hundredths(hours)
    if not present:
        return None
    return [(*group_key, n, hours) for group_key, (n, hours) in merged.items()]


def period_totals(case, period: Period, today: date) -> summary_shares.Totals | None:
    """The kept numbers of `period`, brought up to date; None when they cannot answer (the
    period has not ended, a reporting consent is withdrawn on a day after today, or a
    read-only case file holds stale shares)."""
    if period.end >= today:
        return None
    if case.read_only:  # a full disk: read what is kept if it is up to date
        return case.read(lambda conn: None if has_stale(conn) else _totals(conn, period, today))
    with case.transaction() as conn:
        refresh(conn)
        return _totals(conn, period, today)


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


def recounted(conn) -> dict[tuple[str, str], tuple[int, int]]:
    """The kept numbers as the kept shares sum to: (period, key) -> (newcomers, value); a
    check that `summary_count` is exactly the sum of `summary_share`."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for code, text in conn.execute("SELECT period, share FROM summary_share"):
        for key, value in json.loads(text).items():
            entry = sums[code, key]
            entry[0] += 1
            entry[1] += value
    return {k: (n, v) for k, (n, v) in sums.items()}


def kept(conn) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (code, key): (n, v)
        for code, key, n, v in conn.execute(
            "SELECT period, key, newcomers, value FROM summary_count"
        )
    }


def _codes_of_month(month: str) -> tuple[str, str, str]:
    """ "2026-08" -> the month, its quarter and its year, as period codes."""
    year, number = month[:4], int(month[5:7] or 0)
    return month, f"{year}-Q{(number + 2) // 3}", year


def _rebuild(conn) -> None:
    """Forget every kept number and share and count every period again from the entries."""
    conn.execute("DELETE FROM summary_count")
    conn.execute("DELETE FROM summary_share")
    months = conn.execute("SELECT DISTINCT newcomer_id, substr(date, 1, 7) FROM entry")
    conn.executemany(
        "INSERT OR IGNORE INTO summary_stale(newcomer_id, period) VALUES (?, ?)",
        [(newcomer, code) for newcomer, month in months for code in _codes_of_month(month)],
    )
    refresh(conn)


def recount(case) -> bool:
    """Count every period again from the entries (`sleutelapp check`). True when the kept
    numbers differed: they are replaced by the recount. A read-only case is left as is."""
    if case.read_only:
        return False
    with case.transaction() as conn:
        refresh(conn)
        before = _digest(conn)
        conn.execute("SAVEPOINT recount")
        _rebuild(conn)
        differed = _digest(conn) != before
        if not differed:
            conn.execute("ROLLBACK TO recount")
        conn.execute("RELEASE recount")
    return differed


def _digest(conn) -> bytes:
    """One hash of every kept number and share, read in key order (flat memory)."""
    digest = hashlib.sha256()
    for sql in (
        "SELECT period, key, newcomers, value FROM summary_count ORDER BY period, key",
        "SELECT newcomer_id, period, share FROM summary_share ORDER BY newcomer_id, period",
    ):
        for row in conn.execute(sql):
            digest.update(json.dumps(row).encode("utf-8"))
    return digest.digest()
