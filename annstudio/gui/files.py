"""File actions of the main window: New/Open/Save/Save As, recent files, lessons, exports,
"save changes?", autosave and crash recovery.

`install(window)` (called by `MainWindow.__init__`; the window's session is the model behind
the names below) wires everything into a window that provides: ``actions`` (new, open,
save, save_as, quit, export_torch, export_csv, export_plot, export_window_png; it adds
export_torch_ddp to the Export menu itself), ``menus``
(file, recent, export, lessons), ``experiment``, ``data``, ``history``, ``network()``,
``load_experiment(experiment, data, weights, history, resume)``,
``modified``/``set_modified``, ``modifiedChanged``, ``close_guards``, ``open_file_handler`` and ``show_error``.

Dialogs go through small hooks on the `FileActions` object (``ask_save_changes``,
``ask_open_path``, ``ask_save_path``) so tests can answer them without a modal loop.
Never lose work: every ``AUTOSAVE_MS`` the unsaved state goes to a recovery file (removed
on save and clean close); at the next start a recovery file left by a crashed session is
offered back in a non-modal box.
"""
from __future__ import annotations

import os
import tempfile
import time

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import Experiment
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.i18n import translate
from annstudio.io import experiment_file as ef

AUTOSAVE_MS = 60_000
# Until the first autosave holds a finished epoch, look this often whether there is one:
# a crash in the first minute must not lose the first edit or the first epochs.
FIRST_AUTOSAVE_MS = 1_000
MAX_RECENT = 8
RECENT_KEY = "files/recent"
RECOVERY_KEY = "files/recovery_dir"
RECOVERY_ENV = "ANNSTUDIO_RECOVERY_DIR"
# file dialog filters, shown translated (the patterns in brackets stay as they are)
FILTER = QT_TRANSLATE_NOOP("FileActions",
                           "ANN Studio files (*.annstudio *.challenge);;ANN Studio experiments "
                           "(*.annstudio);;Challenges (*.challenge);;All files (*)")
SAVE_FILTER = QT_TRANSLATE_NOOP("FileActions",
                                "ANN Studio experiments (*.annstudio);;All files (*)")
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
# the whole question (a translation needs the sentence, not a fragment of it) and what
# replaces the work, for each action
BEFORE = {
    "close": (QT_TRANSLATE_NOOP("FileActions", "Save the changes to {name} before closing it?"),
              QT_TRANSLATE_NOOP("FileActions", "ANN Studio then closes")),
    "new": (QT_TRANSLATE_NOOP("FileActions",
                              "Save the changes to {name} before starting a new experiment?"),
            QT_TRANSLATE_NOOP("FileActions", "the lecture run then replaces it")),
    "open": (QT_TRANSLATE_NOOP("FileActions",
                               "Save the changes to {name} before opening another file?"),
             QT_TRANSLATE_NOOP("FileActions", "the file you choose then replaces it")),
    "lesson": (QT_TRANSLATE_NOOP("FileActions",
                                 "Save the changes to {name} before opening the lesson?"),
               QT_TRANSLATE_NOOP("FileActions", "the lesson then replaces it")),
    "dataset": (QT_TRANSLATE_NOOP("FileActions",
                                  "Save the changes to {name} before changing the dataset?"),
                QT_TRANSLATE_NOOP("FileActions", "the new data then starts an untrained run")),
    "network": (QT_TRANSLATE_NOOP("FileActions",
                                  "Save the changes to {name} before changing the network?"),
                QT_TRANSLATE_NOOP("FileActions", "the new network then starts untrained"))}


# =========================================================================== exports
def export_plot(target, path):
    """Save a pyqtgraph plot (PlotWidget, GraphicsLayoutWidget, PlotItem or scene) as PNG
    or SVG, chosen by the file extension. Raises AnnStudioError."""
    import pyqtgraph.exporters as pex
    ext = os.path.splitext(str(path))[1].lower()
    if ext not in (".png", ".svg"):
        raise AnnStudioError(translate("files", "choose a .png or .svg file name, not {name}")
                             .format(name=repr(os.path.basename(str(path)))))
    item = target
    if hasattr(target, "getPlotItem"):
        item = target.getPlotItem()
    elif hasattr(target, "ci"):
        item = target.ci            # a GraphicsLayoutWidget: the whole layout
    elif hasattr(target, "scene") and not hasattr(target, "items"):
        item = target.scene()
    exporter = pex.SVGExporter(item) if ext == ".svg" else pex.ImageExporter(item)

    def write(tmp):
        if ext == ".png":
            # ImageExporter rounds; make sure the image is at least 1×1 pixel
            params = exporter.parameters()
            if params["width"] < 1 or params["height"] < 1:
                raise AnnStudioError(translate("files", "the plot has no size to export yet"))
            exporter.export(tmp)
            return
        try:
            exporter.export(tmp)
        except ValueError:
            # pyqtgraph 0.14's SVGExporter cannot parse the path data Qt ≥ 6.9 writes
            # ("not enough values to unpack"); Qt's own SVG generator draws the same scene.
            _svg_with_qt(item, tmp)
    _atomic_export(path, write)
    return path


def _svg_with_qt(item, path):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator
    scene = item.scene() if hasattr(item, "scene") and callable(item.scene) else item
    rect = item.sceneBoundingRect() if hasattr(item, "sceneBoundingRect") else scene.sceneRect()
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(rect.size().toSize())
    gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    gen.setTitle("ANN Studio plot")
    # the generator must use the screen's DPI: else text/axes and the curves (drawn through
    # the view box's transform) come out at different scales
    from PySide6.QtGui import QGuiApplication
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        gen.setResolution(round(screen.logicalDotsPerInch()))
    painter = QPainter(gen)
    try:
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()


def export_window_png(window, path):
    """A PNG picture of the whole window (``window.grab()``). Raises AnnStudioError."""
    if os.path.splitext(str(path))[1].lower() != ".png":
        path = str(path) + ".png"

    def write(tmp):
        if not window.grab().save(tmp, "PNG"):
            raise AnnStudioError(translate("files", "Qt could not write the PNG image"))
    _atomic_export(path, write)
    return path


def _atomic_export(path, write):
    """Let ``write(tmp)`` fill a temporary file in the same folder, then rename it."""
    from annstudio.io.atomic import target
    path = target(path)   # regular files only; through a symlink, its target
    folder = os.path.dirname(path)
    ext = os.path.splitext(path)[1]
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=ext, dir=folder)
        os.close(fd)
        write(tmp)
        if os.path.getsize(tmp) == 0:
            raise AnnStudioError(translate("files", "nothing was written to {name}")
                                 .format(name=os.path.basename(path)))
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        from annstudio.io.atomic import reason
        raise AnnStudioError(translate("files", "could not save {path}: {reason}")
                             .format(path=path, reason=reason(e))) from None
    finally:
        if tmp is not None:
            try:
                os.remove(tmp)
            except OSError:
                pass


def _plot_target(window):
    curves = getattr(window, "curves", None)
    if curves is not None and hasattr(curves, "glw"):
        return curves.glw
    import pyqtgraph as pg
    plots = window.findChildren(pg.PlotWidget) + window.findChildren(pg.GraphicsLayoutWidget)
    if not plots:
        raise AnnStudioError(translate("files", "there is no plot to export"))
    return plots[0]


# =========================================================================== controller
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


class FileActions:
    """Everything file-related for one window (kept as ``window.files``)."""

    def __init__(self, window, settings=None, recovery_dir=None, autosave_ms=AUTOSAVE_MS):
        self.window = window
        self.settings = settings if settings is not None else getattr(window, "settings", None)
        if self.settings is None:
            from annstudio.gui.settings import make_settings
            self.settings = make_settings()
        self.recovery_dir = recovery_dir or default_recovery_dir(self.settings)
        self.recovery_box = None
        self.offered = []            # recovery files offered at start
        self.last_saved_path = None
        self.autosave_path = None
        self._closing = False
        self.asking_before = "close"     # which action ask_save_changes is asked for
        # the free "extra" a save writes (a student's run: its challenge, `gui.challenge_mode`)
        self.extra = dict
        self.timer = QTimer(window)
        self.timer.setInterval(int(autosave_ms))
        self.timer.timeout.connect(self.autosave_now)
        # the first autosave as soon as there is something to lose (an edit, then the first
        # finished epoch); the interval's after that
        self.autosaved_epochs = None     # epochs in the recovery file (None: none written)
        self.first_timer = QTimer(window)
        self.first_timer.setInterval(min(FIRST_AUTOSAVE_MS, int(autosave_ms)))
        self.first_timer.timeout.connect(self._first_autosave)

    # ----------------------------------------------------------------- hooks (dialogs)
    def ask_save_changes(self):
        """SAVE, DISCARD or CANCEL (a modal question; tests replace this). The question
        names what is about to happen (``self.asking_before``: close, new, open, lesson)."""
        name = (os.path.basename(self.path) if self.path
                else translate("FileActions", "untitled"))
        question, replaced = BEFORE.get(self.asking_before, BEFORE["close"])
        box = QMessageBox(QMessageBox.Warning,
                          translate("FileActions", "ANN Studio — Save changes?"),
                          translate("FileActions", question).format(name=name),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                          self.window)
        box.setInformativeText(translate(
            "FileActions", "Discard loses the trained weights, the loss history and every edit "
            "since the last save; {then}. Cancel keeps everything as it is.").format(
                then=translate("FileActions", replaced)))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(answer, CANCEL)

    def ask_open_path(self):
        path, _ = QFileDialog.getOpenFileName(self.window,
                                              translate("FileActions", "Open experiment"),
                                              self._dir(), translate("FileActions", FILTER))
        return path or None

    def ask_save_path(self, title, suggested, file_filter):
        path, _ = QFileDialog.getSaveFileName(self.window, title,
                                              os.path.join(self._dir(), suggested), file_filter)
        return path or None

    def ask_replace_other_kind(self, path, found, wanted):
        """True when the user agrees to replace ``path`` (which holds ``found``) with
        ``wanted``: the file dialog's own "replace?" does not say that the kinds differ."""
        answer = QMessageBox.question(
            self.window,
            translate("FileActions", "ANN Studio — Replace a different kind of file?"),
            translate("FileActions", "{name} is {found}, not {wanted}. Replace it? Its contents "
                      "will be lost.").format(name=os.path.basename(path),
                                              found=_kind_text(found), wanted=_kind_text(wanted)),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def _may_replace(self, path, wanted):
        from annstudio.io import atomic
        found = atomic.other_kind(path, wanted)
        return found is None or self.ask_replace_other_kind(path, found, wanted)

    def _dir(self):
        if self.path:
            return os.path.dirname(self.path)
        recent = self.recent_files()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    # ----------------------------------------------------------------- path and title
    @property
    def path(self):
        return getattr(self.window, "file_path", None)

    def set_path(self, path, untitled_name=None):
        path = None if path is None else os.path.abspath(os.fspath(path))
        if hasattr(self.window, "set_file_path"):
            # the window writes "name • — ANN Studio" (``untitled_name`` while no file)
            self.window.set_file_path(path, untitled_name)
        else:
            self.window.file_path = path
            self.update_title()

    def update_title(self, *_):
        if hasattr(self.window, "set_file_path"):
            return
        name = (os.path.basename(self.path) if self.path
                else translate("FileActions", "untitled"))
        mark = " •" if self.window.modified else ""
        self.window.setWindowTitle(f"{name}{mark} — ANN Studio")

    # ----------------------------------------------------------------- save changes?
    def confirm_discard(self, before="close"):
        """True when the current work may be replaced (saved, discarded, or unmodified)."""
        if not self.window.modified:
            return True
        self.asking_before = before
        answer = self.ask_save_changes()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def confirm_new_run(self, before):
        """True when an edit that starts the run again (new data, another network) may
        throw the trained run away: asked like Open, only while a run is unsaved."""
        if not self.window.history.step_loss:
            return True               # nothing trained yet: the edit loses nothing
        return self.confirm_discard(before)

    def close_guard(self):
        if not self.confirm_discard():
            return False
        self._closing = True
        self.timer.stop()
        self.first_timer.stop()
        self.remove_autosave()
        return True

    # ----------------------------------------------------------------- new / open
    def new(self):
        if not self.confirm_discard("new"):
            return False
        if hasattr(self.window, "new_experiment"):
            self.window.new_experiment()
        else:
            self.window.load_experiment(Experiment())
        self.set_path(None)
        self.window.set_modified(False)
        self.remove_autosave()
        return True

    def open(self):
        if not self.confirm_discard("open"):
            return False
        path = self.ask_open_path()
        return self.open_path(path, confirm=False) if path else False

    def open_path(self, path, confirm=True):
        """Open an experiment file, or a challenge as a new untitled run for it; a bad file
        leaves the current work open and untouched."""
        if confirm and not self.confirm_discard("open"):
            return False
        from annstudio.gui.busy import read_off_thread
        from annstudio.io import classroom as io_classroom
        challenge = os.path.splitext(str(path))[1].lower() == io_classroom.CHALLENGE_EXT
        try:
            loaded = read_off_thread(self.window, translate("FileActions", "Reading {name}…")
                                     .format(name=os.path.basename(path)),
                                     io_classroom.load_as_run if challenge else ef.load, path)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Cannot open the file"), str(e))
            if isinstance(e, ef.LoadError) and "no such file" in str(e):
                self._forget_recent(path)
            return False
        if not self._install(loaded):
            return False
        self.set_path(None if challenge else path)     # a challenge: Save asks for a name
        self.window.set_modified(False)
        self.add_recent(path)
        self.remove_autosave()
        return True

    def _install(self, loaded):
        try:
            kwargs = {}
            if loaded.weights is not None and loaded.history is not None:
                # a saved run: it carries on exactly where it was, its past on the slider
                def resume(data):
                    state = loaded.engine_state(data)
                    if loaded.timeline is not None:
                        state["timeline"] = loaded.timeline
                    return state
                kwargs["resume"] = resume
            from annstudio.io.classroom import student_run
            student = student_run(loaded.extra)     # a student's run keeps its challenge
            if student is not None:
                kwargs["challenge"], kwargs["answers"] = student
            ok = self.window.load_experiment(loaded.experiment, data=loaded.data,
                                             weights=loaded.weights, history=loaded.history,
                                             **kwargs)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Cannot open the file"), str(e))
            return False
        return ok is not False

    def open_lesson(self, name):
        from annstudio.io import lessons
        if not self.confirm_discard("lesson"):
            return False
        try:
            loaded = lessons.load(name)
            plan = lessons.lesson_of(loaded)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Cannot open the lesson"), str(e))
            return False
        if not self._install(loaded):
            return False
        show_lesson = getattr(self.window, "show_lesson", None)   # the lesson panel's dock
        if show_lesson is not None and plan is not None:
            show_lesson(loaded, plan)
        self.set_path(None)        # Save asks for a new name: the shipped file stays as it is
        self.window.set_modified(False)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(translate("Lesson", loaded.experiment.note).split(". ")[0], 15000)
        return True

    def open_run(self, loaded, title):
        """Open a run that has no file of its own (`experiment_file.Loaded`: a student's
        hand-in) as an untitled experiment the title calls ``title``: Save asks for a new
        file, so the run's source is never written over."""
        if not self.confirm_discard("open"):
            return False
        if not self._install(loaded):
            return False
        self.set_path(None, title)
        self.window.set_modified(False)
        self.remove_autosave()
        return True

    # ----------------------------------------------------------------- save
    def _snapshot(self, autosave=False):
        """What a save writes: experiment, points when drawn/imported, weights, history (an
        autosave leaves a scrubbed timeline where the user put it)."""
        w = self.window
        exp = w.experiment
        data = w.data if exp.dataset.name in ("points", "csv") else None
        kwargs = dict(data=data, history=w.history)
        state = getattr(w, "engine_state", None)
        state = state(show_live=not autosave) if callable(state) else None
        if state is not None and state.get("weights") is not None:
            kwargs.update(weights=state["weights"], optimizer_state=state.get("optimizer"),
                          progress={k: state.get(k, 0)
                                    for k in ("epoch", "batch_index", "step_count")},
                          history=state.get("history", kwargs["history"]))
            if state.get("timeline") is not None:        # the run's past (issue 15)
                kwargs["timeline"] = state["timeline"]
        else:
            kwargs["weights"] = w.network().get_weights()
        extra = self.extra()
        if extra:
            kwargs["extra"] = extra
        return exp, kwargs

    def snapshot(self):
        """(experiment, save keywords) of the run as a save writes it (the classroom hands
        it in)."""
        return self._snapshot()

    def save(self):
        if not self.path:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self):
        suggested = os.path.basename(self.path) if self.path else "experiment.annstudio"
        path = self.ask_save_path(translate("FileActions", "Save experiment"), suggested,
                                  translate("FileActions", SAVE_FILTER))
        if not path:
            return False
        if not path.endswith(ef.EXTENSION) and not os.path.splitext(path)[1]:
            path += ef.EXTENSION
        from annstudio.io import atomic
        if not self._may_replace(path, atomic.EXPERIMENT):
            return False
        return self.save_to(path)

    def save_to(self, path):
        try:
            exp, kwargs = self._snapshot()
            ef.save(path, exp, **kwargs)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Save failed"), str(e))
            return False
        self.last_saved_path = os.path.abspath(path)
        self.set_path(path)
        self.window.set_modified(False)
        self.add_recent(path)
        self.remove_autosave()
        return True

    # ----------------------------------------------------------------- autosave / recovery
    def autosave_now(self):
        """Write the unsaved state to the recovery file (or remove it when nothing is unsaved)."""
        if self._closing or getattr(self.window, "closed", False):
            self.timer.stop()            # a window shut down without closing (scripts)
            self.first_timer.stop()
            return None
        if not self.window.modified:
            self.remove_autosave()
            return None
        try:
            exp, kwargs = self._snapshot(autosave=True)
            self.autosave_path = ef.write_recovery(self.recovery_dir, exp,
                                                   original_path=self.path, **kwargs)
            history = kwargs.get("history")
            self.autosaved_epochs = 0 if history is None else len(history.epochs)
        except AnnStudioError as e:
            # the next tick tries again; the status bar says why once
            status = getattr(self.window, "statusBar", None)
            if status is not None:
                status().showMessage(translate("FileActions", "Autosave failed: {error}")
                                     .format(error=e), 10000)
            return None
        return self.autosave_path

    def _on_modified(self, modified):
        if modified and not self._closing:
            # not inside the edit's own call: a save waits on the engine (`engine_state`)
            self.first_timer.start()
        else:
            self.first_timer.stop()

    def _first_autosave(self):
        """Autosave now when the recovery file is missing, or holds no finished epoch and
        the run has one; after that the interval (``AUTOSAVE_MS``) takes over."""
        if self._closing or getattr(self.window, "closed", False) or not self.window.modified:
            self.first_timer.stop()
            return
        epochs = len(self.window.history.epochs)
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
                          .format(name=name, when=when), QMessageBox.NoButton, self.window)
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
            self.window.show_error(translate("FileActions", "Cannot recover"), str(e))
            return False
        if not self._install(loaded):
            return False
        original = rec.original_path
        self.set_path(original if original and os.path.exists(os.path.dirname(original)) else None)
        self.window.set_modified(True)
        ef.discard_recovery(rec.path)
        self.autosave_now()        # the work is now this session's, under this session's pid
        return True

    # ----------------------------------------------------------------- recent files
    def recent_files(self):
        v = self.settings.value(RECENT_KEY, [])
        if isinstance(v, str):
            v = [v] if v else []
        return [str(p) for p in (v or [])][:MAX_RECENT]

    def add_recent(self, path):
        path = os.path.abspath(os.fspath(path))
        files = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        self.rebuild_recent_menu()

    def _forget_recent(self, path):
        path = os.path.abspath(os.fspath(path))
        self.settings.setValue(RECENT_KEY, [p for p in self.recent_files() if p != path])
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self):
        menu = self.window.menus["recent"]
        menu.clear()
        files = self.recent_files()
        for i, p in enumerate(files):
            a = menu.addAction(f"&{i + 1} {os.path.basename(p)}")
            a.setToolTip(p)
            a.setStatusTip(p)
            a.setData(p)
            a.triggered.connect(lambda _=False, p=p: self.open_path(p))
        if files:
            menu.addSeparator()
            menu.addAction(translate("FileActions", "Clear list"), self.clear_recent)
        menu.setEnabled(bool(files))

    def clear_recent(self):
        self.settings.setValue(RECENT_KEY, [])
        self.rebuild_recent_menu()

    # ----------------------------------------------------------------- lessons
    def build_lessons_menu(self):
        from annstudio.io import lessons
        menu = self.window.menus["lessons"]
        for a in getattr(self, "lesson_actions", {}).values():   # only ours: others add here too
            menu.removeAction(a)
        menu.setToolTipsVisible(True)
        try:
            found = lessons.list_lessons()
        except AnnStudioError as e:
            a = menu.addAction(translate("FileActions", "Lessons are missing"))
            a.setEnabled(False)
            a.setToolTip(str(e))
            return
        self.lesson_actions = {}
        for lesson in found:
            # the lesson's own texts, translated where the translations know them
            description = translate("Lesson", lesson.description)
            a = menu.addAction(translate("Lesson", lesson.title))
            a.setToolTip(f"<p style='max-width: 420px'>{_html(description)}</p>")
            a.setStatusTip(description)
            a.setData(lesson.name)
            a.triggered.connect(lambda _=False, n=lesson.name: self.open_lesson(n))
            self.lesson_actions[lesson.name] = a

    # ----------------------------------------------------------------- exports
    def _stem(self):
        return os.path.splitext(os.path.basename(self.path))[0] if self.path else "experiment"

    def export_torch(self, distributed=False):
        title, stem = ((translate("FileActions", "Export PyTorch script (multi-GPU, torchrun)"),
                        f"{self._stem()}_ddp") if distributed
                       else (translate("FileActions", "Export PyTorch script"), self._stem()))
        path = self.ask_save_path(title, f"{stem}.py",
                                  translate("FileActions", "Python scripts (*.py)"))
        if not path:
            return False
        from annstudio.io import atomic, export_torch
        if self.path and atomic.same_file(path, self.path):
            self.window.show_error(
                translate("FileActions", "Export failed"),
                translate("FileActions", "{name} is the experiment open in this window; choose "
                          "another name for the script").format(name=os.path.basename(path)))
            return False
        if not self._may_replace(path, atomic.SCRIPT):
            return False
        try:
            w = self.window
            write = (export_torch.write_distributed_script if distributed
                     else export_torch.write_script)
            write(path, w.experiment, data=w.data, weights=w.network().get_weights(),
                  initial=False, source=os.path.basename(self.path) if self.path else None)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Export failed"), str(e))
            return False
        return path

    def export_torch_ddp(self):
        """The script that also runs as ``torchrun --nproc_per_node=N`` (many GPUs)."""
        return self.export_torch(distributed=True)

    def export_csv(self):
        path = self.ask_save_path(translate("FileActions", "Export loss history"),
                                  f"{self._stem()}-history.csv",
                                  translate("FileActions", "CSV files (*.csv)"))
        if not path:
            return False
        from annstudio.io import export_csv
        try:
            export_csv.write_history(path, self.window.history, self._metrics())
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Export failed"), str(e))
            return False
        return path

    def _metrics(self):
        """The metrics of the window's current weights (`core.metrics.report`), or None."""
        w = self.window
        if getattr(w, "data", None) is None or not hasattr(w, "network"):
            return None
        from annstudio.core import metrics
        import numpy as np
        with np.errstate(all="ignore"):
            return metrics.report(w.network(), w.data, getattr(w, "standardizer", None))

    def export_plot(self, target=None):
        path = self.ask_save_path(translate("FileActions", "Export plot"),
                                  f"{self._stem()}-loss.png",
                                  translate("FileActions", "PNG image (*.png);;SVG image (*.svg)"))
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".png"
        try:
            export_plot(target if target is not None else _plot_target(self.window), path)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Export failed"), str(e))
            return False
        return path

    def export_window_png(self):
        path = self.ask_save_path(translate("FileActions", "Save window as PNG"),
                                  f"{self._stem()}-window.png",
                                  translate("FileActions", "PNG image (*.png)"))
        if not path:
            return False
        try:
            return export_window_png(self.window, path)
        except AnnStudioError as e:
            self.window.show_error(translate("FileActions", "Export failed"), str(e))
            return False


def _kind_text(kind):
    """`io.atomic`'s kind of file ("an image") as the user reads it."""
    from annstudio.io import atomic
    return {atomic.EXPERIMENT: translate("files", "an ANN Studio experiment"),
            atomic.SCRIPT: translate("files", "a Python script"),
            atomic.OTHER: translate("files", "another kind of file"),
            atomic.IMAGE: translate("files", "an image")}.get(kind, kind)


def _html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _add_ddp_export_action(window):
    """File ▸ Export ▸ "PyTorch script (multi-GPU, torchrun)…", right below the plain one."""
    if "export_torch_ddp" in window.actions or "export" not in window.menus:
        return
    from PySide6.QtGui import QAction
    a = QAction(translate("files", "PyTorch script (multi-GPU, torchrun)…"), window)
    tip = translate("files", "The same script, ready for many GPUs: runs as python train_ddp.py "
                    "or as torchrun --nproc_per_node=N train_ddp.py, with the same batch and "
                    "learning rate")
    a.setToolTip(tip)
    a.setStatusTip(tip)
    window.actions["export_torch_ddp"] = a
    menu = window.menus["export"]
    entries = menu.actions()
    plain = window.actions.get("export_torch")
    after = entries.index(plain) + 1 if plain in entries else len(entries)
    if after < len(entries):
        menu.insertAction(entries[after], a)
    else:
        menu.addAction(a)


def install(window, settings=None, recovery_dir=None, autosave_ms=AUTOSAVE_MS,
            check_recovery=True):
    """Connect the File menu, recent files, lessons, exports, autosave and recovery."""
    fa = FileActions(window, settings, recovery_dir, autosave_ms)
    window.files = fa
    _add_ddp_export_action(window)
    handlers = {"new": fa.new, "open": fa.open, "save": fa.save, "save_as": fa.save_as,
                "export_torch": fa.export_torch, "export_torch_ddp": fa.export_torch_ddp,
                "export_csv": fa.export_csv,
                "export_plot": fa.export_plot, "export_window_png": fa.export_window_png}
    for key, slot in handlers.items():
        action = window.actions.get(key)
        if action is None:
            continue
        action.triggered.connect(lambda _=False, slot=slot: slot())
    window.close_guards.append(fa.close_guard)
    window.open_file_handler = fa.open_path
    if hasattr(window, "modifiedChanged"):
        window.modifiedChanged.connect(fa.update_title)
        window.modifiedChanged.connect(fa._on_modified)
    fa.update_title()
    fa.rebuild_recent_menu()
    fa.build_lessons_menu()
    fa.timer.start()
    if check_recovery:
        QTimer.singleShot(0, fa.check_recovery)
    return fa
