"""The summary file written in pieces (exports/summary.py write_summary_json): byte for byte
what summary_json_bytes gives, hashed as written, and whole or not at all."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sleutelapp.domain.anonymity import AT_LEAST, Part, normalise_label
from sleutelapp.exports.summary import (
    summary_json_bytes,
    summary_json_chunks,
    tabulate,
    write_summary_json,
)
from sleutelapp.exports.summary_merge import merge_files, write_merged
from sleutelapp.store.durable_file import write_atomically, write_chunks_atomically
from tests.unit.test_summary_properties import PERIOD, _appointments, period_counts

LABELS = ["", "Wijk Noord", 'Team "Oost" \\ west', "Zoë – Ümit / يوسف \u2028 平和", "x" * 80]


def _merged(tmp_path, summaries):
    """The merge of these summaries as a coordinator makes it: from their files."""
    paths = []
    for i, summary in enumerate(summaries):
        path = tmp_path / f"s{i}.json"
        path.write_bytes(summary_json_bytes(summary))
        paths.append(path)
    candidates, merged = merge_files(paths)
    assert merged is not None, [c.problem.message("en") for c in candidates if not c.accepted]
    return merged


def _written(tmp_path, summary) -> tuple[bytes, str]:
    target = tmp_path / "out" / "merged.json"
    target.parent.mkdir(exist_ok=True)
    digest = write_summary_json(summary, target)
    return target.read_bytes(), digest


def test_a_merged_summary_is_written_byte_for_byte_as_summary_json_bytes(tmp_path):
    # Health rows grouped in one file and split in another (lower bounds in the merge),
    # labels with quotes, backslashes, other scripts and a line separator, parts without
    # label or source (files of before those existed).
    summaries = [
        tabulate(
            _appointments({"gp": 6 + i, "hospital": 2 if i % 2 else 6, "school": 2 + 2 * i}),
            PERIOD,
            5,
            label=label,
            summary_id=str(uuid.uuid4()),
            source=str(uuid.uuid4()) if i != 2 else "",
        )
        for i, label in enumerate(LABELS)
    ]
    merged = _merged(tmp_path, summaries)
    assert len(merged.parts) == len(LABELS)
    assert {p.label for p in merged.parts} == {normalise_label(label) for label in LABELS}
    assert any(c.status == AT_LEAST for t in merged.tables for c in t.all_cells())
    expected = summary_json_bytes(merged)
    data, digest = _written(tmp_path, merged)
    assert data == expected
    assert digest == hashlib.sha256(expected).hexdigest()


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_any_summary_or_merge_is_written_as_summary_json_bytes(tmp_path_factory, data):
    summaries = [
        tabulate(
            data.draw(period_counts()),
            PERIOD,
            data.draw(st.integers(3, 6)),
            label=data.draw(st.sampled_from(LABELS)),
            summary_id=str(uuid.uuid4()),
            source=str(uuid.uuid4()),
        )
        for _ in range(data.draw(st.integers(1, 4)))
    ]
    folder = tmp_path_factory.mktemp("files")
    _candidates, merged = merge_files(_files(folder, summaries))
    for summary in [*summaries, *([merged] if merged is not None else [])]:
        assert "".join(summary_json_chunks(summary)).encode() == summary_json_bytes(summary)


def _files(folder, summaries):
    paths = []
    for i, summary in enumerate(summaries):
        paths.append(folder / f"s{i}.json")
        paths[-1].write_bytes(summary_json_bytes(summary))
    return paths


def test_thousands_of_parts_are_written_in_many_pieces_with_the_same_bytes(tmp_path):
    # Labels as they may come from outside, with newlines: in a string the encoder
    # escapes them, so the indentation of the pieces never touches them.
    one = tabulate(_appointments({"gp": 6}), PERIOD, 5, label="Wijk Noord")
    labels = [*LABELS, "two\nlines", "\r\n\t\u2028\u2029\x7f"]
    parts = tuple(
        Part(str(uuid.UUID(int=i, version=4)), 5, labels[i % len(labels)], str(uuid.uuid4()))
        for i in range(3000)
    )
    many = replace(one, parts=parts)
    assert sum(1 for _ in summary_json_chunks(many)) > 3000
    data, digest = _written(tmp_path, many)
    assert data == summary_json_bytes(many)
    assert digest == hashlib.sha256(data).hexdigest()


def test_write_merged_writes_summary_json_bytes(tmp_path):
    merged = _merged(
        tmp_path,
        [
            tabulate(_appointments({"gp": 6 + i}), PERIOD, 5, summary_id=str(uuid.uuid4()))
            for i in range(3)
        ],
    )
    write_merged(merged, tmp_path / "m.json")
    assert (tmp_path / "m.json").read_bytes() == summary_json_bytes(merged)


def test_a_write_that_fails_halfway_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "merged.json"
    write_atomically(target, b"old")

    def pieces():
        yield b"{\n"
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_chunks_atomically(target, pieces())
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merged.json"]


def test_a_summary_that_cannot_be_encoded_writes_nothing(tmp_path):
    # A lone surrogate (\ud800 in a JSON string is read as one) is no UTF-8 text: the
    # write stops as summary_json_bytes does, and leaves nothing.
    bad = tabulate(_appointments({"gp": 6}), PERIOD, 5, label="x")
    bad = replace(bad, parts=(replace(bad.parts[0], label="a\ud800"),))
    with pytest.raises(UnicodeEncodeError):
        summary_json_bytes(bad)
    with pytest.raises(UnicodeEncodeError):
        write_summary_json(bad, tmp_path / "bad.json")
    assert list(tmp_path.iterdir()) == []
