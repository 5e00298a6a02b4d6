"""Temporary files that a killed process would leave behind, and their cleaning.

A backup or export first writes a hidden temp file (0600) and renames it when complete;
the same operation removes it when it fails. A process killed in between cannot, so
before creating such a file it notes the file's path in the data folder
(`.pending-<pid>-<token>`), and removes the note when done. The next start (`sweep`,
run when a case is opened, after its passphrase is verified) removes every noted file
whose process is gone — also on a chosen target folder such as a USB stick, where
nothing else would ever look.

The journal folder is the process's data folder, set once by `install(paths)` at start
(the command line and the app). Without it (library use) tracking is skipped and only the
same-operation cleanup applies. A journal that cannot be written (a full data disk) does
not stop the operation: it is best effort, like the cleaning itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

NOTE_PREFIX = ".pending-"
_journal_folder: Path | None = None


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
    if _journal_folder is None or not _is_ours(path):
        return None
    note = _journal_folder / f"{NOTE_PREFIX}{os.getpid()}-{os.urandom(6).hex()}"
    try:
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(str(Path(os.path.abspath(path))))
    except OSError:
        with suppress(OSError):
            note.unlink()
        return None
    return note


def sweep(paths) -> int:
    """Remove what processes that are gone left behind; returns how many were removed."""
    try:
        notes = list(Path(paths.data).glob(f"{NOTE_PREFIX}*"))
    except OSError:
        return 0
    removed = 0
    for note in notes:
        pid_text = note.name[len(NOTE_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        try:
            left = Path(note.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            left = None
        if left is not None and _is_ours(left):
            removed += _remove(left)
        with suppress(OSError):
            note.unlink()
    return removed


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
