"""A killed backup or export leaves no readable copy for long: every temp file is 0600 and
noted, and the next start removes it, also on a chosen target such as a USB stick. Case
files found with looser modes are tightened. Core dumps are off for the process."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sleutelapp.domain.model import Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="modes, signals and rlimits")

KILLED_BACKUP = """
import os, signal, sys
from pathlib import Path
from sleutelapp.paths import app_paths
from sleutelapp.store import backup, leftovers
from sleutelapp.store.case import Case

paths = app_paths(sys.argv[1])
leftovers.install(paths)
usb = Path(sys.argv[2])

def killed(path, **kw):  # the container is complete on disk, not yet renamed: die here
    os.kill(os.getpid(), signal.SIGKILL)

backup.read_container = killed
case = Case.open(paths, sys.argv[3])
backup.write_backup(case, usb / "b.sleutelbackup")
"""

KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
from sleutelapp.paths import app_paths
from sleutelapp.store import durable_file, leftovers
from sleutelapp.store.case import Case

paths = app_paths(sys.argv[1])
leftovers.install(paths)
case = Case.open(paths, sys.argv[3])  # an export is made from an unlocked case
real_replace = os.replace
def killed(src, dst):  # the export is written in full under its temp name: die here
    os.kill(os.getpid(), signal.SIGKILL)
os.replace = killed
durable_file.write_atomically(Path(sys.argv[2]) / "export.json", b"Kanarie Persoonsgegevens")
"""


def run_killed(code: str, *argv: str) -> None:
    done = subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, timeout=60)
    assert done.returncode == -signal.SIGKILL


def hidden(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".")]


@posix_only
def test_a_killed_backup_to_a_usb_stick_is_cleaned_on_the_next_start(case_paths, tmp_path):
    with Case.open(case_paths, PASSPHRASE) as case:
        case.newcomers.add(Newcomer("Kanarie Persoon"))
    usb = tmp_path / "usb"
    usb.mkdir()
    run_killed(KILLED_BACKUP, str(case_paths.data), str(usb), PASSPHRASE)
    left = hidden(usb)
    assert left, "the kill left the temp container and the staging copy"
    for path in left:
        for inner in [path, *(path.rglob("*") if path.is_dir() else [])]:
            mode = stat.S_IMODE(inner.stat().st_mode)
            assert mode & 0o077 == 0, (inner, oct(mode))  # never readable by others
    Case.open(case_paths, PASSPHRASE).close()  # the next start
    assert list(usb.iterdir()) == []
    assert not [p for p in case_paths.data.iterdir() if p.name.startswith(".pending-")]


@posix_only
def test_a_killed_export_is_cleaned_on_the_next_start(case_paths, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / ".other-app.part").write_text("not ours to remove", encoding="utf-8")
    run_killed(KILLED_EXPORT, str(case_paths.data), str(usb), PASSPHRASE)
    parts = [p for p in hidden(usb) if p.name.startswith(".export.json.")]
    assert len(parts) == 1 and stat.S_IMODE(parts[0].stat().st_mode) == 0o600
    notes = [p for p in case_paths.data.iterdir() if p.name.startswith(".pending-")]
    assert len(notes) == 1
    assert b"usb" not in notes[0].read_bytes() and b"export" not in notes[0].read_bytes()
    Case.open(case_paths, PASSPHRASE).close()
    assert [p.name for p in usb.iterdir()] == [".other-app.part"]  # only what we noted


@posix_only
def test_case_files_with_loose_modes_are_tightened_on_open(case_paths):
    for path in (case_paths.db, case_paths.key):
        path.chmod(0o644)
    case_paths.data.chmod(0o755)
    Case.open(case_paths, PASSPHRASE).close()
    assert stat.S_IMODE(case_paths.db.stat().st_mode) == 0o600
    assert stat.S_IMODE(case_paths.key.stat().st_mode) == 0o600
    assert stat.S_IMODE(case_paths.data.stat().st_mode) == 0o700


@posix_only
def test_core_dumps_are_off_for_the_command_line_and_the_app(tmp_path):
    code = (
        "import resource, sys\n"
        "from sleutelapp.cli import main\n"
        "from sleutelapp import hardening\n"
        f"code = main(['--home', {str(tmp_path)!r}, 'newcomers'])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), hardening.is_dumpable())\n"
    )
    env = dict(os.environ, SLEUTELAPP_PASSPHRASE="x")  # gets as far as "no case file"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, env=env
    )
    expected = "False" if sys.platform.startswith("linux") else "None"
    assert done.stdout.strip() == f"(0, 0) {expected}", done.stderr


def test_a_wrong_passphrase_changes_no_file(case_paths):
    """Leftovers are swept only after the passphrase is verified."""
    from sleutelapp.store import errors

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    stray = case_paths.data / f".pending-{gone}-abc"
    stray.write_text("left by a killed export", encoding="utf-8")  # no key opens it
    before = sorted(p.name for p in case_paths.data.iterdir())
    with pytest.raises(errors.WrongPassphrase):
        Case.open(case_paths, "not the passphrase")
    assert sorted(p.name for p in case_paths.data.iterdir()) == before
    assert stray.read_text(encoding="utf-8") == "left by a killed export"
    Case.open(case_paths, PASSPHRASE).close()  # the right one sweeps it
    assert not stray.exists()


def test_starting_the_journal_removes_nothing(case_paths):
    """install() (every command's start) cleans nothing: only an unlocked case sweeps."""
    from sleutelapp.store import leftovers

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    stray = case_paths.data / f".pending-{gone}-abc"
    stray.write_text("left by a killed export", encoding="utf-8")
    leftovers.install(case_paths)
    try:
        assert stray.exists()
    finally:
        leftovers._journal_folder = None


def gone_pid() -> str:
    """The pid of a process that has ended."""
    return subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def note_of_a_gone_process(case_paths, target: Path, data_key: bytes) -> Path:
    """A note as a killed process of the case with `data_key` leaves it: sealed under that
    case's note key with its own name (the dead pid's) as associated data, never renamed."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from sleutelapp.store import leftovers

    name = f"{leftovers.NOTE_PREFIX}{gone_pid()}-{os.urandom(6).hex()}"
    nonce = os.urandom(12)
    plain = str(target.resolve()).encode("utf-8")
    sealed = AESGCM(leftovers.note_key(data_key)).encrypt(nonce, plain, name.encode("ascii"))
    note = case_paths.data / name
    note.write_bytes(nonce + sealed)
    return note


def this_cases_data_key(case_paths) -> bytes:
    from sleutelapp.store.keyfile import KeyFile

    return bytes(KeyFile.read(case_paths.key).unlock(PASSPHRASE))


@posix_only
@pytest.mark.parametrize(
    "cleaned",
    [False, True],
    ids=["another case's key removes nothing", "this case's key cleans (control)"],
)
def test_a_note_of_another_case_file_removes_nothing_it_names(case_paths, tmp_path, cleaned):
    """A note sealed for another case (another key) is dropped and the file it names stays;
    the same note sealed under this case's key does clean that file."""
    target = tmp_path / ".report.pdf.abc.part"
    target.write_text("x", encoding="utf-8")
    key = this_cases_data_key(case_paths) if cleaned else os.urandom(32)
    note = note_of_a_gone_process(case_paths, target, key)
    Case.open(case_paths, PASSPHRASE).close()
    assert target.exists() is not cleaned
    assert not note.exists()
