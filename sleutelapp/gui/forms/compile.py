"""`python -m sleutelapp.gui.forms.compile` (`make ui`): ui/*.ui -> sleutelapp/gui/forms/ui_*.py.

Also used by the drift test, which compiles into a temporary folder and compares.
"""

from __future__ import annotations

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


def target_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


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
        text = text.replace(str(ui_file), f"ui/{ui_file.name}")
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main() -> int:
    for path in compile_all():
        print(path.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
