"""Coordinator merge benchmarks (issue 16, "room to grow"): `sleutelapp merge` of 1,000 and
10,000 summaries of one period (each of ~20 newcomers of a different key person), whole
command in a child process: wall time and peak memory (Linux), beside a child that only reads and
parses the same files (the floor) in the same run."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from datetime import date

from tests.bench.data import OUT, PASSPHRASE, demo_home
from tests.bench.timing import measured_command, peak_mb

# The floor: only reading and parsing the same files, given the same way (thousands of
# arguments cost Python itself memory: ~5 MB for 10,000), with its peak memory as well.
_FLOOR = (
    "import json, sys\n"
    "out = sys.argv.pop(1)\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, 'rb') as f: json.loads(f.read())\n"
    "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]\n"
    "open(out, 'w').write(peak)\n"
)


def _files(count: int) -> list[str]:
    """`count` different summaries of last quarter, made once (kept under bench-out/)."""
    from sleutelapp.exports.summary import summary_json_bytes, tabulate
    from sleutelapp.store.case import Case
    from sleutelapp.store.summary_queries import PeriodCounts, period_counts
    from tests.bench.bench_summary import last_quarter

    folder = OUT / "work" / f"merge-{count}"
    stamp = folder / ".complete"
    names = [f"s{i:05d}.json" for i in range(count)]
    if stamp.exists() and stamp.read_text() == date.today().isoformat():
        return names
    folder.mkdir(parents=True, exist_ok=True)
    period = last_quarter()
    with Case.open(demo_home(), PASSPHRASE) as case:
        counts = period_counts(case, period.start, period.end, date.today())
    by_newcomer: dict[str, list] = {}
    for row in counts.entries:
        by_newcomer.setdefault(row[0], []).append(row)
    rng = random.Random(count)
    for name in names:
        chosen = rng.sample(counts.newcomers, 20)
        part = PeriodCounts(chosen, [r for n in chosen for r in by_newcomer.get(n[0], [])])
        summary = tabulate(part, period, 5, "sleutelpersoon", source=str(_uuid(rng)))
        (folder / name).write_bytes(summary_json_bytes(summary))
    stamp.write_text(date.today().isoformat())
    return names


def _uuid(rng):
    import uuid

    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _child(command, cwd) -> tuple[float, float]:
    """Wall seconds and peak MB (VmHWM, Linux) of `sleutelapp ARGS` in a child process."""
    report = OUT / "work" / "peak.txt"
    started = time.perf_counter()
    subprocess.run(
        measured_command(command, report),
        cwd=cwd,
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    return seconds, peak_mb(report) or 0.0


def _floor(names, cwd) -> tuple[float, float]:
    """Wall seconds and peak MB (VmHWM, Linux) of the floor child."""
    report = OUT / "work" / "peak.txt"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _FLOOR, str(report), *names], cwd=cwd, check=True)
    return time.perf_counter() - started, int(report.read_text()) / 1024


def run() -> list[tuple[str, str, str]]:
    rows = []
    figures = {}
    for count in (1000, 10000):
        names = _files(count)
        folder = OUT / "work" / f"merge-{count}"
        floor, floor_peak = _floor(names, folder)
        seconds, peak = _child(["merge", *names, "-o", "../merged.json"], folder)
        merged = json.loads((OUT / "work" / "merged.json").read_text())
        assert len(merged["parts"]) == count
        figures[count] = (seconds, peak, floor_peak)
        rows += [
            (
                f"read + parse {count} summary files only (s, peak MB)",
                f"{floor:.2f} s, {floor_peak:.0f} MB",
                "floor",
            ),
            (
                f"sleutelapp merge of {count} summaries (s, peak MB)",
                f"{seconds:.2f} s, {peak:.0f} MB",
                "<= 10 s at 10,000; memory flat",
            ),
        ]
    (s1, m1, f1), (s10, m10, f10) = figures[1000], figures[10000]
    rows += [
        (
            "merge growth 1000 -> 10000 (time, memory)",
            f"{s10 / s1:.1f} x, {m10 / m1:.2f} x",
            "time ~10 x, memory ~1 x",
        ),
        (
            "merge memory above the floor, 1000 -> 10000 (MB)",
            f"{m1 - f1:.0f} -> {m10 - f10:.0f} MB",
            "flat but for the merge's parts",
        ),
    ]
    return rows


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
