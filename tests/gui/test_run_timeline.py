"""The main window's timeline (issue 15, part 2), driven as a user: the real slider under
the curves (keys), the real Branch button, Run on the toolbar. Oracles: a headless
`core.Trainer` run of the same experiment (the weights at step K) and the original run's
own losses (the branch with unchanged settings must repeat them)."""
import os

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import small_moons

SHOTS = "/tmp/shots/tl15b"


def _click_run(qtbot, w):
    button = w.toolbar.widgetForAction(w.actions["run"])
    qtbot.mouseClick(button, Qt.LeftButton)


def _run_all_epochs(qtbot, w, exp, timeout=60000):
    """Run ▶ on the toolbar, until the experiment's epochs are trained and the slider
    spans them; returns the steps per epoch."""
    _click_run(qtbot, w)
    epochs = exp.training.epochs
    qtbot.waitUntil(lambda: len(w.history.epochs) == epochs and not w.session.client.running,
                    timeout=timeout)
    spe = -(-w.data.n_train // exp.training.batch_size)
    qtbot.waitUntil(lambda: w.run_timeline.bar.slider.maximum() == epochs * spe,
                    timeout=5000)
    # the history and the running flag come from the client as messages arrive; the
    # weights on screen come with the next frame's snapshot: wait for the last one, so
    # that what a test reads from the window is the run's end
    qtbot.waitUntil(lambda: w.session.snapshot is not None and
                    w.session.snapshot.step == epochs * spe, timeout=5000)
    return spe


def _headless(w, exp, steps, record=False):
    """The same run without the window: a core Trainer (NumPy path), ``steps`` steps."""
    from annstudio.core.timeline import Timeline
    from annstudio.core.training import Trainer
    data = w.network_data
    net = exp.build_network(w.data)
    t = Trainer(net, data.X_train, data.y_train, optimizer=exp.optimizer.name,
                loss=data.loss, batch_size=exp.training.batch_size,
                shuffle=exp.training.shuffle, seed=exp.training.seed,
                X_test=data.X_test, y_test=data.y_test, **exp.optimizer.params)
    tl = None
    if record:
        from annstudio.engines.live_timeline import MIN_K
        tl = Timeline.start(t)
        tl.k = MIN_K
    for _ in range(steps):
        t.step()
        if tl is not None:
            tl.record(t)
    return t, tl


def _keys_to(qtbot, w, slider, W_K, keys):
    """Press ``keys`` on the slider; wait until the window shows the weights ``W_K`` (what
    the inspector and every weightsChanged listener receive)."""
    def is_step_k(net):
        return all(np.allclose(L.W, W, rtol=0, atol=1e-12) for L, (W, _) in
                   zip(net.layers, W_K))
    with qtbot.waitSignal(w.weightsChanged, check_params_cb=is_step_k, timeout=10000):
        for key in keys:
            qtbot.keyClick(slider, key)


def _shot(w, name):
    if os.environ.get("ANNSTUDIO_KEEP_SCREENSHOTS"):
        os.makedirs(SHOTS, exist_ok=True)
        w.grab().save(os.path.join(SHOTS, name))


@pytest.mark.parametrize("fast", [True, False])
def test_scrub_shows_step_k_and_branch_repeats_the_run(make_real_window, qtbot, monkeypatch, fast):
    """``fast``: the engine prepares the compiled path in the background and switches to it
    mid-run (the two paths agree to ≤ 1e-12); without it every step is NumPy's, and the
    branch repeats the run bit for bit."""
    if not fast:
        monkeypatch.setenv("ANNSTUDIO_FAST", "0")      # inherited by the engine process
    exp = small_moons()
    exp.training.epochs = 4
    w = make_real_window(exp)
    rt = w.run_timeline
    bar, slider = rt.bar, rt.bar.slider
    assert bar.isVisible() and slider.isVisible()
    spe = _run_all_epochs(qtbot, w, exp)
    n = 4 * spe
    qtbot.waitUntil(lambda: slider.value() == n, timeout=5000)
    original = w.history

    # the status bar: the memory a headless timeline of the same run takes, its k
    _, tl = _headless(w, exp, n, record=True)
    mb = tl.nbytes() / 2 ** 20
    expected = (f"timeline {mb:.2f} of 50 MB" if mb < 0.1 else f"timeline {mb:.1f} of 50 MB") \
        + (", every step" if tl.k == 1 else f", every {tl.k:,} steps")
    qtbot.waitUntil(lambda: w.status_labels["timeline"].text() == expected, timeout=5000)
    assert f"every {tl.k:,}th step" in w.status_labels["timeline"].toolTip() or tl.k == 1
    assert f"{sum(W.size + b.size for W, b in w.network().get_weights()):,} weights" in \
        w.status_labels["timeline"].toolTip()

    # scrub with the keys: Home (the first step), PgUp one epoch each, → one step each;
    # the oracle: a headless run of the same experiment to that step
    K = 2 * spe + 7
    t, _ = _headless(w, exp, K)
    W_K = t.net.get_weights()

    _keys_to(qtbot, w, slider, W_K, [Qt.Key_Home] + [Qt.Key_PageUp] * 2 + [Qt.Key_Right] * 7)
    assert slider.value() == K
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == f"epoch 2 · step {K:,}",
                    timeout=5000)
    assert bar.position.text() == f"step {K:,} · epoch {K / spe:.2f}"
    assert all(m.isVisible() and m.value() == pytest.approx(K / spe) for m in rt.markers)
    # the boundary, the layer maps and the diagram show the same network
    for (W, b), (W2, b2) in zip(w.network().get_weights(), W_K):
        np.testing.assert_allclose(W, W2, rtol=0, atol=1e-12)
        np.testing.assert_allclose(b, b2, rtol=0, atol=1e-12)
    from annstudio.core.views import ViewGeometry, network_views
    views = network_views(t.net, ViewGeometry(w.data, standardizer=w.session.standardizer))
    np.testing.assert_allclose(w.data_view.image.image, views["output"], atol=1e-5)
    # the record is untouched by scrubbing
    assert w.history.step_loss == original.step_loss

    # Branch from here with unchanged settings, then Run: the original losses again
    assert bar.branch_button.isEnabled()
    qtbot.mouseClick(bar.branch_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.history.step_loss) == K, timeout=10000)
    assert len(rt.faded) >= 2                       # the old run stays, faded
    _shot(w, f"branch_scrubbed_{'fast' if fast else 'numpy'}.png")
    _click_run(qtbot, w)
    qtbot.waitUntil(lambda: len(w.history.epochs) == 4 and not w.session.client.running,
                    timeout=60000)
    branch = np.array(w.history.step_loss[K:])
    before = np.array(original.step_loss[K:])
    assert branch.shape == before.shape
    assert np.max(np.abs(branch - before)) <= 1e-12
    if not fast:
        assert branch.tolist() == before.tolist()          # bit for bit
    assert w.history.step_loss[:K] == original.step_loss[:K]
    assert [r.train_loss for r in w.history.epochs] == pytest.approx(
        [r.train_loss for r in original.epochs], abs=1e-12)
    qtbot.waitUntil(lambda: slider.value() == slider.maximum() == n, timeout=5000)
    assert bar.position.text() == f"live · step {n:,}"
    _shot(w, f"branch_done_{'fast' if fast else 'numpy'}.png")


@pytest.mark.parametrize("dark", [False, True])
def test_branch_with_a_new_lr_leaves_the_old_run_faded(make_real_window, qtbot, dark):
    exp = small_moons()
    exp.training.epochs = 12
    w = make_real_window(exp)
    if dark:
        w.appearance.set_dark(True)
    rt = w.run_timeline
    slider = rt.bar.slider
    spe = _run_all_epochs(qtbot, w, exp, timeout=90000)
    original = w.history
    qtbot.keyClick(slider, Qt.Key_Home)
    for _ in range(4):
        qtbot.keyClick(slider, Qt.Key_PageUp)
    K = slider.value()
    assert K == 4 * spe
    qtbot.waitUntil(lambda: getattr(w.session.client.latest(), "scrub", None) == K, timeout=10000)
    # a larger learning rate typed into the toolbar, then Branch from here and Run
    lr = w.toolbar_lr
    qtbot.mouseClick(lr, Qt.LeftButton)
    lr.selectAll()
    qtbot.keyClicks(lr, "0.05")
    qtbot.keyClick(lr, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.experiment.optimizer.params["lr"] == 0.05, timeout=5000)
    qtbot.mouseClick(rt.bar.branch_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.history.step_loss) == K, timeout=10000)
    assert rt.bar.position.text() == f"branched at step {K:,} · Run ▶ trains on"
    _click_run(qtbot, w)
    qtbot.waitUntil(lambda: len(w.history.epochs) == 12 and not w.session.client.running,
                    timeout=90000)
    new = w.history
    # the shared past as recorded, the branch's first loss (θ_K's, computed again: the engine
    # may take it on the compiled path where the original took the NumPy path, or the other
    # way round; the two agree to 1e-12, not always to the last bit), then another run
    assert new.step_loss[:K] == original.step_loss[:K]
    assert new.step_loss[K] == pytest.approx(original.step_loss[K], rel=1e-12, abs=0)
    assert new.step_loss[K + 1] != original.step_loss[K + 1]
    assert [r.train_loss for r in new.epochs[:4]] == [r.train_loss for r in original.epochs[:4]]
    # the old run stays on the curves, faded: its epoch losses as they were
    faded = {id(p): item for p, item in rt.faded if p is w.curves.loss_plot}
    assert faded
    ys = [item.yData for p, item in rt.faded if p is w.curves.loss_plot]
    assert any(np.array_equal(y, [r.train_loss for r in original.epochs]) for y in ys)
    assert rt.faded[0][1].opts["pen"].color().alpha() < 255
    # scrub into the branch: its own past is there
    qtbot.waitUntil(lambda: slider.value() == slider.maximum() == 12 * spe, timeout=5000)
    qtbot.keyClick(slider, Qt.Key_PageDown)
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == f"epoch 11 · step {11 * spe:,}",
                    timeout=10000)
    _shot(w, f"branch_new_lr_{'dark' if dark else 'light'}.png")


def test_save_writes_the_runs_timeline(make_real_window, qtbot, tmp_path, monkeypatch):
    """File ▸ Save As writes the live run's timeline; the saved past replays bit for bit
    in a headless trainer (NumPy path: the saved timeline has no path log)."""
    monkeypatch.setenv("ANNSTUDIO_FAST", "0")      # inherited by the engine process
    from annstudio.io import experiment_file as ef
    exp = small_moons()
    exp.training.epochs = 3
    w = make_real_window(exp)
    spe = _run_all_epochs(qtbot, w, exp)
    # scrubbed back when saving: the file still holds the whole run
    qtbot.keyClick(w.run_timeline.bar.slider, Qt.Key_PageDown)
    qtbot.waitUntil(lambda: getattr(w.session.client.latest(), "scrub", None) == 2 * spe, timeout=10000)
    path = tmp_path / "run.annstudio"
    w.files.ask_save_path = lambda *a: str(path)
    w.actions["save_as"].trigger()
    assert path.exists(), w.last_error
    assert w.run_timeline.bar.position.text() == f"live · step {3 * spe:,}"
    loaded = ef.load(path)
    tl = loaded.timeline
    assert tl is not None and tl.steps == 3 * spe
    assert loaded.history.step_loss == w.history.step_loss
    t, _ = _headless(w, exp, 0)
    K = 2 * spe + 3
    tl.restore(t, K)                       # raises unless every replayed loss is the run's
    ref, _ = _headless(w, exp, K)
    assert np.array_equal(t.net.theta, ref.net.theta)
    # the file's weights and optimizer state are the end of the run: it goes on exactly
    end, _ = _headless(w, exp, 3 * spe)
    for (W, b), (W2, b2) in zip(loaded.weights, end.net.get_weights()):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)


def _scrub_to_start(qtbot, w):
    """Home on the timeline's slider, as a user presses it, until step 0 is on screen."""
    qtbot.keyClick(w.run_timeline.bar.slider, Qt.Key_Home)
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == "epoch 0 · step 0",
                    timeout=10000)


def test_step_batch_while_scrubbed_returns_to_the_live_run(make_real_window, qtbot):
    exp = small_moons()
    exp.training.epochs = 1
    w = make_real_window(exp)
    rt = w.run_timeline
    spe = _run_all_epochs(qtbot, w, exp)
    _scrub_to_start(qtbot, w)
    assert rt.step == 0 and rt.bar.branch_button.isEnabled()
    qtbot.mouseClick(w.toolbar.widgetForAction(w.actions["step_batch"]), Qt.LeftButton)
    qtbot.waitUntil(lambda: rt.bar.position.text() == f"live · step {spe + 1:,}",
                    timeout=10000)
    assert rt.step is None and not any(m.isVisible() for m in rt.markers)
    assert not rt.bar.branch_button.isEnabled()
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == f"epoch 1 · step {spe + 1:,}",
                    timeout=5000)


def test_the_pytorch_engine_says_the_timeline_records_numpy_runs(make_real_window, qtbot):
    from annstudio.engines.live_timeline import NUMPY_ONLY
    from annstudio.engines.torch_support import torch_unavailable_reason
    reason = torch_unavailable_reason()
    if reason:
        pytest.skip(reason)
    w = make_real_window(small_moons())
    rt = w.run_timeline
    qtbot.waitUntil(lambda: w.status_labels["timeline"].text().startswith("timeline "),
                    timeout=5000)
    combo = w.training_panel.engine_combo
    with qtbot.waitSignal(w.session.client.configured, timeout=90000,
                          check_params_cb=lambda info: info["engine"] == "torch"):
        combo.setCurrentIndex(combo.findData("torch"))
    qtbot.waitUntil(lambda: w.status_labels["timeline"].text() == NUMPY_ONLY, timeout=10000)
    # the slider follows the engine's status ~4×/s (`run_timeline.POLL_MS`)
    qtbot.waitUntil(lambda: not rt.bar.slider.isEnabled(), timeout=5000)
    assert not rt.bar.branch_button.isEnabled()
    assert "NumPy engine" in w.status_labels["timeline"].toolTip()
    _shot(w, "torch_engine.png")


def test_scrubbing_pauses_a_running_run_and_end_returns_to_it(make_real_window, qtbot):
    w = make_real_window(small_moons())                 # epochs 0: trains until paused
    rt = w.run_timeline
    _click_run(qtbot, w)
    qtbot.waitUntil(lambda: w.session.client.running and rt.bar.slider.maximum() > 100,
                    timeout=60000)
    assert rt.bar.position.text().startswith("live · step ")
    qtbot.keyClick(rt.bar.slider, Qt.Key_Home)
    qtbot.waitUntil(lambda: not w.session.client.running, timeout=10000)
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == "epoch 0 · step 0",
                    timeout=10000)
    assert w.actions["run"].text().startswith("Run ▶")
    n = len(w.history.step_loss)
    qtbot.keyClick(rt.bar.slider, Qt.Key_End)       # back to the run, as it was paused
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text().endswith(f"step {n:,}"),
                    timeout=10000)
    qtbot.waitUntil(lambda: rt.bar.position.text() == f"live · step {n:,}", timeout=5000)
    assert rt.step is None and not w.session.client.running


def test_a_reopened_run_can_be_scrubbed_back(make_real_window, qtbot, tmp_path):
    """File ▸ Save keeps the run's timeline; File ▸ Open puts it back under the slider:
    the reopened run's past scrubs to the headless run's weights at step K."""
    exp = small_moons()
    exp.training.epochs = 3
    w = make_real_window(exp)
    rt = w.run_timeline
    slider = rt.bar.slider
    spe = _run_all_epochs(qtbot, w, exp)
    n = 3 * spe
    path = tmp_path / "run.annstudio"
    assert w.files.save_to(path), w.last_error
    old_run = rt.run_id
    assert w.files.open_path(str(path), confirm=False), w.last_error
    # the reopened run is a new run (it held as many steps as the old one)
    qtbot.waitUntil(lambda: rt.run_id != old_run and slider.maximum() == n
                    and slider.value() == n, timeout=10000)
    assert w.status_labels["timeline"].text().startswith("timeline ")
    K = spe + 5
    t, _ = _headless(w, exp, K)
    W_K = t.net.get_weights()

    _keys_to(qtbot, w, slider, W_K, [Qt.Key_Home, Qt.Key_PageUp] + [Qt.Key_Right] * 5)
    assert slider.value() == K
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == f"epoch 1 · step {K:,}",
                    timeout=5000)
    _shot(w, "reopened_scrubbed.png")
