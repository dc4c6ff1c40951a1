"""File actions of the main window: New/Open/Save/Save As, recent files, lessons, exports,
"save changes?", autosave and crash recovery.

`FileActions(session, parent=…, settings=…, actions=…, menus=…, …)` is built by
`MainWindow` with the session (the experiment, data, run, file path and modified flag it
reads and changes) and the few named services it needs, passed as keywords: the parent
widget (dialogs, the window PNG), the settings (recent files), the ``actions`` (new, open,
save, save_as, export_torch, export_csv, export_plot, export_window_png; it adds
export_torch_ddp to the Export menu itself) and ``menus`` (recent, export, lessons), the
window's ``close_guards``, ``show_error``/``show_status``, ``new_experiment``, and optionally
``engine_state`` (the recorded run a save writes), ``show_lesson`` and the ``plot`` to export.

Dialogs go through small hooks on the `FileActions` object (``ask_save_changes``,
``ask_open_path``, ``ask_save_path``) so tests can answer them without a modal loop.
Exports live in `gui.exports`, autosave and recovery in `gui.recovery`.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.exports import Exports, add_ddp_export_action, export_plot, \
    export_window_png, kind_text
from annstudio.gui.i18n import translate
from annstudio.gui.recovery import AUTOSAVE_MS, Recovery, default_recovery_dir
from annstudio.io import experiment_file as ef

__all__ = ["AUTOSAVE_MS", "CANCEL", "DISCARD", "SAVE", "FileActions", "default_recovery_dir",
           "export_plot", "export_window_png"]

MAX_RECENT = 8
RECENT_KEY = "files/recent"
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


class FileActions(Exports, Recovery):
    """Everything file-related for one window (kept as ``window.files``)."""

    def __init__(self, session, *, parent, settings, actions, menus, close_guards,
                 show_error, show_status, new_experiment, engine_state=None, show_lesson=None,
                 plot=None, recovery_dir=None, autosave_ms=AUTOSAVE_MS, check_recovery=True):
        self.session = session
        self.parent = parent
        self.settings = settings
        self.menus = menus
        self.show_error = show_error
        self.show_status = show_status          # (message, milliseconds): the status bar
        self.new_experiment = new_experiment
        self.engine_state = engine_state        # (show_live) → the recorded run's state, or None
        self.show_lesson = show_lesson          # (loaded, plan): the lesson panel's dock
        self.plot = plot                        # what File ▸ Export ▸ Plot writes
        self.last_saved_path = None
        self.asking_before = "close"     # which action ask_save_changes is asked for
        # the free "extra" a save writes (a student's run: its challenge, `gui.challenge_mode`)
        self.extra = dict
        self.lesson_actions = {}                # lesson name → its Lessons menu entry
        self.init_recovery(recovery_dir or default_recovery_dir(settings), autosave_ms)
        self._connect(actions, close_guards)
        if check_recovery:
            QTimer.singleShot(0, self.check_recovery)

    def _connect(self, actions, close_guards):
        """The File menu's actions, the close guard, the recent files and lessons menus."""
        add_ddp_export_action(self.parent, actions, self.menus)
        handlers = {"new": self.new, "open": self.open, "save": self.save,
                    "save_as": self.save_as, "export_torch": self.export_torch,
                    "export_torch_ddp": self.export_torch_ddp, "export_csv": self.export_csv,
                    "export_plot": self.export_plot, "export_window_png": self.export_window_png}
        for key, slot in handlers.items():
            actions[key].triggered.connect(lambda _=False, slot=slot: slot())
        close_guards.append(self.close_guard)
        self.rebuild_recent_menu()
        self.build_lessons_menu()
        self.timer.start()

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
                          self.parent)
        box.setInformativeText(translate(
            "FileActions", "Discard loses the trained weights, the loss history and every edit "
            "since the last save; {then}. Cancel keeps everything as it is.").format(
                then=translate("FileActions", replaced)))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(answer, CANCEL)

    def ask_open_path(self):
        path, _ = QFileDialog.getOpenFileName(self.parent,
                                              translate("FileActions", "Open experiment"),
                                              self._dir(), translate("FileActions", FILTER))
        return path or None

    def ask_save_path(self, title, suggested, file_filter):
        path, _ = QFileDialog.getSaveFileName(self.parent, title,
                                              os.path.join(self._dir(), suggested), file_filter)
        return path or None

    def ask_replace_other_kind(self, path, found, wanted):
        """True when the user agrees to replace ``path`` (which holds ``found``) with
        ``wanted``: the file dialog's own "replace?" does not say that the kinds differ."""
        answer = QMessageBox.question(
            self.parent,
            translate("FileActions", "ANN Studio — Replace a different kind of file?"),
            translate("FileActions", "{name} is {found}, not {wanted}. Replace it? Its contents "
                      "will be lost.").format(name=os.path.basename(path),
                                              found=kind_text(found), wanted=kind_text(wanted)),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def may_replace(self, path, wanted):
        """True unless ``path`` holds another kind of file and the user keeps it."""
        from annstudio.io import atomic
        found = atomic.other_kind(path, wanted)
        return found is None or self.ask_replace_other_kind(path, found, wanted)

    def _dir(self):
        if self.path:
            return os.path.dirname(self.path)
        recent = self.recent_files()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    # ----------------------------------------------------------------- path
    @property
    def path(self):
        return self.session.file_path

    def set_path(self, path, untitled_name=None):
        """The window's title follows (``untitled_name`` while there is no file)."""
        path = None if path is None else os.path.abspath(os.fspath(path))
        self.session.set_file_path(path, untitled_name)

    # ----------------------------------------------------------------- save changes?
    def confirm_discard(self, before="close"):
        """True when the current work may be replaced (saved, discarded, or unmodified)."""
        if not self.session.modified:
            return True
        self.asking_before = before
        answer = self.ask_save_changes()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def confirm_new_run(self, before):
        """True when an edit that starts the run again (new data, another network) may
        throw the trained run away: asked like Open, only while a run is unsaved."""
        if not self.session.history.step_loss:
            return True               # nothing trained yet: the edit loses nothing
        return self.confirm_discard(before)

    def close_guard(self):
        if not self.confirm_discard():
            return False
        self.stop_autosave()
        self.remove_autosave()
        return True

    # ----------------------------------------------------------------- new / open
    def new(self):
        if not self.confirm_discard("new"):
            return False
        self.new_experiment()
        self.set_path(None)
        self.session.set_modified(False)
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
            loaded = read_off_thread(self.parent, translate("FileActions", "Reading {name}…")
                                     .format(name=os.path.basename(path)),
                                     io_classroom.load_as_run if challenge else ef.load, path)
        except AnnStudioError as e:
            self.show_error(translate("FileActions", "Cannot open the file"), str(e))
            if isinstance(e, ef.LoadError) and "no such file" in str(e):
                self._forget_recent(path)
            return False
        if not self.install_loaded(loaded):
            return False
        self.set_path(None if challenge else path)     # a challenge: Save asks for a name
        self.session.set_modified(False)
        self.add_recent(path)
        self.remove_autosave()
        return True

    def install_loaded(self, loaded):
        """Put a loaded file in the session; False (and the user told why) when it cannot."""
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
            ok = self.session.load(loaded.experiment, data=loaded.data,
                                   weights=loaded.weights, history=loaded.history, **kwargs)
        except AnnStudioError as e:
            self.show_error(translate("FileActions", "Cannot open the file"), str(e))
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
            self.show_error(translate("FileActions", "Cannot open the lesson"), str(e))
            return False
        if not self.install_loaded(loaded):
            return False
        if self.show_lesson is not None and plan is not None:
            self.show_lesson(loaded, plan)
        self.set_path(None)        # Save asks for a new name: the shipped file stays as it is
        self.session.set_modified(False)
        self.show_status(translate("Lesson", loaded.experiment.note).split(". ")[0], 15000)
        return True

    def open_run(self, loaded, title):
        """Open a run that has no file of its own (`experiment_file.Loaded`: a student's
        hand-in) as an untitled experiment the title calls ``title``: Save asks for a new
        file, so the run's source is never written over."""
        if not self.confirm_discard("open"):
            return False
        if not self.install_loaded(loaded):
            return False
        self.set_path(None, title)
        self.session.set_modified(False)
        self.remove_autosave()
        return True

    # ----------------------------------------------------------------- save
    def snapshot(self, autosave=False):
        """(experiment, save keywords) of the run as a save writes it (the classroom hands it
        in): experiment, points when drawn/imported, weights, history (an autosave leaves a
        scrubbed timeline where the user put it)."""
        s = self.session
        exp = s.experiment
        data = s.data if exp.dataset.name in ("points", "csv") else None
        kwargs = dict(data=data, history=s.history)
        state = None if self.engine_state is None else self.engine_state(show_live=not autosave)
        if state is not None and state.get("weights") is not None:
            kwargs.update(weights=state["weights"], optimizer_state=state.get("optimizer"),
                          progress={k: state.get(k, 0)
                                    for k in ("epoch", "batch_index", "step_count")},
                          history=state.get("history", kwargs["history"]))
            if state.get("timeline") is not None:        # the run's past, for its slider
                kwargs["timeline"] = state["timeline"]
        else:
            kwargs["weights"] = s.network().get_weights()
        extra = self.extra()
        if extra:
            kwargs["extra"] = extra
        return exp, kwargs

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
        if not self.may_replace(path, atomic.EXPERIMENT):
            return False
        return self.save_to(path)

    def save_to(self, path):
        try:
            exp, kwargs = self.snapshot()
            ef.save(path, exp, **kwargs)
        except AnnStudioError as e:
            self.show_error(translate("FileActions", "Save failed"), str(e))
            return False
        self.last_saved_path = os.path.abspath(path)
        self.set_path(path)
        self.session.set_modified(False)
        self.add_recent(path)
        self.remove_autosave()
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
        menu = self.menus["recent"]
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
        menu = self.menus["lessons"]
        for a in self.lesson_actions.values():   # only ours: others add to this menu too
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



def _html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


