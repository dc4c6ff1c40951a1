"""Issue 10, what a newcomer hit: each test clicks or types on the real widget (toolbar
buttons, the layer editor's ✕ ↑ ↓, menu actions, the real "save changes?" box) and checks
what the user then sees (titles, labels, plot ranges, curves)."""
import os

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from tests.gui.conftest import small_moons  # noqa: E402

from annstudio.io import experiment_file as ef  # noqa: E402

SHOTS = "/tmp/shots/gui10"


def _shot(widget, name):
    """Keep a picture of what the test saw (ANNSTUDIO_KEEP_SCREENSHOTS=1)."""
    if os.environ.get("ANNSTUDIO_KEEP_SCREENSHOTS"):
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


def _click_action(qtbot, w, key):
    """Click the toolbar button of action ``key`` as a user would."""
    button = w.toolbar.widgetForAction(w.actions[key])
    assert button is not None and button.isVisible(), key
    qtbot.mouseClick(button, Qt.LeftButton)


def _epochs(w):
    return len(w.history.epochs)


def _weights(w):
    return [(W.copy(), b.copy()) for W, b in w.network().get_weights()]


def _wait_paused(qtbot, w):
    """Until the engine stopped and the window shows its last snapshot."""
    qtbot.waitUntil(lambda: not w.session.client.running and not w.session.client.latest().running,
                    timeout=30000)
    qtbot.waitUntil(lambda: all(
        np.array_equal(W, W2) for (W, _), (W2, _) in zip(w.network().get_weights(),
                                                         w.session.client.latest().weights)),
        timeout=5000)


class _Answer:
    """Answers the next modal "save changes?" box by clicking one of its real buttons;
    keeps its text and informative text."""

    def __init__(self, button):
        self.button, self.texts = button, []
        for top in QApplication.topLevelWidgets():   # the window's real box, not conftest's answer
            files = getattr(top, "files", None)
            if files is not None and "ask_save_changes" in vars(files):
                del files.ask_save_changes
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append((box.text(), box.informativeText()))
            self.timer.stop()
            box.button(self.button).click()


# ---------------------------------------------------------------- 1. layer editor rows
def _layer_sizes(w):
    return [int(e.text()) for e in w.network_panel.units_edits()]


def test_layer_buttons_act_on_their_own_row(make_window, qtbot):
    w = make_window(small_moons())
    panel = w.network_panel
    w.docks["network"].raise_()
    panel.set_layers([20, 40, 20], ["relu", "relu", "relu"])   # the lecture's 2→20→40→20→1
    qtbot.waitUntil(lambda: _layer_sizes(w) == [20, 40, 20])
    assert "2 → 20 → 40 → 20 → 1" in panel.count_label.text()

    rm_middle = panel._rows[1][4]
    qtbot.mouseClick(rm_middle, Qt.LeftButton)
    qtbot.waitUntil(lambda: _layer_sizes(w) == [20, 20])
    assert "2 → 20 → 20 → 1" in panel.count_label.text()
    assert w.experiment.network.hidden == [20, 20]

    # ↑ on the last row moves it up; ↓ on the first moves it down
    qtbot.mouseClick(panel._rows[0][0], Qt.LeftButton)
    panel._rows[0][0].selectAll()
    qtbot.keyClicks(panel._rows[0][0], "7")
    qtbot.keyClick(panel._rows[0][0], Qt.Key_Return)
    qtbot.waitUntil(lambda: _layer_sizes(w) == [7, 20])
    qtbot.mouseClick(panel._rows[-1][2], Qt.LeftButton)        # ↑ on the last row
    qtbot.waitUntil(lambda: _layer_sizes(w) == [20, 7])
    qtbot.mouseClick(panel._rows[0][3], Qt.LeftButton)         # ↓ on the first row
    qtbot.waitUntil(lambda: _layer_sizes(w) == [7, 20])
    assert w.experiment.network.hidden == [7, 20]
    assert "2 → 7 → 20 → 1" in panel.count_label.text()


# ---------------------------------------------------------------- 2. runs are never lost
def test_a_trained_run_asks_before_quitting(make_window, qtbot, tmp_path):
    w = make_window(small_moons())
    assert "•" not in w.windowTitle()
    _click_action(qtbot, w, "step_epoch")
    qtbot.waitUntil(lambda: _epochs(w) >= 1, timeout=30000)
    _click_action(qtbot, w, "run")
    qtbot.waitUntil(lambda: _epochs(w) >= 3, timeout=30000)
    _click_action(qtbot, w, "run")                              # Pause
    _wait_paused(qtbot, w)
    assert w.windowTitle().startswith("untitled •")
    trained = _weights(w)
    n_epochs = _epochs(w)

    # autosave covers the trained run: weights and history
    w.files.timer.setInterval(30)
    rec = ef.recovery_path(w.files.recovery_dir)
    qtbot.waitUntil(lambda: os.path.exists(rec), timeout=10000)
    w.files.timer.stop()
    saved = ef.load(rec)
    assert len(saved.history.epochs) == n_epochs
    for (W, b), (W2, b2) in zip(trained, saved.weights):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)

    # Ctrl+Q → "save changes?" → Cancel: still open, same weights and history
    ans = _Answer(QMessageBox.Cancel)
    w.actions["quit"].trigger()
    assert ans.texts and ans.texts[0][0] == "Save the changes to untitled before closing it?"
    assert "trained weights" in ans.texts[0][1]
    assert w.isVisible() and w.windowTitle().startswith("untitled •")
    assert _epochs(w) == n_epochs
    for (W, b), (W2, b2) in zip(trained, _weights(w)):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)

    # and Discard closes the window
    ans = _Answer(QMessageBox.Discard)
    w.actions["quit"].trigger()
    assert ans.texts
    qtbot.waitUntil(lambda: not w.isVisible())


def test_new_open_and_lesson_say_what_happens(make_window, qtbot, monkeypatch):
    w = make_window(small_moons())
    _click_action(qtbot, w, "step_batch")
    qtbot.waitUntil(lambda: w.session.client.latest().step >= 1, timeout=30000)
    assert "•" in w.windowTitle()
    hidden = w.experiment.network.hidden

    ans = _Answer(QMessageBox.Cancel)
    w.files.lesson_actions["notxor_by_hand"].trigger()
    assert ans.texts[0][0] == "Save the changes to untitled before opening the lesson?"
    assert "the lesson then replaces it" in ans.texts[0][1]
    assert w.experiment.network.hidden == hidden and "•" in w.windowTitle()

    ans = _Answer(QMessageBox.Cancel)
    w.actions["new"].trigger()
    assert ans.texts[0][0] == "Save the changes to untitled before starting a new experiment?"
    assert w.experiment.network.hidden == hidden

    asked = []
    monkeypatch.setattr(w.files, "ask_open_path", lambda: asked.append(1))
    ans = _Answer(QMessageBox.Cancel)
    w.actions["open"].trigger()
    assert ans.texts[0][0] == "Save the changes to untitled before opening another file?"
    assert not asked                      # Cancel: no file dialog, nothing replaced

    ans = _Answer(QMessageBox.Discard)
    w.files.lesson_actions["notxor_by_hand"].trigger()
    qtbot.waitUntil(lambda: w.experiment.network.hidden == [2])
    assert "•" not in w.windowTitle()


def test_a_drawn_point_marks_the_window(make_window, qtbot):
    from PySide6.QtCore import QPointF
    w = make_window(small_moons())
    assert "•" not in w.windowTitle()
    w.dataset_panel.tool_buttons["add"].click()
    n = w.data.n_train
    scene_pt = w.data_view.vb.mapViewToScene(QPointF(0.5, 0.25))
    qtbot.mouseClick(w.data_view.plot.viewport(), Qt.LeftButton,
                     pos=w.data_view.plot.mapFromScene(scene_pt))
    qtbot.waitUntil(lambda: w.data.n_train == n + 1)
    assert w.windowTitle().startswith("untitled •")


# ---------------------------------------------------------------- 6. Run says what it does
def test_run_twice_continues_and_counts_right(make_window, qtbot):
    exp = small_moons()
    exp.training.epochs = 3
    w = make_window(exp)
    run = w.actions["run"]
    assert run.text() == "Run ▶" and "3 epochs" in run.toolTip()
    _click_action(qtbot, w, "run")
    qtbot.waitUntil(lambda: _epochs(w) == 3 and not w.session.client.running, timeout=30000)
    qtbot.waitUntil(lambda: w.toolbar_info.text() == "epoch 3 / 3", timeout=5000)
    qtbot.waitUntil(lambda: run.text() == "Run ▶ (+3 epochs)", timeout=5000)
    assert run.toolTip().startswith("Continue for 3 more epochs (to epoch 6)")
    _click_action(qtbot, w, "run")
    qtbot.waitUntil(lambda: _epochs(w) == 6 and not w.session.client.running, timeout=30000)
    qtbot.waitUntil(lambda: w.toolbar_info.text() == "epoch 6 / 6", timeout=5000)
    assert run.text() == "Run ▶ (+3 epochs)"
    assert "to epoch 9" in run.toolTip()
    # the status bar labels train and test figures, each with its own accuracy
    r = w.history.epochs[-1]
    qtbot.waitUntil(lambda: w.status_labels["loss"].text() == (
        f"train loss {r.train_loss:.4f}, accuracy {100 * r.train_metric:.1f}% · "
        f"test loss {r.test_loss:.4f}, accuracy {100 * r.test_metric:.1f}%"), timeout=5000)
    _shot(w, "run_twice.png")


# ---------------------------------------------------------------- 3. gradient norms
def test_gradient_norms_recorded_while_hidden(make_window, qtbot):
    w = make_window(small_moons())
    assert w.view_tabs.currentWidget() is not w.grad_view
    # a deeper net first: the legend must follow the current network
    w.network_panel.set_layers([6] * 8, ["sigmoid"] * 8)        # 9 weight layers
    qtbot.waitUntil(lambda: w.grad_view.names and len(w.grad_view.names) == 9)
    _click_action(qtbot, w, "run")
    # the engine reports the norms with each snapshot (~30/s): wait for a few of them
    qtbot.waitUntil(lambda: w.session.client.record.grad_steps.n >= 5, timeout=30000)
    _click_action(qtbot, w, "run")
    _wait_paused(qtbot, w)
    assert w.view_tabs.currentWidget() is not w.grad_view
    bar = w.view_tabs.tabBar()
    i = w.view_tabs.indexOf(w.grad_view)
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(i).center())
    assert w.view_tabs.currentWidget() is w.grad_view
    gv = w.grad_view
    assert len(gv.curves) == 9
    for c in gv.curves:
        x, y = c.getData()
        assert x is not None and len(x) >= 2 and np.isfinite(y).any()
    names = [f"W{s}" for s in "₉₈₇₆₅₄₃₂₁"]
    assert gv.names == names
    legend = gv.legend.text()
    assert all(n in legend for n in names) and legend.count("━") == 9
    _shot(w, "grad_norms_9_layers.png")

    # a smaller network: a 3-layer legend, no stale W₉…W₄
    w.network_panel.set_layers([8, 8], ["relu", "relu"])
    qtbot.waitUntil(lambda: gv.names == ["W₃", "W₂", "W₁"])
    assert "W₄" not in gv.legend.text() and gv.legend.text().count("━") == 3


# ---------------------------------------------------------------- 4. curves auto-range
def test_curves_follow_each_new_run(make_window, qtbot):
    exp = small_moons()
    exp.training.epochs = 0
    w = make_window(exp)
    lp = w.curves.loss_plot
    _click_action(qtbot, w, "run")
    qtbot.waitUntil(lambda: _epochs(w) >= 30, timeout=60000)
    _click_action(qtbot, w, "run")
    qtbot.waitUntil(lambda: not w.session.client.running, timeout=30000)
    qtbot.waitUntil(lambda: w.curves.train_loss.getData()[0] is not None and
                    len(w.curves.train_loss.getData()[0]) == _epochs(w), timeout=5000)
    qtbot.waitUntil(lambda: lp.vb.viewRange()[0][1] >= _epochs(w) >= 30, timeout=5000)
    # a user zoom (mouse wheel) would stick without the fix; so does a flat range
    lp.vb.scaleBy((0.01, 0.01))
    assert not lp.vb.autoRangeEnabled()[0]
    stale = lp.vb.viewRange()

    _click_action(qtbot, w, "reset")
    _click_action(qtbot, w, "step_epoch")
    qtbot.waitUntil(lambda: _epochs(w) == 1, timeout=30000)
    qtbot.waitUntil(lambda: w.curves.train_loss.getData()[0] is not None and
                    len(w.curves.train_loss.getData()[0]) == 1, timeout=5000)
    qtbot.waitUntil(lambda: lp.vb.viewRange() != stale, timeout=5000)
    loss = w.history.epochs[0].train_loss
    (x0, x1), (y0, y1) = lp.vb.viewRange()
    assert x0 < 1 < x1 and y0 < loss < y1
    assert x1 - x0 < 10                    # not the old 30+ epochs
    # the accuracy plot shares the epoch axis: its one point is in view too
    assert w.curves.metric_plot.vb.viewRange()[0] == lp.vb.viewRange()[0]
    # the one point is drawn as a visible dot
    assert w.curves.train_loss.opts["symbol"] == "o"
    _shot(w.curves, "curves_one_epoch.png")


# ---------------------------------------------------------------- 11. stale error text
def test_broken_csv_error_clears_after_a_good_action(make_window, qtbot, tmp_path,
                                                     monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    w = make_window(small_moons())
    w.docks["dataset"].raise_()
    panel = w.dataset_panel
    bad = tmp_path / "broken.csv"
    bad.write_text("x1,x2,label\n1,2,0\n3,oops,1\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    before = w.data.n_train
    qtbot.mouseClick(panel.csv_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "oops" in panel.message.text() or "line 3" in panel.message.text()
    assert w.data.n_train == before                      # the data stayed as it was
    _shot(w.docks["dataset"], "dataset_csv_error.png")

    qtbot.mouseClick(panel.regenerate_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not panel.message.isVisible())
    assert panel.message.text() == ""


# ---------------------------------------------------------------- 5. legends off the data
def _hex(rgb):
    return "#%02x%02x%02x" % tuple(rgb)


def test_legends_sit_outside_the_plots_and_name_the_class_colours(make_window, qtbot):
    from annstudio.gui import theme as th
    w = make_window(small_moons())
    dv = w.data_view
    w.files.lesson_actions["notxor_by_hand"].trigger()
    qtbot.waitUntil(lambda: w.data.n_train == 4)
    qtbot.waitUntil(lambda: dv.legend.isVisible())
    # the legend is a row of its own: it does not overlap the plot area
    def on_screen(widget):     # the plot sits in its own square holder: compare on screen
        return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    plot_rect = on_screen(dv.plot)
    legend_rect = on_screen(dv.legend)
    assert legend_rect.height() > 0 and not legend_rect.intersects(plot_rect)
    # the point (0, 1) is inside the plot's view, on screen
    (x0, x1), (y0, y1) = dv.vb.viewRange()
    assert x0 < 0 < x1 and y0 < 1 < y1
    text = dv.legend.text()
    for k in (0, 1):
        assert f"class {k}" in text and _hex(th.class_color(k)) in text
    assert "filled: train" in text and "hollow: test" in text
    _shot(w, "legend_notxor.png")

    # the Class box shows the same colour and name per class
    combo = w.dataset_panel.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["class 0", "class 1"]
    for k in range(combo.count()):
        img = combo.itemIcon(k).pixmap(12, 12).toImage()
        c = img.pixelColor(6, 6)
        assert (c.red(), c.green(), c.blue()) == th.class_color(k)

    # three classes: three entries, in the colours of the points
    w.docks["dataset"].raise_()
    panel = w.dataset_panel
    panel.name_combo.setCurrentIndex(panel.name_combo.findData("spirals"))
    qtbot.waitUntil(lambda: w.data.n_classes == 2 and w.data.name == "spirals")
    panel.classes_edit.selectAll()
    qtbot.keyClicks(panel.classes_edit, "3")
    qtbot.keyClick(panel.classes_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.data.n_classes == 3)
    text = dv.legend.text()
    assert all(f"class {k}" in text and _hex(th.class_color(k)) in text for k in range(3))
    assert combo.count() == 3
    assert not on_screen(dv.legend).intersects(on_screen(dv.plot))
    _shot(w, "legend_spirals.png")

    # the gradient-norm legend is above its plot too
    w.view_tabs.setCurrentWidget(w.grad_view)
    gv = w.grad_view
    qtbot.waitUntil(lambda: gv.legend.isVisible())
    assert not on_screen(gv.legend).intersects(on_screen(gv.plot))


def test_curves_follow_a_lesson_and_new(make_window, qtbot):
    w = make_window(small_moons())
    lp = w.curves.loss_plot
    for how in ("lesson", "new"):
        _click_action(qtbot, w, "step_epoch")
        qtbot.waitUntil(lambda: _epochs(w) >= 1, timeout=30000)
        lp.vb.scaleBy((0.001, 0.001))          # a stale, useless range
        stale = lp.vb.viewRange()
        ans = _Answer(QMessageBox.Discard)
        if how == "lesson":
            w.files.lesson_actions["notxor_by_hand"].trigger()
            qtbot.waitUntil(lambda: w.data.n_train == 4)
        else:
            w.actions["new"].trigger()
            qtbot.waitUntil(lambda: w.data.n_train == 400)
        assert ans.texts
        qtbot.waitUntil(lambda: _epochs(w) == 0, timeout=30000)
        _click_action(qtbot, w, "step_epoch")
        qtbot.waitUntil(lambda: _epochs(w) == 1, timeout=30000)
        loss = w.history.epochs[0].train_loss
        qtbot.waitUntil(lambda: lp.vb.viewRange() != stale, timeout=5000)
        (x0, x1), (y0, y1) = lp.vb.viewRange()
        assert x0 < 1 < x1 and y0 < loss < y1, (how, lp.vb.viewRange(), loss)


def test_a_weight_typed_in_the_inspector_marks_the_window(make_window, qtbot):
    from PySide6.QtWidgets import QLineEdit
    w = make_window(small_moons())
    assert "•" not in w.windowTitle()
    w.actions["inspector"].trigger()
    ins = w.inspector_dock.inspector
    qtbot.waitUntil(lambda: w.inspector_dock.isVisible())
    K = len(w.network().layers)
    ins.go_to(ins.page_index("forward", K))          # the input layer W_K
    view = ins.panel(f"W_{K}").view
    ins.scroll.ensureWidgetVisible(view)
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()][0]
    editor.selectAll()
    qtbot.keyClicks(editor, "1.5")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.network().layers[0].W[0, 0] == 1.5)
    assert w.windowTitle().startswith("untitled •")


# ---------------------------------------------------------------- 12. features on a CSV
def _tick(qtbot, box):
    """Click a check box on its indicator (its centre may lie right of the text)."""
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))


def test_derived_features_on_an_imported_csv(make_window, qtbot, tmp_path, monkeypatch):
    import annstudio
    from PySide6.QtWidgets import QFileDialog
    d = annstudio.datasets.make("circles", n=200, noise=0.05, seed=1, test_fraction=0)
    f = tmp_path / "circles.csv"
    f.write_text("a,b,label\n" + "\n".join(f"{x:.6f},{y:.6f},{int(c)}"
                                           for (x, y), c in zip(d.X_train, d.y_train)) + "\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(f), "")))
    w = make_window(small_moons())
    w.docks["dataset"].raise_()
    panel = w.dataset_panel
    qtbot.mouseClick(panel.csv_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.data.name == "circles" and w.data.n_features == 2)
    boxes = panel.feature_boxes
    assert boxes["x1^2"].isEnabled() and not boxes["x1^2"].isChecked()
    for key in ("x1^2", "x2^2"):
        _tick(qtbot, boxes[key])
    qtbot.waitUntil(lambda: w.data.n_features == 4)
    assert w.data.feature_names == ["x1", "x2", "x1^2", "x2^2"]
    np.testing.assert_allclose(w.data.X_train[:, 2], w.data.X_train[:, 0] ** 2)
    assert "Input: 4 features" in w.network_panel.inputs_label.text()
    assert w.experiment.dataset.features == ["x1^2", "x2^2"]
    assert "•" in w.windowTitle()
    # the points can still be drawn on (x1, x2)
    assert panel.tool_buttons["add"].isEnabled()
    # and unticking removes them again
    _tick(qtbot, boxes["x2^2"])
    qtbot.waitUntil(lambda: w.data.feature_names == ["x1", "x2", "x1^2"])


def test_derived_feature_on_drawn_points(make_window, qtbot):
    from PySide6.QtCore import QPointF
    w = make_window(small_moons())
    w.files.lesson_actions["notxor_by_hand"].trigger()        # four drawn points
    qtbot.waitUntil(lambda: w.data.n_train == 4)
    w.docks["dataset"].raise_()
    panel = w.dataset_panel
    assert panel.name_combo.currentData() == "points"
    _tick(qtbot, panel.feature_boxes["x1x2"])
    qtbot.waitUntil(lambda: w.data.feature_names == ["x1", "x2", "x1x2"])
    np.testing.assert_allclose(w.data.X_train[:, 2], w.data.X_train[:, 0] * w.data.X_train[:, 1])
    # a point drawn afterwards gets its x1·x2 too
    scene_pt = w.data_view.vb.mapViewToScene(QPointF(0.5, 0.5))
    qtbot.mouseClick(w.data_view.plot.viewport(), Qt.LeftButton,
                     pos=w.data_view.plot.mapFromScene(scene_pt))
    qtbot.waitUntil(lambda: w.data.n_train == 5)
    x = w.data.X_train[-1]
    assert x[2] == pytest.approx(x[0] * x[1])


def test_the_inspector_lesson_asks_too(make_window, qtbot):
    w = make_window(small_moons())
    _click_action(qtbot, w, "step_epoch")
    qtbot.waitUntil(lambda: _epochs(w) >= 1, timeout=30000)
    assert "•" in w.windowTitle()
    action = next(a for a in w.menus["lessons"].actions()
                  if "¬XOR" in a.text() and "inspector" in a.text())
    ans = _Answer(QMessageBox.Cancel)
    action.trigger()
    assert ans.texts[0][0] == "Save the changes to untitled before opening the lesson?"
    assert w.experiment.network.hidden == [8, 8] and _epochs(w) >= 1
    ans = _Answer(QMessageBox.Discard)
    action.trigger()
    assert ans.texts
    qtbot.waitUntil(lambda: w.experiment.network.hidden == [2])
    assert "•" not in w.windowTitle()
