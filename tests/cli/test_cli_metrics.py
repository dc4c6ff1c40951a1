"""`annstudio train`: --standardize/--no-standardize, --drop-missing, string labels, and
the metric keys of --json checked against the saved network."""
import json

import numpy as np
import pytest

from annstudio.cli import main
from annstudio.io import experiment_file as ef


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _confusion(y, p, k):
    C = np.zeros((k, k), int)
    for t, q in zip(y, p):
        C[int(t), int(q)] += 1
    return C


def test_json_metrics_match_the_saved_network(capsys, tmp_path):
    out_file = tmp_path / "iris.annstudio"
    code, out, _ = run(capsys, "train", "--dataset", "iris", "--epochs", "5", "--optimizer",
                       "adam", "--lr", "0.01", "--save", str(out_file), "--json")
    assert code == 0
    r = json.loads(out)
    assert r["standardized"] is True                     # shipped data: on by default
    assert r["class_names"] == ["setosa", "versicolor", "virginica"]
    loaded = ef.load(out_file)
    data, net = loaded.dataset(), loaded.network()
    mean, scale = np.array(loaded.experiment.dataset.mean), np.array(loaded.experiment.dataset.scale)
    np.testing.assert_allclose(mean, data.X_train.mean(axis=0))
    for split, X, y in (("train", data.X_train, data.y_train), ("test", data.X_test, data.y_test)):
        C = _confusion(y, net.predict((X - mean) / scale), 3)
        assert r[f"confusion_{split}"] == C.tolist()
        assert r[f"accuracy_{split}"] == pytest.approx(np.trace(C) / C.sum())
        assert r[f"recall_{split}"][0] == pytest.approx(C[0, 0] / C[0].sum())
        np.testing.assert_allclose(np.sum(r[f"confusion_normalised_{split}"], axis=1), 1.0)
    assert r["accuracy_test"] == r["test_accuracy"][-1]


def test_standardize_flags(capsys):
    code, out, _ = run(capsys, "train", "--dataset", "iris", "--epochs", "1", "--no-standardize",
                       "--json")
    assert code == 0 and json.loads(out)["standardized"] is False
    code, out, _ = run(capsys, "train", "--dataset", "moons", "-n", "60", "--epochs", "1", "--json")
    assert json.loads(out)["standardized"] is False      # generators: raw, as the lecture
    code, out, _ = run(capsys, "train", "--dataset", "moons", "-n", "60", "--epochs", "1",
                       "--standardize", "--json")
    assert json.loads(out)["standardized"] is True


def test_regression_keys(capsys, tmp_path):
    code, out, _ = run(capsys, "train", "--dataset", "sine", "-n", "80", "--epochs", "2",
                       "--save", str(tmp_path / "s.annstudio"), "--json")
    r = json.loads(out)
    loaded = ef.load(tmp_path / "s.annstudio")
    d = loaded.dataset()
    y = loaded.network()(d.X_test)[:, 0]
    assert r["mae_test"] == pytest.approx(np.mean(np.abs(d.y_test - y)))
    assert r["r2_test"] == pytest.approx(r["test_accuracy"][-1])      # the R² of the history
    assert "confusion_test" not in r


def test_csv_missing_values_and_drop_missing(capsys, tmp_path):
    p = tmp_path / "f.csv"
    rows = ["a,b,kind"] + [f"{i % 7},{(i * 3) % 5},{'cat' if i % 2 else 'dog'}" for i in range(40)]
    rows[4] = "1,,dog"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "train", "--dataset", str(p), "--epochs", "1")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "line 5: column 'b' is empty" in err and "--drop-missing" in err
    code, out, _ = run(capsys, "train", "--dataset", str(p), "--epochs", "1", "--drop-missing",
                       "--json")
    r = json.loads(out)
    assert code == 0 and r["class_names"] == ["cat", "dog"]
    assert sum(map(sum, r["confusion_train"])) + sum(map(sum, r["confusion_test"])) == 39
