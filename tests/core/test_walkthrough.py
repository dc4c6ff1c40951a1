"""The lecture's Jacobian-form backprop for one point (`walkthrough`) against the vectorised
gradients, finite differences and torch autograd (including gradients w.r.t. the
intermediate z's and `torch.autograd.functional.jacobian`)."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import annstudio as ann
from annstudio.core import activations as act
from annstudio.core.gradcheck import gradient_check
from annstudio.core.walkthrough import gradients_from_steps

torch = pytest.importorskip("torch")

HIDDEN = ["identity", "relu", "leaky_relu", "tanh", "sigmoid"]
CASES = [("bce", "sigmoid"), ("ce", "softmax"), ("mse", "identity"), ("mse", "sigmoid"),
         ("mse", "softmax")]
TORCH_PHI = {"identity": lambda u: u, "relu": torch.relu,
             "leaky_relu": lambda u: torch.nn.functional.leaky_relu(u, 0.01),
             "tanh": torch.tanh, "sigmoid": torch.sigmoid,
             "softmax": lambda u: torch.softmax(u, dim=-1)}


def rel_err(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), 1e-300))


def make(sizes, hidden, output, loss, seed, pm=False):
    net = ann.Network.create(sizes, hidden=hidden, output=output, init="xavier", seed=seed)
    rng = np.random.default_rng(seed + 100)
    for layer in net.layers:
        layer.b = 0.3 * rng.standard_normal(layer.b.shape)
    x = rng.standard_normal(sizes[0])
    if loss == "bce":
        y = int(rng.integers(0, 2))
        y = 2 * y - 1 if pm else y
    elif loss == "ce":
        y = int(rng.integers(0, sizes[-1]))
    else:
        y = rng.standard_normal(sizes[-1])
    return net, x, y


def by_name(steps):
    out = {}
    for s in steps:
        assert s.name not in out, f"duplicate step {s.name}"
        out[s.name] = s
    return out


@st.composite
def problems(draw):
    n_hidden = draw(st.integers(1, 4))
    hidden = [draw(st.sampled_from(HIDDEN)) for _ in range(n_hidden)]
    loss, output = draw(st.sampled_from(CASES))
    d_out = 1 if loss == "bce" else draw(st.integers(2, 5))
    sizes = [draw(st.integers(1, 5))] + [draw(st.integers(1, 6)) for _ in range(n_hidden)] + [d_out]
    return sizes, hidden, output, loss, draw(st.integers(0, 10**6)), draw(st.booleans())


def torch_point(net, x, y, loss):
    """Forward in torch from the NumPy weights, with the loss written on the output z_0 so
    that ∂L/∂z_0 exists; returns (L, {lecture i: z_i tensor}, {i: u_i}, [(dW, db)] API order)."""
    K = len(net.layers)
    Ws = [torch.tensor(l.W, requires_grad=True) for l in net.layers]
    bs = [torch.tensor(l.b, requires_grad=True) for l in net.layers]
    z = {K: torch.tensor(x, dtype=torch.float64).reshape(1, -1).requires_grad_(True)}
    u = {}
    for k, layer in enumerate(net.layers):
        i = K - k
        u[i] = torch.matmul(z[i], Ws[k]) + bs[k]
        u[i].retain_grad()
        z[i - 1] = TORCH_PHI[layer.activation](u[i])
        z[i - 1].retain_grad()
    z0 = z[0][0]
    if loss == "bce":
        t = float(y > 0)
        L = -(t * torch.log(z0[0]) + (1 - t) * torch.log(1 - z0[0]))
    elif loss == "ce":
        L = -torch.log(z0[int(y)])
    else:
        L = torch.mean((z0 - torch.tensor(np.ravel(y), dtype=torch.float64)) ** 2)
    L.backward()
    return float(L.detach()), z, u, [(W.grad.numpy(), b.grad.numpy()) for W, b in zip(Ws, bs)]


@settings(deadline=None, max_examples=80)
@given(problems())
def test_walkthrough_equals_vectorised_gradients_and_autograd(p):
    sizes, hidden, output, loss, seed, pm = p
    net, x, y = make(sizes, hidden, output, loss, seed, pm and loss == "bce")
    steps = ann.walkthrough(net, x, y, loss=loss)
    K = len(net.layers)
    grads = gradients_from_steps(steps, K)
    L, vec = net.loss_and_gradients(x.reshape(1, -1), np.reshape(y, (1, -1)) if loss == "mse"
                                    else [y], loss)
    L_t, z_t, u_t, grads_t = torch_point(net, x, y, loss)
    s = by_name(steps)
    assert float(s["L"].value) == pytest.approx(L, rel=1e-12)
    assert float(s["L"].value) == pytest.approx(L_t, rel=1e-10)
    for (dW, db), (vW, vb), (tW, tb) in zip(grads, vec, grads_t):
        assert dW.shape == vW.shape and db.shape == vb.shape
        assert rel_err(dW, vW) <= 1e-10 and rel_err(db, vb) <= 1e-10
        assert rel_err(dW, tW) <= 1e-8 and rel_err(db, tb) <= 1e-8
    # The running product ∂L/∂z_i (i = 0 … K−1) is autograd's gradient w.r.t. the z_i,
    # and ∂L/∂u_i autograd's gradient w.r.t. u_i.
    for i in range(K):
        assert rel_err(s[f"∂L/∂z_{i}"].value, z_t[i].grad.numpy()[0]) <= 1e-8, i
    for i in range(1, K + 1):
        assert rel_err(s[f"∂L/∂u_{i}"].value, u_t[i].grad.numpy()[0]) <= 1e-8, i
        # forward values in lecture numbering: z_i is the input of layer i
        np.testing.assert_allclose(s[f"u_{i}"].value, u_t[i].detach().numpy()[0], rtol=1e-12,
                                   atol=1e-14)
        np.testing.assert_array_equal(s[f"W_{i}"].value, net.layers[K - i].W)


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss,output", CASES)
def test_walkthrough_agrees_with_finite_differences(hidden, loss, output):
    sizes = [3, 4, 3, 1 if loss == "bce" else 3]
    net, x, y = make(sizes, [hidden, hidden], output, loss, seed=2)
    grads = gradients_from_steps(ann.walkthrough(net, x, y, loss), len(net.layers))
    yy = np.reshape(y, (1, -1)) if loss == "mse" else [y]
    check = gradient_check(net, x.reshape(1, -1), yy, loss=loss, eps=1e-6)
    for (dW, db), (nW, nb) in zip(grads, check.numeric):
        np.testing.assert_allclose(dW, nW, rtol=1e-5, atol=1e-8)
        np.testing.assert_allclose(db, nb, rtol=1e-5, atol=1e-8)


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("output", ["sigmoid", "softmax", "identity"])
def test_layer_tensors_equal_torch_jacobians(hidden, output):
    """∂g_i/∂W_i slice j = z_iᵀ · (row j of ∇φ_i), ∇φ_i and ∂g_i/∂z_i = ∇φ_i·W_iᵀ, each
    against torch.autograd.functional.jacobian of g_i(z, W, b) = φ_i(z W + b)."""
    from torch.autograd.functional import jacobian
    loss = {"sigmoid": "bce", "softmax": "ce", "identity": "mse"}[output]
    sizes = [3, 4, 5, 1 if output == "sigmoid" else 3]
    net, x, y = make(sizes, [hidden, hidden], output, loss, seed=9)
    s = by_name(ann.walkthrough(net, x, y, loss))
    K = len(net.layers)
    for i in range(1, K + 1):
        layer = net.layers[K - i]
        phi = TORCH_PHI[layer.activation]
        z_i = np.asarray(s[f"z_{i}"].value)
        n, m = layer.W.shape
        zt, Wt, bt = (torch.tensor(a) for a in (z_i, layer.W, layer.b))
        u = s[f"u_{i}"].value
        J = s[f"∇φ_{i}"].value
        assert J.shape == (m, m)
        np.testing.assert_allclose(J, jacobian(phi, torch.tensor(u)).numpy(), rtol=1e-12,
                                   atol=1e-15)
        dg_dW = s[f"∂g_{i}/∂W_{i}"].value
        assert dg_dW.shape == (m, n, m)
        for j in range(m):
            np.testing.assert_allclose(dg_dW[j], np.outer(z_i, J[j]), rtol=1e-14, atol=1e-15)
        np.testing.assert_allclose(dg_dW, jacobian(lambda W: phi(zt @ W + bt), Wt).numpy(),
                                   rtol=1e-12, atol=1e-15)
        if i < K:
            dg_dz = s[f"∂g_{i}/∂z_{i}"].value
            assert dg_dz.shape == (m, n)
            np.testing.assert_allclose(dg_dz, jacobian(lambda z: phi(z @ Wt + bt), zt).numpy(),
                                       rtol=1e-12, atol=1e-15)


def test_named_jacobians_against_torch_and_by_hand():
    from torch.autograd.functional import jacobian
    rng = np.random.default_rng(0)
    u = rng.standard_normal(6) * 2
    u[2] = -u[2] if u[2] > 0 else u[2]          # at least one negative entry
    # ReLU: diagonal Heaviside
    J = act.jacobian("relu", u)
    np.testing.assert_array_equal(J, np.diag((u > 0).astype(float)))
    np.testing.assert_array_equal(J, jacobian(torch.relu, torch.tensor(u)).numpy())
    # σ: diagonal σ(u)σ(−u)
    sig = 1 / (1 + np.exp(-u))
    J = act.jacobian("sigmoid", u)
    np.testing.assert_allclose(J, np.diag(sig * (1 / (1 + np.exp(u)))), rtol=1e-13)
    np.testing.assert_allclose(J, jacobian(torch.sigmoid, torch.tensor(u)).numpy(), rtol=1e-12)
    # softmax: full, s_j(δ_jk − s_k)
    J = act.jacobian("softmax", u)
    e = np.exp(u) / np.exp(u).sum()
    np.testing.assert_allclose(J, np.diag(e) - np.outer(e, e), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(J, jacobian(lambda v: torch.softmax(v, 0), torch.tensor(u)).numpy(),
                               rtol=1e-12, atol=1e-15)
    assert np.count_nonzero(J - np.diag(np.diag(J))) == 30      # really full
    for name in ("tanh", "leaky_relu", "identity"):
        np.testing.assert_allclose(act.jacobian(name, u),
                                   jacobian(TORCH_PHI[name], torch.tensor(u)).numpy(),
                                   rtol=1e-12, atol=1e-15)
    # batched: one matrix per row
    U = rng.standard_normal((4, 3))
    Jb = act.jacobian("softmax", U)
    assert Jb.shape == (4, 3, 3)
    for r in range(4):
        np.testing.assert_allclose(Jb[r], act.jacobian("softmax", U[r]), rtol=1e-14)


def test_steps_are_ordered_forward_loss_backward_in_lecture_numbering():
    net, x, y = make([2, 3, 4, 1], ["relu", "tanh"], "sigmoid", "bce", seed=1)
    steps = ann.walkthrough(net, x, y, "bce")
    kinds = [s.kind for s in steps]
    assert kinds == sorted(kinds, key=["forward", "loss", "backward"].index)
    names = [s.name for s in steps]
    # forward goes from the input z_3 = x to the output z_0; backward from layer 1 to 3
    assert names[0] == "z_3"
    assert names.index("u_3") < names.index("u_2") < names.index("u_1") < names.index("L")
    assert names.index("∂L/∂W_1") < names.index("∂L/∂W_2") < names.index("∂L/∂W_3")
    np.testing.assert_array_equal(steps[0].value, x)
    for s in steps:
        assert s.formula and isinstance(s.formula, str)


@pytest.mark.parametrize("b1,y", [(-1700.0, 1), (-760.0, 0), (40.0, 0), (-40.0, 1)])
def test_saturated_sigmoid_output_still_gives_finite_gradients(b1, y):
    """∂L/∂z_0 = −1/z_0 or 1/(1 − z_0) is infinite when σ rounds to 0 or 1; the
    walkthrough's gradients must still be the finite ones (equal to the vectorised
    σ(u) − y form and to torch's BCEWithLogitsLoss)."""
    net = ann.Network([ann.Layer([[2.0, -1.0]], [0.0, 0.5], "relu"),
                       ann.Layer([[400.0], [-30.0]], [b1], "sigmoid")])
    x = np.array([1.0])                     # hidden z = (2, 0): u_1 = 800 + b1
    steps = ann.walkthrough(net, x, y, "bce")
    s = by_name(steps)
    z0 = float(s["z_0"].value[0])
    assert z0 in (0.0, 1.0)                   # saturated in float64 (σ(40) rounds to 1)
    grads = gradients_from_steps(steps, 2)
    _, vec = net.loss_and_gradients(x.reshape(1, -1), [y], "bce")
    Wt = [torch.tensor(l.W, requires_grad=True) for l in net.layers]
    bt = [torch.tensor(l.b, requires_grad=True) for l in net.layers]
    u = torch.relu(torch.tensor([[1.0]], dtype=torch.float64) @ Wt[0] + bt[0]) @ Wt[1] + bt[1]
    torch.nn.BCEWithLogitsLoss()(u, torch.tensor([[float(y)]], dtype=torch.float64)).backward()
    assert float(s["L"].value) == pytest.approx(abs(800 + b1) if (800 + b1 > 0) != bool(y)
                                                else float(np.log1p(np.exp(-abs(800 + b1)))))
    for (dW, db), (vW, vb), W, b in zip(grads, vec, Wt, bt):
        assert np.all(np.isfinite(dW)) and np.all(np.isfinite(db))
        np.testing.assert_allclose(dW, vW, rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(db, vb, rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(dW, W.grad.numpy(), rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(db, b.grad.numpy(), rtol=1e-12, atol=1e-300)


def test_wide_layers_keep_only_the_first_slices_of_dg_dW_and_stay_exact():
    """A 512→512 layer's ∂g/∂W has 512³ entries (1 GiB): only slices are kept, and the
    gradient (computed as z_iᵀ·∂L/∂u_i then) still equals the vectorised one."""
    import annstudio as ann
    from annstudio.core.walkthrough import MAX_TENSOR, gradients_from_steps
    net = ann.Network.create([2, 300, 300, 1], hidden="tanh", seed=1)
    x = np.array([[0.4, -0.7]])
    steps = ann.walkthrough(net, x[0], 1)
    wide = [s for s in steps if s.symbol == "dg_dW" and s.extra["full_shape"] == (300, 300, 300)]
    assert len(wide) == 1 and wide[0].extra["partial"]
    assert wide[0].value.size <= MAX_TENSOR and wide[0].value.shape[1:] == (300, 300)
    J = next(s.value for s in steps if s.name == wide[0].name.replace("∂g", "∇φ").split("/")[0])
    z = next(s.value for s in steps if s.name == "z_" + wide[0].name.split("_")[-1])
    np.testing.assert_array_equal(wide[0].value[0], np.outer(z, J[0]))
    _, grads = net.loss_and_gradients(x, [1])
    for (dW, db), (gW, gb) in zip(gradients_from_steps(steps, 3), grads):
        np.testing.assert_allclose(dW, gW, rtol=1e-10, atol=1e-15)
        np.testing.assert_allclose(db, gb, rtol=1e-10, atol=1e-15)
