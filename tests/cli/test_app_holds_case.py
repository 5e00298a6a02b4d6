"""While the app holds the case open, the command line refuses every command that changes
the case file and says so; read-only commands still work; a stale lock does not count."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sleutelapp.domain.model import Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys
from sleutelapp.paths import app_paths
from sleutelapp.gui import instance
lock = instance.acquire(app_paths(sys.argv[1]))
print("held" if lock is not None else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def app_open(case_paths):
    """A real second process holding the app's QLockFile, as the running GUI does."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(case_paths.data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout.readline().strip() == "held"
    with child:  # closes the pipes
        yield child
        child.kill()


@pytest.mark.skipif(os.name != "posix", reason="the holder check uses POSIX signals")
def test_writes_are_refused_while_the_app_has_the_case_open(
    run, case_paths, app_open, monkeypatch, tmp_path
):
    with Case.open(case_paths, PASSPHRASE) as case:
        person = case.newcomers.add(Newcomer("Amal Haddad"))
    key_before = case_paths.key.read_bytes()
    monkeypatch.setenv("SLEUTELAPP_NEW_PASSPHRASE", "een heel nieuwe wachtzin")
    (tmp_path / "in.json").write_text("{}", encoding="utf-8")
    for argv in (
        ("passwd",),
        ("erase", person.id, "--yes"),
        ("import", str(tmp_path / "in.json")),
        ("demo", "--newcomers", "1"),
        ("restore", str(tmp_path / "b.sleutelbackup"), "--yes"),
        ("purge",),
        ("init",),
    ):
        code, _out, err = run(*argv)
        assert code == 1 and "has this case file open" in err, argv
        assert len(err.strip().splitlines()) == 1, argv
    assert case_paths.key.read_bytes() == key_before
    for argv in (("check",), ("newcomers",), ("purge", "--dry-run")):
        assert run(*argv)[0] == 0, argv
    app_open.kill()
    app_open.wait(timeout=30)
    assert run("erase", person.id, "--yes")[0] == 0  # the lock of a gone app is stale
