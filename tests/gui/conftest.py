"""Fixtures for driving the real main window offscreen.

Every test gets its own QSettings file (``ANNSTUDIO_SETTINGS`` points into tmp_path), so
the user's settings are never read or written. Windows are closed and their engine
process is checked to be gone after each test.
"""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


@pytest.fixture
def settings_path(tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("ANNSTUDIO_SETTINGS", str(path))
    return path


@pytest.fixture
def make_window(qtbot, settings_path):
    """make_window(experiment=None, data=None, size=(1366, 768)) → a shown MainWindow whose
    engine answered: an in-process `FakeEngineClient` (NumPy trainer on a timer, no
    process)."""
    from annstudio.gui.fake_engine import FakeEngineClient
    yield from _window_factory(qtbot, FakeEngineClient)


@pytest.fixture
def make_real_window(qtbot, settings_path):
    """Like make_window, with the real engine process (`EngineClient`): for tests of the
    engine link (crash/restart, watchdog, stress, PyTorch switch, speed)."""
    from annstudio.gui.worker import EngineClient
    yield from _window_factory(qtbot, EngineClient)


def _window_factory(qtbot, client_factory):
    import annstudio.gui  # noqa: F401
    from annstudio.gui.main_window import MainWindow
    windows = []

    def make(experiment=None, data=None, size=(1366, 768)):
        """``size=None`` keeps the size the window chose for the screen."""
        w = MainWindow(experiment=experiment, data=data, client_factory=client_factory)
        # A modal "Save changes?" box would wait forever offscreen: an edit that replaces a
        # trained run answers Discard, unless the test answers the real box (test_newcomer's
        # _Answer removes this answer) or sets its own.
        w.files.ask_save_changes = lambda: "discard"
        windows.append(w)
        if size is not None:
            w.resize(*size)
        w.show()
        qtbot.waitUntil(lambda: w.session.client.snapshots_received > 0, timeout=30000)
        return w

    yield make
    for w in windows:
        pid = w.session.client.pid
        w.close_guards.clear()
        w.close()
        w.shutdown()
        if pid is not None:
            assert not _alive(pid), "the engine process outlived its window"
        w.deleteLater()


def _alive(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    # a zombie is gone for our purposes once reaped by multiprocessing
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


def small_moons():
    """2→8→8→1 ReLU/σ on the lecture's moons, Adam lr 0.01 (learns in a few seconds)."""
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.network.hidden = [8, 8]
    exp.network.activations = ["relu", "relu"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    exp.training.epochs = 0
    return exp


def wait_snapshot(qtbot, window, predicate, timeout=30000):
    """Wait until the latest snapshot satisfies ``predicate`` and return it."""
    box = {}

    def ok():
        s = window.session.client.latest()
        if s is not None and predicate(s):
            box["s"] = s
            return True
        return False
    qtbot.waitUntil(ok, timeout=timeout)
    return box["s"]


def large_scale_csv(path, n=200, seed=0):
    """Four features on scales from 0.001 to 5000 (an income, an age, a ratio, a count)."""
    import numpy as np
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 4)) * [5000.0, 12.0, 0.001, 300.0] + [30000.0, 40.0, 0.5, 900.0]
    y = (X[:, 1] - 40 + (X[:, 2] - 0.5) * 1e4 > 0).astype(int)
    rows = ["income,age,ratio,count,label"] + [
        ",".join(f"{v:.6g}" for v in x) + f",{k}" for x, k in zip(X, y)]
    path.write_text("\n".join(rows) + "\n")
    return path


def import_csv(w, qtbot, monkeypatch, path):
    """File chosen in Dataset ▸ Import CSV… (the dialog answered with ``path``)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    w.docks["dataset"].raise_()
    qtbot.mouseClick(w.dataset_panel.csv_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.data.spec.name == "csv" and w.data.n_features == 4,
                    timeout=10000)


@pytest.fixture(scope="session", autouse=True)
def _fast_path_loaded_up_front():
    """numba and the fast kernels loaded once, in the main thread, before any window.

    Tests that train in this process (a simulated student's run, `Network.fit`) start the
    fast path's background load; numba's import in that thread while the main thread's
    garbage collector walks Qt objects segfaulted here (1 run in 3 of the classroom tests).
    The app's own GUI process never trains in-process (the engine is a child process)."""
    from annstudio.engines import fast
    fast.start(wait=True)
