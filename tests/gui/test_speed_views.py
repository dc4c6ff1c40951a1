"""Issue 16 in the window, tested for correctness (the speed itself is measured by
tests/benchmarks/bench_gui.py):

- a wide net's snapshots carry only what is on screen: the neuron maps of the layer
  chosen in the Layers combo, coarse grids while training, fine ones after Pause;
- PyTorch is imported in the engine process in the background, so switching to it later
  says "switching", never "loading PyTorch";
- 100,000 points are drawn as a sample, while the window still says 100,000.
"""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import small_moons, wait_snapshot


def wide():
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.network.hidden = [256, 256, 256]
    exp.network.activations = ["relu"] * 3
    exp.training.epochs = 0                 # until Pause
    return exp


def run_button(w):
    return w.toolbar.widgetForAction(w.actions["run"])


def maps_carried(s):
    return [k for k, m in enumerate(s.views["maps"]) if m is not None]


def layer_z(weights, acts, X, k):
    """z after layer k (API index), float64, by plain matrix products (own oracle)."""
    z = X
    for (W, b), a in list(zip(weights, acts))[:k + 1]:
        u = z @ W + b
        z = np.maximum(u, 0) if a == "relu" else np.tanh(u) if a == "tanh" else u
    return z


def test_wide_net_snapshots_carry_only_the_chosen_layer(make_real_window, qtbot):
    from annstudio.core.views import BOUNDARY_RES, plane_inputs, thumb_res
    w = make_real_window(wide())
    assert w.view_tabs.currentWidget() is w.layer_view
    combo = w.layer_view.combo
    assert w.layer_view.layer() == 0
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    s = wait_snapshot(qtbot, w, lambda s: s.running and s.step > 0, timeout=60000)
    # training: only layer 0's maps, on coarse grids
    assert maps_carried(s) == [0]
    assert not s.views["fine"]
    assert s.views["output"].shape[0] < BOUNDARY_RES
    assert s.views["map_layout"][0][2] < thumb_res(256)

    # the user picks the next layer in the combo: the engine follows
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentIndex() == 1
    s = wait_snapshot(qtbot, w, lambda s: s.running and maps_carried(s) == [1],
                      timeout=30000)
    qtbot.waitUntil(lambda: w.layer_view._maps_layer == 1, timeout=10000)
    assert "layer 3" in combo.currentText()          # lecture numbering: K − k = 4 − 1

    # Pause (the same toolbar button): the last snapshot has the fine grids
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    s = wait_snapshot(qtbot, w, lambda s: not s.running and s.views["fine"],
                      timeout=30000)
    v = s.views
    assert maps_carried(s) == [1]
    assert v["output"].shape == (BOUNDARY_RES, BOUNDARY_RES)
    cols, rows, res = v["map_layout"][1]
    assert res == thumb_res(256) and cols * rows >= 256
    # the maps are layer 1's activations on the res × res grid (tile 0 = neuron 0, its
    # rows flipped so x2 grows upwards), scaled by the layer's max |z|
    G, _ = plane_inputs(w.data, res)
    z = layer_z(s.weights, s.activations, G, 1)
    scale = np.max(np.abs(z))
    np.testing.assert_allclose(v["map_scale"][1], scale, rtol=1e-4)
    tile0 = v["maps"][1][:res, :res][::-1].ravel()
    np.testing.assert_allclose(tile0, z[:, 0] / scale, atol=1e-4)
    # and the window shows it
    qtbot.waitUntil(lambda: w.layer_view.maps.img.image is not None and
                    w.layer_view.maps.img.image.shape == v["maps"][1].shape, timeout=10000)


def test_other_tab_means_no_maps_at_all(make_real_window, qtbot):
    w = make_real_window(wide())
    w.view_tabs.tabBar().setCurrentIndex(w.view_tabs.indexOf(w.grad_view))
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    s = wait_snapshot(qtbot, w, lambda s: s.running and s.step > 0 and
                      maps_carried(s) == [], timeout=60000)
    assert len(s.views["maps"]) == 3            # one (empty) entry per hidden layer
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    w.view_tabs.tabBar().setCurrentIndex(w.view_tabs.indexOf(w.layer_view))
    wait_snapshot(qtbot, w, lambda s: not s.running and maps_carried(s) == [0])


def test_torch_preloads_and_switching_never_says_loading(make_real_window, qtbot, monkeypatch):
    from annstudio.engines.torch_support import torch_unavailable_reason
    reason = torch_unavailable_reason()
    if reason:
        pytest.skip(reason)
    monkeypatch.delenv("ANNSTUDIO_NO_TORCH_PRELOAD", raising=False)
    w = make_real_window(small_moons())
    # the engine imports torch on its own after the first snapshot; wait for its word
    # (the state flag, not the clock: this box may be busy)
    qtbot.waitUntil(lambda: w.session.client.torch_state == "ready", timeout=180000)
    seen = []
    combo = w.training_panel.engine_combo
    with qtbot.waitSignal(w.session.client.configured, timeout=60000,
                          check_params_cb=lambda info: info["engine"] == "torch"):
        combo.setCurrentIndex(combo.findData("torch"))
        seen.append(w.status_labels["engine"].text())
    qtbot.waitUntil(lambda: seen.append(w.status_labels["engine"].text()) or
                    seen[-1].startswith("PyTorch on cpu"), timeout=10000)
    assert seen[0].startswith("switching to PyTorch"), seen
    assert not [t for t in seen if "loading PyTorch" in t], seen
    wait_snapshot(qtbot, w, lambda s: s.engine == "torch")


def test_without_preload_the_switch_says_loading_pytorch(make_real_window, qtbot):
    """The control: the same switch with no preload (the tests' default) says so."""
    from annstudio.engines.torch_support import torch_unavailable_reason
    reason = torch_unavailable_reason()
    if reason:
        pytest.skip(reason)
    w = make_real_window(small_moons())
    assert w.session.client.torch_state == "absent"
    combo = w.training_panel.engine_combo
    with qtbot.waitSignal(w.session.client.configured, timeout=120000,
                          check_params_cb=lambda info: info["engine"] == "torch"):
        combo.setCurrentIndex(combo.findData("torch"))
        assert w.status_labels["engine"].text().startswith("loading PyTorch")


def test_100k_points_are_drawn_as_a_sample(make_real_window, qtbot):
    from annstudio.gui.views.data_view import MAX_DRAWN
    w = make_real_window(small_moons())
    edit = w.dataset_panel.n_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "100000")
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(w.data.X) == 100_000, timeout=30000)
    d, view = w.data, w.data_view
    tr, te = view.train_scatter.data, view.test_scatter.data
    assert 0 < len(tr) and 0 < len(te) and len(tr) + len(te) <= MAX_DRAWN
    # what is drawn are real points of the right part (train filled, test hollow)
    train = {tuple(p) for p in np.round(d.X_train[:, :2], 9)}
    test = {tuple(p) for p in np.round(d.X_test[:, :2], 9)}
    assert all((round(x, 9), round(y, 9)) in train for x, y in zip(tr["x"], tr["y"]))
    assert all((round(x, 9), round(y, 9)) in test for x, y in zip(te["x"], te["y"]))
    # in the proportions of the split
    assert abs(len(tr) / (len(tr) + len(te)) - d.n_train / 100_000) < 0.01
    # the window still says how many points there are
    assert "100,000 points" in view.legend.text()
    assert f"{len(tr) + len(te):,} of them drawn" in view.legend.text()
    assert f"{d.n_train:,} training + {d.n_test:,} test points" in \
        w.dataset_panel.info_label.text()
    # and the engine trains on all of them
    wait_snapshot(qtbot, w, lambda s: True)
    assert w.session.client.config["data"].n_train == d.n_train


def test_small_data_is_drawn_whole(make_real_window, qtbot):
    w = make_real_window(small_moons())
    n = len(w.data.X)
    assert n < 4000
    assert len(w.data_view.train_scatter.data) + len(w.data_view.test_scatter.data) == n
    assert "drawn" not in w.data_view.legend.text()


def test_inspector_is_built_on_first_open(make_real_window, qtbot):
    """Start-up (goal 5): the inspector's tables are built when the student opens it."""
    w = make_real_window(small_moons())
    dock = w.inspector_dock
    assert dock._inspector is None and not dock.isVisible()
    w.actions["inspector"].trigger()
    qtbot.waitUntil(dock.isVisible, timeout=10000)
    assert dock._inspector is not None and dock.widget() is dock._inspector
    # built late, it still shows the window's network (nothing trained: the engine's)
    s = wait_snapshot(qtbot, w, lambda s: True)
    for layer, (W, b) in zip(dock.inspector.net.layers, s.weights):
        np.testing.assert_array_equal(layer.W, W)
        np.testing.assert_array_equal(layer.b, b)


def test_startup_report_prints_once_the_window_is_up(tmp_path):
    """The start-up benchmark's hook: `annstudio` prints the time to an interactive
    window and exits cleanly, without importing torch."""
    import os
    import subprocess
    import sys
    import time
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               ANNSTUDIO_SETTINGS=str(tmp_path / "s.ini"),
               ANNSTUDIO_STARTUP_REPORT=str(time.time()),
               PYTHONPATH=os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "annstudio"], env=env,
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr[-2000:]
    line = [t for t in r.stdout.splitlines() if "window interactive after" in t]
    assert len(line) == 1 and "(visible: True)" in line[0], r.stdout
    seconds = float(line[0].split("after ")[1].split(" s")[0])
    assert 0 < seconds < 180
    imported = {t.split("|")[-1].strip() for t in r.stderr.splitlines() if "|" in t}
    assert "pyqtgraph" in imported and "torch" not in imported


def test_preload_pauses_between_modules():
    """The preload's import asks before every module (so the host can hold it while
    training); in a fresh interpreter, where torch is not imported yet."""
    import os
    import subprocess
    import sys
    from annstudio.engines.torch_support import torch_unavailable_reason
    if torch_unavailable_reason():
        pytest.skip(torch_unavailable_reason())
    code = ("import sys\n"
            "from annstudio.engines.torch_support import import_torch\n"
            "asked = []\n"
            "err = import_torch(lambda: asked.append(1))\n"
            "assert err is None, err\n"
            "assert 'torch._dynamo' in sys.modules\n"
            "assert not any(type(f).__name__ == '_PauseBetweenModules' for f in sys.meta_path)\n"
            "print(len(asked))\n")
    env = dict(os.environ, PYTHONPATH=os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert int(r.stdout.split()[-1]) > 100        # torch is hundreds of modules


def test_switch_to_torch_while_training_during_the_preload(make_real_window, qtbot, monkeypatch):
    """Training holds the preload; a switch to PyTorch meanwhile must still finish (the
    engine imports torch itself and the preload goes on, no waiting on each other)."""
    from annstudio.engines.torch_support import torch_unavailable_reason
    if torch_unavailable_reason():
        pytest.skip(torch_unavailable_reason())
    monkeypatch.delenv("ANNSTUDIO_NO_TORCH_PRELOAD", raising=False)
    w = make_real_window(small_moons())
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    wait_snapshot(qtbot, w, lambda s: s.running and s.step > 0)
    combo = w.training_panel.engine_combo
    with qtbot.waitSignal(w.session.client.configured, timeout=180000,
                          check_params_cb=lambda info: info["engine"] == "torch"):
        combo.setCurrentIndex(combo.findData("torch"))
    s = wait_snapshot(qtbot, w, lambda s: s.engine == "torch" and s.running)
    step = s.step
    wait_snapshot(qtbot, w, lambda s: s.engine == "torch" and s.step > step)
    qtbot.waitUntil(lambda: w.session.client.torch_state == "ready", timeout=180000)
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    wait_snapshot(qtbot, w, lambda s: not s.running)
