"""Store benchmarks: demo, unlock, and every list query of the window at 1,000 and at
10,000 newcomers x 100 entries, side by side in one run, each beside its raw SQL.

"Room to grow": at 10,000 x 100 each query stays within 1.5x of its figure at 1,000 x 100.
Lists are measured as a page of PAGE rows (the rest fetched as the user scrolls); the
whole list is shown too, as a reference. [n rows] is how many rows match in all: a demo
name, a common word or the agenda has ten times as many at 10,000, so there the growth
follows the answer; names that occur once show the cost of the lookup itself.
SLEUTELAPP_BENCH_LARGE=2000 makes the large data set smaller for a quick look.
"""

from __future__ import annotations

from datetime import date, timedelta

from sleutelapp.store import entries as entry_rows
from sleutelapp.store import search
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams, KeyFile
from sleutelapp.store.newcomers import search_list_sql
from tests.bench.data import LARGE, PASSPHRASE, demo_home, demo_run
from tests.bench.timing import median_ms

SMALL = 1000
ENTRIES_PER = 100
PAGE = 200
AGENDA_DAYS = 14
MAX_GROWTH = 1.5


def _measure(paths) -> dict[str, tuple[float, float | None, int | None]]:
    """label -> (ms of the store call, ms of the same SQL raw or None, rows or None)."""
    today = date.today()
    figures: dict[str, tuple[float, float | None, int | None]] = {}
    with Case.open(paths, PASSPHRASE) as case:
        conn = case.conn
        some = case.newcomers.search_list(limit=1, offset=17)[0]

        def raw_list(text, limit=None):
            # the same two statements the store runs: the entry hits a page needs, then
            # the page (the hits are part of the query's cost, so they are timed too)
            terms = search.parse(text)

            def run():
                hits = search.recent_entry_hits(conn, terms, limit)
                sql, params = search_list_sql(text, limit=limit, entry_hits=hits)
                return conn.execute(sql, params).fetchall()

            return run

        def raw_timeline():
            conn.execute(
                f"SELECT {entry_rows.COLUMNS} FROM entry WHERE newcomer_id = ? "
                "ORDER BY date DESC, coalesce(time, '') DESC, created DESC LIMIT -1 "
                "OFFSET 0",
                (some.id,),
            ).fetchall()

        searches = [
            ("list, no filter", ""),
            # Names that occur once at both sizes (tests/bench/data.UNIQUE_NAMES).
            ("search one name as typed 'Hossein R'", "Hossein R"),
            ("search one name, variant 'Hussein' (Hossein)", "Hussein"),
            ("search one name, variant 'Elhassan' (Al-Hassan)", "Elhassan"),
            ("search one name, Arabic script 'حسين' (Hossein)", "حسين"),
            # Demo names: each occurs 10x as often in the large set, so do the results.
            ("search demo name as typed 'khad'", "khad"),
            ("search demo name, variant 'Yusuf' (Youssef)", "Yusuf"),
            ("search demo name, variant 'Fatma' (Fatima)", "Fatma"),
            ("search demo name, variant 'Muhammad' (Mehmet)", "Muhammad"),
            ("search demo name, Arabic script 'يوسف' (Youssef)", "يوسف"),
            ("search FTS word 'kinderopvangtoeslag'", "kinderopvangtoeslag"),
            ("search FTS word 'wachtlijst' (in most files)", "wachtlijst"),
        ]
        for label, text in searches:
            figures[f"{label}, first {PAGE}"] = (
                median_ms(lambda t=text: case.newcomers.search_list(t, limit=PAGE)),
                median_ms(raw_list(text, limit=PAGE)),
                len(case.newcomers.search_list(text)),
            )
        figures["list, no filter, all rows (reference)"] = (
            median_ms(lambda: case.newcomers.search_list(), repeat=7),
            median_ms(raw_list(""), repeat=7),
            case.newcomers.count(),
        )
        figures["timeline of one newcomer (100 entries)"] = (
            median_ms(lambda: case.entries.timeline(some.id)),
            median_ms(raw_timeline),
            None,
        )
        end = today + timedelta(days=AGENDA_DAYS - 1)
        items = len(case.entries.agenda(today, end))
        agenda_ms = median_ms(lambda: case.entries.agenda(today, end), repeat=11)
        figures[f"agenda, next {AGENDA_DAYS} days (all items)"] = (agenda_ms, None, items)
        figures[f"agenda, next {AGENDA_DAYS} days, per 1,000 items"] = (
            agenda_ms * 1000 / max(items, 1),
            None,
            None,
        )

        def vandaag():  # what gui/today_view.py asks the store for
            case.entries.agenda(today, end)
            case.newcomers.search_list(status="active", today=today)

        active = case.newcomers.search_list(status="active", today=today)
        figures["Vandaag (agenda + whole active list, as the view asks today)"] = (
            median_ms(vandaag, repeat=7),
            None,
            None,
        )
        figures["Vandaag attention rows, whole active list (today's way)"] = (
            median_ms(lambda: case.newcomers.search_list(status="active", today=today), repeat=7),
            None,
            len(active),
        )
        figures["Vandaag attention rows, needing_attention (SQL)"] = (
            median_ms(lambda: case.newcomers.needing_attention(today), repeat=7),
            None,
            len(case.newcomers.needing_attention(today)),
        )
    return figures


def _cell(ms: float, raw: float | None, rows: int | None) -> str:
    cell = f"{ms:.2f} ms"
    if raw is not None:
        cell += f" (raw {raw:.2f})"
    if rows is not None:
        cell += f" [{rows} rows]"
    return cell


def run() -> list[tuple[str, str, str]]:
    rows = []
    small_run, large_run = demo_run(SMALL, ENTRIES_PER, 1), demo_run(LARGE, ENTRIES_PER, 1)
    for size, made in ((SMALL, small_run), (LARGE, large_run)):
        when = "this run" if made.fresh else f"made earlier on {made.made_on}"
        peak = f"{made.peak_mb:.0f} MB" if made.peak_mb is not None else "n/a"
        cpu = f"{made.cpu_seconds:.1f} s" if made.cpu_seconds is not None else "n/a"
        rows.append(
            (
                f"demo {size} x {ENTRIES_PER} (CLI, incl. unlock; {when})",
                f"{made.seconds:.1f} s wall, {cpu} CPU, peak {peak}",
                "<= 150 s at 10,000; memory flat" if size == LARGE else "reference",
            )
        )
    if small_run.peak_mb and large_run.peak_mb:
        rows.append(
            (
                "demo peak memory, 10,000 vs 1,000",
                f"x{large_run.peak_mb / small_run.peak_mb:.2f}",
                "flat (~x1)",
            )
        )
    small_paths, large_paths = demo_home(SMALL, ENTRIES_PER, 1), demo_home(LARGE, ENTRIES_PER, 1)
    keyfile = KeyFile.read(small_paths.key)
    unlock = median_ms(lambda: keyfile.unlock(PASSPHRASE), repeat=5, warmup=1)
    params = KdfParams()
    rows.append(
        (
            f"unlock KDF (Argon2id m={params.memory_kib // 1024} MiB, t={params.iterations}"
            f", p={params.lanes})",
            f"{unlock:.0f} ms",
            "300-1000 ms",
        )
    )
    small, large = _measure(small_paths), _measure(large_paths)
    for label, (ms_small, raw_small, rows_small) in small.items():
        ms_large, raw_large, rows_large = large[label]
        growth = ms_large / ms_small if ms_small else float("inf")
        reference = "reference" in label
        rows.append(
            (
                label,
                f"{LARGE}: {_cell(ms_large, raw_large, rows_large)} | "
                f"{SMALL}: {_cell(ms_small, raw_small, rows_small)}",
                f"x{growth:.2f}" + ("" if reference else f" (<= x{MAX_GROWTH})"),
            )
        )
    for size, paths in ((SMALL, small_paths), (LARGE, large_paths)):
        rows.append(
            (
                f"case.db size, {size * ENTRIES_PER:,} entries",
                f"{paths.db.stat().st_size / 1e6:.0f} MB",
                "-",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
