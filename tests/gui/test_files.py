"""GUI file actions against the main-window contract (a small fake window)."""
import os

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Signal  # noqa: E402
from PySide6.QtGui import QAction, QImage  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

import pyqtgraph as pg  # noqa: E402

from annstudio.core import datasets  # noqa: E402
from annstudio.core.experiment import DatasetSpec, Experiment  # noqa: E402
from annstudio.engines.factory import from_experiment  # noqa: E402
from annstudio.gui import files  # noqa: E402
from annstudio.io import experiment_file as ef  # noqa: E402
from annstudio.io import lessons  # noqa: E402


class FakeWindow(QMainWindow):
    """Just the contract gui/files.py relies on."""
    modifiedChanged = Signal(bool)

    def __init__(self):
        super().__init__()
        self.experiment = Experiment(dataset=DatasetSpec("moons", n=60, seed=1))
        self.data = self.experiment.build_data()
        self._engine = from_experiment(self.experiment, data=self.data)
        self._engine.train(2)
        self.modified = False
        self.close_guards = []
        self.open_file_handler = None
        self.errors = []
        self.loaded = []
        self.actions = {}
        for key in ("new", "open", "save", "save_as", "quit", "export_torch", "export_csv",
                    "export_plot", "export_window_png"):
            self.actions[key] = QAction(key, self)     # as gui.actions builds them: no slot
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.menus = {"file": f, "recent": f.addMenu("Open &Recent"),
                      "export": f.addMenu("&Export"), "lessons": mb.addMenu("&Lessons")}
        self.curves = type("Curves", (), {})()
        self.curves.glw = pg.GraphicsLayoutWidget()
        p = self.curves.glw.addPlot(title="Loss")
        p.plot(np.arange(5), np.array([0.7, 0.5, 0.4, 0.35, 0.3]))
        self.setCentralWidget(self.curves.glw)
        self.resize(500, 350)

    @property
    def history(self):
        return self._engine.history

    def network(self):
        return self._engine.network()

    def load_experiment(self, experiment, data=None, weights=None, history=None, resume=None):
        self.loaded.append((experiment, data, weights, history))
        self.experiment = experiment
        self.data = data if data is not None else experiment.build_data()
        net = experiment.build_network(self.data)
        if weights is not None:
            net.set_weights(weights)
        self._engine = from_experiment(experiment, data=self.data, net=net)
        if resume is not None:
            self._engine.import_state(resume(self.data))
        elif history is not None:
            self._engine.trainer.history = history
        return True

    def set_modified(self, modified=True):
        if bool(modified) != self.modified:
            self.modified = bool(modified)
            self.modifiedChanged.emit(self.modified)

    def show_error(self, title, message):
        self.errors.append((title, message))

    def closeEvent(self, ev):
        for guard in self.close_guards:
            if not guard():
                ev.ignore()
                return
        ev.accept()


def _before_close(w):
    # the test is over: no "save changes?" question while pytest-qt closes the window
    w.close_guards.clear()
    if getattr(w, "files", None) is not None:
        w.files.timer.stop()


def add(qtbot, w):
    qtbot.addWidget(w, before_close_func=_before_close)
    return w


@pytest.fixture
def win(qtbot, tmp_path):
    w = add(qtbot, FakeWindow())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    fa = files.install(w, settings=settings, recovery_dir=str(tmp_path / "recovery"),
                       check_recovery=False)
    fa.answers = []
    fa.ask_save_changes = lambda: fa.answers.pop(0)
    fa.ask_open_path = lambda: None
    fa.ask_save_path = lambda *a: None
    return w


def test_install_connects_the_file_actions_and_sets_handler(win):
    assert win.open_file_handler == win.files.open_path
    asked = []
    win.files.ask_open_path = lambda: asked.append("Open")
    win.files.ask_save_path = lambda title, *a, **k: asked.append(title)
    win.set_modified(True)
    win.files.answers = ["discard"]
    win.actions["new"].trigger()                 # asks about the changes, then loads
    assert len(win.loaded) == 1 and win.files.answers == []
    for key in ("open", "save", "save_as", "export_torch", "export_csv", "export_plot",
                "export_window_png"):
        win.actions[key].trigger()
    # each action reached its FileActions handler exactly once (one dialog each)
    assert asked[0] == "Open" and len(asked) == 7, asked
    assert win.windowTitle() == "untitled — ANN Studio"


def test_save_as_writes_a_file_that_loads_back(win, tmp_path):
    path = str(tmp_path / "mine.annstudio")
    win.files.ask_save_path = lambda *a: path
    win.set_modified(True)
    assert win.windowTitle() == "untitled • — ANN Studio"
    win.actions["save_as"].trigger()
    assert win.errors == []
    assert win.windowTitle() == "mine.annstudio — ANN Studio" and not win.modified
    loaded = ef.load(path)
    assert loaded.experiment.to_dict() == win.experiment.to_dict()
    for (W, b), (W2, b2) in zip(win.network().get_weights(), loaded.weights):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    assert loaded.history.train_loss == win.history.train_loss
    assert win.files.recent_files() == [path]
    # Save (no dialog now) overwrites the same file
    win.experiment.note = "second"
    win.set_modified(True)
    win.actions["save"].trigger()
    assert ef.load(path).note == "second"


def test_drawn_points_are_saved_with_the_file(win, tmp_path):
    rng = np.random.default_rng(0)
    win.data = datasets.from_arrays(rng.normal(size=(12, 2)), rng.integers(0, 2, 12), task="binary")
    win.experiment.dataset = DatasetSpec("points", n=12)
    assert win.files.save_to(tmp_path / "d.annstudio")
    assert np.array_equal(ef.load(tmp_path / "d.annstudio").data.X_train, win.data.X_train)


def test_failed_save_says_why_and_keeps_modified(win, tmp_path):
    win.set_modified(True)
    assert not win.files.save_to(tmp_path / "no-such-folder" / "x.annstudio")
    assert win.errors and win.errors[0][0] == "Save failed"
    assert "does not exist" in win.errors[0][1]
    assert win.modified


def test_bad_file_leaves_current_work_untouched(win, tmp_path):
    bad = tmp_path / "bad.annstudio"
    bad.write_bytes(b'{"format": "annstudio", "version": 1, "experiment": {"dataset": 3}}')
    before = win.experiment.to_dict()
    win.set_modified(True)
    assert not win.open_file_handler(str(bad), confirm=False)
    assert win.errors[-1][1] == "cannot open bad.annstudio: experiment.network is missing"
    assert win.experiment.to_dict() == before and win.modified and win.loaded == []


def test_open_asks_to_save_changes(win, tmp_path):
    good = tmp_path / "good.annstudio"
    exp = Experiment(dataset=DatasetSpec("circles", n=40, seed=2))
    exp.note = "from disk"
    ef.save(good, exp)
    win.files.ask_open_path = lambda: str(good)
    win.set_modified(True)
    win.files.answers = ["cancel"]
    win.actions["open"].trigger()
    assert win.loaded == []
    win.files.answers = ["discard"]
    win.actions["open"].trigger()
    assert win.experiment.note == "from disk" and not win.modified
    assert win.windowTitle() == "good.annstudio — ANN Studio"


def test_close_with_unsaved_changes(win, tmp_path):
    win.show()
    win.set_modified(True)
    win.files.answers = ["cancel"]
    assert not win.close()
    path = str(tmp_path / "closing.annstudio")
    win.files.ask_save_path = lambda *a: path
    win.files.answers = ["save"]
    assert win.close()
    assert os.path.exists(path)


def test_save_cancelled_in_the_dialog_keeps_window_open(win):
    win.show()
    win.set_modified(True)
    win.files.answers = ["save"]          # then the file dialog is cancelled
    assert not win.close()
    assert win.modified


def test_new_asks_and_resets_the_path(win, tmp_path):
    win.files.save_to(tmp_path / "a.annstudio")
    win.set_modified(True)
    win.files.answers = ["discard"]
    win.actions["new"].trigger()
    assert win.loaded[-1][0].to_dict() == Experiment().to_dict()
    assert win.windowTitle() == "untitled — ANN Studio"


def test_recent_files_menu(win, tmp_path):
    paths = []
    for i in range(3):
        p = str(tmp_path / f"r{i}.annstudio")
        win.files.save_to(p)
        paths.append(p)
    acts = [a for a in win.menus["recent"].actions() if a.data()]
    assert [a.data() for a in acts] == paths[::-1]
    assert acts[0].text() == "&1 r2.annstudio"
    win.experiment.note = "changed"
    acts[2].trigger()                       # not modified: opens without asking
    assert win.files.path == paths[0]
    os.remove(paths[1])
    [a for a in win.menus["recent"].actions() if a.data() == paths[1]][0].trigger()
    assert "no such file" in win.errors[-1][1]
    assert paths[1] not in win.files.recent_files()


def test_lessons_menu_lists_lessons_with_descriptions(win):
    acts = [a for a in win.menus["lessons"].actions() if a.data()]
    found = lessons.list_lessons()
    assert [a.data() for a in acts] == [x.name for x in found]
    for a, x in zip(acts, found):
        assert a.text() == x.title and a.statusTip() == x.description
        assert x.description[:40].replace("&", "&amp;").replace("<", "&lt;") in a.toolTip()
    [a for a in acts if a.data() == "notxor_by_hand"][0].trigger()
    exp, data, weights, history = win.loaded[-1]
    assert data.n_train == 4 and np.array_equal(weights[1][0], [[-1], [-1]])
    assert win.files.path is None and not win.modified


def test_autosave_writes_and_save_removes_the_recovery_file(win, tmp_path):
    rec = ef.recovery_path(tmp_path / "recovery")
    assert win.files.autosave_now() is None and not os.path.exists(rec)
    win.set_modified(True)
    assert win.files.autosave_now() == rec
    assert ef.load(rec).experiment.to_dict() == win.experiment.to_dict()
    win.files.save_to(tmp_path / "s.annstudio")
    assert not os.path.exists(rec)


def test_autosave_timer_fires(qtbot, tmp_path):
    w = add(qtbot, FakeWindow())
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    fa = files.install(w, settings=settings, recovery_dir=str(tmp_path / "rec"), autosave_ms=30,
                       check_recovery=False)
    rec = ef.recovery_path(tmp_path / "rec")
    w.set_modified(True)
    qtbot.waitUntil(lambda: os.path.exists(rec), timeout=5000)
    w.set_modified(False)
    qtbot.waitUntil(lambda: not os.path.exists(rec), timeout=5000)
    fa.timer.stop()
    w.close_guards.clear()


def test_recovery_is_offered_at_start_and_restores_the_work(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    exp = Experiment(dataset=DatasetSpec("xor", n=40, seed=3))
    exp.note = "work from the crashed session"
    dead = ef.recovery_path(folder, pid=999_999_999)   # above any real pid: a crashed session
    ef.save(dead, exp, extra={"recovery": {"original_path": str(tmp_path / "orig.annstudio")}})
    w = add(qtbot, FakeWindow())
    fa = files.install(w, settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                       recovery_dir=str(folder))
    qtbot.waitUntil(lambda: fa.recovery_box is not None, timeout=5000)
    assert "did not close properly" in fa.recovery_box.text()
    assert "orig.annstudio" in fa.recovery_box.text()
    fa.recover_button.click()
    assert w.experiment.note == "work from the crashed session"
    assert w.modified
    assert w.files.path == str(tmp_path / "orig.annstudio")
    assert not os.path.exists(dead)
    assert os.path.exists(ef.recovery_path(folder))   # now autosaved as this session's work
    fa.timer.stop()
    w.close_guards.clear()


def test_discarding_the_recovery_removes_it(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    dead = ef.recovery_path(folder, pid=999_999_998)
    ef.save(dead, Experiment())
    w = add(qtbot, FakeWindow())
    fa = files.install(w, settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                       recovery_dir=str(folder))
    qtbot.waitUntil(lambda: fa.recovery_box is not None, timeout=5000)
    fa.discard_button.click()
    assert not os.path.exists(dead) and w.loaded == []
    fa.timer.stop()
    w.close_guards.clear()


def test_exports(win, tmp_path):
    targets = iter([str(tmp_path / "t.py"), str(tmp_path / "h.csv"), str(tmp_path / "p.png"),
                    str(tmp_path / "p.svg"), str(tmp_path / "w.png")])
    win.files.ask_save_path = lambda *a: next(targets)
    win.show()
    win.actions["export_torch"].trigger()
    win.actions["export_csv"].trigger()
    win.actions["export_plot"].trigger()
    win.actions["export_plot"].trigger()
    win.actions["export_window_png"].trigger()
    assert win.errors == []
    assert "nn.Linear(2, 20)" in (tmp_path / "t.py").read_text(encoding="utf-8")
    assert (tmp_path / "h.csv").read_text().splitlines()[0].startswith("epoch,train_loss")
    img = QImage(str(tmp_path / "p.png"))
    assert img.width() > 100 and img.height() > 100
    assert "<svg" in (tmp_path / "p.svg").read_text(encoding="utf-8")
    img = QImage(str(tmp_path / "w.png"))
    assert (img.width(), img.height()) == (win.width(), win.height()) or img.width() > 100
    left = set(os.listdir(tmp_path)) - {"settings.ini"}
    assert left == {"t.py", "h.csv", "p.png", "p.svg", "w.png"}   # no temporary files left
    from PySide6.QtSvg import QSvgRenderer
    assert QSvgRenderer(str(tmp_path / "p.svg")).isValid()


def test_export_plot_rejects_other_extensions(win, tmp_path):
    from annstudio.core.errors import AnnStudioError
    with pytest.raises(AnnStudioError, match="choose a .png or .svg"):
        files.export_plot(win.curves.glw, tmp_path / "x.jpg")
