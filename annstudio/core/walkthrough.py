"""The lecture's Jacobian-form backprop for ONE data point (lecture §3), as ordered steps.

Lecture numbering: with K weight layers, the input is ``z_K = x``; for i = K … 1:
``u_i = z_i W_i + b_i`` and ``z_{i−1} = φ_i(u_i)``; the output is ``z_0``. Backward:

    ∂L/∂W_i = ∂L/∂z_0 · ∇φ_1 · W_1ᵀ · ∇φ_2 · W_2ᵀ ⋯ ∇φ_{i−1} · W_{i−1}ᵀ · ∂g_i/∂W_i

where ``∂g_i/∂W_i`` is the (m, n, m) tensor whose j-th slice is ``z_iᵀ · (row j of ∇φ_i)``
and the last product is a tensor contraction. The inspector displays these steps; the
vectorised `Network.loss_and_gradients` must agree with them (tests check it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from annstudio.core import activations as act
from annstudio.core import losses

MAX_TENSOR = 2_000_000   # entries of ∂g_i/∂W_i kept in full (16 MB of float64)
from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP, LayerRef, Text


@dataclass
class Step:
    kind: str            # "forward" | "loss" | "backward"
    layer: int           # lecture number of the layer (0 for the output/loss)
    name: str            # "u_2", "∇φ_1", "∂L/∂W_2", …
    formula: str         # human-readable, in the lecture's notation
    value: np.ndarray
    description: str = ""  # one sentence: what this is and why
    symbol: str = ""       # "u", "z", "W", "b", "grad_phi", "dL_dz", "dL_du", "dg_dW", "dg_dz", "dL_dW", "dL_db", "L", "x"
    extra: dict = field(default_factory=dict)

    def __repr__(self):
        shape = "×".join(map(str, np.shape(self.value))) or "scalar"
        return f"Step({self.kind}, {self.name} [{shape}]: {self.formula})"


def walkthrough(net, x, y, loss=None):
    """Every object the lecture names for one point ``x`` with label ``y``, in order."""
    x = net.check_inputs(x)
    if x.shape[0] != 1:
        raise AnnStudioError(f"the walkthrough follows one data point, got {x.shape[0]}")
    # (1, m): one label for bce/ce, m targets for mse
    xb, t, loss = net.prepare(x, np.asarray(y).reshape(1, -1), loss)
    K = len(net.layers)
    # the API lists layers from the input; the lecture numbers them from the output
    W = {K - k: layer.W for k, layer in enumerate(net.layers)}
    b = {K - k: layer.b for k, layer in enumerate(net.layers)}
    phi = {K - k: layer.activation for k, layer in enumerate(net.layers)}
    steps, u, z = _forward_steps(xb[0], W, b, phi)
    steps.append(_loss_step(loss, u[1][None, :], z[0][None, :], t))
    return steps + _backward_steps(loss, u, z, W, phi, t)


def _forward_steps(x, W, b, phi):
    """z_K = x, then for i = K … 1: W_i, b_i, u_i = z_i W_i + b_i and z_{i−1} = φ_i(u_i).
    Returns (steps, u, z) with u and z keyed by the lecture's layer number."""
    K = len(W)
    z = {K: x}
    u = {}
    steps = [Step("forward", K, f"z_{K}", f"z_{K} = x", z[K].copy(),
                  Text(QT_TRANSLATE_NOOP("inspect", "The input point is the first z; the lecture counts layers "
                                         "from the output.")),
                  "x")]
    for i in range(K, 0, -1):
        u[i] = z[i] @ W[i] + b[i]
        z[i - 1] = act.phi(phi[i], u[i][None, :])[0]
        steps += [
            Step("forward", i, f"W_{i}", f"W_{i}: {W[i].shape[0]}×{W[i].shape[1]}", W[i].copy(),
                 Text(QT_TRANSLATE_NOOP("inspect", "{layer}'s weights: one row per input, one column "
                                        "per unit."), layer=LayerRef(i, capital=True)), "W"),
            Step("forward", i, f"b_{i}", (Text(QT_TRANSLATE_NOOP("inspect", "{b}: 1 entry"), b=f"b_{i}") if b[i].size == 1 else
                  Text(QT_TRANSLATE_NOOP("inspect", "{b}: {n} entries"), b=f"b_{i}", n=b[i].size)), b[i].copy(),
                 Text(QT_TRANSLATE_NOOP("inspect", "{layer}'s biases, one per unit."),
                      layer=LayerRef(i, capital=True)), "b"),
            Step("forward", i, f"u_{i}", f"u_{i} = z_{i} W_{i} + b_{i}", u[i].copy(),
                 Text(QT_TRANSLATE_NOOP("inspect", "Each unit's weighted sum of its inputs plus its bias.")),
                 "u"),
            Step("forward", i, f"z_{i - 1}", f"z_{i - 1} = φ_{i}(u_{i}),  {act.FORMULA[phi[i]]}",
                 z[i - 1].copy(),
                 Text(QT_TRANSLATE_NOOP("inspect", "The activation applied to u gives this layer's output — the "
                                        "network's output.")) if i == 1 else
                 Text(QT_TRANSLATE_NOOP("inspect", "The activation applied to u gives this layer's output, the "
                                        "next layer's input.")), "z"),
        ]
    return steps, u, z


def _loss_step(loss, u1, z0, t):
    """L(z_0, y): the loss of the output z_0 = φ_1(u_1) for this point's label."""
    L = losses.value(loss, u1, z0, t)
    return Step("loss", 0, "L", losses.FORMULA[loss], np.array(L),
                Text(QT_TRANSLATE_NOOP("inspect", "How wrong the output is for this point's label.")), "L",
                {"loss": loss, "target": np.array(t).reshape(-1)})


def _backward_steps(loss, u, z, W, phi, t):
    """∂L/∂z_0, then for i = 1 … K the gradients of W_i and b_i and, above the input, the
    running product ∂L/∂z_i = ∂L/∂z_{i−1} · ∇φ_i · W_iᵀ handed on to layer i + 1."""
    K = len(W)
    u1, z0 = u[1][None, :], z[0][None, :]
    # P = ∂L/∂z_{i−1}, the running product of the lecture's chain rule.
    P = losses.dL_dz(loss, z0, t)[0]
    steps = [Step("backward", 0, "∂L/∂z_0", _dL_dz0_formula(loss), P.copy(),
                  Text(QT_TRANSLATE_NOOP("inspect", "How the loss changes with each output: the first "
                                         "factor of the chain rule.")),
                  "dL_dz")]
    # ∂L/∂u_1 is computed in the fused, never-infinite form σ(u) − y / softmax − onehot,
    # which equals ∂L/∂z_0·∇φ_1 wherever that product is finite.
    _, delta1 = losses.value_and_delta(loss, u1, z0, t, phi[1])
    for i in range(1, K + 1):
        J = act.jacobian(phi[i], u[i], z[i - 1])
        dL_du = delta1[0] if i == 1 else P @ J
        steps += _gradient_steps(i, P, J, dL_du, z[i], W[i], phi[i])
        if i < K:
            P, handed_on = _hand_on_steps(i, P, J, dL_du, W[i])
            steps += handed_on
    return steps


def _gradient_steps(i, P, J, dL_du, z_i, W_i, phi_i):
    """Layer i's backward page: ∇φ_i, ∂L/∂u_i = ∂L/∂z_{i−1} · ∇φ_i, the tensor ∂g_i/∂W_i,
    ∂L/∂W_i = Σ_j (∂L/∂z_{i−1})_j · ∂g_i/∂W_i[j] = z_iᵀ · ∂L/∂u_i, and ∂L/∂b_i."""
    n, m = W_i.shape
    # [j] = z_iᵀ · (row j of ∇φ_i). The whole tensor has m·n·m entries (1 GiB for a
    # 512→512 layer), so past MAX_TENSOR entries only its first slices are kept.
    m_kept = m if m * n * m <= MAX_TENSOR else max(1, MAX_TENSOR // (n * m))
    dg_dW = z_i[None, :, None] * J[:m_kept, None, :]
    # ∂L/∂W_i contracts P with ∂g_i/∂W_i: Σ_j P_j · (z_iᵀ · row j of ∇φ_i)
    if m_kept == m and (i > 1 or np.all(np.isfinite(P))):
        dL_dW = np.tensordot(P, dg_dW, axes=([0], [0]))
    else:   # the same contraction, Σ_j P_j z_iᵀ (∇φ_i)_j = z_iᵀ · (P ∇φ_i)
        dL_dW = np.outer(z_i, dL_du)
    return [
        Step("backward", i, f"∇φ_{i}", f"∇φ_{i}(u_{i}): {_jac_words(phi_i)}", J,
             Text(QT_TRANSLATE_NOOP("inspect", "The Jacobian of the activation: how each output of "
                                    "{layer} moves with each of its pre-activations."),
                  layer=LayerRef(i)), "grad_phi"),
        Step("backward", i, f"∂L/∂u_{i}", f"∂L/∂u_{i} = ∂L/∂z_{i - 1} · ∇φ_{i}", dL_du.copy(),
             Text(QT_TRANSLATE_NOOP("inspect", "The error signal at this layer's weighted sums (δ in "
                                    "vectorised code).")), "dL_du"),
        Step("backward", i, f"∂g_{i}/∂W_{i}",
             f"∂g_{i}/∂W_{i}[j] = z_{i}ᵀ · (row j of ∇φ_{i}),  shape {m}×{n}×{m}", dg_dW,
             Text(QT_TRANSLATE_NOOP("inspect", "How each of the {m} outputs of {g} depends on each "
                                    "weight: one n×m matrix per output."), m=m, g=f"g_{i}")
             if m_kept == m else
             Text(QT_TRANSLATE_NOOP("inspect", "How each of the {m} outputs of {g} depends on each weight: "
                                    "one n×m matrix per output. Only the first {kept} of "
                                    "the {m} matrices are kept: the whole tensor would take "
                                    "{mb} MB."), m=m, g=f"g_{i}", kept=m_kept,
                  mb=f"{m * n * m * 8 / 2**20:,.0f}"),
             "dg_dW", {"full_shape": (m, n, m), "partial": m_kept < m}),
        Step("backward", i, f"∂L/∂W_{i}",
             f"∂L/∂W_{i} = Σ_j (∂L/∂z_{i - 1})_j · ∂g_{i}/∂W_{i}[j] = z_{i}ᵀ · ∂L/∂u_{i}", dL_dW,
             Text(QT_TRANSLATE_NOOP("inspect", "The gradient of the loss for every weight of this layer: "
                                    "the sum of outer products zᵀ·row.")), "dL_dW"),
        Step("backward", i, f"∂L/∂b_{i}", f"∂L/∂b_{i} = ∂L/∂z_{i - 1} · ∇φ_{i}", dL_du.copy(),
             Text(QT_TRANSLATE_NOOP("inspect", "The gradient for the biases: ∂g/∂b = ∇φ, so it equals "
                                    "∂L/∂u.")), "dL_db"),
    ]


def _hand_on_steps(i, P, J, dL_du, W_i):
    """∂g_i/∂z_i = ∇φ_i · W_iᵀ and the next running product ∂L/∂z_i = ∂L/∂z_{i−1} · ∂g_i/∂z_i.
    Returns (∂L/∂z_i, steps)."""
    dg_dz = J @ W_i.T
    # where ∂L/∂z_0 is infinite (a saturated output), the equal finite ∂L/∂u_1 · W_1ᵀ
    P = P @ dg_dz if i > 1 or np.all(np.isfinite(P)) else dL_du @ W_i.T
    return P, [
        Step("backward", i, f"∂g_{i}/∂z_{i}", f"∂g_{i}/∂z_{i} = ∇φ_{i} · W_{i}ᵀ", dg_dz,
             Text(QT_TRANSLATE_NOOP("inspect", "How {layer}'s outputs move with its inputs {z}."),
                  layer=LayerRef(i), z=f"z_{i}"), "dg_dz"),
        Step("backward", i, f"∂L/∂z_{i}",
             f"∂L/∂z_{i} = ∂L/∂z_{i - 1} · ∇φ_{i} · W_{i}ᵀ  (running product)", P.copy(),
             Text(QT_TRANSLATE_NOOP("inspect", "The chain rule so far: how the loss moves with the next "
                                    "layer's output.")), "dL_dz"),
    ]


def gradients_from_steps(steps, n_layers):
    """[(∂L/∂W, ∂L/∂b)] in API (input→output) order, read off the walkthrough's steps."""
    dW = {s.layer: s.value for s in steps if s.symbol == "dL_dW"}
    db = {s.layer: s.value for s in steps if s.symbol == "dL_db"}
    return [(dW[n_layers - k], db[n_layers - k]) for k in range(n_layers)]


def _dL_dz0_formula(loss):
    return {"bce": "∂L/∂z_0 = −1/z_0 if y = 1, 1/(1 − z_0) if y = 0 (y = −1)",
            "ce": "∂L/∂z_0 = −1/z_{0,y} at the true class y, 0 elsewhere",
            "mse": "∂L/∂z_0 = (2/m)(z_0 − y)"}[loss]


def _jac_words(name):
    return {"relu": "diagonal of Heaviside h(u) = 1 if u > 0 else 0",
            "leaky_relu": "diagonal of 1 (u > 0) or 0.01",
            "sigmoid": "diagonal of σ(u)σ(−u)",
            "tanh": "diagonal of 1 − tanh²(u)",
            "identity": "the identity matrix",
            "softmax": "full matrix s_j(δ_jk − s_k)"}[name]
