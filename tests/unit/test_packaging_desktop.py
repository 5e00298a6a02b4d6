"""The app icon files and the Linux menu entry: every size present and readable by the
OS formats, the .desktop file valid, and install-desktop-entry.sh installing and removing
the entry for the unpacked bundle wherever it was unpacked."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_every_png_size_is_rendered():
    for size in PNG_SIZES:
        assert png_size((ICONS / f"sleutelapp-{size}.png").read_bytes()) == (size, size)


def test_windows_ico_holds_the_small_and_large_sizes():
    data = (ICONS / "sleutelapp.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _height, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        side = width or 256
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icns_chunks_are_well_formed():
    data = (ICONS / "sleutelapp.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found[b"ic07"] == 128 and found[b"ic10"] == 1024 and found[b"ic14"] == 512


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_describes_the_app():
    entry = read_desktop(ROOT / "resources" / "sleutelapp.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Sleutelapp"
    assert entry["Exec"] == "Sleutelapp"
    assert entry["Icon"] == "sleutelapp"  # installed as hicolor/<size>/apps/sleutelapp.png
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert "versleuteld" in entry["Comment"] and "encrypted" in entry["Comment[en]"]


def test_desktop_file_validates_where_the_validator_exists():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate not installed")
    result = subprocess.run(
        [validator, str(ROOT / "resources" / "sleutelapp.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


@pytest.fixture
def unpacked_bundle(tmp_path):
    """A stand-in for an unpacked dist/Sleutelapp/ in a folder with awkward characters."""
    folder = tmp_path / "Mijn programma's $HOME 100%" / "Sleutelapp"
    internal = folder / "_internal"
    internal.mkdir(parents=True)
    shutil.copytree(ROOT / "resources", internal / "resources")
    program = folder / "Sleutelapp"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    shutil.copy2(ROOT / "packaging" / "install-desktop-entry.sh", folder)
    return folder


def run_installer(folder: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )


def unescape_exec(value: str) -> str:
    """Undo the desktop-entry string and Exec quoting of one quoted argument."""
    assert value.startswith('"') and value.endswith('"')
    inner = value[1:-1].replace("\\\\", "\\").replace("%%", "%")
    for char in '"`$\\':
        inner = inner.replace("\\" + char, char)
    return inner


@pytest.mark.posix(reason="the Linux menu-entry script runs under sh")
def test_menu_entry_points_at_the_unpacked_program(unpacked_bundle, tmp_path):
    data_home = tmp_path / "share"
    result = run_installer(unpacked_bundle, data_home)
    assert result.returncode == 0, result.stderr
    entry = read_desktop(data_home / "applications" / "sleutelapp.desktop")
    assert unescape_exec(entry["Exec"]) == str(unpacked_bundle / "Sleutelapp")
    assert entry["Name"] == "Sleutelapp"
    for size in (16, 48, 256):
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sleutelapp.png"
        assert png_size(icon.read_bytes()) == (size, size)

    result = run_installer(unpacked_bundle, data_home, "--remove")
    assert result.returncode == 0, result.stderr
    assert not (data_home / "applications" / "sleutelapp.desktop").exists()
    assert not list((data_home / "icons").rglob("sleutelapp.png"))


@pytest.mark.posix(reason="the Linux menu-entry script runs under sh")
def test_installer_refuses_outside_the_bundle(tmp_path):
    lonely = tmp_path / "elders"
    lonely.mkdir()
    shutil.copy2(ROOT / "packaging" / "install-desktop-entry.sh", lonely)
    result = run_installer(lonely, tmp_path / "share")
    assert result.returncode == 1
    assert "uitgepakte map" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
