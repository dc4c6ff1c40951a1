"""Lesson panel: the open lesson beside the plots, one step at a time, in large type.

Each step shows its text; a prediction question (radio buttons, locked with "Lock my
answer", revealed once the step's run has trained its epochs); its goals (for a
prediction, shown with the answer), ticked ✓ live while training (`annstudio.core.goals`
on the window's history, a few times a second); and a hint, shown on "Hint" or by itself
after `HINT_AFTER_S`. Next / Back move between steps; a step's setup (experiment
changes) is applied when the step is entered, and a task step (goals, no setup) starts
its run afresh, with the student's settings. *Try another seed* draws the data, the
initial weights and the batch order from the next seed and starts the step again: the
lessons' claims hold on (almost) every seed, and the student sees the spread. When the
last step is done the panel says so and offers the next lesson.

The panel knows no window: it is given ``state()`` → (experiment, history) and
``apply(experiment, data, weights, view)`` (and ``open_lesson(name)``) by `install`
(from the window's `gui.services.Services`), so
it runs alone too:
``python -m annstudio.gui.panels.lesson [NAME]``.

A lesson's own texts are shown through ``translate("Lesson", text)`` (they are marked in
`annstudio.io.lessons`): a shipped lesson appears in the user's language, a teacher's own
lesson file, whose texts no catalogue knows, as written.
"""
from __future__ import annotations

import html
from typing import Callable, NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QButtonGroup, QDockWidget, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from annstudio.core import goals as G
from annstudio.core.errors import AnnStudioError
from annstudio.gui.i18n import num, translate

POLL_MS = 300            # goals are re-evaluated at most this often (and only on change)
HINT_AFTER_S = 120       # the hint appears by itself after this long on a step
WIDE_SCREEN = 1700       # px of window width from which the lesson gets its own column
TEXT_SCALE = 1.35        # lesson text relative to the application font: readable on a projector
MET_COLOR = "#1b7f3b"
WRONG_COLOR = "#b3261e"


def _lesson(text):
    """A lesson's text (title, step, question, hint) in the user's language, if known."""
    return translate("Lesson", text) if text else text


def _label(rich=False):
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return lab


class LessonPanel(QWidget):
    """One lesson's steps; ``stepChanged(index)`` when the student moves;
    ``answerLocked(prompt, answer, right)`` when a prediction is locked."""

    stepChanged = Signal(int)
    answerLocked = Signal(str, str, bool)

    def __init__(self, state=None, apply=None, open_lesson=None, parent=None):
        super().__init__(parent)
        self.state = state or (lambda: (None, None))
        self.apply = apply or (lambda *a, **k: None)
        self.open_lesson = open_lesson
        self.seed = None           # None: the lesson's own seeds; else the student's choice
        self.next_lesson = None    # (name, title) offered when the lesson is done
        self.loaded = None
        self.plan = None
        self.index = 0
        self.answers = {}          # step index → chosen choice (locked)
        self._seen = None          # (n epochs, experiment dict) last evaluated
        self.results = []          # [GoalResult] of the current step
        self.revealed = False

        self.title = _label()
        self.counter = _label()
        self.text = _label()
        self._build_question_box()
        self._build_goals_box()
        self._build_buttons()
        self._lay_out()
        self._build_timers()
        self._apply_fonts()
        self._show_empty()

    # ----------------------------------------------------------------- construction
    def _build_question_box(self):
        """The "Predict first" box: the prompt, the choices (filled per step), Lock my answer and
        the reveal."""
        self.question_box = QGroupBox(translate("LessonPanel", "Predict first"))
        qlay = QVBoxLayout(self.question_box)
        self.prompt = _label()
        qlay.addWidget(self.prompt)
        self.choice_group = QButtonGroup(self)
        self.choice_buttons, self.choice_labels, self.choice_rows = [], [], []
        self.choice_layout = QVBoxLayout()
        qlay.addLayout(self.choice_layout)
        self.lock_button = QPushButton(translate("LessonPanel", "Lock my answer"))
        self.lock_button.setToolTip(translate("LessonPanel", "Your answer is kept; run the step to "
                                              "see whether it was right"))
        self.lock_button.clicked.connect(self._lock)
        qlay.addWidget(self.lock_button, 0, Qt.AlignLeft)
        self.reveal = _label(rich=True)
        qlay.addWidget(self.reveal)

    def _build_goals_box(self):
        """The step's goals (filled per step), ticked ✓ live."""
        # a group title does not wrap: keep it short (in every language)
        self.goals_box = QGroupBox(translate("LessonPanel", "Goals"))
        self.goals_box.setToolTip(translate("LessonPanel", "Each goal is ticked ✓ as soon as the "
                                                           "run meets it"))
        glay = QVBoxLayout(self.goals_box)
        self.goal_labels = []
        self.goal_layout = glay

    def _build_buttons(self):
        """Hint (and the hint's line), ◀ Back and Next ▶."""
        self.hint_button = QPushButton(translate("LessonPanel", "Hint"))
        self.hint_button.clicked.connect(self.show_hint)
        self.hint = _label()
        self.hint.setStyleSheet("color: #8a5a00;")
        self.seed_button = QPushButton(translate("LessonPanel", "Try another seed"))
        self.seed_button.setToolTip(translate(
            "LessonPanel", "Draw new data, new initial weights and a new batch order and start "
            "this step again: what the lesson says should hold on (almost) every seed"))
        self.seed_button.clicked.connect(self.try_another_seed)
        self.seed_label = _label()
        self.finished = _label(rich=True)
        self.next_lesson_button = QPushButton(translate("LessonPanel", "Next lesson ▶"))
        self.next_lesson_button.clicked.connect(self._open_next_lesson)
        self.back_button = QPushButton(translate("LessonPanel", "◀ Back"))
        self.next_button = QPushButton(translate("LessonPanel", "Next ▶"))
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))

    def _lay_out(self):
        """The step in a scroll area (title … hint), Back / Next pinned under it."""
        body = QWidget()
        lay = QVBoxLayout(body)
        for w in (self.title, self.counter, self.text, self.question_box, self.goals_box):
            lay.addWidget(w)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint_button)
        hint_row.addStretch(1)
        hint_row.addWidget(self.seed_label)
        hint_row.addWidget(self.seed_button)
        lay.addLayout(hint_row)
        lay.addWidget(self.hint)
        lay.addWidget(self.finished)
        lay.addWidget(self.next_lesson_button, 0, Qt.AlignLeft)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(scroll, 1)
        outer.addLayout(nav)

    def _build_timers(self):
        """The goals' poll (every POLL_MS) and the hint's timer (HINT_AFTER_S)."""
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.timeout.connect(self.show_hint)

    # ----------------------------------------------------------------- fonts
    def _apply_fonts(self):
        base = self.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        big = QFont(base)
        big.setPointSizeF(size * TEXT_SCALE)
        for w in (self.text, self.prompt, self.reveal, self.hint, self.question_box,
                  self.goals_box, self.lock_button, self.hint_button, self.back_button,
                  self.next_button, self.seed_button, self.seed_label, self.finished,
                  self.next_lesson_button, *self.choice_labels, *self.goal_labels):
            w.setFont(big)
        head = QFont(big)
        head.setPointSizeF(size * TEXT_SCALE * 1.2)
        head.setBold(True)
        self.title.setFont(head)

    def changeEvent(self, ev):
        super().changeEvent(ev)
        if ev.type() == ev.Type.FontChange:      # View ▸ Larger fonts
            self._apply_fonts()

    # ----------------------------------------------------------------- open
    def _show_empty(self):
        self.title.setText(translate("LessonPanel", "No lesson open"))
        self.counter.setText("")
        self.text.setText(translate("LessonPanel", "Choose a lesson from the Lessons menu."))
        for w in (self.question_box, self.goals_box, self.hint_button, self.hint,
                  self.seed_button, self.seed_label, self.finished, self.next_lesson_button):
            w.hide()
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def open(self, loaded, plan):
        """Show lesson ``plan`` of the experiment file ``loaded`` (already installed in the
        window) at its first step."""
        self.loaded, self.plan = loaded, plan
        self.answers = {}
        self.index = -1
        self.seed = None
        self.next_lesson = self._find_next_lesson(plan.name)
        # a lesson on the lecture's own points and weights (¬XOR) has no seed to change
        bundled = loaded.data is not None or loaded.weights is not None
        self.seed_button.setVisible(True)
        self.seed_button.setEnabled(not bundled)
        if bundled:
            self.seed_button.setToolTip(translate(
                "LessonPanel", "This lesson's points and weights are the lecture's own: there "
                "is no seed to change"))
        self._show_seed()
        self.go(0, apply_setup=bool(plan.steps[0].setup or plan.steps[0].view))
        self.poll.start()

    # ----------------------------------------------------------------- steps
    @property
    def step(self):
        return self.plan.steps[self.index]

    def go(self, index, apply_setup=True):
        """Enter step ``index``. A step with a setup, and any step reached by going back,
        gets the lesson's experiment with every setup up to it; other steps keep the
        student's changes."""
        if self.plan is None or not 0 <= index < len(self.plan.steps):
            return
        back = index < self.index
        self.index = index
        step = self.step
        if apply_setup and (step.setup or step.view or back):
            self._apply_setup()
        elif apply_setup and step.goals and not step.question:
            self._fresh_start()       # a task's goals count from epoch 1 of its own run
        n = len(self.plan.steps)
        self.title.setText(_lesson(self.plan.title))
        counter = translate("LessonPanel", "Step {step} of {steps}").format(step=index + 1, steps=n)
        self.counter.setText(counter + (f" · {_lesson(step.title)}" if step.title else ""))
        self.text.setText(_lesson(step.text))
        self._build_question(step)
        self._build_goals(step)
        self.hint.setText(_lesson(step.hint))
        self.hint.hide()
        self.hint_button.setVisible(bool(step.hint))
        if step.hint:
            self.hint_timer.start(HINT_AFTER_S * 1000)
        else:
            self.hint_timer.stop()
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < n - 1)
        self.finished.hide()
        self.next_lesson_button.hide()
        self._seen = None
        self._apply_fonts()
        self.refresh()
        self.stepChanged.emit(index)

    def _apply_setup(self):
        from annstudio.io import lessons
        base = self.loaded.experiment
        try:
            exp = lessons.step_experiment(base, self.plan, self.index)
        except AnnStudioError as e:
            self.text.setText(translate("LessonPanel", "This step cannot be set up: {error}")
                              .format(error=e))
            return
        self._start(exp)

    def _start(self, exp):
        """Install ``exp`` (on the student's seed, if one is chosen) with a fresh run."""
        from annstudio.io import lessons
        base = self.loaded.experiment
        if self.seed is not None:
            exp = lessons.reseed(exp, self.seed)
            base = lessons.reseed(base, self.seed)
        same_data = exp.dataset == base.dataset
        data = self.loaded.data if same_data else None
        weights = self.loaded.weights if (same_data and exp.network == base.network) else None
        self.apply(exp, data, weights, self.step.view)

    def _fresh_start(self):
        """The step's run from epoch 0 with the settings as the student left them."""
        experiment, _ = self.state()
        if experiment is not None:
            self._start(experiment.copy())

    def try_another_seed(self):
        """The step again on the next seed: new data, initial weights and batch order."""
        if self.plan is None:
            return
        experiment, _ = self.state()
        current = self.seed if self.seed is not None else (
            experiment.training.seed if experiment is not None else 0)
        self.seed = int(current) + 1
        self._show_seed()
        if experiment is not None and not self.step.setup:
            self._start(experiment.copy())       # keeps what the student changed
        else:
            self._apply_setup()
        self.revealed = False
        self.reveal.hide()
        self.finished.hide()
        self.next_lesson_button.hide()
        self._seen = None
        self.refresh()

    def _show_seed(self):
        self.seed_label.setText("" if self.seed is None else
                                translate("LessonPanel", "Seed {seed}").format(seed=self.seed))
        self.seed_label.setVisible(self.seed is not None)

    @staticmethod
    def _find_next_lesson(name):
        from annstudio.io import lessons
        try:
            found = lessons.list_lessons()
        except AnnStudioError:
            return None
        names = [x.name for x in found]
        if name not in names or names.index(name) + 1 >= len(names):
            return None
        nxt = found[names.index(name) + 1]
        return nxt.name, nxt.title

    def _open_next_lesson(self):
        if self.next_lesson is not None and self.open_lesson is not None:
            self.open_lesson(self.next_lesson[0])

    def _build_question(self, step):
        for b in self.choice_buttons:
            self.choice_group.removeButton(b)
        for row in self.choice_rows:
            self.choice_layout.removeWidget(row)
            row.deleteLater()
        self.choice_buttons, self.choice_labels, self.choice_rows = [], [], []
        self.revealed = False
        self.reveal.setText("")
        self.reveal.hide()
        q = step.question
        self.question_box.setVisible(q is not None)
        if q is None:
            return
        self.prompt.setText(_lesson(q["prompt"]))
        for k, choice in enumerate(map(_lesson, q["choices"])):
            # a radio button does not wrap its text: the text is a wrapping label beside it
            # (clicking the label chooses too)
            row = QWidget()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            b = QRadioButton()
            b.setAccessibleName(choice)
            b.setToolTip(choice)
            lab = _label()
            lab.setText(choice)
            lab.setTextInteractionFlags(Qt.NoTextInteraction)
            lab.mousePressEvent = lambda ev, b=b: b.isEnabled() and b.click()
            lay.addWidget(b, 0, Qt.AlignTop)
            lay.addWidget(lab, 1)
            self.choice_group.addButton(b, k)
            self.choice_layout.addWidget(row)
            self.choice_buttons.append(b)
            self.choice_labels.append(lab)
            self.choice_rows.append(row)
        locked = self.index in self.answers
        if locked:
            self.choice_buttons[self.answers[self.index]].setChecked(True)
        self._set_locked(locked)

    def _set_locked(self, locked):
        for b, lab in zip(self.choice_buttons, self.choice_labels):
            b.setEnabled(not locked)
            lab.setEnabled(not locked or b.isChecked())
        self.lock_button.setEnabled(not locked)
        self.lock_button.setText(translate("LessonPanel", "Locked: now Run") if locked
                                 else translate("LessonPanel", "Lock my answer"))

    def _lock(self):
        k = self.choice_group.checkedId()
        if k < 0:
            self.reveal.setText(translate("LessonPanel", "Choose one answer first."))
            self.reveal.show()
            return
        self.answers[self.index] = k
        self.reveal.setText("")
        self.reveal.hide()
        self._set_locked(True)
        q = self.step.question
        self.answerLocked.emit(q["prompt"], q["choices"][k], k == q["answer"])

    def _build_goals(self, step):
        for lab in self.goal_labels:
            self.goal_layout.removeWidget(lab)
            lab.deleteLater()
        self.goal_labels = []
        self.results = []
        # a prediction's goals would give its answer away: they appear with the answer
        self.goals_box.setVisible(bool(step.goals) and step.question is None)
        for _ in step.goals:
            lab = _label()
            self.goal_layout.addWidget(lab)
            self.goal_labels.append(lab)

    def show_hint(self):
        if self.plan is not None and self.step.hint:
            self.hint.setText(translate("LessonPanel", "Hint: {hint}")
                              .format(hint=_lesson(self.step.hint)))
            self.hint.show()

    # ----------------------------------------------------------------- live
    def refresh(self):
        """Re-evaluate the step's goals on the window's run (when it changed)."""
        if self.plan is None:
            return
        experiment, history = self.state()
        if experiment is None or history is None:
            return
        key = (len(history.epochs), len(history.step_loss), repr(experiment.to_dict()))
        if key == self._seen:
            return
        self._seen = key
        step = self.step
        self.results = G.evaluate_all(step.goals, experiment, history)
        for lab, r in zip(self.goal_labels, self.results):
            lab.setText(r.label(translate, num))
            lab.setStyleSheet(f"color: {MET_COLOR}; font-weight: bold;" if r.met else "")
        self._maybe_reveal(experiment, history)
        self._maybe_finish(history)

    def _maybe_finish(self, history):
        """On the last step, once its goals are met (and its answer revealed): say the
        lesson is done and offer the next one."""
        if self.index != len(self.plan.steps) - 1 or self.finished.isVisible():
            return
        step = self.step
        if step.question is not None and not self.revealed:
            return
        if step.goals and not all(r.met for r in self.results):
            return
        if not step.goals and step.question is None and not history.epochs:
            return
        done = html.escape(translate("LessonPanel", "✓ Lesson complete."))
        finished = translate("LessonPanel", "You have finished “{title}”.").format(
            title=_lesson(self.plan.title))
        text = f"<span style='color:{MET_COLOR}'><b>{done}</b></span> {html.escape(finished)}"
        if self.next_lesson is not None and self.open_lesson is not None:
            text += " " + html.escape(translate("LessonPanel", "Next in the Lessons menu:"))
            self.next_lesson_button.setText(translate("LessonPanel", "Next lesson: {title} ▶")
                                            .format(title=_lesson(self.next_lesson[1])))
            self.next_lesson_button.show()
            # the keyboard lands on the next thing to do, unless the user is typing
            from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit
            if not isinstance(QApplication.focusWidget(), (QLineEdit, QAbstractSpinBox)):
                self.next_lesson_button.setFocus(Qt.OtherFocusReason)
        else:
            text += " " + html.escape(translate("LessonPanel",
                                                "That was the last lesson in the Lessons menu."))
        self.finished.setText(text)
        self.finished.show()

    def _maybe_reveal(self, experiment, history):
        q = self.step.question
        if q is None or self.revealed:
            return
        from annstudio.io import lessons
        need = lessons.step_epochs(self.plan, self.index, experiment)
        if len(history.epochs) < need:
            return
        self.revealed = True
        right = html.escape(_lesson(q["choices"][q["answer"]]))
        answer = html.escape(translate("LessonPanel", "The answer: {answer}."))
        answer = answer.replace("{answer}", f"<b>{right}</b>")
        chosen = self.answers.get(self.index)
        if chosen is None:
            head = answer
            self._set_locked(True)
        elif chosen == q["answer"]:
            ok = html.escape(translate("LessonPanel", "✓ Right:"))
            head = f"<span style='color:{MET_COLOR}'><b>{ok}</b></span> {right}."
        else:
            wrong = html.escape(translate("LessonPanel", "✗ Not quite."))
            head = f"<span style='color:{WRONG_COLOR}'><b>{wrong}</b></span> {answer}"
        self.reveal.setText(f"{head} {html.escape(_lesson(q['explain']))}")
        self.reveal.show()
        self.goals_box.setVisible(bool(self.step.goals))


# --------------------------------------------------------------------------- window
class LessonDock(NamedTuple):
    """What `install` builds: the panel, its dock, and ``show(loaded, plan)`` that docks the
    panel where it fits and opens the lesson."""
    panel: LessonPanel
    dock: QDockWidget
    show: Callable


def install(services, files):
    """The lesson dock (right of the plots, hidden until a lesson opens) for ``services``
    (`gui.services.Services`); ``files`` (`gui.files`) opens the next lesson."""
    s, host = services.session, services.parent

    def apply(experiment, data, weights, view):
        s.load(experiment, data=data, weights=weights)
        if view == "gradients":
            services.view_tabs.setCurrentWidget(services.grad_view)
        elif view == "layers":
            services.view_tabs.setCurrentWidget(services.layer_view)

    def open_lesson(name):
        # deferred: the next lesson replaces this panel's lesson while its button is pressed
        QTimer.singleShot(0, lambda: files.open_lesson(name))

    panel = LessonPanel(lambda: (s.experiment, s.history), apply, open_lesson)
    dock = QDockWidget(translate("lesson", "Lesson"), host)
    dock.setObjectName("dock_lesson")
    dock.setWidget(panel)
    dock.setMinimumWidth(300)
    dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable |
                     QDockWidget.DockWidgetFloatable)
    services.add_dock(dock, Qt.RightDockWidgetArea)
    dock.hide()

    def show_lesson(loaded, plan):
        # wide screens: its own column right of the plots; below WIDE_SCREEN px (1366×768
        # measured: the plots kept < 540 px) a tab over the panels, left of the plots
        if host.width() >= WIDE_SCREEN:
            if host.dockWidgetArea(dock) != Qt.RightDockWidgetArea or host.tabifiedDockWidgets(dock):
                services.add_dock(dock, Qt.RightDockWidgetArea)
            dock.show()
            host.resizeDocks([dock], [420], Qt.Horizontal)
        else:
            anchor = services.panels_dock
            if dock not in host.tabifiedDockWidgets(anchor):
                host.tabifyDockWidget(anchor, dock)
            dock.show()
        dock.raise_()
        panel.open(loaded, plan)
    return LessonDock(panel, dock, show_lesson)


def main(argv=None):
    """``python -m annstudio.gui.panels.lesson [LESSON] [--screenshot PNG]``: one lesson
    (default ``bigger_lr``) in the lesson panel, with no window behind it."""
    import sys

    from annstudio.core.training import History
    from annstudio.gui import standalone
    from annstudio.io import lessons
    argv = sys.argv[1:] if argv is None else list(argv)
    _, rest = standalone.screenshot_path(argv)

    def build():
        loaded = lessons.load(rest[0] if rest else "bigger_lr")
        current = {"exp": loaded.experiment}
        panel = LessonPanel(lambda: (current["exp"], History()),
                            lambda exp, *a: current.update(exp=exp))
        panel.open(loaded, lessons.lesson_of(loaded))
        return panel
    return standalone.run(build, translate("lesson", "Lesson"), size=(420, 640), argv=argv)


if __name__ == "__main__":
    raise SystemExit(main())
