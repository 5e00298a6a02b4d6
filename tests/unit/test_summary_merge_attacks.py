"""Merge refuses impossible or inconsistent summary files, each with one clear line.

The attacks of "summaries that cannot be subtracted": a re-made summary of the same case and
period, a copy with an edited id, a cell of 999,999 under a total of 16, a cell resting on
more newcomers than its value, a hand-made merged file publishing a cell on one newcomer.
"""

from __future__ import annotations

import json
import uuid

import pytest

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.exports.summary import summary_json_bytes, tabulate
from sleutelapp.exports.summary_merge import (
    SummaryRefused,
    check_files,
    merge_summaries,
    merged_id,
    parse_summary,
)
from sleutelapp.store.summary_queries import PeriodCounts

SOURCE = str(uuid.uuid4())


def make(people=16, source=SOURCE, period="2026-Q3"):
    """A summary like the issue's: contacts on `people` newcomers, one a video about work."""
    newcomers = [(f"n{i}", "b1", 1) for i in range(people)]
    entries = [(f"n{i}", "contact", "in_person", None, 0, "language", 1, 0) for i in range(people)]
    entries += [("n0", "contact", "video", None, 0, "work", 1, 0)]
    return tabulate(
        PeriodCounts(newcomers, entries),
        parse_period(period),
        5,
        summary_id=str(uuid.uuid4()),
        source=source,
    )


def write(tmp_path, name, document) -> str:
    path = tmp_path / name
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    path.write_bytes(data)
    return str(path)


def refused_line(document) -> str:
    with pytest.raises(SummaryRefused) as caught:
        parse_summary(json.dumps(document).encode(), "bad.json")
    line = caught.value.message("en")
    assert line.startswith("bad.json: ") and "\n" not in line
    assert caught.value.message("nl").startswith("bad.json: ")
    return line


def merged_check(tmp_path, *documents) -> list[str]:
    paths = [write(tmp_path, f"f{i}.json", d) for i, d in enumerate(documents)]
    return [
        "" if c.accepted else c.problem.message("en").split(": ", 1)[1] for c in check_files(paths)
    ]


def test_a_remade_summary_of_the_same_case_and_period_is_refused(tmp_path):
    before, after = make(16), make(17)  # same source, same period, one newcomer more
    result = merged_check(
        tmp_path, json.loads(summary_json_bytes(before)), json.loads(summary_json_bytes(after))
    )
    assert result[0] == ""
    assert result[1].startswith("comes from the same case file as f0.json for the same period")
    with pytest.raises(SummaryRefused, match="same case file"):
        merge_summaries([before, after])


def test_a_copy_with_an_edited_id_is_refused(tmp_path):
    original = json.loads(summary_json_bytes(make()))
    copy = json.loads(json.dumps(original))
    copy["id"] = copy["parts"][0]["id"] = str(uuid.uuid4())
    del copy["parts"][0]["source"]  # the editor also removed what links it to its source
    result = merged_check(tmp_path, original, copy)
    assert result[1].startswith("has exactly the same figures as f0.json under another id")
    only_id = json.loads(json.dumps(original))
    only_id["id"] = str(uuid.uuid4())  # id no longer that of its one part
    assert "id does not match its parts" in refused_line(only_id)


def test_a_cell_far_larger_than_its_total_is_refused():
    document = json.loads(summary_json_bytes(make()))
    contacts = document["tables"]["contacts"]
    row = contacts["rows"].index("language")
    assert contacts["column_totals"][0]["value"] == 16
    contacts["cells"][row][0] = {"status": "published", "value": 999_999, "newcomers": 16}
    assert "larger than its total (16 on 16)" in refused_line(document)


def test_a_cell_resting_on_more_newcomers_than_its_value_is_refused():
    document = json.loads(summary_json_bytes(make()))
    contacts = document["tables"]["contacts"]
    row = contacts["rows"].index("language")
    contacts["cells"][row][0] = {"status": "published", "value": 16, "newcomers": 40}
    assert "a cell of 16 resting on 40 newcomers" in refused_line(document)


def test_a_hand_made_merged_file_publishing_a_cell_on_one_newcomer_is_refused():
    a, b = make(16, str(uuid.uuid4())), make(12, str(uuid.uuid4()))
    document = json.loads(summary_json_bytes(merge_summaries([a, b])))
    contacts = document["tables"]["contacts"]
    row = contacts["rows"].index("work")
    assert contacts["cells"][row][3]["status"] == "suppressed"  # the lone video contact
    contacts["cells"][row][3] = {"status": "published", "value": 1, "newcomers": 1}
    assert "rests on 1 newcomer, fewer than the smallest group (5)" in refused_line(document)


def test_a_merged_file_with_two_parts_of_one_source_is_refused():
    a, b = make(16, str(uuid.uuid4())), make(12, str(uuid.uuid4()))
    document = json.loads(summary_json_bytes(merge_summaries([a, b])))
    document["parts"][1]["source"] = document["parts"][0]["source"]
    assert "two parts come from the same case file" in refused_line(document)


def test_a_merged_file_with_an_invented_id_is_refused():
    a, b = make(16, str(uuid.uuid4())), make(12, str(uuid.uuid4()))
    document = json.loads(summary_json_bytes(merge_summaries([a, b])))
    assert document["id"] == merged_id(p["id"] for p in document["parts"])
    document["id"] = str(uuid.uuid4())
    assert "id does not match its parts" in refused_line(document)


def test_cells_that_do_not_add_up_to_their_total_are_refused():
    document = json.loads(summary_json_bytes(make()))
    contacts = document["tables"]["contacts"]
    row = contacts["rows"].index("language")
    assert contacts["row_totals"][row]["value"] == 16
    contacts["row_totals"][row]["value"] = 20  # its channels still add up to 16
    assert "together (16) do not add up to their total (20)" in refused_line(document)


def test_nested_periods_never_merge(tmp_path):
    quarter = make(16, str(uuid.uuid4()), "2026-Q3")
    month = make(16, str(uuid.uuid4()), "2026-07")
    result = merged_check(
        tmp_path, json.loads(summary_json_bytes(quarter)), json.loads(summary_json_bytes(month))
    )
    assert result[1].startswith("the period 2026-07 differs from 2026-Q3")


def test_real_summaries_and_their_merges_pass_every_check():
    a, b = make(16, str(uuid.uuid4())), make(12, str(uuid.uuid4()))
    for summary in (a, b, merge_summaries([a, b])):
        assert parse_summary(summary_json_bytes(summary), "ok.json") == summary


def test_a_total_on_more_newcomers_than_its_cells_together_is_refused():
    ids = [f"n{i}" for i in range(20)]
    entries = [(p, "signal", "childcare", "open", 0, "", 2, 0) for p in ids[:5]]
    entries += [(p, "signal", "childcare", "resolved", 0, "", 2, 0) for p in ids[5:10]]
    entries += [(p, "contact", "phone", None, 0, "work", 1, 0) for p in ids]
    summary = tabulate(
        PeriodCounts([(p, "b1", 1) for p in ids], entries),
        parse_period("2026-Q3"),
        5,
        summary_id=str(uuid.uuid4()),
    )
    document = json.loads(summary_json_bytes(summary))
    signals = document["tables"]["signals"]
    row = signals["rows"].index("childcare")
    assert signals["row_totals"][row] == {"status": "published", "value": 20, "newcomers": 10}
    signals["row_totals"][row]["newcomers"] = 15  # its two cells rest on 5 + 5
    assert "total resting on 15 newcomers, more than its cells together (10)" in refused_line(
        document
    )
