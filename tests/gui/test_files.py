"""GUI file actions against the main-window contract (a small fake window)."""
import os

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QAction, QImage  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

import pyqtgraph as pg  # noqa: E402

from annstudio.core import datasets  # noqa: E402
from annstudio.core.experiment import DatasetSpec, Experiment  # noqa: E402
from annstudio.gui import files  # noqa: E402
from annstudio.gui.fake_engine import FakeEngineClient  # noqa: E402
from annstudio.gui.session import Session  # noqa: E402
from annstudio.io import experiment_file as ef  # noqa: E402
from annstudio.io import lessons  # noqa: E402


class RecordingSession(Session):
    """The real session (an in-process engine) that also lists what it was asked to load."""

    def __init__(self, experiment, parent):
        self.loaded = []
        super().__init__(experiment, FakeEngineClient, parent)

    def load(self, experiment, data=None, weights=None, history=None, **kwargs):
        self.loaded.append((experiment, data, weights, history))
        return super().load(experiment, data=data, weights=weights, history=history, **kwargs)


class Host(QMainWindow):
    """Only what `FileActions` is given: the menus and actions `gui.actions` builds (no slots
    yet), a plot, the close guards, an error and a status sink, around a real session."""

    def __init__(self):
        super().__init__()
        self.session = RecordingSession(Experiment(dataset=DatasetSpec("moons", n=60, seed=1)),
                                        self)
        self.session.start()
        self.close_guards = []
        self.errors = []
        self.status = []
        self.new_calls = 0
        self.actions = {}
        for key in ("new", "open", "save", "save_as", "quit", "export_torch", "export_csv",
                    "export_plot", "export_window_png"):
            self.actions[key] = QAction(key, self)     # as gui.actions builds them: no slot
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.menus = {"file": f, "recent": f.addMenu("Open &Recent"),
                      "export": f.addMenu("&Export"), "lessons": mb.addMenu("&Lessons")}
        self.glw = pg.GraphicsLayoutWidget()
        p = self.glw.addPlot(title="Loss")
        p.plot(np.arange(5), np.array([0.7, 0.5, 0.4, 0.35, 0.3]))
        self.setCentralWidget(self.glw)
        self.resize(500, 350)
        self.files = None

    # the session's state under short names, for the tests' asserts
    @property
    def loaded(self):
        return self.session.loaded

    @property
    def modified(self):
        return self.session.modified

    def set_modified(self, modified=True):
        self.session.set_modified(modified)

    def new_experiment(self):
        self.new_calls += 1
        self.session.load(Experiment())

    def replace(self, experiment, data=None):
        """An edit of the experiment or the data (not a load the tests look for)."""
        Session.load(self.session, experiment, data=data)

    def install_files(self, settings, recovery_dir, **kwargs):
        self.files = files.FileActions(
            self.session, parent=self, settings=settings, actions=self.actions,
            menus=self.menus, close_guards=self.close_guards,
            show_error=lambda title, message: self.errors.append((title, message)),
            show_status=lambda message, ms: self.status.append(message),
            new_experiment=self.new_experiment, plot=self.glw, recovery_dir=recovery_dir,
            **kwargs)
        return self.files

    def closeEvent(self, ev):
        for guard in self.close_guards:
            if not guard():
                ev.ignore()
                return
        self.session.shutdown()
        ev.accept()


def _before_close(w):
    # the test is over: no "save changes?" question while pytest-qt closes the window
    w.close_guards.clear()
    if w.files is not None:
        w.files.stop_autosave()


def add(qtbot, w):
    qtbot.addWidget(w, before_close_func=_before_close)
    qtbot.waitUntil(lambda: w.session.client.snapshots_received > 0, timeout=10000)
    return w


def trained(qtbot, w, epochs=2):
    """``w`` after ``epochs`` epochs of training (the fake engine runs them on a timer)."""
    w.session.run_epochs(epochs)
    qtbot.waitUntil(lambda: len(w.session.history.epochs) >= epochs, timeout=10000)
    qtbot.waitUntil(lambda: not w.session.running, timeout=10000)
    w.session.take_snapshot()
    return w


@pytest.fixture
def win(qtbot, tmp_path):
    w = trained(qtbot, add(qtbot, Host()))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    fa = w.install_files(settings, str(tmp_path / "recovery"), check_recovery=False)
    fa.answers = []
    fa.ask_save_changes = lambda: fa.answers.pop(0)
    fa.ask_open_path = lambda: None
    fa.ask_save_path = lambda *a: None
    w.set_modified(False)
    return w


def test_install_connects_the_file_actions_and_sets_handler(win):
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
    assert win.new_calls == 1 and win.session.file_path is None


def test_save_as_writes_a_file_that_loads_back(win, tmp_path):
    path = str(tmp_path / "mine.annstudio")
    win.files.ask_save_path = lambda *a: path
    win.set_modified(True)
    assert win.session.file_path is None
    win.actions["save_as"].trigger()
    assert win.errors == []
    assert win.session.file_path == path and not win.modified
    loaded = ef.load(path)
    assert loaded.experiment.to_dict() == win.session.experiment.to_dict()
    for (W, b), (W2, b2) in zip(win.session.network().get_weights(), loaded.weights):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    assert len(loaded.history.train_loss) == 2
    assert loaded.history.train_loss == win.session.history.train_loss
    assert win.files.recent_files() == [path]
    # Save (no dialog now) overwrites the same file
    exp = win.session.experiment
    exp.note = "second"
    win.replace(exp)
    win.set_modified(True)
    win.actions["save"].trigger()
    assert ef.load(path).note == "second"


def test_drawn_points_are_saved_with_the_file(win, tmp_path):
    rng = np.random.default_rng(0)
    data = datasets.from_arrays(rng.normal(size=(12, 2)), rng.integers(0, 2, 12), task="binary")
    exp = win.session.experiment
    exp.dataset = DatasetSpec("points", n=12)
    win.replace(exp, data)
    assert win.files.save_to(tmp_path / "d.annstudio")
    assert np.array_equal(ef.load(tmp_path / "d.annstudio").data.X_train, data.X_train)


def test_failed_save_says_why_and_keeps_modified(win, tmp_path):
    win.set_modified(True)
    assert not win.files.save_to(tmp_path / "no-such-folder" / "x.annstudio")
    assert win.errors and win.errors[0][0] == "Save failed"
    assert "does not exist" in win.errors[0][1]
    assert win.modified


def test_bad_file_leaves_current_work_untouched(win, tmp_path):
    bad = tmp_path / "bad.annstudio"
    bad.write_bytes(b'{"format": "annstudio", "version": 1, "experiment": {"dataset": 3}}')
    before = win.session.experiment.to_dict()
    win.set_modified(True)
    assert not win.files.open_path(str(bad), confirm=False)
    assert win.errors[-1][1] == "cannot open bad.annstudio: experiment.network is missing"
    assert win.session.experiment.to_dict() == before and win.modified and win.loaded == []


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
    assert win.session.experiment.note == "from disk" and not win.modified
    assert win.session.file_path == str(good)


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
    assert win.new_calls == 1 and win.loaded[-1][0].to_dict() == Experiment().to_dict()
    assert win.session.file_path is None


def test_recent_files_menu(win, tmp_path):
    paths = []
    for i in range(3):
        p = str(tmp_path / f"r{i}.annstudio")
        win.files.save_to(p)
        paths.append(p)
    acts = [a for a in win.menus["recent"].actions() if a.data()]
    assert [a.data() for a in acts] == paths[::-1]
    assert acts[0].text() == "&1 r2.annstudio"
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
    assert ef.load(rec).experiment.to_dict() == win.session.experiment.to_dict()
    win.files.save_to(tmp_path / "s.annstudio")
    assert not os.path.exists(rec)


def test_autosave_timer_fires(qtbot, tmp_path):
    w = add(qtbot, Host())
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    fa = w.install_files(settings, str(tmp_path / "rec"), autosave_ms=30, check_recovery=False)
    rec = ef.recovery_path(tmp_path / "rec")
    w.set_modified(True)
    qtbot.waitUntil(lambda: os.path.exists(rec), timeout=5000)
    w.set_modified(False)
    qtbot.waitUntil(lambda: not os.path.exists(rec), timeout=5000)
    fa.stop_autosave()
    w.close_guards.clear()


def test_recovery_is_offered_at_start_and_restores_the_work(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    exp = Experiment(dataset=DatasetSpec("xor", n=40, seed=3))
    exp.note = "work from the crashed session"
    dead = ef.recovery_path(folder, pid=999_999_999)   # above any real pid: a crashed session
    ef.save(dead, exp, extra={"recovery": {"original_path": str(tmp_path / "orig.annstudio")}})
    w = add(qtbot, Host())
    fa = w.install_files(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), str(folder))
    qtbot.waitUntil(lambda: fa.recovery_box is not None, timeout=5000)
    assert "did not close properly" in fa.recovery_box.text()
    assert "orig.annstudio" in fa.recovery_box.text()
    fa.recover_button.click()
    assert w.session.experiment.note == "work from the crashed session"
    assert w.modified
    assert w.files.path == str(tmp_path / "orig.annstudio")
    assert not os.path.exists(dead)
    assert os.path.exists(ef.recovery_path(folder))   # now autosaved as this session's work
    fa.stop_autosave()
    w.close_guards.clear()


def test_discarding_the_recovery_removes_it(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    dead = ef.recovery_path(folder, pid=999_999_998)
    ef.save(dead, Experiment())
    w = add(qtbot, Host())
    fa = w.install_files(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), str(folder))
    qtbot.waitUntil(lambda: fa.recovery_box is not None, timeout=5000)
    fa.discard_button.click()
    assert not os.path.exists(dead) and w.loaded == []
    fa.stop_autosave()
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
        files.export_plot(win.glw, tmp_path / "x.jpg")


def test_exported_metrics_are_those_of_the_standardized_run(qtbot, tmp_path):
    """With standardised inputs the network never sees raw x: the CSV's metrics table is
    the report of the trained network on x̃ = (x − μ)/s, as the Metrics tab shows it."""
    from annstudio.core import metrics
    from annstudio.io.export_csv import history_csv
    w = add(qtbot, Host())
    w.session.set_standardize(True)
    w.session.set_hyperparameters({"lr": 0.5})   # far enough from 50/50 to tell them apart
    trained(qtbot, w, epochs=30)
    s = w.session
    assert s.standardizer is not None
    fa = w.install_files(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                         str(tmp_path / "rec"), check_recovery=False)
    path = str(tmp_path / "h.csv")
    fa.ask_save_path = lambda *a: path
    w.actions["export_csv"].trigger()
    assert w.errors == []
    with np.errstate(all="ignore"):
        right = history_csv(s.history, metrics.report(s.network(), s.data, s.standardizer,
                                                      s.target_standardizer))
        raw = history_csv(s.history, metrics.report(s.network(), s.data, None))
    assert right != raw                  # the two readings differ on this data
    assert open(path, encoding="utf-8").read().replace("\r\n", "\n") == right.replace("\r\n", "\n")
