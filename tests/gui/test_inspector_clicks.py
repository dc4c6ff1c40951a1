"""Issue 10 defect 10 and issue 14 §3, acted out on the real inspector: cells clicked with
the mouse explain themselves, a weight typed into its cell (double-click, keys, Enter)
changes without Qt's commitData warning, the default point has non-zero gradients, the
step tab follows the Training panel's lr, and Predict mode grades typed predictions.

Expected numbers come from the vectorised `Network.forward` / `loss_and_gradients` (not from
the walkthrough the inspector displays) and from the lecture's ¬XOR weights (LECTURE.md §2).
"""
import math

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from annstudio.core.inspect import fmt, fmt_factor, not_xor_network
from annstudio.gui.inspector import InspectorWidget, preset_network_and_data

MINUS = "\u2212"


def sigma(v):
    return 1.0 / (1.0 + math.exp(-v))


@pytest.fixture
def notxor(qtbot):
    net, data = preset_network_and_data("not_xor")
    w = InspectorWidget(lambda: net, data)
    qtbot.addWidget(w)
    w.resize(900, 1000)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, tmp_path):
    from annstudio.gui.fake_engine import FakeEngineClient
    from annstudio.gui.main_window import MainWindow
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat),
                   client_factory=FakeEngineClient)
    w.resize(1366, 768)
    w.show()
    yield w
    w.set_modified(False)
    w.close_guards.clear()
    w.close()
    w.deleteLater()


def open_not_xor(w):
    action = next(a for a in w.menus["lessons"].actions()
                  if "¬XOR" in a.text() and "inspector" in a.text())
    action.trigger()
    return w.inspector_dock.inspector


def click_cell(qtbot, ins, name, cell, double=False):
    """Click (or double-click) the cell (row, col) of the panel showing step ``name``."""
    view = ins.panel(name).view
    ins.scroll.ensureWidgetVisible(view)
    rect = view.visualRect(view.model().index(*cell))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    return view


def open_editor(view):
    """The line edit the view opened on its current cell (a closed one may linger until
    deleteLater runs: take the visible one)."""
    from PySide6.QtWidgets import QLineEdit
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def explanation(ins):
    return "\n".join(ins.explanation_lines)


def grads_at(net, x, y, loss="bce"):
    _, g = net.loss_and_gradients(np.asarray(x, dtype=float).reshape(1, -1),
                                  np.asarray([y]), loss)
    return g


# --------------------------------------------------------------------------- click any cell
def test_clicked_weight_bias_input_and_u_cells_explain_themselves(notxor, qtbot):
    ins = notxor
    ins.nav_actions["next"].trigger()            # forward through layer 2 (the ReLUs)
    assert ins.stage.kind == "forward" and ins.stage.layer == 2
    x, y = ins.point["x"], int(ins.point["y"])
    net = not_xor_network()
    g = grads_at(net, x, y)                      # [(dW_2, db_2), (dW_1, db_1)] API order
    W2 = net.layers[0].W
    # a weight: what it is and its gradient for this point, with the numbers
    click_cell(qtbot, ins, "W_2", (1, 0))
    text = explanation(ins)
    assert text.startswith(f"W_2[1,0] = {MINUS}1: a parameter, the weight from input 1 to unit 0")
    assert f"∂L/∂W_2[1,0] = z_{{2,1}}·(∂L/∂u_2)_0 = {fmt_factor(x[1])}·" in text
    assert text.split("\n")[1].endswith(f"= {fmt(g[0][0][1, 0])}")
    # another weight of the same unit gives another explanation (it used to stay the same)
    click_cell(qtbot, ins, "W_2", (0, 0))
    assert explanation(ins).startswith("W_2[0,0] = 1: a parameter") and explanation(ins) != text
    # a bias
    click_cell(qtbot, ins, "b_2", (0, 1))
    text = explanation(ins)
    assert text.startswith("b_{2,1} = 0: a parameter, the bias of unit 1 of layer 2")
    assert text.split("\n")[1].endswith(f"= {fmt(g[0][1][1])}")
    # an input: a feature of the data point, and the unit that uses it
    click_cell(qtbot, ins, "z_2", (0, 1))
    text = explanation(ins)
    assert text.startswith(f"z_{{2,1}} = x_1 = {fmt(x[1])}: feature 1")
    assert "training point #" in text
    # u: its formula with the actual numbers, u_{2,1} = x·W_2[:,1] + b_{2,1}
    click_cell(qtbot, ins, "u_2", (0, 1))
    u21 = float(x @ W2[:, 1])
    assert explanation(ins).split("\n")[1].strip() == (
        f"= {fmt_factor(x[0])}·{fmt_factor(W2[0, 1])} + {fmt_factor(x[1])}·"
        f"{fmt_factor(W2[1, 1])} + 0 = {fmt(u21)}")


def test_clicked_backward_cells_and_output_explain_themselves(notxor, qtbot):
    ins = notxor
    ins.go_to(ins.page_index("loss", 0))
    x, y = ins.point["x"], int(ins.point["y"])
    u1 = float(not_xor_network().forward(x.reshape(1, -1)).u[-1][0, 0])
    click_cell(qtbot, ins, "z_0", (0, 0))
    assert explanation(ins).endswith(f"σ({fmt(u1)}) = {fmt(sigma(u1))}")
    ins.go_to(ins.page_index("backward", 1))
    g = grads_at(not_xor_network(), x, y)
    click_cell(qtbot, ins, "∇φ_1", (0, 0))
    assert explanation(ins).endswith(f"= {fmt(sigma(u1) * (1 - sigma(u1)))}")
    click_cell(qtbot, ins, "∂L/∂W_1", (1, 0))
    assert f"= {fmt(g[1][0][1, 0])}" in explanation(ins)


def test_window_weight_explanation_says_where_it_comes_from(window, qtbot):
    ins = open_not_xor(window)
    ins.go_to(ins.page_index("forward", 2))
    click_cell(qtbot, ins, "W_2", (0, 1))
    # the lesson's weights are the lecture's hand-set ones, not the random initialisation
    assert "set by hand, a lesson or a file" in ins.explanation_lines[0]


# --------------------------------------------------------------------------- typed weight
def test_typed_weight_changes_without_a_commitdata_warning(notxor, qtbot, qtlog):
    ins = notxor
    ins.go_to(ins.page_index("forward", 1))
    view = click_cell(qtbot, ins, "W_1", (0, 0), double=True)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = open_editor(view)
    editor.selectAll()
    qtbot.keyClicks(editor, "-3")      # QTest types ASCII only (the − sign is tested elsewhere)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: ins.net.layers[1].W[0, 0] == -3.0)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    # u_1 = z_1·W_1 + b_1 with z_1 = (1, 0) at the default point (1, 0): −3 + 1/2
    assert ins.shown("u_1", 0) == fmt(-2.5)
    # a second edit in the same table (the editor of the first must be gone cleanly)
    click_cell(qtbot, ins, "W_1", (1, 0), double=True)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = open_editor(view)
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: ins.net.layers[1].W[1, 0] == 2.0)
    qtbot.wait(50)      # let queued close/commit events run: they are where Qt warned
    assert not [r.message for r in qtlog.records if "commitData" in r.message
                or "closeEditor" in r.message or "does not belong" in r.message]


# --------------------------------------------------------------------------- default point
def test_default_point_has_gradients_in_every_layer(window, qtbot):
    ins = open_not_xor(window)
    # (0, 0) gives u = 0 at both ReLUs, so every ∂L/∂W_2 would be 0: not the default
    x, y = ins.point["x"], ins.point["y"]
    assert tuple(x) != (0.0, 0.0)
    first = next(r for r in range(4)
                 if all(np.any(dW != 0) for dW, _ in grads_at(window.network(),
                                                              window.data.X_train[r],
                                                              window.data.y_train[r])))
    assert tuple(x) == tuple(window.data.X_train[first]) and ins.point["index"] == first
    assert "training point #" in ins.point_label.text()
    for i in (1, 2):
        ins.go_to(ins.page_index("backward", i))
        assert np.any(ins.shown_array(f"∂L/∂W_{i}") != 0)
        assert any(ins.shown(f"∂L/∂W_{i}", idx) != "0" for idx in np.ndindex(2, 1 if i == 1 else 2))


# --------------------------------------------------------------------------- lr
def test_step_tab_uses_the_training_panels_lr(window, qtbot):
    ins = open_not_xor(window)
    assert window.experiment.optimizer.params["lr"] == 0.1
    qtbot.mouseClick(ins.tabs.tabBar(), Qt.LeftButton,
                     pos=ins.tabs.tabBar().tabRect(3).center())
    assert ins.tabs.currentIndex() == 3 and ins.tabs.tabText(3) == "SGD step"
    assert ins.lr_edit.text() == "0.1"
    # type a new lr into the Training panel's real field
    field = window.training_panel.hp_edit("lr")
    field.selectAll()
    qtbot.keyClicks(field, "0.05")
    qtbot.keyClick(field, Qt.Key_Return)
    qtbot.waitUntil(lambda: ins.lr_edit.text() == "0.05")
    # the worked entry uses the new lr: W − lr·∂L/∂W, checked against the vectorised gradient
    net = window.network()
    x, y = ins.point["x"], int(ins.point["y"])
    g = grads_at(net, x, y)
    ex = ins.sgd_example_values
    i, idx = ex["entry"]
    k = 2 - i
    assert ex["lr"] == 0.05 and ex["grad"] == pytest.approx(g[k][0][idx], rel=1e-12)
    want = net.layers[k].W[idx] - 0.05 * g[k][0][idx]
    text = ins.sgd_example.text()
    assert "lr = 0.05" in text and f"− 0.05·{fmt_factor(g[k][0][idx])}" in text
    assert text.endswith(f"= {fmt(want)}")
    # pressing the button applies exactly that step to the app's network
    with qtbot.waitSignal(window.weightsChanged):
        qtbot.mouseClick(ins.sgd_button, Qt.LeftButton)
    after = window.network()
    for kk in range(2):
        np.testing.assert_allclose(after.layers[kk].W, net.layers[kk].W - 0.05 * g[kk][0],
                                   rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(after.layers[kk].b, net.layers[kk].b - 0.05 * g[kk][1],
                                   rtol=1e-12, atol=1e-15)


# --------------------------------------------------------------------------- predict mode
def press_enter_with(qtbot, ins, text):
    ins.answer_edit.clear()
    qtbot.keyClicks(ins.answer_edit, text)
    qtbot.keyClick(ins.answer_edit, Qt.Key_Return)


def test_predict_mode_grades_typed_answers(notxor, qtbot):
    ins = notxor
    qtbot.mouseClick(ins.predict_button, Qt.LeftButton)
    assert ins.predict_button.isChecked() and ins.predict_box.isVisible()
    assert "hidden" in ins.point_label.text() and "0.3775" not in ins.point_label.text()
    qtbot.mouseClick(ins.nav_buttons["next"], Qt.LeftButton)     # forward through layer 2
    assert ins.stage.kind == "forward"
    # the value about to be revealed is hidden
    assert ins.shown("u_2", 0) == "?" and ins.shown("z_1", 0) == "?"
    assert "u<sub>2,0</sub>" in ins.question_label.text()
    x = ins.point["x"]
    u = not_xor_network().forward(x.reshape(1, -1)).u[0][0]       # u_2 (API layer 0)
    # a right answer, rounded to 3 digits and typed with a decimal comma, is right
    press_enter_with(qtbot, ins, f"{u[0]:.3f}".replace(".", ","))
    assert "correct" in ins.result_label.text() and "not quite" not in ins.result_label.text()
    assert ins.score_label.text() == "score: 1 / 1 correct"
    assert ins.shown("u_2", 0) == fmt(u[0])                      # revealed
    # a wrong one: the true value and its formula are shown, the correct count stays 1
    z = max(u[0], 0.0)
    press_enter_with(qtbot, ins, str(z + 0.5))
    res = ins.result_label.text()
    assert "not quite" in res and f"the true value is z<sub>1,0</sub> = {fmt(z)}" in res
    assert f"max({fmt(u[0])}, 0) = {fmt(z)}" in res
    assert ins.score_label.text() == "score: 1 / 2 correct"
    # garbage: one clear sentence, nothing scored
    qtbot.mouseClick(ins.nav_buttons["next"], Qt.LeftButton)
    qtbot.mouseClick(ins.nav_buttons["next"], Qt.LeftButton)     # output and loss
    assert ins.stage.kind == "loss" and ins.shown("L") == "?"
    press_enter_with(qtbot, ins, "abc")
    assert "not a number" in ins.result_label.text()
    assert ins.score_label.text() == "score: 1 / 2 correct" and ins.shown("L") == "?"
    # frozen while predicting; the step tab's worked entry would give answers away
    assert not ins.live_check.isChecked()
    assert "hidden in Predict mode" in ins.sgd_example.text()
    # Predict off: everything shows again, live weights are followed again
    qtbot.mouseClick(ins.predict_button, Qt.LeftButton)
    assert not ins.predict_box.isVisible() and ins.live_check.isChecked()
    assert ins.shown("L") != "?" and fmt(sigma(-0.5)) in ins.point_label.text()


def test_predict_sign_question_and_updated_weight(notxor, qtbot):
    ins = notxor
    qtbot.mouseClick(ins.predict_button, Qt.LeftButton)
    ins.go_to(ins.page_index("backward", 2))
    net = not_xor_network()
    x, y = ins.point["x"], int(ins.point["y"])
    tr = net.forward(x.reshape(1, -1))
    u2 = tr.u[0][0]
    assert "∇φ<sub>2</sub>" in ins.question_label.text()
    assert ins.sign_buttons["positive"].isVisible() and not ins.answer_edit.isVisible()
    right = "positive" if u2[0] > 0 else "zero"           # h(u) of a ReLU: 1 or 0
    qtbot.mouseClick(ins.sign_buttons[right], Qt.LeftButton)
    assert "correct" in ins.result_label.text()
    assert ins.score_label.text() == "score: 1 / 1 correct"
    g = grads_at(net, x, y)
    press_enter_with(qtbot, ins, repr(float(g[0][1][0])))          # (∂L/∂u_2)_0 = ∂L/∂b_2[0]
    assert ins.score_label.text() == "score: 2 / 2 correct"
    k = int(np.flatnonzero(x != 0)[0])
    press_enter_with(qtbot, ins, repr(float(g[0][0][k, 0])))
    assert ins.score_label.text() == "score: 3 / 3 correct"
    # the weight after one SGD step with the lr of the step tab
    lr = ins.lr_edit.value()
    assert "after one SGD step" in ins.question_label.text()
    press_enter_with(qtbot, ins, "12345")
    want = net.layers[0].W[k, 0] - lr * g[0][0][k, 0]
    assert f"= {fmt(want)}" in ins.result_label.text()
    assert ins.score_label.text() == "score: 3 / 4 correct"
    assert "Every value on this page is checked" in ins.question_label.text()
