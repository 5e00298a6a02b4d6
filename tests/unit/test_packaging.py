"""The one-folder app's recipe (build.spec + packaging/bundle_plan.py), checked without
running PyInstaller: what is bundled, what is left out, and that the app's own imports
survive the exclusions. The frozen app itself is checked by packaging/check_bundle.sh."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


def load_plan():
    spec = importlib.util.spec_from_file_location(
        "bundle_plan_under_test", ROOT / "packaging" / "bundle_plan.py"
    )
    plan = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plan)
    return plan


plan = load_plan()


def bundled(dest_and_name: str) -> bool:
    """Is resources/<dest_and_name> among the spec's data files?"""
    listed = {f"{dest}/{Path(src).name}" for src, dest in plan.resource_datas(ROOT)}
    return f"resources/{dest_and_name}" in listed


def app_imports() -> set[str]:
    """Every module name imported anywhere in the sleutelapp package (also lazily)."""
    names = set()
    for path in (ROOT / "sleutelapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    return names


def test_spec_is_python_and_uses_the_plan():
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")
    for wiring in (
        "plan.resource_datas(ROOT)",
        "plan.excluded_modules()",
        "plan.keep_bundled_data(",
        'collect_submodules("sleutelapp")',
        "copy_metadata(",
        "pyinstaller_hooks",
        "name=plan.APP_NAME",
        "COLLECT(",
        "BUNDLE(",
        "sleutelapp.ico",
        "sleutelapp.icns",
    ):
        assert wiring in text, f"build.spec no longer contains {wiring!r}"
    assert "exclude_binaries=True" in text  # one-folder: libraries beside the executable
    assert (ROOT / "packaging" / "pyinstaller_hooks" / "hook-PySide6.QtGui.py").is_file()


def test_every_run_time_resource_is_bundled():
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert bundled(f"fonts/{font.name}")
    assert bundled("fonts/OFL.txt")
    for schema in (ROOT / "resources" / "schema").glob("*.json"):
        assert bundled(f"schema/{schema.name}")
    catalogues = sorted((ROOT / "resources" / "translations").glob("sleutelapp_*.ts"))
    assert len(catalogues) >= 6
    for ts in catalogues:
        assert bundled(f"translations/{ts.name}")
    for size in (16, 32, 48, 256, 512):
        assert bundled(f"icons/app/sleutelapp-{size}.png")
    assert bundled("licenses/LGPL-3.0.txt")
    assert bundled("sleutelapp.desktop")  # install-desktop-entry.sh copies it


def test_sources_are_not_bundled(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "1.2.3"\n')
    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    (resources / "icons" / "app").mkdir(parents=True)
    for name in (
        "translations/app_nl.ts",
        "translations/glossary_nl.md",
        "icons/app/a.svg",
        "icons/app/a.ico",
        "icons/app/a.icns",
        "icons/app/a-16.png",
        ".hidden",
    ):
        (resources / name).write_text("x")
    listed = sorted(Path(src).name for src, _dest in plan.resource_datas(tmp_path))
    assert listed == ["a-16.png", "app_nl.ts"]
    assert plan.project_version(tmp_path) == "1.2.3"


def test_heavy_and_unused_qt_modules_are_excluded():
    excluded = set(plan.excluded_modules())
    for name in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtQml",
        "QtQuick",
        "Qt3DCore",
        "QtMultimedia",
        "QtDesigner",
        "QtTest",
        "QtNetwork",
    ):
        assert f"PySide6.{name}" in excluded
    for name in ("pytest", "hypothesis", "pytestqt", "tkinter"):
        assert name in excluded


def test_nothing_the_app_imports_is_excluded():
    excluded = set(plan.excluded_modules())
    imports = app_imports()
    hit = sorted(
        name for name in imports if any(name == ex or name.startswith(ex + ".") for ex in excluded)
    )
    assert hit == [], f"the app imports {hit}, which build.spec leaves out (bundle_plan.py)"
    qt_used = {name.split(".")[1] for name in imports if name.startswith("PySide6.")}
    assert qt_used <= set(plan.QT_MODULES_USED), (
        f"new Qt module(s) {sorted(qt_used - set(plan.QT_MODULES_USED))}: add them to "
        "QT_MODULES_USED in packaging/bundle_plan.py and run packaging/check_bundle.sh"
    )


BLOCKED_IMPORTS = """
import importlib, importlib.abc, sys
excluded = sys.argv[1].split(",")
class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == ex or name.startswith(ex + ".") for ex in excluded):
            raise ModuleNotFoundError(f"No module named {name!r} (left out of the bundle)")
sys.meta_path.insert(0, Blocker())
for name in sys.argv[2].split(","):
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        print(f"{name}: {exc}")
"""


def test_libraries_the_app_imports_work_without_the_excluded_modules():
    """Like the frozen app: a library that needs a left-out module (reportlab needs PIL)."""
    import subprocess

    excluded = plan.excluded_modules()
    libraries = sorted(
        name
        for name in app_imports()
        if not name.startswith(("sleutelapp", "PySide6", "__future__"))
    )
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_IMPORTS, ",".join(excluded), ",".join(libraries)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    broken = [line for line in result.stdout.splitlines() if "left out of the bundle" in line]
    assert result.returncode == 0, result.stderr
    assert broken == [], "build.spec leaves out a module these need:\n" + "\n".join(broken)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("PySide6\\translations\\qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_ar.qm", True),
        ("PySide6/Qt/translations/qtbase_fa.qm", True),
        ("resources/translations/sleutelapp_nl.ts", True),
        ("resources/fonts/NotoSans-Regular.ttf", True),
    ],
)
def test_only_the_app_languages_of_qt_translations_are_kept(dest, kept):
    assert plan.keep_bundled_data(dest) is kept


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("/venv/PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("/venv/PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("/venv/PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("C:\\venv\\PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("/venv/PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("/venv/PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("/venv/PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("/venv/PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("/venv/PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("/venv/PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("C:\\venv\\PySide6\\plugins\\imageformats\\qtiff.dll", False),
        ("/venv/PySide6/Qt/lib/libQt6Gui.so.6", True),
    ],
)
def test_unused_qt_plugins_are_dropped(source, kept):
    if "\\" in source and sys.platform != "win32":
        source = source.replace("\\", "/")
    assert plan.keep_qt_plugin(source) is kept


def test_version_has_one_source():
    import sleutelapp

    assert plan.project_version(ROOT) == sleutelapp.__version__, (
        "installed metadata is stale: pip install -e . again"
    )


def test_windows_version_resource_carries_the_version():
    text = plan.windows_version_file("0.4.12")
    call = ast.parse(text, mode="eval").body  # the form PyInstaller evaluates
    assert call.func.id == "VSVersionInfo"
    ffi = next(k.value for k in call.keywords if k.arg == "ffi")
    filevers = next(k.value for k in ffi.keywords if k.arg == "filevers")
    assert ast.literal_eval(filevers) == (0, 4, 12, 0)
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["ProductVersion"] == "0.4.12"
    assert strings["OriginalFilename"] == "Sleutelapp.exe"
