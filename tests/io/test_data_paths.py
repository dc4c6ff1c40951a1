"""A relative CSV path inside an experiment file names a file beside the experiment file, not
one in the current folder: a folder handed out whole opens from anywhere (command line and
window), and a save writes the path the same way."""
import json
import os
import subprocess
import sys

import pytest

from annstudio.core.experiment import DatasetSpec, Experiment
from annstudio.io import experiment_file as ef

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROWS = [(0, 0, 0), (1, 1, 1), (0, 1, 1), (1, 0, 0), (0.2, 0.1, 0), (0.9, 0.8, 1),
        (0.1, 0.9, 1), (0.8, 0.2, 0), (0.3, 0.7, 1), (0.7, 0.3, 0)]


def handout(folder, csv_name="points.csv"):
    """An instructor's folder: an experiment whose dataset is ``csv_name`` (relative, no
    points stored) and that CSV beside it (or below it)."""
    csv = folder / csv_name
    csv.parent.mkdir(parents=True, exist_ok=True)
    csv.write_text("x1,x2,y\n" + "".join(f"{a},{b},{y}\n" for a, b, y in ROWS))
    exp = Experiment(dataset=DatasetSpec("csv", n=len(ROWS), path=csv_name, test_fraction=0.2))
    exp.network.hidden, exp.network.activations = [3], ["tanh"]
    path = folder / "lesson.annstudio"
    doc = ef.to_document(exp)          # written by hand: the path exactly as given
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize("csv_name", ["points.csv", "data/points.csv"])
def test_a_handed_out_folder_opens_from_any_current_folder(tmp_path, monkeypatch, csv_name):
    path = handout(tmp_path / "handout", csv_name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    loaded = ef.load(path)
    assert loaded.experiment.dataset.path == str(tmp_path / "handout" / csv_name)
    data = loaded.dataset()
    assert data.n_train + data.n_test == len(ROWS)
    env = dict(os.environ, PYTHONPATH=REPO)
    r = subprocess.run([sys.executable, "-m", "annstudio", "train", str(path), "--epochs", "1",
                        "--json"], cwd=elsewhere, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["train_loss"]) == 1


def test_a_save_writes_the_path_from_the_files_own_folder(tmp_path, monkeypatch):
    """Beside or below the file: relative (they travel together); elsewhere: absolute.
    Never relative to the current folder of the moment."""
    path = handout(tmp_path / "handout")
    monkeypatch.chdir(tmp_path)
    loaded = ef.load(path)
    again = tmp_path / "handout" / "copy.annstudio"
    ef.save(again, loaded.experiment)
    assert json.loads(again.read_text())["experiment"]["dataset"]["path"] == "points.csv"
    other = tmp_path / "other" / "copy.annstudio"
    other.parent.mkdir()
    ef.save(other, loaded.experiment)
    assert json.loads(other.read_text())["experiment"]["dataset"]["path"] == \
        str(tmp_path / "handout" / "points.csv")
    # a path given relative to the current folder (the command line's --dataset points.csv)
    monkeypatch.chdir(tmp_path / "handout")
    exp = Experiment(dataset=DatasetSpec("csv", n=len(ROWS), path="points.csv"))
    sub = tmp_path / "handout" / "runs" / "x.annstudio"
    sub.parent.mkdir()
    ef.save(sub, exp)
    assert json.loads(sub.read_text())["experiment"]["dataset"]["path"] == \
        str(tmp_path / "handout" / "points.csv")
    monkeypatch.chdir(tmp_path / "other")
    assert ef.load(sub).dataset().n_train + ef.load(sub).dataset().n_test == len(ROWS)
    assert ef.load(again).dataset().n_train > 0
