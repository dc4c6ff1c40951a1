"""`annstudio train --features` on data from files (CSV, drawn points in an experiment
file), and a table that labels train and test figures. Run as the real command."""
import json
import subprocess
import sys

import numpy as np

import annstudio
from annstudio.core.experiment import DatasetSpec, Experiment
from annstudio.io import experiment_file as ef


def _train(*argv):
    return subprocess.run([sys.executable, "-m", "annstudio", "train", *argv],
                          capture_output=True, text=True, timeout=120)


def _circles_csv(path, header="a,b,label"):
    d = annstudio.datasets.make("circles", n=300, noise=0.05, seed=1, test_fraction=0)
    rows = [f"{x:.6f},{y:.6f},{int(c)}" for (x, y), c in zip(d.X_train, d.y_train)]
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return d


def test_circles_in_a_csv_become_separable_with_squares(tmp_path):
    f = tmp_path / "circles.csv"
    _circles_csv(f)
    common = ["--dataset", str(f), "--layers", "none", "--optimizer", "adam", "--lr", "0.1",
              "--epochs", "40", "--seed", "0", "--json"]
    plain = _train(*common)
    squared = _train(*common, "--features", "x1^2,x2^2")
    assert plain.returncode == 0 and squared.returncode == 0, plain.stderr + squared.stderr
    # a linear model on x1, x2 cannot separate two rings; with x1², x2² it can
    assert json.loads(plain.stdout)["accuracy"][-1] < 0.75
    assert json.loads(squared.stdout)["accuracy"][-1] > 0.95
    assert json.loads(squared.stdout)["test_accuracy"][-1] > 0.95


def test_features_on_drawn_points_saved_in_a_file(tmp_path):
    d = annstudio.datasets.make("circles", n=200, noise=0.05, seed=2, test_fraction=0.2)
    pts = d.with_points(d.X_train, d.y_train, d.X_test, d.y_test)
    exp = Experiment()
    exp.dataset = DatasetSpec(name="points", n=len(pts), test_fraction=0.2)
    pts.spec = exp.dataset
    exp.network.hidden, exp.network.activations = [], []
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.1}
    f = tmp_path / "drawn.annstudio"
    ef.save(f, exp, data=pts)
    r = _train(str(f), "--features", "x1^2,x2^2", "--epochs", "40", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["accuracy"][-1] > 0.95


def test_features_on_data_with_other_inputs_say_why_not(tmp_path):
    f = tmp_path / "four.csv"
    rng = np.random.default_rng(0)
    X = rng.standard_normal((40, 4))
    f.write_text("p,q,r,s,label\n" + "\n".join(
        ",".join(f"{v:.4f}" for v in x) + f",{int(x[0] > 0)}" for x in X) + "\n")
    r = _train("--dataset", str(f), "--features", "x1^2", "--epochs", "1")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "4" in lines[0] and "x1, x2" in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_table_labels_train_and_test_figures(tmp_path):
    r = _train("--samples", "200", "--layers", "4", "--epochs", "2", "--seed", "1")
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("epoch")]
    assert len(rows) == 2
    j = _train("--samples", "200", "--layers", "4", "--epochs", "2", "--seed", "1", "--json")
    res = json.loads(j.stdout)
    for i, row in enumerate(rows):
        # each figure grouped with its own set's loss (as in the status bar), and equal to
        # the JSON's value
        assert row.endswith(f"train loss {res['train_loss'][i]:.4f}, "
                            f"accuracy {100 * res['accuracy'][i]:.1f}% · "
                            f"test loss {res['test_loss'][i]:.4f}, "
                            f"accuracy {100 * res['test_accuracy'][i]:.1f}%"), row
