"""Large demos in parts (domain/demo.batches, store/bulk.insert_batches): the same data as
one piece, one part in memory at a time, and still all or nothing."""

import types
from datetime import date

import pytest

from sleutelapp.domain import demo
from sleutelapp.domain.model import Entry
from sleutelapp.store import errors
from sleutelapp.store.bulk import insert_batches

TODAY = date(2026, 6, 15)


def test_parts_hold_the_same_data_as_one_piece():
    whole = demo.generate(23, 7, seed=3, today=TODAY)
    parts = list(demo.batches(23, 7, seed=3, today=TODAY, batch_size=5))
    assert [len(p.newcomers) for p in parts] == [5, 5, 5, 5, 3]
    assert [n for p in parts for n in p.newcomers] == whole.newcomers
    assert [e for p in parts for e in p.entries] == whole.entries
    assert [c for p in parts for c in p.consents] == whole.consents
    ids = {n.id for n in parts[1].newcomers}
    assert {e.newcomer_id for e in parts[1].entries} == ids  # a part carries its own entries


def test_parts_are_made_as_they_are_taken():
    parts = demo.batches(10**9, 100, seed=1, today=TODAY, batch_size=2)
    assert isinstance(parts, types.GeneratorType)
    first = next(parts)  # a billion newcomers: only the first part exists
    assert len(first.newcomers) == 2 and len(first.entries) == 200


def _audit_rows(case, action="create"):
    return case.query("SELECT count(*) FROM audit WHERE action = ?", (action,))[0][0]


def test_insert_batches_adds_everything_in_one_go(case):
    before = _audit_rows(case)
    added = insert_batches(case, demo.batches(12, 9, seed=2, today=TODAY, batch_size=5))
    assert added == (12, 108)
    assert case.newcomers.count() == 12
    assert case.query("SELECT count(*) FROM entry")[0][0] == 108
    assert _audit_rows(case) - before == 12  # one audit row per newcomer, ids only


def test_a_bad_part_late_in_the_stream_leaves_nothing(case):
    good = list(demo.batches(6, 3, seed=2, today=TODAY, batch_size=3))
    bad = types.SimpleNamespace(
        newcomers=[],
        entries=[Entry(good[0].newcomers[0].id, "contact", TODAY, "carrier_pigeon")],
        consents=[],
    )
    before = case.query("SELECT count(*) FROM audit")[0][0]
    with pytest.raises(errors.InvalidData):
        insert_batches(case, [*good, bad])
    assert case.newcomers.count() == 0
    assert case.query("SELECT count(*) FROM entry")[0][0] == 0
    assert case.query("SELECT count(*) FROM audit")[0][0] == before


def test_the_same_ids_twice_is_refused_whole(case):
    insert_batches(case, demo.batches(3, 2, seed=9, today=TODAY))
    with pytest.raises(errors.InvalidData, match="already exist"):
        insert_batches(case, demo.batches(3, 2, seed=9, today=TODAY))
    assert case.newcomers.count() == 3
