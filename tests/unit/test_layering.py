"""The layering of design.md §2, checked on the source: Qt only in gui/, SQL only in store/."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "sleutelapp"
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)|PRAGMA\s+\w+)\b", re.I | re.S)


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), path


def imported_names(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_nothing_outside_gui_imports_qt():
    offenders = [name for name, path in modules() if not name.startswith("gui/")
                 and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_names(path))]
    assert offenders == []


def test_dependencies_point_down():
    rank = {"domain": 0, "store": 1, "exports": 2, "gui": 3}
    offenders = []
    for name, path in modules():
        layer = name.split("/")[0]
        if layer not in rank:
            continue
        for module in imported_names(path):
            parts = module.split(".")
            if parts[0] == "sleutelapp" and len(parts) > 1 and parts[1] in rank \
                    and rank[parts[1]] > rank[layer]:
                offenders.append((name, module))
    assert offenders == []


def test_sql_lives_in_store_only():
    offenders = []
    for name, path in modules():
        if name.startswith("store/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and SQL.search(node.value):
                offenders.append((name, node.lineno))
    assert offenders == []


def test_no_grab_bag_modules():
    assert not [n for n, _ in modules() if Path(n).stem in ("utils", "helpers", "misc", "common")]
