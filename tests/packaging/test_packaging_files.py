"""Fast checks of the packaging inputs: icons, desktop entry, icon containers, scripts.

The frozen-app checks (a full build) are in test_bundle.py, marked slow.
"""
import ast
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "annstudio" / "assets" / "icons"
DESKTOP = ROOT / "annstudio" / "assets" / "annstudio.desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(PACKAGING))
import icons  # noqa: E402  (packaging/icons.py)


def png_header(data):
    """(width, height, bit depth, colour type) straight from the PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    w, h, depth, colour = struct.unpack(">IIBB", data[16:26])
    return w, h, depth, colour


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_has_its_size_and_alpha(size):
    w, h, depth, colour = png_header((ICONS / f"annstudio-{size}.png").read_bytes())
    assert (w, h) == (size, size)
    assert colour == 6 and depth == 8, "expected 8-bit RGBA (transparent rounded corners)"


def test_svg_icon_is_square_and_valid_xml():
    root = ET.parse(ICONS / "annstudio.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 512 512"


def test_pngs_are_rendered_from_the_current_svg(tmp_path):
    """A changed SVG must be re-rendered (python packaging/icons.py) before committing."""
    pytest.importorskip("PySide6.QtSvg")
    import numpy as np
    from PySide6.QtGui import QImage

    def rgba(path):
        img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
        return np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(
            img.height(), img.bytesPerLine())[:, : 4 * img.width()].astype(int)

    fresh = icons.render_pngs(icons.SVG, sizes=(64,), out_dir=tmp_path)[0]
    a, b = rgba(fresh), rgba(ICONS / "annstudio-64.png")
    assert a.shape == b.shape == (64, 256)
    worst = int(np.abs(a - b).max())
    assert worst <= 2, f"committed 64 px icon differs from the SVG by up to {worst}/255"


def test_ico_container_holds_each_png_at_its_declared_size(tmp_path):
    path = icons.write_ico(tmp_path / "a.ico")
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    seen = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        pw, ph, _, _ = png_header(data[offset: offset + length])
        assert (pw, ph) == (w or 256, h or 256)        # 0 means 256 in an ICO directory
        assert offset + length <= len(data) and (planes, bpp) == (1, 32)
        seen.append(pw)
    assert seen == [16, 24, 32, 48, 64, 128, 256]


def test_icns_container_lengths_and_types(tmp_path):
    data = icons.write_icns(tmp_path / "a.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos: pos + 4], struct.unpack(">I", data[pos + 4: pos + 8])[0]
        found[kind] = png_header(data[pos + 8: pos + length])[:2]
        pos += length
    assert pos == len(data)
    assert found == {b"icp4": (16, 16), b"icp5": (32, 32), b"icp6": (64, 64),
                     b"ic07": (128, 128), b"ic08": (256, 256), b"ic09": (512, 512)}


def desktop_entry():
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_entry_fields():
    e = desktop_entry()
    assert e["Type"] == "Application" and e["Name"] == "ANN Studio"
    assert e["Exec"].split()[0] == "annstudio" and e["Icon"] == "annstudio"
    assert e["Terminal"] == "false" and "Education" in e["Categories"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt install desktop-file-utils)")
def test_desktop_entry_validates():
    r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_build_script_help():
    r = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--help"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "--flavour" in r.stdout and "{numpy,torch}" in r.stdout


def test_frozen_entry_calls_freeze_support_before_importing_the_app():
    """In a frozen app the engine child re-runs the executable: freeze_support() must run
    before annstudio (and Qt) is imported, or the child opens a second window."""
    tree = ast.parse((PACKAGING / "annstudio_entry.py").read_text(encoding="utf-8"))
    main_block = next(n for n in tree.body if isinstance(n, ast.If))
    nodes = [n for n in ast.walk(ast.Module(main_block.body, []))
             if isinstance(n, (ast.Call, ast.ImportFrom))]
    calls = [ast.unparse(n) for n in sorted(nodes, key=lambda n: (n.lineno, n.col_offset))]
    first_app_import = next(i for i, c in enumerate(calls) if "annstudio" in c)
    freeze = calls.index("multiprocessing.freeze_support()")
    assert freeze < first_app_import


def test_release_workflow_and_installer_scripts_refer_to_existing_files():
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    referenced = set(re.findall(r"packaging/[\w./-]+\.(?:py|sh|iss)", workflow))
    assert {"packaging/build.py", "packaging/smoke.py"} <= referenced
    for rel in referenced:
        assert (ROOT / rel).exists(), f"release.yml refers to missing {rel}"
    for os_name in ("ubuntu", "windows", "macos"):
        assert os_name in workflow
    iss = (PACKAGING / "windows" / "annstudio.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M), "Windows install must be per-user"
    assert "{localappdata}\\Programs" in iss or "{autopf}" in iss
    assert os.access(PACKAGING / "macos" / "build_dmg.sh", os.R_OK)


def _spec_drop_pattern():
    """The spec's `_DROP` list (literal strings) as the one regex it compiles."""
    tree = ast.parse((PACKAGING / "annstudio.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_DROP"
                                                for t in node.targets):
            return re.compile("|".join(ast.literal_eval(node.value)))
    raise AssertionError("packaging/annstudio.spec has no _DROP list")


@pytest.mark.parametrize("name, kept", [
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/translations/qtbase_zh_CN.qm", True),          # the Windows wheel's layout
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_es.qm", True),
    ("PySide6/Qt/translations/qtbase_ja.qm", False),
    ("PySide6/Qt/translations/qt_de.qm", False),
    ("PySide6/Qt/translations/qtmultimedia_de.qm", False),
    ("annstudio/assets/translations/annstudio_de.qm", True),
    ("annstudio/assets/translations/annstudio_zh_CN.qm", True),
    ("annstudio/assets/translations/annstudio_de.ts", False),
    ("annstudio/assets/translations/src/main.json", False),
])
def test_the_bundle_keeps_the_translations_the_app_loads(name, kept):
    """Qt's own catalogues only for the app's languages (a ~150-220 kB qtbase file each),
    the app's as .qm only: its .ts and JSON sources are not read at run time."""
    drop = _spec_drop_pattern()
    for path in (name, name.replace("/", "\\")):
        assert (drop.search(path) is None) == kept, path


def _spec_list(name):
    tree = ast.parse((PACKAGING / "annstudio.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name
                                                for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"packaging/annstudio.spec has no {name} list")


def qt_modules_imported(root=ROOT / "annstudio"):
    """{"QtNetwork", …}: every PySide6 module the package imports, at any depth."""
    found = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            found |= {n.split(".")[1] for n in names
                      if n.startswith("PySide6.") and n.count(".") >= 1}
    return found


def test_the_bundle_keeps_every_qt_module_the_app_imports(tmp_path):
    """A Qt module the spec leaves out is an ImportError at the frozen app's start (the
    classroom's QtNetwork once was): none the package imports may be on QT_UNUSED."""
    unused = set(_spec_list("QT_UNUSED"))
    assert not qt_modules_imported() & unused, qt_modules_imported() & unused
    planted = tmp_path / "pkg"
    planted.mkdir()
    (planted / "m.py").write_text("def f():\n    from PySide6.QtSql import QSqlDatabase\n")
    assert qt_modules_imported(planted) & unused == {"QtSql"}
