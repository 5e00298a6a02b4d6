"""An attacker's view of a set of published summary files, independent of the app's rules.

Given only the JSON files (as dicts), the auditor writes down every linear equation an
attacker could assume and asks which hidden cells they pin down:

- inside each table: every row and column adds up to its total, the totals to the grand
  total (assumed even where topics overlap, as an attacker would);
- between files of one source whose periods nest (a quarter and its months, a year and its
  quarters or months): the larger period's cell is the sum of the same cell over smaller
  periods that tile it, where such a tiling is published;
- between two files of one source and the same period: the same cell has the same value
  (so a cell hidden in one and shown in the other is known).

Hidden values that every solution agrees on are exposed. A second, stricter reading adds
that no hidden count is negative and keeps only the equations that hold exactly for counts
of events (not the overlapping topics of contacts, not rounded hours, not distinct
newcomers across periods): linear programming (tests/unit/exact_lp.py) then gives each
hidden count its lowest and highest possible value, and a non-zero count narrowed to one
value is exposed too. Separately, two files of one source
and one period whose published figures differ expose, by differencing, the contribution of
whatever changed between them. Nothing here imports the app's suppression or sequence code.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

PRIME = (1 << 61) - 1
# Tables of event counts: they add up exactly inside a table and across disjoint periods.
EVENT_TABLES = (
    "contacts",
    "appointments",
    "signals",
)  # rank over the rationals of ±1 systems, computed exactly mod p
HEALTH_TYPES = ("gp", "hospital", "dentist", "mental_health", "other_care")


def _span(code: str) -> tuple[date, date]:
    year = int(code[:4])
    if len(code) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    if code[5] == "Q":
        first = 3 * int(code[6]) - 2
        start = date(year, first, 1)
        last_month = first + 2
    else:
        start = date(year, int(code[5:7]), 1)
        last_month = int(code[5:7])
    end = (date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)) - timedelta(
        days=1
    )
    return start, end


def _source(document) -> str:
    """Files of one key person; without a source id, assume they all are (the worst case)."""
    return ",".join(sorted(p.get("source", "") for p in document["parts"]))


def _value(cell):
    return None if cell["status"] != "published" else cell["value"]


class _Positions:
    """The cells of one file's table, as (file, table, row code, column index) positions.

    Column index len(columns) is the row total; row code "__total__" the column totals.
    """

    def __init__(self, index: int, table_id: str, table: dict):
        self.index, self.table_id, self.table = index, table_id, table
        self.rows = list(table["rows"])
        self.n_cols = len(table["columns"])
        self.single = self.n_cols == 1

    def cell(self, row: str, column: int):
        t = self.table
        if row == "__total__":
            return t["total"] if column == self.n_cols else t["column_totals"][column]
        r = self.rows.index(row)
        if column == self.n_cols:
            return t["cells"][r][0] if self.single else t["row_totals"][r]
        return t["cells"][r][column]

    def key(self, row: str, column: int):
        # With one column a cell and its row total are one quantity; so are the column
        # total and the grand total.
        if self.single:
            column = 0
        return (self.index, self.table_id, row, column)

    def terms(self, row: str, column: int):
        """Positions whose sum is the quantity (row, column), or None if not expressible."""
        if row in self.rows or row == "__total__":
            return [(row, column)]
        if self.table_id == "appointments" and row == "health":
            present = [code for code in HEALTH_TYPES if code in self.rows]
            return [(code, column) for code in present] if present else None
        return None

    def all(self):
        for row in [*self.rows, "__total__"]:
            for column in range(self.n_cols + 1):
                yield row, column


class Auditor:
    def __init__(self, documents):
        self.documents = list(documents)
        self.unknowns: dict[tuple, int] = {}
        self.equations: list[tuple[dict[int, int], int]] = []
        self.exact_equations: list[tuple[dict[int, int], int]] = []
        self.tables: dict[tuple[int, str], _Positions] = {}
        for index, document in enumerate(self.documents):
            for table_id, table in document["tables"].items():
                self.tables[index, table_id] = _Positions(index, table_id, table)

    # -- equations --

    def _add(self, positive, negative, exact: bool = False) -> None:
        """Σ positive − Σ negative = 0 over (positions, row, column) terms.

        `exact`: the equation holds for the true counts too (used by the LP reading).
        """
        coefficients: dict[int, int] = defaultdict(int)
        constant = 0
        for sign, terms in ((1, positive), (-1, negative)):
            for positions, row, column in terms:
                value = _value(positions.cell(row, column))
                if value is None:
                    key = positions.key(row, column)
                    slot = self.unknowns.setdefault(key, len(self.unknowns))
                    coefficients[slot] += sign
                else:
                    constant -= sign * value
        coefficients = {k: v for k, v in coefficients.items() if v}
        if coefficients:
            self.equations.append((coefficients, constant))
            if exact:
                self.exact_equations.append((coefficients, constant))

    def _inside_tables(self) -> None:
        for p in self.tables.values():
            exact = p.table_id in EVENT_TABLES or p.table_id == "newcomers_by_route"
            rows = [*p.rows, "__total__"]
            for row in rows:
                members = [(p, row, c) for c in range(p.n_cols)]
                self._add(members, [(p, row, p.n_cols)], exact)
            for column in range(p.n_cols + 1):
                members = [(p, row, column) for row in p.rows]
                # A contact about two topics is in two rows: its columns do not add up.
                column_exact = exact and p.table_id != "contacts"
                self._add(members, [(p, "__total__", column)], column_exact)

    def _between_files(self) -> None:
        by_source: dict[str, list[int]] = defaultdict(list)
        for index, document in enumerate(self.documents):
            by_source[_source(document)].append(index)
        for indices in by_source.values():
            spans = {i: _span(self.documents[i]["period"]) for i in indices}
            for big in indices:
                start, end = spans[big]
                inside = [
                    i for i in indices if i != big and start <= spans[i][0] and spans[i][1] <= end
                ]
                same = [i for i in inside if spans[i] == spans[big]]
                for other in same:
                    self._link(big, [other])
                smaller = [i for i in inside if spans[i] != spans[big]]
                kinds = {i: _kind(self.documents[i]["period"]) for i in smaller}
                for tiling in _tilings(smaller, spans, kinds, start, end):
                    self._link(big, tiling)

    def _link(self, big: int, small: list[int]) -> None:
        """Each cell of file `big` equals the sum of the same cell over files `small`.

        Health rows may be split in one file and grouped in another: their sum is the
        grouped row, so "health" is compared as a sum wherever one side groups it.
        """
        for table_id in self.documents[big]["tables"]:
            whole = self.tables[big, table_id]
            pieces = [self.tables[i, table_id] for i in small]
            rows = [*whole.rows, "__total__"]
            if table_id == "appointments" and "health" not in whole.rows:
                rows.append("health")
            for row in rows:
                for column in range(whole.n_cols + 1):
                    sides = []
                    for p in (whole, *pieces):
                        terms = p.terms(row, column)
                        if terms is None:
                            break
                        sides.append([(p, r, c) for r, c in terms])
                    else:
                        exact = table_id in EVENT_TABLES
                        self._add(sides[0], [t for side in sides[1:] for t in side], exact)

    # -- verdicts --

    def exposed(self) -> list[tuple]:
        """Hidden cells whose value follows from the published figures."""
        self._inside_tables()
        self._between_files()
        names = {slot: key for key, slot in self.unknowns.items()}
        return sorted(names[i] for i in _determined(self.equations, len(self.unknowns)))

    def pinned(self) -> list[tuple]:
        """Hidden counts that non-negativity and exact equations narrow to one non-zero value."""
        if not self.equations:
            self._inside_tables()
            self._between_files()
        from tests.unit.exact_lp import bounds

        names = {slot: key for key, slot in self.unknowns.items()}
        found = []
        for component in _components(self.exact_equations):
            local = {slot: i for i, slot in enumerate(sorted(component))}
            equations = [
                ({local[s]: v for s, v in coefficients.items()}, constant)
                for coefficients, constant in self.exact_equations
                if next(iter(coefficients)) in component
            ]
            result = bounds(equations, len(local))
            if result is None:  # the attacker's equations contradict each other: no view
                continue
            for slot, i in local.items():
                low, high = result[i]
                if high is not None and low == high and low != 0:
                    found.append((names[slot], low))
        return sorted(found)

    def differences(self) -> list[tuple]:
        """Cells published in two files of one source and period with different values."""
        found = []
        seen: dict[tuple, tuple[int, int]] = {}
        for (index, table_id), p in self.tables.items():
            document = self.documents[index]
            for row, column in p.all():
                value = _value(p.cell(row, column))
                if value is None:
                    continue
                key = (_source(document), document["period"], table_id, row, column)
                if key in seen and seen[key][1] != value:
                    found.append((*key, seen[key][1], value))
                seen.setdefault(key, (index, value))
        return found


def _components(equations) -> list[set[int]]:
    """Groups of unknowns linked by equations (each group is solved on its own)."""
    parent: dict[int, int] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for coefficients, _constant in equations:
        first, *rest = coefficients
        for other in rest:
            parent[find(other)] = find(first)
        find(first)
    groups: dict[int, set[int]] = defaultdict(set)
    for x in list(parent):
        groups[find(x)].add(x)
    return list(groups.values())


def _kind(code: str) -> str:
    return "year" if len(code) == 4 else ("quarter" if code[5] == "Q" else "month")


def _tilings(candidates, spans, kinds, start, end):
    """Lists of candidate files whose periods tile [start, end] exactly (one per length)."""
    by_length: dict[str, list[int]] = defaultdict(list)
    for i in candidates:
        by_length[kinds[i]].append(i)
    for group in by_length.values():
        chosen: dict[tuple, int] = {}
        for i in group:
            chosen.setdefault(spans[i], i)
        cursor = start
        tiling = []
        for span in sorted(chosen):
            if span[0] == cursor:
                tiling.append(chosen[span])
                cursor = span[1] + timedelta(days=1)
        if tiling and cursor == end + timedelta(days=1):
            yield tiling


def _determined(equations, n: int) -> list[int]:
    """Unknowns that have one value in every solution: pivots with no free column."""
    rows = []
    for coefficients, _constant in equations:
        rows.append({i: v % PRIME for i, v in coefficients.items()})
    pivots: dict[int, dict[int, int]] = {}
    for row in rows:
        row = dict(row)
        for col, prow in pivots.items():
            if row.get(col):
                factor = row[col]
                for i, v in prow.items():
                    row[i] = (row.get(i, 0) - factor * v) % PRIME
                row = {i: v for i, v in row.items() if v}
        if not row:
            continue
        col = min(row)
        inverse = pow(row[col], PRIME - 2, PRIME)
        row = {i: v * inverse % PRIME for i, v in row.items()}
        for other in pivots.values():
            if other.get(col):
                factor = other[col]
                for i, v in row.items():
                    other[i] = (other.get(i, 0) - factor * v) % PRIME
                for i in [i for i, v in other.items() if not v]:
                    del other[i]
        pivots[col] = row
    return [col for col, row in pivots.items() if set(row) == {col}]
