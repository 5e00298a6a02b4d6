"""What the papers for the newcomer share: their two languages, the bilingual layout, and
writing a paper whole and registering it as given to the newcomer.

A paper is in the newcomer's language with Dutch alongside (each text in both, the
newcomer's language first in its reading direction: on the left for Turkish, on the right
for Arabic); a paper in Dutch is Dutch only. The texts come from the catalogues, context
"NewcomerCard". User text (names, places, contacts) goes through pdf_text like every PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sleutelapp.domain.disclosure_kinds import REGISTER_LANGUAGE
from sleutelapp.domain.model import Disclosure
from sleutelapp.language import QT_TRANSLATE_NOOP, Catalogue, catalogue
from sleutelapp.language.languages import is_shipped

CONTEXT = "NewcomerCard"
# The register says to whom, never the name: the register outlives an erasure. Its rows
# are written in Dutch, like the inzage's (exports/inzage.py), for the key person and
# the municipality who read the register.
RECIPIENT = QT_TRANSLATE_NOOP("NewcomerCard", "the newcomer themself")


def in_register(text: str) -> str:
    """A marked "NewcomerCard" text as the disclosure register stores it."""
    return catalogue(REGISTER_LANGUAGE).translate(CONTEXT, text)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("NewcomerCard", "Monday"),
    QT_TRANSLATE_NOOP("NewcomerCard", "Tuesday"),
    QT_TRANSLATE_NOOP("NewcomerCard", "Wednesday"),
    QT_TRANSLATE_NOOP("NewcomerCard", "Thursday"),
    QT_TRANSLATE_NOOP("NewcomerCard", "Friday"),
    QT_TRANSLATE_NOOP("NewcomerCard", "Saturday"),
    QT_TRANSLATE_NOOP("NewcomerCard", "Sunday"),
)


class UnknownLanguage(ValueError):
    """A language code the app does not ship was asked for."""


@dataclass(frozen=True)
class PaperLanguages:
    """The newcomer's catalogue and the Dutch one beside it (the same when Dutch)."""

    own: Catalogue
    dutch: Catalogue

    @classmethod
    def for_code(cls, code: str | None) -> PaperLanguages:
        """The paper's languages for a newcomer's code ("" or None: Dutch only)."""
        if code and not is_shipped(code):
            raise UnknownLanguage(code)
        return cls(catalogue(code or None), catalogue("nl"))

    @property
    def bilingual(self) -> bool:
        return self.own.code != self.dutch.code

    @property
    def right_to_left(self) -> bool:
        return self.own.language.right_to_left

    def catalogues(self) -> tuple[Catalogue, ...]:
        """(own, Dutch), or (Dutch,): in the order of `texts`."""
        return (self.own, self.dutch) if self.bilingual else (self.dutch,)

    def texts(self, source: str) -> tuple[str, ...]:
        """A marked text in the paper's languages: (own, Dutch), or (Dutch,)."""
        dutch = self.dutch.translate("NewcomerCard", source)
        if not self.bilingual:
            return (dutch,)
        return (self.own.translate("NewcomerCard", source), dutch)


def day_text(langs: PaperLanguages, day: date) -> tuple[str, ...]:
    """ "Monday 07-12-2026" in the paper's languages."""
    weekday = _WEEKDAYS[day.weekday()]
    return tuple(
        f"{name} {short_date(day, cat)}"
        for name, cat in zip(langs.texts(weekday), langs.catalogues(), strict=True)
    )


def short_date(day: date, cat: Catalogue | None = None) -> str:
    """07-12-2026; in a right-to-left language 07/12/2026, because the bidirectional
    algorithm turns a date with hyphens after Arabic letters around (2026-12-07), and one
    with slashes it keeps in reading order."""
    separator = "/" if cat is not None and cat.language.right_to_left else "-"
    return separator.join((f"{day.day:02d}", f"{day.month:02d}", f"{day.year}"))


def dates(langs: PaperLanguages, *days: date) -> tuple[tuple[str, ...], ...]:
    """The days as each of the paper's languages writes them: one tuple per language."""
    return tuple(tuple(short_date(d, cat) for d in days) for cat in langs.catalogues())


class Layout:
    """Flowables of a bilingual paper: each text as a row of (own | Dutch) cells, the
    newcomer's language first in its reading direction."""

    def __init__(self, langs: PaperLanguages):
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        from sleutelapp.exports import pdf_layout

        self.langs = langs
        self.styles = pdf_layout.styles()
        self.width = pdf_layout.content_width()
        self._rtl_styles = {
            name: ParagraphStyle(f"{style.name}-paper-rtl", parent=style, alignment=TA_RIGHT)
            for name, style in self.styles.items()
        }

    def _style(self, name: str, own: bool):
        if own and self.langs.bilingual and self.langs.right_to_left:
            return self._rtl_styles[name]
        return self.styles[name]

    def cells(self, texts: tuple[str, ...], style: str) -> list:
        """Paragraphs of one text in each language, in the order they stand on the page."""
        from sleutelapp.exports.pdf_text import paragraph

        made = [paragraph(t, self._style(style, own=i == 0)) for i, t in enumerate(texts)]
        return list(reversed(made)) if self.langs.right_to_left and len(made) > 1 else made

    def row(self, texts: tuple[str, ...], style: str = "body", *, boxed: bool = False):
        """One text side by side in both languages (one paragraph when Dutch only)."""
        from reportlab.platypus import Table, TableStyle

        cells = self.cells(texts, style)
        if len(cells) == 1 and not boxed:
            return cells[0]
        table = Table([cells], colWidths=[self.width / len(cells)] * len(cells))
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (1, 0), (-1, 0), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        if boxed:
            from reportlab.lib.colors import Color

            from sleutelapp.exports.pdf_layout import BAND

            commands += [
                ("BACKGROUND", (0, 0), (-1, -1), Color(*BAND)),
                ("LEFTPADDING", (0, 0), (0, 0), 4),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 4),
            ]
        table.setStyle(TableStyle(commands))
        return table

    def text(self, source: str, style: str = "body"):
        """A marked text (QT_TRANSLATE_NOOP) as a row in the paper's languages."""
        return self.row(self.langs.texts(source), style)

    def user_text(self, text: str, style: str = "body"):
        """User text (a name, a place): the same in every language, on the reading side."""
        from sleutelapp.exports.pdf_text import paragraph

        return paragraph(text, self._style(style, own=True))


def page_info(langs: PaperLanguages, title: str, made_on: date, author: str = ""):
    """The footer (Dutch: it is drawn in the Latin font) and the file's metadata."""
    from sleutelapp.exports import pdf_layout

    dutch = langs.dutch
    name = dutch.translate("NewcomerCard", title)
    return pdf_layout.PageInfo(
        footer=f"{name} · {short_date(made_on)}",
        page_of=dutch.translate("NewcomerCard", "Page {page} of {pages}"),
        title=name,
        author=author,
    )


def write_and_register(case, path: str | Path, data: bytes, disclosure: Disclosure) -> Disclosure:
    """Write the paper whole or not at all (never into the data folder) and register it as
    given to the newcomer; a paper that cannot be registered is not kept."""
    from sleutelapp.exports.files import sha256
    from sleutelapp.store.durable_file import write_atomically
    from sleutelapp.store.export_target import refuse_protected_target

    refuse_protected_target(path, case.paths)
    if not case.make_room_for_register():
        from sleutelapp.store.space_reserve import no_room_to_register

        raise no_room_to_register()
    target = write_atomically(path, data, paths=case.paths)
    try:
        from dataclasses import replace

        return case.disclosures.record(replace(disclosure, sha256=sha256(data)))
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def settings_of(case) -> dict[str, str]:
    """The settings a paper prints: who is responsible, who the key person is."""
    keys = ("controller_name", "controller_contact", "keyperson_name", "keyperson_contact")
    return {key: str(case.settings.get(key) or "") for key in keys}
