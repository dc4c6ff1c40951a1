"""The app as a program: closing while training, --screenshot, --self-test, startup
without torch, each panel alone, and the PySide6 refcount canary (DESIGN.md)."""
import os
import subprocess
import sys
import textwrap

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_python(code, tmp_path, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT,
               ANNSTUDIO_SETTINGS=str(tmp_path / "settings.ini"))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=str(tmp_path),
                          env=env, capture_output=True, text=True, timeout=timeout)


def test_close_window_while_training_exits_cleanly(tmp_path):
    code = """
    import os, sys
    import annstudio.gui
    from PySide6.QtWidgets import QApplication
    from annstudio.gui.main_window import MainWindow
    from annstudio.gui.worker import wait_for

    def main():
        app = QApplication([])
        w = MainWindow()
        w.show()
        assert wait_for(lambda: w.session.client.snapshots_received > 0, 60)
        w.actions["run"].trigger()
        assert wait_for(lambda: w.session.client.running and w.session.client.record.step_losses.n > 200, 60)
        pid = w.session.client.pid
        print("PID", pid, flush=True)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        def answer():                  # a trained run asks "save changes?": Discard
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.button(QMessageBox.Discard).click()
            else:
                QTimer.singleShot(20, answer)
        QTimer.singleShot(20, answer)
        w.close()                      # while training
        assert w.session.client.is_shut_down
        w.deleteLater()
        app.processEvents()
        del w
        app.shutdown()
        return 0

    sys.exit(main())
    """
    r = run_python(code, tmp_path)
    assert r.returncode == 0, r.stderr
    assert "QThread: Destroyed" not in r.stderr
    assert "Traceback" not in r.stderr
    pid = int(r.stdout.split("PID", 1)[1].split()[0])
    with pytest.raises(OSError):
        os.kill(pid, 0)                # the engine process is gone too


def test_screenshot_trains_and_saves_the_window(tmp_path):
    out = tmp_path / "shot.png"
    r = run_python(f"""
    import sys
    from annstudio.gui.app import main
    sys.exit(main(["--screenshot", {str(out)!r}, "--train-epochs", "2", "--size", "1000x700"]))
    """, tmp_path)
    assert r.returncode == 0, r.stderr
    assert "QThread: Destroyed" not in r.stderr
    from PySide6.QtGui import QImage
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1000, 700)


def test_app_module_runs_as_a_script(tmp_path):
    """``python -m annstudio.gui.app --screenshot`` reaches every helper it calls: the
    ``__main__`` guard stood above ``_set_icon`` once, and this run died with a NameError."""
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT,
               ANNSTUDIO_SETTINGS=str(tmp_path / "settings.ini"))
    r = subprocess.run([sys.executable, "-m", "annstudio.gui.app", "--screenshot", str(out),
                        "--size", "900x600"], cwd=str(tmp_path), env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert f"saved {out} (900×600)" in r.stdout
    from PySide6.QtGui import QImage
    img = QImage(str(out))
    assert (img.width(), img.height()) == (900, 600)


def test_self_test_passes(tmp_path):
    r = run_python("""
    import sys
    from annstudio.gui.app import main
    sys.exit(main(["--self-test"]))
    """, tmp_path, timeout=240)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test ok" in r.stdout and "numpy: 3 epochs" in r.stdout
    # it says which path the NumPy engine trained on: compiled wherever numba is installed
    import importlib.util
    import re
    if importlib.util.find_spec("numba") is not None:
        assert re.search(r"numpy: 3 epochs, train loss [0-9.]+, compiled path "
                         r"\(from [0-9.]+ s after start\)", r.stdout), r.stdout
    else:
        assert "numpy: 3 epochs" in r.stdout and ", NumPy path (" in r.stdout, r.stdout


def test_unknown_preset_is_refused(tmp_path):
    r = run_python("""
    import sys
    from annstudio.gui.app import main
    sys.exit(main(["--screenshot", "x.png", "--preset", "nope"]))
    """, tmp_path)
    assert r.returncode == 2
    assert "unknown preset 'nope'" in r.stderr and "lecture_moons" in r.stderr


def test_window_opens_without_importing_torch(tmp_path):
    r = run_python("""
    import sys, time
    t0 = time.perf_counter()
    import annstudio.gui
    from PySide6.QtWidgets import QApplication
    from annstudio.gui.main_window import MainWindow
    app = QApplication([])
    w = MainWindow()
    w.show()
    app.processEvents()
    print("OPEN", time.perf_counter() - t0, "torch" in sys.modules)
    w.close(); w.deleteLater(); app.processEvents(); del w; app.shutdown()
    """, tmp_path)
    assert r.returncode == 0, r.stderr
    seconds, torch_loaded = r.stdout.split("OPEN", 1)[1].split()[:2]
    assert torch_loaded == "False"


@pytest.mark.parametrize("name", ["dataset", "network", "training"])
def test_each_panel_works_alone(qtbot, name):
    import importlib
    mod = importlib.import_module(f"annstudio.gui.panels.{name}")
    assert callable(mod.main)
    cls = {"dataset": "DatasetPanel", "network": "NetworkPanel", "training": "TrainingPanel"}
    panel = getattr(mod, cls[name])()
    qtbot.addWidget(panel)
    panel.show()
    if name == "network":
        with qtbot.waitSignal(panel.changed) as sig:
            panel.add_layer()
        assert sig.args[0].hidden == [20, 40, 20, 20]
        panel.move_layer(1, -1)
        assert panel.spec().hidden == [40, 20, 20, 20]
    elif name == "dataset":
        with qtbot.waitSignal(panel.specChanged) as sig:
            panel.n_edit.commit("123")
        assert sig.args[0].n == 123
    else:
        with qtbot.waitSignal(panel.optimizerChanged) as sig:
            panel.opt_combo.setCurrentIndex(panel.opt_combo.findData("lecture_momentum"))
        assert sig.args[0].params == {"lr": 0.04, "eta": 0.7}
        # only that optimizer's hyperparameters are offered, with formula tooltips
        assert panel.hp_edit("momentum") is None and panel.hp_edit("eta") is not None
        assert "ΔW_t" in panel.hp_edit("eta").toolTip()


def test_training_panel_csv_errors_name_lines(qtbot, tmp_path):
    from annstudio.gui.panels.dataset import DatasetPanel
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n0.1,0.2,0\n0.3,oops,1\n0.5,0.6\n")
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    assert panel.load_csv(str(bad)) is None
    assert "line 3" in panel.last_csv_error and "line 4" in panel.last_csv_error
    assert not panel.message.isHidden()


def test_refcount_canary_none_and_true_do_not_drift(qtbot):
    """PySide6 6.12.0 over-decrefs None per void call and True per emit (DESIGN.md): on
    Python ≤ 3.11 the app then dies with 'none_dealloc'. Fails if the counts fall."""
    import pyqtgraph as pg
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        sig = Signal(bool)

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    item = plot.plot([0, 1, 2], [1, 0, 1])
    em = Emitter()
    got = []
    em.sig.connect(got.append)
    n = 3000
    none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(n):
        item.update()
        item.setVisible(True)
        em.sig.emit(True)
    none1, true1 = sys.getrefcount(None), sys.getrefcount(True)
    assert len(got) == n
    # immortal objects (3.12+) report a constant; otherwise small noise is fine, a fall
    # of one per call is the bug
    assert none1 - none0 > -n // 10, f"None refcount fell by {none0 - none1}"
    assert true1 - true0 > -n // 10, f"True refcount fell by {true0 - true1}"


def test_every_catalogue_preset_opens_by_name(tmp_path):
    """--preset takes every name of the one catalogue: not_xor was in the Lessons menu but
    refused here ("unknown preset"), because the inspector added it only once a window
    existed."""
    from annstudio.io.catalogue import PRESETS
    out = tmp_path / "notxor.png"
    r = run_python(f"""
    import sys
    from annstudio.gui.app import main
    sys.exit(main(["--screenshot", {str(out)!r}, "--preset", "not_xor", "--size", "800x600"]))
    """, tmp_path)
    assert r.returncode == 0, r.stderr
    assert out.exists() and "not_xor" in PRESETS
