"""Mini-batch training (lecture §4): each epoch shuffles, cuts batches, averages the
gradients over a batch and steps the optimizer.

The batch order of epoch ``e`` depends only on (seed, e) — ``batch_order`` — so a run is
reproducible, two engines can train on identical batches, and a run can move to another
engine between steps. Per-epoch figures are measured on the whole training and test sets
after the epoch's last step.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

import numpy as np

from annstudio.core import losses, optimizers
from annstudio.core.buffers import aligned_zeros
from annstudio.core.divergence import DivergenceRule
from annstudio.core.errors import AnnStudioError, DivergenceError, check_positive_int


def batch_order(n, epoch, seed, shuffle=True):
    """The sample indices of epoch ``epoch`` in training order."""
    if not shuffle:
        return np.arange(n)
    return np.random.default_rng([int(seed) & 0xFFFFFFFF, int(epoch)]).permutation(n)


def n_batches(n, batch_size):
    return -(-n // batch_size)


@dataclass
class EpochRecord:
    epoch: int                    # 1-based: the number of epochs completed
    train_loss: float
    test_loss: float | None
    train_metric: float | None    # accuracy (classification) or R² (regression)
    test_metric: float | None
    metric: str = "accuracy"
    mean_batch_loss: float | None = None
    grad_norms: list | None = None   # ‖∂L/∂W_k‖ per layer at the epoch's last step


def loss_line(r):
    """'train loss 0.3012, accuracy 88.0% · test loss …' for the epoch record ``r``, as the
    status bar and ``annstudio train`` show it: each figure grouped with its own set, train
    or test (an accuracy beside the test loss reads as the test accuracy)."""
    def metric(v):
        return f"accuracy {100 * v:.1f}%" if r.metric == "accuracy" else f"R² {v:.3f}"
    text = f"train loss {r.train_loss:.4f}"
    if r.train_metric is not None:
        text += f", {metric(r.train_metric)}"
    if r.test_loss is not None:
        text += f" · test loss {r.test_loss:.4f}"
        if r.test_metric is not None:
            text += f", {metric(r.test_metric)}"
    return text


@dataclass
class History:
    epochs: list = field(default_factory=list)
    step_loss: list = field(default_factory=list)   # every step's batch loss
    diverged: str | None = None
    # the path `Trainer.train` took: "numpy", "compiled" (engines.fast) or both in turn,
    # e.g. "numpy, then compiled" (the window's first run while the kernels load)
    path: str | None = None

    @property
    def train_loss(self):
        return [r.train_loss for r in self.epochs]

    @property
    def test_loss(self):
        return [r.test_loss for r in self.epochs]

    @property
    def accuracy(self):
        return [r.train_metric for r in self.epochs]

    @property
    def test_accuracy(self):
        return [r.test_metric for r in self.epochs]

    def __len__(self):
        return len(self.epochs)

    def __getitem__(self, i):
        return self.epochs[i]

    def copy(self):
        """An independent copy (records are copied, lists are new)."""
        import copy
        out = History()
        out.epochs = [copy.copy(r) for r in self.epochs]
        out.step_loss = list(self.step_loss)
        out.diverged = self.diverged
        out.path = self.path
        return out

    def to_dict(self):
        return {"train_loss": self.train_loss, "test_loss": self.test_loss,
                "train_metric": self.accuracy, "test_metric": self.test_accuracy,
                "metric": self.epochs[0].metric if self.epochs else None,
                "diverged": self.diverged}


@dataclass
class StepResult:
    epoch: int            # epochs completed after this step
    step: int             # total steps taken
    batch_loss: float
    epoch_record: EpochRecord | None = None   # set when this step finished an epoch
    diverged: str | None = None


def metric(net, X, y, loss):
    """Accuracy for classification, R² = 1 − SS_res/SS_tot for regression."""
    if X is None or len(X) == 0:
        return None
    if loss == "mse":
        pred = net(X)
        t = np.asarray(y, dtype=float).reshape(pred.shape)
        ss_res = float(np.sum((t - pred) ** 2))
        ss_tot = float(np.sum((t - t.mean(axis=0)) ** 2))
        return 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
    yy = np.asarray(y).reshape(-1)
    if loss == "bce" and yy.size and yy.min() < 0:
        yy = (yy > 0).astype(int)
    return float(np.mean(net.predict(X) == yy))


def metric_from_output(z, t, loss):
    """Accuracy or R² from the network's outputs ``z`` and prepared targets ``t``."""
    if loss == "mse":
        ss_res = float(np.sum((t - z) ** 2))
        ss_tot = float(np.sum((t - t.mean(axis=0)) ** 2))
        return 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
    if loss == "bce":
        return float(np.mean((z[:, 0] > 0.5) == (t[:, 0] > 0.5)))
    return float(np.mean(np.argmax(z, axis=1) == t))


def run_epoch(step):
    """Call ``step()`` (one mini-batch, a `StepResult`) to the end of the current epoch;
    returns the epoch's `EpochRecord`, or raises `DivergenceError` when the run diverges."""
    while True:
        r = step()
        if r.diverged:
            raise DivergenceError(r.diverged)
        if r.epoch_record is not None:
            return r.epoch_record


class RunSchedule:
    """The bookkeeping of a mini-batch run (lecture §4), one copy for every engine.

    Where the run is — ``epoch`` (completed), ``batch_index`` (the next batch of the
    epoch), ``step_count`` — what it recorded (``history``: every step's batch loss and a
    record per epoch, measured on the whole sets after the epoch's last step), and the
    divergence rule (`core.divergence`). The NumPy `Trainer` and the PyTorch engine
    inherit it and provide ``steps_per_epoch``, ``optimizer``, ``evaluate(mean_batch_loss)``
    and two hooks on their own tensors: `_keep_epoch_weights` and `_restore_weights`.

    ``loss_unit``: what one unit of the network's loss is in the user's units — s_y² when
    the network learns standardised regression targets (`core.standardize`), else 1. The
    history and every reported loss are in the user's units, L = loss_unit · L̃; the
    divergence rule judges L̃, the loss the optimizer follows.
    """
    loss_unit = 1.0

    def _start_run(self):
        self.epoch = 0                 # completed epochs
        self.batch_index = 0           # next batch within the current epoch
        self.step_count = 0
        self.history = History()
        self._batch_losses = []        # this epoch's so far: its mean batch loss
        self.divergence = DivergenceRule()

    def _count_step(self, L):
        """Book a step that went well: counters, losses, and at the epoch's end its record."""
        self._book((L,))
        record = None
        if self.batch_index >= self.steps_per_epoch:
            self.batch_index = 0
            self.epoch += 1
            record = self.evaluate(mean_batch_loss=float(np.mean(self._batch_losses)))
            self.history.epochs.append(record)
            if not math.isfinite(record.train_loss):
                return self._diverged(record.train_loss / self.loss_unit,
                                      f"the training loss became {record.train_loss}", record)
            if self.divergence.healthy(record.train_loss / self.loss_unit):
                self._keep_epoch_weights()
        return StepResult(self.epoch, self.step_count, L * self.loss_unit, record)

    def _count_steps(self, Ls):
        """Book several steps that went well, in order, all in the current epoch (a
        compiled engine runs them in one call): as `_count_step` each, the steps before
        the last booked in one go. Returns the last step's `StepResult`."""
        left = self.steps_per_epoch - self.batch_index
        if not 0 < len(Ls) <= left:
            raise ValueError(f"{len(Ls)} steps do not fit the {left} left in this epoch")
        self._book(Ls[:-1])
        return self._count_step(Ls[-1])

    def _book(self, Ls):
        """Counters and batch losses of steps that went well and end no epoch."""
        self.step_count += len(Ls)
        self.batch_index += len(Ls)
        if self.loss_unit != 1.0:
            Ls = [L * self.loss_unit for L in Ls]
        self.history.step_loss.extend(Ls)
        self._batch_losses.extend(Ls)

    def _diverged(self, L, what, record=None):
        """Stop with the weights from before the blow-up (core.divergence)."""
        self._restore_weights()
        reason = DivergenceRule.message(what, self.step_count + 1, self.epoch + 1,
                                        self.optimizer.lr)
        self.history.diverged = reason
        return StepResult(self.epoch, self.step_count, L * self.loss_unit, record,
                          diverged=reason)

    def set_position(self, state):
        """Epoch, batch position, step count and history from `Engine.export_state`'s
        ``state`` (of any engine); the history is copied, a missing one kept."""
        self.epoch = int(state.get("epoch", 0))
        self.batch_index = int(state.get("batch_index", 0))
        self.step_count = int(state.get("step_count", 0))
        if state.get("history") is not None:
            self.history = state["history"].copy()
        self._batch_losses = (list(self.history.step_loss[-self.batch_index:])
                              if self.batch_index else [])

    def _keep_epoch_weights(self):
        """The epoch ended with a healthy loss on the whole set: keep these weights."""
        raise NotImplementedError

    def _restore_weights(self):
        """Back to the last healthy weights (the last step's, else the last epoch's)."""
        raise NotImplementedError


class Trainer(RunSchedule):
    """Drives one network through mini-batch training; `step()` is one batch.

    A GUI worker calls `step()` in a loop and may change hyperparameters (`set`), weights
    or pause between calls; notebooks call `train(epochs)`.
    """

    path = "numpy"       # the path the next step takes (the compiled trainer has two)

    def __init__(self, net, X, y, optimizer="sgd", loss=None, batch_size=10, shuffle=True,
                 seed=0, X_test=None, y_test=None, loss_unit=1.0, **hyperparameters):
        self.net = net
        self.X, self.t, self.loss = net.prepare(X, y, loss)
        self.loss_unit = float(loss_unit)     # s_y² for standardised targets (RunSchedule)
        if self.X.shape[0] == 0:
            raise AnnStudioError("there are no training points")
        self.y = np.asarray(y)
        if X_test is not None and len(X_test):
            self.X_test, self.t_test, _ = net.prepare(X_test, y_test, self.loss)
            self.y_test = np.asarray(y_test)
        else:
            self.X_test = self.t_test = self.y_test = None
        self.batch_size = check_positive_int("batch size", batch_size, 1)
        self.shuffle = bool(shuffle)
        self.seed = check_positive_int("seed", seed, -(2 ** 63))
        if isinstance(optimizer, optimizers.Optimizer):
            if hyperparameters:
                optimizer.set(**hyperparameters)
            self.optimizer = optimizer
        else:
            self.optimizer = optimizers.create(optimizer, **hyperparameters)
        self._start_run()
        self._order = None
        self._grad = aligned_zeros(net.theta.size)  # grad norms before the first step: 0
        self._grad_views = net.grad_views(self._grad)
        # the weights kept if training diverges (core.divergence: the last healthy ones)
        self._last_good = aligned_zeros(net.theta.size)
        self._last_good[...] = net.theta
        self._epoch_good = net.theta.copy()

    # ----- hyperparameters and state -----
    def set(self, **hyperparameters):
        self.optimizer.set(**hyperparameters)

    @property
    def steps_per_epoch(self):
        return n_batches(self.X.shape[0], self.batch_size)

    def _params_and_grads(self):
        # Element-wise optimizers update θ as one flat vector: one NumPy call per step
        # instead of one per tensor; the lecture's RMSProp needs a norm per tensor.
        if self.optimizer.elementwise:
            return [self.net.theta], [self._grad]
        return self.net.parameters(), _split(self._grad, self.net)

    def optimizer_state(self):
        """The optimizer's state per tensor ([W0, b0, W1, …] order), whatever the layout."""
        d = self.optimizer.state_dict()
        if d["state"] is not None and self.optimizer.elementwise:
            flat = d["state"][0]
            d["state"] = [{k: (v_part if isinstance(v, np.ndarray) else v)
                           for k, v, v_part in _split_entries(flat, self.net, i)}
                          for i in range(2 * len(self.net.layers))]
        return d

    def load_optimizer_state(self, d):
        d = dict(d)
        st = d.get("state")
        if st is not None and self.optimizer.elementwise and len(st) != 1:
            if len(st) != 2 * len(self.net.layers):
                raise AnnStudioError("optimizer state does not match the network's layers")
            merged = {}
            for k in st[0]:
                if st[0][k] is None or np.isscalar(st[0][k]):     # the step count t
                    merged[k] = st[0][k]
                else:
                    merged[k] = np.concatenate([np.asarray(s[k], dtype=float).ravel() for s in st])
            d["state"] = [merged]
        self.optimizer.load_state_dict(d)

    def set_position(self, state):
        super().set_position(state)
        # mid-epoch: the epoch's batch order, a function of (seed, epoch)
        self._order = None if self.batch_index == 0 else \
            batch_order(self.X.shape[0], self.epoch, self.seed, self.shuffle)

    def snapshot(self):
        """Everything the next step depends on: θ, the optimizer's state and the position in
        the batch schedule (the batch order is a function of (seed, epoch), so no RNG state
        is needed). `restore` of it makes the following steps repeat bit for bit."""
        return {"theta": self.net.theta.copy(), "optimizer": self.optimizer.state_dict(),
                "epoch": self.epoch, "batch_index": self.batch_index,
                "step_count": self.step_count,
                # L_ref of the divergence rule: a resumed run judges blow-ups as the run did
                "divergence_reference": self.divergence.reference}

    def restore(self, snap, history=None):
        """Go back (or forward) to a `snapshot`; ``history`` is the run's record up to it.

        The epoch's batch losses so far come from ``history.step_loss`` (they make the
        epoch's mean batch loss), so a resumed epoch reports what the original one did."""
        if snap["optimizer"]["name"] != self.optimizer.name:
            raise AnnStudioError(f"the checkpoint is for {snap['optimizer']['name']!r}, "
                                 f"this run uses {self.optimizer.name!r}")
        if not 0 <= int(snap["batch_index"]) < self.steps_per_epoch:
            raise AnnStudioError(f"the checkpoint is at batch {snap['batch_index']} of an "
                                 f"epoch of {self.steps_per_epoch} batches: it is not from "
                                 "this data")
        self.net.theta[...] = snap["theta"]      # checked first: a refusal changes nothing
        self.optimizer.load_state_dict(snap["optimizer"])
        self.history = History()
        self.set_position({**snap, "history": history})
        self._last_good[...] = self.net.theta
        self._epoch_good[...] = self.net.theta
        ref = snap.get("divergence_reference")
        if ref is None:
            self.divergence.restart()     # measured at these weights by the next step
        else:
            self.divergence.reference = float(ref)

    # ----- training -----
    def step(self):
        """One mini-batch: forward, backprop, optimizer step. Returns a `StepResult`."""
        # Overflow on the way to divergence is expected and reported as such, not warned.
        with np.errstate(over="ignore", invalid="ignore"):
            return self._step()

    def _step(self):
        if self.batch_index == 0 or self._order is None:
            self._order = batch_order(self.X.shape[0], self.epoch, self.seed, self.shuffle)
            self._batch_losses = []
        bs = self.batch_size
        idx = self._order[self.batch_index * bs:(self.batch_index + 1) * bs]
        rule = self.divergence
        if not rule.started:     # new run or new weights: L_ref on the whole training set
            self.restart_divergence_check()
        L, why = self._batch_step(idx, rule)
        if why:
            return self._diverged(L, why)
        return self._count_step(L)

    def _batch_step(self, idx, rule):
        """Forward, backprop and the optimizer step on the rows ``idx``, with the divergence
        checks around them: (L, what went wrong or None). The compiled fast path
        (`engines.fast`) replaces exactly this."""
        L = self.net.loss_and_flat_gradient(self.X[idx], self.t[idx], self.loss, self._grad,
                                             self._grad_views)
        why = rule.loss_problem(L) or rule.gradient_problem(np.add.reduce(self._grad))
        if why:
            return L, why
        if rule.healthy(L):      # θ has a measured, moderate loss: the one to keep
            self._last_good[...] = self.net.theta
        params, grads = self._params_and_grads()
        self.optimizer.step(params, grads)
        return L, rule.weight_problem(float(np.max(np.abs(self.net.theta))))

    def _keep_epoch_weights(self):
        self._epoch_good[...] = self.net.theta

    def _restore_weights(self):
        self.net.theta[...] = self._last_good
        if not self.divergence.healthy(self._train_loss()):
            self.net.theta[...] = self._epoch_good     # measured healthy on the whole set

    def restart_divergence_check(self):
        """Weights changed outside the optimizer (hand edits, loading): measure L_ref anew."""
        self.divergence.start(self._train_loss())
        self._last_good[...] = self.net.theta
        self._epoch_good[...] = self.net.theta

    def _train_loss(self):
        with np.errstate(over="ignore", invalid="ignore"):
            tr = self.net.forward_checked(self.X)
            return losses.value(self.loss, tr.u[-1], tr.z[-1], self.t)

    def evaluate(self, mean_batch_loss=None):
        """Loss and accuracy/R² on the whole training and test sets, now."""
        train_loss, train_metric = self._loss_and_metric("train")
        train_loss *= self.loss_unit
        test_loss = test_metric = None
        if self.X_test is not None:
            test_loss, test_metric = self._loss_and_metric("test")
            test_loss *= self.loss_unit
        return EpochRecord(self.epoch, train_loss, test_loss, train_metric, test_metric,
                           "r2" if self.loss == "mse" else "accuracy", mean_batch_loss,
                           self.grad_norms())

    def _loss_and_metric(self, which):
        """(L, accuracy or R²) on the whole "train" or "test" set at the current weights
        (the compiled fast path replaces this)."""
        X, t = (self.X, self.t) if which == "train" else (self.X_test, self.t_test)
        tr = self.net.forward_checked(X)
        return losses.value(self.loss, tr.u[-1], tr.z[-1], t), \
            metric_from_output(tr.z[-1], t, self.loss)

    def grad_norms(self):
        """‖∂L/∂W_k‖ per layer (input→output) at the last step: vanishing gradients show here."""
        return [float(np.linalg.norm(dW)) for dW, _ in _pairs(self._grad, self.net)]

    def run_epoch(self):
        """Steps to the end of the current epoch; returns its record (or raises on divergence)."""
        return run_epoch(self.step)

    def steps(self, epochs=None):
        """Generator of `StepResult`s; stops after ``epochs`` more epochs, or never (None)."""
        target = None if epochs is None else self.epoch + epochs
        while target is None or self.epoch < target:
            r = self.step()
            yield r
            if r.diverged:
                return

    def train(self, epochs, callback=None):
        """Train ``epochs`` more epochs; ``callback(record)`` after each (return False to stop).

        Divergence stops training with `history.diverged` set and the weights from before
        the blow-up (`core.divergence`).
        """
        epochs = check_positive_int("epochs", epochs, 0)
        target = self.epoch + epochs
        paths = []
        while self.epoch < target:
            if not paths or paths[-1] != self.path:
                paths.append(self.path)
            r = self._train_step()
            if r.diverged:
                break
            if r.epoch_record is not None and callback is not None:
                if callback(r.epoch_record) is False:
                    break
        if paths:
            self.history.path = ", then ".join(paths)
        return self.history

    def _train_step(self):
        """One step of `train` (a subclass may take several at once, e.g. to the epoch's end)."""
        return self.step()


# The compiled trainer `Network.fit` uses where it can: core is pure NumPy, so the package
# registers it at import (annstudio/__init__.py, from engines.fast).
_fast_trainer = None


def register_fast_trainer(make):
    """Let `make_trainer` (and so `Network.fit`) build trainers with ``make(net, X, y,
    **kwargs)``: a `Trainer` whose steps equal this module's to ≤ 1e-12."""
    global _fast_trainer
    _fast_trainer = make


def make_trainer(net, X, y, fast=None, **kwargs):
    """The trainer of `Network.fit`: the registered compiled one, or with ``fast=False``
    (or ``ANNSTUDIO_FAST=0`` in the environment) this module's reference `Trainer`."""
    if fast is None:
        fast = os.environ.get("ANNSTUDIO_FAST", "1") != "0"
    if fast and _fast_trainer is not None:
        return _fast_trainer(net, X, y, **kwargs)
    return Trainer(net, X, y, **kwargs)


def _pairs(flat, net):
    pos = 0
    for layer in net.layers:
        d, e = layer.W.shape
        yield flat[pos:pos + d * e].reshape(d, e), flat[pos + d * e:pos + d * e + e]
        pos += d * e + e


def _split(flat, net):
    return [a for pair in _pairs(flat, net) for a in pair]


def _split_entries(flat_state, net, i):
    for k, v in flat_state.items():
        if isinstance(v, np.ndarray) and v.shape == net.theta.shape:
            yield k, v, _split(v, net)[i].copy()
        else:
            yield k, v, v
