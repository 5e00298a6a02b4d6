"""Property tests of k-suppression: nothing small is published, nothing hidden can be solved.

The check of "can be worked out" is independent of the implementation: it solves the
linear system of published cells and totals exactly (fractions) and asks which hidden
values every solution agrees on.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from sleutelapp.domain.anonymity import PUBLISHED, Tally
from sleutelapp.domain.suppression import protect


def recomputable(table) -> list[tuple]:
    """Hidden positions of `table` whose value follows from what it publishes.

    Positions are (row, column) in the table extended by its totals (row index len(rows)
    is the column-totals row; column index len(columns) the row totals). Equations: every
    row sums to its total, every column to its total, both sets of totals to the grand
    total. That is what an attacker would assume, even where a table is not additive.
    """
    n_rows, n_cols = len(table.rows), len(table.columns)
    single = n_cols == 1

    def cell(r, c):
        if r == n_rows and c == n_cols:
            return table.total
        if r == n_rows:
            return table.column_totals[c]
        if c == n_cols:
            return table.row_total(r)
        return table.cells[r][c]

    def key(r, c):  # one unknown per quantity: with one column, a cell is its row total
        return (r, 0) if single and c == n_cols else (r, c)

    unknowns = sorted(
        {
            key(r, c)
            for r in range(n_rows + 1)
            for c in range(n_cols + 1)
            if cell(r, c).status != PUBLISHED
        }
    )
    index = {u: i for i, u in enumerate(unknowns)}
    equations = []

    def equation(members, total):
        coefficients = defaultdict(Fraction)
        constant = Fraction(0)
        for sign, (r, c) in [(1, m) for m in members] + [(-1, total)]:
            k = key(r, c)
            if k in index:
                coefficients[index[k]] += sign
            else:
                constant -= sign * cell(r, c).value
        equations.append((dict(coefficients), constant))

    for r in range(n_rows + 1):
        equation([(r, c) for c in range(n_cols)], (r, n_cols))
    for c in range(n_cols + 1):
        equation([(r, c) for r in range(n_rows)], (n_rows, c))
    return [unknowns[i] for i in _determined(equations, len(unknowns))]


def _determined(equations, n: int) -> list[int]:
    """Indices of unknowns that have one value in every solution (exact elimination)."""
    rows = []
    for coefficients, _constant in equations:
        row = [Fraction(0)] * n
        for i, value in coefficients.items():
            row[i] += value
        if any(row):
            rows.append(row)
    pivots = []
    rank = 0
    for col in range(n):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        lead = rows[rank][col]
        rows[rank] = [v / lead for v in rows[rank]]
        for i in range(len(rows)):
            if i != rank and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank], strict=False)]
        pivots.append(col)
        rank += 1
    free = set(range(n)) - set(pivots)
    return [col for r, col in enumerate(pivots) if all(rows[r][f] == 0 for f in free)]


def build(events, n_rows, n_cols, k):
    """Tally events (newcomer, row, column, value) the way the summary does, then publish."""
    cells = [[Tally() for _ in range(n_cols)] for _ in range(n_rows)]
    row_totals = [Tally() for _ in range(n_rows)]
    column_totals = [Tally() for _ in range(n_cols)]
    total = Tally()
    for newcomer, r, c, value in events:
        cells[r][c].add(newcomer, value)
        row_totals[r].add(newcomer, value)
        column_totals[c].add(newcomer, value)
        total.add(newcomer, value)
    table = protect(
        "t",
        [f"r{i}" for i in range(n_rows)],
        [f"c{j}" for j in range(n_cols)],
        cells,
        row_totals,
        column_totals,
        total,
        k,
    )
    return table, cells, row_totals, column_totals, total


@st.composite
def tables(draw):
    n_rows = draw(st.integers(1, 6))
    n_cols = draw(st.integers(1, 5))
    k = draw(st.integers(3, 7))
    population = draw(st.integers(1, 25))
    events = draw(
        st.lists(
            st.tuples(
                st.integers(0, population - 1),
                st.integers(0, n_rows - 1),
                st.integers(0, n_cols - 1),
                st.integers(1, 6),
            ),
            max_size=80,
        )
    )
    return events, n_rows, n_cols, k


@settings(max_examples=300, deadline=None)
@given(tables())
def test_no_published_cell_rests_on_fewer_than_k_newcomers(case):
    events, n_rows, n_cols, k = case
    table, *_ = build(events, n_rows, n_cols, k)
    for cell in table.all_cells():
        if cell.status == PUBLISHED:
            assert cell.newcomers == 0 or cell.newcomers >= k


@settings(max_examples=300, deadline=None)
@given(tables())
def test_no_suppressed_cell_can_be_recomputed(case):
    events, n_rows, n_cols, k = case
    table, *_ = build(events, n_rows, n_cols, k)
    assert recomputable(table) == []


@settings(max_examples=150, deadline=None)
@given(tables())
def test_published_numbers_are_the_true_numbers(case):
    events, n_rows, n_cols, k = case
    table, cells, row_totals, column_totals, total = build(events, n_rows, n_cols, k)
    pairs = [(table.cells[r][c], cells[r][c]) for r in range(n_rows) for c in range(n_cols)]
    pairs += [*list(zip(table.column_totals, column_totals, strict=False)), (table.total, total)]
    if n_cols > 1:
        pairs += list(zip(table.row_totals, row_totals, strict=False))
    for published, true in pairs:
        if published.status == PUBLISHED:
            assert (published.value, published.newcomers) == (
                round(true.value),
                len(true.newcomers),
            )


def test_checker_sees_a_lone_suppressed_cell():
    """The checker itself must be able to fail: one hidden cell beside a total is solvable."""
    from sleutelapp.domain.anonymity import Cell, Table

    shown = Cell(PUBLISHED, 4, 9)
    table = Table(
        "t",
        ("a", "b"),
        ("x",),
        ((Cell.suppressed(),), (shown,)),
        (),
        (Cell(PUBLISHED, 7, 11),),
        Cell(PUBLISHED, 7, 11),
    )
    assert recomputable(table) == [(0, 0)]
