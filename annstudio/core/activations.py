"""Activations φ, their derivatives φ' and Jacobians ∇φ (lecture §1 and §3).

Element-wise φ has a diagonal Jacobian ``∇φ(u) = diag(φ'(u))``; softmax's is full:
``∂s_j/∂u_k = s_j (δ_jk − s_k)``. All functions take ``u`` of shape (batch, m).
"""
from __future__ import annotations

import numpy as np

from annstudio.core.errors import AnnStudioError

LEAKY_SLOPE = 0.01  # torch.nn.LeakyReLU's default negative_slope


def identity(u):
    """φ(u) = u."""
    return u.copy()


def d_identity(u, z=None):
    return np.ones_like(u)


def relu(u):
    """φ(u) = max(u, 0)."""
    return np.maximum(u, 0.0)


def d_relu(u, z=None):
    """Heaviside h(u) = 1 if u > 0 else 0 (torch uses 0 at u = 0 as well)."""
    return (u > 0).astype(u.dtype)


def leaky_relu(u):
    """φ(u) = u if u > 0 else 0.01·u."""
    return np.where(u > 0, u, LEAKY_SLOPE * u)


def d_leaky_relu(u, z=None):
    return np.where(u > 0, 1.0, LEAKY_SLOPE).astype(u.dtype)


def tanh(u):
    """φ(u) = tanh u."""
    return np.tanh(u)


def d_tanh(u, z=None):
    """tanh'(u) = 1 − tanh²(u)."""
    t = np.tanh(u) if z is None else z
    return 1.0 - t * t


def sigmoid(u):
    """σ(u) = 1 / (1 + e^(−u)) = exp(−log(1 + e^(−u))): no overflow, accurate in both tails."""
    return np.exp(-np.logaddexp(0.0, -u))


def d_sigmoid(u, z=None):
    """σ'(u) = σ(u) σ(−u) = σ(u)(1 − σ(u))."""
    s = sigmoid(u) if z is None else z
    return s * (1.0 - s)


def softmax(u):
    """s_j = e^(u_j) / Σ_k e^(u_k), shifted by max u for stability."""
    e = np.exp(u - u.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def softmax_jacobian(u, z=None):
    """∂s_j/∂u_k = s_j (δ_jk − s_k): one (m, m) matrix per row of ``u``."""
    s = softmax(u) if z is None else z
    return s[..., :, None] * (np.eye(s.shape[-1], dtype=s.dtype) - s[..., None, :])


PHI = {"identity": identity, "relu": relu, "leaky_relu": leaky_relu, "tanh": tanh,
       "sigmoid": sigmoid, "softmax": softmax}
DPHI = {"identity": d_identity, "relu": d_relu, "leaky_relu": d_leaky_relu, "tanh": d_tanh,
        "sigmoid": d_sigmoid}
HIDDEN = ("relu", "leaky_relu", "tanh", "sigmoid", "identity")
OUTPUT = ("sigmoid", "softmax", "identity")
ALL = tuple(PHI)
# How the lecture and the inspector write each φ.
FORMULA = {"identity": "φ(u) = u", "relu": "φ(u) = max(u, 0)",
           "leaky_relu": "φ(u) = max(u, 0.01·u)", "tanh": "φ(u) = tanh(u)",
           "sigmoid": "σ(u) = 1/(1+e^(−u))", "softmax": "softmax(u)_j = e^(u_j)/Σ_k e^(u_k)"}
DERIVATIVE = {"identity": "φ'(u) = 1", "relu": "h(u) = 1 if u > 0 else 0",
              "leaky_relu": "φ'(u) = 1 if u > 0 else 0.01", "tanh": "φ'(u) = 1 − tanh²(u)",
              "sigmoid": "σ'(u) = σ(u)σ(−u)", "softmax": "∂s_j/∂u_k = s_j(δ_jk − s_k)"}


def check(name, allowed=ALL):
    if name not in allowed:
        raise AnnStudioError(f"unknown activation {name!r}; choose one of {', '.join(allowed)}")
    return name


def phi(name, u):
    """Apply activation ``name`` to the pre-activations ``u``."""
    return PHI[check(name)](u)


def derivative(name, u, z=None):
    """φ'(u) element-wise (not defined for softmax: use `jacobian`)."""
    if name == "softmax":
        raise AnnStudioError("softmax is not element-wise; use its Jacobian")
    return DPHI[check(name)](u, z)


def jacobian(name, u, z=None):
    """∇φ(u) as a matrix per row: diagonal for element-wise φ, full for softmax.

    Shape (batch, m, m) for ``u`` of shape (batch, m), or (m, m) for a single vector.
    """
    u = np.asarray(u, dtype=float)
    if name == "softmax":
        return softmax_jacobian(u, z)
    d = derivative(name, u, z)
    return d[..., :, None] * np.eye(u.shape[-1], dtype=d.dtype)
