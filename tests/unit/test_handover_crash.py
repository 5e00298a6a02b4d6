"""SIGKILL during `receive`: the receiver's case is exactly as before, or holds the whole
handover — never a part of it. This file is also the child process
(`python test_handover_crash.py HOME FILE CODE [KILL_AT]`).

Named kill points make the outcome of each moment certain on any machine: the child kills
itself (SIGKILL, so nothing is cleaned up) right after a step of the receiving transaction,
or after it committed. Random kills by the clock add moments nobody thought of."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("newcomer", "entry", "consent", "disclosure", "audit", "settings")


# Steps of store/handover_import.receive, in order, after which a named kill happens; all of
# them are inside the one transaction, so each must leave the case as it was.
STEPS_IN_TRANSACTION = ("insert_all", "_add_disclosures", "report_schedules.add_received")


def _die_after(module, name: str) -> None:
    owner, _, attr = name.rpartition(".")
    target = getattr(module, owner) if owner else module
    step = getattr(target, attr)

    def step_then_die(*args, **kwargs):
        step(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(target, attr, step_then_die)


def _child(home: str, source: str, code: str, kill_at: str = "") -> None:
    from sleutelapp.exports import handover
    from sleutelapp.paths import app_paths
    from sleutelapp.store import handover_import
    from sleutelapp.store.case import Case

    case = Case.open(app_paths(home), os.environ["SLEUTELAPP_PASSPHRASE"])
    if kill_at in STEPS_IN_TRANSACTION:
        _die_after(handover_import, kill_at)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    handover.receive_file(case, Path(source), code)
    if kill_at == "committed":
        os.kill(os.getpid(), signal.SIGKILL)
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

    for step in (*STEPS_IN_TRANSACTION, "committed"):
        home = tmp_path / f"receiver-{step}"
        shutil.copytree(template, home)
        proc = _spawn(home, result.path, result.code, PASSPHRASE, step)
        assert proc.wait(timeout=60) == -signal.SIGKILL, proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
        state = snapshot(app_paths(home), PASSPHRASE)
        if step == "committed":
            assert _same_content(state, after)
        else:
            assert state == before, f"killed after {step}: part of the handover was kept"

    rng = random.Random(15)
    for round_ in range(4):
        home = tmp_path / f"receiver-{round_}"
        shutil.copytree(template, home)
        proc = _spawn(home, result.path, result.code, PASSPHRASE)
        reports = crash.kill_at_random(proc, rng, 0.0, duration * 1.2)
        state = snapshot(app_paths(home), PASSPHRASE)
        if "received" in reports:
            assert _same_content(state, after)
        else:
            assert state == before or _same_content(state, after)


def _same_content(state, after) -> bool:
    """Equal but for audit times (the audit rows carry the moment of receiving)."""
    strip = {t: rows for t, rows in state.items() if t != "audit"}
    strip_after = {t: rows for t, rows in after.items() if t != "audit"}
    return strip == strip_after and [r[2:] for r in state["audit"]] == [
        r[2:] for r in after["audit"]
    ]


def _spawn(home, source, code, passphrase, kill_at=""):
    import subprocess

    env = dict(
        os.environ,
        SLEUTELAPP_PASSPHRASE=passphrase,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(home), str(source), code, kill_at],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        cwd=ROOT,
    )


if __name__ == "__main__":
    _child(*sys.argv[1:])
