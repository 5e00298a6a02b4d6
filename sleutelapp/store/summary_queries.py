"""Aggregated counts for the anonymised summary: one grouped query per question.

Rows come out grouped per newcomer and category, so the summary can count distinct
newcomers per cell without loading entries (text, location) into Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Entries dated as the app writes dates (YYYY-MM-DD): a row with any other text in its date
# (only a hand edit could leave one) is in no period, here and in the numbers kept per
# period (store/summary_counts.py).
ISO_DAY = "date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"

# Newcomers counted in an anonymised summary: a `reporting` consent given by the reference
# day (the period's end, or today while the period runs) and not withdrawn since.
_COUNTED = """SELECT newcomer_id FROM consent
              WHERE purpose = 'reporting' AND given_on <= :reference
                AND (withdrawn_on IS NULL OR withdrawn_on > :today)"""


@dataclass(frozen=True)
class PeriodCounts:
    """What happened in a period, grouped; newcomer ids never leave this process."""

    newcomers: list[tuple[str, str, int]]  # (newcomer_id, route, counted 0/1), with entries
    entries: list[tuple]  # (newcomer_id, kind, type, status, accompanied, topics, n, hours)


def period_counts(case, start: date, end: date, today: date) -> PeriodCounts:
    """Grouped counts of entries dated in [start, end] for the summary of that period.

    Who had entries in the period: one step per newcomer into the timeline index (not a
    read of the whole index, which no index leads by date alone). The counts themselves
    read every entry of the period, so their cost follows how many there are.
    """
    params = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "reference": min(end, today).isoformat(),
        "today": today.isoformat(),
    }
    newcomers = case.query(
        f"""SELECT n.id, n.route, n.id IN ({_COUNTED})
            FROM newcomer n
            WHERE EXISTS (SELECT 1 FROM entry e
                          WHERE e.newcomer_id = n.id AND e.date BETWEEN :start AND :end
                            AND e.{ISO_DAY})""",
        params,
    )
    entries = case.query(
        f"""SELECT newcomer_id, kind, type, status, accompanied, topics, count(*),
                   coalesce(sum(hours), 0)
            FROM entry
            WHERE kind IN ('contact', 'appointment', 'activity', 'signal')
              AND date BETWEEN :start AND :end AND {ISO_DAY}
              AND newcomer_id IN ({_COUNTED})
            GROUP BY newcomer_id, kind, type, status, accompanied, topics""",
        params,
    )
    return PeriodCounts([tuple(r) for r in newcomers], [tuple(r) for r in entries])
