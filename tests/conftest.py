"""Shared fixtures: each test gets its own small case file copied from a template.

The template is made once per session with a cheap KDF, so tests do not pay the real
Argon2id cost on every unlock (that cost is measured in `make bench`).
"""

from __future__ import annotations

import os
import shutil

import pytest

from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams

PASSPHRASE = 'correct "horse" 🐎'

# Before any QApplication exists (pytest-qt's qapp is session-scoped): never a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path_factory):
    """No test reads or writes the real user folders, and messages are in English."""
    monkeypatch.setenv("SLEUTELAPP_HOME", str(tmp_path_factory.mktemp("default-home")))
    monkeypatch.setenv("SLEUTELAPP_LANG", "en")
    monkeypatch.delenv("SLEUTELAPP_PASSPHRASE", raising=False)
    monkeypatch.delenv("SLEUTELAPP_NEW_PASSPHRASE", raising=False)


@pytest.fixture(scope="session")
def case_template(tmp_path_factory):
    home = tmp_path_factory.mktemp("template")
    case, _recovery = Case.create(app_paths(home), PASSPHRASE, KdfParams.fast_for_tests())
    case.close()
    return home


@pytest.fixture
def case_paths(case_template, tmp_path):
    """AppPaths of a fresh, empty case file (passphrase: PASSPHRASE)."""
    home = tmp_path / "home"
    shutil.copytree(case_template, home)
    return app_paths(home)


@pytest.fixture
def case(case_paths):
    opened = Case.open(case_paths, PASSPHRASE)
    yield opened
    opened.close()
