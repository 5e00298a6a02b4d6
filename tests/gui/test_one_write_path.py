"""Every write from the GUI goes through gui/operations.py, and every prompt through
gui/prompts.py: checked over the source, so a new dialog cannot slip past either."""

from __future__ import annotations

import ast
from pathlib import Path

import sleutelapp.gui

GUI = Path(sleutelapp.gui.__file__).parent

# the store's repositories on a Case, and their methods that change something
REPOSITORIES = {"newcomers", "entries", "consents", "disclosures", "settings", "audit"}
REPOSITORY_WRITES = {
    "add",
    "update",
    "delete",
    "erase",
    "close",
    "reopen",
    "withdraw",
    "set_status",
    "record",
    "register",
    "purge",
}
# functions of store/ and exports/ that write the case (or register what was shared)
WRITERS = {
    "export_report",
    "export_summary",
    "export_inzage",
    "export_card",
    "export_sheet",
    "write_backup",
    "write_handover",
    "receive_file",
    "insert_all",
    "purge",
    "change_passphrase",
    "commit",
}
# methods of the Case itself that write (its key file)
CASE_WRITES = {"new_recovery_key", "change_passphrase"}
# (module, name): the few writes that are not case data on screen, with the reason
ALLOWED = {
    # recovering with the recovery key: the case is locked, the key file is rewrapped on a
    # Case opened for just that, before any view exists
    ("recovery_dialogs.py", "change_passphrase"),
}
# the Qt prompt classes and the error box; only prompts.py (and errors.py, the box itself,
# and app.py's messages before any window exists) may open them
PROMPT_CLASSES = {"QMessageBox", "QFileDialog", "QInputDialog", "show_case_error"}
PROMPT_HOMES = {"prompts.py", "errors.py", "app.py"}


def _modules(root: Path):
    for path in sorted(root.rglob("*.py")):
        if "forms" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name_of(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):  # Operations.of(parent, case).export_report(...)
        return _name_of(node.func.value) if isinstance(node.func, ast.Attribute) else ""
    return ""


def _is_operations(node) -> bool:
    """The receiver is the runner itself (operations, self._operations, Operations.of(…))."""
    return _name_of(node).lstrip("_").lower() == "operations"


def _write_named(node) -> str | None:
    """'receiver.name' when this node calls or hands on a write (a call, or a callable given
    to a helper such as run_with_progress); None otherwise."""
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        return f".{node.id}" if node.id in WRITERS else None
    if not isinstance(node, ast.Attribute) or _is_operations(node.value):
        return None
    receiver, name = _name_of(node.value), node.attr
    if (
        name in WRITERS
        or (receiver in REPOSITORIES and name in REPOSITORY_WRITES)
        or (receiver.lstrip("_") == "case" and name in CASE_WRITES)
    ):
        return f"{receiver}.{name}"
    return None


def writes_outside_operations(root: Path = GUI) -> list[str]:
    found = []
    for path, tree in _modules(root):
        if path.name == "operations.py":
            continue
        for node in ast.walk(tree):
            named = _write_named(node)
            if named and (path.name, named.rsplit(".", 1)[1]) not in ALLOWED:
                found.append(f"{path.relative_to(root)}:{node.lineno} {named}")
    return found


def test_no_gui_module_writes_the_case_outside_operations():
    assert writes_outside_operations() == []


def test_the_check_finds_a_write_beside_operations(tmp_path):
    """The check above can fail: a dialog that saves settings or a report itself is found,
    one that asks the runner is not."""
    (tmp_path / "sneaky_dialog.py").write_text(
        "def save(case, values):\n    case.settings.update(values)\n"
        "def export(case, plan, path):\n    rr.export_report(case, plan, path)\n"
        "def fine(self, plan, path):\n    self._operations.export_report(self, plan, path)\n"
        "def key(self):\n    return self._case.new_recovery_key()\n"
        "def erase(parent, case, i):\n    return handled(parent, case.newcomers.erase, i)\n"
    )
    assert writes_outside_operations(tmp_path) == [
        "sneaky_dialog.py:2 settings.update",
        "sneaky_dialog.py:4 rr.export_report",
        "sneaky_dialog.py:8 _case.new_recovery_key",
        "sneaky_dialog.py:10 newcomers.erase",
    ]


def prompts_outside_prompts(root: Path = GUI) -> list[str]:
    found = []
    for path, tree in _modules(root):
        if path.name in PROMPT_HOMES:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in PROMPT_CLASSES:
                found.append(f"{path.relative_to(root)}:{node.lineno} {node.id}")
    return found


def test_dialogs_ask_only_through_prompts():
    """Tests answer prompts one way (replacing gui/prompts.py functions), so no dialog
    opens a message box, file dialog or input dialog of its own."""
    assert prompts_outside_prompts() == []


def test_the_prompt_check_finds_a_private_message_box(tmp_path):
    (tmp_path / "loud_dialog.py").write_text(
        "from PySide6.QtWidgets import QMessageBox\n\ndef tell(p):\n"
        "    QMessageBox.information(p, 'x', 'y')\n"
    )
    assert prompts_outside_prompts(tmp_path) == ["loud_dialog.py:4 QMessageBox"]
