"""Whether a process id (from a lock file) belongs to a running process, on every system.

POSIX asks with signal 0. Windows has no such signal (`os.kill(pid, 0)` there would end the
process), so it opens the process for a query and reads whether it has exited.
"""

from __future__ import annotations

import os
import sys

# Windows API constants (processthreadsapi.h, winerror.h).
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


def is_running(pid: int) -> bool:
    """True when `pid` is a running process (also one of another user), else False."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_is_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, but belongs to someone else
    return True


def _windows_is_running(pid: int, kernel32=None) -> bool:
    """OpenProcess + GetExitCodeProcess; `kernel32` is injectable for tests on other systems."""
    import ctypes

    kernel32 = kernel32 if kernel32 is not None else _kernel32()
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return kernel32.GetLastError() == ERROR_ACCESS_DENIED  # exists, may not be queried
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: assume it runs, so a restore is refused, not forced
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _kernel32():  # pragma: no cover - only on Windows
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        return kernel32
    raise OSError("the Windows process API exists only on Windows")
