"""Standardisation: each input feature (and a regression target) rescaled to mean 0 and
standard deviation 1.

    x̃_j = (x_j − μ_j) / s_j,   μ_j, s_j the mean and standard deviation of feature j
                                 over the TRAINING points only

Why: with features on very different scales (a pixel 0–16 beside a ratio 0–0.3), one
learning rate is too large for the weights of the big features and too small for the
small ones; on equal scales one learning rate suits every weight. The statistics come from
the training split alone, so nothing about the test points leaks into training.

Pure NumPy (no Qt, no torch). The network sees x̃; the data view keeps the user's units x.
Everything that feeds the network (training, the boundary grid, the inspector's point,
predictions, metrics, the exported script) goes through the same `Standardizer`.

Regression targets get the same treatment, ỹ = (y − μ_y)/s_y (`Standardizer.apply_targets`):
the network learns ỹ, and the model's prediction in the user's units is ŷ = z_0 s_y + μ_y.
Why: diabetes progression runs 25–346; with raw targets the first SGD steps at lr 0.015
take the loss from 2.8·10⁴ to 10⁸–10¹¹. The MSE in the user's units is s_y² times the
network's, L = s_y² L̃, so the app reports L (`loss_unit`); the gradients the optimizer
follows are those of L̃.
"""
from __future__ import annotations

import copy

import numpy as np

from annstudio.core.errors import AnnStudioError

# A feature that is constant on the training points has s = 0: it is only centred (s := 1),
# so it enters the network as 0 instead of 0/0.
MIN_SCALE = 1e-12


class Standardizer:
    """``transform(X) = (X − mean) / scale``, per column."""

    def __init__(self, mean, scale):
        mean = np.asarray(mean, dtype=np.float64).reshape(-1)
        scale = np.asarray(scale, dtype=np.float64).reshape(-1)
        if mean.shape != scale.shape or mean.size < 1:
            raise AnnStudioError(f"standardisation needs one mean and one scale per feature, "
                                 f"got {mean.size} means and {scale.size} scales")
        if not (np.all(np.isfinite(mean)) and np.all(np.isfinite(scale))):
            raise AnnStudioError("standardisation mean and scale must be finite numbers")
        if np.any(scale <= 0):
            raise AnnStudioError(f"standardisation scales must be positive, got "
                                 f"{float(scale[scale <= 0][0]):g}")
        self.mean, self.scale = mean, scale

    @classmethod
    def fit(cls, X):
        """μ = mean of the rows of ``X``, s = their standard deviation (1/n, as
        scikit-learn's StandardScaler); a constant column gets s = 1."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[0] < 1:
            raise AnnStudioError("standardisation is fitted on at least one training point")
        mean = X.mean(axis=0)
        scale = X.std(axis=0)
        scale = np.where(scale > MIN_SCALE * np.maximum(1.0, np.abs(mean)), scale, 1.0)
        return cls(mean, scale)

    @property
    def n_features(self):
        return int(self.mean.size)

    def transform(self, X):
        """x̃ = (x − μ) / s for every row of ``X`` (float64; a 1-D ``X`` is one point)."""
        X = np.asarray(X, dtype=np.float64)
        if X.shape[-1] != self.mean.size:
            raise AnnStudioError(f"the point has {X.shape[-1]} features; the standardisation "
                                 f"was fitted on {self.mean.size}")
        return (X - self.mean) / self.scale

    def inverse(self, Xs):
        """x = x̃ · s + μ (back to the user's units)."""
        return np.asarray(Xs, dtype=np.float64) * self.scale + self.mean

    def apply(self, data):
        """A copy of the `Dataset` ``data`` with standardised inputs: what the network
        trains on. ``copy.source`` is ``data`` (the user's units), for saving."""
        out = copy.copy(data)
        out.X_train = np.ascontiguousarray(self.transform(data.X_train))
        out.X_test = np.ascontiguousarray(self.transform(data.X_test)) if data.n_test else \
            np.zeros((0, data.n_features))
        out.source = data.source or data
        return out

    def apply_targets(self, data):
        """A copy of the regression `Dataset` ``data`` with standardised targets
        ỹ = (y − μ_y)/s_y (this one-column standardizer): what the network trains on.
        ``copy.y_standardizer`` is this standardizer, ``copy.source`` the user's data."""
        out = copy.copy(data)
        out.y_train = self.transform(data.y_train.reshape(-1, 1)).reshape(-1)
        out.y_test = self.transform(data.y_test.reshape(-1, 1)).reshape(-1) if data.n_test \
            else np.zeros(0)
        out.y_standardizer = self
        out.source = data.source or data
        return out

    def predict(self, z):
        """ŷ = z s_y + μ_y: the network's outputs in the targets' units."""
        z = np.asarray(z, dtype=np.float64)
        return z * self.scale[0] + self.mean[0]

    @property
    def loss_unit(self):
        """s_y²: the MSE in the targets' units per unit of the network's MSE."""
        return float(self.scale[0]) ** 2

    def to_dict(self):
        return {"mean": [float(v) for v in self.mean], "scale": [float(v) for v in self.scale]}

    def __eq__(self, other):
        return (isinstance(other, Standardizer) and np.array_equal(self.mean, other.mean)
                and np.array_equal(self.scale, other.scale))

    def __repr__(self):
        return f"Standardizer(n_features={self.n_features})"


def loss_unit(data):
    """s_y² when ``data`` (as the network sees it) has standardised targets, else 1."""
    st = data.y_standardizer
    return 1.0 if st is None else st.loss_unit


def user_data(data):
    """The dataset in the user's units (undoes `Standardizer.apply`'s copy)."""
    return data.source or data


__all__ = ["Standardizer", "loss_unit", "user_data"]
