"""The safety net in the GUI: backup, restore, recovery key, health check, erasure and
retention (design.md §4, §5). Each function is one user action started from a menu, the
unlock screen or start-up; slow work runs off the GUI thread via run_with_progress.

Texts are nl/en pairs (Dutch first) picked by the UI language. The prompts (file choosers,
passphrase question, confirmations) are small module functions, the seam the tests use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.errors import show_case_error
from sleutelapp.gui.labels import pick

TITLE = "Sleutelapp"
BACKUP_FILTER = "Sleutelapp-backup (*.sleutelbackup)"


# --- prompts (the seam for tests) -------------------------------------------------------

def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _save_path(parent, title: str, suggested: Path, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return path or None


def _open_path(parent, title: str, folder: Path, file_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return path or None


def _ask_secret(parent, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def _confirm(parent, title: str, text: str, yes: str, *, detail: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if detail:
        box.setInformativeText(detail)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(pick("Annuleren", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept


def _inform(parent, title: str, text: str, *, detail: str = "", warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def _handled(parent, fn, *args):
    """Run fn; a known error is shown and gives (False, None)."""
    from sleutelapp.store.errors import CaseError

    try:
        return True, fn(*args)
    except (CaseError, OSError) as exc:
        show_case_error(parent, exc)
        return False, None


# --- backup and restore -----------------------------------------------------------------

def make_backup(parent: QWidget | None, case) -> bool:
    """"Backup maken…": a verified backup to a chosen file, e.g. on a USB stick."""
    from sleutelapp.store import backup

    suggested = _documents() / f"sleutelapp-backup-{date.today().isoformat()}{backup.SUFFIX}"
    path = _save_path(parent, pick("Backup maken", "Make a backup"), suggested, BACKUP_FILTER)
    if not path:
        return False
    ok, info = _handled(parent, run_with_progress, parent,
                        pick("Backup maken en controleren…", "Making and checking the backup…"),
                        backup.write_backup, case, Path(path))
    if not ok:
        return False
    case.audit.record("backup", "case", None)
    _inform(parent, TITLE, pick("De backup is geschreven en gecontroleerd.",
                                "The backup was written and checked."),
            detail=f"{info.path}\n{info.describe(_language())}")
    return True


def _language() -> str:
    return pick("nl", "en")


def restore_backup(parent: QWidget | None, paths) -> bool:
    """Restore a chosen backup: checked with its passphrase, described, confirmed; the
    current case file is kept as a backup first. The caller has closed its Case."""
    from sleutelapp.store import errors, restore
    from sleutelapp.store.backup import DamagedBackup

    restore.finish_interrupted_restore(paths)
    folder = paths.backups if paths.backups.is_dir() else _documents()
    path = _open_path(parent, pick("Backup terugzetten", "Restore a backup"), folder,
                      BACKUP_FILTER)
    if not path:
        return False
    staged = None
    while staged is None:
        secret = _ask_secret(parent, pick("Backup terugzetten", "Restore a backup"), pick(
            "Wachtzin van deze backup (of de herstelsleutel):",
            "Passphrase of this backup (or the recovery key):"))
        if secret is None:
            return False
        try:
            staged = run_with_progress(parent, pick("Backup controleren…", "Checking the backup…"),
                                       _prepare_with_secret, paths, Path(path), secret)
        except errors.WrongPassphrase as exc:
            show_case_error(parent, exc)  # ask again
        except DamagedBackup as exc:
            show_case_error(parent, exc)
            return False
        except (errors.CaseError, OSError) as exc:
            show_case_error(parent, exc)
            return False
    with staged:
        question = pick("Deze backup terugzetten?", "Restore this backup?")
        detail = staged.describe(_language()) + "\n\n" + pick(
            "Het huidige dossier wordt eerst als backup bewaard in de backupmap.",
            "The current case file is kept as a backup in the backup folder first.")
        if not _confirm(parent, TITLE, question, pick("Terugzetten", "Restore"), detail=detail):
            return False
        ok, kept = _handled(parent, run_with_progress, parent,
                            pick("Backup terugzetten…", "Restoring the backup…"), staged.commit)
    if not ok:
        return False
    detail = pick(f"Het vorige dossier is bewaard in {kept}.",
                  f"The previous case file was kept in {kept}.") if kept else ""
    _inform(parent, TITLE, pick("De backup is teruggezet.", "The backup was restored."),
            detail=detail)
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


def automatic_backup(case) -> None:
    """On close and at most daily, without UI. A failing backup never stops closing; it is
    logged (without personal data) and tried again next time."""
    from sleutelapp import applog
    from sleutelapp.store import backup
    from sleutelapp.store.errors import CaseError

    try:
        backup.automatic_backup(case)
    except (CaseError, OSError) as exc:
        applog.setup(case.paths).warning("automatic backup failed: %s", type(exc).__name__)


# --- recovery key -----------------------------------------------------------------------

class RecoveryDialog(QDialog):
    """"Wachtzin vergeten?": the recovery key and a new passphrase (twice)."""

    def __init__(self, parent, paths):
        super().__init__(parent)
        from sleutelapp.gui.strength_hint import strength_text

        self.paths = paths
        self.new_passphrase: str | None = None
        self.setWindowTitle(pick("Wachtzin vergeten", "Forgot passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(pick(
            "Typ de herstelsleutel van het herstelblad dat bij het maken van dit dossier is "
            "afgedrukt, en kies een nieuwe wachtzin.",
            "Type the recovery key from the recovery sheet printed when this case file was "
            "made, and choose a new passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(pick("&Herstelsleutel", "&Recovery key"), self.key_edit)
        form.addRow(pick("&Nieuwe wachtzin", "&New passphrase"), self.new_edit)
        form.addRow(pick("&Nog een keer", "&Repeat"), self.repeat_edit)
        layout.addLayout(form)
        self.strength_label = QLabel(strength_text(""))
        self.strength_label.setWordWrap(True)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b1c1f;")
        layout.addWidget(self.strength_label)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(pick("Nieuwe wachtzin instellen", "Set new passphrase"),
                          QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(pick("Annuleren",
                                                                            "Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new_edit.textChanged.connect(
            lambda text: self.strength_label.setText(strength_text(text)))
        self.setMinimumWidth(520)

    def try_accept(self) -> None:
        from sleutelapp.gui.strength_hint import refusal
        from sleutelapp.store.errors import CaseError

        new = self.new_edit.text()
        problem = refusal(new)
        if problem is None and new != self.repeat_edit.text():
            problem = pick("De twee wachtzinnen zijn niet gelijk.",
                           "The two passphrases are not the same.")
        if problem:
            self.error_label.setText(problem)
            return
        try:
            run_with_progress(self, pick("Nieuwe wachtzin instellen…", "Setting the new "
                                         "passphrase…"), _rewrap, self.paths,
                              self.key_edit.text(), new)
        except CaseError as exc:
            from sleutelapp.gui.errors import error_text

            self.error_label.setText(error_text(exc))
            return
        self.new_passphrase = new
        self.accept()


def _rewrap(paths, recovery_key: str, new_passphrase: str) -> None:
    from sleutelapp.store.case import Case
    from sleutelapp.store.restore import finish_interrupted_restore

    finish_interrupted_restore(paths)
    with Case.open(paths, recovery_key=recovery_key) as case:
        case.change_passphrase(new_passphrase)


def recover_with_recovery_key(parent: QWidget | None, paths) -> str | None:
    """Unlock screen "Wachtzin vergeten?": returns the new passphrase, or None."""
    dialog = RecoveryDialog(parent, paths)
    dialog.exec()
    return dialog.new_passphrase


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with copy, print-to-PDF and "written down"."""

    def __init__(self, parent, recovery_key: str, settings: dict):
        super().__init__(parent)
        self._key = recovery_key
        self._settings = settings
        self.setWindowTitle(pick("Nieuwe herstelsleutel", "New recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(pick(
            "Dit is de nieuwe herstelsleutel. Hij wordt maar één keer getoond. Druk het "
            "herstelblad af of schrijf de sleutel op en geef hem aan uw organisatie. De oude "
            "herstelsleutel werkt niet meer voor dit dossier (wel nog voor oudere backups).",
            "This is the new recovery key. It is shown only once. Print the recovery sheet "
            "or write the key down and give it to your organisation. The old recovery key no "
            "longer opens this case file (it still opens older backups)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(15)
        self.key_label.setFont(mono)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #9aa0a6;")
        self.key_label.setTextInteractionFlags(
            self.key_label.textInteractionFlags() | self.key_label.textInteractionFlags().
            TextSelectableByMouse)
        layout.addWidget(self.key_label)
        self.print_button = QPushButton(pick("Afdrukken/Opslaan als PDF…",
                                             "Print/Save as PDF…"))
        self.copy_button = QPushButton(pick("Kopiëren", "Copy"))
        self.print_button.clicked.connect(self.save_sheet)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self._key))
        layout.addWidget(self.print_button)
        layout.addWidget(self.copy_button)
        self.written_check = QCheckBox(pick("Ik heb de herstelsleutel opgeschreven of "
                                            "afgedrukt", "I wrote down or printed the "
                                            "recovery key"))
        layout.addWidget(self.written_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(pick("Klaar", "Done"))
        self.ok_button.setEnabled(False)
        self.written_check.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def save_sheet(self) -> bool:
        from sleutelapp.exports.recovery_sheet import write_recovery_sheet

        path = _save_path(self, pick("Herstelblad opslaan", "Save the recovery sheet"),
                          _documents() / pick("herstelsleutel.pdf", "recovery-key.pdf"),
                          "PDF (*.pdf)")
        if not path:
            return False
        ok, _ = _handled(self, write_recovery_sheet, path, self._key, self._settings)
        return ok

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: forget the key
        self._key = ""
        self.key_label.clear()
        super().done(result)


def new_recovery_key(parent: QWidget | None, case) -> bool:
    """Settings "Nieuwe herstelsleutel": after the passphrase, replace and show it once."""
    from sleutelapp.store.errors import WrongPassphrase
    from sleutelapp.store.keyfile import KeyFile

    passphrase = _ask_secret(parent, pick("Nieuwe herstelsleutel", "New recovery key"), pick(
        "Typ uw wachtzin om een nieuwe herstelsleutel te maken:",
        "Type your passphrase to make a new recovery key:"))
    if passphrase is None:
        return False
    try:
        matches = run_with_progress(parent, pick("Wachtzin controleren…", "Checking…"),
                                    KeyFile.read(case.paths.key).unlock, passphrase)
    except WrongPassphrase as exc:
        show_case_error(parent, exc)
        return False
    if not case.holds_key(matches):
        return False
    ok, recovery = _handled(parent, case.new_recovery_key)
    if not ok:
        return False
    dialog = RecoveryKeyDialog(parent, recovery, case.settings.all())
    dialog.exec()
    return True


# --- health check, erasure, retention ---------------------------------------------------

def health_check(parent: QWidget | None, case) -> None:
    ok, problems = _handled(parent, run_with_progress, parent,
                            pick("Dossier controleren…", "Checking the case file…"),
                            case.integrity_problems)
    if not ok:
        return
    if problems:
        _inform(parent, TITLE, pick(
            f"Het dossierbestand heeft {len(problems)} probleem/problemen.",
            f"The case file has {len(problems)} problem(s)."), detail=pick(
            "Maak geen wijzigingen meer en zet een backup terug (Dossier > Backup "
            "terugzetten). Het huidige bestand wordt daarbij bewaard.",
            "Make no more changes and restore a backup (Case > Restore backup). The current "
            "file is kept when you do."), warning=True)
        return
    _inform(parent, TITLE, pick("Alles in orde: het dossierbestand is heel en versleuteld.",
                                "All is well: the case file is intact and encrypted."),
            detail=pick(f"{case.newcomers.count()} nieuwkomers.",
                        f"{case.newcomers.count()} newcomers."))


def _disclosure_lines(disclosures) -> str:
    return "\n".join(f"• {d.made_at[:10]}  {d.recipient or '-'}" for d in disclosures)


def erase_newcomer(parent: QWidget | None, case, newcomer_id: str) -> bool:
    """"Wissen": confirm, erase every row of the newcomer, show whom to tell."""
    newcomer = case.newcomers.get(newcomer_id)
    shared = case.disclosures.for_newcomer(newcomer_id)
    detail = pick(
        "Alle gegevens van deze nieuwkomer worden definitief gewist, ook uit de zoekindex. "
        "Dit kan niet ongedaan worden gemaakt. Oudere backups bevatten de gegevens nog.",
        "All data of this newcomer is erased for good, the search index included. This "
        "cannot be undone. Older backups still hold the data.")
    if not _confirm(parent, TITLE, pick(f"{newcomer.display_name} wissen?",
                                        f"Erase {newcomer.display_name}?"),
                    pick("Definitief wissen", "Erase for good"), detail=detail):
        return False
    ok, disclosures = _handled(parent, case.newcomers.erase, newcomer_id)
    if not ok:
        return False
    _tell_recipients(parent, disclosures or shared)
    return True


def _tell_recipients(parent, disclosures) -> None:
    if not disclosures:
        _inform(parent, TITLE, pick("Gewist.", "Erased."))
        return
    _inform(parent, TITLE, pick(
        "Gewist. Deze gegevens zijn eerder gedeeld; laat de ontvangers weten dat ze gewist "
        "zijn:", "Erased. This data was shared before; tell the recipients it was erased:"),
            detail=_disclosure_lines(disclosures))


def retention_check(parent: QWidget | None, case) -> bool:
    """Start-up: list who is past the retention period and erase them after confirmation."""
    from sleutelapp.store import retention

    due = retention.due(case)
    if not due:
        return False
    months = retention.retention_months(case)
    listing = "\n".join(f"• {n.display_name} — {pick('afgesloten', 'closed')} "
                        f"{n.closed_on.strftime('%d-%m-%Y')}" for n in due)
    if not _confirm(parent, TITLE, pick(
            f"{len(due)} nieuwkomer(s) zijn langer dan {months} maanden afgesloten. Hun "
            "gegevens moeten nu gewist worden.",
            f"{len(due)} newcomer(s) were closed more than {months} months ago. Their data "
            "must be erased now."), pick("Nu wissen", "Erase now"),
            detail=listing + "\n\n" + pick("Kiest u Annuleren, dan vraagt de app het bij de "
                                           "volgende start opnieuw.",
                                           "If you cancel, the app asks again at the next "
                                           "start.")):
        return False
    confirmed = {n.id for n in due}
    ok, erased = _handled(parent, lambda: retention.purge(case, only=confirmed))
    if not ok:
        return False
    _tell_recipients(parent, [d for item in erased for d in item.disclosures])
    return bool(erased)
