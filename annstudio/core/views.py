"""What the views draw, computed from the weights (pure NumPy; lecture §1's forward pass).

The engine process computes these for each snapshot (`engines.host`), and the window for
what it draws itself (a neuron's map in the inspector): the input plane and its grids,
the boundary grid's output, each hidden neuron's activation over a coarser grid as one
mosaic per layer, a fixed subsample of training points for the samples × neurons
heatmaps, and the 2-D PCA projection of data with more than two inputs. Every grid goes through `network.forward_pass` — the forward pass training
uses — in float32 unless asked otherwise.
"""
from __future__ import annotations

import math

import numpy as np

from annstudio.core.network import forward_pass

BOUNDARY_RES = 100        # the decision-boundary grid is BOUNDARY_RES × BOUNDARY_RES
CURVE_RES = 200           # 1-D inputs: the network's curve y = f(x) at this many x
SAMPLE_ROWS = 120         # rows of the samples × neurons heatmaps
# While training, the grids are coarser where the network is wide: the boundary grid's
# forward pass costs res² × Σ d_in·d_out multiply-adds, 1.3 G a snapshot at 100×100 for
# 2→256→256→256→1. The engine host sizes the grid so that a snapshot stays within its
# share of the time (`engines.host`), starting from TRAINING_MADDS.
TRAINING_MADDS = 5e7           # multiply-adds for the output grid of one snapshot
MIN_TRAINING_RES = 16


def input_plane(data):
    """How the inputs map to a plane: "plane" (2 raw inputs, maybe with derived features),
    "line" (1 input) or None (more inputs: the GUI shows a PCA projection, no boundary)."""
    names = list(data.feature_names)
    if data.n_features == 1:
        return "line"
    if data.n_features == 2:
        return "plane"
    from annstudio.core.datasets import DERIVED_FEATURES
    if names[:2] == ["x1", "x2"] and all(f in DERIVED_FEATURES for f in names[2:]):
        return "plane"
    return None


def bounds(data, margin=0.1, square=False):
    """The bounding box of the raw inputs (x1, x2 or x1), widened by ``margin`` on each side.

    ``square``: both sides as long as the longer one, centred on the data — the data view
    keeps x1 and x2 at the same scale, so a square box fills it instead of leaving bands
    above and below the boundary.
    """
    X = data.X[:, :2] if data.n_features >= 2 else data.X[:, :1]
    return box(X, margin, square)


def box(X, margin=0.1, square=False):
    lo, hi = X.min(axis=0), X.max(axis=0)
    span = np.where(hi - lo > 1e-9, hi - lo, 1.0)
    if square:
        mid = (lo + hi) / 2
        span = np.full_like(span, span.max())
        lo, hi = mid - span / 2, mid + span / 2
    return lo - margin * span, hi + margin * span


def plane_inputs(data, res):
    """Network inputs for a res × res grid over the data's box, row-major (row = x2)."""
    from annstudio.core.datasets import add_features
    lo, hi = bounds(data, square=True)
    x1 = np.linspace(lo[0], hi[0], res)
    x2 = np.linspace(lo[1], hi[1], res)
    g1, g2 = np.meshgrid(x1, x2)            # g[row, col]: row follows x2, col follows x1
    G = np.column_stack([g1.ravel(), g2.ravel()])
    extra = list(data.feature_names[2:])
    if extra:
        G, _ = add_features(G, extra)
    return G, (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))


def line_inputs(data, res):
    lo, hi = bounds(data)
    return np.linspace(lo[0], hi[0], res).reshape(-1, 1), (float(lo[0]), float(hi[0]))


def sample_rows(data, k=SAMPLE_ROWS, seed=0):
    """A fixed subsample of training points, sorted by class (or target) for the heatmaps."""
    n = data.n_train
    idx = np.arange(n) if n <= k else np.sort(
        np.random.default_rng(seed).choice(n, size=k, replace=False))
    key = data.y_train[idx]
    return idx[np.argsort(key, kind="stable")]


def thumb_res(width, fine=True):
    """Per-neuron thumbnail size: finer for few neurons, coarser for wide layers (and
    coarser still for wide layers while training: 256 tiles are small on screen anyway)."""
    res = 32 if width <= 64 else 20 if width <= 256 else 12
    return res if fine or width <= 64 else res * 3 // 5


def boundary_res(weights, fine=True, madds=TRAINING_MADDS):
    """The output grid's side: BOUNDARY_RES, or while training (``fine`` False) as many
    points as ``madds`` multiply-adds buy for this network (never under MIN_TRAINING_RES)."""
    if fine:
        return BOUNDARY_RES
    per_point = sum(W.shape[0] * W.shape[1] for W, _ in weights)
    res = int(math.sqrt(madds / max(per_point, 1)))
    return max(MIN_TRAINING_RES, min(BOUNDARY_RES, res))


def mosaic(maps, res, gap=1):
    """(n_neurons, res*res) values → one image of tiles (``maps``' dtype), NaN between tiles.

    Tiles run left→right, top→bottom in neuron order; tile j sits at row j // cols."""
    n = maps.shape[0]
    cols = max(1, math.ceil(math.sqrt(n)))
    rows = math.ceil(n / cols)
    step = res + gap
    img = np.full((rows * step - gap, cols * step - gap), np.nan, dtype=maps.dtype)
    tiles = maps.reshape(n, res, res)
    for j in range(n):
        r, c = divmod(j, cols)
        # image rows go top→bottom, x2 goes bottom→top: flip so the tile looks like the plane
        img[r * step:r * step + res, c * step:c * step + res] = tiles[j][::-1]
    return img, cols, rows


def pca_2d(X):
    """Project rows of X on their first two principal axes: the eigenvectors of XcᵀXc
    with the largest eigenvalues λ (= the squared singular values of Xc).

    Not ``svd(Xc)``: on the 1797×64 digits the SVD took 0.2–1 s of the GUI thread on a busy
    2-core box (its many small BLAS calls each wait for OpenBLAS's threads), the d×d
    eigenproblem a few ms — a dataset edit must not freeze the window.
    """
    Xc = X - X.mean(axis=0)
    if X.shape[1] < 2:
        return np.column_stack([Xc[:, 0], np.zeros(len(X))]), None
    lam, V = np.linalg.eigh(Xc.T @ Xc)
    lam = np.clip(lam, 0.0, None)          # rounding can make a zero eigenvalue −1e-13
    top = np.argsort(lam)[::-1][:2]
    return Xc @ V[:, top], lam[top] / max(float(np.sum(lam)), 1e-300)


def layer_outputs(weights, activations, X, dtype=np.float32):
    """[z_1, …, z_K]: each layer's output φ_k(u_k) for the inputs X (`network.forward_pass`;
    float32 by default: the views need 7 digits, and float32 halves the time)."""
    return forward_pass(weights, activations, X, dtype, keep_u=False).z[1:]


class ViewGeometry:
    """Grids and the subsample for one dataset, built once per dataset."""

    def __init__(self, data, net_sizes=None, standardizer=None, target=None):
        # grids are laid out in the user's units (the data view's axes) and go through
        # ``standardizer`` (x̃ = (x − μ)/s, `core.standardize`) where they enter the network;
        # a regression output comes back through ``target`` (ŷ = z_0 s_y + μ_y), if given
        self.standardizer = standardizer
        self.target = target
        self.kind = input_plane(data)
        self.task = data.task
        self.n_classes = data.n_classes
        self.rows = sample_rows(data)
        self.X_rows = self._net_input(data.X_train[self.rows])
        self.y_rows = data.y_train[self.rows]
        self.extent = None
        self.grid = None
        self.thumb_grids = {}
        self.grids = {}
        if self.kind == "plane":
            grid, self.extent = plane_inputs(data, BOUNDARY_RES)
            self.grid = self._net_input(grid)
            self.grids[BOUNDARY_RES] = self.grid
            self._data = data
        elif self.kind == "line":
            grid, self.extent = line_inputs(data, CURVE_RES)
            self.grid = self._net_input(grid)
            self._data = data

    def _net_input(self, X):
        return X if self.standardizer is None else self.standardizer.transform(X)

    def output_grid(self, res):
        """The res × res grid of the output (plane), the fixed curve grid otherwise."""
        if self.kind != "plane":
            return self.grid
        if res not in self.grids:
            self.grids[res] = self._net_input(plane_inputs(self._data, res)[0])
        return self.grids[res]

    def thumb_grid(self, res):
        if res not in self.thumb_grids:
            if self.kind == "plane":
                self.thumb_grids[res] = self._net_input(plane_inputs(self._data, res)[0])
            else:
                self.thumb_grids[res] = self._net_input(line_inputs(self._data, res)[0])
        return self.thumb_grids[res]


def compute_views(weights, activations, geom, layers=None, fine=True, madds=TRAINING_MADDS,
                  dtype=np.float32):
    """Everything the views draw for these weights, as ``dtype`` arrays (float32: the views
    need 7 digits; float64 gives exactly `Network.forward`'s numbers).

    Returns {"output": grid of σ/argmax/value, "output_conf": max softmax prob (multiclass),
    "maps": [mosaic per hidden layer], "map_layout": [(cols, rows, res)], "map_scale":
    [max |z| per layer], "rows": [samples × neurons per layer incl. output], "extent",
    "fine": bool}.

    ``layers``: the layers (API indices) whose neuron maps (hidden layers) and samples ×
    neurons rows are wanted; the others' entries are None (None = all). ``fine`` False
    (training): coarser grids for wide nets (`boundary_res` for ``madds``, `thumb_res`);
    the views scale any grid to the same extent.
    """
    out = {"kind": geom.kind, "task": geom.task, "extent": geom.extent, "maps": [], "map_layout": [],
           "map_scale": [], "output": None, "output_conf": None, "fine": bool(fine)}
    hidden = len(weights) - 1
    wanted = set(range(hidden)) if layers is None else {k for k in layers if 0 <= k < hidden}
    if geom.kind is not None:
        res_out = boundary_res(weights, fine, madds)
        zs = layer_outputs(weights, activations, geom.output_grid(res_out), dtype)
        y = zs[-1]
        if geom.task == "multiclass":
            out["output"] = np.argmax(y, axis=1).astype(dtype)
            out["output_conf"] = np.max(y, axis=1)
        elif geom.target is not None:
            out["output"] = geom.target.predict(y[:, 0]).astype(dtype)
        else:
            out["output"] = y[:, 0].copy()
        if geom.kind == "plane":
            out["output"] = out["output"].reshape(res_out, res_out)
            if out["output_conf"] is not None:
                out["output_conf"] = out["output_conf"].reshape(res_out, res_out)
        # per-neuron maps: one forward pass over a coarser grid per thumbnail size
        by_res = {}
        for k in sorted(wanted):
            by_res.setdefault(thumb_res(weights[k][0].shape[1], fine), []).append(k)
        maps = {}
        for res, ks in by_res.items():
            if geom.kind == "plane":
                zt = layer_outputs(weights[:max(ks) + 1], activations, geom.thumb_grid(res),
                                   dtype)
                for k in ks:
                    maps[k] = (zt[k].T, res)          # (neurons, res*res)
            else:
                zt = layer_outputs(weights[:max(ks) + 1], activations,
                                   geom.thumb_grid(CURVE_RES), dtype)
                for k in ks:
                    maps[k] = (zt[k].T, None)         # (neurons, CURVE_RES): one row each
        for k in range(hidden):
            if k not in maps:                         # not on screen: not computed
                out["maps"].append(None)
                out["map_layout"].append(None)
                out["map_scale"].append(None)
                continue
            m, res = maps[k]
            scale = float(np.max(np.abs(m))) if m.size else 0.0
            scale = scale if scale > 1e-12 and math.isfinite(scale) else 1.0
            if res is None:
                img = m / scale
                layout = (1, m.shape[0], CURVE_RES)
            else:
                img, cols, rows = mosaic(m / scale, res)
                layout = (cols, rows, res)
            out["maps"].append(img)
            out["map_layout"].append(layout)
            out["map_scale"].append(scale)
    # samples × neurons: likewise only the layers asked for (the output layer included)
    rows_wanted = set(range(len(weights))) if layers is None else \
        {k for k in layers if 0 <= k < len(weights)}
    zr = layer_outputs(weights[:max(rows_wanted) + 1], activations, geom.X_rows, dtype) \
        if rows_wanted else []
    out["rows"] = [zr[k] if k in rows_wanted else None
                   for k in range(len(weights))]
    return out


def network_views(net, geom, layers=None, fine=True, madds=TRAINING_MADDS, dtype=np.float32):
    weights = [(layer.W, layer.b) for layer in net.layers]
    with np.errstate(over="ignore", invalid="ignore"):   # huge weights: inf/NaN pixels
        return compute_views(weights, net.activations, geom, layers, fine, madds, dtype)


# ---------------------------------------------------------------- compare windows
COMPARE_BOUNDARY_RES = 40      # the compare windows' small boundary images


def net_spec(net):
    """A `Network` as plain weights + activations (what crosses a pipe: a pickled `Network`
    would lose the views of W and b into θ)."""
    return {"weights": [(layer.W.copy(), layer.b.copy()) for layer in net.layers],
            "activations": [layer.activation for layer in net.layers]}


def build_net(spec):
    """`net_spec`'s inverse."""
    from annstudio.core.network import Layer, Network
    return Network([Layer(W, b, a) for (W, b), a in zip(spec["weights"], spec["activations"])])


def boundary(net, data, res=COMPARE_BOUNDARY_RES):
    """The network's output over the data's plane as a (res, res) float32 image in [0, 1]
    (σ output: p(class 1); softmax: the winning class / (k − 1)); None off the plane."""
    if input_plane(data) != "plane":
        return None, None
    G, extent = plane_inputs(data, res)
    with np.errstate(over="ignore", invalid="ignore"):
        z = net(G)
    if z.shape[1] == 1:
        img = z[:, 0]
    else:
        img = np.argmax(z, axis=1) / max(z.shape[1] - 1, 1)
    return np.nan_to_num(img.reshape(res, res)).astype(np.float32), extent
