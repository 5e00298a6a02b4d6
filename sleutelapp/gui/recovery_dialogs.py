"""The recovery key in the GUI (design.md §5): "Wachtzin vergeten?" on the unlock screen sets
a new passphrase with the recovery key, and "Nieuwe herstelsleutel" in the settings replaces
the recovery key and shows it once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.i18n import file_name
from sleutelapp.gui.screen_fit import fit_to_screen


class RecoveryDialog(QDialog):
    """ "Wachtzin vergeten?": the recovery key and a new passphrase (twice)."""

    def __init__(self, parent, paths):
        super().__init__(parent)
        from sleutelapp.gui.strength_hint import strength_text

        self.paths = paths
        self.new_passphrase: str | None = None
        self.setWindowTitle(self.tr("Forgot passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type the recovery key from the recovery sheet printed when this case file was "
                "made, and choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Recovery key"), self.key_edit)
        form.addRow(self.tr("&New passphrase"), self.new_edit)
        form.addRow(self.tr("&Repeat"), self.repeat_edit)
        layout.addLayout(form)
        self.strength_label = QLabel(strength_text(""))
        self.strength_label.setWordWrap(True)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b1c1f;")
        layout.addWidget(self.strength_label)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        buttons.addButton(
            self.tr("Set new passphrase"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)  # after it, as on screen
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new_edit.textChanged.connect(
            lambda text: self.strength_label.setText(strength_text(text))
        )
        self.setMinimumWidth(520)
        fit_to_screen(self)

    def try_accept(self) -> None:
        from sleutelapp.gui.strength_hint import refusal
        from sleutelapp.store.errors import CaseError

        new = self.new_edit.text()
        problem = refusal(new)
        if problem is None and new != self.repeat_edit.text():
            problem = self.tr("The two passphrases are not the same.")
        if problem:
            self.error_label.setText(problem)
            return
        try:
            run_with_progress(
                self,
                self.tr("Setting the new passphrase…"),
                _rewrap,
                self.paths,
                self.key_edit.text(),
                new,
            )
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
        self.setWindowTitle(self.tr("New recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is the new recovery key. It is shown only once. Print the recovery sheet "
                "or write the key down and give it to your organisation. The old recovery key no "
                "longer opens this case file (it still opens older backups)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(15)
        self.key_label.setFont(mono)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #9aa0a6;")
        self.key_label.setTextInteractionFlags(
            self.key_label.textInteractionFlags()
            | self.key_label.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(self.key_label)
        self.print_button = QPushButton(self.tr("Print/Save as PDF…"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.print_button.clicked.connect(self.save_sheet)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._key))
        layout.addWidget(self.print_button)
        layout.addWidget(self.copy_button)
        self.written_check = QCheckBox(self.tr("I wrote down or printed the recovery key"))
        layout.addWidget(self.written_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Done"))
        self.ok_button.setEnabled(False)
        self.written_check.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_to_screen(self)

    def save_sheet(self) -> bool:
        from sleutelapp.exports.recovery_sheet import write_recovery_sheet

        suggested = prompts.documents_folder() / file_name(self.tr("recovery-key.pdf"))
        path = prompts.save_path(self, self.tr("Save the recovery sheet"), suggested, "PDF (*.pdf)")
        if not path:
            return False
        ok, _ = prompts.handled(self, write_recovery_sheet, path, self._key, self._settings)
        return ok

    def done(self, result: int) -> None:
        self._key = ""
        self.key_label.clear()
        super().done(result)


def new_recovery_key(parent: QWidget | None, case) -> bool:
    """Settings "Nieuwe herstelsleutel": after the passphrase, replace and show it once."""
    from sleutelapp.store.errors import WrongPassphrase
    from sleutelapp.store.keyfile import KeyFile

    passphrase = prompts.ask_secret(
        parent,
        QCoreApplication.translate("RecoveryKeyDialog", "New recovery key"),
        QCoreApplication.translate(
            "RecoveryKeyDialog", "Type your passphrase to make a new recovery key:"
        ),
    )
    if passphrase is None:
        return False
    try:
        matches = run_with_progress(
            parent,
            QCoreApplication.translate("RecoveryKeyDialog", "Checking…"),
            KeyFile.read(case.paths.key).unlock,
            passphrase,
        )
    except WrongPassphrase as exc:
        prompts.show_error(parent, exc)
        return False
    if not case.holds_key(matches):
        return False
    from sleutelapp.gui.operations import Operations

    operations = Operations.of(parent, case)
    ok, recovery = operations.run(parent, operations.new_recovery_key)
    if not ok:
        return False
    dialog = RecoveryKeyDialog(parent, recovery, case.settings.all())
    dialog.exec()
    return True
