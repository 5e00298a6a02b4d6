"""What one newcomer adds to the numbers of a period's anonymised summary (design.md §4).

A summary publishes, per table, cells, row totals, column totals and a grand total; each
is a value (events, or hours) and the number of distinct newcomers it rests on. One
newcomer's *share* of a period says, for every number they take part in, how much they
add to its value; taking part at all adds exactly one to its newcomers. So the numbers of
a period are the sum of the shares of everyone in it, and can be kept up to date one
newcomer at a time (store/summary_counts.py) instead of being recounted from every entry.
The summary counted from scratch (exports/summary.tabulate) sums the same shares, so both
follow these rules alone.

Keys are `table|row|column`, with `*` for a total. Hours are kept in hundredths (entries
hold at most two decimals, domain/model.py), so sums are exact in any order.
"""

from __future__ import annotations

from collections.abc import Iterable

from sleutelapp.domain import vocab
from sleutelapp.domain.anonymity import HEALTH_GROUP

TOTAL = "*"
NOT_COUNTED = "not_counted|*|*"
HOURS_TABLE = "participation_hours"
HOURS_SCALE = 100  # hours are kept as whole hundredths


def key(table: str, row: str, column: str) -> str:
    return f"{table}|{row}|{column}"


def _add(share: dict[str, int], table: str, rows: Iterable[str], column: str, value: int):
    """One group of events in `column`, under each of `rows`, and in the totals: the column
    totals count the events once, however many rows they are under."""
    for row in rows:
        for k in (key(table, row, column), key(table, row, TOTAL)):
            share[k] = share.get(k, 0) + value
    for k in (key(table, TOTAL, column), key(table, TOTAL, TOTAL)):
        share[k] = share.get(k, 0) + value


def hundredths(hours: float | None) -> int:
    return round((hours or 0.0) * HOURS_SCALE)


def share(route: str, counted: bool, groups: Iterable[tuple]) -> dict[str, int]:
    """The share of one newcomer with entries in the period.

    `counted`: they have a reporting consent for the period (else they add only to the
    number of newcomers not counted). `groups`: their entries of the period grouped as
    (kind, type, status, accompanied, topics, n, hours in hundredths); other kinds than
    contacts, appointments, activities and signals are ignored.
    """
    if not counted:
        return {NOT_COUNTED: 1}
    result: dict[str, int] = {}
    _add(result, "newcomers_by_route", [route], "newcomers", 1)
    for kind, type_code, status, accompanied, topics, n, hours in groups:
        if kind == "contact":
            _add(result, "contacts", (topics or "").split() or ["none"], type_code, n)
        elif kind == "appointment" and status != "cancelled":
            rows = [type_code]
            if type_code in vocab.HEALTH_APPOINTMENT_TYPES:
                rows.append(HEALTH_GROUP)  # the row health types share unless k is met
            column = "accompanied" if accompanied else "not_accompanied"
            _add(result, "appointments", rows, column, n)
        elif kind == "activity":
            _add(result, HOURS_TABLE, [type_code], "hours", hours or 0)
        elif kind == "signal":
            _add(result, "signals", [type_code], status, n)
    return result


class Totals:
    """The numbers of a period: per key, (newcomers, value), summed over shares."""

    def __init__(self, numbers: dict[str, tuple[int, int]] | None = None):
        self.numbers: dict[str, tuple[int, int]] = dict(numbers or {})

    def add(self, newcomer_share: dict[str, int], sign: int = 1) -> None:
        numbers = self.numbers
        for k, value in newcomer_share.items():
            newcomers, total = numbers.get(k, (0, 0))
            numbers[k] = (newcomers + sign, total + sign * value)

    def newcomers(self, k: str) -> int:
        return self.numbers.get(k, (0, 0))[0]

    def value(self, k: str) -> int:
        return self.numbers.get(k, (0, 0))[1]


def difference(old: dict[str, int], new: dict[str, int]) -> dict[str, tuple[int, int]]:
    """What replacing a newcomer's share `old` by `new` changes: key -> (newcomers, value)."""
    changes: dict[str, tuple[int, int]] = {}
    for k in old.keys() | new.keys():
        before, after = old.get(k), new.get(k)
        if before == after:
            continue
        changes[k] = (
            (after is not None) - (before is not None),
            (after or 0) - (before or 0),
        )
    return changes
