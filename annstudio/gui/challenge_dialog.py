"""File ▸ New challenge…: the teacher's open experiment as a challenge for the class.

The dialog only asks; `io.classroom.make_challenge` and `save_challenge` decide and write,
the same functions as ``annstudio challenge new``, so the GUI and the command line write
one schema and refuse the same things with the same sentence. A refusal is shown in the
dialog, which stays open with everything typed kept.

`install(services, run, tell)` builds `ChallengeMaker` from the session and the services it
needs (the run as a save writes it, the settings, a message box) and connects the action.
"""
from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from annstudio.core import classroom as rules
from annstudio.core import datasets
from annstudio.core.activations import HIDDEN
from annstudio.core.errors import AnnStudioError
from annstudio.core.optimizers import NAMES as OPTIMIZERS
from annstudio.gui.i18n import DecimalSpinBox, num, translate
from annstudio.gui.panels.network import ACTIVATION_NAMES
from annstudio.gui.panels.training import OPTIMIZER_NAMES
from annstudio.gui.theme import QUIET
from annstudio.gui.widgets import sentence
from annstudio.io import classroom as io_classroom

LOCKS_KEY = "classroom/challenge_locks"     # the locks ticked last time (a teacher's habit)
FOLDER_KEY = "classroom/folder"             # shared with File ▸ Hand in… and Collect
MAX_SPIN = 2 ** 31 - 1                      # QSpinBox holds a C int


def dataset_text(spec, n_points):
    """(what the data is, what a challenge does with it) in words, for the dialog."""
    key = str(spec.name).strip().lower()
    if key in datasets.PRESETS:
        p = datasets.PRESETS[key]
        key, n, noise = p["name"], p["n"], p["noise"]
    else:
        n, noise = spec.n, spec.noise
    extra = (translate("challenge_dialog", ", derived inputs {features}").format(
        features=", ".join(spec.features)) if spec.features else "")
    if key in datasets.SHIPPED:
        return (translate("challenge_dialog", "The {name} set shipped with ANN Studio ({n} points"
                   "{extra}).").format(name=key, n=num(n_points, ","), extra=extra),
                translate("challenge_dialog", "Public: its points ship with every copy of ANN Studio, "
                   "held-out ones too, so a student could train on them; for a graded "
                   "challenge use a generator or your own CSV."))
    if key in datasets.GENERATORS:
        classes = (translate("challenge_dialog", ", {n} classes").format(n=spec.classes)
                   if key in datasets.USES_CLASSES else "")
        return (translate("challenge_dialog", "The {name} generator: {n} points, noise {noise}"
                   "{classes}{extra}.").format(name=key, n=num(n, ","), noise=num(noise, "g"),
                                               classes=classes, extra=extra),
                translate("challenge_dialog", "Redrawn with a secret seed, so no student can "
                   "regenerate the held-out points (the points differ from the ones on "
                   "screen)."))
    if key == "csv":
        name = os.path.basename(spec.path or "")
        what = (translate("challenge_dialog", "The CSV file {name}: {n} points{extra}.") if name
                else translate("challenge_dialog", "A CSV file: {n} points{extra}.")).format(
            name=name, n=num(n_points, ","), extra=extra)
    else:
        what = translate("challenge_dialog", "{n} points drawn or edited by hand{extra}.").format(
            n=num(n_points, ","), extra=extra)
    return what, translate("challenge_dialog", "The held-out points are picked by a secret shuffle "
                    "of these points.")


def _quiet(text=""):
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(QUIET)
    return label


def _named(widget, name, tip):
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class ChallengeDialog(QDialog):
    """The fields of a challenge, prefilled from the open experiment. ``values()`` gives
    `make_challenge`'s keywords; Save… is connected by `ChallengeMaker`."""

    def __init__(self, loaded, n_parameters, locks=(), parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ChallengeDialog", "ANN Studio — New challenge"))
        exp, data = loaded.experiment, loaded.data
        self.n_parameters, self.epochs = n_parameters, exp.training.epochs
        self.n_points = data.n_train + data.n_test
        body = QWidget()
        cols = QHBoxLayout(body)
        left = QVBoxLayout()
        left.addWidget(self._text_fields())
        left.addWidget(self._data_fields(exp.dataset, data.task))
        left.addWidget(self._limit_fields())
        left.addStretch(1)
        cols.addLayout(left, 0)
        cols.addWidget(self._lock_fields(locks), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.NoFrame)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addLayout(self._buttons())
        self.body, self.scroll = body, scroll
        self.title.setFocus(Qt.OtherFocusReason)
        self.fit()

    def fit(self, available=None):
        """As large as the fields want, within ``available`` (the screen's free area): on
        a small screen or with large fonts the fields scroll, the buttons stay."""
        if available is None:
            screen = self.screen() if self.parent() is None else self.parent().screen()
            available = screen.availableGeometry()
        hint = self.body.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        m = self.layout().contentsMargins()
        edit = self.reasons["dataset"]
        longest = max(edit.fontMetrics().horizontalAdvance(translate("classroom", lk.reason))
                      for lk in rules.LOCKS.values())
        # room for the longest default reason where the screen has it
        w = hint.width() + max(0, longest + 16 - edit.sizeHint().width()) + bar + m.left() \
            + m.right() + 4
        h = hint.height() + self.save_button.sizeHint().height() + m.top() + m.bottom() + 24
        self.resize(min(w, available.width() - 40), min(h, available.height() - 60))

    # ----------------------------------------------------------------- the sections
    def _text_fields(self):
        box = QGroupBox(translate("ChallengeDialog", "What the students read"))
        form = QFormLayout(box)
        self.title = _named(QLineEdit(), translate("ChallengeDialog", "Challenge title"),
                            translate("ChallengeDialog", "The challenge's name, shown to every student "
                               "(required)"))
        self.title.setMaxLength(io_classroom.MAX_TITLE)
        self.title.setPlaceholderText(translate("ChallengeDialog",
                                         "e.g. Two moons with at most 100 parameters"))
        form.addRow(translate("ChallengeDialog", "&Title:"), self.title)
        self.task = _named(QPlainTextEdit(), translate("ChallengeDialog", "Task text"),
                           translate("ChallengeDialog", "What the students are asked to do, in your "
                              "words (several lines; Tab moves to the next field)"))
        self.task.setTabChangesFocus(True)          # a keyboard user must be able to leave
        self.task.setPlaceholderText(translate("ChallengeDialog",
                                        "e.g. Reach the best held-out accuracy you can."))
        lines = self.task.fontMetrics().lineSpacing()
        self.task.setMinimumHeight(3 * lines)
        self.task.setMaximumHeight(6 * lines)
        form.addRow(translate("ChallengeDialog", "Tas&k:"), self.task)
        return box

    def _data_fields(self, spec, task):
        box = QGroupBox(translate("ChallengeDialog", "The points"))
        form = QFormLayout(box)
        what, note = dataset_text(spec, self.n_points)
        self.dataset = QLabel(what)
        self.dataset.setTextFormat(Qt.PlainText)     # a CSV's file name is the user's
        self.dataset.setWordWrap(True)
        self.dataset_note = _quiet(note)
        both = QWidget()
        col = QVBoxLayout(both)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.dataset)
        col.addWidget(self.dataset_note)
        form.addRow(translate("ChallengeDialog", "Dataset:"), both)
        self.hold_out = _named(DecimalSpinBox(), translate("ChallengeDialog", "Held-out share"),
                               translate("ChallengeDialog", "The share of the points only your key "
                                  "keeps, to score the hand-ins on (above 0, at most 0.9)"))
        self.hold_out.setRange(0.01, 0.9)
        self.hold_out.setDecimals(2)
        self.hold_out.setSingleStep(0.05)
        self.hold_out.setValue(0.3)
        self.held_out_text = _quiet()
        self.hold_out.valueChanged.connect(self._show_held_out)
        self._show_held_out(self.hold_out.value())
        form.addRow(translate("ChallengeDialog", "&Held out:"), self._row(self.hold_out, self.held_out_text))
        self.measure = _named(QComboBox(), translate("ChallengeDialog", "Ranking measure"),
                              translate("ChallengeDialog", "What ranks the hand-ins, computed by you "
                                 "on the held-out points"))
        fits = [m for m in ("accuracy", "r2", "loss") if task in rules.MEASURES[m].tasks]
        for m in fits:
            self.measure.addItem(sentence(translate("classroom", rules.MEASURES[m].label)), m)
        self.measure.setCurrentIndex(fits.index(rules.default_measure(task)))
        form.addRow(translate("ChallengeDialog", "&Ranked by:"), self.measure)
        return box

    def _show_held_out(self, share):
        m = round(share * self.n_points)
        self.held_out_text.setText(translate(
            "ChallengeDialog", "about {m} of the {n} points go to your key; the students get "
            "the other {rest}").format(m=num(m, ","), n=num(self.n_points, ","),
                                       rest=num(self.n_points - m, ",")))

    @staticmethod
    def _row(*widgets):
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        w.setFocusProxy(widgets[0])            # the row's label (Alt+H) focuses its field
        for x in widgets:
            row.addWidget(x, 1 if isinstance(x, QLabel) else 0)
        return w

    def _limit_fields(self):
        box = QGroupBox(translate("ChallengeDialog", "Limits (unticked: no limit)"))
        form = QFormLayout(box)
        self.max_params_on, self.max_params, self.params_text = self._optional_number(
            (translate("ChallengeDialog", "Limit the parameters"), translate("ChallengeDialog", "Most parameters"),
             translate("ChallengeDialog", " parameters")), self.n_parameters,
            translate("ChallengeDialog", "The most weights and biases a student's network may have"))
        self.max_params.valueChanged.connect(self._show_params)
        self._show_params(self.max_params.value())
        form.addRow(self._row(self.max_params_on, self.max_params, self.params_text))
        self.max_epochs_on, self.max_epochs, epochs_text = self._optional_number(
            (translate("ChallengeDialog", "Limit the epochs"), translate("ChallengeDialog", "Most epochs"),
             translate("ChallengeDialog", " epochs")), max(1, self.epochs),
            translate("ChallengeDialog", "The most epochs a student's run may train"))
        epochs_text.setText(translate("ChallengeDialog", "this experiment trains {n}").format(
            n=num(self.epochs, ",")) if self.epochs else
            translate("ChallengeDialog", "this experiment trains until stopped"))
        form.addRow(self._row(self.max_epochs_on, self.max_epochs, epochs_text))
        self.optimizers = self._allowed(form, translate("ChallengeDialog", "Optimizers allowed:"),
                                        OPTIMIZERS, {k: translate("TrainingPanel", v)
                                                     for k, v in OPTIMIZER_NAMES.items()})
        self.activations = self._allowed(form, translate("ChallengeDialog", "Hidden activations "
                                                  "allowed:"), HIDDEN,
                                          {k: translate("NetworkPanel", v)
                                           for k, v in ACTIVATION_NAMES.items()})
        return box

    def _optional_number(self, names, value, tip):
        """(check box, spin box, note) of a limit; ``names``: the check box's and the spin
        box's accessible names and the spin box's suffix."""
        limit, most, suffix = names
        on = _named(QCheckBox(translate("ChallengeDialog", "At most")), limit, tip)
        spin = _named(QSpinBox(), most, tip)
        spin.setRange(1, MAX_SPIN)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setEnabled(False)
        on.toggled.connect(spin.setEnabled)
        return on, spin, _quiet()

    def _show_params(self, limit):
        text = translate("ChallengeDialog", "this network has {n}").format(
            n=num(self.n_parameters, ","))
        if limit < self.n_parameters:
            text = translate("ChallengeDialog", "this network has {n}: students must make it "
                             "smaller (unless the hidden layers are locked)").format(
                n=num(self.n_parameters, ","))
        self.params_text.setText(text)

    def _allowed(self, form, title, names, labels):
        grid = QGridLayout()
        boxes = {}
        for i, name in enumerate(names):
            label = labels.get(name, name)
            b = _named(QCheckBox(label), translate("ChallengeDialog", "Allow {name}").format(
                name=label), translate("ChallengeDialog", "Students may use {name}; untick to "
                                       "forbid it (all ticked: no limit)").format(name=label))
            b.setChecked(True)
            grid.addWidget(b, i // 3, i % 3)
            boxes[name] = b
        form.addRow(QLabel(title))
        form.addRow(grid)
        return boxes

    def _lock_fields(self, ticked):
        box = QGroupBox(translate("ChallengeDialog", "Locked fields (students may not change them; "
                           "the reason is shown)"))
        grid = QGridLayout(box)
        self.locks, self.reasons = {}, {}
        for i, lk in enumerate(rules.LOCKS.values()):
            what = translate("classroom", lk.label)
            check = _named(QCheckBox(sentence(what)),
                           translate("ChallengeDialog", "Lock {what}").format(what=what),
                           translate("ChallengeDialog", "Students may not change {what}").format(
                               what=what))
            reason = _named(QLineEdit(translate("classroom", lk.reason)),
                            translate("ChallengeDialog", "Reason for locking {what}").format(what=what),
                            translate("ChallengeDialog", "The reason the students read for locking "
                               "{what}").format(what=what))
            reason.setMaxLength(io_classroom.MAX_REASON)
            reason.setCursorPosition(0)             # a reason too long to show starts well
            reason.setMinimumWidth(reason.fontMetrics().horizontalAdvance("x" * 16))
            reason.setEnabled(False)
            check.toggled.connect(reason.setEnabled)
            check.setChecked(lk.name in ticked)
            grid.addWidget(check, i, 0)
            grid.addWidget(reason, i, 1)
            self.locks[lk.name], self.reasons[lk.name] = check, reason
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rules.LOCKS), 1)
        return box

    def _buttons(self):
        row = QHBoxLayout()
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.PlainText)     # a path or a title is the user's text
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #d62728; }")
        self.problem.setAccessibleName(translate("ChallengeDialog", "Problem"))
        self.problem.hide()
        row.addWidget(self.problem, 1)
        row.addStretch(0)
        self.save_button = _named(QPushButton(translate("ChallengeDialog", "&Save…")),
                                  translate("ChallengeDialog", "Save the challenge"),
                                  translate("ChallengeDialog", "Choose where to write NAME.challenge "
                                     "(for the students); the key NAME.key is written beside "
                                     "it (for you only)  [Enter]"))
        self.save_button.setDefault(True)
        self.cancel_button = _named(QPushButton(translate("ChallengeDialog", "Cancel")),
                                    translate("ChallengeDialog", "Cancel"),
                                    translate("ChallengeDialog", "Close without writing anything  "
                                       "[Esc]"))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        return row

    # ----------------------------------------------------------------- what was asked
    def values(self):
        """`io.classroom.make_challenge`'s keywords as the fields show them now."""
        locked = [k for k, b in self.locks.items() if b.isChecked()]

        def allowed(boxes):
            names = [k for k, b in boxes.items() if b.isChecked()]
            return None if len(names) == len(boxes) else names
        limits = rules.Limits(
            self.max_params.value() if self.max_params_on.isChecked() else None,
            self.max_epochs.value() if self.max_epochs_on.isChecked() else None,
            allowed(self.optimizers), allowed(self.activations))
        return dict(title=self.title.text().strip(), task=self.task.toPlainText().strip(),
                    locked=locked, reasons={k: self.reasons[k].text().strip() for k in locked},
                    limits=limits, measure=self.measure.currentData(),
                    hold_out=round(self.hold_out.value(), 4))

    def show_problem(self, text):
        """One sentence under the fields ("" hides it)."""
        self.problem.setText(sentence(text) if text else "")
        self.problem.setVisible(bool(text))


def _stem(title):
    """A file name from the title: "Two moons!" → "Two-moons"."""
    stem = re.sub(r"[^\w-]+", "-", title, flags=re.UNICODE).strip("-_")[:60]
    return stem or "challenge"


class ChallengeMaker:
    """File ▸ New challenge… for one window. ``run()`` gives the run as a save writes it
    (`experiment_file.Loaded`); ``tell(title, text, detail)`` shows a message."""

    def __init__(self, run, session, parent, settings, tell):
        self.run, self.session, self.parent = run, session, parent
        self.settings, self.tell = settings, tell
        self.dialog = None
        self.loaded = None          # the run the open dialog was made from

    # ----------------------------------------------------------------- hooks (dialogs)
    def _dir(self):
        d = self.settings.value(FOLDER_KEY, "")
        return d if d and os.path.isdir(d) else os.path.expanduser("~")

    def ask_challenge_path(self, suggested):
        """The challenge's path from a save dialog (None: cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self.dialog, translate("ChallengeMaker",
                                   "Save the challenge (the key is written beside it)"),
            os.path.join(self._dir(), suggested),
            translate("ChallengeMaker", "Challenges (*{ext})").format(
                ext=io_classroom.CHALLENGE_EXT),
            options=QFileDialog.DontConfirmOverwrite)       # asked by ask_replace, key included
        return path or None

    def ask_replace(self, existing):
        """Whether to replace the files in ``existing``; tests replace this."""
        names = [os.path.basename(p) for p in existing]
        text = (translate("ChallengeMaker", "{name} already exists. Replace?").format(name=names[0])
                if len(names) == 1 else
                translate("ChallengeMaker", "{first} and {second} already exist. Replace?").format(
                    first=names[0], second=" and ".join(names[1:])))
        box = QMessageBox(QMessageBox.Warning, translate("ChallengeMaker", "ANN Studio — Replace?"),
                          text, QMessageBox.Yes | QMessageBox.Cancel, self.dialog)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText(translate("ChallengeMaker", "Hand-ins made for the old challenge could "
                                  "no longer be scored: the old key's held-out points would "
                                  "be gone."))
        box.setDefaultButton(QMessageBox.Cancel)
        return box.exec() == QMessageBox.Yes

    # ----------------------------------------------------------------- the dialog
    def open(self):
        """Show the dialog (window-modal, it returns at once) for the window's run."""
        if self.dialog is not None:
            self.dialog.close()
        self.loaded = self.run()
        n_parameters = sum(int(layer.W.size + layer.b.size)
                           for layer in self.session.network().layers)
        ticked = str(self.settings.value(LOCKS_KEY, "") or "")
        try:
            ticked = rules.lock_names(ticked)
        except AnnStudioError:          # a lock this version does not know: start unticked
            ticked = []
        d = ChallengeDialog(self.loaded, n_parameters, ticked, self.parent)
        d.save_button.clicked.connect(lambda _=False: self.save())
        d.setAttribute(Qt.WA_DeleteOnClose)
        d.destroyed.connect(lambda _=None: self._forget(d))
        self.dialog = d
        d.open()
        return d

    def _forget(self, d):
        if self.dialog is d:
            self.dialog = None

    def save(self):
        """Make the challenge from the fields, ask where, write both files and say which
        is which. Returns (challenge path, key path), or None (refused or cancelled: the
        dialog stays open with the fields as they were)."""
        d = self.dialog
        d.show_problem("")
        kw = d.values()
        try:
            challenge, key, notes = io_classroom.make_challenge(
                self.loaded.experiment, self.loaded.data, **kw)
        except AnnStudioError as e:
            d.show_problem(str(e))
            return None
        path = self.ask_challenge_path(_stem(kw["title"]) + io_classroom.CHALLENGE_EXT)
        if not path:
            return None
        if not path.lower().endswith(io_classroom.CHALLENGE_EXT):
            path += io_classroom.CHALLENGE_EXT
        key_path = io_classroom.key_path_for(path)
        existing = [p for p in (path, key_path) if os.path.lexists(p)]
        if existing and not self.ask_replace(existing):
            return None
        try:
            io_classroom.save_challenge(challenge, key, path, key_path, force=bool(existing))
        except AnnStudioError as e:
            d.show_problem(str(e))
            return None
        self.settings.setValue(FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
        self.settings.setValue(LOCKS_KEY, ",".join(kw["locked"]))
        self.tell(translate("ChallengeMaker", "Challenge saved"),
                  *self.saved_text(challenge, path, key_path, notes))
        d.accept()
        return path, key_path

    @staticmethod
    def saved_text(challenge, path, key_path, notes):
        """(text, detail) of the message after a save: which file goes where."""
        c, k = os.path.basename(path), os.path.basename(key_path)
        given = challenge.data.n_train + challenge.data.n_test
        lines = [translate("ChallengeMaker", "Give {challenge} to the students: it holds the task, "
                    "the {n} points they train on, the locks and the limits, and none of the "
                    "held-out points.").format(challenge=c, n=num(given, ",")),
                 translate("ChallengeMaker", "Keep {key} on this computer and never hand it out: it "
                    "holds the {n} held-out points that score the hand-ins (Class ▸ "
                    "Collect…).").format(key=k, n=num(challenge.held_out_points, ",")),
                 translate("ChallengeMaker", "Both are in {folder}.").format(
                     folder=os.path.dirname(os.path.abspath(path)))]
        lines += [translate("ChallengeMaker", "Note: {note}").format(note=n) for n in notes]
        return (translate("ChallengeMaker", "Saved {challenge} for the students and {key} for "
                   "you.").format(challenge=c, key=k), "\n\n".join(lines))


def install(services, run, tell):
    """File ▸ New challenge… for ``services`` (`gui.services.Services`); ``run`` and
    ``tell`` as `ChallengeMaker`'s."""
    maker = ChallengeMaker(run, services.session, services.parent, services.settings, tell)
    services.actions["new_challenge"].triggered.connect(lambda _=False: maker.open())
    return maker
