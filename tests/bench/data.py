"""Generated case files for benchmarks, cached under bench-out/ (not committed)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sleutelapp.domain.demo import generate
from sleutelapp.paths import AppPaths, app_paths
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case

PASSPHRASE = "bench passphrase"
OUT = Path(__file__).resolve().parents[2] / "bench-out"


def demo_home(newcomers: int = 1000, entries_per: int = 100, seed: int = 1) -> AppPaths:
    """A case file with demo data and the real KDF cost; generated once, then reused."""
    home = OUT / f"demo-{newcomers}x{entries_per}-s{seed}"
    paths = app_paths(home)
    if not (home / ".complete").exists():
        shutil.rmtree(home, ignore_errors=True)
        case, _recovery = Case.create(paths, PASSPHRASE)
        data = generate(newcomers, entries_per, seed)
        insert_all(case, data.newcomers, data.entries, data.consents, action="create")
        case.close()
        (home / ".complete").write_text("ok\n")
    return paths


def fresh_copy(paths: AppPaths, name: str = "copy") -> AppPaths:
    """A throw-away copy of a benchmark case file (for benchmarks that write)."""
    target = OUT / "work" / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(paths.data, target)
    return app_paths(target)
