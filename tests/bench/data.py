"""Generated case files for benchmarks, cached under bench-out/ (not committed).

Each data set is made by the real commands (`sleutelapp init`, `sleutelapp demo`) in a
child process, so making it is also the measurement of `demo`: wall time and peak memory
are kept beside the data (`.complete`) and reported by the store benchmark.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sleutelapp.paths import AppPaths, app_paths
from tests.bench.timing import measured_command, peak_mb

PASSPHRASE = "bench passphrase"
OUT = Path(__file__).resolve().parents[2] / "bench-out"
# The large data set of "room to grow", opt-in: making 10,000 x 100 (a 550 MB case file)
# takes ~90 s once a day and its figures ~3 minutes more, so `make bench` stays within
# ~5 minutes without it. SLEUTELAPP_BENCH_LARGE=10000 measures it (2000 for a quick look).
LARGE = int(os.environ.get("SLEUTELAPP_BENCH_LARGE", "0") or 0)
LARGE_HINT = "not measured: SLEUTELAPP_BENCH_LARGE=10000 make bench (the 10,000 x 100 set)"


@dataclass(frozen=True)
class DemoRun:
    """How making a data set with `sleutelapp demo` went."""

    seconds: float  # wall time: depends on what else the machine is doing
    cpu_seconds: float | None  # user + system time of the command: steadier under load
    peak_mb: float | None  # None where the platform does not report these
    made_on: str  # ISO date: the demo's dates are relative to that day
    fresh: bool  # made in this run


def demo_home(newcomers: int = 1000, entries_per: int = 100, seed: int = 1) -> AppPaths:
    """A case file with demo data and the real KDF cost; generated once, then reused."""
    return _ensure(newcomers, entries_per, seed)[0]


def demo_run(newcomers: int = 1000, entries_per: int = 100, seed: int = 1) -> DemoRun:
    """The figures of making that data set (made now when missing or from another day)."""
    return _ensure(newcomers, entries_per, seed)[1]


_made_this_run: set[Path] = set()


def _ensure(newcomers: int, entries_per: int, seed: int) -> tuple[AppPaths, DemoRun]:
    home = OUT / f"demo-{newcomers}x{entries_per}-s{seed}"
    stamp = home / ".complete"
    today = date.today().isoformat()
    if stamp.exists():
        try:
            saved = json.loads(stamp.read_text())
        except ValueError:
            saved = {}
        if saved.get("made_on") == today:
            run = DemoRun(
                saved["seconds"],
                saved.get("cpu_seconds"),
                saved["peak_mb"],
                today,
                home in _made_this_run,
            )
            return app_paths(home), run
    shutil.rmtree(home, ignore_errors=True)
    seconds, cpu, peak = run_demo_command(home, newcomers, entries_per, seed)
    _add_unique_names(app_paths(home))
    figures = {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak, "made_on": today}
    stamp.write_text(json.dumps(figures))
    _made_this_run.add(home)
    return app_paths(home), DemoRun(seconds, cpu, peak, today, True)


# Names that occur once in every data set, so a name search can be timed with one result at
# both sizes (a demo name occurs ten times as often at 10,000 as at 1,000).
UNIQUE_NAMES = ("Mohammed Al-Hassan", "Hossein Rahimi")


def _add_unique_names(paths: AppPaths) -> None:
    from sleutelapp.domain.model import Newcomer
    from sleutelapp.store.case import Case

    with Case.open(paths, PASSPHRASE) as case:
        for name in UNIQUE_NAMES:
            case.newcomers.add(Newcomer(name=name))


def run_demo_command(
    home: Path, newcomers: int, entries_per: int, seed: int
) -> tuple[float, float | None, float | None]:
    """`sleutelapp init` then `sleutelapp demo` into home; wall time of demo (incl. unlock),
    its CPU time and its peak resident memory in MB."""
    env = {**os.environ, "SLEUTELAPP_PASSPHRASE": PASSPHRASE, "SLEUTELAPP_HOME": str(home)}
    command = [sys.executable, "-m", "sleutelapp"]
    subprocess.run([*command, "init"], env=env, check=True, capture_output=True)
    demo = [
        "demo",
        "--newcomers",
        str(newcomers),
        "--entries-per",
        str(entries_per),
        "--seed",
        str(seed),
    ]
    report = home / "demo-peak.txt"
    started = time.perf_counter()
    child = subprocess.Popen(
        measured_command(demo, report), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    cpu: float | None = None
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
    else:
        child.wait()
    peak = peak_mb(report)  # the command's own peak, not the benchmark's it was forked from
    report.unlink(missing_ok=True)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        stderr = child.stderr.read().decode() if child.stderr else ""
        raise RuntimeError(f"sleutelapp demo failed: {stderr.strip()}")
    return seconds, cpu, peak


def fresh_copy(paths: AppPaths, name: str = "copy") -> AppPaths:
    """A throw-away copy of a benchmark case file (for benchmarks that write)."""
    target = OUT / "work" / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(paths.data, target)
    return app_paths(target)
