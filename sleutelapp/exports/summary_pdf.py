"""The anonymised summary (or a merged overview) as a PDF a policy officer reads unaided.

Same content as the JSON: tables with their suppressed cells shown as such, and bar charts
(reportlab.graphics) of hours by activity type, signals by theme and appointments by type.
"""

from __future__ import annotations

from sleutelapp.domain import anonymity
from sleutelapp.domain.anonymity import (
    AT_LEAST,
    PUBLISHED,
    SUPPRESSED,
    TABLE_BY_ID,
    Cell,
    Summary,
    Table,
    code_label,
)
from sleutelapp.exports import pdf_layout, pdf_text
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

# Its readers are Dutch policy officers and regisseurs: the summary and the merged overview
# are always in Dutch, whatever the UI language or the case file's language.
READER_LANGUAGE = "nl"

_TEXT = {
    "title": QT_TRANSLATE_NOOP("SummaryPdf", "Anonymised summary"),
    "title_merged": QT_TRANSLATE_NOOP("SummaryPdf", "Merged overview"),
    "period": QT_TRANSLATE_NOOP("SummaryPdf", "Period"),
    "counted": QT_TRANSLATE_NOOP("SummaryPdf", "Newcomers counted"),
    "not_counted": QT_TRANSLATE_NOOP("SummaryPdf", "Not counted (no consent)"),
    "parts": QT_TRANSLATE_NOOP("SummaryPdf", "Merged from {n} summaries"),
    "k": QT_TRANSLATE_NOOP("SummaryPdf", "Smallest group shown: {k} newcomers"),
    "total": QT_TRANSLATE_NOOP("SummaryPdf", "Total"),
    "how": QT_TRANSLATE_NOOP("SummaryPdf", "How to read this overview"),
    "hidden_title": QT_TRANSLATE_NOOP("SummaryPdf", "What is hidden, and why"),
    "chart_all_hidden": QT_TRANSLATE_NOOP(
        "SummaryPdf",
        "No chart: every number of this chart is hidden (*), because they rest on too few "
        "newcomers.",
    ),
    "chart_empty": QT_TRANSLATE_NOOP(
        "SummaryPdf", "No chart: nothing was counted here in this period."
    ),
    "charts": QT_TRANSLATE_NOOP("SummaryPdf", "At a glance"),
    "chart_hours": QT_TRANSLATE_NOOP("SummaryPdf", "Participation hours by activity type"),
    "chart_signals": QT_TRANSLATE_NOOP("SummaryPdf", "Signals by theme (open and resolved)"),
    "chart_appointments": QT_TRANSLATE_NOOP("SummaryPdf", "Appointments by type"),
    "chart_note": QT_TRANSLATE_NOOP(
        "SummaryPdf", "Bars of cells not shown are missing (*); a + bar is a minimum."
    ),
    "split_hidden": QT_TRANSLATE_NOOP("SummaryPdf", "Split not shown"),
    "labels": QT_TRANSLATE_NOOP("SummaryPdf", "Summaries in this overview"),
    "no_label": QT_TRANSLATE_NOOP("SummaryPdf", "(no label)"),
    "footer": QT_TRANSLATE_NOOP("SummaryPdf", "Sleutelapp · anonymised summary {period}"),
    "page_of": QT_TRANSLATE_NOOP("SummaryPdf", "Page {page} of {pages}"),
}


def _t(key: str, **values) -> str:
    text = catalogue(READER_LANGUAGE).translate("SummaryPdf", _TEXT[key])
    return text.format(**values) if values else text


def summary_pdf_bytes(summary: Summary) -> bytes:
    """The PDF of a summary or merged overview, as bytes (the caller writes them); in Dutch."""
    language = READER_LANGUAGE
    from reportlab.platypus import KeepTogether, Spacer

    style = pdf_layout.styles()
    period = summary.period
    story = [
        pdf_text.markup_paragraph(
            pdf_text.escape(_t("title_merged" if summary.is_merged else "title")),
            style["title"],
        ),
        pdf_text.markup_paragraph(
            pdf_text.escape(
                f"{period.label(language)} ({_date(period.start, language)} – "
                f"{_date(period.end, language)})"
            ),
            style["subtitle"],
        ),
    ]
    story.append(_key_figures(summary, language))
    story.append(Spacer(1, 8))
    story.append(
        pdf_text.markup_paragraph(
            f"<b>{pdf_text.escape(_t('how'))}</b><br/>"
            + pdf_text.escape(anonymity.legend(summary.k, language)),
            style["small"],
        )
    )
    story.append(
        pdf_text.markup_paragraph(
            pdf_text.escape(anonymity.privacy_statement(READER_LANGUAGE)),
            style["small"],
        )
    )
    story.append(pdf_text.markup_paragraph(pdf_text.escape(_t("hidden_title")), style["label"]))
    for text in anonymity.explanations(summary, language):
        story.append(pdf_text.markup_paragraph(pdf_text.escape(text), style["small"]))
    for table in summary.tables:
        spec = TABLE_BY_ID[table.id]
        heading = spec.title(READER_LANGUAGE)
        explain = spec.explain(READER_LANGUAGE)
        story.append(
            KeepTogether(
                [
                    pdf_text.markup_paragraph(pdf_text.escape(heading), style["h2"]),
                    pdf_text.markup_paragraph(pdf_text.escape(explain), style["small"]),
                    _table_flowable(table, language),
                ]
            )
        )
    story.append(pdf_text.markup_paragraph(pdf_text.escape(_t("charts")), style["h2"]))
    story.append(pdf_text.markup_paragraph(pdf_text.escape(_t("chart_note")), style["small"]))
    for key, drawing in _charts(summary, language):
        if isinstance(drawing, str):  # nothing to draw: say why in words
            drawing = pdf_text.markup_paragraph(pdf_text.escape(drawing), style["small"])
        story.append(
            KeepTogether(
                [
                    pdf_text.markup_paragraph(pdf_text.escape(_t(key)), style["label"]),
                    drawing,
                ]
            )
        )
    if summary.is_merged:
        story.append(pdf_text.markup_paragraph(pdf_text.escape(_t("labels")), style["h2"]))
        story.append(_parts_table(summary, language))
    info = pdf_layout.PageInfo(
        footer=_t("footer", period=period.code),
        page_of=_t("page_of"),
        title=f"{_t('title_merged' if summary.is_merged else 'title')} {period.code}",
        subject=period.label(language),
    )
    return pdf_layout.build_pdf(story, info)


def _date(day, language: str) -> str:
    return f"{day.day} {anonymity.month_name(day.month, language)} {day.year}"


def _key_figures(summary: Summary, language: str):
    from reportlab.platypus import Table as Grid

    style = pdf_layout.styles()
    escape = pdf_text.escape
    figures = []
    if summary.is_merged:
        figures.append((f"<b>{escape(_t('parts', n=len(summary.parts)))}</b>", ""))
    elif summary.parts[0].label:
        figures.append((f"<b>{escape(summary.parts[0].label)}</b>", ""))
    figures += [
        (escape(_t("counted")), _cell_markup(summary.counted, bare=True)),
        (escape(_t("not_counted")), _cell_markup(summary.not_counted, bare=True)),
        (escape(_t("k", k=summary.k)), ""),
    ]
    rows = [
        [
            pdf_text.markup_paragraph(label, style["cell"]),
            pdf_text.markup_paragraph(value, style["cell_right"]),
        ]
        for label, value in figures
    ]
    width = pdf_layout.content_width()
    grid = Grid(rows, colWidths=[width * 0.7, width * 0.3], hAlign="LEFT")
    grid.setStyle(pdf_layout.table_style(header=False, zebra=False))
    return grid


def _cell_markup(cell: Cell, *, bare: bool = False) -> str:
    if cell.status == SUPPRESSED:
        return "<b>*</b>"
    text = f"{cell.value}+" if cell.status == AT_LEAST else f"{cell.value}"
    if bare or cell.newcomers is None or cell.value == 0:
        return text
    return f'{text} <font size="7" color="#6b6f78">({cell.newcomers})</font>'


def _table_flowable(table: Table, language: str):
    from reportlab.platypus import Table as Grid

    style = pdf_layout.styles()
    with_row_totals = bool(table.row_totals)
    header = [""] + [code_label(table.id, c, language, column=True) for c in table.columns]
    if with_row_totals:
        header.append(_t("total"))
    rows = [
        [
            pdf_text.markup_paragraph(
                f"<b>{pdf_text.escape(h)}</b>", _header_style() if i else style["cell"]
            )
            for i, h in enumerate(header)
        ]
    ]
    for r, code in enumerate(table.rows):
        cells = list(table.cells[r]) + ([table.row_totals[r]] if with_row_totals else [])
        rows.append(
            [
                pdf_text.markup_paragraph(
                    pdf_text.escape(code_label(table.id, code, language)), style["cell"]
                )
            ]
            + [pdf_text.markup_paragraph(_cell_markup(c), style["cell_right"]) for c in cells]
        )
    totals = list(table.column_totals) + ([table.total] if with_row_totals else [])
    rows.append(
        [pdf_text.markup_paragraph(f"<b>{pdf_text.escape(_t('total'))}</b>", style["cell_bold"])]
        + [
            pdf_text.markup_paragraph(f"<b>{_cell_markup(c)}</b>", style["cell_right"])
            for c in totals
        ]
    )
    width = pdf_layout.content_width()
    numbers = len(header) - 1
    label_width = width * (0.27 if numbers > 3 else 0.5)
    grid = Grid(
        rows,
        colWidths=[label_width] + [(width - label_width) / numbers] * numbers,
        repeatRows=1,
        hAlign="LEFT",
    )
    grid.setStyle(pdf_layout.table_style(numeric_from=1))
    return grid


def _header_style():
    from reportlab.lib.styles import ParagraphStyle

    cell = pdf_layout.styles()["cell_right"]
    return ParagraphStyle("sl-summary-head", parent=cell, fontSize=8, leading=10)


def _value(cell: Cell) -> int:
    return cell.value if cell.status in (PUBLISHED, AT_LEAST) and cell.value else 0


def _charts(summary: Summary, language: str):
    hours = summary.table("participation_hours")
    signals = summary.table("signals")
    appointments = summary.table("appointments")
    yield (
        "chart_hours",
        _bar_chart(
            hours,
            [[_value(hours.cells[r][0]) for r in range(len(hours.rows))]],
            [hours.cells[r][0] for r in range(len(hours.rows))],
            language,
        ),
    )
    rows = range(len(signals.rows))
    known = [[_value(signals.cells[r][c]) for r in rows] for c in range(len(signals.columns))]
    # Where the split is hidden but the theme's total is shown, the rest is drawn grey: it
    # is the total minus the shown cells, so it tells nothing the tables do not.
    hidden_split = [
        max(0, _value(signals.row_total(r)) - sum(series[r] for series in known)) for r in rows
    ]
    yield (
        "chart_signals",
        _bar_chart(
            signals,
            [*known, hidden_split],
            [signals.row_total(r) for r in rows],
            language,
            legend=[
                *(code_label("signals", c, language, column=True) for c in signals.columns),
                _t("split_hidden"),
            ],
        ),
    )
    yield (
        "chart_appointments",
        _bar_chart(
            appointments,
            [[_value(appointments.row_total(r)) for r in range(len(appointments.rows))]],
            [appointments.row_total(r) for r in range(len(appointments.rows))],
            language,
        ),
    )


_SERIES_COLOURS = ((0.05, 0.30, 0.50), (0.55, 0.72, 0.85), (0.80, 0.81, 0.83))


def number_text(value: float) -> str:
    """A number for a chart axis or label: whole numbers bare, else one decimal, with the
    decimal comma of its Dutch readers (2,5)."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",")


def _bar_chart(table: Table, series, row_cells, language: str, legend=None):
    """A horizontal bar chart, one bar (or stack) per row; suppressed rows are marked *.

    When no bar has a length, a sentence says why instead (all hidden, or nothing counted).
    """
    if not any(value for values in series for value in values):
        hidden = row_cells and all(cell.status == SUPPRESSED for cell in row_cells)
        any_hidden = any(cell.status == SUPPRESSED for cell in row_cells)
        return _t("chart_all_hidden" if hidden or any_hidden else "chart_empty")
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    from sleutelapp.exports import pdf_fonts

    font = pdf_fonts.font_name("latin")
    names = []
    for code, cell in zip(table.rows, row_cells, strict=False):
        mark = " *" if cell.status == SUPPRESSED else (" +" if cell.status == AT_LEAST else "")
        name = code_label(table.id, code, language)
        names.append((name if len(name) <= 34 else name[:32] + "…") + mark)
    width = pdf_layout.content_width()
    bar_space = 15
    height = len(names) * bar_space + 30 + (16 if legend else 0)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20
    chart.width, chart.height = width - 190, len(names) * bar_space
    chart.data = [list(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = number_text
    chart.valueAxis.valueMin = 0
    top = max([sum(values) for values in zip(*series, strict=False)] + [1])
    chart.valueAxis.valueMax = top * 1.1
    chart.valueAxis.forceZero = 1
    chart.barSpacing = 1
    chart.groupSpacing = 4
    if len(series) > 1:
        chart.categoryAxis.style = "stacked"
    for index in range(len(series)):
        chart.bars[index].fillColor = Color(*_SERIES_COLOURS[index % 3])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if legend:
        key = Legend()
        key.x, key.y = 150, height - 6
        key.fontName, key.fontSize = font, 7.5
        key.alignment = "right"
        key.columnMaximum = 1
        key.deltax = 110
        key.colorNamePairs = [
            (Color(*_SERIES_COLOURS[i % 3]), legend[i]) for i in range(len(series))
        ]
        drawing.add(key)
    return drawing


def _parts_table(summary: Summary, language: str):
    from reportlab.platypus import Table as Grid

    style = pdf_layout.styles()
    rows = [
        [
            pdf_text.markup_paragraph("<b>Label</b>", style["cell"]),
            pdf_text.markup_paragraph("<b>k</b>", style["cell_right"]),
        ]
    ]
    for part in sorted(summary.parts, key=lambda p: (p.label.casefold(), p.id)):
        rows.append(
            [
                pdf_text.paragraph(part.label or _t("no_label"), style["cell"]),
                pdf_text.markup_paragraph(str(part.k), style["cell_right"]),
            ]
        )
    width = pdf_layout.content_width()
    grid = Grid(rows, colWidths=[width * 0.8, width * 0.2], repeatRows=1, hAlign="LEFT")
    grid.setStyle(pdf_layout.table_style(numeric_from=1))
    return grid
