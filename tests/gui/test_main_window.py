"""The main window driven like a student would: build, train, pause, step, reset, change
the learning rate while running, switch engine, break things (bad values, lr = 50, a
killed engine process) and check the window copes.

Oracles are independent of the engines: losses and σ outputs are recomputed here with
plain NumPy matrix products from the weights the window reports.
"""
import os
import signal

import numpy as np
import pytest

from annstudio.engines import messages as m
from tests.gui.conftest import import_csv, large_scale_csv, small_moons, wait_snapshot


def sigma(u):
    return 1.0 / (1.0 + np.exp(-u))


def forward(weights, acts, X):
    z = X
    for (W, b), a in zip(weights, acts):
        u = z @ W + b
        z = {"relu": lambda v: np.maximum(v, 0), "sigmoid": sigma, "tanh": np.tanh,
             "identity": lambda v: v}[a](u)
    return z


def bce(p, y):
    p = np.clip(p[:, 0], 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_build_2_8_8_1_and_train_until_loss_below_0_2(make_window, qtbot):
    from annstudio.core.experiment import Experiment
    w = make_window(Experiment())
    panel = w.network_panel
    # the lecture's 20-40-20 becomes 8-8 through the editor
    panel.remove_layer(2)
    for edit in panel.units_edits():
        assert edit.commit("8")
    assert w.experiment.network.hidden == [8, 8]
    assert "2 → 8 → 8 → 1" in panel.count_label.text()
    assert "= <b>105</b>" in panel.count_label.text()      # 8·3 + 8·9 + 1·9 by hand
    tp = w.training_panel
    tp.opt_combo.setCurrentIndex(tp.opt_combo.findData("adam"))
    assert tp.hp_edit("lr").commit("0.01")
    tp.forever_box.setChecked(True)
    assert w.experiment.training.epochs == 0
    wait_snapshot(qtbot, w, lambda s: len(s.weights) == 3 and s.weights[0][0].shape == (2, 8))
    w.actions["run"].trigger()
    qtbot.waitUntil(lambda: len(w.history) > 0 and w.history.train_loss[-1] < 0.2,
                    timeout=90000)
    with qtbot.waitSignal(w.session.client.stateChanged, timeout=10000):
        w.actions["run"].trigger()
    # the reported loss is the BCE of the network the window hands out (own oracle)
    snap = wait_snapshot(qtbot, w, lambda s: not s.running)
    qtbot.waitUntil(lambda: w.session.snapshot is w.session.client.latest(), timeout=5000)
    net = w.network()
    d = w.data
    p = forward([(L.W, L.b) for L in net.layers], net.activations, d.X_train)
    last = w.history.epochs[-1]
    if snap.step % (-(-d.n_train // 10)) == 0:   # paused on an epoch boundary
        assert bce(p, d.y_train) == pytest.approx(last.train_loss, rel=1e-9)
    assert bce(p, d.y_train) < 0.25
    # the drawn boundary is σ of the output over the grid, in float32
    from annstudio.core.views import BOUNDARY_RES, plane_inputs
    G, _ = plane_inputs(d, BOUNDARY_RES)
    w.views.on_frame()
    img = w.data_view.image.image
    expect = forward([(L.W, L.b) for L in net.layers], net.activations, G)[:, 0]
    assert img.shape == (BOUNDARY_RES, BOUNDARY_RES)
    np.testing.assert_allclose(img.ravel(), expect, atol=2e-5)


def test_pause_resume_step_and_reset(make_window, qtbot):
    w = make_window(small_moons())
    first = w.network().get_weights()
    w.actions["run"].trigger()
    qtbot.waitUntil(lambda: len(w.history) >= 2, timeout=30000)
    with qtbot.waitSignal(w.session.client.stateChanged, timeout=10000):
        w.actions["run"].trigger()
    s0 = wait_snapshot(qtbot, w, lambda s: not s.running)
    step0 = s0.step
    # paused means paused: a snapshot asked for now still shows the same step
    w.session.client.send(m.RequestSnapshot())
    s1 = wait_snapshot(qtbot, w, lambda s: s is not s0)
    assert s1.step == step0
    w.actions["step_batch"].trigger()
    s2 = wait_snapshot(qtbot, w, lambda s: s.step == step0 + 1)
    assert len(s2.step_losses) == 1
    w.actions["step_epoch"].trigger()
    s3 = wait_snapshot(qtbot, w, lambda s: s.epoch == s2.epoch + 1)
    assert s3.batch_index == 0
    assert s3.step == s3.epoch * 40          # 400 training points, batch 10
    # resume
    w.actions["run"].trigger()
    qtbot.waitUntil(lambda: len(w.history) >= s3.epoch + 2, timeout=30000)
    w.actions["run"].trigger()
    # reset: the same initial weights (same seed), history gone
    w.actions["reset"].trigger()
    s4 = wait_snapshot(qtbot, w, lambda s: s.step == 0 and s.epoch == 0
                       and not s.running)
    for (W, b), (W0, b0) in zip(s4.weights, first):
        np.testing.assert_array_equal(W, W0)
        np.testing.assert_array_equal(b, b0)
    qtbot.waitUntil(lambda: len(w.history) == 0, timeout=5000)


def test_lr_changes_while_running(make_window, qtbot):
    w = make_window(small_moons())
    w.actions["run"].trigger()
    wait_snapshot(qtbot, w, lambda s: s.running and s.step > 50)
    assert w.training_panel.hp_edit("lr").commit("0.002")
    s = wait_snapshot(qtbot, w, lambda s: s.hyperparameters["lr"] == 0.002)
    assert s.running
    # the toolbar's field follows, and editing it reaches the engine too
    assert w.toolbar_lr.value() == 0.002
    assert w.toolbar_lr.commit("0.004")
    wait_snapshot(qtbot, w, lambda s: s.hyperparameters["lr"] == 0.004 and s.running)
    assert w.experiment.optimizer.params["lr"] == 0.004
    w.actions["run"].trigger()


def test_switch_engine_between_runs(make_real_window, qtbot):
    from annstudio.engines.torch_support import torch_unavailable_reason
    reason = torch_unavailable_reason()
    if reason:
        pytest.skip(reason)
    w = make_real_window(small_moons())
    w.session.run_epochs(2)
    qtbot.waitUntil(lambda: len(w.history) == 2 and not w.session.client.running, timeout=30000)
    # the engine's last weights (the views may still be a frame behind on a busy machine)
    before = w.session.client.latest().weights
    combo = w.training_panel.engine_combo
    with qtbot.waitSignal(w.session.client.configured, timeout=60000) as sig:
        combo.setCurrentIndex(combo.findData("torch"))
    if sig.args[0]["engine"] != "torch":
        pytest.skip(f"torch engine did not start: {w.last_error}")
    s = wait_snapshot(qtbot, w, lambda s: s.engine == "torch")
    # the run carries on: same weights (float32 round trip), same history
    for (W, b), (W0, b0) in zip(s.weights, before):
        np.testing.assert_allclose(W, W0, rtol=1e-6, atol=1e-7)
    assert len(w.history) == 2
    w.session.client.run(epochs=4)
    qtbot.waitUntil(lambda: len(w.history) == 4 and not w.session.client.running, timeout=60000)
    h = w.history
    assert all(np.isfinite(h.train_loss))
    assert h.train_loss[3] < h.train_loss[0]
    assert "PyTorch" in w.status_labels["engine"].text()


def test_kill_engine_process_mid_run(make_real_window, qtbot):
    w = make_real_window(small_moons())
    w.actions["run"].trigger()
    qtbot.waitUntil(lambda: len(w.history) >= 2, timeout=30000)
    pid = w.session.client.pid
    with qtbot.waitSignal(w.session.client.crashed, timeout=15000):
        os.kill(pid, signal.SIGKILL)
    assert w.last_error is not None and "restarted" in w.last_error[1]
    assert not w.session.running
    qtbot.waitUntil(lambda: w.session.client.pid != pid, timeout=5000)
    # the new process starts from the last weights and the history so far
    s = wait_snapshot(qtbot, w, lambda s: not s.running, timeout=30000)
    n = len(w.history)
    assert n >= 2 and s.epoch == n
    w.actions["run"].trigger()
    qtbot.waitUntil(lambda: len(w.history) >= n + 2, timeout=30000)
    w.actions["run"].trigger()


def test_divergence_with_lr_50_is_explained(make_window, qtbot):
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.optimizer.params = {"lr": 50.0}
    w = make_window(exp)
    with qtbot.waitSignal(w.session.client.diverged, timeout=60000) as sig:
        w.actions["run"].trigger()
    reason = sig.args[0]
    assert "diverged" in reason and "learning rate" in reason and "50" in reason
    assert w.last_error[0] == "Training diverged"
    assert "smaller learning rate" in w.training_panel.status_label.text()
    qtbot.waitUntil(lambda: not w.session.running, timeout=5000)
    s = wait_snapshot(qtbot, w, lambda s: not s.running)
    assert all(np.isfinite(W).all() and np.isfinite(b).all() for W, b in s.weights)
    assert w.training_panel.run_button.text().startswith("Run")


BAD = {
    # editor attribute path → bad texts, each must be refused with a message
    "dataset_panel.n_edit": ["abc", "3", "2.5", "200000", ""],
    "dataset_panel.noise_edit": ["-0.1", "nan", "x"],
    "dataset_panel.seed_edit": ["-1", "1.5"],
    "dataset_panel.classes_edit": ["1", "7"],
    "dataset_panel.test_edit": ["0.95", "-0.1", "inf"],
    "network_panel.seed_edit": ["-3", "abc"],
    "toolbar_lr": ["0", "-1", "abc"],
}


def _get(w, path):
    obj = w
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def test_bad_values_in_every_editor_are_refused_with_a_message(make_window, qtbot):
    w = make_window(small_moons())
    before = w.experiment.to_dict()
    editors = dict(BAD)
    for i, edit in enumerate(w.network_panel.units_edits()):
        editors[f"units{i}"] = (edit, ["0", "513", "8.5", "many"])
    for edit in w.training_panel.editors():
        editors[f"training {edit.name}"] = (edit, ["-1", "abc", "1e999"])
    checked = 0
    for key, spec in editors.items():
        edit, texts = (_get(w, key), spec) if isinstance(spec, list) else spec
        for text in texts:
            assert not edit.commit(text), f"{key} accepted {text!r}"
            assert edit.error, f"{key}: no message for {text!r}"
            assert edit.toolTip() == edit.error
            checked += 1
        edit.setValue(edit.value())
    assert checked > 40
    # one example of the wording, and the panel's in-place message line
    e = w.network_panel.units_edits()[0]
    e.commit("600")
    assert e.error == "units of hidden layer 1 must be at most 512, got 600"
    assert not w.network_panel.message.isHidden()
    assert w.network_panel.message.text() == "U" + e.error[1:]     # shown as a sentence
    lr = w.training_panel.hp_edit("lr")
    lr.commit("0")
    assert lr.error == "lr must be > 0, got 0"
    assert w.experiment.to_dict() == before      # nothing bad got through


def test_set_weights_redraws_every_view_at_once(make_window, qtbot):
    w = make_window(small_moons())
    net = w.network()
    new = [(np.full_like(W, 0.3) * np.sign(np.arange(W.size).reshape(W.shape) % 3 - 1),
            np.full_like(b, 0.1)) for W, b in net.get_weights()]
    got = []
    w.weightsChanged.connect(got.append)
    w.set_weights(new)
    assert got and np.array_equal(got[0].layers[0].W, new[0][0])
    from annstudio.core.views import BOUNDARY_RES, plane_inputs
    G, _ = plane_inputs(w.data, BOUNDARY_RES)
    expect = forward(new, net.activations, G)[:, 0]
    np.testing.assert_allclose(w.data_view.image.image.ravel(), expect, atol=2e-5)
    np.testing.assert_allclose(w.diagram.weights[1][0], new[1][0])
    np.testing.assert_allclose(w.layer_view.weights.img.image, new[w.layer_view.layer()][0],
                               atol=1e-6)
    # and the engine got them
    s = wait_snapshot(qtbot, w, lambda s: np.array_equal(s.weights[0][0], new[0][0]))
    assert s.step == 0
    from annstudio.core.errors import AnnStudioError
    with pytest.raises(AnnStudioError):
        w.set_weights(new[:-1])


def test_points_add_erase_and_inspect(make_window, qtbot):
    w = make_window(small_moons())
    d0 = w.data
    w.dataset_panel.class_combo.setCurrentIndex(1)
    w.on_data_click(0.25, -1.0, 1)                       # add a class-1 point
    assert w.data.n_train == d0.n_train + 1
    np.testing.assert_array_equal(w.data.X_train[-1], [0.25, -1.0])
    assert w.data.y_train[-1] == 1
    assert w.experiment.dataset.name == "points" and w.modified
    wait_snapshot(qtbot, w, lambda s: s.views is not None and len(w.data.X_train) == d0.n_train + 1)
    # right click removes the nearest point (the one just added)
    w.on_data_click(0.25, -1.0, 2)
    assert w.data.n_train == d0.n_train
    # inspect: clicking on a test point picks it
    w.dataset_panel.set_tool("inspect")
    x = d0.X_test[3]
    with qtbot.waitSignal(w.pointPicked, timeout=2000) as sig:
        w.on_data_click(float(x[0]), float(x[1]), 1)
    p = sig.args[0]
    assert p["split"] == "test" and p["index"] == 3
    np.testing.assert_array_equal(p["x"], x)
    assert p["y"] == d0.y_test[3]


def test_many_features_use_pca_and_regression_shows_r2(make_window, qtbot):
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.dataset.name = "iris"
    exp.network.hidden, exp.network.activations = [8], ["tanh"]
    w = make_window(exp)
    assert w.data_view.kind == "pca" and not w.data_view.image.isVisible()
    assert "PCA" in w.data_view.title.text()
    assert w.network_panel.n_outputs == 3
    # PC coordinates of the standardised inputs the network sees (iris is standardised):
    # the projection keeps the centred data's pairwise distances in 2-D
    X = (w.data.X - w.data.X_train.mean(axis=0)) / w.data.X_train.std(axis=0)
    X = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    np.testing.assert_allclose(np.abs(w.data_view.coords), np.abs(X @ Vt[:2].T), atol=1e-9)
    w.dataset_panel.name_combo.setCurrentIndex(w.dataset_panel.name_combo.findData("sine"))
    assert w.data.task == "regression" and w.data_view.kind == "line"
    assert "R²" in w.curves.metric_plot.titleLabel.text


def test_pca_view_of_a_csv_projects_the_standardised_inputs(make_window, qtbot, tmp_path,
                                                            monkeypatch):
    """Features on scales of 0.001 to 5000: the PCA view shows x̃ = (x − μ)/s as the network
    sees it (it projected the raw features: axes of ±4000, one feature alone); with
    standardisation turned off, the raw features."""
    from PySide6.QtCore import Qt
    w = make_window(small_moons())
    import_csv(w, qtbot, monkeypatch, large_scale_csv(tmp_path / "scales.csv"))
    dv, d = w.data_view, w.data
    assert dv.kind == "pca" and w.dataset_panel.standardize_box.isChecked()
    # the network's inputs: mean and std of the training split
    Xs = (d.X - d.X_train.mean(axis=0)) / d.X_train.std(axis=0)
    Xc = Xs - Xs.mean(axis=0)
    _, _, Vt = np.linalg.svd(Xc, full_matrices=False)
    np.testing.assert_allclose(np.abs(dv.coords), np.abs(Xc @ Vt[:2].T), atol=1e-9)
    (x0, x1), (y0, y1) = dv.vb.viewRange()
    assert max(abs(x0), abs(x1), abs(y0), abs(y1)) < 10, dv.vb.viewRange()
    assert "standardised" in dv.title.text()
    qtbot.mouseClick(w.dataset_panel.standardize_box, Qt.LeftButton)
    qtbot.waitUntil(lambda: not w.experiment.dataset.standardizes(), timeout=5000)
    qtbot.waitUntil(lambda: np.max(np.abs(dv.coords)) > 1000, timeout=5000)
    Xr = w.data.X - w.data.X.mean(axis=0)
    _, _, Vr = np.linalg.svd(Xr, full_matrices=False)
    np.testing.assert_allclose(np.abs(dv.coords), np.abs(Xr @ Vr[:2].T), rtol=1e-9, atol=1e-6)
    assert "standardised" not in dv.title.text()


def test_settings_are_kept_in_the_temporary_file(make_window, settings_path):
    w = make_window(small_moons())
    w.actions["dark"].trigger()
    w.shutdown()
    text = settings_path.read_text()
    assert "dark=true" in text
    w2 = make_window()
    assert w2.actions["dark"].isChecked()
    assert w2.experiment.network.hidden == [8, 8]       # the last experiment comes back
    w2.appearance.set_dark(False)


def test_contract_actions_and_menus(make_window):
    w = make_window(small_moons())
    for key in ("new", "open", "save", "save_as", "quit", "export_torch", "export_csv",
                "export_plot", "export_window_png", "run", "step_batch", "step_epoch",
                "reset", "inspector", "about", "notation"):
        assert key in w.actions
    for key in ("file", "recent", "export", "view", "lessons", "help"):
        assert key in w.menus
    assert w.actions["run"].shortcut().toString() == "Space"
    assert w.actions["step_batch"].shortcut().toString() == "S"
    assert w.actions["reset"].shortcut().toString() == "R"
    assert w.actions["quit"].shortcut().toString() == "Ctrl+Q"
    w.set_modified(True)
    assert "•" in w.windowTitle()
    w.set_modified(False)
    assert "•" not in w.windowTitle()
    w.actions["about"].trigger()
    w.show_error("Test", "one sentence")
    assert w.last_error == ("Test", "One sentence")     # shown as a sentence


def test_shipped_data_shows_its_own_size_and_generators_get_theirs_back(qtbot):
    """Greyed-out generator fields describe the shipped set (Iris: 150 points, 3 classes),
    and choosing a generator again restores its own settings."""
    from annstudio.core import datasets
    from annstudio.gui.panels.dataset import DatasetPanel
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    moons_n = panel.n_edit.text()
    iris = datasets.load_shipped("iris")
    panel.name_combo.setCurrentIndex(panel.name_combo.findData("iris"))
    panel.set_data_info(iris)
    assert panel.n_edit.text() == "150" and panel.classes_edit.text() == "3"
    assert panel.noise_edit.text() == "" and not panel.n_edit.isEnabled()
    panel.name_combo.setCurrentIndex(panel.name_combo.findData("moons"))
    assert panel.n_edit.text() == moons_n and panel.n_edit.isEnabled()
