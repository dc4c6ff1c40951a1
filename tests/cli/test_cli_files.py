"""Command line and experiment files: train --save writes one, export torch reads one."""
import json
import os
import subprocess
import sys

import numpy as np

from annstudio.io import experiment_file as ef

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def annstudio(*args, cwd):
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=240)


def test_train_save_then_export_torch(tmp_path):
    out = tmp_path / "run.annstudio"
    r = annstudio("train", "--dataset", "circles", "--samples", 60, "--layers", "5",
                  "--epochs", 2, "--save", out, "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    printed = json.loads(r.stdout.strip().splitlines()[-1])
    loaded = ef.load(out)
    assert loaded.experiment.dataset.name == "circles" and loaded.experiment.network.hidden == [5]
    assert loaded.history.train_loss == printed["train_loss"]
    # the saved weights are the trained ones: their loss on the data is the last epoch's
    net = loaded.network()
    data = loaded.dataset()
    assert np.isclose(net.loss(data.X_train, data.y_train), printed["train_loss"][-1], rtol=1e-12)

    r = annstudio("export", "torch", out, "-o", tmp_path / "train.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    text = (tmp_path / "train.py").read_text(encoding="utf-8")
    assert "nn.Linear(2, 5)" in text and "import annstudio" not in text


def test_export_torch_errors_are_one_line(tmp_path):
    (tmp_path / "bad.annstudio").write_bytes(b'{"format": "annstudio", "version": 99}')
    r = annstudio("export", "torch", tmp_path / "bad.annstudio", "-o", tmp_path / "t.py", cwd=tmp_path)
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0
    assert "written by a newer ANN Studio" in r.stderr
    assert not (tmp_path / "t.py").exists()
