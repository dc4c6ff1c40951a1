"""File ▸ Open of a handed-out folder's experiment, from another current folder: the window
reads the CSV beside the file (the same loader as the command line)."""
import json

import pytest

pytest.importorskip("pytestqt")

from annstudio.core.experiment import DatasetSpec, Experiment  # noqa: E402
from annstudio.io import experiment_file as ef  # noqa: E402


def test_open_reads_the_csv_beside_the_file(make_window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "handout"
    folder.mkdir()
    rows = [(0, 0, 0), (1, 1, 1), (0, 1, 1), (1, 0, 0), (0.2, 0.1, 0), (0.9, 0.8, 1),
            (0.1, 0.9, 1), (0.8, 0.2, 0), (0.3, 0.7, 1), (0.7, 0.3, 0)]
    (folder / "points.csv").write_text("x1,x2,y\n" + "".join(f"{a},{b},{y}\n" for a, b, y in rows))
    exp = Experiment(dataset=DatasetSpec("csv", n=10, path="points.csv", test_fraction=0.2))
    path = folder / "lesson.annstudio"
    path.write_text(json.dumps(ef.to_document(exp)))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    w = make_window()
    monkeypatch.setattr(w.files, "ask_open_path", lambda: str(path))
    w.actions["open"].trigger()
    qtbot.waitUntil(lambda: w.windowTitle().startswith("lesson.annstudio"), timeout=20000)
    assert w.last_error is None
    assert w.data.n_train + w.data.n_test == len(rows)
    assert w.data.name == "points"
