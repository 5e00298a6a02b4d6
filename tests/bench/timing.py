"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

# Runs `sleutelapp ARGS` and then writes the peak resident memory of this process (VmHWM:
# of this program only; a child's rusage also counts the parent it was forked from, so a
# large benchmark process made small commands look large). Nothing is written where the
# platform has no /proc.
_MEASURED = """
import runpy, sys
out = sys.argv.pop(1)
sys.argv[0] = "sleutelapp"
code = 0
try:
    runpy.run_module("sleutelapp", run_name="__main__")
except SystemExit as exc:
    code = exc.code or 0
try:
    peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
except OSError:
    peak = ""
open(out, "w").write(peak)
raise SystemExit(code)
"""


def measured_command(args, report: Path) -> list[str]:
    """The command line that runs `sleutelapp ARGS` and writes its peak memory to `report`."""
    return [sys.executable, "-c", _MEASURED, str(report), *args]


def peak_mb(report: Path) -> float | None:
    """The peak MB a measured_command wrote, or None where the platform cannot say."""
    text = report.read_text().strip() if report.exists() else ""
    return int(text) / 1024 if text else None


def median_ms(fn, repeat: int = 21, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def seconds(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started
