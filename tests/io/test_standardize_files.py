"""Standardisation in experiment files (v2: mean/scale stored, v1 migrated to off; v3: target
mean/scale stored, v2 migrated to raw targets), the CSV
history export's metrics table, and CSV missing values."""
import csv
import io
import itertools
import json

import numpy as np
import pytest

from annstudio.core import metrics
from annstudio.core.experiment import DatasetSpec, Experiment
from annstudio.engines.factory import from_experiment
from annstudio.io import csvdata
from annstudio.io import experiment_file as ef
from annstudio.io import export_csv


def _trained(name="iris", epochs=3):
    exp = Experiment(dataset=DatasetSpec(name, seed=1))
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    data = exp.build_data()
    exp.fit_standardizer(data)
    eng = from_experiment(exp, data=data)
    eng.train(epochs)
    return exp, data, eng


def test_mean_and_scale_round_trip_and_saved_points_are_the_users(tmp_path):
    exp, data, eng = _trained()
    # drawn points, as the window saves them (standardisation stated, not left to the
    # default): the file holds the points, which must be in the user's units
    exp.dataset.name, exp.dataset.standardize = "points", True
    path = ef.save_engine(tmp_path / "a.annstudio", exp, eng, data=None)
    doc = json.loads(open(path, encoding="utf-8").read())
    assert doc["version"] == ef.VERSION and doc["experiment"]["dataset"]["standardize"] is True
    assert doc["experiment"]["dataset"]["mean"] == list(data.X_train.mean(axis=0))
    loaded = ef.load(path)
    np.testing.assert_array_equal(loaded.data.X_train, data.X_train)
    st = loaded.experiment.standardizer(loaded.data)
    np.testing.assert_array_equal(st.mean, data.X_train.mean(axis=0))
    # carrying on from the file gives the same loss as the engine that saved it
    again = loaded.make_engine()
    assert again.evaluate().train_loss == pytest.approx(eng.evaluate().train_loss, rel=1e-12)


def test_version_1_files_migrate_to_raw_inputs(tmp_path):
    exp, data, eng = _trained()
    doc = ef.to_document(exp, data=data, weights=eng.network())
    doc["version"] = 1
    for k in ("standardize", "mean", "scale", "drop_missing"):
        del doc["experiment"]["dataset"][k]
    loaded = ef.parse_bytes(json.dumps(doc).encode())
    assert loaded.version == 1
    assert loaded.experiment.dataset.standardize is False     # trained on raw inputs then
    assert loaded.experiment.standardizer(loaded.data) is None


@pytest.mark.parametrize("change,where", [
    ({"mean": [1.0, 2.0], "scale": [1.0]}, "experiment.dataset.scale has 1 numbers for 2"),
    ({"mean": [1.0], "scale": None}, "experiment.dataset.scale is missing"),
    ({"mean": [0.0] * 4, "scale": [1.0, 1.0, -1.0, 1.0]}, r"scale\[2\] must be positive"),
    ({"mean": [0.0] * 3, "scale": [1.0] * 3}, "has 3 numbers but the data has 4 features"),
    ({"mean": ["a"] * 4, "scale": [1.0] * 4}, r"mean\[0\] must be a number"),
    ({"standardize": "yes"}, "standardize must be true or false"),
])
def test_bad_standardisation_values_are_one_sentence(change, where):
    exp, data, eng = _trained(epochs=0)
    doc = ef.to_document(exp, data=data)
    doc["experiment"]["dataset"].update(change)
    with pytest.raises(ef.LoadError, match=where):
        ef.parse_bytes(json.dumps(doc).encode())


def test_history_csv_ends_with_the_metrics_table(tmp_path):
    exp, data, eng = _trained(epochs=4)
    rep = metrics.report(eng.network(), data, exp.standardizer(data))
    path = export_csv.write_history(tmp_path / "h.csv", eng.history, rep)
    text = open(path, encoding="utf-8").read()
    first, second = text.split("\n\n")
    rows = list(csv.DictReader(io.StringIO(first)))
    assert [float(r["train_loss"]) for r in rows] == eng.history.train_loss
    m = list(csv.DictReader(io.StringIO(second)))
    acc = [r for r in m if r["split"] == "test" and r["metric"] == "accuracy"][0]
    assert float(acc["value"]) == eng.history.epochs[-1].test_metric
    C = rep["test"]["confusion"]
    cell = [r for r in m if r["split"] == "test" and r["metric"] == "confusion"
            and r["true_class"] == "virginica" and r["predicted_class"] == "versicolor"][0]
    assert int(cell["value"]) == C[2, 1]
    assert sum(int(r["value"]) for r in m if r["split"] == "train" and
               r["metric"] == "confusion") == data.n_train
    # the epochs table still reads alone, up to the blank line
    with open(path, newline="", encoding="utf-8") as fh:
        head = list(csv.reader(itertools.takewhile(lambda ln: ln.strip(), fh)))
    assert len(head) == 1 + len(eng.history.epochs)


def test_csv_string_labels_and_missing_values(tmp_path):
    p = tmp_path / "f.csv"
    p.write_text("len,wid,species\n1,2,setosa\n,2,setosa\n3,4,virginica\n5,,\n6,7,virginica\n"
                 "2,2,setosa\n", encoding="utf-8")
    with pytest.raises(csvdata.MissingValues) as err:
        csvdata.load_csv(p)
    assert err.value.missing == [(3, ["len"]), (5, ["wid", "species"])]
    assert "2 of 6 rows have empty cells" in str(err.value)
    assert "line 5: column 'wid' and the label are empty" in str(err.value)
    data = csvdata.load_csv(p, drop_missing=True, test_fraction=0.0)
    assert len(data) == 4 and data.dropped_lines == [3, 5]
    assert data.class_names == ["setosa", "virginica"]
    assert sorted(data.y_train.tolist()) == [0, 0, 1, 1]
    again = csvdata.from_spec(data.spec)          # a file reopened later drops them again
    np.testing.assert_array_equal(again.X_train, data.X_train)


def _trained_regression(tmp_path, seed, epochs=2):
    from tests.engines.test_standardized_targets import write_csv
    data = csvdata.load_csv(write_csv(tmp_path / f"r{seed}.csv", seed), seed=seed)
    exp = Experiment(dataset=data.spec)
    exp.network.hidden, exp.network.activations = [6], ["tanh"]
    exp.fit_standardizer(data)
    eng = from_experiment(exp, data=data)
    eng.train(epochs)
    return exp, data, eng


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_target_mean_and_scale_round_trip_and_a_reopened_run_reports_the_same_loss(tmp_path,
                                                                                   seed):
    exp, data, eng = _trained_regression(tmp_path, seed)
    path = ef.save_engine(tmp_path / "r.annstudio", exp, eng)
    d = json.loads(open(path, encoding="utf-8").read())["experiment"]["dataset"]
    assert d["standardize_targets"] is None         # the default: on for CSV data
    assert d["target_mean"] == float(data.y_train.mean())
    assert d["target_scale"] == float(data.y_train.std())
    loaded = ef.load(path)
    ty = loaded.experiment.target_standardizer(loaded.data)
    assert ty is not None and ty == exp.target_standardizer(data)
    again = from_experiment(loaded.experiment, data=loaded.data)
    again.import_state(loaded.engine_state())
    assert again.evaluate().train_loss == pytest.approx(eng.evaluate().train_loss, rel=1e-12)
    assert loaded.history.train_loss == eng.history.train_loss


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_version_2_files_migrate_to_raw_targets_and_train_as_before(tmp_path, seed):
    """A version-2 file's run learned the raw targets: it comes back with target
    standardisation off, so its weights, losses and further training stay what they were."""
    exp, data, _ = _trained_regression(tmp_path, seed, epochs=0)
    exp.dataset.standardize_targets = False
    exp.fit_standardizer(data)
    raw = from_experiment(exp, data=data)
    doc = ef.to_document(exp, data=data, weights=raw.network())
    doc["version"] = 2
    for k in ("standardize_targets", "target_mean", "target_scale"):
        del doc["experiment"]["dataset"][k]
    loaded = ef.parse_bytes(json.dumps(doc).encode())
    assert loaded.version == 2
    assert loaded.experiment.dataset.standardize_targets is False
    assert loaded.experiment.target_standardizer(loaded.data) is None
    again = from_experiment(loaded.experiment, data=loaded.data)
    again.set_weights(loaded.weights)
    assert again.evaluate().train_loss == raw.evaluate().train_loss
    raw.train(1)
    again.train(1)
    assert again.history.train_loss == raw.history.train_loss


@pytest.mark.parametrize("change,where", [
    ({"target_mean": 1.0, "target_scale": None}, "experiment.dataset.target_scale is missing"),
    ({"target_mean": 1.0, "target_scale": -2.0}, "target_scale must be positive"),
    ({"target_mean": "a", "target_scale": 1.0}, "target_mean must be a number"),
    ({"standardize_targets": "yes"}, "standardize_targets must be true or false"),
])
def test_bad_target_standardisation_values_are_one_sentence(tmp_path, change, where):
    exp, data, _ = _trained_regression(tmp_path, 0, epochs=0)
    doc = ef.to_document(exp, data=data)
    doc["experiment"]["dataset"].update(change)
    with pytest.raises(ef.LoadError, match=where) as info:
        ef.parse_bytes(json.dumps(doc).encode())
    assert "\n" not in str(info.value)
