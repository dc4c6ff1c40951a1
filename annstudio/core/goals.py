"""Lesson goals: conditions on a run, stored as data in the lesson file, checked live by
the lesson panel and headless by ``annstudio lessons --check``.

A goal is a dict::

    {"metric": "test_accuracy", "op": ">=", "value": 0.95}
    {"metric": "hidden_units", "op": "<=", "value": 8}
    {"metric": "grad_norm_ratio_first_last", "op": "<", "value": 0.001}
    {"metric": "epochs_to_loss", "loss": 0.1, "op": "<", "value": 20}
    {"metric": "train_loss", "op": ">=", "value": 0.69, "at_epoch": 20}

Run metrics are read from a `History` (the latest epoch, or epoch ``at_epoch`` when
given); network metrics from the `Experiment`. Pure Python/NumPy: no Qt. The words are
marked for translation (context "goals"): `describe` and `GoalResult.label` take the GUI's
``translate`` and ``num``; without them (the check, the command line) they give English.
"""
from __future__ import annotations

import math
import operator
from dataclasses import dataclass

from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
OP_TEXT = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}
NOT_YET = QT_TRANSLATE_NOOP("goals", "not yet")
AT_EPOCH = QT_TRANSLATE_NOOP("goals", "{goal} at epoch {epoch}")
NOW = QT_TRANSLATE_NOOP("goals", "{goal}  (now {value})")


def _same(context, text):
    """No translation: the English text (what ``translate`` does without a catalogue)."""
    return text


def _plain(x, spec):
    """A number for files and the command line: ``format(x, spec)``, a decimal point."""
    return format(x, spec)


def _record(history, goal):
    """The epoch record a run metric reads: epoch ``at_epoch`` (1-based) or the latest."""
    n = goal.get("at_epoch")
    if n is None:
        return history.epochs[-1] if history.epochs else None
    return history.epochs[n - 1] if len(history.epochs) >= n else None


def _field(value):
    """A goal's reading of the epoch record it is about: ``value(record)``."""
    def read(experiment, history, goal):
        r = _record(history, goal)
        v = None if r is None else value(r)
        return None if v is None else float(v)
    return read


def _upto(history, goal):
    """Epoch records up to ``at_epoch`` (all when not given)."""
    n = goal.get("at_epoch")
    return history.epochs if n is None else history.epochs[:n]


def _epochs_to_loss(experiment, history, goal):
    """The first epoch (1-based) whose training loss is ≤ ``loss``; ∞ while not reached."""
    for r in history.epochs:
        if r.train_loss <= goal["loss"]:
            return float(r.epoch)
    return math.inf if history.epochs else None


def _grad_ratio(experiment, history, goal):
    """‖∂L/∂W‖ of the first (input-side) layer over that of the last (output) layer."""
    r = _record(history, goal)
    if r is None or not r.grad_norms:
        return None
    last = r.grad_norms[-1]
    return math.inf if last == 0 else float(r.grad_norms[0] / last)


def _loss_rises(experiment, history, goal):
    """How many epochs ended with a higher training loss than the epoch before."""
    L = [r.train_loss for r in _upto(history, goal)]
    return None if not L else float(sum(b > a for a, b in zip(L, L[1:])))


def _max_loss_rise(experiment, history, goal):
    """The largest rise of the training loss from one epoch to the next (0: never rose)."""
    L = [r.train_loss for r in _upto(history, goal)]
    return None if not L else float(max([b - a for a, b in zip(L, L[1:])] + [0.0]))


def _max_rebound(experiment, history, goal):
    """How far the training loss climbed back above the lowest value it had reached."""
    L = [r.train_loss for r in _upto(history, goal)]
    if not L:
        return None
    low, best = L[0], 0.0
    for x in L[1:]:
        best, low = max(best, x - low), min(low, x)
    return float(best)


def _step_rise_fraction(experiment, history, goal):
    """Share of steps whose mini-batch loss is above the previous step's."""
    s = history.step_loss
    if len(s) < 2:
        return None
    return sum(b > a for a, b in zip(s, s[1:])) / (len(s) - 1)


def _min_train_loss(experiment, history, goal):
    L = [r.train_loss for r in _upto(history, goal)]
    return min(L) if L else None


# name: (words for the panel, percent?, reader)
METRICS = {
    "train_loss": (QT_TRANSLATE_NOOP("goals", "training loss"), False,
                   _field(lambda r: r.train_loss)),
    "test_loss": (QT_TRANSLATE_NOOP("goals", "test loss"), False,
                  _field(lambda r: r.test_loss)),
    "train_accuracy": (QT_TRANSLATE_NOOP("goals", "training accuracy"), True,
                       _field(lambda r: r.train_metric)),
    "test_accuracy": (QT_TRANSLATE_NOOP("goals", "test accuracy"), True,
                      _field(lambda r: r.test_metric)),
    "min_train_loss": (QT_TRANSLATE_NOOP("goals", "lowest training loss"), False, _min_train_loss),
    "epochs": (QT_TRANSLATE_NOOP("goals", "epochs trained"), False, lambda e, h, g: float(len(h.epochs))),
    "epochs_to_loss": (QT_TRANSLATE_NOOP("goals", "epochs to reach loss {loss}"), False, _epochs_to_loss),
    "grad_norm_ratio_first_last": (QT_TRANSLATE_NOOP("goals", "first layer's gradient norm / last layer's"), False,
                                   _grad_ratio),
    "loss_rises": (QT_TRANSLATE_NOOP("goals", "epochs whose loss went up"), False, _loss_rises),
    "max_loss_rise": (QT_TRANSLATE_NOOP("goals", "largest rise of the loss between epochs"), False, _max_loss_rise),
    "max_rebound": (QT_TRANSLATE_NOOP("goals", "largest climb above the lowest loss so far"), False, _max_rebound),
    "step_loss_rise_fraction": (QT_TRANSLATE_NOOP("goals", "share of steps whose batch loss went up"), True,
                                _step_rise_fraction),
    "hidden_units": (QT_TRANSLATE_NOOP("goals", "hidden units in all"), False,
                     lambda e, h, g: float(sum(e.network.hidden))),
    "hidden_layers": (QT_TRANSLATE_NOOP("goals", "hidden layers"), False, lambda e, h, g: float(len(e.network.hidden))),
}
NETWORK_METRICS = ("hidden_units", "hidden_layers")   # known before any training
MAX_EPOCH = 100_000


def validate(goal, where="goal"):
    """Check a goal read from a file; returns it. One clear sentence on a problem."""
    if not isinstance(goal, dict):
        raise AnnStudioError(f"{where} must be an object, got {type(goal).__name__}")
    allowed = {"metric", "op", "value", "loss", "at_epoch"}
    extra = set(goal) - allowed
    if extra:
        raise AnnStudioError(f"{where} has an unknown key {sorted(extra)[0]!r}")
    if goal.get("metric") not in METRICS:
        raise AnnStudioError(f"{where}.metric must be one of {', '.join(METRICS)}, "
                             f"got {goal.get('metric')!r}")
    if goal.get("op") not in OPS:
        raise AnnStudioError(f"{where}.op must be one of {', '.join(OPS)}, got {goal.get('op')!r}")
    for key in ("value", "loss"):
        v = goal.get(key)
        if key == "loss" and v is None and goal["metric"] != "epochs_to_loss":
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise AnnStudioError(f"{where}.{key} must be a finite number, got {v!r}")
    n = goal.get("at_epoch")
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_EPOCH):
        raise AnnStudioError(f"{where}.at_epoch must be a whole number from 1 to {MAX_EPOCH}, "
                             f"got {n!r}")
    return goal


def _fmt(value, percent, translator=_same, number=_plain):
    if value is None:
        return "—"
    if math.isinf(value):
        return translator("goals", NOT_YET) if value > 0 else "−∞"
    if percent:
        return f"{number(100 * value, '.4g')} %"
    if value == int(value) and abs(value) < 1e6:
        return str(int(value))
    return number(value, ".3g")


def metric_words(goal, translator=_same, number=_plain):
    """What a goal (or a claim) measures, in words: 'epochs to reach loss 0.1'.

    ``translator(context, text)`` translates (the GUI's ``translate``), ``number(x, spec)`` formats
    a number (the GUI's ``num``, in the user's locale); by default English, decimal point."""
    words = METRICS[goal["metric"]][0]
    loss = goal.get("loss")
    return translator("goals", words).format(loss="" if loss is None else number(loss, "g"))


def describe(goal, translator=_same, number=_plain):
    """The goal in words: 'test accuracy ≥ 95 %', 'epochs to reach loss 0.1 < 20'
    (``translator`` and ``number`` as in `metric_words`)."""
    percent = METRICS[goal["metric"]][1]
    text = (f"{metric_words(goal, translator, number)} {OP_TEXT[goal['op']]} "
            f"{_fmt(goal['value'], percent, translator, number)}")
    if goal.get("at_epoch") is not None:
        text = translator("goals", AT_EPOCH).format(goal=text, epoch=goal["at_epoch"])
    return text


@dataclass
class GoalResult:
    goal: dict
    value: float | None        # None: not measurable yet (no epoch, or before at_epoch)
    met: bool

    @property
    def text(self):
        """'✓ test accuracy ≥ 95 % (now 96.2 %)' for the check, in English."""
        return self.label()

    def label(self, translator=_same, number=_plain):
        """`text`, translated by ``translator`` with numbers by ``number`` (as in `metric_words`):
        what the lesson panel shows."""
        percent = METRICS[self.goal["metric"]][1]
        now = translator("goals", NOW).format(goal=describe(self.goal, translator, number),
                                      value=_fmt(self.value, percent, translator, number))
        return f"{'✓' if self.met else '○'} {now}"


def evaluate(goal, experiment, history):
    """`GoalResult` of one goal on a run (``history``) of ``experiment``."""
    value = METRICS[goal["metric"]][2](experiment, history, goal)
    met = value is not None and not math.isnan(value) and OPS[goal["op"]](value, goal["value"])
    return GoalResult(goal, value, bool(met))


def evaluate_all(goals, experiment, history):
    return [evaluate(g, experiment, history) for g in goals]
