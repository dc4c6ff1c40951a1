"""Central finite differences: ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / 2ε, to check backprop."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class GradCheck:
    analytic: list      # [(dW, db)] from backprop
    numeric: list       # [(dW, db)] from finite differences (NaN where not computed)
    max_abs_error: float
    max_rel_error: float

    @property
    def ok(self):
        return self.max_rel_error < 1e-5 or self.max_abs_error < 1e-8


def numerical_derivative(f, array, index, eps=1e-6):
    """(f() with array[index] + ε − f() with array[index] − ε) / 2ε, restoring the entry."""
    old = array[index]
    try:
        array[index] = old + eps
        plus = f()
        array[index] = old - eps
        minus = f()
    finally:
        array[index] = old
    return (plus - minus) / (2 * eps)


def gradient_check(net, X, y, loss=None, eps=1e-6, layers=None, max_entries=None):
    """Compare backprop with central differences for the parameters of ``layers``.

    ``layers``: API layer indices (all by default); ``max_entries``: check at most this
    many entries per tensor (the first ones), for speed on wide layers.
    """
    X, t, loss = net.prepare(X, y, loss)
    from annstudio.core import losses

    def f():
        tr = net.forward_checked(X)
        return losses.value(loss, tr.u[-1], tr.z[-1], t)

    _, analytic = net.loss_and_gradients(X, y, loss)
    analytic = [(dW.copy(), db.copy()) for dW, db in analytic]
    numeric = []
    max_abs = max_rel = 0.0
    for k, layer in enumerate(net.layers):
        pair = []
        for P, A in ((layer.W, analytic[k][0]), (layer.b, analytic[k][1])):
            N = np.full(P.shape, np.nan)
            if layers is None or k in layers:
                for count, idx in enumerate(np.ndindex(P.shape)):
                    if max_entries is not None and count >= max_entries:
                        break
                    N[idx] = numerical_derivative(f, P, idx, eps)
                    err = abs(N[idx] - A[idx])
                    max_abs = max(max_abs, err)
                    max_rel = max(max_rel, err / max(abs(N[idx]), abs(A[idx]), 1e-12))
            pair.append(N)
        numeric.append(tuple(pair))
    return GradCheck(analytic, numeric, max_abs, max_rel)
