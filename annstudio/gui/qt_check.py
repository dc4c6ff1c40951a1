"""Can Qt open a window here? Asked before the QApplication exists, because Qt's own
answer is to abort inside the QApplication constructor (a core dump, or "Reinstalling
the application may fix this problem" naming the wrong library).

`qt_start_problem()` returns None, or one line saying what is missing: a display, or the
system libraries of Qt's X11 (xcb) platform plugin with the apt command that installs them.
No Qt import, no window: plain environment checks and ``ldd`` on the plugin.
"""
from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# The messages stay English: they are printed on the command line before a QApplication
# (and so before any translator) exists, as the CLI's other errors are.
NO_DISPLAY = ("no display: set DISPLAY or run under xvfb-run / use --screenshot with "
              "QT_QPA_PLATFORM=offscreen")

# shared library (soname) → the Debian/Ubuntu package that ships it; the xcb plugin's
# needs, the same set as the .deb's Depends (packaging/build.py)
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g",
}
# where ldd is not there: the libraries to look for by name (ctypes.util.find_library)
FIND_LIBRARY = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                "xcb-keysyms": "libxcb-keysyms1", "xkbcommon-x11": "libxkbcommon-x11-0",
                "xcb-image": "libxcb-image0", "xcb-render-util": "libxcb-render-util0",
                "xcb-shape": "libxcb-shape0", "xcb-randr": "libxcb-randr0",
                "EGL": "libegl1", "GL": "libgl1", "fontconfig": "libfontconfig1"}


def _platform(environ):
    return environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()


def xcb_plugin():
    """The path of PySide6's xcb platform plugin (libqxcb.so), or None."""
    try:
        import PySide6
    except ImportError:
        return None
    for base in {Path(PySide6.__file__).resolve().parent, Path(sys.executable).parent}:
        for sub in ("Qt/plugins/platforms", "plugins/platforms", "PySide6/Qt/plugins/platforms"):
            p = base / sub / "libqxcb.so"
            if p.exists():
                return p
    return None


def missing_libraries(plugin=None):
    """[soname] the xcb plugin needs and the system lacks (``ldd``: "=> not found")."""
    plugin = plugin or xcb_plugin()
    if plugin is not None and shutil.which("ldd"):
        try:
            out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                 timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            out = None
        if out is not None:
            missing = []
            for line in out.splitlines():
                name, _, where = line.strip().partition("=>")
                if "not found" in where and name.strip() not in missing:
                    missing.append(name.strip())
            return missing
    return [f"lib{name}.so" for name in FIND_LIBRARY if ctypes.util.find_library(name) is None]


def _package(soname):
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    stem = soname.split(".so")[0]
    return FIND_LIBRARY.get(stem[3:] if stem.startswith("lib") else stem, soname)


def qt_start_problem(environ=None, platform=None):
    """None if Qt can open a window here, else one line saying what is missing."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None                       # Windows and macOS bring their own
    qpa = _platform(environ)
    if qpa not in ("", "xcb", "wayland"):
        return None                       # offscreen, minimal, vnc, eglfs…: no display needed
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if qpa == "wayland":
        return None if wayland else NO_DISPLAY
    if (qpa == "xcb" and not x11) or not (x11 or wayland):
        return NO_DISPLAY
    if qpa == "" and wayland:
        return None                       # Qt picks Wayland, which needs no xcb libraries
    missing = missing_libraries()
    if not missing:
        return None
    packages = list(dict.fromkeys(_package(s) for s in missing))
    return (f"Qt cannot open a window: missing system libraries {', '.join(missing)}; "
            f"install them with: sudo apt install {' '.join(packages)}")
