"""Writing a file whole or not at all, and making a rename survive a power cut.

The one implementation for the key file, restore markers and every export: a hidden temp
file in the target folder is written, flushed to disk and renamed over the target, then the
folder itself is synced, so a crash, a full disk or a pulled USB stick never leaves half a
file under the final name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from sleutelapp.store import leftovers


def write_atomically(
    path: str | os.PathLike[str], data: bytes, *, case_file_part: bool = False, paths=None
) -> Path:
    """Write `data` to `path` atomically (temp file, fsync, rename, folder sync).

    Only the case file's own operations (`case_file_part=True`: the key file, a restore
    marker) may write into the data folder; anything else is an export and is refused
    there (store/export_target.py). `paths` (the case's AppPaths) also refuses its
    configured data, backup, log and config folders, wherever they are.
    """
    return write_chunks_atomically(path, (data,), case_file_part=case_file_part, paths=paths)


def write_chunks_atomically(
    path: str | os.PathLike[str],
    chunks: Iterable[bytes],
    *,
    case_file_part: bool = False,
    paths=None,
) -> Path:
    """`write_atomically` for a file made in pieces, so it is never whole in memory.

    `chunks` is consumed while the temp file is open; an error while making them (or
    writing them) leaves nothing under `path` and no temp file.
    """
    target = Path(path)
    if not case_file_part:
        from sleutelapp.store.export_target import refuse_protected_target

        refuse_protected_target(target, paths)
    temp_name = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")
    with leftovers.tracked(temp_name):  # a kill between here and the rename: next start
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp_name, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                for chunk in chunks:
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    sync_folder(target.parent)
    return target


def sync_folder(folder: Path) -> None:
    """Make renames in `folder` durable.

    POSIX: fsync the folder itself. Windows cannot open a folder as a file; NTFS journals
    the rename, and the file's own flush (above) is what it offers, so nothing is done there.
    """
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a file system that does not let folders be opened
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
