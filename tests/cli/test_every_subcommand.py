"""Every subcommand as a user types it, in a subprocess, on each engine and dtype it accepts.

The runs are small (60 points, a 4-unit layer, a few epochs) so the whole matrix stays short;
each checks what the command produced (its JSON, the file it wrote, read back), not only
that it exited. A file trained by one case is the input of the next (train → landscape,
animate, export, --screenshot), as a user chains them.
"""
import importlib.util
import json
import math
import os
import subprocess
import sys

import numpy as np
import pytest

from annstudio.io import experiment_file as ef

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HAS_TORCH = importlib.util.find_spec("torch") is not None
SMALL = ["--dataset", "moons", "--samples", "60", "--layers", "4", "--batch-size", "12",
         "--seed", "1"]
EPOCHS = 3

needs_torch = pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed")
# every (engine, dtype) that `train` accepts; numpy in float32 is refused (tested below)
COMBOS = [pytest.param("numpy", "float64", id="numpy-float64"),
          pytest.param("torch", "float64", id="torch-float64", marks=needs_torch),
          pytest.param("torch", "float32", id="torch-float32", marks=needs_torch)]


def annstudio(*args, cwd, timeout=180):
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=timeout)


def one_line_error(r, words):
    """A refusal: exit 1, nothing on stdout, one line on stderr saying ``words``."""
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == "" and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.stderr and words in r.stderr, r.stderr


def sane_history(d, epochs):
    assert d["epochs"] == epochs
    assert len(d["train_loss"]) == len(d["test_loss"]) == len(d["accuracy"]) >= epochs
    assert all(math.isfinite(x) and 0 < x < 5 for x in d["train_loss"] + d["test_loss"])
    assert all(0 <= a <= 1 for a in d["accuracy"] + d["test_accuracy"])
    assert d["diverged"] is None and d["seconds"] > 0


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """``train … --json --save`` once per (engine, dtype): {(engine, dtype): (json, file)}."""
    folder = tmp_path_factory.mktemp("runs")
    runs = {}

    def get(engine, dtype):
        if (engine, dtype) not in runs:
            out = folder / f"{engine}-{dtype}.annstudio"
            # the NumPy run records a timeline (animate and the PCA landscape need one)
            extra = ["--timeline"] if engine == "numpy" else []
            r = annstudio("train", *SMALL, "--epochs", EPOCHS, "--engine", engine,
                          "--dtype", dtype, *extra, "--save", out, "--json", cwd=folder)
            assert r.returncode == 0, r.stderr
            runs[engine, dtype] = (json.loads(r.stdout), out)
        return runs[engine, dtype]
    return get


@pytest.mark.parametrize("engine, dtype", COMBOS)
def test_train(trained, engine, dtype):
    d, path = trained(engine, dtype)
    assert (d["engine"], d["dtype"], d["device"]) == (engine, dtype, "cpu")
    sane_history(d, EPOCHS)
    assert d["path"] in (("compiled", "numpy") if engine == "numpy" else (None,))
    # the file holds the run: its settings, history and weights (their loss is the last epoch's)
    loaded = ef.load(path)
    tr = loaded.experiment.training
    assert (tr.engine, tr.dtype) == (engine, dtype)
    assert loaded.history.train_loss == d["train_loss"]
    net, data = loaded.network(), loaded.dataset()
    assert [W.shape for W, _ in loaded.weights] == [(2, 4), (4, 1)]
    rtol = 1e-10 if dtype == "float64" else 1e-5
    assert np.isclose(net.loss(data.X_train, data.y_train), d["train_loss"][-1], rtol=rtol)


@pytest.mark.parametrize("engine, dtype", COMBOS)
def test_train_from_a_file_carries_on_with_its_engine(trained, engine, dtype, tmp_path):
    """``train FILE`` (the table, not --json): the engine and dtype come from the file
    ("engine": "torch" too), the run carries on from its saved epoch, and --save keeps both."""
    first, path = trained(engine, dtype)
    out = tmp_path / "more.annstudio"
    r = annstudio("train", path, "--epochs", 2, "--save", out, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert f"engine {engine} (cpu, {dtype}" in lines[0], lines[0]
    assert [line.split()[1] for line in lines if line.startswith("epoch")] == \
        [f"{EPOCHS + 1}/{EPOCHS + 2}", f"{EPOCHS + 2}/{EPOCHS + 2}"]
    assert lines[-1].startswith("done: 2 epochs"), lines[-1]
    loaded = ef.load(out)
    assert (loaded.experiment.training.engine, loaded.experiment.training.dtype) == (engine, dtype)
    assert loaded.history.train_loss[:EPOCHS] == first["train_loss"]   # the saved past, kept
    assert len(loaded.history.train_loss) == EPOCHS + 2


@pytest.mark.parametrize("args, words", [
    (["train", "--engine", "numpy", "--dtype", "float32"], "NumPy engine computes in float64"),
    (["race", "--engine", "torch", "--racer", "sgd"], "race runs on the NumPy engine"),
])
def test_refused_engine_and_dtype_say_so_in_one_line(args, words, tmp_path):
    one_line_error(annstudio(*args, cwd=tmp_path), words)


def test_race(tmp_path):
    r = annstudio("race", *SMALL, "--epochs", EPOCHS, "--racer", "sgd lr=0.1",
                  "--racer", "adam lr=0.01", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert [x["settings"]["optimizer"] for x in d["racers"]] == ["sgd", "adam"]
    assert sorted(d["finishing_order"]) == [0, 1]
    # the same initial weights on the same batches: one initial loss for every racer
    assert d["racers"][0]["initial_loss"] == d["racers"][1]["initial_loss"]
    for x in d["racers"]:
        sane_history(x["history"], EPOCHS)
    finals = [d["racers"][i]["history"]["train_loss"][-1] for i in d["finishing_order"]]
    assert finals == sorted(finals)


@pytest.mark.parametrize("engine, dtype", COMBOS)
def test_landscape(trained, engine, dtype, tmp_path):
    first, path = trained(engine, dtype)
    png = tmp_path / "map.png"
    r = annstudio("landscape", path, "--resolution", 5, "-o", png, "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    loss = np.array(d["loss"], dtype=float)
    assert loss.shape == (5, 5) and np.isfinite(loss).all() and (loss > 0).all()
    # the centre of the map is the saved weights: their loss is the run's last one
    rtol = 1e-10 if dtype == "float64" else 1e-5
    assert np.isclose(d["origin_loss"], first["train_loss"][-1], rtol=rtol)
    assert np.isclose(loss[2, 2], d["origin_loss"], rtol=1e-9)
    assert (d["path"] is not None) == (engine == "numpy")   # only the NumPy run records a path
    assert_png(png)


def test_landscape_pca_of_the_recorded_path(trained, tmp_path):
    _, path = trained("numpy", "float64")
    r = annstudio("landscape", path, "--directions", "pca", "--resolution", 3, "--json",
                  cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["directions"] == "pca" and 0 < sum(d["explained_variance"]) <= 1 + 1e-9


def test_animate(trained, tmp_path):
    _, path = trained("numpy", "float64")
    gif = tmp_path / "run.gif"
    r = annstudio("animate", path, "-o", gif, "--fps", 5, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    frames = int(r.stdout.split(": ")[1].split()[0])
    data = gif.read_bytes()
    assert data[:6] == b"GIF89a" and frames >= 2
    assert data.count(b"\x21\xf9\x04") == frames        # one graphic control block per frame


@pytest.mark.parametrize("distributed", [False, True], ids=["script", "distributed"])
@pytest.mark.parametrize("engine, dtype", COMBOS)
def test_export_torch(trained, engine, dtype, distributed, tmp_path):
    _, path = trained(engine, dtype)
    out = tmp_path / "train.py"
    r = annstudio("export", "torch", path, "-o", out, *(["--distributed"] if distributed else []),
                  cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wrote {out}"
    text = out.read_text(encoding="utf-8")
    compile(text, str(out), "exec")                     # a Python script that parses
    assert "nn.Linear(2, 4)" in text and "nn.Linear(4, 1)" in text
    assert ("DistributedDataParallel" in text) == distributed
    assert "import annstudio" not in text


@pytest.mark.parametrize("engine, dtype", [
    pytest.param("numpy", "float64", id="numpy-float64"),
    pytest.param("torch", "float32", id="torch-float32", marks=needs_torch)])
def test_screenshot(trained, engine, dtype, tmp_path):
    """``--screenshot OUT.png FILE --train-epochs 1``: the window opens the file, its engine
    process trains one more epoch, and the picture is written. (One dtype for torch: the
    window's engine process builds both the same way; `train` covers the two dtypes.)"""
    _, path = trained(engine, dtype)
    png = tmp_path / "window.png"
    r = annstudio("--screenshot", png, path, "--train-epochs", 1, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"saved {png}" in r.stdout
    assert "Traceback" not in r.stderr
    assert_png(png, (1366, 768))


def assert_png(path, size=None):
    """A PNG that Qt reads back, of ``size``, not one flat colour."""
    from PySide6.QtGui import QImage
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = QImage(str(path))
    assert not img.isNull()
    if size is not None:
        assert (img.width(), img.height()) == size
    w, h = img.width(), img.height()
    colours = {img.pixel(x * w // 7, y * h // 7) for x in range(7) for y in range(7)}
    assert len(colours) > 2
