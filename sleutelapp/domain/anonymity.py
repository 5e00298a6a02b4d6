"""The rules of the anonymised summary (design.md §4): periods, tables, cells, the summary.

Pure Python. A summary covers one calendar month, quarter or year (never an arbitrary date
range); which sequences of summaries a case file may issue, so that none can be subtracted
from another, is decided in domain/summary_sequence.py. Every table cell carries
the number of distinct newcomers it rests on; which cells are suppressed is decided in
domain/suppression.py. Merging sums published cells and marks a cell as a lower bound where
some contribution was suppressed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from sleutelapp.domain import vocab
from sleutelapp.domain.settings import K_MINIMUM
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

FORMAT = "sleutelapp-summary"
VERSION = 1
LABEL_MAX = 80
K_DEFAULT = 5

# --- periods --------------------------------------------------------------------------

MONTHS = (
    QT_TRANSLATE_NOOP("Month", "January"),
    QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"),
    QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "December"),
)
_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$")


class InvalidPeriod(ValueError):
    """A period that is not YYYY, YYYY-Qn or YYYY-MM."""


@dataclass(frozen=True)
class Period:
    """A calendar year, quarter or month; `code` is how it is written in files."""

    code: str
    kind: str  # "year" | "quarter" | "month"
    start: date
    end: date  # inclusive

    def label(self, language: str = "nl") -> str:
        year = self.start.year
        if self.kind == "year":
            return str(year)
        if self.kind == "quarter":
            quarter = (self.start.month - 1) // 3 + 1
            return catalogue(language).translate("Period", "Q{0} {1}").format(quarter, year)
        return f"{month_name(self.start.month, language)} {year}"


def month_name(month: int, language: str = "nl") -> str:
    """The full name of a month (1-12) in a language: "juli", "July"."""
    return catalogue(language).translate("Month", MONTHS[month - 1])


def parse_period(text: str) -> Period:
    """`2026`, `2026-Q3` or `2026-07`; raises InvalidPeriod for anything else."""
    match = _PERIOD.match((text or "").strip())
    if not match or not 1900 <= int(match.group(1)) <= 2999:
        raise InvalidPeriod(text)
    year = int(match.group(1))
    if match.group(2):
        quarter = int(match.group(2))
        first = 3 * quarter - 2
        return Period(
            f"{year}-Q{quarter}",
            "quarter",
            date(year, first, 1),
            date(year, first + 2, calendar.monthrange(year, first + 2)[1]),
        )
    if match.group(3):
        month = int(match.group(3))
        return Period(
            f"{year}-{month:02d}",
            "month",
            date(year, month, 1),
            date(year, month, calendar.monthrange(year, month)[1]),
        )
    return Period(str(year), "year", date(year, 1, 1), date(year, 12, 31))


def period_containing(day: date, kind: str) -> Period:
    if kind == "year":
        return parse_period(str(day.year))
    if kind == "quarter":
        return parse_period(f"{day.year}-Q{(day.month - 1) // 3 + 1}")
    return parse_period(f"{day.year}-{day.month:02d}")


def effective_k(k: int | None) -> int:
    """The k threshold in force: the setting, never below the minimum."""
    return max(K_MINIMUM, int(k if k is not None else K_DEFAULT))


# --- tables ---------------------------------------------------------------------------

HEALTH_GROUP = "health"  # appointments: all health types as one row unless k is met


@dataclass(frozen=True)
class TableSpec:
    """One table of the summary: what its rows and columns are and what a value counts."""

    id: str
    unit: str  # newcomers | contacts | appointments | hours | signals
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    source: str  # the English title, the source text of its catalogue message
    explain_source: str  # what a value counts, in English (catalogue source)

    def title(self, language: str = "nl") -> str:
        return catalogue(language).translate("SummaryTable", self.source)

    def explain(self, language: str = "nl") -> str:
        return catalogue(language).translate("SummaryTable", self.explain_source)


TABLES = (
    TableSpec(
        "newcomers_by_route",
        "newcomers",
        vocab.ROUTES.codes,
        ("newcomers",),
        QT_TRANSLATE_NOOP("SummaryTable", "Newcomers by route"),
        QT_TRANSLATE_NOOP(
            "SummaryTable",
            "Newcomers with consent to anonymised reporting and at least one entry in the period.",
        ),
    ),
    TableSpec(
        "contacts",
        "contacts",
        (*vocab.TOPICS.codes, "none"),
        vocab.CHANNELS.codes,
        QT_TRANSLATE_NOOP("SummaryTable", "Contacts by topic and channel"),
        QT_TRANSLATE_NOOP(
            "SummaryTable",
            "A contact about two topics counts under both topics; the total per channel "
            "counts each contact once.",
        ),
    ),
    TableSpec(
        "appointments",
        "appointments",
        (HEALTH_GROUP, *vocab.APPOINTMENT_TYPES.codes),
        ("accompanied", "not_accompanied"),
        QT_TRANSLATE_NOOP("SummaryTable", "Appointments by type, accompanied or not"),
        QT_TRANSLATE_NOOP(
            "SummaryTable",
            "Cancelled appointments are not counted. Health appointments form one row while "
            "any type rests on too few newcomers.",
        ),
    ),
    TableSpec(
        "participation_hours",
        "hours",
        vocab.ACTIVITY_TYPES.codes,
        ("hours",),
        QT_TRANSLATE_NOOP("SummaryTable", "Participation hours by activity type"),
        QT_TRANSLATE_NOOP("SummaryTable", "Rounded to whole hours."),
    ),
    TableSpec(
        "signals",
        "signals",
        vocab.SIGNAL_THEMES.codes,
        ("open", "resolved"),
        QT_TRANSLATE_NOOP("SummaryTable", "Signals by theme"),
        QT_TRANSLATE_NOOP(
            "SummaryTable",
            "Signals raised in the period, with their state when the summary was made.",
        ),
    ),
)
TABLE_BY_ID = {spec.id: spec for spec in TABLES}

_EXTRA_LABELS = {
    "none": QT_TRANSLATE_NOOP("SummaryTable", "No topic"),
    "newcomers": QT_TRANSLATE_NOOP("SummaryTable", "Newcomers"),
    "hours": QT_TRANSLATE_NOOP("SummaryTable", "Hours"),
    "accompanied": QT_TRANSLATE_NOOP("SummaryTable", "Accompanied"),
    "not_accompanied": QT_TRANSLATE_NOOP("SummaryTable", "Not accompanied"),
    HEALTH_GROUP: QT_TRANSLATE_NOOP(
        "SummaryTable", "Health care (GP, hospital, dentist, mental health, other care)"
    ),
}
_VOCAB_BY_TABLE = {
    "newcomers_by_route": (vocab.ROUTES, None),
    "contacts": (vocab.TOPICS, vocab.CHANNELS),
    "appointments": (vocab.APPOINTMENT_TYPES, None),
    "participation_hours": (vocab.ACTIVITY_TYPES, None),
    "signals": (vocab.SIGNAL_THEMES, vocab.SIGNAL_STATUS),
}


def code_label(table_id: str, code: str, language: str = "nl", *, column: bool = False) -> str:
    """The human label of a row or column code of a table."""
    if code in _EXTRA_LABELS and (code != HEALTH_GROUP or table_id == "appointments"):
        return catalogue(language).translate("SummaryTable", _EXTRA_LABELS[code])
    rows_vocab, columns_vocab = _VOCAB_BY_TABLE[table_id]
    chosen = columns_vocab if column else rows_vocab
    return chosen.label(code, language) if chosen is not None else code


# What a reader of a summary must be told; the PDF and the GUI preview both use these.
LEGEND = QT_TRANSLATE_NOOP(
    "AnonymisedSummary",
    "Numbers count contacts, appointments, signals or hours; in brackets is the number of"
    " different newcomers the number rests on. * = not shown to protect privacy: fewer "
    "than {k} newcomers are involved, or it could otherwise be worked out from the "
    "totals. 12+ = at least 12: some of the merged overviews did not show this cell.",
)
PRIVACY_STATEMENT = QT_TRANSLATE_NOOP(
    "AnonymisedSummary",
    "This overview holds no names, no numbers of people, no free text and no dates finer "
    "than the period. Only newcomers who consented to be counted in anonymised overviews "
    "are counted.",
)


def legend(k: int, language: str = "nl") -> str:
    return catalogue(language).translate("AnonymisedSummary", LEGEND).format(k=k)


def privacy_statement(language: str = "nl") -> str:
    return catalogue(language).translate("AnonymisedSummary", PRIVACY_STATEMENT)


# Plain words (B1, "u") for the reader of a summary: what a hidden number means, why a
# summary of few newcomers is mostly hidden, and why periods are fixed.
HIDDEN_EXPLAINED = QT_TRANSLATE_NOOP(
    "AnonymisedSummary",
    "What does a * mean? In that place is a number we do not show. This protects the "
    "privacy of the newcomers. We only show a number when it is about at least {k} "
    "different newcomers. With fewer people, someone might guess who it is about. "
    "Sometimes we also hide a second number, because otherwise you could work out the "
    "first one from the totals.",
)
FEW_EXPLAINED = QT_TRANSLATE_NOOP(
    "AnonymisedSummary",
    "Why is much hidden? When an overview is about few newcomers, most numbers rest on "
    "fewer than {k} people. We do not show those numbers. That is not a mistake. Merged "
    "with the overviews of other key persons the groups grow and you see more.",
)
PERIOD_EXPLAINED = QT_TRANSLATE_NOOP(
    "AnonymisedSummary",
    "Each period gets one summary, with fixed figures. If you ask for the same period "
    "again later, you get the same figures. So nobody can subtract two overviews from "
    "each other to find a hidden number.",
)


def mostly_hidden(summary: Summary) -> bool:
    """A summary of few newcomers, or one that hides more than it shows."""
    counted = summary.counted
    few = counted.status == SUPPRESSED or (counted.value or 0) < 2 * summary.k
    cells = [c for t in summary.tables for row in t.cells for c in row]
    hidden = sum(1 for c in cells if c.status == SUPPRESSED)
    shown = sum(1 for c in cells if c.status != SUPPRESSED and c.value)
    return few or hidden > shown


def explanations(summary: Summary, language: str = "nl") -> list[str]:
    """The paragraphs that explain what is hidden and why, for this summary."""
    texts = catalogue(language)
    found = [texts.translate("AnonymisedSummary", HIDDEN_EXPLAINED).format(k=summary.k)]
    if mostly_hidden(summary):
        found.append(texts.translate("AnonymisedSummary", FEW_EXPLAINED).format(k=summary.k))
    found.append(texts.translate("AnonymisedSummary", PERIOD_EXPLAINED))
    return found


# --- cells ----------------------------------------------------------------------------

PUBLISHED = "published"
SUPPRESSED = "suppressed"
AT_LEAST = "at_least"  # merged: some contribution was suppressed, the value is a lower bound


@dataclass(frozen=True)
class Cell:
    """A published number, or the fact that it is suppressed."""

    status: str
    value: int | None
    newcomers: int | None

    @classmethod
    def suppressed(cls) -> Cell:
        return cls(SUPPRESSED, None, None)

    @property
    def is_suppressed(self) -> bool:
        return self.status == SUPPRESSED

    def display(self) -> str:
        if self.status == SUPPRESSED:
            return "*"
        if self.status == AT_LEAST:
            return f"{self.value}+"  # at least this many
        return str(self.value)

    def to_json(self) -> dict:
        return {"status": self.status, "value": self.value, "newcomers": self.newcomers}

    @classmethod
    def from_json(cls, data: dict) -> Cell:
        return cls(data["status"], data["value"], data["newcomers"])


@dataclass
class Tally:
    """An unpublished count: the value and exactly which newcomers it rests on."""

    value: float = 0.0
    newcomers: set = field(default_factory=set)

    def add(self, newcomer: str, value: float) -> None:
        self.value += value
        self.newcomers.add(newcomer)

    @property
    def count(self) -> int:
        return len(self.newcomers)


@dataclass(frozen=True)
class Count:
    """An unpublished count known by its size: the value and how many newcomers it rests
    on, not which (the numbers a case file keeps per period, domain/summary_shares.py)."""

    value: float
    count: int


@dataclass(frozen=True)
class Table:
    """A published table: cells[row][column], totals per row and column, a grand total.

    Single-column tables have no separate row totals (they would equal the cells).
    """

    id: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell

    def row_total(self, r: int) -> Cell:
        return self.row_totals[r] if self.row_totals else self.cells[r][0]

    def all_cells(self):
        for row in self.cells:
            yield from row
        yield from self.row_totals
        yield from self.column_totals
        yield self.total

    def to_json(self) -> dict:
        return {
            "rows": list(self.rows),
            "columns": list(self.columns),
            "cells": [[c.to_json() for c in row] for row in self.cells],
            "row_totals": [c.to_json() for c in self.row_totals],
            "column_totals": [c.to_json() for c in self.column_totals],
            "total": self.total.to_json(),
        }

    @classmethod
    def from_json(cls, table_id: str, data: dict, cell=Cell.from_json) -> Table:
        """`cell` makes a Cell of its JSON (a reader of many files may reuse equal ones)."""
        return cls(
            table_id,
            tuple(data["rows"]),
            tuple(data["columns"]),
            tuple(tuple(map(cell, row)) for row in data["cells"]),
            tuple(map(cell, data["row_totals"])),
            tuple(map(cell, data["column_totals"])),
            cell(data["total"]),
        )


# --- the summary ----------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One original summary inside a (merged) summary: its random id, label, k and source.

    `source` is the pseudonymous id of the case file that issued it (the same for every
    summary of that case file, nothing else about it): merge refuses one source twice for
    one period. Files made before it existed have none ("").
    """

    id: str
    k: int
    label: str = ""
    source: str = ""

    def to_json(self) -> dict:
        data: dict = {"id": self.id, "k": self.k}
        if self.label:
            data["label"] = self.label
        if self.source:
            data["source"] = self.source
        return data


@dataclass(frozen=True)
class Summary:
    """An anonymised summary, original or merged. Nothing in it identifies a person."""

    id: str
    period: Period
    k: int
    parts: tuple[Part, ...]
    not_counted: Cell
    tables: tuple[Table, ...]

    @property
    def is_merged(self) -> bool:
        return len(self.parts) > 1

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)

    @property
    def counted(self) -> Cell:
        return self.table("newcomers_by_route").total

    def suppressed_count(self) -> int:
        return sum(1 for t in self.tables for c in t.all_cells() if c.is_suppressed)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "period": self.period.code,
            "k": self.k,
            "parts": [p.to_json() for p in self.parts],
            "not_counted": self.not_counted.to_json(),
            "tables": {t.id: t.to_json() for t in self.tables},
        }

    @classmethod
    def from_json(cls, data: dict, cell=Cell.from_json) -> Summary:
        """From a dict that passed the JSON Schema (exports/summary_merge.py checks that);
        `cell` makes each Cell, as in Table.from_json."""
        return cls(
            data["id"],
            parse_period(data["period"]),
            data["k"],
            tuple(
                Part(p["id"], p["k"], p.get("label", ""), p.get("source", ""))
                for p in data["parts"]
            ),
            cell(data["not_counted"]),
            tuple(Table.from_json(spec.id, data["tables"][spec.id], cell) for spec in TABLES),
        )


def label_problem(text: str | None, language: str = "nl") -> str | None:
    """Why a label may not leave the device (it looks like personal data), or None."""
    from sleutelapp.domain import textguard

    found = textguard.describe(textguard.scan(normalise_label(text)), language)
    if not found:
        return None
    return (
        catalogue(language)
        .translate(
            "AnonymisedSummary",
            "the label looks like it contains personal data ({0}); "
            "use a neutral label such as a neighbourhood",
        )
        .format(", ".join(found))
    )


def normalise_label(text: str | None) -> str:
    """A label is one short line chosen by the key person, e.g. a neighbourhood."""
    return " ".join((text or "").split())[:LABEL_MAX]
