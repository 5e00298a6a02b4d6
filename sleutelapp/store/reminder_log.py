"""What the reminders remember inside the case file: which slots were shown (entry id, day
and slot, never text) and when the case was last locked or closed.

Kept as two rows of the settings table under keys that are not user preferences (they have
no place in the settings dialog); a key person who uses two devices gets the reminders on
each, once.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

SHOWN_KEY = "reminders.shown"
LAST_SEEN_KEY = "reminders.last_seen"
KEEP_DAYS = 3  # older slots can never come back: forgotten so the list stays short


def _get(case, key: str) -> str | None:
    row = case.query_one("SELECT value FROM settings WHERE key = ?", (key,))
    return row[0] if row else None


def _put(case, key: str, value: str) -> None:
    with case.transaction() as conn:
        conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def shown(case) -> set[str]:
    try:
        return set(json.loads(_get(case, SHOWN_KEY) or "[]"))
    except (ValueError, TypeError):
        return set()  # unreadable: a reminder may come once more, nothing is lost


def mark_shown(case, keys, today: date) -> None:
    """Remember these slot keys; forget those of days long past."""
    oldest = (today - timedelta(days=KEEP_DAYS)).isoformat()
    kept = {k for k in shown(case) | set(keys) if k.split("|")[1:2] >= [oldest]}
    _put(case, SHOWN_KEY, json.dumps(sorted(kept)))


def last_seen(case) -> datetime | None:
    try:
        raw = _get(case, LAST_SEEN_KEY)
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def set_last_seen(case, moment: datetime) -> None:
    _put(case, LAST_SEEN_KEY, moment.replace(microsecond=0).isoformat())
