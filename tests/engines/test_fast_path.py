"""The NumPy engine's compiled fast path (`engines.fast`, numba) computes what the NumPy
path computes: gradients, weights, optimizer state, losses and the divergence rule's
verdict agree to ≤ 1e-12 for every activation, loss and optimizer it claims; anything it
does not claim, a missing numba or a failed compile falls back to the NumPy path, and
`engine.path` / `engine.path_note` say which path runs.

The oracle is the NumPy path (`core.training.Trainer`), itself checked against torch and
against the lecture's per-point Jacobian products elsewhere.
"""
import importlib.util

import numpy as np
import pytest

from annstudio.core import activations, datasets, losses, optimizers
from annstudio.core.network import Network
from annstudio.core.training import Trainer
from annstudio.engines import create, fast
from annstudio.engines.numpy_engine import NumpyEngine

HAVE_NUMBA = importlib.util.find_spec("numba") is not None
needs_numba = pytest.mark.skipif(not HAVE_NUMBA, reason="numba is not installed "
                                 "(it has no wheel for this Python or platform)")
TOL = 1e-12


@pytest.fixture(scope="module")
def kernels():
    if not HAVE_NUMBA:
        pytest.skip("numba is not installed")
    assert fast.start(wait=True, timeout=600), fast.status()
    return fast._kernels


@pytest.fixture
def fresh_fast_state():
    """Lets a test change the module's compile state; puts it back afterwards."""
    saved = (dict(fast._state), fast._kernels)
    yield
    fast._state.clear()
    fast._state.update(saved[0])
    fast._kernels = saved[1]


def _data(kind, n=60):
    if kind == "bce":
        return datasets.make("moons", n=n, noise=0.2, seed=1, test_fraction=0.25)
    if kind == "ce":
        return datasets.make("blobs", n=n, noise=0.5, seed=1, classes=3, test_fraction=0.25)
    return datasets.make("sine", n=n, noise=0.1, seed=1, test_fraction=0.25)


def _pair(sizes, hidden, output, loss, opt, hp, data, batch=8, seed=3):
    """The same run twice: on the NumPy path and on the compiled path."""
    a = Network.create(sizes, hidden=hidden, output=output, init="xavier", seed=seed)
    b = a.copy()
    kw = dict(loss=loss, batch_size=batch, seed=5, X_test=data.X_test, y_test=data.y_test)
    ref = Trainer(a, data.X_train, data.y_train, optimizer=opt, **kw, **hp)
    fst = fast.FastTrainer(b, data.X_train, data.y_train, optimizer=opt, **kw, **hp)
    return ref, fst


def _assert_same_state(ref, fst, what):
    np.testing.assert_allclose(fst.net.theta, ref.net.theta, rtol=0, atol=TOL,
                               err_msg=f"weights after {what}")
    sa, sb = ref.optimizer_state(), fst.optimizer_state()
    assert (sa["state"] is None) == (sb["state"] is None)
    for pa, pb in zip(sa["state"] or [], sb["state"] or []):
        assert set(pa) == set(pb)
        for key in pa:
            if pa[key] is None:
                assert pb[key] is None, key
            else:
                np.testing.assert_allclose(np.asarray(pb[key], float), np.asarray(pa[key], float),
                                           rtol=0, atol=TOL, err_msg=f"{key} after {what}")


OPTIMIZER_CASES = [
    ("sgd", {"lr": 0.05}),
    ("sgd", {"lr": 0.05, "momentum": 0.9, "dampening": 0.1, "weight_decay": 0.01}),
    ("sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
    ("adagrad", {"lr": 0.05, "lr_decay": 0.01, "weight_decay": 0.001,
                 "initial_accumulator_value": 0.1}),
    ("rmsprop", {"lr": 0.005}),
    ("rmsprop", {"lr": 0.002, "momentum": 0.5, "centered": True, "weight_decay": 0.01}),
    ("lecture_rmsprop", {"lr": 0.01, "gamma": 0.9}),
    ("adam", {"lr": 0.01}),
    ("adam", {"lr": 0.01, "betas": (0.8, 0.99), "weight_decay": 0.01, "amsgrad": True}),
]


@needs_numba
def test_the_kernels_cover_what_the_app_offers(kernels):
    # engines.fast passes each name's position in its tuples as the kernel's code
    assert kernels.ACT_CODES == {a: i for i, a in enumerate(fast.ACTIVATIONS)}
    assert kernels.LOSS_CODES == {a: i for i, a in enumerate(fast.LOSSES)}
    assert kernels.OPT_CODES == {a: i for i, a in enumerate(fast.OPTIMIZERS)}
    assert set(fast.ACTIVATIONS) == set(activations.ALL)
    assert set(fast.LOSSES) == set(losses.LOSSES)
    assert set(fast.OPTIMIZERS) == set(optimizers.NAMES)


@needs_numba
@pytest.mark.parametrize("opt,hp", OPTIMIZER_CASES, ids=lambda v: str(v))
def test_every_optimizer_step_by_step(kernels, opt, hp):
    data = _data("bce")
    ref, fst = _pair([2, 6, 5, 1], "tanh", "sigmoid", "bce", opt, hp, data)
    for step in range(14):            # 2 epochs of 6 batches (45 points, batch 8) and more
        ra, rb = ref.step(), fst.step()
        assert fst.path == "compiled"
        assert rb.batch_loss == pytest.approx(ra.batch_loss, abs=TOL)
        np.testing.assert_allclose(fst._grad, ref._grad, rtol=0, atol=TOL,
                                   err_msg=f"gradient at step {step + 1}")
        _assert_same_state(ref, fst, f"step {step + 1}")
        assert (ra.epoch_record is None) == (rb.epoch_record is None)
    assert fst.history.train_loss == pytest.approx(ref.history.train_loss, abs=TOL)
    assert fst.history.test_loss == pytest.approx(ref.history.test_loss, abs=TOL)


@needs_numba
@pytest.mark.parametrize("sizes", [[2, 1, 1], [2, 3, 2, 1], [2, 4, 3, 5, 1], [2, 9, 3],
                                   [2, 6, 5, 1]],
                         ids=lambda v: "→".join(map(str, v)))
@pytest.mark.parametrize("batch", [1, 7, 8])
@pytest.mark.parametrize("momentum", [0.5, 0.0])
def test_narrow_layers_and_odd_batches(kernels, sizes, batch, momentum):
    """The kernels take a layer narrower than 4 units as dot products and wider ones in
    blocks (rows four, two, then one at a time; inputs four at a time, then one): every
    mix of them, batches of 1, odd and even (45 points: the last batch of 7 holds 3 rows,
    of 8 holds 5), with momentum and with plain SGD (its own fused update), equal the
    NumPy path."""
    kind = "ce" if sizes[-1] > 1 else "bce"
    data = _data(kind)
    output, loss = ("softmax", "ce") if kind == "ce" else ("sigmoid", "bce")
    ref, fst = _pair(sizes, "tanh", output, loss, "sgd", {"lr": 0.1, "momentum": momentum},
                     data, batch=batch)
    for step in range(2 * ref.steps_per_epoch + 1):
        ra, rb = ref.step(), fst.step()
        assert fst.path == "compiled"
        assert rb.batch_loss == pytest.approx(ra.batch_loss, abs=TOL)
        np.testing.assert_allclose(fst._grad, ref._grad, rtol=0, atol=TOL,
                                   err_msg=f"gradient at step {step + 1}")
        np.testing.assert_allclose(fst.net.theta, ref.net.theta, rtol=0, atol=TOL)
    ref.train(1)
    fst.train(1)                      # the whole-epoch call too
    np.testing.assert_allclose(fst.net.theta, ref.net.theta, rtol=0, atol=TOL)
    assert fst.history.step_loss == pytest.approx(ref.history.step_loss, abs=TOL)
    assert fst.history.train_loss == pytest.approx(ref.history.train_loss, abs=TOL)


def test_the_compiled_step_gets_cache_line_aligned_arrays(kernels):
    """θ, ∂L/∂θ, the kept weights and the kernels' buffers start on a 64-byte boundary (a
    compiled step measured ~10 µs aligned, up to ~16 µs straddling cache lines)."""
    data = _data("bce")
    _, fst = _pair([2, 20, 40, 20, 1], "relu", "sigmoid", "bce", "sgd", {"lr": 0.1}, data)
    for name, a in [("θ", fst.net.theta), ("∂L/∂θ", fst._grad), ("kept", fst._last_good),
                    ("work", fst._work), ("δ", fst._delta), ("δ'", fst._delta2)]:
        assert a.ctypes.data % 64 == 0, name
    assert fst.net.copy().theta.ctypes.data % 64 == 0


@needs_numba
@pytest.mark.parametrize("hidden", activations.HIDDEN)
@pytest.mark.parametrize("output,loss", [("sigmoid", "bce"), ("softmax", "ce"),
                                         ("identity", "mse"), ("sigmoid", "mse"),
                                         ("softmax", "mse")])
def test_every_activation_and_loss(kernels, hidden, output, loss):
    kind = {"bce": "bce", "ce": "ce"}.get(loss, "ce" if output == "softmax" else
                                          "bce" if output == "sigmoid" else "mse")
    data = _data(kind)
    n_out = {"sigmoid": 1, "softmax": 3, "identity": 1}[output]
    n_in = data.X_train.shape[1]
    if loss == "mse" and output != "identity":   # targets in [0, 1], one column per output
        y = np.eye(n_out)[data.y_train.astype(int)] if n_out > 1 else data.y_train
        yt = np.eye(n_out)[data.y_test.astype(int)] if n_out > 1 else data.y_test
        data = datasets.Dataset.__new__(datasets.Dataset)
        data.__dict__.update(_data(kind).__dict__)
        data.y_train, data.y_test = y, yt
    ref, fst = _pair([n_in, 7, 4, n_out], hidden, output, loss, "sgd",
                     {"lr": 0.1, "momentum": 0.5}, data)
    for step in range(8):
        ra, rb = ref.step(), fst.step()
        assert rb.batch_loss == pytest.approx(ra.batch_loss, abs=TOL)
        np.testing.assert_allclose(fst._grad, ref._grad, rtol=0, atol=TOL,
                                   err_msg=f"gradient at step {step + 1}")
        np.testing.assert_allclose(fst.net.theta, ref.net.theta, rtol=0, atol=TOL)
    assert fst.path == "compiled"
    rec_a, rec_b = ref.evaluate(), fst.evaluate()
    assert rec_b.train_loss == pytest.approx(rec_a.train_loss, abs=TOL)
    assert rec_b.train_metric == pytest.approx(rec_a.train_metric, abs=TOL)


@needs_numba
def test_the_lecture_run_ends_at_the_same_weights_on_either_path(kernels, monkeypatch):
    """The lecture run (moons 500, 2→20→40→20→1 ReLU/σ, SGD lr 0.015, batch 10, 50 epochs =
    2,500 steps) through the engine interface: the same curve and weights either way."""
    data = datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.0)
    runs = {}
    for flag in (False, True):
        net = Network.create([2, 20, 40, 20, 1], seed=0)
        e = create("numpy", net, data, "sgd", {"lr": 0.015}, batch_size=10) if flag else \
            NumpyEngine(net, data, "sgd", {"lr": 0.015}, batch_size=10, fast=False)
        assert e.path == ("compiled" if flag else "numpy"), e.path_note
        e.train(50)
        runs[flag] = e
    a, b = runs[False], runs[True]
    assert b.history.train_loss == pytest.approx(a.history.train_loss, abs=1e-12)
    np.testing.assert_allclose(b.net.theta, a.net.theta, rtol=0, atol=1e-12)
    assert 0.2 < b.history.train_loss[-1] < 0.4      # it did learn


@needs_numba
def test_a_run_may_change_path_between_steps(kernels, monkeypatch):
    """While the kernels compile the NumPy path runs; then the compiled one takes over
    mid-epoch, with the optimizer's state carried (what the window's first run does)."""
    data = _data("bce")
    ref, fst = _pair([2, 8, 8, 1], "relu", "sigmoid", "bce", "adam", {"lr": 0.01}, data)
    monkeypatch.setattr(fast, "_kernels", None)
    for _ in range(4):
        ref.step(), fst.step()
    assert fst.path == "numpy"
    monkeypatch.setattr(fast, "_kernels", kernels)
    for _ in range(10):
        ref.step(), fst.step()
    assert fst.path == "compiled"
    _assert_same_state(ref, fst, "a change of path")


@needs_numba
def test_state_moves_between_paths(kernels):
    """export_state of a compiled-path engine continues on a NumPy-path engine (and back)
    exactly as a run that never moved."""
    data = _data("bce")
    whole = NumpyEngine(Network.create([2, 8, 8, 1], seed=2), data, "rmsprop",
                        {"lr": 0.01, "momentum": 0.3}, batch_size=8, fast=False)
    first = NumpyEngine(Network.create([2, 8, 8, 1], seed=2), data, "rmsprop",
                        {"lr": 0.01, "momentum": 0.3}, batch_size=8)
    assert first.path == "compiled"
    whole.train(3)
    first.train(2)
    second = NumpyEngine(Network.create([2, 8, 8, 1], seed=2), data, "rmsprop",
                         {"lr": 0.01, "momentum": 0.3}, batch_size=8, fast=False)
    second.import_state(first.export_state())
    second.train(1)
    np.testing.assert_allclose(second.net.theta, whole.net.theta, rtol=0, atol=TOL)
    third = NumpyEngine(Network.create([2, 8, 8, 1], seed=2), data, "rmsprop",
                        {"lr": 0.01, "momentum": 0.3}, batch_size=8)
    third.import_state(second.export_state())
    third.train(1)
    whole.train(1)
    assert third.path == "compiled"
    np.testing.assert_allclose(third.net.theta, whole.net.theta, rtol=0, atol=TOL)


@needs_numba
def test_changed_hyperparameters_reach_the_compiled_step(kernels):
    data = _data("bce")
    ref, fst = _pair([2, 8, 1], "relu", "sigmoid", "bce", "sgd", {"lr": 0.05}, data)
    for lr, mu in [(0.05, 0.0), (0.2, 0.0), (0.2, 0.9), (0.01, 0.9)]:
        ref.set(lr=lr, momentum=mu)
        fst.set(lr=lr, momentum=mu)
        for _ in range(3):
            ref.step(), fst.step()
        _assert_same_state(ref, fst, f"lr={lr}, momentum={mu}")


@needs_numba
@pytest.mark.parametrize("opt,lr", [("sgd", 50.0), ("adam", 100.0)])
def test_divergence_is_caught_at_the_same_step_with_the_same_weights_kept(kernels, opt, lr):
    data = datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.0)
    ref, fst = _pair([2, 20, 40, 20, 1], "relu", "sigmoid", "bce", opt, {"lr": lr}, data,
                     batch=10, seed=0)
    ref.train(5)
    fst.train(5)
    assert ref.history.diverged and fst.history.diverged == ref.history.diverged
    assert fst.step_count == ref.step_count
    np.testing.assert_allclose(fst.net.theta, ref.net.theta, rtol=0, atol=TOL)


# --------------------------------------------------------------------------- fallbacks
def test_without_numba_the_engine_says_so_and_trains_on_numpy(monkeypatch, fresh_fast_state):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a, **k: None if name.split(".")[0] == "numba"
                        else real(name, *a, **k))
    fast._state.update(phase="idle", thread=None)
    fast._kernels = None
    data = _data("bce")
    e = create("numpy", Network.create([2, 8, 8, 1], seed=0), data, "sgd", {"lr": 0.1})
    assert e.path == "numpy"
    assert type(e.trainer) is Trainer
    assert e.path_note == f"NumPy path: numba is not installed ({fast.INSTALL_HINT})"
    assert fast.start() is False and fast.status()[0] == "missing"
    e.train(2)
    assert len(e.history.train_loss) == 2


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv("ANNSTUDIO_FAST", "0")
    e = create("numpy", Network.create([2, 8, 1], seed=0), _data("bce"), "sgd", {"lr": 0.1})
    assert e.path == "numpy" and type(e.trainer) is Trainer
    assert e.path_note == "NumPy path: the fast path is switched off"


@pytest.mark.parametrize("sizes,batch,opt,expected", [
    ([2, 256, 256, 1], 256, optimizers.create("sgd", lr=0.1), "NumPy's BLAS is faster"),
    ([2, 8, 1], 10, type("MySGD", (optimizers.SGD,), {})(lr=0.1),
     "no fast kernel for optimizer 'sgd'"),
    ([2, 20, 40, 20, 1], 10, optimizers.create("adam"), None),
    ([2] + [8] * 6 + [1], 10, optimizers.create("lecture_rmsprop"), None),
])
def test_what_the_fast_path_leaves_to_numpy(sizes, batch, opt, expected):
    net = Network.create(sizes, seed=0)
    why = fast.unsupported_reason(net, "bce", opt, batch)
    if expected is None:
        assert why is None
    else:
        assert expected in why


@needs_numba
def test_a_wide_net_runs_on_numpy_and_says_why(kernels):
    data = datasets.make("moons", n=600, noise=0.2, seed=0)
    e = create("numpy", Network.create([2, 256, 256, 1], seed=0), data, "sgd", {"lr": 0.1},
               batch_size=256)
    assert e.path == "numpy"
    assert e.path_note.startswith("NumPy path: a wide step (") and "BLAS" in e.path_note
    e.step()


@needs_numba
def test_a_failed_compile_leaves_the_numpy_path(monkeypatch, fresh_fast_state):
    def broken(k):
        raise RuntimeError("LLVM said no")
    monkeypatch.setattr(fast, "_warm_up", broken)
    fast._state.update(phase="idle", thread=None)
    fast._kernels = None
    e = create("numpy", Network.create([2, 8, 1], seed=0), _data("bce"), "sgd", {"lr": 0.1})
    fast.start(wait=True, timeout=600)
    assert fast.status() == ("failed", "fast path failed to compile (RuntimeError: LLVM said "
                                       "no); NumPy path")
    assert e.path == "numpy" and e.path_note == fast.status()[1]
    e.train(1)
    assert len(e.history.train_loss) == 1


@needs_numba
def test_the_note_names_the_compiled_path(kernels):
    e = create("numpy", Network.create([2, 8, 8, 1], seed=0), _data("bce"), "sgd", {"lr": 0.1})
    assert e.path == "compiled" and e.path_note == "compiled fast path (numba)"


@needs_numba
@pytest.mark.parametrize("opt,hp", [("sgd", {"lr": 0.05}),
                                    ("sgd", {"lr": 0.05, "momentum": 0.9}),
                                    ("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
                                    ("adam", {"lr": 0.01})])
def test_whole_epochs_per_call_match_step_by_step(kernels, opt, hp):
    """`train` runs each epoch's remaining batches in one compiled call (sgd,
    lecture_momentum): the same steps, losses, records and weights as one step at a time
    — and as the NumPy path — with a callback that changes the learning rate and stops."""
    data = _data("bce", n=90)
    ref, fst = _pair([2, 8, 8, 1], "relu", "sigmoid", "bce", opt, hp, data)
    seen = {"ref": [], "fst": []}

    def callback(name, trainer):
        def cb(rec):
            seen[name].append(rec.epoch)
            trainer.set(lr=hp["lr"] / 2)           # reaches the next epoch's steps
            return rec.epoch < 4                   # stop after epoch 4
        return cb
    single = []
    step = fst.step
    fst.step = lambda: (single.append(1), step())[1]     # steps taken one at a time
    ref.train(10, callback("ref", ref))
    fst.train(10, callback("fst", fst))
    assert seen["ref"] == seen["fst"] == [1, 2, 3, 4]
    # sgd / lecture_momentum: only the first step (it measures L_ref, starts the momentum
    # buffer) is single; adam's step-dependent bias corrections go step by step
    assert len(single) == (fst.step_count if opt == "adam" else 1)
    assert fst.step_count == ref.step_count == 4 * fst.steps_per_epoch
    assert fst.history.step_loss == pytest.approx(ref.history.step_loss, abs=TOL)
    assert fst.history.train_loss == pytest.approx(ref.history.train_loss, abs=TOL)
    np.testing.assert_allclose([r.grad_norms for r in fst.history.epochs],
                               [r.grad_norms for r in ref.history.epochs], rtol=0, atol=TOL)
    _assert_same_state(ref, fst, "4 epochs")
    # a mid-epoch position carries on from there
    ref.step(), fst.step()
    ref.train(1), fst.train(1)
    assert fst.step_count == ref.step_count and fst.batch_index == ref.batch_index == 0
    _assert_same_state(ref, fst, "a resumed epoch")


@needs_numba
def test_divergence_mid_epoch_in_a_whole_epoch_call(kernels):
    """A blow-up inside a compiled whole-epoch call stops at the same step as the NumPy
    path, with the same message and the same weights kept."""
    data = datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.0)
    ref, fst = _pair([2, 20, 40, 20, 1], "relu", "sigmoid", "bce", "sgd", {"lr": 0.01}, data,
                     batch=10, seed=0)
    ref.train(1), fst.train(1)
    ref.set(lr=80.0), fst.set(lr=80.0)
    ref.train(3), fst.train(3)
    assert ref.history.diverged and fst.history.diverged == ref.history.diverged
    assert fst.step_count == ref.step_count and fst.step_count % fst.steps_per_epoch
    assert fst.history.step_loss == pytest.approx(ref.history.step_loss, abs=TOL)
    np.testing.assert_allclose(fst.net.theta, ref.net.theta, rtol=0, atol=TOL)


def test_building_an_engine_does_not_wait_for_numba():
    """numba loads in the background compile thread, never while an engine is built (the
    engine process must answer its first configure at once)."""
    import subprocess
    import sys
    code = ("import sys, threading\n"
            "import annstudio.engines.fast as fast\n"
            "fast.start = lambda *a, **k: False\n"          # no background compile
            "from annstudio.engines import create\n"
            "import annstudio\n"
            "e = create('numpy', annstudio.Network.create([2, 8, 1]), "
            "annstudio.datasets.make('moons', n=40))\n"
            "e.train(1)\n"
            "print(type(e.trainer).__name__, e.path, 'numba' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    expected = "FastTrainer numpy False" if HAVE_NUMBA else "Trainer numpy False"
    assert r.stdout.strip() == expected


def _mse_data(n_out):
    """Regression targets for an n_out-unit output (one-hot rows of blobs, or the sine)."""
    if n_out == 1:
        return _data("mse")
    data = datasets.Dataset.__new__(datasets.Dataset)
    data.__dict__.update(_data("ce").__dict__)
    data.y_train = np.eye(n_out)[data.y_train.astype(int)]
    data.y_test = np.eye(n_out)[data.y_test.astype(int)]
    return data


@needs_numba
@pytest.mark.parametrize("hidden", activations.HIDDEN)
@pytest.mark.parametrize("output,loss,n_out", [("sigmoid", "bce", 1), ("softmax", "ce", 3),
                                               ("identity", "mse", 1), ("softmax", "mse", 3),
                                               ("sigmoid", "mse", 1)])
def test_the_compiled_loss_pass_equals_the_numpy_one(kernels, hidden, output, loss, n_out):
    """The per-epoch loss pass on the compiled path (BLAS products, compiled φ, loss and
    metric) gives the NumPy path's L and accuracy/R² on both sets, to ≤ 1e-12, at the
    first weights and after some steps."""
    data = _data(loss) if loss != "mse" else _mse_data(n_out)
    n_in = data.X_train.shape[1]
    ref, fst = _pair([n_in, 9, 5, n_out], hidden, output, loss, "sgd", {"lr": 0.1}, data)
    for when in ("at the start", "after 12 steps"):
        for which in ("train", "test"):
            La, ma = Trainer._loss_and_metric(fst, which)        # the NumPy path's pass
            Lb, mb = fst._loss_and_metric(which)
            assert Lb == pytest.approx(La, rel=0, abs=TOL), f"{which} loss {when}"
            assert mb == pytest.approx(ma, rel=0, abs=TOL), f"{which} metric {when}"
        assert fst._pass_buffers, "the compiled pass did not run"
        for _ in range(12):
            ref.step(), fst.step()
    ra, rb = ref.evaluate(0.5), fst.evaluate(0.5)
    for field in ("train_loss", "test_loss", "train_metric", "test_metric"):
        assert getattr(rb, field) == pytest.approx(getattr(ra, field), rel=0, abs=TOL), field
    assert rb.grad_norms == pytest.approx(ra.grad_norms, rel=0, abs=TOL)
    # the compiled ‖∂L/∂W_k‖ against NumPy's on the very same gradient
    assert fst.grad_norms() == pytest.approx(Trainer.grad_norms(fst), rel=1e-14, abs=0)
    assert len(fst.grad_norms()) == 3 and min(fst.grad_norms()) > 0


@needs_numba
def test_the_compiled_loss_pass_reports_overflow_as_the_numpy_one(kernels):
    """Weights so large the outputs overflow: the same inf/NaN loss either way (the
    divergence rule reads it), and no floating-point warning escapes."""
    data = _data("ce")
    ref, fst = _pair([2, 6, 3], "relu", "softmax", "ce", "sgd", {"lr": 0.1}, data)
    fst.net.theta[...] = 1e200
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Lb, mb = fst._loss_and_metric("train")
    with np.errstate(all="ignore"):
        La, ma = Trainer._loss_and_metric(fst, "train")
    assert (Lb == La) or (np.isnan(Lb) and np.isnan(La)), (La, Lb)
    assert not np.isfinite(Lb)
    assert mb == ma


@needs_numba
def test_a_large_set_takes_the_pass_without_keeping_its_buffers(kernels):
    data = datasets.make("moons", n=14_000, noise=0.2, seed=0, test_fraction=0.0)
    ref, fst = _pair([2, 20, 40, 20, 1], "relu", "sigmoid", "bce", "sgd", {"lr": 0.1}, data)
    La, ma = Trainer._loss_and_metric(fst, "train")
    Lb, mb = fst._loss_and_metric("train")
    assert Lb == pytest.approx(La, rel=0, abs=TOL) and mb == ma
    assert "train" not in fst._pass_buffers       # 14,000 × 40 floats: not kept


# --------------------------------------------------------------------------- the Python API
FIT_CASES = [("bce", "relu", "sigmoid", 1), ("ce", "tanh", "softmax", 3),
             ("mse", "leaky_relu", "identity", 1)]


@needs_numba
@pytest.mark.parametrize("loss,hidden,output,n_out", FIT_CASES, ids=lambda v: str(v))
@pytest.mark.parametrize("opt,hp", OPTIMIZER_CASES, ids=lambda v: str(v))
def test_fit_trains_on_the_compiled_path_and_equals_the_reference(kernels, loss, hidden,
                                                                 output, n_out, opt, hp):
    """`Network.fit` (the notebook's API) takes the compiled path, and ends where its NumPy
    path (``fast=False``, `core.training.Trainer`) does: curves, weights, optimizer state,
    on several seeds."""
    data = _data(loss, n=70)
    for seed in range(3):
        nets = [Network.create([data.X_train.shape[1], 7, 5, n_out], hidden=hidden, output=output,
                               init="xavier", seed=seed) for _ in range(2)]
        kw = dict(optimizer=opt, loss=loss, batch_size=8, epochs=3, seed=seed,
                  X_test=data.X_test, y_test=data.y_test, **hp)
        opts = [optimizers.create(opt, **hp) for _ in range(2)]
        kw.pop("optimizer")
        h_ref = nets[0].fit(data.X_train, data.y_train, optimizer=opts[0], fast=False, **kw)
        h = nets[1].fit(data.X_train, data.y_train, optimizer=opts[1], **kw)
        assert (h_ref.path, h.path) == ("numpy", "compiled")
        assert len(h) == len(h_ref) == 3 and h.diverged is None
        np.testing.assert_allclose(nets[1].theta, nets[0].theta, rtol=0, atol=TOL)
        for key in ("train_loss", "test_loss", "accuracy", "test_accuracy"):
            np.testing.assert_allclose(getattr(h, key), getattr(h_ref, key), rtol=0,
                                       atol=TOL, err_msg=key)
        np.testing.assert_allclose(h.step_loss, h_ref.step_loss, rtol=0, atol=TOL)
        for sa, sb in zip(opts[0].state_dict()["state"] or [],
                          opts[1].state_dict()["state"] or []):
            for k in sa:
                if isinstance(sa[k], np.ndarray):
                    np.testing.assert_allclose(sb[k], sa[k], rtol=0, atol=TOL, err_msg=k)


@needs_numba
def test_the_lecture_run_through_fit_repeats_bit_for_bit_on_the_compiled_path(kernels):
    """fit waits for the kernels, so every fit of a process takes the same path: the same
    run twice gives the same bits, and the reference's numbers to 1e-12."""
    data = datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.0)
    runs = []
    for fast_flag in (None, None, False):
        net = Network.create([2, 20, 40, 20, 1], seed=0)
        h = net.fit(data.X_train, data.y_train, lr=0.015, batch_size=10, epochs=50,
                    fast=fast_flag)
        runs.append((net.theta.copy(), h))
    (t1, h1), (t2, h2), (t0, h0) = runs
    assert (h1.path, h2.path, h0.path) == ("compiled", "compiled", "numpy")
    np.testing.assert_array_equal(t1, t2)
    assert h1.train_loss == h2.train_loss
    np.testing.assert_allclose(t1, t0, rtol=0, atol=TOL)
    np.testing.assert_allclose(h1.train_loss, h0.train_loss, rtol=0, atol=TOL)


def test_fit_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv("ANNSTUDIO_FAST", "0")
    data = _data("bce")
    h = Network.create([2, 6, 1], seed=0).fit(data.X_train, data.y_train, epochs=2)
    assert h.path == "numpy"
    # an explicit argument wins over the environment
    h = Network.create([2, 6, 1], seed=0).fit(data.X_train, data.y_train, epochs=2,
                                              fast=True)
    assert h.path == ("compiled" if HAVE_NUMBA else "numpy")


def test_fit_without_numba_trains_on_numpy(monkeypatch, fresh_fast_state):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a, **k: None if name.split(".")[0] == "numba"
                        else real(name, *a, **k))
    fast._state.update(phase="idle", thread=None)
    fast._kernels = None
    data = _data("bce")
    h = Network.create([2, 6, 1], seed=0).fit(data.X_train, data.y_train, epochs=2)
    assert h.path == "numpy" and len(h) == 2
    assert fast.status()[0] == "missing"


def test_a_wide_fit_stays_on_numpy():
    """A step too wide for the loops runs on NumPy's BLAS, through fit as in the engine."""
    data = _data("bce", n=300)
    net = Network.create([2, 400, 400, 1], seed=0)
    h = net.fit(data.X_train, data.y_train, batch_size=200, epochs=1)
    assert h.path == "numpy"


def test_the_package_gives_fit_the_compiled_trainer_and_numba_loads_only_for_a_fit():
    """In a fresh process ``import annstudio`` registers the compiled trainer with core
    (which imports no engine: the import contracts) and imports no numba; a fit that
    needs the kernels loads them and trains on them."""
    import subprocess
    import sys
    code = ("import sys\n"
            "import annstudio as ann\n"
            "print('numba' in sys.modules)\n"
            "d = ann.datasets.make('moons', n=60, seed=0)\n"
            "h = ann.Network.create([2, 6, 1], seed=0).fit(d.X_train, d.y_train, epochs=2)\n"
            "print(h.path, 'numba' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[:2] == \
        ["False", "compiled True" if HAVE_NUMBA else "numpy False"], r.stdout


# Where numba publishes CPython wheels (pypi.org/simple/numba, numba 0.62.1 and 0.68.1):
# the default install must ask for it exactly there, so pip never builds it from source.
WHEELS = {("linux", "x86_64"): ("3.10", "3.15"), ("linux", "aarch64"): ("3.10", "3.15"),
          ("win32", "AMD64"): ("3.10", "3.15"), ("win32", "ARM64"): ("3.12", "3.14"),
          ("darwin", "arm64"): ("3.10", "3.15"), ("darwin", "x86_64"): ("3.10", "3.13")}


def test_the_default_install_asks_for_numba_where_it_has_wheels():
    tomllib = pytest.importorskip("tomllib")
    requirements = pytest.importorskip("packaging.requirements")
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    numba = [requirements.Requirement(r) for r in project["dependencies"]
             if r.startswith("numba")]
    assert numba and project["optional-dependencies"]["fast"] == ["numba>=0.60"]
    for system in ("linux", "win32", "darwin"):
        for machine in ("x86_64", "aarch64", "AMD64", "ARM64", "arm64", "ppc64le", "i686"):
            for minor in range(10, 18):
                for impl in ("CPython", "PyPy"):
                    env = {"sys_platform": system, "platform_machine": machine,
                           "python_version": f"3.{minor}",
                           "platform_python_implementation": impl}
                    asked = [r for r in numba if r.marker.evaluate(env)]
                    lo, hi = WHEELS.get((system, machine), ("3.99", "3.0"))
                    wheel = impl == "CPython" and int(lo[2:]) <= minor <= int(hi[2:])
                    assert len(asked) == wheel, env
    intel_mac = [r for r in numba if r.marker.evaluate(
        {"sys_platform": "darwin", "platform_machine": "x86_64", "python_version": "3.12",
         "platform_python_implementation": "CPython"})][0]
    # numba 0.63 dropped Intel Macs: pip must not pick a newer sdist there
    assert "0.62.1" in intel_mac.specifier and "0.63.0" not in intel_mac.specifier
