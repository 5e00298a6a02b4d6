"""The agenda as an iCalendar file (.ics) for the key person's own calendar.

A synced phone calendar sends what it holds to its provider (Google, Apple, Microsoft), so
the file is private by default: initials instead of names, no location, health appointments
as "Afspraak" without their type, and never free entry text (the store does not even read
it). Full names, known-as names, the place and the health type go in only when asked.

One VEVENT per appointment in the window; each UID comes from the entry id, so importing a
newer file updates the calendar instead of adding duplicates. Cancelled appointments stay
in, as STATUS:CANCELLED, so the calendar marks or removes them. Open tasks are all-day
events on their due date, not VTODO: Google Calendar and Outlook drop VTODO on import, and
the key person should see the task where they look. DTSTAMP, LAST-MODIFIED and SEQUENCE
come from the entry's (or its newcomer's) `updated` stamp: the same data gives the same
bytes, and a change gives a higher SEQUENCE.

Every export is registered in the disclosure register, one row per newcomer in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from icalendar import Calendar, Event

from sleutelapp.domain import vocab
from sleutelapp.domain.disclosure_kinds import REGISTER_LANGUAGE
from sleutelapp.domain.model import Disclosure
from sleutelapp.domain.shown_names import INITIALS, NAME_CHOICES, shown_name
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue
from sleutelapp.store import errors
from sleutelapp.store.calendar_queries import CalendarRow, calendar_rows

REPORT_KIND = "calendar"
PURPOSE = "agenda"
# Stored in the register's language, whatever language the screen is in.
DEFAULT_RECIPIENT = QT_TRANSLATE_NOOP("CalendarExportDialog", "own calendar")
TIMEZONE = "Europe/Amsterdam"
UID_SUFFIX = "@sleutelapp"
MAX_DAYS = 3660
# Appointments have a start time only; a calendar needs an end to draw them.
APPOINTMENT_LENGTH = timedelta(hours=1)
# SEQUENCE counts seconds of `updated` since this moment: it grows with every change and
# stays within 32 bits (some calendars read it so) until 2088.
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)

_WORDS = {
    w.code: w
    for w in (
        vocab.Term(
            "appointment", QT_TRANSLATE_NOOP("CalendarExport", "Appointment"), "CalendarExport"
        ),
        vocab.Term("task", QT_TRANSLATE_NOOP("CalendarExport", "Task"), "CalendarExport"),
        vocab.Term("cancelled", QT_TRANSLATE_NOOP("CalendarExport", "Cancelled"), "CalendarExport"),
        vocab.Term(
            "accompanied", QT_TRANSLATE_NOOP("CalendarExport", "I go along"), "CalendarExport"
        ),
        vocab.Term(
            "calendar_name", QT_TRANSLATE_NOOP("CalendarExport", "Sleutelapp"), "CalendarExport"
        ),
    )
}


class CalendarUnavailable(errors.CaseError):
    """The time zone data for Europe/Amsterdam is missing from this installation."""

    code = "calendar_unavailable"


@dataclass(frozen=True)
class CalendarOptions:
    """What the user chose to put in the file; the defaults are the private ones."""

    days: int = 14
    names: str = INITIALS
    with_location: bool = False
    with_health_type: bool = False
    language: str = "nl"

    def __post_init__(self):
        if self.names not in NAME_CHOICES:
            raise ValueError(f"unknown name choice {self.names!r}")
        if not 0 <= self.days <= MAX_DAYS:
            raise ValueError(f"days must be 0..{MAX_DAYS}")


@dataclass(frozen=True)
class CalendarFile:
    """The rendered file and the rows in it (for the disclosure register)."""

    data: bytes
    rows: tuple[CalendarRow, ...]
    start: date
    end: date


def amsterdam():
    """The Europe/Amsterdam zone; a clear error when the tz database is missing."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarUnavailable(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The time zone data (Europe/Amsterdam) is missing from this "
                "installation. Reinstall Sleutelapp.",
            ),
        ) from None


def _word(code: str, language: str) -> str:
    return _WORDS[code].label(language)


def summary(row: CalendarRow, options: CalendarOptions) -> str:
    """The one line a calendar shows: what (never free text), for whom, and whether the
    key person goes along."""
    language = options.language
    if row.kind == "task":
        what = _word("task", language)
    elif vocab.is_health_appointment(row.kind, row.type) and not options.with_health_type:
        what = _word("appointment", language)
    else:
        what = vocab.APPOINTMENT_TYPES.label(row.type, language)
    text = f"{what}: {shown_name(row.name, row.known_as, options.names)}"
    if row.kind == "appointment" and row.accompanied:
        text += f" ({_word('accompanied', language)})"
    if row.status == "cancelled":
        text = f"{_word('cancelled', language)}: {text}"
    return text


def location(row: CalendarRow, options: CalendarOptions) -> str:
    """The place, only when asked; the place of a health appointment can tell its type
    (a GGZ clinic), so it goes in only when the health type may be shown too."""
    if not options.with_location or row.kind != "appointment":
        return ""
    if vocab.is_health_appointment(row.kind, row.type) and not options.with_health_type:
        return ""
    return row.location.strip()


def _changed_at(row: CalendarRow, zone) -> datetime:
    """`updated` (local wall-clock time) as UTC; an entry without one counts as 2020."""
    try:
        local = datetime.fromisoformat(row.updated)
    except ValueError:
        return _SEQUENCE_EPOCH
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone)
    return max(local.astimezone(timezone.utc), _SEQUENCE_EPOCH)


class _Encoded:
    """icalendar property values made once per distinct value, and their content lines:
    a year of items repeats the same summaries, stamps, days and flags thousands of times,
    and icalendar spends most of its time turning a value into its line."""

    def __init__(self):
        self._scratch = Event()
        self._made: dict[tuple[str, object], object] = {}  # keeps every shared value alive
        self._shared: set[int] = set()
        self._lines: dict[tuple[str, int], str] = {}

    def __call__(self, name: str, value):
        key = (name, value)
        found = self._made.get(key)
        if found is None:
            self._scratch.add(name, value)
            found = self._made[key] = self._scratch.pop(name)
            self._shared.add(id(found))
        return found

    def line(self, name: str, value, make):
        """The content line of a property, made once when the value is a shared one."""
        if id(value) not in self._shared:
            return make()
        key = (name, id(value))
        found = self._lines.get(key)
        if found is None:
            found = self._lines[key] = make()
        return found


class _Calendar(Calendar):
    """A VCALENDAR that reuses the content line of a value its events share."""

    def __init__(self, encoded: _Encoded):
        super().__init__()
        self._encoded = encoded

    def content_line(self, name, value, sorted: bool = True):
        return self._encoded.line(
            name, value, lambda: super(_Calendar, self).content_line(name, value, sorted=sorted)
        )


def _event(row: CalendarRow, options: CalendarOptions, zone, encoded: _Encoded) -> Event:
    # Values come pre-encoded (shared between events), so they are set as they are.
    event = Event()
    event.add("uid", row.entry_id + UID_SUFFIX)
    changed = _changed_at(row, zone)
    event["DTSTAMP"] = encoded("dtstamp", changed)
    event["LAST-MODIFIED"] = encoded("last-modified", changed)
    event["SEQUENCE"] = encoded("sequence", int((changed - _SEQUENCE_EPOCH).total_seconds()))
    event["SUMMARY"] = encoded("summary", summary(row, options))
    if row.time:
        hour, minute = (int(part) for part in row.time.split(":"))
        start = datetime.combine(row.date, time(hour, minute), tzinfo=zone)
        event["DTSTART"] = encoded("dtstart", start)
        event["DTEND"] = encoded("dtend", start + APPOINTMENT_LENGTH)
    else:
        event["DTSTART"] = encoded("dtstart", row.date)
        event["DTEND"] = encoded("dtend", row.date + timedelta(days=1))
    place = location(row, options)
    if place:
        event["LOCATION"] = encoded("location", place)
    cancelled = row.status == "cancelled"
    event["STATUS"] = encoded("status", "CANCELLED" if cancelled else "CONFIRMED")
    # Tasks and all-day items do not block the day; appointments with a time do.
    busy = bool(row.time) and row.kind == "appointment"
    event["TRANSP"] = encoded("transp", "OPAQUE" if busy else "TRANSPARENT")
    event["CLASS"] = encoded("class", "PRIVATE")
    return event


def _serialised(calendar) -> bytes:
    """`calendar.to_ical()`, byte for byte, without icalendar's character-by-character
    folding of lines that need no folding (ASCII, under 75 octets); others fold as there."""
    return b"".join(
        (line.encode("ascii") if len(line) < 75 and line.isascii() else line.to_ical()) + b"\r\n"
        for line in calendar.content_lines()
        if line
    )


def window(today: date, days: int) -> tuple[date, date]:
    """From today up to and including today + days."""
    return today, today + timedelta(days=days)


def render(rows, options: CalendarOptions, start: date, end: date) -> bytes:
    """The iCalendar bytes for these rows, with the VTIMEZONE of Europe/Amsterdam."""
    from icalendar import Timezone

    zone = amsterdam()
    encoded = _Encoded()
    calendar = _Calendar(encoded)
    calendar.add("prodid", "-//Sleutelapp//Agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _word("calendar_name", options.language))
    calendar.add("x-wr-timezone", TIMEZONE)
    # Every timed item is in Europe/Amsterdam, so its VTIMEZONE is added once, also when no
    # item has a time (it still says which zone the file means). Overdue tasks may lie
    # before the window: the zone covers every item in the file.
    first = min([start, *(r.date for r in rows)])
    calendar.add_component(
        Timezone.from_tzinfo(zone, first_date=first, last_date=end + timedelta(days=1))
    )
    for row in rows:
        calendar.add_component(_event(row, options, zone, encoded))
    return _serialised(calendar)


def build(case, options: CalendarOptions, today: date) -> CalendarFile:
    """Read the window from the case and render it (nothing written, nothing registered)."""
    start, end = window(today, options.days)
    rows = tuple(calendar_rows(case, start, end))
    return CalendarFile(render(rows, options, start, end), rows, start, end)


def default_recipient() -> str:
    """The register's recipient of a calendar file, in the register's language."""
    return catalogue(REGISTER_LANGUAGE).translate("CalendarExportDialog", DEFAULT_RECIPIENT)


def export_calendar(
    case,
    path: str | Path,
    options: CalendarOptions,
    *,
    today: date | None = None,
    recipient: str = "",
) -> list[Disclosure]:
    """Write the `.ics` (whole or not at all, never into the data folder) and register it:
    one disclosure row per newcomer in the file, with the file's SHA-256."""
    from sleutelapp.exports.files import register_per_newcomer, sha256
    from sleutelapp.store.durable_file import write_atomically
    from sleutelapp.store.export_target import refuse_protected_target

    # With the case's own paths: its data and backup folders, whatever they hold.
    refuse_protected_target(path, case.paths)
    made = build(case, options, today or date.today())
    if not case.make_room_for_register():  # an export that cannot be registered is not made
        from sleutelapp.store.space_reserve import no_room_to_register

        raise no_room_to_register()
    target = write_atomically(path, made.data, paths=case.paths)
    try:
        return register_per_newcomer(
            case,
            made.rows,
            report_kind=REPORT_KIND,
            start=made.start,
            end=made.end,
            recipient=recipient.strip() or default_recipient(),
            purpose=PURPOSE,
            digest=sha256(made.data),
        )
    except BaseException:
        target.unlink(missing_ok=True)  # not registered, so not kept
        raise
