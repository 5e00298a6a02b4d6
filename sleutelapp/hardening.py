"""Process hardening at start: no core dump may carry the data key, the passphrase or names.

`harden_process()` runs first in `sleutelapp.cli.main` (the command line and the GUI alike):
- POSIX: RLIMIT_CORE 0, so a crash writes no core file;
- Linux: also prctl(PR_SET_DUMPABLE, 0), so systemd-coredump, a core pattern pipe or
  another process of the same user (ptrace, /proc/<pid>/mem) cannot read our memory;
- macOS: RLIMIT_CORE 0 covers it (there is no PR_SET_DUMPABLE; ptrace attach by others
  is governed by the hardened runtime of the bundle);
- Windows: SetErrorMode(SEM_NOGPFAULTERRORBOX) keeps Windows Error Reporting from
  offering a crash dump of the process. Dumps an administrator configured
  (LocalDumps in the registry) cannot be switched off from inside the process.
Every step is best effort: a platform that refuses one still runs the app.
"""

from __future__ import annotations

import contextlib
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002

_done = False


def harden_process() -> None:
    """Switch off core dumps for this process (idempotent, never raises)."""
    global _done
    if _done:
        return
    _done = True
    if os.name == "posix":
        _no_core_file()
    if sys.platform.startswith("linux"):
        _not_dumpable()
    elif os.name == "nt":
        _no_error_report_dump()


def _no_core_file() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def _libc():
    # The interpreter is linked against libc: its own symbols include prctl, and
    # ctypes.util (13 ms of imports) is not needed to find it.
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


def _not_dumpable() -> None:
    with contextlib.suppress(OSError, AttributeError):
        _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Linux: whether the process may dump core (for tests and the About page)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def _no_error_report_dump() -> None:
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
    except (OSError, AttributeError):
        pass
