"""The printable recovery sheet: the recovery key, its date and what to do with it.

A forgotten passphrase is the most common way people lose encrypted data (design.md §5).
The organisation keeps this one page locked away; with it, "Wachtzin vergeten?" at the
unlock screen lets the key person choose a new passphrase, and a backup can be restored.
The sheet names no newcomer. The key never goes into the PDF metadata.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

# The sheet follows the UI language (the key person keeps it); its English texts are the
# catalogue's sources in the "RecoverySheet" context.
_TEXT: dict[str, Any] = {
    "title": QT_TRANSLATE_NOOP("RecoverySheet", "Sleutelapp recovery key"),
    "subtitle": QT_TRANSLATE_NOOP(
        "RecoverySheet", "Keep this sheet in a safe place, away from the laptop."
    ),
    "key": QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key"),
    "made": QT_TRANSLATE_NOOP("RecoverySheet", "Made on"),
    "org": QT_TRANSLATE_NOOP("RecoverySheet", "Organisation"),
    "keyperson": QT_TRANSLATE_NOOP("RecoverySheet", "Key person"),
    "what_h": QT_TRANSLATE_NOOP("RecoverySheet", "What is this?"),
    "what": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "This key opens the encrypted Sleutelapp case file when the passphrase is forgotten. "
        "Whoever has this key and the case file (or a backup) can read all of it. Treat the "
        "sheet like the key of a filing cabinet: locked away, not in the laptop bag, never "
        "photographed.",
    ),
    "use_h": QT_TRANSLATE_NOOP("RecoverySheet", "Forgot the passphrase?"),
    "use": (
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "Start Sleutelapp and choose <b>Forgot passphrase?</b> on the unlock screen.",
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet", "Type the recovery key. Dashes, spaces and capitals do not matter."
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet", "Choose a new passphrase. The recovery key stays valid afterwards."
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "A backup can be restored with this key too (<b>Restore backup</b>, or "
            "<i>sleutelapp restore FILE --recovery-key-file</i>).",
        ),
    ),
    "new_h": QT_TRANSLATE_NOOP("RecoverySheet", "Made a new recovery key?"),
    "new": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Then this key no longer opens the case file (it still opens older backups). Keep the "
        "new sheet and destroy this one only when no old backups are needed.",
    ),
    "kept_by": QT_TRANSLATE_NOOP("RecoverySheet", "Kept by"),
    "kept_where": QT_TRANSLATE_NOOP("RecoverySheet", "Kept where"),
    "footer": QT_TRANSLATE_NOOP("RecoverySheet", "Sleutelapp · recovery key · confidential"),
    "page_of": QT_TRANSLATE_NOOP("RecoverySheet", "Page {page} of {pages}"),
}


def build_recovery_sheet(
    recovery_key: str,
    settings: dict | None = None,
    made_on: date | None = None,
    language: str | None = None,
) -> bytes:
    """The sheet as PDF bytes (nothing touches the disk)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, Spacer, Table

    from sleutelapp.exports import pdf_layout, pdf_text

    settings = settings or {}
    words = catalogue(language or settings.get("ui_language"))
    t: dict[str, Any] = {
        key: (
            [words.translate("RecoverySheet", text) for text in source]
            if isinstance(source, tuple)
            else words.translate("RecoverySheet", source)
        )
        for key, source in _TEXT.items()
    }
    made_on = made_on or date.today()
    styles = pdf_layout.styles()
    from reportlab.lib.styles import ParagraphStyle

    width = pdf_layout.content_width()
    # As large as fits on one line: a key broken over two lines invites typing mistakes.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = styles["title"].fontName
    size = min(20.0, (width - 16) / stringWidth(recovery_key, bold, 1))
    key_style = ParagraphStyle(
        "sl-recovery-key",
        parent=styles["title"],
        fontSize=size,
        leading=size * 1.4,
        textColor=styles["body"].textColor,
    )

    facts = [
        [
            Paragraph(t["made"], styles["label"]),
            Paragraph(made_on.strftime("%d-%m-%Y"), styles["cell"]),
        ]
    ]
    organisation = ", ".join(
        v for v in (settings.get("controller_name"), settings.get("controller_contact")) if v
    )
    if organisation:
        facts.append(
            [Paragraph(t["org"], styles["label"]), pdf_text.paragraph(organisation, styles["cell"])]
        )
    if settings.get("keyperson_name"):
        facts.append(
            [
                Paragraph(t["keyperson"], styles["label"]),
                pdf_text.paragraph(settings["keyperson_name"], styles["cell"]),
            ]
        )
    key_box = Table(
        [
            [Paragraph(t["key"], styles["label"])],
            [Paragraph(pdf_text.escape(recovery_key), key_style)],
        ],
        colWidths=[width],
    )
    key_box.setStyle(pdf_layout.table_style(header=True, zebra=False))
    handwritten = Table(
        [
            [Paragraph(t["kept_by"], styles["label"]), ""],
            [Paragraph(t["kept_where"], styles["label"]), ""],
        ],
        colWidths=[35 * mm, width - 35 * mm],
        rowHeights=[12 * mm] * 2,
    )
    handwritten.setStyle(pdf_layout.table_style(header=False, zebra=False))
    story = [
        Paragraph(t["title"], styles["title"]),
        Paragraph(t["subtitle"], styles["subtitle"]),
        key_box,
        Spacer(1, 6 * mm),
        Table(
            facts,
            colWidths=[35 * mm, width - 35 * mm],
            style=pdf_layout.table_style(header=False, zebra=False),
        ),
        Paragraph(t["what_h"], styles["h2"]),
        Paragraph(t["what"], styles["body"]),
        Paragraph(t["use_h"], styles["h2"]),
        ListFlowable(
            [ListItem(Paragraph(step, styles["body"])) for step in t["use"]],
            bulletType="1",
            bulletFontName=styles["body"].fontName,
            bulletFontSize=9.5,
        ),
        Paragraph(t["new_h"], styles["h2"]),
        Paragraph(t["new"], styles["body"]),
        Spacer(1, 8 * mm),
        handwritten,
    ]
    info = pdf_layout.PageInfo(footer=t["footer"], page_of=t["page_of"], title=t["title"])
    return pdf_layout.build_pdf(story, info)


def write_recovery_sheet(
    path, recovery_key: str, settings: dict | None = None, *, language: str | None = None
) -> Path:
    """Write the sheet to `path` atomically (never half a file under the final name)."""
    from sleutelapp.store.durable_file import write_atomically

    return write_atomically(
        Path(path), build_recovery_sheet(recovery_key, settings, language=language)
    )
