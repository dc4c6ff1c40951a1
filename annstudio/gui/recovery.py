"""Never lose work: autosave to a recovery file and offer it back after a crash.

Every ``AUTOSAVE_MS`` the unsaved state goes to a recovery file (removed on save and clean
close); the first one as soon as there is something to lose. At the next start a recovery
file left by a session that did not close is offered back in a non-modal box.
`Recovery` holds this part of `gui.files.FileActions`, which provides ``session``,
``parent``, ``show_status``, ``snapshot``, ``install_loaded`` and ``set_path``.
"""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from annstudio.core.errors import AnnStudioError
from annstudio.gui.i18n import translate
from annstudio.io import experiment_file as ef

AUTOSAVE_MS = 60_000
# Until the first autosave holds a finished epoch, look this often whether there is one:
# a crash in the first minute must not lose the first edit or the first epochs.
FIRST_AUTOSAVE_MS = 1_000
RECOVERY_KEY = "files/recovery_dir"
RECOVERY_ENV = "ANNSTUDIO_RECOVERY_DIR"


def default_recovery_dir(settings=None):
    """Where autosaves go: settings ``files/recovery_dir``, $ANNSTUDIO_RECOVERY_DIR, next
    to a portable/test settings file, else the platform's app-data folder."""
    if settings is not None:
        v = settings.value(RECOVERY_KEY)
        if v:
            return str(v)
    if os.environ.get(RECOVERY_ENV):
        return os.environ[RECOVERY_ENV]
    from annstudio.gui.settings import ENV
    if os.environ.get(ENV):
        return os.path.join(os.path.dirname(os.path.abspath(os.environ[ENV])), "recovery")
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    if not base:
        base = os.path.join(os.path.expanduser("~"), ".annstudio")
    return os.path.join(base, "recovery")


class Recovery:
    """Autosave timers, the recovery file and the "Recover unsaved work?" box."""

    def init_recovery(self, recovery_dir, autosave_ms):
        self.recovery_dir = recovery_dir
        self.recovery_box = None
        self.offered = []            # recovery files offered at start
        self.autosave_path = None
        self.closing = False         # closed, or shut down: no more autosaves
        self.timer = QTimer(self.parent)
        self.timer.setInterval(int(autosave_ms))
        self.timer.timeout.connect(self.autosave_now)
        # the first autosave as soon as there is something to lose (an edit, then the first
        # finished epoch); the interval's after that
        self.autosaved_epochs = None     # epochs in the recovery file (None: none written)
        self.first_timer = QTimer(self.parent)
        self.first_timer.setInterval(min(FIRST_AUTOSAVE_MS, int(autosave_ms)))
        self.first_timer.timeout.connect(self._first_autosave)
        self.session.modifiedChanged.connect(self._on_modified)

    def stop_autosave(self):
        """No more autosaves (the window closes or shuts down)."""
        self.closing = True
        self.timer.stop()
        self.first_timer.stop()

    def autosave_now(self):
        """Write the unsaved state to the recovery file (or remove it when nothing is unsaved)."""
        if self.closing:
            return None
        if not self.session.modified:
            self.remove_autosave()
            return None
        try:
            exp, kwargs = self.snapshot(autosave=True)
            self.autosave_path = ef.write_recovery(self.recovery_dir, exp,
                                                   original_path=self.path, **kwargs)
            history = kwargs.get("history")
            self.autosaved_epochs = 0 if history is None else len(history.epochs)
        except AnnStudioError as e:
            # the next tick tries again; the status bar says why once
            self.show_status(translate("FileActions", "Autosave failed: {error}")
                             .format(error=e), 10000)
            return None
        return self.autosave_path

    def _on_modified(self, modified):
        if modified and not self.closing:
            # not inside the edit's own call: a save waits on the engine (`engine_state`)
            self.first_timer.start()
        else:
            self.first_timer.stop()

    def _first_autosave(self):
        """Autosave now when the recovery file is missing, or holds no finished epoch and
        the run has one; after that the interval (``AUTOSAVE_MS``) takes over."""
        if self.closing or not self.session.modified:
            self.first_timer.stop()
            return
        epochs = len(self.session.history.epochs)
        if self.autosaved_epochs is None or (self.autosaved_epochs == 0 and epochs > 0):
            self.autosave_now()
        if self.autosaved_epochs:
            self.first_timer.stop()
            self.timer.start()           # the next one a whole interval after this one

    def remove_autosave(self):
        path = ef.recovery_path(self.recovery_dir)
        try:
            ef.discard_recovery(path)
        except AnnStudioError:
            pass
        self.autosave_path = None
        self.autosaved_epochs = None

    def check_recovery(self):
        """Offer back work left by a session that did not close (non-modal box)."""
        found = ef.find_recoveries(self.recovery_dir)
        self.offered = found
        if not found:
            return None
        rec = found[0]
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.saved_at))
        name = (os.path.basename(rec.original_path) if rec.original_path
                else translate("FileActions", "an untitled experiment"))
        box = QMessageBox(QMessageBox.Question,
                          translate("FileActions", "ANN Studio — Recover unsaved work?"),
                          translate("FileActions", "ANN Studio did not close properly last time. "
                                    "Recover the unsaved changes to {name} (autosaved {when})?")
                          .format(name=name, when=when), QMessageBox.NoButton, self.parent)
        self.recover_button = box.addButton(translate("FileActions", "Recover"),
                                            QMessageBox.AcceptRole)
        self.discard_button = box.addButton(translate("FileActions", "Discard"),
                                            QMessageBox.DestructiveRole)
        box.setModal(False)
        box.buttonClicked.connect(lambda b: self._on_recovery_answer(b, found))
        box.show()
        self.recovery_box = box
        return box

    def _on_recovery_answer(self, button, found):
        if button is self.recover_button:
            self.recover(found[0])
            rest = found[1:]
        else:
            rest = found
        for r in rest:
            try:
                ef.discard_recovery(r.path)
            except AnnStudioError:
                pass
        self.recovery_box = None

    def recover(self, rec):
        """Load a recovery file as unsaved work (its original path, marked modified)."""
        try:
            loaded = ef.load(rec.path)
        except AnnStudioError as e:
            self.show_error(translate("FileActions", "Cannot recover"), str(e))
            return False
        if not self.install_loaded(loaded):
            return False
        original = rec.original_path
        self.set_path(original if original and os.path.exists(os.path.dirname(original)) else None)
        self.session.set_modified(True)
        ef.discard_recovery(rec.path)
        self.autosave_now()        # the work is now this session's, under this session's pid
        return True
