"""Read files off the GUI thread: the window keeps painting while a slow disk answers.

``read_off_thread(parent, label, fn, *args)`` runs ``fn(*args)`` (a file read and parse:
pure Python, no Qt) in a short-lived thread and returns its result — or raises its
exception — to the caller, like a plain call would. Meanwhile a local event loop keeps
the window alive, and a read that takes longer than ``SHOW_AFTER_MS`` shows a busy dialog
("Reading experiment.annstudio…", no percentage: a read does not know its end). The
dialog is window-modal, so the user cannot start a second open meanwhile; Cancel gives up
waiting (the thread ends on its own: every read is capped in size).
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from annstudio.core.errors import AnnStudioError
from annstudio.gui.i18n import translate

SHOW_AFTER_MS = 400
# a Qt property on the parent: one read per window at a time (a tag Qt keeps for us,
# rather than a private attribute written onto someone else's object)
READING = "annstudioReading"


class _Done(QObject):
    finished = Signal()


def read_off_thread(parent, label, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` in a worker thread while the event loop runs; its value or its error."""
    if parent.property(READING):
        raise AnnStudioError(translate("busy", "another file is still being read; wait for it "
                                               "or cancel it"))
    box = {}
    done = _Done()
    loop = QEventLoop()
    # queued: the thread only posts an event; the GUI thread quits its own loop
    done.finished.connect(loop.quit, Qt.QueuedConnection)

    def work():
        try:
            box["value"] = fn(*args, **kwargs)
        except BaseException as e:   # noqa: BLE001 - re-raised in the GUI thread below
            box["error"] = e
        finally:
            box["done"] = True
            done.finished.emit()

    dialog = QProgressDialog(label, translate("busy", "Cancel"), 0, 0, parent)   # 0, 0: a busy bar
    dialog.setWindowTitle("ANN Studio")
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.canceled.connect(loop.quit)
    thread = threading.Thread(target=work, name="annstudio-read", daemon=True)
    parent.setProperty(READING, True)
    parent.busy_dialog = dialog   # tests and the status bar can see it
    try:
        thread.start()
        if not box.get("done"):
            loop.exec()
    finally:
        parent.setProperty(READING, False)
        parent.busy_dialog = None
        dialog.canceled.disconnect(loop.quit)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
    if not box.get("done"):
        raise AnnStudioError(translate("busy", "reading was cancelled"))
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
