"""Render the app icon from its one source (resources/icons/app/sleutelapp.svg).

Writes every PNG size the desktops ask for, a Windows .ico and a macOS .icns into the same
folder. The outputs are committed, so a build machine needs none of this; run it again after
editing the SVG:

    python packaging/make_icons.py            # rewrite what is missing or stale
    python packaging/make_icons.py --check    # exit 1 when an output is missing or stale

Qt renders the SVG (QtSvg, part of PySide6-Essentials); the .ico and .icns containers hold
the PNGs as they are, which Windows Vista+ and macOS 10.7+ read.

Staleness never depends on the machine: Qt's antialiasing rounds an exact half either way
depending on the CPU and Qt release, so rendered bytes differ between machines. An output
is stale when the SVG's hash differs from the one recorded beside it
(sleutelapp.svg.sha256), when a PNG's decoded pixels are further than PIXEL_TOLERANCE from
a fresh render, or when the .ico/.icns are not exactly the containers of the committed PNGs.
A PNG within tolerance is left as it is, so running this on another machine changes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SOURCE = ICON_DIR / "sleutelapp.svg"
SOURCE_HASH = ICON_DIR / "sleutelapp.svg.sha256"
# Largest difference of one channel (0-255) of one pixel still taken as the same rendering.
# Rounding between CPUs and Qt releases moves a channel by 1 or 2; an edit moves edges fully.
PIXEL_TOLERANCE = 8
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types holding PNG data: (type, pixel size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_name(size: int) -> str:
    return f"sleutelapp-{size}.png"


def render_png(size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file with one PNG entry per size (256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file: the 'icns' header, then (type, length, PNG) chunks."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def source_hash(svg: Path | None = None) -> str:
    """SHA-256 of the SVG, the same with Windows line endings (a checkout may convert)."""
    return hashlib.sha256((svg or SOURCE).read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def recorded_hash() -> str | None:
    """The SVG hash the committed outputs were rendered from."""
    if not SOURCE_HASH.exists():
        return None
    return SOURCE_HASH.read_text(encoding="utf-8").split()[0]


def hash_line(digest: str) -> str:
    """The hash file's content, in the format of `sha256sum`."""
    return f"{digest}  {SOURCE.name}\n"


def pixel_difference(png_a: bytes, png_b: bytes) -> int:
    """Largest channel difference between two PNGs' decoded pixels (256 when the sizes differ
    or one does not decode)."""
    from PySide6.QtGui import QImage

    images = []
    for data in (png_a, png_b):
        image = QImage.fromData(data, "PNG")
        if image.isNull():
            return 256
        images.append(image.convertToFormat(QImage.Format.Format_ARGB32))
    a, b = images
    if a.size() != b.size():
        return 256
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    if bytes_a == bytes_b:
        return 0
    return max(abs(x - y) for x, y in zip(bytes_a, bytes_b, strict=True) if x != y)


def same_rendering(png_a: bytes, png_b: bytes) -> bool:
    return pixel_difference(png_a, png_b) <= PIXEL_TOLERANCE


def outputs() -> dict[Path, bytes]:
    """Every generated file and its content, rendered on this machine."""
    pngs = {size: render_png(size) for size in PNG_SIZES}
    files = {ICON_DIR / png_name(size): data for size, data in pngs.items()}
    files[ICON_DIR / "sleutelapp.ico"] = ico_bytes(pngs)
    files[ICON_DIR / "sleutelapp.icns"] = icns_bytes(pngs)
    return files


def planned_outputs() -> tuple[dict[Path, bytes], list[str]]:
    """What the icon folder should hold, and the names of files that differ from it.

    A committed PNG within tolerance of a fresh render is kept byte for byte (also in the
    containers); after an SVG edit every file is rendered again.
    """
    source_changed = recorded_hash() != source_hash()
    pngs = {}
    for size in PNG_SIZES:
        path = ICON_DIR / png_name(size)
        fresh = render_png(size)
        committed = path.read_bytes() if path.exists() else None
        keep = committed is not None and not source_changed and same_rendering(committed, fresh)
        pngs[size] = committed if keep and committed is not None else fresh
    files = {ICON_DIR / png_name(size): data for size, data in pngs.items()}
    files[ICON_DIR / "sleutelapp.ico"] = ico_bytes(pngs)
    files[ICON_DIR / "sleutelapp.icns"] = icns_bytes(pngs)
    files[SOURCE_HASH] = hash_line(source_hash()).encode("utf-8")
    stale = []
    for path, data in files.items():
        if not path.exists():
            stale.append(path.name)
        elif path == SOURCE_HASH:
            if source_changed:
                stale.append(path.name)
        elif path.read_bytes() != data:
            stale.append(path.name)
    return files, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report outputs that are missing or differ from the SVG",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    files, stale = planned_outputs()
    if args.check:
        if stale:
            print("stale icon files (run packaging/make_icons.py): " + ", ".join(stale))
            return 1
        return 0
    for path, data in files.items():
        if path.name in stale:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ICON_DIR.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
