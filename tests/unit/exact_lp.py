"""A small exact linear-programming solver for the tests' auditor (no dependency needed).

Bounds of each unknown over {x >= 0 : A x = b}: the attacker's view when the published
figures are read as equations and every hidden number as non-negative. Exact arithmetic
(fractions) and Bland's rule, so the answer never depends on rounding or the machine.
"""

from __future__ import annotations

from fractions import Fraction

INFINITE = None


def bounds(equations, n: int) -> dict[int, tuple[Fraction, Fraction | None]] | None:
    """{unknown: (lowest, highest or None when unbounded)}, or None when infeasible.

    `equations` are (coefficients {unknown: int}, constant) meaning Σ coef·x = constant.
    """
    rows = []
    for coefficients, constant in equations:
        row = [Fraction(0)] * n
        for i, v in coefficients.items():
            row[i] += v
        rhs = Fraction(constant)
        if rhs < 0:
            row, rhs = [-v for v in row], -rhs
        rows.append((row, rhs))
    tableau = _phase_one(rows, n)
    if tableau is None:
        return None
    result = {}
    for j in range(n):
        low = _optimise(tableau, n, j, minimise=True)
        high = _optimise(tableau, n, j, minimise=False)
        result[j] = (low, high)
    return result


class _Tableau:
    def __init__(self, rows, basis, width):
        self.rows, self.basis, self.width = rows, basis, width

    def copy(self):
        return _Tableau([list(r) for r in self.rows], list(self.basis), self.width)

    def pivot(self, r: int, c: int) -> None:
        row = self.rows[r]
        lead = row[c]
        self.rows[r] = row = [v / lead for v in row]
        for i, other in enumerate(self.rows):
            if i != r and other[c] != 0:
                factor = other[c]
                self.rows[i] = [a - factor * b for a, b in zip(other, row, strict=True)]
        self.basis[r] = c


def _simplex(t: _Tableau, cost: list[Fraction], allowed: int) -> Fraction | None:
    """Minimise cost·x over columns < allowed; returns the optimum or None if unbounded."""
    while True:
        reduced = []
        for c in range(allowed):
            value = cost[c] - sum(cost[t.basis[i]] * t.rows[i][c] for i in range(len(t.rows)))
            reduced.append(value)
        entering = next((c for c in range(allowed) if reduced[c] < 0), None)
        if entering is None:
            return sum(cost[t.basis[i]] * t.rows[i][-1] for i in range(len(t.rows)))
        best = None
        for i, row in enumerate(t.rows):
            if row[entering] > 0:
                ratio = row[-1] / row[entering]
                if (
                    best is None
                    or ratio < best[0]
                    or (ratio == best[0] and t.basis[i] < t.basis[best[1]])
                ):
                    best = (ratio, i)
        if best is None:
            return None
        t.pivot(best[1], entering)


def _phase_one(rows, n: int):
    m = len(rows)
    width = n + m + 1
    table = []
    for i, (row, rhs) in enumerate(rows):
        artificial = [Fraction(0)] * m
        artificial[i] = Fraction(1)
        table.append([*row, *artificial, rhs])
    t = _Tableau(table, [n + i for i in range(m)], width)
    cost = [Fraction(0)] * n + [Fraction(1)] * m + [Fraction(0)]
    optimum = _simplex(t, cost, n + m)
    if optimum is None or optimum != 0:
        return None
    # Drive artificials out of the basis where possible; drop redundant rows.
    for i in range(len(t.rows) - 1, -1, -1):
        if t.basis[i] >= n:
            column = next((c for c in range(n) if t.rows[i][c] != 0), None)
            if column is None:
                del t.rows[i]
                del t.basis[i]
            else:
                t.pivot(i, column)
    t.rows = [[*row[:n], row[-1]] for row in t.rows]
    t.width = n + 1
    return t


def _optimise(tableau: _Tableau, n: int, j: int, *, minimise: bool):
    t = tableau.copy()
    cost = [Fraction(0)] * (n + 1)
    cost[j] = Fraction(1 if minimise else -1)
    value = _simplex(t, cost, n)
    if value is None:
        return INFINITE
    return value if minimise else -value
