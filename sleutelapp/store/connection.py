"""Opening the encrypted database: classify what is on disk before any byte can change.

The order matters: a file is inspected read-only (size, header, key file, key check,
schema version) and only then opened read-write and migrated.
"""

from __future__ import annotations

import errno
import functools
import unicodedata
from pathlib import Path

import sqlcipher3

from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors, search

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4 default
_FOREIGN_MAGIC = {
    b"\x89PNG": "PNG",
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
}
# One byte is no proof: an encrypted file starts with a random salt, and 3 in 256 of them
# begin with one of these. They only name the kind of a file that looks like text anyway.
_TEXT_STARTS = {b"{": "JSON", b"[": "JSON", b"<": "XML/HTML"}

DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
IntegrityError = sqlcipher3.IntegrityError


def _key_pragma(data_key: bytes | bytearray) -> str:
    # A raw key skips SQLCipher's own KDF: ours already ran (keyfile.py).
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def raw_connect(path: Path, data_key: bytes | bytearray, *, read_only: bool = False):
    """A connection with the key set; nothing read yet.

    Read-only connections to a file without a WAL are opened immutable, so inspecting a
    file does not even create -wal/-shm files beside it.
    """
    mode = "rwc"
    if read_only:
        # An empty WAL holds nothing to read, and on a full disk its -shm may not even be
        # creatable: read such a file as immutable too.
        mode = "ro" if _wal_has_content(path) else "ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher otherwise prints to stderr
    conn.execute(_key_pragma(data_key))
    conn.create_collation(NAME_COLLATION, _compare_names)
    search.register_functions(conn)  # the name-key triggers call it
    return conn


def _wal_has_content(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


NAME_COLLATION = "name"  # ORDER BY … COLLATE name: people's names as a reader sorts them

# Letters that Unicode does not decompose into a base letter plus accent.
_BASE_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)


@functools.lru_cache(maxsize=8192)  # SQLite compares each name many times per sort
def name_sort_key(name: str) -> tuple[str, str]:
    """Özge between Omar and Pieter, not after Yara: accents and case count only to break
    a tie (as in a Dutch phone book); the byte order of UTF-8 would put every accented
    letter after z."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_BASE_LETTERS))
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold(), name.casefold()


def _compare_names(a: str, b: str) -> int:
    key_a, key_b = name_sort_key(a), name_sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


def configure(conn) -> None:
    """Durability and privacy settings for a read-write connection (design.md §5)."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    conn.execute("PRAGMA busy_timeout = 5000")
    # Decrypting pages dominates search time; keep 32 MB of decrypted pages in memory.
    conn.execute("PRAGMA cache_size = -32768")


def inspect_file(db_path: Path) -> None:
    """Raise the matching error when the file cannot be an encrypted case file."""
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        raise errors.NoCaseFile(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "There is no case file in {parent} yet. Create one with 'sleutelapp "
                "init' or restore a backup.",
            ),
            parent=db_path.parent,
        ) from None
    if size == 0:
        raise errors.EmptyCaseFile(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The case file {name} is empty (0 bytes). It was left untouched; restore a backup.",
            ),
            name=db_path.name,
        )
    with db_path.open("rb") as handle:
        head = handle.read(PAGE_SIZE)
    if head.startswith(SQLITE_MAGIC):
        raise errors.PlainSqliteFile(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "{name} is a plain (unencrypted) SQLite database, not a Sleutelapp case "
                "file. It was left untouched; restore a backup.",
            ),
            name=db_path.name,
        )
    for magic, what in _FOREIGN_MAGIC.items():
        if head.startswith(magic):
            raise _foreign(db_path, what)
    if _looks_structured(head):
        kind = next(
            (what for start, what in _TEXT_STARTS.items() if head.startswith(start)), "unknown"
        )
        raise _foreign(db_path, kind)
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise damaged(db_path, "truncated")


def _looks_structured(head: bytes) -> bool:
    """Encrypted pages look random; text and most file formats do not."""
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13))
    if printable > 0.85 * len(head):
        return True
    return len(head) >= 1024 and len(set(head)) < 160


def _foreign(db_path: Path, what: str) -> errors.ForeignFile:
    kind = "" if what == "unknown" else f" ({what})"
    return errors.ForeignFile(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "{name} is not a Sleutelapp case file but another kind of file{kind}. "
            "It was left untouched; restore a backup.",
        ),
        name=db_path.name,
        kind=kind,
    )


def damaged(db_path: Path, detail: str = "") -> errors.DamagedFile:
    extra = f" ({detail})" if detail else ""
    return errors.DamagedFile(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "The case file {name} is damaged{extra}. It was left untouched; restore a backup.",
        ),
        name=db_path.name,
        extra=extra,
    )


def verify_readable(db_path: Path, data_key: bytes | bytearray) -> int:
    """Read page 1 with the key, read-only; returns the schema version (user_version)."""
    try:
        conn = raw_connect(db_path, data_key, read_only=True)
    except DatabaseError as exc:
        if is_write_refused(exc):
            raise disk_full_on_open() from None
        raise damaged(db_path, str(exc)) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except DatabaseError as exc:
        if is_write_refused(exc):
            raise disk_full_on_open() from None
        # The key unwrapped, so either page 1 is damaged or the key file is another
        # case file's: damage rarely hits every page, a key of another case fails them all.
        if _no_page_fits(conn, db_path):
            raise errors.KeyFileProblem(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "The key file case.key does not belong to {name}: it opens another case "
                    "file. Put the right case.key back or restore a backup; nothing was "
                    "touched.",
                ),
                name=db_path.name,
            ) from None
        raise damaged(db_path) from None
    finally:
        conn.close()


def _no_page_fits(conn, db_path: Path) -> bool:
    """True when the key authenticates none of the file's pages (two or more)."""
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        pages = db_path.stat().st_size // PAGE_SIZE
    except (DatabaseError, OSError):
        return False
    return pages >= 2 and len(failures) >= pages


_REFUSED_WRITES = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def is_write_refused(exc: BaseException) -> bool:
    """The disk would not take a write: full, a quota or file-size limit, or SQLite's
    'disk I/O error' for the same. All mean the same to the user: free some space."""
    if getattr(exc, "errno", None) in _REFUSED_WRITES:
        return True
    text = str(exc).lower()
    return "disk is full" in text or "disk full" in text or "disk i/o error" in text


def disk_full_on_open() -> errors.DiskFull:
    return errors.DiskFull(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "The disk is full: Sleutelapp cannot open the case file for writing "
            "now. The case file is not damaged. Free some space (delete or move "
            "files) and try again.",
        ),
    )


def disk_full() -> errors.DiskFull:
    return errors.DiskFull(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "Could not write to the disk (full?): nothing was saved. Free some "
            "space and try again.",
        ),
    )
