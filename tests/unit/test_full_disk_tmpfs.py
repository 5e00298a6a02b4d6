"""A really full disk (a small tmpfs mounted for the test): after a refused write the case
file is not "damaged", read-only commands and `gui --smoke` still work, a backup to
another disk works, an export is still registered (the space reserve), messages say the
disk is full and what to do, and once space is free everything works again.

Mounting needs root on Linux; elsewhere the test is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "volle schijf proef"


@pytest.fixture
def small_disk(tmp_path):
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def cli(*argv, home: Path) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        SLEUTELAPP_PASSPHRASE=PASSPHRASE,
        SLEUTELAPP_LANG="en",
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [sys.executable, "-m", "sleutelapp", "--home", str(home), *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def fill_up(disk: Path) -> Path:
    filler = disk / f"filler-{len(list(disk.iterdir()))}"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_not_damage_and_read_only_work_goes_on(small_disk, tmp_path):
    home = small_disk / "home"
    case, _recovery = Case.create(app_paths(home), PASSPHRASE, KdfParams.fast_for_tests())
    case.close()
    assert cli("demo", "--newcomers", "6", "--entries-per", "10", home=home).returncode == 0
    filler = fill_up(small_disk)

    write = cli("demo", "--newcomers", "1", home=home)
    assert write.returncode == 1 and "disk" in write.stderr and "Free some space" in write.stderr
    outputs = [write.stderr]
    for _ in range(2):  # also after the refused write, and again
        check = cli("check", home=home)
        assert check.returncode == 0 and "All is well" in check.stdout, check.stderr
        listed = cli("newcomers", "--json", home=home)
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 6
        outputs += [check.stderr, listed.stderr]
    usb = tmp_path / "usb"
    usb.mkdir()
    made = cli("backup", "-o", str(usb / "b.sleutelbackup"), home=home)
    assert made.returncode == 0 and "6 newcomers" in made.stdout, made.stderr
    assert [p.name for p in usb.iterdir()] == ["b.sleutelbackup"]
    smoke = cli("gui", "--smoke", home=home)
    assert smoke.returncode == 0 and "ok: 6 newcomers shown" in smoke.stdout, smoke.stderr
    assert "schijf" in smoke.stderr and "al geopend" not in smoke.stderr  # the app speaks Dutch
    # The space reserve lets the export be registered, once.
    exported = cli("export-data", "-o", str(usb / "x.json"), home=home)
    assert exported.returncode == 0 and "6 newcomers written" in exported.stdout, exported.stderr
    more = fill_up(small_disk)  # the freed room taken by something else too
    again = cli("export-data", "-o", str(usb / "y.json"), home=home)
    assert again.returncode == 1 and "disk of the case file is full" in again.stderr
    assert not (usb / "y.json").exists()  # an export that cannot be registered is not made
    outputs += [made.stderr, exported.stderr, again.stderr]
    assert not any("damaged" in text or "unexpected" in text for text in outputs), outputs

    filler.unlink()
    more.unlink()
    assert cli("demo", "--newcomers", "1", "--seed", "2", home=home).returncode == 0
    done = cli("export-data", "-o", str(usb / "y.json"), home=home)
    assert done.returncode == 0, done.stderr
    with Case.open(app_paths(home), PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == [] and reopened.newcomers.count() == 7
        kinds = [d.report_kind for d in reopened.disclosures.all()]
        assert kinds.count("data_export") == 6 + 7  # both exports registered
    assert (home / "space-reserve").stat().st_size == 1 << 20  # made again with room
    shutil.rmtree(home)
