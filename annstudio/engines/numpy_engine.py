"""The NumPy engine: the core `Trainer` behind the engine interface (float64, CPU).

With numba installed (the default install, where numba has wheels) small networks train
on the compiled fast path (`engines.fast`): the same numbers to ≤ 1e-12, a few times faster.
`path` says which path the next step takes and `path_note` why; ``ANNSTUDIO_FAST=0`` in
the environment (or ``fast=False``) keeps the NumPy path.
"""
from __future__ import annotations

import os

from annstudio.core.errors import AnnStudioError
from annstudio.core.standardize import loss_unit
from annstudio.core.training import Trainer
from annstudio.engines import fast as fastpath
from annstudio.engines.base import Engine


class NumpyEngine(Engine):
    name = "numpy"

    def __init__(self, net, data, optimizer="sgd", hyperparameters=None, *, loss=None,
                 batch_size=10, shuffle=True, seed=0, dtype="float64", fast=None):
        if dtype != "float64":
            raise AnnStudioError("the NumPy engine computes in float64; "
                                 "use the PyTorch engine for float32")
        self.net = net
        self.data = data
        if fast is None:
            fast = os.environ.get("ANNSTUDIO_FAST", "1") != "0"
        self._off = None if fast else "NumPy path: the fast path is switched off"
        if self._off is None and not fastpath.numba_installed():
            self._off = fastpath.status()[1]
        cls = Trainer if self._off else fastpath.FastTrainer
        self.trainer = cls(net, data.X_train, data.y_train, optimizer=optimizer,
                           loss=loss or data.loss, batch_size=batch_size, shuffle=shuffle,
                           seed=seed, X_test=data.X_test, y_test=data.y_test,
                           loss_unit=loss_unit(data), **(hyperparameters or {}))
        self.loss = self.trainer.loss
        if self._off is None and self.trainer.fast_reason is None:
            fastpath.start()     # compile in the background; NumPy path until ready

    @property
    def path(self):
        """"compiled" or "numpy": the path the next step takes."""
        return "numpy" if self._off else self.trainer.path

    @property
    def path_note(self):
        """One line for the window and ``annstudio bench``: which path runs, and why."""
        return self._off or self.trainer.path_note

    # ----- training -----
    def step(self):
        return self.trainer.step()

    def train(self, epochs, callback=None):
        if "step" in vars(self):
            # step() is wrapped (the CLI's timeline recorder sees every step through it)
            return super().train(epochs, callback)
        # the trainer's own loop: on the fast path it runs whole epochs per compiled call
        return self.trainer.train(epochs, callback)

    @property
    def epoch(self):
        return self.trainer.epoch

    @property
    def history(self):
        return self.trainer.history

    @property
    def optimizer(self):
        return self.trainer.optimizer

    @property
    def batch_size(self):
        return self.trainer.batch_size

    @property
    def steps_per_epoch(self):
        return self.trainer.steps_per_epoch

    @property
    def step_count(self):
        return self.trainer.step_count

    @property
    def batch_index(self):
        return self.trainer.batch_index

    def grad_norms(self):
        return self.trainer.grad_norms()

    def evaluate(self):
        return self.trainer.evaluate()

    def set_hyperparameters(self, **hyperparameters):
        self.trainer.set(**hyperparameters)

    # ----- weights and state -----
    def network(self):
        return self.net.copy()

    def set_weights(self, weights):
        self.net.set_weights(weights)
        self.trainer.divergence.restart()     # hand-set weights: a new starting loss

    def export_state(self):
        t = self.trainer
        return {"weights": self.net.get_weights(), "optimizer": t.optimizer_state(),
                "epoch": t.epoch, "batch_index": t.batch_index, "step_count": t.step_count,
                "history": t.history.copy()}

    def import_state(self, state):
        t = self.trainer
        self.net.set_weights(state["weights"])
        opt = state.get("optimizer")
        if opt is not None:
            if opt.get("name") != t.optimizer.name:
                raise AnnStudioError(f"optimizer state is for {opt.get('name')!r}, "
                                     f"this run uses {t.optimizer.name!r}")
            t.load_optimizer_state(opt)
        t.divergence.restart()
        t.set_position(state)

