"""The step-through inspector as a widget: the numbers it displays, read back from its table
models and labels, against the lecture's hand-worked ¬XOR values (σ(±1/2) computed here with
math.exp) and torch autograd; edits, undo/redo, numbering, SGD step, mini-batch, gradient
check, every activation and loss, wide layers."""
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

import annstudio as ann
from annstudio.core.inspect import fmt
from annstudio.gui.inspector import InspectorWidget, preset_network_and_data
from annstudio.gui.inspector.matrix import VALUE_ROLE

torch = pytest.importorskip("torch")

MINUS = "\u2212"
# LECTURE.md §2, typed from the lecture (not from our code)
LECTURE_W2 = [[1.0, -1.0], [-1.0, 1.0]]
LECTURE_B2 = [0.0, 0.0]
LECTURE_W1 = [[-1.0], [-1.0]]
LECTURE_B1 = [0.5]
POINTS = {(0, 0): (1, 0.5), (1, 0): (0, -0.5), (0, 1): (0, -0.5), (1, 1): (1, 0.5)}


def sigma(v):
    return 1.0 / (1.0 + math.exp(-v))


def torch_point_grads(net, x, y, loss):
    """(L, [(dW, db)] API order) for one point, torch autograd from the NumPy weights."""
    Ws = [torch.tensor(l.W, requires_grad=True) for l in net.layers]
    bs = [torch.tensor(l.b, requires_grad=True) for l in net.layers]
    phi = {"identity": lambda u: u, "relu": torch.relu, "tanh": torch.tanh,
           "sigmoid": torch.sigmoid, "leaky_relu": lambda u: torch.nn.functional.leaky_relu(u, 0.01),
           "softmax": lambda u: torch.softmax(u, -1)}
    h = torch.tensor(np.asarray(x, dtype=float)).reshape(1, -1)
    for k, l in enumerate(net.layers):
        u = h @ Ws[k] + bs[k]
        h = phi[l.activation](u)
    if loss == "bce":
        L = torch.nn.BCEWithLogitsLoss()(u, torch.tensor([[float(y)]], dtype=torch.float64))
    elif loss == "ce":
        L = torch.nn.CrossEntropyLoss()(u, torch.tensor([int(y)]))
    else:
        L = torch.nn.MSELoss()(h, torch.tensor(np.asarray(y, dtype=float)).reshape(1, -1))
    L.backward()
    return float(L.detach()), [(W.grad.numpy().copy(), b.grad.numpy().copy()) for W, b in zip(Ws, bs)]


@pytest.fixture
def notxor(qtbot):
    net, data = preset_network_and_data("not_xor")
    w = InspectorWidget(lambda: net, data)
    qtbot.addWidget(w)
    w.resize(900, 1000)
    w.show()
    return w


def choose(w, xy):
    """Click the row of point ``xy`` in the Point tab's table."""
    m = w.points_model
    for r in range(m.rowCount()):
        if tuple(m.point(r)["x"]) == tuple(map(float, xy)):
            w.points_view.clicked.emit(m.index(r, 0))
            return r
    raise AssertionError(f"{xy} not in the table")


def test_not_xor_preset_holds_the_lecture_weights(notxor):
    layers = notxor.net.layers
    np.testing.assert_array_equal(layers[0].W, LECTURE_W2)
    np.testing.assert_array_equal(layers[0].b, LECTURE_B2)
    np.testing.assert_array_equal(layers[1].W, LECTURE_W1)
    np.testing.assert_array_equal(layers[1].b, LECTURE_B1)
    assert [tuple(notxor.points_model.point(r)["x"]) for r in range(4)] == \
        [(0, 0), (1, 0), (0, 1), (1, 1)]


@pytest.mark.parametrize("xy", list(POINTS))
def test_step_through_not_xor_to_the_end(notxor, xy):
    w = notxor
    label, u1 = POINTS[xy]
    choose(w, xy)
    assert w.point["y"] == label
    w.nav_actions["start"].trigger()
    seen = []
    while True:
        seen.append(w.stage.kind)
        assert w.explanation_lines, f"no explanation on page {w.stage_index}"
        if w.stage.kind == "forward" and w.stage.layer == 1:
            # u_1 and the σ line exactly as LECTURE.md §2: σ(1/2) or σ(−1/2)
            assert w.shown("u_1", 0) == fmt(u1)
            shown_u = "0.5" if u1 > 0 else MINUS + "0.5"
            assert w.explanation_lines[-1].endswith(f"σ({shown_u}) = {fmt(sigma(u1))}")
        if w.stage.kind == "loss":
            assert w.shown("z_0", 0) == fmt(sigma(u1))
            assert w.shown("z_0", 0) == ("0.6225" if u1 > 0 else "0.3775")
            p = sigma(u1)
            assert w.shown("L") == fmt(-math.log(p if label == 1 else 1 - p))
        if not w.nav_actions["next"].isEnabled():
            break
        w.nav_actions["next"].trigger()
    assert seen == ["input", "forward", "forward", "loss", "backward", "backward",
                    "backward_z", "backward"]
    assert w.stage_index == w.stage_count - 1
    # the gradients displayed on the backward pages against torch autograd
    L, grads = torch_point_grads(w.net, xy, label, "bce")
    for i in (1, 2):
        w.go_to(w.page_index("backward", i))
        k = 2 - i
        np.testing.assert_allclose(w.shown_array(f"∂L/∂W_{i}"), grads[k][0], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(w.shown_array(f"∂L/∂b_{i}"), grads[k][1], rtol=1e-12, atol=1e-15)
        for idx in np.ndindex(grads[k][0].shape):
            assert w.shown(f"∂L/∂W_{i}", idx) == fmt(grads[k][0][idx])
    # ∂L/∂u_1 = σ(u_1) − y (bce), the lecture's first backprop factor times σ'
    w.go_to(w.page_index("backward", 1))
    assert w.shown("∂L/∂u_1", 0) == fmt(sigma(u1) - label)


def test_run_to_end_and_back_to_start(notxor):
    notxor.nav_actions["end"].trigger()
    assert notxor.stage_index == notxor.stage_count - 1
    assert not notxor.nav_actions["next"].isEnabled()
    notxor.nav_actions["previous"].trigger()
    assert notxor.stage_index == notxor.stage_count - 2
    notxor.nav_actions["start"].trigger()
    assert notxor.stage_index == 0 and not notxor.nav_actions["previous"].isEnabled()


def test_edit_weight_then_undo_and_redo(notxor, qtbot):
    w = notxor
    choose(w, (1, 0))                           # z_1 = (1, 0), u_1 = −1·1 + 0.5 = −0.5
    w.go_to(w.page_index("forward", 1))
    assert w.shown("z_0", 0) == fmt(sigma(-0.5))
    m = w.panel("W_1").model
    assert m.flags(m.index(0, 0)) & Qt.ItemIsEditable
    assert m.setData(m.index(0, 0), f"{MINUS}3", Qt.EditRole)      # a real minus sign typed
    # u_1 = −3·1 + 0.5 = −2.5
    assert w.net.layers[1].W[0, 0] == -3.0
    assert w.shown("u_1", 0) == fmt(-2.5)
    assert w.shown("z_0", 0) == fmt(sigma(-2.5))
    w.undo_action.trigger()
    assert w.net.layers[1].W[0, 0] == -1.0
    assert w.shown("z_0", 0) == fmt(sigma(-0.5))
    w.redo_action.trigger()
    assert w.shown("z_0", 0) == fmt(sigma(-2.5))
    # the keyboard shortcuts work inside the inspector
    w.activateWindow()
    w.panel("W_1").view.setFocus()
    qtbot.keyClick(w.panel("W_1").view, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.net.layers[1].W[0, 0] == -1.0)
    qtbot.keyClick(w.panel("W_1").view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: w.net.layers[1].W[0, 0] == -3.0)
    # a bias edit, and a refused one
    mb = w.panel("b_1").model
    assert mb.setData(mb.index(0, 0), "1.5", Qt.EditRole)
    assert w.shown("u_1", 0) == fmt(-3 + 1.5)
    assert not mb.setData(mb.index(0, 0), "abc", Qt.EditRole)
    assert "abc" in w.message.text() and w.net.layers[1].b[0] == 1.5


def test_edits_are_pushed_to_the_app(qtbot):
    net, data = preset_network_and_data("not_xor")
    pushed = []
    w = InspectorWidget(lambda: net, data, set_weights=pushed.append)
    qtbot.addWidget(w)
    w.go_to(w.page_index("forward", 2))
    m = w.panel("W_2").model
    m.setData(m.index(1, 0), "2", Qt.EditRole)
    assert len(pushed) == 1
    np.testing.assert_array_equal(pushed[0][0][0], [[1.0, -1.0], [2.0, 1.0]])
    w.undo_action.trigger()
    np.testing.assert_array_equal(pushed[-1][0][0], LECTURE_W2)


def test_numbering_toggle_relabels_every_view(notxor):
    w = notxor
    w.go_to(w.page_index("forward", 2))
    w.select("W_2", (1, 0))
    assert w.panel("W_2").name == "W_2"
    assert "layer 2" in w.title_label.text()
    assert w.explanation_lines[0].startswith(f"W_2[1,0] = {MINUS}1: a parameter")
    assert w.explanation_lines[3].startswith("u_{2,0} = z_{2,0}·W_2[0,0]")
    assert [w.batch_layer.itemText(j) for j in range(2)] == ["layer 2", "layer 1"]
    w.numbering_combo.setCurrentIndex(w.numbering_combo.findData("pytorch"))
    assert w.panel("W_2").name == "fc1.weightᵀ"
    assert w.panel("u_2").name == "a1" and w.panel("z_2").name == "x"
    assert "fc1" in w.title_label.text() and "layer 2" not in w.title_label.text()
    # torch stores W transposed: W_2[k, j] is fc1.weight[j, k]
    assert w.explanation_lines[0].startswith(f"fc1.weight[0,1] = {MINUS}1: a parameter")
    assert w.explanation_lines[3].startswith("a1[0] = x[0]·fc1.weight[0,0] + x[1]·fc1.weight[0,1]")
    assert [w.batch_layer.itemText(j) for j in range(2)] == ["fc1", "fc2"]
    assert "fc1.weight[0,1]" in [w.batch_model.headerData(c, Qt.Horizontal)
                                 for c in range(w.batch_model.columnCount())]
    w.go_to(w.page_index("backward", 1))
    assert w.panel("∂L/∂W_1").name == "∂L/∂fc2.weightᵀ"
    assert w.panel("∂L/∂z_0").name == "∂L/∂h2"
    w.set_numbering("lecture")
    assert w.panel("∂L/∂W_1").name == "∂L/∂W_1"


def test_gradient_check_beside_backprop(notxor):
    w = notxor
    choose(w, (1, 0))                  # no unit at ReLU's kink
    w.go_to(w.page_index("backward", 2))
    fd = w.shown_array("fd:W_2")
    np.testing.assert_allclose(fd, w.shown_array("∂L/∂W_2"), atol=1e-8)
    assert w.gradcheck_max[("W", 2)] < 1e-8 and w.gradcheck_max[("b", 2)] < 1e-8
    assert "kink" not in w.panel("fd:b_2").summary.text()
    w.select("∂L/∂W_2", (0, 0))
    assert w.explanation_lines[-1].startswith("finite difference: ")
    # (0, 0): u_2 = (0, 0) sits at ReLU's kink; the inspector says why the two differ
    choose(w, (0, 0))
    w.go_to(w.page_index("backward", 2))
    assert "kink" in w.panel("fd:b_2").summary.text()
    fd_b = w.shown_array("fd:b_2")
    one_sided = (sigma(0.5) - 1) * -1.0          # ∂L/∂u_1 · W_1ᵀ, for u just above 0
    np.testing.assert_allclose(fd_b, [one_sided / 2] * 2, rtol=1e-6)


def test_sgd_step_matches_torch_and_reports_losses(notxor):
    w = notxor
    choose(w, (1, 0))
    assert w.lr_edit.commit("0.5")
    before_W = [(l.W.copy(), l.b.copy()) for l in w.net.layers]
    L0, grads = torch_point_grads(w.net, (1, 0), 0, "bce")
    params = [torch.tensor(a.copy(), requires_grad=True) for W, b in before_W for a in (W, b)]
    for p, g in zip(params, [a for dW, db in grads for a in (dW, db)]):
        p.grad = torch.tensor(g)
    torch.optim.SGD(params, lr=0.5).step()
    before, after = w.apply_sgd_step()
    for k, l in enumerate(w.net.layers):
        np.testing.assert_allclose(l.W, params[2 * k].detach().numpy(), atol=1e-15)
        np.testing.assert_allclose(l.b, params[2 * k + 1].detach().numpy(), atol=1e-15)
    L1, _ = torch_point_grads(w.net, (1, 0), 0, "bce")
    assert before["point"] == pytest.approx(L0, rel=1e-12)
    assert after["point"] == pytest.approx(L1, rel=1e-12) and L1 < L0
    assert w.sgd_cells["point", 1].text() == fmt(L0)
    assert w.sgd_cells["point", 2].text() == fmt(L1)
    # the training set (the four points) before and after, in torch
    X = torch.tensor(ann.core.inspect.NOT_XOR_X)
    y = torch.tensor(ann.core.inspect.NOT_XOR_Y, dtype=torch.float64).reshape(-1, 1)

    def batch_loss(weights):
        h = X
        for k, (W, b) in enumerate(weights):
            u = h @ torch.tensor(W) + torch.tensor(b)
            h = torch.relu(u)
        return float(torch.nn.BCEWithLogitsLoss()(u, y))

    assert before["train"] == pytest.approx(batch_loss(before_W), rel=1e-12)
    assert after["train"] == pytest.approx(batch_loss(w.net.get_weights()), rel=1e-12)
    assert w.sgd_cells["train", 1].text() == fmt(batch_loss(before_W))
    w.undo_action.trigger()
    for (W, b), l in zip(before_W, w.net.layers):
        np.testing.assert_array_equal(l.W, W)
        np.testing.assert_array_equal(l.b, b)
    # a bad learning rate is refused with a message
    w.lr_edit.commit("-1")
    assert w.apply_sgd_step() is None and w.message.isVisible()


def test_mini_batch_average_equals_vectorised_and_torch(notxor):
    w = notxor
    choose(w, (1, 0))       # away from kinks for the autograd comparison
    net, _ = preset_network_and_data("not_xor")
    for layer in net.layers:                  # move every unit off ReLU's kink
        layer.b = layer.b + 0.1
    w.set_source(lambda: net, w.data)
    w.batch_size.setValue(4)
    m = w.batch_model
    assert m.rowCount() == 6                   # 4 points + average + vectorised
    for i in (2, 1):
        w.batch_layer.setCurrentIndex(w.batch_layer.findData(i))
        rows = np.array([[m.data(m.index(r, c), VALUE_ROLE) for c in range(m.columnCount())]
                         for r in range(m.rowCount())])
        np.testing.assert_allclose(rows[:4].mean(axis=0), rows[4], rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(rows[4], rows[5], rtol=1e-12, atol=1e-15)
        # torch autograd on the whole batch
        Ws = [torch.tensor(l.W, requires_grad=True) for l in net.layers]
        bs = [torch.tensor(l.b, requires_grad=True) for l in net.layers]
        h = torch.tensor(ann.core.inspect.NOT_XOR_X)
        u = torch.relu(h @ Ws[0] + bs[0]) @ Ws[1] + bs[1]
        torch.nn.BCEWithLogitsLoss()(u, torch.tensor(ann.core.inspect.NOT_XOR_Y,
                                                     dtype=torch.float64).reshape(-1, 1)).backward()
        k = 2 - i
        expect = np.concatenate([Ws[k].grad.numpy().ravel(), bs[k].grad.numpy().ravel()])
        np.testing.assert_allclose(rows[5], expect, rtol=1e-12, atol=1e-15)
    assert "max |average − vectorised|" in w.batch_summary.text()


def test_typed_point_and_refused_input(notxor):
    w = notxor
    w.x_edit.setText("1, 0")
    w.y_edit.setText(f"{MINUS}1")            # the lecture's ±1 labels
    w.x_edit.returnPressed.emit()
    assert w.point["split"] == "typed" and tuple(w.point["x"]) == (1.0, 0.0)
    w.go_to(w.page_index("loss", 0))
    assert w.shown("z_0", 0) == fmt(sigma(-0.5))
    assert w.shown("L") == fmt(-math.log(1 - sigma(-0.5)))
    w.x_edit.setText("1")
    w.x_edit.returnPressed.emit()
    assert "need 2" in w.message.text()
    assert tuple(w.point["x"]) == (1.0, 0.0)
    w.x_edit.setText("1, 1")
    w.y_edit.setText("7")
    w.x_edit.returnPressed.emit()
    assert "bce" in w.message.text() and tuple(w.point["x"]) == (1.0, 0.0)


def test_precision_control(notxor):
    w = notxor
    w.go_to(w.page_index("loss", 0))
    # the default point is (1, 0), label 0: z_0 = σ(−1/2), L = −log(1 − σ(−1/2)) = −log σ(1/2)
    assert w.shown("z_0", 0) == "0.3775"
    w.digits_spin.setValue(7)
    assert w.shown("z_0", 0) == f"{sigma(-0.5):.7g}"
    assert w.explanation_lines[-1].endswith(f"{-math.log(sigma(0.5)):.7g}")


def test_live_and_frozen(notxor, qtbot):
    w = notxor
    changed = ann.core.inspect.not_xor_network()
    changed.layers[1].b = [2.0]
    w.on_weights_changed(changed)
    qtbot.waitUntil(lambda: w.net.layers[1].b[0] == 2.0)
    w.live_check.setChecked(False)
    other = ann.core.inspect.not_xor_network()
    other.layers[1].b = [3.0]
    w.on_weights_changed(other)
    assert not w._live_timer.isActive() and w._pending is None
    assert w.net.layers[1].b[0] == 2.0


HIDDEN = ["identity", "relu", "leaky_relu", "tanh", "sigmoid"]
OUTPUTS = [("sigmoid", "bce", 1), ("softmax", "ce", 3), ("identity", "mse", 2),
           ("sigmoid", "mse", 2)]


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("output, loss, m", OUTPUTS)
def test_every_activation_and_loss(qtbot, hidden, output, loss, m):
    net = ann.Network.create([3, 4, 3, m], hidden=hidden, output=output, init="xavier", seed=2)
    rng = np.random.default_rng(0)
    for layer in net.layers:
        layer.b = 0.2 * rng.standard_normal(layer.b.shape)
    X = rng.standard_normal((8, 3))
    y = (rng.integers(0, 2, 8) if loss == "bce" else rng.integers(0, m, 8) if loss == "ce"
         else rng.standard_normal((8, m)))
    task = {"bce": "binary", "ce": "multiclass", "mse": "regression"}[loss]
    if loss == "mse":
        data = None
    else:
        data = ann.datasets.from_arrays(X, y, task=task)
    w = InspectorWidget(lambda: net, data)
    qtbot.addWidget(w)
    if data is None:
        w.x_edit.setText(", ".join(map(str, X[0])))
        w.y_edit.setText(", ".join(map(str, y[0])))
        w.x_edit.returnPressed.emit()
        x0, y0 = X[0], y[0]
    else:
        x0, y0 = data.X_train[0], data.y_train[0]
    assert w.loss == loss and not w.message.isVisible()
    L, grads = torch_point_grads(net, x0, y0, loss)
    w.nav_actions["end"].trigger()
    for n in range(w.stage_count):
        w.go_to(n)
        assert w.explanation_lines and all(w.explanation_lines)
        for name, panel in w._panels.items():
            assert panel.model.rowCount() > 0, name
        if w.stage.kind == "loss":
            assert float(w.shown_array("L")) == pytest.approx(L, rel=1e-12)
        if w.stage.kind == "backward" and w.stage.layer > 0:
            i = w.stage.layer
            np.testing.assert_allclose(w.shown_array(f"∂L/∂W_{i}"), grads[3 - i][0],
                                       rtol=1e-9, atol=1e-13)
            np.testing.assert_allclose(w.shown_array(f"∂L/∂b_{i}"), grads[3 - i][1],
                                       rtol=1e-9, atol=1e-13)
            if hidden not in ("relu", "leaky_relu"):
                assert w.gradcheck_max[("W", i)] < 1e-6


def test_wide_layers_scroll_and_summarise(qtbot):
    net, data = preset_network_and_data("lecture_moons")
    w = InspectorWidget(lambda: net, data)
    qtbot.addWidget(w)
    w.show()
    w.go_to(w.page_index("forward", 3))          # W_3: 20 × 40
    p = w.panel("W_3")
    assert p.summary.isVisible()
    W = net.layers[1].W
    assert p.summary.text() == (f"shape 20×40 · min {fmt(W.min())} · max {fmt(W.max())} · "
                                f"norm {fmt(np.linalg.norm(W))}")
    assert p.view.horizontalScrollBarPolicy() == Qt.ScrollBarAsNeeded
    assert p.view.verticalScrollBarPolicy() == Qt.ScrollBarAsNeeded
    assert p.view.height() < 20 * p.view.CELL_H       # not a wall of 20 rows
    w.go_to(w.page_index("forward", 4))          # z_4 = x: two numbers, no summary
    assert not w.panel("z_4").summary.isVisible() and w.panel("W_4").summary.isVisible()
    w.go_to(w.page_index("backward", 3))
    assert w.panel("∂g_3/∂W_3").slice.maximum() == 39   # one 20×40 slice per unit
