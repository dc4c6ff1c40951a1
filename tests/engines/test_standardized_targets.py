"""Regression targets standardised by default (CSV and shipped data): the network learns
ỹ = (y − μ_y)/s_y, and every loss the engines report is the MSE of ŷ = z_0 s_y + μ_y in the
targets' own units, L = s_y² L̃. Oracles: the MSE of ŷ computed here from the weights with
plain NumPy; the NumPy engine (NumPy and compiled paths) against the PyTorch engine.
"""
import numpy as np
import pytest

from annstudio.core import metrics
from annstudio.core.experiment import Experiment, NetworkSpec, OptimizerSpec, TrainingSpec
from annstudio.engines import fast
from annstudio.engines.factory import create
from annstudio.io.csvdata import load_csv

SEEDS = range(5)


def write_csv(path, seed, n=60):
    """Targets of size ~10³ (mean 1000, std ~300): raw, they are what made SGD diverge."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3)) * [1.0, 5.0, 0.2]
    y = 1000 + 300 * np.tanh(X[:, 0]) + 40 * X[:, 1] + 10 * rng.normal(size=n)
    path.write_text("a,b,c,y\n" + "".join(",".join(repr(float(v)) for v in (*x, t)) + "\n"
                                           for x, t in zip(X, y)), encoding="utf-8")
    return path


def experiment(data, seed, standardize_targets=None):
    exp = Experiment(dataset=data.spec, network=NetworkSpec([7, 5], ["tanh", "relu"], seed=seed),
                     optimizer=OptimizerSpec("sgd", {"lr": 0.05}),
                     training=TrainingSpec(batch_size=8, epochs=3, seed=seed))
    exp.dataset.standardize_targets = standardize_targets
    exp.fit_standardizer(data)
    return exp


def engine(exp, data, name="numpy", **kw):
    tr = exp.training
    return create(name, exp.build_network(data), exp.network_data(data), exp.optimizer.name,
                  exp.optimizer.params, batch_size=tr.batch_size, seed=tr.seed,
                  dtype="float64", **kw)


def mse_in_user_units(weights, activations, exp, X, y):
    """ŷ = (φ(…φ(x̃ W_0 + b_0)…) W_K + b_K) s_y + μ_y from the weights, then mean (ŷ − y)²."""
    d = exp.dataset
    z = (X - np.array(d.mean)) / np.array(d.scale)
    phi = {"tanh": np.tanh, "relu": lambda u: np.maximum(u, 0.0), "identity": lambda u: u}
    for (W, b), a in zip(weights, activations):
        z = phi[a](z @ W + b)
    y_hat = z[:, 0] * d.target_scale + d.target_mean
    return float(np.mean((y_hat - y) ** 2)), y_hat


@pytest.mark.parametrize("seed", SEEDS)
def test_the_reported_loss_is_the_mse_in_the_targets_units(tmp_path, seed):
    data = load_csv(write_csv(tmp_path / "d.csv", seed), seed=seed)
    exp = experiment(data, seed)
    assert exp.dataset.standardizes_targets() and exp.dataset.target_scale > 100
    assert exp.dataset.target_mean == pytest.approx(data.y_train.mean())
    eng = engine(exp, data, fast=False)
    acts = ["tanh", "relu", "identity"]
    for _ in range(3):
        rec = eng.run_epoch()
        W = eng.network().get_weights()
        train, _ = mse_in_user_units(W, acts, exp, data.X_train, data.y_train)
        test, y_hat = mse_in_user_units(W, acts, exp, data.X_test, data.y_test)
        assert rec.train_loss == pytest.approx(train, rel=1e-12)
        assert rec.test_loss == pytest.approx(test, rel=1e-12)
        rep = metrics.report(eng.network(), data, exp.standardizer(data),
                             exp.target_standardizer(data))
        np.testing.assert_allclose(rep["test"]["predicted"], y_hat, rtol=1e-12)
        assert rep["test"]["mae"] == pytest.approx(np.mean(np.abs(y_hat - data.y_test)))
        assert rep["test"]["r2"] == pytest.approx(rec.test_metric, rel=1e-9)
    # the batch losses too: the epoch's mean batch loss is in the targets' units
    assert rec.mean_batch_loss == pytest.approx(np.mean(eng.history.step_loss[-eng.steps_per_epoch:]))
    assert 0.2 * rec.train_loss < rec.mean_batch_loss < 5 * rec.train_loss
    assert eng.history.train_loss[-1] < eng.history.train_loss[0]


@pytest.mark.parametrize("seed", SEEDS)
def test_off_the_loss_is_the_raw_mse_as_before(tmp_path, seed):
    data = load_csv(write_csv(tmp_path / "d.csv", seed), seed=seed)
    exp = experiment(data, seed, standardize_targets=False)
    assert exp.target_standardizer(data) is None and exp.dataset.target_mean is None
    net_data = exp.network_data(data)
    np.testing.assert_array_equal(net_data.y_train, data.y_train)
    eng = engine(exp, data, fast=False)
    rec = eng.evaluate()
    W = eng.network().get_weights()
    z = (data.X_train - np.array(exp.dataset.mean)) / np.array(exp.dataset.scale)
    for (Wk, bk), a in zip(W, [np.tanh, lambda u: np.maximum(u, 0.0), lambda u: u]):
        z = a(z @ Wk + bk)
    assert rec.train_loss == pytest.approx(np.mean((z[:, 0] - data.y_train) ** 2), rel=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_both_engines_and_both_numpy_paths_report_the_same_losses(tmp_path, seed):
    pytest.importorskip("torch")
    assert fast.start(wait=True, timeout=600), fast.status()
    data = load_csv(write_csv(tmp_path / "d.csv", seed), seed=seed)
    exp = experiment(data, seed)
    runs = {}
    for key, name, kw in [("numpy", "numpy", {"fast": False}), ("compiled", "numpy", {"fast": True}),
                          ("torch", "torch", {})]:
        eng = engine(exp, data, name, **kw)
        eng.train(3)
        runs[key] = eng.history
        if key == "compiled":
            assert eng.path == "compiled"
    for key in ("compiled", "torch"):
        for attr in ("train_loss", "test_loss", "step_loss"):
            np.testing.assert_allclose(getattr(runs[key], attr), getattr(runs["numpy"], attr),
                                       rtol=1e-9, err_msg=f"{key} {attr}")
