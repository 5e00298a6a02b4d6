"""`python -m sleutelapp.gui.translations_build` (`make translations`).

pyside6-lupdate collects every marked text — tr() in sleutelapp/gui, the forms in ui/*.ui,
and translate()/QT_TRANSLATE_NOOP() in the core — into one catalogue per shipped language,
resources/translations/sleutelapp_<code>.ts (existing translations are kept). The source
language's catalogue holds only its plural forms. Translate new texts in the .ts files
(Qt Linguist or any editor) and commit them; the app reads the .ts files themselves, so
there is nothing to compile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from sleutelapp.language import LANGUAGES, Language

GUI_DIR = Path(__file__).resolve().parent
PACKAGE = GUI_DIR.parent
ROOT = PACKAGE.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "sleutelapp_nl.ts"


def ts_file(lang: Language) -> Path:
    return TRANSLATIONS / f"sleutelapp_{lang.code}.ts"


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    """Every Python file of the package except generated forms (their .ui files count
    instead) and this tool, then the forms."""
    python = [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if "forms" not in p.relative_to(PACKAGE).parts and p != Path(__file__).resolve()
    ]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def update(lang: Language, target: Path | None = None) -> Path:
    """Bring one language's catalogue in step with the sources (into `target` if given)."""
    target = target or ts_file(lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    relative = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *(["-pluralonly"] if lang.source else []),
            "-target-language",
            lang.code,
            *relative,
            "-ts",
            str(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target),
        ],
        check=True,
        cwd=ROOT,
    )
    return target


def main() -> int:
    for lang in LANGUAGES:
        print(update(lang).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
