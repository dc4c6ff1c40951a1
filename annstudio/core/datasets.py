"""Datasets: toy generators, the two shipped sets, and validated user arrays.

Pure NumPy (no sklearn, no Qt, no torch). Every dataset is a `Dataset`: float64 inputs,
labels ``0..k-1`` (int64) for classification or float64 values for regression, already
split into a training and a test part by a seeded permutation.

>>> data = make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
>>> data.X_train.shape, data.X_test.shape, data.task
((400, 2), (100, 2), 'binary')

The same arguments always give identical arrays (everything is drawn from
``np.random.default_rng(seed)``). Bad arguments raise `AnnStudioError` with one sentence
naming the bad value. CSV files are read by ``annstudio.io.csvdata`` (the io layer), which
builds its `Dataset` with `from_arrays`.
"""
from __future__ import annotations

import copy
import csv
import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from annstudio.core.errors import AnnStudioError, check_float, check_positive_int
from annstudio.core.standardize import Standardizer

TASKS = ("binary", "multiclass", "regression")
TASK_OUTPUT = {"binary": "sigmoid", "multiclass": "softmax", "regression": "identity"}
TASK_LOSS = {"binary": "bce", "multiclass": "ce", "regression": "mse"}
# The bounds of the generators' arguments (`core.schema` names them in the experiment's
# dataset fields)
MIN_POINTS = 4             # smallest n a generator accepts (xor needs one point per quadrant)
MAX_POINTS = 1_000_000     # largest n a generator accepts; also the largest batch
MIN_CLASSES, MAX_CLASSES = 2, 6   # blobs and spirals
MAX_TEST_FRACTION = 0.9
DERIVED_FEATURES = ("x1^2", "x2^2", "x1x2", "sin x1", "sin x2")
MAX_LABEL_CLASSES = 100    # most classes `from_arrays` accepts
SHIPPED = ("iris", "digits", "breast_cancer")
PRESETS = {
    # the lecture's 500-point two moons (LECTURE.md §4): its printed points fit noise 0.1,
    # and it trains on all 500 points (no test split)
    "lecture_moons": dict(name="moons", n=500, noise=0.1, seed=0, test_fraction=0.0),
}
DATA_DIR = Path(__file__).resolve().parent.parent / "assets" / "datasets"


# --------------------------------------------------------------------------- DatasetSpec
@dataclass
class DatasetSpec:
    """What `datasets.make` needs to rebuild the data (or the points themselves)."""
    name: str = "moons"            # a generator / shipped dataset name, "csv" or "points"
    n: int = 500
    noise: float = 0.2
    seed: int = 0
    test_fraction: float = 0.2
    classes: int = 2               # blobs and spirals
    features: list = field(default_factory=list)   # derived inputs, e.g. ["x1^2", "x1x2"]
    path: str | None = None        # csv
    label_column: str | None = None  # csv
    drop_missing: bool = False     # csv: rows with empty cells are dropped (else refused)
    # inputs standardised for the network, x̃ = (x − mean) / scale (`core.standardize`);
    # None = the default for the data: on for shipped and CSV data, off for the generators
    # (the lecture's runs use raw inputs)
    standardize: bool | None = None
    mean: list | None = None       # fitted on the training split; set by `fit_standardizer`
    scale: list | None = None
    # regression targets standardised for the network, ỹ = (y − target_mean)/target_scale;
    # the model predicts ŷ = z_0·target_scale + target_mean and losses are reported in y's
    # units. None = the default for the data, as for the inputs
    standardize_targets: bool | None = None
    target_mean: float | None = None   # fitted on the training split's targets
    target_scale: float | None = None

    def standardizes(self) -> bool:
        """Whether the network sees standardised inputs (resolves the default)."""
        if self.standardize is not None:
            return bool(self.standardize)
        return self._standard_by_default()

    def standardizes_targets(self) -> bool:
        """Whether regression targets are standardised (resolves the default; data of
        other tasks have no targets to standardise)."""
        if self.standardize_targets is not None:
            return bool(self.standardize_targets)
        return self._standard_by_default()

    def _standard_by_default(self):
        return str(self.name).strip().lower() in SHIPPED + ("csv",)

    def validate_standardizer(self):
        if (self.mean is None) != (self.scale is None):
            raise AnnStudioError("standardisation needs both mean and scale (or neither)")
        if (self.target_mean is None) != (self.target_scale is None):
            raise AnnStudioError("target standardisation needs both target mean and target "
                                 "scale (or neither)")
        if self.mean is not None:
            Standardizer(self.mean, self.scale)
        if self.target_mean is not None:
            Standardizer([self.target_mean], [self.target_scale])

    def make_kwargs(self):
        kw = dict(n=self.n, noise=self.noise, seed=self.seed,
                  test_fraction=self.test_fraction, features=list(self.features))
        if self.name in ("blobs", "spirals"):
            kw["classes"] = self.classes
        return kw


# --------------------------------------------------------------------------- Dataset
@dataclass(eq=False)
class Dataset:
    """A split dataset. ``X_*`` float64 ``(n, d)``; ``y_*`` shape ``(n,)``."""
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    task: str
    n_classes: int
    feature_names: list
    name: str
    spec: DatasetSpec | None = None
    class_names: list | None = None
    # the network's view of regression data with standardised targets carries their
    # `core.standardize.Standardizer` (ŷ = z_0 s_y + μ_y); None: the targets as given
    y_standardizer: object = None
    # a standardised copy's data in the user's units (`Standardizer.apply`); None: itself
    source: Dataset | None = None

    def __post_init__(self):
        if self.task not in TASKS:
            raise AnnStudioError(f"unknown task {self.task!r}; choose one of {', '.join(TASKS)}")
        self.X_train = _as_matrix("X_train", self.X_train)
        self.X_test = _as_matrix("X_test", self.X_test, n_cols=self.X_train.shape[1])
        if self.X_train.shape[0] < 1:
            raise AnnStudioError("a dataset needs at least 1 training point, got 0")
        if self.task == "regression":
            self.n_classes = 0
            self.y_train = _as_values("y_train", self.y_train, len(self.X_train))
            self.y_test = _as_values("y_test", self.y_test, len(self.X_test))
        else:
            k = check_positive_int("number of classes", self.n_classes, 2, MAX_LABEL_CLASSES)
            if self.task == "binary" and k != 2:
                raise AnnStudioError(f"a binary dataset has 2 classes, got n_classes={k}")
            self.n_classes = k
            self.y_train = _as_labels("y_train", self.y_train, len(self.X_train), k)
            self.y_test = _as_labels("y_test", self.y_test, len(self.X_test), k)
        self.feature_names = [str(f) for f in self.feature_names]
        if len(self.feature_names) != self.X_train.shape[1]:
            raise AnnStudioError(f"{len(self.feature_names)} feature names for "
                                 f"{self.X_train.shape[1]} features")
        if self.class_names is not None:
            self.class_names = [str(c) for c in self.class_names]
            if self.task == "regression" or len(self.class_names) != self.n_classes:
                raise AnnStudioError(f"{len(self.class_names)} class names for "
                                     f"{self.n_classes} classes")

    # --- shapes and what the network needs
    @property
    def n_features(self) -> int:
        return int(self.X_train.shape[1])

    @property
    def n_outputs(self) -> int:
        return self.n_classes if self.task == "multiclass" else 1

    @property
    def loss(self) -> str:
        return TASK_LOSS[self.task]

    @property
    def output_activation(self) -> str:
        return TASK_OUTPUT[self.task]

    @property
    def n_train(self) -> int:
        return int(self.X_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.X_test.shape[0])

    def __len__(self):
        return self.n_train + self.n_test

    # --- all points: training points first, then test points
    @property
    def X(self) -> np.ndarray:
        return np.concatenate([self.X_train, self.X_test], axis=0)

    @property
    def y(self) -> np.ndarray:
        return np.concatenate([self.y_train, self.y_test], axis=0)

    @property
    def is_train(self) -> np.ndarray:
        """Boolean mask over `X`/`y`: True for training points."""
        mask = np.zeros(len(self), dtype=bool)
        mask[:self.n_train] = True
        return mask

    def with_points(self, X_train, y_train, X_test=None, y_test=None) -> "Dataset":
        """A validated copy with other points (drawn by hand), same task and features.

        If this dataset has derived features (``["x1", "x2", "x1^2", ...]``) and the new
        points have only the two base columns, the derived columns are computed for them.
        Binary labels may be 0/1 or ±1. The copy has ``spec=None``.
        """
        X_train = self._points("X_train", X_train)
        X_test = (np.zeros((0, self.n_features)) if X_test is None
                  else self._points("X_test", X_test))
        if y_test is None:
            if len(X_test):
                raise AnnStudioError(f"{len(X_test)} test points but no test labels")
            y_test = np.zeros(0)
        y_train = self._labels("y_train", y_train)
        y_test = self._labels("y_test", y_test)
        return Dataset(X_train, y_train, X_test, y_test, self.task, self.n_classes,
                       list(self.feature_names), self.name, None,
                       None if self.class_names is None else list(self.class_names))

    def _points(self, what, X):
        X = _as_matrix(what, X)
        derived = self.feature_names[2:]
        if (X.shape[1] == 2 and self.n_features > 2 and self.feature_names[:2] == ["x1", "x2"]
                and all(f in DERIVED_FEATURES for f in derived)):
            X, _ = add_features(X, derived)
        if X.shape[1] != self.n_features:
            raise AnnStudioError(f"{what} has {X.shape[1]} columns but the dataset "
                                 f"{self.name!r} has {self.n_features} features")
        return X

    def _labels(self, what, y):
        y = _flat_numeric(what, y)
        if self.task == "binary":
            y = _binary_labels(what, y)
        return y

    def __repr__(self):
        return (f"Dataset({self.name!r}, task={self.task!r}, n_train={self.n_train}, "
                f"n_test={self.n_test}, n_features={self.n_features}, "
                f"n_classes={self.n_classes})")


# --------------------------------------------------------------------------- validation
def _flat_numeric(what, a):
    """``a`` as a finite 1-D float64 array (a column ``(n, 1)`` is flattened)."""
    arr = _numeric_array(what, a)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1:
        raise AnnStudioError(f"{what} must be one value per point (shape (n,)), "
                             f"got shape {arr.shape}")
    return arr


def _numeric_array(what, a):
    """``a`` as a finite float64 array, or an error naming the first bad entry."""
    if isinstance(a, (str, bytes)):
        raise AnnStudioError(f"{what} must be numbers, got the text {a!r}")
    try:
        raw = np.asarray(a)
    except (ValueError, TypeError):  # ragged nested lists and the like
        raise AnnStudioError(f"{what} is not a rectangular table of numbers "
                             "(rows of different lengths?)") from None
    if raw.dtype == object and raw.ndim == 1 and len(raw) and all(
            isinstance(r, (list, tuple, np.ndarray)) for r in raw):
        raise AnnStudioError(f"{what} has rows of different lengths")
    if raw.dtype.kind == "c":
        raise AnnStudioError(f"{what} contains complex numbers")
    if raw.dtype.kind in "biuf":
        arr = raw.astype(np.float64)
    else:
        arr = np.empty(raw.shape, dtype=np.float64)
        for idx, v in np.ndenumerate(raw):
            if isinstance(v, np.generic):
                v = v.item()
            try:
                if isinstance(v, bytes):
                    v = v.decode("utf-8", "replace")
                arr[idx] = float(v)
            except (TypeError, ValueError):
                raise AnnStudioError(
                    f"{what} contains a value that is not a number: {v!r} "
                    f"{_where(idx)}") from None
            except OverflowError:
                raise AnnStudioError(f"{what} contains a number too large: {v!r} "
                                     f"{_where(idx)}") from None
    bad = ~np.isfinite(arr)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        v = arr[idx]
        kind = "NaN" if np.isnan(v) else "an infinite value"
        raise AnnStudioError(f"{what} contains {kind} {_where(idx)}")
    return arr


def _where(idx):
    if len(idx) == 1:
        return f"(row {idx[0] + 1})"
    if len(idx) == 2:
        return f"(row {idx[0] + 1}, column {idx[1] + 1})"
    return f"(at index {idx})"


def _as_matrix(what, X, n_cols=None):
    X = _numeric_array(what, X)
    if X.ndim == 1:
        X = X.reshape(-1, 1) if n_cols in (None, 1) or X.size else X.reshape(0, n_cols)
    if X.ndim != 2:
        raise AnnStudioError(f"{what} must be a table of points (shape (n, d)), "
                             f"got shape {X.shape}")
    if n_cols is not None and X.shape[1] != n_cols:
        if X.shape[0] == 0:
            return np.zeros((0, n_cols))
        raise AnnStudioError(f"{what} has {X.shape[1]} columns, expected {n_cols}")
    if X.shape[1] < 1:
        raise AnnStudioError(f"{what} has no feature columns")
    return np.ascontiguousarray(X, dtype=np.float64)


def _check_length(what, y, n):
    if len(y) != n:
        raise AnnStudioError(f"{what} has {len(y)} values for {n} points")


def _as_values(what, y, n):
    y = _flat_numeric(what, y)
    _check_length(what, y, n)
    return np.ascontiguousarray(y, dtype=np.float64)


def _as_labels(what, y, n, k):
    y = _flat_numeric(what, y)
    _check_length(what, y, n)
    frac = y != np.round(y)
    if frac.any():
        raise AnnStudioError(f"{what}: class labels must be whole numbers 0..{k - 1}, "
                             f"got {y[frac][0]!r}")
    out = (y < 0) | (y > k - 1)
    if out.any():
        raise AnnStudioError(f"{what}: class labels must be 0..{k - 1}, got {y[out][0]:g}")
    return y.astype(np.int64)


def _binary_labels(what, y):
    """0/1 labels stay; ±1 labels are mapped -1 → 0, 1 → 1; anything else is an error."""
    values = set(np.unique(y).tolist())
    if values <= {0.0, 1.0}:
        return y
    if values <= {-1.0, 1.0}:
        return (y > 0).astype(np.float64)
    bad = sorted(values - {0.0, 1.0, -1.0}) or sorted(values)
    raise AnnStudioError(f"{what}: binary labels must be 0/1 or ±1, got {bad[0]:g}")


# --------------------------------------------------------------------------- arguments
def _check_n(n, minimum=MIN_POINTS):
    return check_positive_int("n (number of points)", n, minimum, MAX_POINTS)


def _check_noise(noise):
    return check_float("noise", noise, minimum=0.0)


def _check_seed(seed):
    return check_positive_int("seed", seed, 0)


def _check_test_fraction(test_fraction):
    return check_float("test fraction", test_fraction, minimum=0.0, maximum=MAX_TEST_FRACTION)


def _check_classes(classes):
    return check_positive_int("classes", classes, MIN_CLASSES, MAX_CLASSES)


def _check_features(features):
    if features is None:
        return []
    if isinstance(features, str):
        features = [features]
    try:
        features = list(features)
    except TypeError:
        raise AnnStudioError(f"features must be a list of names, got {features!r}") from None
    seen = set()
    for f in features:
        if f not in DERIVED_FEATURES:
            raise AnnStudioError(f"unknown derived feature {f!r}; choose from "
                                 f"{', '.join(DERIVED_FEATURES)}")
        if f in seen:
            raise AnnStudioError(f"derived feature {f!r} is listed twice")
        seen.add(f)
    return features


def class_counts(n, k):
    """``n`` points shared as evenly as possible among ``k`` classes."""
    return [n // k + (1 if j < n % k else 0) for j in range(k)]


def split(rng, X, y, test_fraction):
    """Seeded permutation; the first ``round(f·n)`` points (at most n−1) become the test set."""
    n = len(X)
    n_test = min(int(round(test_fraction * n)), n - 1)
    perm = rng.permutation(n)
    test, train = perm[:n_test], perm[n_test:]
    return X[train], y[train], X[test], y[test]


def resplit(data, test_fraction, seed, *, was=None):
    """The same points split again with ``test_fraction`` and ``seed``: the split of
    ``was`` = (test fraction, seed) that made ``data`` (default: its spec's) is undone —
    the points back in their order in the file — and `split` is applied with the new
    ones, so the result is the split reading the file with them gives. A copy (spec None)."""
    if was is None:
        if data.spec is None:
            raise AnnStudioError("these points do not say how they were split")
        was = (data.spec.test_fraction, data.spec.seed)
    test_fraction, seed = _check_test_fraction(test_fraction), _check_seed(seed)
    n = len(data)
    n_test = min(int(round(_check_test_fraction(was[0]) * n)), n - 1)
    if n_test != data.n_test:
        raise AnnStudioError(f"{data.n_test} test points of {n} cannot come from a test "
                             f"fraction of {was[0]:g}")
    perm = np.random.default_rng(_check_seed(was[1])).permutation(n)
    order = np.concatenate([perm[n_test:], perm[:n_test]])   # the rows of data.X, in the file
    X, y = np.empty_like(data.X), np.empty_like(data.y)
    X[order], y[order] = data.X, data.y
    X_tr, y_tr, X_te, y_te = split(np.random.default_rng(seed), X, y, test_fraction)
    return Dataset(X_tr, y_tr, X_te, y_te, data.task, data.n_classes,
                   list(data.feature_names), data.name, None,
                   None if data.class_names is None else list(data.class_names))


# --------------------------------------------------------------------------- generators
# Each generator: (rng, n, noise, classes) -> (X, y, task, n_classes). Classification
# generators give every class n//k or n//k + 1 points; noise is a Gaussian std added to X
# (classification) or to y (regression).

def _moons(rng, n, noise, classes):
    """Two interleaving half circles, as sklearn's make_moons: x ∈ [−1, 2], y ∈ [−0.5, 1]."""
    n_out, n_in = n // 2, n - n // 2
    t_out = np.linspace(0.0, np.pi, n_out)
    t_in = np.linspace(0.0, np.pi, n_in)
    X = np.concatenate([np.column_stack([np.cos(t_out), np.sin(t_out)]),
                        np.column_stack([1.0 - np.cos(t_in), 0.5 - np.sin(t_in)])])
    y = np.concatenate([np.zeros(n_out), np.ones(n_in)])
    X = X + rng.normal(0.0, noise, X.shape) if noise else X
    return X, y, "binary", 2


def _circles(rng, n, noise, classes):
    """Two concentric circles, radius 1 (class 0) and 0.5 (class 1)."""
    n_out, n_in = n // 2, n - n // 2
    t_out = np.linspace(0.0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0.0, 2 * np.pi, n_in, endpoint=False)
    X = np.concatenate([np.column_stack([np.cos(t_out), np.sin(t_out)]),
                        0.5 * np.column_stack([np.cos(t_in), np.sin(t_in)])])
    y = np.concatenate([np.zeros(n_out), np.ones(n_in)])
    X = X + rng.normal(0.0, noise, X.shape) if noise else X
    return X, y, "binary", 2


def _xor(rng, n, noise, classes):
    """Uniform on [−1, 1]², an equal share in each quadrant; label 1 where x1·x2 > 0."""
    signs = np.array([[1, 1], [1, -1], [-1, -1], [-1, 1]], dtype=float)  # classes 1,0,1,0
    parts = []
    for q, m in enumerate(class_counts(n, 4)):
        parts.append(rng.uniform(0.0, 1.0, (m, 2)) * signs[q])
    X = np.concatenate(parts)
    y = (X[:, 0] * X[:, 1] > 0).astype(float)
    X = X + rng.normal(0.0, noise, X.shape) if noise else X
    return X, y, "binary", 2


BLOB_RADIUS, BLOB_SPREAD = 2.0, 0.4


def _blobs(rng, n, noise, classes):
    """``classes`` Gaussian clouds (std 0.4) centred on a circle of radius 2, plus noise."""
    k = classes
    parts, labels = [], []
    for j, m in enumerate(class_counts(n, k)):
        angle = 2 * np.pi * j / k + np.pi / 4
        centre = BLOB_RADIUS * np.array([np.cos(angle), np.sin(angle)])
        parts.append(centre + rng.normal(0.0, BLOB_SPREAD, (m, 2)))
        labels.append(np.full(m, j, dtype=float))
    X, y = np.concatenate(parts), np.concatenate(labels)
    X = X + rng.normal(0.0, noise, X.shape) if noise else X
    return X, y, ("binary" if k == 2 else "multiclass"), k


SPIRAL_TURNS = 1.0


def _spirals(rng, n, noise, classes):
    """``classes`` interleaved spiral arms: radius 0.25 → 2, one turn each."""
    k = classes
    parts, labels = [], []
    for j, m in enumerate(class_counts(n, k)):
        t = np.sort(rng.uniform(0.0, 1.0, m))
        r = 0.25 + 1.75 * t
        angle = 2 * np.pi * j / k + 2 * np.pi * SPIRAL_TURNS * t
        parts.append(np.column_stack([r * np.cos(angle), r * np.sin(angle)]))
        labels.append(np.full(m, j, dtype=float))
    X, y = np.concatenate(parts), np.concatenate(labels)
    X = X + rng.normal(0.0, noise, X.shape) if noise else X
    return X, y, ("binary" if k == 2 else "multiclass"), k


def _sine(rng, n, noise, classes):
    """1-D regression: x uniform in [−3, 3], y = sin(x) + noise."""
    x = rng.uniform(-3.0, 3.0, n)
    y = np.sin(x)
    y = y + rng.normal(0.0, noise, n) if noise else y
    return x.reshape(-1, 1), y, "regression", 0


PLANE_COEF, PLANE_INTERCEPT = (0.8, -0.5), 0.3


def plane_function(X):
    """The clean target of ``plane``: y = 0.8·x1 − 0.5·x2 + 0.3."""
    X = np.asarray(X, dtype=float)
    return PLANE_COEF[0] * X[:, 0] + PLANE_COEF[1] * X[:, 1] + PLANE_INTERCEPT


BUMPS = ((1.0, (-0.8, -0.6), 0.5), (-0.8, (0.9, 0.5), 0.6), (0.6, (-0.3, 1.1), 0.4))


def bumps_function(X):
    """The clean target of ``bumps``: a sum of three Gaussian bumps (amplitude, centre, width)."""
    X = np.asarray(X, dtype=float)
    y = np.zeros(len(X))
    for a, (c1, c2), w in BUMPS:
        y += a * np.exp(-((X[:, 0] - c1) ** 2 + (X[:, 1] - c2) ** 2) / (2 * w * w))
    return y


def _plane(rng, n, noise, classes):
    """2-D regression: x uniform in [−2, 2]², y = 0.8·x1 − 0.5·x2 + 0.3 + noise."""
    X = rng.uniform(-2.0, 2.0, (n, 2))
    y = plane_function(X)
    y = y + rng.normal(0.0, noise, n) if noise else y
    return X, y, "regression", 0


def _bumps(rng, n, noise, classes):
    """2-D regression: x uniform in [−2, 2]², y = a sum of Gaussian bumps + noise."""
    X = rng.uniform(-2.0, 2.0, (n, 2))
    y = bumps_function(X)
    y = y + rng.normal(0.0, noise, n) if noise else y
    return X, y, "regression", 0


GENERATORS = {
    "moons": _moons,
    "circles": _circles,
    "xor": _xor,
    "blobs": _blobs,
    "spirals": _spirals,
    "sine": _sine,
    "plane": _plane,
    "bumps": _bumps,
}
USES_CLASSES = ("blobs", "spirals")


def names() -> list:
    """Generator names then shipped names (for the GUI's dataset combo)."""
    return list(GENERATORS) + list(SHIPPED)


def _normalise_name(name):
    if not isinstance(name, str):
        raise AnnStudioError(f"dataset name must be text, got {name!r}")
    return name.strip().lower()


def _unknown(name):
    return AnnStudioError(
        f"unknown dataset {name!r}; choose one of {', '.join(names() + list(PRESETS))}")


# --------------------------------------------------------------------------- features
_FEATURE_FUNCS = {
    "x1^2": lambda X: X[:, 0] ** 2,
    "x2^2": lambda X: X[:, 1] ** 2,
    "x1x2": lambda X: X[:, 0] * X[:, 1],
    "sin x1": lambda X: np.sin(X[:, 0]),
    "sin x2": lambda X: np.sin(X[:, 1]),
}


def add_features(X, features):
    """Append derived columns to 2-D inputs: returns ``(X_new, names)``.

    ``names`` is ``["x1", "x2", *features]``. Only for inputs with exactly 2 features.
    """
    features = _check_features(features)
    X = _as_matrix("X", X)
    if X.shape[1] != 2:
        raise AnnStudioError(f"derived features ({', '.join(features) or 'none'}) need "
                             f"exactly 2 input features, got {X.shape[1]}")
    cols = [X] + [_FEATURE_FUNCS[f](X).reshape(-1, 1) for f in features]
    return np.ascontiguousarray(np.concatenate(cols, axis=1)), ["x1", "x2", *features]


# --------------------------------------------------------------------------- make
def make(name, n=500, noise=0.2, seed=0, test_fraction=0.2, classes=2, features=()) -> Dataset:
    """Generate (or load) a dataset by name and split it.

    ``name``: a generator (`GENERATORS`), a shipped dataset (`SHIPPED`; ``n``/``noise``
    ignored) or a preset (`PRESETS`; its own settings are used). ``n`` ≥ 4 points;
    ``noise`` a Gaussian std ≥ 0; ``classes`` 2–6 (used by blobs and spirals, checked but
    ignored by the others); ``test_fraction`` in [0, 0.9]; ``features`` derived inputs
    from `DERIVED_FEATURES` (2-D datasets only).
    """
    key = _normalise_name(name)
    features = _check_features(features)
    if key in PRESETS:
        return make(**{**PRESETS[key], "features": features})
    if key in SHIPPED:
        data = load_shipped(key, test_fraction=test_fraction, seed=seed)
        return _with_features(data, features) if features else data
    if key not in GENERATORS:
        raise _unknown(name)
    classes = _check_classes(classes)
    n = _check_n(n, max(MIN_POINTS, classes if key in USES_CLASSES else 0))
    noise = _check_noise(noise)
    seed = _check_seed(seed)
    test_fraction = _check_test_fraction(test_fraction)
    rng = np.random.default_rng(seed)
    X, y, task, k = GENERATORS[key](rng, n, noise, classes)
    feature_names = ["x1"] if X.shape[1] == 1 else ["x1", "x2"]
    if features:
        if X.shape[1] != 2:
            raise AnnStudioError(f"derived features need 2 input features, but {key!r} has "
                                 f"{X.shape[1]}; remove {', '.join(features)}")
        X, feature_names = add_features(X, features)
    X_tr, y_tr, X_te, y_te = split(rng, X, y, test_fraction)
    spec = DatasetSpec(name=key, n=n, noise=noise, seed=seed, test_fraction=test_fraction,
                       classes=classes, features=list(features))
    return Dataset(X_tr, y_tr, X_te, y_te, task, k, feature_names, key, spec,
                   [str(j) for j in range(k)] if k else None)


def with_features(data, features):
    """``data`` with the derived inputs ``features`` computed from its two inputs x1, x2:
    generated, CSV or drawn points alike (derived inputs it already had are replaced;
    ``()`` removes them). Data with more than two inputs of its own raises one sentence."""
    features = _check_features(features)
    extra = data.feature_names[2:]
    if data.n_features > 2 and data.feature_names[:2] == ["x1", "x2"] and \
            all(f in DERIVED_FEATURES for f in extra):
        data = copy.copy(data)           # drop the old derived columns, keep x1, x2
        data.X_train, data.X_test = data.X_train[:, :2], data.X_test[:, :2]
        data.feature_names = ["x1", "x2"]
    if data.n_features != 2:
        raise AnnStudioError(
            f"derived features ({', '.join(features) or 'none'}) are computed from two inputs "
            f"x1, x2, but {data.name!r} has {data.n_features} "
            f"({', '.join(map(str, data.feature_names[:6]))}"
            f"{', …' if data.n_features > 6 else ''}); leave them out for this data")
    return _with_features(data, features)


def _with_features(data, features):
    X_tr, names_ = add_features(data.X_train, features)
    X_te, _ = add_features(data.X_test, features) if data.n_test else (
        np.zeros((0, len(names_))), None)
    out = copy.copy(data)
    out.X_train, out.X_test, out.feature_names = X_tr, X_te, names_
    if out.spec is not None:
        out.spec = copy.deepcopy(out.spec)
        out.spec.features = list(features)
    return out


def from_spec(spec: DatasetSpec) -> Dataset:
    """Rebuild the dataset a `DatasetSpec` describes (generator, shipped or preset).

    CSV specs (``name == "csv"``) are the io layer's: use ``annstudio.io.csvdata.from_spec``
    (which handles every spec) or ``annstudio.io.csvdata.load_csv``.
    """
    if not isinstance(spec, DatasetSpec):
        raise AnnStudioError(f"expected a DatasetSpec, got {type(spec).__name__}")
    key = _normalise_name(spec.name)
    if key == "csv":
        raise AnnStudioError(
            "a CSV dataset is read by the io layer: use annstudio.io.csvdata.from_spec(spec) "
            f"or annstudio.io.csvdata.load_csv({spec.path!r})")
    if key == "points":
        raise AnnStudioError("a 'points' dataset (drawn or imported points) cannot be rebuilt "
                             "from its spec; keep the Dataset itself (or use from_arrays)")
    if key in SHIPPED:
        data = load_shipped(key, test_fraction=spec.test_fraction, seed=spec.seed)
        features = _check_features(spec.features)
        data = _with_features(data, features) if features else data
    elif key in GENERATORS or key in PRESETS:
        data = make(key, **spec.make_kwargs())
    else:
        raise _unknown(spec.name)
    data.spec = copy.deepcopy(spec)
    return data


# --------------------------------------------------------------------------- from_arrays
def from_arrays(X, y, task=None, test_fraction=0.0, seed=0, name="points",
                feature_names=None, class_names=None) -> Dataset:
    """A `Dataset` from user arrays, validated, split by a seeded permutation.

    ``task`` None infers it: integer (or boolean) labels → classification (0/1 or ±1 →
    binary, 0..k−1 → multiclass); float labels that are whole numbers forming 0/1, ±1 or
    0..k−1 (k ≤ 100) → classification too; any other float labels → regression.
    ±1 binary labels are mapped to 0/1. A 1-D ``X`` is one feature.
    """
    if task is not None and task not in TASKS:
        raise AnnStudioError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    raw_y = np.asarray(y) if not isinstance(y, (str, bytes)) else y
    X = _as_matrix("X", X)
    y = _flat_numeric("y", raw_y)
    if len(X) == 0:
        raise AnnStudioError("no data points (X is empty)")
    if len(y) != len(X):
        raise AnnStudioError(f"X has {len(X)} points but y has {len(y)} labels")
    test_fraction = _check_test_fraction(test_fraction)
    seed = _check_seed(seed)
    integral = bool(np.all(y == np.round(y)))
    int_dtype = isinstance(raw_y, np.ndarray) and raw_y.dtype.kind in "biu"
    if task is None:
        values = set(np.unique(y).tolist())
        if integral and (values <= {0.0, 1.0} or values <= {-1.0, 1.0}):
            task = "binary"
        elif integral and (int_dtype or (min(values) >= 0 and max(values) < MAX_LABEL_CLASSES)):
            task = "multiclass"
        elif int_dtype:
            task = "multiclass"  # integer labels that do not fit: the checks below say why
        else:
            task = "regression"
    label_names = None
    if task == "binary":
        minus = bool(np.any(y == -1.0))
        y = _binary_labels("y", y)
        k = 2
        label_names = ["-1", "1"] if minus else None
    elif task == "multiclass":
        if not integral:
            bad = y[y != np.round(y)][0]
            raise AnnStudioError(f"multiclass labels must be whole numbers 0..k-1, got {bad:g}")
        if y.min() < 0:
            raise AnnStudioError(f"class labels must be 0..k-1 (or ±1 for binary), "
                                 f"got {y.min():g}")
        k = int(y.max()) + 1
        if k > MAX_LABEL_CLASSES:
            raise AnnStudioError(f"class labels must be 0..k-1 with at most "
                                 f"{MAX_LABEL_CLASSES} classes, got the label {y.max():g} "
                                 "(pass task='regression' for numeric targets)")
        k = max(k, 2)
    else:
        k = 0
    d = X.shape[1]
    if feature_names is None:
        feature_names = [f"x{i + 1}" for i in range(d)]
    else:
        feature_names = [str(f) for f in feature_names]
        if len(feature_names) != d:
            raise AnnStudioError(f"{len(feature_names)} feature names for {d} feature columns")
    if class_names is None:
        class_names = label_names if label_names else (
            [str(j) for j in range(k)] if k else None)
    rng = np.random.default_rng(seed)
    X_tr, y_tr, X_te, y_te = split(rng, X, y, test_fraction)
    return Dataset(X_tr, y_tr, X_te, y_te, task, k, feature_names, str(name), None,
                   class_names)


# --------------------------------------------------------------------------- shipped
IRIS_FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)",
                 "petal width (cm)"]


def _data_file(filename):
    path = DATA_DIR / filename
    if not path.is_file():
        raise AnnStudioError(f"the shipped data file {path} is missing; reinstall ANN Studio")
    return path


BREAST_CANCER_FEATURES = [
    f"{stat} {what}" if stat != "error" else f"{what} error"
    for stat in ("mean", "error", "worst")
    for what in ("radius", "texture", "perimeter", "area", "smoothness", "compactness",
                 "concavity", "concave points", "symmetry", "fractal dimension")]


@lru_cache(maxsize=None)
def _read_headed(filename, d):
    """scikit-learn's layout: a first line ``n,d,class names…``, then d values and the
    class index per line (iris.csv, breast_cancer.csv)."""
    with open(_data_file(filename), newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], [r for r in rows[1:] if r]
    class_names = header[2:]
    X = np.array([[float(v) for v in r[:d]] for r in body])
    y = np.array([int(r[d]) for r in body])
    return X, y, class_names


def _read_iris():
    return _read_headed("iris.csv", 4)


@lru_cache(maxsize=None)
def _read_digits():
    with gzip.open(_data_file("digits.csv.gz"), "rt", encoding="utf-8", newline="") as fh:
        data = np.array([[float(v) for v in r] for r in csv.reader(fh) if r])
    return data[:, :-1], data[:, -1].astype(np.int64)


def load_shipped(name, test_fraction=0.2, seed=0) -> Dataset:
    """Iris (150×4, 3 classes), the 8×8 digits (1797×64 pixel values 0–16, 10 classes) or
    the Wisconsin breast cancer diagnoses (569×30 cell-nucleus measurements, malignant or
    benign: binary)."""
    key = _normalise_name(name)
    if key not in SHIPPED:
        raise AnnStudioError(f"unknown shipped dataset {name!r}; choose one of "
                             f"{', '.join(SHIPPED)}")
    test_fraction = _check_test_fraction(test_fraction)
    seed = _check_seed(seed)
    if key == "iris":
        X, y, class_names = _read_iris()
        feature_names = list(IRIS_FEATURES)
    elif key == "breast_cancer":
        X, y, class_names = _read_headed("breast_cancer.csv", 30)
        feature_names = list(BREAST_CANCER_FEATURES)
    else:
        X, y = _read_digits()
        class_names = [str(j) for j in range(10)]
        feature_names = [f"pixel_{r}_{c}" for r in range(8) for c in range(8)]
    rng = np.random.default_rng(seed)
    X_tr, y_tr, X_te, y_te = split(rng, X.copy(), y.copy(), test_fraction)
    spec = DatasetSpec(name=key, n=len(X), noise=0.0, seed=seed, test_fraction=test_fraction)
    task = "binary" if len(class_names) == 2 else "multiclass"
    return Dataset(X_tr, y_tr, X_te, y_te, task, len(class_names), feature_names,
                   key, spec, list(class_names))


__all__ = [
    "Dataset", "GENERATORS", "SHIPPED", "PRESETS", "DERIVED_FEATURES", "names", "make",
    "from_spec", "from_arrays", "add_features", "load_shipped", "plane_function",
    "bumps_function",
]
