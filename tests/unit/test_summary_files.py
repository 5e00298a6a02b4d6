"""Hostile and malformed summary files are refused with a clear message, never a traceback."""

from __future__ import annotations

import copy
import json
import tracemalloc
import uuid

import pytest

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.exports.summary import summary_json_bytes, tabulate
from sleutelapp.exports.summary_merge import (
    SummaryRefused,
    check_files,
    merge_summaries,
    parse_summary,
    read_summary,
)
from sleutelapp.store.summary_queries import PeriodCounts


def make_summary(period="2026-Q3", people=12, label="Wijk Noord"):
    newcomers = [(f"n{i}", ("b1", "z")[i % 2], 1) for i in range(people)]
    entries = [(f"n{i}", "signal", "childcare", "open", 0, "", 1, 0) for i in range(people)]
    entries += [(f"n{i}", "activity", "volunteering", None, 0, "", 2, 3.5) for i in range(people)]
    return tabulate(
        PeriodCounts(newcomers, entries),
        parse_period(period),
        5,
        label,
        summary_id=str(uuid.uuid4()),
    )


@pytest.fixture
def document():
    return json.loads(summary_json_bytes(make_summary()))


def refusal(data: bytes) -> str:
    with pytest.raises(SummaryRefused) as caught:
        parse_summary(data, "bad.json")
    message = caught.value.message("en")
    assert message.startswith("bad.json: ") and "\n" not in message
    assert caught.value.message("nl") != message
    return message


def dump(document) -> bytes:
    return json.dumps(document).encode()


def test_a_valid_file_is_accepted(document):
    summary = parse_summary(dump(document))
    assert summary.period.code == "2026-Q3"
    assert summary.table("participation_hours").total.value == 42  # 12 x 3.5 hours


def test_truncated_file(document):
    data = dump(document)
    assert "truncated" in refusal(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not a Sleutelapp summary"),
        (b'{"format": "sleutelapp-data", "version": 1}', "not a Sleutelapp summary"),
        (b'{"format": "sleutelapp-summary", "version": 2}', "update"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"a":' * 50_000, "nested too deeply"),
        (b"[" + b"[]," * 300_000 + b"[]]", "far too many elements"),
    ],
)
def test_not_a_summary(data, words):
    assert words in refusal(data)


def test_extra_fields_are_refused_wherever_they_are(document):
    for where in (
        document,
        document["parts"][0],
        document["tables"]["signals"],
        document["tables"]["signals"]["cells"][0][0],
        document["not_counted"],
    ):
        changed = copy.deepcopy(document)
        target = {
            id(document): changed,
            id(document["parts"][0]): changed["parts"][0],
            id(document["tables"]["signals"]): changed["tables"]["signals"],
            id(document["tables"]["signals"]["cells"][0][0]): changed["tables"]["signals"]["cells"][
                0
            ][0],
            id(document["not_counted"]): changed["not_counted"],
        }[id(where)]
        target["names"] = ["Amal Haddad"]
        assert "personal data" in refusal(dump(changed))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(k="5"), "invalid value at k"),
        (lambda d: d["not_counted"].update(value=-3), "invalid value at not_counted"),
        (lambda d: d["tables"]["signals"]["total"].update(value=10**11), "invalid value"),
        (lambda d: d["tables"]["signals"]["total"].update(value=True), "invalid value"),
        (lambda d: d.update(period="2026-01-01..2026-03-31"), "invalid value at period"),
        (lambda d: d.update(id="Amal Haddad"), "invalid value at id"),
        (lambda d: d["parts"][0].update(label="x" * 81), "invalid value at parts/0/label"),
        (lambda d: d["tables"]["signals"]["rows"].append("Amal"), "invalid value"),
        (lambda d: d["tables"]["signals"]["cells"].pop(), "right shape"),
        (
            lambda d: d["tables"]["signals"]["cells"][0][0].update(status="suppressed"),
            "status does not match",
        ),
        (lambda d: d["not_counted"].update(value=None), "status does not match"),
        (lambda d: d["tables"]["signals"]["total"].update(status="at_least"), "fewer than 5"),
        (
            lambda d: d["tables"]["signals"]["cells"][0][0].update(newcomers=2),
            "fewer than 5 newcomers",
        ),
        (lambda d: d.update(k=3), "k does not match"),
        (lambda d: d["tables"].pop("signals"), "invalid value"),
    ],
)
def test_wrong_values_are_refused(document, change, words):
    change(document)
    assert words in refusal(dump(document))


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (b'"k": 5', b'"k": 5.0', "decimals"),
        (b'"k": 5', b'"k": NaN', "special value"),
        (b'"k": 5', b'"k": 1' + b"0" * 5000, "far too large"),
        (b'"k": 5', b'"k": 5, "k": 6', "occurs twice"),
    ],
)
def test_numbers_and_keys_are_checked_while_parsing(document, old, new, words):
    data = dump(document).replace(old, new, 1)
    assert data != dump(document)
    assert words in refusal(data)


def test_a_huge_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.write(b'{"format": "sleutelapp-summary", "label": "')
        handle.truncate(100 * 1024 * 1024)  # 100 MB (sparse on most file systems)
    tracemalloc.start()
    try:
        with pytest.raises(SummaryRefused) as caught:
            read_summary(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "larger than 10 MB" in caught.value.message("en")
    assert peak < 25 * 1024 * 1024


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(SummaryRefused) as caught:
        read_summary(tmp_path / "nope.json")
    assert "cannot be read" in caught.value.message("en")


def test_check_files_refuses_repeats_and_other_periods(tmp_path):
    a, b, other = make_summary(), make_summary(people=13), make_summary(period="2026-Q2")
    paths = {}
    for name, summary in (
        ("a.json", a),
        ("b.json", b),
        ("again.json", a),
        ("q2.json", other),
        ("ab.json", merge_summaries([a, b])),
    ):
        paths[name] = tmp_path / name
        paths[name].write_bytes(summary_json_bytes(summary))
    (tmp_path / "broken.json").write_text("{")
    names = ["a.json", "b.json", "again.json", "q2.json", "ab.json", "broken.json"]
    result = check_files([tmp_path / n for n in names])
    assert [c.accepted for c in result] == [True, True, False, False, False, False]
    problems = [c.problem.message("en") for c in result if not c.accepted]
    assert "already in a.json" in problems[0]
    assert "2026-Q2 differs from 2026-Q3" in problems[1]
    assert "ab.json: this summary is already in " in problems[2]  # merged from a and b
    assert "not valid JSON" in problems[3]


def test_merge_refuses_twice_the_same_and_mixed_periods():
    a = make_summary()
    with pytest.raises(SummaryRefused, match="offered twice"):
        merge_summaries([a, a])
    with pytest.raises(SummaryRefused, match="different periods"):
        merge_summaries([a, make_summary(period="2026")])


def _schema():
    from sleutelapp.paths import resource

    return json.loads(resource("schema", "sleutelapp-summary.v1.json").read_text())


def test_schema_matches_the_vocabularies():
    from sleutelapp.domain.anonymity import TABLES

    tables = _schema()["properties"]["tables"]["properties"]
    assert list(tables) == [spec.id for spec in TABLES]
    for spec in TABLES:
        assert tables[spec.id]["properties"]["rows"]["items"]["enum"] == list(spec.rows)
        assert tables[spec.id]["properties"]["columns"]["const"] == list(spec.columns)


def test_schema_allows_no_extra_fields_anywhere():
    def objects(node):
        if isinstance(node, dict):
            if "properties" in node:
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)

    found = list(objects(_schema()))
    assert len(found) >= 8
    assert all(o.get("additionalProperties") is False for o in found)


def test_remembered_valid_cells_do_not_let_a_lookalike_through(document):
    parse_summary(dump(document))  # every cell of this file is now known to be valid
    cell = document["tables"]["signals"]["total"]
    assert cell["value"] == 12
    cell["value"] = 12.0  # equal in Python, but not a whole number in the file
    assert "decimals" in refusal(dump(document))
    document["tables"]["signals"]["cells"][0][0] = {
        "status": "published",
        "value": True,
        "newcomers": 12,
    }
    cell["value"] = 12
    assert "invalid value" in refusal(dump(document))
