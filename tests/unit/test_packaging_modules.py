"""What an install is made of: every module of the app imports, every command is reachable,
every declared dependency is used and every used library is declared, and pyproject lists
every package and resource folder (a missing one would be absent from the wheel)."""

from __future__ import annotations

import importlib
import importlib.metadata as md
import re
import sys
from pathlib import Path

import pytest

from tests.unit.test_packaging import app_imports

ROOT = Path(__file__).resolve().parents[2]
tomllib = pytest.importorskip("tomllib", reason="tomllib is Python 3.11+")


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def module_names() -> list[str]:
    names = []
    for path in sorted((ROOT / "sleutelapp").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__main__":
            continue  # runs the command line when imported
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_of_the_app_imports():
    failed = []
    for name in module_names():
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - every failure is reported by name
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    assert failed == []


def test_every_command_module_is_on_the_command_line():
    from sleutelapp import cli

    files = {p.stem for p in (ROOT / "sleutelapp" / "commands").glob("*.py")}
    assert files - {"__init__", "context"} == set(cli.COMMANDS.values())
    choices = next(
        action.choices
        for action in cli.build_parser()._actions
        if action.dest == "command"  # the sub-command argument
    )
    assert set(choices) == set(cli.COMMANDS)
    for name in cli.COMMANDS:
        module = importlib.import_module(f"sleutelapp.commands.{cli.COMMANDS[name]}")
        assert module.HELP and callable(module.add_arguments) and callable(module.run), name


def test_a_command_whose_module_fails_to_import_fails_loudly(monkeypatch):
    from sleutelapp import cli

    monkeypatch.setitem(cli.COMMANDS, "calendar", "calendar_that_is_not_there")
    with pytest.raises(ModuleNotFoundError, match="calendar_that_is_not_there"):
        cli.build_parser()


def declared_distributions() -> list[str]:
    return [
        re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0]
        for dep in pyproject()["project"]["dependencies"]
    ]


def provided_modules(distribution: str) -> set[str]:
    """Module names (packages and submodules) a distribution installs (none if absent)."""
    names: set[str] = set()
    try:
        files = md.files(distribution) or []
    except md.PackageNotFoundError:
        return names
    for file in files:
        parts = file.parts
        if not parts or parts[0].endswith((".dist-info", ".data")) or ".." in parts:
            continue
        stem = parts[-1].split(".")[0]
        if not parts[-1].endswith((".py", ".so", ".pyd")):
            continue
        module = [*parts[:-1], stem] if stem != "__init__" else list(parts[:-1])
        names.add(".".join(module))
    return names


def test_every_declared_dependency_is_imported_by_the_app():
    imported = app_imports()
    unused = [d for d in declared_distributions() if not provided_modules(d) & imported]
    assert unused == [], "declared in pyproject.toml but imported nowhere in sleutelapp/"


def test_every_library_the_app_imports_is_declared():
    provided = {name for d in declared_distributions() for name in provided_modules(d)}
    top_level_provided = {name.split(".")[0] for name in provided}
    undeclared = sorted(
        name
        for name in app_imports()
        if name.split(".")[0] not in sys.stdlib_module_names
        and name.split(".")[0] not in {"sleutelapp", "__future__"}
        and name.split(".")[0] not in top_level_provided
    )
    assert undeclared == [], "imported by sleutelapp/ but not declared in pyproject.toml"


def test_the_dependency_check_sees_a_declared_but_unused_library():
    assert provided_modules("pytest") & {"pytest", "_pytest"}
    assert not provided_modules("pytest") & app_imports()
    assert "PySide6.QtPdf" in provided_modules("PySide6-Pdf")
    assert provided_modules("a-distribution-that-is-not-installed") == set()


def test_pyproject_lists_every_package_and_resource_folder():
    config = pyproject()["tool"]["setuptools"]
    listed = set(config["packages"])
    packages = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "sleutelapp").rglob("__init__.py")
    }
    folders = {
        ".".join(("sleutelapp", *p.relative_to(ROOT).parts))
        for p in [ROOT / "resources", *(ROOT / "resources").rglob("*")]
        if p.is_dir()
    }
    assert config["package-dir"] == {"sleutelapp.resources": "resources"}
    assert packages | folders == listed
