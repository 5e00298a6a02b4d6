"""The corruption matrix end to end: every broken case file is recognised, never
overwritten, and a restore from backup brings the case back while the broken files are
kept, byte for byte, in case someone can still rescue them.

(The classification messages themselves are tested in test_case_file.py.)
"""

from __future__ import annotations

import io
import sqlite3
import zipfile

import pytest

from sleutelapp.store import backup, errors, restore
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE
from tests.unit.test_backup_disk_full import fill

PAGE = 4096


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _plain_sqlite(paths):
    paths.db.unlink()
    with sqlite3.connect(paths.db) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()


CORRUPTIONS = {
    "empty": lambda p: p.db.write_bytes(b""),
    "truncated": lambda p: p.db.write_bytes(p.db.read_bytes()[: 3 * PAGE + 1000]),
    "flipped-page-1": lambda p: _flip(p.db, 200),
    "flipped-elsewhere": lambda p: _flip(p.db, p.db.stat().st_size - 2 * PAGE + 1234),
    "missing-key": lambda p: p.key.unlink(),
    "damaged-key": lambda p: p.key.write_bytes(p.key.read_bytes()[:-40]),
    "plain-sqlite": _plain_sqlite,
    "png": lambda p: p.db.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
}


def case_bytes(paths):
    return {p.name: p.read_bytes() for p in (paths.db, paths.key) if p.exists()}


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_broken_case_is_recognised_untouched_and_restorable(case, case_paths, tmp_path, corruption):
    fill(case, 4, 30)
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.close()
    CORRUPTIONS[corruption](case_paths)
    broken = case_bytes(case_paths)

    refused = None
    try:
        with Case.open(case_paths, PASSPHRASE) as opened:
            problems = opened.integrity_problems()  # the health check ("check")
    except errors.UnreadableCaseFile as exc:
        refused = exc
    if refused is None:
        assert corruption == "flipped-elsewhere" and problems
    else:
        assert refused.offers_restore  # the GUI offers "restore from backup" for these
    assert case_bytes(case_paths) == broken  # never overwritten, not even repaired

    with restore.prepare_restore(case_paths, made.path, PASSPHRASE) as staged:
        kept = staged.commit()
    with Case.open(case_paths, PASSPHRASE) as restored:
        assert restored.integrity_problems() == [] and restored.newcomers.count() == 4

    with zipfile.ZipFile(kept) as archive:
        kept_files = {
            name: archive.read(name) for name in archive.namelist() if name != "manifest.json"
        }
    assert kept_files == {name: data for name, data in broken.items() if data}


def test_kept_broken_case_is_refused_as_a_backup(case, case_paths, tmp_path):
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.close()
    _flip(case_paths.db, 200)
    with restore.prepare_restore(case_paths, made.path, PASSPHRASE) as staged:
        kept = staged.commit()
    with pytest.raises(backup.DamagedBackup):
        restore.prepare_restore(case_paths, kept, PASSPHRASE)
    assert zipfile.ZipFile(io.BytesIO(kept.read_bytes())).testzip() is None
