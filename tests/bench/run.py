"""`make bench`: run every tests/bench/bench_*.py and print one table of figures.

Each module offers `run() -> list[tuple[str, str, str]]`: (metric, measured, target).
`python -m tests.bench.run store gui` runs only the named ones.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    names = argv or sorted(
        p.stem[len("bench_") :] for p in Path(__file__).parent.glob("bench_*.py")
    )
    rows: list[tuple[str, str, str, str]] = []
    failed = False
    for name in names:
        started = time.perf_counter()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"tests.bench.bench_{name}")
            rows.extend((name, *row) for row in module.run())
        except Exception:  # noqa: BLE001 - report and go on with the other benchmarks
            traceback.print_exc()
            rows.append((name, "FAILED", "-", "-"))
            failed = True
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    from tests.bench.data import LARGE, LARGE_HINT

    if not LARGE:
        print(f"Growth from 1,000 to 10,000 newcomers: {LARGE_HINT}.", flush=True)
    widths = [
        max(len(str(r[i])) for r in [*rows, ("area", "metric", "measured", "target")])
        for i in range(4)
    ]
    header = ("area", "metric", "measured", "target")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=False)))
    if not LARGE:
        print(f"\n10,000 x 100 figures and growth: {LARGE_HINT}.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
