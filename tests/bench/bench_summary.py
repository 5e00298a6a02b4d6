"""Anonymised summary benchmarks (issue 5): a quarter over 1,000 x 100, merging 200 files."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import replace
from datetime import date, timedelta

from sleutelapp.domain.anonymity import Part, period_containing
from sleutelapp.exports.summary import build_summary, summary_json_bytes
from sleutelapp.exports.summary_merge import check_files, merge_summaries
from sleutelapp.store.case import Case
from tests.bench.data import OUT, PASSPHRASE, demo_home
from tests.bench.timing import median_ms, seconds


def last_quarter():
    this = period_containing(date.today(), "quarter")
    return period_containing(this.start - timedelta(days=1), "quarter")


def run() -> list[tuple[str, str, str]]:
    rows = []
    period = last_quarter()
    with Case.open(demo_home(), PASSPHRASE) as case:
        summary = build_summary(case, period, "bench")
        build = median_ms(lambda: build_summary(case, period, "bench"), repeat=11)
        rows.append((f"summary of {period.code}, 1000 x 100 ({summary.counted.value} counted)",
                     f"{build:.0f} ms", "<= 500 ms"))
        from sleutelapp.exports.summary_pdf import summary_pdf_bytes

        pdf = median_ms(lambda: summary_pdf_bytes(summary), repeat=3, warmup=1)
        rows.append(("summary PDF (tables + 3 charts)", f"{pdf:.0f} ms", "(informative)"))
    folder = OUT / "work" / "summaries"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = []
    for index in range(200):
        part_id = str(uuid.uuid4())
        copy = replace(summary, id=part_id, parts=(Part(part_id, summary.k, f"wijk {index}"),))
        path = folder / f"summary-{index:03d}.json"
        path.write_bytes(summary_json_bytes(copy))
        paths.append(path)

    def merge_all():
        candidates = check_files(paths)
        assert all(c.accepted for c in candidates)
        merge_summaries([c.summary for c in candidates])

    rows.append(("merge 200 summaries (read, validate, merge)", f"{seconds(merge_all):.2f} s",
                 "<= 2 s"))
    return rows


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
