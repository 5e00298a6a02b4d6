""" "Mijn afspraken": the newcomer's own planned appointments of the coming weeks on one
printable paper, in their language with Dutch alongside, registered as given to them.

Per appointment: the day, the time, the place, what it is (the appointment type in plain
words, never the entry's free text, which may hold the key person's own remarks, unless the
entry is marked shareable) and whether the key person comes along; at the end, whom to call.
Only this newcomer's planned appointments are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sleutelapp.domain.model import Disclosure, Entry, Newcomer
from sleutelapp.exports.newcomer_paper import (
    RECIPIENT,
    Layout,
    PaperLanguages,
    dates,
    day_text,
    in_register,
    page_info,
    settings_of,
    write_and_register,
)
from sleutelapp.language import QT_TRANSLATE_NOOP

REPORT_KIND = "newcomer_card"
PURPOSE = QT_TRANSLATE_NOOP("NewcomerCard", "appointments for the newcomer")
DEFAULT_WEEKS = 4
MAX_WEEKS = 26
TITLE = QT_TRANSLATE_NOOP("NewcomerCard", "My appointments")

# What an appointment is, in words a newcomer knows (not the key person's own labels).
WHAT = {
    "gp": QT_TRANSLATE_NOOP("NewcomerCard", "Doctor (GP)"),
    "hospital": QT_TRANSLATE_NOOP("NewcomerCard", "Hospital"),
    "dentist": QT_TRANSLATE_NOOP("NewcomerCard", "Dentist"),
    "mental_health": QT_TRANSLATE_NOOP("NewcomerCard", "Care for how you feel (GGZ)"),
    "other_care": QT_TRANSLATE_NOOP("NewcomerCard", "Care appointment"),
    "school": QT_TRANSLATE_NOOP("NewcomerCard", "School"),
    "language_school": QT_TRANSLATE_NOOP("NewcomerCard", "Language school"),
    "childcare": QT_TRANSLATE_NOOP("NewcomerCard", "Childcare"),
    "municipality": QT_TRANSLATE_NOOP("NewcomerCard", "Municipality"),
    "duo": QT_TRANSLATE_NOOP("NewcomerCard", "DUO"),
    "ind": QT_TRANSLATE_NOOP("NewcomerCard", "IND"),
    "work": QT_TRANSLATE_NOOP("NewcomerCard", "Work"),
    "housing": QT_TRANSLATE_NOOP("NewcomerCard", "Housing"),
    "other": QT_TRANSLATE_NOOP("NewcomerCard", "Appointment"),
}
_AT = QT_TRANSLATE_NOOP("NewcomerCard", "at {0}")
_WHERE = QT_TRANSLATE_NOOP("NewcomerCard", "Where:")
_NO_PLACE = QT_TRANSLATE_NOOP("NewcomerCard", "Where: ask your key person")
_TOGETHER = QT_TRANSLATE_NOOP("NewcomerCard", "Your key person comes with you.")
_ALONE = QT_TRANSLATE_NOOP("NewcomerCard", "You go on your own.")
_NOTE = QT_TRANSLATE_NOOP("NewcomerCard", "Note:")
_PERIOD = QT_TRANSLATE_NOOP("NewcomerCard", "Your appointments from {0} to {1}")
_NONE = QT_TRANSLATE_NOOP("NewcomerCard", "You have no appointments in these weeks.")
_CALL = QT_TRANSLATE_NOOP(
    "NewcomerCard", "Questions, or you cannot come? Call or message your key person:"
)
_NO_CONTACT = QT_TRANSLATE_NOOP("NewcomerCard", "Ask your key person for their phone number.")
_BRING = QT_TRANSLATE_NOOP(
    "NewcomerCard", "Take this paper and your ID with you. Come a few minutes early."
)


@dataclass(frozen=True)
class CardPlan:
    """Everything the card shows; nothing else is read while rendering."""

    newcomer: Newcomer
    appointments: tuple[Entry, ...]
    start: date
    end: date
    settings: dict


def check_weeks(weeks: int) -> int:
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be 1 to {MAX_WEEKS}")
    return weeks


def plan_card(case, newcomer_id: str, weeks: int = DEFAULT_WEEKS, today: date | None = None):
    """This newcomer's planned appointments from today through the coming `weeks`."""
    start = today or date.today()
    end = start + timedelta(days=7 * check_weeks(weeks) - 1)
    with case.exclusive():
        newcomer = case.newcomers.get(newcomer_id)
        items = case.entries.agenda(start, end, newcomer_id)
        return CardPlan(
            newcomer=newcomer,
            appointments=tuple(i.entry for i in items if i.entry.kind == "appointment"),
            start=start,
            end=end,
            settings=settings_of(case),
        )


def _appointment(layout: Layout, entry: Entry) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    langs = layout.langs
    when = day_text(langs, entry.date)
    if entry.time:
        when = tuple(
            f"{day} · {t.format(entry.time)}" for day, t in zip(when, langs.texts(_AT), strict=True)
        )
    what = WHAT.get(entry.type or "", WHAT["other"])
    parts = [
        layout.row(when, "cell_bold", boxed=True),
        layout.text(what, "cell_bold"),
    ]
    place = entry.location.strip()
    if place:
        parts.append(layout.row(tuple(f"{w} {place}" for w in langs.texts(_WHERE)), "cell"))
    else:
        parts.append(layout.text(_NO_PLACE, "cell"))
    parts.append(layout.text(_TOGETHER if entry.accompanied else _ALONE, "cell"))
    if entry.shareable and entry.text.strip():
        parts.append(layout.row(langs.texts(_NOTE), "label"))
        parts.append(layout.user_text(entry.text, "cell"))
    parts.append(Spacer(1, 8))
    return [KeepTogether(parts)]


def build(plan: CardPlan, langs: PaperLanguages) -> list:
    """The story of the card (reportlab flowables)."""
    from reportlab.platypus import Spacer

    layout = Layout(langs)
    story = [
        layout.text(TITLE, "title"),
        layout.user_text(plan.newcomer.name, "subtitle"),
        layout.row(
            tuple(
                t.format(*days)
                for t, days in zip(
                    langs.texts(_PERIOD), dates(langs, plan.start, plan.end), strict=True
                )
            ),
            "body",
        ),
        Spacer(1, 6),
    ]
    if not plan.appointments:
        story.append(layout.text(_NONE, "muted"))
    for entry in plan.appointments:
        story += _appointment(layout, entry)
    story += [Spacer(1, 6), layout.text(_CALL, "h2")]
    name = plan.settings.get("keyperson_name", "").strip()
    contact = plan.settings.get("keyperson_contact", "").strip()
    if name:
        story.append(layout.user_text(name, "cell_bold"))
    if contact:
        story.append(layout.user_text(contact, "body"))
    else:
        story.append(layout.text(_NO_CONTACT, "body"))
    story += [Spacer(1, 6), layout.text(_BRING, "small")]
    return story


def render(plan: CardPlan, langs: PaperLanguages, made_on: date | None = None) -> bytes:
    from sleutelapp.exports import pdf_layout

    info = page_info(langs, TITLE, made_on or date.today(), plan.settings.get("keyperson_name", ""))
    return pdf_layout.build_pdf(build(plan, langs), info)


def export_card(
    case,
    newcomer_id: str,
    path: str | Path,
    *,
    weeks: int = DEFAULT_WEEKS,
    language: str | None = None,
    today: date | None = None,
) -> Disclosure:
    """Write the card (in `language`, default the newcomer's) and register it."""
    plan = plan_card(case, newcomer_id, weeks, today)
    langs = PaperLanguages.for_code(plan.newcomer.language_code if language is None else language)
    data = render(plan, langs, today)
    return write_and_register(
        case,
        path,
        data,
        Disclosure(
            report_kind=REPORT_KIND,
            period_from=plan.start,
            period_to=plan.end,
            recipient=in_register(RECIPIENT),
            purpose=in_register(PURPOSE),
            sha256="",
            entry_ids=tuple(e.id for e in plan.appointments),
            newcomer_id=newcomer_id,
        ),
    )
