"""The loss landscape: the training loss over a plane through the current weights θ₀,

    L(α, β) = L(θ₀ + α d₁ + β d₂),

with the optimizer's path projected onto the plane. Two choices of directions:

* ``random`` — two Gaussian directions, filter-normalised (Li et al., "Visualizing the Loss
  Landscape of Neural Nets", NeurIPS 2018): for each unit j of a layer, the column
  d[:, j] of the direction's W (the unit's incoming weights, u_j = z·W[:, j] + b_j) is
  scaled to the norm of θ₀'s column, ‖d_j‖ = ‖W_j‖, so that the map's scale means the
  same for every layer. Bias directions are zero, as in the paper.
* ``pca`` — the first two principal components of the recorded trajectory θ_i − θ₀ (the
  paper's choice for drawing paths: a random plane in thousands of dimensions misses the
  path almost entirely). They are orthonormal; the path's coordinates are its projections.

Coordinates are grid-aligned: α_i = h·(i − c) with c = n // 2, so the origin (θ₀ itself) is a
grid node and its loss is exactly the current training loss.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from annstudio.core.errors import AnnStudioError

MIN_RESOLUTION, MAX_RESOLUTION = 3, 401
MAX_PCA_POINTS = 300
NO_LOSS = (128, 128, 128)       # the picture's colour where the loss is not a finite number


@dataclass
class Landscape:
    alphas: np.ndarray          # (n,) coordinates along d₁ (x axis)
    betas: np.ndarray           # (n,) coordinates along d₂ (y axis)
    loss: np.ndarray            # (n, n): loss[j, i] at θ₀ + alphas[i] d₁ + betas[j] d₂
    d1: np.ndarray
    d2: np.ndarray
    directions: str             # "random" | "pca"
    origin_loss: float
    path: np.ndarray | None = None       # (T, 2) the trajectory's coordinates
    path_steps: list | None = None
    explained: tuple | None = None        # PCA: share of the path's variance per component

    def to_dict(self):
        return {"directions": self.directions, "origin_loss": self.origin_loss,
                "alphas": self.alphas.tolist(), "betas": self.betas.tolist(),
                "loss": self.loss.tolist(),
                "path": None if self.path is None else self.path.tolist(),
                "path_steps": self.path_steps,
                "explained_variance": None if self.explained is None else list(self.explained)}


def filter_normalized_direction(net, rng):
    """A Gaussian direction with each unit's column scaled to θ₀'s: ‖d[:, j]‖ = ‖W[:, j]‖."""
    d = np.zeros_like(net.theta)
    pos = 0
    for layer in net.layers:
        W = layer.W
        n_in, n_out = W.shape
        D = rng.standard_normal((n_in, n_out))
        norms_w = _column_norms(W)
        norms_d = _column_norms(D)
        D = D / np.where(norms_d > 0, norms_d, 1.0) * norms_w   # unit columns first: no overflow
        d[pos:pos + n_in * n_out] = D.ravel()
        pos += n_in * n_out + n_out      # the bias direction stays 0
    return d


def _column_norms(W):
    """‖W[:, j]‖ without overflow: s‖W[:, j]/s‖ with s = max|W[:, j]| (a diverged run's
    1e300 squares to inf; its norm is still 1e300)."""
    s = np.max(np.abs(W), axis=0)
    safe = np.where(s > 0, s, 1.0)
    return s * np.linalg.norm(W / safe, axis=0)


def pca_directions(trajectory, theta0):
    """The first two principal directions of the path θ_i − θ₀ (orthonormal) and the share
    of the path's squared distance from θ₀ each explains."""
    M = np.asarray(trajectory, dtype=float) - theta0
    M = M[np.linalg.norm(M, axis=1) > 0]
    if M.shape[0] < 2:
        raise AnnStudioError("PCA directions need a recorded path of at least two other "
                             "points (train longer, or use random directions)")
    # The principal directions of the T×P matrix M are those of its T×T Gram matrix M Mᵀ
    # (v ↦ Mᵀv/‖Mᵀv‖): T ≪ P, and LAPACK's SVD of the whole M took 3 s on a busy 2-core
    # box for T = 400 (measured); the Gram eigenproblem takes milliseconds.
    if M.shape[0] > MAX_PCA_POINTS:      # evenly spaced points keep the path's shape
        M = M[np.unique(np.linspace(0, M.shape[0] - 1, MAX_PCA_POINTS).round().astype(int))]
    w, V = _top_eigen(M @ M.T)
    if w[-1] <= 0 or w[-2] <= 1e-12 * w[-1]:
        raise AnnStudioError("the recorded path is a straight line: it spans no plane")
    d1, d2 = M.T @ V[:, -1], M.T @ V[:, -2]
    d1 /= np.linalg.norm(d1)
    d2 -= (d2 @ d1) * d1              # exact orthogonality despite rounding
    d2 /= np.linalg.norm(d2)
    total = float(np.sum(M * M))          # = trace(M Mᵀ), the sum of all eigenvalues
    return d1, d2, (float(w[-1] / total), float(w[-2] / total))


def _top_eigen(G, k=8, tol=1e-14, max_iter=1000):
    """The largest eigenvalues (ascending) and eigenvectors of the symmetric PSD matrix G.

    Small G: LAPACK's eigh. Larger: block subspace iteration with matrix products and
    k×k factorisations only — on a busy 2-core box a threaded LAPACK eigh of a 300×300
    matrix took 0.3–4 s (measured), these products take milliseconds."""
    n = G.shape[0]
    if n <= 2 * k:
        return np.linalg.eigh(G)
    Q = np.random.default_rng(0).standard_normal((n, k))
    prev = None
    for _ in range(max_iter):
        Q = _orthonormal(G @ Q)
        H = Q.T @ G @ Q
        w, U = np.linalg.eigh((H + H.T) / 2)
        top = Q @ U[:, -2:]
        # converged when the top two eigenvectors stop turning
        if prev is not None and np.all(1 - np.abs(np.sum(top * prev, axis=0)) <= tol):
            break
        prev = top
    return w, Q @ U


def _orthonormal(A):
    """Columns of A made orthonormal (Cholesky QR, twice for accuracy; k×k LAPACK only)."""
    for _ in range(2):
        R = np.linalg.cholesky(A.T @ A + 1e-300 * np.eye(A.shape[1]))
        A = np.linalg.solve(R, A.T).T
    return A


def project(points, theta0, d1, d2):
    """Coordinates (α, β) of each point's projection: least squares in the basis d₁, d₂
    (for orthonormal directions simply (θ − θ₀)·d₁, (θ − θ₀)·d₂)."""
    with np.errstate(over="ignore", invalid="ignore"):   # a diverged run: rows of inf/nan
        P = np.atleast_2d(np.asarray(points, dtype=float)) - theta0
        # in units of s = max|d|: directions of a diverged run (entries near 1e300) would
        # overflow B Bᵀ; the coordinates (Bₛ Bₛᵀ)⁻¹ Bₛ Pᵀ / s are the same numbers
        s = float(max(np.max(np.abs(d1)), np.max(np.abs(d2)))) or 1.0
        B = np.stack([d1, d2]) / s                   # (2, P)
        G = B @ B.T
        return np.linalg.solve(G, B @ P.T).T / s     # (T, 2)


def grid(extent, n):
    """n coordinates h·(i − n//2), spanning ±extent, with 0 exactly on the grid."""
    n = int(n)
    if not MIN_RESOLUTION <= n <= MAX_RESOLUTION:
        raise AnnStudioError(f"the resolution must be {MIN_RESOLUTION} to {MAX_RESOLUTION} "
                             f"points per side, got {n}")
    c = n // 2
    h = float(extent) / max(c, n - 1 - c)
    return h * (np.arange(n) - c)


def loss_at(net, X, t, loss, theta):
    """The loss of the whole set at weights ``theta`` (the network keeps its own θ)."""
    from annstudio.core import losses
    saved = net.theta.copy()
    try:
        net.theta[...] = theta
        with np.errstate(over="ignore", invalid="ignore"):
            tr = net.forward(X)
            return float(losses.value(loss, tr.u[-1], tr.z[-1], t))
    finally:
        net.theta[...] = saved


def compute(net, X, y, loss=None, *, directions="random", resolution=31, extent=None,
            trajectory=None, trajectory_steps=None, seed=0):
    """The landscape around ``net``'s weights on (X, y).

    ``trajectory`` (T, P) rows of θ (e.g. `Timeline.trajectory`) is needed for ``pca`` and
    drawn on either map. ``extent`` is the half-width in units of the directions: by
    default 1 for random directions (Li et al.) and the path's reach × 1.2 for PCA, widened
    to hold the whole path."""
    X, t, loss = net.prepare(X, y, loss)
    theta0 = net.theta.copy()
    explained = None
    if directions == "random":
        rng = np.random.default_rng(seed)
        d1 = filter_normalized_direction(net, rng)
        d2 = filter_normalized_direction(net, rng)
    elif directions == "pca":
        if trajectory is None:
            raise AnnStudioError("PCA directions need the recorded path of the run")
        d1, d2, explained = pca_directions(trajectory, theta0)
    else:
        raise AnnStudioError(f"unknown directions {directions!r}; choose random or pca")
    path = None
    if trajectory is not None and len(trajectory):
        path = project(trajectory, theta0, d1, d2)
    if extent is None:
        extent = 1.0 if directions == "random" else 0.0
        reach = np.abs(path[np.isfinite(path).all(axis=1)]) if path is not None else []
        if len(reach):
            extent = max(extent, 1.2 * float(np.max(reach)))
        if not 0 < extent < np.inf:      # no path, or one too far out to span a plane
            extent = 1.0
    elif not (np.isfinite(extent) and extent > 0):
        raise AnnStudioError(f"the extent must be a positive number, got {extent}")
    alphas = grid(extent, resolution)
    betas = alphas.copy()
    Z = np.empty((len(betas), len(alphas)))
    saved = net.theta.copy()
    from annstudio.core import losses
    try:
        with np.errstate(over="ignore", invalid="ignore"):
            for j, b in enumerate(betas):
                row = theta0 + b * d2
                for i, a in enumerate(alphas):
                    net.theta[...] = row + a * d1
                    tr = net.forward(X)
                    Z[j, i] = losses.value(loss, tr.u[-1], tr.z[-1], t)
    finally:
        net.theta[...] = saved
    c = len(alphas) // 2
    return Landscape(alphas, betas, Z, d1, d2, directions, float(Z[c, c]), path,
                     None if trajectory_steps is None else list(trajectory_steps), explained)


def weights_at(landscape, theta0, alpha, beta):
    """θ₀ + α d₁ + β d₂: the weights of a point of the map."""
    return theta0 + alpha * landscape.d1 + beta * landscape.d2


# ----- a picture of the map, pure NumPy (the CLI writes it as PNG through Qt) -----
_VIRIDIS = np.array([[68, 1, 84], [72, 40, 120], [62, 74, 137], [49, 104, 142],
                     [38, 130, 142], [31, 158, 137], [53, 183, 121], [109, 205, 89],
                     [180, 222, 44], [253, 231, 37]], dtype=float)


def colormap(values, lo, hi):
    """Viridis colours (H, W, 3) uint8 for ``values`` between lo (dark) and hi (yellow)."""
    v = np.clip((np.asarray(values, dtype=float) - lo) / ((hi - lo) or 1.0), 0, 1)
    v = np.where(np.isfinite(v), v, 1.0)
    x = v * (len(_VIRIDIS) - 1)
    i = np.minimum(x.astype(int), len(_VIRIDIS) - 2)
    f = (x - i)[..., None]
    return np.round(_VIRIDIS[i] * (1 - f) + _VIRIDIS[i + 1] * f).astype(np.uint8)


def image(landscape, scale=8):
    """An RGB picture (rows top = largest β): log-scaled loss, the path in white, the
    current point (the origin) as a red cross."""
    with np.errstate(invalid="ignore"):
        Z = np.log10(np.maximum(landscape.loss, 1e-12))
    finite = np.isfinite(Z)
    lo, hi = (float(Z[finite].min()), float(np.percentile(Z[finite], 98))) \
        if finite.any() else (0, 1)
    rgb = colormap(Z, lo, hi)
    rgb[~finite] = NO_LOSS                              # no finite loss there: grey, not a colour
    rgb = rgb[::-1]                                     # β grows upwards
    rgb = np.repeat(np.repeat(rgb, scale, axis=0), scale, axis=1)
    n = len(landscape.alphas)
    h = landscape.alphas[1] - landscape.alphas[0]

    def pixel(a, b):
        x = (a - landscape.alphas[0]) / h * scale + scale / 2
        y = (n - 1 - (b - landscape.betas[0]) / h) * scale + scale / 2
        return x, y

    H, W = rgb.shape[:2]
    if landscape.path is not None and len(landscape.path) > 1:
        pts = [pixel(a, b) for a, b in landscape.path]
        for p0, p1 in zip(pts[:-1], pts[1:]):
            seg = _clip(p0, p1, W, H)            # only what lies on the picture is drawn
            if seg is None:
                continue
            (x0, y0), (x1, y1) = seg
            m = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
            for s in np.linspace(0, 1, m + 1):
                x, y = int(round(x0 + s * (x1 - x0))), int(round(y0 + s * (y1 - y0)))
                rgb[max(y - 1, 0):min(y + 1, H), max(x - 1, 0):min(x + 1, W)] = 255
    cx, cy = (int(round(c)) for c in pixel(0.0, 0.0))
    for d in range(-scale, scale + 1):
        for w in (-1, 0, 1):
            if 0 <= cy + d < H and 0 <= cx + d + w < W:
                rgb[cy + d, cx + d + w] = (230, 30, 30)
            if 0 <= cy + d < H and 0 <= cx - d + w < W:
                rgb[cy + d, cx - d + w] = (230, 30, 30)
    return rgb


def _clip(p0, p1, W, H):
    """The part of the segment p0–p1 inside [0, W]×[0, H] (Liang–Barsky), or None: a point
    of a diverged path lies 1e300 pixels away, or is not a number at all."""
    (x0, y0), (x1, y1) = p0, p1
    if not all(np.isfinite(v) for v in (x0, y0, x1, y1)):
        return None
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0), (dx, W - x0), (-dy, y0), (dy, H - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)
