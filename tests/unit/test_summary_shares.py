"""One newcomer's share of a period (domain/summary_shares.py)."""

from __future__ import annotations

from sleutelapp.domain import summary_shares as shares
from sleutelapp.domain.anonymity import HEALTH_GROUP


def test_a_newcomer_not_counted_adds_only_to_those_not_counted():
    groups = [("contact", "phone", None, 0, "work", 3, 0)]
    assert shares.share("b1", False, groups) == {shares.NOT_COUNTED: 1}


def test_a_share_has_each_cell_its_row_and_column_totals_and_the_grand_total():
    share = shares.share(
        "z",
        True,
        [
            ("contact", "phone", None, 0, "work health", 2, 0),
            ("appointment", "hospital", "done", 1, "", 1, 0),
            ("appointment", "duo", "cancelled", 0, "", 4, 0),  # cancelled: not counted
            ("activity", "volunteering", None, 0, "", 2, 250),
            ("note", None, None, 0, "", 9, 0),  # not in any table
        ],
    )
    assert share["newcomers_by_route|z|newcomers"] == 1
    # Two topics: the contacts are under both rows, and once in the column and total.
    assert share["contacts|work|phone"] == share["contacts|health|phone"] == 2
    assert share["contacts|*|phone"] == share["contacts|*|*"] == 2
    # A health type: its own row and the shared health row, once in the column.
    assert share["appointments|hospital|accompanied"] == 1
    assert share[f"appointments|{HEALTH_GROUP}|accompanied"] == 1
    assert share["appointments|*|accompanied"] == share["appointments|*|*"] == 1
    assert "appointments|duo|not_accompanied" not in share
    assert share["participation_hours|volunteering|hours"] == 250  # 2.5 hours in hundredths
    assert not any(key.startswith(("note", "task")) for key in share)


def test_totals_count_newcomers_once_and_sum_values():
    totals = shares.Totals()
    totals.add({"contacts|*|*": 2})
    totals.add({"contacts|*|*": 5})
    totals.add({"contacts|*|*": 5}, -1)
    assert (totals.newcomers("contacts|*|*"), totals.value("contacts|*|*")) == (1, 2)


def test_difference_says_who_enters_or_leaves_a_number_and_by_how_much():
    old = {"a": 2, "b": 1}
    new = {"a": 3, "c": 0}
    assert shares.difference(old, new) == {"a": (0, 1), "b": (-1, -1), "c": (1, 0)}
    assert shares.hundredths(1.15) == 115 and shares.hundredths(None) == 0
