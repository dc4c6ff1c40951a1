"""What the GUI and the engine process say to each other: one dataclass per message.

Both sides import this module (no Qt, no torch). Commands go GUI → engine and are applied
between training steps (`engines.host`); messages go engine → GUI (`gui.worker`). They
travel pickled through `multiprocessing` pipes between our own two processes, so a
message is a plain dataclass of NumPy arrays, numbers, strings, lists and dicts.

The pending commands in an inbox coalesce by type (`engines.protocol.coalesce`): a class
with ``latest_wins`` replaces a pending one of its type; `SetHyperparameters` merges its
values into a pending one; `Configure` also drops the pending commands it makes moot.
``needs_engine``: the host applies it to a configured engine (the others — settings of the
view and the pace, probes, shutdown — hold before any `Configure`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


class Command:
    """GUI → engine. ``latest_wins``: only the newest pending one of this type matters;
    ``needs_engine``: it acts on the configured engine (`engines.host` refuses it before
    the first `Configure`); ``merged_after(pending)``, where a type defines it: the one
    command that replaces a pending one of its type (None: it is queued as it is)."""
    latest_wins: ClassVar[bool] = False
    needs_engine: ClassVar[bool] = True
    merged_after: ClassVar = None


class Message:
    """Engine → GUI."""


# --------------------------------------------------------------------------- commands
@dataclass(frozen=True)
class Configure(Command):
    """A new network and data: ``experiment`` (`Experiment.to_dict`), the dataset in the
    user's units, optional start ``weights`` [(W, b)] or a full engine ``state``
    (`Engine.export_state`), and the ``generation`` its snapshots will carry.

    One replacing a pending Configure takes its place in the queue, and the commands queued
    after that one for its engine go with it (`protocol.coalesce`)."""
    latest_wins: ClassVar[bool] = True
    needs_engine: ClassVar[bool] = False
    experiment: Any
    data: Any
    weights: Any = None
    state: Any = None
    generation: Any = None


@dataclass(frozen=True)
class Run(Command):
    """Train until epoch ``epochs`` (absolute; None = until stopped); at or past it,
    ``more`` (or ``epochs``) epochs more."""
    epochs: int | None = None
    more: int | None = None


@dataclass(frozen=True)
class Pause(Command):
    pass


@dataclass(frozen=True)
class StepBatch(Command):
    """One mini-batch, then pause."""


@dataclass(frozen=True)
class StepEpoch(Command):
    """To the end of the current epoch, then pause."""


@dataclass(frozen=True)
class Reset(Command):
    """Rebuild the run from the start, with ``weights`` if given."""
    weights: Any = None


@dataclass(frozen=True)
class SetLr(Command):
    latest_wins: ClassVar[bool] = True
    lr: float


@dataclass(frozen=True)
class SetHyperparameters(Command):
    """Optimizer hyperparameters by name; pending ones merge (different names all apply)."""
    values: dict = field(default_factory=dict)

    def merged_after(self, pending):
        return SetHyperparameters({**pending.values, **self.values})


@dataclass(frozen=True)
class SetWeights(Command):
    latest_wins: ClassVar[bool] = True
    weights: Any


@dataclass(frozen=True)
class SetData(Command):
    """New data (user's units) for the same network; the weights stay."""
    latest_wins: ClassVar[bool] = True
    data: Any


@dataclass(frozen=True)
class SwitchEngine(Command):
    """Carry the run on with another engine/device (its full state moves across)."""
    latest_wins: ClassVar[bool] = True
    engine: str
    device: str = "cpu"
    dtype: str | None = None


@dataclass(frozen=True)
class SetOptimizer(Command):
    """A new optimizer ``name`` with its ``params`` (or a hyperparameter that is not live):
    weights, history and epoch are kept; the optimizer starts afresh."""
    latest_wins: ClassVar[bool] = True
    name: str
    params: dict


@dataclass(frozen=True)
class SetBatchSize(Command):
    """A new batch size: weights, history, epoch and the optimizer's state are kept; the
    batches are drawn afresh from the start of the epoch."""
    latest_wins: ClassVar[bool] = True
    batch_size: int


@dataclass(frozen=True)
class SetSpeed(Command):
    """``steps_per_s`` (None = full speed), or one step per drawn frame (``per_frame``)."""
    latest_wins: ClassVar[bool] = True
    needs_engine: ClassVar[bool] = False
    steps_per_s: float | None = None
    per_frame: bool = False


@dataclass(frozen=True)
class Frame(Command):
    """The GUI drew the last snapshot (one-step-per-frame mode lets the next step go)."""
    latest_wins: ClassVar[bool] = True
    needs_engine: ClassVar[bool] = False


@dataclass(frozen=True)
class SetView(Command):
    """What the window shows: the layer (API index) whose neuron maps are on screen (None =
    every layer), ``maps`` False when no map is. Only that is computed."""
    latest_wins: ClassVar[bool] = True
    needs_engine: ClassVar[bool] = False
    layer: int | None = None
    maps: bool = True


@dataclass(frozen=True)
class RequestSnapshot(Command):
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class ProbeDevices(Command):
    """Which devices the PyTorch engine could use here (answered by `Devices`)."""
    latest_wins: ClassVar[bool] = True
    needs_engine: ClassVar[bool] = False


@dataclass(frozen=True)
class Shutdown(Command):
    needs_engine: ClassVar[bool] = False


# The run's timeline (`engines.live_timeline`).
@dataclass(frozen=True)
class TimelineScrub(Command):
    """Pause and show the run as it was after ``step`` steps. While the slider is dragged
    only the newest step matters."""
    latest_wins: ClassVar[bool] = True
    step: int


@dataclass(frozen=True)
class TimelineLive(Command):
    """The live run's own snapshot again (after scrubbing)."""


@dataclass(frozen=True)
class TimelineBranch(Command):
    """Put the run itself back to ``step`` and train on from there (never dropped)."""
    step: int


@dataclass(frozen=True)
class TimelineExport(Command):
    """The run's state and its timeline thinned to ``budget_bytes`` (a save), answered by
    `TimelineState` with the same ``id``."""
    id: int
    budget_bytes: int


# Commands the GUI waits for an answer to (a save waits for its `TimelineState`): a
# Configure never drops them, it only goes ahead of them.
ANSWERED = (TimelineExport, RequestSnapshot)
# A full (re)configuration makes these earlier pending commands moot.
SUPERSEDED_BY = {Configure: (SetData, SetWeights, Reset, SetOptimizer, SetBatchSize,
                             StepBatch, StepEpoch)}


# --------------------------------------------------------------------------- messages
@dataclass(frozen=True)
class Snapshot(Message):
    """What the views draw, computed in the engine process (`core.views`), and the run's
    history since the last snapshot (``reset_history``: start the record afresh)."""
    reset_history: bool
    epochs: list                   # new `EpochRecord`s
    step_losses: Any               # new step losses, float64 array
    diverged: str | None
    weights: list                  # [(W, b)] in API order
    activations: list
    epoch: int
    step: int
    batch_index: int
    steps_per_s: float
    running: bool
    grad_norms: list | None        # ‖∂L/∂W_k‖ per layer at the last step (None: no step yet)
    engine: str
    engine_path: str | None        # the NumPy engine's path ("compiled"/"numpy")
    engine_path_note: str | None   # … and why, for the status bar
    hyperparameters: dict
    device: str
    views: dict                    # `core.views.compute_views`
    rows_index: Any                # the training rows of the samples × neurons heatmaps
    generation: Any
    timeline: dict | None = None   # `LiveTimeline.status`: memory, k, the steps recorded
    scrub: int | None = None       # a scrubbed step's snapshot: that step (not the live run)


@dataclass(frozen=True)
class State(Message):
    running: bool
    reason: str | None = None      # "finished", a divergence, … or None


@dataclass(frozen=True)
class Configured(Message):
    engine: str
    device: str
    dtype: str


@dataclass(frozen=True)
class Diverged(Message):
    reason: str


@dataclass(frozen=True)
class Error(Message):
    message: str


@dataclass(frozen=True)
class Devices(Message):
    reasons: dict                  # {device: None (usable) or why not}


@dataclass(frozen=True)
class Heartbeat(Message):
    t: float


@dataclass(frozen=True)
class TorchState(Message):
    """PyTorch being imported in the background after the first snapshot."""
    state: str                     # "loading", "ready" or "failed"
    error: str | None = None


@dataclass(frozen=True)
class TimelineState(Message):
    """The answer to `TimelineExport` ``id``: `Engine.export_state` and the thinned
    `core.timeline.Timeline`, what a replay of it needs besides (``log``:
    `LiveTimeline.replay_log`) and the ``generation`` of the configure it belongs to."""
    id: int
    state: dict
    timeline: Any
    log: dict | None = None
    generation: Any = None
