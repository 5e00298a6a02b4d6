"""Temporary files that a killed process would leave behind, and their cleaning.

A backup or export first writes a hidden temp file (0600) and renames it when complete;
the same operation removes it when it fails. A process killed in between cannot, so
before creating such a file it notes the file's path in the data folder
(`.pending-<pid>-<token>`), and removes the note when done. The next start (`sweep`,
run when a case is opened, after its passphrase is verified) removes every noted file
whose process is gone — also on a chosen target folder such as a USB stick, where
nothing else would ever look.

The journal folder is the process's data folder, set once by `install(paths)` at start
(the command line and the app). A note holds the temp file's path, which names the folder
and file the user chose (possibly after a newcomer), so it is sealed (AES-GCM) under a key
derived from the case's data key: the case sets it when unlocked (`use_key`) and takes it
away when closed, and the sweep, run after unlocking, opens the notes with it. Without a
journal folder or an unlocked case (library use, a restore before any unlock) tracking is
skipped and only the same-operation cleanup applies. A journal that cannot be written (a
full data disk) does not stop the operation: it is best effort, like the cleaning itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

NOTE_PREFIX = ".pending-"
_NONCE_BYTES = 12
_journal_folder: Path | None = None
_journal_key: bytes | None = None


def note_key(data_key: bytes | bytearray) -> bytes:
    """The key that seals the notes, derived from (and never equal to) the data key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

    return HKDFExpand(hashes.SHA256(), 32, b"sleutelapp leftover notes v1").derive(bytes(data_key))


def use_key(data_key: bytes | bytearray) -> None:
    """Seal this process's notes for the case just unlocked."""
    global _journal_key
    _journal_key = note_key(data_key)


def forget_key() -> None:
    global _journal_key
    _journal_key = None


def install(paths) -> None:
    """Use `paths.data` for this process's journal.

    It does not clean: `Case.open` sweeps once the passphrase is verified, so a wrong
    passphrase (or a command that opens no case) changes no file.
    """
    global _journal_folder
    _journal_folder = Path(paths.data)


def _is_ours(path: Path) -> bool:
    """Only files of the shape we create are ever removed from a folder of the user."""
    name = path.name
    return name.startswith(".") and (name.endswith(".part") or name.startswith(".backup-"))


@contextmanager
def tracked(path: str | os.PathLike[str]) -> Iterator[None]:
    """Note `path` (a temp file or staging folder about to be made) for the next start."""
    note = _note(Path(path))
    try:
        yield
    finally:
        if note is not None:
            with suppress(OSError):
                note.unlink()


def _note(path: Path) -> Path | None:
    if _journal_folder is None or _journal_key is None or not _is_ours(path):
        return None
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = f"{NOTE_PREFIX}{os.getpid()}-{os.urandom(6).hex()}"
    note = _journal_folder / name
    nonce = os.urandom(_NONCE_BYTES)
    plain = str(Path(os.path.abspath(path))).encode("utf-8")
    sealed = nonce + AESGCM(_journal_key).encrypt(nonce, plain, name.encode("ascii"))
    try:
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
    except OSError:
        with suppress(OSError):
            note.unlink()
        return None
    return note


def sweep(paths, data_key: bytes | bytearray) -> int:
    """Remove what processes that are gone left behind; returns how many were removed.
    A note that this case's key does not open (another case file's, damaged) is removed
    without touching anything it might name."""
    try:
        notes = list(Path(paths.data).glob(f"{NOTE_PREFIX}*"))
    except OSError:
        return 0
    key = note_key(data_key) if notes else b""
    removed = 0
    for note in notes:
        pid_text = note.name[len(NOTE_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        left = _read_note(note, key)
        if left is not None and _is_ours(left):
            removed += _remove(left)
        with suppress(OSError):
            note.unlink()
    return removed


def _read_note(note: Path, key: bytes) -> Path | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        sealed = note.read_bytes()
        plain = AESGCM(key).decrypt(
            sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], note.name.encode("ascii")
        )
        return Path(plain.decode("utf-8"))
    except (OSError, ValueError, InvalidTag, UnicodeError):
        return None


def _remove(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            import shutil

            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink()
        else:
            return 0
    except OSError:
        return 0
    return 1


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # our own notes are of operations still running
    from sleutelapp.store import processes

    return processes.is_running(pid)
