"""Experiment files (``.annstudio``): JSON, versioned, atomic to write, strict to read.

Layout of version 3 (every key below is written by `save`; ``experiment`` is required,
the others may be absent or null)::

    {"format": "annstudio", "version": 3, "app": "0.1.0",
     "experiment": Experiment.to_dict()        dataset spec + seed, network spec,
                                               optimizer spec, training settings, note;
                                               the dataset spec's "standardize" (true,
                                               false, or null = the data's default) and
                                               "mean"/"scale" (one number per feature, fitted
                                               on the training split: x̃ = (x − mean)/scale),
                                               "standardize_targets" (the same for a
                                               regression target) and "target_mean"/
                                               "target_scale" (ỹ = (y − mean)/scale)
     "data": {"name", "task", "n_classes", "feature_names", "class_names",
              "X_train", "y_train", "X_test", "y_test"}     the points themselves
     "weights": [{"W": array (d_in, d_out), "b": array (d_out,)}, …]   API order
     "optimizer_state": {"name", "hyperparameters", "state": [per tensor W0, b0, W1, …]}
     "progress": {"epoch", "batch_index", "step_count"}      where training stopped
     "history": {"epochs": [EpochRecord fields], "step_loss": array, "diverged"}
     "timeline": {"k", "checkpoints": [...], …}   bounded past of the run (see "timeline")
     "extra": {…}}                                           free JSON for the app

An array is ``{"dtype": "<f8" | "<i8", "shape": [...], "data": base64 of the
little-endian bytes}`` — exact, compact, and never pickle or eval. Numbers must be
finite; only history values (a diverged epoch's loss, an undefined R²) may be the strings
"NaN", "Infinity" or "-Infinity".

Version 0 (files of the first prototype, kept in tests/io/data/v0_moons.annstudio) had no
"format" key and said ``"annstudio_version": "0"``::

    {"annstudio_version": "0",
     "dataset": {"generator", "samples", "noise", "seed", "test_split"},
     "model": {"layers": [hidden sizes], "activation": one name for all, "output", "seed"},
     "optimizer": {"type": name, "learning_rate": lr, other hyperparameters…},
     "train": {"batch", "epochs"},
     "weights": [{"W": nested lists, "b": list}],
     "losses": [train loss per epoch],
     "comment": "free text"}

Version 1 had no standardisation: the migration to 2 writes ``"standardize": false`` (its
weights were trained on raw inputs). Version 2 had no target standardisation: the migration
to 3 writes ``"standardize_targets": false`` (its weights were trained on raw targets).

`load` migrates it step by step (`MIGRATIONS`) to the current layout, then checks
everything. Any problem raises `LoadError` with one sentence naming the JSON path of the
bad value (``experiment.network.hidden[1] must be at most 4096, got 1000000000``);
sizes are checked before anything is allocated.
"""
from __future__ import annotations

import base64
import binascii
import copy
import json
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import PurePath

import numpy as np

from annstudio.core import optimizers, schema
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec, OptimizerSpec,
                                       TrainingSpec)
from annstudio.core.schema import MAX_EPOCHS, MAX_LAYERS, MAX_POINTS, MAX_TEXT, MAX_UNITS
from annstudio.core.network import Network
from annstudio.core.timeline import Checkpoint, Timeline
from annstudio.core.training import EpochRecord, History
from annstudio.io import atomic

FORMAT = "annstudio"
VERSION = 3
EXTENSION = ".annstudio"
MAX_FILE_BYTES = 200 * 1024 * 1024      # refuse bigger files before reading them
MAX_ARRAY_ELEMENTS = 25_000_000         # one array (200 MB of float64)
MAX_TOTAL_ELEMENTS = 40_000_000         # all arrays of one file together
MAX_FEATURES = 100_000                  # input columns of a dataset
MAX_EPOCH_RECORDS = 1_000_000
MAX_JSON_VALUES = 5_000_000             # numbers, texts, lists and objects of one file
MAX_EXTRA_VALUES = 100_000              # values in the free "extra" object
MAX_EXTRA_DEPTH = 32
MAX_HYPERPARAMETERS = 16
MAX_STEPS = 2 ** 53                     # step counts: exact in a float64
DTYPES = {"<f8": np.dtype("<f8"), "<i8": np.dtype("<i8")}
NONFINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


class LoadError(AnnStudioError):
    """A file that cannot be opened; ``str(err)`` names the file and the problem."""

    def __init__(self, message, where=None):
        super().__init__(message)
        self.where = where   # JSON path of the bad value, when there is one


# =========================================================================== result
@dataclass
class Loaded:
    """What `load` returns. ``weights`` [(W, b)] in API order or None; ``data`` a
    `Dataset` when the file holds the points, else None (rebuild it with `dataset()`)."""
    experiment: Experiment
    data: object = None
    weights: list | None = None
    optimizer_state: dict | None = None
    history: History | None = None
    note: str = ""
    version: int = VERSION
    progress: dict | None = None
    extra: dict = field(default_factory=dict)
    path: str | None = None
    timeline: object = None      # core.timeline.Timeline of the run, when the file has one

    def dataset(self):
        """The stored points, or the dataset rebuilt from the spec (generator, shipped, CSV)."""
        if self.data is not None:
            return self.data
        from annstudio.io import csvdata
        return csvdata.from_spec(self.experiment.dataset)

    def network(self, data=None):
        """The network with the stored weights (or fresh ones from the spec's seed)."""
        net = self.experiment.build_network(data if data is not None else self.dataset())
        if self.weights is not None:
            net.set_weights(self.weights)
        return net

    def engine_state(self, data=None):
        """A dict for `Engine.import_state` (None when the file holds no weights); with
        ``data`` (the points training will use), the saved position is checked against it."""
        if self.weights is None:
            return None
        progress = self.progress or {}
        if data is not None and progress:
            check_progress(progress, len(data.X_train), self.experiment.training.batch_size)
        # without a saved position: the history's own count of epochs and steps
        epochs = len(self.history) if self.history is not None else 0
        steps = len(self.history.step_loss) if self.history is not None else 0
        return {"weights": [(W.copy(), b.copy()) for W, b in self.weights],
                "optimizer": copy.deepcopy(self.optimizer_state),
                "epoch": progress.get("epoch", epochs),
                "batch_index": progress.get("batch_index", 0),
                "step_count": progress.get("step_count", steps),
                "history": copy.deepcopy(self.history) if self.history is not None else History()}

    def make_engine(self, engine=None, data=None):
        """An engine that carries on exactly where the saved run stopped."""
        from annstudio.engines.factory import from_experiment
        data = data if data is not None else self.dataset()
        eng = from_experiment(self.experiment.copy(), data=data, engine=engine)
        state = self.engine_state(data)
        if state is not None:
            eng.import_state(state)
        return eng


# =========================================================================== arrays
def encode_array(a, what="array"):
    """{"dtype", "shape", "data"}: base64 of little-endian float64 (or int64 for labels)."""
    arr = np.asarray(a)
    if arr.dtype.kind in "biu":
        arr = np.ascontiguousarray(arr, dtype="<i8")
        dtype = "<i8"
    else:
        try:
            arr = np.ascontiguousarray(arr, dtype="<f8")
        except (TypeError, ValueError):
            raise AnnStudioError(f"{what} must contain only numbers") from None
        if not np.all(np.isfinite(arr)):
            raise AnnStudioError(f"{what} contains NaN or infinite values")
        dtype = "<f8"
    return {"dtype": dtype, "shape": [int(s) for s in arr.shape],
            "data": base64.b64encode(arr.tobytes()).decode("ascii")}


class _Budget:
    """Counts array elements across one file so many medium arrays cannot add up."""

    def __init__(self):
        self.total = 0


def decode_array(obj, where, shape=None, dtype=None, budget=None, finite=True):
    """Check and decode one array. ``shape`` may hold None for any size along an axis.

    Everything that decides the allocation (shape, element count, base64 length) is
    checked before anything is decoded. ``finite`` False lets NaN and ∞ through (the
    classroom flags such weights instead of refusing the whole hand-in).
    """
    d = _dict(obj, where)
    _keys(d, where, required=("dtype", "shape", "data"))
    dt = d["dtype"]
    if not isinstance(dt, str) or dt not in DTYPES:
        _fail(where + ".dtype", f"must be \"<f8\" or \"<i8\", got {_short(dt)}")
    if dtype is not None and dt not in dtype:
        _fail(where + ".dtype", f"must be {' or '.join(map(repr, dtype))}, got {dt!r}")
    dims = _list(d["shape"], where + ".shape", max_len=4)
    dims = [_int(s, f"{where}.shape[{i}]", 0, None) for i, s in enumerate(dims)]
    if shape is not None:
        if len(dims) != len(shape) or any(e is not None and e != s for e, s in zip(shape, dims)):
            want = "(" + ", ".join("n" if e is None else str(e) for e in shape) + \
                   ("," if len(shape) == 1 else "") + ")"
            _fail(where, f"has shape {tuple(dims)} but must have shape {want}")
    n = math.prod(dims)
    if n > MAX_ARRAY_ELEMENTS:
        _fail(where, f"has {n:,} entries (shape {tuple(dims)}); at most "
                     f"{MAX_ARRAY_ELEMENTS:,} are allowed")
    if budget is not None:
        budget.total += n
        if budget.total > MAX_TOTAL_ELEMENTS:
            _fail(where, f"makes the file hold more than {MAX_TOTAL_ELEMENTS:,} numbers")
    text = d["data"]
    if not isinstance(text, str):
        _fail(where + ".data", f"must be base64 text, got {_kind(text)}")
    expected = 4 * math.ceil(8 * n / 3)
    if len(text) != expected:
        _fail(where + ".data", f"holds {len(text)} base64 characters but shape {tuple(dims)} "
                               f"needs {expected} ({n} numbers of 8 bytes)")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        _fail(where + ".data", "is not valid base64")
    if len(raw) != 8 * n:
        _fail(where + ".data", f"decodes to {len(raw)} bytes but shape {tuple(dims)} "
                               f"needs {8 * n}")
    arr = np.frombuffer(raw, dtype=DTYPES[dt]).reshape(dims)
    arr = arr.astype(np.float64 if dt == "<f8" else np.int64)   # native order, writable
    if dt == "<f8" and finite:
        bad = ~np.isfinite(arr)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            _fail(where, f"contains {'NaN' if np.isnan(arr[idx]) else 'an infinite value'} "
                         f"at index {idx if len(idx) != 1 else idx[0]}")
    return arr


# =========================================================================== checks
def _fail(where, problem):
    raise LoadError(f"{where} {problem}" if where else problem, where)


def _kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return f"{str(v).lower()} (true/false)"
    if isinstance(v, (int, float)):
        return f"the number {v!r}"
    if isinstance(v, str):
        return f"the text {_short(v)}"
    if isinstance(v, list):
        return f"a list of {len(v)} items"
    if isinstance(v, dict):
        return "an object"
    return type(v).__name__


def _short(v, n=40):
    s = repr(v)
    return s if len(s) <= n else s[:n - 1] + "…"


def _dict(v, where):
    if not isinstance(v, dict):
        _fail(where, f"must be an object {{…}}, got {_kind(v)}")
    return v


def _list(v, where, max_len=None):
    if not isinstance(v, list):
        _fail(where, f"must be a list […], got {_kind(v)}")
    if max_len is not None and len(v) > max_len:
        _fail(where, f"has {len(v):,} items; at most {max_len:,} are allowed")
    return v


def _keys(d, where, required=(), optional=()):
    for k in required:
        if k not in d:
            _fail(_join(where, k), "is missing")
    allowed = set(required) | set(optional)
    for k in d:
        if k not in allowed:
            _fail(_join(where, str(k)), "is not a known field (a typo, or a file from another "
                                        "program?)")


def _join(where, key):
    return f"{where}.{key}" if where else key


def _int(v, where, lo=None, hi=None):
    if isinstance(v, bool) or not isinstance(v, int):
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        else:
            _fail(where, f"must be a whole number, got {_kind(v)}")
    if lo is not None and v < lo:
        _fail(where, f"must be at least {lo}, got {v}")
    if hi is not None and v > hi:
        _fail(where, f"must be at most {hi}, got {v}")
    return v


def _num(v, where, lo=None, hi=None, nonfinite=False):
    if nonfinite and isinstance(v, str) and v in NONFINITE:
        return NONFINITE[v]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        _fail(where, f"must be a number, got {_kind(v)}")
    v = float(v)
    if not math.isfinite(v):   # only reachable for huge integers
        _fail(where, "must be a finite number")
    if lo is not None and v < lo:
        _fail(where, f"must be at least {lo:g}, got {v:g}")
    if hi is not None and v > hi:
        _fail(where, f"must be at most {hi:g}, got {v:g}")
    return v


def _opt_num(v, where, nonfinite=True):
    return None if v is None else _num(v, where, nonfinite=nonfinite)


def _str(v, where, choices=None, max_len=MAX_TEXT):
    if not isinstance(v, str):
        _fail(where, f"must be text, got {_kind(v)}")
    if len(v) > max_len:
        _fail(where, f"is {len(v):,} characters long; at most {max_len:,} are allowed")
    if choices is not None and v not in choices:
        _fail(where, f"must be one of {', '.join(choices)}, got {_short(v)}")
    return v


def _bool(v, where):
    if not isinstance(v, bool):
        _fail(where, f"must be true or false, got {_kind(v)}")
    return v


def _wrap(where, fn, *args, **kwargs):
    """Run a core constructor/validator and turn its AnnStudioError into a LoadError."""
    try:
        return fn(*args, **kwargs)
    except LoadError:
        raise
    except AnnStudioError as e:
        _fail(where, f"is not valid: {e}")


# =========================================================================== experiment
def _field(path, v, where):
    """One JSON value checked against its schema field (`core.schema`): the JSON type
    first (a file may hold anything), then the field's own bounds and choices."""
    f = schema.field(path)
    if v is None and f.nullable:
        return None
    if f.items:
        return [_field_one(f, x, f"{where}[{i}]")
                for i, x in enumerate(_list(v, where, f.max_items))]
    return _field_one(f, v, where)


def _field_one(f, v, where):
    if f.kind == "int":
        return _int(v, where, f.minimum, f.maximum)
    if f.kind == "float":
        return _num(v, where, f.minimum, f.maximum)
    if f.kind == "bool":
        return _bool(v, where)
    return _str(v, where, f.allowed(), max_len=f.max_len)


def _parse_experiment(v, where="experiment"):
    e = _dict(v, where)
    _keys(e, where, required=("dataset", "network", "optimizer", "training"),
          optional=("note",))
    # checked in the file's order, so the first bad value named is the first one written
    dataset = _parse_dataset(e["dataset"], where + ".dataset")
    network = _parse_network(e["network"], where + ".network")
    optimizer = _parse_optimizer(e["optimizer"], where + ".optimizer")
    training = _parse_training(e["training"], where + ".training")
    note = _field("note", e.get("note", ""), where + ".note")
    exp = Experiment(dataset=dataset, network=network, optimizer=optimizer,
                     training=training, note=note)
    _wrap(where, exp.validate)
    return exp


def _parse_dataset(v, w):
    """The dataset spec: its schema fields, the CSV label column, and the fitted
    standardisation x̃ = (x − mean)/scale and ỹ = (y − target_mean)/target_scale."""
    d = _dict(v, w)
    _keys(d, w, required=("name", "n", "noise", "seed", "test_fraction"),
          optional=("classes", "features", "path", "label_column", "drop_missing",
                    "standardize", "mean", "scale", "standardize_targets", "target_mean",
                    "target_scale"))
    label_column = _parse_label_column(d.get("label_column"), w + ".label_column")
    defaults = DatasetSpec()
    dataset = DatasetSpec(
        **{f.key: _field(f.path, d[f.key] if f.key in d else f.read(defaults),
                         f"{w}.{f.key}")
           for f in schema.section_fields("dataset")},
        label_column=label_column)
    _parse_input_scaling(d, dataset, w)
    _parse_target_scaling(d, dataset, w)
    return dataset


def _parse_label_column(label_column, where):
    """A CSV's label column: a name, a number (negative counts from the end) or null."""
    if label_column is not None and not isinstance(label_column, (str, int)) \
            or isinstance(label_column, bool):
        _fail(where, f"must be a column name, a column number or null, "
                     f"got {_kind(label_column)}")
    if isinstance(label_column, str):
        _str(label_column, where, max_len=1000)
    elif isinstance(label_column, int):
        _int(label_column, where, -MAX_FEATURES, MAX_FEATURES)
    return label_column


def _parse_input_scaling(d, dataset, w):
    """mean and scale of x̃ = (x − mean)/scale: both or neither, one positive scale per
    feature's mean (a scale is a standard deviation)."""
    if (d.get("mean") is None) != (d.get("scale") is None):
        _fail(w + (".scale" if d.get("scale") is None else ".mean"),
              "is missing: standardisation stores both mean and scale")
    if d.get("mean") is None:
        return
    mean = _list(d["mean"], w + ".mean", MAX_FEATURES)
    scale = _list(d["scale"], w + ".scale", MAX_FEATURES)
    if not mean or len(scale) != len(mean):
        _fail(w + ".scale", f"has {len(scale)} numbers for {len(mean)} means "
                            "(one mean and one scale per feature)")
    dataset.mean = [_num(x, f"{w}.mean[{i}]") for i, x in enumerate(mean)]
    dataset.scale = [_num(x, f"{w}.scale[{i}]") for i, x in enumerate(scale)]
    for i, x in enumerate(dataset.scale):
        if x <= 0:
            _fail(f"{w}.scale[{i}]", f"must be positive (a standard deviation), got {x:g}")


def _parse_target_scaling(d, dataset, w):
    """target_mean and target_scale of ỹ = (y − target_mean)/target_scale: both or
    neither, the scale positive."""
    if (d.get("target_mean") is None) != (d.get("target_scale") is None):
        _fail(w + (".target_scale" if d.get("target_scale") is None else ".target_mean"),
              "is missing: target standardisation stores both target mean and target scale")
    if d.get("target_mean") is None:
        return
    dataset.target_mean = _num(d["target_mean"], w + ".target_mean")
    dataset.target_scale = _num(d["target_scale"], w + ".target_scale")
    if dataset.target_scale <= 0:
        _fail(w + ".target_scale", f"must be positive (a standard deviation), got "
                                   f"{dataset.target_scale:g}")


def _parse_network(v, w):
    """The network spec: hidden sizes and one activation φ per hidden layer."""
    n = _dict(v, w)
    _keys(n, w, required=("hidden", "activations", "output", "init", "seed"))
    network = NetworkSpec(**{f.key: _field(f.path, n[f.key], f"{w}.{f.key}")
                             for f in schema.section_fields("network")})
    if len(network.activations) != len(network.hidden):
        _fail(w + ".activations", f"has {len(network.activations)} entries for "
                                  f"{len(network.hidden)} hidden layers")
    return network


def _parse_optimizer(v, w):
    """The optimizer spec; its hyperparameters must build that optimizer."""
    from annstudio.core import optimizers
    o = _dict(v, w)
    _keys(o, w, required=("name", "params"))
    name = _field("optimizer.name", o["name"], w + ".name")
    params = _hyperparameters(o["params"], w + ".params")
    _wrap(w + ".params", optimizers.create, name, **params)
    return OptimizerSpec(name=name, params=params)


def _parse_training(v, w):
    """The training settings; engine, device and dtype may be absent (their defaults)."""
    t = _dict(v, w)
    _keys(t, w, required=("batch_size", "epochs", "shuffle", "seed"),
          optional=("engine", "device", "dtype"))
    defaults = TrainingSpec()
    return TrainingSpec(
        **{f.key: _field(f.path, t[f.key] if f.key in t else f.read(defaults),
                         f"{w}.{f.key}")
           for f in schema.section_fields("training")})


def _hyperparameters(v, where):
    p = _dict(v, where)
    if len(p) > MAX_HYPERPARAMETERS:
        _fail(where, f"has {len(p):,} entries; an optimizer has at most {MAX_HYPERPARAMETERS}")
    out = {}
    for k, x in p.items():
        wk = _join(where, k)
        if isinstance(x, bool):
            out[k] = x
        elif isinstance(x, list):
            out[k] = tuple(_num(xi, f"{wk}[{i}]") for i, xi in enumerate(_list(x, wk, 4)))
        else:
            out[k] = _num(x, wk)
            if isinstance(x, int):
                out[k] = x
    return out


# =========================================================================== data
def _parse_data(v, experiment, budget, where="data"):
    from annstudio.core import datasets
    d = _dict(v, where)
    _keys(d, where, required=("task", "n_classes", "feature_names", "X_train", "y_train",
                              "X_test", "y_test"), optional=("name", "class_names"))
    task = _str(d["task"], where + ".task", datasets.TASKS)
    k = _int(d["n_classes"], where + ".n_classes", 0, datasets.MAX_LABEL_CLASSES)
    names = _list(d["feature_names"], where + ".feature_names", MAX_FEATURES)
    names = [_str(s, f"{where}.feature_names[{i}]", max_len=1000) for i, s in enumerate(names)]
    class_names = d.get("class_names")
    if class_names is not None:
        class_names = [_str(s, f"{where}.class_names[{i}]", max_len=1000)
                       for i, s in enumerate(_list(class_names, where + ".class_names",
                                                   datasets.MAX_LABEL_CLASSES))]
    dim = len(names)
    if dim < 1:
        _fail(where + ".feature_names", "is empty: a dataset needs at least one feature")
    X_tr = decode_array(d["X_train"], where + ".X_train", (None, dim), ("<f8",), budget)
    n_tr = X_tr.shape[0]
    if n_tr < 1:
        _fail(where + ".X_train", "has no points")
    if n_tr > MAX_POINTS:
        _fail(where + ".X_train", f"has {n_tr:,} points; at most {MAX_POINTS:,} are allowed")
    label_dtype = ("<f8",) if task == "regression" else ("<f8", "<i8")
    y_tr = decode_array(d["y_train"], where + ".y_train", (n_tr,), label_dtype, budget)
    X_te = decode_array(d["X_test"], where + ".X_test", (None, dim), ("<f8",), budget)
    y_te = decode_array(d["y_test"], where + ".y_test", (X_te.shape[0],), label_dtype, budget)
    name = _str(d.get("name", experiment.dataset.name), where + ".name", max_len=1000)
    data = _wrap(where, datasets.Dataset, X_tr, y_tr, X_te, y_te, task, k, names, name, None,
                 class_names)
    data.spec = copy.deepcopy(experiment.dataset)
    return data


def _encode_data(data):
    return {"name": data.name, "task": data.task, "n_classes": int(data.n_classes),
            "feature_names": list(data.feature_names),
            "class_names": None if data.class_names is None else list(data.class_names),
            "X_train": encode_array(data.X_train, "X_train"),
            "y_train": encode_array(data.y_train, "y_train"),
            "X_test": encode_array(np.asarray(data.X_test).reshape(-1, data.n_features), "X_test"),
            "y_test": encode_array(data.y_test, "y_test")}


# =========================================================================== weights
def _parse_weights(v, experiment, data, budget, where="weights"):
    hidden = experiment.network.hidden
    layers = _list(v, where, MAX_LAYERS + 1)
    if len(layers) != len(hidden) + 1:
        _fail(where, f"has {len(layers)} layers but the network "
                     f"({len(hidden)} hidden layer{'s' * (len(hidden) != 1)}) has {len(hidden) + 1}")
    d_in = data.n_features if data is not None else None
    d_out = data.n_outputs if data is not None else None
    out = []
    for k, layer in enumerate(layers):
        wk = f"{where}[{k}]"
        L = _dict(layer, wk)
        _keys(L, wk, required=("W", "b"))
        e = hidden[k] if k < len(hidden) else d_out
        if k == 0 and d_in is None:
            # no points to say how many inputs: refuse absurd widths before decoding
            rows = _dict(L["W"], wk + ".W").get("shape", [None])
            if isinstance(rows, list) and rows and isinstance(rows[0], int) \
                    and not isinstance(rows[0], bool) and rows[0] > MAX_FEATURES:
                _fail(wk + ".W", f"has {rows[0]:,} input rows; at most {MAX_FEATURES:,} "
                                 "are allowed")
        W = decode_array(L["W"], wk + ".W", (d_in, e), ("<f8",), budget)
        if W.shape[0] < 1 or W.shape[1] < 1:
            _fail(wk + ".W", f"has shape {W.shape}; a layer needs at least one input and output")
        if k == len(hidden) and W.shape[1] > MAX_UNITS:
            _fail(wk + ".W", f"has {W.shape[1]} outputs; at most {MAX_UNITS} are allowed")
        b = decode_array(L["b"], wk + ".b", (W.shape[1],), ("<f8",), budget)
        out.append((W, b))
        d_in = W.shape[1]
    return out


def _weights_list(weights):
    if isinstance(weights, Network):
        weights = weights.get_weights()
    return [(np.asarray(W, dtype=float), np.asarray(b, dtype=float).reshape(-1))
            for W, b in weights]


# =========================================================================== optimizer
def _state_keys(name):
    opt = optimizers.create(name)
    keys = set(opt.initial_state(np.zeros(1)))
    if name == "adam":
        keys.add("max_exp_avg_sq")
    return keys


def _parse_optimizer_state(v, experiment, weights, budget, where="optimizer_state"):
    d = _dict(v, where)
    _keys(d, where, required=("name", "hyperparameters", "state"))
    name = _str(d["name"], where + ".name", optimizers.NAMES)
    if name != experiment.optimizer.name:
        _fail(where + ".name", f"is {name!r} but the experiment's optimizer is "
                               f"{experiment.optimizer.name!r}")
    hp = _hyperparameters(d["hyperparameters"], where + ".hyperparameters")
    _wrap(where + ".hyperparameters", optimizers.create, name, **hp)
    state = d["state"]
    if state is not None:
        if weights is None:
            _fail(where + ".state", "is given but the file holds no weights")
        shapes = [s for W, b in weights for s in (W.shape, b.shape)]
        state = _list(state, where + ".state", len(shapes))
        if len(state) != len(shapes):
            _fail(where + ".state", f"has {len(state)} entries but the network has "
                                    f"{len(shapes)} tensors (W and b of each layer)")
        allowed = _state_keys(name)
        parsed = []
        for i, (s, shape) in enumerate(zip(state, shapes)):
            wi = f"{where}.state[{i}]"
            s = _dict(s, wi)
            entry = {}
            for key, x in s.items():
                wk = _join(wi, key)
                if key not in allowed:
                    _fail(wk, f"is not part of {name}'s state (expected "
                              f"{', '.join(sorted(allowed))})")
                if x is None:
                    entry[key] = None
                elif isinstance(x, dict):
                    entry[key] = decode_array(x, wk, shape, ("<f8",), budget)
                elif isinstance(x, int) and not isinstance(x, bool):
                    entry[key] = _int(x, wk, 0)
                else:
                    entry[key] = _num(x, wk)
            parsed.append(entry)
        state = parsed
    return {"name": name, "hyperparameters": hp, "state": state}


def _encode_optimizer_state(d):
    state = d.get("state")
    enc = None
    if state is not None:
        enc = []
        for i, s in enumerate(state):
            entry = {}
            for k, x in s.items():
                if x is None or isinstance(x, (bool, int, float, np.integer, np.floating)) \
                        and np.ndim(x) == 0:
                    entry[k] = None if x is None else _finite_scalar(x, f"optimizer state {k}")
                else:
                    entry[k] = encode_array(_to_numpy(x), f"optimizer state {k} of tensor {i}")
            enc.append(entry)
    hp = {k: (list(v) if isinstance(v, tuple) else v)
          for k, v in dict(d.get("hyperparameters") or {}).items()}
    return {"name": d["name"], "hyperparameters": _plain(hp), "state": enc}


def _to_numpy(x):
    if hasattr(x, "detach"):   # a torch tensor from the torch engine (torch is not imported)
        x = x.detach().cpu().numpy()
    return np.asarray(x, dtype=float)


def _finite_scalar(x, what):
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    f = float(x)
    if not math.isfinite(f):
        raise AnnStudioError(f"{what} is {f}, which cannot be saved")
    return f


def _plain(v):
    """Convert NumPy scalars and tuples to JSON types."""
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, np.generic):
        return v.item()
    return v


# =========================================================================== history
_RECORD_FIELDS = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric", "metric",
                  "mean_batch_loss", "grad_norms")


def _enc_float(x):
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def _encode_history(h):
    step = np.asarray(h.step_loss, dtype=float)
    finite = bool(np.all(np.isfinite(step)))
    return {"epochs": [{"epoch": int(r.epoch), "train_loss": _enc_float(r.train_loss),
                        "test_loss": _enc_float(r.test_loss),
                        "train_metric": _enc_float(r.train_metric),
                        "test_metric": _enc_float(r.test_metric), "metric": r.metric,
                        "mean_batch_loss": _enc_float(r.mean_batch_loss),
                        "grad_norms": None if r.grad_norms is None
                        else [_enc_float(g) for g in r.grad_norms]}
                       for r in h.epochs],
            # step losses are finite by construction (the trainer stops before a
            # non-finite step); if not, keep them as a plain list with markers
            "step_loss": encode_array(step) if finite else [_enc_float(x) for x in step],
            "diverged": h.diverged}


def _parse_history(v, budget, where="history"):
    d = _dict(v, where)
    _keys(d, where, required=("epochs",), optional=("step_loss", "diverged"))
    h = History()
    epochs = _list(d["epochs"], where + ".epochs", MAX_EPOCH_RECORDS)
    s = d.get("step_loss")
    steps = len(s) if isinstance(s, list) else 0
    if isinstance(s, dict) and isinstance(s.get("shape"), list) and s["shape"] \
            and isinstance(s["shape"][0], int):
        steps = max(0, s["shape"][0])   # checked again when decoded
    from annstudio.core import memory
    _wrap(where, memory.check, "this history", memory.history_bytes(len(epochs), steps))
    for i, r in enumerate(epochs):
        wi = f"{where}.epochs[{i}]"
        r = _dict(r, wi)
        _keys(r, wi, required=("epoch", "train_loss"), optional=_RECORD_FIELDS[2:])
        g = r.get("grad_norms")
        if g is not None:
            g = [_num(x, f"{wi}.grad_norms[{j}]", nonfinite=True)
                 for j, x in enumerate(_list(g, wi + ".grad_norms", MAX_LAYERS + 1))]
        h.epochs.append(EpochRecord(
            epoch=_int(r["epoch"], wi + ".epoch", 0),
            train_loss=_num(r["train_loss"], wi + ".train_loss", nonfinite=True),
            test_loss=_opt_num(r.get("test_loss"), wi + ".test_loss"),
            train_metric=_opt_num(r.get("train_metric"), wi + ".train_metric"),
            test_metric=_opt_num(r.get("test_metric"), wi + ".test_metric"),
            metric=_str(r.get("metric", "accuracy"), wi + ".metric", ("accuracy", "r2")),
            mean_batch_loss=_opt_num(r.get("mean_batch_loss"), wi + ".mean_batch_loss"),
            grad_norms=g))
    s = d.get("step_loss")
    if isinstance(s, dict):
        h.step_loss = decode_array(s, where + ".step_loss", (None,), ("<f8",), budget).tolist()
    elif s is not None:
        h.step_loss = [_num(x, f"{where}.step_loss[{j}]", nonfinite=True)
                       for j, x in enumerate(_list(s, where + ".step_loss", MAX_ARRAY_ELEMENTS))]
    dv = d.get("diverged")
    h.diverged = None if dv is None else _str(dv, where + ".diverged")
    return h


def _parse_progress(v, experiment, data, where="progress"):
    """Where training stopped; a damaged value (batch 10¹⁵ of an epoch of 40) is refused
    here: the trainer would index past the data and divide by an empty batch."""
    d = _dict(v, where)
    _keys(d, where, required=("epoch", "batch_index", "step_count"))
    out = {"epoch": _int(d["epoch"], where + ".epoch", 0, MAX_EPOCHS),
           "step_count": _int(d["step_count"], where + ".step_count", 0, MAX_STEPS)}
    # the points of the stored data, or at most the generator's n (the training part is
    # smaller; `check_progress` checks again against the data actually built)
    n = data.n_train if data is not None else (
        MAX_POINTS if experiment.dataset.name == "csv" else experiment.dataset.n)
    out["batch_index"] = _int(d["batch_index"], where + ".batch_index", 0)
    check_progress(out, n, experiment.training.batch_size, where)
    return out


def check_progress(progress, n_train, batch_size, where="progress"):
    """Refuse a batch index outside the epoch: an epoch of ``n_train`` points has
    ⌈n_train / batch_size⌉ batches, numbered from 0."""
    steps = -(-int(n_train) // int(batch_size))
    b = progress.get("batch_index", 0)
    if not 0 <= b < steps:
        _fail(_join(where, "batch_index"), f"must be less than {steps:,} (an epoch of "
                                           f"{n_train:,} training points in batches of "
                                           f"{batch_size:,} has {steps:,} batches), got {b:,}")


def _count_extra(v, where, depth=0, count=None):
    """Bound the free "extra" object: it is kept in memory and written back on save."""
    count = [0] if count is None else count
    count[0] += 1
    if count[0] > MAX_EXTRA_VALUES:
        _fail("extra", f"holds more than {MAX_EXTRA_VALUES:,} values")
    if depth > MAX_EXTRA_DEPTH:
        _fail(where, f"is nested more than {MAX_EXTRA_DEPTH} levels deep")
    if isinstance(v, str):
        _str(v, where)
    elif isinstance(v, dict):
        for k, x in v.items():
            _count_extra(x, _join(where, str(k)[:40]), depth + 1, count)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            _count_extra(x, f"{where}[{i}]", depth + 1, count)


# =========================================================================== timeline
# The optional "timeline" of a file: the run's checkpoints (`core.timeline`).
#
#     "timeline": {"k": 16, "budget_bytes": 8388608, "epoch_steps": [steps ending each epoch],
#                  "checkpoints": [{"step", "epoch", "batch_index", "theta": array (P,),
#                                   "optimizer": {"name", "hyperparameters",
#                                                 "state": [{key: array | number | null}]},
#                                   "pinned": true (optional: weights set by hand there)}]}
#
# The step losses and epoch records are the file's ``history``. Bounded: a saved timeline is
# thinned to `TIMELINE_BUDGET_BYTES` first, a loaded one may hold at most `MAX_CHECKPOINTS`
# checkpoints, and its arrays count towards the file's total like every other array.
TIMELINE_BUDGET_BYTES = 2 * 2 ** 20
MAX_CHECKPOINTS = 4096


def encode_timeline(timeline, budget_bytes=None):
    """The JSON of a timeline, thinned first to ``budget_bytes`` (`TIMELINE_BUDGET_BYTES`)."""
    budget_bytes = TIMELINE_BUDGET_BYTES if budget_bytes is None else budget_bytes
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
                      if isinstance(v, np.ndarray) else _finite_scalar(v, f"optimizer state {k}"))
                  for k, v in s.items()}
                 for s in opt["state"]]
    hp = {k: (list(v) if isinstance(v, tuple) else v) for k, v in opt["hyperparameters"].items()}
    out = {"step": int(c.step), "epoch": int(snap["epoch"]),
           "batch_index": int(snap["batch_index"]),
           "theta": encode_array(snap["theta"], "timeline weights"),
           "optimizer": {"name": opt["name"], "hyperparameters": hp, "state": state}}
    if c.pinned:
        out["pinned"] = True          # weights set by hand there: no replay runs through it
    return out


def _parse_timeline(v, budget, weights, experiment, history, data=None, where="timeline"):
    """Check and decode a stored timeline against the file's weights, optimizer and
    history (all of them needed: a timeline is the past of that run)."""
    d = _dict(v, where)
    _keys(d, where, required=("k", "budget_bytes", "epoch_steps", "checkpoints"))
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
        c = _dict(c, w)
        _keys(c, w, required=("step", "epoch", "batch_index", "theta", "optimizer"),
              optional=("pinned",))
        pinned = c.get("pinned", False)
        if pinned is not False and pinned is not True:
            _fail(w + ".pinned", "must be true or false")
        step = _int(c["step"], w + ".step", 0, steps)
        if step <= last:
            _fail(w + ".step", "must be larger than the previous checkpoint's")
        last = step
        theta = decode_array(c["theta"], w + ".theta", (n_params,), ("<f8",), budget)
        opt = _parse_checkpoint_optimizer(c["optimizer"], w + ".optimizer", experiment,
                                          n_params, n_tensors, budget)
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


def _parse_checkpoint_optimizer(v, where, experiment, n_params, n_tensors, budget):
    d = _dict(v, where)
    _keys(d, where, required=("name", "hyperparameters", "state"))
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


# =========================================================================== migration
def _v0_to_v1(doc):
    """Version 0 (first prototype) → 1: renamed keys, one activation for all hidden
    layers, weights as nested lists, train losses only."""
    ds = _dict(doc.get("dataset", {}), "dataset")
    model = _dict(doc.get("model", {}), "model")
    opt = dict(_dict(doc.get("optimizer", {}), "optimizer"))
    train = _dict(doc.get("train", {}), "train")
    hidden = _list(model.get("layers", [20, 40, 20]), "model.layers", MAX_LAYERS)
    name = opt.pop("type", "sgd")
    params = {}
    if "learning_rate" in opt:
        params["lr"] = opt.pop("learning_rate")
    params.update(opt)
    experiment = {
        "dataset": {"name": ds.get("generator", "moons"), "n": ds.get("samples", 500),
                    "noise": ds.get("noise", 0.2), "seed": ds.get("seed", 0),
                    "test_fraction": ds.get("test_split", 0.2)},
        "network": {"hidden": hidden, "activations": [model.get("activation", "relu")] * len(hidden),
                    "output": model.get("output", "auto"), "init": "lecture",
                    "seed": model.get("seed", 0)},
        "optimizer": {"name": name, "params": params},
        "training": {"batch_size": train.get("batch", 10), "epochs": train.get("epochs", 50),
                     "shuffle": True, "seed": 0},
        "note": doc.get("comment", ""),
    }
    out = {"format": FORMAT, "version": 1, "experiment": experiment}
    if doc.get("weights") is not None:
        layers = []
        for k, L in enumerate(_list(doc["weights"], "weights", MAX_LAYERS + 1)):
            L = _dict(L, f"weights[{k}]")
            W = _nested_numbers(L.get("W"), f"weights[{k}].W", 2)
            b = _nested_numbers(L.get("b"), f"weights[{k}].b", 1)
            layers.append({"W": encode_array(W), "b": encode_array(b)})
        out["weights"] = layers
    if doc.get("losses") is not None:
        losses = _list(doc["losses"], "losses", MAX_EPOCH_RECORDS)
        out["history"] = {"epochs": [{"epoch": i + 1, "train_loss": x}
                                     for i, x in enumerate(losses)]}
    return out


def _nested_numbers(v, where, ndim):
    # v0 stored weights as nested lists; check the shape before building an array
    rows = _list(v, where, MAX_UNITS if ndim == 1 else MAX_FEATURES)
    if ndim == 2:
        width = None
        for i, r in enumerate(rows):
            r = _list(r, f"{where}[{i}]", MAX_UNITS)
            if width is None:
                width = len(r)
            elif len(r) != width:
                _fail(f"{where}[{i}]", f"has {len(r)} numbers but row 0 has {width}")
            for j, x in enumerate(r):
                _num(x, f"{where}[{i}][{j}]")
    else:
        for j, x in enumerate(rows):
            _num(x, f"{where}[{j}]")
    return np.array(rows, dtype=float).reshape((len(rows), -1) if ndim == 2 else -1)


def _v1_to_v2(doc):
    """Version 1 → 2: standardisation arrived; a version-1 run trained on raw inputs."""
    doc = dict(doc)
    e = doc.get("experiment")
    if isinstance(e, dict) and isinstance(e.get("dataset"), dict):   # else the parser says why
        doc["experiment"] = {**e, "dataset": {**e["dataset"], "standardize": False}}
    doc["version"] = 2
    return doc


def _v2_to_v3(doc):
    """Version 2 → 3: regression targets are standardised by default; a version-2 run
    trained on raw targets."""
    doc = dict(doc)
    e = doc.get("experiment")
    if isinstance(e, dict) and isinstance(e.get("dataset"), dict):   # else the parser says why
        doc["experiment"] = {**e, "dataset": {**e["dataset"], "standardize_targets": False}}
    doc["version"] = 3
    return doc


MIGRATIONS = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}   # version n → n + 1


def _version(doc):
    if "format" not in doc and "annstudio_version" in doc:
        v = doc["annstudio_version"]
        if v in ("0", 0):
            return 0
        _fail("annstudio_version", f"is {_short(v)}; only the prototype's \"0\" is known")
    if "format" not in doc:
        _fail("", "this is JSON but not an ANN Studio experiment file (it has no \"format\": "
                  "\"annstudio\" entry)")
    if doc["format"] != FORMAT:
        _fail("format", f"is {_short(doc['format'])}, not \"annstudio\": this is not an "
                        "ANN Studio experiment file")
    if "version" not in doc:
        _fail("version", "is missing")
    v = doc["version"]
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        _fail("version", f"must be a whole number ≥ 0, got {_kind(v)}")
    if v > VERSION:
        _fail("", f"the file is version {v}, written by a newer ANN Studio; this version "
                  f"reads versions up to {VERSION} — please update ANN Studio")
    return v


def migrate(doc):
    """Bring a parsed document to the current version (returns (doc, original version))."""
    v0 = v = _version(doc)
    while v < VERSION:
        try:
            doc = MIGRATIONS[v](doc)
        except LoadError as e:
            raise LoadError(f"{e} (in a version-{v} file)", e.where) from None
        v += 1
    return doc, v0


# =========================================================================== load
def _reject_constant(name):
    raise LoadError(f"contains {name}, which is not a finite number (JSON has no NaN or "
                    "infinity)")


def _parse_float(text):
    f = float(text)
    if not math.isfinite(f):
        raise LoadError(f"contains the number {text[:40]}, which is too large to be finite")
    return f


def parse_bytes(raw: bytes, name="the file"):
    """Parse and check the bytes of an experiment file; returns `Loaded` (path None)."""
    try:
        return _parse_bytes(raw)
    except LoadError as e:
        raise LoadError(f"cannot open {name}: {e}", e.where) from None
    except RecursionError:
        raise LoadError(f"cannot open {name}: the JSON is nested too deeply") from None
    except MemoryError:
        raise LoadError(f"cannot open {name}: it is too large to load") from None


def _parse_bytes(raw):
    # no copies of the whole file here: it may be 200 MB (slices and strip() would copy)
    start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0   # a UTF-8 byte-order mark
    if len(raw) <= start or raw[start:start + 4096].isspace() and raw[start:].isspace():
        _fail("", "the file is empty")
    if b"\x00" in raw[start:start + 4096]:
        _fail("", "this is a binary file, not an ANN Studio experiment (JSON text)")
    # Every JSON value becomes a Python object of 30–60 bytes: a 197 MB file of "[]," is
    # 66 million lists, 5 GB. Count first (bytes.count runs at memory speed): each list
    # item and object member but the first follows a comma, each container opens.
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    if values > MAX_JSON_VALUES:
        _fail("", f"it has {values:,} JSON commas and brackets (\",\", \"[\", \"{{\"); an experiment "
                  f"file has at most {MAX_JSON_VALUES:,} (its arrays are base64 text)")
    try:
        text = raw.decode("utf-8-sig" if start else "utf-8")
    except UnicodeDecodeError as e:
        _fail("", f"it is not UTF-8 text (byte 0x{raw[e.start]:02x} at position {e.start}); "
                  "an experiment file is JSON text")
    try:
        doc = json.loads(text, parse_constant=_reject_constant, parse_float=_parse_float)
    except LoadError:
        raise
    except json.JSONDecodeError as e:
        _fail("", f"it is not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})")
    except ValueError as e:   # e.g. an integer with thousands of digits
        _fail("", f"it is not valid JSON: {e}")
    if not isinstance(doc, dict):
        _fail("", f"it is JSON but not an ANN Studio experiment file (the top level is "
                  f"{_kind(doc)}, not an object)")
    doc, v0 = migrate(doc)
    return _parse_document(doc, v0)


def parse_document(doc):
    """Check a parsed experiment document of the current version (an experiment embedded
    in another file: a challenge, a hand-in); returns `Loaded`, or raises `LoadError`
    naming the JSON path."""
    if not isinstance(doc, dict):
        _fail("", f"must be an object {{…}}, got {_kind(doc)}")
    doc, v0 = migrate(doc)
    return _parse_document(doc, v0)


def _parse_document(doc, original_version=VERSION):
    _keys(doc, "", required=("format", "version", "experiment"),
          optional=("app", "data", "weights", "optimizer_state", "progress", "history", "extra",
                    "timeline"))
    if "app" in doc and doc["app"] is not None:
        _str(doc["app"], "app", max_len=100)
    budget = _Budget()
    experiment = _parse_experiment(doc["experiment"])
    data = None
    if doc.get("data") is not None:
        data = _parse_data(doc["data"], experiment, budget)
    elif experiment.dataset.name == "points":
        _fail("data", "is missing: the dataset was drawn by hand, so the file must hold its "
                      "points")
    if data is not None and experiment.dataset.mean is not None \
            and len(experiment.dataset.mean) != data.n_features:
        _fail("experiment.dataset.mean", f"has {len(experiment.dataset.mean)} numbers but the "
                                         f"data has {data.n_features} features")
    if data is not None:   # the exact sizes, now that the stored points are known
        _wrap("experiment.network", experiment.check_memory,
              [data.n_features, *experiment.network.hidden, data.n_outputs], data.n_train)
    weights = None
    if doc.get("weights") is not None:
        weights = _parse_weights(doc["weights"], experiment, data, budget)
    opt_state = None
    if doc.get("optimizer_state") is not None:
        opt_state = _parse_optimizer_state(doc["optimizer_state"], experiment, weights, budget)
    progress = None if doc.get("progress") is None else \
        _parse_progress(doc["progress"], experiment, data)
    history = None if doc.get("history") is None else _parse_history(doc["history"], budget)
    extra = doc.get("extra")
    extra = {} if extra is None else _dict(extra, "extra")
    _count_extra(extra, "extra")
    loaded = Loaded(experiment, data, weights, opt_state, history, experiment.note,
                    original_version, progress, extra)
    if doc.get("timeline") is not None:
        loaded.timeline = _parse_timeline(doc["timeline"], budget, weights, experiment,
                                          history, data)
    return loaded


def load(path) -> Loaded:
    """Read an experiment file. Any problem raises `LoadError` (one sentence)."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    try:
        if os.path.isdir(path):
            raise LoadError(f"cannot open {path}: it is a folder, not a file")
        raw = atomic.read_regular(path, MAX_FILE_BYTES, "experiment files")
    except LoadError:
        raise
    except atomic.ReadRefused as e:   # a device, a FIFO, or over MAX_FILE_BYTES
        raise LoadError(f"cannot open {path}: {e.problem}") from None
    except FileNotFoundError:
        raise LoadError(f"cannot open {path}: no such file") from None
    except OSError as e:
        raise LoadError(f"cannot open {path}: {atomic.reason(e)}") from None
    loaded = parse_bytes(raw, name)
    loaded.path = path
    folder = os.path.dirname(os.path.abspath(path))
    for spec in (loaded.experiment.dataset, None if loaded.data is None else loaded.data.spec):
        if spec is not None and spec.path and not os.path.isabs(spec.path):
            # a relative CSV path names a file beside the experiment file (a folder handed
            # out whole opens from any current folder), not one in the current folder
            spec.path = os.path.normpath(os.path.join(folder, spec.path))
    return loaded


def _portable_data_path(data_path, file_path):
    """The CSV path to write into the file at ``file_path``: relative to its folder when
    the CSV lies in that folder or below (the two can be handed out together), else
    absolute — never relative to the current folder of the moment."""
    csv_path = os.path.abspath(data_path)
    folder = os.path.dirname(os.path.abspath(file_path))
    try:
        rel = os.path.relpath(csv_path, folder)
    except ValueError:          # Windows: another drive
        return csv_path
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return csv_path
    return PurePath(rel).as_posix()


# =========================================================================== save
def to_document(experiment, data=None, weights=None, optimizer_state=None, history=None,
                extra=None, progress=None, timeline=None):
    """The JSON-ready dict `save` writes (checked by loading it back)."""
    from annstudio import __version__
    if not isinstance(experiment, Experiment):
        raise AnnStudioError(f"expected an Experiment, got {type(experiment).__name__}")
    experiment.validate()
    doc = {"format": FORMAT, "version": VERSION, "app": __version__,
           "experiment": _plain(experiment.to_dict())}
    if data is not None:
        doc["data"] = _encode_data(data)
    elif experiment.dataset.name == "points":
        raise AnnStudioError("a dataset drawn by hand is saved with its points: pass data=")
    if weights is not None:
        doc["weights"] = [{"W": encode_array(W, f"W of layer {k}"),
                           "b": encode_array(b, f"b of layer {k}")}
                          for k, (W, b) in enumerate(_weights_list(weights))]
    if optimizer_state is not None:
        doc["optimizer_state"] = _encode_optimizer_state(optimizer_state)
    if progress is not None:
        doc["progress"] = {k: int(progress[k]) for k in ("epoch", "batch_index", "step_count")}
    if history is not None:
        doc["history"] = _encode_history(history)
    if extra:
        doc["extra"] = _plain(dict(extra))
    if timeline is not None:
        doc["timeline"] = encode_timeline(timeline)
    return doc


def dumps(doc) -> str:
    try:
        return json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    except (TypeError, ValueError) as e:
        raise AnnStudioError(f"the experiment cannot be written as JSON: {e}") from None


def save(path, experiment, data=None, weights=None, optimizer_state=None, history=None,
         extra=None, *, progress=None, timeline=None):
    """Write an experiment file atomically; a failure leaves the old file intact.

    ``weights`` [(W, b)] or a `Network`; ``optimizer_state`` as engines export it
    (``export_state()["optimizer"]``); ``progress`` {"epoch", "batch_index", "step_count"}.
    """
    path = os.fspath(path)
    try:
        doc = to_document(experiment, data, weights, optimizer_state, history, extra, progress,
                          timeline)
        dataset = doc["experiment"]["dataset"]
        if dataset.get("path"):
            dataset["path"] = _portable_data_path(dataset["path"], path)
        text = dumps(doc)
        # What we write must load: check it here, before the old file is replaced.
        _parse_document(json.loads(text, parse_constant=_reject_constant))
    except LoadError as e:
        raise AnnStudioError(f"could not save {os.path.basename(path)}: {e}") from None
    except AnnStudioError as e:
        raise AnnStudioError(f"could not save {os.path.basename(path)}: {e}") from None
    atomic.write_text(path, text)
    return path


def save_engine(path, experiment, engine, data=None, extra=None, timeline=None):
    """Save an engine's whole run (weights, optimizer state, position, history)."""
    st = engine.export_state()
    if data is None and experiment.dataset.name in ("points", "csv"):
        from annstudio.core.standardize import user_data
        data = user_data(engine.data)         # the points in the user's units
    return save(path, experiment, data=data, weights=st["weights"],
                optimizer_state=st.get("optimizer"), history=st.get("history"), extra=extra,
                progress={k: st.get(k, 0) for k in ("epoch", "batch_index", "step_count")},
                timeline=timeline)


# =========================================================================== recovery
RECOVERY_PREFIX = "recovery-"
STALE_SECONDS = 180   # where a pid cannot be checked, older than 3 autosave intervals = crashed


@dataclass
class Recovery:
    path: str
    pid: int | None
    original_path: str | None
    saved_at: float


def recovery_path(folder, pid=None):
    pid = os.getpid() if pid is None else pid
    return os.path.join(os.fspath(folder), f"{RECOVERY_PREFIX}{pid}{EXTENSION}")


def write_recovery(folder, experiment, *, original_path=None, extra=None, **kwargs):
    """Autosave into ``folder`` (created if needed) as recovery-<pid>.annstudio."""
    folder = os.fspath(folder)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as e:
        raise AnnStudioError(f"could not create the recovery folder {folder}: "
                             f"{atomic.reason(e)}") from None
    extra = dict(extra or {})
    extra["recovery"] = {"pid": os.getpid(), "original_path": original_path,
                         "saved_at": time.time()}
    return save(recovery_path(folder), experiment, extra=extra, **kwargs)


def _alive(pid):
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return None   # unknown: os.kill(pid, 0) would signal the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def find_recoveries(folder):
    """Recovery files left by sessions that ended without closing (newest first)."""
    folder = os.fspath(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    out = []
    for fname in names:
        if not (fname.startswith(RECOVERY_PREFIX) and fname.endswith(EXTENSION)):
            continue
        path = os.path.join(folder, fname)
        try:
            pid = int(fname[len(RECOVERY_PREFIX):-len(EXTENSION)])
        except ValueError:
            pid = None
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            continue
        alive = _alive(pid) if pid is not None else None
        if alive is None:
            alive = time.time() - mtime < STALE_SECONDS
        if alive:
            continue
        original = None
        try:
            head = json.loads(atomic.read_regular(path, MAX_FILE_BYTES).decode("utf-8", "replace"))
            original = head.get("extra", {}).get("recovery", {}).get("original_path")
            original = original if isinstance(original, str) else None
        except Exception:   # a broken recovery file is still offered; loading will say why
            pass
        out.append(Recovery(path, pid, original, mtime))
    out.sort(key=lambda r: r.saved_at, reverse=True)
    return out


def discard_recovery(path):
    try:
        os.remove(os.fspath(path))
    except FileNotFoundError:
        pass
    except OSError as e:
        raise AnnStudioError(f"could not remove the recovery file {path}: "
                             f"{atomic.reason(e)}") from None
