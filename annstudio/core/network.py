"""The network as a composite function (lecture §1), vectorised over a batch.

Row vectors: ``u = z W + b``, ``z' = φ(u)``. The API indexes layers input→output from 0
(like PyTorch's fc1, fc2, …); the lecture numbers them from the output, so API layer ``k``
of ``K`` is the lecture's layer ``K − k`` (see `lecture_number`).

All parameters live in one contiguous float64 vector θ and every ``W``/``b`` is a view of
it: optimizers update θ in one NumPy call instead of one per tensor, which is most of what
makes a 2,500-step lecture run take a fraction of a second.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from annstudio.core import activations as act
from annstudio.core import losses
from annstudio.core.buffers import aligned_zeros
from annstudio.core.errors import AnnStudioError, check_positive_int
from annstudio.core.training import make_trainer

INITS = ("lecture", "xavier", "he", "zeros")   # zeros: for the lesson that shows why not
MAX_UNITS = 4096


def lecture_number(k, n_layers):
    """Lecture number of API layer ``k`` (0 = first weight layer) in a net of ``n_layers``."""
    return n_layers - k


class Layer:
    """One weight layer: ``u = z W + b``, ``z' = φ(u)``; W is (d_in, d_out), b is (d_out,)."""

    def __init__(self, W, b=None, activation="relu"):
        W = _as_float_array(W, "W")
        if W.ndim != 2 or W.shape[0] < 1 or W.shape[1] < 1:
            raise AnnStudioError(f"W must be a (d_in, d_out) matrix, got shape {W.shape}")
        b = np.zeros(W.shape[1]) if b is None else _as_float_array(b, "b").reshape(-1)
        if b.shape != (W.shape[1],):
            raise AnnStudioError(f"b must have {W.shape[1]} entries to match W {W.shape}, got {b.shape[0]}")
        self._W = W
        self._b = b
        self.activation = act.check(activation)

    @property
    def W(self):
        return self._W

    @W.setter
    def W(self, value):
        value = _as_float_array(value, "W")
        if value.shape != self._W.shape:
            raise AnnStudioError(f"W must keep its shape {self._W.shape}, got {value.shape}")
        self._W[...] = value  # in place: W is a view of the network's θ

    @property
    def b(self):
        return self._b

    @b.setter
    def b(self, value):
        value = _as_float_array(value, "b").reshape(-1)
        if value.shape != self._b.shape:
            raise AnnStudioError(f"b must keep its shape {self._b.shape}, got {value.shape}")
        self._b[...] = value

    @property
    def shape(self):
        return self._W.shape

    def __repr__(self):
        return f"Layer({self._W.shape[0]}→{self._W.shape[1]}, {self.activation})"


@dataclass
class Trace:
    """Forward pass, input→output: ``z[0] = X``, ``u[k] = z[k] W_k + b_k``, ``z[k+1] = φ_k(u[k])``."""
    u: list
    z: list

    @property
    def output(self):
        return self.z[-1]


def forward_pass(weights, activations, X, dtype=np.float64, keep_u=True):
    """u[k] = z[k] W_k + b_k, z[k+1] = φ_k(u[k]) for the layers ``weights`` = [(W_k, b_k)].

    The one forward pass of the app: `Network.forward` (training, float64) and the views
    (`core.views`, float32) both call it. In float64 the inputs and weights are used as
    they are; in another ``dtype`` they are cast first and σ is taken as
    (1 + tanh(u/2))/2 — the same function, but 20× cheaper than the overflow-free
    exp(−log(1 + e^(−u))) of `activations.sigmoid` in float32. ``keep_u`` False (only the
    z are wanted: the views) applies ReLU and tanh in place and keeps no u, which halves
    the memory a wide layer's 100×100 grid takes (and its page faults).
    """
    dtype = np.dtype(dtype)
    cast = dtype != np.float64
    phi = _PHI_FAST if cast else act.PHI
    z = X.astype(dtype, copy=False) if cast else X
    us, zs = [], [z]
    for (W, b), a in zip(weights, activations):
        if cast:
            W, b = W.astype(dtype, copy=False), b.astype(dtype, copy=False)
        u = z @ W
        u += b
        if keep_u:
            z = np.maximum(u, 0.0) if a == "relu" else phi[a](u)
            us.append(u)
        elif a in _IN_PLACE:
            z = _IN_PLACE[a](u, out=u)
        else:
            z = phi[a](u)
        zs.append(z)
    return Trace(us, zs)


_IN_PLACE = {"relu": lambda u, out: np.maximum(u, 0.0, out=out), "tanh": np.tanh,
             "identity": lambda u, out: u}


def _as_float_array(a, name):
    try:
        arr = np.array(a, dtype=float)
    except (TypeError, ValueError):
        raise AnnStudioError(losses.not_numbers_message(name, a)) from None
    if not np.all(np.isfinite(arr)):
        idx, v = losses.first_non_finite(arr)
        raise AnnStudioError(f"{name} must be finite numbers, got {v}"
                             + (f" at {losses.where(idx)}" if idx else ""))
    return arr


class Network:
    """A fully connected feed-forward network ``f = g_1 ∘ … ∘ g_K`` (lecture numbering)."""

    def __init__(self, layers):
        layers = list(layers)
        if not layers:
            raise AnnStudioError("a network needs at least one layer")
        for k in range(1, len(layers)):
            if layers[k].W.shape[0] != layers[k - 1].W.shape[1]:
                raise AnnStudioError(
                    f"layer {k} expects {layers[k].W.shape[0]} inputs but layer {k - 1} "
                    f"gives {layers[k - 1].W.shape[1]}")
        for layer in layers[:-1]:
            if layer.activation == "softmax":
                raise AnnStudioError("softmax is only allowed on the output layer")
        sizes = [layers[0].W.shape[0]] + [layer.W.shape[1] for layer in layers]
        self.theta = aligned_zeros(parameter_count(sizes))
        self.layers = layers
        self._bind(self.theta, [(layer.W, layer.b) for layer in layers])

    def _bind(self, theta, values=None):
        """Make every W, b a view of ``theta`` (copying ``values`` in first)."""
        pos = 0
        for i, layer in enumerate(self.layers):
            d, e = layer._W.shape
            W = theta[pos:pos + d * e].reshape(d, e)
            pos += d * e
            b = theta[pos:pos + e]
            pos += e
            if values is not None:
                W[...] = values[i][0]
                b[...] = values[i][1]
            layer._W, layer._b = W, b

    # ----- construction -----
    @classmethod
    def create(cls, sizes, hidden="relu", output="sigmoid", init="lecture", seed=0):
        """Sizes input→output, e.g. [2, 20, 40, 20, 1]; ``hidden`` one name or one per layer.

        Inits: lecture W ~ 0.1·N(0,1); xavier W ~ U(±√(6/(d+e))); he W ~ N(0, 2/d);
        biases start at zero.
        """
        try:
            sizes = list(sizes) if not isinstance(sizes, (str, bytes)) else [sizes]
        except TypeError:
            raise AnnStudioError(f"layer sizes must be a list such as [2, 20, 1], got {sizes!r}") from None
        if len(sizes) < 2:
            raise AnnStudioError("a network needs at least an input and an output size")
        sizes = [check_positive_int(_size_name(i, len(sizes)), s, 1, MAX_UNITS)
                 for i, s in enumerate(sizes)]
        n_hidden = len(sizes) - 2
        if isinstance(hidden, str):
            hidden = [hidden] * n_hidden
        hidden = list(hidden)
        if len(hidden) != n_hidden:
            raise AnnStudioError(f"{n_hidden} hidden layers but {len(hidden)} activations")
        for h in hidden:
            act.check(h, act.HIDDEN)
        act.check(output, act.OUTPUT)
        if init not in INITS:
            raise AnnStudioError(f"unknown initialisation {init!r}; choose one of {', '.join(INITS)}")
        rng = np.random.default_rng(check_positive_int("seed", seed, 0))
        layers = []
        for k, (d, e) in enumerate(zip(sizes[:-1], sizes[1:])):
            if init == "lecture":
                W = 0.1 * rng.standard_normal((d, e))
            elif init == "xavier":
                a = np.sqrt(6.0 / (d + e))
                W = rng.uniform(-a, a, (d, e))
            elif init == "he":
                W = rng.standard_normal((d, e)) * np.sqrt(2.0 / d)
            else:   # zeros: every unit of a layer computes the same, so they stay the same
                W = np.zeros((d, e))
            layers.append(Layer(W, np.zeros(e), (hidden + [output])[k]))
        return cls(layers)

    def copy(self):
        return Network([Layer(layer.W.copy(), layer.b.copy(), layer.activation)
                        for layer in self.layers])

    # ----- shape facts -----
    @property
    def sizes(self):
        return [self.layers[0].W.shape[0]] + [layer.W.shape[1] for layer in self.layers]

    @property
    def activations(self):
        return [layer.activation for layer in self.layers]

    @property
    def output_activation(self):
        return self.layers[-1].activation

    @property
    def default_loss(self):
        return losses.DEFAULT_FOR_OUTPUT[self.output_activation]

    @property
    def parameter_count(self):
        """The lecture's Σ_i d_{i−1}(d_i + 1), layers numbered from the output (d_0 = outputs):
        each layer has inputs·outputs weights plus one bias per output."""
        return self.theta.size

    def parameters(self):
        """[W0, b0, W1, b1, …] as views: optimizers update them in place."""
        out = []
        for layer in self.layers:
            out += [layer.W, layer.b]
        return out

    def get_weights(self):
        return [(layer.W.copy(), layer.b.copy()) for layer in self.layers]

    def set_weights(self, weights):
        weights = list(weights)
        if len(weights) != len(self.layers):
            raise AnnStudioError(f"expected weights for {len(self.layers)} layers, got {len(weights)}")
        checked = []
        for k, ((W, b), layer) in enumerate(zip(weights, self.layers)):
            W = _as_float_array(W, f"W of layer {k}")
            b = _as_float_array(b, f"b of layer {k}").reshape(-1)
            if W.shape != layer.W.shape or b.shape != layer.b.shape:
                raise AnnStudioError(f"layer {k} needs W {layer.W.shape} and b {layer.b.shape}, "
                                     f"got {W.shape} and {b.shape}")
            checked.append((W, b))
        for (W, b), layer in zip(checked, self.layers):
            layer.W[...] = W
            layer.b[...] = b

    def __repr__(self):
        acts = ", ".join(self.activations)
        return f"Network({'→'.join(map(str, self.sizes))}; {acts}; {self.parameter_count} parameters)"

    # ----- forward -----
    def check_inputs(self, X):
        X = _as_float_array(X, "inputs")
        if X.ndim == 1:
            X = X.reshape(1, -1)
        if X.ndim != 2 or X.shape[1] != self.sizes[0]:
            raise AnnStudioError(f"the network takes {self.sizes[0]} input feature(s) per point, "
                                 f"got shape {X.shape}")
        return X

    def forward(self, X, dtype=np.float64):
        """The u/z recurrences input→output: u[k] = z[k] W_k + b_k, z[k+1] = φ_k(u[k]).

        ``dtype`` float32 computes in float32 (the views: 7 digits are enough), see
        `forward_pass`."""
        return self.forward_checked(self.check_inputs(X), dtype)

    def forward_checked(self, X, dtype=np.float64):
        """`forward` without the input checks, for inputs already checked (`check_inputs`,
        `prepare`): backprop and the trainer call it on every batch."""
        return forward_pass([(layer._W, layer._b) for layer in self.layers], self.activations,
                            X, dtype)

    def __call__(self, X):
        return self.forward(X).output

    def predict(self, X):
        """Labels (σ output thresholded at 1/2, softmax argmax) or values (identity)."""
        out = self(X)
        if self.output_activation == "sigmoid":
            return (out[:, 0] > 0.5).astype(np.int64)
        if self.output_activation == "softmax":
            return np.argmax(out, axis=1)
        return out[:, 0] if out.shape[1] == 1 else out

    # ----- loss and backprop -----
    def prepare(self, X, y, loss=None):
        """Validate a batch once: (X, targets, loss name)."""
        loss = self.default_loss if loss is None else loss
        losses.check(loss, self.output_activation, self.sizes[-1])
        X = self.check_inputs(X)
        return X, losses.targets(loss, y, self.sizes[-1], X.shape[0]), loss

    def loss(self, X, y, loss=None):
        X, t, loss = self.prepare(X, y, loss)
        tr = self.forward_checked(X)
        return losses.value(loss, tr.u[-1], tr.z[-1], t)

    def loss_and_gradients(self, X, y, loss=None):
        """Mean loss over the batch and [(∂L/∂W_k, ∂L/∂b_k), …] in layer order."""
        X, t, loss = self.prepare(X, y, loss)
        g = np.empty_like(self.theta)
        L = self.loss_and_flat_gradient(X, t, loss, g)
        grads, pos = [], 0
        for layer in self.layers:
            d, e = layer.W.shape
            grads.append((g[pos:pos + d * e].reshape(d, e), g[pos + d * e:pos + d * e + e]))
            pos += d * e + e
        return L, grads

    def grad_views(self, g):
        """[(∂L/∂W_k, ∂L/∂b_k)] as views of a flat gradient vector laid out like θ."""
        views, pos = [], 0
        for layer in self.layers:
            d, e = layer._W.shape
            views.append((g[pos:pos + d * e].reshape(d, e), g[pos + d * e:pos + d * e + e]))
            pos += d * e + e
        return views

    def loss_and_flat_gradient(self, X, t, loss, g, views=None):
        """Backprop, vectorised over the batch: δ = ∂L/∂u at the output, then for each layer
        going back ∂L/∂W = zᵀδ, ∂L/∂b = Σ_rows δ, δ ← (δ Wᵀ) ⊙ φ'(u). Writes into ``g``.

        The same numbers as the lecture's per-point Jacobian products (`walkthrough`),
        averaged over the batch, with one matrix product per layer instead of one per point.
        """
        if views is None:
            views = self.grad_views(g)
        tr = self.forward_checked(X)
        us, zs = tr.u, tr.z
        L, delta = losses.value_and_delta(loss, us[-1], zs[-1], t, self.layers[-1].activation)
        for k in range(len(self.layers) - 1, -1, -1):
            gW, gb = views[k]
            np.matmul(zs[k].T, delta, out=gW)
            np.add.reduce(delta, axis=0, out=gb)
            if k:
                delta = delta @ self.layers[k]._W.T
                prev = self.layers[k - 1].activation
                if prev == "relu":
                    delta *= us[k - 1] > 0
                elif prev != "identity":
                    delta *= act.DPHI[prev](us[k - 1], zs[k])
        return L

    # ----- notebooks -----
    def fit(self, X, y, optimizer="sgd", loss=None, batch_size=10, epochs=10, shuffle=True,
            seed=0, X_test=None, y_test=None, callback=None, fast=None, **hyperparameters):
        """Mini-batch training as in the lecture; returns the per-epoch `History`.

        Small networks train on the NumPy engine's compiled fast path where numba is
        installed (the same numbers to ≤ 1e-12); ``fast=False`` or ``ANNSTUDIO_FAST=0``
        keeps `core.training.Trainer`'s NumPy loop. ``history.path`` says which ran."""
        trainer = make_trainer(self, X, y, fast=fast, optimizer=optimizer, loss=loss,
                               batch_size=batch_size, shuffle=shuffle, seed=seed,
                               X_test=X_test, y_test=y_test, **hyperparameters)
        return trainer.train(epochs, callback=callback)


def _sigmoid_fast(u):
    # σ(u) = (1 + tanh(u/2))/2: no overflow and one ufunc call on the hot path.
    z = np.tanh(u * 0.5)
    z += 1.0
    z *= 0.5
    return z


_PHI_FAST = dict(act.PHI, sigmoid=_sigmoid_fast)


def parameter_count(sizes):
    """Σ over layers of (inputs + 1)·outputs for ``sizes`` input→output — the lecture's
    Σ_i d_{i−1}(d_i + 1) with its numbering from the output (d_0 = outputs)."""
    return int(sum(d * e + e for d, e in zip(sizes[:-1], sizes[1:])))


def _size_name(i, n):
    if i == 0:
        return "input size"
    if i == n - 1:
        return "output size"
    return f"units of hidden layer {i}"
