"""The command line: train (table and --json), --version, one-line errors, exit codes."""
import json
import subprocess
import sys

import numpy as np
import pytest

import annstudio
from annstudio.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"annstudio {annstudio.__version__}"


def test_train_json_matches_the_python_api(capsys):
    code, out, err = run(capsys, "train", "--dataset", "moons", "--samples", "200", "--layers",
                         "8,8", "--optimizer", "sgd", "--lr", "0.1", "--batch-size", "10",
                         "--epochs", "5", "--seed", "3", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["engine"] == "numpy" and result["device"] == "cpu"
    # the NumPy engine's path: compiled when numba is installed and its kernels loaded in
    # time (a first-ever compile finishes in the background), else numpy — same numbers
    assert result["path"] in ("compiled", "numpy")
    assert len(result["train_loss"]) == len(result["test_loss"]) == 5
    assert result["seconds"] > 0
    # The same run through the Python API (an independent path to the same numbers).
    data = annstudio.datasets.make("moons", n=200, noise=0.2, seed=3, test_fraction=0.2)
    net = annstudio.Network.create([2, 8, 8, 1], hidden="relu", output="sigmoid", seed=3)
    h = net.fit(data.X_train, data.y_train, optimizer="sgd", lr=0.1, batch_size=10, epochs=5,
                seed=3)
    np.testing.assert_allclose(result["train_loss"], h.train_loss, rtol=1e-12)


def test_train_table_prints_every_epoch(capsys):
    code, out, _ = run(capsys, "train", "--samples", "100", "--epochs", "3", "--layers", "4")
    assert code == 0
    assert sum(line.startswith("epoch") for line in out.splitlines()) == 3
    assert "done: 3 epochs" in out


def test_optimizer_hyperparameter_flags_reach_the_optimizer(capsys):
    base = ["train", "--samples", "100", "--epochs", "2", "--layers", "4", "--json"]
    _, a, _ = run(capsys, *base, "--optimizer", "lecture_momentum", "--lr", "0.04", "--eta", "0.7")
    _, b, _ = run(capsys, *base, "--optimizer", "lecture_momentum", "--lr", "0.04", "--eta", "0.2")
    assert json.loads(a)["train_loss"] != json.loads(b)["train_loss"]
    code, out, _ = run(capsys, *base, "--optimizer", "adam", "--lr", "0.01", "--betas", "0.8,0.99",
                       "--amsgrad", "true")
    assert code == 0 and len(json.loads(out)["train_loss"]) == 2


def test_regression_and_multiclass(capsys):
    code, out, _ = run(capsys, "train", "--dataset", "sine", "--samples", "100", "--epochs", "2",
                       "--layers", "8", "--activation", "tanh", "--json")
    assert code == 0 and json.loads(out)["metric"] == "r2"
    code, out, _ = run(capsys, "train", "--dataset", "blobs", "--classes", "3", "--samples", "90",
                       "--epochs", "2", "--json")
    assert code == 0 and json.loads(out)["metric"] == "accuracy"


@pytest.mark.parametrize("args, words", [
    (["--lr", "-1"], "lr"),
    (["--lr", "nan"], "lr"),
    (["--layers", "0,3"], "at least 1"),
    (["--batch-size", "0"], "batch size"),
    (["--samples", "0"], "n"),
    (["--noise", "-0.5"], "noise"),
    (["--dataset", "banana"], "banana"),
    (["--optimizer", "sgdx"], "sgdx"),
    (["--activation", "swish"], "swish"),
    (["--init", "ones"], "ones"),   # zeros is an init now (zero_init lesson)
    (["--optimizer", "sgd", "--betas", "0.9,0.9"], "betas"),
    (["--dtype", "float32"], "float64"),
])
def test_bad_values_give_one_line_and_a_non_zero_exit(capsys, args, words):
    code, out, err = run(capsys, "train", "--epochs", "1", *args)
    assert code != 0
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert words in lines[0]
    assert "Traceback" not in err


def test_csv_with_a_broken_row_names_its_line(tmp_path, capsys):
    f = tmp_path / "data.csv"
    f.write_text("x1,x2,label\n0,0,0\n1,1,1\n0.5,oops,1\n1,0,0\n0,1,1\n")
    code, _, err = run(capsys, "train", "--dataset", str(f), "--epochs", "1")
    assert code == 1
    assert "line 4" in err and len(err.strip().splitlines()) == 1


def test_csv_trains(tmp_path, capsys):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((60, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    f = tmp_path / "data.csv"
    f.write_text("a,b,label\n" + "\n".join(f"{a},{b},{c}" for (a, b), c in zip(X, y)))
    code, out, err = run(capsys, "train", "--dataset", str(f), "--epochs", "3", "--lr", "0.1",
                         "--json")
    assert code == 0, err
    assert len(json.loads(out)["train_loss"]) == 3


def test_divergence_is_reported_with_its_reason(capsys):
    code, out, err = run(capsys, "train", "--samples", "200", "--dataset", "sine", "--layers",
                         "32,32", "--activation", "relu", "--optimizer", "sgd", "--lr", "50",
                         "--epochs", "20")
    assert code == 3
    assert "diverged" in err and "learning rate" in err


def test_torch_engine_missing_gives_install_hint(monkeypatch, capsys):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "torch" else real(name, *a))
    code, _, err = run(capsys, "train", "--engine", "torch", "--epochs", "1")
    assert code == 1 and "pip install torch" in err and len(err.strip().splitlines()) == 1


def test_the_installed_entry_point_runs_as_a_process():
    r = subprocess.run([sys.executable, "-m", "annstudio", "train", "--samples", "80",
                        "--epochs", "2", "--json"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["train_loss"]) == 2
    r = subprocess.run([sys.executable, "-m", "annstudio", "train", "--lr", "zero"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_save_then_continue_equals_one_uninterrupted_run(tmp_path, capsys):
    f = tmp_path / "run.annstudio"
    base = ["--samples", "120", "--layers", "6", "--optimizer", "adam", "--lr", "0.01",
            "--batch-size", "7", "--json"]
    code, out, err = run(capsys, "train", *base, "--epochs", "6")
    assert code == 0, err
    whole = json.loads(out)["train_loss"]
    code, _, err = run(capsys, "train", *base, "--epochs", "4", "--save", str(f))
    assert code == 0 and f.exists(), err
    code, out, err = run(capsys, "train", str(f), "--epochs", "2", "--json")
    assert code == 0, err
    resumed = json.loads(out)
    # the history carries on from the file: 4 saved epochs + 2 new ones
    np.testing.assert_allclose(resumed["train_loss"], whole, rtol=1e-12)
    assert resumed["epochs"] == 2


def test_train_says_which_numpy_path_ran(capsys, monkeypatch):
    monkeypatch.setenv("ANNSTUDIO_FAST", "0")
    code, out, _ = run(capsys, "train", "--samples", "100", "--epochs", "1", "--layers", "4")
    assert code == 0
    assert "engine numpy (cpu, float64, numpy path)" in out
    code, out, _ = run(capsys, "train", "--samples", "100", "--epochs", "1", "--layers", "4",
                       "--json")
    assert json.loads(out)["path"] == "numpy"
