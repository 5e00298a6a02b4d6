"""Backups and restore: one verified file, checked before anything is touched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from datetime import date, timedelta

import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store import backup, errors, restore
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE

OTHER_PASSPHRASE = "een heel andere wachtzin"


def add_people(case, count, prefix="Persoon"):
    ids = []
    for i in range(count):
        n = case.newcomers.add(Newcomer(name=f"{prefix} {i}", route="b1"))
        case.entries.add(
            Entry(
                newcomer_id=n.id, kind="note", date=date(2026, 3, 1), text=f"notitie {prefix} {i}"
            )
        )
        ids.append(n.id)
    return ids


def case_files(paths):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(paths.data.iterdir())
        if p.is_file()
    }


def leftovers(paths, folder=None):
    """Temp files and staging folders that must never outlive an operation."""
    places = [paths.data, paths.backups] + ([folder] if folder else [])
    return [
        p.name
        for place in places
        if place.exists()
        for p in place.iterdir()
        if p.name.startswith(".")
    ]


def test_backup_restores_onto_a_new_machine_without_a_case(case, tmp_path):
    ids = add_people(case, 3)  # still in the WAL: the backup must include it
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup.write_backup(case, usb / "mijn-backup.sleutelbackup", passphrase=PASSPHRASE)
    assert info.path.is_file() and (info.newcomers, info.entries) == (3, 3)
    with zipfile.ZipFile(info.path) as archive:
        assert sorted(archive.namelist()) == ["case.db", "case.key", "manifest.json"]
        manifest = archive.read("manifest.json").decode()
    assert "Persoon" not in manifest  # the plain-text manifest holds no personal data

    new_laptop = app_paths(tmp_path / "new-laptop")
    staged = restore.prepare_restore(new_laptop, info.path, PASSPHRASE)
    assert (staged.info.newcomers, staged.info.entries) == (3, 3)
    assert "3 newcomers" in staged.describe("en") and "3 nieuwkomers" in staged.describe("nl")
    assert not new_laptop.db.exists()  # nothing in place before confirmation
    assert staged.commit() is None  # there was no current case to keep
    with Case.open(new_laptop, PASSPHRASE) as restored:
        assert sorted(n.id for n in restored.newcomers.all()) == sorted(ids)
        assert restored.integrity_problems() == []
        assert restored.audit.events(1)[0].action == "restore"
    assert leftovers(new_laptop) == []


def test_restore_keeps_the_current_case_and_that_copy_restores(case, case_paths, tmp_path):
    add_people(case, 2, "Oud")
    old = backup.write_backup(case, tmp_path / "old.sleutelbackup")
    add_people(case, 3, "Nieuw")
    case.close()

    with restore.prepare_restore(case_paths, old.path, PASSPHRASE) as staged:
        kept = staged.commit()
    with Case.open(case_paths, PASSPHRASE) as restored:
        assert restored.newcomers.count() == 2
    assert kept.parent == case_paths.backups and kept.name.startswith("before-restore-")

    with restore.prepare_restore(case_paths, kept, PASSPHRASE) as staged:
        assert staged.info.newcomers == 5
        staged.commit()
    with Case.open(case_paths, PASSPHRASE) as restored:
        assert {n.name.split()[0] for n in restored.newcomers.all()} == {"Oud", "Nieuw"}


def test_cancelled_restore_changes_nothing(case, case_paths, tmp_path):
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.close()
    before = case_files(case_paths)
    with restore.prepare_restore(case_paths, made.path, PASSPHRASE):
        pass  # the user saw the description and said no
    assert case_files(case_paths) == before
    assert leftovers(case_paths) == []


def test_backup_of_another_passphrase_is_refused_and_changes_nothing(case, case_paths, tmp_path):
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.change_passphrase(OTHER_PASSPHRASE, KdfParams.fast_for_tests())
    case.close()
    before = case_files(case_paths)
    with pytest.raises(errors.WrongPassphrase) as info:
        restore.prepare_restore(case_paths, made.path, OTHER_PASSPHRASE)
    assert "another passphrase" in info.value.message("en")
    assert info.value.exit_code == 3
    assert case_files(case_paths) == before and leftovers(case_paths) == []
    # The old passphrase and the recovery key still open it.
    with restore.prepare_restore(case_paths, made.path, PASSPHRASE) as staged:
        assert staged.info.newcomers == 0


def test_backup_reports_its_progress_and_a_locked_case_writes_none(case, tmp_path):
    add_people(case, 2)
    seen = []
    backup.write_backup(
        case, tmp_path / "b.sleutelbackup", progress=lambda done, total: seen.append((done, total))
    )
    assert seen and seen[-1][0] == seen[-1][1] > 0
    case.close()
    with pytest.raises(errors.CaseLocked):
        backup.write_backup(case, tmp_path / "c.sleutelbackup")
    assert not (tmp_path / "c.sleutelbackup").exists() and leftovers(case.paths) == []


def test_case_holds_only_its_own_data_key_and_only_while_open(case):
    from sleutelapp.store.keyfile import KeyFile

    data_key = KeyFile.read(case.paths.key).unlock(PASSPHRASE)
    assert case.holds_key(data_key)
    assert not case.holds_key(bytes(len(data_key))) and not case.holds_key(b"")
    case.close()
    assert not case.holds_key(data_key)


def test_recovery_key_opens_a_backup(tmp_path):
    paths = app_paths(tmp_path / "a")
    case, recovery = Case.create(paths, PASSPHRASE, KdfParams.fast_for_tests())
    with case:
        add_people(case, 1)
        made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    with pytest.raises(errors.WrongPassphrase):
        restore.prepare_restore(
            app_paths(tmp_path / "c"), made.path, recovery_key="AAAA-" * 7 + "AAAA"
        )
    target = app_paths(tmp_path / "b")
    with restore.prepare_restore(target, made.path, recovery_key=recovery.lower()) as staged:
        staged.commit()
    with Case.open(target, recovery_key=recovery) as restored:
        assert restored.newcomers.count() == 1


def _truncate(data):
    return data[: len(data) // 2]


def _flip_in_member(member):
    def damage(data):
        with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
            info = archive.getinfo(member)
        at = info.header_offset + 30 + len(info.filename) + info.file_size // 2
        return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: b"", id="empty"),
        pytest.param(_truncate, id="truncated"),
        pytest.param(_flip_in_member("case.db"), id="flipped-db-byte"),
        pytest.param(_flip_in_member("case.key"), id="flipped-key-byte"),
        pytest.param(lambda d: b"\x89PNG\r\n\x1a\n" + bytes(5000), id="png"),
        pytest.param(
            lambda d: d.replace(b"sleutelapp-backup", b"sleutelapp-bakcup"), id="foreign-manifest"
        ),
    ],
)
def test_damaged_backup_is_refused_and_changes_nothing(case, case_paths, tmp_path, damage):
    add_people(case, 2)
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.close()
    made.path.write_bytes(damage(made.path.read_bytes()))
    before = case_files(case_paths)
    with pytest.raises(backup.DamagedBackup) as info:
        restore.prepare_restore(case_paths, made.path, PASSPHRASE)
    assert "Nothing was changed" in info.value.message("en")
    assert case_files(case_paths) == before and leftovers(case_paths) == []


def test_backup_from_a_newer_version_is_refused(case, case_paths, tmp_path):
    case.conn.execute("PRAGMA user_version = 99")
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.conn.execute("PRAGMA user_version = 2")
    case.close()
    with pytest.raises(backup.DamagedBackup, match="newer Sleutelapp"):
        restore.prepare_restore(case_paths, made.path, PASSPHRASE)


def test_backup_of_an_older_schema_restores_and_migrates(tmp_path):
    from tests.fixtures.make_fixtures import HERE
    from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

    old = app_paths(HERE / "schema-v1")
    made = tmp_path / "v1.sleutelbackup"
    backup.write_container(
        made,
        {
            "format": backup.FORMAT,
            "version": backup.VERSION,
            "kind": "raw",
            "created": "2024-03-01T10:00:00+01:00",
        },
        {"case.db": old.db, "case.key": old.key},
    )
    target = app_paths(tmp_path / "home")
    with restore.prepare_restore(target, made, FIXTURE_PASSPHRASE) as staged:
        assert staged.info.schema_version == 1 and staged.info.newcomers == 1
        staged.commit()
    with Case.open(target, FIXTURE_PASSPHRASE) as restored:
        assert restored.newcomers.search_list("Gülşen")[0].known_as == "Gül"


def test_automatic_backups_one_per_day_refreshed_on_change_last_ten_kept(case, case_paths):
    start = date(2026, 1, 1)
    assert backup.automatic_backup(case, today=start) is not None
    assert backup.automatic_backup(case, today=start) is None  # nothing changed since
    add_people(case, 1)
    first = backup.automatic_backup(case, today=start)
    assert first is not None and len(backup.automatic_backups(case_paths)) == 1
    with restore.prepare_restore(app_paths(case_paths.data / "x"), first, PASSPHRASE) as staged:
        assert staged.info.newcomers == 1  # the refreshed file has the change
    for day in range(1, 13):
        add_people(case, 1, f"Dag{day}")
        backup.automatic_backup(case, today=start + timedelta(days=day))
    kept = backup.automatic_backups(case_paths)
    assert len(kept) == backup.KEEP_AUTOMATIC
    assert kept[0].name == f"auto-{start + timedelta(days=12)}.sleutelbackup"
    assert kept[-1].name == f"auto-{start + timedelta(days=3)}.sleutelbackup"
    assert leftovers(case_paths) == []


def test_interrupted_swap_rolls_forward_and_unconfirmed_stage_is_dropped(
    case, case_paths, tmp_path
):
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")  # empty case
    add_people(case, 2)
    case.close()
    # A crash after the marker, with the key already swapped and the database not yet:
    staged = restore.prepare_restore(case_paths, made.path, PASSPHRASE)
    stage = case_paths.restore_stage
    (stage / restore.MARKER).write_text("{}")
    os.replace(stage / "case.key", case_paths.key)
    assert restore.finish_interrupted_restore(case_paths) is True
    with Case.open(case_paths, PASSPHRASE) as restored:
        assert restored.newcomers.count() == 0 and restored.integrity_problems() == []
    staged.discard()
    # A crash before confirmation: the staged copy is simply dropped, the case stays.
    restore.prepare_restore(case_paths, made.path, PASSPHRASE)
    before = case_files(case_paths)
    assert restore.finish_interrupted_restore(case_paths) is False
    assert case_files(case_paths) == before and leftovers(case_paths) == []


def test_restore_refused_while_another_sleutelapp_has_the_case_open(case, case_paths, tmp_path):
    made = backup.write_backup(case, tmp_path / "b.sleutelbackup")
    case.close()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        case_paths.lock.write_text(f"{other.pid}\nsleutelapp\nhost\n")
        before = case_files(case_paths)
        with (
            restore.prepare_restore(case_paths, made.path, PASSPHRASE) as staged,
            pytest.raises(errors.CaseLocked),
        ):
            staged.commit()
        assert case_files(case_paths) == before
    finally:
        other.kill()
        other.wait()
    case_paths.lock.write_text(f"{other.pid}\nsleutelapp\nhost\n")  # now stale
    with restore.prepare_restore(case_paths, made.path, PASSPHRASE) as staged:
        staged.commit()
