"""gui/files.py inside the real main window: save, open, lessons, bad files, exports."""
import os

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from tests.gui.conftest import small_moons, wait_snapshot  # noqa: E402

from annstudio.io import experiment_file as ef  # noqa: E402


def test_files_are_installed_in_the_main_window(make_window, qtbot, tmp_path):
    w = make_window(small_moons())
    fa = w.files
    assert w.open_file_handler == fa.open_path
    assert fa.recovery_dir == str(tmp_path / "recovery")       # next to the test settings
    titles = [a.text() for a in w.menus["lessons"].actions()]
    assert "¬XOR by hand (lecture §2)" in titles

    w.actions["step_epoch"].trigger()
    qtbot.waitUntil(lambda: len(w.history) >= 1, timeout=30000)
    path = tmp_path / "run.annstudio"
    assert fa.save_to(path), w.last_error
    assert w.windowTitle().startswith("run.annstudio") and "•" not in w.windowTitle()
    loaded = ef.load(path)
    assert loaded.experiment.to_dict() == w.experiment.to_dict()
    for (W, b), (W2, b2) in zip(w.network().get_weights(), loaded.weights):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    assert loaded.history.train_loss == w.history.train_loss

    # a lesson replaces the work; its hand-set weights reach the window's network
    assert fa.open_lesson("notxor_by_hand")
    assert w.data.n_train == 4 and w.experiment.network.hidden == [2]
    W2, b2 = w.network().get_weights()[0]
    assert np.array_equal(W2, [[1, -1], [-1, 1]])
    assert w.windowTitle().startswith("untitled")

    # a bad file leaves the current work untouched and says why
    bad = tmp_path / "bad.annstudio"
    bad.write_bytes(b"\x00\x01garbage")
    before = w.experiment.to_dict()
    assert not w.open_file_handler(str(bad), confirm=False)
    assert "binary file" in w.last_error[1]
    assert w.experiment.to_dict() == before

    # reopening the saved run brings its experiment and weights back
    assert fa.open_path(str(path), confirm=False)
    assert w.experiment.to_dict() == loaded.experiment.to_dict()
    for (W, b), (W2, b2) in zip(w.network().get_weights(), loaded.weights):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    assert fa.recent_files()[0] == str(path)
    qtbot.waitUntil(lambda: w.history.train_loss == loaded.history.train_loss, timeout=30000)

    # exports from the real window
    from annstudio.gui import files
    files.export_window_png(w, tmp_path / "window.png")
    files.export_plot(w.curves.glw, tmp_path / "curves.png")
    files.export_plot(w.curves.glw, tmp_path / "curves.svg")
    for name in ("window.png", "curves.png", "curves.svg"):
        assert os.path.getsize(tmp_path / name) > 1000
    if os.environ.get("ANNSTUDIO_KEEP_SCREENSHOTS"):
        import shutil
        for name in ("window.png", "curves.png", "curves.svg"):
            shutil.copy(tmp_path / name, os.path.join(os.environ["ANNSTUDIO_KEEP_SCREENSHOTS"], name))


def test_autosave_and_guard_in_the_main_window(make_window, qtbot, tmp_path):
    w = make_window(small_moons())
    fa = w.files
    w.set_modified(True)
    rec = fa.autosave_now()
    assert rec and ef.load(rec).experiment.to_dict() == w.experiment.to_dict()
    fa.ask_save_changes = lambda: "discard"
    assert fa.close_guard()
    assert not os.path.exists(rec)


def test_a_reopened_run_carries_on_exactly_where_it_stopped(make_real_window, qtbot,
                                                            tmp_path):
    """Saved mid-epoch with Adam, then reopened: training on gives the very losses that
    training on without closing gave (Adam's moments and the place in the epoch come back
    with the file; before, a reopened run restarted its optimizer at the epoch's start).
    The real engine process: its recorded run gives the file the optimizer state."""
    w = make_real_window(small_moons())
    w.actions["step_epoch"].trigger()
    wait_snapshot(qtbot, w, lambda s: s.epoch == 1)
    for k in range(3):
        w.actions["step_batch"].trigger()
        s = wait_snapshot(qtbot, w, lambda s, k=k: s.step == 40 + k + 1)
    assert s.batch_index == 3
    path = tmp_path / "mid.annstudio"
    assert w.files.save_to(path), w.last_error

    def five_more():
        start = len(w.history.step_loss)
        for k in range(5):
            w.actions["step_batch"].trigger()
            wait_snapshot(qtbot, w, lambda s, k=k: s.step == start + k + 1)
        return list(w.history.step_loss[start:])

    on = five_more()
    saved = ef.load(path)
    assert saved.progress == {"epoch": 1, "batch_index": 3, "step_count": 43}
    assert saved.optimizer_state["name"] == "adam"
    assert w.files.open_path(str(path), confirm=False), w.last_error
    s = wait_snapshot(qtbot, w, lambda s: s.step == 43)
    assert s.epoch == 1 and s.batch_index == 3
    # the same steps from the same state; a process may take a step on the compiled path where
    # the other took the NumPy path (it trains on NumPy until its kernels are loaded), and the
    # two paths agree to 1e-12, not always to the last bit of a loss
    assert five_more() == pytest.approx(on, rel=1e-12, abs=0)
