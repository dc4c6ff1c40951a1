"""The classroom from the command line (issue 24), as a teacher and students type it:
challenge new → challenge show --save → train → handin (one refused) → class collect."""
import csv
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from annstudio.io import classroom, experiment_file

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def annstudio(*args, cwd, config, timeout=180):
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""),
               QT_QPA_PLATFORM="offscreen", ANNSTUDIO_CONFIG_DIR=str(config))
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=timeout)


def one_line_error(r, words):
    assert r.returncode != 0, (r.stdout, r.stderr)
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
    assert words in r.stderr, r.stderr


def forward_accuracy(run_path, X, y):
    """Independent of the app's scoring: the saved weights run forward with plain NumPy."""
    loaded = experiment_file.load(run_path)
    z = X
    for k, (W, b) in enumerate(loaded.weights):
        u = z @ W + b
        z = np.maximum(u, 0) if k < len(loaded.weights) - 1 else 1 / (1 + np.exp(-u))
    return float(np.mean((z[:, 0] > 0.5) == y))


def test_challenge_handin_collect(tmp_path):
    cfg = {"cwd": tmp_path, "config": tmp_path / "config"}
    r = annstudio("train", "--dataset", "moons", "--samples", "300", "--noise", "0.15",
                  "--epochs", "1", "--save", "teacher.annstudio", "-q", **cfg)
    assert r.returncode == 0, r.stderr
    r = annstudio("challenge", "new", "teacher.annstudio", "--lock", "dataset,output",
                  "--max-params", "500", "--max-epochs", "300", "--optimizers", "adam,sgd",
                  "--hold-out", "0.3", "--title", "Two moons", "--task", "Beat the moons.",
                  "-o", "moons.challenge", **cfg)
    assert r.returncode == 0, r.stderr
    assert "wrote moons.challenge" in r.stdout and "moons.key" in r.stdout
    assert (tmp_path / "moons.key").is_file()
    r = annstudio("challenge", "show", "moons.challenge", "--save", "start.annstudio", **cfg)
    assert r.returncode == 0, r.stderr
    assert "locked: the dataset" in r.stdout and "limit: most parameters 500" in r.stdout
    runs = {"Ada": ("--layers", "8", "--optimizer", "adam", "--lr", "0.02", "--epochs", "40"),
            "Cy": ("--layers", "6", "--optimizer", "sgd", "--lr", "0.1", "--epochs", "30"),
            "Bob": ("--layers", "30,30", "--optimizer", "adam", "--epochs", "3")}
    for name, flags in runs.items():
        r = annstudio("train", "start.annstudio", *flags, "--save", f"{name}.annstudio", "-q",
                      **cfg)
        assert r.returncode == 0, r.stderr
    (tmp_path / "inbox").mkdir()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"question": "Q", "answer": "yes", "correct": False}]))
    for name in ("Ada", "Cy"):
        r = annstudio("handin", f"{name}.annstudio", "--challenge", "moons.challenge",
                      "--name", name, "-o", "inbox", "--predictions", answers, **cfg)
        assert r.returncode == 0 and r.stdout.startswith("handed in: "), r.stderr
    r = annstudio("handin", "Bob.annstudio", "--challenge", "moons.challenge", "--name", "Bob",
                  "-o", "inbox", **cfg)
    one_line_error(r, "the hand-in is refused: the network has 1,051 parameters; at most 500")
    assert len(os.listdir(tmp_path / "inbox")) == 2
    # the key is not the challenge, and the challenge is not the key
    one_line_error(annstudio("class", "collect", "inbox", "--key", "moons.challenge", **cfg),
                   "not the teacher's key")
    r = annstudio("class", "collect", "inbox", "--key", "moons.key", "--csv", "table.csv",
                  "--json", **cfg)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    key = classroom.load_key(tmp_path / "moons.key")
    truth = {n: forward_accuracy(tmp_path / f"{n}.annstudio", key.X, key.y) for n in ("Ada", "Cy")}
    rows = {row["student"]: row for row in got["rows"]}
    for n, acc in truth.items():
        assert rows[n]["score"] == pytest.approx(acc, abs=1e-12)
        assert rows[n]["rank"] == 1 + sum(t > acc for t in truth.values())
    assert got["tally"] == [{"question": "Q", "answers": {"yes": 2}, "right": 0, "wrong": 2}]
    with open(tmp_path / "table.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert {t["name"]: float(t["accuracy"]) for t in table} == pytest.approx(truth, abs=1e-12)
    r = annstudio("class", "collect", "inbox", "--key", "moons.key", **cfg)
    assert r.returncode == 0 and "held-out accuracy" in r.stdout and "2 × yes" in r.stdout
