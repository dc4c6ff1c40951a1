"""Datasets: generators, splits, derived features, validation, shipped data."""
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annstudio.core import datasets as D
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec, Experiment

CLASSIFIERS = ("moons", "circles", "xor", "blobs", "spirals")
REGRESSORS = ("sine", "plane", "bumps")


def _same(a, b):
    return all(np.array_equal(getattr(a, f), getattr(b, f))
               for f in ("X_train", "y_train", "X_test", "y_test"))


# --------------------------------------------------------------------------- the API
def test_names_lists_generators_then_shipped():
    assert D.names() == list(D.GENERATORS) + list(D.SHIPPED)
    assert set(CLASSIFIERS + REGRESSORS) == set(D.GENERATORS)
    assert D.SHIPPED == ("iris", "digits", "breast_cancer")


@pytest.mark.parametrize("name", CLASSIFIERS + REGRESSORS)
def test_every_generator_shapes_dtypes_and_task(name):
    d = D.make(name, n=203, noise=0.1, seed=3, test_fraction=0.25)
    assert d.n_train + d.n_test == 203
    assert d.n_test == round(0.25 * 203)
    assert d.X_train.dtype == np.float64 and d.X_test.dtype == np.float64
    assert d.X_train.ndim == 2 and d.X_train.shape[1] == d.n_features == len(d.feature_names)
    assert d.y_train.shape == (d.n_train,) and d.y_test.shape == (d.n_test,)
    assert d.name == name
    if name in REGRESSORS:
        assert d.task == "regression" and d.n_classes == 0 and d.n_outputs == 1
        assert d.y_train.dtype == np.float64
        assert (d.loss, d.output_activation) == ("mse", "identity")
        assert d.n_features == (1 if name == "sine" else 2)
    else:
        assert d.task == "binary" and d.n_classes == 2 and d.n_outputs == 1
        assert d.y_train.dtype == np.int64
        assert set(np.unique(d.y)) == {0, 1}
        assert (d.loss, d.output_activation) == ("bce", "sigmoid")
        assert d.feature_names == ["x1", "x2"]


@pytest.mark.parametrize("name", ["blobs", "spirals"])
@pytest.mark.parametrize("k", [2, 3, 4, 5, 6])
def test_blobs_and_spirals_have_k_balanced_classes(name, k):
    n = 301
    d = D.make(name, n=n, classes=k, seed=1)
    counts = np.bincount(d.y, minlength=k)
    assert len(counts) == k
    assert counts.max() - counts.min() <= 1 and counts.sum() == n
    assert d.n_classes == k
    assert d.task == ("binary" if k == 2 else "multiclass")
    assert d.n_outputs == (1 if k == 2 else k)
    if k > 2:
        assert (d.loss, d.output_activation) == ("ce", "softmax")


@pytest.mark.parametrize("name", ["moons", "circles", "xor"])
@pytest.mark.parametrize("n", [4, 5, 500, 1001])
def test_two_class_generators_are_balanced(name, n):
    counts = np.bincount(D.make(name, n=n, seed=2).y, minlength=2)
    assert abs(int(counts[0]) - int(counts[1])) <= 1 and counts.sum() == n


@pytest.mark.parametrize("name", CLASSIFIERS + REGRESSORS)
def test_same_seed_same_arrays_other_seed_other_arrays(name):
    a = D.make(name, n=120, noise=0.2, seed=7)
    b = D.make(name, n=120, noise=0.2, seed=7)
    c = D.make(name, n=120, noise=0.2, seed=8)
    assert _same(a, b)
    assert not np.array_equal(a.X, c.X)


def test_lecture_moons_range_matches_the_lecture():
    d = D.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
    X = d.X
    # LECTURE.md: features roughly in [−1.2, 2.3] × [−0.8, 1.3]
    lo, hi = np.percentile(X, 1, axis=0), np.percentile(X, 99, axis=0)
    assert -1.6 < lo[0] < -0.8 and 1.8 < hi[0] < 2.7
    assert -1.2 < lo[1] < -0.4 and 0.9 < hi[1] < 1.7
    assert (d.n_train, d.n_test) == (400, 100)


def test_moons_without_noise_are_the_two_half_circles():
    d = D.make("moons", n=100, noise=0, seed=0, test_fraction=0)
    X, y = d.X, d.y
    outer, inner = X[y == 0], X[y == 1]
    np.testing.assert_allclose(np.hypot(outer[:, 0], outer[:, 1]), 1.0)
    np.testing.assert_allclose(np.hypot(inner[:, 0] - 1.0, inner[:, 1] - 0.5), 1.0)
    assert (outer[:, 1] >= -1e-12).all() and (inner[:, 1] <= 0.5 + 1e-12).all()


def test_circles_without_noise_have_radius_1_and_half():
    d = D.make("circles", n=60, noise=0, test_fraction=0)
    r = np.hypot(d.X[:, 0], d.X[:, 1])
    np.testing.assert_allclose(r[d.y == 0], 1.0)
    np.testing.assert_allclose(r[d.y == 1], 0.5)


def test_xor_without_noise_is_labelled_by_the_sign_of_the_product():
    d = D.make("xor", n=400, noise=0, test_fraction=0)
    np.testing.assert_array_equal(d.y, (d.X[:, 0] * d.X[:, 1] > 0).astype(int))
    assert (np.abs(d.X) <= 1).all()
    quadrant = (d.X[:, 0] > 0) * 2 + (d.X[:, 1] > 0)
    assert (np.bincount(quadrant, minlength=4) == 100).all()


def test_regression_targets_without_noise_follow_their_formula():
    s = D.make("sine", n=300, noise=0, test_fraction=0)
    np.testing.assert_allclose(s.y, np.sin(s.X[:, 0]))
    assert s.X.min() >= -3 and s.X.max() <= 3
    p = D.make("plane", n=300, noise=0, test_fraction=0)
    A = np.column_stack([p.X, np.ones(len(p.X))])
    coef, *_ = np.linalg.lstsq(A, p.y, rcond=None)
    np.testing.assert_allclose(A @ coef, p.y, atol=1e-10)   # exactly a plane
    np.testing.assert_allclose(p.y, D.plane_function(p.X))
    b = D.make("bumps", n=300, noise=0, test_fraction=0)
    np.testing.assert_allclose(b.y, D.bumps_function(b.X))
    A = np.column_stack([b.X, np.ones(len(b.X))])
    coef, *_ = np.linalg.lstsq(A, b.y, rcond=None)
    assert np.abs(A @ coef - b.y).max() > 0.1                # not a plane


def test_noise_is_a_gaussian_std_on_the_targets():
    clean = D.make("sine", n=4000, noise=0, seed=4, test_fraction=0)
    noisy = D.make("sine", n=4000, noise=0.3, seed=4, test_fraction=0)
    resid = noisy.y - np.sin(noisy.X[:, 0])
    assert 0.27 < resid.std() < 0.33
    assert np.abs(clean.y - np.sin(clean.X[:, 0])).max() < 1e-12


def test_more_noise_spreads_the_moons_more():
    spread = [np.abs(D.make("moons", n=2000, noise=s, seed=0).X).max() for s in (0, 0.1, 0.5)]
    assert spread[0] < spread[1] < spread[2]


# --------------------------------------------------------------------------- split
@pytest.mark.parametrize("f", [0.0, 0.1, 0.2, 0.5, 0.9])
def test_split_fraction(f):
    d = D.make("circles", n=250, test_fraction=f)
    assert d.n_test == round(f * 250)
    assert d.n_train == 250 - d.n_test


def test_split_keeps_at_least_one_training_point():
    d = D.make("moons", n=4, test_fraction=0.9)
    assert d.n_train >= 1 and len(d) == 4
    tiny = D.from_arrays([[0.0], [1.0]], [0, 1], test_fraction=0.9)
    assert tiny.n_train == 1 and tiny.n_test == 1


def test_split_is_a_permutation_of_the_same_points():
    # the generator draws come first, then the split: other fractions, same set of points
    a = D.make("xor", n=300, seed=5, test_fraction=0)
    b = D.make("xor", n=300, seed=5, test_fraction=0.3)

    def rows(d):
        Z = np.column_stack([d.X, d.y])
        return Z[np.lexsort(Z.T[::-1])]

    np.testing.assert_array_equal(rows(a), rows(b))
    assert b.is_train.sum() == b.n_train == 210 and (~b.is_train).sum() == b.n_test
    np.testing.assert_array_equal(b.X[b.is_train], b.X_train)
    assert not np.array_equal(a.X_train[:210], b.X_train)   # shuffled, not cut


def test_X_and_y_are_train_then_test():
    d = D.make("blobs", n=50, classes=3, test_fraction=0.2)
    np.testing.assert_array_equal(d.X, np.vstack([d.X_train, d.X_test]))
    np.testing.assert_array_equal(d.y, np.concatenate([d.y_train, d.y_test]))
    assert len(d) == 50


# --------------------------------------------------------------------------- features
def test_derived_features_equal_their_formulas():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2))
    Xn, names = D.add_features(X, list(D.DERIVED_FEATURES))
    assert names == ["x1", "x2", *D.DERIVED_FEATURES]
    x1, x2 = X[:, 0], X[:, 1]
    expected = np.column_stack([x1, x2, x1 ** 2, x2 ** 2, x1 * x2, np.sin(x1), np.sin(x2)])
    np.testing.assert_allclose(Xn, expected)


def test_make_with_features_appends_columns_in_the_given_order():
    plain = D.make("moons", n=80, seed=1)
    feat = D.make("moons", n=80, seed=1, features=["x1x2", "x1^2"])
    assert feat.feature_names == ["x1", "x2", "x1x2", "x1^2"]
    np.testing.assert_array_equal(feat.X[:, :2], plain.X)
    np.testing.assert_allclose(feat.X[:, 2], plain.X[:, 0] * plain.X[:, 1])
    np.testing.assert_allclose(feat.X[:, 3], plain.X[:, 0] ** 2)
    assert feat.spec.features == ["x1x2", "x1^2"]


def test_features_need_two_inputs():
    with pytest.raises(AnnStudioError, match="2 input features.*got 1"):
        D.add_features(np.zeros((3, 1)), ["x1^2"])
    with pytest.raises(AnnStudioError, match="'sine'"):
        D.make("sine", features=["sin x1"])
    with pytest.raises(AnnStudioError, match="got 4"):
        D.make("iris", features=["x1^2"])


@pytest.mark.parametrize("bad, pattern", [
    (["x3"], "unknown derived feature 'x3'"),
    (["x1^2", "x1^2"], "'x1\\^2' is listed twice"),
    ([3], "unknown derived feature 3"),
])
def test_bad_feature_names(bad, pattern):
    with pytest.raises(AnnStudioError, match=pattern):
        D.make("moons", features=bad)
    with pytest.raises(AnnStudioError, match=pattern):
        D.add_features(np.zeros((2, 2)), bad)


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("kwargs, pattern", [
    (dict(name="moon"), "unknown dataset 'moon'.*moons.*digits"),
    (dict(name="moons", n=3), "at least 4, got 3"),
    (dict(name="moons", n=0), "at least 4, got 0"),
    (dict(name="moons", n=-5), "at least 4, got -5"),
    (dict(name="moons", n=10.5), "whole number, got 10.5"),
    (dict(name="moons", n="many"), "whole number, got 'many'"),
    (dict(name="moons", n=True), "whole number, got True"),
    (dict(name="moons", n=10 ** 9), "at most .*1000000000"),
    (dict(name="blobs", n=5, classes=6), "at least 6, got 5"),
    (dict(name="moons", noise=-0.1), "noise must be >= 0, got -0.1"),
    (dict(name="moons", noise=float("nan")), "noise must be a finite number, got nan"),
    (dict(name="moons", noise=float("inf")), "noise must be a finite number, got inf"),
    (dict(name="moons", noise="loud"), "noise must be a number, got 'loud'"),
    (dict(name="blobs", classes=1), "classes must be at least 2, got 1"),
    (dict(name="spirals", classes=7), "classes must be at most 6, got 7"),
    (dict(name="blobs", classes=2.5), "classes must be a whole number, got 2.5"),
    (dict(name="moons", test_fraction=0.95), "test fraction must be <= 0.9, got 0.95"),
    (dict(name="moons", test_fraction=-0.1), "test fraction must be >= 0, got -0.1"),
    (dict(name="moons", test_fraction=float("nan")), "test fraction must be a finite"),
    (dict(name="moons", seed=-1), "seed must be at least 0, got -1"),
    (dict(name="moons", seed=1.5), "seed must be a whole number, got 1.5"),
    (dict(name=None), "dataset name must be text, got None"),
])
def test_make_rejects_bad_arguments_naming_the_value(kwargs, pattern):
    with pytest.raises(AnnStudioError, match=pattern):
        D.make(**kwargs)


def test_names_are_case_insensitive_and_presets_work():
    assert _same(D.make("Moons ", n=50), D.make("moons", n=50))
    lec = D.make("lecture_moons")
    ref = D.make(**D.PRESETS["lecture_moons"])
    assert _same(lec, ref)
    # the lecture trains on all 500 points; its printed points fit noise 0.1 (issue 14)
    assert (lec.n_train, lec.n_test, lec.name) == (500, 0, "moons")
    assert D.PRESETS["lecture_moons"] == dict(name="moons", n=500, noise=0.1, seed=0,
                                              test_fraction=0.0)


# --------------------------------------------------------------------------- from_spec
@pytest.mark.parametrize("name", list(D.GENERATORS))
def test_from_spec_rebuilds_make(name):
    spec = DatasetSpec(name=name, n=77, noise=0.15, seed=9, test_fraction=0.3, classes=3,
                       features=["x1^2"] if name != "sine" else [])
    d = D.from_spec(spec)
    ref = D.make(name, n=77, noise=0.15, seed=9, test_fraction=0.3,
                 classes=3 if name in ("blobs", "spirals") else 2, features=spec.features)
    assert _same(d, ref)
    assert d.spec == spec and d.spec is not spec
    assert _same(D.from_spec(d.spec), d)


def test_from_spec_shipped_preset_and_experiment():
    d = D.from_spec(DatasetSpec(name="iris", seed=2, test_fraction=0.4))
    assert _same(d, D.load_shipped("iris", test_fraction=0.4, seed=2))
    assert _same(D.from_spec(DatasetSpec(name="lecture_moons")), D.make("lecture_moons"))
    data = Experiment().build_data()
    assert _same(data, D.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2))


def test_from_spec_refuses_csv_and_points_and_unknown_names():
    with pytest.raises(AnnStudioError, match="annstudio.io.csvdata"):
        D.from_spec(DatasetSpec(name="csv", path="x.csv"))
    with pytest.raises(AnnStudioError, match="'points'"):
        D.from_spec(DatasetSpec(name="points"))
    with pytest.raises(AnnStudioError, match="unknown dataset 'nope'"):
        D.from_spec(DatasetSpec(name="nope"))
    with pytest.raises(AnnStudioError, match="DatasetSpec"):
        D.from_spec({"name": "moons"})


# --------------------------------------------------------------------------- from_arrays
def test_from_arrays_infers_the_task():
    X = np.arange(12.0).reshape(6, 2)
    assert D.from_arrays(X, [0, 1, 0, 1, 1, 0]).task == "binary"
    assert D.from_arrays(X, np.array([0, 1, 2, 2, 1, 0])).task == "multiclass"
    assert D.from_arrays(X, [0.0, 1.0, 2.0, 0.0, 1.0, 3.0]).n_classes == 4
    reg = D.from_arrays(X, [0.5, 1.2, -3.0, 2.0, 0.0, 1.0])
    assert reg.task == "regression" and reg.y.dtype == np.float64
    assert D.from_arrays(X, [True, False] * 3).task == "binary"


def test_from_arrays_maps_plus_minus_one_to_zero_one():
    X = np.arange(8.0).reshape(4, 2)
    d = D.from_arrays(X, [-1, 1, 1, -1])
    order = np.argsort(d.X[:, 0])
    np.testing.assert_array_equal(d.y[order], [0, 1, 1, 0])
    assert d.class_names == ["-1", "1"] and d.y.dtype == np.int64
    assert D.from_arrays(X, [-1.0, 1.0, 1.0, -1.0], task="binary").y.tolist().count(1) == 2


def test_from_arrays_keeps_points_and_splits():
    X = np.arange(40.0).reshape(20, 2)
    y = np.arange(20) % 2
    d = D.from_arrays(X, y, test_fraction=0.25, seed=3, name="mine", feature_names=["a", "b"])
    assert (d.n_train, d.n_test, d.name, d.feature_names) == (15, 5, "mine", ["a", "b"])
    # each point keeps its own label
    np.testing.assert_array_equal(d.y, (d.X[:, 0] / 2).astype(int) % 2)
    assert d.spec is None
    one_col = D.from_arrays(np.arange(5.0), np.arange(5.0) * 0.5)
    assert one_col.n_features == 1 and one_col.task == "regression"
    col_y = D.from_arrays(X, y.reshape(-1, 1))
    assert col_y.y.shape == (20,)


@pytest.mark.parametrize("X, y, kw, pattern", [
    ([[1, 2], [3, np.nan]], [0, 1], {}, "X contains NaN \\(row 2, column 2\\)"),
    ([[1, 2], [np.inf, 4]], [0, 1], {}, "X contains an infinite value \\(row 2, column 1\\)"),
    ([[1, "a"], [3, 4]], [0, 1], {}, "not a number: 'a' \\(row 1, column 2\\)"),
    ([[1, 2], [3, 4, 5]], [0, 1], {}, "X is not a rectangular table"),
    ([[1, 2], [3, 4]], [0, 1, 1], {}, "X has 2 points but y has 3 labels"),
    ([[1, 2], [3, 4]], [0, np.nan], {}, "y contains NaN \\(row 2\\)"),
    ([[1, 2], [3, 4]], [0, "cat"], {}, "y contains a value that is not a number: 'cat'"),
    ([[1, 2], [3, 4]], np.array([0, -2]), {}, "got -2"),
    ([[1, 2], [3, 4]], [0, 2], dict(task="binary"), "binary labels must be 0/1 or ±1, got 2"),
    ([[1, 2], [3, 4]], [0, 0.5], dict(task="multiclass"), "whole numbers.*got 0.5"),
    ([[1, 2], [3, 4]], np.array([0, 500]), {}, "at most 100 classes.*500"),
    ([[1, 2], [3, 4]], [0, 1], dict(task="ranking"), "unknown task 'ranking'"),
    ([[1, 2], [3, 4]], [0, 1], dict(test_fraction=1.0), "test fraction must be <= 0.9"),
    ([[1, 2], [3, 4]], [0, 1], dict(feature_names=["a"]), "1 feature names for 2"),
    (np.zeros((0, 2)), [], {}, "no data points"),
    (np.zeros((2, 2, 2)), [0, 1], {}, "shape \\(2, 2, 2\\)"),
    ("abc", [0], {}, "X must be numbers, got the text 'abc'"),
    ([[1, 2], [3, 4]], [[0, 1], [1, 0]], {}, "y must be one value per point"),
    ([[1 + 2j, 2], [3, 4]], [0, 1], {}, "complex"),
])
def test_from_arrays_rejects_bad_input(X, y, kw, pattern):
    with pytest.raises(AnnStudioError, match=pattern):
        D.from_arrays(X, y, **kw)


def test_numeric_text_in_arrays_is_accepted():
    d = D.from_arrays([["1.5", "2"], ["3", "4"]], ["0", "1"])
    assert d.X.dtype == np.float64 and sorted(d.X[:, 0].tolist()) == [1.5, 3.0]


# --------------------------------------------------------------------------- with_points
def test_with_points_makes_a_validated_copy():
    d = D.make("moons", n=40)
    pts = d.with_points([[0.0, 0.0], [1.0, 1.0], [2.0, 0.5]], [0, 1, 1])
    assert (pts.n_train, pts.n_test, pts.task, pts.n_classes) == (3, 0, "binary", 2)
    assert pts.spec is None and pts.X_test.shape == (0, 2)
    assert d.n_train == 32  # unchanged
    pm = d.with_points([[0, 0], [1, 1]], [-1, 1], X_test=[[2, 2]], y_test=[1])
    assert pm.y_train.tolist() == [0, 1] and pm.y_test.tolist() == [1]
    with pytest.raises(AnnStudioError, match="3 columns"):
        d.with_points([[0, 0, 0]], [0])
    with pytest.raises(AnnStudioError, match="0/1 or ±1, got 2"):
        d.with_points([[0, 0]], [2])
    with pytest.raises(AnnStudioError, match="1 values for 2 points"):
        d.with_points([[0, 0], [1, 1]], [1])
    with pytest.raises(AnnStudioError, match="at least 1 training point"):
        d.with_points(np.zeros((0, 2)), [])
    with pytest.raises(AnnStudioError, match="NaN"):
        d.with_points([[0, np.nan]], [1])
    with pytest.raises(AnnStudioError, match="no test labels"):
        d.with_points([[0, 0]], [1], X_test=[[1, 1]])


def test_with_points_computes_derived_features_and_checks_classes():
    d = D.make("moons", n=40, features=["x1^2", "x1x2"])
    pts = d.with_points([[2.0, 3.0]], [1])
    np.testing.assert_allclose(pts.X_train, [[2.0, 3.0, 4.0, 6.0]])
    multi = D.make("blobs", n=30, classes=3)
    with pytest.raises(AnnStudioError, match="0..2, got 3"):
        multi.with_points([[0, 0]], [3])
    reg = D.make("plane", n=30)
    assert reg.with_points([[0, 0]], [0.25]).y_train.tolist() == [0.25]


def test_dataset_constructor_checks_consistency():
    X = np.zeros((3, 2))
    with pytest.raises(AnnStudioError, match="unknown task 'other'"):
        D.Dataset(X, [0, 1, 0], X, [0, 1, 0], "other", 2, ["a", "b"], "t")
    with pytest.raises(AnnStudioError, match="3 feature names for 2 features"):
        D.Dataset(X, [0, 1, 0], X, [0, 1, 0], "binary", 2, ["a", "b", "c"], "t")
    with pytest.raises(AnnStudioError, match="binary dataset has 2 classes, got n_classes=3"):
        D.Dataset(X, [0, 1, 0], X, [0, 1, 0], "binary", 3, ["a", "b"], "t")
    with pytest.raises(AnnStudioError, match="X_test has 3 columns, expected 2"):
        D.Dataset(X, [0, 1, 0], np.zeros((1, 3)), [0], "binary", 2, ["a", "b"], "t")
    with pytest.raises(AnnStudioError, match="1 class names for 2 classes"):
        D.Dataset(X, [0, 1, 0], X, [0, 1, 0], "binary", 2, ["a", "b"], "t", class_names=["x"])


# --------------------------------------------------------------------------- shipped
def test_iris():
    d = D.load_shipped("iris", test_fraction=0.2, seed=0)
    assert (len(d), d.n_features, d.n_classes, d.task) == (150, 4, 3, "multiclass")
    assert (d.n_train, d.n_test) == (120, 30)
    assert np.bincount(d.y).tolist() == [50, 50, 50]
    assert d.class_names == ["setosa", "versicolor", "virginica"]
    assert d.feature_names[0] == "sepal length (cm)" and len(d.feature_names) == 4
    assert 4.0 < d.X[:, 0].min() < d.X[:, 0].max() < 8.0
    assert d.n_outputs == 3 and d.loss == "ce"
    assert _same(d, D.make("iris", test_fraction=0.2, seed=0))
    assert not np.array_equal(d.y_train, D.load_shipped("iris", seed=1).y_train)


def test_digits():
    d = D.load_shipped("digits", test_fraction=0.0)
    assert d.X.shape == (1797, 64) and d.n_classes == 10 and d.n_test == 0
    counts = np.bincount(d.y, minlength=10)
    assert counts.sum() == 1797 and counts.min() >= 170 and counts.max() <= 185
    assert d.X.min() == 0 and d.X.max() == 16
    assert np.array_equal(d.X, np.round(d.X))
    assert d.feature_names[9] == "pixel_1_1" and d.class_names == [str(i) for i in range(10)]


def test_shipped_data_are_not_shared_between_calls():
    a = D.load_shipped("iris", test_fraction=0)
    a.X_train[:] = -1
    assert D.load_shipped("iris", test_fraction=0).X_train.min() > 0


def test_shipped_bad_arguments():
    with pytest.raises(AnnStudioError, match="unknown shipped dataset 'mnist'.*iris, digits"):
        D.load_shipped("mnist")
    with pytest.raises(AnnStudioError, match="test fraction must be <= 0.9, got 2"):
        D.load_shipped("iris", test_fraction=2)


def test_shipped_files_and_licence():
    folder = Path(D.__file__).resolve().parent.parent / "assets" / "datasets"
    assert (folder / "iris.csv").stat().st_size < 10_000
    assert (folder / "digits.csv.gz").stat().st_size < 100_000
    text = (folder / "LICENSES.md").read_text(encoding="utf-8")
    assert "iris.csv" in text and "digits.csv.gz" in text
    assert len(re.findall(r"CC BY 4\.0", text)) >= 2


def test_core_module_imports_nothing_from_gui_io_or_torch():
    src = Path(D.__file__).read_text(encoding="utf-8")
    imports = [ln for ln in src.splitlines() if re.match(r"\s*(import|from)\s", ln)]
    for ln in imports:
        assert not re.search(r"torch|PySide|Qt|pyqtgraph|sklearn|annstudio\.(io|gui|engines)",
                             ln), ln


# --------------------------------------------------------------------------- properties
@settings(deadline=None, max_examples=60)
@given(name=st.sampled_from(list(D.GENERATORS)), n=st.integers(6, 400),
       noise=st.floats(0, 1), seed=st.integers(0, 2 ** 32),
       f=st.floats(0, 0.9), k=st.integers(2, 6))
def test_property_sizes_labels_and_determinism(name, n, noise, seed, f, k):
    d = D.make(name, n=n, noise=noise, seed=seed, test_fraction=f, classes=k)
    assert len(d) == n and d.n_train >= 1
    assert d.n_test == min(round(f * n), n - 1)
    assert np.isfinite(d.X).all() and np.isfinite(d.y).all()
    if d.task != "regression":
        assert d.y.min() >= 0 and d.y.max() < d.n_classes
        counts = np.bincount(d.y, minlength=d.n_classes)
        assert counts.max() - counts.min() <= 1
    assert _same(d, D.make(name, n=n, noise=noise, seed=seed, test_fraction=f, classes=k))


@settings(deadline=None, max_examples=40)
@given(n=st.integers(1, 60), d=st.integers(1, 5), k=st.integers(2, 7),
       f=st.floats(0, 0.9), seed=st.integers(0, 1000))
def test_property_from_arrays_keeps_every_point_with_its_label(n, d, k, f, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    X[:, 0] = np.arange(n)              # a unique id per point
    y = rng.integers(0, k, n)
    data = D.from_arrays(X, y, test_fraction=f, seed=seed)
    assert len(data) == n and data.n_train >= 1
    order = np.argsort(data.X[:, 0])
    np.testing.assert_array_equal(data.X[order], X)
    np.testing.assert_array_equal(data.y[order], y)
