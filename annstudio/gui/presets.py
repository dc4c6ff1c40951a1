"""Ready-made experiments for ``--preset NAME`` (screenshots, lessons).

``PRESETS[name]()`` returns ``(Experiment, Dataset or None, weights or None)``; other
modules (the inspector, lessons) add their own entries.
"""
from __future__ import annotations

from annstudio.core.experiment import Experiment, lecture_moons


# The window's default run: the lecture's moons and network, trained long enough to bend the
# boundary around the moons. Measured (tests/gui/test_speed.py): after the lecture's 50
# epochs the boundary is nearly straight (86.5% train); the bend appears around epoch 200;
# at 250 epochs train 97.3% and test 97% (a straight line gets ≤ 90%).
FIRST_RUN_EPOCHS = 250


def first_run_experiment():
    """The lecture run with FIRST_RUN_EPOCHS epochs: what a new window (and File ▸ New) shows."""
    exp = Experiment()
    exp.training.epochs = FIRST_RUN_EPOCHS
    return exp


def _lecture_moons():
    """The lecture run: moons 500, 2→20→40→20→1 ReLU/σ, batch 10, SGD lr 0.015, 50 epochs."""
    return lecture_moons(), None, None


def _small_moons():
    """2→8→8→1 on moons: quick to train, every neuron visible."""
    exp = Experiment()
    exp.network.hidden = [8, 8]
    exp.network.activations = ["relu", "relu"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    return exp, None, None


def _spirals():
    exp = Experiment()
    exp.dataset.name, exp.dataset.classes, exp.dataset.noise = "spirals", 3, 0.1
    exp.network.hidden = [32, 32]
    exp.network.activations = ["tanh", "tanh"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    exp.training.batch_size = 20
    return exp, None, None


PRESETS = {
    "lecture_moons": _lecture_moons,
    "small_moons": _small_moons,
    "spirals": _spirals,
}
