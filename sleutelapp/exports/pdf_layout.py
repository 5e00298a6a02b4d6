"""The look shared by every PDF of the app: A4, styles, a footer with page numbers.

`styles()` gives the paragraph styles (all in the bundled Noto fonts), `table_style()` the
grid of data tables, and `build_pdf(story, ...)` lays out a story on A4 pages whose footer
reads "<footer text> · Pagina 3 van 7" and returns the PDF bytes (nothing touches the disk:
callers write the bytes atomically, or encrypt them first).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from sleutelapp.exports import pdf_fonts

INK = (0.13, 0.15, 0.20)
MUTED = (0.38, 0.40, 0.45)
ACCENT = (0.05, 0.30, 0.50)  # a sober municipal blue
RULE = (0.80, 0.82, 0.86)
BAND = (0.93, 0.95, 0.97)
ALERT = (0.62, 0.10, 0.12)


@dataclass(frozen=True)
class PageInfo:
    """What the page frame prints: footer text and the page-number wording."""

    footer: str = ""
    page_of: str = "Pagina {page} van {pages}"
    title: str = ""  # PDF metadata title; never a person's name
    author: str = ""
    subject: str = ""


def _rgb(values):
    from reportlab.lib.colors import Color

    return Color(*values)


@lru_cache(maxsize=1)
def styles() -> dict:
    """Paragraph styles by role: title, subtitle, h2, body, small, label, cell, cell_bold,
    cell_right, cell_bold_right, banner, muted."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    regular = pdf_fonts.font_name("latin")
    bold = pdf_fonts.font_name("latin", bold=True)
    body = ParagraphStyle(
        "sl-body", fontName=regular, fontSize=9.5, leading=13, textColor=_rgb(INK), spaceAfter=3
    )
    result = {
        "body": body,
        "title": ParagraphStyle(
            "sl-title",
            parent=body,
            fontName=bold,
            fontSize=17,
            leading=21,
            textColor=_rgb(ACCENT),
            spaceAfter=2,
        ),
        "subtitle": ParagraphStyle(
            "sl-subtitle",
            parent=body,
            fontSize=10.5,
            leading=14,
            textColor=_rgb(MUTED),
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "sl-h2",
            parent=body,
            fontName=bold,
            fontSize=12,
            leading=15,
            textColor=_rgb(ACCENT),
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "small": ParagraphStyle(
            "sl-small", parent=body, fontSize=8, leading=10.5, textColor=_rgb(MUTED)
        ),
        "muted": ParagraphStyle("sl-muted", parent=body, textColor=_rgb(MUTED)),
        "label": ParagraphStyle(
            "sl-label",
            parent=body,
            fontName=bold,
            fontSize=9,
            leading=12.5,
            textColor=_rgb(MUTED),
            spaceAfter=0,
        ),
        "cell": ParagraphStyle("sl-cell", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "sl-cell-bold", parent=body, fontName=bold, fontSize=9, leading=12, spaceAfter=0
        ),
        "cell_right": ParagraphStyle(
            "sl-cell-right", parent=body, fontSize=9, leading=12, spaceAfter=0, alignment=TA_RIGHT
        ),
        "cell_bold_right": ParagraphStyle(
            "sl-cell-bold-right",
            parent=body,
            fontName=bold,
            fontSize=9,
            leading=12,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "banner": ParagraphStyle(
            "sl-banner",
            parent=body,
            fontName=bold,
            fontSize=9,
            leading=12,
            textColor=_rgb(ALERT),
            spaceAfter=4,
        ),
    }
    return result


def table_style(*, header: bool = True, zebra: bool = True, numeric_from: int | None = None):
    """The grid of a data table: a tinted header row, hairlines, optional zebra rows."""
    from reportlab.platypus import TableStyle

    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _rgb(RULE)),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), _rgb(BAND)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, _rgb(ACCENT)),
        ]
    if zebra:
        commands.append(
            ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, (0.975, 0.98, 0.985)])
        )
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)


def _numbered_canvas(info: PageInfo):
    """A canvas class that writes the footer once the total page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    regular = pdf_fonts.font_name("latin")

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 - reportlab override
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setStrokeColor(_rgb(RULE))
            self.setLineWidth(0.5)
            self.line(MARGIN, FOOTER_Y + 10, width - MARGIN, FOOTER_Y + 10)
            self.setFillColor(_rgb(MUTED))
            self.setFont(regular, 7.5)
            self.drawString(MARGIN, FOOTER_Y, info.footer)
            self.drawRightString(
                width - MARGIN, FOOTER_Y, info.page_of.format(page=self._pageNumber, pages=total)
            )
            self.restoreState()

    return NumberedCanvas


MARGIN = 56.7  # 2 cm
FOOTER_Y = 34.0


def build_pdf(story: list, info: PageInfo) -> bytes:
    """Lay out the story on A4 with the shared frame; return the finished PDF bytes.

    The footer text is app-written (drawn directly, so it must not hold user text in
    scripts other than Latin; callers pass labels and dates only).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from sleutelapp.exports.pdf_text import clean

    pdf_fonts.register_fonts()
    info = PageInfo(
        footer=clean(info.footer),
        page_of=info.page_of,
        title=clean(info.title),
        author=clean(info.author),
        subject=clean(info.subject),
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator="Sleutelapp",
        producer="Sleutelapp",
    )
    doc.build(story, canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()


def content_width() -> float:
    from reportlab.lib.pagesizes import A4

    return A4[0] - 2 * MARGIN
