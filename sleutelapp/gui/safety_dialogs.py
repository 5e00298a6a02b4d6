"""The safety net in the GUI: backup, restore, health check, erasure and retention
(design.md §4, §5). Each function is one user action started from a menu or at start-up;
slow work runs off the GUI thread via run_with_progress, and every write goes through
Operations (which tells the views what changed). The recovery key has its own module,
recovery_dialogs.py.

Texts are translated in the "SafetyDialogs" context. The prompts (file choosers, passphrase
question, confirmations) come from prompts.py, the seam the tests use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import format_date, format_moment
from sleutelapp.gui.operations import Operations

TITLE = "Sleutelapp"
BACKUP_FILTER = "Sleutelapp-backup (*.sleutelbackup)"


# --- backup and restore -----------------------------------------------------------------


def make_backup(parent: QWidget | None, case) -> bool:
    """ "Backup maken…": a verified backup to a chosen file, e.g. on a USB stick."""
    from sleutelapp.store import backup

    name = f"sleutelapp-backup-{date.today().isoformat()}{backup.SUFFIX}"
    path = prompts.save_path(
        parent,
        QCoreApplication.translate("SafetyDialogs", "Make a backup"),
        prompts.documents_folder() / name,
        BACKUP_FILTER,
    )
    if not path:
        return False
    operations = Operations.of(parent, case)
    ok, info = operations.run(
        parent,
        operations.make_backup,
        parent,
        QCoreApplication.translate("SafetyDialogs", "Making and checking the backup…"),
        Path(path),
    )
    if not ok:
        return False
    prompts.inform(
        parent,
        TITLE,
        QCoreApplication.translate("SafetyDialogs", "The backup was written and checked."),
        detail=f"{info.path}\n{info.describe(current_language())}",
    )
    return True


def restore_backup(parent: QWidget | None, paths) -> bool:
    """Restore a chosen backup: checked with its passphrase, described, confirmed; the
    current case file is kept as a backup first. The caller has closed its Case."""
    from sleutelapp.store import errors, restore
    from sleutelapp.store.backup import DamagedBackup

    restore.finish_interrupted_restore(paths)
    folder = paths.backups if paths.backups.is_dir() else prompts.documents_folder()
    path = prompts.open_path(
        parent,
        QCoreApplication.translate("SafetyDialogs", "Restore a backup"),
        folder,
        BACKUP_FILTER,
    )
    if not path:
        return False
    staged = None
    while staged is None:
        secret = prompts.ask_secret(
            parent,
            QCoreApplication.translate("SafetyDialogs", "Restore a backup"),
            QCoreApplication.translate(
                "SafetyDialogs", "Passphrase of this backup (or the recovery key):"
            ),
        )
        if secret is None:
            return False
        try:
            staged = run_with_progress(
                parent,
                QCoreApplication.translate("SafetyDialogs", "Checking the backup…"),
                _prepare_with_secret,
                paths,
                Path(path),
                secret,
            )
        except errors.WrongPassphrase as exc:
            prompts.show_error(parent, exc)  # ask again
        except DamagedBackup as exc:
            prompts.show_error(parent, exc)
            return False
        except (errors.CaseError, OSError) as exc:
            prompts.show_error(parent, exc)
            return False
    with staged:
        question = QCoreApplication.translate("SafetyDialogs", "Restore this backup?")
        detail = (
            staged.describe(current_language())
            + "\n\n"
            + QCoreApplication.translate(
                "SafetyDialogs",
                "The current case file is kept as a backup in the backup folder first.",
            )
        )
        if not prompts.confirm(
            parent,
            TITLE,
            question,
            QCoreApplication.translate("SafetyDialogs", "Restore"),
            detail=detail,
        ):
            return False
        operations = Operations.of(parent, None)  # the case is closed while restoring
        ok, kept = operations.run(
            parent,
            operations.restore_backup,
            parent,
            QCoreApplication.translate("SafetyDialogs", "Restoring the backup…"),
            staged,
        )
    if not ok:
        return False
    detail = (
        QCoreApplication.translate(
            "SafetyDialogs", "The previous case file was kept in {0}."
        ).format(kept)
        if kept
        else ""
    )
    prompts.inform(
        parent,
        TITLE,
        QCoreApplication.translate("SafetyDialogs", "The backup was restored."),
        detail=detail,
    )
    return True


def _prepare_with_secret(paths, path: Path, secret: str):
    """A recovery key looks like XXXX-XXXX-…; try it as one when the passphrase fails."""
    from sleutelapp.store import errors, restore

    try:
        return restore.prepare_restore(paths, path, secret)
    except errors.WrongPassphrase:
        if _looks_like_recovery_key(secret):
            return restore.prepare_restore(paths, path, recovery_key=secret)
        raise


def _looks_like_recovery_key(text: str) -> bool:
    from sleutelapp.store.keyfile import normalise_recovery_key

    return len(normalise_recovery_key(text)) == 32


def automatic_backup(case, abandon=None, *, in_background: bool = False) -> None:
    """On close and at most daily, without UI. A failing backup never stops closing; it is
    logged (without personal data) and tried again next time. When `abandon` (a
    threading.Event) is set meanwhile, the backup stops and leaves nothing behind.
    `in_background`: the key person is working meanwhile, so a backup that would have to
    copy page by page under the case's lock is left for the next hourly check."""
    from sleutelapp import applog
    from sleutelapp.store import backup
    from sleutelapp.store.errors import CaseError

    try:
        backup.automatic_backup(case, abandon=abandon, slow_copy=not in_background)
    except backup.Postponed:
        applog.setup(case.paths).info("automatic backup postponed: the file was busy")
    except backup.Abandoned:
        applog.setup(case.paths).info("automatic backup abandoned; the older ones stay")
    except (CaseError, OSError) as exc:
        if abandon is not None and abandon.is_set():
            return  # the case was closed under it (a lock): abandoned, not failed
        applog.setup(case.paths).warning("automatic backup failed: %s", type(exc).__name__)


# --- health check, erasure, retention ---------------------------------------------------


def health_check(parent: QWidget | None, case) -> None:
    ok, problems = prompts.handled(
        parent,
        run_with_progress,
        parent,
        QCoreApplication.translate("SafetyDialogs", "Checking the case file…"),
        case.integrity_problems,
    )
    if not ok:
        return
    if problems:
        prompts.inform(
            parent,
            TITLE,
            QCoreApplication.translate(
                "SafetyDialogs", "The case file has %n problem(s).", None, len(problems)
            ),
            detail=QCoreApplication.translate(
                "SafetyDialogs",
                "Make no more changes and restore a backup (Case > Restore backup). The current "
                "file is kept when you do.",
            ),
            warning=True,
        )
        return
    prompts.inform(
        parent,
        TITLE,
        QCoreApplication.translate(
            "SafetyDialogs", "All is well: the case file is intact and encrypted."
        ),
        detail=QCoreApplication.translate(
            "SafetyDialogs", "%n newcomer(s).", None, case.newcomers.count()
        ),
    )


def _disclosure_lines(disclosures) -> str:
    return "\n".join(
        f"• {format_moment(d.made_at[:10])}  {d.recipient or '-'}" for d in disclosures
    )


def erase_newcomer(parent: QWidget | None, case, newcomer_id: str) -> bool:
    """ "Wissen": confirm, erase every row of the newcomer, show whom to tell."""
    newcomer = case.newcomers.get(newcomer_id)
    shared = case.disclosures.for_newcomer(newcomer_id)
    detail = QCoreApplication.translate(
        "SafetyDialogs",
        "All data of this newcomer is erased for good, the search index included. This "
        "cannot be undone. Older backups still hold the data.",
    )
    if shared:
        from sleutelapp.gui.recipient_notice import disclosure_lines

        detail += "\n\n" + QCoreApplication.translate(
            "SafetyDialogs", "Shared before; tell these recipients that the data was erased:"
        )
        detail += "\n" + disclosure_lines(shared)
    if not prompts.confirm(
        parent,
        TITLE,
        QCoreApplication.translate("SafetyDialogs", "Erase {0}?").format(newcomer.display_name),
        QCoreApplication.translate("SafetyDialogs", "Erase for good"),
        detail=detail,
    ):
        return False
    operations = Operations.of(parent, case)
    ok, disclosures = operations.run(parent, operations.erase_newcomer, newcomer_id)
    if not ok:
        return False
    _tell_recipients(parent, disclosures or shared)
    return True


def _tell_recipients(parent, disclosures) -> None:
    if not disclosures:
        prompts.inform(parent, TITLE, QCoreApplication.translate("SafetyDialogs", "Erased."))
        return
    prompts.inform(
        parent,
        TITLE,
        QCoreApplication.translate(
            "SafetyDialogs",
            "Erased. This data was shared before; tell the recipients it was erased:",
        ),
        detail=_disclosure_lines(disclosures),
    )


def retention_check(parent: QWidget | None, case) -> bool:
    """Start-up: list who is past the retention period and erase them after confirmation."""
    from sleutelapp.store import retention

    due = retention.due(case)
    if not due:
        return False
    months = retention.retention_months(case)
    listing = "\n".join(
        QCoreApplication.translate("SafetyDialogs", "• {0} — closed {1}").format(
            n.display_name, format_date(n.closed_on)
        )
        for n in due
    )
    if not prompts.confirm(
        parent,
        TITLE,
        QCoreApplication.translate(
            "SafetyDialogs",
            "%n newcomer(s) closed more than {0} months ago: their data must be erased now.",
            None,
            len(due),
        ).format(months),
        QCoreApplication.translate("SafetyDialogs", "Erase now"),
        detail=listing
        + "\n\n"
        + QCoreApplication.translate(
            "SafetyDialogs", "If you cancel, the app asks again at the next start."
        ),
    ):
        return False
    confirmed = {n.id for n in due}
    operations = Operations.of(parent, case)
    ok, erased = operations.run(parent, operations.purge_retention, confirmed)
    if not ok:
        return False
    _tell_recipients(parent, [d for item in erased for d in item.disclosures])
    return bool(erased)
