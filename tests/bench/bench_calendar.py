"""Calendar export benchmark (issue 13): the `.ics` of a year on 1,000 newcomers × 100
entries, target <= 1 s.

Measures the whole export as `agenda --ics` runs it (query, privacy wording, icalendar
objects, VTIMEZONE, atomic write, one disclosure row per newcomer), median of several runs:
once on the demo case file (whose planned items lie in the next 45 days, plus overdue open
tasks), and once on a heavy case where every appointment and task of the 100,000 entries
is planned or open somewhere in the coming year.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from dataclasses import replace
from datetime import date, timedelta

from sleutelapp.domain.demo import generate
from sleutelapp.exports import calendar
from sleutelapp.paths import app_paths
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.bench.data import OUT, PASSPHRASE, demo_home, fresh_copy

RUNS = 5
YEAR = calendar.CalendarOptions(days=365)


def _heavy_case(today: date):
    """Every appointment planned (one in ten cancelled) and every task open, in the year."""
    home = OUT / "work" / "calendar-heavy"
    shutil.rmtree(home, ignore_errors=True)
    case, _recovery = Case.create(app_paths(home), PASSPHRASE, KdfParams.fast_for_tests())
    data = generate(1000, 100, seed=13, today=today)
    rng = random.Random(13)
    entries = []
    for e in data.entries:
        if e.kind == "appointment":
            status = "cancelled" if rng.random() < 0.1 else "planned"
            e = replace(e, date=today + timedelta(days=rng.randint(0, 365)), status=status)
        elif e.kind == "task":
            e = replace(e, date=today + timedelta(days=rng.randint(0, 365)), status="open")
        entries.append(e)
    active = [replace(n, status="active", closed_on=None) for n in data.newcomers]
    insert_all(case, active, entries, data.consents, action="demo")
    return case


def _median_export_seconds(case, target) -> tuple[float, float, int]:
    """Median wall-clock and CPU seconds of the whole export, and the items in the file.
    CPU time is shown too: on a shared machine the wall clock also counts waiting."""
    wall, cpu = [], []
    items = 0
    for _ in range(RUNS):
        started, cpu_started = time.perf_counter(), time.process_time()
        made = calendar.export_calendar(case, target, YEAR)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        items = sum(len(d.entry_ids) for d in made)
    return statistics.median(wall), statistics.median(cpu), items


def _figure(wall: float, cpu: float) -> str:
    return f"{wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)"


def run() -> list[tuple[str, str, str]]:
    today = date.today()
    out = OUT / "work"
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    case = Case.open(fresh_copy(demo_home(), "calendar-demo"), PASSPHRASE)
    try:
        wall, cpu, items = _median_export_seconds(case, out / "calendar-demo.ics")
    finally:
        case.close()
    rows.append((f".ics of a year, demo 1000 x 100 ({items} items)", _figure(wall, cpu), "<= 1 s"))
    case = _heavy_case(today)
    try:
        wall, cpu, items = _median_export_seconds(case, out / "calendar-heavy.ics")
        started = time.perf_counter()
        rendered = calendar.build(case, YEAR, today)
        build_only = time.perf_counter() - started
    finally:
        case.close()
    rows.append(
        (
            f".ics of a year, every appointment/task planned ({items} items)",
            _figure(wall, cpu),
            "(stress, no target)",
        )
    )
    rows.append(
        (
            f"  of which read + render ({len(rendered.data) // 1024} KiB)",
            f"{build_only * 1000:.0f} ms",
            "-",
        )
    )
    return rows
