"""Property tests over random case data: the published summary is k-safe and merges cleanly."""

from __future__ import annotations

import itertools
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from sleutelapp.domain import vocab
from sleutelapp.domain.anonymity import AT_LEAST, PUBLISHED, SUPPRESSED, parse_period
from sleutelapp.exports.summary import summary_json_bytes, tabulate
from sleutelapp.exports.summary_merge import merge_summaries, parse_summary
from sleutelapp.store.summary_queries import PeriodCounts
from tests.unit.test_anonymity_properties import recomputable

PERIOD = parse_period("2026-Q3")


@st.composite
def entry_rows(draw, newcomer):
    kind = draw(st.sampled_from(["contact", "appointment", "activity", "signal"]))
    type_code = draw(st.sampled_from(vocab.TYPES_BY_KIND[kind].codes))
    status = {
        "appointment": lambda: draw(st.sampled_from(vocab.APPOINTMENT_STATUS.codes)),
        "signal": lambda: draw(st.sampled_from(vocab.SIGNAL_STATUS.codes)),
    }.get(kind, lambda: None)()
    topics = (
        " ".join(sorted(draw(st.sets(st.sampled_from(vocab.TOPICS.codes), max_size=3))))
        if kind == "contact"
        else ""
    )
    accompanied = int(draw(st.booleans())) if kind == "appointment" else 0
    n = draw(st.integers(1, 4))
    hours = draw(st.sampled_from([0.5, 1, 1.5, 2, 3, 8])) * n if kind == "activity" else 0
    return (newcomer, kind, type_code, status, accompanied, topics, n, hours)


@st.composite
def period_counts(draw):
    """What store.summary_queries returns for a random case: newcomers and grouped entries."""
    size = draw(st.integers(0, 40))
    newcomers = [
        (f"n{i}", draw(st.sampled_from(vocab.ROUTES.codes)), int(draw(st.booleans())))
        for i in range(size)
    ]
    entries = []
    for newcomer, _route, counted in newcomers:
        if counted:
            entries += draw(st.lists(entry_rows(newcomer), max_size=6))
    return PeriodCounts(newcomers, entries)


@settings(max_examples=80, deadline=None)
@given(period_counts(), st.integers(3, 8))
def test_summary_publishes_no_small_cell_and_nothing_recomputable(counts, k):
    summary = tabulate(counts, PERIOD, k)
    for table in summary.tables:
        for cell in table.all_cells():
            assert cell.status in (PUBLISHED, SUPPRESSED)
            if cell.status == PUBLISHED:
                assert cell.newcomers == 0 or cell.newcomers >= k, table.id
        assert recomputable(table) == [], table.id
    left_out = sum(1 for _, _, counted in counts.newcomers if not counted)
    expected = SUPPRESSED if 0 < left_out < k else PUBLISHED
    assert summary.not_counted.status == expected


@settings(max_examples=20, deadline=None)
@given(period_counts())
def test_summary_file_round_trips_through_the_schema(counts):
    summary = tabulate(counts, PERIOD, 5, label="Wijk Noord")
    assert parse_summary(summary_json_bytes(summary), "x.json") == summary


def _summaries(draw, count):
    return [
        tabulate(
            draw(period_counts()),
            PERIOD,
            draw(st.integers(3, 6)),
            summary_id=str(draw(st.uuids(version=4))),
        )
        for _ in range(count)
    ]


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_merge_is_associative_and_order_independent(data):
    a, b, c = _summaries(data.draw, 3)
    left = merge_summaries([merge_summaries([a, b]), c])
    right = merge_summaries([a, merge_summaries([b, c])])
    flat = merge_summaries([a, b, c])
    assert left == right == flat
    for order in itertools.permutations([a, b, c]):
        assert merge_summaries(list(order)) == flat
    # The merged file is itself a valid summary that merges on.
    assert parse_summary(summary_json_bytes(left), "merged.json") == flat


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_merged_cells_sum_published_cells_and_mark_lower_bounds(data):
    parts = _summaries(data.draw, 2)
    merged = merge_summaries(parts)
    for spec_table in merged.tables:
        if spec_table.id == "appointments":
            continue  # rows may be grouped differently per part; covered below
        sources = [p.table(spec_table.id) for p in parts]
        for r, code in enumerate(spec_table.rows):
            for c in range(len(spec_table.columns)):
                inputs = [t.cells[t.rows.index(code)][c] for t in sources]
                cell = spec_table.cells[r][c]
                assert (cell.value or 0) == sum(i.value or 0 for i in inputs)
                if all(i.status == PUBLISHED for i in inputs):
                    assert cell.status == PUBLISHED
                else:
                    assert cell.status in (AT_LEAST, SUPPRESSED)
    assert (merged.table("appointments").total.value or 0) == sum(
        (p.table("appointments").total.value or 0) for p in parts
    )


def test_health_rows_merge_into_one_group_when_any_part_groups_them():
    split = tabulate(
        _appointments({"gp": 6, "hospital": 6}), PERIOD, 5, summary_id=str(uuid.uuid4())
    )
    grouped = tabulate(
        _appointments({"gp": 6, "hospital": 2}), PERIOD, 5, summary_id=str(uuid.uuid4())
    )
    assert "gp" in split.table("appointments").rows
    assert "health" in grouped.table("appointments").rows
    assert "gp" not in grouped.table("appointments").rows
    merged = merge_summaries([split, grouped]).table("appointments")
    assert "health" in merged.rows and "gp" not in merged.rows
    health = merged.cells[merged.rows.index("health")]
    assert (health[0].value, health[0].status) == (12 + 8, PUBLISHED)


def _appointments(per_type):
    newcomers, entries, index = [], [], 0
    for type_code, people in per_type.items():
        for _ in range(people):
            newcomer = f"n{index}"
            index += 1
            newcomers.append((newcomer, "b1", 1))
            entries.append((newcomer, "appointment", type_code, "done", 1, "", 1, 0))
    return PeriodCounts(newcomers, entries)
