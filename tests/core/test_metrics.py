"""core.metrics against hand counts and against scikit-learn's metrics (an oracle)."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annstudio.core import metrics as M
from annstudio.core.errors import AnnStudioError


def test_confusion_precision_recall_accuracy_by_hand():
    y = [0, 0, 0, 1, 1, 2, 2, 2, 2]
    p = [0, 1, 0, 1, 1, 2, 0, 2, 1]
    C = M.confusion_matrix(y, p, 3)
    # rows = true class, columns = predicted, counted on paper
    assert C.tolist() == [[2, 1, 0], [0, 2, 0], [1, 1, 2]]
    assert M.accuracy(C) == pytest.approx(6 / 9)
    np.testing.assert_allclose(M.precision(C), [2 / 3, 2 / 4, 2 / 2])
    np.testing.assert_allclose(M.recall(C), [2 / 3, 2 / 2, 2 / 4])
    np.testing.assert_allclose(M.row_normalised(C), [[2 / 3, 1 / 3, 0], [0, 1, 0],
                                                     [.25, .25, .5]])


def test_zero_divisions_are_nan_not_zero():
    C = M.confusion_matrix([0, 0, 1], [0, 0, 0], 3)     # class 2 absent, nothing predicted 1/2
    assert math.isnan(M.precision(C)[1]) and math.isnan(M.recall(C)[2])
    assert M.row_normalised(C)[2].tolist() == [0, 0, 0]
    assert math.isnan(M.accuracy(np.zeros((2, 2), int)))
    with pytest.raises(AnnStudioError, match="0..1"):
        M.confusion_matrix([0, 2], [0, 1], 2)


def test_r2_and_mae_by_hand():
    t = np.array([1.0, 2.0, 3.0, 4.0])
    y = np.array([1.5, 2.0, 2.0, 4.5])
    # SS_res = .25 + 0 + 1 + .25 = 1.5; SS_tot = 2.25 + .25 + .25 + 2.25 = 5
    assert M.r2(t, y) == pytest.approx(1 - 1.5 / 5)
    assert M.mae(t, y) == pytest.approx((0.5 + 0 + 1 + 0.5) / 4)
    assert math.isnan(M.r2([2.0, 2.0], [1.0, 3.0]))


@settings(deadline=None, max_examples=80)
@given(k=st.integers(2, 6), n=st.integers(1, 200), seed=st.integers(0, 2 ** 31))
def test_against_sklearn(k, n, seed):
    skm = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(seed)
    y, p = rng.integers(0, k, n), rng.integers(0, k, n)
    C = M.confusion_matrix(y, p, k)
    np.testing.assert_array_equal(C, skm.confusion_matrix(y, p, labels=range(k)))
    np.testing.assert_allclose(M.precision(C), skm.precision_score(
        y, p, labels=range(k), average=None, zero_division=np.nan), equal_nan=True)
    np.testing.assert_allclose(M.recall(C), skm.recall_score(
        y, p, labels=range(k), average=None, zero_division=np.nan), equal_nan=True)
    assert M.accuracy(C) == pytest.approx(skm.accuracy_score(y, p))
    np.testing.assert_allclose(M.row_normalised(C), np.nan_to_num(
        skm.confusion_matrix(y, p, labels=range(k), normalize="true")))
    t, yh = rng.normal(size=n + 1), rng.normal(size=n + 1)
    assert M.r2(t, yh) == pytest.approx(skm.r2_score(t, yh))
    assert M.mae(t, yh) == pytest.approx(skm.mean_absolute_error(t, yh))


def test_report_uses_the_standardizer_and_to_json_keys():
    from annstudio.core import datasets
    from annstudio.core.experiment import DatasetSpec, Experiment
    from annstudio.engines.factory import from_experiment
    exp = Experiment(dataset=DatasetSpec("iris", seed=0))
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    data = datasets.make("iris", seed=0)
    exp.fit_standardizer(data)
    eng = from_experiment(exp, data=data)
    eng.train(20)
    rep = M.report(eng.network(), data, exp.standardizer(data))
    # the report's test accuracy is the engine's own (it trained on the standardised copy)
    assert rep["test"]["accuracy"] == pytest.approx(eng.history.epochs[-1].test_metric)
    raw = M.report(eng.network(), data, None)        # without: a different (worse) network
    assert raw["test"]["accuracy"] != rep["test"]["accuracy"]
    js = M.to_json(rep)
    assert set(js) == {"confusion_train", "confusion_test", "confusion_normalised_train",
                       "confusion_normalised_test", "precision_train", "precision_test",
                       "recall_train", "recall_test", "accuracy_train", "accuracy_test",
                       "class_names"}
    assert js["class_names"] == ["setosa", "versicolor", "virginica"]
    assert sum(map(sum, js["confusion_test"])) == data.n_test


def test_view_tooltip_claim_row_normalised_diagonal_is_the_recall():
    rng = np.random.default_rng(1)
    y, p = rng.integers(0, 4, 300), rng.integers(0, 4, 300)
    C = M.confusion_matrix(y, p, 4)
    np.testing.assert_allclose(np.diag(M.row_normalised(C)), M.recall(C))
