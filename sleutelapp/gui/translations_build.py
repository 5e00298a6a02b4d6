"""`python -m sleutelapp.gui.translations_build` (`make translations`).

pyside6-lupdate collects the tr() strings of sleutelapp/gui and ui/*.ui into
resources/translations/sleutelapp_nl.ts (existing translations are kept), then
pyside6-lrelease compiles it into sleutelapp_nl.qm. Translate new strings in the .ts
(Qt Linguist or any editor) and run this again; commit both files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

GUI_DIR = Path(__file__).resolve().parent
ROOT = GUI_DIR.parent.parent
TS_FILE = ROOT / "resources" / "translations" / "sleutelapp_nl.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    """Every Python file of the GUI except generated forms (their .ui files count instead)."""
    python = [p for p in sorted(GUI_DIR.rglob("*.py")) if "forms" not in p.parts]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def update(ts_file: Path = TS_FILE) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    relative = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nl_NL",
            *relative,
            "-ts",
            str(ts_file.relative_to(ROOT) if ts_file.is_relative_to(ROOT) else ts_file),
        ],
        check=True,
        cwd=ROOT,
    )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main() -> int:
    update()
    release()
    print(TS_FILE.relative_to(ROOT))
    print(QM_FILE.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
