"""Security 3 in the window: a slow read (a network drive, a huge file) runs off the GUI
thread; the window keeps processing events and shows a busy dialog; then the file opens."""
import os
import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QPushButton  # noqa: E402

from annstudio.io import csvdata  # noqa: E402
from annstudio.io import experiment_file as ef  # noqa: E402
from tests.gui.conftest import make_window, settings_path, small_moons  # noqa: E402,F401

SHOTS = "/tmp/shots/sec"


def _blocking(real, seen):
    """``real`` made slow: it waits for the test to release it, noting its thread."""
    release = threading.Event()

    def slow(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        assert release.wait(60), "the test never released the read"
        return real(*args, **kwargs)
    return slow, release


def _watch_while_reading(w, seen, release, screenshot=None):
    """A GUI timer (it only fires when the event loop runs) that counts its ticks, looks
    at the busy dialog once it shows, then lets the read finish."""
    seen["ticks"] = 0
    timer = QTimer(w)

    def tick():
        seen["ticks"] += 1
        dialog = getattr(w, "busy_dialog", None)
        if dialog is not None and dialog.isVisible() and "label" not in seen:
            seen["label"] = dialog.labelText()
            seen["title_during"] = w.windowTitle()
            if screenshot and os.path.isdir(SHOTS):
                dialog.grab().save(os.path.join(SHOTS, screenshot))
        if "label" in seen and seen["ticks"] > 5 or seen["ticks"] > 3000:
            timer.stop()
            release.set()
    timer.timeout.connect(tick)
    timer.start(10)
    return timer


def test_opening_a_slow_experiment_keeps_the_window_responsive(make_window, monkeypatch,
                                                               experiment_path):
    w = make_window(small_moons())
    seen = {}
    slow, release = _blocking(ef.load, seen)
    monkeypatch.setattr(ef, "load", slow)
    w.files.ask_open_path = lambda: str(experiment_path)
    timer = _watch_while_reading(w, seen, release, "busy-dialog.png")
    w.actions["open"].trigger()          # returns once the file is open
    timer.stop()
    assert seen["label"] == "Reading X.annstudio…"
    assert "X.annstudio" not in seen["title_during"]   # not open yet while reading
    assert seen["ticks"] > 5                       # the event loop ran during the read
    assert seen["thread"] is not threading.main_thread()
    assert w.windowTitle().startswith("X.annstudio")
    assert w.experiment.network.hidden == [3]
    assert w.busy_dialog is None


def test_a_slow_bad_file_still_reports_one_error(make_window, monkeypatch, tmp_path):
    w = make_window(small_moons())
    fifo = tmp_path / "pipe.annstudio"
    os.mkfifo(fifo)
    seen = {}
    slow, release = _blocking(ef.load, seen)
    monkeypatch.setattr(ef, "load", slow)
    timer = _watch_while_reading(w, seen, release)
    assert w.files.open_path(str(fifo), confirm=False) is False
    timer.stop()
    assert w.last_error[0] == "Cannot open the file"
    assert "it is a pipe (FIFO), not a regular file" in w.last_error[1]


def test_importing_a_slow_csv_keeps_the_window_responsive(make_window, monkeypatch, tmp_path):
    w = make_window(small_moons())
    csv = tmp_path / "points.csv"
    csv.write_text("x1,x2,label\n" + "".join(f"{i % 7},{i % 5},{i % 2}\n" for i in range(40)))
    seen = {}
    slow, release = _blocking(csvdata.load_csv, seen)
    monkeypatch.setattr(csvdata, "load_csv", slow)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv), "")))
    panel = w.dataset_panel
    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "Import CSV…")
    timer = _watch_while_reading(panel, seen, release)
    button.click()
    timer.stop()
    assert seen["label"] == "Reading points.csv…" and seen["ticks"] > 5
    assert seen["thread"] is not threading.main_thread()
    assert w.data.n_train + w.data.n_test == 40 and w.data.feature_names == ["x1", "x2"]
