"""Lessons: ready experiment files in ``annstudio/assets/lessons/`` with a description each.

Each lesson is defined here (the source of truth) and written to
``assets/lessons/<name>.annstudio`` plus ``index.json`` (name, title, description, file)
by ``python -m annstudio.io.lessons --rebuild``; rebuilding gives byte-identical files.
The app reads the index (`list_lessons`) and opens a lesson like any experiment (`load`).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec, OptimizerSpec,
                                       TrainingSpec)
from annstudio.core.notation import NUMBERING_NOTE
from annstudio.io import atomic, experiment_file

LESSON_DIR = Path(__file__).resolve().parent.parent / "assets" / "lessons"
INDEX = "index.json"


@dataclass
class Lesson:
    name: str
    title: str
    description: str
    path: str


# --------------------------------------------------------------------------- definitions
def _moons(optimizer, params, epochs, note):
    """The lecture's data (noise 0.1, all 500 points for training) and network."""
    return Experiment(dataset=DatasetSpec("moons", n=500, noise=0.1, seed=0, test_fraction=0.0),
                      network=NetworkSpec([20, 40, 20], ["relu"] * 3, "auto", "lecture", 0),
                      optimizer=OptimizerSpec(optimizer, params),
                      training=TrainingSpec(batch_size=10, epochs=epochs, shuffle=True, seed=0),
                      note=note)


def _notxor():
    """Lecture §2: 2 → 2 ReLU → 1 σ with W_2 = [[1, −1], [−1, 1]], b_2 = 0, W_1 = [[−1], [−1]],
    b_1 = 1/2; points with equal coordinates are class 1."""
    from annstudio.core import datasets
    X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    y = np.array([1, 0, 0, 1])
    data = datasets.from_arrays(X, y, task="binary", test_fraction=0.0, seed=0, name="points")
    # from_arrays permutes the points; keep the lecture's order for the table view
    data = data.with_points(X, y)
    exp = Experiment(dataset=DatasetSpec("points", n=4, noise=0.0, seed=0, test_fraction=0.0),
                     network=NetworkSpec([2], ["relu"], "sigmoid", "lecture", 0),
                     optimizer=OptimizerSpec("sgd", {"lr": 0.1}),
                     training=TrainingSpec(batch_size=4, epochs=50, shuffle=True, seed=0),
                     note=LESSONS_TEXT["notxor_by_hand"][1])
    W2 = np.array([[1.0, -1.0], [-1.0, 1.0]])     # lecture's layer 2 = API layer 0
    W1 = np.array([[-1.0], [-1.0]])              # lecture's layer 1 = API layer 1
    return exp, data, [(W2, np.zeros(2)), (W1, np.array([0.5]))]


LESSONS_TEXT = {
    "notxor_by_hand": (
        "¬XOR by hand (lecture §2)",
        "The lecture's hand-set network: two inputs, a hidden layer of two ReLU units and a "
        "σ output, with W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. "
        "The plots call the inputs x1 and x2 (the lecture calls them x₀ and x₁). The hidden "
        "units compute max(x1 − x2, 0) and max(x2 − x1, 0), so the output is σ(1/2) ≈ 0.62 "
        "for (0,0) and (1,1) and σ(−1/2) ≈ 0.38 for (1,0) and (0,1): points with equal "
        "coordinates are class 1. Step through one point in the inspector to see every u and "
        "z of the lecture. " + NUMBERING_NOTE + " Then press Run: in 50 epochs SGD pushes the "
        "outputs apart (about 0.66 for equal coordinates, 0.25 for the others) and the loss "
        "falls from 0.47 to 0.35."),
    "moons_sgd": (
        "Two moons with SGD (lecture §4)",
        "The lecture's run: 500 two-moons points with noise 0.1 (what the lecture's printed "
        "points fit), all of them used for training as in the lecture (no test set), a "
        "2 → 20 → 40 → 20 → 1 network with ReLU hidden layers and a σ output, mini-batches of "
        "10, plain SGD with learning rate 0.015 for 50 epochs. The loss starts at about 0.69 "
        "(= log 2, a network that says 1/2 everywhere) and creeps for about 20 epochs while "
        "the small initial weights grow, then falls to about 0.24 by epoch 50. The lecture "
        "shows 0.35 by epoch 15: that was a lucky initialisation — its own code gives a "
        "median of 0.68 at epoch 15 over 40 seeds, and this run is at 0.68 too. After 50 "
        "epochs the boundary is still nearly a straight line (about 89 % of the points "
        "right); keep training and it bends around the moons: 99 % by epoch 150."),
    "moons_lecture_momentum": (
        "Two moons with the lecture's momentum",
        "The same network and data, trained with the lecture's momentum: ΔW_t = (1 − η)ΔW_{t−1} "
        "+ η∇Q(W_t), W ← W − αΔW_t with α = 0.04 and η = 0.7, for 30 epochs. The loss falls "
        "much sooner than in the SGD lesson — but not because of the averaging: the convex "
        "form (1 − η)ΔW + η∇ never makes a step larger than the gradient's, and plain SGD "
        "with lr 0.04 gives the same curve (within 0.01 at every epoch; 0.26 at epoch 15 for "
        "both). The speed-up is only α = 0.04 > 0.015. Switch the optimizer to SGD with "
        "lr 0.04 and compare. (The lecture's own momentum run rises in its first epoch "
        "because its code flips the sign of the first step; the app implements the formula.)"),
    "moons_adagrad": (
        "Two moons with Adagrad",
        "Adagrad divides each gradient component by the square root of the running sum of its "
        "squares: G ← G + ∇², W ← W − η∇/(√G + ε). Components that have seen large gradients "
        "take smaller steps, rarely-updated ones keep larger steps. G only grows, so each "
        "component's step η/(√G + ε) can only shrink. Here η = 0.05 on the lecture's moons "
        "for 30 epochs: the loss falls below 0.01. (The lecture writes the update with +, "
        "which would climb the loss: a typo; its code puts ε inside the root, √(G + ε).)"),
    "moons_rmsprop": (
        "Two moons with RMSProp",
        "RMSProp replaces Adagrad's ever-growing sum by a decaying average, v ← γv + (1 − γ)∇², "
        "W ← W − η∇/(√v + ε), so the step size does not shrink to nothing. Here torch's "
        "per-component form with η = 0.002 and γ = 0.99 (torch calls γ alpha) for 30 epochs: "
        "the loss falls below 0.01. Switch the optimizer to 'RMSProp (lecture form)' to try "
        "the lecture's variant with one v per weight matrix."),
    "moons_adam": (
        "Two moons with Adam",
        "Adam combines momentum (an average m of the gradients) with RMSProp's scaling (an "
        "average v of their squares), both bias-corrected: W ← W − lr·m̂/(√v̂ + ε). It is not "
        "the lecture's training loop (that is plain SGD): the lecture lists it among the "
        "other optimizers torch offers. With lr = 0.002 the loss is below 0.05 by epoch 15 "
        "and below 0.01 by epoch 30. Try lr = 0.0005: too small a step, still about 0.2 at "
        "epoch 30. Try lr = 0.01: the loss drops fastest (below 0.01 by epoch 10) but then "
        "jumps back up above 0.2 for an epoch — a step too large for the valley."),
    "xor_no_hidden": (
        "XOR without a hidden layer (it cannot work)",
        "A network with no hidden layer is logistic regression: σ(x W + b) is above 1/2 on "
        "one side of the straight line x W + b = 0. XOR's classes sit in opposite quadrants, "
        "and no single line separates them — at best it gets three quadrants right (75 %), "
        "and gradient descent settles near 55 % with the loss stuck close to log 2 ≈ 0.69. "
        "Add the derived feature x1·x2 and it is above 90 % after one epoch; add one hidden "
        "layer of 4 ReLU units instead and it climbs past 90 % within 30 epochs."),
    "spirals_depth": (
        "Spirals need depth",
        "Three interleaved spiral arms. A single hidden layer of 4 ReLU units (27 parameters) "
        "can only bend the boundary a few times and stays near 55 % of the training points. "
        "Three layers of 16 units (643 parameters) pass 95 % within 10 epochs, because each "
        "layer folds the plane again. Is it just the number of parameters? One layer of 107 "
        "units has as many (645), yet needs more than 15 epochs to pass 95 %. Change the "
        "hidden layers and compare the decision boundaries."),
    "deep_sigmoid_vanishing": (
        "Deep sigmoid networks and vanishing gradients",
        "Eight hidden layers of 10 σ units on the moons. σ'(u) = σ(u)σ(−u) is at most 1/4, "
        "and backpropagation multiplies one such factor (and a Wᵀ) per layer, so the gradient "
        "reaching the first layer is, in most epochs, more than ten thousand times smaller "
        "than at the output: "
        "look at the per-layer gradient norms. The loss hardly moves from log 2 in 30 epochs. "
        "Switch the hidden activations to ReLU (or keep two σ layers) and the same training "
        "brings the loss below 0.35."),
    "sine_regression": (
        "Regression of a noisy sine",
        "200 points y = sin(x) + noise (std 0.1) on [−3, 3], a 1 → 20 → 20 → 1 network with "
        "tanh hidden units and an identity output, mean squared error, Adam with lr = 0.01. "
        "The curve first fits a straight line, then bends to the sine. From epoch 30 on the "
        "loss hovers between about 0.01 and 0.03, just above the noise variance 0.01 — "
        "fitting below that would be fitting the noise. R² is shown instead of accuracy."),
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
    return out


# --------------------------------------------------------------------------- files
def rebuild(folder=LESSON_DIR):
    """Write every lesson file and the index into ``folder``; returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    index, paths = [], []
    for name, (exp, data, weights) in definitions().items():
        title, description = LESSONS_TEXT[name]
        fname = f"{name}{experiment_file.EXTENSION}"
        doc = experiment_file.to_document(exp, data=data, weights=weights,
                                          extra={"lesson": {"name": name, "title": title}})
        doc.pop("app", None)   # keeps rebuilt files byte-identical across app versions
        atomic.write_text(folder / fname, experiment_file.dumps(doc))
        index.append({"name": name, "title": title, "description": description, "file": fname})
        paths.append(str(folder / fname))
    atomic.write_text(folder / INDEX, json.dumps({"lessons": index}, indent=1,
                                                 ensure_ascii=False) + "\n")
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


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m annstudio.io.lessons",
                                     description="List or rebuild the shipped lessons.")
    parser.add_argument("--rebuild", action="store_true", help="rewrite assets/lessons")
    parser.add_argument("--folder", default=str(LESSON_DIR))
    args = parser.parse_args(argv)
    try:
        if args.rebuild:
            for p in rebuild(args.folder):
                print(f"wrote {os.path.relpath(p)}")
        for lesson in list_lessons(args.folder):
            print(f"{lesson.name:24s} {lesson.title}")
    except AnnStudioError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
