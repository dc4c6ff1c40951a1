"""Optimizers in NumPy, updating parameters in place, step for step equal to ``torch.optim``.

Hyperparameters carry torch's names and defaults. Two named variants follow the lecture:

* ``lecture_momentum`` — ΔW_t = (1 − η) ΔW_{t−1} + η ∇Q(W_t),  W_{t+1} = W_t − α ΔW_t,
  ΔW_0 = 0 (lr = α, eta = η). It is torch SGD with momentum = dampening = 1 − η (buffer
  b ← (1 − η) b + η ∇, step lr·b: no scaling), except that torch starts its buffer at ∇₁
  rather than η∇₁.
* ``lecture_rmsprop`` — v = γ v + (1 − γ)‖∇‖² with ONE squared norm per tensor, as the
  lecture's code has it, W ← W − η ∇ / (√v + ε) (torch keeps v per component).

Every optimizer's state is a list (one dict per parameter) of NumPy arrays and numbers
named as in torch's ``optimizer.state`` (``momentum_buffer``, ``sum``, ``square_avg``,
``exp_avg``, …), so it can be saved and handed to the PyTorch engine.
"""
from __future__ import annotations

import math

import numpy as np

from annstudio.core.errors import AnnStudioError, check_float

NAMES = ("sgd", "lecture_momentum", "adagrad", "rmsprop", "lecture_rmsprop", "adam")

# Update formulas, for tooltips and the inspector.
FORMULAS = {
    "sgd": "W ← W − lr·∇   (momentum μ: v ← μv + (1−dampening)∇, W ← W − lr·v)",
    "lecture_momentum": "ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t),  W ← W − α·ΔW_t",
    "adagrad": "G ← G + ∇²,  W ← W − lr·∇/(√G + ε)   (the lecture writes + : a typo)",
    "rmsprop": "v ← αv + (1−α)∇²,  W ← W − lr·∇/(√v + ε)   (per component)",
    "lecture_rmsprop": "v ← γv + (1−γ)‖∇‖²,  W ← W − η·∇/(√v + ε)   (one v per matrix)",
    "adam": "m ← β₁m + (1−β₁)∇,  v ← β₂v + (1−β₂)∇²,  W ← W − lr·m̂/(√v̂ + ε)",
}


class Optimizer:
    name = ""
    defaults: dict = {}
    elementwise = True   # the update of each entry depends on that entry only

    def __init__(self, **hyperparameters):
        unknown = set(hyperparameters) - set(self.defaults)
        if unknown:
            raise AnnStudioError(
                f"{self.name} has no hyperparameter {sorted(unknown)[0]!r}; "
                f"it takes {', '.join(self.defaults)}")
        hp = dict(self.defaults)
        hp.update(hyperparameters)
        self.hyperparameters = self._validate(hp)
        self.state = None

    # ----- hyperparameters -----
    def _validate(self, hp):
        hp["lr"] = check_float("lr", hp["lr"], minimum=0, min_inclusive=False)
        if "weight_decay" in hp:
            hp["weight_decay"] = check_float("weight_decay", hp["weight_decay"], minimum=0)
        if "eps" in hp:
            hp["eps"] = check_float("eps", hp["eps"], minimum=0)
        return hp

    @property
    def lr(self):
        return self.hyperparameters["lr"]

    @lr.setter
    def lr(self, value):
        self.set(lr=value)

    def set(self, **hyperparameters):
        """Change hyperparameters between steps (validated; state is kept)."""
        unknown = set(hyperparameters) - set(self.defaults)
        if unknown:
            raise AnnStudioError(f"{self.name} has no hyperparameter {sorted(unknown)[0]!r}")
        hp = dict(self.hyperparameters)
        hp.update(hyperparameters)
        self.hyperparameters = self._validate(hp)

    # ----- state -----
    def _init_state(self, params):
        self.state = [self.initial_state(p) for p in params]

    def initial_state(self, p):
        return {}

    def state_dict(self):
        """{"name", "hyperparameters", "state": [per-parameter dicts]} with copied arrays."""
        state = None if self.state is None else [
            {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in s.items()}
            for s in self.state]
        return {"name": self.name, "hyperparameters": dict(self.hyperparameters), "state": state}

    def load_state_dict(self, d):
        if d.get("name", self.name) != self.name:
            raise AnnStudioError(f"optimizer state is for {d.get('name')!r}, not {self.name!r}")
        if "hyperparameters" in d:
            self.set(**d["hyperparameters"])
        st = d.get("state")
        self.state = None if st is None else [
            {k: (np.array(v, dtype=float) if isinstance(v, (np.ndarray, list)) else v)
             for k, v in s.items()} for s in st]

    def reset(self):
        self.state = None

    # ----- the update -----
    def step(self, params, grads):
        """Update every array of ``params`` in place from the matching ``grads``."""
        params = list(params)
        grads = [g for g in grads]
        if len(grads) and isinstance(grads[0], tuple):   # [(dW, db), ...] from loss_and_gradients
            grads = [a for pair in grads for a in pair]
        if len(params) != len(grads):
            raise AnnStudioError(f"{len(params)} parameters but {len(grads)} gradients")
        if self.state is None or len(self.state) != len(params):
            self._init_state(params)
        self._step(params, grads)

    def _step(self, params, grads):
        raise NotImplementedError

    def __repr__(self):
        hp = ", ".join(f"{k}={v}" for k, v in self.hyperparameters.items())
        return f"{self.name}({hp})"


def _with_decay(p, g, wd):
    return g + wd * p if wd else g


class SGD(Optimizer):
    """torch.optim.SGD: g ← ∇ + λW; v ← μv + (1−τ)g (v₁ = g); g ← g + μv (nesterov) or v;
    W ← W − lr·g."""
    name = "sgd"
    defaults = {"lr": 1e-3, "momentum": 0.0, "dampening": 0.0, "weight_decay": 0.0,
                "nesterov": False}

    def _validate(self, hp):
        hp = super()._validate(hp)
        hp["momentum"] = check_float("momentum", hp["momentum"], minimum=0)
        hp["dampening"] = check_float("dampening", hp["dampening"])
        hp["nesterov"] = bool(hp["nesterov"])
        if hp["nesterov"] and (hp["momentum"] <= 0 or hp["dampening"] != 0):
            raise AnnStudioError("nesterov momentum needs momentum > 0 and dampening 0")
        return hp

    def initial_state(self, p):
        return {"momentum_buffer": None}

    def _step(self, params, grads):
        hp = self.hyperparameters
        lr, mu, tau, wd = hp["lr"], hp["momentum"], hp["dampening"], hp["weight_decay"]
        for p, g, s in zip(params, grads, self.state):
            g = _with_decay(p, g, wd)
            if mu:
                buf = s["momentum_buffer"]
                if buf is None:
                    buf = s["momentum_buffer"] = np.array(g, dtype=float, copy=True)
                else:
                    buf *= mu
                    buf += (1 - tau) * g
                g = g + mu * buf if hp["nesterov"] else buf
            p -= lr * g


class LectureMomentum(Optimizer):
    """The lecture's momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇,  W ← W − α ΔW_t,  ΔW_0 = 0."""
    name = "lecture_momentum"
    defaults = {"lr": 0.04, "eta": 0.7}

    def _validate(self, hp):
        hp = super()._validate(hp)
        hp["eta"] = check_float("eta", hp["eta"], minimum=0, maximum=1, min_inclusive=False)
        return hp

    def initial_state(self, p):
        return {"delta": np.zeros_like(p, dtype=float)}

    def _step(self, params, grads):
        lr, eta = self.hyperparameters["lr"], self.hyperparameters["eta"]
        for p, g, s in zip(params, grads, self.state):
            d = s["delta"]
            d *= 1 - eta
            d += eta * g
            p -= lr * d


class Adagrad(Optimizer):
    """torch.optim.Adagrad: G ← G + g², W ← W − lr/(1 + (t−1)·lr_decay) · g/(√G + ε)."""
    name = "adagrad"
    defaults = {"lr": 1e-2, "lr_decay": 0.0, "weight_decay": 0.0,
                "initial_accumulator_value": 0.0, "eps": 1e-10}

    def _validate(self, hp):
        hp = super()._validate(hp)
        hp["lr_decay"] = check_float("lr_decay", hp["lr_decay"], minimum=0)
        hp["initial_accumulator_value"] = check_float(
            "initial_accumulator_value", hp["initial_accumulator_value"], minimum=0)
        return hp

    def initial_state(self, p):
        return {"step": 0, "sum": np.full(p.shape, self.hyperparameters["initial_accumulator_value"])}

    def _step(self, params, grads):
        hp = self.hyperparameters
        for p, g, s in zip(params, grads, self.state):
            s["step"] += 1
            g = _with_decay(p, g, hp["weight_decay"])
            clr = hp["lr"] / (1 + (s["step"] - 1) * hp["lr_decay"])
            G = s["sum"]
            G += g * g
            p -= clr * g / (np.sqrt(G) + hp["eps"])


class RMSprop(Optimizer):
    """torch.optim.RMSprop: v ← αv + (1−α)g², W ← W − lr·g/(√v + ε) (centered: √(v − ḡ²))."""
    name = "rmsprop"
    defaults = {"lr": 1e-2, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0,
                "momentum": 0.0, "centered": False}

    def _validate(self, hp):
        hp = super()._validate(hp)
        hp["alpha"] = check_float("alpha", hp["alpha"], minimum=0, maximum=1)
        hp["momentum"] = check_float("momentum", hp["momentum"], minimum=0)
        hp["centered"] = bool(hp["centered"])
        return hp

    def initial_state(self, p):
        z = np.zeros_like(p, dtype=float)
        return {"step": 0, "square_avg": z, "momentum_buffer": z.copy(), "grad_avg": z.copy()}

    def _step(self, params, grads):
        hp = self.hyperparameters
        a = hp["alpha"]
        for p, g, s in zip(params, grads, self.state):
            s["step"] += 1
            g = _with_decay(p, g, hp["weight_decay"])
            v = s["square_avg"]
            v *= a
            v += (1 - a) * g * g
            if hp["centered"]:
                ga = s["grad_avg"]
                ga *= a
                ga += (1 - a) * g
                avg = np.sqrt(v - ga * ga) + hp["eps"]
            else:
                avg = np.sqrt(v) + hp["eps"]
            if hp["momentum"] > 0:
                buf = s["momentum_buffer"]
                buf *= hp["momentum"]
                buf += g / avg
                p -= hp["lr"] * buf
            else:
                p -= hp["lr"] * g / avg


class LectureRMSprop(Optimizer):
    """The lecture's RMSProp: v ← γv + (1−γ)‖∇‖², ONE v per tensor, W ← W − η∇/(√v + ε)."""
    name = "lecture_rmsprop"
    defaults = {"lr": 1e-2, "gamma": 0.9, "eps": 1e-8}
    elementwise = False

    def _validate(self, hp):
        hp = super()._validate(hp)
        hp["gamma"] = check_float("gamma", hp["gamma"], minimum=0, maximum=1)
        return hp

    def initial_state(self, p):
        return {"v": 0.0}

    def _step(self, params, grads):
        lr, gamma, eps = (self.hyperparameters[k] for k in ("lr", "gamma", "eps"))
        for p, g, s in zip(params, grads, self.state):
            s["v"] = gamma * s["v"] + (1 - gamma) * float(np.vdot(g, g))
            p -= (lr / (math.sqrt(s["v"]) + eps)) * g


class Adam(Optimizer):
    """torch.optim.Adam: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
    W ← W − lr/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε)  (amsgrad: v replaced by its running max)."""
    name = "adam"
    defaults = {"lr": 1e-3, "betas": (0.9, 0.999), "eps": 1e-8, "weight_decay": 0.0,
                "amsgrad": False}

    def _validate(self, hp):
        hp = super()._validate(hp)
        betas = hp["betas"]
        if isinstance(betas, str):
            betas = betas.split(",")
        try:
            b1, b2 = betas
        except (TypeError, ValueError):
            raise AnnStudioError(f"betas must be two numbers, got {hp['betas']!r}") from None
        hp["betas"] = (check_float("beta1", b1, minimum=0, maximum=1, max_inclusive=False),
                       check_float("beta2", b2, minimum=0, maximum=1, max_inclusive=False))
        hp["amsgrad"] = bool(hp["amsgrad"])
        return hp

    def initial_state(self, p):
        z = np.zeros_like(p, dtype=float)
        s = {"step": 0, "exp_avg": z, "exp_avg_sq": z.copy()}
        if self.hyperparameters["amsgrad"]:
            s["max_exp_avg_sq"] = z.copy()
        return s

    def _step(self, params, grads):
        hp = self.hyperparameters
        b1, b2 = hp["betas"]
        for p, g, s in zip(params, grads, self.state):
            s["step"] += 1
            t = s["step"]
            g = _with_decay(p, g, hp["weight_decay"])
            m, v = s["exp_avg"], s["exp_avg_sq"]
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            if hp["amsgrad"]:
                if "max_exp_avg_sq" not in s:
                    s["max_exp_avg_sq"] = np.zeros_like(v)
                np.maximum(s["max_exp_avg_sq"], v, out=s["max_exp_avg_sq"])
                v = s["max_exp_avg_sq"]
            denom = np.sqrt(v) / math.sqrt(1 - b2 ** t) + hp["eps"]
            p -= (hp["lr"] / (1 - b1 ** t)) * m / denom


CLASSES = {c.name: c for c in (SGD, LectureMomentum, Adagrad, RMSprop, LectureRMSprop, Adam)}


def create(name, **hyperparameters):
    """An optimizer by name with torch-named hyperparameters, e.g. create("adam", lr=1e-3)."""
    if name not in CLASSES:
        raise AnnStudioError(f"unknown optimizer {name!r}; choose one of {', '.join(NAMES)}")
    return CLASSES[name](**hyperparameters)


def defaults(name):
    if name not in CLASSES:
        raise AnnStudioError(f"unknown optimizer {name!r}; choose one of {', '.join(NAMES)}")
    return dict(CLASSES[name].defaults)
