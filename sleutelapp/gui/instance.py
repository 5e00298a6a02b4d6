"""One running instance per data folder (design.md §5): a QLockFile on paths.lock.

Two windows on one case file would each hold their own view of the data and their own
auto-lock; the second start is refused with a message instead.
"""

from __future__ import annotations

from PySide6.QtCore import QLockFile


def acquire(paths) -> QLockFile | None:
    """The held lock, or None when another running Sleutelapp holds it."""
    paths.data.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)  # a lock of a crashed process is detected by its pid instead
    if lock.tryLock(200):
        return lock
    stale = lock.error() == QLockFile.LockError.LockFailedError and lock.removeStaleLockFile()
    if stale and lock.tryLock(200):
        return lock
    return None
