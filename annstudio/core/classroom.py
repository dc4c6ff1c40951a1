"""The classroom's rules: locked fields, limits, the teacher's own score, ranks and the
tally of what the class predicted (pure NumPy; the files are `io.classroom`'s).

A challenge locks some fields of the experiment (each with a reason shown to the student)
and sets limits. A hand-in is checked against both, and scored by the teacher on the key's
held-out points H = {(x_h, y_h)} the student never saw:

    accuracy  = #{h : ŷ(x_h) = y_h} / |H|                (higher is better)
    loss      = the task's loss on H: BCE, CE, or MSE in y's units   (lower is better)
    R²        = 1 − Σ(y_h − ŷ_h)² / Σ(y_h − ȳ)²          (higher is better)

where ŷ is the hand-in's own network z_0 = f(x̃; W, b) on its own view of the inputs
(its derived features, x̃ = (x − mean)/scale when it standardises, ŷ = z_0·s_y + μ_y for
standardised targets). Nothing the hand-in says about its score is read.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP


# Measure labels, lock labels and default reasons are marked for translation (the GUI
# shows them with translate("classroom", text)); the sentences below stay English.


# --------------------------------------------------------------------------- measures
@dataclass(frozen=True)
class Measure:
    name: str            # "accuracy" | "loss" | "r2"
    label: str           # "held-out accuracy"
    higher_is_better: bool
    tasks: tuple         # the tasks it can rank


MEASURES = {
    "accuracy": Measure("accuracy", QT_TRANSLATE_NOOP("classroom", "held-out accuracy"), True,
                        ("binary", "multiclass")),
    "loss": Measure("loss", QT_TRANSLATE_NOOP("classroom", "held-out loss"), False,
                    ("binary", "multiclass", "regression")),
    "r2": Measure("r2", QT_TRANSLATE_NOOP("classroom", "held-out R²"), True, ("regression",)),
}


def measure(name):
    """The `Measure` called ``name``, or one sentence naming the choices."""
    if name not in MEASURES:
        raise AnnStudioError(f"unknown ranking measure {name!r}; choose one of "
                             f"{', '.join(MEASURES)}")
    return MEASURES[name]


def default_measure(task):
    """Accuracy for classification, R² for regression."""
    return "r2" if task == "regression" else "accuracy"


# --------------------------------------------------------------------------- locks
@dataclass(frozen=True)
class Lock:
    """A group of experiment fields a challenge can lock (paths into ``to_dict()``)."""
    name: str
    paths: tuple
    label: str
    reason: str          # the default reason shown to the student


LOCKS = {lk.name: lk for lk in (
    # the points themselves are compared too (as a set: a new validation split is allowed)
    Lock("dataset", ("dataset.name", "dataset.n", "dataset.noise", "dataset.classes",
                     "dataset.path", "dataset.label_column", "dataset.drop_missing"),
         QT_TRANSLATE_NOOP("classroom", "the dataset"),
         QT_TRANSLATE_NOOP("classroom", "Everyone trains on the same points, so the held-out "
                           "scores compare.")),
    Lock("features", ("dataset.features",), QT_TRANSLATE_NOOP("classroom", "the derived features"),
         QT_TRANSLATE_NOOP("classroom", "The inputs are part of the task.")),
    Lock("standardize", ("dataset.standardize", "dataset.standardize_targets"),
         QT_TRANSLATE_NOOP("classroom", "standardisation"),
         QT_TRANSLATE_NOOP("classroom", "The inputs are given as they are.")),
    Lock("layers", ("network.hidden",), QT_TRANSLATE_NOOP("classroom", "the hidden layers"),
         QT_TRANSLATE_NOOP("classroom", "The network's shape is given; the task is about the "
                           "other choices.")),
    Lock("activations", ("network.activations",),
         QT_TRANSLATE_NOOP("classroom", "the activations"),
         QT_TRANSLATE_NOOP("classroom", "The activations are given.")),
    Lock("output", ("network.output",), QT_TRANSLATE_NOOP("classroom", "the output layer"),
         QT_TRANSLATE_NOOP("classroom", "The output layer follows from the task.")),
    Lock("init", ("network.init", "network.seed"),
         QT_TRANSLATE_NOOP("classroom", "the initial weights"),
         QT_TRANSLATE_NOOP("classroom", "Everyone starts from the same weights.")),
    Lock("optimizer", ("optimizer.name",), QT_TRANSLATE_NOOP("classroom", "the optimizer"),
         QT_TRANSLATE_NOOP("classroom", "The optimizer is given.")),
    Lock("lr", ("optimizer.params.lr",), QT_TRANSLATE_NOOP("classroom", "the learning rate"),
         QT_TRANSLATE_NOOP("classroom", "The learning rate is given.")),
    Lock("hyperparameters", ("optimizer.params",),
         QT_TRANSLATE_NOOP("classroom", "the optimizer's hyperparameters"),
         QT_TRANSLATE_NOOP("classroom", "The optimizer's settings are given.")),
    Lock("batch_size", ("training.batch_size",), QT_TRANSLATE_NOOP("classroom", "the batch size"),
         QT_TRANSLATE_NOOP("classroom", "The batch size is given.")),
    Lock("epochs", ("training.epochs",), QT_TRANSLATE_NOOP("classroom", "the number of epochs"),
         QT_TRANSLATE_NOOP("classroom", "Everyone trains for the same number of epochs.")),
    Lock("training", ("training.batch_size", "training.shuffle", "training.seed"),
         QT_TRANSLATE_NOOP("classroom", "the batch order"),
         QT_TRANSLATE_NOOP("classroom", "Everyone sees the batches in the same order.")),
)}
# a name that locks several groups at once
LOCK_ALIASES = {"network": ("layers", "activations", "output", "init")}


def lock_names(text_or_names):
    """The lock names of "dataset,output" (aliases expanded, order kept, no repeats)."""
    names = text_or_names.split(",") if isinstance(text_or_names, str) else list(text_or_names)
    out = []
    for raw in names:
        n = str(raw).strip().lower().replace("-", "_")
        if not n:
            continue
        for m in LOCK_ALIASES.get(n, (n,)):
            if m not in LOCKS:
                raise AnnStudioError(f"cannot lock {raw!r}; the fields that can be locked are "
                                     f"{', '.join([*LOCKS, *LOCK_ALIASES])}")
            if m not in out:
                out.append(m)
    return out


def value_at(d, path):
    """The value at "section.key[.sub]" of a nested dict (None when absent)."""
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return None
        d = d[part]
    return d


def _same(a, b):
    """Equal as JSON values, with 1 and 1.0 equal and tuples as lists."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (isinstance(a, bool) and isinstance(b, bool) and a == b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def changed_locks(given, handed_in, locks):
    """The names of the locks whose fields differ between the challenge's experiment
    ``given`` and a hand-in's ``handed_in`` (both ``Experiment.to_dict()``)."""
    return [name for name in locks
            if any(not _same(value_at(given, p), value_at(handed_in, p))
                   for p in LOCKS[name].paths)]


def same_points(X1, y1, X2, y2):
    """True when two sets of labelled points hold the same (x, y) rows, in any order
    (a student may split the given points differently into training and validation)."""
    A = np.column_stack([np.asarray(X1, float), np.asarray(y1, float).reshape(-1)])
    B = np.column_stack([np.asarray(X2, float), np.asarray(y2, float).reshape(-1)])
    if A.shape != B.shape:
        return False
    return bool(np.array_equal(A[np.lexsort(A.T[::-1])], B[np.lexsort(B.T[::-1])]))


# --------------------------------------------------------------------------- limits
@dataclass
class Limits:
    """The most parameters and epochs, and the optimizers and hidden activations allowed
    (None: no limit)."""
    max_parameters: int | None = None
    max_epochs: int | None = None
    optimizers: list | None = None
    activations: list | None = None

    def validate(self):
        from annstudio.core.activations import HIDDEN
        from annstudio.core.optimizers import NAMES
        from annstudio.core.schema import MAX_EPOCHS
        for name, v, hi in (("the most parameters", self.max_parameters, 10 ** 12),
                            ("the most epochs", self.max_epochs, MAX_EPOCHS)):
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)
                                  or not 1 <= v <= hi):
                raise AnnStudioError(f"{name} must be a whole number from 1 to {hi:,}, "
                                     f"got {v!r}")
        for name, v, allowed in (("optimizer", self.optimizers, NAMES),
                                 ("activation", self.activations, HIDDEN)):
            if v is None:
                continue
            if not isinstance(v, list) or not v:
                raise AnnStudioError(f"the allowed {name}s must be a list of at least one name")
            for x in v:
                if x not in allowed:
                    raise AnnStudioError(f"unknown {name} {x!r} among the allowed ones; "
                                         f"choose from {', '.join(allowed)}")
        return self

    def to_dict(self):
        return {"max_parameters": self.max_parameters, "max_epochs": self.max_epochs,
                "optimizers": None if self.optimizers is None else list(self.optimizers),
                "activations": None if self.activations is None else list(self.activations)}

    def broken(self, n_parameters, epochs, optimizer, activations):
        """One sentence per limit a run breaks ([] when it keeps them all)."""
        return [text for _, text in self.broken_items(n_parameters, epochs, optimizer,
                                                      activations)]

    def broken_items(self, n_parameters, epochs, optimizer, activations):
        """[(what, sentence)] per limit broken; what: "parameters", "epochs", "optimizer"
        or "activations"."""
        out = []
        if self.max_parameters is not None and n_parameters > self.max_parameters:
            out.append(("parameters", f"the network has {n_parameters:,} parameters; at most "
                                      f"{self.max_parameters:,} are allowed"))
        if self.max_epochs is not None and epochs > self.max_epochs:
            out.append(("epochs", f"it trained {epochs:,} epochs; at most {self.max_epochs:,} "
                                  "are allowed"))
        if self.optimizers is not None and optimizer not in self.optimizers:
            out.append(("optimizer", f"the optimizer {optimizer} is not allowed (allowed: "
                                     f"{', '.join(self.optimizers)})"))
        if self.activations is not None:
            bad = [a for a in dict.fromkeys(activations) if a not in self.activations]
            if bad:
                out.append(("activations",
                            f"the activation{'s' * (len(bad) > 1)} {', '.join(bad)} "
                            f"{'are' if len(bad) > 1 else 'is'} not allowed (allowed: "
                            f"{', '.join(self.activations)})"))
        return out


# --------------------------------------------------------------------------- score
def score(net, X, y, task, measure_name, standardizer=None, target=None, features=()):
    """The teacher's score of ``net`` on held-out points ``X`` (the base inputs, in the
    user's units) with labels or targets ``y`` (see the module docstring). ``features``
    are the run's derived inputs, computed here from x1, x2; ``standardizer`` and
    ``target`` are the run's own. NaN when the network's numbers overflow."""
    from annstudio.core import datasets, metrics
    m = measure(measure_name)
    if task not in m.tasks:
        raise AnnStudioError(f"{m.label} cannot rank a {task} task")
    if features:
        X, _ = datasets.add_features(X, features)
    Xn = X if standardizer is None else standardizer.transform(X)
    with np.errstate(all="ignore"):
        if task == "regression":
            z = net(Xn)
            yhat = (z if target is None else target.predict(z)).reshape(len(y), -1)
            t = np.asarray(y, float).reshape(len(y), -1)
            if m.name == "r2":
                return metrics.r2(t, yhat)
            return float(np.mean((yhat - t) ** 2))
        if m.name == "accuracy":
            return float(np.mean(net.predict(Xn) == np.asarray(y)))
        return float(net.loss(Xn, y))


def ranks(scores, higher_is_better):
    """Competition ranks (1, 2, 2, 4) of ``scores``; None where a score is None or not
    finite (not ranked)."""
    finite = [s for s in scores if s is not None and math.isfinite(s)]
    out = []
    for s in scores:
        if s is None or not math.isfinite(s):
            out.append(None)
            continue
        better = sum(1 for t in finite if (t > s if higher_is_better else t < s))
        out.append(better + 1)
    return out


# --------------------------------------------------------------------------- predictions
@dataclass(frozen=True)
class Answer:
    """One predict-then-check answer: the question, the answer given, right or wrong."""
    question: str
    answer: str
    correct: bool

    def to_dict(self):
        return {"question": self.question, "answer": self.answer, "correct": self.correct}


@dataclass
class QuestionTally:
    question: str
    answers: dict = field(default_factory=dict)     # answer text → how many gave it
    right: int = 0
    wrong: int = 0

    @property
    def total(self):
        return self.right + self.wrong


def answers_from_score(questions, score_, given):
    """`Answer`s of the inspector's Predict mode: ``questions`` (`core.predict.Question`),
    its `Score` and ``given`` {question key: the answer text as typed or picked}."""
    out = []
    for q in questions:
        if q.key in score_.answers:
            out.append(Answer(f"{q.label}: {q.prompt}", str(given.get(q.key, "")),
                              bool(score_.answers[q.key])))
    return out


def tally(records):
    """Per question (in the order first met): how many gave each answer, how many were
    right. ``records``: one list of `Answer` per student; a student counts once per
    question (their first answer to it)."""
    by_question = {}
    for answers in records:
        seen = set()
        for a in answers:
            if a.question in seen:
                continue
            seen.add(a.question)
            t = by_question.setdefault(a.question, QuestionTally(a.question))
            t.answers[a.answer] = t.answers.get(a.answer, 0) + 1
            if a.correct:
                t.right += 1
            else:
                t.wrong += 1
    return list(by_question.values())
