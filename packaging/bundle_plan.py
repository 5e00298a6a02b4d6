"""What goes into the one-folder app and what stays out; read by build.spec and the tests.

Kept apart from build.spec so that the choices (data files, excluded modules, the Qt
translations we keep) can be checked by fast tests without running PyInstaller. This file
is loaded by path (the folder has no __init__.py on purpose: a package called `packaging`
would shadow the library of that name that pip and PyInstaller import).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

APP_NAME = "Sleutelapp"
BUNDLE_ID = "nl.sleutelapp.Sleutelapp"

# Files under resources/ that are sources (or their recorded hash) or only used by the OS
# installer, not by the app.
# (The .desktop file stays: install-desktop-entry.sh copies it from the Linux bundle.)
# The .ts catalogues are not sources here: the app reads them at run time.
RESOURCE_SOURCE_SUFFIXES = (".svg", ".sha256", ".ico", ".icns", ".md")

# The only Qt bindings the app imports (design.md §2: Essentials widgets + PySide6-Pdf for
# the preview; QtPrintSupport, also in Essentials, prints a handover's one-time transfer
# code). QtSvg is not imported: the app icon is loaded from pre-rendered PNGs.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport")

# Qt bindings that must never end up in the bundle, whether or not they are installed.
QT_MODULES_EXCLUDED = (
    "QtWebEngine",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "QtWebView",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtLabsStyleKit",
    "Qt3DCore",
    "Qt3DRender",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DAnimation",
    "Qt3DExtras",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtSpatialAudio",
    "QtTextToSpeech",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtDesigner",
    "QtUiTools",
    "QtHelp",
    "QtTest",
    "QtSql",
    "QtXml",
    "QtConcurrent",
    # QtPdf and QtGui need the Qt6Network and Qt6DBus libraries, which are bundled as
    # libraries; their Python bindings (and QtNetwork's TLS and network-status plugins,
    # useless to an app that never goes online) stay out.
    "QtNetwork",
    "QtDBus",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSvgWidgets",
    "QtBluetooth",
    "QtNfc",
    "QtPositioning",
    "QtLocation",
    "QtSensors",
    "QtSerialPort",
    "QtSerialBus",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtHttpServer",
    "QtAxContainer",
)

# Python packages that are present in a development venv but never used by the app
# (not among them: pluggy, which sqlite-utils imports, and PIL, which reportlab imports
# unconditionally).
PYTHON_EXCLUDED = (
    "tkinter",
    "_tkinter",
    "turtle",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "iniconfig",
    "pygments",
    "PyInstaller",
    "pip",
    "setuptools",
    "pkg_resources",
    "distutils",
    "numpy",
    "IPython",
    # Pillow stays (reportlab imports it) but without the codecs and bridges we never use:
    # AVIF and WebP bring ~6 MB of libraries; Pillow skips absent plugins by itself.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "sleutelapp.gui.forms.compile",
    "sleutelapp.gui.translations_build",
)

# Qt plugins that QtGui would bring but the app never loads: embedded-device platforms and
# input (and the QML on-screen keyboard), the GTK theme (it drags in cairo/GTK libraries;
# Qt's own dialogs or the desktop portal are used instead) and image formats other than
# PNG (built in), ICO and SVG.
QT_PLUGIN_TYPES_DROPPED = ("egldeviceintegrations", "generic")
QT_PLUGINS_DROPPED = (
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    "qvnc",
    "qdirect2d",
    "qgtk3",
    "qgif",
    "qicns",
    "qjpeg",
    "qpdf",
    "qtga",
    "qtiff",
    "qwbmp",
    "qwebp",
    "qtvirtualkeyboardplugin",  # PySide6-Addons: an on-screen keyboard built on QtQuick/QML
)


# Qt's own translations (standard buttons, file dialogs) for the app's languages only: the
# codes listed in sleutelapp/language/languages.py, so a language added there is bundled
# without an edit here. That module is pure Python and is loaded by path, like this file.
def _app_language_codes() -> tuple[str, ...]:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "sleutelapp" / "language" / "languages.py"
    spec = importlib.util.spec_from_file_location("_sleutelapp_languages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building
    spec.loader.exec_module(module)
    return tuple(lang.code for lang in module.LANGUAGES)


QT_TRANSLATION_LANGUAGES = _app_language_codes()

# Distributions whose metadata is bundled: importlib.metadata must find our version
# (sleutelapp.__version__) and the About dialog shows the versions and licence files.
# Absent ones are skipped (QtPdf comes from PySide6-Pdf since 6.12, from -Addons before).
METADATA_DISTRIBUTIONS = (
    "sleutelapp",
    "PySide6-Essentials",
    "PySide6-Pdf",
    "PySide6-Addons",
    "shiboken6",
    "sqlcipher3",
    "sqlite-utils",
    "cryptography",
    "reportlab",
    "uharfbuzz",
    "python-bidi",
    "pypdf",
    "platformdirs",
    "icalendar",
    "jsonschema",
)

# Loaded by importlib.import_module or only needed on some platforms.
EXTRA_HIDDEN_IMPORTS = ("tzdata",)


def excluded_modules() -> list[str]:
    """Module names for Analysis(excludes=...)."""
    return [f"PySide6.{name}" for name in QT_MODULES_EXCLUDED] + list(PYTHON_EXCLUDED)


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every run-time file under resources/.

    Whole folders are listed file by file so that a new schema, font or translation is
    bundled without touching the spec, while source-only files stay out.
    """
    resources = root / "resources"
    datas = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix in RESOURCE_SOURCE_SUFFIXES:
            continue
        if path.name.startswith(".") or "__pycache__" in path.parts:
            continue
        datas.append((str(path), str(path.parent.relative_to(root))))
    return datas


# Inside the bundle: PySide6/Qt/translations/ (Linux, macOS) or PySide6/translations/ (Windows).
_QT_TRANSLATION = re.compile(r"^PySide6[/\\](?:Qt[/\\])?translations[/\\](?P<file>[^/\\]+)\.qm$")


# Package metadata files that only record how a package was installed: direct_url.json
# holds the build machine's checkout path (file:///...) for a local or editable install.
METADATA_FILES_DROPPED = ("direct_url.json",)


def keep_bundled_data(dest_name: str) -> bool:
    """False for Qt translation files of languages the app does not offer, and for install
    records in package metadata."""
    parts = re.split(r"[/\\]", dest_name)
    if len(parts) >= 2 and parts[-2].endswith(".dist-info") and parts[-1] in METADATA_FILES_DROPPED:
        return False
    match = _QT_TRANSLATION.search(dest_name)
    if not match:
        return True
    language = match.group("file").split("_", 1)[-1]
    return language.split("_")[0] in QT_TRANSLATION_LANGUAGES


def keep_qt_plugin(source: str) -> bool:
    """False for a Qt plugin file (source path) that the app does not need."""
    parts = Path(source).parts
    if "plugins" not in parts[:-1]:
        return True
    last = len(parts) - 1 - parts[::-1].index("plugins")
    plugin_type = parts[last + 1]
    stem = parts[-1].split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return plugin_type not in QT_PLUGIN_TYPES_DROPPED and stem not in QT_PLUGINS_DROPPED


def project_version(root: Path) -> str:
    """The version from pyproject.toml, the one place it is written."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib.loads(text)["project"]["version"]
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError("no version in pyproject.toml")
    return match.group(1)


def windows_version_file(version: str) -> str:
    """The version resource of the Windows executables (Explorer → Properties → Details),
    in the text form PyInstaller reads from a file (EXE(version=...))."""
    numbers = tuple(int(part) for part in re.findall(r"\d+", version)[:4])
    numbers = ((*numbers, 0, 0, 0, 0))[:4]
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": "Sleutelapp: dossier voor sleutelpersonen",
        "FileVersion": version,
        "InternalName": APP_NAME,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n        ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('041304B0', [\n"
        f"        {table}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])])\n"
    )
