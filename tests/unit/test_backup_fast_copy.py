"""A backup is a byte copy of the encrypted file read under a snapshot of its own (or, when
another process keeps the WAL from being emptied, a copy by the backup API), checked by
authenticating every page and walking the structure; the full integrity check runs at
least weekly."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta

import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store import backup, connection, restore
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


def _fill(case, count=5):
    for i in range(count):
        n = case.newcomers.add(Newcomer(name=f"Persoon {i}"))
        case.entries.add(Entry(newcomer_id=n.id, kind="note", date=date(2026, 3, 1), text="x"))


def _restored_names(tmp_path, target):
    from sleutelapp.paths import app_paths

    home = app_paths(tmp_path / "restored")
    restore.prepare_restore(home, target, PASSPHRASE).commit()
    with Case.open(home, PASSPHRASE) as copy:
        assert copy.integrity_problems() == []
        return sorted(n.name for n in copy.newcomers.all())


def test_a_backup_is_a_byte_copy_holding_what_was_still_in_the_wal(case, tmp_path, monkeypatch):
    _fill(case)
    used = []
    monkeypatch.setattr(
        case, "copy_database_to", lambda *a, **k: used.append("backup API")
    )  # must not be needed
    seen = []
    target = tmp_path / "b.sleutelbackup"
    info = backup.write_backup(
        case, target, passphrase=PASSPHRASE, progress=lambda d, t: seen.append((d, t))
    )
    assert used == [] and info.newcomers == 5
    assert seen and seen[-1][0] == seen[-1][1], "progress reaches the end"
    assert _restored_names(tmp_path, target) == [f"Persoon {i}" for i in range(5)]


def test_another_reader_holding_the_wal_makes_the_backup_api_copy(case, tmp_path, monkeypatch):
    _fill(case, 3)
    reader = case.connect_copy(case.paths.db, read_only=True)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM newcomer").fetchone()  # a read snapshot
        case.newcomers.add(Newcomer(name="Na de leesactie"))  # in the WAL, past the reader
        used = []
        original = case.copy_database_to
        monkeypatch.setattr(
            case, "copy_database_to", lambda *a, **k: (used.append(1), original(*a, **k))
        )
        target = tmp_path / "b.sleutelbackup"
        info = backup.write_backup(case, target)
    finally:
        reader.close()
    assert used == [1] and info.newcomers == 4
    assert "Na de leesactie" in _restored_names(tmp_path, target)


def test_a_page_damaged_while_copying_is_found_and_no_backup_is_left(case, tmp_path, monkeypatch):
    _fill(case)
    copy_bytes = backup._copy_bytes

    def damaging(source, staged, progress):
        copy_bytes(source, staged, progress)
        with open(staged, "r+b") as handle:  # one byte in the middle of the file
            handle.seek(staged.stat().st_size // 2)
            byte = handle.read(1)
            handle.seek(-1, 1)
            handle.write(bytes([byte[0] ^ 0xFF]))

    monkeypatch.setattr(backup, "_copy_bytes", damaging)
    target = tmp_path / "b.sleutelbackup"
    with pytest.raises(backup.DamagedBackup):
        backup.write_backup(case, target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_full_integrity_check_runs_when_none_in_a_week(case, monkeypatch):
    _fill(case, 2)
    checks = []
    verified = backup._verified
    monkeypatch.setattr(
        backup,
        "_verified",
        lambda c, s, full=True, walk=True, **kw: (
            checks.append(full) if walk else None,
            verified(c, s, full=full, walk=walk, **kw),
        )[1],
    )
    today = date.today()
    first = backup.automatic_backup(case, today=today)
    _fill(case, 1)
    second = backup.automatic_backup(case, today=today + timedelta(days=1))
    assert checks == [True, False]
    assert _check_of(first) == "full" and _check_of(second) == "quick"
    _fill(case, 1)
    backup.automatic_backup(case, today=today + timedelta(days=backup.FULL_CHECK_DAYS - 1))
    _fill(case, 1)
    backup.automatic_backup(case, today=today + timedelta(days=backup.FULL_CHECK_DAYS))
    assert checks == [True, False, False, True], "a week after the last full check: again"


def _check_of(path) -> str:
    import json

    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(backup.MANIFEST))["check"]


def test_a_read_only_case_file_is_copied_by_the_backup_api(case, tmp_path, monkeypatch):
    _fill(case, 2)
    monkeypatch.setattr(
        backup, "_copy_bytes", lambda *a: (_ for _ in ()).throw(connection.DatabaseError("x"))
    )
    # A checkpoint that cannot write (as on a read-only file) leaves the byte copy out.
    connect_copy = case.connect_copy

    class Refusing:
        def __init__(self, real):
            self._real = real

        def __getattr__(self, name):
            return getattr(self._real, name)

        def execute(self, sql, *args):
            if sql.startswith("PRAGMA wal_checkpoint"):
                raise connection.DatabaseError("attempt to write a readonly database")
            return self._real.execute(sql, *args)

    monkeypatch.setattr(
        case,
        "connect_copy",
        lambda path, read_only=False: (
            Refusing(connect_copy(path))
            if path == case.paths.db and not read_only
            else connect_copy(path, read_only=read_only)
        ),
    )
    info = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    assert info.newcomers == 2


@pytest.mark.parametrize("step", ["copy", "check", "container"])
def test_an_abandoned_backup_leaves_nothing_and_the_older_one_stays(
    case, tmp_path, monkeypatch, step
):
    import threading

    _fill(case, 3)
    target = tmp_path / "b.sleutelbackup"
    backup.write_backup(case, target)
    before = target.read_bytes()
    _fill(case, 1)
    abandon = threading.Event()
    if step == "check":
        verified = backup._verified

        def abandoning(*args, **kwargs):
            abandon.set()  # SQLite is interrupted inside the check
            return verified(*args, **kwargs)

        monkeypatch.setattr(backup, "_verified", abandoning)
    elif step == "container":
        digest = backup._digest
        monkeypatch.setattr(backup, "_digest", lambda s: (abandon.set(), digest(s))[1])
    with pytest.raises(backup.Abandoned):
        backup.write_backup(
            case,
            target,
            abandon=abandon,
            progress=(lambda d, t: abandon.set()) if step == "copy" else None,
        )
    assert target.read_bytes() == before, "the backup of before is untouched"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert case.newcomers.count() == 4


def test_an_abandoned_automatic_backup_is_not_recorded(case, monkeypatch):
    import threading

    _fill(case, 2)
    abandon = threading.Event()
    abandon.set()
    with pytest.raises(backup.Abandoned):
        backup.automatic_backup(case, abandon=abandon)
    assert backup.automatic_backups(case.paths) == []
    assert case.query_one("SELECT count(*) FROM audit WHERE action = 'backup'")[0] == 0


def test_a_save_during_the_byte_copy_goes_through_and_waits_for_the_next_backup(
    case, tmp_path, monkeypatch
):
    """The copy reads a snapshot; it holds no write lock. A save made while the bytes are
    being copied neither waits for the copy nor fails, and the backup holds the case as it
    was when the copy began."""
    import threading

    _fill(case, 3)
    copying, saved = threading.Event(), threading.Event()
    copy_bytes = backup._copy_bytes

    def slow_copy(source, staged, progress):
        copying.set()
        saved.wait(20)  # the save below must finish while the copy is still going
        copy_bytes(source, staged, progress)

    monkeypatch.setattr(backup, "_copy_bytes", slow_copy)
    target = tmp_path / "b.sleutelbackup"
    made = []
    worker = threading.Thread(target=lambda: made.append(backup.write_backup(case, target)))
    worker.start()
    assert copying.wait(20), "the byte copy did not start"
    try:
        case.newcomers.add(Newcomer(name="Tijdens de kopie"))  # no lock is held: no wait
    finally:
        saved.set()
        worker.join(60)
    assert made and made[0].newcomers == 3
    assert "Tijdens de kopie" not in _restored_names(tmp_path, target)
    assert "Tijdens de kopie" in [n.name for n in case.newcomers.all()]


def test_a_background_backup_that_cannot_copy_bytes_is_postponed_not_made_page_by_page(
    case, monkeypatch
):
    """Another reader keeps the WAL from being emptied: a backup in the background does not
    fall back to the page-by-page copy under the case's lock (the window would wait for
    it); it is left for the next check, with nothing written. On close it still copies."""
    _fill(case, 2)
    reader = case.connect_copy(case.paths.db, read_only=True)
    used = []
    original = case.copy_database_to
    monkeypatch.setattr(
        case, "copy_database_to", lambda *a, **k: (used.append(1), original(*a, **k))
    )
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM newcomer").fetchone()
        case.newcomers.add(Newcomer(name="In de WAL"))
        with pytest.raises(backup.Postponed):
            backup.automatic_backup(case, slow_copy=False)
        assert used == [] and backup.automatic_backups(case.paths) == []
        assert [p.name for p in case.paths.backups.iterdir() if p.name.startswith(".")] == []
        made = backup.automatic_backup(case)  # the close-time one copies page by page
    finally:
        reader.close()
    assert used == [1] and made is not None and made.exists()
