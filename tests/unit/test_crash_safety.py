"""Crash safety: a child process is killed with SIGKILL at random moments while it writes
entries, makes backups, restores, changes the passphrase or migrates. After every kill the
case file opens, passes integrity_check and cipher_integrity_check, and holds every write
the child had reported as committed; the case is always in the old or the new state.

This file is also the child (`python test_crash_safety.py MODE HOME ...`), and
tests/bench/bench_safety.py runs the long variant (100+ kills) through `entry_kill_rounds`.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.posix(reason="kills its child with SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
FAST_PASSPHRASE_2 = "tweede wachtzin voor de test"
KILLS_IN_DEFAULT_RUN = 20


# --- the child -------------------------------------------------------------------------


def _child(mode: str, home: str, *rest: str) -> None:
    from sleutelapp.domain.model import Entry
    from sleutelapp.paths import app_paths
    from sleutelapp.store import backup, restore
    from sleutelapp.store.case import Case
    from sleutelapp.store.keyfile import KdfParams

    paths = app_paths(home)
    passphrase = os.environ["SLEUTELAPP_PASSPHRASE"]

    def say(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    if mode == "migrate":
        say("ready")
        Case.open(paths, passphrase).close()
        say("done")
        return
    if mode == "restore":
        say("ready")
        for i in range(10**6):
            source = Path(rest[i % 2])
            with restore.prepare_restore(paths, source, passphrase) as staged:
                staged.commit()
            say(f"restored {source.name}")
    case = Case.open(paths, passphrase)
    say("ready")
    if mode == "entries":
        newcomer_id = rest[0]
        for i in range(10**6):
            entry = case.entries.add(
                Entry(
                    newcomer_id=newcomer_id,
                    kind="note",
                    date=date(2026, 1, 1 + i % 28),
                    text=f"regel {i}",
                )
            )
            say(entry.id)  # only after the commit returned
    elif mode == "backup":
        for _ in range(10**6):
            backup.write_backup(case, Path(rest[0]))
            say("backup")
    elif mode == "passwd":
        phrases = [passphrase, FAST_PASSPHRASE_2]
        for i in range(1, 10**6):
            case.change_passphrase(phrases[i % 2], KdfParams.fast_for_tests())
            say(f"passwd {i % 2}")


def spawn(mode: str, home: Path, *args: str, passphrase: str) -> subprocess.Popen:
    env = dict(
        os.environ,
        SLEUTELAPP_PASSPHRASE=passphrase,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), mode, str(home), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        cwd=ROOT,
    )


def kill_at_random(
    proc: subprocess.Popen, rng: random.Random, low: float, high: float
) -> list[str]:
    """Wait until the child is ready, let it work low..high seconds, SIGKILL it; return
    the complete lines it had written (its reports of finished work)."""
    lines: list[str] = []

    def drain():
        for line in proc.stdout:
            if line.endswith("\n"):  # a line cut off by the kill reports nothing
                lines.append(line[:-1])

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while "ready" not in lines:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            reader.join(5)
            proc.stdout.close()
            with proc.stderr:
                raise AssertionError(f"child did not start: {proc.stderr.read()}")
        time.sleep(0.002)
    time.sleep(rng.uniform(low, high))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(5)
    proc.stdout.close()
    proc.stderr.close()
    return [line for line in lines if line != "ready"]


# --- helpers shared with the benchmark --------------------------------------------------


def entry_kill_rounds(paths, passphrase: str, rounds: int, seed: int = 1) -> dict:
    """Kill an entry-writing child `rounds` times; verify after each kill."""
    from sleutelapp.domain.model import Newcomer
    from sleutelapp.store.case import Case

    rng = random.Random(seed)
    with Case.open(paths, passphrase) as case:
        newcomer_id = case.newcomers.add(Newcomer(name="Crash Test")).id
    survived = lost = reported = 0
    for _ in range(rounds):
        proc = spawn("entries", paths.data, newcomer_id, passphrase=passphrase)
        ids = kill_at_random(proc, rng, 0.0, 0.12)
        reported += len(ids)
        with Case.open(paths, passphrase) as case:
            problems = case.integrity_problems()
            present = {
                row[0]
                for row in case.query("SELECT id FROM entry WHERE newcomer_id = ?", (newcomer_id,))
            }
        missing = [i for i in ids if i not in present]
        lost += len(missing)
        survived += int(not problems and not missing)
    return {
        "kills": rounds,
        "survived": survived,
        "lost_commits": lost,
        "reported_commits": reported,
    }


# --- the tests -------------------------------------------------------------------------


def test_kills_while_writing_entries_lose_no_reported_commit(case_paths):
    from tests.conftest import PASSPHRASE

    result = entry_kill_rounds(case_paths, PASSPHRASE, KILLS_IN_DEFAULT_RUN, seed=6)
    assert result["reported_commits"] > KILLS_IN_DEFAULT_RUN  # the kills hit real work
    assert result == {
        "kills": KILLS_IN_DEFAULT_RUN,
        "survived": KILLS_IN_DEFAULT_RUN,
        "lost_commits": 0,
        "reported_commits": result["reported_commits"],
    }


def test_kills_during_backup_never_leave_a_broken_backup_or_case(case, case_paths, tmp_path):
    from sleutelapp.paths import app_paths
    from sleutelapp.store import restore
    from tests.conftest import PASSPHRASE
    from tests.unit.test_backup_disk_full import fill

    fill(case, 20, 50)
    case.close()
    target = tmp_path / "usb" / "b.sleutelbackup"
    target.parent.mkdir()
    rng = random.Random(7)
    complete = 0
    for _ in range(5):
        kill_at_random(
            spawn("backup", case_paths.data, str(target), passphrase=PASSPHRASE), rng, 0.0, 0.15
        )
        assert [p.name for p in target.parent.iterdir() if not p.name.startswith(".")] in (
            [],
            [target.name],
        )
        if target.exists():  # a file with the final name is always a whole, valid backup
            with restore.prepare_restore(
                app_paths(tmp_path / "check"), target, PASSPHRASE
            ) as staged:
                assert staged.info.newcomers == 20
            complete += 1
        from sleutelapp.store.case import Case

        with Case.open(case_paths, PASSPHRASE) as reopened:
            assert reopened.integrity_problems() == []
            assert reopened.newcomers.count() == 20


def test_kills_during_restore_leave_the_old_or_the_new_case(case, case_paths, tmp_path):
    from sleutelapp.store import backup, restore
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE
    from tests.unit.test_backup_disk_full import fill

    fill(case, 2, 10)
    small = backup.write_backup(case, tmp_path / "small.sleutelbackup").path
    fill(case, 3, 10)
    large = backup.write_backup(case, tmp_path / "large.sleutelbackup").path
    case.close()
    rng = random.Random(8)
    seen = set()
    for _ in range(6):
        kill_at_random(
            spawn("restore", case_paths.data, str(small), str(large), passphrase=PASSPHRASE),
            rng,
            0.0,
            0.2,
        )
        stage = case_paths.restore_stage
        if not (stage / restore.MARKER).exists():
            # Not yet committed: the case opens as it is, without any repair.
            with Case.open(case_paths, PASSPHRASE) as as_is:
                seen.add(as_is.newcomers.count())
        restore.finish_interrupted_restore(case_paths)  # what opening a case does first
        with Case.open(case_paths, PASSPHRASE) as reopened:
            assert reopened.integrity_problems() == []
            count = reopened.newcomers.count()
            assert count in (2, 5)
            seen.add(count)
    assert not (case_paths.restore_stage).exists()


def test_kills_during_passphrase_change_leave_one_passphrase_that_opens(case_paths):
    from sleutelapp.store import errors
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE

    rng = random.Random(9)
    for _ in range(5):
        reports = kill_at_random(
            spawn("passwd", case_paths.data, passphrase=PASSPHRASE), rng, 0.0, 0.1
        )
        opened = []
        for phrase in (PASSPHRASE, FAST_PASSPHRASE_2):
            try:
                with Case.open(case_paths, phrase) as reopened:
                    assert reopened.integrity_problems() == []
                opened.append(phrase)
            except errors.WrongPassphrase:
                pass
        assert len(opened) == 1
        if reports:  # the last reported change, or the one after it, is in place
            last = (PASSPHRASE, FAST_PASSPHRASE_2)[int(reports[-1].split()[1])]
            assert opened[0] in (last, PASSPHRASE if last != PASSPHRASE else FAST_PASSPHRASE_2)
        if opened[0] != PASSPHRASE:  # the next child starts from the test passphrase
            with Case.open(case_paths, opened[0]) as reopened:
                from sleutelapp.store.keyfile import KdfParams

                reopened.change_passphrase(PASSPHRASE, KdfParams.fast_for_tests())


def test_kills_during_migration_leave_a_file_that_opens_with_nothing_lost(tmp_path):
    from sleutelapp.paths import app_paths
    from sleutelapp.store.case import Case
    from tests.fixtures.make_fixtures import HERE
    from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

    rng = random.Random(10)
    for round_ in range(5):
        home = tmp_path / f"v1-{round_}"
        shutil.copytree(HERE / "schema-v1", home)
        kill_at_random(spawn("migrate", home, passphrase=FIXTURE_PASSPHRASE), rng, 0.0, 0.03)
        with Case.open(app_paths(home), FIXTURE_PASSPHRASE) as migrated:
            assert migrated.integrity_problems() == []
            found = migrated.newcomers.search_list("Gülşen")
            assert [n.known_as for n in found] == ["Gül"]
            assert migrated.entries.count_for(found[0].id) == 1


if __name__ == "__main__":
    _child(*sys.argv[1:])
