"""A built wheel is a whole app: it carries resources/, and installed into a fresh venv it runs
the commands of design.md §8 from any working folder, with the GUI in Dutch and its icon.

The venv reuses the test venv's libraries (a .pth file points at them; the wheel itself is
installed with --no-deps), so nothing is downloaded. The checkout cannot be what runs: the
commands run in another folder, without PYTHONPATH, and the test asserts that sleutelapp and
every resource it finds come from the venv's site-packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.unit.test_packaging import load_plan

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "wiel proef wachtzin 2026"
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "tests"
)


def build_wheel(out: Path, work: Path) -> Path:
    """`pip wheel` of a copy of the checkout (a build must not write into the checkout)."""
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("sleutelapp-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    return build_wheel(work / "dist", work)


def venv_paths(python: Path) -> dict[str, str]:
    script = "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))"
    return json.loads(
        subprocess.run([python, "-c", script], check=True, capture_output=True, text=True).stdout
    )


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """A fresh venv with the wheel installed: (python, sleutelapp program, site-packages)."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    paths = venv_paths(python)
    site_packages = Path(paths["purelib"])
    # The test venv's libraries, after the venv's own site-packages (so the wheel wins). Its
    # own .pth files (the editable install of the checkout) are not processed from here.
    ours = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site_packages / "test_venv_libraries.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    program = Path(paths["scripts"]) / ("sleutelapp.exe" if os.name == "nt" else "sleutelapp")
    return python, program, site_packages


def test_the_wheel_carries_every_run_time_resource_and_every_module(wheel):
    """The same resource files as the bundle (packaging/bundle_plan.py), and no sources."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    plan = load_plan()
    wanted = {
        f"sleutelapp/{dest}/{Path(src).name}".replace("\\", "/")
        for src, dest in plan.resource_datas(ROOT)
    }
    carried = {n for n in names if n.startswith("sleutelapp/resources/")}
    assert carried == wanted
    for category in ("schema", "fonts", "translations", "icons/app", "licenses"):
        assert any(n.startswith(f"sleutelapp/resources/{category}/") for n in carried), category
    assert "sleutelapp/resources/sleutelapp.desktop" in carried
    modules = {"/".join(p.relative_to(ROOT).parts) for p in (ROOT / "sleutelapp").rglob("*.py")}
    assert modules <= names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(metadata).decode("utf-8")
    assert "License-Expression: EUPL-1.2" in text
    assert not any(n.endswith((".svg", ".sha256", ".md")) for n in names)
    assert {n for n in names if n.endswith(".ts")} == {
        f"sleutelapp/resources/translations/{p.name}"
        for p in (ROOT / "resources" / "translations").glob("sleutelapp_*.ts")
    }


@pytest.mark.slow
def test_an_installed_wheel_runs_every_command_from_another_folder(installed, tmp_path):
    python, program, site_packages = installed
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(SLEUTELAPP_PASSPHRASE=PASSPHRASE, SLEUTELAPP_LANG="nl", QT_QPA_PLATFORM="offscreen")

    def run(*args: str, home: str = "home") -> str:
        done = subprocess.run(
            [str(program), "--home", str(work / home), *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, f"{args}: {done.stderr}"
        assert "Traceback" not in done.stderr and "unexpected error" not in done.stderr
        return done.stdout

    where = subprocess.run(
        [
            str(python),
            "-c",
            "import sleutelapp, sleutelapp.paths as p; print(sleutelapp.__file__); "
            "print(sleutelapp.__version__); "
            "[print(p.resource(*r.split('/'))) for r in "
            "('schema/sleutelapp-data.v1.json', 'fonts/NotoSans-Regular.ttf', "
            "'translations/sleutelapp_ar.ts', 'icons/app/sleutelapp-256.png', "
            "'licenses/LGPL-3.0.txt', 'sleutelapp.desktop')]",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert Path(where[0]).is_relative_to(site_packages), "the checkout was imported, not the wheel"
    assert where[1] == load_plan().project_version(ROOT)
    for found in where[2:]:
        assert Path(found).is_relative_to(site_packages / "sleutelapp" / "resources"), found

    run("init")
    run("demo", "--newcomers", "5", "--entries-per", "12", "--seed", "3")
    run("export-data", "-o", "data.json")
    data = json.loads((work / "data.json").read_text(encoding="utf-8"))
    newcomer = next(
        p["id"]
        for p in data["newcomers"]
        if any(
            c["purpose"] == "regisseur_summary" and not c.get("withdrawn_on")
            for c in p.get("consents", [])
        )
    )
    run("report", newcomer, "-o", "report.pdf")
    year = str(date.today().year - 1)  # only ended periods are summarised
    run("summary", "--period", year, "-o", "one.json", "--pdf", "one.pdf")
    run("init", home="second")
    run("import", "data.json", home="second")
    assert len(json.loads(run("newcomers", "--json", home="second"))) == 5
    # merge refuses the same figures twice, so the second case file holds more newcomers
    run("demo", "--newcomers", "4", "--entries-per", "12", "--seed", "4", home="second")
    run("summary", "--period", year, "-o", "two.json", home="second")
    run("merge", "one.json", "two.json", "-o", "merged.json", "--pdf", "merged.pdf")
    for pdf in ("report.pdf", "one.pdf", "merged.pdf"):
        assert (work / pdf).read_bytes().startswith(b"%PDF-"), pdf
    assert json.loads((work / "merged.json").read_text(encoding="utf-8"))["format"]
    run("gui", "--smoke")

    gui = subprocess.run(
        [
            str(python),
            "-c",
            "from PySide6.QtWidgets import QApplication\n"
            "from sleutelapp.gui import i18n\n"
            "from sleutelapp.gui.app_icon import app_icon\n"
            "app = QApplication([])\n"
            "i18n.install(app, 'nl')\n"
            "print(QApplication.translate('MainWindow', 'Today'))\n"
            "print(sorted(s.width() for s in app_icon().availableSizes()))\n",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert gui[0] == "Vandaag"
    assert "256" in gui[1] and "16" in gui[1]
    assert not (work / "sleutelapp").exists() and not (work / "resources").exists()
