"""The window's predict-then-check record: every prediction the student made here — a
lesson question locked in the lesson panel, a value predicted in the inspector's Predict
mode — as `core.classroom.Answer` (question, answer given, right or wrong).

The session owns one (`Session.predictions`); the lesson panel's ``answerLocked`` and the
inspector's ``predictionAnswered`` feed it (`gui.challenge_mode.install`), a hand-in
carries it (`io.classroom.hand_in(predictions=…)`) and the teacher's class view tallies it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annstudio.core.classroom import Answer
from annstudio.io.classroom import MAX_ANSWER, MAX_ANSWERS, MAX_QUESTION


def _clip(text, n):
    text = " ".join(str(text).split())      # one line: a hand-in's texts hold no controls
    text = "".join(c for c in text if c.isprintable())
    return text if len(text) <= n else text[:n - 1] + "…"


class PredictionRecord(QObject):
    """The answers in the order given; ``changed`` after each."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._answers = []

    def add(self, question, answer, correct):
        """Record one answer (texts clipped to what a hand-in takes); at most
        `io.classroom.MAX_ANSWERS` are kept: the first ones, which the class tally counts."""
        question = _clip(question, MAX_QUESTION)
        if not question.strip() or len(self._answers) >= MAX_ANSWERS:
            return
        self._answers.append(Answer(question, _clip(answer, MAX_ANSWER), bool(correct)))
        self.changed.emit()

    def extend(self, answers):
        """Several `Answer`s (from the inspector, or a saved run reopened)."""
        for a in answers:
            self.add(a.question, a.answer, a.correct)

    def merge(self, answers):
        """The answers a reopened run kept, those not recorded here already first."""
        have = set(self._answers)
        new = [a for a in answers if a not in have]
        if new:
            self._answers[:0] = new[:max(0, MAX_ANSWERS - len(self._answers))]
            self.changed.emit()

    def answers(self):
        return list(self._answers)

    def to_dicts(self):
        """What `io.classroom.hand_in(predictions=…)` takes."""
        return [a.to_dict() for a in self._answers]

    def __len__(self):
        return len(self._answers)
