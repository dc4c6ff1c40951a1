"""The compiled small-network training step (numba): forward, backprop and the optimizer
update of one mini-batch fused into one call.

Why: on the lecture's small networks a NumPy step is ~30 tiny NumPy calls of ~2–3 µs
each, so the time goes to call overhead, not arithmetic. Here the same
formulas run as plain loops compiled once: the lecture net's whole step at batch 10
(forward, backprop, checks, update) takes ~12 µs of CPU here, against 86 µs for the NumPy
path's forward + backprop alone.

This module imports numba at import time: only `engines.fast` imports it, lazily, in the
engine process (never the window, never core). The maths is exactly `core.network`'s and
`core.optimizers`' (checked to ≤ 1e-12 by tests/engines/test_fast_path.py):

    forward   u_k = z_k W_k + b_k,  z_{k+1} = φ_k(u_k)
    output    δ = ∂L/∂u at the output layer (bce: (σ(u) − t)/n, ce: (softmax − onehot)/n,
              mse: (2/(n·m))(z − t) ⊙ φ'(u))
    backward  ∂L/∂W_k = z_kᵀ δ,  ∂L/∂b_k = Σ_rows δ,  δ ← (δ W_kᵀ) ⊙ φ'_{k−1}(u_{k−1})

The codes below are the positions of the names in `engines.fast`'s ACTIVATIONS, LOSSES
and OPTIMIZERS tuples (a test checks it). ``train_step`` is one mini-batch,
``train_steps`` the rest of an epoch in one call.
"""
from __future__ import annotations

import math

import numba
import numpy as np
from numba import njit

from annstudio.engines import fast as _fast

NUMBA_VERSION = numba.__version__
# numba's disk cache of these kernels: on, unless engines.fast imports this module again
# to compile without it (a cache that did not load and could not be rebuilt)
CACHE = _fast.disk_cache

# activations
IDENTITY, RELU, LEAKY_RELU, TANH, SIGMOID, SOFTMAX = range(6)
ACT_CODES = {"identity": IDENTITY, "relu": RELU, "leaky_relu": LEAKY_RELU, "tanh": TANH,
             "sigmoid": SIGMOID, "softmax": SOFTMAX}
# losses
BCE, CE, MSE = range(3)
LOSS_CODES = {"bce": BCE, "ce": CE, "mse": MSE}
# optimizers
SGD, LECTURE_MOMENTUM, ADAGRAD, RMSPROP, LECTURE_RMSPROP, ADAM = range(6)
OPT_CODES = {"sgd": SGD, "lecture_momentum": LECTURE_MOMENTUM, "adagrad": ADAGRAD,
             "rmsprop": RMSPROP, "lecture_rmsprop": LECTURE_RMSPROP, "adam": ADAM}
# the step's outcome (out[0..3]): L, Σ ∂L/∂θ, max |θ| after the update, updated (1/0)
LOG2 = math.log(2.0)
# Sums may be reordered (SIMD) and a·b + c fused: results move by ~1e-16, far inside the
# 1e-12 the tests demand. Not 'nnan'/'ninf': the divergence checks need inf and NaN.
FAST = {"reassoc", "contract"}


@njit(cache=CACHE, inline="always")
def _logaddexp0(x):
    """log(1 + e^x) as NumPy's logaddexp(0, x) computes it (no overflow)."""
    if x == 0.0:
        return LOG2
    if x > 0.0:
        return x + math.log1p(math.exp(-x))
    if x <= 0.0:
        return math.log1p(math.exp(x))
    return x   # NaN


@njit(cache=CACHE, inline="always")
def _bce(u, t):
    """One point's cross entropy from its logit u: max(u, 0) − u·t + log(1 + e^(−|u|)), as
    `core.losses` (no overflow; NaN stays NaN)."""
    return (u if u > 0.0 else (0.0 if u <= 0.0 else u)) - u * t + _logaddexp0(-abs(u))


@njit(cache=CACHE, inline="always")
def _log_sum_exp_row(U, r, m):
    """log Σ_j e^(U[r, j]), shifted by the row's maximum (no overflow)."""
    mx = U[r, 0]
    for j in range(1, m):
        mx = max(mx, U[r, j])
    tot = 0.0
    for j in range(m):
        tot += math.exp(U[r, j] - mx)
    return mx + math.log(tot)


@njit(cache=CACHE, inline="always")
def _phi(code, u):
    if code == RELU:
        return u if u > 0.0 else (0.0 if u <= 0.0 else u)  # np.maximum(u, 0) keeps NaN
    if code == TANH:
        # tanh u = ±(1 − e)/(1 + e), e = e^(−2|u|): within 2.3e-16 of np.tanh, and ~4× as
        # fast as libm's tanh here (exp vectorises)
        e = math.exp(-2.0 * abs(u))
        t = (1.0 - e) / (1.0 + e)
        return t if u >= 0.0 else -t
    if code == SIGMOID:
        # σ(u) = 1/(1 + e^(−u)), from e^(−|u|) ≤ 1 so it never overflows (within ~1e-16
        # of core.activations.sigmoid)
        e = math.exp(-abs(u))
        return 1.0 / (1.0 + e) if u >= 0.0 else e / (1.0 + e)
    if code == LEAKY_RELU:
        return u if u > 0.0 else 0.01 * u
    return u


@njit(cache=CACHE, inline="always")
def _dphi(code, u, z):
    """φ'(u) with z = φ(u), as `core.activations.DPHI`."""
    if code == RELU:
        return 1.0 if u > 0.0 else 0.0
    if code == TANH:
        return 1.0 - z * z
    if code == SIGMOID:
        return z * (1.0 - z)
    if code == LEAKY_RELU:
        return 1.0 if u > 0.0 else 0.01
    return 1.0


@njit(cache=CACHE, error_model="numpy", fastmath=FAST, inline="always")
def _phi_row(act, U, Z, r, e):
    """z = φ(u) for row ``r`` (softmax over the row, the others entry by entry)."""
    if act == SOFTMAX:
        m = U[r, 0]
        for j in range(1, e):
            m = max(m, U[r, j])
        tot = 0.0
        for j in range(e):
            ex = math.exp(U[r, j] - m)
            Z[r, j] = ex
            tot += ex
        for j in range(e):
            Z[r, j] /= tot
    elif act == RELU:
        for j in range(e):
            u = U[r, j]
            Z[r, j] = u if u > 0.0 else (0.0 if u <= 0.0 else u)  # NaN stays NaN
    else:
        for j in range(e):
            Z[r, j] = _phi(act, U[r, j])


@njit(cache=CACHE, error_model="numpy", fastmath=FAST, inline="always")
def _phi_flat(act, u, z):
    """z = φ(u) entry by entry over a layer's whole (n, e) block, flattened: one loop
    instead of one per row (the rows' loop set-ups cost more than the 20–40 entries)."""
    if act == RELU:
        for i in range(u.shape[0]):
            v = u[i]
            z[i] = v if v > 0.0 else (0.0 if v <= 0.0 else v)
    else:
        for i in range(u.shape[0]):
            z[i] = _phi(act, u[i])


@njit(cache=CACHE, error_model="numpy", fastmath=FAST, inline="always")
def _times_dphi(act, dz, u, z):
    """δ ← δ ⊙ φ'(u) over a layer's whole block, flattened (z = φ(u)): one vectorised
    pass after the dot products, not a scalar φ' inside each."""
    if act == RELU:
        for i in range(dz.shape[0]):
            dz[i] *= 1.0 if u[i] > 0.0 else 0.0    # 0·inf = NaN, as NumPy's δ ⊙ h(u)
    else:
        for i in range(dz.shape[0]):
            dz[i] *= _dphi(act, u[i], z[i])


@njit(cache=CACHE, error_model="numpy", fastmath=FAST, inline="always")
def _affine(Z, W, b, U):
    """U = Z W + b. A narrow layer (e < 4, the output) as one dot product per entry;
    otherwise two rows at a time, so each W[i, j] loaded serves both (the loop over j
    vectorises): ~2× the one-row loop on the lecture net's 20×40 and 40×20 layers. Four
    inputs i per pass over j: U's row is loaded and stored once per four multiply-adds
    (its stores, not the arithmetic, bound this loop)."""
    n, d = Z.shape
    e = W.shape[1]
    if e < 4:
        for r in range(n):
            for j in range(e):
                s = 0.0
                for i in range(d):
                    s += Z[r, i] * W[i, j]
                U[r, j] = s + b[j]
        return
    r = 0
    while r + 1 < n:
        for j in range(e):
            U[r, j] = 0.0
            U[r + 1, j] = 0.0
        i = 0
        while i + 3 < d:
            a0, a1, a2, a3 = Z[r, i], Z[r, i + 1], Z[r, i + 2], Z[r, i + 3]
            c0, c1, c2, c3 = Z[r + 1, i], Z[r + 1, i + 1], Z[r + 1, i + 2], Z[r + 1, i + 3]
            for j in range(e):
                w0, w1, w2, w3 = W[i, j], W[i + 1, j], W[i + 2, j], W[i + 3, j]
                U[r, j] += a0 * w0 + a1 * w1 + a2 * w2 + a3 * w3
                U[r + 1, j] += c0 * w0 + c1 * w1 + c2 * w2 + c3 * w3
            i += 4
        while i < d:
            a = Z[r, i]
            c = Z[r + 1, i]
            for j in range(e):
                w = W[i, j]
                U[r, j] += a * w
                U[r + 1, j] += c * w
            i += 1
        for j in range(e):
            U[r, j] += b[j]
            U[r + 1, j] += b[j]
        r += 2
    if r < n:
        for j in range(e):
            U[r, j] = 0.0
        for i in range(d):
            zi = Z[r, i]
            for j in range(e):
                U[r, j] += zi * W[i, j]
        for j in range(e):
            U[r, j] += b[j]


@njit(cache=CACHE, error_model="numpy", fastmath=FAST, inline="always")
def _outer_sum(Zk, Dk, gW, gb):
    """∂L/∂W = z_kᵀ δ and ∂L/∂b = Σ_rows δ: a narrow layer (e < 4) as one dot product over
    the rows per entry, otherwise four rows at a time (then two, then one), so that each
    ∂L/∂W row is loaded and stored once per four multiply-adds (as `_affine`)."""
    n, d = Zk.shape
    e = Dk.shape[1]
    for j in range(e):
        s = 0.0
        for r in range(n):
            s += Dk[r, j]
        gb[j] = s
    if e < 4:
        for i in range(d):
            for j in range(e):
                s = 0.0
                for r in range(n):
                    s += Zk[r, i] * Dk[r, j]
                gW[i, j] = s
        return
    for i in range(d):
        for j in range(e):
            gW[i, j] = 0.0
    r = 0
    while r + 3 < n:
        for i in range(d):
            a0, a1, a2, a3 = Zk[r, i], Zk[r + 1, i], Zk[r + 2, i], Zk[r + 3, i]
            for j in range(e):
                gW[i, j] += (a0 * Dk[r, j] + a1 * Dk[r + 1, j]
                             + a2 * Dk[r + 2, j] + a3 * Dk[r + 3, j])
        r += 4
    while r + 1 < n:
        for i in range(d):
            a = Zk[r, i]
            c = Zk[r + 1, i]
            for j in range(e):
                gW[i, j] += a * Dk[r, j] + c * Dk[r + 1, j]
        r += 2
    if r < n:
        for i in range(d):
            zi = Zk[r, i]
            for j in range(e):
                gW[i, j] += zi * Dk[r, j]


@njit(cache=CACHE, error_model="numpy", fastmath=FAST, inline="always")
def _times_weights_t(Dk, W, Dn):
    """Dn = δ W_kᵀ: dot products over j (they vectorise), two rows sharing each W[i, j];
    the output layer (e = 1) as δ times W's one column."""
    n, e = Dk.shape
    d = W.shape[0]
    if e == 1:
        for r in range(n):
            dr = Dk[r, 0]
            for i in range(d):
                Dn[r, i] = dr * W[i, 0]
        return
    r = 0
    while r < n:
        two = r + 1 < n
        for i in range(d):
            s = 0.0
            t = 0.0
            if two:
                for j in range(e):
                    w = W[i, j]
                    s += Dk[r, j] * w
                    t += Dk[r + 1, j] * w
            else:
                for j in range(e):
                    s += Dk[r, j] * W[i, j]
            Dn[r, i] = s
            if two:
                Dn[r + 1, i] = t
        r += 2


@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def forward(theta, layout, X, idx, work):
    """u_k = z_k W_k + b_k, z_{k+1} = φ_k(u_k) for the rows ``idx`` of X, into ``work``.

    ``layout`` = [K, d_0 … d_K, φ_0 … φ_{K−1}]; ``work`` holds z_0 = X[idx] (n, d_0), then
    per layer u_k and z_{k+1} as (n, d_{k+1}) blocks. Returns where the output z starts."""
    K = layout[0]
    n = idx.shape[0]
    d = layout[1]
    Z = work[:n * d].reshape((n, d))
    for r in range(n):
        for i in range(d):
            Z[r, i] = X[idx[r], i]
    pos = 0
    wpos = n * d
    for k in range(K):
        e = layout[2 + k]
        act = layout[2 + K + k]
        W = theta[pos:pos + d * e].reshape((d, e))
        b = theta[pos + d * e:pos + d * e + e]
        U = work[wpos:wpos + n * e].reshape((n, e))
        Zn = work[wpos + n * e:wpos + 2 * n * e].reshape((n, e))
        _affine(Z, W, b, U)
        if act == SOFTMAX:
            for r in range(n):
                _phi_row(act, U, Zn, r, e)
        else:
            _phi_flat(act, work[wpos:wpos + n * e], work[wpos + n * e:wpos + 2 * n * e])
        Z = Zn
        pos += d * e + e
        wpos += 2 * n * e
        d = e
    return wpos - n * d


@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def loss_and_gradient(theta, grad, layout, loss, X, T, labels, idx, work, delta, delta2):
    """Mean loss of the batch ``idx``; writes ∂L/∂θ (θ's layout) into ``grad``."""
    K = layout[0]
    n = idx.shape[0]
    zo = forward(theta, layout, X, idx, work)
    m = layout[1 + K]
    Z = work[zo:zo + n * m].reshape((n, m))
    U = work[zo - n * m:zo].reshape((n, m))
    D = delta[:n * m].reshape((n, m))
    out_act = layout[2 + K + K - 1]
    # ----- the loss and δ = ∂L/∂u of the output layer
    L = 0.0
    if loss == BCE:
        for r in range(n):
            u = U[r, 0]
            t = T[idx[r], 0]
            L += _bce(u, t)
            D[r, 0] = (Z[r, 0] - t) / n
        L = L / n
    elif loss == CE:
        for r in range(n):
            y = labels[idx[r]]
            L += _log_sum_exp_row(U, r, m) - U[r, y]
            for j in range(m):
                D[r, j] = (Z[r, j] - (1.0 if j == y else 0.0)) / n
        L = L / n
    else:
        c = 2.0 / (n * m)
        for r in range(n):
            for j in range(m):
                d = Z[r, j] - T[idx[r], j]
                L += d * d
                D[r, j] = c * d
        L = L / (n * m)
        if out_act == SOFTMAX:          # dz · ∇softmax row by row: s ⊙ (dz − ⟨dz, s⟩)
            for r in range(n):
                s = 0.0
                for j in range(m):
                    s += D[r, j] * Z[r, j]
                for j in range(m):
                    D[r, j] = Z[r, j] * (D[r, j] - s)
        elif out_act != IDENTITY:
            for r in range(n):
                for j in range(m):
                    D[r, j] *= _dphi(out_act, U[r, j], Z[r, j])
    # ----- back through the layers, output→input
    cur = delta
    nxt = delta2
    pos = theta.shape[0]
    wpos = zo + n * m                       # end of the work blocks
    for k in range(K - 1, -1, -1):
        d, e = layout[1 + k], layout[2 + k]
        W0 = pos - d * e - e
        W = theta[W0:W0 + d * e].reshape((d, e))
        gW = grad[W0:W0 + d * e].reshape((d, e))
        gb = grad[W0 + d * e:pos]
        Dk = cur[:n * e].reshape((n, e))
        wpos -= 2 * n * e                   # layer k's u block starts here
        Zk = work[wpos - n * d:wpos].reshape((n, d))   # z_k: its input
        _outer_sum(Zk, Dk, gW, gb)        # ∂L/∂W_k = z_kᵀ δ, ∂L/∂b_k = Σ_rows δ
        if k:
            # δ ← (δ W_kᵀ) ⊙ φ'_{k−1}(u_{k−1}); z_k = φ_{k−1}(u_{k−1})
            prev = layout[2 + K + k - 1]
            Dn = nxt[:n * d].reshape((n, d))
            _times_weights_t(Dk, W, Dn)
            _times_dphi(prev, nxt[:n * d], work[wpos - 2 * n * d:wpos - n * d],
                        work[wpos - n * d:wpos])
            cur, nxt = nxt, cur
        pos = W0
    return L


@njit(cache=CACHE, error_model="numpy")
def update(theta, grad, opt, hp, S, layout):
    """One optimizer step on θ from ``grad``, as `core.optimizers` computes it.

    ``hp``: sgd [lr, μ, τ, λ, nesterov, first]; lecture_momentum [lr, η];
    adagrad [clr, λ, ε]; rmsprop [lr, α, ε, λ, μ, centered]; lecture_rmsprop [lr, γ, ε]
    with S[0, :2K] the per-tensor v; adam [lr/(1−β₁ᵗ), β₁, β₂, √(1−β₂ᵗ), ε, λ, amsgrad].
    ``S`` rows are the optimizer's state arrays (named in `engines.fast`)."""
    P = theta.shape[0]
    if opt == SGD:
        lr, mu, tau, wd, nest, first = hp[0], hp[1], hp[2], hp[3], hp[4], hp[5]
        for i in range(P):
            g = grad[i] + wd * theta[i] if wd != 0.0 else grad[i]
            if mu != 0.0:
                if first != 0.0:
                    S[0, i] = g
                else:
                    S[0, i] = S[0, i] * mu + (1 - tau) * g
                g = g + mu * S[0, i] if nest != 0.0 else S[0, i]
            theta[i] -= lr * g
    elif opt == LECTURE_MOMENTUM:
        lr, eta = hp[0], hp[1]
        for i in range(P):
            S[0, i] = S[0, i] * (1 - eta) + eta * grad[i]
            theta[i] -= lr * S[0, i]
    elif opt == ADAGRAD:
        clr, wd, eps = hp[0], hp[1], hp[2]
        for i in range(P):
            g = grad[i] + wd * theta[i] if wd != 0.0 else grad[i]
            S[0, i] += g * g
            theta[i] -= clr * g / (math.sqrt(S[0, i]) + eps)
    elif opt == RMSPROP:
        lr, a, eps, wd, mu, centered = hp[0], hp[1], hp[2], hp[3], hp[4], hp[5]
        for i in range(P):
            g = grad[i] + wd * theta[i] if wd != 0.0 else grad[i]
            S[0, i] = S[0, i] * a + (1 - a) * g * g
            if centered != 0.0:
                S[2, i] = S[2, i] * a + (1 - a) * g
                avg = math.sqrt(S[0, i] - S[2, i] * S[2, i]) + eps
            else:
                avg = math.sqrt(S[0, i]) + eps
            if mu > 0.0:
                S[1, i] = S[1, i] * mu + g / avg
                theta[i] -= lr * S[1, i]
            else:
                theta[i] -= lr * g / avg
    elif opt == LECTURE_RMSPROP:
        lr, gamma, eps = hp[0], hp[1], hp[2]
        K = layout[0]
        start = 0
        for t in range(2 * K):           # one v per tensor: W_0, b_0, W_1, b_1, …
            k = t // 2
            d, e = layout[1 + k], layout[2 + k]
            size = d * e if t % 2 == 0 else e
            sq = 0.0
            for i in range(start, start + size):
                sq += grad[i] * grad[i]
            v = gamma * S[0, t] + (1 - gamma) * sq
            S[0, t] = v
            c = lr / (math.sqrt(v) + eps)
            for i in range(start, start + size):
                theta[i] -= c * grad[i]
            start += size
    else:   # ADAM
        c1, b1, b2, c2, eps, wd, ams = hp[0], hp[1], hp[2], hp[3], hp[4], hp[5], hp[6]
        for i in range(P):
            g = grad[i] + wd * theta[i] if wd != 0.0 else grad[i]
            S[0, i] = S[0, i] * b1 + (1 - b1) * g
            S[1, i] = S[1, i] * b2 + (1 - b2) * g * g
            v = S[1, i]
            if ams != 0.0:
                if v > S[2, i] or v != v:
                    S[2, i] = v
                v = S[2, i]
            theta[i] -= c1 * S[0, i] / (math.sqrt(v) / c2 + eps)


@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def _grad_sum(grad):
    """Σ ∂L/∂θ, only to ask whether it is finite (inf/NaN in any entry makes it so):
    reassociated, so it vectorises (a serial sum of ~2,000 entries was ~2 µs a step)."""
    s = 0.0
    for i in range(grad.shape[0]):
        s += grad[i]
    return s


@njit(cache=CACHE, error_model="numpy")
def _max_abs_bits(theta):
    """max |θ| as the bits of a float64 (NaN if any entry is NaN), as an integer maximum:
    for non-negative doubles the order of their bit patterns is the order of the numbers,
    and every NaN's pattern lies above +inf's, so this vectorises where a float maximum
    with NaN checks did not."""
    bits = theta.view(np.int64)
    m = 0
    for i in range(bits.shape[0]):
        v = bits[i] & 0x7FFFFFFFFFFFFFFF
        if v > m:
            m = v
    return m


@njit(cache=CACHE, error_model="numpy")
def train_step(theta, grad, layout, loss, X, T, labels, idx, work, delta, delta2,
               opt, hp, S, last_good, rule, out):
    """One mini-batch with `core.divergence`'s checks, in the order `Trainer` takes them.

    ``rule`` = [L_ref, LOSS_BLOWUP, HEALTHY, WEIGHT_BLOWUP]. No update when L or Σ∂L/∂θ is not finite or
    L > LOSS_BLOWUP·L_ref; θ is copied to ``last_good`` first when L ≤ HEALTHY·L_ref.
    ``out`` ← [L, Σ ∂L/∂θ, max |θ| after the update (NaN if any is), updated 1/0]."""
    L = loss_and_gradient(theta, grad, layout, loss, X, T, labels, idx, work, delta, delta2)
    gsum = _grad_sum(grad)
    out[0] = L
    out[1] = gsum
    out[2] = 0.0
    out[3] = 0.0
    ref = rule[0]
    if not (math.isfinite(L) and math.isfinite(gsum)) or L > rule[1] * ref:
        return
    keep = L <= rule[2] * ref
    if opt == SGD and hp[1] == 0.0 and hp[3] == 0.0:     # plain SGD, the lecture's
        _keep_and_descend(theta, grad, last_good, hp[0], keep)
    else:
        if keep:
            last_good[:] = theta
        update(theta, grad, opt, hp, S, layout)
    out.view(np.int64)[2] = _max_abs_bits(theta)
    out[3] = 1.0


@njit(cache=CACHE, error_model="numpy", inline="always")
def _keep_and_descend(theta, grad, last_good, lr, keep):
    """SGD without momentum or weight decay, θ ← θ − lr ∂L/∂θ (`update`'s SGD branch), in
    the same pass as the copy of θ to ``last_good`` when ``keep``: one trip over θ."""
    if keep:
        for i in range(theta.shape[0]):
            t = theta[i]
            last_good[i] = t
            theta[i] = t - lr * grad[i]
    else:
        for i in range(theta.shape[0]):
            theta[i] -= lr * grad[i]


@njit(cache=CACHE, error_model="numpy")
def train_steps(theta, grad, layout, loss, X, T, labels, order, first, last, batch, work,
                delta, delta2, opt, hp, S, last_good, rule, Ls, out):
    """Batches ``first`` … ``last − 1`` of an epoch (rows order[s·batch:(s+1)·batch]), each
    exactly as `train_step`, in one call; stops after a step that fails a check (no
    update, max |θ| > WEIGHT_BLOWUP or NaN). Ls[s − first] ← each step's L; ``out`` holds
    the last step's figures. Returns the number of steps taken (the failing one included).
    Only for optimizers whose hyperparameters do not change from step to step."""
    n = order.shape[0]
    done = 0
    for s in range(first, last):
        idx = order[s * batch:min((s + 1) * batch, n)]
        train_step(theta, grad, layout, loss, X, T, labels, idx, work, delta, delta2,
                   opt, hp, S, last_good, rule, out)
        Ls[s - first] = out[0]
        done += 1
        if out[3] == 0.0 or not out[2] <= rule[3]:
            break
    return done


# ----- the per-epoch loss pass over a whole set: the products z_k W_k run in NumPy's BLAS
# (faster than these loops on hundreds of rows), everything elementwise here, so the pass
# is a handful of calls instead of ~25 small NumPy ones

@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def bias_phi_in_place(U, b, act):
    """z = φ(u + b) for every row, written over u (a hidden layer: its u is not needed).
    One array, so the loops vectorise without run-time overlap checks."""
    n, e = U.shape
    if act == SOFTMAX:
        bias_phi(U, b, act, U)
    elif act == RELU:
        for r in range(n):
            for j in range(e):
                u = U[r, j] + b[j]
                U[r, j] = u if u > 0.0 else (0.0 if u <= 0.0 else u)   # NaN stays NaN
    else:
        for r in range(n):
            for j in range(e):
                U[r, j] = _phi(act, U[r, j] + b[j])


@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def bias_phi(U, b, act, Z):
    """u ← u + b, z = φ(u) for every row."""
    n, e = U.shape
    for r in range(n):
        for j in range(e):
            U[r, j] += b[j]
        _phi_row(act, U, Z, r, e)


@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def loss_and_metric(loss, U, Z, T, labels, out):
    """out ← [L, metric] of a whole set from its output u and z, as `core.losses.value`
    and `core.training.metric_from_output` compute them: bce mean(max(u,0) − u·t +
    log(1 + e^(−|u|))) and accuracy of z > ½; ce mean(log Σ e^(u_k) − u_y) and accuracy
    of argmax z; mse mean((z − t)²) and R² = 1 − Σ(t − z)²/Σ(t − t̄)² (NaN if t is constant)."""
    n, m = U.shape
    L = 0.0
    hits = 0
    if loss == BCE:
        for r in range(n):
            u = U[r, 0]
            t = T[r, 0]
            L += _bce(u, t)
            if (Z[r, 0] > 0.5) == (t > 0.5):
                hits += 1
        out[0] = L / n
        out[1] = hits / n
    elif loss == CE:
        for r in range(n):
            y = labels[r]
            L += _log_sum_exp_row(U, r, m) - U[r, y]
            best = 0                     # np.argmax: the first maximum, a NaN counts as one
            if Z[r, 0] == Z[r, 0]:
                for j in range(1, m):
                    if Z[r, j] != Z[r, j]:
                        best = j
                        break
                    if Z[r, j] > Z[r, best]:
                        best = j
            if best == y:
                hits += 1
        out[0] = L / n
        out[1] = hits / n
    else:
        for r in range(n):
            for j in range(m):
                d = Z[r, j] - T[r, j]
                L += d * d
        out[0] = L / (n * m)
        ss_tot = 0.0
        for j in range(m):
            mean = 0.0
            for r in range(n):
                mean += T[r, j]
            mean /= n
            for r in range(n):
                d = T[r, j] - mean
                ss_tot += d * d
        out[1] = 1.0 - L / ss_tot if ss_tot > 0.0 else math.nan


@njit(cache=CACHE, error_model="numpy", fastmath=FAST)
def weight_grad_norms(grad, layout, out):
    """out[k] ← ‖∂L/∂W_k‖ (Frobenius) per layer, input→output, from the flat gradient."""
    K = layout[0]
    pos = 0
    for k in range(K):
        d, e = layout[1 + k], layout[2 + k]
        s = 0.0
        for i in range(pos, pos + d * e):
            s += grad[i] * grad[i]
        out[k] = math.sqrt(s)
        pos += d * e + e


def cache_folder():
    """The folder numba keeps these kernels' cache in (None: no disk cache)."""
    return train_step.stats.cache_path if CACHE else None


def compiled_not_loaded():
    """True when a kernel was compiled rather than loaded from the disk cache (none there
    yet, or only for another CPU or numba version: numba's cache keys name both)."""
    return any(k.stats.cache_misses for k in (train_step, train_steps))
