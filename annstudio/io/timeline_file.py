"""The optional ``"timeline"`` of an experiment file: the run's checkpoints (`core.timeline`).

    "timeline": {"k": 16, "budget_bytes": 8388608, "epoch_steps": [steps ending each epoch],
                 "checkpoints": [{"step", "epoch", "batch_index", "theta": array (P,),
                                  "optimizer": {"name", "hyperparameters",
                                                "state": [{key: array | number | null}]},
                                  "pinned": true (optional: weights set by hand there)}]}

The step losses and epoch records are the file's ``history``. Bounded: a saved timeline is
thinned to `FILE_BUDGET_BYTES` first, a loaded one may hold at most `MAX_CHECKPOINTS`
checkpoints, and its arrays count towards the file's total like every other array.
"""
from __future__ import annotations

import copy

import numpy as np

from annstudio.core import optimizers
from annstudio.core.errors import AnnStudioError
from annstudio.core.timeline import Checkpoint, Timeline
from annstudio.io.experiment_file import (MAX_POINTS, LoadError, check_progress, decode_array,
                                         encode_array)

FILE_BUDGET_BYTES = 2 * 2 ** 20
MAX_CHECKPOINTS = 4096


def encode(timeline, budget_bytes=None):
    """The JSON of a timeline, thinned first to ``budget_bytes`` (`FILE_BUDGET_BYTES`)."""
    budget_bytes = FILE_BUDGET_BYTES if budget_bytes is None else budget_bytes
    tl = copy.copy(timeline)
    tl.checkpoints = list(timeline.checkpoints)
    tl.budget_bytes = min(timeline.budget_bytes, budget_bytes)
    tl.fit_budget()
    return {"k": tl.k, "budget_bytes": tl.budget_bytes,
            "epoch_steps": [int(s) for s in timeline.epoch_steps],
            "checkpoints": [_encode_checkpoint(c) for c in tl.checkpoints]}


def _encode_checkpoint(c):
    snap = c.snapshot
    opt = snap["optimizer"]
    state = None
    if opt["state"] is not None:
        state = [{k: (None if v is None else encode_array(v, f"optimizer state {k}")
                      if isinstance(v, np.ndarray) else _number(v, k)) for k, v in s.items()}
                 for s in opt["state"]]
    hp = {k: (list(v) if isinstance(v, tuple) else v) for k, v in opt["hyperparameters"].items()}
    out = {"step": int(c.step), "epoch": int(snap["epoch"]),
           "batch_index": int(snap["batch_index"]),
           "theta": encode_array(snap["theta"], "timeline weights"),
           "optimizer": {"name": opt["name"], "hyperparameters": hp, "state": state}}
    if c.pinned:
        out["pinned"] = True          # weights set by hand there: no replay runs through it
    return out


def _number(v, key):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    if not np.isfinite(f):
        raise AnnStudioError(f"optimizer state {key} is {f}, which cannot be saved")
    return f


def _fail(where, problem):
    raise LoadError(f"{where} {problem}", where)


def _dict(v, where, keys):
    if not isinstance(v, dict):
        _fail(where, f"must be an object, got {type(v).__name__}")
    unknown = set(v) - set(keys)
    if unknown:
        _fail(f"{where}.{sorted(unknown)[0]}", "is not a known key")
    missing = [k for k in keys if k not in v]
    if missing:
        _fail(f"{where}.{missing[0]}", "is missing")
    return v


def _int(v, where, lo, hi):
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        _fail(where, f"must be a whole number from {lo} to {hi}, got {str(v)[:40]}")
    return v


def parse(v, budget, weights, experiment, history, data=None, where="timeline"):
    """Check and decode a stored timeline against the file's weights, optimizer and
    history (all of them needed: a timeline is the past of that run)."""
    d = _dict(v, where, ("k", "budget_bytes", "epoch_steps", "checkpoints"))
    if weights is None or history is None:
        _fail(where, "is given but the file holds no weights or no history")
    n_params = sum(W.size + b.size for W, b in weights)
    n_tensors = 2 * len(weights)
    steps = len(history.step_loss)
    k = _int(d["k"], where + ".k", 1, 2 ** 40)
    budget_bytes = _int(d["budget_bytes"], where + ".budget_bytes", 1, 2 ** 40)
    es = d["epoch_steps"]
    if not isinstance(es, list) or len(es) != len(history.epochs):
        _fail(where + ".epoch_steps", f"must list one step per epoch record "
                                      f"({len(history.epochs)})")
    epoch_steps = [_int(s, f"{where}.epoch_steps[{i}]", 0, steps) for i, s in enumerate(es)]
    cps = d["checkpoints"]
    if not isinstance(cps, list) or not 1 <= len(cps) <= MAX_CHECKPOINTS:
        _fail(where + ".checkpoints", f"must be a list of 1 to {MAX_CHECKPOINTS} checkpoints")
    tl = Timeline(budget_bytes, k)
    last = -1
    for i, c in enumerate(cps):
        w = f"{where}.checkpoints[{i}]"
        pinned = isinstance(c, dict) and c.get("pinned", False)
        if pinned is not False and pinned is not True:
            _fail(w + ".pinned", "must be true or false")
        if isinstance(c, dict):
            c = {key: v for key, v in c.items() if key != "pinned"}
        c = _dict(c, w, ("step", "epoch", "batch_index", "theta", "optimizer"))
        step = _int(c["step"], w + ".step", 0, steps)
        if step <= last:
            _fail(w + ".step", "must be larger than the previous checkpoint's")
        last = step
        theta = decode_array(c["theta"], w + ".theta", (n_params,), ("<f8",), budget)
        opt = _parse_optimizer(c["optimizer"], w + ".optimizer", experiment, n_params,
                               n_tensors, budget)
        position = {"epoch": _int(c["epoch"], w + ".epoch", 0, len(history.epochs)),
                    "batch_index": _int(c["batch_index"], w + ".batch_index", 0, steps),
                    "step_count": step}
        # as the file's progress: a batch inside the epoch (`Trainer.restore` checks again
        # against the data actually built)
        n = data.n_train if data is not None else (
            MAX_POINTS if experiment.dataset.name == "csv" else experiment.dataset.n)
        check_progress(position, n, experiment.training.batch_size, w)
        tl.checkpoints.append(Checkpoint(step, {"theta": theta, "optimizer": opt, **position},
                                         pinned=pinned))
    tl.history = copy.deepcopy(history)
    tl.epoch_steps = epoch_steps
    return tl


def _parse_optimizer(v, where, experiment, n_params, n_tensors, budget):
    d = _dict(v, where, ("name", "hyperparameters", "state"))
    name = d["name"]
    if name not in optimizers.NAMES:
        _fail(where + ".name", f"must be one of {', '.join(optimizers.NAMES)}, got {str(name)[:40]!r}")
    hp = d["hyperparameters"]
    if not isinstance(hp, dict):
        _fail(where + ".hyperparameters", "must be an object")
    try:
        opt = optimizers.create(name, **hp)
    except (AnnStudioError, TypeError) as e:
        _fail(where + ".hyperparameters", f"are not valid: {e}")
    allowed = set(opt.initial_state(np.zeros(1))) | ({"max_exp_avg_sq"} if name == "adam" else set())
    state = d["state"]
    if state is not None:
        # element-wise optimizers keep one flat state for θ; the lecture's RMSProp one per tensor
        n = 1 if opt.elementwise else n_tensors
        if not isinstance(state, list) or len(state) != n:
            _fail(where + ".state", f"must be a list of {n} entr{'y' if n == 1 else 'ies'}")
        parsed = []
        for i, s in enumerate(state):
            ws = f"{where}.state[{i}]"
            if not isinstance(s, dict):
                _fail(ws, "must be an object")
            entry = {}
            for key, x in s.items():
                if key not in allowed:
                    _fail(f"{ws}.{key}", f"is not part of {name}'s state")
                if x is None or isinstance(x, bool):
                    entry[key] = x
                elif isinstance(x, dict):
                    if not opt.elementwise:
                        _fail(f"{ws}.{key}", f"must be a number ({name} keeps one per tensor)")
                    entry[key] = decode_array(x, f"{ws}.{key}", (n_params,), ("<f8",), budget)
                elif isinstance(x, int):
                    entry[key] = _int(x, f"{ws}.{key}", 0, 2 ** 62)
                elif isinstance(x, float) and np.isfinite(x):
                    entry[key] = x
                else:
                    _fail(f"{ws}.{key}", "must be an array, a finite number or null")
            parsed.append(entry)
        state = parsed
    return {"name": name, "hyperparameters": opt.hyperparameters, "state": state}
