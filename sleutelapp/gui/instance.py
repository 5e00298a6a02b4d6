"""One running instance per data folder (design.md §5): a QLockFile on paths.lock.

Two windows on one case file would each hold their own view of the data and their own
auto-lock; the second start is refused with a message instead. A lock file that cannot
be written (a full disk, a read-only folder) is not another instance: the app starts
without it and says why, so the key person can still read and back up the case.

A start takes the lock on a thread (`PendingLock`) while Qt loads: QLockFile
syncs its file to disk (an fdatasync, 1–5 ms on a disk, more on a slow one), which need not
hold up the first page. The answer is awaited before any window is shown.
"""

from __future__ import annotations

import threading

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


class PendingLock:
    """The lock being taken on a thread; `result()` waits for what `acquire` answered."""

    def __init__(self, paths):
        # PySide makes a Qt class (and its enums) on its first use: here, on this thread,
        # so the taking thread only calls methods of a class that exists.
        _ = QLockFile.LockError.LockFailedError
        self._answer: list = []
        self._thread = threading.Thread(
            target=self._take, args=(paths,), name="sleutelapp-lock", daemon=True
        )
        self._thread.start()

    def _take(self, paths) -> None:
        try:
            self._answer.append(acquire(paths))
        except BaseException as exc:  # noqa: BLE001 - raised again by result()
            self._answer.append(exc)

    def result(self) -> QLockFile | UnwritableLock | None:
        self._thread.join()
        (answer,) = self._answer
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def release(self) -> None:
        """Give the lock back if it was taken (at the end of the app)."""
        self._thread.join()
        answer = self._answer[0] if self._answer else None
        if answer is not None and not isinstance(answer, BaseException):
            answer.unlock()
