"""Password protection of a finished PDF (AES-256, by pypdf).

reportlab's own 256-bit mode writes files some readers cannot open, so the app lets
reportlab write a plain file in memory and encrypts those bytes here (design.md §5).
"""

from __future__ import annotations

import io


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same document, readable only with `password` (AES-256, PDF 2.0 style R6)."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        raise ValueError("an empty password protects nothing")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
