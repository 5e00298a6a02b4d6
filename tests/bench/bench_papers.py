"""Papers for the newcomer benchmark (issue 14): a "Mijn afspraken" card in Arabic with
Dutch alongside, for a newcomer with 20 appointments in the coming four weeks, <= 0.5 s.

The whole export is measured (plan from the encrypted case, layout with the bidirectional
algorithm and HarfBuzz shaping, atomic write, disclosure row), median of several runs and
the first (cold) run, with the shipped Arabic catalogue.
"""

from __future__ import annotations

import shutil
import statistics
import time
from datetime import date, timedelta

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.bench.data import OUT, PASSPHRASE

APPOINTMENTS = 20
RUNS = 7
TYPES = ("gp", "hospital", "municipality", "language_school", "duo", "school", "work")
PLACES = ("شارع الملك فهد {n}", "Huisartsenpraktijk De Linde, Kerkstraat {n}", "مستشفى {n} UMC")


def _case():
    home = OUT / "work" / "papers"
    shutil.rmtree(home, ignore_errors=True)
    case, _recovery = Case.create(app_paths(home), PASSPHRASE, KdfParams.fast_for_tests())
    case.settings.set("keyperson_name", "سميرة العمراني")
    case.settings.set("keyperson_contact", "06-12345678")
    n = case.newcomers.add(Newcomer("محمد العلي", language="Arabisch", language_code="ar"))
    today = date.today()
    case.entries.add_many(
        [
            Entry(
                n.id,
                "appointment",
                today + timedelta(days=i * 27 // APPOINTMENTS),
                TYPES[i % len(TYPES)],
                time=f"{9 + i % 8:02d}:30",
                location=PLACES[i % len(PLACES)].format(n=i + 1),
                accompanied=i % 3 == 0,
            )
            for i in range(APPOINTMENTS)
        ]
    )
    return case, n.id, home


def run() -> list[tuple[str, str, str]]:
    from sleutelapp.exports import newcomer_card, newcomer_paper
    from sleutelapp.language import catalogue

    assert catalogue("ar").find(newcomer_paper.CONTEXT, newcomer_card.TITLE), "no Arabic card"
    case, newcomer_id, home = _case()
    target = home.parent / "papers-card.pdf"
    try:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            made = newcomer_card.export_card(case, newcomer_id, target)
            times.append(time.perf_counter() - started)
        assert len(made.entry_ids) == APPOINTMENTS
    finally:
        case.close()
    return [
        (
            f"'Mijn afspraken' in Arabic + Dutch, {APPOINTMENTS} appointments (median)",
            f"{statistics.median(times):.2f} s",
            "<= 0.5 s",
        ),
        ("the same, first run (fonts, reportlab loaded)", f"{times[0]:.2f} s", "-"),
    ]
