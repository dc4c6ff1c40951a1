"""Icon files for ANN Studio, all made from one SVG.

    python packaging/icons.py            # re-render annstudio/assets/icons/annstudio-<N>.png

The PNGs are committed (the app and the installers read them); build.py also calls
`write_ico` / `write_icns` to make the Windows and macOS icon containers in build/.
Both containers simply hold the PNGs (ICO has allowed PNG entries since Vista, ICNS
since 10.7), so no image library is needed beyond Qt's SVG renderer.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "annstudio" / "assets" / "icons"
SVG = ICON_DIR / "annstudio.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICON_DIR / f"annstudio-{size}.png"


def render_pngs(svg: Path = SVG, sizes=SIZES, out_dir: Path = ICON_DIR) -> list[Path]:
    """Render `svg` to square PNGs with Qt's SVG renderer (antialiased, transparent)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read SVG icon {svg}")
    paths = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"annstudio-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        paths.append(path)
    del renderer, app  # Qt objects never outlive this function (see DESIGN.md)
    return paths


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def write_ico(path: Path, sizes=(16, 24, 32, 48, 64, 128, 256)) -> Path:
    """A Windows .ico whose entries are the committed PNGs (256 is stored as 0)."""
    blobs = [png_path(s).read_bytes() for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries, body = b"", b""
    for size, blob in zip(sizes, blobs):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        body += blob
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + entries + body)
    return path


# ICNS element types that hold PNG data, by pixel size.
_ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def write_icns(path: Path) -> Path:
    """A macOS .icns made of PNG elements (16..512 px)."""
    body = b""
    for size, kind in _ICNS_TYPES.items():
        blob = png_path(size).read_bytes()
        body += kind + struct.pack(">I", 8 + len(blob)) + blob
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return path


if __name__ == "__main__":
    for p in render_pngs():
        print(p.relative_to(ROOT))
    sys.exit(0)
