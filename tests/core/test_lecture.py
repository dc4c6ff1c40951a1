"""The lecture's worked example (LECTURE.md §2) and parameter counts, computed by hand."""
import math

import numpy as np
import pytest

import annstudio as ann


def lecture_not_xor():
    # Lecture: W_2 = [[1, −1], [−1, 1]], b_2 = (0, 0) (hidden, ReLU);
    #          W_1 = [[−1], [−1]], b_1 = 1/2 (output, σ). API order is input→output.
    return ann.Network([ann.Layer([[1, -1], [-1, 1]], [0, 0], "relu"),
                        ann.Layer([[-1], [-1]], [0.5], "sigmoid")])


POINTS = np.array([[0, 0], [1, 0], [0, 1], [1, 1]], dtype=float)


def test_not_xor_outputs_are_the_lectures():
    net = lecture_not_xor()
    out = net(POINTS)[:, 0]
    s_plus = 1 / (1 + math.exp(-0.5))       # σ(1/2)
    s_minus = 1 / (1 + math.exp(0.5))       # σ(−1/2)
    np.testing.assert_allclose(out, [s_plus, s_minus, s_minus, s_plus], rtol=1e-15)
    assert s_plus == pytest.approx(0.6224593312018546, abs=1e-15)


def test_not_xor_hidden_layer_is_relu_of_differences():
    trace = lecture_not_xor().forward(POINTS)
    x0, x1 = POINTS[:, 0], POINTS[:, 1]
    np.testing.assert_array_equal(trace.z[1], np.stack([np.maximum(x0 - x1, 0),
                                                        np.maximum(x1 - x0, 0)], axis=1))
    np.testing.assert_array_equal(trace.u[1][:, 0], 0.5 - np.abs(x0 - x1))


def test_not_xor_predicts_not_xor_and_has_nine_parameters():
    net = lecture_not_xor()
    not_xor = 1 - (POINTS[:, 0].astype(int) ^ POINTS[:, 1].astype(int))
    np.testing.assert_array_equal(net.predict(POINTS), not_xor)
    assert net.parameter_count == 9 == 2 * 2 + 2 + 2 * 1 + 1
    assert sum(p.size for p in net.parameters()) == 9


def test_not_xor_in_the_walkthrough_uses_lecture_numbers():
    net = lecture_not_xor()
    steps = {s.name: s for s in ann.walkthrough(net, [1, 0], 1, "bce")}
    np.testing.assert_array_equal(steps["W_2"].value, [[1, -1], [-1, 1]])
    np.testing.assert_array_equal(steps["W_1"].value, [[-1], [-1]])
    np.testing.assert_array_equal(steps["z_1"].value, [1, 0])
    assert float(steps["z_0"].value[0]) == pytest.approx(1 / (1 + math.exp(0.5)), rel=1e-15)
    # L = −log σ(y u) with y = +1, u = −1/2
    assert float(steps["L"].value) == pytest.approx(math.log(1 + math.exp(0.5)), rel=1e-14)


@pytest.mark.parametrize("sizes,by_hand", [
    ([2, 1], 2 * 1 + 1),                                   # logistic regression: d + 1
    ([5, 1], 6),
    ([2, 2, 1], 9),
    ([2, 20, 40, 20, 1], 3 * 20 + 21 * 40 + 41 * 20 + 21 * 1),  # the lecture run: 1741
    ([784, 128, 10], 785 * 128 + 129 * 10),
    ([3, 7, 7, 7, 4], 4 * 7 + 8 * 7 + 8 * 7 + 8 * 4),
])
def test_parameter_count_is_sum_of_inputs_times_outputs_plus_outputs(sizes, by_hand):
    """Σ_i d_i e_i + Σ_i e_i (LECTURE.md §1) = Σ (d_{i−1} + 1)·d_i.  (DESIGN.md's
    "Σ d_{i−1}(d_i + 1)" would count inputs instead of outputs: 10 for ¬XOR, not 9.)"""
    net = ann.Network.create(sizes, hidden="tanh",
                             output="sigmoid" if sizes[-1] == 1 else "softmax", seed=0)
    assert net.parameter_count == by_hand
    assert net.theta.size == by_hand
    assert [p.shape for p in net.parameters()] == [
        s for d, e in zip(sizes[:-1], sizes[1:]) for s in ((d, e), (e,))]


def test_lecture_run_network_has_1741_parameters():
    assert ann.Network.create([2, 20, 40, 20, 1]).parameter_count == 1741


def test_parameters_are_views_of_theta():
    net = ann.Network.create([2, 3, 1], seed=0)
    net.parameters()[0][0, 0] = 42.0
    assert net.theta[0] == 42.0 and net.layers[0].W[0, 0] == 42.0
    net.theta[-1] = -7.0
    assert net.layers[-1].b[-1] == -7.0


@pytest.mark.parametrize("init", ["lecture", "xavier", "he"])
def test_inits_are_seeded_and_have_their_scale(init):
    a = ann.Network.create([50, 400, 1], init=init, seed=3)
    b = ann.Network.create([50, 400, 1], init=init, seed=3)
    c = ann.Network.create([50, 400, 1], init=init, seed=4)
    np.testing.assert_array_equal(a.theta, b.theta)
    assert not np.array_equal(a.theta, c.theta)
    W = a.layers[0].W
    assert np.all(a.layers[0].b == 0) and np.all(a.layers[1].b == 0)
    expected_std = {"lecture": 0.1, "xavier": math.sqrt(6 / 450) / math.sqrt(3),
                    "he": math.sqrt(2 / 50)}[init]
    assert W.std() == pytest.approx(expected_std, rel=0.03)
    if init == "xavier":
        assert np.abs(W).max() <= math.sqrt(6 / 450)
