"""The PyTorch engine: the same experiment as the NumPy engine, on the CPU or a GPU.

The network becomes an ``nn.Module`` of ``nn.Linear`` layers, as in the lecture's last
part. ``nn.Linear`` computes ``u = z Wᵀ + b`` with ``weight`` of shape (d_out, d_in), so
the lecture's ``W`` (d_in, d_out) is stored transposed. The loss is taken on the last
layer's pre-activation ``u`` (the logit): ``BCEWithLogitsLoss`` folds σ into the loss,
``CrossEntropyLoss`` folds the softmax; ``MSELoss`` is taken on the output ``φ(u)``.

Two data paths:

* ``"fast"`` (default): the data lives on the device as two tensors and each batch indexes
  them with exactly the NumPy engine's seeded order (`core.training.batch_order`), so
  both engines see identical batches and agree step for step (to rounding).
* ``"dataloader"``: the lecture's ``TensorDataset`` + ``DataLoader(shuffle=True)`` (its own
  seeded order; not the NumPy engine's).

All weights and biases are views of one flat tensor ``theta`` (and their gradients views of
one flat ``grad``), like the NumPy core's θ: the divergence check and the "weights before
the blow-up" backup (`core.divergence`) are one tensor operation each instead of one per layer.

torch is imported only inside this module, which is imported only when this engine is
chosen (`engines.factory.create`).
"""
from __future__ import annotations


import numpy as np

from annstudio.core import optimizers as np_optimizers
from annstudio.core.errors import AnnStudioError, check_positive_int
from annstudio.core.standardize import loss_unit
from annstudio.core.training import EpochRecord, RunSchedule, batch_order, metric_from_output, \
    n_batches
from annstudio.engines.base import Engine, EngineUnavailable

DTYPES = ("float32", "float64")
DATA_PATHS = ("fast", "dataloader")
EVAL_CHUNK = 65536      # rows per forward pass when measuring a whole (large) set
# Below this much matrix work per step (batch × Σ d_in·d_out) torch runs on one CPU thread.
# Small operations gain nothing from threads, and on a busy machine OpenMP threads waiting
# for each other cost a lot: measured here (2 cores, load ≈ 5), 10 epochs of the lecture
# run took 0.37 s on 1 thread and 1.2–12.5 s on 2.
SINGLE_THREAD_FLOPS = 1e6
_default_threads = None

# The optimizer state each optimizer keeps per tensor, with torch's names. Keys we always
# keep (filled with zeros) even when torch would not create them yet, so that turning on
# momentum / centered / amsgrad between steps works as in the NumPy optimizers.
_STATE_KEYS = {
    "sgd": ("momentum_buffer",),
    "lecture_momentum": ("delta",),
    "adagrad": ("step", "sum"),
    "rmsprop": ("step", "square_avg", "momentum_buffer", "grad_avg"),
    "lecture_rmsprop": ("v",),
    "adam": ("step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
}


def _torch():
    import torch
    return torch


# --------------------------------------------------------------------------- the module
def build_module(net, dtype="float32", device="cpu"):
    """An ``nn.Module`` with the same layers, activations and weights as the NumPy ``net``."""
    torch = _torch()
    from torch import nn
    import torch.nn.functional as F

    phi = {"relu": torch.relu, "leaky_relu": F.leaky_relu, "tanh": torch.tanh,
           "sigmoid": torch.sigmoid, "identity": None}

    class FullyConnected(nn.Module):
        """fc1 … fcK: u = z·Wᵀ + b, z' = φ(u). ``forward`` returns the last u (the logits);
        ``output`` applies the output activation (σ, softmax or identity)."""

        def __init__(self, sizes, activations):
            super().__init__()
            self.n_layers = len(sizes) - 1
            self.linears = [nn.Linear(d, e, dtype=torch_dtype(dtype), device=device)
                            for d, e in zip(sizes[:-1], sizes[1:])]
            for k, linear in enumerate(self.linears):
                self.add_module(f"fc{k + 1}", linear)     # the export script's names
            self.hidden = [phi[a] for a in activations[:-1]]
            self.out_activation = activations[-1]

        def forward(self, x):
            z = x
            for fc, f in zip(self.linears[:-1], self.hidden):
                u = fc(z)
                z = u if f is None else f(u)
            return self.linears[-1](z)

        def output(self, u):
            if self.out_activation == "sigmoid":
                return torch.sigmoid(u)
            if self.out_activation == "softmax":
                return torch.softmax(u, dim=1)
            return u

    module = FullyConnected(net.sizes, net.activations)
    theta, grad = _flatten(module)
    _write_theta(theta, net.get_weights())
    return module, theta, grad


def _flatten(module):
    """Rebind every weight/bias (and its .grad) as a view of one flat tensor."""
    torch = _torch()
    from torch import nn
    linears = module.linears
    total = sum(fc.weight.numel() + fc.bias.numel() for fc in linears)
    ref = linears[0].weight
    theta = torch.zeros(total, dtype=ref.dtype, device=ref.device)
    grad = torch.zeros_like(theta)
    pos = 0
    for fc in linears:
        e, d = fc.weight.shape
        W = theta[pos:pos + e * d].view(e, d)
        gW = grad[pos:pos + e * d].view(e, d)
        pos += e * d
        b, gb = theta[pos:pos + e], grad[pos:pos + e]
        pos += e
        fc.weight = nn.Parameter(W)       # shares theta's storage
        fc.bias = nn.Parameter(b)
        # Backward accumulates into an existing .grad in place, so these stay views.
        fc.weight.grad = gW
        fc.bias.grad = gb
    return theta, grad


def _flat_torch_layout(weights):
    """[(W (d_in,d_out), b)] → one float64 vector in nn.Linear's layout (Wᵀ row-major, b)."""
    return np.concatenate([np.concatenate([np.asarray(W, dtype=float).T.ravel(),
                                           np.asarray(b, dtype=float).ravel()])
                           for W, b in weights])


def _write_theta(theta, weights):
    torch = _torch()
    theta.copy_(torch.from_numpy(_flat_torch_layout(weights)).to(theta.dtype))


def configure_threads(flops, device="cpu"):
    """One torch CPU thread for small steps, torch's default otherwise; returns the count.

    Process-wide (torch has no per-call setting); the app runs each engine in its own
    process, so this only affects that run.
    """
    global _default_threads
    torch = _torch()
    if _default_threads is None:
        _default_threads = torch.get_num_threads()
    if str(device).startswith("cpu"):
        want = 1 if flops < SINGLE_THREAD_FLOPS else _default_threads
        if torch.get_num_threads() != want:
            torch.set_num_threads(want)
    return torch.get_num_threads()


def torch_dtype(name):
    torch = _torch()
    return {"float32": torch.float32, "float64": torch.float64}[name]


# --------------------------------------------------------------------------- optimizers
def _lecture_optimizers():
    torch = _torch()

    class LectureMomentum(torch.optim.Optimizer):
        """The lecture's momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t),  W ← W − α ΔW_t,
        ΔW_0 = 0 (lr = α, eta = η)."""

        def __init__(self, params, lr=0.04, eta=0.7):
            super().__init__(params, {"lr": lr, "eta": eta})

        @torch.no_grad()
        def step(self, closure=None):
            for group in self.param_groups:
                lr, eta = group["lr"], group["eta"]
                for p in group["params"]:
                    if p.grad is None:
                        continue
                    s = self.state[p]
                    if "delta" not in s:
                        s["delta"] = torch.zeros_like(p)
                    d = s["delta"]
                    d.mul_(1 - eta).add_(p.grad, alpha=eta)
                    p.add_(d, alpha=-lr)

    class LectureRMSprop(torch.optim.Optimizer):
        """The lecture's RMSProp: v ← γv + (1 − γ)‖∇‖², ONE v per tensor,
        W ← W − η ∇ / (√v + ε)."""

        def __init__(self, params, lr=1e-2, gamma=0.9, eps=1e-8):
            super().__init__(params, {"lr": lr, "gamma": gamma, "eps": eps})

        @torch.no_grad()
        def step(self, closure=None):
            for group in self.param_groups:
                lr, gamma, eps = group["lr"], group["gamma"], group["eps"]
                for p in group["params"]:
                    if p.grad is None:
                        continue
                    s = self.state[p]
                    if "v" not in s:
                        s["v"] = torch.zeros((), dtype=p.dtype, device=p.device)
                    g = p.grad.reshape(-1)
                    v = s["v"]
                    v.mul_(gamma).add_(torch.dot(g, g), alpha=1 - gamma)
                    # stays on the device: no host sync per tensor
                    p.sub_(p.grad * (lr / (v.sqrt() + eps)))

    return {"lecture_momentum": LectureMomentum, "lecture_rmsprop": LectureRMSprop}


def make_torch_optimizer(name, params, hyperparameters):
    """A ``torch.optim`` optimizer for ``name`` with the (validated) hyperparameters."""
    torch = _torch()
    hp = dict(hyperparameters)
    if name in ("lecture_momentum", "lecture_rmsprop"):
        return _lecture_optimizers()[name](params, **hp)
    cls = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad,
           "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam}[name]
    if name == "adam":
        hp["betas"] = tuple(hp["betas"])
    return cls(params, **hp)


# --------------------------------------------------------------------------- the engine
class TorchEngine(RunSchedule, Engine):
    """Trains a NumPy `Network`'s twin ``nn.Module`` with ``torch.optim`` on ``device``.

    ``optimizer`` (the attribute) is a NumPy optimizer object that only holds the
    validated hyperparameters (name, ``lr``, ``hyperparameters``), like the NumPy engine's;
    the torch optimizer doing the work is ``torch_optimizer``. Epochs, batch position,
    history and the divergence rule are `core.training.RunSchedule`'s, as the NumPy
    trainer's.
    """
    name = "torch"

    def __init__(self, net, data, optimizer="sgd", hyperparameters=None, *, loss=None,
                 batch_size=10, shuffle=True, seed=0, device="cpu", dtype="float32",
                 data_path="fast"):
        from annstudio.engines.torch_support import require_torch
        device = "cpu" if device is None else str(device)
        require_torch(device)
        if dtype not in DTYPES:
            raise AnnStudioError(f"unknown dtype {dtype!r}; choose float32 or float64")
        if data_path not in DATA_PATHS:
            raise AnnStudioError(f"unknown data path {data_path!r}; choose fast or dataloader")
        if device == "mps" and dtype == "float64":
            raise EngineUnavailable("the Apple GPU (mps) computes in float32 only; "
                                    "use --dtype float32 or --device cpu")
        torch = _torch()
        self.device = device
        self.dtype = dtype
        self.data_path = data_path
        self._tdtype = torch_dtype(dtype)
        self._np_net = net.copy()
        self.data = data
        X, t, self.loss = net.prepare(data.X_train, data.y_train, loss or data.loss)
        self.loss_unit = loss_unit(data)      # s_y² for standardised targets (RunSchedule)
        if X.shape[0] == 0:
            raise AnnStudioError("there are no training points")
        self.batch_size = check_positive_int("batch size", batch_size, 1)
        self.shuffle = bool(shuffle)
        self.seed = int(seed)
        self._t_train = t
        self.X = torch.as_tensor(X, dtype=self._tdtype, device=device)
        self.T = self._targets(t)
        if data.X_test is not None and len(data.X_test):
            Xt, tt, _ = net.prepare(data.X_test, data.y_test, self.loss)
            self._t_test = tt
            self.X_test = torch.as_tensor(Xt, dtype=self._tdtype, device=device)
            self.T_test = self._targets(tt)
        else:
            self._t_test = self.X_test = self.T_test = None

        from annstudio.engines.auto import step_flops
        self.threads = configure_threads(step_flops(net, self.batch_size), device)
        self.module, self.theta, self.grad = build_module(net, dtype, device)
        self._params = [p for fc in self.module.linears for p in (fc.weight, fc.bias)]
        self._pair_slices = _pair_slices(net)
        self.loss_fn = {"bce": torch.nn.BCEWithLogitsLoss(), "ce": torch.nn.CrossEntropyLoss(),
                        "mse": torch.nn.MSELoss()}[self.loss]

        # Hyperparameters are validated (and named) by the NumPy optimizer of the same name.
        if isinstance(optimizer, np_optimizers.Optimizer):
            self.optimizer = np_optimizers.create(optimizer.name, **optimizer.hyperparameters)
            self.optimizer.set(**(hyperparameters or {}))
        else:
            self.optimizer = np_optimizers.create(optimizer, **(hyperparameters or {}))
        self.torch_optimizer = make_torch_optimizer(self.optimizer.name, self._params,
                                                    self.optimizer.hyperparameters)
        self._start_run()
        self._order = None
        self._loader_iter = None
        self._dataset = None          # the DataLoader's TensorDataset, made at first use
        self._last_good = self.theta.clone()   # the weights kept if training diverges
        self._epoch_good = self.theta.clone()

    def _targets(self, t):
        torch = _torch()
        if self.loss == "ce":
            return torch.as_tensor(t, dtype=torch.int64, device=self.device)
        return torch.as_tensor(t, dtype=self._tdtype, device=self.device)

    # ----- properties of the interface -----
    @property
    def steps_per_epoch(self):
        return n_batches(self.X.shape[0], self.batch_size)

    @property
    def net(self):
        """The NumPy network, brought up to date with the current weights."""
        self._np_net.set_weights(self.get_weights())
        return self._np_net

    # ----- training -----
    def _next_batch(self):
        torch = _torch()
        if self.data_path == "dataloader":
            if self._loader_iter is None or self.batch_index == 0:
                self._loader_iter = iter(self._loader())
                for _ in range(self.batch_index):
                    next(self._loader_iter)
            xb, tb = next(self._loader_iter)
            return xb.to(self.device, non_blocking=True), tb.to(self.device, non_blocking=True)
        if self._order is None or self.batch_index == 0:
            order = batch_order(self.X.shape[0], self.epoch, self.seed, self.shuffle)
            self._order = torch.from_numpy(order).to(self.device)
        bs = self.batch_size
        idx = self._order[self.batch_index * bs:(self.batch_index + 1) * bs]
        return self.X.index_select(0, idx), self.T.index_select(0, idx)

    def _loader(self):
        """The lecture's data path: TensorDataset + DataLoader(shuffle=True), on the CPU
        (batches move to the device), seeded per epoch so a run is reproducible."""
        torch = _torch()
        from torch.utils.data import DataLoader, TensorDataset
        if self._dataset is None:
            self._dataset = TensorDataset(self.X.cpu(), self.T.cpu())
        g = torch.Generator()
        g.manual_seed((self.seed & 0xFFFFFFFF) * 1_000_003 + self.epoch)
        return DataLoader(self._dataset, batch_size=self.batch_size, shuffle=self.shuffle,
                          generator=g)

    def _loss_of(self, u, t):
        if self.loss == "mse":
            return self.loss_fn(self.module.output(u), t)
        return self.loss_fn(u, t)

    def step(self):
        """One mini-batch: zero the gradients, forward, loss.backward(), optimizer step."""
        torch = _torch()
        if self.batch_index == 0:
            self._batch_losses = []
        rule = self.divergence
        if not rule.started:     # new run or new weights: L_ref on the whole training set
            rule.start(self._measure(self.X, self.T, self._t_train)[0])
            self._last_good.copy_(self.theta)
            self._epoch_good.copy_(self.theta)
        xb, tb = self._next_batch()
        self.grad.zero_()    # in place: every .grad is a view of self.grad
        L = self._loss_of(self.module(xb), tb)
        L.backward()
        # one device→host transfer for the batch loss and the gradient check
        L_value, g_sum = torch.stack((L.detach(), self.grad.sum())).tolist()
        why = rule.loss_problem(L_value) or rule.gradient_problem(g_sum)
        if why:
            return self._diverged(L_value, why)
        if rule.healthy(L_value):    # θ has a measured, moderate loss: the one to keep
            self._last_good.copy_(self.theta)
        self.torch_optimizer.step()
        why = rule.weight_problem(self.theta.abs().max().item())
        if why:
            return self._diverged(L_value, why)
        return self._count_step(L_value)

    def _keep_epoch_weights(self):
        self._epoch_good.copy_(self.theta)

    def _restore_weights(self):
        self.theta.copy_(self._last_good)
        if not self.divergence.healthy(self._measure(self.X, self.T, self._t_train)[0]):
            self.theta.copy_(self._epoch_good)     # measured healthy on the whole set

    # ----- measuring -----
    def _measure(self, X, T, t_np):
        """(mean loss, accuracy/R²) of the current weights on a whole set, in chunks."""
        torch = _torch()
        n = X.shape[0]
        total = 0.0
        outs = []
        with torch.no_grad():
            for a in range(0, n, EVAL_CHUNK):
                u = self.module(X[a:a + EVAL_CHUNK])
                Lc = self._loss_of(u, T[a:a + EVAL_CHUNK])
                total += float(Lc) * u.shape[0]
                outs.append(self.module.output(u))
            z = torch.cat(outs) if len(outs) > 1 else outs[0]
        z = z.cpu().numpy().astype(np.float64, copy=False)
        return total / n, metric_from_output(z, t_np, self.loss)

    def evaluate(self, mean_batch_loss=None):
        """Loss and accuracy/R² on the whole training and test sets, now."""
        train_loss, train_metric = self._measure(self.X, self.T, self._t_train)
        train_loss *= self.loss_unit
        test_loss = test_metric = None
        if self.X_test is not None:
            test_loss, test_metric = self._measure(self.X_test, self.T_test, self._t_test)
            test_loss *= self.loss_unit
        return EpochRecord(self.epoch, train_loss, test_loss, train_metric, test_metric,
                           "r2" if self.loss == "mse" else "accuracy", mean_batch_loss,
                           self.grad_norms())

    def grad_norms(self):
        """‖∂L/∂W_k‖ per layer (input→output) at the last step."""
        torch = _torch()
        norms = torch.stack([torch.linalg.vector_norm(fc.weight.grad)
                             for fc in self.module.linears])
        return [float(v) for v in norms.tolist()]

    # ----- hyperparameters -----
    def set_hyperparameters(self, **hyperparameters):
        self.optimizer.set(**hyperparameters)     # validates, keeps NumPy's names
        hp = dict(self.optimizer.hyperparameters)
        if "betas" in hp:
            hp["betas"] = tuple(hp["betas"])
        for group in self.torch_optimizer.param_groups:
            group.update(hp)
        self._complete_state()

    # ----- weights -----
    def get_weights(self):
        """[(W (d_in, d_out), b)] as float64 NumPy copies."""
        flat = self.theta.detach().cpu().numpy().astype(np.float64)
        return [(flat[w].reshape(e, d).T.copy(), flat[b].copy())
                for (w, b, d, e) in self._pair_slices]

    def network(self):
        return self.net.copy()

    def set_weights(self, weights):
        self._np_net.set_weights(weights)        # validates shapes and values
        _write_theta(self.theta, self._np_net.get_weights())
        self._last_good.copy_(self.theta)
        self.divergence.restart()                # hand-set weights: a new starting loss

    # ----- optimizer state in the NumPy layout -----
    def _state_to_numpy(self):
        name = self.optimizer.name
        states = [self.torch_optimizer.state.get(p) for p in self._params]
        if not any(states):
            return None
        out = []
        for p, s in zip(self._params, states):
            s = s or {}
            d = {}
            for key in _STATE_KEYS[name]:
                v = s.get(key)
                if key == "max_exp_avg_sq" and not self.optimizer.hyperparameters["amsgrad"]:
                    continue
                if key == "step":
                    d[key] = 0 if v is None else int(round(float(v)))
                elif key == "v":
                    d[key] = 0.0 if v is None else float(v)
                elif v is None:
                    if name == "sgd":
                        d[key] = None        # torch SGD creates its buffer at the first step
                    else:
                        d[key] = np.zeros(tuple(reversed(p.shape)) if p.ndim == 2 else p.shape)
                else:
                    a = v.detach().cpu().numpy().astype(np.float64)
                    d[key] = a.T.copy() if a.ndim == 2 else a.copy()
            out.append(d)
        return out

    def _state_from_numpy(self, states):
        torch = _torch()
        self.torch_optimizer.state.clear()
        if states is None:
            self._complete_state()
            return
        if len(states) != len(self._params):
            raise AnnStudioError("optimizer state does not match the network's layers")
        for p, s in zip(self._params, states):
            d = {}
            for key, v in s.items():
                if key == "step":
                    d[key] = torch.tensor(float(v), dtype=torch.get_default_dtype())
                elif key == "v":
                    d[key] = torch.tensor(float(v), dtype=p.dtype, device=p.device)
                elif v is None:
                    continue
                else:
                    a = np.asarray(v, dtype=float)
                    if p.ndim == 2:
                        a = a.reshape(p.shape[1], p.shape[0]).T
                    d[key] = torch.as_tensor(np.ascontiguousarray(a), dtype=p.dtype,
                                             device=p.device).reshape(p.shape).clone()
            self.torch_optimizer.state[p] = d
        self._complete_state()

    def _complete_state(self):
        """Add the per-tensor state torch creates lazily (zeros), so that switching on
        momentum, centered or amsgrad between steps works as in the NumPy optimizers."""
        torch = _torch()
        name = self.optimizer.name
        if name == "adagrad":       # some torch versions create this state in __init__ only
            iav = self.optimizer.hyperparameters["initial_accumulator_value"]
            for p in self._params:
                s = self.torch_optimizer.state[p]
                if "sum" not in s:
                    s["step"] = torch.tensor(0.0, dtype=torch.get_default_dtype())
                    s["sum"] = torch.full_like(p, iav, memory_format=torch.preserve_format)
            return
        if name not in ("rmsprop", "adam"):
            return
        for p in self._params:
            s = self.torch_optimizer.state.get(p)
            if not s:
                continue
            for key in _STATE_KEYS[name]:
                if key not in s and key != "step":
                    s[key] = torch.zeros_like(p, memory_format=torch.preserve_format)

    def export_state(self):
        return {"weights": self.get_weights(),
                "optimizer": {"name": self.optimizer.name,
                              "hyperparameters": dict(self.optimizer.hyperparameters),
                              "state": self._state_to_numpy()},
                "epoch": self.epoch, "batch_index": self.batch_index,
                "step_count": self.step_count, "history": self.history.copy()}

    def import_state(self, state):
        self.set_weights(state["weights"])
        opt = state.get("optimizer")
        if opt is not None:
            if opt.get("name") != self.optimizer.name:
                raise AnnStudioError(f"optimizer state is for {opt.get('name')!r}, "
                                     f"this run uses {self.optimizer.name!r}")
            if opt.get("hyperparameters"):
                self.set_hyperparameters(**opt["hyperparameters"])
            self._state_from_numpy(opt.get("state"))
        self.set_position(state)
        self._order = None
        self._loader_iter = None

    def close(self):
        torch = _torch()
        for name in ("X", "T", "X_test", "T_test", "theta", "grad", "_last_good", "module",
                     "torch_optimizer", "_order", "_epoch_good", "_dataset", "_loader_iter"):
            setattr(self, name, None)     # the tensors go (set or not: a failed build too)
        if str(self.device).startswith("cuda"):
            torch.cuda.empty_cache()


def _pair_slices(net):
    """Slices of W and b of each layer in the flat torch layout, with (d_in, d_out)."""
    out, pos = [], 0
    for layer in net.layers:
        d, e = layer.W.shape
        out.append((slice(pos, pos + d * e), slice(pos + d * e, pos + d * e + e), d, e))
        pos += d * e + e
    return out


__all__ = ["TorchEngine", "build_module", "make_torch_optimizer"]
