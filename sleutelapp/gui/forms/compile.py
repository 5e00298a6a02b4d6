"""`python -m sleutelapp.gui.forms.compile` (`make ui`): ui/*.ui -> sleutelapp/gui/forms/ui_*.py.

Each compiled form records the SHA-256 of its .ui file in its header, so the drift test
can tell a stale form whatever uic version is installed; it also compiles into a temporary
folder and compares, with uic's version line left out.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
UI_DIR = FORMS_DIR.parent.parent.parent / "ui"


def uic_command() -> list[str]:
    """pyside6-uic next to this Python (venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return [found]


SOURCE_HASH_LINE = "## Source sha256: "
_TOOL_VERSION = re.compile(r"^## Created by: Qt User Interface Compiler version (\S+)$", re.M)


def target_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def source_hash(ui_file: Path) -> str:
    """SHA-256 of a .ui file, the same with Windows line endings (a checkout may convert)."""
    return hashlib.sha256(ui_file.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def recorded_hash(form_text: str) -> str | None:
    """The .ui hash a compiled form was made from (None for a form without one)."""
    for line in form_text.splitlines():
        if line.startswith(SOURCE_HASH_LINE):
            return line[len(SOURCE_HASH_LINE) :].strip()
    return None


def tool_version(form_text: str) -> str | None:
    """The uic version written into a compiled form's header."""
    match = _TOOL_VERSION.search(form_text)
    return match.group(1) if match else None


def without_tool_version(form_text: str) -> str:
    """A compiled form without uic's version line, which changes with every Qt release."""
    return _TOOL_VERSION.sub("", form_text.replace("\r\n", "\n"))


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.M)


def only_used_imports(form_text: str) -> str:
    """The form with uic's fixed lists of Qt imports cut down to the names it uses.

    uic imports the same ~40 classes into every form; PySide6 makes each class (and its
    enums) on first import, so the unlock page paid ~8 ms for gradients and images it
    never draws (issue 16).
    """
    body = _QT_IMPORT.sub("", form_text)
    code = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#"))
    used_words = set(re.findall(r"\b\w+\b", code))  # the header says "Qt User Interface"

    def keep(match: re.Match) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if n in used_words]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _QT_IMPORT.sub(keep, form_text)


def compile_all(ui_dir: Path = UI_DIR, out_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every .ui file; returns the written files."""
    written = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        target = out_dir / target_name(ui_file)
        subprocess.run(
            [
                *uic_command(),
                "-g",
                "python",
                "--no-autoconnection",
                "-o",
                str(target),
                str(ui_file),
            ],
            check=True,
        )
        # uic writes the .ui path into a header comment; keep it machine-independent.
        text = target.read_text(encoding="utf-8")
        text = only_used_imports(text.replace(str(ui_file), f"ui/{ui_file.name}"))
        digest = source_hash(ui_file)
        text = _TOOL_VERSION.sub(
            lambda m, d=digest: f"{m.group(0)}\n{SOURCE_HASH_LINE}{d}", text, count=1
        )
        target.write_text(text, encoding="utf-8", newline="\n")
        written.append(target)
    return written


def main() -> int:
    for path in compile_all():
        print(path.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
