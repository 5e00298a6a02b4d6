"""The open case file: one encrypted connection, its transactions and its repositories.

`Case.create` and `Case.open` are the only ways in. A `Case` is used from one thread at a
time; a lock makes the GUI's background operations safe.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import shutil
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.paths import AppPaths
from sleutelapp.store import (
    connection,
    errors,
    leftovers,
    reports_due_counts,
    schema,
    space_reserve,
    summary_counts,
)
from sleutelapp.store.keyfile import KdfParams, KeyFile, wipe

_COPY_PAGES_PER_STEP = 2048  # backup API step: about 8 MB, so progress moves


class Case:
    """An unlocked case file."""

    def __init__(self, paths: AppPaths, conn, keyfile: KeyFile, data_key: bytearray):
        from sleutelapp.store.audit import AuditLog
        from sleutelapp.store.consents import Consents
        from sleutelapp.store.disclosures import Disclosures
        from sleutelapp.store.entries import Entries
        from sleutelapp.store.extensions import ExtensionRequests
        from sleutelapp.store.newcomers import Newcomers
        from sleutelapp.store.settings import SettingsStore

        self.paths = paths
        self.conn = conn
        self.read_only = False  # True when opened on a full disk (Case._read_only)
        self._keyfile = keyfile
        # A mutable buffer, overwritten on close/lock: the key leaves memory with the case.
        # The case takes over the caller's buffer rather than copying it.
        self._data_key = data_key if isinstance(data_key, bytearray) else bytearray(data_key)
        self._lock = threading.RLock()
        self._depth = 0
        self.audit = AuditLog(self)
        self.newcomers = Newcomers(self)
        self.entries = Entries(self)
        self.consents = Consents(self)
        self.disclosures = Disclosures(self)
        self.extension_requests = ExtensionRequests(self)
        self.settings = SettingsStore(self)
        leftovers.use_key(self._data_key)  # notes of temp files are sealed for this case

    # --- lifecycle -------------------------------------------------------------------

    @classmethod
    def create(
        cls, paths: AppPaths, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Case, str]:
        """A new, empty case file. Returns the case and the recovery key (show it once)."""
        if paths.db.exists() or paths.key.exists():
            raise errors.CaseExists(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "A case file already exists in {data}. Nothing was overwritten.",
                ),
                data=paths.data,
            )
        paths.ensure()
        keyfile, data_key, recovery = KeyFile.create(passphrase, kdf)
        keyfile.write(paths.key)
        try:
            # Private to the user; SQLite gives the WAL and shm files the same mode.
            os.close(os.open(paths.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            conn = connection.raw_connect(paths.db, data_key)
            connection.configure(conn)
            schema.apply_pending(conn)
        except BaseException:
            paths.db.unlink(missing_ok=True)
            paths.key.unlink(missing_ok=True)
            raise
        case = cls(paths, conn, keyfile, data_key)
        case.audit.record("create", "case", None)
        space_reserve.ensure(paths)
        return case, recovery

    @classmethod
    def open(
        cls, paths: AppPaths, passphrase: str | None = None, *, recovery_key: str | None = None
    ) -> Case:
        """Unlock an existing case file; raises a CaseError subclass saying what is wrong."""
        # A restore cut off after the user confirmed it is finished first, before the
        # passphrase is checked: until it is, case.key and case.db may come from
        # different files, so no key file can be trusted to unlock. It only rolls
        # forward a swap the user already chose (store/restore.py); nothing else is
        # changed before the secret is verified.
        if paths.restore_stage.exists():
            from sleutelapp.store.restore import finish_interrupted_restore

            finish_interrupted_restore(paths)
        connection.inspect_file(paths.db)
        keyfile = KeyFile.read(paths.key)
        if recovery_key is not None:
            data_key = keyfile.unlock_with_recovery_key(recovery_key)
        else:
            data_key = keyfile.unlock(passphrase or "")
        try:
            # Only after the secret is verified: a wrong passphrase changes no file.
            leftovers.sweep(paths, data_key)  # temp files of a backup or export that was killed
            return cls._open_unlocked(paths, keyfile, data_key)
        except BaseException:
            wipe(data_key)
            raise

    @classmethod
    def _open_unlocked(cls, paths: AppPaths, keyfile: KeyFile, data_key: bytearray) -> Case:
        version = connection.verify_readable(paths.db, data_key)
        if version > schema.SCHEMA_VERSION:
            raise errors.NewerSchema(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "This case file was written by a newer version of Sleutelapp. Update "
                    "the app; the file was left untouched.",
                ),
            )
        if 0 < version < schema.SCHEMA_VERSION:
            _copy_before_migration(paths, version)
        _tighten_modes(paths)
        try:
            conn = connection.raw_connect(paths.db, data_key)
        except connection.DatabaseError as exc:
            if not connection.is_write_refused(exc):
                raise connection.damaged(paths.db, str(exc)) from None
            return cls._read_only(paths, keyfile, data_key, version)
        try:
            connection.configure(conn)
            schema.apply_pending(conn)
            if version != schema.SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            _count_what_is_pending(conn)  # a migrated file is counted now, while it opens
        except connection.DatabaseError as exc:
            conn.close()
            if connection.is_write_refused(exc):
                return cls._read_only(paths, keyfile, data_key, version)
            raise connection.damaged(paths.db, str(exc)) from None
        space_reserve.ensure(paths)
        return cls(paths, conn, keyfile, data_key)

    @classmethod
    def _read_only(cls, paths: AppPaths, keyfile: KeyFile, data_key, version: int) -> Case:
        """A full disk: the file is fine but cannot take a write. Open it for reading so
        check, lists, exports to another disk and backups still work; a write says that
        the disk is full."""
        if version != schema.SCHEMA_VERSION:
            raise connection.disk_full_on_open()  # an old file must migrate before use
        try:
            conn = connection.raw_connect(paths.db, data_key, read_only=True)
            conn.execute("PRAGMA temp_store = MEMORY")
        except connection.DatabaseError:
            raise connection.disk_full_on_open() from None
        case = cls(paths, conn, keyfile, data_key)
        case.read_only = True
        return case

    def make_room_for_register(self) -> bool:
        """On a full disk (read-only), free the space reserve and reopen for writing, so
        an export can still be registered. True when the case can take a small write."""
        if not self.read_only:
            return True
        with self._lock:
            self._require_open()
            if not space_reserve.release(self.paths):
                return False
            conn = None
            try:
                conn = connection.raw_connect(self.paths.db, self._data_key)
                connection.configure(conn)
            except connection.DatabaseError:
                if conn is not None:
                    conn.close()
                return False
            self.conn.close()
            self.conn = conn
            self.read_only = False
            return True

    def close(self) -> None:
        with self._lock:
            if self.conn is None:
                return
            # closing must not fail; WAL is replayed on next open
            with contextlib.suppress(connection.DatabaseError):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
            wipe(self._data_key)
            self._data_key = bytearray()
            leftovers.forget_key()

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- keys ------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the database is not touched."""
        self._keyfile.set_passphrase(self._data_key, new_passphrase, kdf)
        self._keyfile.write(self.paths.key)
        self.audit.record("passwd", "case", None)

    def new_recovery_key(self) -> str:
        recovery = self._keyfile.new_recovery_key(self._data_key)
        self._keyfile.write(self.paths.key)
        self.audit.record("recovery_key", "case", None)
        return recovery

    def key_file_bytes(self) -> bytes:
        """The wrapped keys as they stand now, for a backup. The in-memory key file is
        authoritative: change_passphrase updates it before it writes case.key."""
        return self._keyfile.to_bytes()

    def holds_key(self, data_key: bytes | bytearray) -> bool:
        """True when `data_key` (what a passphrase unlocked) is this open case's data key."""
        return bool(self._data_key) and hmac.compare_digest(data_key, self._data_key)

    # --- copies (backups) ------------------------------------------------------------

    def connect_copy(self, path: Path, *, read_only: bool = False):
        """A raw connection to a copy of this database, keyed with its data key (for
        writing or checking a backup); the caller closes it."""
        self._require_open()
        return connection.raw_connect(path, self._data_key, read_only=read_only)

    def copy_database_to(self, path: Path, *, progress=None) -> None:
        """A consistent, self-contained copy of the open database at `path` (SQLite's backup
        API under the case lock), encrypted with the same key.

        `progress(done, total)` is called from this thread while pages are copied. Database
        errors (a full disk) are raised as they are, for the caller to word.
        """

        def step(_status, remaining, total):
            if progress is not None:
                progress(total - remaining, total)

        with self.exclusive():
            target = self.connect_copy(path)
            try:
                self.conn.backup(target, pages=_COPY_PAGES_PER_STEP, progress=step)
                target.execute("PRAGMA journal_mode = DELETE")  # no WAL beside the copy
            finally:
                target.close()

    # --- queries and transactions ----------------------------------------------------

    @contextmanager
    def exclusive(self):
        """Hold the case lock across several calls that must see one state (no other
        thread writes meanwhile); raises CaseLocked when the case is closed."""
        with self._lock:
            self._require_open()
            yield

    @contextmanager
    def transaction(self):
        """One transaction per user action; nested blocks join the outer one."""
        with self._lock:
            self._require_open()
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                    # The kept counts follow the change in the same transaction.
                    _refresh_kept_counts(self.conn)
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
            except connection.DatabaseError as exc:
                raise self._translate(exc) from exc
            finally:
                self._depth = 0

    def apply_pending_counts(self) -> None:
        """Apply the changes to the kept counts that no commit has applied yet (a file
        migrated by an older path, a write outside transaction()); a read-only case is left
        as it is, and its readers count from the rows."""
        if self.read_only:
            return
        if self.read(lambda conn: summary_counts.pending(conn) or reports_due_counts.pending(conn)):
            with self.transaction():
                pass  # the commit applies what is pending

    def repair_kept_counts(self, matches_a_recount, rebuild) -> bool:
        """Compare kept counts with a recount (`matches_a_recount(conn)`, read in one
        snapshot without the write lock) and, when they differ, replace them
        (`rebuild(conn)`, in one transaction). True when they were replaced; a read-only
        case is left as it is."""
        if self.read_only:
            return False
        self.apply_pending_counts()
        if self.read(matches_a_recount):
            return False
        with self.transaction() as conn:
            rebuild(conn)
        return True

    def query(self, sql: str, params=()) -> list:
        with self._lock:
            self._require_open()
            try:
                return self.conn.execute(sql, params).fetchall()
            except connection.DatabaseError as exc:
                raise self._translate(exc) from exc

    def read(self, fn):
        """`fn(conn)` under the connection's lock: a read that stops when it has enough
        rows (iterating a cursor) instead of fetching them all."""
        with self._lock:
            self._require_open()
            try:
                return fn(self.conn)
            except connection.DatabaseError as exc:
                raise self._translate(exc) from exc

    def query_one(self, sql: str, params=()):
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def _translate(self, exc: Exception) -> Exception:
        if isinstance(exc, connection.IntegrityError):
            return exc  # a bug or a duplicate id: the caller decides
        if connection.is_write_refused(exc) or (self.read_only and "readonly" in str(exc)):
            return connection.disk_full()
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text:
            return connection.damaged(self.paths.db, str(exc))
        return exc

    def _require_open(self) -> None:
        if self.conn is None:
            raise errors.CaseLocked(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "The case file is locked.",
                ),
            )

    def checkpoint(self) -> None:
        """Move the WAL into the main file and empty it (after erasure, before backup)."""
        with self._lock:
            self._require_open()
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_problems(self) -> list[str]:
        """Results of SQLite's and SQLCipher's integrity checks; empty when all is well."""
        problems = [r[0] for r in self.query("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [str(r[0]) for r in self.query("PRAGMA cipher_integrity_check")]
        problems += [f"foreign key: {r[0]}" for r in self.query("PRAGMA foreign_key_check")]
        return problems


def _refresh_kept_counts(conn) -> None:
    """The counts a case file keeps instead of counting (the summary numbers, the reports
    due), brought up to date with what the transaction changed."""
    summary_counts.refresh(conn)
    reports_due_counts.refresh(conn)


def _count_what_is_pending(conn) -> None:
    """Bring the kept counts up to date in a transaction of their own: after a migration,
    which marks every newcomer of an existing file, the file is counted while it opens
    rather than in the first thing the key person saves."""
    if not (summary_counts.pending(conn) or reports_due_counts.pending(conn)):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        _refresh_kept_counts(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _tighten_modes(paths: AppPaths) -> None:
    """The case file, its key and WAL/SHM are the user's alone (0600, the folder 0700);
    a copy restored or moved with looser modes is tightened on open (POSIX)."""
    if os.name != "posix":
        return
    for path, mode in (
        (paths.data, 0o700),
        (paths.db, 0o600),
        (paths.key, 0o600),
        (paths.db.with_name(paths.db.name + "-wal"), 0o600),
        (paths.db.with_name(paths.db.name + "-shm"), 0o600),
    ):
        try:
            if path.stat().st_mode & 0o777 & ~mode:
                os.chmod(path, mode)
        except OSError:
            pass  # missing, or not ours: opening will say what is wrong


def _copy_before_migration(paths: AppPaths, version: int) -> None:
    """Keep the unmigrated file and its key (conventions.md 3) before any step runs."""
    paths.ensure()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"before-migration-v{version}-{stamp}"
    target.mkdir(parents=True, exist_ok=True)
    for source in (paths.db, paths.key, paths.db.with_name(paths.db.name + "-wal")):
        if source.exists():
            shutil.copy2(source, target / source.name)
