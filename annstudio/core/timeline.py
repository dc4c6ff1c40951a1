"""A bounded record of a run: scrub back, replay exactly, branch with other settings.

Every step's batch loss is kept (8 bytes a step). Every ``k``-th step the whole training
state is kept as a checkpoint — θ, the optimizer's state (m, v, momentum buffers…) and the
position in the batch schedule (`Trainer.snapshot`). ``k`` starts at 1 and doubles whenever
the checkpoints would exceed the memory budget (then every other one is dropped), so a run
of any length stays under the budget with checkpoints spread evenly over it.

Training is deterministic (the batch order is a function of (seed, epoch)), so the state
at ANY step is its checkpoint ≤ it plus at most ``k − 1`` replayed steps, and a replay
reproduces the recorded losses bit for bit. A branch is such a restored state trained on
with changed settings.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from annstudio.core.errors import AnnStudioError
from annstudio.core.training import History

DEFAULT_BUDGET_BYTES = 50 * 2 ** 20


@dataclass
class Checkpoint:
    step: int                    # steps taken when it was recorded
    snapshot: dict               # `Trainer.snapshot()`: theta, optimizer, epoch, batch_index
    # a state the steps before it do not lead to (weights set by hand, a branch, a restarted
    # engine): replays start from it and never run through it, so thinning keeps it
    pinned: bool = False

    @property
    def theta(self):
        return self.snapshot["theta"]

    @property
    def epoch(self):
        return self.snapshot["epoch"]

    def nbytes(self):
        n = self.snapshot["theta"].nbytes
        for s in self.snapshot["optimizer"]["state"] or []:
            n += sum(v.nbytes for v in s.values() if isinstance(v, np.ndarray))
        return n + 200           # the dicts and numbers around them


class Timeline:
    """Checkpoints every ``k`` steps (``k`` a power of two, kept under ``budget_bytes``)
    plus the per-step losses and per-epoch records of one run."""

    def __init__(self, budget_bytes=DEFAULT_BUDGET_BYTES, k=1):
        if budget_bytes <= 0:
            raise AnnStudioError("the timeline's memory budget must be positive")
        self.budget_bytes = int(budget_bytes)
        self.k = int(k)
        self.checkpoints: list[Checkpoint] = []
        self.history = History()     # step losses and epoch records of the recorded run
        self.epoch_steps: list[int] = []   # the step that ended each epoch record

    # ----- recording -----
    @classmethod
    def start(cls, trainer, budget_bytes=DEFAULT_BUDGET_BYTES):
        """A timeline whose first checkpoint is the trainer's state now."""
        tl = cls(budget_bytes)
        tl.history = trainer.history.copy()
        # epochs trained before recording began end at or before the first checkpoint
        tl.epoch_steps = [trainer.step_count] * len(tl.history.epochs)
        tl._add(trainer)
        return tl

    def record(self, trainer):
        """Call after each `trainer.step()`: keeps the losses, and a checkpoint every k steps."""
        h = trainer.history
        self.history.step_loss = h.step_loss        # the run's own lists: no copy per step
        self.history.epochs = h.epochs
        self.history.diverged = h.diverged
        while len(self.epoch_steps) < len(h.epochs):
            self.epoch_steps.append(trainer.step_count)
        if trainer.step_count % self.k == 0 and (
                not self.checkpoints or self.checkpoints[-1].step < trainer.step_count):
            self._add(trainer)

    def _add(self, trainer):
        self.checkpoints.append(Checkpoint(trainer.step_count, trainer.snapshot()))
        self.fit_budget()

    def pin(self, trainer):
        """The trainer's state now starts a stretch of its own (weights set by hand, a
        branch, a restarted engine): it replaces any checkpoint at this step and is kept."""
        n = trainer.step_count
        replaced = self.checkpoints.pop() if self.checkpoints and \
            self.checkpoints[-1].step == n else None
        self.checkpoints.append(Checkpoint(n, trainer.snapshot(), pinned=True))
        self.fit_budget()
        return replaced

    def fit_budget(self):
        """Thin until the checkpoints fit the budget (the first and the pinned ones stay)."""
        while self.nbytes() > self.budget_bytes and \
                sum(not c.pinned for c in self.checkpoints[1:]) > 1:
            self.thin()

    def thin(self):
        """Double k: keep the checkpoints at multiples of 2k (and the first and pinned ones)."""
        self.k *= 2
        first = self.checkpoints[0]
        self.checkpoints = [first] + [c for c in self.checkpoints[1:]
                                      if c.pinned or c.step % self.k == 0]

    def nbytes(self):
        # the optimizer's state appears after the first step: the last checkpoint is the
        # largest, and all later ones will be its size
        per = self.checkpoints[-1].nbytes() if self.checkpoints else 0
        return per * len(self.checkpoints) + 8 * len(self.history.step_loss)

    def freeze(self):
        """Detach from the trainer's lists (after the run, before it trains on)."""
        self.history = self.history.copy()
        return self

    # ----- reading -----
    @property
    def steps(self):
        """Steps recorded (the last step that can be restored)."""
        return len(self.history.step_loss) if self.checkpoints else 0

    @property
    def first_step(self):
        return self.checkpoints[0].step if self.checkpoints else 0

    def checkpoint_before(self, step):
        """The last checkpoint at or before ``step``."""
        step = self._check_step(step)
        best = None
        for c in self.checkpoints:
            if c.step <= step:
                best = c
        return best

    def _check_step(self, step):
        if not self.checkpoints:
            raise AnnStudioError("the timeline is empty")
        try:
            s = int(step)
        except (TypeError, ValueError):
            raise AnnStudioError(f"the step must be a whole number, got {step!r}") from None
        if s != step or not self.first_step <= s <= self.steps:
            raise AnnStudioError(f"step {step} is not in the recorded run (steps "
                                 f"{self.first_step}–{self.steps})")
        return s

    def history_at(self, step):
        """The run's record as it was after ``step`` steps."""
        step = self._check_step(step)
        h = History()
        h.step_loss = list(self.history.step_loss[:step])
        h.epochs = [r for r, s in zip(self.history.epochs, self.epoch_steps) if s <= step]
        return h

    def restore(self, trainer, step):
        """Put ``trainer`` in the exact state it had after ``step`` steps of the recorded run:
        the checkpoint before it, then the steps between replayed (and checked)."""
        c = self.checkpoint_before(step)
        trainer.restore(c.snapshot, self.history_at(c.step))
        while trainer.step_count < step:
            r = trainer.step()
            expected = self.history.step_loss[r.step - 1] if r.step >= 1 else None
            if r.diverged or r.batch_loss != expected:
                raise AnnStudioError(f"replaying step {r.step} gave a different loss "
                                     f"({r.batch_loss!r}, recorded {expected!r}): the data or "
                                     "the settings are not those of the recorded run")
        return trainer

    def trajectory(self):
        """θ of every checkpoint, as rows (for the loss landscape's PCA directions)."""
        return np.array([c.theta for c in self.checkpoints]), [c.step for c in self.checkpoints]

    def truncated(self, step):
        """A new timeline holding this one up to ``step`` (the shared past of a branch)."""
        step = self._check_step(step)
        tl = Timeline(self.budget_bytes, self.k)
        tl.checkpoints = [c for c in self.checkpoints if c.step <= step]
        tl.history = self.history_at(step)
        tl.epoch_steps = self.epoch_steps[:len(tl.history.epochs)]
        return tl


def branch(timeline, trainer, step, optimizer=None, **hyperparameters):
    """Restore ``step`` and change the settings there; returns (trainer, new timeline).

    ``optimizer`` another name starts that optimizer with fresh state from the same
    weights; otherwise ``hyperparameters`` change the current optimizer (its state kept).
    """
    from annstudio.core import optimizers
    timeline.restore(trainer, step)
    if optimizer is not None and optimizer != trainer.optimizer.name:
        trainer.optimizer = optimizers.create(optimizer, **hyperparameters)
    elif hyperparameters:
        trainer.set(**hyperparameters)
    tl = timeline.truncated(step)
    tl.record(trainer)
    return trainer, tl
