"""Edges of the numbers kept for summaries and of Vandaag's paged lists (issue 16): ties,
a stored date in another form, a migrated file, and `check` beside an open window."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.model import Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store import connection, summary_counts
from sleutelapp.store.case import Case

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_attention_rows_that_tie_keep_the_order_of_the_list(case):
    """Vandaag's attention rows with the same key (end or last contact) are in the
    list's order, by name, not in the order the newcomers were added."""
    today = date(2026, 6, 30)
    for name in ("Cees", "Anna", "Bram"):  # never contacted, the same termijn start
        case.newcomers.add(
            Newcomer(name=name, created="2020-01-01T10:00:00", termijn_start=date(2023, 7, 1))
        )
    attention = case.newcomers.attention(today)
    assert [i.name for i in attention.quiet] == ["Anna", "Bram", "Cees"]
    assert [i.name for i in attention.ending] == ["Anna", "Bram", "Cees"]


def test_one_stored_date_that_is_not_iso_does_not_block_every_write(case):
    """A row a hand edit left with a date like 2026-1-5 is in no period, for the kept
    numbers as for the summary counted from the entries, and every later save goes
    through (it raised ValueError in each transaction)."""
    someone = case.newcomers.add(Newcomer(name="Oud Bestand"))
    case.conn.execute(  # autocommit, as a row written before the triggers existed
        "INSERT INTO entry(id, newcomer_id, kind, date, type, created, updated) "
        "VALUES ('e-old', ?, 'contact', '2026-1-5', 'phone', 'x', 'x')",
        (someone.id,),
    )
    case.newcomers.add(Newcomer(name="Iemand Anders"))  # a save unrelated to that row
    from sleutelapp.domain.anonymity import parse_period
    from sleutelapp.exports.summary import totals_of
    from sleutelapp.store.summary_queries import period_counts

    for code in ("2026", "2026-Q1", "2026-01", "2026-10"):
        period = parse_period(code)
        counted = totals_of(period_counts(case, period.start, period.end, date(2027, 6, 1)))
        kept = summary_counts.period_totals(case, period, date(2027, 6, 1))
        assert kept is not None and kept.numbers == counted.numbers == {}
    assert summary_counts.recount(case) is False


@pytest.mark.parametrize("version", [1, 2])
def test_a_migrated_file_is_counted_before_the_first_user_action(tmp_path, version):
    """Step 0009 marks every newcomer and counts nobody: the file is counted while it
    opens, not inside whatever the key person saves first (about 1.1 s per 100,000
    entries, so some 11 s at 10,000 x 100, with the window waiting)."""
    home = tmp_path / "home"
    shutil.copytree(FIXTURES / f"schema-v{version}", home)
    with Case.open(app_paths(home), "fixture passphrase") as case:
        assert case.query("SELECT count(*) FROM summary_change") == [(0,)]


def test_check_on_sound_numbers_does_not_shut_out_the_open_window(case_paths, monkeypatch):
    """`sleutelapp check` recounts every newcomer (about 1.1 s per 100,000 entries): it
    only reads while it does, so the window that has the case open can still save."""
    from tests.conftest import PASSPHRASE

    cli = Case.open(case_paths, PASSPHRASE)
    window = Case.open(case_paths, PASSPHRASE)
    try:
        window.newcomers.add(Newcomer(name="Al Geteld"))
        window.conn.execute("PRAGMA busy_timeout = 0")  # the moment the recount runs
        saved, tried = [], []
        real = summary_counts._months

        def months_while_the_window_saves(conn, newcomer_id, periods):
            if conn is cli.conn and not tried:  # halfway through the recount
                tried.append(True)
                try:
                    window.newcomers.add(Newcomer(name="Tijdens Check"))
                    saved.append(True)
                except connection.DatabaseError as exc:  # "database is locked"
                    saved.append(str(exc))
            return real(conn, newcomer_id, periods)

        monkeypatch.setattr(summary_counts, "_months", months_while_the_window_saves)
        assert summary_counts.recount(cli) is False  # the numbers were right
        assert saved == [True]
    finally:
        window.close()
        cli.close()
