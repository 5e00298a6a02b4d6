"""Backup files: one file holding the encrypted database and its wrapped keys (design.md §5).

A backup is a ZIP container, stored without compression (encrypted pages do not
compress), with `manifest.json`, `case.key` and `case.db`. The manifest is plain text and
holds no personal data: format, dates, schema version and a SHA-256 per member. Counts such
as the number of newcomers are read from the database after unlocking, never stored in it.

Writing: a consistent copy of the open database is made in a private folder beside the
target and checked, then the container is written to a temporary file next to the
target, read back and compared, fsynced and only then renamed to its final name.
Restoring is in store/restore.py.

The copy is a byte copy of the encrypted file at the disk's copy speed: on a connection
of its own the WAL is checkpointed into the file and SQLite's write lock is held while the
file is copied, so it is one committed state, while the app's own connection goes on
reading (a save waits for the copy to end; when another process keeps the WAL from being
emptied, SQLite's backup API makes the copy instead, page by page, under the case lock).
The copy is checked: `cipher_integrity_check` authenticates every page with the key (any
changed, torn or missing byte fails), `quick_check` walks the whole structure, and the
copy opens with the data key and, when given, the passphrase. The full `integrity_check`
(which also compares every index with its table, at about a tenth of the speed) runs on
the copy when no backup of the last FULL_CHECK_DAYS days had it (also for a backup made
on demand); the manifest says which check a backup had.

The two checks of the copy (pages, structure) run in two more threads while the container
is written to its temporary file; the temp file gets its final name only when all three
are done and sound. A
backup can be abandoned (`abandon`, a threading.Event, e.g. set when the app must close):
it then stops at the next step, removes its staging copy and temp file and raises
Abandoned; nothing is left under the final name and the case file is untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sleutelapp.domain.phrase import Phrase
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue
from sleutelapp.store import connection, durable_file, errors, leftovers

FORMAT = "sleutelapp-backup"
VERSION = 1
SUFFIX = ".sleutelbackup"
MANIFEST = "manifest.json"
DB_MEMBER = "case.db"
KEY_MEMBER = "case.key"
WAL_MEMBER = "case.db-wal"  # only in raw copies kept before a restore
AUTO_PREFIX = "auto-"
KEEP_AUTOMATIC = 10
_CHUNK = 1 << 20
_COPY_STEP = 64 << 20  # bytes per copy call: large, yet progress moves
FULL_CHECK_DAYS = 7  # an automatic backup has the full integrity check at least this often
_LOCK_WAIT_MS = 500  # how long the byte copy waits for a save or a reader to end
_CHECK_STEPS = 10_000  # SQLite steps between two looks at the abandon flag while checking


class DamagedBackup(errors.CaseError):
    """The chosen file is not a usable backup; nothing was changed."""

    code = "damaged_backup"


class Abandoned(Exception):
    """The backup was stopped on request before it was complete; its temp files are gone,
    nothing was written under the target's name and the case file was not changed."""


class Postponed(Abandoned):
    """A background backup left for later: the byte copy could not be had (another
    process held the WAL) and the page-by-page copy would keep the window waiting."""


def _stop_if_abandoned(abandon) -> None:
    if abandon is not None and abandon.is_set():
        raise Abandoned


def _stopping(progress, abandon):
    """`progress` that first raises Abandoned when `abandon` is set (called between steps)."""

    def step(done: int, total: int) -> None:
        _stop_if_abandoned(abandon)
        if progress is not None:
            progress(done, total)

    return step


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, shown before a restore and after writing one."""

    path: Path
    created: datetime
    schema_version: int
    newcomers: int
    entries: int
    last_change: str | None
    size: int

    def describe(self, language: str = "nl") -> str:
        from sleutelapp.domain.wording import short_datetime

        words = catalogue(language)
        when = short_datetime(self.created, language)
        newcomers = words.translate("BackupInfo", "%n newcomer(s)", None, self.newcomers)
        entries = words.translate("BackupInfo", "%n entry(ies)", None, self.entries)
        if not self.last_change:
            return words.translate(
                "BackupInfo", "Backup of {when}: {newcomers}, {entries}."
            ).format(when=when, newcomers=newcomers, entries=entries)
        changed = short_datetime(datetime.fromisoformat(self.last_change[:19]), language)
        return words.translate(
            "BackupInfo", "Backup of {when}: {newcomers}, {entries}, last change {changed}."
        ).format(when=when, newcomers=newcomers, entries=entries, changed=changed)


def damaged_backup(path: Path, detail: Phrase) -> DamagedBackup:
    """A refusal of the file at `path`; `detail` (errors.detail) says what is wrong with it."""
    return DamagedBackup(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "{name} is not a usable backup: {detail}. Nothing was changed; choose another backup.",
        ),
        name=path.name,
        detail=detail,
    )


def backup_disk_full(target: Path) -> errors.DiskFull:
    return errors.DiskFull(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "There is not enough space for the backup in {parent}. No backup was "
            "written and the case file was not changed. Free some space or choose "
            "another place.",
        ),
        parent=target.parent,
    )


# --- writing ---------------------------------------------------------------------------


def write_backup(
    case,
    target: Path,
    *,
    passphrase: str | None = None,
    progress=None,
    chosen_by_user: bool = True,
    today: date | None = None,
    abandon: threading.Event | None = None,
    slow_copy: bool = True,
) -> BackupInfo:
    """Write a verified backup of the open case to `target` (replaced only when complete).

    `progress(done, total)` is called from this thread while pages are copied. A target
    chosen by the user may not lie in the data or backup folder (export_target.py); the
    app's own automatic and default backups go there (`chosen_by_user=False`). `today`
    (the automatic backup's day) decides whether the weekly full integrity check is due.
    When `abandon` is set meanwhile, the backup stops and raises Abandoned (nothing kept).
    `slow_copy=False` (a backup in the background while the key person works): when the
    byte copy cannot be had, raise Postponed instead of copying page by page under the
    case's lock, which would keep the window waiting.
    """
    target = Path(target)
    if target.suffix == "":
        target = target.with_suffix(SUFFIX)
    if chosen_by_user:
        from sleutelapp.store.export_target import refuse_protected_target

        refuse_protected_target(target, case.paths, backup=True)
    case.paths.ensure()
    _remove_stale_parts(case.paths.data)
    # The staging copy goes beside the target: a backup to a USB stick must work while
    # the data disk is full, and a kill leaves it where the journal finds it (leftovers).
    stage = target.parent / f".backup-{secrets.token_hex(6)}"
    full_check = _full_check_due(case.paths, today)
    with leftovers.tracked(stage):
        return _write_backup_staged(
            case,
            target,
            stage,
            passphrase,
            _stopping(progress, abandon),
            full_check,
            abandon,
            slow_copy,
        )


def _write_backup_staged(
    case,
    target: Path,
    stage: Path,
    passphrase,
    progress,
    full_check: bool,
    abandon,
    slow_copy: bool = True,
) -> BackupInfo:
    try:
        stage.mkdir(mode=0o700)
    except OSError as exc:
        if connection.is_write_refused(exc):
            raise backup_disk_full(target) from None
        raise
    try:
        staged_db = stage / DB_MEMBER
        _create_private(staged_db)
        copied = _copy_file(case, staged_db, progress)
        if copied is None and not slow_copy:
            raise Postponed
        if copied is None:
            with case.exclusive():  # the change seq and the copy describe one state
                audit_seq = _last_change_seq(case)
                schema_version = int(case.query_one("PRAGMA user_version")[0])
                case.copy_database_to(staged_db, progress=progress)
        else:
            audit_seq, schema_version = copied
        _stop_if_abandoned(abandon)
        key_bytes = case.key_file_bytes()
        if passphrase is not None:
            from sleutelapp.store.keyfile import KeyFile

            if not case.holds_key(KeyFile.from_bytes(key_bytes).unlock(passphrase)):
                raise damaged_backup(
                    target,
                    errors.detail(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "the key does not fit",
                        )
                    ),
                )
        created = datetime.now().astimezone().isoformat(timespec="seconds")
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "kind": "backup",
            "created": created,
            "app_version": _app_version(),
            "schema_version": schema_version,
            "audit_seq": audit_seq,
            "check": "full" if full_check else "quick",
        }
        # The copy is checked while the container is written, in two more threads: one
        # authenticates every page, one walks the structure. The container gets its name
        # only after both (`before_rename`).
        stop_checking = threading.Event()
        with ThreadPoolExecutor(2, thread_name_prefix="backup-check") as pool:
            checks = [
                pool.submit(
                    _verified,
                    lambda: case.connect_copy(staged_db, read_only=True),
                    target,
                    full=full_check,
                    abandon=_Either(abandon, stop_checking),
                    authenticate=half == "pages",
                    walk=half == "structure",
                )
                for half in ("structure", "pages")
            ]
            try:
                write_container(
                    target,
                    manifest,
                    {KEY_MEMBER: key_bytes, DB_MEMBER: staged_db},
                    before_rename=lambda: [_checked(check, abandon) for check in checks],
                    abandon=abandon,
                )
            finally:
                stop_checking.set()  # when writing failed: the checks need not finish
        facts = checks[0].result()
    except connection.DatabaseError as exc:
        if connection.is_write_refused(exc):
            raise backup_disk_full(target) from None
        raise
    except OSError as exc:
        if connection.is_write_refused(exc):
            raise backup_disk_full(target) from None
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return BackupInfo(
        path=target,
        created=datetime.fromisoformat(created),
        schema_version=facts["schema_version"],
        newcomers=facts["newcomers"],
        entries=facts["entries"],
        last_change=facts["last_change"],
        size=target.stat().st_size,
    )


class _Either:
    """Set when either of two events is set (only `is_set` is used)."""

    def __init__(self, first, second):
        self._events = [e for e in (first, second) if e is not None]

    def is_set(self) -> bool:
        return any(e.is_set() for e in self._events)


def _checked(checking, abandon) -> dict:
    """The facts of the finished check of the copy; a damaged copy means a damaged case."""
    try:
        return checking.result()
    except DamagedBackup:
        _stop_if_abandoned(abandon)  # interrupted on request: not a damaged case file
        raise DamagedBackup(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The backup could not be verified: the case file itself seems damaged. "
                "No backup was written; run the health check ('check').",
            ),
        ) from None


def _copy_file(case, staged_db: Path, progress) -> tuple[int, int] | None:
    """Byte copy of the case's database file into `staged_db`; (change seq, schema version)
    of the state copied.

    On a connection of its own, the WAL is checkpointed into the file first, then a read
    transaction is opened while the WAL is empty: its snapshot is the file itself, and no
    checkpoint may write into the file while it is open (SQLite backfills only frames every
    reader can see), so the file's bytes stay that snapshot for the whole copy. Writers go
    on meanwhile, into the WAL: a save during the backup neither waits nor fails, and
    lands in the next backup. None (nothing copied) when the WAL could not be emptied, e.g.
    another process is reading, or it was written to before the snapshot began: the
    caller then uses the backup API.
    """
    wal = Path(f"{case.paths.db}-wal")
    try:
        conn = case.connect_copy(case.paths.db)
    except connection.DatabaseError:
        return None
    try:
        try:
            conn.execute(f"PRAGMA busy_timeout = {_LOCK_WAIT_MS}")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                return None
            conn.execute("BEGIN")  # deferred: the snapshot starts with the first read
            seq = int(
                conn.execute(
                    "SELECT coalesce(max(seq), 0) FROM audit WHERE action != 'backup'"
                ).fetchone()[0]
            )
        except connection.DatabaseError:
            return None  # a read-only case file (full disk) or a busy one: the backup API
        try:
            # While this snapshot is open no one can truncate the WAL, so an empty WAL now
            # means it was empty when the snapshot began: the snapshot is the file.
            if wal.exists() and wal.stat().st_size:
                return None  # written between the checkpoint and the snapshot: page by page
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            _copy_bytes(case.paths.db, staged_db, progress)
            return seq, version
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _copy_bytes(source: Path, target: Path, progress) -> None:
    """Copy a file in large steps by the kernel where it can (sendfile), else buffered."""
    total = source.stat().st_size
    flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    with source.open("rb") as src, os.fdopen(os.open(target, flags), "wb") as out:
        done = 0
        sendfile = getattr(os, "sendfile", None)
        while done < total:
            step = min(_COPY_STEP, total - done)
            sent = 0
            if sendfile is not None:
                try:
                    sent = sendfile(out.fileno(), src.fileno(), done, step)
                except OSError as exc:
                    if connection.is_write_refused(exc):
                        raise
                    sendfile = None  # not offered for these files: buffered from here on
            if sendfile is None:
                src.seek(done)
                chunk = src.read(step)
                out.seek(done)
                out.write(chunk)
                sent = len(chunk)
            if sent <= 0:
                raise OSError(f"{source.name} ended while being copied")
            done += sent
            if progress is not None:
                progress(done, total)


def _full_check_due(paths, today: date | None = None) -> bool:
    """True when no automatic backup of the last FULL_CHECK_DAYS days had the full check."""
    today = today or date.today()
    for path in automatic_backups(paths):
        try:
            day = date.fromisoformat(path.name[len(AUTO_PREFIX) : -len(SUFFIX)])
        except ValueError:
            continue
        if (today - day).days >= FULL_CHECK_DAYS:
            break  # newest first: the rest are older still
        try:
            if read_container(path).get("check", "full") == "full":
                return False
        except DamagedBackup:
            continue
    return True


def _create_private(path: Path) -> None:
    """An empty file only the user can read, before SQLite fills it (umask is not enough)."""
    os.close(
        os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    )


def verify_database(db_path: Path, data_key: bytes | bytearray, shown_as: Path) -> dict:
    """Integrity and cipher checks of a database file; raises DamagedBackup."""
    return _verified(lambda: connection.raw_connect(db_path, data_key, read_only=True), shown_as)


def _verified(
    connect,
    shown_as: Path,
    *,
    full: bool = True,
    abandon=None,
    authenticate: bool = True,
    walk: bool = True,
) -> dict:
    """verify_database on the read-only connection that `connect()` opens; `full=False`
    walks the structure with quick_check instead of integrity_check (every page is still
    authenticated by cipher_integrity_check). `authenticate=False` or `walk=False` leaves
    out the one or the other (a backup runs the two halves side by side). When `abandon`
    is set meanwhile, SQLite is interrupted and Abandoned raised."""
    try:
        conn = connect()
    except connection.DatabaseError:
        raise damaged_backup(
            shown_as,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the database does not open",
                )
            ),
        ) from None
    if abandon is not None:
        conn.set_progress_handler(lambda: 1 if abandon.is_set() else 0, _CHECK_STEPS)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        problems = []
        if authenticate:
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        if walk and not problems:
            check = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            problems = [r[0] for r in conn.execute(check) if r[0] != "ok"]
        if problems:
            raise damaged_backup(
                shown_as,
                errors.detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the database is damaged",
                    )
                ),
            )
        newcomers = conn.execute("SELECT count(*) FROM newcomer").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
        last = conn.execute("SELECT max(at) FROM audit").fetchone()[0]
    except connection.DatabaseError:
        _stop_if_abandoned(abandon)  # interrupted on request, not damaged
        raise damaged_backup(
            shown_as,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the database is damaged or does not match its key",
                )
            ),
        ) from None
    finally:
        conn.close()
    return {
        "schema_version": version,
        "newcomers": newcomers,
        "entries": entries,
        "last_change": last,
    }


def _open_for_writing(path: Path):
    """The one place a container file is created (tests inject write errors here)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


def write_container(
    target: Path, manifest: dict, members: dict, *, before_rename=None, abandon=None
) -> None:
    """Write manifest + members (bytes or a Path) to a temp file, read it back, rename it.

    `before_rename()` runs when the temp file is complete and read back; when it raises,
    the temp file is removed. When `abandon` is set while writing, Abandoned is raised."""
    manifest = dict(manifest, files={})
    digests = {}
    for name, source in members.items():
        digests[name] = _digest(source)
        manifest["files"][name] = digests[name]
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    with leftovers.tracked(tmp):
        _write_container_file(target, tmp, manifest, members, before_rename, abandon)
    durable_file.sync_folder(target.parent)


def _write_container_file(
    target: Path, tmp: Path, manifest: dict, members: dict, before_rename, abandon
) -> None:
    import zipfile

    try:
        with _open_for_writing(tmp) as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
                for name, source in members.items():
                    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
                    with archive.open(info, "w", force_zip64=True) as member:
                        if isinstance(source, Path):
                            with source.open("rb") as handle:
                                while chunk := handle.read(_CHUNK):
                                    member.write(chunk)
                                    _stop_if_abandoned(abandon)
                        else:
                            member.write(source)
            raw.flush()
            os.fsync(raw.fileno())
        _stop_if_abandoned(abandon)
        read_container(tmp, check=True)  # what is on disk is what we meant to write
        if before_rename is not None:
            before_rename()
        _stop_if_abandoned(abandon)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if connection.is_write_refused(exc):
            raise backup_disk_full(target) from None
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _digest(source) -> dict:
    sha = hashlib.sha256()
    size = 0
    if isinstance(source, Path):
        with source.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                sha.update(chunk)
                size += len(chunk)
    else:
        sha.update(source)
        size = len(source)
    return {"sha256": sha.hexdigest(), "size": size}


# --- reading ---------------------------------------------------------------------------


def read_container(path: Path, *, check: bool = False, extract_to: Path | None = None) -> dict:
    """The manifest of a backup file; with `check` every member's SHA-256 is verified, and
    with `extract_to` the members are written there (verified while writing)."""
    import zipfile

    path = Path(path)
    if not path.is_file():
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file does not exist",
                )
            ),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _parse_manifest(path, archive.read(MANIFEST))
            for name, expected in manifest["files"].items():
                if not (check or extract_to):
                    break
                _copy_member(path, archive, name, expected, extract_to)
    except (zipfile.BadZipFile, KeyError, EOFError, zipfile.LargeZipFile):
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "it is not a (complete) Sleutelapp backup",
                )
            ),
        ) from None
    return manifest


def _parse_manifest(path: Path, raw: bytes) -> dict:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or absurd numbers
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "its manifest is unreadable",
                )
            ),
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "it is not a Sleutelapp backup",
                )
            ),
        )
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "it comes from a newer Sleutelapp; update the app",
                )
            ),
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("sha256"), str) for v in files.values()
    ):
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "its manifest is incomplete",
                )
            ),
        )
    allowed = {DB_MEMBER, KEY_MEMBER, WAL_MEMBER}
    if not set(files) <= allowed:
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "it holds unknown files",
                )
            ),
        )
    return manifest


def _copy_member(path: Path, archive, name: str, expected: dict, folder: Path | None) -> None:
    sha = hashlib.sha256()
    out = None
    if folder is not None:
        fd = os.open(
            folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        out = os.fdopen(fd, "wb")
    try:
        with archive.open(name) as member:
            while chunk := member.read(_CHUNK):
                sha.update(chunk)
                if out is not None:
                    out.write(chunk)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    finally:
        if out is not None:
            out.close()
    if sha.hexdigest() != expected["sha256"]:
        raise damaged_backup(
            path,
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "{name} is damaged",
                ),
                name=name,
            ),
        )


def created_of(manifest: dict) -> datetime:
    try:
        return datetime.fromisoformat(manifest["created"])
    except (KeyError, TypeError, ValueError):
        return datetime.fromtimestamp(0).astimezone()


# --- automatic backups -----------------------------------------------------------------


def automatic_backups(paths) -> list[Path]:
    """The automatic backups in the backup folder, newest first."""
    if not paths.backups.is_dir():
        return []
    return sorted(paths.backups.glob(f"{AUTO_PREFIX}*{SUFFIX}"), reverse=True)


def automatic_backup(
    case,
    *,
    today: date | None = None,
    abandon: threading.Event | None = None,
    slow_copy: bool = True,
) -> Path | None:
    """At most one automatic backup per day, refreshed when something changed since.

    Called on close and by the GUI's daily timer. Keeps the last KEEP_AUTOMATIC days.
    Returns the file written, or None when today's backup was already up to date;
    raises Abandoned when `abandon` was set before it was complete (the older ones stay).
    """
    if case.read_only:
        return None  # a full data disk: no room, and the last backup is still there
    today = today or date.today()
    target = case.paths.backups / f"{AUTO_PREFIX}{today.isoformat()}{SUFFIX}"
    if target.exists() and _audit_seq_of(target) == _last_change_seq(case):
        return None
    case.paths.ensure()
    _remove_stale_parts(case.paths.backups)
    write_backup(
        case, target, chosen_by_user=False, today=today, abandon=abandon, slow_copy=slow_copy
    )
    case.audit.record("backup", "case", None)
    for old in automatic_backups(case.paths)[KEEP_AUTOMATIC:]:
        old.unlink(missing_ok=True)
    return target


def _audit_seq_of(path: Path) -> int | None:
    try:
        return read_container(path).get("audit_seq")
    except DamagedBackup:
        return None


def _last_change_seq(case) -> int:
    return int(
        case.query_one("SELECT coalesce(max(seq), 0) FROM audit WHERE action != 'backup'")[0]
    )


def _remove_stale_parts(folder: Path, older_than_s: float = 3600) -> None:
    """Temp files and staging folders of a backup interrupted by a power cut or a kill
    never got a final name; an hour later they are certainly not in use any more."""
    now = time.time()
    for part in [*folder.glob(".*.part"), *folder.glob(".backup-*")]:
        try:
            if now - part.stat().st_mtime <= older_than_s:
                continue
            if part.is_dir():
                shutil.rmtree(part, ignore_errors=True)
            else:
                part.unlink()
        except OSError:
            pass


def default_manual_target(paths) -> Path:
    return paths.backups / f"backup-{datetime.now():%Y-%m-%d-%H%M%S}{SUFFIX}"


def _app_version() -> str:
    from sleutelapp import __version__

    return __version__
