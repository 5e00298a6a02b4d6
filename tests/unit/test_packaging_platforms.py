"""Windows, macOS and frozen paths, exercised here by simulation: the posix marker's skip,
folder sync, "is the process in the lock file running", the screen check and the program
name in messages. The release workflow runs the suite on each system for real."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from sleutelapp.store import durable_file, processes

ROOT = Path(__file__).resolve().parents[2]


class OsAs:
    """The os module as one module sees it on another system (os.name only: patching the
    real os.name would break pathlib in the test itself)."""

    def __init__(self, name: str):
        self.name = name

    def __getattr__(self, attribute):
        return getattr(os, attribute)


# --- the posix marker -----------------------------------------------------------------


class _Item:
    def __init__(self, marker):
        self.marker = marker

    def get_closest_marker(self, name):
        return self.marker if name == "posix" else None


def test_posix_marked_tests_are_skipped_elsewhere_with_their_reason(monkeypatch):
    from tests import conftest

    marked = _Item(pytest.mark.posix(reason="SIGKILL").mark)
    monkeypatch.setattr(os, "name", "nt")
    with pytest.raises(pytest.skip.Exception, match="needs a POSIX system: SIGKILL"):
        conftest.pytest_runtest_setup(marked)
    conftest.pytest_runtest_setup(_Item(None))  # unmarked tests run everywhere
    monkeypatch.setattr(os, "name", "posix")
    conftest.pytest_runtest_setup(marked)


# What only a POSIX system offers, as tests spell it.
POSIX_ONLY = re.compile(
    r"SIGKILL|setrlimit|RLIMIT_|\.st_mode\b|\.chmod\(|os\.fork|\"sh\"|\bDISPLAY\b|os\.getuid|fcntl"
)


def test_every_test_file_using_posix_only_calls_marks_them():
    unmarked = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        if path == Path(__file__) or "bench" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        marked = "pytest.mark.posix" in text or 'skipif(os.name != "posix"' in text
        if POSIX_ONLY.search(text) and not marked:
            unmarked.append(str(path.relative_to(ROOT)))
    assert unmarked == [], "mark the POSIX-only tests with @pytest.mark.posix(reason=...)"


def test_the_posix_only_check_sees_an_unmarked_signal_test():
    assert POSIX_ONLY.search("proc.send_signal(signal.SIGKILL)")
    assert POSIX_ONLY.search("assert path.stat().st_mode & 0o077 == 0")
    assert not POSIX_ONLY.search("def test_newcomer_list_model(qtmodeltester):")


# --- folder sync ----------------------------------------------------------------------


def test_folder_sync_fsyncs_the_folder_on_posix(monkeypatch, tmp_path):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    durable_file.sync_folder(tmp_path)
    if os.name == "posix":
        assert len(synced) == 1


def test_folder_sync_on_windows_opens_no_folder_and_the_write_still_lands(monkeypatch, tmp_path):
    target = tmp_path / "export.json"
    opened = []
    real_open = os.open

    def track(path, flags, *args):
        opened.append(Path(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", track)
    monkeypatch.setattr(durable_file, "os", OsAs("nt"))
    durable_file.write_atomically(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert tmp_path not in opened  # Windows cannot open a folder as a file
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


# --- is the process in the lock file running ------------------------------------------


class FakeKernel32:
    """The four Windows calls processes.py makes, for a process table given as a dict."""

    def __init__(self, table: dict[int, int | str]):
        self.table = table  # pid -> exit code (259 = still active) or "denied"
        self.error = 0
        self.closed = []

    def OpenProcess(self, access, inherit, pid):
        assert access == processes.PROCESS_QUERY_LIMITED_INFORMATION and inherit is False
        state = self.table.get(pid)
        if state is None or state == "denied":
            self.error = processes.ERROR_ACCESS_DENIED if state else 87  # invalid parameter
            return 0
        return 1000 + pid

    def GetExitCodeProcess(self, handle, pointer):
        pointer._obj.value = self.table[handle - 1000]
        return 1

    def CloseHandle(self, handle):
        self.closed.append(handle)

    def GetLastError(self):
        return self.error


def test_windows_asks_the_process_api_and_never_signals(monkeypatch):
    kernel = FakeKernel32({10: processes.STILL_ACTIVE, 11: 0, 12: "denied"})
    monkeypatch.setattr(processes, "os", OsAs("nt"))
    monkeypatch.setattr(processes, "_kernel32", lambda: kernel)

    def no_signals(*_args):
        raise AssertionError("os.kill ends a process on Windows")

    monkeypatch.setattr(os, "kill", no_signals)
    assert processes.is_running(10) is True
    assert processes.is_running(11) is False  # exited
    assert processes.is_running(12) is True  # another user's
    assert processes.is_running(13) is False  # no such process
    assert processes.is_running(0) is False
    assert kernel.closed == [1010, 1011]


@pytest.mark.posix(reason="signal 0")
def test_posix_asks_with_signal_zero():
    import subprocess

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert processes.is_running(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not processes.is_running(child.pid)
    assert processes.is_running(os.getpid())


def test_restore_on_windows_is_refused_while_the_lock_names_a_running_app(monkeypatch, tmp_path):
    from sleutelapp.paths import app_paths
    from sleutelapp.store import errors, restore

    paths = app_paths(tmp_path)
    paths.ensure()
    paths.lock.write_text("4242\nsleutelapp\nhost\n", encoding="utf-8")
    monkeypatch.setattr(processes, "os", OsAs("nt"))
    monkeypatch.setattr(processes, "_kernel32", lambda: FakeKernel32({4242: 259}))
    with pytest.raises(errors.CaseLocked):
        restore.refuse_while_open_elsewhere(paths)
    monkeypatch.setattr(processes, "_kernel32", lambda: FakeKernel32({}))
    restore.refuse_while_open_elsewhere(paths)  # a stale lock


# --- screen check and program name -----------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "expected"), [("linux", False), ("win32", True), ("darwin", True)]
)
def test_only_linux_without_a_display_has_no_screen(monkeypatch, platform, expected):
    from sleutelapp.commands import gui

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    assert gui.has_screen() is expected


def test_the_frozen_app_names_its_own_program(monkeypatch, capsys, tmp_path):
    from sleutelapp.commands import gui
    from sleutelapp.commands.context import CliContext
    from sleutelapp.paths import app_paths, program_name

    assert program_name() == "sleutelapp"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Sleutel app" / "Sleutelapp"))
    assert program_name() == "Sleutelapp"
    monkeypatch.setattr(gui, "has_screen", lambda: False)
    ctx = CliContext(paths=app_paths(tmp_path), language="en")
    assert gui.run(SimpleNamespace(smoke=False), ctx) == 1
    err = capsys.readouterr().err
    assert err.startswith("Sleutelapp: no screen found")
    assert "Sleutelapp --help" in err and "sleutelapp" not in err
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Sleutelapp" / "sleutelapp-cli.exe"))
    assert program_name() == "sleutelapp-cli"  # the Windows console program
