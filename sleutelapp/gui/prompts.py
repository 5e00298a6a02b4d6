"""Small modal prompts shared by the dialogs: file choosers, a secret, a confirmation, a
message, and a store call whose known errors are shown to the user.

They are module functions on purpose: tests answer them by replacing them here, and only
here (no dialog opens a QMessageBox, QFileDialog or QInputDialog of its own; a test holds
every GUI module to that).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from sleutelapp.gui.errors import show_case_error


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def save_path(parent, title: str, suggested: Path, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return path or None


def open_path(parent, title: str, folder: Path, file_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return path or None


def open_paths(parent, title: str, folder: Path, file_filter: str) -> list[str]:
    """Several files at once; an empty list when the person backs out."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), file_filter)
    return list(paths)


def choose_folder(parent, title: str, start: Path) -> str | None:
    """A folder chosen by the user (for writing several files at once), or None."""
    return QFileDialog.getExistingDirectory(parent, title, str(start)) or None


def with_suffix(chosen: str, suffix: str) -> Path:
    """The file a person typed or chose, with `suffix` (".pdf") added when it is missing."""
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def typed_file(text: str, suffix: str) -> Path | None:
    """The file a person typed or chose, with `suffix` added when missing; None when the
    text names no file in an existing folder."""
    text = text.strip()
    if not text:
        return None
    path = with_suffix(text, suffix)
    if not path.parent.is_dir() or path.is_dir():
        return None
    return path


def ask_secret(parent, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def confirm(parent, title: str, text: str, yes: str, *, detail: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if detail:
        box.setInformativeText(detail)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is accept


def choose(
    parent, title: str, text: str, options: list[tuple[str, str]], *, back: str = ""
) -> str | None:
    """One of several answers, as (code, button text); None when the person backs out
    (with the button `back`, "Back" unless named)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = {}
    for code, caption in options:
        buttons[box.addButton(caption, QMessageBox.ButtonRole.AcceptRole)] = code
    box.addButton(
        back or QCoreApplication.translate("prompts", "Back"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return buttons.get(box.clickedButton())


def inform(parent, title: str, text: str, *, detail: str = "", warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def show_error(parent, exc: Exception) -> None:
    """A known error (CaseError, OSError) in words the user can act on."""
    show_case_error(parent, exc)


def handled(parent, fn, *args):
    """Run fn; a known error is shown and gives (False, None)."""
    from sleutelapp.store.errors import CaseError

    try:
        return True, fn(*args)
    except (CaseError, OSError) as exc:
        show_error(parent, exc)
        return False, None
