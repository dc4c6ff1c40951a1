"""Fresh machine: when Qt cannot open a window, `annstudio` says what is missing in one
line and exits with an error code — not Qt's abort (a core dump, killed by SIGABRT)."""
import ctypes
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="X11/Wayland start-up is a Linux matter")


def run_gui(env_changes, *args):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_changes)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "annstudio", *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=str(ROOT))


@linux_only
@pytest.mark.parametrize("qpa", [None, "xcb"], ids=["platform-unset", "platform-xcb"])
def test_no_display_is_one_line_and_an_exit_code(qpa):
    r = run_gui({} if qpa is None else {"QT_QPA_PLATFORM": qpa})
    assert r.returncode > 0, f"killed by signal {-r.returncode}" if r.returncode < 0 else r
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("annstudio: no display: set DISPLAY or run under xvfb-run")
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "core dumped" not in r.stderr and "Reinstalling" not in r.stderr


@linux_only
def test_screenshot_needs_no_display(tmp_path):
    out = tmp_path / "w.png"
    r = run_gui({}, "--screenshot", str(out))
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 10000


def _plugin_libraries():
    from annstudio.gui.qt_check import xcb_plugin
    plugin = xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return plugin, sorted({ln.split("=>")[0].strip() for ln in out.splitlines() if "=>" in ln})


@linux_only
def test_missing_libraries_are_the_ones_the_loader_cannot_load():
    from annstudio.gui.qt_check import missing_libraries
    plugin, libs = _plugin_libraries()
    missing = missing_libraries(plugin)
    assert libs, "ldd listed nothing"
    for soname in libs:
        if soname.startswith("libQt6") or soname.startswith("libpyside"):
            continue     # PySide6's own, found through its rpath
        try:
            ctypes.CDLL(soname)
            loads = True
        except OSError:
            loads = False
        assert loads == (soname not in missing), soname


@linux_only
def test_missing_libraries_named_with_the_apt_command():
    """With a display set but libraries missing (as on this machine if it lacks some),
    the one line names the libraries and the packages to install."""
    from annstudio.gui.qt_check import missing_libraries
    missing = missing_libraries()
    if not missing:
        pytest.skip("every library of the xcb plugin is installed here: Qt would start")
    r = run_gui({"DISPLAY": ":97"})
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    for soname in missing:
        assert soname in lines[0]
    m = re.search(r"sudo apt install (.+)$", lines[0])
    assert m, lines[0]
    packages = m.group(1).split()
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in packages)


def test_message_for_libraries_maps_them_to_debian_packages(monkeypatch):
    from annstudio.gui import qt_check
    monkeypatch.setattr(qt_check, "missing_libraries",
                        lambda plugin=None: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                             "libxcb-cursor.so.0"])
    line = qt_check.qt_start_problem({"DISPLAY": ":0"}, platform="linux")
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0")
    assert "libxcb-icccm.so.4" in line
    # Wayland sessions and offscreen rendering need no xcb libraries, other systems none
    assert qt_check.qt_start_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert qt_check.qt_start_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert qt_check.qt_start_problem({}, platform="win32") is None
    assert qt_check.qt_start_problem({"QT_QPA_PLATFORM": "wayland"},
                                     platform="linux") == qt_check.NO_DISPLAY


def test_readme_lists_every_library_the_deb_depends_on():
    import importlib.util
    sys.path.insert(0, str(ROOT / "packaging"))       # build.py imports icons.py beside it
    try:
        spec = importlib.util.spec_from_file_location("packaging_build",
                                                      ROOT / "packaging" / "build.py")
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
    finally:
        sys.path.pop(0)
    packages = [p.strip().split()[0] for p in build.DEB_DEPENDS.split(",")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"sudo apt install (libgl1[^`]+?)\n```", readme)
    assert block, "no apt install line in the README"
    listed = block.group(1).replace("\\\n", " ").split()
    assert sorted(listed) == sorted(packages)
    # and every package the start-up check may name is one of them
    from annstudio.gui.qt_check import FIND_LIBRARY
    assert set(FIND_LIBRARY.values()) <= set(packages)
