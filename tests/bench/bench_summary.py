"""Anonymised summary benchmarks (issue 5): a quarter over 1,000 x 100, merging 200 files."""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta

from sleutelapp.domain.anonymity import period_containing
from sleutelapp.exports.summary import fresh_summary, summary_json_bytes, tabulate
from sleutelapp.exports.summary_merge import check_files, merge_summaries
from sleutelapp.store.case import Case
from sleutelapp.store.summary_queries import PeriodCounts, period_counts
from tests.bench.data import OUT, PASSPHRASE, demo_home
from tests.bench.timing import median_ms, seconds


def last_quarter():
    this = period_containing(date.today(), "quarter")
    return period_containing(this.start - timedelta(days=1), "quarter")


def _summary_files(counts, period, people: int, name: str):
    """200 summaries of different key persons, each over a random set of newcomers."""
    rng = random.Random(people)
    folder = OUT / "work" / f"summaries-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    by_newcomer: dict[str, list] = {}
    for row in counts.entries:
        by_newcomer.setdefault(row[0], []).append(row)
    paths = []
    for index in range(200):
        chosen = rng.sample(counts.newcomers, min(people, len(counts.newcomers)))
        part = PeriodCounts(chosen, [row for n in chosen for row in by_newcomer.get(n[0], [])])
        summary = tabulate(part, period, 5, f"sleutelpersoon {index}")
        path = folder / f"summary-{index:03d}.json"
        path.write_bytes(summary_json_bytes(summary))
        paths.append(path)
    return paths


def run() -> list[tuple[str, str, str]]:
    rows = []
    period = last_quarter()
    with Case.open(demo_home(), PASSPHRASE) as case:
        summary = fresh_summary(case, period, "bench")
        build = median_ms(lambda: fresh_summary(case, period, "bench"), repeat=11)
        rows.append(
            (
                f"summary of {period.code}, 1000 x 100 ({summary.counted.value} counted)",
                f"{build:.0f} ms",
                "<= 500 ms",
            )
        )
        from sleutelapp.exports.summary_pdf import summary_pdf_bytes

        pdf = median_ms(lambda: summary_pdf_bytes(summary), repeat=3, warmup=1)
        rows.append(("summary PDF (tables + 3 charts)", f"{pdf:.0f} ms", "(informative)"))
        counts = period_counts(case, period.start, period.end, date.today())
    for people, name in (
        (20, "realistic: ~20 newcomers each"),
        (300, "large: ~300 newcomers each"),
    ):
        paths = _summary_files(counts, period, people, name.split(":")[0])

        def merge_all(paths=paths):
            candidates = check_files(paths)
            assert all(c.accepted for c in candidates)
            merge_summaries([c.summary for c in candidates])

        rows.append(
            (
                f"merge 200 different summaries ({name}), read + validate + merge",
                f"{seconds(merge_all):.2f} s",
                "<= 2 s",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
