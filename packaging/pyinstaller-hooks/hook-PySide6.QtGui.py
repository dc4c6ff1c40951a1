# Overrides PyInstaller's hook for PySide6.QtGui: the same collection, minus Qt plugins
# a desktop app never loads. Dropped before PyInstaller's binary dependency analysis, so
# the system libraries only they link (GTK's cairo/pango/atk, libdrm, evdev, ...) are not
# bundled either: a bundled old cairo next to the user's newer GTK is a crash waiting.
import os
import re

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_UNUSED_PLUGINS = re.compile(
    r"(platformthemes[/\\].*gtk3"              # GTK theme: pulls GTK's libraries
    r"|egldeviceintegrations[/\\]"             # EGLFS: embedded boards without a desktop
    r"|platforms[/\\].*(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)"
    r"|generic[/\\]"                           # evdev/TUIO input for embedded devices
    r"|imageformats[/\\].*(tiff|webp|tga|wbmp|icns|gif))", re.I)


def _keep(entry):
    src, dest = entry[0], entry[1]
    return not _UNUSED_PLUGINS.search(os.path.join(dest, os.path.basename(src)))


binaries = [entry for entry in binaries if _keep(entry)]
