"""Issue 12's goal: on real data sets the app's default pipeline (standardised inputs, Adam,
two hidden layers) reaches scikit-learn's MLPClassifier test accuracy on standardised
inputs with the same architecture, within one percentage point.

Both train 2×64 ReLU with Adam (lr 10⁻³), batch 32, the same number of epochs, on the same
split (the app's seeded split); scikit-learn gets StandardScaler fitted on the training
points. Small test sets make one point worth several percent (Iris: 30 test points = 3.3
points each), so each set is compared on the mean over seeds (digits, the slow one: one).
Run with ``-s`` to see the table.
"""
import warnings

import numpy as np
import pytest

from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec, OptimizerSpec,
                                       TrainingSpec)
from annstudio.engines.factory import from_experiment

sklearn = pytest.importorskip("sklearn")
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

HIDDEN = (64, 64)
EPOCHS = 60
BATCH = 32
LR = 1e-3
SETS = {"iris": 3, "breast_cancer": 3, "digits": 1}      # name: seeds


def _app(name, seed):
    exp = Experiment(dataset=DatasetSpec(name, seed=seed, test_fraction=0.2),
                     network=NetworkSpec(list(HIDDEN), ["relu"] * len(HIDDEN), seed=seed),
                     optimizer=OptimizerSpec("adam", {"lr": LR}),
                     training=TrainingSpec(batch_size=BATCH, epochs=EPOCHS, seed=seed))
    assert exp.dataset.standardizes()        # the default for shipped data, not set here
    data = exp.build_data()
    exp.fit_standardizer(data)
    eng = from_experiment(exp, data=data)
    eng.train(EPOCHS)
    return data, eng.history.epochs[-1].test_metric


def _sklearn(data, seed):
    sc = StandardScaler().fit(data.X_train)
    m = MLPClassifier(hidden_layer_sizes=HIDDEN, batch_size=BATCH, max_iter=EPOCHS,
                      learning_rate_init=LR, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        m.fit(sc.transform(data.X_train), data.y_train)
    return m.score(sc.transform(data.X_test), data.y_test)


def test_default_pipeline_matches_sklearn_mlp_within_one_point():
    rows = []
    for name, seeds in SETS.items():
        app, sk = [], []
        for seed in range(seeds):
            data, acc = _app(name, seed)
            app.append(acc)
            sk.append(_sklearn(data, seed))
        rows.append((name, data.n_features, np.mean(app), np.mean(sk)))
    print("\ndata set        features  app test acc  sklearn MLP test acc")
    for name, d, a, s in rows:
        print(f"{name:15s} {d:8d}  {100 * a:11.2f}%  {100 * s:19.2f}%")
    for name, d, a, s in rows:
        assert a >= s - 0.01, f"{name}: app {a:.4f} vs scikit-learn {s:.4f}"


# ------------------------------------------------------------------ regression (issue 22)
def diabetes_csv(path):
    """scikit-learn's bundled diabetes data (442 × 10, progression 25–346) as a CSV file."""
    from sklearn.datasets import load_diabetes
    d = load_diabetes()
    rows = [",".join(list(d.feature_names) + ["progression"])]
    rows += [",".join(repr(float(v)) for v in (*x, y)) for x, y in zip(d.data, d.target)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _app_regression(path, seed):
    """The CSV defaults (20-40-20 ReLU, SGD lr 0.015, batch 10, 50 epochs), seeded."""
    from annstudio.io.csvdata import load_csv
    data = load_csv(path, seed=seed)
    exp = Experiment(dataset=data.spec, network=NetworkSpec(seed=seed),
                     training=TrainingSpec(seed=seed))
    assert data.task == "regression" and exp.optimizer == OptimizerSpec()
    assert exp.dataset.standardizes() and exp.dataset.standardizes_targets()   # defaults
    exp.fit_standardizer(data)
    eng = from_experiment(exp, data=data)
    eng.train(exp.training.epochs)
    return data, eng


def _sklearn_regression(data, seed):
    """StandardScaler on the inputs and on the targets around MLPRegressor with the app's
    network and schedule: 20-40-20 ReLU, plain SGD, batch 10, 50 epochs, no L2 and no early
    stop. scikit-learn's squared loss is ½·MSE, so its lr 0.03 takes the app's steps of lr
    0.015 on the MSE."""
    from sklearn.compose import TransformedTargetRegressor
    from sklearn.neural_network import MLPRegressor
    sc = StandardScaler().fit(data.X_train)
    m = TransformedTargetRegressor(MLPRegressor(
        hidden_layer_sizes=(20, 40, 20), solver="sgd", learning_rate_init=0.03, momentum=0.0,
        nesterovs_momentum=False, alpha=0.0, batch_size=10, max_iter=50, tol=0.0,
        n_iter_no_change=10 ** 9, random_state=seed), transformer=StandardScaler())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        m.fit(sc.transform(data.X_train), data.y_train)
    return m.score(sc.transform(data.X_test), data.y_test)


def test_diabetes_with_the_csv_defaults_reaches_sklearn_mlp_regressor(tmp_path):
    """With raw targets (mean 152, std 77) SGD at lr 0.015 diverged in the first epoch (loss
    2.8·10⁴ → 10⁸–10¹¹). Standardised targets: the defaults train, and their test R² is at
    least scikit-learn's (same split, same network and schedule) minus 0.03 on seeds 0–2."""
    path = diabetes_csv(tmp_path / "diabetes.csv")
    rows = []
    for seed in range(3):
        data, eng = _app_regression(path, seed)
        h = eng.history
        assert h.diverged is None, h.diverged
        assert h.train_loss[-1] < 0.5 * h.train_loss[0]
        rows.append((seed, h.epochs[-1].test_metric, _sklearn_regression(data, seed),
                     h.train_loss[0], h.train_loss[-1]))
    print("\nseed  app test R²  sklearn test R²  app train MSE epoch 1 → 50 (y's units)")
    for seed, a, s, first, last in rows:
        print(f"{seed:4d}  {a:11.3f}  {s:15.3f}  {first:9.1f} → {last:.1f}")
    for seed, a, s, _, _ in rows:
        assert a >= s - 0.03, f"seed {seed}: app R² {a:.3f} vs scikit-learn {s:.3f}"
