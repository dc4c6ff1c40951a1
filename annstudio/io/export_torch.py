"""Export an experiment as a standalone PyTorch training script (needs only torch + numpy).

The script rebuilds the data (generated sets: the app's generator written out, giving the
very same arrays; shipped, imported or drawn sets: the arrays embedded), defines the
network as an ``nn.Module`` with ``nn.Linear`` layers in the lecture's style, loads the
initial or current weights, builds the optimizer (``torch.optim`` or the lecture's
variants as small ``Optimizer`` subclasses) and runs the lecture's loop with a
``TensorDataset`` + ``DataLoader``, printing the loss per epoch, on CUDA when available.

This module never imports torch: it only writes text.
"""
from __future__ import annotations

import argparse
import base64
import inspect
import os
import sys
import textwrap

import numpy as np

from annstudio.core import datasets, optimizers
from annstudio.core.errors import AnnStudioError
from annstudio.core.network import Network
from annstudio.io import atomic

TORCH_OPTIMIZERS = {"sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam"}

# The app's derived features (annstudio.core.datasets._FEATURE_FUNCS), as source text.
FEATURE_SOURCE = {
    "x1^2": "lambda X: X[:, 0] ** 2",
    "x2^2": "lambda X: X[:, 1] ** 2",
    "x1x2": "lambda X: X[:, 0] * X[:, 1]",
    "sin x1": "lambda X: np.sin(X[:, 0])",
    "sin x2": "lambda X: np.sin(X[:, 1])",
}

# What each generator needs besides NumPy.
# what each generator's source needs written before it: functions (their source) and
# (name, value) constants
_GENERATOR_NEEDS = {
    "moons": [], "circles": [], "sine": [],
    "xor": [datasets.class_counts],
    "blobs": [datasets.class_counts, ("BLOB_RADIUS", datasets.BLOB_RADIUS),
              ("BLOB_SPREAD", datasets.BLOB_SPREAD)],
    "spirals": [datasets.class_counts, ("SPIRAL_TURNS", datasets.SPIRAL_TURNS)],
    "plane": [("PLANE_COEF", datasets.PLANE_COEF), ("PLANE_INTERCEPT", datasets.PLANE_INTERCEPT),
              datasets.plane_function],
    "bumps": [("BUMPS", datasets.BUMPS), datasets.bumps_function],
}

_PHI = {"relu": "torch.relu({x})", "leaky_relu": "F.leaky_relu({x}, 0.01)",
        "tanh": "torch.tanh({x})", "sigmoid": "torch.sigmoid({x})", "identity": "{x}"}

LECTURE_MOMENTUM_SOURCE = '''
class LectureMomentum(torch.optim.Optimizer):
    """The lecture's momentum: ΔW_t = (1 − η) ΔW_{t−1} + η ∇Q(W_t),  W ← W − α ΔW_t,
    ΔW_0 = 0.  (torch's SGD with momentum = dampening = 1 − η is the same up to the first
    step, where torch starts its buffer at ∇ instead of η∇.)"""

    def __init__(self, params, lr=0.04, eta=0.7):
        super().__init__(params, dict(lr=lr, eta=eta))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            alpha, eta = group["lr"], group["eta"]
            for W in group["params"]:
                if W.grad is None:
                    continue
                state = self.state[W]
                if "delta" not in state:
                    state["delta"] = torch.zeros_like(W)
                delta = state["delta"]
                delta.mul_(1 - eta).add_(W.grad, alpha=eta)
                W.add_(delta, alpha=-alpha)
'''

LECTURE_RMSPROP_SOURCE = '''
class LectureRMSprop(torch.optim.Optimizer):
    """The lecture's RMSProp: v ← γ v + (1 − γ) ‖∇‖² with ONE v per weight matrix,
    W ← W − η ∇ / (√v + ε).  (torch.optim.RMSprop keeps one v per entry.)"""

    def __init__(self, params, lr=0.01, gamma=0.9, eps=1e-8):
        super().__init__(params, dict(lr=lr, gamma=gamma, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            eta, gamma, eps = group["lr"], group["gamma"], group["eps"]
            for W in group["params"]:
                if W.grad is None:
                    continue
                state = self.state[W]
                v = gamma * state.get("v", 0.0) + (1 - gamma) * float((W.grad * W.grad).sum())
                state["v"] = v
                W.add_(W.grad, alpha=-eta / (v ** 0.5 + eps))
'''


APP_ORDER_SOURCE = '''
class AppOrder(Sampler):
    """ANN Studio's batch order: epoch e visits the points in the order
    np.random.default_rng([seed, e]).permutation(n), so a run can match the app's."""

    def __init__(self, n, seed, shuffle=True):
        self.n, self.seed, self.shuffle, self.epoch = n, seed, shuffle, 0

    def __iter__(self):
        if self.shuffle:
            order = np.random.default_rng([self.seed & 0xFFFFFFFF, self.epoch]).permutation(self.n)
        else:
            order = np.arange(self.n)
        self.epoch += 1
        return iter(order.tolist())

    def __len__(self):
        return self.n
'''.strip("\n")


# =========================================================================== pieces
def _safe(text):
    """Text from a file, a path or the user, made safe for a ``#`` comment: printable
    characters only. A newline would end the comment (the rest of the line would run as
    code); NUL, lone surrogates and bidi controls would break or disguise the source."""
    return "".join(ch if ch.isprintable() else " " for ch in str(text))


def _comment_lines(text, width=86):
    """``text`` as ``# `` comment lines (each paragraph wrapped, every line sanitised)."""
    out = []
    for para in str(text).splitlines() or [""]:
        wrapped = textwrap.wrap(_safe(para), width) or [""]
        out += [("# " + line).rstrip() for line in wrapped]
    return out


def _b64_literal(arr, indent="    "):
    """A parenthesised string literal of the base64 of little-endian float64 bytes."""
    text = base64.b64encode(np.ascontiguousarray(arr, dtype="<f8").tobytes()).decode("ascii")
    if not text:
        return '""'
    lines = textwrap.wrap(text, 88)
    if len(lines) == 1:
        return f'"{lines[0]}"'
    body = "\n".join(f'{indent}    "{line}"' for line in lines)
    return f"(\n{body}\n{indent})"


def _array_expr(arr, indent="    "):
    arr = np.asarray(arr, dtype=float)
    return f"_array({tuple(int(s) for s in arr.shape)!r}, {_b64_literal(arr, indent)})"


def _resolve_spec(spec):
    """A generator spec with presets expanded: (generator name, make kwargs)."""
    key = str(spec.name).strip().lower()
    kw = spec.make_kwargs()
    if key in datasets.PRESETS:
        preset = dict(datasets.PRESETS[key])
        key = preset.pop("name")
        kw = {**kw, **preset}
    kw.setdefault("classes", 2)
    return key, kw


def _generator_code(spec):
    key, kw = _resolve_spec(spec)
    # Let datasets.make check the arguments (a bad spec fails here, not in the script).
    datasets.make(key, **kw)
    parts = [_safe(f'# ----- data: the app\'s "{key}" generator, written out: the same '
                   "seed gives the same points"),
             f"N, NOISE, DATA_SEED = {kw['n']!r}, {float(kw['noise'])!r}, {kw['seed']!r}",
             f"TEST_FRACTION, CLASSES = {float(kw['test_fraction'])!r}, {kw['classes']!r}",
             f"FEATURES = {list(kw['features'])!r}   # derived inputs appended to (x1, x2)",
             ""]
    for need in _GENERATOR_NEEDS[key]:
        if callable(need):
            parts.append(inspect.getsource(need).rstrip() + "\n\n")
        else:
            name, value = need
            parts.append(f"{name} = {value!r}")
    parts.append("")
    parts.append(inspect.getsource(datasets.GENERATORS[key]).rstrip() + "\n\n")
    parts.append(inspect.getsource(datasets.split).rstrip() + "\n\n")
    feats = ",\n".join(f"    {name!r}: {src}" for name, src in FEATURE_SOURCE.items())
    parts.append(f"DERIVED = {{\n{feats},\n}}\n\n")
    gen = datasets.GENERATORS[key].__name__
    parts.append(textwrap.dedent(f'''
        def make_data():
            """(X_train, y_train, X_test, y_test) as NumPy float64 arrays."""
            rng = np.random.default_rng(DATA_SEED)
            X, y, task, k = {gen}(rng, N, NOISE, CLASSES)
            if FEATURES:
                X = np.concatenate([X] + [DERIVED[f](X).reshape(-1, 1) for f in FEATURES], axis=1)
            return split(rng, X, y, TEST_FRACTION)
        ''').lstrip())
    return "\n".join(parts)


def _embedded_data_code(data, origin):
    return "\n".join([
        _safe(f"# ----- data: {origin}, embedded ({data.n_train} training and "
              f"{data.n_test} test points)"),
        "def make_data():",
        '    """(X_train, y_train, X_test, y_test) as NumPy float64 arrays."""',
        f"    X_train = {_array_expr(data.X_train)}",
        f"    y_train = {_array_expr(data.y_train)}",
        f"    X_test = {_array_expr(np.asarray(data.X_test).reshape(-1, data.n_features))}",
        f"    y_test = {_array_expr(data.y_test)}",
        "    return X_train, y_train, X_test, y_test",
        ""])


def _data_and_code(experiment, data):
    spec = experiment.dataset
    key = str(spec.name).strip().lower()
    generated = key in datasets.GENERATORS or (
        key in datasets.PRESETS and datasets.PRESETS[key]["name"] in datasets.GENERATORS)
    from annstudio.io import csvdata
    if generated and (data is None or data.spec is not None):
        return csvdata.from_spec(spec), _generator_code(spec)
    if data is None:
        if key == "points":
            raise AnnStudioError("the points of a drawn dataset are needed to export it "
                                 "(pass data=)")
        data = csvdata.from_spec(spec)
    origin = {"csv": f"from the CSV file {os.path.basename(spec.path or '')}",
              "points": "the points drawn in ANN Studio"}.get(
        key, f"the shipped {key!r} dataset" if key in datasets.SHIPPED else f"dataset {data.name!r}")
    return data, _embedded_data_code(data, origin)


def _module_code(net, loss, target=None):
    sizes = net.sizes
    acts = net.activations
    K = len(net.layers)
    names = ", ".join(f"φ_{K - k} = {a}" for k, a in enumerate(acts))
    lines = ["class Net(nn.Module):",
             f'    """{" → ".join(map(str, sizes))}, fully connected: u = z W + b, z\' = φ(u).',
             "",
             f"    fc1 … fc{K} are the lecture's layers {K} … 1 ({names}).",
             '    forward() returns the output layer\'s u; the loss applies the output φ."""',
             "",
             "    def __init__(self):",
             "        super().__init__()"]
    for k in range(K):
        lines.append(f"        self.fc{k + 1} = nn.Linear({sizes[k]}, {sizes[k + 1]})")
    lines += ["", "    def forward(self, x):"]
    for k in range(K - 1):
        lines.append(f"        x = {_PHI[acts[k]].format(x=f'self.fc{k + 1}(x)')}")
    lines.append(f"        return self.fc{K}(x)   # u_1, before the output activation")
    out = acts[-1]
    lines += ["", "    def output(self, u):",
              f'        """z_0 = φ_1(u_1): {out}."""']
    if out == "softmax":
        lines.append("        return torch.softmax(u, dim=1)")
    else:
        lines.append(f"        return {_PHI[out].format(x='u')}")
    lines += ["", "    def predict(self, x):"]
    if out == "sigmoid":
        lines += ['        """Class 1 where σ(u) > 1/2, else class 0."""',
                  "        return (self.output(self(x))[:, 0] > 0.5).long()"]
    elif out == "softmax":
        lines += ['        """The most probable class."""',
                  "        return self(x).argmax(dim=1)"]
    elif target is not None:
        lines += ['        """The predicted values in y\'s units: ŷ = z_0 · Y_SCALE + Y_MEAN."""',
                  "        return self.output(self(x)) * Y_SCALE + Y_MEAN"]
    else:
        lines += ['        """The predicted values."""', "        return self.output(self(x))"]
    lines.append("")
    return "\n".join(lines)


def _loss_code(loss):
    if loss == "bce":
        return ("# Binary cross entropy on u (σ is inside, numerically safe): −log σ(u) or "
                "−log(1 − σ(u))\n# (The lecture's forward returns σ(u) and then uses "
                "BCEWithLogitsLoss: σ applied twice. Here forward returns u.)\n"
                "loss_fn = nn.BCEWithLogitsLoss()\n\n"
                "def loss_of(model, xb, yb):\n    return loss_fn(model(xb), yb)\n")
    if loss == "ce":
        return ("# Cross entropy on u (softmax is inside): −log softmax(u)_y\n"
                "loss_fn = nn.CrossEntropyLoss()\n\n"
                "def loss_of(model, xb, yb):\n    return loss_fn(model(xb), yb)\n")
    return ("# Mean squared error of the output z_0 = φ_1(u_1)\nloss_fn = nn.MSELoss()\n\n"
            "def loss_of(model, xb, yb):\n    return loss_fn(model.output(model(xb)), yb)\n")


def _optimizer_code(name, hp):
    args = ", ".join(f"{k}={tuple(v) if isinstance(v, (list, tuple)) else v!r}"
                     for k, v in hp.items())
    if name in TORCH_OPTIMIZERS:
        return f"    return torch.optim.{TORCH_OPTIMIZERS[name]}(model.parameters(), {args})\n"
    cls = {"lecture_momentum": "LectureMomentum", "lecture_rmsprop": "LectureRMSprop"}[name]
    return f"    return {cls}(model.parameters(), {args})\n"


# =========================================================================== script
def _number_list(values, indent="    ", per_line=4):
    """Numbers as exact Python literals (``repr`` of each float), a few per line."""
    items = [repr(float(v)) for v in values]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[\n" + "".join(f"{indent}{line},\n" for line in lines) + "]"


def _class_names_code(data):
    """CLASS_NAMES (the app's names for labels 0..k−1) and a confusion-matrix printout.

    The names come from the user's file: they reach the script only as a ``repr`` literal."""
    names = list(data.class_names or [str(j) for j in range(data.n_classes)])
    return "\n".join([
        "# ----- classes: label k is CLASS_NAMES[k] (as the app shows them)",
        f"CLASS_NAMES = {names!r}",
        "",
        "",
        "def print_confusion(model, X, y):",
        '    """The confusion matrix C (row = true class i, column = predicted j, as the app\'s',
        '    Metrics tab shows it) of the test points."""',
        "    model.eval()",
        "    with torch.no_grad():",
        "        p = model.predict(X).reshape(-1).long().cpu().numpy()",
        "    model.train()",
        "    t = y.reshape(-1).long().cpu().numpy()",
        "    k = len(CLASS_NAMES)",
        "    C = np.bincount(t * k + p, minlength=k * k).reshape(k, k)",
        '    names = [" ".join(str(n).split())[:20] for n in CLASS_NAMES]   # one line each',
        "    width = max(len(n) for n in names) + 2",
        '    print("confusion matrix (test; rows = true, columns = predicted):")',
        '    print(" " * width + "".join(f"{n[:10]:>11}" for n in names))',
        "    for name, row in zip(names, C):",
        '        print(f"{name:<{width}}" + "".join(f"{c:>11}" for c in row))',
        ""])


def _standardize_code(st, feature_names):
    """MEAN, SCALE and ``standardize``: the app's standardisation (`core.standardize`)."""
    d = len(feature_names)
    return "\n".join([
        f"# ----- standardisation: the network takes x̃ = (x − MEAN) / SCALE for each of the "
        f"{d} features,",
        "# MEAN and SCALE being the mean and standard deviation of the training points (as "
        "in the app).",
        "# Why: on equal scales one learning rate suits all weights.",
        f"MEAN = np.array({_number_list(st.mean)})",
        f"SCALE = np.array({_number_list(st.scale)})",
        "",
        "",
        "def standardize(X):",
        '    """x̃ = (x − MEAN) / SCALE, row by row: what the network was trained on."""',
        "    return (X - MEAN) / SCALE",
        ""])


def _target_code(ty):
    """Y_MEAN, Y_SCALE, LOSS_UNIT and ``standardize_targets``: the app's target
    standardisation (`core.standardize`)."""
    return "\n".join([
        "# ----- target standardisation: the network learns ỹ = (y − Y_MEAN) / Y_SCALE, Y_MEAN and",
        "# Y_SCALE being the mean and standard deviation of the training targets (as in the app),",
        "# and predicts ŷ = z_0 · Y_SCALE + Y_MEAN. Why: targets of size 100 make the first SGD",
        "# steps huge. Losses are printed in y's units: the MSE of ŷ is LOSS_UNIT times that of z_0.",
        f"Y_MEAN = {float(ty.mean[0])!r}",
        f"Y_SCALE = {float(ty.scale[0])!r}",
        "LOSS_UNIT = Y_SCALE ** 2",
        "",
        "",
        "def standardize_targets(y):",
        '    """ỹ = (y − Y_MEAN) / Y_SCALE: what the network was trained on."""',
        "    return (y - Y_MEAN) / Y_SCALE",
        ""])


def _standardize_lines(experiment, data, indent):
    """The lines of main() that standardise inputs and targets as the app does ('' if off)."""
    out = ""
    if experiment.standardizer(data) is not None:
        out += f"\n{indent}X_train, X_test = standardize(X_train), standardize(X_test)"
    if experiment.target_standardizer(data) is not None:
        out += (f"\n{indent}y_train, y_test = standardize_targets(y_train), "
                "standardize_targets(y_test)")
    return out


def _target_line(loss):
    """main()'s line that shapes the training labels like the network's output z_0."""
    return ("y_train.reshape(-1, 1)  # labels as a column: (n, 1), like the output"
            if loss in ("bce", "mse") else "y_train.astype(np.int64)  # class indices")


def _metric_name(loss):
    """What the epoch line reports besides the loss: R² for a regression, else accuracy."""
    return "R²" if loss == "mse" else "accuracy"


def _confusion_call(task, model):
    """main()'s lines that print the test confusion matrix (none for a regression)."""
    if task == "regression":
        return ""
    return ("\n            if len(X_test):\n"
            f"                print_confusion({model}, X_test_d, y_test_d)")


def _exported_network(experiment, data, weights, initial):
    """The network whose W and b the script loads, and which weights they are: the
    ``initial`` ones the experiment's seed draws, or the ``current`` ones given."""
    net = experiment.build_network(data)
    if initial or weights is None:
        return net, "initial"
    if isinstance(weights, Network):      # else already a list of (W, b)
        weights = weights.get_weights()
    net.set_weights(weights)
    return net, "current"


def _docstring_lines(experiment, net, opt, which, source):
    """The module docstring, then the file name and the note as sanitised comments."""
    tr = experiment.training
    # The docstring holds only the app's own words: the file name and the note come from
    # the user (or a shared file) and go below it as sanitised comments, never into code.
    out = ['"""Train an ANN Studio experiment in PyTorch.',
           "",
           f"Network {' → '.join(map(str, net.sizes))} ({', '.join(net.activations)}), "
           f"{net.parameter_count} parameters;",
           f"optimizer {opt!r}; batch size {tr.batch_size}; {tr.epochs or 50} epochs; "
           f"{which} weights.",
           "",
           _PLAIN_USAGE,
           '"""']
    if source:
        out.append(_safe(f"# Exported from {source}"))
    if experiment.note:
        out.append("#")
        out += _comment_lines(experiment.note)
    if source or experiment.note:
        out.append("")
    return out


def _preamble_lines(tr):
    """Imports, the training settings as constants, and the array decoder."""
    dtype = "torch.float64" if tr.dtype == "float64" else "torch.float32"
    return ["import argparse",
            "import base64",
            "",
            "import numpy as np",
            "import torch",
            "import torch.nn as nn",
            "import torch.nn.functional as F",
            "from torch.utils.data import DataLoader, Sampler, TensorDataset",
            "",
            f"EPOCHS = {tr.epochs or 50}",
            f"BATCH_SIZE = {tr.batch_size}",
            f"SHUFFLE = {tr.shuffle!r}",
            f"SEED = {tr.seed}",
            f"DTYPE = {dtype}   # the app computes in {tr.dtype}",
            "",
            "",
            "def _array(shape, text):",
            '    """Little-endian float64 numbers, base64-encoded (exact, and no pickle)."""',
            '    return np.frombuffer(base64.b64decode(text), dtype="<f8").reshape(shape).copy()',
            "",
            ""]


def _data_lines(experiment, data, data_code, ty):
    """make_data(), then what the app does to the data before the network sees it:
    x̃ = (x − mean)/scale, ỹ = (y − Y_MEAN)/Y_SCALE, and the class names."""
    out = [data_code, ""]
    st = experiment.standardizer(data)
    if st is not None:
        out += [_standardize_code(st, data.feature_names), ""]
    if ty is not None:
        out += [_target_code(ty), ""]
    if data.task != "regression":
        out += [_class_names_code(data), ""]
    return out


def _weights_lines(net, which):
    """WEIGHTS, the lecture's W_i and b_i, and load_weights() that copies them into fc."""
    K = len(net.layers)
    out = [f"# ----- weights ({which}). The lecture writes u = z W + b with W of shape (inputs, "
           "outputs);",
           "# nn.Linear stores Wᵀ (outputs, inputs) and computes x Wᵀ + b: the same numbers.",
           "WEIGHTS = ["]
    for k, layer in enumerate(net.layers):
        # fc1 is the first layer the input meets; the lecture counts from the output
        out += [f"    # fc{k + 1} = the lecture's W_{K - k}, b_{K - k}",
                f"    ({_array_expr(layer.W, '    ')},",
                f"     {_array_expr(layer.b, '    ')}),"]
    fcs = ", ".join(f"model.fc{k + 1}" for k in range(K))
    return out + ["]",
                  "",
                  "",
                  "def load_weights(model):",
                  "    with torch.no_grad():",
                  f"        for fc, (W, b) in zip([{fcs}], WEIGHTS):",
                  "            fc.weight.copy_(torch.from_numpy(W.T))",
                  "            fc.bias.copy_(torch.from_numpy(b))",
                  "",
                  ""]


def _optimizer_lines(name, hp):
    """make_optimizer(), after the lecture's own optimizer class where torch has none."""
    out = []
    if name == "lecture_momentum":
        out += [LECTURE_MOMENTUM_SOURCE.strip("\n"), "", ""]
    if name == "lecture_rmsprop":
        out += [LECTURE_RMSPROP_SOURCE.strip("\n"), "", ""]
    return out + ["def make_optimizer(model):",
                  f'    """{optimizers.FORMULAS[name]}"""',
                  _optimizer_code(name, hp)]


def _metric_code(loss):
    """The metric on a whole set: R² = 1 − SS_res/SS_tot for a regression, else the
    fraction of points whose predicted class is the label."""
    if loss == "mse":
        return ("        z = model.output(model(X))\n"
                "        ss_res = ((y - z) ** 2).sum()\n"
                "        ss_tot = ((y - y.mean(dim=0)) ** 2).sum()\n"
                "        metric = float(1 - ss_res / ss_tot) if ss_tot > 0 else float(\"nan\")")
    if loss == "bce":
        return "        metric = float((model.predict(X) == y[:, 0].long()).double().mean())"
    return "        metric = float((model.predict(X) == y).double().mean())"


def _evaluate_lines(loss, ty):
    """evaluate(): the loss and the metric on a whole set, as the app records them."""
    # with standardised targets the network's loss is in ỹ's units; LOSS_UNIT = Y_SCALE²
    # brings the MSE back to y's, the numbers the app shows
    unit = " * LOSS_UNIT   # in y's units" if ty is not None else ""
    return ["def evaluate(model, X, y):",
            f'    """Loss and {_metric_name(loss)} on a whole set (as the app records them '
            'after each epoch)."""',
            "    model.eval()",
            "    with torch.no_grad():",
            "        loss = float(loss_of(model, X, y))" + unit,
            _metric_code(loss),
            "    model.train()",
            "    return loss, metric",
            "",
            ""]


def _main_text(std_call, target, metric, confusion_call):
    """main(): the lecture's loop over epochs and mini-batches, with one line per epoch."""
    return textwrap.dedent(f'''
        def main(argv=None):
            parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
            parser.add_argument("--epochs", type=int, default=EPOCHS)
            parser.add_argument("--cpu", action="store_true", help="stay on the CPU even with CUDA")
            parser.add_argument("--app-order", action="store_true",
                                help="visit the points in ANN Studio's order (to compare runs)")
            args = parser.parse_args(argv)

            device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu else "cpu")
            torch.manual_seed(SEED)

            X_train, y_train, X_test, y_test = make_data(){std_call}
            y_train = {target}
            y_test = y_test.reshape(-1, 1) if y_train.ndim == 2 else y_test.astype(np.int64)
            label_dtype = torch.long if y_train.dtype == np.int64 else DTYPE
            X_train_t = torch.tensor(X_train, dtype=DTYPE)
            y_train_t = torch.tensor(y_train, dtype=label_dtype)
            train_set = TensorDataset(X_train_t, y_train_t)
            if args.app_order:
                loader = DataLoader(train_set, batch_size=BATCH_SIZE,
                                    sampler=AppOrder(len(train_set), SEED, SHUFFLE))
            else:
                loader = DataLoader(train_set, batch_size=BATCH_SIZE, shuffle=SHUFFLE)
            X_train_d, y_train_d = X_train_t.to(device), y_train_t.to(device)
            X_test_d = torch.tensor(X_test, dtype=DTYPE, device=device)
            y_test_d = torch.tensor(y_test, dtype=label_dtype, device=device)

            model = Net().to(dtype=DTYPE)
            load_weights(model)
            model = model.to(device)
            optimizer = make_optimizer(model)
            print(f"training on {{device}}: {{sum(p.numel() for p in model.parameters())}} parameters, "
                  f"{{len(X_train)}} training points")

            for epoch in range(1, args.epochs + 1):
                for xb, yb in loader:
                    xb, yb = xb.to(device), yb.to(device)
                    optimizer.zero_grad()
                    loss = loss_of(model, xb, yb)
                    loss.backward()
                    optimizer.step()
                train_loss, train_metric = evaluate(model, X_train_d, y_train_d)
                line = f"epoch {{epoch:4d}}  loss {{train_loss:.6f}}  {metric} {{train_metric:.4f}}"
                if len(X_test):
                    test_loss, test_metric = evaluate(model, X_test_d, y_test_d)
                    line += f"  test loss {{test_loss:.6f}}  test {metric} {{test_metric:.4f}}"
                print(line, flush=True){confusion_call}
            return model


        if __name__ == "__main__":
            main()
        ''').strip("\n")


def script_text(experiment, data=None, weights=None, initial=False, source=None):
    """The script as text (see `write_script`): docstring, settings, data, network,
    weights, optimizer, loss, evaluation and main(), in the order a reader needs them."""
    experiment = experiment.copy()
    experiment.validate()
    data, data_code = _data_and_code(experiment, data)
    net, which = _exported_network(experiment, data, weights, initial)
    loss = data.loss
    name = experiment.optimizer.name
    opt = optimizers.create(name, **experiment.optimizer.params)
    ty = experiment.target_standardizer(data)
    main = _main_text(_standardize_lines(experiment, data, " " * 12), _target_line(loss),
                      _metric_name(loss), _confusion_call(data.task, "model"))
    out = (_docstring_lines(experiment, net, opt, which, source)
           + _preamble_lines(experiment.training)
           + _data_lines(experiment, data, data_code, ty)
           + [_module_code(net, loss, ty), ""]
           + _weights_lines(net, which)
           + _optimizer_lines(name, opt.hyperparameters)
           + ["", _loss_code(loss), "", APP_ORDER_SOURCE, "", ""]
           + _evaluate_lines(loss, ty)
           + [main])
    return "\n".join(out) + "\n"


def write_script(path, experiment, data=None, weights=None, initial=False, source=None):
    """Write the standalone PyTorch script to ``path`` (atomically).

    ``initial`` True: the weights the experiment starts from (its network seed);
    False: ``weights`` ([(W, b)] or a Network), or the initial ones when none are given.
    """
    text = script_text(experiment, data=data, weights=weights, initial=initial, source=source)
    atomic.write_text(path, text)
    return path


# =========================================================================== distributed
# The plain script's usage line and the places where the distributed one adds to it.
_PLAIN_USAGE = ("Written by ANN Studio. Needs only torch and numpy:  python train.py [--epochs N] "
                "[--cpu] [--app-order]")
_DDP_USAGE = """Written by ANN Studio. Needs only torch and numpy. One process (CPU or one GPU):
    python train_ddp.py [--epochs N] [--cpu] [--checkpoint FILE.pt] [--resume FILE.pt]
N processes on this machine (one per GPU; gloo on the CPU, NCCL on GPUs):
    torchrun --standalone --nproc_per_node=N train_ddp.py [same options]
Any N works. The global batch and the learning rate stay the app's: each process takes
every N-th point of every batch (the shares differ by at most one point, and a process may
have none of a short last batch), weights its summed loss by its share, and
DistributedDataParallel averages the gradients: every step is the one-process step."""
_MAIN_MARKER = "\n\ndef main(argv=None):"
_PLAIN_IMPORTS = ("import base64\n",
                  "from torch.utils.data import DataLoader, Sampler, TensorDataset\n")
# the distributed loop draws its own batches (GlobalBatches): no DataLoader, no AppOrder
_DDP_IMPORTS = ("import base64\nimport os\nimport time\n",
                "from torch.nn.parallel import DistributedDataParallel as DDP\n"
                "import torch.distributed as dist\n")

_SUMMED_LOSS = {
    "bce": ("# Σ over the points of −log σ(u) or −log(1 − σ(u)) (loss_fn's mean without ÷ n)\n"
            "def summed_loss(net, u, yb):\n"
            "    return F.binary_cross_entropy_with_logits(u, yb, reduction=\"sum\")\n"),
    "ce": ("# Σ over the points of −log softmax(u)_y (loss_fn's mean without ÷ n)\n"
           "def summed_loss(net, u, yb):\n"
           "    return F.cross_entropy(u, yb, reduction=\"sum\")\n"),
    "mse": ("# Σ of the squared errors of z_0 = φ_1(u_1) (loss_fn's mean without ÷ n·outputs)\n"
            "def summed_loss(net, u, yb):\n"
            "    return F.mse_loss(net.output(u), yb, reduction=\"sum\")\n"),
}

_DDP_TAIL = '''
# ----- many processes: torchrun starts one copy of this script per GPU (or CPU process)
class GlobalBatches:
    """This process's rows of every global batch, in ANN Studio's order.

    Epoch e visits the training points in the order np.random.default_rng([seed, e])
    .permutation(n) (the app's), cut into global batches of BATCH_SIZE points; process
    `rank` of `world` takes rows rank, rank + world, rank + 2·world, … of each (its share
    may be one point shorter than another's, or empty). Every process draws the same
    permutation, so together they see exactly the one-process batches, for any number of
    processes.

    Why not torch's DistributedSampler: it deals each process a slice of the whole epoch,
    padded with repeated points (or, with drop_last, cut short) when n is not a multiple of
    the number of processes, and shuffles with its own generator: the batches, and so the
    losses, would depend on the number of processes. This class keeps its set_epoch().
    """

    def __init__(self, n, batch_size, rank=0, world=1, seed=0, shuffle=True):
        self.n, self.batch_size, self.rank, self.world = n, batch_size, rank, world
        self.seed, self.shuffle, self.epoch = seed, shuffle, 0

    def set_epoch(self, epoch):
        self.epoch = epoch

    def __iter__(self):
        """(this process's row indices, size of the global batch) per step."""
        if self.shuffle:
            order = np.random.default_rng([self.seed & 0xFFFFFFFF, self.epoch]).permutation(self.n)
        else:
            order = np.arange(self.n)
        for start in range(0, self.n, self.batch_size):
            batch = order[start:start + self.batch_size]
            yield torch.from_numpy(batch[self.rank::self.world].copy()), len(batch)

    def __len__(self):
        return -(-self.n // self.batch_size)


def save_checkpoint(path, net, optimizer, epoch, history):
    """Weights, optimizer state and losses so far; written whole or not at all (a
    temporary file, then a rename). Read back with torch.load(path, weights_only=True)."""
    tmp = f"{path}.tmp{os.getpid()}"
    torch.save({"epoch": epoch, "model": net.state_dict(), "optimizer": optimizer.state_dict(),
                "history": history}, tmp)
    os.replace(tmp, path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--cpu", action="store_true", help="stay on the CPU even with CUDA")
    parser.add_argument("--checkpoint", metavar="FILE.pt",
                        help="where process 0 saves weights, optimizer state and losses after "
                             "each epoch (default: nowhere)")
    parser.add_argument("--resume", metavar="FILE.pt", help="continue from a checkpoint")
    args = parser.parse_args(argv)

    # torchrun sets RANK, WORLD_SIZE and LOCAL_RANK in each process it starts; python alone
    # sets none of them and this is a world of one process.
    distributed = "RANK" in os.environ
    rank = int(os.environ.get("RANK", 0))
    world = int(os.environ.get("WORLD_SIZE", 1))
    local_rank = int(os.environ.get("LOCAL_RANK", 0))
    use_cuda = torch.cuda.is_available() and not args.cpu
    if use_cuda:
        device = torch.device("cuda", local_rank)
        torch.cuda.set_device(device)
    else:
        device = torch.device("cpu")
    if distributed:
        dist.init_process_group("nccl" if use_cuda else "gloo")
    torch.manual_seed(SEED)

    # every process builds the whole (small) data set and keeps it on its device
    X_train, y_train, X_test, y_test = make_data()STANDARDIZE
    y_train = TARGET_LINE
    y_test = y_test.reshape(-1, 1) if y_train.ndim == 2 else y_test.astype(np.int64)
    label_dtype = torch.long if y_train.dtype == np.int64 else DTYPE
    X_train_d = torch.tensor(X_train, dtype=DTYPE, device=device)
    y_train_d = torch.tensor(y_train, dtype=label_dtype, device=device)
    X_test_d = torch.tensor(X_test, dtype=DTYPE, device=device)
    y_test_d = torch.tensor(y_test, dtype=label_dtype, device=device)
    terms_per_point = y_train_d[0].numel()   # loss terms one point adds to the mean

    net = Net().to(dtype=DTYPE)
    load_weights(net)
    net = net.to(device)
    optimizer = make_optimizer(net)
    start, history = 1, {"train_loss": [], "test_loss": []}
    if args.resume:
        state = torch.load(args.resume, map_location=device, weights_only=True)
        net.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        start, history = state["epoch"] + 1, state["history"]
    # DDP all-reduces (averages) the gradients during backward(); every process then takes
    # the same optimizer step and the weights stay equal without being sent.
    model = DDP(net, device_ids=[local_rank] if use_cuda else None) if distributed else net
    batches = GlobalBatches(len(X_train), BATCH_SIZE, rank, world, SEED, SHUFFLE)
    if rank == 0:
        print(f"training on {world} process{'es' if world > 1 else ''} ({device.type}"
              f"{', ' + dist.get_backend() if distributed else ''}): "
              f"{sum(p.numel() for p in net.parameters())} parameters, {len(X_train)} training "
              f"points, global batch {BATCH_SIZE} = "
              f"{' + '.join(str(len(range(r, BATCH_SIZE, world))) for r in range(world))}",
              flush=True)

    for epoch in range(start, args.epochs + 1):
        batches.set_epoch(epoch - 1)
        t0 = time.perf_counter()
        for rows, n_batch in batches:
            rows = rows.to(device)
            xb, yb = X_train_d[rows], y_train_d[rows]
            optimizer.zero_grad()
            # The global batch's mean loss is Σ/(n_batch·terms). Each process sums over its
            # own rows and scales by world/(n_batch·terms): DDP's average (÷ world) of these
            # gradients is then exactly the gradient of the global mean, even when the last
            # batch does not split evenly (a process may even have no rows: its sum is 0).
            loss = summed_loss(net, model(xb), yb) * (world / (n_batch * terms_per_point))
            loss.backward()
            optimizer.step()
        if use_cuda:
            torch.cuda.synchronize(device)
        rate = len(X_train) / (time.perf_counter() - t0)
        if rank == 0:   # one process logs, evaluates and saves: the weights are the same in all
            train_loss, train_metric = evaluate(net, X_train_d, y_train_d)
            history["train_loss"].append(train_loss)
            line = f"epoch {epoch:4d}  loss {train_loss:.6f}  METRIC {train_metric:.4f}"
            if len(X_test):
                test_loss, test_metric = evaluate(net, X_test_d, y_test_d)
                history["test_loss"].append(test_loss)
                line += f"  test loss {test_loss:.6f}  test METRIC {test_metric:.4f}"
            print(f"{line}  {rate:,.0f} samples/s", flush=True)CONFUSION
            if args.checkpoint:
                save_checkpoint(args.checkpoint, net, optimizer, epoch, history)
    if distributed:
        # every process waits for rank 0's evaluation and checkpoint before the group goes:
        # a process tearing gloo down while a peer is still connected can abort it
        dist.barrier()
        dist.destroy_process_group()
    return net


if __name__ == "__main__":
    main()
'''


def _replace_once(text, old, new):
    # the anchors are the plain export's own lines: missing or repeated means it changed
    if text.count(old) != 1:
        raise AssertionError(f"the plain export no longer has exactly one {old!r}")
    return text.replace(old, new)


def distributed_script_text(experiment, data=None, weights=None, initial=False, source=None):
    """The script for many processes as text (see `write_distributed_script`).

    It is the plain script (same data, network, weights, optimizer, loss, evaluation: and so
    the same sanitising of every text from a file) with a different main loop."""
    plain = script_text(experiment, data=data, weights=weights, initial=initial, source=source)
    head, sep, _ = plain.partition(_MAIN_MARKER)
    if not sep:
        raise AssertionError("the plain export has no main()")
    head = _replace_once(head, _PLAIN_USAGE, _DDP_USAGE)
    head = _replace_once(head, "Train an ANN Studio experiment in PyTorch.",
                         "Train an ANN Studio experiment in PyTorch, on one or many processes.")
    for old, new in zip(_PLAIN_IMPORTS, _DDP_IMPORTS):
        head = _replace_once(head, "\n" + old, "\n" + new)
    head = _replace_once(head, "\n" + APP_ORDER_SOURCE + "\n\n\n", "\n")
    exp = experiment.copy()
    exp.validate()
    data = _data_and_code(exp, data)[0]
    loss = data.loss
    std = _standardize_lines(exp, data, " " * 4)
    tail = (_DDP_TAIL.replace("TARGET_LINE", _target_line(loss))
            .replace("METRIC", _metric_name(loss)).replace("STANDARDIZE", std)
            .replace("CONFUSION", _confusion_call(data.task, "net")))
    return head + "\n\n" + _SUMMED_LOSS[loss] + "\n\n" + tail.lstrip("\n")


def write_distributed_script(path, experiment, data=None, weights=None, initial=False,
                             source=None):
    """Write the script that runs as ``python train_ddp.py`` and as ``torchrun
    --nproc_per_node=N train_ddp.py`` (DistributedDataParallel), atomically."""
    text = distributed_script_text(experiment, data=data, weights=weights, initial=initial,
                                   source=source)
    atomic.write_text(path, text)
    return path


# =========================================================================== command line
class _ArgError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):   # one line, no usage dump
        raise _ArgError(message)


def main_export(argv=None):
    """``annstudio export torch FILE.annstudio [-o train.py] [--initial] [--distributed]``.

    ``argv`` holds the arguments after ``export torch``. Returns the exit code; errors are
    one line on stderr.
    """
    parser = _Parser(prog="annstudio export torch",
                     description="Write a standalone PyTorch training script for an experiment.")
    parser.add_argument("file", help="the experiment file (.annstudio)")
    parser.add_argument("-o", "--output", help="the script to write (default: FILE with .py)")
    parser.add_argument("--initial", action="store_true",
                        help="use the experiment's initial weights instead of the saved ones")
    parser.add_argument("--force", action="store_true",
                        help="replace OUTPUT even when it is not a Python script")
    parser.add_argument("--distributed", action="store_true",
                        help="a script that also runs on many GPUs or processes with torchrun "
                             "(DistributedDataParallel)")
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except _ArgError as e:
        print(f"annstudio export torch: error: {e}", file=sys.stderr)
        return 2
    except SystemExit as e:   # --help
        return int(e.code or 0)
    from annstudio.io import experiment_file
    try:
        out = args.output or os.path.splitext(args.file)[0] + ".py"
        if not out:
            raise AnnStudioError("the output file name is empty")
        # the experiment itself (by any name or link) is never overwritten, even with --force
        if atomic.same_file(out, args.file):
            raise AnnStudioError(f"{out} is the experiment being exported; choose another "
                                 "output file (-o train.py)")
        other = atomic.other_kind(out, atomic.SCRIPT)
        if other and not args.force:
            raise AnnStudioError(f"{out} already exists and is {other}, not a Python script; "
                                 "choose another name, or add --force to replace it")
        loaded = experiment_file.load(args.file)
        write = write_distributed_script if args.distributed else write_script
        write(out, loaded.experiment, data=loaded.data, weights=loaded.weights,
              initial=args.initial, source=os.path.basename(args.file))
    except AnnStudioError as e:
        print(f"annstudio export torch: error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main_export())
