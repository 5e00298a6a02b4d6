"""SIGKILL during `receive`: the receiver's case is exactly as before, or holds the whole
handover — never a part of it. This file is also the child process
(`python test_handover_crash.py HOME FILE CODE`)."""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("newcomer", "entry", "consent", "disclosure", "audit", "settings")


def _child(home: str, source: str, code: str) -> None:
    from sleutelapp.exports import handover
    from sleutelapp.paths import app_paths
    from sleutelapp.store.case import Case

    case = Case.open(app_paths(home), os.environ["SLEUTELAPP_PASSPHRASE"])
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    handover.receive_file(case, Path(source), code)
    sys.stdout.write("received\n")
    sys.stdout.flush()
    time.sleep(60)  # wait to be killed


def snapshot(paths, passphrase):
    from sleutelapp.store.case import Case

    with Case.open(paths, passphrase) as case:
        assert case.integrity_problems() == []
        return {t: sorted(case.query(f"SELECT * FROM {t}")) for t in TABLES}


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")
def test_sigkill_during_receive_leaves_the_case_as_before_or_fully_received(
    case, case_template, tmp_path
):
    from sleutelapp.domain.demo import generate
    from sleutelapp.exports import handover
    from sleutelapp.paths import app_paths
    from sleutelapp.store.bulk import insert_all
    from sleutelapp.store.keyfile import KdfParams
    from tests.conftest import PASSPHRASE
    from tests.unit import test_crash_safety as crash

    data = generate(10, 100, seed=3)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    result = handover.write_handover(
        case,
        [n.id for n in data.newcomers],
        tmp_path / "x.sleuteloverdracht",
        kdf=KdfParams.fast_for_tests(),
    )
    template = tmp_path / "receiver-template"
    shutil.copytree(case_template, template)
    before = snapshot(app_paths(template), PASSPHRASE)

    scratch = app_paths(tmp_path / "scratch")
    shutil.copytree(template, scratch.data)
    from sleutelapp.store.case import Case

    with Case.open(scratch, PASSPHRASE) as timed:
        started = time.monotonic()
        handover.receive_file(timed, result.path, result.code)
        duration = time.monotonic() - started
    after = snapshot(scratch, PASSPHRASE)

    rng = random.Random(15)
    seen = []
    for round_ in range(6):
        home = tmp_path / f"receiver-{round_}"
        shutil.copytree(template, home)
        proc = _spawn(home, result.path, result.code, PASSPHRASE)
        reports = crash.kill_at_random(proc, rng, 0.0, duration * 1.2)
        state = snapshot(app_paths(home), PASSPHRASE)
        if "received" in reports:
            assert _same_content(state, after)
            seen.append("after")
        else:
            assert state == before or _same_content(state, after)
            seen.append("before" if state == before else "after")
    assert "before" in seen  # at least one kill hit before the commit


def _same_content(state, after) -> bool:
    """Equal but for audit times (the audit rows carry the moment of receiving)."""
    strip = {t: rows for t, rows in state.items() if t != "audit"}
    strip_after = {t: rows for t, rows in after.items() if t != "audit"}
    return strip == strip_after and [r[2:] for r in state["audit"]] == [
        r[2:] for r in after["audit"]
    ]


def _spawn(home, source, code, passphrase):
    import subprocess

    env = dict(
        os.environ,
        SLEUTELAPP_PASSPHRASE=passphrase,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(home), str(source), code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        cwd=ROOT,
    )


if __name__ == "__main__":
    _child(*sys.argv[1:])
