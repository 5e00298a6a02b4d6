"""GUI benchmarks (issue 3) on 1,000 newcomers × 100 entries: start-up against a bare
PySide6 window (same run), search keystrokes, opening a newcomer, peak memory."""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import time

from tests.bench.data import PASSPHRASE, demo_home

BARE = (
    "import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.show(); app.processEvents()\n"
    "w.close()\n"
)
QUERIES = ("amal", "taalschool", "yılmaz", "wacht", "huisarts")


def _env(paths) -> dict:
    # Measured as users run it: with compiled bytecode (an installed app or the bundle has
    # it; a shell with PYTHONDONTWRITEBYTECODE would recompile every module on each start).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "SLEUTELAPP_HOME": str(paths.data),
        "SLEUTELAPP_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def _compile_bytecode() -> None:
    import compileall
    from pathlib import Path

    import sleutelapp

    compileall.compile_dir(Path(sleutelapp.__file__).parent, quiet=1)


def _wall(cmd, env) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - started, done.stdout


def _startup(paths, rounds: int = 5) -> tuple[float, float, float]:
    """Median seconds: gui --smoke minus its unlock (KDF), bare window; and the unlock."""
    env = _env(paths)
    _compile_bytecode()
    _wall([sys.executable, "-m", "sleutelapp", "gui", "--smoke"], env)  # warm the disk cache
    smoke, bare, unlock = [], [], []
    for _ in range(rounds):  # interleaved, so both see the same machine state
        seconds, out = _wall([sys.executable, "-m", "sleutelapp", "gui", "--smoke"], env)
        kdf = float(re.search(r"unlock (\d+) ms", out).group(1)) / 1000
        smoke.append(seconds - kdf)
        unlock.append(kdf)
        bare.append(_wall([sys.executable, "-c", BARE], env)[0])
    return statistics.median(smoke), statistics.median(bare), statistics.median(unlock)


def _interactive(paths) -> tuple[float, float]:
    """Median ms per search keystroke (query + model update) and per newcomer opened."""
    from PySide6.QtWidgets import QApplication

    from sleutelapp.gui import binding_guard

    binding_guard.apply()
    from sleutelapp.gui.main_window import MainWindow
    from sleutelapp.gui.prefs import UiPrefs
    from sleutelapp.store.case import Case

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(paths, UiPrefs(paths))
    window.startup_checks = False
    window.open_case(Case.open(paths, PASSPHRASE))
    window.show()
    app.processEvents()
    keystrokes = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            window.ui.searchEdit.setText(query[:end])  # textChanged -> query -> model reset
            keystrokes.append((time.perf_counter() - started) * 1000)
        window.ui.searchEdit.clear()
    ids = [
        window.newcomers.index(r).data(window.newcomers.IdRole)
        for r in range(0, window.newcomers.rowCount(), max(1, window.newcomers.rowCount() // 40))
    ]
    opened = []
    for newcomer_id in ids:
        started = time.perf_counter()
        window.show_newcomer(newcomer_id)
        app.processEvents()  # the timeline is painted
        opened.append((time.perf_counter() - started) * 1000)
    window.session.close()
    window.close()
    return statistics.median(keystrokes), statistics.median(opened)


def run() -> list[tuple[str, str, str]]:
    paths = demo_home(1000, 100, 1)
    smoke, bare, unlock = _startup(paths)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the smoke runs
    keystroke_ms, open_ms = _interactive(paths)
    return [
        (
            "gui --smoke minus unlock KDF (s)",
            f"{smoke:.2f} (KDF {unlock:.2f})",
            f"<= 1.5 x bare = {1.5 * bare:.2f}",
        ),
        ("bare PySide6 QMainWindow script (s)", f"{bare:.2f}", "reference"),
        ("gui start vs bare", f"{smoke / bare:.2f} x", "<= 1.5 x"),
        ("search keystroke, query + model update (ms, median)", f"{keystroke_ms:.1f}", "<= 50"),
        ("select newcomer -> timeline shown (ms, median)", f"{open_ms:.1f}", "<= 30"),
        ("peak memory of gui --smoke (MB)", f"{peak_mb:.0f}", "<= 250"),
    ]


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
