"""Losses with mean reduction, equal to torch's BCEWithLogitsLoss, CrossEntropyLoss, MSELoss.

``bce`` and ``ce`` are computed from the last layer's pre-activation ``u`` (the logit), so
they never take log 0: ``−log σ(y·u)`` for labels ±1 is ``log(1 + e^(−y·u))``. Each loss
gives ``dL/du`` of the output layer directly — for σ with cross entropy that is the
lecture's ``∂L/∂z_0 · ∇φ_1 = σ(u) − y`` (per point, before averaging).
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from annstudio.core.errors import AnnStudioError

LOSSES = ("bce", "ce", "mse")
OUTPUT_FOR = {"bce": "sigmoid", "ce": "softmax", "mse": None}
DEFAULT_FOR_OUTPUT = {"sigmoid": "bce", "softmax": "ce", "identity": "mse"}
FORMULA = {
    "bce": "L = −[y log z₀ + (1−y) log(1−z₀)] = −log σ(ỹ·u₁), ỹ = ±1",
    "ce": "L = −log softmax(u₁)_y = log Σ_k e^(u_k) − u_y",
    "mse": "L = (1/m) Σ_j (z₀_j − y_j)²",
}


def check(loss, output_activation, n_out):
    """Raise if ``loss`` does not fit the output layer (its activation and size)."""
    if loss not in LOSSES:
        raise AnnStudioError(f"unknown loss {loss!r}; choose one of {', '.join(LOSSES)}")
    need = OUTPUT_FOR[loss]
    if need is not None and output_activation != need:
        raise AnnStudioError(
            f"loss {loss!r} needs a {need} output layer, but the network ends in "
            f"{output_activation}")
    if loss == "bce" and n_out != 1:
        raise AnnStudioError(f"loss 'bce' needs one output unit, the network has {n_out}")
    if loss == "ce" and n_out < 2:
        raise AnnStudioError("loss 'ce' needs at least two output units (one per class)")


def where(index):
    """'row 3, column 2' (1-based) for an index into a table, 'entry 3' for a vector."""
    index = tuple(int(i) + 1 for i in index)
    if len(index) == 1:
        return f"entry {index[0]}"
    if len(index) == 2:
        return f"row {index[0]}, column {index[1]}"
    return "position " + ", ".join(map(str, index))


def first_non_number(a, strict=False, _path=()):
    """(index, value) of the first entry of a nested list that is not a number, or None.

    Only called to word an error message, never on the training path. ``strict``: text
    such as "1" counts as not a number.
    """
    if isinstance(a, (str, bytes)) or not isinstance(a, Iterable):
        if strict and isinstance(a, (str, bytes)):
            return _path, a
        try:
            float(a)
        except (TypeError, ValueError):
            return _path, a
        return None
    for i, v in enumerate(a):
        found = first_non_number(v, strict, _path + (i,))
        if found is not None:
            return found
    return None


def first_non_finite(arr):
    """(index, value) of the first NaN or ±inf of a float array (for error messages)."""
    idx = tuple(np.argwhere(~np.isfinite(arr))[0])
    return idx, arr[idx]


def not_numbers_message(name, a, strict=False):
    found = first_non_number(a, strict)
    if found is None:
        return f"{name} must be a table of numbers with rows of equal length"
    idx, v = found
    return f"{name} must contain only numbers, got {v!r}" + (f" at {where(idx)}" if idx else "")


def targets(loss, y, n_out, n_rows=None):
    """Validate labels for ``loss`` and return them in the form the loss uses.

    bce: float (n, 1) of 0/1 (labels ±1 are mapped to 0/1); ce: int (n,) in 0..n_out−1;
    mse: float (n, n_out).
    """
    raw = y
    try:
        y = np.asarray(y)
    except Exception:  # ragged lists
        raise AnnStudioError(not_numbers_message("labels", raw, strict=True)) from None
    if y.dtype.kind not in "biuf":
        raise AnnStudioError(not_numbers_message("labels", raw, strict=True))
    if y.size and not np.all(np.isfinite(y)):
        idx, v = first_non_finite(y)
        raise AnnStudioError(f"labels must be finite numbers, got {v} at {where(idx)}")
    if n_rows is not None and (y.shape[0] if y.ndim else 1) != n_rows:
        raise AnnStudioError(f"{n_rows} inputs but {y.shape[0] if y.ndim else 1} labels")
    if loss == "bce":
        y = y.reshape(-1, 1) if y.ndim == 1 or (y.ndim == 2 and y.shape[1] == 1) else y
        if y.ndim != 2 or y.shape[1] != 1:
            raise AnnStudioError(f"bce labels must be one value per point, got shape {y.shape}")
        values = set(np.unique(y).tolist())
        if values <= {0, 1}:
            return y.astype(float)
        if values <= {-1, 1}:
            return (y > 0).astype(float)
        shown = ", ".join(f"{v:g}" for v in sorted(values)[:6])
        raise AnnStudioError(
            f"bce needs two classes labelled 0/1 or ±1, got labels {shown}"
            + (" — use softmax + ce for more classes" if len(values) > 2 else ""))
    if loss == "ce":
        if y.ndim == 2 and y.shape[1] == 1:
            y = y[:, 0]
        if y.ndim != 1:
            raise AnnStudioError(f"ce labels must be one class index per point, got shape {y.shape}")
        if y.size and np.any(y != np.round(y)):
            bad = int(np.argmax(y != np.round(y)))
            raise AnnStudioError(f"ce needs whole-number class labels, got {y[bad]:g} at "
                                 f"{where((bad,))}")
        yi = y.astype(np.int64)
        if y.size and (yi.min() < 0 or yi.max() >= n_out):
            raise AnnStudioError(
                f"ce labels must be 0..{n_out - 1} for {n_out} output units, "
                f"got labels from {yi.min()} to {yi.max()}")
        return yi
    if loss == "mse":
        y = y.astype(float)
        if y.ndim == 1:
            y = y.reshape(-1, 1)
        if y.ndim != 2 or y.shape[1] != n_out:
            raise AnnStudioError(f"mse targets must have {n_out} value(s) per point, got shape {y.shape}")
        return y
    raise AnnStudioError(f"unknown loss {loss!r}")


def _log1pexp(x):
    """log(1 + e^x) without overflow."""
    return np.logaddexp(0.0, x)


def value(loss, u, z, t):
    """Mean loss of output pre-activations ``u`` / outputs ``z`` against prepared targets ``t``."""
    if loss == "bce":
        # BCEWithLogits: max(u,0) − u·t + log(1 + e^(−|u|))
        return float(np.mean(np.maximum(u, 0) - u * t + _log1pexp(-np.abs(u))))
    if loss == "ce":
        m = u.max(axis=1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(u - m).sum(axis=1))
        return float(np.mean(lse - u[np.arange(u.shape[0]), t]))
    d = z - t
    return float(np.mean(d * d))


def value_and_delta(loss, u, z, t, output_activation):
    """(L, ∂L/∂u) for the output layer, averaged over the batch (and outputs for mse)."""
    n = u.shape[0]
    if loss == "bce":
        # BCEWithLogits, inlined on the hot path: max(u,0) − u·t + log(1 + e^(−|u|))
        L = np.maximum(u, 0.0)
        L -= u * t
        L += np.logaddexp(0.0, -np.abs(u))
        return float(np.add.reduce(L, axis=None)) / L.size, (z - t) / n
    if loss == "ce":
        delta = z.copy()
        delta[np.arange(n), t] -= 1.0
        return value(loss, u, z, t), delta / n
    d = z - t
    L = float(np.mean(d * d))
    dz = (2.0 / d.size) * d
    if output_activation == "identity":
        return L, dz
    if output_activation == "softmax":
        # dz · ∇softmax, row by row: s ⊙ (dz − ⟨dz, s⟩)
        return L, z * (dz - np.sum(dz * z, axis=1, keepdims=True))
    from annstudio.core.activations import derivative
    return L, dz * derivative(output_activation, u, z)


def dL_dz(loss, z, t):
    """∂L/∂z₀ for ONE point (row vectors), the lecture's first backprop factor.

    bce: −1/z₀ if y = 1, 1/(1 − z₀) if y = 0 (infinite where σ saturates in floating point);
    ce: −1/z_y at the true class; mse: (2/m)(z₀ − y).
    """
    z = np.asarray(z, dtype=float)
    with np.errstate(divide="ignore"):
        if loss == "bce":
            return np.where(t > 0.5, -1.0 / z, 1.0 / (1.0 - z))
        if loss == "ce":
            g = np.zeros_like(z)
            g[..., int(np.ravel(t)[0])] = -1.0 / z[..., int(np.ravel(t)[0])]
            return g
    return (2.0 / z.shape[-1]) * (z - t)
