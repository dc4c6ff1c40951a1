"""The engine interface every back end implements (`engines.factory` builds them).

An engine owns a network, the data, an optimizer and the batch schedule
(`annstudio.core.training.batch_order`): it trains one step or one epoch, reports
per-epoch losses and metrics, hands out NumPy snapshots, takes hyperparameter and weight
changes between steps, and exports/imports its full state (weights + optimizer state +
position in the schedule) so a run can move to another engine and carry on identically.
"""
from __future__ import annotations

from abc import ABC, abstractmethod

from annstudio.core.errors import AnnStudioError
from annstudio.core.training import run_epoch


class EngineUnavailable(AnnStudioError):
    """The chosen engine or device cannot run here; the message says what to install."""


class Engine(ABC):
    """What the engine host (`engines.host`) and the CLI read and call; they guess nothing.

    Implementations keep these attributes (or properties) up to date: ``net`` (the NumPy
    `Network` spec), ``data``, ``device`` ("cpu", "cuda", …), ``dtype`` ("float64" or
    "float32"), ``optimizer`` (a `core.optimizers.Optimizer` holding the validated
    hyperparameters), ``epoch`` (completed epochs), ``step_count`` (steps taken in the
    run), ``batch_index`` (the next batch within the current epoch), ``history`` (the run's
    `core.training.History`; the bookkeeping of all four is `core.training.RunSchedule`),
    ``path``/``path_note`` (which code path trains and why,
    for the status bar; None where there is one path).
    """
    name = ""
    # the core `Trainer` that trains, where there is one (the NumPy engine's): the live
    # timeline records and replays it; None for an engine with its own loop (PyTorch)
    trainer = None

    net = None
    data = None
    device = "cpu"
    dtype = "float64"
    optimizer = None
    epoch = 0
    step_count = 0
    batch_index = 0
    history = None
    path = None
    path_note = None

    @abstractmethod
    def step(self):
        """Train one mini-batch; returns `core.training.StepResult`."""

    def run_epoch(self):
        """Train to the end of the current epoch; returns the `EpochRecord` (or raises
        `DivergenceError`)."""
        return run_epoch(self.step)

    def train(self, epochs, callback=None):
        """Train ``epochs`` more epochs; ``callback(record)`` may return False to stop."""
        target = self.epoch + int(epochs)
        while self.epoch < target:
            r = self.step()
            if r.diverged:
                break
            if r.epoch_record is not None and callback is not None and callback(r.epoch_record) is False:
                break
        return self.history

    @abstractmethod
    def evaluate(self):
        """`EpochRecord` of the current weights on the whole train/test sets."""

    @abstractmethod
    def grad_norms(self):
        """‖∂L/∂W_k‖ per layer (input→output) at the last step, as floats."""

    @property
    def hyperparameters(self):
        """The optimizer's hyperparameters now (a copy), by the NumPy optimizers' names."""
        return dict(self.optimizer.hyperparameters)

    @abstractmethod
    def set_hyperparameters(self, **hyperparameters):
        """Change optimizer hyperparameters (lr at least) between steps; state is kept."""

    def set_lr(self, lr):
        self.set_hyperparameters(lr=lr)

    @abstractmethod
    def network(self):
        """A NumPy `Network` copy with the current weights (a snapshot; safe to keep)."""

    @abstractmethod
    def set_weights(self, weights):
        """[(W, b)] in API order, W as (d_in, d_out) NumPy arrays."""

    @abstractmethod
    def export_state(self):
        """Everything to continue the run elsewhere, as NumPy/plain Python:
        {"weights": [(W, b)], "optimizer": {"name", "hyperparameters", "state": [per tensor,
        W0, b0, W1, … with W-shaped arrays as (d_in, d_out)]}, "epoch", "batch_index",
        "step_count", "history": History}."""

    @abstractmethod
    def import_state(self, state):
        """Load what `export_state` (of any engine) returned."""

    def close(self):
        """Release resources (GPU memory)."""
