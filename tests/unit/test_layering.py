"""The layering of design.md §2, checked on the source: Qt only in gui/, SQL only in store/."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "sleutelapp"
SQL = re.compile(
    r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)|PRAGMA\s+\w+)\b",
    re.I | re.S,
)


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
    offenders = [
        name
        for name, path in modules()
        if not name.startswith("gui/")
        and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_names(path))
    ]
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
            if (
                parts[0] == "sleutelapp"
                and len(parts) > 1
                and parts[1] in rank
                and rank[parts[1]] > rank[layer]
            ):
                offenders.append((name, module))
    assert offenders == []


def test_sql_lives_in_store_only():
    offenders = []
    for name, path in modules():
        if name.startswith("store/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL.search(node.value)
            ):
                offenders.append((name, node.lineno))
    assert offenders == []


def test_no_grab_bag_modules():
    assert not [n for n, _ in modules() if Path(n).stem in ("utils", "helpers", "misc", "common")]


def case_private_names():
    """The underscore attributes and methods of store/case.py's Case."""
    tree = ast.parse((PACKAGE / "store" / "case.py").read_text(encoding="utf-8"))
    case_class = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Case")
    names = set()
    for node in ast.walk(case_class):
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.endswith("__")}


def reaches_into_case(source: str, private: set[str]) -> list[str]:
    """`case._x`, `….case._x`, or one of Case's own private names on anything but self."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or node.attr.endswith("__"):
            continue
        owner = node.value
        owner_name = (
            owner.id
            if isinstance(owner, ast.Name)
            else owner.attr
            if isinstance(owner, ast.Attribute)
            else None
        )
        if (node.attr.startswith("_") and owner_name == "case") or (
            node.attr in private and owner_name not in ("self", "cls")
        ):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_only_case_py_touches_the_private_parts_of_a_case():
    private = case_private_names()
    assert {"_keyfile", "_data_key", "_lock", "_require_open"} <= private
    samples = [
        "case._data_key",
        "self.session.case._keyfile.to_bytes()",
        "with opened._lock: pass",
        "c._require_open()",
    ]
    assert all(reaches_into_case(s, private) for s in samples)  # the check can fail
    assert reaches_into_case("self._data_key = b''\ncase.key_file_bytes()", private) == []
    offenders = {
        name: found
        for name, path in modules()
        if name != "store/case.py"
        and (found := reaches_into_case(path.read_text(encoding="utf-8"), private))
    }
    assert offenders == {}
