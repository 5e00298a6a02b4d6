"""A little disk space held back for the disclosure register (design.md §4).

Every file that carries personal data out of the app is registered, and registering is a
write. On a full disk the case opens read-only (store/case.py), so an export could not be
registered and would have to be refused, just when the key person wants the data out.
`space-reserve` beside the case file is 1 MiB of zeros kept for that moment: releasing it
gives SQLite room for the register rows. It is made again on a later open with room.
"""

from __future__ import annotations

import os
from pathlib import Path

from sleutelapp.language import QT_TRANSLATE_NOOP

RESERVE_NAME = "space-reserve"
RESERVE_BYTES = 1 << 20
_CHUNK = 64 * 1024


def path_of(paths) -> Path:
    return Path(paths.data) / RESERVE_NAME


def ensure(paths) -> bool:
    """Make the reserve when it is missing (best effort); True when it is there."""
    target = path_of(paths)
    if target.exists():
        return True
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            zeros = bytes(_CHUNK)
            for _ in range(RESERVE_BYTES // _CHUNK):
                handle.write(zeros)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        target.unlink(missing_ok=True)  # no room for it now: try again next time
        return False
    return True


def release(paths) -> bool:
    """Free the reserve; True when there was one to free."""
    try:
        path_of(paths).unlink()
    except OSError:
        return False
    return True


def no_room_to_register():
    """The clear line when even the reserve is used up: nothing is exported."""
    from sleutelapp.store.errors import DiskFull

    return DiskFull(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "The disk of the case file is full. An export must be recorded in the "
            "disclosure register and there is no room for that: nothing was "
            "exported. Free some space and try again; 'check', 'newcomers' and "
            "'backup -o' still work.",
        ),
    )
