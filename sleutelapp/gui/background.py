"""Long work off the GUI thread, with a modal progress dialog (design.md §6).

`run_with_progress` is the one way the GUI runs slow work (backup, restore, big exports,
demo data): the window keeps painting, the user cannot start a second action meanwhile,
and an exception raised by the work is raised again in the GUI thread for the caller.
`run_abandonable` is the same for work that can stop safely halfway (the close-time
backup): its note has a cancel button. `InBackground` runs such work with no dialog at
all while the user goes on working (the daily backup), and can be stopped.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300  # quick work finishes without a flashing dialog


def _show_after_a_moment(dialog: QProgressDialog, parent: QWidget | None) -> None:
    """A busy note that appears SHOW_AFTER_MS after it was made (unless closed before)."""
    dialog.setRange(0, 0)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)  # Qt restarts its show timer only when the value is at its minimum
    dialog.setMinimumDuration(SHOW_AFTER_MS)


class _Worker(QThread):
    """Runs one call and keeps its result or exception for the GUI thread; `kwargs` are
    what the kind of work hands the call (a progress callback, an abandon event)."""

    def __init__(self, fn, args, kwargs=None):
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs or {}
        self.result = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, re-raised there
            self.error = exc


def _note(parent: QWidget | None, title: str, cancel_text: str | None = None) -> QProgressDialog:
    """The progress note of a piece of work; without `cancel_text` it cannot be cancelled."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    if cancel_text is None:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(cancel_text)
    _show_after_a_moment(dialog, parent)  # busy indicator until the work says how far it is
    return dialog


def _wait_for(worker: _Worker, dialog: QProgressDialog):
    """Run the worker while events are processed (the window keeps painting), then close
    the note; return the call's result or raise what it raised, in the GUI thread."""
    loop = QEventLoop()
    worker.finished.connect(loop.quit)  # queued to this thread: no race with exec()
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    error, result = worker.error, worker.result
    worker.deleteLater()
    if error is not None:
        raise error
    return result


def run_with_progress(parent: QWidget | None, title: str, fn, *args):
    """Run `fn(*args)` in a worker thread while a busy dialog shows `title`; return its result.

    The caller's code continues after the work is done, as if `fn` had been called directly;
    events are processed meanwhile so the window never freezes. `fn` must not touch widgets.
    The work cannot be interrupted halfway safely, so the note has no cancel button.
    """
    return _wait_for(_Worker(fn, args), _note(parent, title))


class _StepWorker(_Worker):
    """A worker whose call reports (done, total); the signals reach the dialog queued."""

    total = Signal(int)
    done = Signal(int)

    def __init__(self, fn, args):
        super().__init__(fn, args, {"progress": self._progress})

    def _progress(self, done: int, total: int) -> None:
        self.total.emit(max(total, 1))
        self.done.emit(done)


def run_with_steps(parent: QWidget | None, title: str, fn, *args):
    """As `run_with_progress`, for work of countable steps: `fn(*args, progress=...)` calls
    `progress(done, total)` and the dialog shows how far it is ("3 of 12"). A report
    half-written is never registered, so the set is finished: no cancel button."""
    dialog = _note(parent, title)
    worker = _StepWorker(fn, args)
    worker.total.connect(dialog.setMaximum)
    worker.done.connect(dialog.setValue)
    return _wait_for(worker, dialog)


class _AbandonableWorker(_Worker):
    """A worker whose call takes `abandon`, an event it looks at between its steps."""

    def __init__(self, fn, args):
        abandon = threading.Event()
        super().__init__(fn, args, {"abandon": abandon})
        self.abandon = abandon


def run_abandonable(parent: QWidget | None, title: str, cancel_text: str, fn, *args):
    """As `run_with_progress`, for work that stops safely halfway: `fn(*args, abandon=...)`
    stops at its next step once the event is set, which the note's cancel button
    (`cancel_text`) does. Returns what `fn` returned or raises what it raised."""
    dialog = _note(parent, title, cancel_text)
    worker = _AbandonableWorker(fn, args)
    dialog.canceled.connect(worker.abandon.set)
    dialog.rejected.connect(worker.abandon.set)  # closed by code (a lock) as by its button
    return _wait_for(worker, dialog)


class InBackground(QObject):
    """Work that runs while the user goes on working, with no dialog: `fn(*args,
    abandon=...)`. `done` is emitted in the GUI thread when it has ended; `stop()` asks
    it to stop and waits until it has (it stops at its next step)."""

    done = Signal()

    def __init__(self, parent: QObject | None, fn, *args):
        super().__init__(parent)
        self._worker = _AbandonableWorker(fn, args)
        self._worker.finished.connect(self._finished)

    def start(self) -> None:
        self._worker.start()

    @property
    def running(self) -> bool:
        return self._worker.isRunning()

    def stop(self) -> None:
        self._worker.abandon.set()
        self._worker.wait()

    def _finished(self) -> None:
        error = self._worker.error
        self.done.emit()
        if error is not None:
            raise error  # a bug: the unhandled-error dialog shows it
