"""What a merge of many files holds on to: each file's summary only until it is folded in,
then its parts (they are the merge's) and what the checks between files need."""

from __future__ import annotations

import io
import uuid
import weakref
from pathlib import Path

import pytest

from sleutelapp.exports import summary_merge
from sleutelapp.exports.summary import summary_json_bytes
from sleutelapp.exports.summary_merge import merge_files
from tests.unit.test_summary_merge_attacks import make


def _paths(tmp_path, count, start=16):
    paths = []
    for i in range(count):
        path = tmp_path / f"s{i:03d}.json"
        path.write_bytes(summary_json_bytes(make(people=start + i, source=str(uuid.uuid4()))))
        paths.append(str(path))
    return paths


def test_each_file_is_let_go_once_folded_in(tmp_path, monkeypatch):
    paths = _paths(tmp_path, 6)
    read = summary_merge.read_summary
    seen: list[weakref.ref] = []

    def reading(path):
        # When the next file is read, no file read before is held any more.
        assert [ref for ref in seen if ref() is not None] == []
        summary = read(path)
        seen.append(weakref.ref(summary))
        return summary

    monkeypatch.setattr(summary_merge, "read_summary", reading)
    _candidates, merged = merge_files(paths)
    assert merged is not None and len(merged.parts) == 6
    assert all(ref() is None for ref in seen)
    # Only the parts are kept, as read (one string for a label that many files share).
    assert len({id(part.label) for part in merged.parts}) == 1


def test_the_candidates_are_one_per_file_in_order(tmp_path):
    paths = _paths(tmp_path, 4)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{")
    offered = [paths[0], str(bad), paths[1], paths[0], Path(paths[2]), paths[3]]
    candidates, merged = merge_files(offered)
    assert merged is None
    assert len(candidates) == 6
    assert [c.accepted for c in candidates] == [True, False, True, False, True, True]
    assert [c.path for c in candidates] == [Path(p) for p in offered]
    assert candidates[-1].path == Path(paths[3]) and candidates[-1].summary is None
    assert [c.accepted for c in candidates[1:4]] == [False, True, False]
    assert "already in s000.json" in candidates[3].problem.message("en")
    with pytest.raises(IndexError):
        candidates[6]
    assert next(reversed(candidates)).path == Path(paths[3])


def test_a_file_that_holds_more_than_its_size_says_is_read_to_the_bound():
    # A stream without a file behind it has no size: it is read on in pieces.
    data = b"x" * (3 * 1024 * 1024)
    assert (
        summary_merge._read_up_to(io.BytesIO(data), 2 * 1024 * 1024 + 1)
        == data[: 2 * 1024 * 1024 + 1]
    )
    assert summary_merge._read_up_to(io.BytesIO(data), len(data) + 1) == data
    assert summary_merge._read_up_to(io.BytesIO(b""), 10) == b""


def test_a_file_that_grew_after_it_was_measured_is_read_to_the_bound(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.write_bytes(b"{}")
    large.write_bytes(b"{}" + b" " * 5000)

    class Grown(io.BufferedReader):
        """Reads the large file; its size is that of the small one."""

        def __init__(self, raw, measured):
            super().__init__(raw)
            self.measured = measured

        def fileno(self):
            return self.measured.fileno()

    with small.open("rb") as measured, Grown(io.FileIO(large), measured) as handle:
        assert summary_merge._read_up_to(handle, 100) == b"{}" + b" " * 98
    with small.open("rb") as measured, Grown(io.FileIO(large), measured) as handle:
        assert summary_merge._read_up_to(handle, 10_000) == large.read_bytes()
