"""PyInstaller hook for PySide6.QtGui: the stock hook, minus Qt plugins the app never loads.

Overrides PyInstaller's own hook of the same name (build.spec puts this folder in
`hookspath`). Dropping a plugin here, before PyInstaller follows its library dependencies,
also keeps out what only that plugin needed (the GTK theme pulls in cairo and friends).
Which plugins are dropped is decided in packaging/bundle_plan.py.
"""

import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_plan_file = Path(__file__).resolve().parent.parent / "bundle_plan.py"
_spec = importlib.util.spec_from_file_location("sleutelapp_bundle_plan_hook", _plan_file)
_plan = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_plan)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _plan.keep_qt_plugin(src)]
