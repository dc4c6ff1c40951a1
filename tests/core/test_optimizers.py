"""NumPy optimizers against ``torch.optim`` step for step, and the lecture's variants against
their closed forms (written out here, independently)."""
import json
import math

import numpy as np
import pytest

import annstudio as ann
from annstudio.core import optimizers
from annstudio.core.training import Trainer, batch_order

torch = pytest.importorskip("torch")

SHAPES = [(3, 4), (4,), (4, 2), (2,)]          # [W0, b0, W1, b1]
STEPS = 30

CONFIGS = [
    ("sgd", {"lr": 0.1}),
    ("sgd", {"lr": 0.05, "momentum": 0.9}),
    ("sgd", {"lr": 0.05, "momentum": 0.8, "dampening": 0.3}),
    ("sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("sgd", {"lr": 0.05, "weight_decay": 0.1}),
    ("sgd", {"lr": 0.03, "momentum": 0.7, "dampening": 0.2, "weight_decay": 0.05}),
    ("sgd", {"lr": 0.03, "momentum": 0.7, "nesterov": True, "weight_decay": 0.05}),
    ("adagrad", {"lr": 0.1}),
    ("adagrad", {"lr": 0.1, "lr_decay": 0.05}),
    ("adagrad", {"lr": 0.1, "weight_decay": 0.1, "initial_accumulator_value": 0.3, "eps": 1e-6}),
    ("adagrad", {"lr": 0.2, "lr_decay": 0.01, "weight_decay": 0.02,
                 "initial_accumulator_value": 0.1, "eps": 1e-3}),
    ("rmsprop", {"lr": 0.01}),
    ("rmsprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-4}),
    ("rmsprop", {"lr": 0.01, "weight_decay": 0.1}),
    ("rmsprop", {"lr": 0.01, "momentum": 0.9}),
    ("rmsprop", {"lr": 0.01, "centered": True}),
    ("rmsprop", {"lr": 0.005, "alpha": 0.95, "eps": 1e-6, "weight_decay": 0.05,
                 "momentum": 0.5, "centered": True}),
    ("adam", {"lr": 0.01}),
    ("adam", {"lr": 0.01, "betas": (0.8, 0.99)}),
    ("adam", {"lr": 0.01, "eps": 1e-3}),
    ("adam", {"lr": 0.01, "weight_decay": 0.1}),
    ("adam", {"lr": 0.01, "amsgrad": True}),
    ("adam", {"lr": 0.02, "betas": (0.5, 0.9), "eps": 1e-6, "weight_decay": 0.05,
              "amsgrad": True}),
]
TORCH = {"sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam"}


def rel_err(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), 1e-300))


def random_problem(seed, shapes=SHAPES, steps=STEPS):
    rng = np.random.default_rng(seed)
    params = [rng.standard_normal(s) for s in shapes]
    # gradients of varying scale, some sign changes, so every term of every update matters
    grads = [[rng.standard_normal(s) * rng.uniform(0.1, 3.0) for s in shapes]
             for _ in range(steps)]
    return params, grads


def torch_run(name, hp, params, grad_seq, buffers=None):
    ps = [torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in params]
    opt = getattr(torch.optim, TORCH[name])(ps, **hp)
    if buffers is not None:
        for p, buf in zip(ps, buffers):
            opt.state[p]["momentum_buffer"] = torch.tensor(buf, dtype=torch.float64)
    out = []
    for grads in grad_seq:
        for p, g in zip(ps, grads):
            p.grad = torch.tensor(g, dtype=torch.float64)
        opt.step()
        out.append([p.detach().numpy().copy() for p in ps])
    return out, opt, ps


@pytest.mark.parametrize("name,hp", CONFIGS, ids=[f"{n}-{h}" for n, h in CONFIGS])
def test_matches_torch_step_for_step(name, hp):
    params, grad_seq = random_problem(len(json.dumps(hp, default=str)) + len(name))
    expected, _, _ = torch_run(name, hp, params, grad_seq)
    opt = optimizers.create(name, **hp)
    ours = [p.copy() for p in params]
    for t, grads in enumerate(grad_seq):
        before = [g.copy() for g in grads]
        opt.step(ours, grads)
        for g, g0 in zip(grads, before):
            np.testing.assert_array_equal(g, g0)        # gradients are not modified
        for p, q in zip(ours, expected[t]):
            assert rel_err(p, q) <= 1e-10, (name, hp, t)
    # the run moved the parameters (the comparison is not vacuous)
    assert rel_err(ours[0], params[0]) > 1e-3


@pytest.mark.parametrize("name,hp", CONFIGS, ids=[f"{n}-{h}" for n, h in CONFIGS])
def test_flat_vector_equals_per_tensor(name, hp):
    """The Trainer steps θ as one flat vector; that must equal stepping each tensor."""
    params, grad_seq = random_problem(3)
    flat = np.concatenate([p.ravel() for p in params])
    per, one = optimizers.create(name, **hp), optimizers.create(name, **hp)
    for grads in grad_seq:
        per.step(params, grads)
        one.step([flat], [np.concatenate([g.ravel() for g in grads])])
    np.testing.assert_allclose(flat, np.concatenate([p.ravel() for p in params]),
                               rtol=1e-13, atol=1e-15)


def test_default_hyperparameters_are_torchs():
    p = [torch.zeros(2, requires_grad=True)]
    for name, cls in TORCH.items():
        torch_defaults = getattr(torch.optim, cls)(p).defaults
        for key, value in optimizers.defaults(name).items():
            tv = torch_defaults[key]
            assert (tuple(tv) if isinstance(tv, tuple) else tv) == value, (name, key)


def test_set_changes_lr_between_steps_like_torch():
    params, grad_seq = random_problem(8)
    ps = [torch.tensor(p, requires_grad=True) for p in params]
    topt = torch.optim.Adam(ps, lr=0.01)
    opt = optimizers.create("adam", lr=0.01)
    ours = [p.copy() for p in params]
    for t, grads in enumerate(grad_seq):
        if t == 10:
            opt.lr = 0.05
            for group in topt.param_groups:
                group["lr"] = 0.05
        for p, g in zip(ps, grads):
            p.grad = torch.tensor(g)
        topt.step()
        opt.step(ours, grads)
    for p, q in zip(ours, ps):
        assert rel_err(p, q.detach().numpy()) <= 1e-10


# ----- the lecture's momentum -----------------------------------------------------------

def lecture_momentum_closed_form(params, grad_seq, alpha, eta):
    """ΔW_0 = 0;  ΔW_t = (1 − η) ΔW_{t−1} + η ∇_t;  W ← W − α ΔW_t."""
    W = [p.copy() for p in params]
    dW = [np.zeros_like(p) for p in params]
    out = []
    for grads in grad_seq:
        for i in range(len(W)):
            dW[i] = (1 - eta) * dW[i] + eta * grads[i]
            W[i] = W[i] - alpha * dW[i]
        out.append([w.copy() for w in W])
    return out


@pytest.mark.parametrize("alpha,eta", [(0.04, 0.7), (0.1, 0.3), (0.01, 1.0)])
def test_lecture_momentum_matches_its_closed_form(alpha, eta):
    params, grad_seq = random_problem(21)
    expected = lecture_momentum_closed_form(params, grad_seq, alpha, eta)
    opt = optimizers.create("lecture_momentum", lr=alpha, eta=eta)
    ours = [p.copy() for p in params]
    for t, grads in enumerate(grad_seq):
        opt.step(ours, grads)
        for p, q in zip(ours, expected[t]):
            assert rel_err(p, q) <= 1e-12


def test_lecture_momentum_is_torch_sgd_with_buffer_started_at_zero():
    """With momentum = dampening = 1 − η, torch's buffer is v_t = (1−η)v_{t−1} + η∇_t, the
    lecture's ΔW_t, except that torch sets v_1 = ∇_1 where the lecture has ΔW_1 = η∇_1.
    Starting torch's buffer at 0 makes its first step η∇_1: then the runs are equal."""
    alpha, eta = 0.04, 0.7
    params, grad_seq = random_problem(5)
    hp = dict(lr=alpha, momentum=1 - eta, dampening=1 - eta)
    started_at_zero, _, _ = torch_run("sgd", hp, params, grad_seq,
                                      buffers=[np.zeros_like(p) for p in params])
    opt = optimizers.create("lecture_momentum", lr=alpha, eta=eta)
    ours = [p.copy() for p in params]
    for t, grads in enumerate(grad_seq):
        opt.step(ours, grads)
        for p, q in zip(ours, started_at_zero[t]):
            assert rel_err(p, q) <= 1e-10

    # Torch's default start (v_1 = ∇_1): its buffer exceeds ΔW_t by (1−η)^t ∇_1, so after t
    # steps its weights differ by −α ∇_1 Σ_{s=1..t} (1−η)^s (for the same gradients).
    default, _, _ = torch_run("sgd", hp, params, grad_seq)
    expected = lecture_momentum_closed_form(params, grad_seq, alpha, eta)
    for t in range(len(grad_seq)):
        geometric = sum((1 - eta) ** s for s in range(1, t + 2))
        for i, g1 in enumerate(grad_seq[0]):
            np.testing.assert_allclose(default[t][i] - expected[t][i], -alpha * geometric * g1,
                                       rtol=1e-9, atol=1e-13)
    assert rel_err(default[-1][0], expected[-1][0]) > 1e-4    # they really are different


# ----- the lecture's RMSProp -------------------------------------------------------------

@pytest.mark.parametrize("lr,gamma,eps", [(0.01, 0.9, 1e-8), (0.1, 0.5, 1e-3)])
def test_lecture_rmsprop_matches_its_closed_form(lr, gamma, eps):
    params, grad_seq = random_problem(13)
    W = [p.copy() for p in params]
    v = [0.0] * len(W)                      # one v per tensor
    opt = optimizers.create("lecture_rmsprop", lr=lr, gamma=gamma, eps=eps)
    ours = [p.copy() for p in params]
    for grads in grad_seq:
        for i, g in enumerate(grads):
            v[i] = gamma * v[i] + (1 - gamma) * float(np.sum(g ** 2))
            W[i] = W[i] - lr * g / (math.sqrt(v[i]) + eps)
        opt.step(ours, grads)
        for p, q in zip(ours, W):
            assert rel_err(p, q) <= 1e-12
    assert not opt.elementwise


# ----- state: save, load, continue -------------------------------------------------------

def to_plain(d):
    """What a saved experiment file holds: lists, not arrays (JSON round trip)."""
    def conv(x):
        if isinstance(x, np.ndarray):
            return x.tolist()
        if isinstance(x, dict):
            return {k: conv(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [conv(v) for v in x]
        return x
    return json.loads(json.dumps(conv(d)))


@pytest.mark.parametrize("name,hp", CONFIGS + [("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
                                               ("lecture_rmsprop", {"lr": 0.01})],
                         ids=lambda x: str(x))
def test_state_dict_round_trip_continues_identically(name, hp):
    params, grad_seq = random_problem(17)
    a = optimizers.create(name, **hp)
    pa = [p.copy() for p in params]
    for grads in grad_seq[:12]:
        a.step(pa, grads)
    saved = to_plain(a.state_dict())
    b = optimizers.create(name, **optimizers.defaults(name))   # other hyperparameters
    b.load_state_dict(saved)
    pb = [p.copy() for p in pa]
    for grads in grad_seq[12:]:
        a.step(pa, grads)
        b.step(pb, grads)
    for p, q in zip(pa, pb):
        np.testing.assert_array_equal(p, q)


def test_numpy_state_continues_in_torch():
    """The state is named like torch's: hand it to torch.optim.Adam and continue there."""
    params, grad_seq = random_problem(4)
    opt = optimizers.create("adam", lr=0.01, amsgrad=True)
    ours = [p.copy() for p in params]
    for grads in grad_seq[:10]:
        opt.step(ours, grads)
    ps = [torch.tensor(p, requires_grad=True) for p in ours]
    topt = torch.optim.Adam(ps, lr=0.01, amsgrad=True)
    for p, s in zip(ps, opt.state_dict()["state"]):
        topt.state[p] = {k: torch.tensor(v, dtype=torch.float64) for k, v in s.items()}
    for grads in grad_seq[10:]:
        opt.step(ours, grads)
        for p, g in zip(ps, grads):
            p.grad = torch.tensor(g)
        topt.step()
    for p, q in zip(ours, ps):
        assert rel_err(p, q.detach().numpy()) <= 1e-10


# ----- the Trainer's flat layout ----------------------------------------------------------

def _moons_like(n=60, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, 2))
    return X, (X[:, 0] * X[:, 1] > 0).astype(int)


@pytest.mark.parametrize("name,hp", [("sgd", {"lr": 0.1, "momentum": 0.9}),
                                     ("adagrad", {"lr": 0.1, "initial_accumulator_value": 0.1}),
                                     ("rmsprop", {"lr": 0.01, "centered": True, "momentum": 0.5}),
                                     ("adam", {"lr": 0.01, "amsgrad": True}),
                                     ("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
                                     ("lecture_rmsprop", {"lr": 0.01})])
def test_trainer_optimizer_state_equals_a_per_tensor_optimizer(name, hp):
    X, y = _moons_like()
    net = ann.Network.create([2, 5, 3, 1], hidden="tanh", output="sigmoid", init="xavier", seed=1)
    ref = net.copy()
    trainer = Trainer(net, X, y, optimizer=name, batch_size=8, seed=4, **hp)
    for _ in range(11):
        trainer.step()
    # The same steps by hand, one optimizer over the list of tensors.
    opt = optimizers.create(name, **hp)
    for s in range(11):
        epoch, j = divmod(s, 8)
        idx = batch_order(len(X), epoch, 4)[j * 8:(j + 1) * 8]
        _, grads = ref.loss_and_gradients(X[idx], y[idx], "bce")
        opt.step(ref.parameters(), grads)
    for p, q in zip(net.parameters(), ref.parameters()):
        np.testing.assert_allclose(p, q, rtol=1e-12, atol=1e-14)
    got, want = trainer.optimizer_state(), opt.state_dict()
    assert len(got["state"]) == len(want["state"]) == 6
    for sg, sw, p in zip(got["state"], want["state"], ref.parameters()):
        assert set(sg) == set(sw)
        for k in sw:
            if isinstance(sw[k], np.ndarray):
                assert sg[k].shape == p.shape
                np.testing.assert_allclose(sg[k], sw[k], rtol=1e-12, atol=1e-14)
            else:
                assert sg[k] == pytest.approx(sw[k], rel=1e-12)
    # ...and the per-tensor state loads back into a fresh trainer, which continues identically.
    net2 = net.copy()
    t2 = Trainer(net2, X, y, optimizer=name, batch_size=8, seed=4, **hp)
    t2.epoch, t2.batch_index, t2.step_count = trainer.epoch, trainer.batch_index, trainer.step_count
    t2.load_optimizer_state(to_plain(got))
    for _ in range(9):
        trainer.step()
        t2.step()
    np.testing.assert_array_equal(net.theta, net2.theta)
