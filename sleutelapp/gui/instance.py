"""One running instance per data folder (design.md §5): a QLockFile on paths.lock.

Two windows on one case file would each hold their own view of the data and their own
auto-lock; the second start is refused with a message instead. A lock file that cannot
be written (a full disk, a read-only folder) is not another instance: the app starts
without it and says why, so the key person can still read and back up the case.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLockFile


class UnwritableLock:
    """Stands in for the lock when the lock file cannot be written."""

    def unlock(self) -> None:
        pass

    @staticmethod
    def message() -> str:
        return QCoreApplication.translate(
            "instance",
            "The disk of your data folder is full (or cannot be written): Sleutelapp "
            "opens, but cannot save changes. Free some space and start Sleutelapp again.",
        )


def acquire(paths) -> QLockFile | UnwritableLock | None:
    """The held lock, UnwritableLock when it cannot be written, or None when another
    running Sleutelapp holds it."""
    try:
        paths.data.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return UnwritableLock()
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)  # a lock of a crashed process is detected by its pid instead
    if lock.tryLock(200):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return UnwritableLock()  # PermissionError or UnknownError: could not write it
    if lock.removeStaleLockFile() and lock.tryLock(200):
        return lock
    if lock.error() not in (QLockFile.LockError.LockFailedError, QLockFile.LockError.NoError):
        return UnwritableLock()
    return None
