"""Opening the encrypted database: classify what is on disk before any byte can change.

The order matters: a file is inspected read-only (size, header, key file, key check,
schema version) and only then opened read-write and migrated.
"""

from __future__ import annotations

import errno
from pathlib import Path

import sqlcipher3

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


def _key_pragma(data_key: bytes) -> str:
    # A raw key skips SQLCipher's own KDF: ours already ran (keyfile.py).
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def raw_connect(path: Path, data_key: bytes, *, read_only: bool = False):
    """A connection with the key set; nothing read yet.

    Read-only connections to a file without a WAL are opened immutable, so inspecting a
    file does not even create -wal/-shm files beside it.
    """
    mode = "rwc"
    if read_only:
        wal = path.with_name(path.name + "-wal")
        mode = "ro" if wal.exists() else "ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher otherwise prints to stderr
    conn.execute(_key_pragma(data_key))
    search.register_functions(conn)  # the name-key triggers call it
    return conn


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
            f"Er is nog geen dossierbestand in {db_path.parent}. Maak er een met 'sleutelapp init'"
            " of herstel een backup.",
            f"There is no case file in {db_path.parent} yet. Create one with 'sleutelapp init'"
            " or restore a backup.",
        ) from None
    if size == 0:
        raise errors.EmptyCaseFile(
            f"Het dossierbestand {db_path.name} is leeg (0 bytes). Het is niet aangeraakt; "
            "herstel een backup.",
            f"The case file {db_path.name} is empty (0 bytes). It was left untouched; "
            "restore a backup.",
        )
    with db_path.open("rb") as handle:
        head = handle.read(PAGE_SIZE)
    if head.startswith(SQLITE_MAGIC):
        raise errors.PlainSqliteFile(
            f"{db_path.name} is een onversleutelde SQLite-database, geen Sleutelapp-dossier. "
            "Het is niet aangeraakt; herstel een backup.",
            f"{db_path.name} is a plain (unencrypted) SQLite database, not a Sleutelapp case "
            "file. It was left untouched; restore a backup.",
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
        f"{db_path.name} is geen Sleutelapp-dossier maar een ander soort bestand{kind}. "
        "Het is niet aangeraakt; herstel een backup.",
        f"{db_path.name} is not a Sleutelapp case file but another kind of file{kind}. "
        "It was left untouched; restore a backup.",
    )


def damaged(db_path: Path, detail: str = "") -> errors.DamagedFile:
    extra = f" ({detail})" if detail else ""
    return errors.DamagedFile(
        f"Het dossierbestand {db_path.name} is beschadigd{extra}. Het is niet aangeraakt; "
        "herstel een backup.",
        f"The case file {db_path.name} is damaged{extra}. It was left untouched; restore a backup.",
    )


def verify_readable(db_path: Path, data_key: bytes) -> int:
    """Read page 1 with the key, read-only; returns the schema version (user_version)."""
    try:
        conn = raw_connect(db_path, data_key, read_only=True)
    except DatabaseError as exc:
        raise damaged(db_path, str(exc)) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except DatabaseError:
        # The key unwrapped correctly, so an unreadable page 1 means damage, not a wrong key.
        raise damaged(db_path) from None
    finally:
        conn.close()


_REFUSED_WRITES = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def is_write_refused(exc: BaseException) -> bool:
    """The disk would not take a write: full, a quota or file-size limit, or SQLite's
    'disk I/O error' for the same. All mean the same to the user: free some space."""
    if getattr(exc, "errno", None) in _REFUSED_WRITES:
        return True
    text = str(exc).lower()
    return "disk is full" in text or "disk full" in text or "disk i/o error" in text


def disk_full() -> errors.DiskFull:
    return errors.DiskFull(
        "Er kon niet naar de schijf worden geschreven (vol?): er is niets opgeslagen. Maak "
        "ruimte vrij en probeer het opnieuw.",
        "Could not write to the disk (full?): nothing was saved. Free some space and try again.",
    )
