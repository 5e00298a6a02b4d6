"""The repository explains itself: its documents link and point only to what exists in it.

README.md, CONTRIBUTING.md and docs/*.md name files by their path in the repository; when
a file moves or a test is renamed, this test says which document still names the old one.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`\s]+)`")
REPO_PATH = re.compile(r"^[\w-][\w.-]*(/[\w.-]+)+\.(py|json|ui|ts|md|spec|sh|toml|txt|yaml|png)$")


def mentioned_paths(text: str):
    """Backticked repository paths (`store/case.py`, `tests/x.py::test_y`), not patterns."""
    for token in CODE.findall(text):
        path, _, test = token.partition("::")
        if REPO_PATH.match(path):
            yield path, test


def resolve(path: str) -> Path | None:
    """A path as the documents write it: from the root, or inside the sleutelapp package."""
    for base in (ROOT, ROOT / "sleutelapp"):
        if (base / path).exists():
            return base / path
    return None


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_links_stay_inside_the_repository_and_resolve(document):
    broken = []
    for target in LINK.findall(document.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue  # a web address or an anchor
        resolved = (document.parent / target.split("#")[0]).resolve()
        if not resolved.is_relative_to(ROOT) or not resolved.exists():
            broken.append(target)
    assert broken == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_named_files_and_tests_exist(document):
    missing = []
    for path, test in mentioned_paths(document.read_text(encoding="utf-8")):
        found = resolve(path)
        if found is None or (test and f"def {test}(" not in found.read_text(encoding="utf-8")):
            missing.append(f"{path}::{test}" if test else path)
    assert missing == []


def test_the_checks_can_fail():
    assert list(mentioned_paths("see `store/nothing.py` and `a/b.py::test_c`, not `x.py`")) == [
        ("store/nothing.py", ""),
        ("a/b.py", "test_c"),
    ]
    assert resolve("store/nothing.py") is None and resolve("store/case.py") is not None
    assert LINK.findall("[x](../shared/design.md) [y](https://a.b)") == [
        "../shared/design.md",
        "https://a.b",
    ]
