"""The open case of this window, locking, and auto-lock by the wall clock (design.md §5).

`Session` is the only holder of the unlocked `Case`. Locking closes the connection (the
data key leaves memory) and tells the window, which clears every model and shows the
unlock screen. The idle check compares wall-clock times, so a laptop that slept past the
limit is locked the moment its timer fires again after waking.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

CHECK_INTERVAL_MS = 5_000
_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
}


class Session(QObject):
    """The unlocked case (or None) and the idle timer that locks it."""

    opened = Signal()
    locked = Signal()

    def __init__(self, paths, parent=None, *, clock=time.time):
        super().__init__(parent)
        self.paths = paths
        self.case = None
        self.is_demo = False
        self.autolock_minutes = 10
        self._clock = clock
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_idle)

    @property
    def is_open(self) -> bool:
        return self.case is not None and self.case.is_open

    def open(self, case, *, demo: bool = False) -> None:
        self.case = case
        self.is_demo = demo
        self.autolock_minutes = int(case.settings.get("autolock_minutes"))
        self.touch()
        self._timer.start()
        self.opened.emit()

    def lock(self) -> None:
        """Close the case and tell the window; does nothing when already locked."""
        if self.case is None:
            return
        self._timer.stop()
        self.locked.emit()  # the window saves drafts and clears models while data is there
        case, self.case = self.case, None
        case.close()

    def stop_idle_lock(self) -> None:
        """No idle lock from now on (the window is closing: its close-time backup must not
        have the case closed under it; closing locks it anyway)."""
        self._timer.stop()

    def close(self) -> None:
        """Close for good (quitting): same as lock, without asking for the passphrase again."""
        self.lock()

    # --- idle --------------------------------------------------------------------------

    def touch(self) -> None:
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check_idle(self) -> None:
        # A clock set backwards counts as activity rather than locking at random.
        if self.idle_seconds() < 0:
            self.touch()
        elif self.is_open and self.idle_seconds() >= self.autolock_minutes * 60:
            self.lock()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _USER_INPUT:
            self._last_input = self._clock()
        return False
