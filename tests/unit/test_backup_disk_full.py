"""A full disk while saving, backing up, restoring or exporting: a clear message, the case
file intact, and never a half-written file under its final name.

Two ways to run out of space without special privileges: an injected ENOSPC at the one
place a backup file is opened, SQLite's own SQLITE_FULL via max_page_count, and a real
operating-system write error from a file-size limit (RLIMIT_FSIZE) in a child process.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store import backup, errors
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
resource = pytest.importorskip("resource")  # the file-size limit is POSIX only


def fill(case, newcomers=3, entries_per=20):
    for i in range(newcomers):
        n = case.newcomers.add(Newcomer(name=f"Vol {i}"))
        case.entries.add_many(
            [
                Entry(newcomer_id=n.id, kind="note", date=date(2026, 1, 1), text="tekst " * 100)
                for _ in range(entries_per)
            ]
        )


def no_partial_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part"]


def run_limited(limit_bytes: int, *argv: str, home: Path) -> subprocess.CompletedProcess:
    """`sleutelapp --home HOME ARGV` in a child whose files may not grow beyond the limit."""
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_bytes}, {limit_bytes}))\n"
        "from sleutelapp.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = dict(os.environ, SLEUTELAPP_PASSPHRASE=PASSPHRASE, SLEUTELAPP_LANG="en")
    return subprocess.run(
        [sys.executable, "-c", code, "--home", str(home), *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def test_entry_save_on_a_full_disk_saves_nothing_and_keeps_the_file_intact(case, case_paths):
    fill(case, 1, 5)
    pages = case.query_one("PRAGMA page_count")[0]
    case.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now answers SQLITE_FULL
    newcomer_id = case.newcomers.all()[0].id
    note = Entry(newcomer_id=newcomer_id, kind="note", date=date(2026, 2, 2), text="groot " * 500)
    with pytest.raises(errors.DiskFull) as info:  # noqa: PT012 - the disk fills after a few adds
        for _ in range(50):
            case.entries.add(note)
    assert "nothing was saved" in info.value.message("en")
    saved = case.entries.count_for(newcomer_id)
    case.close()
    with Case.open(case_paths, PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == []
        assert reopened.entries.count_for(newcomer_id) == saved  # no half-saved entry
        reopened.entries.add(
            Entry(newcomer_id=newcomer_id, kind="note", date=date(2026, 2, 3), text="x")
        )


def test_backup_with_injected_disk_full_leaves_no_file_and_an_intact_case(
    case, case_paths, tmp_path, monkeypatch
):
    fill(case)
    real_open = backup._open_for_writing

    class FullDisk:
        """A file that accepts 64 KiB and then reports ENOSPC, like a full USB stick."""

        def __init__(self, path):
            self._inner = real_open(path)
            self._room = 64 * 1024

        def write(self, data):
            if len(data) > self._room:
                raise OSError(errno.ENOSPC, "No space left on device")
            self._room -= len(data)
            return self._inner.write(data)

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._inner.close()

    monkeypatch.setattr(backup, "_open_for_writing", FullDisk)
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "backup.sleutelbackup"
    with pytest.raises(errors.DiskFull) as info:
        backup.write_backup(case, target)
    assert "not enough space" in info.value.message("en") and str(usb) in str(info.value)
    assert not target.exists() and list(usb.iterdir()) == []
    assert no_partial_files(case_paths.data)
    assert case.integrity_problems() == [] and case.newcomers.count() == 3
    monkeypatch.setattr(backup, "_open_for_writing", real_open)
    assert backup.write_backup(case, target).newcomers == 3


@pytest.mark.posix(reason="a file-size limit (RLIMIT_FSIZE) makes the write fail")
def test_backup_on_a_real_write_error_leaves_no_file(case, case_paths, tmp_path):
    fill(case)
    case.checkpoint()
    db_bytes = case.query_one("PRAGMA page_count")[0] * 4096
    case.close()
    target = tmp_path / "usb.sleutelbackup"
    # Room for the staged database copy, not for the backup file that holds it.
    result = run_limited(db_bytes + 1024, "backup", "-o", str(target), home=case_paths.data)
    assert result.returncode == 1, result.stderr
    assert "not enough space" in result.stderr and result.stderr.count("\n") == 1
    assert not target.exists() and no_partial_files(tmp_path)
    assert no_partial_files(case_paths.data)
    with Case.open(case_paths, PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == [] and reopened.newcomers.count() == 3


@pytest.mark.posix(reason="a file-size limit (RLIMIT_FSIZE) makes the write fail")
def test_restore_without_room_to_unpack_changes_nothing(case, case_paths, tmp_path):
    fill(case)
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.close()
    fresh = app_paths(tmp_path / "fresh")
    result = run_limited(16 * 1024, "restore", str(made.path), home=fresh.data)
    assert result.returncode == 1, result.stderr
    assert "not enough space" in result.stderr and "Nothing was changed" in result.stderr
    assert not fresh.db.exists() and not fresh.key.exists()
    assert not (fresh.restore_stage).exists()


@pytest.mark.posix(reason="a file-size limit (RLIMIT_FSIZE) makes the write fail")
def test_export_on_a_real_write_error_leaves_no_file(case, case_paths, tmp_path):
    fill(case, 5, 40)  # about 130 kB of JSON
    case.close()
    target = tmp_path / "export.json"
    # 64 kB leaves room for SQLite's 32 kB shared-memory file, not for the export.
    result = run_limited(64 * 1024, "export-data", "-o", str(target), home=case_paths.data)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "disk is full" in result.stderr and "damaged" not in result.stderr
    assert not target.exists() and no_partial_files(tmp_path)
