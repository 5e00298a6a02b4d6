"""Due regisseur reports benchmark (issue 13): all due reports of a quarter for 100
newcomers with 100 entries each in that quarter, written into one folder with progress
(plan + render + write + disclosure row per newcomer, as the dialog and `reports --due -o`
do), and the due-list query itself.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from datetime import date, timedelta

from sleutelapp.domain import demo
from sleutelapp.domain.model import Consent
from sleutelapp.paths import app_paths
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.bench.data import OUT, PASSPHRASE

NEWCOMERS = 100
ENTRIES_PER = 100
START, END = date(2026, 7, 1), date(2026, 9, 30)
TODAY = END + timedelta(days=1)  # the first day of the next quarter: Q3 is due


def _case():
    home = OUT / "work" / "reports-100"
    shutil.rmtree(home, ignore_errors=True)
    case, _recovery = Case.create(app_paths(home), PASSPHRASE, KdfParams.fast_for_tests())
    data = demo.generate(newcomers=NEWCOMERS, entries_per=ENTRIES_PER, seed=13, today=END)
    span = (END - START).days + 1
    entries = [
        replace(e, date=START + timedelta(days=i % span)) for i, e in enumerate(data.entries)
    ]
    newcomers = [replace(n, status="active", closed_on=None) for n in data.newcomers]
    consents = [
        Consent(n.id, purpose, date(2025, 1, 1))
        for n in newcomers
        for purpose in ("regisseur_summary", "health_in_summary")
    ]
    insert_all(case, newcomers, entries, consents, action="demo")
    return case


def run() -> list[tuple[str, str, str]]:
    from sleutelapp.exports import due_reports
    from sleutelapp.store import report_schedules

    case = _case()
    folder = OUT / "work" / "reports-100-out"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    steps: list[int] = []
    try:
        started = time.perf_counter()
        due = report_schedules.due(case, TODAY)
        query_s = time.perf_counter() - started

        started = time.perf_counter()
        made = due_reports.make_all(
            case, due, folder, today=TODAY, progress=lambda done, total: steps.append(done)
        )
        all_s = time.perf_counter() - started

        started = time.perf_counter()
        after = report_schedules.due(case, TODAY)
        registered = len(case.disclosures.all())
    finally:
        case.close()
    assert len(due) == NEWCOMERS and len(made) == NEWCOMERS and after == []
    assert steps == list(range(NEWCOMERS + 1)) and registered == NEWCOMERS
    size = sum(p.stat().st_size for p in folder.iterdir()) // 1024
    return [
        (
            f"due reports of a quarter, {NEWCOMERS} newcomers × {ENTRIES_PER} entries: "
            "all written + registered",
            f"{all_s:.1f} s",
            "≤ 30 s",
        ),
        ("per report", f"{all_s / NEWCOMERS * 1000:.0f} ms", "-"),
        ("progress steps reported", f"{len(steps)}", f"{NEWCOMERS + 1}"),
        (f"due list query ({NEWCOMERS} newcomers)", f"{query_s * 1000:.1f} ms", "-"),
        ("files / total size", f"{len(made)} / {size} KiB", "-"),
    ]


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
