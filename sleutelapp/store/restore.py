"""Restoring a backup: check it completely first, keep the current files, then swap.

`prepare_restore` unpacks and checks a backup (checksums, key, integrity, schema version)
in a staging folder beside the case file and says what it holds; nothing of the current
case is touched. `StagedRestore.commit` keeps the current files as a backup, writes a
marker and moves the staged key and database into place. case.db and case.key cannot be
replaced together in one atomic step, so the marker makes the swap a journal:
`finish_interrupted_restore` (run before opening a case) completes a swap that a crash or
power cut interrupted. Before the marker exists the old state is untouched; after it, the
swap always rolls forward to the new state.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.paths import AppPaths
from sleutelapp.store import backup, connection, durable_file, errors, schema
from sleutelapp.store.backup import DB_MEMBER, KEY_MEMBER, WAL_MEMBER, BackupInfo
from sleutelapp.store.keyfile import wipe

MARKER = "ready.json"


def _stage(paths) -> Path:
    return paths.restore_stage


@dataclass
class StagedRestore:
    """A checked backup waiting in the staging folder for the user's confirmation."""

    paths: AppPaths
    info: BackupInfo
    _data_key: bytearray = field(repr=False)
    _secret: tuple[str, str] | None = field(default=None, repr=False)
    committed: bool = False
    # False after commit when the current file could not be read, so its summary period
    # lock could not be carried over (store/summary_carry.py); the caller says so.
    summary_lock_carried: bool = True

    def describe(self, language: str = "nl") -> str:
        return self.info.describe(language)

    def commit(self) -> Path | None:
        """Keep the current files as a backup, then put the backup in place.

        Returns the file that holds the previous case (None when there was none).
        """
        stage = _stage(self.paths)
        if not (stage / DB_MEMBER).is_file() or not (stage / KEY_MEMBER).is_file():
            raise _stage_lost()
        refuse_while_open_elsewhere(self.paths)
        kept = keep_current_files(self.paths)
        from sleutelapp.store.durable_file import write_atomically
        from sleutelapp.store.summary_carry import carry_into_staged

        # Before the marker: a failure here leaves the current case untouched.
        self.summary_lock_carried = carry_into_staged(
            self.paths, stage / DB_MEMBER, self._data_key, self._secret
        )

        write_atomically(stage / MARKER, b'{"restore": "ready"}', case_file_part=True)
        _roll_forward(self.paths)
        self.committed = True
        self._record_audit()
        wipe(self._data_key)
        self._secret = None
        return kept

    def discard(self) -> None:
        if not self.committed:
            shutil.rmtree(_stage(self.paths), ignore_errors=True)
        wipe(self._data_key)
        self._secret = None

    def __enter__(self) -> StagedRestore:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def _record_audit(self) -> None:
        if self.info.schema_version != schema.SCHEMA_VERSION:
            return  # the next open migrates it (with its own copy first); no audit row now
        conn = connection.raw_connect(self.paths.db, self._data_key)
        try:
            connection.configure(conn)
            from sleutelapp.domain.model import now_stamp

            conn.execute(
                "INSERT INTO audit(at, action, object_kind, object_id) "
                "VALUES (?, 'restore', 'case', NULL)",
                (now_stamp(),),
            )
        except connection.DatabaseError:
            pass  # the restore itself is done; a missing audit row is not worth failing for
        finally:
            conn.close()


def prepare_restore(
    paths, backup_file: Path, passphrase: str | None = None, *, recovery_key: str | None = None
) -> StagedRestore:
    """Unpack and check a backup without touching the current case; raises CaseError."""
    from sleutelapp.store.keyfile import KeyFile

    backup_file = Path(backup_file)
    finish_interrupted_restore(paths)
    manifest = backup.read_container(backup_file)  # cheap first look before unpacking
    if DB_MEMBER not in manifest["files"] or KEY_MEMBER not in manifest["files"]:
        raise backup.damaged_backup(
            backup_file,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the database or the key file is missing",
                )
            ),
        )
    paths.ensure()
    stage = _stage(paths)
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(mode=0o700)
    try:
        try:
            backup.read_container(backup_file, extract_to=stage)
        except OSError as exc:
            if connection.is_write_refused(exc):
                raise _no_room(paths) from None
            raise
        try:
            keyfile = KeyFile.from_bytes((stage / KEY_MEMBER).read_bytes())
        except errors.KeyFileProblem:
            raise backup.damaged_backup(
                backup_file,
                errors.detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the key file inside is damaged",
                    )
                ),
            ) from None
        try:
            if recovery_key is not None:
                data_key = keyfile.unlock_with_recovery_key(recovery_key)
            else:
                data_key = keyfile.unlock(passphrase or "")
        except errors.WrongPassphrase:
            raise _wrong_secret(recovery_key is not None) from None
        except errors.KeyFileProblem:
            raise backup.damaged_backup(
                backup_file,
                errors.detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the key file inside is damaged",
                    )
                ),
            ) from None
        if (stage / WAL_MEMBER).exists():
            _fold_wal(stage / DB_MEMBER, data_key, backup_file)
        facts = backup.verify_database(stage / DB_MEMBER, data_key, backup_file)
        if facts["schema_version"] > schema.SCHEMA_VERSION:
            raise backup.damaged_backup(
                backup_file,
                errors.detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "it comes from a newer Sleutelapp; update the app",
                    )
                ),
            )
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    info = BackupInfo(
        path=backup_file,
        created=backup.created_of(manifest),
        schema_version=facts["schema_version"],
        newcomers=facts["newcomers"],
        entries=facts["entries"],
        last_change=facts["last_change"],
        size=backup_file.stat().st_size,
    )
    secret = (
        ("recovery", recovery_key) if recovery_key is not None else ("passphrase", passphrase or "")
    )
    return StagedRestore(paths=paths, info=info, _data_key=data_key, _secret=secret)


def _fold_wal(db_path: Path, data_key: bytes | bytearray, shown_as: Path) -> None:
    """A raw copy may carry its WAL: apply it so the staged database is one file."""
    try:
        conn = connection.raw_connect(db_path, data_key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except connection.DatabaseError:
        raise backup.damaged_backup(
            shown_as,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the database is damaged",
                )
            ),
        ) from None


def finish_interrupted_restore(paths) -> bool:
    """Complete a swap that was interrupted, or drop an unconfirmed staging folder.

    Cheap when there is nothing to do (one stat); call it before opening a case.
    Returns True when an interrupted restore was completed.
    """
    stage = _stage(paths)
    if not stage.exists():
        return False
    if (stage / MARKER).exists():
        _roll_forward(paths)
        return True
    shutil.rmtree(stage, ignore_errors=True)
    return False


def _roll_forward(paths) -> None:
    """Idempotent: every step can be repeated after a crash at any point."""
    stage = _stage(paths)
    staged_db, staged_key = stage / DB_MEMBER, stage / KEY_MEMBER
    if staged_db.exists():
        # An old WAL must never be replayed onto the restored database.
        for side in ("-wal", "-shm"):
            paths.db.with_name(paths.db.name + side).unlink(missing_ok=True)
    if staged_key.exists():
        os.replace(staged_key, paths.key)
    if staged_db.exists():
        os.replace(staged_db, paths.db)
    durable_file.sync_folder(paths.data)
    (stage / MARKER).unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)
    durable_file.sync_folder(paths.data)


def keep_current_files(paths) -> Path | None:
    """Copy whatever is there now (even a damaged file) into a raw backup container."""
    members = {
        name: source
        for name, source in (
            (DB_MEMBER, paths.db),
            (KEY_MEMBER, paths.key),
            (WAL_MEMBER, paths.db.with_name(paths.db.name + "-wal")),
        )
        if source.is_file() and source.stat().st_size > 0
    }
    if not members and not paths.db.exists():
        return None
    paths.ensure()
    target = paths.backups / f"before-restore-{datetime.now():%Y-%m-%d-%H%M%S}{backup.SUFFIX}"
    manifest = {
        "format": backup.FORMAT,
        "version": backup.VERSION,
        "kind": "raw",
        "created": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    backup.write_container(target, manifest, members)
    return target


def refuse_while_open_elsewhere(paths) -> None:
    """Another running Sleutelapp holds this case open: swapping files under it would
    break its connection, so refuse (the GUI restores from its own process)."""
    from sleutelapp.store.app_lock import refuse_while_app_is_open

    refuse_while_app_is_open(paths)


def _no_room(paths) -> errors.DiskFull:
    return errors.DiskFull(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "There is not enough space in {data} to unpack the backup. Nothing was "
            "changed; free some space and try again.",
        ),
        data=paths.data,
    )


def _wrong_secret(with_recovery_key: bool) -> errors.WrongPassphrase:
    if with_recovery_key:
        return errors.WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "This recovery key does not open this backup. Nothing was changed.",
            ),
        )
    return errors.WrongPassphrase(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "This passphrase does not open this backup. It may have been made while "
            "you had another passphrase: try that one, or the recovery key. Nothing "
            "was changed.",
        ),
    )


def _stage_lost() -> errors.CaseError:
    return errors.CaseError(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "The unpacked backup disappeared (another Sleutelapp window?). Nothing "
            "was changed; try again.",
        ),
    )
