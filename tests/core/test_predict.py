"""Predict, then check (issue 14 §3): grading, tolerance edges, sign questions, unreadable
answers, the questions each page asks (their true values against the vectorised forward and
gradient code, not the walkthrough they are read from), and the inspector's other helpers
added with it: the informative default point, where a parameter comes from, one optimizer step.
"""
import math

import numpy as np
import pytest

import annstudio as ann
from annstudio.core import inspect as ins
from annstudio.core import predict as pr
from annstudio.core.walkthrough import walkthrough

MINUS = "\u2212"


# --------------------------------------------------------------------------- grading
@pytest.mark.parametrize("answer, truth, right", [
    (1.0, 1.0, True), (1.01, 1.0, True), (0.99, 1.0, True), (1.0101, 1.0, False),
    (0.9899, 1.0, False),
    (-250.0, -252.5, True), (-249.9, -252.5, False),         # 1 % of 252.5 = 2.525
    (0.001, 0.0, True), (-0.001, 0.0, True), (0.00101, 0.0, False),
    (0.0, 0.0004, True), (0.0014, 0.0004, True), (0.0015, 0.00049, False),  # |t| < 0.1: 1e-3
])
def test_tolerance_edges(answer, truth, right):
    assert pr.close_enough(answer, truth) is right
    g = pr.grade_number(repr(answer), truth)
    assert g.valid and g.correct is right


def test_right_and_wrong_number_answers_say_so():
    g = pr.grade_number("0,6225", 1 / (1 + math.exp(-0.5)), "z_{0,0}")
    assert g.valid and g.correct and g.message.startswith("correct: z_{0,0} = 0.6225")
    g = pr.grade_number(f"{MINUS}0.4", -0.3775, "u")
    assert g.valid and not g.correct
    assert g.message == f"not quite: you said {MINUS}0.4, the true value is u = {MINUS}0.3775"
    assert g.answer == -0.4 and g.truth == -0.3775


@pytest.mark.parametrize("text", ["", "   ", "abc", "nan", "NaN", "inf", "-inf", "1/2", "0.5.1",
                                  "1e999", None])
def test_unreadable_answers_give_one_clear_sentence(text):
    g = pr.grade_number(text, 0.5)
    assert not g.valid and not g.correct
    assert g.message and "Traceback" not in g.message and "\n" not in g.message
    assert ("type" in g.message)


@pytest.mark.parametrize("truth, sign", [(-0.2, "negative"), (0.0, "zero"), (-0.0, "zero"),
                                         (1e-14, "zero"), (3.0, "positive"), (1e-9, "positive")])
def test_sign_questions(truth, sign):
    assert pr.sign_of(truth) == sign
    assert pr.grade_sign(sign, truth).correct
    for other in set(pr.SIGNS) - {sign}:
        g = pr.grade_sign(other, truth, "h(u)")
        assert g.valid and not g.correct and f"h(u) is {sign}" in g.message
    g = pr.grade_sign("maybe", truth)
    assert not g.valid and "negative, zero or positive" in g.message


def test_score_counts_first_valid_answers():
    s = pr.Score()
    q1 = pr.Question("u_2", (0,), "number", "u", "", 1.0)
    q2 = pr.Question("L", (), "number", "L", "", 0.5)
    s.record(q1, pr.grade_number("abc", 1.0))            # unreadable: not counted
    assert s.total == 0 and not s.answered(q1)
    s.record(q1, pr.grade_number("1", 1.0))
    s.record(q1, pr.grade_number("7", 1.0))              # a second try does not count
    s.record(q2, pr.grade_number("7", 0.5))
    assert s.text() == "1 / 2 correct" and s.answered(q1) and s.answered(q2)
    s.clear()
    assert s.text() == "0 / 0 correct"


# --------------------------------------------------------------------------- questions
def test_not_xor_questions_have_the_true_values():
    net = ins.not_xor_network()
    x, y = np.array([1.0, 0.0]), 0
    steps = walkthrough(net, x, y, "bce")
    N = ins.Numbering(2)
    pages = ins.stages(steps, 2)
    tr = net.forward(x.reshape(1, -1))
    L, grads = net.loss_and_gradients(x.reshape(1, -1), np.array([y]), "bce")
    lr = 0.1
    asked = {}
    for page in pages:
        for q in pr.questions(steps, page, N, lr=lr):
            asked[q.name] = q
            lines = pr.worked(steps, page, q, N, 6, {"activation": {2: "relu", 1: "sigmoid"},
                                                     "loss": "bce", "target": np.array([0.0])},
                              lr=lr)
            assert lines and any(t.endswith(ins.fmt(q.truth, 6)) or
                                 ins.fmt(q.truth, 6) in t for t in lines), (q, lines)
    # a u's worked formula stops before z = φ(u): that is the next question's answer
    page2 = pages[1]
    uq = pr.questions(steps, page2, N)[0]
    assert not any("φ" in t for t in pr.worked(steps, page2, uq, N, 4, {}))
    # forward: u = x W + b by the vectorised code (API layer 0 is lecture layer 2)
    assert asked["u_2"].truth == tr.u[0][0, 0] == 1.0
    assert asked["z_1"].truth == max(tr.u[0][0, 0], 0.0)
    assert asked["u_1"].truth == pytest.approx(-0.5) and asked["z_0"].truth == pytest.approx(
        1 / (1 + math.exp(0.5)))
    assert asked["L"].truth == pytest.approx(L, rel=1e-14)
    assert asked["∂L/∂z_0"].truth == pytest.approx(1 / (1 - 1 / (1 + math.exp(0.5))))
    # backward: ∂L/∂u = ∂L/∂b, ∂L/∂W entries from loss_and_gradients
    assert asked["∂L/∂u_1"].truth == pytest.approx(grads[1][1][0], rel=1e-14)
    assert asked["∂L/∂u_2"].truth == pytest.approx(grads[0][1][0], rel=1e-14)
    k, j = asked["∂L/∂W_2"].idx
    assert x[k] != 0 and asked["∂L/∂W_2"].truth == pytest.approx(grads[0][0][k, j], rel=1e-14)
    # the weight after one SGD step: W − lr·∂L/∂W
    assert asked["W_2+"].truth == pytest.approx(net.layers[0].W[k, j] - lr * grads[0][0][k, j])
    assert asked["∇φ_2"].kind == "sign" and pr.sign_of(asked["∇φ_2"].truth) == "positive"
    assert asked["∂L/∂z_1"].truth == pytest.approx(
        (grads[1][1] @ net.layers[1].W.T)[0], rel=1e-14)
    # the panels that would give an answer away are named for hiding
    assert "fd:W_2" in asked["∂L/∂W_2"].hides and "∂g_2/∂W_2" in asked["∇φ_2"].hides


def test_pytorch_numbering_labels_questions():
    net = ins.not_xor_network()
    steps = walkthrough(net, [1.0, 0.0], 0, "bce")
    N = ins.Numbering(2, "pytorch")
    page = ins.stages(steps, 2)[1]
    qs = pr.questions(steps, page, N)
    assert [q.label for q in qs] == ["a1[0]", "h1[0]"]


# --------------------------------------------------------------------------- helpers
def test_informative_point_skips_zero_gradients():
    net = ins.not_xor_network()
    # (0, 0): u_2 = 0 at both ReLUs, so ∂L/∂W_2 = 0; (1, 0) is the first with both layers
    assert ins.informative_point(net, ins.NOT_XOR_X, ins.NOT_XOR_Y, "bce") == 1
    for r in range(2):
        _, g = net.loss_and_gradients(ins.NOT_XOR_X[r:r + 1], ins.NOT_XOR_Y[r:r + 1], "bce")
        assert all(np.any(dW != 0) for dW, _ in g) is (r == 1)
    # no such point: the first one
    dead = ann.Network([ann.Layer(np.zeros((2, 2)), np.zeros(2), "relu"),
                        ann.Layer(np.ones((2, 1)), np.zeros(1), "sigmoid")])
    assert ins.informative_point(dead, ins.NOT_XOR_X, ins.NOT_XOR_Y, "bce") == 0


def test_origin_text():
    assert ins.origin_text(120, "lecture", 3) == (
        "current value after 120 training steps; initialised drawn from 0.1·N(0, 1) "
        "(the lecture's initialisation) with seed 3")
    assert ins.origin_text(1, None) == "current value after 1 training step"
    assert ins.origin_text(0, "he", 0, at_init=True).startswith("initial value, drawn from N(0, 2/d)")
    assert ins.origin_text(0, "lecture", 0, at_init=False).startswith("set by hand")


def test_optimizer_step_sgd_and_adams_first_step():
    rng = np.random.default_rng(0)
    weights = [(rng.normal(size=(2, 3)), rng.normal(size=3))]
    grads = [(rng.normal(size=(2, 3)), rng.normal(size=3))]
    new = ins.optimizer_step(weights, grads, "sgd", {"lr": 0.05})
    np.testing.assert_array_equal(new[0][0], weights[0][0] - 0.05 * grads[0][0])
    # Adam's first step from a fresh state: m̂ = g, v̂ = g², so W − lr·g/(|g| + ε)
    new = ins.optimizer_step(weights, grads, "adam", {"lr": 0.01})
    for a, w, g in ((new[0][0], weights[0][0], grads[0][0]), (new[0][1], weights[0][1], grads[0][1])):
        np.testing.assert_allclose(a, w - 0.01 * g / (np.abs(g) + 1e-8), rtol=1e-12)
    assert weights[0][0] is not new[0][0]


def test_parameter_explanation_has_the_gradient():
    net = ins.not_xor_network()
    x = np.array([1.0, 0.0])
    steps = walkthrough(net, x, 0, "bce")
    _, g = net.loss_and_gradients(x.reshape(1, -1), np.array([0]), "bce")
    page = ins.stages(steps, 2)[-1]           # backward through layer 2
    lines, _ = ins.explain(steps, page, "W_2", (0, 1), ins.Numbering(2), 6,
                           {"origin": "current value after 3 training steps"})
    assert lines[0] == ("W_2[0,1] = −1: a parameter, the weight from input 0 to unit 1 of "
                        "layer 2 (double-click to edit); current value after 3 training steps.")
    assert lines[1].endswith(f"= {ins.fmt(g[0][0][0, 1], 6)}")
