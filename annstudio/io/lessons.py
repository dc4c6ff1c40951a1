"""Lessons: ready experiment files in ``annstudio/assets/lessons/``, each a short guided
activity of steps.

Each lesson is defined here (the source of truth) and written to
``assets/lessons/<name>.annstudio`` plus ``index.json`` (name, title, description, file)
by ``python -m annstudio.io.lessons --rebuild``; rebuilding gives byte-identical files.
The app reads the index (`list_lessons`), opens a lesson like any experiment (`load`) and
reads its steps (`lesson_of`).

The lesson itself sits in the file's ``extra.lesson`` (lesson schema version 2)::

    {"version": 2, "name": str, "title": str, "summary": str,
     "steps": [{"title": str, "text": str,
                "setup": {experiment changes}, "view": "layers" | "gradients",
                "epochs": int,             how long the step's run is (default: the experiment's)
                "question": {"prompt": str, "choices": [str, …], "answer": index,
                             "explain": str},      a prediction, revealed by running
                "goals": [goal, …],        `annstudio.core.goals`: checked live and by --check
                "solution": {experiment changes},  the reference solution that meets them
                "hint": str}, …]}

Experiment changes are a part of `Experiment.to_dict()`, e.g. ``{"optimizer": {"name":
"sgd", "params": {"lr": 0.04}}, "network": {"hidden": [4], "activations": ["relu"]}}``;
a step's experiment is the lesson's, changed by every setup up to it (and its solution).
Version 1 (``{"name", "title"}``, the text in the experiment's note) migrates to one step.
``annstudio lessons --check [--seeds N]`` (`check`) trains every step's claims headless on
seeds 0 … N−1 and prints on how many seeds each holds: its goals (with its reference
solution) and its question's stated answer (the answer's ``check`` conditions) on ⌈0.9 N⌉
of them; the numbers its texts quote (``claims``: a value ± tol) at the seeds' median.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from annstudio.core import goals
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec, OptimizerSpec,
                                       TrainingSpec)
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.io import atomic, catalogue, experiment_file

LESSON_DIR = Path(__file__).resolve().parent.parent / "assets" / "lessons"
INDEX = "index.json"
LESSON_VERSION = 2
VIEWS = ("layers", "gradients")
MAX_STEPS = 50
# what a setup or solution may change: {section: allowed keys}
CHANGE_KEYS = {"dataset": ("name", "n", "noise", "seed", "test_fraction", "classes", "features"),
               "network": ("hidden", "activations", "output", "init", "seed"),
               "optimizer": ("name", "params"),
               "training": ("batch_size", "epochs", "shuffle", "seed")}


@dataclass
class Lesson:
    name: str
    title: str
    description: str
    path: str


# --------------------------------------------------------------------------- definitions
def _moons(optimizer, params, epochs, note):
    """The lecture's data (noise 0.1, all 500 points for training) and network."""
    return catalogue.lecture_moons_run(optimizer, params, epochs, note)


def _notxor():
    """Lecture §2, the hand-set ¬XOR network on its four points (`io.catalogue.not_xor`)."""
    return catalogue.not_xor(note=LESSONS_TEXT["notxor_by_hand"][1])


# Every text a student reads is marked QT_TRANSLATE_NOOP("Lesson", …) and shown
# translated by the lesson panel; each is one literal (never built from parts) so that
# pyside6-lupdate finds it whole. The ¬XOR summary spells out `notation.NUMBERING_NOTE`
# (tests/test_lesson_translations.py keeps the two equal).
LESSONS_TEXT = {
    "notxor_by_hand": (
        QT_TRANSLATE_NOOP("Lesson", "¬XOR by hand (lecture §2)"),
        QT_TRANSLATE_NOOP("Lesson", "The lecture's hand-set network: two inputs, a hidden layer "
            "of two ReLU units and a σ output, with W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = "
            "[[−1], [−1]], b₁ = 1/2. The plots call the inputs x1 and x2 (the lecture calls them "
            "x₀ and x₁). The hidden units compute max(x1 − x2, 0) and max(x2 − x1, 0), so the "
            "output is σ(1/2) ≈ 0.62 for (0,0) and (1,1) and σ(−1/2) ≈ 0.38 for (1,0) and (0,1): "
            "points with equal coordinates are class 1. Step through one point in the inspector "
            "to see every u and z of the lecture. Numbering: the lecture's worked ¬XOR example "
            "and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = "
            "zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the "
            "lecture's code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example's u₃ is u₂ here and "
            "its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both. Then press "
            "Run: in 50 epochs SGD pushes the outputs apart (equal coordinates towards 1, the "
            "others towards 0) and the loss falls from 0.47 to 0.35.")),
    "moons_sgd": (
        QT_TRANSLATE_NOOP("Lesson", "Two moons with SGD (lecture §4)"),
        QT_TRANSLATE_NOOP("Lesson", "The lecture's run: 500 two-moons points with noise 0.1 (what "
            "the lecture's printed points fit), all of them used for training as in the lecture "
            "(no test set), a 2 → 20 → 40 → 20 → 1 network with ReLU hidden layers and a σ "
            "output, mini-batches of 10, plain SGD with learning rate 0.015 for 50 epochs. The "
            "loss starts at about 0.69 (= log 2, a network that says 1/2 everywhere) and creeps "
            "for 10 to 20 epochs while the small initial weights grow (still above 0.66 at epoch "
            "10 on every seed), then falls to about 0.24 by epoch 50. The lecture shows 0.35 by "
            "epoch 15: that was a lucky initialisation — its own code gives a median of 0.68 at "
            "epoch 15 over 40 seeds, and here the median over ten seeds is 0.66. After 50 epochs "
            "the boundary is still nearly a straight line (about 89 % of the points right); keep "
            "training and it bends around the moons: on most seeds 99 % by epoch 150.")),
    "moons_lecture_momentum": (
        QT_TRANSLATE_NOOP("Lesson", "Two moons with the lecture's momentum"),
        QT_TRANSLATE_NOOP("Lesson", "The same network and data, trained with the lecture's "
            "momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t with α = 0.04 and η = "
            "0.7, for 30 epochs. The loss falls much sooner than in the SGD lesson (about 0.26 "
            "at epoch 15, against 0.66) — but not because of the averaging: the convex form (1 − "
            "η)ΔW + η∇ never makes a step larger than the gradient's, and plain SGD with lr 0.04 "
            "gives nearly the same curve (within 0.01 at epoch 15 on every seed). The speed-up "
            "is only α = 0.04 > 0.015. Switch the optimizer to SGD with lr 0.04 and compare. "
            "(The lecture's own momentum run rises in its first epoch because its code flips the "
            "sign of the first step; the app implements the formula.)")),
    "moons_adagrad": (
        QT_TRANSLATE_NOOP("Lesson", "Two moons with Adagrad"),
        QT_TRANSLATE_NOOP("Lesson", "Adagrad divides each gradient component by the square root "
            "of the running sum of its squares: G ← G + ∇², W ← W − η∇/(√G + ε). Components that "
            "have seen large gradients take smaller steps, rarely-updated ones keep larger "
            "steps. G only grows, so each component's step η/(√G + ε) can only shrink. Here η = "
            "0.05 on the lecture's moons for 30 epochs: the loss falls below 0.1 on every seed, "
            "to about 0.003 on most. (The lecture writes the update with +, which would climb "
            "the loss: a typo; its code puts ε inside the root, √(G + ε).)")),
    "moons_rmsprop": (
        QT_TRANSLATE_NOOP("Lesson", "Two moons with RMSProp"),
        QT_TRANSLATE_NOOP("Lesson", "RMSProp replaces Adagrad's ever-growing sum by a decaying "
            "average, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), so the step size does not shrink "
            "to nothing. Here torch's per-component form with η = 0.002 and γ = 0.99 (torch "
            "calls γ alpha) for 30 epochs: the loss falls below 0.02, to about 0.004 on most "
            "seeds. Switch the optimizer to 'RMSProp (lecture form)' to try the lecture's "
            "variant with one v per weight matrix.")),
    "moons_adam": (
        QT_TRANSLATE_NOOP("Lesson", "Two moons with Adam"),
        QT_TRANSLATE_NOOP("Lesson", "Adam combines momentum (an average m of the gradients) with "
            "RMSProp's scaling (an average v of their squares), both bias-corrected: W ← W − "
            "lr·m̂/(√v̂ + ε). It is not the lecture's training loop (that is plain SGD): the "
            "lecture lists it among the other optimizers torch offers. With lr = 0.002 the loss "
            "is below 0.25 by epoch 15 and below 0.04 by epoch 30 (about 0.007 on most seeds). "
            "Try lr = 0.0005: too small a step, still about 0.16 at epoch 30. Try lr = 0.01: the "
            "loss drops fastest (below 0.02 by epoch 10) but the curve is jagged: steps too "
            "large for the valley overshoot and the loss climbs back up now and then.")),
    "xor_no_hidden": (
        QT_TRANSLATE_NOOP("Lesson", "XOR without a hidden layer (it cannot work)"),
        QT_TRANSLATE_NOOP("Lesson", "A network with no hidden layer is logistic regression: σ(x W "
            "+ b) is above 1/2 on one side of the straight line x W + b = 0. XOR's classes sit "
            "in opposite quadrants, and no single line separates them — at best it gets three "
            "quadrants right (75 %), and gradient descent stays near 50 % with the loss stuck "
            "close to log 2 ≈ 0.69. Add the derived feature x1·x2 and it is above 90 % within 5 "
            "epochs; add one hidden layer of 8 ReLU units instead and, on most seeds, it climbs "
            "past 90 % within 30 epochs (a run whose units die stays lower: try another seed).")),
    "spirals_depth": (
        QT_TRANSLATE_NOOP("Lesson", "Spirals need depth"),
        QT_TRANSLATE_NOOP("Lesson", "Three interleaved spiral arms. A single hidden layer of 4 "
            "ReLU units (27 parameters) can only bend the boundary a few times and stays near 60 "
            "% of the training points. Three layers of 16 units (643 parameters) pass 95 % "
            "within 15 epochs, because each layer folds the plane again. Is it just the number "
            "of parameters? One layer of 107 units has as many (645), yet at epoch 10 it gets "
            "about 10 % fewer of the points right. Change the hidden layers and compare the "
            "decision boundaries.")),
    "deep_sigmoid_vanishing": (
        QT_TRANSLATE_NOOP("Lesson", "Deep sigmoid networks and vanishing gradients"),
        QT_TRANSLATE_NOOP("Lesson", "Eight hidden layers of 10 σ units on the moons. σ'(u) = "
            "σ(u)σ(−u) is at most 1/4, and backpropagation multiplies one such factor (and a Wᵀ) "
            "per layer, so the gradient reaching the first layer is more than a thousand times "
            "smaller than at the output: look at the per-layer gradient norms. The loss hardly "
            "moves from log 2 in 30 epochs. Switch the hidden activations to ReLU (or keep two σ "
            "layers) and the same training brings the loss below 0.35.")),
    "sine_regression": (
        QT_TRANSLATE_NOOP("Lesson", "Regression of a noisy sine"),
        QT_TRANSLATE_NOOP("Lesson", "200 points y = sin(x) + noise (std 0.1) on [−3, 3], a 1 → 20 "
            "→ 20 → 1 network with tanh hidden units and an identity output, mean squared error, "
            "Adam with lr = 0.01. The curve first fits a straight line, then bends to the sine. "
            "The loss comes down to about 0.015 by epoch 100, close to the noise variance 0.01 "
            "and (on almost every seed) not below it — fitting far below that would be fitting "
            "the noise. R² is shown instead of accuracy.")),
}


def definitions():
    """{name: (experiment, data or None, weights or None)} in menu order."""
    T = LESSONS_TEXT
    out = {"notxor_by_hand": _notxor()}
    out["moons_sgd"] = (_moons("sgd", {"lr": 0.015}, 50, T["moons_sgd"][1]), None, None)
    out["moons_lecture_momentum"] = (_moons("lecture_momentum", {"lr": 0.04, "eta": 0.7}, 30,
                                            T["moons_lecture_momentum"][1]), None, None)
    out["moons_adagrad"] = (_moons("adagrad", {"lr": 0.05}, 30, T["moons_adagrad"][1]), None, None)
    out["moons_rmsprop"] = (_moons("rmsprop", {"lr": 0.002, "alpha": 0.99}, 30,
                                   T["moons_rmsprop"][1]), None, None)
    out["moons_adam"] = (_moons("adam", {"lr": 0.002}, 30, T["moons_adam"][1]), None, None)
    out["xor_no_hidden"] = (Experiment(
        dataset=DatasetSpec("xor", n=400, noise=0.0, seed=0, test_fraction=0.2),
        network=NetworkSpec([], [], "auto", "lecture", 0),
        optimizer=OptimizerSpec("sgd", {"lr": 0.1}),
        training=TrainingSpec(batch_size=10, epochs=30, shuffle=True, seed=0),
        note=T["xor_no_hidden"][1]), None, None)
    out["spirals_depth"] = (Experiment(
        dataset=DatasetSpec("spirals", n=600, noise=0.1, seed=0, test_fraction=0.2, classes=3),
        network=NetworkSpec([16, 16, 16], ["relu"] * 3, "auto", "he", 0),
        optimizer=OptimizerSpec("adam", {"lr": 0.01}),
        training=TrainingSpec(batch_size=10, epochs=60, shuffle=True, seed=0),
        note=T["spirals_depth"][1]), None, None)
    out["deep_sigmoid_vanishing"] = (Experiment(
        dataset=DatasetSpec("moons", n=500, noise=0.2, seed=0, test_fraction=0.2),
        network=NetworkSpec([10] * 8, ["sigmoid"] * 8, "auto", "xavier", 0),
        optimizer=OptimizerSpec("sgd", {"lr": 0.1}),
        training=TrainingSpec(batch_size=10, epochs=30, shuffle=True, seed=0),
        note=T["deep_sigmoid_vanishing"][1]), None, None)
    out["sine_regression"] = (Experiment(
        dataset=DatasetSpec("sine", n=200, noise=0.1, seed=0, test_fraction=0.2),
        network=NetworkSpec([20, 20], ["tanh"] * 2, "auto", "xavier", 0),
        optimizer=OptimizerSpec("adam", {"lr": 0.01}),
        training=TrainingSpec(batch_size=10, epochs=100, shuffle=True, seed=0),
        note=T["sine_regression"][1]), None, None)
    M = MISCONCEPTIONS_TEXT
    out["bigger_lr"] = (_lecture_run(0.015, 20, note=M["bigger_lr"][1]), None, None)
    out["zero_init"] = (_lecture_run(0.1, 20, "zeros", M["zero_init"][1]), None, None)
    out["more_neurons"] = (_more_neurons(), None, None)
    out["loss_goes_down"] = (_lecture_run(0.015, 20, note=M["loss_goes_down"][1]), None, None)
    out["race_lecture_optimizers"] = (_moons("adam", {"lr": 0.002}, 30,
                                             COMPARE_TEXT["race_lecture_optimizers"][1]),
                                      None, None)
    return out



# --------------------------------------------------------------------------- misconceptions
def _lecture_run(lr=0.015, epochs=20, init="lecture", note=""):
    """The lecture's moons and network with SGD at ``lr``, ``epochs`` epochs."""
    exp = _moons("sgd", {"lr": lr}, epochs, note)
    exp.network.init = init
    return exp


MISCONCEPTIONS_TEXT = {
    "bigger_lr": (
        QT_TRANSLATE_NOOP("Lesson", "Misconception: a bigger learning rate is always faster"),
        QT_TRANSLATE_NOOP("Lesson", "The learning rate is the length of each step downhill. The "
            "lecture's lr = 0.015 crawls at first. So bigger must be better? Predict each run, "
            "then run and see. Too long a step jumps over the valley and the loss goes up and "
            "down without getting anywhere; the fastest rate is large, but not too large.")),
    "zero_init": (
        QT_TRANSLATE_NOOP("Lesson", "Misconception: starting from zero weights works"),
        QT_TRANSLATE_NOOP("Lesson", "Why does the lecture start from small random weights, "
            "0.1·N(0, 1), and not simply from zero? With every weight 0, every hidden unit of a "
            "layer computes the same u, gets the same gradient and stays the same as its "
            "neighbours — and with ReLU, u = 0 sits where the gradient h(0) is 0, so no weight "
            "ever moves: only the output's bias learns, and all it can learn is the share of "
            "each class. Predict what a run does, then check.")),
    "more_neurons": (
        QT_TRANSLATE_NOOP("Lesson", "Misconception: more neurons are always better"),
        QT_TRANSLATE_NOOP("Lesson", "A bigger network can fit more, so it should always be "
            "better? Here are 400 noisy moon points; the network trains on only 50 of them, the "
            "other 350 are a test set it never sees. A network with 2 × 64 hidden units fits the "
            "training points better — and the test points worse: it learns the noise of the 50 "
            "points it sees, and its test loss grows while it becomes sure of wrong answers. A "
            "small network can do better where it counts.")),
    "loss_goes_down": (
        QT_TRANSLATE_NOOP("Lesson", "Misconception: the training loss always goes down"),
        QT_TRANSLATE_NOOP("Lesson", "Gradient descent steps downhill, so the loss can only fall? "
            "Each step follows the gradient of one mini-batch of 10 points, not of the whole "
            "set, and a step can overshoot. Watch the 'per step' curve and the epoch curve: "
            "predict, then run.")),
}


# --------------------------------------------------------------------------- compare
RACE_RACERS = ["sgd lr=0.015", "lecture_momentum lr=0.04 eta=0.7", "adagrad lr=0.05",
               "rmsprop lr=0.002", "adam lr=0.002"]      # each optimizer's own lesson settings
COMPARE_TEXT = {
    "race_lecture_optimizers": (
        QT_TRANSLATE_NOOP("Lesson", "Race: the lecture's optimizers from the same start"),
        QT_TRANSLATE_NOOP("Lesson", "The lecture's five optimizers race on the lecture's moons "
            "(500 points, noise 0.1; 2 → 20 → 40 → 20 → 1 with ReLU and a σ output; batches of "
            "10), each with the settings of its own lesson: SGD lr 0.015, the lecture's momentum "
            "α 0.04 η 0.7, Adagrad lr 0.05, RMSProp lr 0.002 and Adam lr 0.002. All five start "
            "from the same initial weights and see the same mini-batches in the same order, so "
            "their curves differ only by the optimizer: all start at the same loss, near log 2 ≈ "
            "0.69. Open Compare → Optimizer race… and press Start race (30 epochs); on the "
            "command line, annstudio race with one --racer \"NAME k=v\" per optimizer does the "
            "same. Predict before you start: which racers are still above loss 0.1 at the end?")),
}
RACE_QUESTION = {
    "prompt": QT_TRANSLATE_NOOP("Lesson", "After 30 epochs, which racers are still above a "
                  "training loss of 0.1?"),
    "choices": [QT_TRANSLATE_NOOP("Lesson", "None of them"),
                QT_TRANSLATE_NOOP("Lesson", "SGD and the lecture's momentum"),
                QT_TRANSLATE_NOOP("Lesson", "Only SGD"),
                QT_TRANSLATE_NOOP("Lesson", "All but Adam")],
    "answer": 1,
    "explain": QT_TRANSLATE_NOOP("Lesson", "On every seed SGD (median 0.30) and the lecture's "
                   "momentum (median 0.22) are still far above 0.1, while Adagrad, RMSProp and "
                   "Adam, which scale each component's step, are below it (medians 0.003, 0.004 "
                   "and 0.007). Which of those three ends lowest changes from seed to seed: "
                   "press Try another seed and race again. Press Run to train Adam in the window."),
    "check": [{"metric": "train_loss", "at_epoch": 30, "op": ">", "value": 0.1,
               "run": {"optimizer": {"name": "sgd", "params": {"lr": 0.015}}}},
              {"metric": "train_loss", "at_epoch": 30, "op": ">", "value": 0.1,
               "run": {"optimizer": {"name": "lecture_momentum",
                                     "params": {"lr": 0.04, "eta": 0.7}}}},
              {"metric": "train_loss", "at_epoch": 30, "op": "<", "value": 0.1,
               "run": {"optimizer": {"name": "adagrad", "params": {"lr": 0.05}}}},
              {"metric": "train_loss", "at_epoch": 30, "op": "<", "value": 0.1,
               "run": {"optimizer": {"name": "rmsprop", "params": {"lr": 0.002}}}},
              {"metric": "train_loss", "at_epoch": 30, "op": "<", "value": 0.1}]}


ALL_TEXT = {**LESSONS_TEXT, **MISCONCEPTIONS_TEXT, **COMPARE_TEXT}


def _G(metric, op, value, **kw):
    return {"metric": metric, "op": op, "value": value, **kw}


def _sgd(lr):
    return {"optimizer": {"name": "sgd", "params": {"lr": lr}}}


def _hidden(*sizes, act="relu"):
    return {"network": {"hidden": list(sizes), "activations": [act] * len(sizes)}}


# Steps after the first (the first step's text is the lesson's summary, with `FIRST_GOALS`).
def _Q(quote, metric, value, tol, **kw):
    """A number the text quotes: the seeds' median of ``metric`` is ``value`` ± ``tol``."""
    return {"quote": quote, "metric": metric, "value": value, "tol": tol, **kw}


def _C(quote, metric, op, value, **kw):
    """A statement of the text that must hold seed by seed (``quote``: its words, or None)."""
    c = {"metric": metric, "op": op, "value": value, **kw}
    return c if quote is None else {"quote": quote, **c}


def _R(quote, metric, lo, hi, **kw):
    """A range the text quotes: ``metric`` within [lo, hi] seed by seed."""
    return {"quote": quote, "metric": metric, "range": [lo, hi], **kw}


def _opt(name, **params):
    return {"optimizer": {"name": name, "params": params}}


SGD_LECTURE = _opt("sgd", lr=0.015)
DEEP_SPIRALS = _hidden(16, 16, 16)

# The first step's goals; a goal must hold for the reference run on ⌈0.9 N⌉ of N seeds
# (`annstudio lessons --check --seeds N`).
FIRST_GOALS = {
    "notxor_by_hand": [_G("train_loss", "<", 0.36, at_epoch=50)],
    "moons_sgd": [_G("train_loss", ">", 0.66, at_epoch=10), _G("train_loss", "<", 0.27, at_epoch=50),
                  _G("train_accuracy", "<", 0.91, at_epoch=50)],
    "moons_lecture_momentum": [_G("train_loss", "<", 0.3, at_epoch=15)],
    "moons_adagrad": [_G("train_loss", "<", 0.1, at_epoch=30)],
    "moons_rmsprop": [_G("train_loss", "<", 0.02, at_epoch=30)],
    "moons_adam": [_G("train_loss", "<", 0.25, at_epoch=15), _G("train_loss", "<", 0.04, at_epoch=30)],
    "spirals_depth": [_G("train_accuracy", ">=", 0.95, at_epoch=15)],
    "deep_sigmoid_vanishing": [_G("grad_norm_ratio_first_last", "<", 0.001),
                               _G("train_loss", ">", 0.68, at_epoch=30)],
    "sine_regression": [_G("min_train_loss", ">", 0.008), _G("train_loss", "<", 0.035, at_epoch=100)],
    "bigger_lr": [_G("train_loss", ">", 0.45, at_epoch=20)],
    "xor_no_hidden": [_G("train_accuracy", "<=", 0.7, at_epoch=30),
                      _G("train_loss", ">", 0.68, at_epoch=30)],
    "zero_init": [_G("train_loss", ">=", 0.69, at_epoch=20)],
    "more_neurons": [_G("train_accuracy", ">=", 0.9, at_epoch=150),
                     _G("test_loss", ">=", 0.6, at_epoch=150)],
    "loss_goes_down": [_G("loss_rises", "<=", 0, at_epoch=20),
                       _G("step_loss_rise_fraction", ">=", 0.3)],
    # the window trains Adam, one of the racers: the race's own numbers for Adam
    "race_lecture_optimizers": [_G("train_loss", "<", 0.05, at_epoch=30)],
}
# The numbers and statements of the first step's text (the lesson's summary), checked on
# every seed like the goals; a quoted number against the seeds' median.
FIRST_CLAIMS = {
    "notxor_by_hand": [_Q("falls from 0.47", "train_loss", 0.47, 0.01, at_epoch=1),
                       _Q("to 0.35", "train_loss", 0.35, 0.005, at_epoch=50)],
    "moons_sgd": [
        _Q("starts at about 0.69", "train_loss", 0.69, 0.01, at_epoch=1),
        _C("still above 0.66 at epoch 10", "train_loss", ">", 0.66, at_epoch=10),
        _Q("about 0.24 by epoch 50", "train_loss", 0.24, 0.02, at_epoch=50),
        _Q("the median over ten seeds is 0.66", "train_loss", 0.66, 0.015, at_epoch=15),
        _Q("about 89 % of the points", "train_accuracy", 0.89, 0.015, at_epoch=50),
        _Q("on most seeds 99 % by epoch 150", "train_accuracy", 0.99, 0.01, at_epoch=150)],
    "moons_lecture_momentum": [
        _Q("about 0.26 at epoch 15", "train_loss", 0.26, 0.02, at_epoch=15),
        _Q("against 0.66", "train_loss", 0.66, 0.015, at_epoch=15, run=SGD_LECTURE),
        _C("within 0.01 at epoch 15", "train_loss", "~", 0.0, tol=0.01, at_epoch=15,
           than=_sgd(0.04))],
    "moons_adagrad": [_Q("to about 0.003 on most", "train_loss", 0.003, 0.002, at_epoch=30)],
    "moons_rmsprop": [_Q("to about 0.004 on most seeds", "train_loss", 0.004, 0.002, at_epoch=30)],
    "moons_adam": [
        _Q("about 0.007 on most seeds", "train_loss", 0.007, 0.003, at_epoch=30),
        _Q("still about 0.16 at epoch 30", "train_loss", 0.16, 0.03, at_epoch=30,
           run=_opt("adam", lr=0.0005)),
        _C("below 0.02 by epoch 10", "min_train_loss", "<", 0.02, at_epoch=10,
           run=_opt("adam", lr=0.01))],
    "xor_no_hidden": [
        _Q("stays near 50 %", "train_accuracy", 0.5, 0.05, at_epoch=30),
        _C("above 90 % within 5 epochs", "train_accuracy", ">=", 0.9, at_epoch=5,
           run={"dataset": {"features": ["x1x2"]}}),
        _C("on most seeds, it climbs past 90 % within 30", "train_accuracy", ">=", 0.9,
           at_epoch=30, run=_hidden(8))],
    "spirals_depth": [
        _Q("stays near 60 %", "train_accuracy", 0.6, 0.05, at_epoch=60, run=_hidden(4)),
        _Q("about 10 % fewer", "train_accuracy", 0.1, 0.03, at_epoch=10, than=_hidden(107))],
    "sine_regression": [
        _Q("about 0.015 by epoch 100", "train_loss", 0.015, 0.004, at_epoch=100),
        _C(None, "min_train_loss", ">", 0.01)],
    "bigger_lr": [_C("above 0.45: it has hardly started", "train_loss", ">", 0.45, at_epoch=20)],
    "race_lecture_optimizers": [
        _Q("SGD (median 0.30)", "train_loss", 0.3, 0.03, at_epoch=30, run=SGD_LECTURE),
        _Q("momentum (median 0.22)", "train_loss", 0.22, 0.03, at_epoch=30,
           run=_opt("lecture_momentum", lr=0.04, eta=0.7)),
        _Q("medians 0.003, 0.004 and 0.007", "train_loss", 0.003, 0.002, at_epoch=30,
           run=_opt("adagrad", lr=0.05)),
        _Q("medians 0.003, 0.004 and 0.007", "train_loss", 0.004, 0.002, at_epoch=30,
           run=_opt("rmsprop", lr=0.002)),
        _Q("medians 0.003, 0.004 and 0.007", "train_loss", 0.007, 0.003, at_epoch=30)],
}
FIRST_QUESTION = {
    "xor_no_hidden": {
        "prompt": QT_TRANSLATE_NOOP("Lesson", "Will a network with no hidden layer separate XOR?"),
        "choices": [QT_TRANSLATE_NOOP("Lesson", "Yes, after enough epochs"),
                    QT_TRANSLATE_NOOP("Lesson", "No: it stays near 50 % — a line cannot do it"),
                    QT_TRANSLATE_NOOP("Lesson", "Yes, if the learning rate is large enough")],
        "answer": 1,
        "explain": QT_TRANSLATE_NOOP("Lesson", "σ(xW + b) > 1/2 on one side of one straight line; "
                       "XOR needs two."),
        "check": [_C(None, "train_accuracy", "<=", 0.7, at_epoch=30)]},
    "zero_init": {
        "prompt": QT_TRANSLATE_NOOP("Lesson", "All weights start at 0. What does a run with SGD, "
                      "lr 0.1, do?"),
        "choices": [QT_TRANSLATE_NOOP("Lesson", "It learns like the lecture's initialisation"),
                    QT_TRANSLATE_NOOP("Lesson", "It learns, only more slowly"),
                    QT_TRANSLATE_NOOP("Lesson", "It does not learn: the loss stays at log 2 ≈ "
                        "0.69")],
        "answer": 2,
        "explain": QT_TRANSLATE_NOOP("Lesson", "With all weights 0 every hidden u is 0, ReLU's "
                       "gradient h(0) is 0, and no weight ever receives a gradient; only the "
                       "output's bias moves."),
        "check": [_C(None, "train_loss", ">=", 0.69, at_epoch=20)]},
    "more_neurons": {
        "prompt": QT_TRANSLATE_NOOP("Lesson", "2 → 64 → 64 → 1 against the small 2 → 4 → 1: which "
                      "is better on the 350 test points after 150 epochs?"),
        "choices": [QT_TRANSLATE_NOOP("Lesson", "The big one, on training and test points"),
                    QT_TRANSLATE_NOOP("Lesson", "The big one on the training points, but not "
                        "on the test points"),
                    QT_TRANSLATE_NOOP("Lesson", "Both are the same")],
        "answer": 1,
        "explain": QT_TRANSLATE_NOOP("Lesson", "On every seed the big network gets more training "
                       "points right (about 98 % against 88 %), and its test loss is far higher "
                       "(about 2.2 against 0.43): it is sure of wrong answers. Its test accuracy "
                       "is no better: about 80 % for both."),
        "check": [_C(None, "train_accuracy", ">", 0.0, at_epoch=150, than=_hidden(4)),
                  _C(None, "test_loss", ">", 0.0, at_epoch=150, than=_hidden(4))]},
    "loss_goes_down": {
        "prompt": QT_TRANSLATE_NOOP("Lesson", "With lr 0.015, will each mini-batch step give a "
                      "lower batch loss than the step before?"),
        "choices": [QT_TRANSLATE_NOOP("Lesson", "Yes, every step goes downhill"),
                    QT_TRANSLATE_NOOP("Lesson", "No: about half of the steps go up"),
                    QT_TRANSLATE_NOOP("Lesson", "Only the first steps go up")],
        "answer": 1,
        "explain": QT_TRANSLATE_NOOP("Lesson", "Each batch holds other points: the loss of the "
                       "next batch can be higher even when the epoch loss falls every epoch (it "
                       "does here, for 20 epochs)."),
        "check": [_C(None, "step_loss_rise_fraction", ">=", 0.4),
                  _C(None, "step_loss_rise_fraction", "<=", 0.6)]},
    "bigger_lr": {
        "prompt": QT_TRANSLATE_NOOP("Lesson", "With the lecture's lr = 0.015, where will the loss "
                      "be after 20 epochs?"),
        "choices": [QT_TRANSLATE_NOOP("Lesson", "Below 0.1: the run is done"),
                    QT_TRANSLATE_NOOP("Lesson", "Still above 0.45: it has hardly started"),
                    QT_TRANSLATE_NOOP("Lesson", "Above log 2 ≈ 0.69: it got worse")],
        "answer": 1,
        "explain": QT_TRANSLATE_NOOP("Lesson", "The small initial weights make the first epochs "
                       "crawl: at epoch 20 the loss is about 0.59 (between 0.45 and 0.68 on "
                       "every seed)."),
        "check": [_C(None, "train_loss", ">", 0.45, at_epoch=20),
                  _C(None, "train_loss", "<", 0.69, at_epoch=20)]},
    "race_lecture_optimizers": RACE_QUESTION,
}
QUESTION_CLAIMS = {
    "more_neurons": [
        _Q("about 98 %", "train_accuracy", 0.98, 0.02, at_epoch=150),
        _Q("against 88 %", "train_accuracy", 0.88, 0.02, at_epoch=150, run=_hidden(4)),
        _Q("about 2.2", "test_loss", 2.2, 0.6, at_epoch=150),
        _Q("against 0.43", "test_loss", 0.43, 0.05, at_epoch=150, run=_hidden(4)),
        _Q("about 80 % for both", "test_accuracy", 0.8, 0.025, at_epoch=150),
        _Q("about 80 % for both", "test_accuracy", 0.8, 0.025, at_epoch=150, run=_hidden(4))],
    "bigger_lr": [_Q("about 0.59", "train_loss", 0.59, 0.03, at_epoch=20),
                  _R("between 0.45 and 0.68", "train_loss", 0.45, 0.68, at_epoch=20)],
}
FIRST_SETUP = {
    "spirals_depth": None,
    "more_neurons": _hidden(64, 64),
}
MORE_STEPS = {
    "moons_sgd": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "Keep training"),
        text=QT_TRANSLATE_NOOP("Lesson", "Train on to epoch 150 (the epochs are set to 150: press "
                 "Run). A straight line cannot get much above 89 % here; watch the boundary bend "
                 "around the moons. On most seeds it reaches 99 %; the goal is 95 %."),
        setup={"training": {"epochs": 150}}, epochs=150,
        goals=[_G("train_accuracy", ">=", 0.95, at_epoch=150)],
        claims=[_Q("reaches 99 %", "train_accuracy", 0.99, 0.01, at_epoch=150)])],
    "moons_lecture_momentum": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "Plain SGD with the same step"),
        text=QT_TRANSLATE_NOOP("Lesson", "Now plain SGD with lr 0.04 (the optimizer is switched "
                 "for you). Press Run."),
        setup=_sgd(0.04),
        question={"prompt": QT_TRANSLATE_NOOP("Lesson", "Plain SGD with lr = α = 0.04, without "
                                "any averaging: by epoch 15 its loss will be…"),
                  "choices": [QT_TRANSLATE_NOOP("Lesson", "much higher than momentum's"),
                              QT_TRANSLATE_NOOP("Lesson", "about the same as momentum's"),
                              QT_TRANSLATE_NOOP("Lesson", "much lower than momentum's")],
                  "answer": 1,
                  "explain": QT_TRANSLATE_NOOP("Lesson", "(1 − η)ΔW + η∇ averages gradients but "
                                 "never enlarges the step: the speed-up came from α = 0.04 > "
                                 "0.015."),
                  "check": [_C(None, "train_loss", "~", 0.0, tol=0.02, at_epoch=15,
                               than=_opt("lecture_momentum", lr=0.04, eta=0.7))]},
        goals=[_G("train_loss", "<", 0.3, at_epoch=15)])],
    "moons_adam": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "A larger step"),
        text=QT_TRANSLATE_NOOP("Lesson", "The same run with lr = 0.01 (set for you). Press Run "
                 "and watch the loss curve."),
        setup={"optimizer": {"name": "adam", "params": {"lr": 0.01}}},
        question={"prompt": QT_TRANSLATE_NOOP("Lesson", "lr = 0.01 instead of 0.002: what will "
                                "the loss curve do?"),
                  "choices": [QT_TRANSLATE_NOOP("Lesson", "Fall faster and stay down"),
                              QT_TRANSLATE_NOOP("Lesson", "Fall faster, but climb back up now "
                                  "and then"),
                              QT_TRANSLATE_NOOP("Lesson", "Fall more slowly")],
                  "answer": 1,
                  "explain": QT_TRANSLATE_NOOP("Lesson", "It is below 0.02 by epoch 10 on every "
                                 "seed, far sooner than with lr 0.002; but now and then a step "
                                 "overshoots the valley and the loss climbs back above its "
                                 "lowest so far (by a median of 0.04; try another seed to see "
                                 "how much it varies)."),
                  "check": [_C(None, "min_train_loss", "<", 0.0, at_epoch=10,
                               than=_opt("adam", lr=0.002)),
                            _C(None, "loss_rises", ">=", 2, at_epoch=30),
                            _C(None, "max_rebound", ">", 0.01, at_epoch=30)]},
        goals=[_G("min_train_loss", "<", 0.02, at_epoch=10), _G("loss_rises", ">=", 2)],
        claims=[_C("below 0.02 by epoch 10", "min_train_loss", "<", 0.02, at_epoch=10),
                _Q("a median of 0.04", "max_rebound", 0.04, 0.015, at_epoch=30)])],
    "xor_no_hidden": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "Make it learn XOR"),
        text=QT_TRANSLATE_NOOP("Lesson", "Change the network (or add a derived feature) so that "
                 "it learns XOR: at least 90 % of the training points right after 30 epochs. "
                 "Each try starts from epoch 0: after a change press Reset, then Run."),
        goals=[_G("train_accuracy", ">=", 0.9, at_epoch=30)],
        solution={"dataset": {"features": ["x1x2"]}},
        hint=QT_TRANSLATE_NOOP("Lesson", "Tick the derived feature x1·x2 in the Dataset panel, or "
                 "add one hidden layer of 8 ReLU units in the Network panel."))],
    "spirals_depth": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "The same number of parameters in one layer"),
        text=QT_TRANSLATE_NOOP("Lesson", "One hidden layer of 107 units has 645 parameters, as "
                 "many as three layers of 16 (643). It is set for you: press Run."),
        setup=_hidden(107), epochs=20,
        question={"prompt": QT_TRANSLATE_NOOP("Lesson", "One layer with as many parameters: will "
                                "it also pass 95 % of the training points by epoch 10?"),
                  "choices": [QT_TRANSLATE_NOOP("Lesson", "Yes: parameters are what count"),
                              QT_TRANSLATE_NOOP("Lesson", "No: it is slower"),
                              QT_TRANSLATE_NOOP("Lesson", "It never gets there")],
                  "answer": 1,
                  "explain": QT_TRANSLATE_NOOP("Lesson", "At epoch 10 it is at about 85 %, the "
                                 "three layers at about 96 %: composing layers folds the plane "
                                 "again and again."),
                  "check": [_C(None, "train_accuracy", "<", 0.95, at_epoch=10),
                            _C(None, "train_accuracy", "<", 0.0, at_epoch=10,
                               than=DEEP_SPIRALS)]},
        goals=[_G("train_accuracy", "<", 0.95, at_epoch=10),
               _G("train_accuracy", ">=", 0.9, at_epoch=20)],
        claims=[_Q("it is at about 85 %", "train_accuracy", 0.85, 0.03, at_epoch=10),
                _Q("at about 96 %", "train_accuracy", 0.96, 0.02, at_epoch=10,
                   run=DEEP_SPIRALS)])],
    "deep_sigmoid_vanishing": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "Make the deep network train"),
        text=QT_TRANSLATE_NOOP("Lesson", "Keep the data and the optimizer. Change the hidden "
                 "layers so that the loss falls below 0.35 within 30 epochs. Each try starts "
                 "from epoch 0: after a change press Reset, then Run."),
        view="gradients",
        goals=[_G("train_loss", "<", 0.35, at_epoch=30)],
        solution=_hidden(*[10] * 8, act="relu"),
        hint=QT_TRANSLATE_NOOP("Lesson", "σ' ≤ 1/4 shrinks the gradient at every layer: switch "
                 "the hidden activations to ReLU, whose slope is 1 where it is active (or use "
                 "only two σ layers)."),
        claims=[_C(None, "train_loss", "<", 0.35, at_epoch=30, run=_hidden(10, 10, act="sigmoid"))])],
    "bigger_lr": [
        dict(title=QT_TRANSLATE_NOOP("Lesson", "Predict: lr = 5"),
             text=QT_TRANSLATE_NOOP("Lesson", "The learning rate is now 5, about 330 times larger "
                      "(set for you). Press Run."),
             setup=_sgd(5.0),
             question={"prompt": QT_TRANSLATE_NOOP("Lesson", "With lr = 5, after 20 epochs the "
                                     "loss will be…"),
                       "choices": [QT_TRANSLATE_NOOP("Lesson", "far below lr 0.015's"),
                                   QT_TRANSLATE_NOOP("Lesson", "about the same as lr 0.015's"),
                                   QT_TRANSLATE_NOOP("Lesson", "no lower than log 2 ≈ 0.69, "
                                       "jumping up and down")],
                       "answer": 2,
                       "explain": QT_TRANSLATE_NOOP("Lesson", "Each step overshoots the valley: "
                                      "the loss rises in many epochs and ends above 0.69."),
                       "check": [_C(None, "train_loss", ">=", 0.69, at_epoch=20),
                                 _C(None, "loss_rises", ">=", 3, at_epoch=20)]},
             goals=[_G("train_loss", ">=", 0.69, at_epoch=20), _G("loss_rises", ">=", 3)]),
        dict(title=QT_TRANSLATE_NOOP("Lesson", "Find a good step"),
             text=QT_TRANSLATE_NOOP("Lesson", "The run starts afresh here (it is reset for you). "
                      "Find a learning rate that brings the loss below 0.1 in fewer than 20 "
                      "epochs. Each try starts from epoch 0: after a change press Reset, then "
                      "Run."),
             goals=[_G("epochs_to_loss", "<", 20, loss=0.1)],
             solution=_sgd(0.3),
             hint=QT_TRANSLATE_NOOP("Lesson", "Between the two: try 0.1, 0.3 and 1. Watch whether "
                      "the loss curve still falls steadily."))],
    "zero_init": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "Make it learn"),
        text=QT_TRANSLATE_NOOP("Lesson", "Choose an initialisation in the Network panel so that "
                 "the loss falls below 0.3 within 20 epochs. Each try starts from epoch 0: after "
                 "a change press Reset, then Run."),
        goals=[_G("train_loss", "<", 0.3, at_epoch=20)],
        solution={"network": {"init": "lecture"}},
        hint=QT_TRANSLATE_NOOP("Lesson", "Any random start breaks the symmetry: choose 'lecture: "
                 "0.1·N(0, 1)'."))],
    "more_neurons": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "Small beats big"),
        text=QT_TRANSLATE_NOOP("Lesson", "Beat the big network on the test points with at most 8 "
                 "hidden units: a test loss below 0.65 after 150 epochs. Each try starts from "
                 "epoch 0: after a change press Reset, then Run."),
        goals=[_G("test_loss", "<", 0.65, at_epoch=150), _G("hidden_units", "<=", 8)],
        solution=_hidden(4),
        hint=QT_TRANSLATE_NOOP("Lesson", "Remove the second hidden layer and make the first one "
                 "small (4 units)."))],
    "loss_goes_down": [dict(
        title=QT_TRANSLATE_NOOP("Lesson", "A larger step"),
        text=QT_TRANSLATE_NOOP("Lesson", "Now lr = 0.3 (set for you). Press Run and watch the "
                 "epoch loss."),
        setup=_sgd(0.3),
        question={"prompt": QT_TRANSLATE_NOOP("Lesson", "With lr 0.3, will the training loss go "
                                "down at every epoch?"),
                  "choices": [QT_TRANSLATE_NOOP("Lesson", "Yes"),
                              QT_TRANSLATE_NOOP("Lesson", "No: it goes up in some epochs"),
                              QT_TRANSLATE_NOOP("Lesson", "It never goes down")],
                  "answer": 1,
                  "explain": QT_TRANSLATE_NOOP("Lesson", "It goes up in several epochs (2 to 8 of "
                                 "the 20, on ten seeds) — and still ends far lower than with lr "
                                 "0.015, below 0.02 by epoch 20."),
                  "check": [_C(None, "loss_rises", ">=", 2, at_epoch=20)]},
        goals=[_G("loss_rises", ">=", 2), _G("train_loss", "<", 0.02, at_epoch=20)],
        claims=[_R("2 to 8 of the 20", "loss_rises", 2, 8, at_epoch=20)])],
}
FIRST_STEP_TITLE = QT_TRANSLATE_NOOP("Lesson", "Run it")


def _more_neurons():
    return Experiment(
        dataset=DatasetSpec("moons", n=400, noise=0.4, seed=0, test_fraction=0.875),
        network=NetworkSpec([4], ["relu"], "auto", "he", 0),
        optimizer=OptimizerSpec("adam", {"lr": 0.01}),
        training=TrainingSpec(batch_size=10, epochs=150, shuffle=True, seed=0),
        note=MISCONCEPTIONS_TEXT["more_neurons"][1])


def plan(name):
    """The lesson (schema version 2) of shipped lesson ``name``: a dict for the file."""
    title, summary = ALL_TEXT[name]
    first = {"title": FIRST_STEP_TITLE, "text": summary}
    if FIRST_SETUP.get(name):
        first["setup"] = FIRST_SETUP[name]
    if name in FIRST_QUESTION:
        first["question"] = FIRST_QUESTION[name]
    if name in FIRST_GOALS:
        first["goals"] = FIRST_GOALS[name]
    claims = FIRST_CLAIMS.get(name, []) + QUESTION_CLAIMS.get(name, [])
    if claims:
        first["claims"] = claims
    if name == "deep_sigmoid_vanishing":
        first["view"] = "gradients"
    return {"version": LESSON_VERSION, "name": name, "title": title, "summary": summary,
            "steps": [first, *MORE_STEPS.get(name, [])]}


# --------------------------------------------------------------------------- lesson schema
@dataclass
class Step:
    title: str
    text: str
    setup: dict = field(default_factory=dict)
    view: str | None = None
    epochs: int | None = None
    question: dict | None = None
    goals: list = field(default_factory=list)
    solution: dict = field(default_factory=dict)
    hint: str = ""
    claims: list = field(default_factory=list)


@dataclass
class LessonPlan:
    """A lesson's steps (lesson schema version 2), read from an experiment file's extra."""
    name: str
    title: str
    summary: str
    steps: list


def _text(v, where, max_len=20_000):
    if not isinstance(v, str):
        raise AnnStudioError(f"{where} must be text, got {type(v).__name__}")
    if len(v) > max_len:
        raise AnnStudioError(f"{where} is longer than {max_len} characters")
    return v


def _changes(v, where):
    """Check a setup/solution: known sections and keys only (values are checked when the
    changed experiment is validated)."""
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise AnnStudioError(f"{where} must be an object of experiment changes")
    for section, part in v.items():
        if section not in CHANGE_KEYS:
            raise AnnStudioError(f"{where} cannot change {section!r}; only "
                                 f"{', '.join(CHANGE_KEYS)}")
        if not isinstance(part, dict):
            raise AnnStudioError(f"{where}.{section} must be an object")
        for key in part:
            if key not in CHANGE_KEYS[section]:
                raise AnnStudioError(f"{where}.{section} has an unknown key {key!r}")
    return v


def _question(v, where):
    if v is None:
        return None
    if not isinstance(v, dict):
        raise AnnStudioError(f"{where} must be an object")
    choices = v.get("choices")
    if not isinstance(choices, list) or not 2 <= len(choices) <= 6:
        raise AnnStudioError(f"{where}.choices must be a list of 2 to 6 answers")
    for k, c in enumerate(choices):
        _text(c, f"{where}.choices[{k}]", 500)
    a = v.get("answer")
    if isinstance(a, bool) or not isinstance(a, int) or not 0 <= a < len(choices):
        raise AnnStudioError(f"{where}.answer must be the index of one of the choices, got {a!r}")
    out = {"prompt": _text(v.get("prompt"), f"{where}.prompt", 2000), "choices": list(choices),
           "answer": a, "explain": _text(v.get("explain", ""), f"{where}.explain", 2000)}
    check = v.get("check")
    if check is not None:
        if not isinstance(check, list) or not 1 <= len(check) <= 10:
            raise AnnStudioError(f"{where}.check must be a list of 1 to 10 conditions")
        out["check"] = [_claim(c, f"{where}.check[{k}]", per_seed=True)
                        for k, c in enumerate(check)]
    return out


CLAIM_KEYS = {"quote", "tol", "run", "than", "range"}


def _claim(v, where, per_seed=False):
    """Check a claim: a goal (metric, op, value, at_epoch, loss) read on the step's run,
    or on the run with ``run`` changes, minus the run with ``than`` changes; with ``tol``
    and no ``op`` a quoted number (the seeds' median within ``tol`` of ``value``); op
    ``~``: within ``tol`` on each seed; ``range`` [lo, hi]: within it on each seed.
    ``quote``: the words of the text that state it."""
    if not isinstance(v, dict):
        raise AnnStudioError(f"{where} must be an object")
    if per_seed and "op" not in v and "range" not in v:
        raise AnnStudioError(f"{where} needs an op: an answer holds seed by seed")
    if "range" in v:
        r = v["range"]
        if (not isinstance(r, list) or len(r) != 2 or any(
                isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x)
                for x in r) or r[0] > r[1] or "op" in v or "tol" in v):
            raise AnnStudioError(f"{where}.range must be two finite numbers [low, high] "
                                 "(and no op or tol)")
    elif "tol" in v:
        tol = v["tol"]
        if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not 0 <= tol < 1e6:
            raise AnnStudioError(f"{where}.tol must be a number ≥ 0, got {tol!r}")
    elif "op" not in v or v.get("op") == "~":
        raise AnnStudioError(f"{where} needs a tol (a quoted number is value ± tol)")
    if "quote" in v:
        _text(v["quote"], f"{where}.quote", 200)
    for key in ("run", "than"):
        if key in v:
            _changes(v[key], f"{where}.{key}")
    goal = {k: x for k, x in v.items() if k not in CLAIM_KEYS}
    goal.setdefault("op", ">=")
    goal.setdefault("value", 0.0)
    if goal["op"] == "~":
        goal["op"] = "<="
    goals.validate(goal, where)
    return v


def _step(v, where):
    if not isinstance(v, dict):
        raise AnnStudioError(f"{where} must be an object")
    known = {"title", "text", "setup", "view", "epochs", "question", "goals", "solution", "hint",
             "claims"}
    unknown = set(v) - known
    if unknown:
        raise AnnStudioError(f"{where} has an unknown key {sorted(unknown)[0]!r}")
    view = v.get("view")
    if view is not None and view not in VIEWS:
        raise AnnStudioError(f"{where}.view must be one of {', '.join(VIEWS)}, got {view!r}")
    epochs = v.get("epochs")
    if epochs is not None and (isinstance(epochs, bool) or not isinstance(epochs, int)
                               or not 1 <= epochs <= goals.MAX_EPOCH):
        raise AnnStudioError(f"{where}.epochs must be a whole number from 1 to "
                             f"{goals.MAX_EPOCH}, got {epochs!r}")
    gl = v.get("goals", [])
    if not isinstance(gl, list) or len(gl) > 20:
        raise AnnStudioError(f"{where}.goals must be a list of at most 20 goals")
    cl = v.get("claims", [])
    if not isinstance(cl, list) or len(cl) > 40:
        raise AnnStudioError(f"{where}.claims must be a list of at most 40 claims")
    return Step(title=_text(v.get("title", ""), f"{where}.title", 200),
                text=_text(v.get("text"), f"{where}.text"),
                setup=_changes(v.get("setup"), f"{where}.setup"), view=view, epochs=epochs,
                question=_question(v.get("question"), f"{where}.question"),
                goals=[goals.validate(g, f"{where}.goals[{k}]") for k, g in enumerate(gl)],
                solution=_changes(v.get("solution"), f"{where}.solution"),
                hint=_text(v.get("hint", ""), f"{where}.hint", 2000),
                claims=[_claim(c, f"{where}.claims[{k}]") for k, c in enumerate(cl)])


def migrate_lesson(d, note=""):
    """Lesson schema 1 (``{"name", "title"}``, text in the experiment's note) → 2."""
    version = d.get("version", 1)
    if version == 1:
        d = {"version": 2, "name": d.get("name", ""), "title": d.get("title", ""),
             "summary": note, "steps": [{"title": d.get("title", ""), "text": note}]}
    return d


def parse_plan(d, note="", where="extra.lesson"):
    """Check and migrate a lesson read from a file: a `LessonPlan`, or `AnnStudioError`
    with one sentence naming the bad value."""
    if not isinstance(d, dict):
        raise AnnStudioError(f"{where} must be an object")
    version = d.get("version", 1)
    if isinstance(version, bool) or version not in (1, LESSON_VERSION):
        raise AnnStudioError(f"{where}.version {version!r} is not known to this ANN Studio "
                             f"(it reads lesson versions 1 and {LESSON_VERSION})")
    d = migrate_lesson(d, note)
    steps = d.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise AnnStudioError(f"{where}.steps must be a list of 1 to {MAX_STEPS} steps")
    return LessonPlan(name=_text(d.get("name", ""), f"{where}.name", 200),
                      title=_text(d.get("title", ""), f"{where}.title", 200),
                      summary=_text(d.get("summary", ""), f"{where}.summary"),
                      steps=[_step(st, f"{where}.steps[{k}]") for k, st in enumerate(steps)])


def lesson_of(loaded):
    """The `LessonPlan` of a loaded experiment file, or None when it holds no lesson."""
    d = (loaded.extra or {}).get("lesson")
    return None if d is None else parse_plan(d, note=loaded.experiment.note)


def apply_changes(experiment, changes):
    """A new, checked `Experiment`: ``experiment`` with ``changes`` (a setup or solution)
    merged in; an optimizer's ``params`` are replaced as a whole."""
    d = experiment.to_dict()
    for section, part in (changes or {}).items():
        d[section].update(json.loads(json.dumps(part)))
    # the experiment-file reader checks every value (sizes, names, ranges) with one clear
    # sentence, as for any file a user opens
    doc = {"format": experiment_file.FORMAT, "version": experiment_file.VERSION, "experiment": d}
    return experiment_file.parse_bytes(json.dumps(doc).encode(), "the lesson step").experiment


def step_experiment(experiment, plan_, index, solution=False):
    """The experiment of step ``index``: every setup up to it (and its solution)."""
    exp = experiment.copy()
    for step in plan_.steps[:index + 1]:
        if step.setup:
            exp = apply_changes(exp, step.setup)
    if solution and plan_.steps[index].solution:
        exp = apply_changes(exp, plan_.steps[index].solution)
    return exp


def step_epochs(plan_, index, experiment):
    """How many epochs the step's run lasts: its own count, else the experiment's."""
    return plan_.steps[index].epochs or experiment.training.epochs or 1


# --------------------------------------------------------------------------- check
SEED_SHARE = 0.9          # a goal or a stated answer must hold on ≥ 90 % of the seeds


def reseed(experiment, seed):
    """``experiment`` with its data, initial weights and batch order drawn from ``seed``
    (what ``annstudio train --seed`` changes): dataset.seed = network.seed = training.seed."""
    exp = experiment.copy()
    exp.dataset.seed = exp.network.seed = exp.training.seed = int(seed)
    return exp


def needed(n_seeds):
    """Seeds out of ``n_seeds`` a claim must hold for: ⌈0.9 n⌉ (9 of 10, 1 of 1)."""
    return math.ceil(SEED_SHARE * n_seeds - 1e-9)


def _truncated(history, n):
    """The first ``n`` epochs of ``history`` (with their steps), as a new `History`."""
    h = history.copy()
    if len(h.epochs) > n:
        per_epoch = len(history.step_loss) // max(len(history.epochs), 1)
        h.epochs, h.step_loss = h.epochs[:n], h.step_loss[:n * per_epoch]
    return h


class _Runs:
    """The runs of one lesson on one seed: each experiment trained once, as far as the
    longest claim on it needs (a run read at epoch k is the first k epochs of it)."""

    def __init__(self, loaded, seed):
        self.loaded, self.seed = loaded, seed
        self.base = loaded.experiment
        self.engines = {}

    def history(self, exp, epochs):
        from annstudio.engines.factory import from_experiment
        key = dict(exp.to_dict(), note="")
        key["training"] = dict(key["training"], epochs=0)
        key = json.dumps(key, sort_keys=True)
        eng = self.engines.get(key)
        if eng is None:
            same_data = exp.dataset == self.base.dataset and self.loaded.data is not None
            run = reseed(exp, self.seed)
            data = self.loaded.data if same_data else run.build_data()
            eng = from_experiment(run, data=data)
            if (same_data and self.loaded.weights is not None
                    and exp.network == self.base.network):
                eng.set_weights(self.loaded.weights)
            self.engines[key] = eng
        if len(eng.history.epochs) < epochs:
            eng.train(epochs - len(eng.history.epochs))
        return _truncated(eng.history, epochs)

    def close(self):
        for eng in self.engines.values():
            eng.close()
        self.engines = {}


def _claim_goal(claim):
    """The goal part of a claim (what `goals.evaluate` reads)."""
    g = {k: claim[k] for k in ("metric", "loss", "at_epoch") if k in claim}
    return dict(g, op=">=", value=0.0)      # only the value is read: `claim_holds` judges


def claim_value(claim, step_exp, runs, epochs):
    """A claim's number on one seed: its metric on the step's run (or on the run with
    ``run`` changes), minus the same metric on the run with ``than`` changes if given."""
    def read(changes):
        exp = apply_changes(step_exp, changes) if changes else step_exp
        n = claim.get("at_epoch") or epochs
        if changes and "training" in changes and "epochs" in changes["training"]:
            n = claim.get("at_epoch") or exp.training.epochs
        return goals.evaluate(_claim_goal(claim), exp, runs.history(exp, n)).value
    v = read(claim.get("run"))
    if "than" in claim:
        w = read(claim["than"])
        v = None if v is None or w is None else v - w
    return v


def claim_holds(claim, v):
    """Whether value ``v`` (one seed) makes the claim true."""
    if v is None or math.isnan(v):
        return False
    if "range" in claim:
        return claim["range"][0] <= v <= claim["range"][1]
    if claim["op"] == "~":
        return abs(v - claim["value"]) <= claim["tol"]
    return bool(goals.OPS[claim["op"]](v, claim["value"]))


def describe_claim(claim):
    """A claim in words: 'training loss at epoch 50 ≈ 0.24 ± 0.03 (median)'."""
    percent = goals.METRICS[claim["metric"]][1]
    text = goals.metric_words(claim)
    if claim.get("at_epoch"):
        text += f" at epoch {claim['at_epoch']}"
    if claim.get("run"):
        text += f" with {_changes_text(claim['run'])}"
    if "than" in claim:
        text += f", minus the same with {_changes_text(claim['than'])}"
    if "range" in claim:
        lo, hi = (_number(x, percent) for x in claim["range"])
        return f"{text} from {lo} to {hi}"
    value = _number(claim["value"], percent)
    if "op" not in claim:
        return f"{text} ≈ {value} ± {_number(claim['tol'], percent)} (median)"
    if claim["op"] == "~":
        return f"{text} within {_number(claim['tol'], percent)} of {value}"
    return f"{text} {goals.OP_TEXT[claim['op']]} {value}"


def _number(v, percent):
    return f"{100 * v:g} %" if percent else f"{v:g}"


def _changes_text(changes):
    """Experiment changes in words: 'adam lr=0.01', 'hidden [4]', 'features x1x2'."""
    parts = []
    for section, part in changes.items():
        if section == "optimizer":
            parts.append(" ".join([part.get("name", "")] + [
                f"{k}={v:g}" for k, v in part.get("params", {}).items()]))
            continue
        for k, v in part.items():
            if k != "activations":
                parts.append(f"{k} {' '.join(map(str, v)) if isinstance(v, list) else v}")
    return ", ".join(parts)


def _step_words(step):
    """Everything a student reads on a step: text, question, hint."""
    q = step.question or {}
    return " ".join([step.text, step.hint, q.get("prompt", ""), q.get("explain", ""),
                     *q.get("choices", [])])


def quote_problem(claim, step):
    """Why a quoted number does not match its text (None: the text quotes it)."""
    quote = claim.get("quote")
    if quote is None:
        return None
    if quote not in _step_words(step):
        return f"the text does not say {quote!r}"
    percent = goals.METRICS[claim["metric"]][1]
    for x in claim.get("range", [claim.get("value")]):
        shown = _number(x, percent)
        if shown not in quote:
            return f"{quote!r} does not show the claim's value {shown}"
    return None


@dataclass
class ClaimCheck:
    """One claim of a step over N seeds: a goal, a question's stated answer or a number
    the text quotes."""
    kind: str                 # "goal" | "answer" | "quote" | "text"
    text: str                 # the claim in words
    values: list              # its number on each seed (answers: 1.0 / 0.0 per seed)
    holds: list               # [bool] per seed
    median_ok: bool | None = None    # quoted numbers: median within tolerance
    percent: bool = False
    problem: str | None = None       # why a quote fails (`quote_problem`)

    @property
    def count(self):
        return sum(self.holds)

    def ok(self, n_seeds):
        if self.problem:
            return False
        if self.median_ok is not None:
            return self.median_ok
        return self.count >= needed(n_seeds)


@dataclass
class StepCheck:
    lesson: str
    step: int                 # 1-based
    title: str
    results: list             # [goals.GoalResult] on the first seed
    question_ok: bool = True  # the stated answer holds on enough seeds
    claims: list = field(default_factory=list)   # [ClaimCheck]
    n_seeds: int = 1

    @property
    def met(self):
        return all(c.ok(self.n_seeds) for c in self.claims) and all(r.met for r in self.results)


def check_lesson(loaded, plan_, seeds=(0,)):
    """Every claim of every step, on each seed of ``seeds``: [StepCheck].

    A step's goals are read from its reference solution's run; its question's stated
    answer (the ``check`` conditions of the answer) and the numbers its text quotes
    (``claims``) from the step's own run (or the run they name), all trained headless on
    the compiled path, with data, initial weights and batch order drawn from each seed."""
    from annstudio.engines import fast
    fast.start(wait=True)            # the same compiled path as the window and the CLI
    seeds = list(seeds)
    base = loaded.experiment
    per_step = []
    for i, step in enumerate(plan_.steps):
        q = step.question or {}
        if step.goals or q.get("check") or step.claims:
            per_step.append((i, step))
    runs = {s: _Runs(loaded, s) for s in seeds}
    out = []
    try:
        for i, step in per_step:
            exp = step_experiment(base, plan_, i)
            sol = step_experiment(base, plan_, i, solution=True)
            n = step_epochs(plan_, i, exp)
            checks, first = [], []
            if step.goals:
                per_seed = [goals.evaluate_all(step.goals, sol, runs[s].history(sol, n))
                            for s in seeds]
                first = per_seed[0]
                for k, g in enumerate(step.goals):
                    rs = [r[k] for r in per_seed]
                    checks.append(ClaimCheck("goal", goals.describe(g), [r.value for r in rs],
                                             [r.met for r in rs],
                                             percent=goals.METRICS[g["metric"]][1]))
            q = step.question or {}
            if q.get("check"):
                vals = [[claim_value(c, exp, runs[s], n) for c in q["check"]] for s in seeds]
                holds = [all(claim_holds(c, v) for c, v in zip(q["check"], vs)) for vs in vals]
                why = "; ".join(describe_claim(c) for c in q["check"])
                checks.append(ClaimCheck("answer", f"answer {q['choices'][q['answer']]!r} "
                                                   f"({why})",
                                         [float(h) for h in holds], holds))
            for c in step.claims:
                vals = [claim_value(c, exp, runs[s], n) for s in seeds]
                if "op" in c or "range" in c:
                    holds = [claim_holds(c, v) for v in vals]
                    check = ClaimCheck("text", describe_claim(c), vals, holds)
                else:
                    finite = [v for v in vals if v is not None and math.isfinite(v)]
                    med = statistics.median(finite) if finite else math.nan
                    holds = [v is not None and abs(v - c["value"]) <= c["tol"] for v in vals]
                    check = ClaimCheck("quote", describe_claim(c), vals, holds,
                                       median_ok=bool(abs(med - c["value"]) <= c["tol"]))
                check.problem = quote_problem(c, step)
                check.percent = goals.METRICS[c["metric"]][1]
                if c.get("quote"):
                    check.text = f"{c['quote']!r}: {check.text}"
                checks.append(check)
            answer = [c for c in checks if c.kind == "answer"]
            out.append(StepCheck(plan_.name, i + 1, step.title, first,
                                 question_ok=all(c.ok(len(seeds)) for c in answer),
                                 claims=checks, n_seeds=len(seeds)))
    finally:
        for r in runs.values():
            r.close()
    return out


def check(folder=LESSON_DIR, names=None, seeds=(0,)):
    """`check_lesson` for every shipped lesson (or those in ``names``): [StepCheck]."""
    out = []
    for lesson in list_lessons(folder):
        if names and lesson.name not in names:
            continue
        loaded = experiment_file.load(lesson.path)
        plan_ = lesson_of(loaded)
        if plan_ is None:
            raise AnnStudioError(f"{lesson.path} holds no lesson")
        out.extend(check_lesson(loaded, plan_, seeds))
    return out


# --------------------------------------------------------------------------- files
def rebuild(folder=LESSON_DIR):
    """Write every lesson file and the index into ``folder``; returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    index, paths = [], []
    for name, (exp, data, weights) in definitions().items():
        lesson = plan(name)
        parse_plan(lesson)                        # a shipped lesson must pass its own checks
        fname = f"{name}{experiment_file.EXTENSION}"
        doc = experiment_file.to_document(exp, data=data, weights=weights,
                                          extra={"lesson": lesson})
        doc.pop("app", None)   # keeps rebuilt files byte-identical across app versions
        atomic.write_text(folder / fname, experiment_file.dumps(doc))
        index.append({"name": name, "title": lesson["title"], "description": lesson["summary"],
                      "file": fname})
        paths.append(str(folder / fname))
    atomic.write_text(folder / INDEX, json.dumps({"version": LESSON_VERSION, "lessons": index},
                                                 indent=1, ensure_ascii=False) + "\n")
    return paths


def list_lessons(folder=LESSON_DIR):
    """[Lesson(name, title, description, path)] in menu order, from the index."""
    folder = Path(folder)
    try:
        with open(folder / INDEX, encoding="utf-8") as fh:
            entries = json.load(fh)["lessons"]
        return [Lesson(e["name"], e["title"], e["description"], str(folder / e["file"]))
                for e in entries]
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise AnnStudioError(f"the lesson index {folder / INDEX} is missing or damaged "
                             f"({e}); reinstall ANN Studio") from None


def load(name, folder=LESSON_DIR):
    """Open a lesson by name: an `experiment_file.Loaded`."""
    for lesson in list_lessons(folder):
        if lesson.name == name:
            return experiment_file.load(lesson.path)
    raise AnnStudioError(f"unknown lesson {name!r}; choose one of "
                         f"{', '.join(x.name for x in list_lessons(folder))}")


def _span(values, percent):
    xs = [v for v in values if v is not None and math.isfinite(v)]
    if not xs:
        return "no value"
    f = (lambda v: f"{100 * v:.3g} %") if percent else (lambda v: f"{v:.3g}")
    lo, med, hi = min(xs), statistics.median(xs), max(xs)
    return f"median {f(med)}, range {f(lo)}–{f(hi)}"


def print_check(results, out=sys.stdout):
    """One line per claim with the seeds it holds for; returns True when every claim holds
    (goals and answers on ⌈0.9 N⌉ of N seeds, quoted numbers at the seeds' median)."""
    ok = True
    n_claims = bad = 0
    for r in results:
        n = r.n_seeds
        print(f"{r.lesson} · step {r.step}{': ' + r.title if r.title else ''}", file=out)
        for c in r.claims:
            good = c.ok(n)
            n_claims += 1
            bad += not good
            mark = "ok " if good else "NO "
            line = f"    {mark} {c.count:>2}/{n}  {c.kind:6s} {c.text}"
            if c.kind != "answer":
                line += f"  [{_span(c.values, c.percent)}]"
            if c.problem:
                line += f"  — {c.problem}"
            print(line, file=out)
        ok = ok and r.met
    seeds = results[0].n_seeds if results else 0
    print(f"{n_claims - bad} of {n_claims} claims hold on {seeds} seed{'s' if seeds != 1 else ''} "
          f"(goals and answers on at least {needed(seeds)}) in "
          f"{len({r.lesson for r in results})} lessons", file=out)
    return ok


def main(argv=None, prog="python -m annstudio.io.lessons"):
    parser = argparse.ArgumentParser(prog=prog,
                                     description="List, check or rebuild the shipped lessons.")
    parser.add_argument("--check", action="store_true",
                        help="train every lesson's reference solutions, stated answers and "
                             "quoted numbers headless and say on how many seeds each holds "
                             "(exit 0 only if all do)")
    parser.add_argument("--seeds", type=int, default=10, metavar="N",
                        help="with --check: seeds 0 … N−1 (data, initial weights and batch "
                             "order); goals and answers must hold on ⌈0.9 N⌉ of them, quoted "
                             "numbers at their median (default 10: the lessons' rule)")
    parser.add_argument("--rebuild", action="store_true", help="rewrite assets/lessons")
    parser.add_argument("--folder", default=str(LESSON_DIR))
    parser.add_argument("names", nargs="*", help="only these lessons (for --check)")
    args = parser.parse_args(argv)
    if not 1 <= args.seeds <= 1000:
        print(f"error: --seeds must be from 1 to 1000, got {args.seeds}", file=sys.stderr)
        return 2
    try:
        if args.rebuild:
            for p in rebuild(args.folder):
                print(f"wrote {os.path.relpath(p)}")
        if args.check:
            results = check(args.folder, args.names, seeds=range(args.seeds))
            return 0 if print_check(results) else 1
        for lesson in list_lessons(args.folder):
            print(f"{lesson.name:24s} {lesson.title}")
    except AnnStudioError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
