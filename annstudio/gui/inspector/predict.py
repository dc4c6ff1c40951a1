"""Predict mode: the questions, the grading UI and the score.

With Predict on, each page hides the values it introduces until the student has predicted
them; a typed number is right within `core.predict.REL_TOL` (or `ABS_TOL` near zero), a sign
question takes negative/zero/positive. The maths (which questions a page asks, grading,
the worked formula, the score) is `core.predict`; this module is the box that asks and
answers, and the switch that freezes the weights while predicting.

A mixin of `InspectorWidget`: it reads the frame's ``steps``, ``stage``, ``stage_index``,
``stage_count``, ``numbering``, ``digits``, ``extra``, ``live_check``, ``tabs`` and
``lr_edit`` (sgd_step.py), emits its ``predictionAnswered([core.classroom.Answer])`` at
each first answer to a question, and redraws with ``_render_stage``, ``_update_point_label``
and ``_refresh_sgd_example``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from annstudio.core import predict as pr
from annstudio.core.classroom import answers_from_score
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.core.inspect import fmt
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.matrix import to_html

# the buttons' labels of pr.SIGNS, which stay the keys the grading reads
SIGN_LABELS = {"negative": QT_TRANSLATE_NOOP("PredictMode", "negative"),
               "zero": QT_TRANSLATE_NOOP("PredictMode", "zero"),
               "positive": QT_TRANSLATE_NOOP("PredictMode", "positive")}


class PredictMode:
    """Predict, then check (a mixin of `InspectorWidget`)."""

    def _init_predict(self):
        self.predicting = False
        self._live_before_predict = False   # Live was on when Predict started
        self.score = pr.Score()
        self.revealed = set()            # questions skipped with "Show it" (not scored)
        self._score_key = None
        self.last_grade = None

    def _new_walkthrough(self, key):
        """Another point or other weights (``key``): the questions start again."""
        if key != self._score_key:
            self._score_key = key
            self.score.clear()
            self.revealed.clear()
            self.last_grade = None
            self.result_label.clear()

    def _build_predict_box(self):
        box = self.predict_box = QGroupBox(translate("PredictMode", "Predict the next value"))
        lay = QVBoxLayout(box)
        lay.setSpacing(3)
        top = QHBoxLayout()
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.RichText)
        self.question_label.setWordWrap(True)
        top.addWidget(self.question_label, 1)
        self.score_label = QLabel()
        bold = self.score_label.font()
        bold.setBold(True)           # only the weight is set: the size follows Larger fonts
        self.score_label.setFont(bold)
        top.addWidget(self.score_label, 0, Qt.AlignTop)
        lay.addLayout(top)
        row = QHBoxLayout()
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(translate("PredictMode", "your prediction, e.g. 0.62 or "
                                                       "−1.5, then Enter"))
        self.answer_edit.setAccessibleName(translate("PredictMode", "Your prediction"))
        self.answer_edit.returnPressed.connect(self.check_answer)
        row.addWidget(self.answer_edit, 1)
        self.check_button = QPushButton(translate("PredictMode", "Check"))
        self.check_button.clicked.connect(lambda _=False: self.check_answer())
        row.addWidget(self.check_button)
        self.sign_buttons = {}
        for sign in pr.SIGNS:
            label = SIGN_LABELS.get(sign, sign)        # marked where SIGN_LABELS is written
            b = QPushButton(translate("PredictMode", label))
            b.setToolTip(translate("PredictMode", "predict that the value is {sign}").format(
                sign=translate("PredictMode", label)))
            b.clicked.connect(lambda _=False, sg=sign: self.check_answer(sg))
            row.addWidget(b)
            self.sign_buttons[sign] = b
        self.reveal_button = QPushButton(translate("PredictMode", "Show it"))
        self.reveal_button.setToolTip(translate("PredictMode",
                                                 "Skip this one: show the value (not scored)"))
        self.reveal_button.clicked.connect(lambda _=False: self.reveal_question())
        row.addWidget(self.reveal_button)
        lay.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.result_label)
        box.hide()
        return box

    def set_predicting(self, on):
        """Predict mode: each page hides the values it introduces until the student has
        predicted them (`core.predict`); the score counts first answers."""
        on = bool(on)
        if self.predict_button.isChecked() != on:
            self.predict_button.setChecked(on)      # comes back here through toggled
            return
        if on and not self.predicting:
            self.score.clear()
            self.revealed.clear()
            # freeze the weights: a training snapshot would change the values being predicted
            self._live_before_predict = self.live_check.isChecked()
            self.live_check.setChecked(False)
        elif not on and self.predicting and self._live_before_predict:
            self.live_check.setChecked(True)
            self.last_grade = None
            self.result_label.clear()
        self.predicting = on
        self.predict_button.setText(translate("PredictMode", "Predict: on") if on
                                    else translate("InspectorWidget", "Predict"))
        f = self.predict_button.font()
        f.setBold(on)
        self.predict_button.setFont(f)
        self.predict_box.setVisible(on)
        # the worked formula comes with each answer; the room goes to the panels
        self.explanation_box.setVisible(not on)
        self._update_point_label()
        self._render_stage()
        self._refresh_sgd_example()
        if on:
            self.tabs.setCurrentIndex(0)
            self.answer_edit.setFocus()

    def page_questions(self):
        """This page's questions (`predict.questions`), with the experiment's lr for the
        weight after one SGD step."""
        if not self.predicting:
            return []
        return pr.questions(self.steps, self.stage, self.numbering, lr=self.lr_edit.value())

    def current_question(self):
        return next((q for q in self.page_questions() if not self.score.answered(q)
                     and q.key not in self.revealed), None)

    def hidden_names(self):
        """Panels kept hidden: those of this page's questions not answered yet."""
        out = set()
        for q in self.page_questions():
            if not self.score.answered(q) and q.key not in self.revealed:
                out.update(q.hides)
        return out

    def _update_predict(self):
        if not self.predicting:
            return
        q = self.current_question()
        self.score_label.setText(translate("PredictMode", "score: {correct} / {total} correct").format(
            correct=self.score.correct, total=self.score.total))
        number = q is not None and q.kind == "number"
        sign = q is not None and q.kind == "sign"
        for w in (self.answer_edit, self.check_button):
            w.setVisible(number)
        for b in self.sign_buttons.values():
            b.setVisible(sign)
        self.reveal_button.setVisible(q is not None)
        if q is None:
            more = self.stage_index < self.stage_count - 1
            self.question_label.setText(
                translate("PredictMode", "Every value on this page is checked. Next ▶ for the "
                          "next step.") if more
                else translate("PredictMode", "Every value on this page is checked. That was "
                               "the last step."))
            return
        ask = ("<br>" + translate("PredictMode", "Is it negative, zero or positive?")
               if sign else "")                           # else: the field says
        self.question_label.setText(
            translate("PredictMode", "<b>Predict {value}</b>").format(value=to_html(q.label))
            + f" &nbsp;{to_html(q.prompt)}{ask}")

    def check_answer(self, answer=None):
        """Grade the typed number (or the sign ``answer``) for the current question."""
        q = self.current_question()
        if q is None:
            return None
        label, d = q.label, self.digits
        if q.kind == "sign":
            g = pr.grade_sign(answer, q.truth, label, d)
        else:
            g = pr.grade_number(self.answer_edit.text() if answer is None else answer,
                                q.truth, label, d)
        self.last_grade = g
        if not g.valid:                 # unreadable: say why, score and value untouched
            self.result_label.setText(f"<span style='color:#b00020'>{to_html(g.message)}</span>")
            return g
        self.score.record(q, g)
        given = answer if answer is not None else self.answer_edit.text().strip()
        self.predictionAnswered.emit(answers_from_score([q], self.score, {q.key: given}))
        self._show_worked(q, g.message, "#1b7a1b" if g.correct else "#b00020")
        return g

    def reveal_question(self):
        """Skip the current question: show its value and formula, not scored."""
        q = self.current_question()
        if q is None:
            return
        self.revealed.add(q.key)
        self._show_worked(q, translate("PredictMode", "shown: {name} = {value} (not scored)")
                          .format(name=q.label, value=fmt(q.truth, self.digits)),
                          self._quiet())

    def _show_worked(self, q, message, colour):
        lines = pr.worked(self.steps, self.stage, q, self.numbering, self.digits, self.extra,
                          lr=self.lr_edit.value())
        mark = "✓ " if colour == "#1b7a1b" else ("✗ " if colour == "#b00020" else "")
        self.result_label.setText(
            f"<span style='color:{colour}'><b>{mark}{to_html(message)}</b></span><br>"
            + "<br>".join(to_html(t).replace("  ", "&nbsp;&nbsp;") for t in lines))
        self.answer_edit.clear()
        self._render_stage()
