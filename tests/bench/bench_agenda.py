"""Agenda view benchmark (issue 13): on 1,000 newcomers × 100 entries, one week page
<= 30 ms and one month page <= 60 ms, each the store query plus filling the model (median
of several runs, this week and this month on the demo case file)."""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date

from sleutelapp.domain import agenda_ranges
from sleutelapp.store.case import Case
from tests.bench.data import PASSPHRASE, demo_home, fresh_copy

RUNS = 7


def _median_ms(case, model, mode: str, today: date) -> tuple[float, int]:
    from sleutelapp.store import report_schedules
    from sleutelapp.store.agenda_range import agenda_range

    start, end = agenda_ranges.page_range(mode, today)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        rows = agenda_range(case, start, end)
        reports = report_schedules.due(case, today)
        model.fill(start, end, rows, reports, today=today, every_day=mode == "week")
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, len(model.texts())


def run() -> list[tuple[str, str, str]]:
    from PySide6.QtWidgets import QApplication

    from sleutelapp.gui.models.agenda_model import AgendaModel

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    today = date.today()
    case = Case.open(fresh_copy(demo_home(), "agenda"), PASSPHRASE)
    try:
        model = AgendaModel()
        week, week_items = _median_ms(case, model, "week", today)
        month, month_items = _median_ms(case, model, "month", today)
    finally:
        case.close()
    return [
        (f"agenda week, 1000 x 100 ({week_items} items)", f"{week:.1f} ms", "<= 30 ms"),
        (f"agenda month, 1000 x 100 ({month_items} items)", f"{month:.1f} ms", "<= 60 ms"),
    ]
