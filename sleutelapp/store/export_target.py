"""Where an export may not go: into a data folder, over a case file, its key, WAL/SHM or a
backup (design.md §8, conventions.md 16).

`refuse_protected_target` is the one check every file-writing export passes through (the
atomic writer calls it, the command line calls it for every output argument before any
work, and a chosen backup target is checked with it). It looks at what is on disk, not
only at names, so it also holds for a data folder given as a symlink, in other letter
case, or for a backup kept on a USB stick.
"""

from __future__ import annotations

import os
from pathlib import Path

from sleutelapp.domain.phrase import Phrase
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors

# Names that belong to a case file; compared case-insensitively (Windows, macOS).
_CASE_FILE_NAMES = frozenset(
    {"case.db", "case.key", "case.db-wal", "case.db-shm", "case.db-journal", "case.lock"}
)
_BACKUP_SUFFIX = ".sleutelbackup"
_KEY_FILE_MARK = b'"sleutelapp-key"'
_BACKUP_MARK = b"sleutelapp-backup"
_SNIFF_BYTES = 64 * 1024


class ProtectedTarget(errors.CaseError):
    """An export was pointed at the case file, its folder or a backup; nothing was written."""

    code = "protected_target"


def refuse_protected_target(
    target: str | os.PathLike[str], paths=None, *, backup: bool = False
) -> None:
    """Raise ProtectedTarget when writing `target` could touch the case file or a backup.

    `paths` (AppPaths) adds the configured data, backup, log and config folders, which
    need not hold a case file yet; without it the folders are recognised by the case file
    inside them.
    `backup=True` is a backup chosen by the user: it may replace an older backup file of
    the user's own (on a USB stick), never anything in the data or backup folder.
    """
    given = Path(target).expanduser()
    for candidate in _spellings(given):
        reason = _reason(candidate, paths, backup)
        if reason is not None:
            raise _refused(given, reason)


def _spellings(path: Path) -> list[Path]:
    """The path as given (absolute) and with every symlink resolved."""
    absolute = Path(os.path.abspath(path))
    found = [absolute]
    try:
        resolved = absolute.resolve()
    except (OSError, RuntimeError):  # a symlink loop: judge the path as given
        return found
    if resolved != absolute:
        found.append(resolved)
    return found


def _reason(path: Path, paths, backup: bool) -> Phrase | None:
    if path.name.casefold() in _CASE_FILE_NAMES:
        return errors.detail(QT_TRANSLATE_NOOP("CaseError", "that is the name of a case file"))
    if not backup and path.name.casefold().endswith(_BACKUP_SUFFIX):
        return errors.detail(QT_TRANSLATE_NOOP("CaseError", "that is a backup file"))
    if _holds_case_data(path, backup):
        return errors.detail(QT_TRANSLATE_NOOP("CaseError", "a case file or a backup is there"))
    protected = _protected_folders(paths)
    for folder in [path, *path.parents]:
        if _is_case_folder(folder) or any(_same_folder(folder, p) for p in protected):
            return errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError", "that is the folder of the case file (or a folder inside it)"
                )
            )
    return None


def _protected_folders(paths) -> list[Path]:
    if paths is None:
        return []
    folders = (paths.data, paths.backups, paths.logs, paths.config)
    return [Path(os.path.abspath(p)) for p in folders]


def _is_case_folder(folder: Path) -> bool:
    try:
        return (folder / "case.key").is_file() or (folder / "case.db").is_file()
    except OSError:
        return False


def _same_folder(folder: Path, protected: Path) -> bool:
    if os.path.normcase(str(folder)).casefold() == os.path.normcase(str(protected)).casefold():
        return True
    try:
        return folder.exists() and protected.exists() and os.path.samefile(folder, protected)
    except OSError:
        return False


def _holds_case_data(path: Path, backup: bool) -> bool:
    """An existing file that is a key file or a backup container, whatever its name."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    if head.lstrip().startswith(b"{") and _KEY_FILE_MARK in head:
        return True
    return not backup and head.startswith(b"PK\x03\x04") and _BACKUP_MARK in head


def _refused(target: Path, why: Phrase) -> ProtectedTarget:
    return ProtectedTarget(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "Not written to {target}: {why}. An export may never touch the case "
            "file or its backups; choose another folder (for example Documents or a "
            "USB stick).",
        ),
        target=target,
        why=why,
    )
