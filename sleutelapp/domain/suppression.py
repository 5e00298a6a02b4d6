"""Cell suppression of the anonymised summary (design.md §4): which cells a table publishes.

A cell resting on 1..k-1 newcomers is suppressed (primary suppression); then more cells are
suppressed until no suppressed value can be worked out from the published cells and totals
(secondary suppression). Pure Python; the table model lives in domain/anonymity.py.
"""

from __future__ import annotations

import math

from sleutelapp.domain.anonymity import PUBLISHED, Cell, Count, Table, Tally


def whole(value: float) -> int:
    """Round half up to a whole number (hours are published in whole hours)."""
    return math.floor(value + 0.5)


def _raw_cell(tally: Tally | Count, k: int) -> tuple[Cell, bool]:
    """The cell as it would be published, and whether k forces it to be suppressed."""
    n = tally.count
    cell = Cell(PUBLISHED, whole(tally.value), n)
    return cell, 0 < n < k


def protect(
    table_id: str,
    rows,
    columns,
    cells: list[list[Tally | Count]],
    row_totals: list[Tally | Count],
    column_totals: list[Tally | Count],
    total: Tally | Count,
    k: int,
) -> Table:
    """Publish a table: primary suppression by k, then secondary suppression.

    `row_totals` is ignored for single-column tables. Suppression is computed on the table
    extended by its totals, seen as a bipartite graph of rows and columns whose edges are
    the suppressed cells: a suppressed value can be worked out from the published numbers
    exactly when its edge lies on no cycle (a bridge). Cells are added until none is.
    """
    n_rows, n_cols = len(rows), len(columns)
    single = n_cols == 1
    # Extended grid: rows 0..R-1 and the column-totals row R; columns 0..C-1 and total C.
    grid: dict[tuple[int, int], Cell] = {}
    hidden: set[tuple[int, int]] = set()

    def put(pos, tally):
        cell, small = _raw_cell(tally, k)
        grid[pos] = cell
        if small:
            hidden.add(pos)

    for r in range(n_rows):
        for c in range(n_cols):
            put((r, c), cells[r][c])
        if not single:
            put((r, n_cols), row_totals[r])
    for c in range(n_cols):
        put((n_rows, c), column_totals[c])
    if not single:  # a single column's total is its grand total: one quantity, one cell
        put((n_rows, n_cols), total)

    def linked(pos):
        """Positions holding the same quantity: with one column, a cell and its row total."""
        r, _c = pos
        return [(r, 0), (r, 1)] if single else [pos]

    def is_hidden(pos):
        return linked(pos)[0] in hidden

    while True:
        edges = [(r, c) for r in range(n_rows + 1) for c in range(n_cols + 1) if is_hidden((r, c))]
        bridge = _first_bridge(edges, n_rows + 1)
        if bridge is None:
            break
        choice = _cheapest_partner(bridge, edges, grid, hidden, n_rows, n_cols, single)
        hidden.add(linked(choice)[0])

    def published(pos) -> Cell:
        return Cell.suppressed() if is_hidden(pos) else grid[linked(pos)[0]]

    return Table(
        table_id,
        tuple(rows),
        tuple(columns),
        tuple(tuple(published((r, c)) for c in range(n_cols)) for r in range(n_rows)),
        () if single else tuple(published((r, n_cols)) for r in range(n_rows)),
        tuple(published((n_rows, c)) for c in range(n_cols)),
        published((n_rows, n_cols)),
    )


def _first_bridge(edges, n_row_nodes: int):
    """An edge (row, column) of the suppression graph that lies on no cycle, or None."""
    adjacency: dict[int, list[tuple[int, int]]] = {}
    for index, (r, c) in enumerate(edges):
        a, b = r, n_row_nodes + c
        adjacency.setdefault(a, []).append((b, index))
        adjacency.setdefault(b, []).append((a, index))
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    counter = 0
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, -1, iter(adjacency[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            advanced = False
            for nxt, index in neighbours:
                if index == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, index, iter(adjacency[nxt])))
                    advanced = True
                    break
            if advanced:
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent]:
                    return edges[via]
    return None


def _components(edges, skip, n_row_nodes: int) -> dict[int, int]:
    parent: dict[int, int] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in edges:
        if edge != skip:
            parent[find(edge[0])] = find(n_row_nodes + edge[1])
    return {node: find(node) for node in list(parent)}


def _cheapest_partner(bridge, edges, grid, hidden, n_rows, n_cols, single):
    """The published cell whose suppression best protects `bridge`.

    Prefer a cell that closes a cycle through the bridge at once; otherwise one in the same
    row or column, so the next round can close it. Among those: inner cells before totals,
    non-zero before zero (a hidden zero protects little), then the smallest value.
    """
    n_row_nodes = n_rows + 1
    comp = _components(edges, bridge, n_row_nodes)

    def root(node):
        return comp.get(node, ("alone", node))

    side_a, side_b = root(bridge[0]), root(n_row_nodes + bridge[1])
    candidates = []
    for (r, c), cell in grid.items():
        pos = (r, c)
        if pos in hidden or (single and c == 1):
            continue
        row_root, col_root = root(r), root(n_row_nodes + c)
        closes = {row_root, col_root} == {side_a, side_b}
        near = r == bridge[0] or c == bridge[1]
        is_total = r == n_rows or c == n_cols
        cost = (not closes, not near, is_total, cell.value == 0, cell.value or 0, pos)
        candidates.append((cost, pos))
    if not candidates:  # cannot happen: a bridge implies a published cell exists
        raise AssertionError("no cell left to suppress")
    return min(candidates)[1]
