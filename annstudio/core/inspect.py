"""The step-through inspector's model: one data point through the forward pass and backprop.

Pure NumPy (no Qt). It turns `walkthrough(net, x, y, loss)` (lecture §3) into the pages a
student steps through (`stages`), writes one unit's or one entry's computation out with
the actual numbers (`explain`), relabels everything for the lecture's numbering (output
layer 1 … input layer K) or PyTorch's (fc1 … fcK, `Numbering`), checks backprop against
finite differences (`finite_differences`), shows the per-sample gradients of a mini-batch
next to the vectorised batch gradient (`batch_gradients`), and applies one SGD step
(`sgd_step`). It also holds the lecture's hand-set ¬XOR network (§2, `not_xor`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from annstudio.core import losses
from annstudio.core.errors import AnnStudioError
from annstudio.core.gradcheck import numerical_derivative
from annstudio.core.i18n import QT_TRANSLATE_NOOP, LayerRef, Text
from annstudio.core.network import Layer, Network
from annstudio.core.walkthrough import gradients_from_steps, walkthrough

MINUS = "\u2212"          # a real minus sign, not a hyphen
WIDE = 12                 # more units than this: scrollable matrix plus a summary line
MAX_TERMS = 6             # a written-out sum shows at most this many terms, then "…"


# --------------------------------------------------------------------------- numbers
def fmt(x, digits=4):
    """``x`` with ``digits`` significant digits and a real minus sign: −0.3775, 1.2e−05, ∞."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else MINUS + "∞"
    if x == 0:
        return "0"
    s = f"{x:.{int(digits)}g}"
    if "e" in s:
        mant, exp = s.split("e")
        s = f"{mant}e{int(exp)}"
    return s.replace("-", MINUS)


def fmt_factor(x, digits=4):
    """A number as a factor in a product: negatives in parentheses, ``(−0.12)``."""
    s = fmt(x, digits)
    return f"({s})" if s.startswith(MINUS) else s


def parse_number(text):
    """A float from what a student types: accepts the real minus sign and a decimal comma."""
    t = str(text).strip().replace(MINUS, "-").replace("\u2013", "-")
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        raise AnnStudioError(f"{text!r} is not a number") from None
    if not math.isfinite(v):
        raise AnnStudioError(f"{text!r} is not a finite number")
    return v


def parse_vector(text, n=None, what="coordinates"):
    """``"0.5, −1"`` (commas, semicolons or spaces) → array; ``n`` entries if given."""
    parts = [p for p in re.split(r"[;,\s]+", str(text).strip()) if p]
    if not parts:
        raise AnnStudioError(f"type the {what}, e.g. 0.5, −1")
    v = np.array([parse_number(p) for p in parts])
    if n is not None and v.size != n:
        raise AnnStudioError(f"the {what} need {n} number(s), got {v.size} in {text!r}")
    return v


def summary(a, digits=4):
    """``shape 20×40 · min −0.31 · max 0.42 · norm 2.1`` (Frobenius norm)."""
    a = np.asarray(a, dtype=float)
    shape = "×".join(map(str, a.shape)) or Text(QT_TRANSLATE_NOOP("inspect", "scalar"))
    if a.size == 0:
        return Text(QT_TRANSLATE_NOOP("inspect", "shape {shape}"), shape=shape)
    finite = a[np.isfinite(a)]
    norm = float(np.linalg.norm(a)) if finite.size == a.size else float("inf")
    return Text(QT_TRANSLATE_NOOP("inspect", "shape {shape} · min {min} · max {max} · norm {norm}"),
                shape=shape, min=fmt(a.min(), digits), max=fmt(a.max(), digits),
                norm=fmt(norm, digits))


def is_wide(a):
    return any(s > WIDE for s in np.shape(a))


# --------------------------------------------------------------------------- numbering
_TOKEN = re.compile(r"(∂g|∇φ|φ|W|b|u|z|g)_(\d+)(ᵀ?)")
_UNICODE_SUB = {"z₀": "z_0", "u₁": "u_1"}   # losses.FORMULA writes these two
_LAYER = re.compile(r"\b([Ll])ayer (\d+)")


class Numbering:
    """Names in the lecture's numbering (output layer 1 … input layer K, z_0 the output) or
    in PyTorch's (fc1 … fcK from the input): W_i ↔ fc{K−i+1}.weightᵀ, b_i ↔ fc{…}.bias,
    u_i ↔ a{…} (pre-activation), z_K = x, z_j ↔ h{K−j} (output of fc{K−j})."""

    MODES = ("lecture", "pytorch")

    def __init__(self, n_layers, mode="lecture"):
        if mode not in self.MODES:
            raise AnnStudioError(f"unknown numbering {mode!r}; choose lecture or pytorch")
        self.K = int(n_layers)
        self.mode = mode

    @property
    def lecture(self):
        return self.mode == "lecture"

    def fc(self, i):
        """PyTorch's 1-based index of the lecture's layer i."""
        return self.K - i + 1

    def layer(self, i):
        return f"layer {i}" if self.lecture else f"fc{self.fc(i)}"

    def name(self, sym, i):
        """One symbol: sym in W b u z φ ∇φ g ∂g with its lecture index."""
        if self.lecture:
            return f"{sym}_{i}"
        if sym == "z":
            return "x" if i == self.K else f"h{self.K - i}"
        k = self.fc(i)
        return {"W": f"fc{k}.weightᵀ", "b": f"fc{k}.bias", "u": f"a{k}", "φ": f"φ{k}",
                "∇φ": f"∇φ{k}", "g": f"g{k}", "∂g": f"∂g{k}"}[sym]

    def entry(self, sym, i, idx, plain=False):
        """One entry: ``u_{2,0}``, ``W_2[1,0]`` (lecture) or ``a1[0]``, ``fc1.weight[0,1]``;
        ``plain``: vectors with brackets too (``b_2[0]``, for table headers)."""
        idx = tuple(int(j) for j in np.atleast_1d(idx))
        if self.lecture:
            if sym in ("W",) or len(idx) > 1 or plain:
                return f"{sym}_{i}[{','.join(map(str, idx))}]"
            return f"{sym}_{{{i},{idx[0]}}}"
        if sym == "W":  # torch stores W transposed: weight[j, k] is W[k, j]
            return f"fc{self.fc(i)}.weight[{idx[1]},{idx[0]}]"
        return f"{self.name(sym, i)}[{','.join(map(str, idx))}]"

    def _sub(self, m):
        sym, i, t = m.group(1), int(m.group(2)), m.group(3)
        if sym == "W" and t:          # W_iᵀ is torch's weight itself
            return f"fc{self.fc(i)}.weight"
        return self.name(sym, i) + t

    def relabel(self, text):
        """Rewrite a text written in the lecture's numbering into this numbering."""
        if self.lecture or not text:
            return text
        for a, b in _UNICODE_SUB.items():
            text = text.replace(a, b)
        text = _TOKEN.sub(self._sub, text)
        return _LAYER.sub(lambda m: f"fc{self.fc(int(m.group(2)))}", text)


# --------------------------------------------------------------------------- stages
@dataclass
class Stage:
    """One page of the step-through: a title, a formula, and the steps shown on it."""
    kind: str            # "input" | "forward" | "loss" | "backward" | "backward_z"
    layer: int           # lecture number of the layer (0: output and loss)
    title: str           # lecture numbering; `Numbering.relabel` for display
    formula: str
    steps: list = field(default_factory=list)
    new: list = field(default_factory=list)   # names of the steps this page introduces


def stages(steps, n_layers):
    """Group the walkthrough's steps into the pages the inspector steps through."""
    K = n_layers
    s = {st.name: st for st in steps}
    pages = [Stage("input", K, Text(QT_TRANSLATE_NOOP("inspect", "The input point")),
                   f"z_{K} = x", [s[f"z_{K}"]], [f"z_{K}"])]
    for i in range(K, 0, -1):
        names = [f"z_{i}", f"W_{i}", f"b_{i}", f"u_{i}", f"z_{i - 1}"]
        pages.append(Stage("forward", i, Text(QT_TRANSLATE_NOOP("inspect", "Forward through {layer}"),
                                              layer=LayerRef(i)),
                           f"u_{i} = z_{i} W_{i} + b_{i},   z_{i - 1} = φ_{i}(u_{i})",
                           [s[n] for n in names], names[1:]))
    pages.append(Stage("loss", 0, Text(QT_TRANSLATE_NOOP("inspect", "Output and loss")), s["L"].formula,
                       [s["z_0"], s["L"]], ["L"]))
    pages.append(Stage("backward", 0, Text(QT_TRANSLATE_NOOP("inspect", "Backward: the loss's derivative")),
                       s["∂L/∂z_0"].formula, [s["∂L/∂z_0"]], ["∂L/∂z_0"]))
    for i in range(1, K + 1):
        names = [f"∂L/∂z_{i - 1}", f"∇φ_{i}", f"∂L/∂u_{i}", f"∂g_{i}/∂W_{i}",
                 f"∂L/∂W_{i}", f"∂L/∂b_{i}"]
        pages.append(Stage("backward", i,
                           Text(QT_TRANSLATE_NOOP("inspect", "Backward through {layer}: gradients of {W}, {b}"),
                                layer=LayerRef(i), W=f"W_{i}", b=f"b_{i}"),
                           f"∂L/∂W_{i} = Σ_j (∂L/∂z_{i - 1})_j · ∂g_{i}/∂W_{i}[j] = z_{i}ᵀ · ∂L/∂u_{i}",
                           [s[n] for n in names], names[1:]))
        if i < K:
            names = [f"∂L/∂z_{i - 1}", f"∇φ_{i}", f"W_{i}", f"∂g_{i}/∂z_{i}", f"∂L/∂z_{i}"]
            pages.append(Stage("backward_z", i,
                               Text(QT_TRANSLATE_NOOP("inspect", "Backward: pass the gradient on to {layer}"),
                                    layer=LayerRef(i + 1)),
                               f"∂L/∂z_{i} = ∂L/∂z_{i - 1} · ∇φ_{i} · W_{i}ᵀ",
                               [s[n] for n in names], names[3:]))
    return pages


# --------------------------------------------------------------------------- explanations
def _sum_terms(terms):
    """Join written-out terms with +, eliding the middle of long sums."""
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS - 1] + [f"… ({len(terms) - MAX_TERMS} more) …", terms[-1]]
    return " + ".join(terms)


def _phi_text(phi, u, zj, d, j=None, u_all=None):
    """``max(1, 0) = 1``, ``σ(0.5) = 0.6225`` … the activation applied to one number."""
    U = fmt(u, d)
    if phi == "relu":
        return f"max({U}, 0) = {fmt(zj, d)}"
    if phi == "leaky_relu":
        return f"max({U}, 0.01·{fmt_factor(u, d)}) = {fmt(zj, d)}"
    if phi == "sigmoid":
        return f"σ({U}) = {fmt(zj, d)}"
    if phi == "tanh":
        return f"tanh({U}) = {fmt(zj, d)}"
    if phi == "identity":
        return f"{U}"
    # softmax: e^(u_j) / Σ_k e^(u_k)
    den = _sum_terms([f"e^{fmt_factor(v, d)}" for v in u_all])
    return f"e^{fmt_factor(u, d)} / ({den}) = {fmt(zj, d)}"


def _dphi_text(phi, u, zj, d):
    """φ'(u) for one number, written out."""
    if phi in ("relu",):
        return f"h({fmt(u, d)}) = {fmt(float(u > 0), d)}"
    if phi == "leaky_relu":
        return f"{'1' if u > 0 else '0.01'} (u = {fmt(u, d)} {'>' if u > 0 else '≤'} 0)"
    if phi == "sigmoid":
        return (f"σ({fmt(u, d)})·σ({fmt(-u, d)}) = {fmt(zj, d)}·{fmt(1 - zj, d)}"
                f" = {fmt(zj * (1 - zj), d)}")
    if phi == "tanh":
        return f"1 − tanh²({fmt(u, d)}) = 1 − {fmt_factor(zj, d)}² = {fmt(1 - zj * zj, d)}"
    return "1"


def explain(steps, stage, name, idx, numbering, digits=4, extra=None):
    """The selected entry ``steps[name][idx]`` written out with the actual numbers.

    Returns lines in the given numbering. ``stage`` is the current `Stage` (its kind decides
    what is worth writing: the whole unit in a forward step, the one entry in a backward one).
    ``extra``: {"loss", "target", "activation": {lecture layer: φ}}.
    """
    S = {st.name: st for st in steps}
    N, d = numbering, digits
    extra = extra or {}
    idx = tuple(int(j) for j in np.atleast_1d(idx)) if idx is not None else (0,)
    step = S[name]
    # What the clicked cell is and where its value comes from, before how it is used.
    lines = _clicked_lines(S, N, d, stage, name, step, idx, extra)
    if stage.kind == "forward" and step.symbol in ("x", "z", "W", "b", "u"):
        return _forward_unit_lines(S, N, d, stage.layer, name, step.symbol, idx, extra, lines)
    if step.symbol in ("x", "z", "W", "b"):
        return lines, None
    return _entry_lines(S, N, d, name, step, idx, extra), None


def _clicked_lines(S, N, d, stage, name, step, idx, extra):
    """What a clicked W, b, x or z is and where its value comes from ([] for the others)."""
    sym, i = step.symbol, step.layer
    if sym in ("W", "b"):
        return _parameter_lines(S, N, d, sym, i, idx, extra)
    if sym == "x":
        return _input_lines(S, N, d, i, idx[-1], extra)
    # the z a forward page computes is explained by its unit; any other z (this page's
    # input, or a z on a loss or backward page) was computed on an earlier page
    if sym == "z" and not (stage.kind == "forward" and name == f"z_{stage.layer - 1}"):
        return _z_lines(S, N, d, extra.get("activation", {}), step.layer, idx[-1])
    return []


def _forward_unit_lines(S, N, d, i, name, sym, idx, extra, lines):
    """The unit j of layer i: u_{i,j} = Σ_k z_{i,k} W_i[k,j] + b_{i,j}, z_{i−1,j} = φ_i(u_{i,j}),
    after ``lines`` (what the clicked cell is). Returns (lines, j)."""
    phis = extra.get("activation", {})
    W = S[f"W_{i}"].value
    if name == f"z_{i}" and sym in ("x", "z"):
        j = extra.get("unit", 0)   # an input entry feeds every unit: keep the one selected
    else:
        j = idx[-1]
    j = min(max(j, 0), W.shape[1] - 1)
    if lines:                      # the clicked cell is used in this unit's sum
        lines.append(Text(QT_TRANSLATE_NOOP("inspect", "used here, in unit {j} of {layer}:"), j=j,
                          layer=LayerRef(i)))
    lines += _unit_lines(S, N, d, phis, i, j)
    if phis.get(i) == "softmax":
        lines.append(Text(QT_TRANSLATE_NOOP("inspect", "softmax is not element-wise: every output depends on "
                                             "every u.")))
    return lines, j


def _entry_lines(S, N, d, name, step, idx, extra):
    """One entry of a u, the loss or a backward quantity, written out."""
    sym, i = step.symbol, step.layer
    v = np.asarray(step.value, dtype=float)
    loss = extra.get("loss")
    if sym == "u":
        return _unit_lines(S, N, d, extra.get("activation", {}), i, idx[-1])
    if sym == "L":
        return _explain_loss(S, N, d, loss, extra.get("target"))
    if sym == "dL_dz" and i == 0:
        return _explain_dL_dz0(S, N, d, loss, extra.get("target"), idx[-1])
    if sym in _BACKWARD_ENTRY:
        return _BACKWARD_ENTRY[sym](S, N, d, i, idx, v, extra)
    return [f"{N.relabel(name)}[{','.join(map(str, idx))}] = {fmt(v[idx], d)}"]


def _grad_phi_lines(S, N, d, i, idx, v, extra):
    """(∇φ_i)[r,c] = φ_i'(u_{i,r}) on the diagonal and 0 off it; softmax: s_r(δ_rc − s_c)."""
    R = N.relabel
    r, c = idx if len(idx) == 2 else (idx[0], idx[0])
    u = S[f"u_{i}"].value
    z = S[f"z_{i - 1}"].value
    phi = extra.get("activation", {}).get(i, "")
    head = f"({R(f'∇φ_{i}')})[{r},{c}] = "
    if phi == "softmax":
        delta = 1.0 if r == c else 0.0
        return [head + f"s_{r}(δ_{r}{c} − s_{c}) = {fmt_factor(z[r], d)}·"
                f"({fmt(delta, d)} − {fmt(z[c], d)}) = {fmt(v[r, c], d)}"]
    if r != c:
        return [head + f"0: {R(f'φ_{i}')} acts on each unit alone, so its Jacobian is diagonal."]
    return [head + f"{R(f'φ_{i}')}'({N.entry('u', i, r)}) = " + _dphi_text(phi, u[r], z[r], d)]


def _dL_du_lines(S, N, d, i, idx, v, extra):
    """(∂L/∂u_i)_j = Σ_k (∂L/∂z_{i−1})_k (∇φ_i)[k,j]; at the output layer with bce or ce
    also the fused form z_0 − y, which stays finite where ∂L/∂z_0 does not."""
    R = N.relabel
    j = idx[-1]
    P = S[f"∂L/∂z_{i - 1}"].value
    J = S[f"∇φ_{i}"].value
    lab = f"{R(f'(∂L/∂u_{i})')}_{j}"
    lines = []
    if np.all(np.isfinite(P)):
        nz = [kk for kk in range(J.shape[0]) if J[kk, j] != 0] or [j]   # skip the zero terms
        terms = [f"{fmt_factor(P[kk], d)}·{fmt_factor(J[kk, j], d)}" for kk in nz]
        lines.append(f"{lab} = Σ_k {R(f'(∂L/∂z_{i - 1})')}_k {R(f'(∇φ_{i})')}[k,{j}]"
                     f" = {_sum_terms(terms)} = {fmt(v[j], d)}")
    loss = extra.get("loss")
    if i == 1 and loss in ("bce", "ce"):
        t = extra.get("target")
        z0 = S["z_0"].value
        tj = float(np.ravel(t)[0]) if loss == "bce" else float(j == int(np.ravel(t)[0]))
        lines.append(f"{lab} = {R('z_0')}[{j}] − y_{j} = {fmt(z0[j], d)} − {fmt(tj, d)}"
                     f" = {fmt(v[j], d)}   (the same product, computed without dividing"
                     f" by {R('z_0')}, so it stays finite)")
    return lines


def _dg_dW_lines(S, N, d, i, idx, v, extra):
    """∂g_i/∂W_i[j][k,l] = z_{i,k}·(∇φ_i)[j,l]."""
    R = N.relabel
    j, k, l_ = idx if len(idx) == 3 else (0, 0, 0)
    z = S[f"z_{i}"].value
    J = S[f"∇φ_{i}"].value
    return [f"{R(f'∂g_{i}/∂W_{i}')}[{j}][{k},{l_}] = {N.entry('z', i, k)}·"
            f"{R(f'(∇φ_{i})')}[{j},{l_}] = {fmt_factor(z[k], d)}·"
            f"{fmt_factor(J[j, l_], d)} = {fmt(z[k] * J[j, l_], d)}"]


def _dL_dW_lines(S, N, d, i, idx, v, extra):
    """∂L/∂W_i[k,j] = Σ_l (∂L/∂z_{i−1})_l · ∂g_i/∂W_i[l][k,j] = z_{i,k} · (∂L/∂u_i)_j."""
    R = N.relabel
    k, j = idx if len(idx) == 2 else (0, 0)
    z = S[f"z_{i}"].value
    du = S[f"∂L/∂u_{i}"].value
    lab = R(f"∂L/∂W_{i}") + f"[{k},{j}]"
    return [f"{lab} = Σ_l {R(f'(∂L/∂z_{i - 1})')}_l · {R(f'∂g_{i}/∂W_{i}')}[l][{k},{j}]"
            f" = {N.entry('z', i, k)} · {R(f'(∂L/∂u_{i})')}_{j}",
            f"{' ' * len(lab)} = {fmt_factor(z[k], d)}·{fmt_factor(du[j], d)}"
            f" = {fmt(v[k, j], d)}"]


def _dL_db_lines(S, N, d, i, idx, v, extra):
    """∂L/∂b_i[j] = (∂L/∂u_i)_j, since ∂u/∂b is the identity."""
    R = N.relabel
    j = idx[-1]
    return [f"{R(f'∂L/∂b_{i}')}[{j}] = {R(f'(∂L/∂u_{i})')}_{j} = {fmt(v[j], d)}"
            "   (∂u/∂b is the identity)"]


def _dg_dz_lines(S, N, d, i, idx, v, extra):
    """(∂g_i/∂z_i)[r,c] = Σ_l (∇φ_i)[r,l] W_i[c,l], that is ∇φ_i · W_iᵀ."""
    R = N.relabel
    r, c = idx if len(idx) == 2 else (0, 0)
    J = S[f"∇φ_{i}"].value
    W = S[f"W_{i}"].value
    nz = [l_ for l_ in range(J.shape[1]) if J[r, l_] != 0] or [r]   # skip the zero terms
    terms = [f"{fmt_factor(J[r, l_], d)}·{fmt_factor(W[c, l_], d)}" for l_ in nz]
    return [f"{R(f'(∂g_{i}/∂z_{i})')}[{r},{c}] = Σ_l {R(f'(∇φ_{i})')}[{r},l]·"
            f"{R(f'W_{i}')}[{c},l] = {_sum_terms(terms)} = {fmt(v[r, c], d)}"]


def _dL_dz_lines(S, N, d, i, idx, v, extra):
    """The running product (∂L/∂z_i)_c = Σ_j (∂L/∂z_{i−1})_j (∂g_i/∂z_i)[j,c]; where
    ∂L/∂z_{i−1} is not finite, the equal Σ_j (∂L/∂u_i)_j W_i[c,j] that is."""
    R = N.relabel
    c = idx[-1]
    P = S[f"∂L/∂z_{i - 1}"].value
    lab = f"{R(f'(∂L/∂z_{i})')}_{c}"
    if np.all(np.isfinite(P)):
        G = S[f"∂g_{i}/∂z_{i}"].value
        terms = [f"{fmt_factor(P[r], d)}·{fmt_factor(G[r, c], d)}" for r in range(G.shape[0])]
        return [f"{lab} = Σ_j {R(f'(∂L/∂z_{i - 1})')}_j {R(f'(∂g_{i}/∂z_{i})')}[j,{c}]"
                f" = {_sum_terms(terms)} = {fmt(v[c], d)}"]
    du = S[f"∂L/∂u_{i}"].value
    W = S[f"W_{i}"].value
    terms = [f"{fmt_factor(du[r], d)}·{fmt_factor(W[c, r], d)}" for r in range(du.size)]
    return [f"{lab} = Σ_j {R(f'(∂L/∂u_{i})')}_j {R(f'W_{i}')}[{c},j]"
            f" = {_sum_terms(terms)} = {fmt(v[c], d)}"]


# A backward page's entry, by its step's symbol (∂L/∂z_0 and L have their own).
_BACKWARD_ENTRY = {"grad_phi": _grad_phi_lines, "dL_du": _dL_du_lines,
                   "dg_dW": _dg_dW_lines, "dL_dW": _dL_dW_lines, "dL_db": _dL_db_lines,
                   "dg_dz": _dg_dz_lines, "dL_dz": _dL_dz_lines}


INIT_WORDS = {"lecture": QT_TRANSLATE_NOOP("inspect", "0.1·N(0, 1) (the lecture's initialisation)"),
              "xavier": QT_TRANSLATE_NOOP("inspect", "U(−a, a) with a = √(6/(d + e)) (Xavier)"),
              "he": QT_TRANSLATE_NOOP("inspect", "N(0, 2/d) (He)")}


def origin_text(steps_done, init=None, seed=None, at_init=None):
    """Where a network's current parameters come from, in one clause.

    ``steps_done``: optimizer steps trained so far (None: unknown); ``at_init``: whether
    the weights still equal the experiment's random initialisation (None: unknown)."""
    how = (Text(INIT_WORDS[init]) if init in INIT_WORDS else init) if init else None
    drawn = ""
    if how and seed is not None:
        drawn = Text(QT_TRANSLATE_NOOP("inspect", "drawn from {how} with seed {seed}"), how=how, seed=seed)
    elif how:
        drawn = Text(QT_TRANSLATE_NOOP("inspect", "drawn from {how}"), how=how)
    if steps_done:
        trained = (Text(QT_TRANSLATE_NOOP("inspect", "current value after 1 training step")) if steps_done == 1 else
                   Text(QT_TRANSLATE_NOOP("inspect", "current value after {steps} training steps"),
                        steps=f"{steps_done:,}"))
        return Text(QT_TRANSLATE_NOOP("inspect", "{trained}; initialised {drawn}"), trained=trained,
                    drawn=drawn) if drawn else trained
    if at_init is False:
        return Text(QT_TRANSLATE_NOOP("inspect", "set by hand, a lesson or a file (not the random initialisation); "
                                       "not trained yet"))
    if drawn:
        return Text(QT_TRANSLATE_NOOP("inspect", "initial value, {drawn}; biases start at 0; not trained yet"),
                    drawn=drawn)
    return Text(QT_TRANSLATE_NOOP("inspect", "its current value"))


def _unit_lines(S, N, d, phis, i, j):
    """u_{i,j} = Σ_k z_{i,k}·W_i[k,j] + b_{i,j} = … and z_{i−1,j} = φ_i(u_{i,j}) = …"""
    z_in, W, b = S[f"z_{i}"].value, S[f"W_{i}"].value, S[f"b_{i}"].value
    u, z_out = S[f"u_{i}"].value, S[f"z_{i - 1}"].value
    ul = N.entry("u", i, j)
    sym_terms = [f"{N.entry('z', i, k)}·{N.entry('W', i, (k, j))}" for k in range(W.shape[0])]
    num_terms = [f"{fmt_factor(z_in[k], d)}·{fmt_factor(W[k, j], d)}" for k in range(W.shape[0])]
    zl = N.entry("z", i - 1, j) if i > 1 or N.lecture else f"{N.name('z', 0)}[{j}]"
    return [f"{ul} = {_sum_terms(sym_terms)} + {N.entry('b', i, j)}",
            f"{' ' * len(ul)} = {_sum_terms(num_terms)} + {fmt_factor(b[j], d)} = {fmt(u[j], d)}",
            f"{zl} = {N.relabel(f'φ_{i}')}({ul}) = "
            + _phi_text(phis.get(i, ""), u[j], z_out[j], d, j, u)]


def _z_lines(S, N, d, phis, i, j):
    """A z computed by layer i (z_{i−1} = φ_i(u_i)), clicked where it is used or shown."""
    z = S[f"z_{i - 1}"].value
    zl = N.entry("z", i - 1, j) if i > 1 or N.lecture else f"{N.name('z', 0)}[{j}]"
    ul = N.entry("u", i, j)
    u = S[f"u_{i}"].value
    where = (Text(QT_TRANSLATE_NOOP("inspect", "the network's output")) if i == 1 else
             Text(QT_TRANSLATE_NOOP("inspect", "the output of unit {j} of {layer}"), j=j, layer=LayerRef(i)))
    return [Text(QT_TRANSLATE_NOOP("inspect", "{z} = {value}: {where}, computed on {layer}'s forward page:"),
                 z=zl, value=fmt(z[j], d), where=where, layer=LayerRef(i)),
            f"{zl} = {N.relabel(f'φ_{i}')}({ul}) = "
            + _phi_text(phis.get(i, ""), u[j], z[j], d, j, u)]


def _input_lines(S, N, d, K, k, extra):
    """x_k: a feature of the data point, read from the dataset (or typed)."""
    x = S[f"z_{K}"].value
    names = extra.get("feature_names") or []
    where = extra.get("point_words") or Text(QT_TRANSLATE_NOOP("inspect", "the data point"))
    zl = N.entry("z", K, k) if N.lecture else f"x[{k}]"
    if k < len(names) and names[k]:
        return [Text(QT_TRANSLATE_NOOP("inspect", "{z} = {x} = {value}: feature {k} ({name}) of {where}; the "
                                       "input is data, not computed: every layer starts from it."),
                     z=zl, x=f"x_{k}", value=fmt(x[k], d), k=k, name=names[k], where=where)]
    return [Text(QT_TRANSLATE_NOOP("inspect", "{z} = {x} = {value}: feature {k} of {where}; the input is data, "
                                   "not computed: every layer starts from it."),
                 z=zl, x=f"x_{k}", value=fmt(x[k], d), k=k, where=where)]


def _parameter_lines(S, N, d, sym, i, idx, extra):
    """A weight or bias: what it connects, where its value comes from, and its gradient
    for this point, ∂L/∂W_i[k,j] = z_{i,k}·(∂L/∂u_i)_j, ∂L/∂b_i[j] = (∂L/∂u_i)_j."""
    v = S[f"{sym}_{i}"].value
    label = N.entry(sym, i, idx)
    if sym == "W":
        k, j = idx
        what = Text(QT_TRANSLATE_NOOP("inspect", "the weight from input {k} to unit {j} of {layer}"), k=k, j=j,
                    layer=LayerRef(i))
    else:
        j = idx[-1]
        what = Text(QT_TRANSLATE_NOOP("inspect", "the bias of unit {j} of {layer}"), j=j, layer=LayerRef(i))
    origin = extra.get("origin")
    if origin:
        lines = [Text(QT_TRANSLATE_NOOP("inspect", "{label} = {value}: a parameter, {what} (double-click to edit); "
                                        "{origin}."),
                      label=label, value=fmt(v[idx], d), what=what, origin=origin)]
    else:
        lines = [Text(QT_TRANSLATE_NOOP("inspect", "{label} = {value}: a parameter, {what} (double-click to "
                                        "edit)."), label=label, value=fmt(v[idx], d), what=what)]
    du = S.get(f"∂L/∂u_{i}")
    if du is not None:
        du = du.value
        g = N.relabel(f"∂L/∂{sym}_{i}") + f"[{','.join(map(str, idx))}]"
        dul = f"{N.relabel(f'(∂L/∂u_{i})')}_{j}"
        if sym == "W":
            z = S[f"z_{i}"].value
            lines.append(Text(QT_TRANSLATE_NOOP("inspect", "its gradient for this point: {formula}"),
                              formula=f"{g} = {N.entry('z', i, k)}·{dul}"
                              f" = {fmt_factor(z[k], d)}·{fmt_factor(du[j], d)}"
                              f" = {fmt(z[k] * du[j], d)}"))
        else:
            lines.append(Text(QT_TRANSLATE_NOOP("inspect", "its gradient for this point: {formula}"),
                              formula=f"{g} = {dul} = {fmt(du[j], d)}"))
    return lines


def _explain_loss(S, N, d, loss, t):
    u = S["u_1"].value
    z = S["z_0"].value
    L = float(S["L"].value)
    u1, z0 = N.name("u", 1), N.name("z", 0)
    if loss == "bce":
        y = float(np.ravel(t)[0])
        s = 1.0 if y > 0.5 else -1.0
        return [f"L = −log σ(ỹ·{u1}) with ỹ = {'+1' if s > 0 else '−1'} (label {fmt(y, d)})",
                f"  = −log σ({fmt(s, d)}·{fmt_factor(u[0], d)}) = −log {fmt(1 / (1 + math.exp(-s * u[0])) if abs(u[0]) < 700 else float(s * u[0] > 0), d)}"
                f" = {fmt(L, d)}"]
    if loss == "ce":
        y = int(np.ravel(t)[0])
        terms = _sum_terms([f"e^{fmt_factor(v, d)}" for v in u])
        return [f"L = −log softmax({u1})_y = log Σ_k e^(u_k) − u_y with y = {y}",
                f"  = log({terms}) − {fmt_factor(u[y], d)} = {fmt(L, d)}",
                f"  = −log {z0}[{y}] = −log {fmt(z[y], d)}"]
    y = np.ravel(t)
    terms = _sum_terms([f"({fmt(zj, d)} − {fmt_factor(yj, d)})²" for zj, yj in zip(z, y)])
    return [f"L = (1/m) Σ_j ({z0}[j] − y_j)² with m = {z.size}",
            f"  = ({terms}) / {z.size} = {fmt(L, d)}"]


def _explain_dL_dz0(S, N, d, loss, t, j):
    z = S["z_0"].value
    v = S["∂L/∂z_0"].value
    lab = f"(∂L/∂{N.name('z', 0)})_{j}"
    if loss == "bce":
        if float(np.ravel(t)[0]) > 0.5:
            return [f"{lab} = −1/{N.name('z', 0)} (label 1) = −1/{fmt(z[j], d)} = {fmt(v[j], d)}"]
        return [f"{lab} = 1/(1 − {N.name('z', 0)}) (label 0) = 1/(1 − {fmt(z[j], d)})"
                f" = {fmt(v[j], d)}"]
    if loss == "ce":
        y = int(np.ravel(t)[0])
        if j == y:
            return [f"{lab} = −1/{N.name('z', 0)}[{y}] (the true class) = −1/{fmt(z[j], d)}"
                    f" = {fmt(v[j], d)}"]
        return [f"{lab} = 0: the loss −log z_y looks only at the true class {y}."]
    y = np.ravel(t)
    return [f"{lab} = (2/m)({N.name('z', 0)}[{j}] − y_{j}) = (2/{z.size})({fmt(z[j], d)} − "
            f"{fmt_factor(y[j], d)}) = {fmt(v[j], d)}"]


# --------------------------------------------------------------------------- checks
def finite_differences(net, x, y, loss=None, layer=0, which="W", entries=None, eps=1e-6):
    """Central differences (L(θ+ε) − L(θ−ε))/2ε of ONE point's loss for the entries of
    API layer ``layer``'s ``which`` ("W" or "b"); NaN where not computed.

    ``entries``: index tuples to compute (all by default). Works on a copy of ``net``.
    """
    net = net.copy()
    # (1, m): one label for bce/ce, m targets for mse (as `walkthrough` takes them)
    X, t, loss = net.prepare(np.asarray(x, dtype=float).reshape(1, -1),
                             np.asarray(y).reshape(1, -1), loss)
    P = net.layers[layer].W if which == "W" else net.layers[layer].b

    def f():
        tr = net.forward_checked(X)
        return losses.value(loss, tr.u[-1], tr.z[-1], t)

    out = np.full(P.shape, np.nan)
    for idx in (np.ndindex(P.shape) if entries is None else entries):
        idx = tuple(int(j) for j in np.atleast_1d(idx))
        out[idx] = numerical_derivative(f, P, idx, eps)
    return out


def kinks(steps, n_layers, activations, tol=1e-6):
    """[(lecture layer, unit)] where a ReLU-type unit sits at u = 0: there the left and
    right derivatives differ and a central difference gives their average."""
    S = {st.name: st for st in steps}
    out = []
    for i in range(1, n_layers + 1):
        if activations.get(i) in ("relu", "leaky_relu"):
            u = S[f"u_{i}"].value
            out += [(i, int(j)) for j in np.flatnonzero(np.abs(u) < tol)]
    return out


def per_sample_gradients(net, X, y, loss=None):
    """[(∂L/∂W_k, ∂L/∂b_k)] for each point alone, in API order, from the Jacobian walkthrough."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    return [gradients_from_steps(walkthrough(net, X[r], y[r], loss), len(net.layers))
            for r in range(X.shape[0])]


@dataclass
class BatchGradients:
    per_sample: list     # one [(dW, db)] per point (lecture's loop, Jacobian form)
    average: list        # their mean
    vectorised: list     # Network.loss_and_gradients on the whole batch (zᵀδ form)
    losses: list         # each point's loss
    loss: float          # the batch's mean loss

    def max_difference(self):
        return max(float(np.max(np.abs(a - v)))
                   for (aW, ab), (vW, vb) in zip(self.average, self.vectorised)
                   for a, v in ((aW, vW), (ab, vb)))


def batch_gradients(net, X, y, loss=None):
    """Per-sample gradients of a small batch, their average, and the vectorised gradient."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    per = per_sample_gradients(net, X, y, loss)
    n = len(per)
    avg = [(sum(p[k][0] for p in per) / n, sum(p[k][1] for p in per) / n)
           for k in range(len(net.layers))]
    L, vec = net.loss_and_gradients(X, y, loss)
    vec = [(dW.copy(), db.copy()) for dW, db in vec]
    each = [net.loss(X[r:r + 1], y[r:r + 1], loss) for r in range(n)]
    return BatchGradients(per, avg, vec, each, float(L))


def informative_point(net, X, y, loss=None, limit=500):
    """Index of the first point (of the first ``limit``) whose gradient is non-zero in every
    layer, else 0. Why: at ¬XOR's (0, 0) both ReLUs sit at u = 0, so every ∂L/∂W_2 is 0
    and the backward pages show nothing but zeros."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    for r in range(min(len(X), limit)):
        _, grads = net.loss_and_gradients(X[r:r + 1], y[r:r + 1], loss)
        if all(np.any(dW != 0) for dW, _db in grads):
            return r
    return 0


def sgd_step(weights, grads, lr):
    """One plain SGD step ``W ← W − lr·∂L/∂W``, ``b ← b − lr·∂L/∂b`` (new arrays)."""
    lr = float(lr)
    if not math.isfinite(lr) or lr <= 0:
        raise AnnStudioError(f"the learning rate must be a positive number, got {lr!r}")
    out = []
    for (W, b), (dW, db) in zip(weights, grads):
        if not (np.all(np.isfinite(dW)) and np.all(np.isfinite(db))):
            raise AnnStudioError("the gradient is not finite here; an SGD step is not possible")
        out.append((W - lr * dW, b - lr * db))
    return out


def optimizer_step(weights, grads, name="sgd", hyperparameters=None):
    """One step of the experiment's optimizer from a fresh state (new arrays): plain SGD is
    ``W − lr·∂L/∂W``; Adam's first step is ``W − lr·g/(|g| + ε)`` (m̂ = g, v̂ = g²)."""
    from annstudio.core import optimizers
    hp = dict(hyperparameters or {})
    if name == "sgd" and not hp.get("momentum") and not hp.get("weight_decay"):
        return sgd_step(weights, grads, hp.get("lr", 0.015))
    for dW, db in grads:
        if not (np.all(np.isfinite(dW)) and np.all(np.isfinite(db))):
            raise AnnStudioError("the gradient is not finite here; a step is not possible")
    opt = optimizers.create(name, **hp)
    new = [(W.copy(), b.copy()) for W, b in weights]
    opt.step([a for pair in new for a in pair], [a for pair in grads for a in pair])
    return new


def with_entry(weights, layer, which, idx, value):
    """A copy of ``weights`` ([(W, b)] API order) with one entry replaced."""
    new = [(W.copy(), b.copy()) for W, b in weights]
    W, b = new[layer]
    (W if which == "W" else b)[tuple(np.atleast_1d(idx))] = float(value)
    return new


# --------------------------------------------------------------------------- presets
NOT_XOR_X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
NOT_XOR_Y = np.array([1, 0, 0, 1])


def not_xor_network():
    """The lecture's hand-set ¬XOR net (§2): 2 → 2 (ReLU) → 1 (σ).

    Lecture: W_2 = [[1, −1], [−1, 1]], b_2 = (0, 0), W_1 = [[−1], [−1]], b_1 = 1/2,
    so z = (max(x₀−x₁, 0), max(x₁−x₀, 0)) and the output is σ(1/2) on (0,0), (1,1) and
    σ(−1/2) on (1,0), (0,1).
    """
    return Network([Layer([[1.0, -1.0], [-1.0, 1.0]], [0.0, 0.0], "relu"),
                    Layer([[-1.0], [-1.0]], [0.5], "sigmoid")])
