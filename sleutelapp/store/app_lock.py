"""Whether a running Sleutelapp window holds this data folder (design.md §5).

The app takes a QLockFile on `paths.lock` (gui/instance.py); its first line is the pid
of the holder. The command line reads it without Qt: while the app has the case open, a
command that changes the case file is refused, because the window keeps its own view
of the data (a newcomer erased under it, a passphrase changed under its next backup).
"""

from __future__ import annotations

import os

from sleutelapp.store import errors


def holder_pid(paths) -> int | None:
    """The pid of another live process holding the app lock, or None."""
    try:
        first_line = paths.lock.read_text(encoding="utf-8", errors="replace").split("\n")[0]
        pid = int(first_line.strip())
    except (OSError, ValueError):
        return None
    if pid == os.getpid() or pid <= 0:
        return None
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # a stale lock of a crashed app
    except PermissionError:
        pass  # alive, but another user's
    except OSError:
        return None
    return pid


def _windows_pid_alive(pid: int) -> int | None:
    """OpenProcess answers for a live pid on Windows (os.kill would terminate it)."""
    import ctypes

    process_query_limited_information = 0x1000
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return None
    kernel32.CloseHandle(handle)
    return pid


def refuse_while_app_is_open(paths) -> None:
    """Raise CaseLocked when the app has this case open in another process."""
    if holder_pid(paths) is None:
        return
    raise errors.CaseLocked(
        "Sleutelapp is geopend met dit dossier. Sluit de app (of vergrendel en sluit het "
        "venster) en probeer het opnieuw; er is niets veranderd. Alleen-lezen opdrachten "
        "zoals 'check' en 'newcomers' werken wel.",
        "Sleutelapp has this case file open. Close the app and try again; nothing was "
        "changed. Read-only commands such as 'check' and 'newcomers' still work.",
    )
