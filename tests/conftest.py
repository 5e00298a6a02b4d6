"""Shared fixtures: each test gets its own small case file copied from a template.

The template is made once per session with a cheap KDF, so tests do not pay the real
Argon2id cost on every unlock (that cost is measured in `make bench`).

Also here: the `posix` marker's skip on other systems, and the hypothesis profiles: `ci`
by default (the examples each test declares, the same ones every run, no deadline),
`thorough` with HYPOTHESIS_PROFILE=thorough (`make test-thorough`: ten times as many
examples, new ones every run).
"""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, settings

from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams

PASSPHRASE = 'correct "horse" 🐎'

# Before any QApplication exists (pytest-qt's qapp is session-scoped): never a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HYPOTHESIS_PROFILE_ENV = "HYPOTHESIS_PROFILE"
THOROUGH_FACTOR = 10
# Timing never decides a result (a busy CI machine is slow), and a failure replays exactly.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=100 * THOROUGH_FACTOR,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# Loaded before the test modules are imported, so their @settings inherit from it.
settings.load_profile(os.environ.get(HYPOTHESIS_PROFILE_ENV, "ci"))

POSIX_ONLY = "needs a POSIX system"


def pytest_runtest_setup(item):
    """Skip `@pytest.mark.posix` tests (signals, file modes, fork, DISPLAY, resource limits)
    on Windows, with the reason the marker gives."""
    marker = item.get_closest_marker("posix")
    if marker is not None and os.name != "posix":
        reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
        pytest.skip(f"{POSIX_ONLY}: {reason}" if reason else POSIX_ONLY)


def pytest_collection_modifyitems(config, items):
    """Under the thorough profile, a test that declares its own max_examples gets ten times
    as many (the declared number is what CI runs)."""
    if settings.get_current_profile_name() != "thorough":
        return
    for item in items:
        test = getattr(item, "obj", None)
        declared = getattr(test, "_hypothesis_internal_use_settings", None)
        if declared is None:
            continue
        scaled = settings(declared, max_examples=declared.max_examples * THOROUGH_FACTOR)
        test._hypothesis_internal_use_settings = scaled


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
