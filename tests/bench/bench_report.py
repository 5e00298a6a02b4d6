"""Regisseur report benchmark (issue 4): a newcomer with 1,000 entries in the period.

Measures the whole export (plan from the encrypted case, privacy decisions, layout with
script fonts, atomic write, disclosure row) against bare reportlab laying out the very
same paragraphs and tables (same fonts and styles, no escaping, no decisions, no file),
side by side, median of several runs. The same report once more with an Arabic name and
Arabic/Persian text mixed with digits and Latin in every entry (issue 14): each of those
paragraphs goes through the bidirectional algorithm and HarfBuzz line by line.
"""

from __future__ import annotations

import io
import shutil
import statistics
import time
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape as xml_escape

from sleutelapp.domain import demo
from sleutelapp.domain.model import Consent
from sleutelapp.paths import app_paths
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.bench.data import OUT, PASSPHRASE

ENTRIES = 1000
RUNS = 9
START, END = date(2026, 1, 1), date(2026, 3, 31)


# Mixed right-to-left text: a different number per entry, so no line repeats.
ARABIC_NAME = "محمد العلي"
ARABIC_TEXT = "موعد مع {n} پریسا گلچین في شارع الملك فهد 12 عن Taalschool (السكن) ١٢٣ يورو."


def _case_with_one_busy_newcomer(arabic: bool = False):
    home = OUT / "work" / ("report-1000-arabic" if arabic else "report-1000")
    shutil.rmtree(home, ignore_errors=True)
    paths = app_paths(home)
    case, _recovery = Case.create(paths, PASSPHRASE, KdfParams.fast_for_tests())
    data = demo.generate(newcomers=1, entries_per=ENTRIES, seed=4, today=END)
    person = data.newcomers[0]
    span = (END - START).days + 1
    from dataclasses import replace

    entries = [
        replace(e, date=START + timedelta(days=i % span)) for i, e in enumerate(data.entries)
    ]
    if arabic:
        person = replace(person, name=ARABIC_NAME)
        data.newcomers[0] = person
        entries = [
            replace(e, text=ARABIC_TEXT.format(n=i) if e.text else e.text)
            for i, e in enumerate(entries)
        ]
    consents = [
        Consent(person.id, "regisseur_summary", date(2025, 1, 1)),
        Consent(person.id, "health_in_summary", date(2025, 1, 1)),
    ]
    insert_all(case, data.newcomers, entries, consents, action="demo")
    return case, person


def _plain_story(document):
    """The same blocks as bare reportlab flowables: Paragraph per string, same tables."""
    from reportlab.platypus import LongTable, Paragraph, Spacer
    from reportlab.platypus import Table as RLTable

    from sleutelapp.exports import pdf_layout
    from sleutelapp.exports import report_blocks as rb

    styles = pdf_layout.styles()
    width = pdf_layout.content_width()

    def p(text, style):
        return Paragraph(xml_escape(text).replace("\n", "<br/>"), styles[style])

    story = []
    for block in document.blocks:
        if isinstance(block, rb.Heading):
            story.append(p(block.text, "h2"))
        elif isinstance(block, rb.Text):
            story.append(p(block.text, block.style))
        elif isinstance(block, rb.Fields):
            story.append(
                RLTable(
                    [[p(a, "label"), p(b, "cell")] for a, b in block.rows],
                    colWidths=[block.label_width * width, (1 - block.label_width) * width],
                )
            )
        elif isinstance(block, rb.Table):
            rows = [
                [p(h, "cell_bold") for h in block.header],
                *[[p(v, "cell") for v in row] for row in block.rows],
            ]
            table = LongTable(
                rows,
                colWidths=[w * width * block.width for w in block.widths],
                repeatRows=1,
                splitInRow=1,
            )
            table.setStyle(pdf_layout.table_style())
            story.append(table)
        elif isinstance(block, rb.BarChart):
            story.append(rb._chart(block))
        elif isinstance(block, rb.Gap):
            story.append(Spacer(1, block.height))
    return story


def _plain_build(document) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from sleutelapp.exports import pdf_layout

    buffer = io.BytesIO()
    m = pdf_layout.MARGIN
    SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m + 8
    ).build(_plain_story(document))
    return buffer.getvalue()


def _side_by_side(*fns) -> list[float]:
    """Median seconds of each function, run in turns so both see the same machine load."""
    for fn in fns:
        fn()  # warm-up: font loading, imports
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(RUNS):
        for index, fn in enumerate(fns):
            started = time.perf_counter()
            fn()
            samples[index].append(time.perf_counter() - started)
    return [statistics.median(s) for s in samples]


def run() -> list[tuple[str, str, str]]:
    from sleutelapp.exports import regisseur_document
    from sleutelapp.exports import regisseur_report as rr

    case, person = _case_with_one_busy_newcomer()
    target = OUT / "work" / "report-1000.pdf"
    try:

        def ours():
            plan = rr.plan_report(case, person.id, START, END, today=END)
            rr.export_report(case, plan, target, recipient="Regisseur")

        plan = rr.plan_report(case, person.id, START, END, today=END)
        document = regisseur_document.build(plan, "Regisseur", datetime.now())
        in_period = len(plan.decisions)

        def with_password():
            plan = rr.plan_report(case, person.id, START, END, today=END)
            rr.export_report(case, plan, target, password="bench")

        ours_s, plain_s, with_password_s = _side_by_side(
            ours, lambda: _plain_build(document), with_password
        )
        target.read_bytes().count(b"/Type /Page\n")
    finally:
        case.close()

    from sleutelapp.exports import pdf_bidi

    arabic_case, arabic_person = _case_with_one_busy_newcomer(arabic=True)
    try:

        def ours_arabic():
            # A cold export: nothing kept from the previous run.
            pdf_bidi.levels.cache_clear()
            pdf_bidi.shaped_run.cache_clear()
            plan = rr.plan_report(arabic_case, arabic_person.id, START, END, today=END)
            rr.export_report(arabic_case, plan, target, recipient="Regisseur")

        (arabic_s,) = _side_by_side(ours_arabic)
        bidi_paragraphs = pdf_bidi.levels.cache_info().currsize
    finally:
        arabic_case.close()
    return [
        (
            f"report, {in_period} entries in period: PDF written (plan+render+write+register)",
            f"{ours_s:.2f} s",
            "≤ 1 s",
        ),
        (
            f"same report, Arabic name, mixed RTL text in every entry with text "
            f"({bidi_paragraphs} paragraphs through the bidi algorithm, cold caches)",
            f"{arabic_s:.2f} s",
            "≤ 1 s",
        ),
        ("bare reportlab, same paragraphs and tables", f"{plain_s:.2f} s", "-"),
        ("report / bare reportlab", f"{ours_s / plain_s:.2f}×", "≤ 1.5×"),
        ("report with AES-256 password", f"{with_password_s:.2f} s", "-"),
        (
            "included entries / file size",
            f"{len(plan.included)} / {target.stat().st_size // 1024} KiB",
            "-",
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
