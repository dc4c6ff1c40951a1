"""The optimizer tooltips say how the lecture writes each method, and each statement
about the maths is run here against the optimizers the app trains with (issue 14, part 1)."""
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from annstudio.core import optimizers


@pytest.fixture
def panel(qtbot):
    from annstudio.core.experiment import OptimizerSpec, TrainingSpec
    from annstudio.gui.panels.training import TrainingPanel
    p = TrainingPanel(OptimizerSpec(), TrainingSpec())
    qtbot.addWidget(p)
    p.show()
    return p


def choose(panel, qtbot, name):
    combo = panel.opt_combo
    combo.setFocus()
    i = combo.findData(name)
    while combo.currentIndex() != i:                     # arrow keys, as a user would
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < i else Qt.Key_Up)
    return combo.toolTip()


def hp_tip(panel, key):
    return panel._hp_widgets[key].toolTip()


def test_adam_is_not_called_the_lectures_optimizer(panel, qtbot):
    tip = choose(panel, qtbot, "adam")
    assert "Not the lecture's training loop (that is SGD)" in tip
    assert "optimizer of the lecture" not in tip


def test_adagrad_epsilon_outside_the_root_as_in_torch(panel, qtbot):
    tip = choose(panel, qtbot, "adagrad")
    assert "ε inside the root, √(G + ε)" in tip and "outside, √G + ε" in tip
    # the app (and torch) divide by √G + ε: with ε = 1 the two forms differ clearly
    opt = optimizers.create("adagrad", lr=1.0, eps=1.0)
    p, g = np.zeros(1), np.array([3.0])
    opt.step([p], [g])
    assert p[0] == pytest.approx(-3.0 / (math.sqrt(9.0) + 1.0))
    assert p[0] != pytest.approx(-3.0 / math.sqrt(9.0 + 1.0))


def test_rmsprop_alpha_is_the_lectures_gamma(panel, qtbot):
    tip = choose(panel, qtbot, "rmsprop")
    assert "alpha is the lecture's γ" in tip
    assert "(the lecture's γ)" in hp_tip(panel, "alpha")
    gamma = 0.8
    opt = optimizers.create("rmsprop", lr=0.1, alpha=gamma)
    p = np.zeros(1)
    v = 0.0
    for g in (2.0, -1.0, 0.5):
        opt.step([p], [np.array([g])])
        v = gamma * v + (1 - gamma) * g * g                # the lecture's v = γv + (1−γ)∇²
    assert opt.state[0]["square_avg"][0] == pytest.approx(v)


def test_centred_divides_by_the_square_root_of_the_variance(panel, qtbot):
    choose(panel, qtbot, "rmsprop")
    assert "square root of the variance estimate" in hp_tip(panel, "centered")
    opt = optimizers.create("rmsprop", lr=0.1, alpha=0.5, eps=0.0, centered=True)
    p = np.zeros(1)
    opt.step([p], [np.array([2.0])])
    v, m = 0.5 * 4.0, 0.5 * 2.0                            # mean square, mean
    assert p[0] == pytest.approx(-0.1 * 2.0 / math.sqrt(v - m * m))


def test_lecture_rmsprop_note_and_its_first_step(panel, qtbot):
    tip = choose(panel, qtbot, "lecture_rmsprop")
    assert "starts v at 1 and has no ε" in tip and "Its formula divides by v, its code by √v" in tip
    # the app starts v at 0 and adds ε: the first step is −η∇/(√((1−γ)‖∇‖²) + ε)
    opt = optimizers.create("lecture_rmsprop", lr=0.1, gamma=0.9, eps=1e-8)
    W = np.zeros((2, 2))
    g = np.array([[1.0, 2.0], [2.0, 4.0]])                 # ‖∇‖² = 25
    opt.step([W], [g])
    np.testing.assert_allclose(W, -0.1 * g / (math.sqrt(0.1 * 25) + 1e-8))
    # the lecture's code (v starting at 1, no ε) would step −η∇/√(0.9 + 2.5): not the same
    assert not np.allclose(W, -0.1 * g / math.sqrt(0.9 + 0.1 * 25))


def test_notation_help_says_the_numbering_note(make_window, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox
    w = make_window()
    w.actions["notation"].trigger()
    boxes = [b for b in QApplication.topLevelWidgets()
             if isinstance(b, QMessageBox) and b.isVisible() and b.windowTitle() == "Notation"]
    assert boxes
    text = boxes[-1].text()
    assert "one higher than its code" in text and "u₃,₀ = x₀ − x₁" in text
    for b in boxes:
        b.close()


def test_walkthrough_typos_fixed():
    from annstudio.core import walkthrough
    from annstudio.core.network import Network
    net = Network.create([2, 2, 1], seed=0)
    steps = walkthrough.walkthrough(net, np.array([0.3, -0.2]), 1, loss="bce")
    b1 = next(s for s in steps if s.name == "b_1")
    assert b1.formula == "b_1: 1 entry"
    assert "z_{0,y}" in walkthrough._dL_dz0_formula("ce")
