"""Guard against a reference-count defect of PySide6 6.12 wheels on Python 3.11.

The 6.12 wheels are abi3 builds compiled with Python 3.12 headers, where None is immortal
and returning it needs no reference. Loaded by Python 3.11, every PySide6 call that returns
nothing (setText, processEvents, …) drops one reference to None; after a few thousand calls
Python aborts with "none_dealloc: deallocating None". On 3.11 we give None references enough
for any session, which makes it as immortal as 3.12 does. Nothing is done on 3.12 and later,
on other interpreters, or with PySide6 versions before 6.12.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # far more calls than any session makes
_applied = False


def needed() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        import PySide6
    except ImportError:
        return False
    major_minor = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    return major_minor >= (6, 12)


def apply() -> bool:
    """Make None effectively immortal when the defect applies; True when it did so."""
    global _applied
    if _applied or not needed():
        return _applied
    # ob_refcnt is the first field of every CPython object (Include/object.h).
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
    return True
