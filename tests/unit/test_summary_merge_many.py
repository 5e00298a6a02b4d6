"""Merging thousands of files in one pass: what is shared between files while reading
(cells checked and made once) never lets a refusal through, however late the file comes."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.exports import summary_merge
from sleutelapp.exports.summary import summary_json_bytes, tabulate
from sleutelapp.exports.summary_merge import merge_files
from sleutelapp.store.summary_queries import PeriodCounts

MANY = 10_000


def _summary(people: int, period: str = "2026-Q3", source: str | None = None):
    """A small summary; the number of people gives each its own figures."""
    newcomers = [(f"n{i}", "b1", 1) for i in range(people)]
    entries = [(f"n{i}", "contact", "in_person", None, 0, "language", 1, 0) for i in range(people)]
    return tabulate(
        PeriodCounts(newcomers, entries),
        parse_period(period),
        5,
        summary_id=str(uuid.uuid4()),
        source=source or str(uuid.uuid4()),
    )


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """MANY valid files of one period, each with figures of its own (written once)."""
    folder = tmp_path_factory.mktemp("many")
    # A hundred summaries are tabulated; the others are their figures with other ids and
    # sources and another number not counted (still consistent, and unique per file).
    base = {p: summary_json_bytes(_summary(p)) for p in range(16, 116)}
    paths = []
    for i in range(MANY):
        document = json.loads(base[16 + i % 100])
        _relabel(document, str(uuid.uuid4()), str(uuid.uuid4()))
        extra = 5 + i // 100
        document["not_counted"] = {"status": "published", "value": extra, "newcomers": extra}
        path = folder / f"s{i:05d}.json"
        path.write_text(json.dumps(document))
        paths.append(path)
    return paths


def _relabel(document, summary_id: str, source: str) -> None:
    document["id"] = summary_id
    document["parts"][0]["id"] = summary_id
    document["parts"][0]["source"] = source


def _late_files(many, folder) -> dict[str, str]:
    """Files that must be refused, each with (part of) its reason."""
    late = {}

    def add(name, document, reason):
        _write(folder, name, document)
        late[name] = reason

    add("repeat.json", many[1234].read_bytes(), "already in s01234.json")
    copy = json.loads(many[4321].read_text())
    _relabel(copy, str(uuid.uuid4()), str(uuid.uuid4()))
    add("copy.json", copy, "exactly the same figures as s04321.json")
    source = json.loads(many[7].read_text())["parts"][0]["source"]
    add("source.json", summary_json_bytes(_summary(200, source=source)), "same case file as s00007")
    add("period.json", summary_json_bytes(_summary(201, "2026-Q2")), "2026-Q2 differs from 2026-Q3")
    # `false` equals 0 in Python: {"value": false} is not the shared cell {"value": 0}.
    lookalike = json.loads(many[0].read_text())
    _relabel(lookalike, str(uuid.uuid4()), str(uuid.uuid4()))
    lookalike["tables"]["contacts"]["column_totals"][1] = {
        "status": "published",
        "value": False,
        "newcomers": 0,
    }
    add("lookalike.json", lookalike, "invalid value at tables/contacts/column_totals/1")
    empty = json.loads(many[0].read_text())
    _relabel(empty, str(uuid.uuid4()), str(uuid.uuid4()))
    empty["tables"]["contacts"]["column_totals"][1] = None
    add("null.json", empty, "invalid value at tables/contacts/column_totals/1")
    # Made only of cells seen in every file, but a total that its cells do not add up to.
    inconsistent = json.loads(many[0].read_text())
    _relabel(inconsistent, str(uuid.uuid4()), str(uuid.uuid4()))
    totals = inconsistent["tables"]["contacts"]["column_totals"]
    totals[1] = dict(totals[0])
    add("inconsistent.json", inconsistent, "the table contacts")
    return late


def test_late_files_are_refused_after_thousands_of_files(many, tmp_path):
    """Every kind of refusal still holds for a file among files 9,993 to 9,999 of 10,000."""
    late = _late_files(many, tmp_path)
    offered = [*many[: MANY - len(late) - 1], *(tmp_path / n for n in late), many[-1]]
    assert len(offered) == MANY
    candidates, merged = merge_files(offered)
    assert merged is None, "nothing is written when a file is refused"
    refused = {c.path.name: c.problem.message("en") for c in candidates if not c.accepted}
    assert refused.keys() == late.keys()
    for name, reason in late.items():
        assert reason in refused[name], name
    _candidates, partial = merge_files(offered, partial=True)
    assert partial is not None and len(partial.parts) == MANY - len(late)


def test_a_duplicate_field_in_a_shared_cell_is_refused(tmp_path):
    good = summary_json_bytes(_summary(20))
    merge_files([_write(tmp_path, "first.json", good)])  # its cells are now shared
    twice = good.replace(b'"status": "published",', b'"status": "published", "status": "x",', 1)
    candidates, merged = merge_files([_write(tmp_path, "twice.json", twice)])
    assert merged is None
    assert "the field 'status' occurs twice" in candidates[0].problem.message("en")


def test_files_beyond_the_bound_of_shared_cells_are_checked_in_full(tmp_path, monkeypatch):
    monkeypatch.setattr(summary_merge, "_INTERNED", {})
    monkeypatch.setattr(summary_merge, "_INTERNED_IDS", {})
    monkeypatch.setattr(summary_merge, "_CELLS", {})
    monkeypatch.setattr(summary_merge, "_MAX_INTERNED", 3)
    paths = [_write(tmp_path, f"s{p}.json", summary_json_bytes(_summary(p))) for p in range(16, 26)]
    candidates, merged = merge_files(paths)
    assert all(c.accepted for c in candidates) and len(merged.parts) == 10
    assert len(summary_merge._INTERNED) == 3
    document = json.loads(paths[0].read_text())
    _relabel(document, str(uuid.uuid4()), str(uuid.uuid4()))
    document["tables"]["contacts"]["column_totals"][0]["value"] += 1000
    candidates, merged = merge_files([*paths, _write(tmp_path, "bad.json", document)])
    assert merged is None and not candidates[-1].accepted


def test_the_partial_merge_keeps_only_the_heads_of_accepted_files(tmp_path):
    first, second = (summary_json_bytes(_summary(p)) for p in (20, 21))
    paths = [
        _write(tmp_path, "a.json", first),
        _write(tmp_path, "b.json", b"{"),
        _write(tmp_path, "c.json", second),
        _write(tmp_path, "d.json", first),
    ]
    candidates, merged = merge_files(paths, partial=True)
    assert [c.accepted for c in candidates] == [True, False, True, False]
    assert all(c.summary.tables == () for c in candidates if c.accepted)
    assert len(merged.parts) == 2
    _whole, strict = merge_files(paths)
    assert strict is None


def _write(tmp_path, name, document):
    path = tmp_path / name
    path.write_bytes(document if isinstance(document, bytes) else json.dumps(document).encode())
    return path


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([b"[", b"]", b"{", b"}", b'"', b"\\", b"a", b'""']), max_size=40))
def test_the_bracket_skeleton_equals_removing_the_strings(pieces):
    """The quick skeleton of the nesting check keeps exactly the brackets outside strings."""
    data = b"".join(pieces)
    exact = summary_merge._STRINGS.sub(b"", data).translate(None, summary_merge._NOT_BRACKETS)
    assert summary_merge._brackets_outside_strings(data) == exact


def test_brackets_inside_strings_do_not_count_for_nesting():
    deep = b"[" * (summary_merge.MAX_DEPTH + 1)
    summary_merge._check_structure(b'["' + deep + b'"]', "x.json")
    summary_merge._check_structure(b'["\\"' + deep + b'"]', "x.json")
    with pytest.raises(summary_merge.SummaryRefused):
        summary_merge._check_structure(b'["\\\\"' + deep + b'"]', "x.json")
