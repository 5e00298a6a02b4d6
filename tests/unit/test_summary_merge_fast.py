"""The coordinator's merge at speed: one pass over the files folding each into the
merge (the same result as merging all at once), the schema compiled for the hot path
(never accepting what the schema refuses), and the quick nesting check."""

from __future__ import annotations

import copy
import json
import random
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sleutelapp.exports import summary_merge
from sleutelapp.exports.summary import summary_json_bytes, tabulate
from sleutelapp.exports.summary_merge import (
    check_files,
    merge_files,
    merge_summaries,
    parse_summary,
)
from tests.unit.test_summary_merge_attacks import make
from tests.unit.test_summary_properties import PERIOD, _appointments, period_counts


def _files(tmp_path, summaries):
    paths = []
    for i, summary in enumerate(summaries):
        path = tmp_path / f"s{i}.json"
        path.write_bytes(summary_json_bytes(summary))
        paths.append(path)
    return paths


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_merging_file_by_file_equals_merging_all_at_once(tmp_path_factory, data):
    summaries = [
        tabulate(
            data.draw(period_counts()),
            PERIOD,
            data.draw(st.integers(3, 6)),
            summary_id=str(uuid.uuid4()),
            source=str(uuid.uuid4()),
        )
        for _ in range(data.draw(st.integers(1, 5)))
    ]
    paths = _files(tmp_path_factory.mktemp("files"), summaries)
    candidates, merged = merge_files(paths)
    at_once = check_files(paths)
    if not all(c.accepted for c in at_once):  # e.g. two empty summaries look alike
        assert merged is None
        assert [c.accepted for c in candidates] == [c.accepted for c in at_once]
        return
    assert all(c.accepted for c in candidates)
    assert merged == merge_summaries([c.summary for c in at_once])


def test_health_rows_grouped_by_a_later_file_are_grouped_in_the_fold(tmp_path):
    split = tabulate(
        _appointments({"gp": 6, "hospital": 6}), PERIOD, 5, summary_id=str(uuid.uuid4())
    )
    grouped = tabulate(
        _appointments({"gp": 6, "hospital": 2}), PERIOD, 5, summary_id=str(uuid.uuid4())
    )
    for order in ([split, grouped], [grouped, split]):
        _candidates, merged = merge_files(_files(tmp_path, order))
        assert merged == merge_summaries(order)


def test_a_refused_file_means_no_merge_and_every_file_is_still_checked(tmp_path):
    good = [make(people=16 + i, source=str(uuid.uuid4())) for i in range(3)]
    paths = _files(tmp_path, good)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "sleutelapp-summary"')
    candidates, merged = merge_files([paths[0], bad, paths[1], paths[0], paths[2]])
    assert merged is None
    assert [c.accepted for c in candidates] == [True, False, True, False, True]
    assert "twice" in candidates[3].problem.message("en")


def _mutations(document, rng):
    """Documents near a valid one: a value of another type, a field more or less, ..."""
    odd_values = [None, True, False, 0, -1, 1.5, "", "x", [], {}, [1], {"a": 1}, 10**10, "b1"]

    def places(node, path=()):
        yield path
        if isinstance(node, dict):
            for key, value in node.items():
                yield from places(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from places(value, (*path, index))

    all_places = list(places(document))
    for _ in range(400):
        changed = copy.deepcopy(document)
        path = rng.choice(all_places[1:])
        parent = changed
        for step in path[:-1]:
            parent = parent[step]
        action = rng.randrange(4)
        if action == 0:
            parent[path[-1]] = rng.choice(odd_values)
        elif action == 1 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == 2 and isinstance(parent, dict):
            parent["extra_" + str(rng.randrange(9))] = rng.choice(odd_values)
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(rng.choice(parent)))
        yield changed


def test_the_compiled_schema_never_accepts_what_the_schema_refuses():
    compiled = summary_merge._compiled_schema()
    validator = summary_merge._validator()
    assert compiled is not None, "the schema uses only keywords the compiler knows"
    rng = random.Random(16)
    documents = [json.loads(summary_json_bytes(make(source=str(uuid.uuid4()))))]
    documents.append(
        json.loads(
            summary_json_bytes(
                merge_summaries(
                    [make(source=str(uuid.uuid4())), make(people=9, source=str(uuid.uuid4()))]
                )
            )
        )
    )
    accepted_invalid, agreed = [], 0
    for document in documents:
        assert compiled(document) and validator.is_valid(document)
        for mutated in _mutations(document, rng):
            fast, slow = compiled(mutated), validator.is_valid(mutated)
            if fast and not slow:
                accepted_invalid.append(mutated)
            agreed += fast == slow
    assert accepted_invalid == []
    assert agreed > 700, "the compiled check also refuses (nearly) what the schema refuses"


def test_a_file_the_compiled_check_refuses_gets_the_schemas_reason():
    document = json.loads(summary_json_bytes(make()))
    document["tables"]["contacts"]["total"]["extra"] = 1
    assert not summary_merge._compiled_schema()(document)
    with pytest.raises(summary_merge.SummaryRefused) as refused:
        parse_summary(json.dumps(document).encode(), "bad.json")
    assert "unknown field" in refused.value.message("en")


def test_the_quick_nesting_check_agrees_with_the_exact_one():
    def exact(data):
        try:
            summary_merge._check_structure(data, "x")
            return True
        except summary_merge.SummaryRefused:
            return False

    depth = summary_merge.MAX_DEPTH
    assert exact(b"[" * depth + b"]" * depth)
    assert not exact(b"[" * (depth + 1) + b"]" * (depth + 1))
    assert not exact(b"{[" * depth + b"]}" * depth)  # mixed kinds count level by level
    assert exact(b'["' + b"[" * 50 + b'"]')  # brackets in a string do not count
    assert exact(b"[" + b"[]," * 1000 + b"[]]")
    assert not exact(b"[]" * (summary_merge.MAX_BRACKETS // 2 + 1))
