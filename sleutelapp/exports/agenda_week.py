"""A week of the agenda on paper (PDF) for the key person themself.

What goes in follows the user's choice and is private by default, as in the calendar
export: initials instead of names, health appointments as "Appointment" without their type,
no place, never free entry text (a task shows only that it is a task). The text goes
through the shared PDF helpers (escaping, Arabic and Persian shaping and bidi).

The paper carries names and health appointments and can be lost on the way, so it is
registered like every other export: one disclosure row per newcomer on it, recipient "own
agenda (paper)" in the register's language (Dutch). The Shared tab of a newcomer then tells that
their appointments were printed.

Its reader is the key person: every text, day and month name is in the `language` the
caller passes (the UI's or the command line's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sleutelapp.domain import agenda_ranges, vocab, wording
from sleutelapp.domain.disclosure_kinds import REGISTER_LANGUAGE
from sleutelapp.domain.model import Disclosure
from sleutelapp.domain.shown_names import INITIALS, NAME_CHOICES, shown_name
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue
from sleutelapp.store.agenda_range import APPOINTMENT, DECISION, TASK, TERMIJN, AgendaRangeRow

REPORT_KIND = "agenda_week"
PURPOSE = "agenda"
# Stored in the register's language, whatever language the paper was made in.
DEFAULT_RECIPIENT = QT_TRANSLATE_NOOP("AgendaWeek", "own agenda (paper)")


def default_recipient() -> str:
    """The register's recipient of a week on paper, in the register's language."""
    return catalogue(REGISTER_LANGUAGE).translate("AgendaWeek", DEFAULT_RECIPIENT)


@dataclass(frozen=True)
class WeekOptions:
    """What the user chose to print; the defaults are the private ones."""

    names: str = INITIALS
    with_health_type: bool = False
    with_location: bool = False

    def __post_init__(self):
        if self.names not in NAME_CHOICES:
            raise ValueError(f"unknown name choice {self.names!r}")


@dataclass(frozen=True)
class WeekPaper:
    data: bytes
    rows: tuple[AgendaRangeRow, ...]
    start: date
    end: date


def item_text(row: AgendaRangeRow, options: WeekOptions, language: str = "nl") -> str:
    """One line of the paper: what (never free text), for whom, going along or not."""
    words = catalogue(language)
    name = shown_name(row.name, row.known_as, options.names)
    if row.kind == APPOINTMENT:
        health = vocab.is_health_appointment(row.kind, row.type)
        what = (
            words.translate("AgendaWeek", "Appointment")
            if health and not options.with_health_type
            else vocab.APPOINTMENT_TYPES.label(row.type, language)
        )
        text = words.translate("AgendaWeek", "{what}: {name}").format(what=what, name=name)
        if row.accompanied:
            text += words.translate("AgendaWeek", " (I go along)")
        if row.status == "cancelled":
            text = words.translate("AgendaWeek", "Cancelled: {item}").format(item=text)
        place = row.location.strip()
        if options.with_location and place and (options.with_health_type or not health):
            text += f" — {place}"
        return text
    if row.kind == TASK:
        return words.translate("AgendaWeek", "Task: {name}").format(name=name)
    if row.kind == TERMIJN:
        return words.translate("AgendaWeek", "Term ends: {name}").format(name=name)
    if row.kind == DECISION:
        return words.translate(
            "AgendaWeek", "DUO's answer on the extension expected: {name}"
        ).format(name=name)
    raise ValueError(f"unknown agenda kind {row.kind!r}")


def render(rows, options: WeekOptions, start: date, end: date, language: str = "nl") -> bytes:
    from reportlab.platypus import Spacer, Table

    from sleutelapp.exports import pdf_layout
    from sleutelapp.exports.pdf_text import paragraph

    words = catalogue(language)
    style = pdf_layout.styles()
    week = start.isocalendar()[1]
    story = [
        paragraph(
            words.translate("AgendaWeek", "Agenda week {week}").format(week=week), style["title"]
        ),
        paragraph(
            words.translate("AgendaWeek", "{start} up to and including {end}").format(
                start=wording.long_date(start, language), end=wording.long_date(end, language)
            ),
            style["subtitle"],
        ),
    ]
    by_day: dict[date, list[AgendaRangeRow]] = {}
    for row in rows:
        by_day.setdefault(row.date, []).append(row)
    width = pdf_layout.content_width()
    for day in agenda_ranges.days(start, end):
        story.append(paragraph(wording.long_date(day, language), style["h2"]))
        found = by_day.get(day, [])
        if not found:
            story.append(
                paragraph(words.translate("AgendaWeek", "Nothing planned."), style["muted"])
            )
            continue
        data = [
            [
                paragraph(row.time or "", style["cell"]),
                paragraph(item_text(row, options, language), style["cell"]),
            ]
            for row in found
        ]
        table = Table(data, colWidths=[0.12 * width, 0.88 * width])
        table.setStyle(pdf_layout.table_style(header=False))
        story += [table, Spacer(1, 4)]
    info = pdf_layout.PageInfo(
        footer=words.translate("AgendaWeek", "Agenda week {week} · personal").format(week=week),
        page_of=words.translate("AgendaWeek", "Page {page} of {pages}"),
        title=words.translate("AgendaWeek", "Agenda"),
    )
    return pdf_layout.build_pdf(story, info)


def build(case, options: WeekOptions, day: date, language: str = "nl") -> WeekPaper:
    """The week that holds `day`, read and rendered (nothing written, nothing registered)."""
    from sleutelapp.store.agenda_range import agenda_range

    start, end = agenda_ranges.week_range(day)
    rows = tuple(
        r for r in agenda_range(case, start, end) if not (r.kind == TASK and r.status != "open")
    )
    return WeekPaper(render(rows, options, start, end, language), rows, start, end)


def export_week(
    case,
    path: str | Path,
    options: WeekOptions,
    day: date,
    *,
    recipient: str = "",
    language: str = "nl",
) -> list[Disclosure]:
    """Write the week's PDF in `language` (whole or not at all, never into the data folder)
    and register it: one disclosure row per newcomer on the paper; an empty recipient is
    the default one, in Dutch as the register keeps it."""
    from sleutelapp.exports.files import register_per_newcomer, sha256
    from sleutelapp.store.durable_file import write_atomically
    from sleutelapp.store.export_target import refuse_protected_target

    refuse_protected_target(path, case.paths)
    made = build(case, options, day, language)
    if not case.make_room_for_register():
        from sleutelapp.store.space_reserve import no_room_to_register

        raise no_room_to_register()
    target = write_atomically(path, made.data, paths=case.paths)
    try:
        recipient = recipient.strip() or default_recipient()
        return register_per_newcomer(
            case,
            made.rows,
            report_kind=REPORT_KIND,
            start=made.start,
            end=made.end,
            recipient=recipient,
            purpose=PURPOSE,
            digest=sha256(made.data),
        )
    except BaseException:
        target.unlink(missing_ok=True)  # not registered, so not kept
        raise
