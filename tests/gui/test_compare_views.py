"""Issue 15 views driven as a user drives them: typed racers, clicked buttons, clicked maps,
a dragged timeline slider; what the user then sees is checked against the core's numbers."""
import os

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

import annstudio as ann

SHOTS = os.environ.get("ANNSTUDIO_SHOTS")      # a folder: save screenshots there too


def small_problem():
    data = ann.datasets.make("moons", n=120, noise=0.2, seed=0, test_fraction=0.2)
    net = ann.Network.create([2, 8, 8, 1], hidden="relu", output="sigmoid", seed=0)
    return net, data


def shoot(widget, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


# ----------------------------------------------------------------------------- race
def test_race_view_runs_the_typed_racers_and_ranks_them(qtbot):
    from annstudio.core import race
    from annstudio.gui.views.race import RaceView
    view = RaceView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    net, data = small_problem()
    view.set_problem(net, data, batch_size=10, seed=0)
    # leave two of the lecture's racers, add one typed by the user, and a bad one
    while view.racer_list.count() > 2:
        view.racer_list.setCurrentRow(view.racer_list.count() - 1)
        qtbot.mouseClick(view.remove_button, Qt.LeftButton)
    qtbot.keyClicks(view.racer_edit, "adam lr=0.01")
    qtbot.mouseClick(view.add_button, Qt.LeftButton)
    qtbot.keyClicks(view.racer_edit, "adam lr=fast")
    qtbot.mouseClick(view.add_button, Qt.LeftButton)
    assert "lr must be a number" in view.message.text()
    assert view.racers() == ["sgd lr=0.015", "lecture_momentum lr=0.04 eta=0.7", "adam lr=0.01"]
    view.racer_edit.clear()
    view.epochs.setValue(5)
    with qtbot.waitSignal(view.finished, timeout=60000) as done:
        qtbot.mouseClick(view.start_button, Qt.LeftButton)
    order = done.args[0]
    # the independent oracle: the same race in this process
    ref = race.Race.create(net, data, [race.parse_racer(t) for t in view.racers()],
                           batch_size=10, seed=0).train(5)
    assert order == ref.finishing_order()
    for rank, i in enumerate(order):
        assert view.table.item(rank, 1).text() == view.racers()[i]
        assert view.table.item(rank, 2).text() == f"{ref.racers[i].history.train_loss[-1]:.4f}"
    # one curve per racer, named by its settings, with all 5 epochs
    legend = [item[1].text for item in view.legend.items]
    assert legend == view.racers()
    # …in a row of its own: inside the loss plot it covered the slow racers' curves
    loss_box = view.loss_plot.getViewBox().sceneBoundingRect()
    assert not view.legend.sceneBoundingRect().intersects(loss_box)
    for i, c in enumerate(view.loss_curves):
        x, y = c.getData()
        assert len(x) == 5 and np.allclose(y, ref.racers[i].history.train_loss, rtol=1e-12)
    assert all(img.image is not None for _, img, _ in view.boundary_boxes)
    assert "finished" in view.status.text() and view.start_button.isEnabled()
    assert not view.job.running
    shoot(view, "race.png")


def test_race_view_can_be_stopped(qtbot):
    from annstudio.gui.views.race import RaceView
    view = RaceView()
    qtbot.addWidget(view)
    view.set_problem(*small_problem())
    view.epochs.setValue(1000)
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "epoch" in view.status.text(), timeout=60000)
    qtbot.mouseClick(view.stop_button, Qt.LeftButton)
    assert view.status.text() == "stopped" and not view.job.running
    assert not view.job._proc.is_alive()
    assert view.start_button.isEnabled()


def type_test_fraction(w, qtbot, text):
    """Dataset tab ▸ Test fraction: select the field's text, type ``text``, press Enter."""
    w.docks["dataset"].raise_()
    edit = w.dataset_panel.test_edit
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def notes_over(plot):
    """The texts shown over ``plot``'s data area (a pg.TextItem of any kind), each checked to
    lie whole inside it."""
    import pyqtgraph as pg
    area = plot.getViewBox().sceneBoundingRect()
    found = []
    for item in plot.scene().items():
        if isinstance(item, pg.TextItem) and item.isVisible() and \
                area.intersects(item.sceneBoundingRect()):
            assert area.contains(item.sceneBoundingRect()), "the note is cut by the plot"
            found.append(item.textItem.toPlainText())
    return found


def test_race_without_test_points_says_why_its_test_chart_is_empty(qtbot, make_window):
    """Test fraction 0 on the Dataset tab, then Compare ▸ Optimizer race…: the test-accuracy
    chart says there are no test points and where to set them (it stayed empty without a
    word), before and after the race; with test points again it shows curves, no note."""
    from tests.gui.conftest import small_moons
    exp = small_moons()
    exp.dataset.n = 150
    w = make_window(exp)
    type_test_fraction(w, qtbot, "0")
    qtbot.waitUntil(lambda: len(w.data.X_test) == 0, timeout=10000)
    w.actions["compare_race"].trigger()
    rv = w.compare_views["race"]
    notes = notes_over(rv.acc_plot)
    assert len(notes) == 1, notes
    assert notes[0].startswith("No test points") and "test fraction on the Dataset tab" in notes[0]
    rv.epochs.setValue(2)
    with qtbot.waitSignal(rv.finished, timeout=60000):
        qtbot.mouseClick(rv.start_button, Qt.LeftButton)
    assert notes_over(rv.acc_plot) == notes
    assert all(len(c.getData()[1]) == 0 or np.all(np.isnan(c.getData()[1]))
               for c in rv.acc_curves)
    shoot(rv, "race_no_test_points.png")
    rv.close()
    type_test_fraction(w, qtbot, "0.2")
    qtbot.waitUntil(lambda: len(w.data.X_test) > 0, timeout=10000)
    w.actions["compare_race"].trigger()
    rv = w.compare_views["race"]
    assert notes_over(rv.acc_plot) == []
    with qtbot.waitSignal(rv.finished, timeout=60000):
        qtbot.mouseClick(rv.start_button, Qt.LeftButton)
    assert all(np.isfinite(c.getData()[1]).all() for c in rv.acc_curves)


# ----------------------------------------------------------------------------- landscape
def click_view_point(qtbot, plot, x, y):
    """A left click where the plot shows the data point (x, y)."""
    vb = plot.getViewBox()
    scene = vb.mapViewToScene(QPointF(x, y))
    pos = plot.mapFromScene(scene)
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=pos)


def test_landscape_view_maps_clicks_to_weights_and_undo_restores(qtbot):
    from annstudio.core import landscape
    from annstudio.gui.views.landscape import LandscapeView
    net, data, tl = landscape_problem()
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_problem(net, data, tl.trajectory()[0])
    view.directions.setCurrentIndex(view.directions.findData("pca"))
    view.resolution.setValue(11)
    with qtbot.waitSignal(view.computed, timeout=60000):
        qtbot.mouseClick(view.compute_button, Qt.LeftButton)
    L = view.result
    train_loss = net.loss(data.X_train, data.y_train)
    assert abs(L.origin_loss - train_loss) <= 1e-12
    assert f"{train_loss:.4f}" in view.info.text()
    assert view.image.image.shape == (11, 11)
    x, y = view.path.getData()
    assert len(x) == len(tl.checkpoints) and abs(x[-1]) < 1e-9 and abs(y[-1]) < 1e-9
    assert "white line is the path" in view.info.text()        # drawn, so said
    theta0 = view.net.theta.copy()
    # click a grid node: the weights become θ₀ + α d₁ + β d₂ there, and the info says its loss
    i, j = 8, 3
    with qtbot.waitSignal(view.weights_changed) as moved:
        click_view_point(qtbot, view.map_plot, L.alphas[i], L.betas[j])
    a, b = view.current_marker.getData()[0][0], view.current_marker.getData()[1][0]
    h = L.alphas[1] - L.alphas[0]
    assert abs(a - L.alphas[i]) < h / 2 and abs(b - L.betas[j]) < h / 2
    expected = landscape.weights_at(L, theta0, a, b)
    np.testing.assert_allclose(moved.args[0], expected, rtol=0, atol=1e-15)
    loss_there = view.net.loss(data.X_train, data.y_train)
    assert f"training loss {loss_there:.4f}" in view.info.text()
    assert not np.array_equal(view.net.theta, theta0)
    shoot(view, "landscape.png")
    with qtbot.waitSignal(view.weights_changed):
        qtbot.mouseClick(view.undo_button, Qt.LeftButton)
    np.testing.assert_array_equal(view.net.theta, theta0)
    assert np.allclose(view.current_marker.getData()[0], 0, atol=1e-9)
    assert not view.undo_button.isEnabled()


def test_landscape_view_says_why_pca_needs_a_path(qtbot):
    from annstudio.gui.views.landscape import LandscapeView
    net, data = small_problem()
    view = LandscapeView()
    qtbot.addWidget(view)
    view.set_problem(net, data, None)
    view.directions.setCurrentIndex(view.directions.findData("pca"))
    qtbot.mouseClick(view.compute_button, Qt.LeftButton)
    assert "PCA directions need a recorded path" in view.info.text()
    assert view.job is None


def test_landscape_of_the_live_run_says_only_what_it_draws(qtbot, make_window):
    """Compare ▸ Loss landscape… of the window's run: before the first map no axes (they read
    ±500 "(×0.001)") and no colour scale, but what to press; after it, no word of a white
    line (a live run records no path, so none is drawn), and axes without an SI factor."""
    from tests.gui.conftest import small_moons
    w = make_window(small_moons())
    w.actions["compare_landscape"].trigger()
    lv = w.compare_views["landscape"]
    qtbot.waitUntil(lv.isVisible)
    plot = lv.map_plot.getPlotItem()
    assert not plot.getAxis("bottom").isVisible() and not plot.getAxis("left").isVisible()
    assert not lv.bar.isVisible()
    assert lv.no_map_note.isVisible() and "Compute map" in lv.no_map_note.toPlainText()
    lv.resolution.setValue(7)
    with qtbot.waitSignal(lv.computed, timeout=60000):
        qtbot.mouseClick(lv.compute_button, Qt.LeftButton)
    x, _ = lv.path.getData()
    assert lv.result.path is None and (x is None or len(x) == 0)
    assert "white line" not in lv.info.text() and "path" not in lv.info.text()
    assert not lv.no_map_note.isVisible() and lv.bar.isVisible()
    for ax in ("bottom", "left"):
        axis = plot.getAxis(ax)
        assert axis.isVisible() and "x0" not in axis.labelString()
    (x0, x1), (y0, y1) = lv.map_vb.viewRange()
    L = lv.result
    assert x0 <= L.alphas[0] and x1 >= L.alphas[-1] and y0 <= L.betas[0]
    assert x1 - x0 < 3 * (L.alphas[-1] - L.alphas[0])       # the map fills the plot
    shoot(lv, "landscape_live_run.png")


def landscape_problem(epochs=4):
    from annstudio.core import timeline
    from annstudio.core.training import Trainer
    net, data = small_problem()
    t = Trainer(net, data.X_train, data.y_train, optimizer="adam", lr=0.01, batch_size=10,
                seed=0)
    tl = timeline.Timeline.start(t)
    for _ in range(epochs * t.steps_per_epoch):
        t.step()
        tl.record(t)
    return net, data, tl


# ----------------------------------------------------------------------------- timeline
def test_timeline_slider_scrubs_back_and_branch_draws_a_new_curve(qtbot):
    from annstudio.core import timeline
    from annstudio.core.training import Trainer
    from annstudio.core.views import boundary
    net, data = small_problem()
    t = Trainer(net, data.X_train, data.y_train, optimizer="sgd", lr=0.1, batch_size=10, seed=0)
    tl = timeline.Timeline.start(t, budget_bytes=40 * 1024)      # k grows: 40 KB
    for _ in range(10 * t.steps_per_epoch):
        t.step()
        tl.record(t)
    tl.freeze()
    from annstudio.gui.views.timeline import TimelineView
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_run(net, data, tl, "sgd lr=0.1")
    assert view.position.text().startswith(f"step {tl.steps:,} of {tl.steps:,}")
    assert f"one every {tl.k} steps" in view.memory.text() and "of 40 KB" in view.memory.text()
    # scrub to the start, then a page forward, as a user does with the keyboard
    view.slider.setFocus()
    with qtbot.waitSignal(view.scrubbed) as sig:
        qtbot.keyClick(view.slider, Qt.Key_Home)
    assert sig.args[0] == 0 and view.position.text().startswith("step 0 of")
    with qtbot.waitSignal(view.scrubbed) as sig:
        qtbot.keyClick(view.slider, Qt.Key_PageUp)
    K = sig.args[0]
    c = tl.checkpoint_before(K)
    assert c.step == K > 0 and view.cursor.value() == K
    assert view.position.text().startswith(f"step {K:,} of")
    # the boundary shown is the network's at that step (independently: a replayed run)
    ref = Trainer(small_problem()[0], data.X_train, data.y_train, optimizer="sgd", lr=0.1,
                  batch_size=10, seed=0)
    for _ in range(K):
        ref.step()
    np.testing.assert_array_equal(sig.args[1], ref.net.theta)
    np.testing.assert_array_equal(view.boundary_image.image, boundary(ref.net, data, 80)[0])
    # branch from here with adam for 2 epochs
    view.settings_edit.clear()
    qtbot.keyClicks(view.settings_edit, "adam lr=0.01")
    view.epochs.setValue(2)
    with qtbot.waitSignal(view.branched, timeout=60000):
        qtbot.mouseClick(view.branch_button, Qt.LeftButton)
    ref.optimizer = __import__("annstudio").optimizers.create("adam", lr=0.01)
    target = ref.epoch + 2
    while ref.epoch < target:
        ref.step()
    b = view.branches[0]
    assert b["start"] == K and b["step_loss"] == ref.history.step_loss[K:]
    x, y = b["curve"].getData()
    assert x[0] == K + 1 and len(x) == len(b["step_loss"])
    legend = [item[1].text for item in view.curve_plot.getPlotItem().legend.items]
    assert legend == ["recorded run", f"adam lr=0.01 from step {K:,}"]
    assert "mean loss of its last 10 batches" in view.message.text()
    shoot(view, "timeline.png")
    # a bad setting is said in one sentence, nothing starts
    view.settings_edit.clear()
    qtbot.keyClicks(view.settings_edit, "adam lr=0")
    qtbot.mouseClick(view.branch_button, Qt.LeftButton)
    assert "lr" in view.message.text() and len(view.branches) == 1


# ----------------------------------------------------------------------------- main window
def test_compare_menu_opens_the_three_windows_on_the_windows_experiment(qtbot, make_window):
    from annstudio.core import landscape
    from tests.gui.conftest import small_moons
    exp = small_moons()
    exp.dataset.n = 150
    exp.training.epochs = 3
    w = make_window(exp)
    assert [a.text() for a in w.menus["compare"].actions()] == [
        "Optimizer &race…", "Loss &landscape…", "&Timeline and branches…"]
    # the race: the window's own setting races first, from the experiment's weights
    w.actions["compare_race"].trigger()
    race_view = w.compare_views["race"]
    assert race_view.isVisible() and race_view.racers()[0] == "adam lr=0.01"
    assert race_view.epochs.value() == 3
    with qtbot.waitSignal(race_view.finished, timeout=60000):
        qtbot.mouseClick(race_view.start_button, Qt.LeftButton)
    assert race_view.table.rowCount() == len(race_view.racers())
    # the landscape of the window's weights: a click moves the window's weights there
    w.actions["compare_landscape"].trigger()
    lv = w.compare_views["landscape"]
    lv.resolution.setValue(7)
    with qtbot.waitSignal(lv.computed, timeout=60000):
        qtbot.mouseClick(lv.compute_button, Qt.LeftButton)
    theta0 = w.network().theta.copy()
    assert abs(lv.result.origin_loss - w.network().loss(w.data.X_train, w.data.y_train)) <= 1e-12
    L = lv.result
    with qtbot.waitSignal(w.weightsChanged):
        click_view_point(qtbot, lv.map_plot, L.alphas[5], L.betas[1])
    a, b = (v[0] for v in lv.current_marker.getData())
    np.testing.assert_allclose(w.network().theta, landscape.weights_at(L, theta0, a, b),
                               atol=1e-15)
    with qtbot.waitSignal(w.weightsChanged):
        qtbot.mouseClick(lv.undo_button, Qt.LeftButton)
    np.testing.assert_array_equal(w.network().theta, theta0)
    # the timeline records the experiment's run in a child process, then scrubs
    w.actions["compare_timeline"].trigger()
    tv = w.compare_views["timeline"]
    qtbot.waitUntil(lambda: tv.timeline is not None, timeout=60000)
    assert tv.timeline.steps == 3 * 12 and tv.position.text().startswith("step 36 of 36")
    shoot(w, "main_window_compare.png")
    w.close_guards.clear()       # the moved weights made the run "modified": no save prompt
    w.close()
    assert not any(v.isVisible() for v in w.compare_views.values())


# ----------------------------------------------------------------------------- animation
def test_timeline_exports_the_run_as_an_animated_gif(qtbot, make_window, tmp_path,
                                                     monkeypatch):
    from PIL import Image, ImageChops
    from PySide6.QtWidgets import QFileDialog
    from annstudio.gui.views.timeline_export import MAX_WIDTH, frame_indices
    from tests.gui.conftest import small_moons
    exp = small_moons()
    exp.dataset.n = 150
    exp.training.epochs = 3
    w = make_window(exp)
    w.actions["compare_timeline"].trigger()
    tv = w.compare_views["timeline"]
    qtbot.waitUntil(lambda: tv.timeline is not None, timeout=60000)
    n_checkpoints = len(tv.timeline.checkpoints)
    assert n_checkpoints == 37 and frame_indices(n_checkpoints) == list(range(37))
    out = tmp_path / "run.gif"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a) or str(out), "Animated GIF (*.gif)"))
    tv.fps.clear()
    qtbot.keyClicks(tv.fps, "20")
    before = tv.slider.value()
    qtbot.mouseClick(tv.export_button, Qt.LeftButton)
    assert asked and tv.export.running
    shoot(tv.export.progress, "export_progress.png")
    qtbot.waitUntil(lambda: not tv.export.running and "saved" in tv.message.text(),
                    timeout=120000)
    assert tv.message.text().startswith(f"saved run.gif: {n_checkpoints} frames at 20 frames/s")
    # the view is as it was: slider, whole curve, title
    assert tv.slider.value() == before
    assert len(tv.original.getData()[0]) == tv.timeline.steps
    with Image.open(out) as gif:
        assert gif.format == "GIF" and gif.n_frames == n_checkpoints
        assert gif.info["loop"] == 0
        gif.seek(0)
        assert gif.info["duration"] == 1000 / 20
        first = gif.convert("RGB")
        w_px, h_px = first.size
        gif.seek(n_checkpoints - 1)
        assert gif.info["duration"] == 50
        last = gif.convert("RGB")
    # the frame is the view's two plots, scaled down to at most MAX_WIDTH pixels
    grab = tv.plots_widget.grab()
    scale = min(1.0, MAX_WIDTH / grab.width())
    assert w_px == min(grab.width(), MAX_WIDTH) and abs(h_px - grab.height() * scale) <= 1
    assert w_px >= 600 and h_px >= 250
    # the boundary moved (the right-hand plot's pixels) and the curve grew (the left's)
    diff = np.asarray(ImageChops.difference(first, last)).sum(axis=2) > 60
    split = int(tv.boundary_plot.x() * scale)
    assert diff[:, split:].mean() > 0.05 and diff[:, :split].mean() > 0.005
    if SHOTS:
        last.save(os.path.join(SHOTS, "export_last_frame.png"))
        first.save(os.path.join(SHOTS, "export_first_frame.png"))
        shoot(tv, "timeline_export.png")


def test_timeline_export_refuses_a_fifo_and_writes_nothing(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from annstudio.gui.views.timeline import TimelineView
    net, data, tl = landscape_problem(epochs=1)
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_run(net, data, tl.freeze(), "adam lr=0.01")
    fifo = tmp_path / "pipe.gif"
    os.mkfifo(fifo)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fifo), ""))
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    assert view.export is None
    assert view.message.text().count("could not save") == 1
    assert "a pipe (FIFO), not a regular file" in view.message.text()
    assert sorted(os.listdir(tmp_path)) == ["pipe.gif"]


def test_timeline_export_can_be_canceled_and_says_when_pillow_is_missing(qtbot, tmp_path,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QPushButton
    from annstudio.gui.views import timeline_export
    from annstudio.gui.views.timeline import TimelineView
    net, data, tl = landscape_problem(epochs=4)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_run(net, data, tl.freeze(), "adam lr=0.01")
    out = tmp_path / "run.gif"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    ex = view.export
    assert view.message.text() == f"rendering {len(tl.checkpoints)} frames…"
    qtbot.waitUntil(lambda: ex.n_frames >= 3, timeout=60000)
    cancel = ex.progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.LeftButton)
    qtbot.waitUntil(lambda: not ex.running, timeout=60000)
    assert view.message.text() == "export canceled"
    assert ex._thread is None and os.listdir(tmp_path) == []
    assert view.slider.value() == len(tl.checkpoints) - 1
    assert len(view.original.getData()[0]) == tl.steps
    # without Pillow, the button says how to get it and asks nothing
    monkeypatch.setattr(timeline_export, "pillow", lambda: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: 1 / 0)
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    assert "needs the Pillow package" in view.message.text()
    assert "pip install Pillow" in view.message.text()


def test_frame_indices_keep_every_checkpoint_or_spread_max_frames_evenly():
    from annstudio.gui.views.timeline_export import MAX_FRAMES, frame_duration_ms, frame_indices
    assert frame_indices(37) == list(range(37))
    idx = frame_indices(801)
    assert len(idx) == MAX_FRAMES and idx[0] == 0 and idx[-1] == 800
    gaps = np.diff(idx)
    assert gaps.min() >= 4 and gaps.max() <= 5          # 800 / 199 ≈ 4.02: evenly spread
    assert frame_duration_ms(10) == 100 and frame_duration_ms(20) == 50
