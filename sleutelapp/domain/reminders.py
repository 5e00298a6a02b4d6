"""When the app reminds the key person of an appointment they go along to.

Two slots per accompanied appointment: the evening before (from 18:00) and the morning of
(from 07:00, until the appointment starts; all day when it has no time). A slot is shown
once; an app opened only in the morning shows the morning slot, not the evening one it
missed. Wall-clock times: a change to or from summer time moves nothing.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

EVENING, MORNING = "evening", "morning"
EVENING_FROM = time(18, 0)
MORNING_FROM = time(7, 0)


def starts_at(day: date, at: str | None) -> datetime:
    """The appointment's start; the end of its day when it has no time."""
    if at:
        try:
            hour, minute = (int(part) for part in at.split(":")[:2])
            return datetime.combine(day, time(hour, minute))
        except ValueError:
            pass
    return datetime.combine(day + timedelta(days=1), time(0, 0))


def current_slot(day: date, at: str | None, now: datetime) -> str | None:
    """The slot `now` lies in for an appointment on `day` at `at`, or None."""
    start = starts_at(day, at)
    if now >= start:
        return None
    if now >= datetime.combine(day, MORNING_FROM):
        return MORNING
    if (
        datetime.combine(day - timedelta(days=1), EVENING_FROM)
        <= now
        < datetime.combine(day, time(0, 0))
    ):
        return EVENING
    return None


def slot_key(entry_id: str, day: date, slot: str) -> str:
    """How a shown reminder is remembered: entry id, its day and the slot, never text."""
    return f"{entry_id}|{day.isoformat()}|{slot}"
