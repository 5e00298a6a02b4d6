"""Long work off the GUI thread, with a modal progress dialog (design.md §6).

`run_with_progress` is the one way the GUI runs slow work (backup, restore, big exports,
demo data): the window keeps painting, the user cannot start a second action meanwhile,
and an exception raised by the work is raised again in the GUI thread for the caller.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300  # quick work finishes without a flashing dialog


class _Worker(QThread):
    """Runs one call and keeps its result or exception for the GUI thread."""

    def __init__(self, fn, args):
        super().__init__()
        self._fn = fn
        self._args = args
        self.result = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn(*self._args)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, re-raised there
            self.error = exc


def run_with_progress(parent: QWidget | None, title: str, fn, *args):
    """Run `fn(*args)` in a worker thread while a busy dialog shows `title`; return its result.

    The caller's code continues after the work is done, as if `fn` had been called directly;
    events are processed meanwhile so the window never freezes. `fn` must not touch widgets.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setCancelButton(None)  # the work cannot be interrupted halfway safely
    dialog.setRange(0, 0)  # busy indicator: we cannot know how far the work is
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    worker = _Worker(fn, args)
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


class _StepWorker(_Worker):
    """A worker whose call reports (done, total); the signals reach the dialog queued."""

    total = Signal(int)
    done = Signal(int)

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.total.emit(max(total, 1))
            self.done.emit(done)

        try:
            self.result = self._fn(*self._args, progress=progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, re-raised there
            self.error = exc


def run_with_steps(parent: QWidget | None, title: str, fn, *args):
    """As `run_with_progress`, for work of countable steps: `fn(*args, progress=...)` calls
    `progress(done, total)` and the dialog shows how far it is ("3 of 12")."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setCancelButton(None)  # a report half-written is never registered; finish the set
    dialog.setRange(0, 0)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    worker = _StepWorker(fn, args)
    worker.total.connect(dialog.setMaximum)
    worker.done.connect(dialog.setValue)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
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
