"""Issue 15 on the command line: `race`, `train --timeline/--from-step`, `landscape`, run as a
user runs them (a subprocess), checked against independent solo `train --json` runs."""
import json
import os
import struct
import subprocess
import sys

import numpy as np
import pytest

from annstudio.io import experiment_file as ef

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = ["--samples", "150", "--layers", "6,6", "--seed", "2", "--batch-size", "10"]


def annstudio(*args, cwd):
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=240)


def one_line_error(r, words):
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr, r.stderr
    assert words in r.stderr, r.stderr


# ----------------------------------------------------------------------------- race
def test_race_json_matches_solo_train_runs(tmp_path):
    racers = ["sgd lr=0.015", "lecture_momentum lr=0.04 eta=0.7", "adam lr=0.01"]
    r = annstudio("race", *DATA, "--epochs", 4, *[x for t in racers for x in ("--racer", t)],
                  "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [x["label"] for x in out["racers"]] == racers
    assert len({x["initial_loss"] for x in out["racers"]}) == 1
    assert sorted(out["finishing_order"]) == [0, 1, 2]
    solos = [["--optimizer", "sgd", "--lr", "0.015"],
             ["--optimizer", "lecture_momentum", "--lr", "0.04", "--eta", "0.7"],
             ["--optimizer", "adam", "--lr", "0.01"]]
    for racer, flags in zip(out["racers"], solos):
        s = annstudio("train", *DATA, "--epochs", 4, *flags, "--json", cwd=tmp_path)
        assert s.returncode == 0, s.stderr
        solo = json.loads(s.stdout)
        h = racer["history"]
        assert set(h) == set(solo)                      # the same keys as train --json
        for key in ("train_loss", "test_loss", "accuracy", "test_accuracy"):
            np.testing.assert_allclose(h[key], solo[key], rtol=0, atol=1e-12)
        assert h["epochs"] == solo["epochs"] == 4
    # the finishing order is by final training loss
    finals = [out["racers"][i]["history"]["train_loss"][-1] for i in out["finishing_order"]]
    assert finals == sorted(finals)


def test_race_on_standardised_data_matches_solo_train(tmp_path):
    """Shipped iris is standardised by default: a racer sees the data exactly as `train` does."""
    flags = ["--dataset", "iris", "--layers", "6", "--epochs", 3, "--seed", "1"]
    r = annstudio("race", *flags, "--racer", "adam lr=0.01", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    s = annstudio("train", *flags, "--optimizer", "adam", "--lr", "0.01", "--json", cwd=tmp_path)
    assert s.returncode == 0, s.stderr
    racer, solo = json.loads(r.stdout)["racers"][0]["history"], json.loads(s.stdout)
    assert solo["standardized"]
    np.testing.assert_allclose(racer["train_loss"], solo["train_loss"], rtol=0, atol=1e-12)


def test_race_table_names_every_racer(tmp_path):
    r = annstudio("race", *DATA, "--epochs", 2, "--racer", "sgd lr=0.1", "--racer",
                  "rmsprop lr=0.01", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "finishing order" in r.stdout
    assert "1. " in r.stdout and "2. " in r.stdout
    assert "sgd lr=0.1" in r.stdout and "rmsprop lr=0.01" in r.stdout


@pytest.mark.parametrize("args, words", [
    ([], "give 1 to 6 racers"),
    (["--racer", "sgd lr=abc"], "lr must be a number"),
    (["--racer", "nadam lr=0.1"], "unknown optimizer 'nadam'"),
    (["--racer", "sgd lr=0.1", "--lr", "0.2"], "--lr is set per racer"),
    (["--racer", "sgd lr=0.1", "--engine", "torch"], "NumPy engine"),
    (["--racer", "sgd lr=0.1", "--save", "x.annstudio"], "--save is not available"),
])
def test_race_bad_input_is_one_line(tmp_path, args, words):
    one_line_error(annstudio("race", "--samples", "50", "--epochs", "1", *args, cwd=tmp_path),
                   words)


# ----------------------------------------------------------------------------- timeline
def test_from_step_replays_the_recorded_run_bit_for_bit_and_branches(tmp_path):
    run = tmp_path / "run.annstudio"
    r = annstudio("train", *DATA, "--optimizer", "adam", "--lr", "0.01", "--epochs", 6,
                  "--timeline", "--save", run, "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    full = json.loads(r.stdout)
    loaded = ef.load(run)
    assert loaded.timeline is not None and len(loaded.timeline.checkpoints) >= 2
    spe = 12                                             # 120 training points / 10
    for K in (2 * spe, 2 * spe + 5):                     # an epoch's end and mid-epoch
        s = annstudio("train", run, "--from-step", K, "--epochs", 4, "--json", cwd=tmp_path)
        assert s.returncode == 0, s.stderr
        again = json.loads(s.stdout)
        assert again["train_loss"] == full["train_loss"]           # bit for bit
        assert again["test_loss"] == full["test_loss"]
    # a branch: same past, other future
    b = annstudio("train", run, "--from-step", 2 * spe, "--optimizer", "sgd", "--lr", "0.05",
                  "--epochs", 2, "--json", cwd=tmp_path)
    assert b.returncode == 0, b.stderr
    branch = json.loads(b.stdout)
    assert branch["train_loss"][:2] == full["train_loss"][:2]
    assert branch["train_loss"][2] != full["train_loss"][2] and len(branch["train_loss"]) == 4


def test_from_step_errors_are_one_line(tmp_path):
    plain = tmp_path / "plain.annstudio"
    r = annstudio("train", *DATA, "--epochs", 1, "--save", plain, "-q", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    one_line_error(annstudio("train", plain, "--from-step", 3, "--epochs", 1, cwd=tmp_path),
                   "needs an experiment file with a recorded timeline")
    rec = tmp_path / "rec.annstudio"
    annstudio("train", *DATA, "--epochs", 1, "--timeline", "--save", rec, "-q", cwd=tmp_path)
    one_line_error(annstudio("train", rec, "--from-step", 999, "--epochs", 1, cwd=tmp_path),
                   "step 999 is not in the recorded run (steps 0–12)")


# ----------------------------------------------------------------------------- landscape
def png_size(path):
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", raw[16:24])


@pytest.mark.parametrize("directions", ["random", "pca"])
def test_landscape_json_and_png(tmp_path, directions):
    run = tmp_path / "run.annstudio"
    r = annstudio("train", *DATA, "--epochs", 5, "--optimizer", "adam", "--lr", "0.01",
                  "--timeline", "--save", run, "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    last_loss = json.loads(r.stdout)["train_loss"][-1]
    m = annstudio("landscape", run, "--directions", directions, "--resolution", 9, "-o",
                  tmp_path / "map.png", "--json", cwd=tmp_path)
    assert m.returncode == 0, m.stderr
    out = json.loads(m.stdout)
    assert out["directions"] == directions
    assert abs(out["origin_loss"] - last_loss) <= 1e-12
    Z = np.array(out["loss"])
    assert Z.shape == (9, 9) and Z[4, 4] == out["origin_loss"]
    assert len(out["d1"]) == len(out["d2"]) == 6 * 2 + 6 + 6 * 6 + 6 + 6 + 1
    assert np.allclose(out["path"][-1], 0, atol=1e-9)          # the path ends here
    if directions == "pca":
        d1, d2 = np.array(out["d1"]), np.array(out["d2"])
        np.testing.assert_allclose([d1 @ d1, d2 @ d2, d1 @ d2], [1, 1, 0], atol=1e-12)
    w, h = png_size(tmp_path / "map.png")
    assert w == h and w >= 9 * 2


def test_landscape_errors_are_one_line(tmp_path):
    run = tmp_path / "run.annstudio"
    annstudio("train", *DATA, "--epochs", 1, "--save", run, "-q", cwd=tmp_path)
    one_line_error(annstudio("landscape", run, "--directions", "pca", cwd=tmp_path),
                   "PCA directions need the run's recorded path")
    one_line_error(annstudio("landscape", run, "--resolution", 2, cwd=tmp_path),
                   "resolution must be 3 to 401")
    one_line_error(annstudio("landscape", run, "-o", tmp_path / "map.jpg", cwd=tmp_path),
                   "written as PNG")
    one_line_error(annstudio("landscape", tmp_path / "missing.annstudio", cwd=tmp_path),
                   "no such file")


# ----------------------------------------------------------------------------- animate
def test_animate_writes_the_saved_timeline_as_a_gif(tmp_path):
    from PIL import Image, ImageChops
    run = tmp_path / "run.annstudio"
    r = annstudio("train", *DATA, "--epochs", 3, "--optimizer", "adam", "--lr", "0.01",
                  "--timeline", "--save", run, "-q", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    n = len(ef.load(run).timeline.checkpoints)
    assert n == 3 * 12 + 1
    m = annstudio("animate", run, "-o", tmp_path / "run.gif", "--fps", 5, cwd=tmp_path)
    assert m.returncode == 0 and m.stderr == "", m.stderr
    assert m.stdout.startswith(f"wrote {tmp_path / 'run.gif'}: {n} frames (of {n} checkpoints) "
                               "at 5 frames/s")
    with Image.open(tmp_path / "run.gif") as gif:
        assert gif.n_frames == n and gif.info["duration"] == 200 and gif.size[0] == 960
        first = gif.convert("RGB")
        gif.seek(n - 1)
        last = gif.convert("RGB")
    assert (np.asarray(ImageChops.difference(first, last)).sum(axis=2) > 60).mean() > 0.02


def test_animate_errors_are_one_line(tmp_path):
    run = tmp_path / "run.annstudio"
    annstudio("train", *DATA, "--epochs", 1, "--save", run, "-q", cwd=tmp_path)
    one_line_error(annstudio("animate", run, "-o", tmp_path / "run.gif", cwd=tmp_path),
                   "holds no recorded timeline")
    one_line_error(annstudio("animate", run, "-o", tmp_path / "run.mp4", cwd=tmp_path),
                   "written as GIF")
    one_line_error(annstudio("animate", run, "-o", tmp_path / "a.gif", "--fps", 0, cwd=tmp_path),
                   "--fps must be 1 to 50")
    annstudio("train", *DATA, "--epochs", 1, "--timeline", "--save", run, "-q", cwd=tmp_path)
    os.mkfifo(tmp_path / "pipe.gif")
    one_line_error(annstudio("animate", run, "-o", tmp_path / "pipe.gif", cwd=tmp_path),
                   "it is a pipe (FIFO), not a regular file")
    assert sorted(os.listdir(tmp_path)) == ["pipe.gif", "run.annstudio"]
