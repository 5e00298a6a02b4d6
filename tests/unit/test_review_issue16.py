"""Review of issue 16's kept numbers and Vandaag lists: cases the change gets wrong.

Each test states what it expects; it fails on the code as reviewed."""

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
    """Before issue 16 Vandaag sorted its attention rows by their key with ties in the
    list's order (names); now ties come in the order the newcomers were added."""
    today = date(2026, 6, 30)
    for name in ("Cees", "Anna", "Bram"):  # never contacted, the same termijn start
        case.newcomers.add(
            Newcomer(name=name, created="2020-01-01T10:00:00", termijn_start=date(2023, 7, 1))
        )
    attention = case.newcomers.attention(today)
    assert [i.name for i in attention.quiet] == ["Anna", "Bram", "Cees"]
    assert [i.name for i in attention.ending] == ["Anna", "Bram", "Cees"]


def test_one_stored_date_that_is_not_iso_does_not_block_every_write(case):
    """A row an old version or a hand edit left with a date like 2026-1-5: the summary
    numbers' refresh (store/summary_counts._codes_of_month) raises ValueError on it, in
    every later transaction, so no save of any newcomer succeeds any more and `check`
    cannot mend it. Counting from the entries (store/summary_queries) never minded."""
    someone = case.newcomers.add(Newcomer(name="Oud Bestand"))
    case.conn.execute(  # autocommit, as a row written before the triggers existed
        "INSERT INTO entry(id, newcomer_id, kind, date, type, created, updated) "
        "VALUES ('e-old', ?, 'contact', '2026-1-5', 'phone', 'x', 'x')",
        (someone.id,),
    )
    case.newcomers.add(Newcomer(name="Iemand Anders"))  # a save unrelated to that row


@pytest.mark.parametrize("version", [1, 2])
def test_a_migrated_file_is_counted_before_the_first_user_action(tmp_path, version):
    """Step 0009 marks every newcomer and counts nobody: the whole case file is then
    counted inside whatever the key person saves first (about 1.1 s per 100,000 entries
    measured here, so some 11 s at 10,000 x 100), with the window waiting."""
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
