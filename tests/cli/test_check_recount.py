"""`sleutelapp check` counts the numbers kept for summaries again and mends them."""

from __future__ import annotations

from sleutelapp.store import summary_counts
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


def test_check_counts_the_kept_numbers_again_when_they_are_off(run, case_paths):
    run("demo", "--newcomers", "6")
    code, out, _ = run("check")
    assert code == 0 and "counted again" not in out
    with Case.open(case_paths, PASSPHRASE) as opened:
        right = summary_counts.kept(opened.conn)
        assert right
        with opened.transaction() as conn:  # a kept number gone wrong
            conn.execute(
                "UPDATE summary_count SET value = value + 7 "
                "WHERE (period, key) IN (SELECT period, key FROM summary_count LIMIT 1)"
            )
        assert summary_counts.kept(opened.conn) != right
    code, out, _ = run("check")
    assert code == 0 and "counted again" in out and "All is well" in out
    with Case.open(case_paths, PASSPHRASE) as opened:
        assert summary_counts.kept(opened.conn) == right
    code, out, _ = run("check")
    assert code == 0 and "counted again" not in out


def test_check_counts_the_reports_due_again_when_they_are_off(run, case_paths):
    from datetime import date

    from sleutelapp.store import report_schedules, reports_due_counts

    run("demo", "--newcomers", "8")
    day = date(2027, 1, 5)
    with Case.open(case_paths, PASSPHRASE) as opened:
        right = reports_due_counts.due_count(opened, day)
        assert right == report_schedules.counted_due(opened, day)
        with opened.transaction() as conn:  # a kept count gone wrong
            conn.execute("UPDATE reports_due_count SET n = n + 3")
        assert reports_due_counts.due_count(opened, day) != right
    code, out, _ = run("check")
    assert code == 0 and "counted again" in out
    with Case.open(case_paths, PASSPHRASE) as opened:
        assert reports_due_counts.due_count(opened, day) == right
    code, out, _ = run("check")
    assert code == 0 and "counted again" not in out
