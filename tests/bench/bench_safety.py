"""Safety-net benchmarks (issue 6): crash kills, backup and restore of the 100,000-entry
demo case, backup size against the database."""

from __future__ import annotations

import shutil

from sleutelapp.paths import app_paths
from sleutelapp.store import backup, restore
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.bench.data import OUT, PASSPHRASE, demo_home, fresh_copy
from tests.bench.timing import seconds

KILLS = 120


def _kills() -> list[tuple[str, str, str]]:
    from tests.unit.test_crash_safety import entry_kill_rounds

    home = OUT / "work" / "safety-kills"
    shutil.rmtree(home, ignore_errors=True)
    paths = app_paths(home)
    Case.create(paths, PASSPHRASE, KdfParams.fast_for_tests())[0].close()
    result = entry_kill_rounds(paths, PASSPHRASE, KILLS, seed=2026)
    return [
        (
            "SIGKILL while writing entries: file opens + checks pass",
            f"{result['survived']}/{result['kills']}",
            f"{KILLS}/{KILLS}",
        ),
        (
            "commits reported before a kill and then missing",
            f"{result['lost_commits']} of {result['reported_commits']}",
            "0",
        ),
    ]


def _backup_and_restore() -> list[tuple[str, str, str]]:
    paths = fresh_copy(demo_home(), "safety-backup")
    target = OUT / "work" / "safety.sleutelbackup"
    target.unlink(missing_ok=True)
    with Case.open(paths, PASSPHRASE) as case:
        entries = case.query_one("SELECT count(*) FROM entry")[0]
        case.checkpoint()
        db_size = paths.db.stat().st_size
        made = {}
        took = seconds(
            lambda: made.setdefault(
                "info", backup.write_backup(case, target, passphrase=PASSPHRASE)
            )
        )
        auto_first = seconds(lambda: backup.automatic_backup(case))
        auto_again = seconds(lambda: backup.automatic_backup(case))
    size = made["info"].size
    fresh = app_paths(OUT / "work" / "safety-restore")
    shutil.rmtree(fresh.data, ignore_errors=True)
    staged = {}
    check = seconds(
        lambda: staged.setdefault("s", restore.prepare_restore(fresh, target, PASSPHRASE))
    )
    swap = seconds(lambda: staged["s"].commit())
    over = seconds(lambda: restore.prepare_restore(paths, target, PASSPHRASE).commit())
    return [
        (
            f"backup of {entries:,} entries (copy, checks, write, read back)",
            f"{took:.1f} s",
            "<= 10 s",
        ),
        (
            "database / backup file size",
            f"{db_size / 1e6:.1f} MB / {size / 1e6:.1f} MB ({size / db_size:.2f}x)",
            "about 1x (encrypted pages do not compress)",
        ),
        (
            "automatic backup: first of the day / nothing changed",
            f"{auto_first:.1f} s / {auto_again * 1000:.0f} ms",
            "<= 10 s / <= 100 ms",
        ),
        (
            "restore on a new machine: check (incl. KDF) + swap",
            f"{check:.1f} s + {swap:.2f} s",
            "<= 10 s",
        ),
        ("restore over an existing case (keeps it first)", f"{over:.1f} s", "<= 15 s"),
    ]


def run() -> list[tuple[str, str, str]]:
    return _backup_and_restore() + _kills()
