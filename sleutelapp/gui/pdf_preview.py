"""The in-app preview of a PDF about to be written: exactly those bytes, page after page,
fitted to the pane's width (QtPdf)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView


class PdfPreview:
    """A `QPdfView` (`view`) on a `QPdfDocument` (`document`) that shows given PDF bytes."""

    def __init__(self, owner, pane):
        self.document = QPdfDocument(owner)
        self.view = QPdfView(pane)
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._owner = owner
        self._buffer: QBuffer | None = None

    def show(self, pdf: bytes | None) -> None:
        """Show these bytes (None: an empty preview)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        if pdf is None:
            return
        self._buffer = QBuffer(self._owner)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
