"""The building blocks of the app's PDF documents, and how they become reportlab flowables.

A document is first described as plain blocks (headings, label/value fields, tables of
strings, a bar chart) and only then laid out. Every string in a block is drawn through
`pdf_text`, so a block can hold user text safely. Keeping content apart from layout also
lets the benchmark lay out the very same content with bare reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sleutelapp.exports import pdf_layout, pdf_text


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # a key of pdf_layout.styles()
    long: bool = False  # may be long user text: laid out in page-sized pieces
    keep_with_next: bool = False  # an introduction that must not end a page alone


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Fields:
    """Label/value rows (the document header, the newcomer's facts)."""

    rows: tuple[tuple[str, str], ...]
    label_width: float = 0.32  # fraction of the text width


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width, summing to 1
    numeric: tuple[int, ...] = ()  # indexes of right-aligned number columns
    width: float = 1.0  # fraction of the text width the whole table takes
    total_row: bool = False  # the last row is a total (bold)


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars: (label, value, optional reference value such as a norm)."""

    bars: tuple[tuple[str, float], ...]
    unit: str  # written after each value ("u" for hours in Dutch), from the catalogue


@dataclass(frozen=True)
class Gap:
    height: float = 6


@dataclass
class Document:
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)


def _cell(text: str, style_name: str):
    return pdf_text.paragraph(text, pdf_layout.styles()[style_name])


def _table(block: Table):
    from reportlab.platypus import LongTable

    width = pdf_layout.content_width() * block.width
    header = [
        _cell(h, "cell_bold_right" if i in block.numeric else "cell_bold")
        for i, h in enumerate(block.header)
    ]
    rows = []
    for number, row in enumerate(block.rows, start=1):
        bold = block.total_row and number == len(block.rows)
        plain, numeric = ("cell_bold", "cell_bold_right") if bold else ("cell", "cell_right")
        rows.append(
            [_cell(value, numeric if i in block.numeric else plain) for i, value in enumerate(row)]
        )
    table = LongTable(
        [header, *rows],
        colWidths=[w * width for w in block.widths],
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(pdf_layout.table_style())
    return table


def _fields(block: Fields):
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    width = pdf_layout.content_width()
    rows = [[_cell(label, "label"), _cell(value, "cell")] for label, value in block.rows]
    table = RLTable(
        rows,
        colWidths=[block.label_width * width, (1 - block.label_width) * width],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _chart(block: BarChart):
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import Color

    from sleutelapp.exports import pdf_fonts

    width = pdf_layout.content_width()
    label_width, bar_height, gap = 150.0, 11.0, 5.0
    bar_area = width - label_width - 60
    top = max((value for _label, value in block.bars), default=0.0) or 1.0
    height = len(block.bars) * (bar_height + gap) + gap
    drawing = Drawing(width, height)
    font = pdf_fonts.font_name("latin")
    for index, (label, value) in enumerate(block.bars):
        y = height - (index + 1) * (bar_height + gap)
        drawing.add(
            String(0, y + 2.5, label, fontName=font, fontSize=8.5, fillColor=Color(*pdf_layout.INK))
        )
        length = max(1.0, bar_area * value / top)
        drawing.add(
            Rect(
                label_width,
                y,
                length,
                bar_height,
                strokeColor=None,
                fillColor=Color(*pdf_layout.ACCENT),
            )
        )
        drawing.add(
            String(
                label_width + length + 4,
                y + 2.5,
                f"{format_number(value)} {block.unit}",
                fontName=font,
                fontSize=8.5,
                fillColor=Color(*pdf_layout.MUTED),
            )
        )
    return drawing


def flowables(document: Document) -> list:
    """The reportlab story of a document (labels of bar charts must be app-written)."""
    from reportlab.platypus import Spacer

    styles = pdf_layout.styles()
    story: list = []
    for block in document.blocks:
        if isinstance(block, Heading):
            story.append(pdf_text.paragraph(block.text, styles["h2"]))
        elif isinstance(block, Text):
            if block.long:
                story.extend(pdf_text.paragraphs(block.text, styles[block.style]))
            else:
                flowable = pdf_text.paragraph(block.text, styles[block.style])
                flowable.keepWithNext = block.keep_with_next
                story.append(flowable)
        elif isinstance(block, Fields):
            story.append(_fields(block))
        elif isinstance(block, Table):
            story.append(_table(block))
        elif isinstance(block, BarChart):
            story.append(_chart(block))
        elif isinstance(block, Gap):
            story.append(Spacer(1, block.height))
        else:
            raise TypeError(f"unknown block {block!r}")
    return story


def format_number(value: float) -> str:
    """A number as the Dutch-language reports write it: decimal comma, no trailing zeros
    (12,5 / 3)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
