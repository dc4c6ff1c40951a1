"""Standardisation: fitted on the training split only, the same x̃ everywhere."""
import numpy as np
import pytest

from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec, Experiment
from annstudio.core.standardize import Standardizer, user_data
from annstudio.engines.factory import from_experiment


def test_fit_transform_inverse_against_sklearn_scaler():
    rng = np.random.default_rng(0)
    X = rng.normal([5, -300, 0.01], [2, 50, 0.001], size=(40, 3))
    st = Standardizer.fit(X)
    Z = st.transform(X)
    np.testing.assert_allclose(Z.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(Z.std(axis=0), 1, rtol=1e-12)
    np.testing.assert_allclose(st.inverse(Z), X, rtol=1e-12)
    sk = pytest.importorskip("sklearn.preprocessing").StandardScaler().fit(X)
    np.testing.assert_allclose(st.mean, sk.mean_, rtol=1e-12)
    np.testing.assert_allclose(st.scale, sk.scale_, rtol=1e-12)


def test_constant_column_is_only_centred_and_bad_values_refused():
    st = Standardizer.fit(np.array([[1.0, 7.0], [3.0, 7.0]]))
    assert st.scale.tolist() == [1.0, 1.0]
    np.testing.assert_allclose(st.transform([[2.0, 7.0]]), [[0.0, 0.0]])
    with pytest.raises(AnnStudioError, match="positive"):
        Standardizer([0.0], [0.0])
    with pytest.raises(AnnStudioError, match="one mean and one scale"):
        Standardizer([0.0, 1.0], [1.0])
    with pytest.raises(AnnStudioError, match="3 features"):
        st.transform(np.zeros((1, 3)))


def test_defaults_on_for_shipped_and_csv_off_for_generators():
    assert DatasetSpec("iris").standardizes() and DatasetSpec("breast_cancer").standardizes()
    assert DatasetSpec("csv", path="x.csv").standardizes()
    assert not DatasetSpec("moons").standardizes() and not DatasetSpec("lecture_moons").standardizes()
    assert DatasetSpec("moons", standardize=True).standardizes()
    assert not DatasetSpec("digits", standardize=False).standardizes()


def test_fitted_on_training_points_only_and_engine_trains_on_z_scores():
    exp = Experiment(dataset=DatasetSpec("digits", seed=3))
    data = exp.build_data()
    st = exp.fit_standardizer(data)
    np.testing.assert_allclose(exp.dataset.mean, data.X_train.mean(axis=0))
    assert not np.allclose(exp.dataset.mean, data.X.mean(axis=0))
    eng = from_experiment(exp, data=data)
    np.testing.assert_allclose(eng.data.X_test, (data.X_test - st.mean) / st.scale)
    assert user_data(eng.data) is data
    # the engine's first loss is the loss of the same network on (X − μ)/s, by hand
    net = exp.build_network(data)
    want = net.loss((data.X_train - st.mean) / st.scale, data.y_train)
    assert eng.evaluate().train_loss == pytest.approx(want, rel=1e-12)
    exp.dataset.standardize = False
    assert exp.network_data(data) is data and exp.fit_standardizer(data) is None
    assert exp.dataset.mean is None


def test_experiment_validate_refuses_broken_stored_values():
    exp = Experiment(dataset=DatasetSpec("iris", mean=[1.0, 2.0], scale=[1.0]))
    with pytest.raises(AnnStudioError, match="2 means and 1 scales"):
        exp.validate()
    exp = Experiment(dataset=DatasetSpec("iris", mean=[1.0], scale=None))
    with pytest.raises(AnnStudioError, match="both mean and scale"):
        exp.validate()


def test_breast_cancer_is_shipped_binary_with_names():
    d = datasets.make("breast_cancer", seed=0)
    assert (d.task, d.n_features, len(d), d.class_names) == ("binary", 30, 569,
                                                            ["malignant", "benign"])
    assert d.feature_names[0] == "mean radius" and d.feature_names[-1] == "worst fractal dimension"
    assert np.bincount(d.y.astype(int)).tolist() == [212, 357]


def test_tooltip_claim_one_learning_rate_suits_all_weights_on_equal_scales():
    """The checkbox's tooltip: on equal scales one learning rate suits all weights; beside
    a feature in the thousands (breast cancer's 'mean area' ~ 650, 'mean smoothness' ~ 0.1)
    the same SGD step fails."""
    from annstudio.core.experiment import NetworkSpec, OptimizerSpec, TrainingSpec
    data = datasets.make("breast_cancer", seed=0)
    assert data.X_train[:, 3].mean() > 300 and data.X_train[:, 4].mean() < 1
    for seed in (0, 1):
        acc = {}
        for std in (False, True):
            exp = Experiment(dataset=DatasetSpec("breast_cancer", seed=seed, standardize=std),
                             network=NetworkSpec([16], ["relu"], seed=seed),
                             optimizer=OptimizerSpec("sgd", {"lr": 0.01}),
                             training=TrainingSpec(batch_size=32, epochs=20, seed=seed))
            d = exp.build_data()
            exp.fit_standardizer(d)
            acc[std] = from_experiment(exp, data=d).train(20).epochs[-1].test_metric
        assert acc[True] >= 0.85 and acc[False] <= 0.75, acc
