"""How much memory a network, a dataset and a history will take — checked before allocating.

A file may ask for 100 layers of 4,096 units: 100 · 4096 · 4097 ≈ 1.7·10⁹ weights, 13 GB in
float64, before the optimizer doubles it. Without a check the allocation dies in a
MemoryError traceback (or the machine swaps); with it the user reads one sentence:
"this network needs 13.4 GB; the limit is 2 GB".

The estimates are upper bounds of the big arrays only (float64, 8 bytes a number):

- network: weights + their gradients + the kept copy for snapshots, plus the optimizer's
  state (Adam: two moments, AMSGrad a third), plus the activations u and z of a
  mini-batch forward and their deltas backward — or of the whole training set, which the
  engine evaluates after each epoch (forward only).
- dataset: X and y of every point.
- history: one record per epoch (about `EPOCH_RECORD_BYTES`) and one float per step.

The limit is `LIMIT_BYTES` (2 GB), or ``$ANNSTUDIO_MEMORY_LIMIT_GB`` for a bigger machine.
"""
from __future__ import annotations

import os

from annstudio.core.errors import AnnStudioError

LIMIT_BYTES = 2 * 10 ** 9
LIMIT_ENV = "ANNSTUDIO_MEMORY_LIMIT_GB"
NUMBER = 8                      # bytes of a float64
EPOCH_RECORD_BYTES = 1_000      # an EpochRecord with its grad norms, as Python objects
STEP_BYTES = 32                 # a float in a Python list
FIXED_BYTES = 4 * 2 ** 20       # orders, losses, temporaries of any run (measured ≈ 1–2 MB)
# Tensors of optimizer state per parameter tensor (torch names; the lecture's RMSProp
# keeps one number per matrix).
OPTIMIZER_STATE = {"sgd": 1, "lecture_momentum": 1, "adagrad": 1, "rmsprop": 2,
                   "lecture_rmsprop": 0, "adam": 3}


def limit_bytes():
    """`LIMIT_BYTES`, or $ANNSTUDIO_MEMORY_LIMIT_GB when set to a positive number."""
    try:
        gb = float(os.environ.get(LIMIT_ENV, ""))
    except ValueError:
        return LIMIT_BYTES
    return int(gb * 1e9) if gb > 0 else LIMIT_BYTES


def gb(n_bytes, other=None):
    """'13.4 GB' (decimal units; MB below 1 GB), with enough digits not to read as equal
    to ``other`` (so never "needs 2 GB; the limit is 2 GB")."""
    unit, scale = ("GB", 1e9) if max(n_bytes, other or 0) >= 1e9 else ("MB", 1e6)
    x = n_bytes / scale
    for digits in (0, 1, 2, 3):
        text = f"{x:,.{digits}f}"
        if float(text.replace(",", "")) == x or (
                digits >= 1 and (other is None or text != f"{other / scale:,.{digits}f}")):
            return f"{text} {unit}"
    return f"{int(n_bytes):,} bytes"


def network_bytes(sizes, batch_size=1, n_points=0, optimizer="adam"):
    """Bytes of a network ``sizes`` (input→output) trained with mini-batches of
    ``batch_size`` on ``n_points`` points: parameters P = Σ d_{i-1}(d_i + 1)."""
    sizes = [int(s) for s in sizes]
    P = sum(d * (e + 1) for d, e in zip(sizes, sizes[1:]))
    per_param = 3 + OPTIMIZER_STATE.get(optimizer, 3)      # W, ∇W, snapshot copy, state
    units = sum(sizes)
    # a batch never holds more than the points (batch size 10⁶ on 500 points is 500)
    batch = min(int(batch_size), int(n_points)) if n_points else int(batch_size)
    activations = max(4 * batch * units,                   # u, z forward; δ, ∇ backward
                      3 * int(n_points) * units)           # whole-set evaluation: u, z, loss
    return FIXED_BYTES + NUMBER * (per_param * P + activations)


def dataset_bytes(n_points, n_features):
    """X (n × d) and y (n) in float64."""
    return NUMBER * int(n_points) * (int(n_features) + 1)


def history_bytes(epochs, steps=0):
    return EPOCH_RECORD_BYTES * int(epochs) + STEP_BYTES * int(steps)


def check(what, n_bytes, limit=None):
    """Raise `AnnStudioError` "WHAT needs X GB; the limit is Y GB" when over the limit."""
    limit = limit_bytes() if limit is None else limit
    if n_bytes > limit:
        raise AnnStudioError(f"{what} needs {gb(n_bytes, limit)}; the limit is {gb(limit)} "
                             f"(set {LIMIT_ENV} to allow more)")
    return n_bytes
