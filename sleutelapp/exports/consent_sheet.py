""" "Toestemming": the consent sheet for the newcomer to read and sign, in their language
with Dutch alongside (AVG art. 7 and 12-13).

Per consent purpose of the app, in plain words: what is shared, with whom, why, and that
saying no is free and changes nothing in the help, with a box for yes and for no. Then how
to withdraw later, the newcomer's rights, who is responsible, and a place to sign and date.
The sheet carries its number (the start of its disclosure id), so a consent recorded as
signed can point to the sheet it was signed on (store/consents.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Disclosure, Newcomer, new_id
from sleutelapp.exports.newcomer_paper import (
    RECIPIENT,
    Layout,
    PaperLanguages,
    dates,
    in_register,
    page_info,
    settings_of,
    write_and_register,
)
from sleutelapp.exports.pdf_layout import INK
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store.consents import SHEET_KIND

REPORT_KIND = SHEET_KIND
PURPOSE = QT_TRANSLATE_NOOP("NewcomerCard", "asking consent (GDPR art. 7)")
TITLE = QT_TRANSLATE_NOOP("NewcomerCard", "Consent")


@dataclass(frozen=True)
class PurposeText:
    """One consent purpose in plain words."""

    title: str
    what: str
    whom: str
    why: str


PURPOSES = {
    "regisseur_summary": PurposeText(
        QT_TRANSLATE_NOOP("NewcomerCard", "A report about you for the municipality"),
        QT_TRANSLATE_NOOP(
            "NewcomerCard",
            "What: a short report with your name, your learning route, when your "
            "integration period ends, your appointments (not what they were about), your "
            "activities and problems that need help. Never your phone number, your private "
            "conversations with your key person or medical details.",
        ),
        QT_TRANSLATE_NOOP(
            "NewcomerCard", "With whom: your integration officer (regisseur) at the municipality."
        ),
        QT_TRANSLATE_NOOP(
            "NewcomerCard",
            "Why: so the municipality knows how you are doing and can help you in time.",
        ),
    ),
    "health_in_summary": PurposeText(
        QT_TRANSLATE_NOOP("NewcomerCard", "Your care appointments in that report"),
        QT_TRANSLATE_NOOP(
            "NewcomerCard",
            "What: only how many care appointments you had (doctor, hospital, dentist). "
            "Never which doctor, or why.",
        ),
        QT_TRANSLATE_NOOP(
            "NewcomerCard", "With whom: your integration officer, in the same report."
        ),
        QT_TRANSLATE_NOOP(
            "NewcomerCard",
            "Why: so the municipality understands when care takes time, for example when "
            "you need more time for your integration.",
        ),
    ),
    "reporting": PurposeText(
        QT_TRANSLATE_NOOP("NewcomerCard", "Counted in overviews without your name"),
        QT_TRANSLATE_NOOP(
            "NewcomerCard",
            "What: numbers only, for example hours of activities, added up with many other "
            "newcomers. No name, no dates, nothing anyone can trace back to you.",
        ),
        QT_TRANSLATE_NOOP(
            "NewcomerCard",
            "With whom: the municipality or the organisation that coordinates the key persons.",
        ),
        QT_TRANSLATE_NOOP("NewcomerCard", "Why: to make the help for newcomers better."),
    ),
}

_FOR = QT_TRANSLATE_NOOP("NewcomerCard", "For: {0}")
_INTRO = QT_TRANSLATE_NOOP(
    "NewcomerCard",
    "Your key person keeps notes to help you. Some of it may only be shared when you "
    "agree. Read each part, or ask someone to read it with you, and tick yes or no.",
)
_FREE = QT_TRANSLATE_NOOP(
    "NewcomerCard",
    "You may say no. Saying no changes nothing in the help you get from your key person.",
)
_YES = QT_TRANSLATE_NOOP("NewcomerCard", "Yes, I agree")
_NO = QT_TRANSLATE_NOOP("NewcomerCard", "No, I do not agree")
_WITHDRAW_HEAD = QT_TRANSLATE_NOOP("NewcomerCard", "Changing your mind")
_WITHDRAW = QT_TRANSLATE_NOOP(
    "NewcomerCard",
    "You can take back your consent at any time, as easily as you gave it: tell your key "
    "person, by phone, by message or in person. After that nothing new is shared. What "
    "was shared before stays with whoever received it.",
)
_RIGHTS_HEAD = QT_TRANSLATE_NOOP("NewcomerCard", "Your rights")


def _rights(cat, months: int) -> str:
    return cat.translate(
        "NewcomerCard",
        "You may always see what is written about you, have mistakes corrected and have "
        "your data erased. Your data is erased %n month(s) after your key person stops "
        "helping you. If you are not happy with how your data is handled, you can "
        "complain to the Autoriteit Persoonsgegevens.",
        None,
        months,
    )


_RESPONSIBLE = QT_TRANSLATE_NOOP("NewcomerCard", "Responsible for your data:")
_KEYPERSON = QT_TRANSLATE_NOOP("NewcomerCard", "Your key person:")
_SIGN_HEAD = QT_TRANSLATE_NOOP("NewcomerCard", "Signature")
_NAME = QT_TRANSLATE_NOOP("NewcomerCard", "Name")
_DATE = QT_TRANSLATE_NOOP("NewcomerCard", "Date")
_SIGNATURE = QT_TRANSLATE_NOOP("NewcomerCard", "Signature")
_NUMBER = QT_TRANSLATE_NOOP("NewcomerCard", "Sheet number {0}, made on {1}")


@dataclass(frozen=True)
class SheetPlan:
    newcomer: Newcomer
    purposes: tuple[str, ...]
    settings: dict
    retention_months: int
    sheet_id: str
    made_on: date


def sheet_number(sheet_id: str) -> str:
    """The number printed on the sheet: the start of its disclosure id."""
    return sheet_id[:8].upper()


def plan_sheet(case, newcomer_id: str, today: date | None = None) -> SheetPlan:
    with case.exclusive():
        return SheetPlan(
            newcomer=case.newcomers.get(newcomer_id),
            purposes=tuple(vocab.CONSENT_PURPOSES.codes),
            settings=settings_of(case),
            retention_months=int(case.settings.get("retention_months")),
            sheet_id=new_id(),
            made_on=today or date.today(),
        )


def _choice(layout: Layout):
    """Two boxes to tick: yes and no, each labelled in the paper's languages."""
    from reportlab.platypus import Table, TableStyle

    langs = layout.langs
    labels = [layout.cells((" / ".join(langs.texts(text)),), "cell")[0] for text in (_YES, _NO)]
    box = ""
    cells = [box, labels[0], box, labels[1]]
    if langs.right_to_left:
        cells = [labels[1], box, labels[0], box]
    boxes = (0, 2) if not langs.right_to_left else (1, 3)
    width = layout.width
    widths = [14, width / 2 - 14, 14, width / 2 - 14]
    if langs.right_to_left:
        widths = [width / 2 - 14, 14, width / 2 - 14, 14]
    table = Table([cells], colWidths=widths, rowHeights=[18])
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    commands += [("BOX", (c, 0), (c, 0), 0.8, INK) for c in boxes]
    table.setStyle(TableStyle(commands))
    return table


def _signature(layout: Layout) -> list:
    from reportlab.platypus import Table, TableStyle

    langs = layout.langs
    rows = []
    for text in (_NAME, _DATE, _SIGNATURE):
        label = layout.cells((" / ".join(langs.texts(text)),), "label")[0]
        rows.append([label, ""] if not langs.right_to_left else ["", label])
    width = layout.width
    widths = [0.3 * width, 0.7 * width]
    line_col = 1 if not langs.right_to_left else 0
    if langs.right_to_left:
        widths.reverse()
    table = Table(rows, colWidths=widths, rowHeights=[30, 30, 44])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (line_col, 0), (line_col, -1), 0.6, INK),
            ]
        )
    )
    return [table]


def build(plan: SheetPlan, langs: PaperLanguages) -> list:
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    layout = Layout(langs)
    settings = plan.settings
    story = [
        layout.text(TITLE, "title"),
        layout.row(tuple(t.format(plan.newcomer.name) for t in langs.texts(_FOR)), "subtitle"),
        layout.text(_INTRO, "body"),
        layout.text(_FREE, "body"),
    ]
    for purpose in plan.purposes:
        words = PURPOSES[purpose]
        story.append(
            KeepTogether(
                [
                    layout.text(words.title, "h2"),
                    layout.text(words.what, "body"),
                    layout.text(words.whom, "body"),
                    layout.text(words.why, "body"),
                    Spacer(1, 3),
                    _choice(layout),
                ]
            )
        )
    cats = (langs.own, langs.dutch) if langs.bilingual else (langs.dutch,)
    rights = tuple(_rights(cat, plan.retention_months) for cat in cats)
    story += [
        layout.text(_WITHDRAW_HEAD, "h2"),
        layout.text(_WITHDRAW, "body"),
        layout.text(_RIGHTS_HEAD, "h2"),
        layout.row(rights, "body"),
        Spacer(1, 4),
    ]
    for label, name, contact in (
        (_RESPONSIBLE, settings.get("controller_name", ""), settings.get("controller_contact", "")),
        (_KEYPERSON, settings.get("keyperson_name", ""), settings.get("keyperson_contact", "")),
    ):
        # Name and contact on lines of their own: a phone number after Arabic letters in
        # one line would be turned around by the bidirectional algorithm (06-1234 -> 1234-06).
        shown = [p.strip() for p in (name, contact) if p.strip()]
        if shown:
            story += [layout.text(label, "label"), *(layout.user_text(p, "body") for p in shown)]
    story += [
        CondPageBreak(150),
        layout.text(_SIGN_HEAD, "h2"),
        *_signature(layout),
        Spacer(1, 10),
        layout.row(
            tuple(
                t.format(sheet_number(plan.sheet_id), *made)
                for t, made in zip(langs.texts(_NUMBER), dates(langs, plan.made_on), strict=True)
            ),
            "small",
        ),
    ]
    return story


def render(plan: SheetPlan, langs: PaperLanguages) -> bytes:
    from sleutelapp.exports import pdf_layout

    info = page_info(langs, TITLE, plan.made_on, plan.settings.get("keyperson_name", ""))
    return pdf_layout.build_pdf(build(plan, langs), info)


def export_sheet(
    case,
    newcomer_id: str,
    path: str | Path,
    *,
    language: str | None = None,
    today: date | None = None,
) -> Disclosure:
    """Write the sheet (in `language`, default the newcomer's) and register it; the
    disclosure id is the sheet's, for a signed consent to point to."""
    plan = plan_sheet(case, newcomer_id, today)
    langs = PaperLanguages.for_code(plan.newcomer.language_code if language is None else language)
    return write_and_register(
        case,
        path,
        render(plan, langs),
        Disclosure(
            id=plan.sheet_id,
            report_kind=REPORT_KIND,
            period_from=None,
            period_to=None,
            recipient=in_register(RECIPIENT),
            purpose=in_register(PURPOSE),
            sha256="",
            newcomer_id=newcomer_id,
        ),
    )
