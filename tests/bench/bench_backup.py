"""Backup benchmarks (issue 16, "room to grow"): a verified backup of the case file at
1,000 and 10,000 newcomers × 100 entries, beside a plain copy of the same file on the same
disk in the same run (the disk's copy speed is the reference)."""

from __future__ import annotations

import shutil
import time

from tests.bench.data import LARGE, LARGE_HINT, OUT, PASSPHRASE, demo_home


def _plain_copy_mb_s(paths) -> float:
    """MB/s of copying the database file with its contents on disk (fsync included)."""
    import os

    target = OUT / "work" / "plain-copy.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    shutil.copyfile(paths.db, target)
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    seconds = time.perf_counter() - started
    size = target.stat().st_size
    target.unlink()
    return size / 1e6 / seconds


def _backup(paths, full: bool) -> tuple[float, float, float]:
    """(seconds, MB of the backup file, MB/s) of write_backup on the open case; `full`:
    with the weekly full integrity check, else the daily one (cipher + quick check)."""
    from sleutelapp.store import backup
    from sleutelapp.store.backup import write_backup
    from sleutelapp.store.case import Case

    due = backup._full_check_due
    backup._full_check_due = lambda _paths, _today=None: full

    target = OUT / "work" / "bench.sleutelbackup"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    try:
        with Case.open(paths, PASSPHRASE) as case:
            started = time.perf_counter()
            info = write_backup(case, target, chosen_by_user=False)
            seconds = time.perf_counter() - started
    finally:
        backup._full_check_due = due
    target.unlink()
    return seconds, info.size / 1e6, info.size / 1e6 / seconds


def run() -> list[tuple[str, str, str]]:
    rows = []
    figures = {}
    for size in (1000, LARGE) if LARGE else (1000,):
        paths = demo_home(size, 100, 1)
        copy = _plain_copy_mb_s(paths)
        seconds, mb, speed = _backup(paths, full=False)
        full_seconds, _mb, full_speed = _backup(paths, full=True)
        figures[size] = seconds
        rows += [
            (f"plain file copy of case.db at {size} x 100 (MB/s)", f"{copy:.0f}", "reference"),
            (
                f"verified backup at {size} x 100: {mb:.0f} MB (s, MB/s)",
                f"{seconds:.1f} s, {speed:.0f} MB/s",
                f">= 100 MB/s (plain copy {copy:.0f})",
            ),
            (
                f"  the weekly one with the full integrity_check at {size} x 100",
                f"{full_seconds:.1f} s, {full_speed:.0f} MB/s",
                "once a week",
            ),
        ]
    growth = f"{figures[LARGE] / figures[1000]:.1f} x" if LARGE else LARGE_HINT
    rows.append((f"backup cost growth 1000 -> {LARGE or 10000}", growth, "follows the file size"))
    return rows


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
