"""The inspector's model (`annstudio.core.inspect`): every quantity it shows equals the
vectorised forward pass and gradients, central finite differences written here, and torch
(autograd, nn.Linear naming, optim.SGD); the written-out formulas add up to the values."""
import math
import re

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import annstudio as ann
from annstudio.core import activations as act
from annstudio.core import inspect as ins
from annstudio.core import losses
from annstudio.core.errors import AnnStudioError
from annstudio.core.walkthrough import gradients_from_steps, walkthrough

HIDDEN = ["identity", "relu", "leaky_relu", "tanh", "sigmoid"]
CASES = [("bce", "sigmoid"), ("ce", "softmax"), ("mse", "identity"), ("mse", "sigmoid"),
         ("mse", "softmax")]
MINUS = "\u2212"


def sigma(v):
    return 1.0 / (1.0 + math.exp(-v))


def make(sizes, hidden, output, loss, seed):
    net = ann.Network.create(sizes, hidden=hidden, output=output, init="xavier", seed=seed)
    rng = np.random.default_rng(seed + 7)
    for layer in net.layers:
        layer.b = 0.3 * rng.standard_normal(layer.b.shape)
    x = rng.standard_normal(sizes[0])
    if loss == "bce":
        y = int(rng.integers(0, 2))
    elif loss == "ce":
        y = int(rng.integers(0, sizes[-1]))
    else:
        y = rng.standard_normal(sizes[-1])
    return net, x, y


@st.composite
def problems(draw):
    n_hidden = draw(st.integers(1, 3))
    hidden = [draw(st.sampled_from(HIDDEN)) for _ in range(n_hidden)]
    loss, output = draw(st.sampled_from(CASES))
    d_out = 1 if loss == "bce" else draw(st.integers(2, 4))
    sizes = [draw(st.integers(1, 4))] + [draw(st.integers(1, 5)) for _ in range(n_hidden)] + [d_out]
    return sizes, hidden, output, loss, draw(st.integers(0, 10**6))


def point_loss_from(net, lecture_i, z, x_unused, y, loss):
    """L as a function of z_i alone: run layers i … 1 of the net from z (independent code)."""
    K = len(net.layers)
    h = np.asarray(z, dtype=float).reshape(1, -1)
    for layer in net.layers[K - lecture_i:]:
        u = h @ layer.W + layer.b
        h = act.PHI[layer.activation](u)
    t = losses.targets(loss, np.asarray(y).reshape(1, -1), net.sizes[-1], 1)
    if loss == "bce":
        p = h[0, 0]
        return -math.log(p) if t[0, 0] == 1 else -math.log(1 - p)
    if loss == "ce":
        return -math.log(h[0, int(t[0])])
    return float(np.mean((h - t) ** 2))


def central(f, v, eps=1e-6):
    g = np.zeros_like(v)
    for j in range(v.size):
        a, b = v.copy(), v.copy()
        a.flat[j] += eps
        b.flat[j] -= eps
        g.flat[j] = (f(a) - f(b)) / (2 * eps)
    return g


def near_kink(net, x):
    """True if a ReLU-type unit sits so close to 0 that finite differences straddle it."""
    tr = net.forward(np.asarray(x).reshape(1, -1))
    return any(np.any(np.abs(u) < 1e-4) for u, layer in zip(tr.u, net.layers)
               if layer.activation in ("relu", "leaky_relu"))


# --------------------------------------------------------------------------- every shown value
@settings(deadline=None, max_examples=40)
@given(problems())
def test_every_page_value_equals_vectorised_and_finite_differences(p):
    sizes, hidden, output, loss, seed = p
    net, x, y = make(sizes, hidden, output, loss, seed)
    if near_kink(net, x):
        return
    K = len(net.layers)
    steps = walkthrough(net, x, y, loss)
    pages = ins.stages(steps, K)
    shown = {s.name: s for page in pages for s in page.steps}
    # nothing the walkthrough computes is left off the pages
    assert {s.name for s in steps} <= set(shown)
    tr = net.forward(np.asarray(x).reshape(1, -1))
    _, grads = net.loss_and_gradients(np.asarray(x).reshape(1, -1), np.asarray(y).reshape(1, -1), loss)
    for name, s in shown.items():
        i = s.layer
        if s.symbol in ("x", "z"):
            j = int(name.split("_")[1])
            np.testing.assert_allclose(s.value, tr.z[K - j][0], rtol=1e-12, atol=1e-14)
        elif s.symbol == "u":
            np.testing.assert_allclose(s.value, tr.u[K - i][0], rtol=1e-12, atol=1e-14)
        elif s.symbol == "W":
            np.testing.assert_array_equal(s.value, net.layers[K - i].W)
        elif s.symbol == "b":
            np.testing.assert_array_equal(s.value, net.layers[K - i].b)
        elif s.symbol == "L":
            assert float(s.value) == pytest.approx(point_loss_from(net, K, x, x, y, loss), rel=1e-10)
        elif s.symbol == "dL_dW":
            np.testing.assert_allclose(s.value, grads[K - i][0], rtol=1e-9, atol=1e-12)
            fd = ins.finite_differences(net, x, y, loss, K - i, "W")
            np.testing.assert_allclose(s.value, fd, rtol=1e-5, atol=1e-7)
        elif s.symbol == "dL_db":
            np.testing.assert_allclose(s.value, grads[K - i][1], rtol=1e-9, atol=1e-12)
            fd = ins.finite_differences(net, x, y, loss, K - i, "b")
            np.testing.assert_allclose(s.value, fd, rtol=1e-5, atol=1e-7)
        elif s.symbol == "dL_dz" and np.all(np.isfinite(s.value)):
            j = 0 if i == 0 else i
            z = tr.z[K - j][0]
            if j == 0:   # L as a function of the output z_0 itself
                t = losses.targets(loss, np.asarray(y).reshape(1, -1), net.sizes[-1], 1)

                def f(z0):
                    if loss == "bce":
                        return -math.log(z0[0]) if t[0, 0] == 1 else -math.log(1 - z0[0])
                    if loss == "ce":
                        return -math.log(z0[int(t[0])])
                    return float(np.mean((z0 - t[0]) ** 2))
            else:
                def f(zz, j=j):
                    return point_loss_from(net, j, zz, x, y, loss)
            np.testing.assert_allclose(s.value, central(f, z.copy()), rtol=1e-5, atol=1e-7)
        elif s.symbol == "dL_du":
            def f(uu, i=i):
                # L as a function of u_i: φ_i, then the layers below
                zz = act.PHI[net.layers[K - i].activation](uu.reshape(1, -1))[0]
                if i == 1:
                    t = losses.targets(loss, np.asarray(y).reshape(1, -1), net.sizes[-1], 1)
                    return losses.value(loss, uu.reshape(1, -1), zz.reshape(1, -1), t)
                return point_loss_from(net, i - 1, zz, x, y, loss)
            np.testing.assert_allclose(s.value, central(f, tr.u[K - i][0].copy()),
                                       rtol=1e-5, atol=1e-7)


# --------------------------------------------------------------------------- explanations
NUM = r"[−\-]?\d+(?:\.\d+)?(?:e[−\-]?\d+)?"


def num(t):
    return float(t.strip().strip("()").replace(MINUS, "-"))


def check_sum_line(line, expected, rel=1e-8):
    """``… = a·b + c·d + e = v``: the terms add up to v, and v is the shown value."""
    parts = line.split(" = ")
    total_txt, rhs = parts[-2], parts[-1]
    if "…" in total_txt or "Σ" in total_txt:
        return False
    total = 0.0
    for term in total_txt.split(" + "):
        factors = term.split("·")
        prod = 1.0
        for f in factors:
            prod *= num(f)
        total += prod
    value = num(rhs.split()[0])
    assert total == pytest.approx(expected, rel=rel, abs=1e-10), line
    assert value == pytest.approx(expected, rel=rel, abs=1e-10), line
    return True


@settings(deadline=None, max_examples=30)
@given(problems())
def test_written_out_formulas_add_up_to_the_shown_values(p):
    sizes, hidden, output, loss, seed = p
    net, x, y = make(sizes, hidden, output, loss, seed)
    K = len(net.layers)
    steps = walkthrough(net, x, y, loss)
    S = {s.name: s for s in steps}
    extra = {"loss": loss, "target": S["L"].extra["target"],
             "activation": {K - k: l.activation for k, l in enumerate(net.layers)}}
    N = ins.Numbering(K)
    checked = 0
    for page in ins.stages(steps, K):
        for s in page.steps:
            v = np.asarray(s.value, dtype=float)
            for idx in list(np.ndindex(v.shape))[:6] if v.ndim else [()]:
                lines, unit = ins.explain(steps, page, s.name, idx, N, 15, extra)
                assert lines and all(isinstance(t, str) and t for t in lines)
                if page.kind == "forward" and s.symbol in ("W", "b", "u", "z", "x"):
                    j = unit
                    i = page.layer
                    # a clicked W, b or input first says what it is; then the unit's sum
                    lines = lines[next(n for n, t in enumerate(lines)
                                       if t.startswith(f"u_{{{i},{j}}} = ")):]
                    assert check_sum_line(lines[1], S[f"u_{i}"].value[j]) or sizes[0] > ins.MAX_TERMS
                    # the activation line ends with the shown z_{i-1, j}
                    assert num(lines[2].split(" = ")[-1]) == pytest.approx(
                        S[f"z_{i - 1}"].value[j], rel=1e-12, abs=1e-14)
                    checked += 1
                elif s.symbol in ("dL_dW", "dg_dW"):
                    assert check_sum_line(lines[-1] if s.symbol == "dL_dW" else lines[0],
                                          v[idx])
                    checked += 1
                elif s.symbol in ("dg_dz",) or (s.symbol == "dL_dz" and s.layer > 0
                                                and np.all(np.isfinite(v))):
                    if check_sum_line(lines[0], v[idx]):
                        checked += 1
                elif s.symbol == "dL_du" and np.all(np.isfinite(S[f"∂L/∂z_{s.layer - 1}"].value)):
                    if check_sum_line(lines[0], v[idx], rel=1e-6):
                        checked += 1
                elif s.symbol == "L":
                    assert num(lines[1].split(" = ")[-1]) == pytest.approx(float(v), rel=1e-12)
    assert checked > 0


def test_not_xor_outputs_are_sigma_of_plus_minus_one_half():
    """LECTURE.md §2: (0,0) → σ(1/2), (1,0) → σ(−1/2), (0,1) → σ(−1/2), (1,1) → σ(1/2)."""
    net = ins.not_xor_network()
    expect = {(0, 0): 0.5, (1, 0): -0.5, (0, 1): -0.5, (1, 1): 0.5}
    for (a, b), u in expect.items():
        out = net(np.array([[a, b]], dtype=float))[0, 0]
        assert out == pytest.approx(sigma(u), rel=1e-15)
        steps = walkthrough(net, [a, b], int(u > 0), "bce")
        page = [pg for pg in ins.stages(steps, 2) if pg.kind == "forward" and pg.layer == 1][0]
        lines, _ = ins.explain(steps, page, "u_1", (0,), ins.Numbering(2), 4,
                               {"activation": {2: "relu", 1: "sigmoid"}, "loss": "bce"})
        shown_u = "0.5" if u > 0 else MINUS + "0.5"
        assert lines[-1].endswith(f"σ({shown_u}) = {ins.fmt(sigma(u))}")
        assert ins.fmt(sigma(u)) == ("0.6225" if u > 0 else "0.3775")
    assert (net.predict(ins.NOT_XOR_X) == ins.NOT_XOR_Y).all()


def test_explain_forward_example_from_the_issue():
    """The issue's `u_{2,0} = 0.31·1.0 + (−0.12)·(−1.0) + 0.05 = 0.48`, written in the
    lecture's order u = z W + b (input first, then weight)."""
    net = ann.Network([ann.Layer([[0.31, 0.2], [-0.12, 0.1]], [0.05, 0.0], "relu"),
                       ann.Layer([[1.0], [1.0]], [0.0], "sigmoid")])
    steps = walkthrough(net, [1.0, -1.0], 1, "bce")
    page = ins.stages(steps, 2)[1]
    lines, unit = ins.explain(steps, page, "W_2", (0, 0), ins.Numbering(2), 4,
                              {"activation": {2: "relu", 1: "sigmoid"}})
    assert unit == 0
    assert lines[0].startswith("W_2[0,0] = 0.31: a parameter, the weight from input 0 to unit 0")
    assert lines[2] == "used here, in unit 0 of layer 2:"
    lines = lines[3:]
    assert lines[0] == "u_{2,0} = z_{2,0}·W_2[0,0] + z_{2,1}·W_2[1,0] + b_{2,0}"
    assert lines[1].strip() == f"= 1·0.31 + ({MINUS}1)·({MINUS}0.12) + 0.05 = 0.48"
    assert lines[2] == "z_{1,0} = φ_2(u_{2,0}) = max(0.48, 0) = 0.48"


# --------------------------------------------------------------------------- numbers
@pytest.mark.parametrize("x, digits, text", [
    (sigma(0.5), 4, "0.6225"), (sigma(-0.5), 4, "0.3775"), (-0.37754066879814546, 4, "−0.3775"),
    (0.48, 4, "0.48"), (-1.2e-5, 3, "−1.2e−5"), (12345.6, 4, "1.235e4"), (0.0, 4, "0"),
    (-0.0, 4, "0"), (float("inf"), 4, "∞"), (-float("inf"), 4, "−∞"), (2.0, 4, "2"),
    (-1 / 3, 6, "−0.333333")])
def test_fmt_significant_digits_and_real_minus(x, digits, text):
    assert ins.fmt(x, digits) == text
    assert "-" not in ins.fmt(x, digits)


def test_parse_accepts_minus_sign_and_rejects_garbage():
    assert ins.parse_number("−0.25") == -0.25
    assert ins.parse_number("0,5") == 0.5
    np.testing.assert_array_equal(ins.parse_vector("0.5, −1", 2), [0.5, -1.0])
    np.testing.assert_array_equal(ins.parse_vector("1 2 3"), [1, 2, 3])
    for bad in ("abc", "nan", "inf", ""):
        with pytest.raises(AnnStudioError):
            ins.parse_number(bad)
    with pytest.raises(AnnStudioError, match="need 2"):
        ins.parse_vector("1, 2, 3", 2)


def test_summary_line():
    a = np.arange(-3.0, 5.0).reshape(2, 4)
    s = ins.summary(a)
    assert s == f"shape 2×4 · min {MINUS}3 · max 4 · norm {ins.fmt(np.sqrt((a ** 2).sum()))}"


# --------------------------------------------------------------------------- numbering
def test_pytorch_numbering_matches_nn_linear():
    torch = pytest.importorskip("torch")
    net = ann.Network.create([3, 4, 5, 2], hidden="tanh", output="softmax", seed=3)
    K = 3
    lec, pt = ins.Numbering(K, "lecture"), ins.Numbering(K, "pytorch")
    fcs = [torch.nn.Linear(l.W.shape[0], l.W.shape[1]).double() for l in net.layers]
    with torch.no_grad():
        for fc, l in zip(fcs, net.layers):
            fc.weight.copy_(torch.tensor(l.W.T))
            fc.bias.copy_(torch.tensor(l.b))
    names = dict(torch.nn.Sequential(*fcs).named_parameters())  # "0.weight", …
    for i in range(1, K + 1):
        k = K - i                     # API index; torch's fc{k+1}
        assert lec.name("W", i) == f"W_{i}"
        assert pt.name("W", i) == f"fc{k + 1}.weightᵀ"
        assert pt.name("b", i) == f"fc{k + 1}.bias"
        W = net.layers[k].W
        for r, c in np.ndindex(W.shape):
            label = pt.entry("W", i, (r, c))
            m = re.fullmatch(r"fc(\d+)\.weight\[(\d+),(\d+)\]", label)
            assert m and int(m.group(1)) == k + 1
            assert float(names[f"{k}.weight"].detach()[int(m.group(2)), int(m.group(3))]) == W[r, c]
    assert pt.name("z", K) == "x" and pt.name("z", 0) == f"h{K}"
    assert pt.relabel("u_2 = z_2 W_2 + b_2") == "a2 = h1 fc2.weightᵀ + fc2.bias"
    assert pt.relabel("∂L/∂z_1 = ∂L/∂z_0 · ∇φ_1 · W_1ᵀ") == "∂L/∂h2 = ∂L/∂h3 · ∇φ3 · fc3.weight"
    assert pt.relabel("Layer 3's weights") == "fc1's weights"
    assert lec.relabel("Layer 3's weights") == "Layer 3's weights"


# --------------------------------------------------------------------------- checks and steps
def test_finite_differences_partial_entries_and_kink():
    net = ins.not_xor_network()
    # (1, 0): no unit at the kink, so the check agrees everywhere
    steps = walkthrough(net, [1.0, 0.0], 0, "bce")
    assert ins.kinks(steps, 2, {2: "relu", 1: "sigmoid"}) == []
    g = gradients_from_steps(steps, 2)
    fd = ins.finite_differences(net, [1.0, 0.0], 0, "bce", 0, "W", entries=[(0, 1)])
    assert np.isnan(fd[0, 0]) and np.isfinite(fd[0, 1])
    assert fd[0, 1] == pytest.approx(g[0][0][0, 1], abs=1e-8)
    # (0, 0): u_2 = (0, 0) sits at ReLU's kink; backprop takes h(0) = 0, the central
    # difference the mean of the one-sided slopes (0 and ∂L/∂u): they differ, by design.
    steps = walkthrough(net, [0.0, 0.0], 1, "bce")
    assert ins.kinks(steps, 2, {2: "relu", 1: "sigmoid"}) == [(2, 0), (2, 1)]
    fd_b = ins.finite_differences(net, [0.0, 0.0], 1, "bce", 0, "b")
    one_sided = (sigma(0.5) - 1) * np.array([-1.0, -1.0])   # ∂L/∂u_1 · W_1ᵀ
    np.testing.assert_allclose(fd_b, one_sided / 2, rtol=1e-6)
    np.testing.assert_array_equal(gradients_from_steps(steps, 2)[0][1], [0.0, 0.0])


@pytest.mark.parametrize("loss, output", CASES)
def test_batch_average_equals_vectorised_and_torch(loss, output):
    torch = pytest.importorskip("torch")
    m = 1 if loss == "bce" else 3
    net, _, _ = make([3, 4, m], ["tanh"], output, loss, 5)
    rng = np.random.default_rng(1)
    X = rng.standard_normal((6, 3))
    y = (rng.integers(0, 2, 6) if loss == "bce" else rng.integers(0, 3, 6) if loss == "ce"
         else rng.standard_normal((6, 3)))
    bg = ins.batch_gradients(net, X, y, loss)
    assert len(bg.per_sample) == 6
    assert bg.max_difference() < 1e-12
    # torch autograd on the whole batch (mean reduction), from the NumPy weights
    Ws = [torch.tensor(l.W, requires_grad=True) for l in net.layers]
    bs = [torch.tensor(l.b, requires_grad=True) for l in net.layers]
    h = torch.tensor(X)
    for k, l in enumerate(net.layers):
        u = h @ Ws[k] + bs[k]
        h = torch.tanh(u) if k == 0 else u
    if loss == "bce":
        L = torch.nn.BCEWithLogitsLoss()(u, torch.tensor(y, dtype=torch.float64).reshape(-1, 1))
    elif loss == "ce":
        L = torch.nn.CrossEntropyLoss()(u, torch.tensor(y))
    else:
        out = {"identity": u, "sigmoid": torch.sigmoid(u), "softmax": torch.softmax(u, 1)}[output]
        L = torch.nn.MSELoss()(out, torch.tensor(y))
    L.backward()
    L = L.detach()
    assert bg.loss == pytest.approx(float(L), rel=1e-12)
    assert np.mean(bg.losses) == pytest.approx(float(L), rel=1e-12)
    for (aW, ab), W, b in zip(bg.average, Ws, bs):
        np.testing.assert_allclose(aW, W.grad.numpy(), rtol=1e-9, atol=1e-13)
        np.testing.assert_allclose(ab, b.grad.numpy(), rtol=1e-9, atol=1e-13)


def test_sgd_step_equals_torch_optim_sgd():
    torch = pytest.importorskip("torch")
    net, x, y = make([2, 3, 1], ["relu"], "sigmoid", "bce", 11)
    grads = gradients_from_steps(walkthrough(net, x, y, "bce"), 2)
    new = ins.sgd_step(net.get_weights(), grads, 0.25)
    params = [torch.tensor(a.copy(), requires_grad=True) for W, b in net.get_weights() for a in (W, b)]
    opt = torch.optim.SGD(params, lr=0.25)
    for p_, g in zip(params, [a for dW, db in grads for a in (dW, db)]):
        p_.grad = torch.tensor(g)
    opt.step()
    for (W, b), (pW, pb) in zip(new, zip(params[::2], params[1::2])):
        np.testing.assert_allclose(W, pW.detach().numpy(), rtol=0, atol=1e-15)
        np.testing.assert_allclose(b, pb.detach().numpy(), rtol=0, atol=1e-15)
    with pytest.raises(AnnStudioError, match="learning rate"):
        ins.sgd_step(net.get_weights(), grads, -1)


def test_with_entry_copies():
    w = ins.not_xor_network().get_weights()
    new = ins.with_entry(w, 1, "b", (0,), 2.0)
    assert new[1][1][0] == 2.0 and w[1][1][0] == 0.5
