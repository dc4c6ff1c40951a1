"""Metrics tab (confusion matrix, precision/recall, R²/MAE), the Standardise checkbox, and
the CSV missing-values dialog, driven through the real window's widgets."""
import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import small_moons


def _forward(net, X):
    """The network's output by hand (u = z W + b, ReLU hidden, σ/identity/softmax out)."""
    z = X
    for layer in net.layers:
        u = z @ layer.W + layer.b
        if layer.activation == "relu":
            z = np.maximum(u, 0)
        elif layer.activation == "sigmoid":
            z = 1 / (1 + np.exp(-u))
        elif layer.activation == "softmax":
            e = np.exp(u - u.max(axis=1, keepdims=True))
            z = e / e.sum(axis=1, keepdims=True)
        elif layer.activation == "identity":
            z = u
        else:
            raise AssertionError(layer.activation)
    return z


def _run_to_end(w, qtbot, epochs):
    button = w.toolbar.widgetForAction(w.actions["run"])
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.history) >= epochs and not w.session.running, timeout=90000)
    qtbot.waitUntil(lambda: w.session.snapshot is w.session.client.latest() and not w.session.snapshot.running, timeout=10000)


def _click_tab(w, qtbot, title):
    bar = w.view_tabs.tabBar()
    i = [w.view_tabs.tabText(k) for k in range(w.view_tabs.count())].index(title)
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(i).center())
    qtbot.waitUntil(lambda: w.view_tabs.currentIndex() == i, timeout=5000)


def _shown_matrix(view):
    t = view.matrix
    k = t.rowCount() - 1                  # C, then the precision row (and two more columns)
    return np.array([[int(t.item(i, j).text().replace(",", "")) for j in range(k)]
                     for i in range(k)])


def test_metrics_tab_shows_the_confusion_matrix_of_the_windows_network(make_window, qtbot):
    exp = small_moons()
    exp.training.epochs = 15
    exp.dataset.test_fraction = 0.3
    w = make_window(exp)
    _run_to_end(w, qtbot, 15)
    _click_tab(w, qtbot, "Metrics")
    view = w.metrics_view
    qtbot.waitUntil(lambda: view.matrix.rowCount() == 3, timeout=5000)
    net, d = w.network(), w.data
    for split, X, y in (("test", d.X_test, d.y_test), ("train", d.X_train, d.y_train)):
        if split == "train":
            qtbot.mouseClick(view.split_buttons["train"], Qt.LeftButton)
        pred = (_forward(net, X)[:, 0] > 0.5).astype(int)
        want = np.zeros((2, 2), int)
        for t, p in zip(y.astype(int), pred):          # counted by hand
            want[t, p] += 1
        qtbot.waitUntil(lambda: np.array_equal(_shown_matrix(view), want), timeout=5000)
        assert want.sum() == len(X) and np.trace(want) > 0.8 * len(X)   # it learned
        acc = np.trace(want) / want.sum()
        assert f"{100 * acc:.1f}%" in view.summary.text()
        assert [view.matrix.verticalHeaderItem(i).text() for i in range(3)] == \
            d.class_names + ["precision"]
        recall0 = want[0, 0] / want[0].sum()
        assert view.matrix.item(0, 2).text() == f"{100 * recall0:.1f}%"       # recall column
        precision1 = want[1, 1] / want[:, 1].sum()
        assert view.matrix.item(2, 1).text() == f"{100 * precision1:.1f}%"    # precision row
        assert view.matrix.item(1, 3).text() == str(want[1].sum())            # points
    qtbot.mouseClick(view.norm_buttons["rows"], Qt.LeftButton)
    assert view.matrix.item(1, 1).text() == f"{100 * want[1, 1] / want[1].sum():.1f}%"
    w.grab().save("/tmp/shots/data12/metrics_confusion_test.png") if _shots() else None


def test_metrics_tab_regression_r2_mae_and_scatter(make_window, qtbot):
    from annstudio.core.experiment import DatasetSpec
    exp = small_moons()
    exp.dataset = DatasetSpec("sine", n=300, noise=0.1, seed=1, test_fraction=0.25)
    exp.training.epochs = 20
    w = make_window(exp)
    _run_to_end(w, qtbot, 20)
    _click_tab(w, qtbot, "Metrics")
    view = w.metrics_view
    qtbot.waitUntil(lambda: "R²" in view.summary.text(), timeout=5000)
    d = w.data
    yhat = _forward(w.network(), d.X_test)[:, 0]
    r2 = 1 - np.sum((d.y_test - yhat) ** 2) / np.sum((d.y_test - d.y_test.mean()) ** 2)
    mae = np.mean(np.abs(d.y_test - yhat))
    assert f"R² = {r2:.4g}" in view.summary.text()
    assert f"MAE = {mae:.4g}" in view.summary.text()
    xs, ys = view.scatter.getData()
    np.testing.assert_allclose(np.sort(xs), np.sort(d.y_test))
    assert view.stack.currentWidget() is view.plot_widget and view.plot_widget.isVisible()
    w.grab().save("/tmp/shots/data12/metrics_regression.png") if _shots() else None


def test_standardise_checkbox_feeds_the_network_z_scores_and_keeps_user_units(make_window, qtbot):
    exp = small_moons()
    w = make_window(exp)
    box = w.dataset_panel.standardize_box
    assert not box.isChecked()                      # generated data: raw inputs (the lecture's)
    assert w.experiment.dataset.mean is None
    assert "one learning rate suits all weights" in box.toolTip()
    with qtbot.waitSignal(w.session.client.configured, timeout=30000):
        qtbot.mouseClick(box, Qt.LeftButton)
    assert box.isChecked()
    d = w.data
    mu, s = d.X_train.mean(axis=0), d.X_train.std(axis=0)      # training split only
    np.testing.assert_allclose(w.experiment.dataset.mean, mu, rtol=1e-12)
    np.testing.assert_allclose(w.experiment.dataset.scale, s, rtol=1e-12)
    assert not np.allclose(mu, d.X.mean(axis=0))    # the test points are not in it
    # the data view keeps the user's units; the boundary is the network on (G − μ)/s
    np.testing.assert_allclose(w.data_view.coords[:, :2], d.X[:, :2])
    from annstudio.core.views import BOUNDARY_RES, plane_inputs
    G, _ = plane_inputs(d, BOUNDARY_RES)
    w.session.show_weights(w.network().get_weights())
    expect = _forward(w.network(), (G - mu) / s)[:, 0]
    np.testing.assert_allclose(w.data_view.image.image.ravel(), expect, atol=2e-5)
    # the inspector's point goes through the same standardisation
    got = []
    w.pointPicked.connect(got.append)
    w.pick_point(3)
    np.testing.assert_allclose(got[-1]["x"], (d.X_train[3] - mu) / s)
    np.testing.assert_allclose(got[-1]["x_user"], d.X_train[3])
    # shipped data is standardised by default
    combo = w.dataset_panel.name_combo
    with qtbot.waitSignal(w.session.client.configured, timeout=30000):
        combo.setCurrentIndex(combo.findData("breast_cancer"))
    assert box.isChecked() and len(w.experiment.dataset.mean) == 30


def _shots():
    import os
    return os.path.isdir("/tmp/shots/data12")


def test_csv_with_empty_cells_offers_to_drop_them(make_window, qtbot, tmp_path):
    path = tmp_path / "flowers.csv"
    path.write_text("a,b,species\n1,2,setosa\n1.5,,setosa\n3,4,virginica\n5,6,virginica\n"
                    "2,3,setosa\n,,virginica\n4,4,virginica\n", encoding="utf-8")
    w = make_window(small_moons())
    seen = {}

    def answer(button_text):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, lambda: answer(button_text))
            return
        seen["text"] = box.text()
        seen["details"] = box.detailedText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        if _shots():
            box.grab().save("/tmp/shots/data12/missing_values_dialog.png")
        target = [b for b in box.buttons() if b.text() == button_text][0]
        qtbot.mouseClick(target, Qt.LeftButton)

    QTimer.singleShot(0, lambda: answer("Cancel"))
    assert w.dataset_panel.load_csv(str(path)) is None
    assert "line 3: column 'b' is empty" in seen["text"]
    assert "line 7: columns 'a', 'b' are empty" in seen["details"]
    assert "Drop 2 rows" in seen["buttons"]
    assert "line 3" in w.dataset_panel.last_csv_error      # refused, said where
    QTimer.singleShot(0, lambda: answer("Drop 2 rows"))
    with qtbot.waitSignal(w.session.client.configured, timeout=30000):
        data = w.dataset_panel.load_csv(str(path))
    assert data is not None and len(w.data) == 5
    assert w.data.class_names == ["setosa", "virginica"]
    assert w.dataset_panel.standardize_box.isChecked()      # CSV: standardised by default
    assert w.experiment.dataset.drop_missing


@pytest.mark.parametrize("name", ["iris"])
def test_string_class_names_reach_the_metrics_tab(make_window, qtbot, name):
    from annstudio.core.experiment import DatasetSpec
    exp = small_moons()
    exp.dataset = DatasetSpec(name, seed=0)
    exp.training.epochs = 5
    w = make_window(exp)
    _run_to_end(w, qtbot, 5)
    _click_tab(w, qtbot, "Metrics")
    view = w.metrics_view
    qtbot.waitUntil(lambda: view.matrix.rowCount() == 4, timeout=5000)
    assert [view.matrix.horizontalHeaderItem(j).text() for j in range(5)] == \
        ["→ setosa", "→ versicolor", "→ virginica", "recall", "points"]
    d = w.data
    Xs = (d.X_test - d.X_train.mean(axis=0)) / d.X_train.std(axis=0)
    pred = np.argmax(_forward(w.network(), Xs), axis=1)
    want = np.zeros((3, 3), int)
    for t, p in zip(d.y_test, pred):
        want[t, p] += 1
    assert np.array_equal(_shown_matrix(view), want)


def test_metrics_view_without_test_points_says_so_and_train_shows(qtbot):
    from annstudio.core import metrics
    from annstudio.gui.views.metrics import MetricsView
    view = MetricsView()
    qtbot.addWidget(view)
    view.show()
    y = np.array([0, 1, 1, 2, 2, 2])
    rep = {"task": "multiclass", "class_names": ["a", "b", "c"],
           "train": metrics.classification(y, [0, 1, 2, 2, 2, 1], 3), "test": None}
    view.set_report(rep)
    assert "No test points" in view.summary.text() and view.matrix.rowCount() == 0
    qtbot.mouseClick(view.split_buttons["train"], Qt.LeftButton)
    assert "6 training points" in view.summary.text()
    assert _shown_matrix(view).tolist() == [[1, 0, 0], [0, 1, 1], [0, 1, 2]]
    assert view.matrix.item(3, 0).text() == "100.0%"         # precision of a
    assert view.matrix.item(2, 3).text() == "66.7%"          # recall of c


def test_standardise_targets_checkbox_trains_on_z_scores_and_reports_the_users_units(
        make_window, qtbot, tmp_path):
    """A CSV regression (targets ~10³): standardised targets by default; the loss curve's
    numbers are the MSE of ŷ = z·std + mean in the target's units; unticking the box
    retrains on the raw targets."""
    from tests.engines.test_standardized_targets import write_csv
    exp = small_moons()
    exp.training.epochs = 3
    w = make_window(exp)
    box = w.dataset_panel.standardize_targets_box
    assert not box.isVisible()                     # moons: no targets to standardise
    with qtbot.waitSignal(w.session.client.configured, timeout=30000):
        w.dataset_panel.load_csv(str(write_csv(tmp_path / "t.csv", 4)))
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert box.isChecked() and "ŷ = z · std + mean" in box.toolTip()
    d, spec = w.data, w.experiment.dataset
    assert spec.target_mean == pytest.approx(d.y_train.mean(), rel=1e-12)
    assert spec.target_scale == pytest.approx(d.y_train.std(), rel=1e-12)
    _run_to_end(w, qtbot, 3)
    mu, s = np.array(spec.mean), np.array(spec.scale)
    y_hat = _forward(w.network(), (d.X_train - mu) / s)[:, 0] * spec.target_scale + spec.target_mean
    assert w.history.train_loss[-1] == pytest.approx(np.mean((y_hat - d.y_train) ** 2), rel=1e-9)
    assert w.history.train_loss[-1] > 100            # the target's units, not ~1
    if _shots():
        w.dataset_panel.grab().save("/tmp/shots/data12/standardise_targets.png")
    with qtbot.waitSignal(w.session.client.configured, timeout=30000):
        qtbot.mouseClick(box, Qt.LeftButton)
    assert not box.isChecked()
    spec = w.experiment.dataset
    assert spec.standardize_targets is False and spec.target_mean is None
    np.testing.assert_array_equal(w.session.network_data.y_train, d.y_train)
