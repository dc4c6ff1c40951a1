"""Backprop (`Network.loss_and_gradients`) against PyTorch autograd and finite differences.

The torch model is written here directly from the NumPy weights with ``torch.matmul``
(x @ W + b, W of shape (d_in, d_out)), independent of annstudio's code.
"""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import annstudio as ann
from annstudio.core.gradcheck import gradient_check

HIDDEN = ["identity", "relu", "leaky_relu", "tanh", "sigmoid"]
# (loss, output activation, torch loss on the logit or on the output)
CASES = [("bce", "sigmoid"), ("ce", "softmax"), ("mse", "identity"), ("mse", "sigmoid")]


def rel_err(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), 1e-300))


def torch_loss_and_grads(net, X, y, loss, pm_labels=False):
    """The same network and loss written in torch, from the NumPy weights."""
    import torch
    F = torch.nn.functional
    Ws = [torch.tensor(layer.W, dtype=torch.float64, requires_grad=True) for layer in net.layers]
    bs = [torch.tensor(layer.b, dtype=torch.float64, requires_grad=True) for layer in net.layers]
    torch_phi = {"identity": lambda u: u, "relu": torch.relu,
                 "leaky_relu": lambda u: F.leaky_relu(u, negative_slope=0.01),
                 "tanh": torch.tanh, "sigmoid": torch.sigmoid}
    z = torch.tensor(X, dtype=torch.float64)
    for k, layer in enumerate(net.layers):
        u = torch.matmul(z, Ws[k]) + bs[k]
        if k < len(net.layers) - 1:
            z = torch_phi[layer.activation](u)
    out_act = net.layers[-1].activation
    y = np.asarray(y)
    if loss == "bce":
        t = torch.tensor((y > 0).astype(float) if pm_labels else y.astype(float),
                         dtype=torch.float64).reshape(-1, 1)
        L = torch.nn.BCEWithLogitsLoss()(u, t)
    elif loss == "ce":
        L = torch.nn.CrossEntropyLoss()(u, torch.tensor(y, dtype=torch.long))
    else:
        out = torch_phi[out_act](u) if out_act != "softmax" else torch.softmax(u, dim=1)
        t = torch.tensor(y, dtype=torch.float64).reshape(out.shape)
        L = torch.nn.MSELoss()(out, t)
    L.backward()
    return float(L.detach()), [(W.grad.numpy(), b.grad.numpy()) for W, b in zip(Ws, bs)]


def random_labels(rng, loss, n, n_out, pm=False):
    if loss == "bce":
        y = rng.integers(0, 2, n)
        return 2 * y - 1 if pm else y
    if loss == "ce":
        return rng.integers(0, n_out, n)
    return rng.standard_normal((n, n_out))


@st.composite
def problems(draw):
    n_hidden = draw(st.integers(1, 4))
    hidden_sizes = [draw(st.integers(1, 12)) for _ in range(n_hidden)]
    acts = [draw(st.sampled_from(HIDDEN)) for _ in range(n_hidden)]
    loss, out_act = draw(st.sampled_from(CASES))
    d_in = draw(st.integers(1, 12))
    if loss == "bce":
        d_out = 1
    elif loss == "ce":
        d_out = draw(st.integers(2, 12))
    else:
        d_out = draw(st.integers(1, 12))
    batch = draw(st.sampled_from([1, 2, 7, 32]))
    seed = draw(st.integers(0, 2**31 - 1))
    pm = draw(st.booleans()) if loss == "bce" else False
    init = draw(st.sampled_from(["lecture", "xavier", "he"]))
    return dict(sizes=[d_in] + hidden_sizes + [d_out], hidden=acts, output=out_act,
                loss=loss, batch=batch, seed=seed, pm=pm, init=init)


def build(p):
    net = ann.Network.create(p["sizes"], hidden=p["hidden"], output=p["output"],
                             init=p["init"], seed=p["seed"])
    rng = np.random.default_rng(p["seed"] + 1)
    # Random, non-zero biases too (init gives zero biases) so every path is exercised.
    for layer in net.layers:
        layer.b = 0.3 * rng.standard_normal(layer.b.shape)
    X = rng.standard_normal((p["batch"], p["sizes"][0]))
    y = random_labels(rng, p["loss"], p["batch"], p["sizes"][-1], p["pm"])
    return net, X, y


@settings(deadline=None, max_examples=150)
@given(problems())
def test_loss_and_gradients_equal_torch_autograd(p):
    net, X, y = build(p)
    L, grads = net.loss_and_gradients(X, y, loss=p["loss"])
    L_t, grads_t = torch_loss_and_grads(net, X, y, p["loss"], p["pm"])
    assert abs(L - L_t) <= 1e-12 * max(1.0, abs(L_t))
    assert len(grads) == len(grads_t) == len(net.layers)
    for (dW, db), (dW_t, db_t), layer in zip(grads, grads_t, net.layers):
        assert dW.shape == layer.W.shape and db.shape == layer.b.shape
        assert rel_err(dW, dW_t) <= 1e-8, (p, dW, dW_t)
        assert rel_err(db, db_t) <= 1e-8, (p, db, db_t)


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss,output", CASES)
@pytest.mark.parametrize("batch", [1, 16])
def test_every_activation_and_loss_against_torch(hidden, loss, output, batch):
    """Deterministic sweep, so every combination is certainly covered."""
    p = dict(sizes=[3, 5, 4, 2 if loss == "ce" else 1 if loss == "bce" else 2],
             hidden=[hidden, hidden], output=output, loss=loss, batch=batch, seed=7,
             pm=False, init="xavier")
    net, X, y = build(p)
    L, grads = net.loss_and_gradients(X, y, loss=loss)
    L_t, grads_t = torch_loss_and_grads(net, X, y, loss)
    assert abs(L - L_t) <= 1e-12 * max(1.0, abs(L_t))
    for (dW, db), (dW_t, db_t) in zip(grads, grads_t):
        assert rel_err(dW, dW_t) <= 1e-8
        assert rel_err(db, db_t) <= 1e-8
        assert np.linalg.norm(dW_t) > 0 or hidden == "relu"  # the comparison is not vacuous


def test_pm_one_labels_equal_zero_one_labels():
    """The lecture's ±1 labels give −log σ(y·u), the same loss as 0/1 labels."""
    net, X, _ = build(dict(sizes=[2, 4, 1], hidden=["tanh"], output="sigmoid", loss="bce",
                           batch=9, seed=3, pm=False, init="he"))
    y01 = np.array([0, 1, 1, 0, 1, 0, 0, 1, 1])
    L01, g01 = net.loss_and_gradients(X, y01, "bce")
    Lpm, gpm = net.loss_and_gradients(X, 2 * y01 - 1, "bce")
    u = net.forward(X).u[-1][:, 0]
    lecture = float(np.mean(np.log1p(np.exp(-(2 * y01 - 1) * u))))   # −log σ(y u)
    assert L01 == pytest.approx(lecture, rel=1e-12)
    assert Lpm == pytest.approx(lecture, rel=1e-12)
    for (a, b), (c, d) in zip(g01, gpm):
        np.testing.assert_array_equal(a, c)
        np.testing.assert_array_equal(b, d)


def test_bce_is_finite_when_the_sigmoid_saturates():
    """Computed from the logit: a huge |u| never takes log 0 (torch agrees)."""
    net = ann.Network([ann.Layer([[50.0]], [0.0], "sigmoid")])
    X = np.array([[1.0], [-1.0]])
    y = np.array([0, 1])                                # both maximally wrong
    L, grads = net.loss_and_gradients(X, y, "bce")
    L_t, grads_t = torch_loss_and_grads(net, X, y, "bce")
    assert np.isfinite(L) and L == pytest.approx(L_t, rel=1e-12) and L == pytest.approx(50.0)
    assert rel_err(grads[0][0], grads_t[0][0]) <= 1e-12


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss,output", CASES + [("mse", "softmax")])
def test_finite_differences_agree_with_backprop(hidden, loss, output):
    sizes = [3, 4, 3, 3 if loss == "ce" else 1 if loss == "bce" else 2]
    p = dict(sizes=sizes, hidden=[hidden, hidden], output=output, loss=loss, batch=5, seed=11,
             pm=False, init="xavier")
    net, X, y = build(p)
    if hidden in ("relu", "leaky_relu"):
        # keep pre-activations away from the kink so central differences are exact enough
        for u in net.forward(X).u[:-1]:
            assert np.min(np.abs(u)) > 1e-4
    check = gradient_check(net, X, y, loss=loss, eps=1e-6)
    assert check.ok, (check.max_abs_error, check.max_rel_error)
    assert check.max_rel_error < 1e-5 or check.max_abs_error < 1e-8
    # The check itself compares against backprop, and backprop against an independent oracle:
    _, grads = net.loss_and_gradients(X, y, loss)
    for (nW, nb), (dW, db) in zip(check.numeric, grads):
        assert not np.any(np.isnan(nW)) and not np.any(np.isnan(nb))
        np.testing.assert_allclose(nW, dW, rtol=1e-5, atol=1e-8)
        np.testing.assert_allclose(nb, db, rtol=1e-5, atol=1e-8)


def test_gradient_check_detects_a_wrong_gradient(monkeypatch):
    """The gradient check must be able to fail: break backprop and see it report."""
    net, X, y = build(dict(sizes=[2, 3, 1], hidden=["tanh"], output="sigmoid", loss="bce",
                           batch=4, seed=5, pm=False, init="xavier"))
    original = ann.Network.loss_and_flat_gradient

    def broken(self, *args, **kwargs):
        L = original(self, *args, **kwargs)
        args[3][0] += 0.1                         # corrupt one entry of ∂L/∂W
        return L

    monkeypatch.setattr(ann.Network, "loss_and_flat_gradient", broken)
    assert not gradient_check(net, X, y, "bce").ok


def test_numerical_derivative_of_a_known_function():
    from annstudio.core.gradcheck import numerical_derivative
    a = np.array([0.3, -1.2])
    d = numerical_derivative(lambda: float(np.sin(a[0]) * a[1] ** 3), a, 0)
    assert d == pytest.approx(np.cos(0.3) * (-1.2) ** 3, rel=1e-8)
    np.testing.assert_array_equal(a, [0.3, -1.2])          # restored
