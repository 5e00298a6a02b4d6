"""Whether a running Sleutelapp window holds this data folder (design.md §5).

The app takes a QLockFile on `paths.lock` (gui/instance.py); its first line is the pid
of the holder. The command line reads it without Qt: while the app has the case open, a
command that changes the case file is refused, because the window keeps its own view
of the data (a newcomer erased under it, a passphrase changed under its next backup).
"""

from __future__ import annotations

import os

from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors, processes


def holder_pid(paths) -> int | None:
    """The pid of another live process holding the app lock, or None."""
    try:
        first_line = paths.lock.read_text(encoding="utf-8", errors="replace").split("\n")[0]
        pid = int(first_line.strip())
    except (OSError, ValueError):
        return None
    if pid == os.getpid() or not processes.is_running(pid):
        return None  # our own lock, or a stale one of a crashed app
    return pid


def refuse_while_app_is_open(paths) -> None:
    """Raise CaseLocked when the app has this case open in another process."""
    if holder_pid(paths) is None:
        return
    raise errors.CaseLocked(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "Sleutelapp has this case file open. Close the app and try again; "
            "nothing was changed. Read-only commands such as 'check' and "
            "'newcomers' still work.",
        ),
    )
