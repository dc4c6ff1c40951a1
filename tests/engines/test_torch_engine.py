"""The PyTorch engine against the NumPy engine (two independent implementations: the
NumPy core's hand-written backprop and optimizers vs torch autograd and torch.optim)."""
import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")

import annstudio as ann  # noqa: E402
from annstudio.core.errors import AnnStudioError  # noqa: E402
from annstudio.engines import create  # noqa: E402

LECTURE = [2, 20, 40, 20, 1]

OPTIMIZERS = [
    ("sgd", {"lr": 0.015}),
    ("sgd", {"lr": 0.015, "momentum": 0.9}),
    ("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
    ("adagrad", {"lr": 0.01}),
    ("rmsprop", {"lr": 0.001}),
    ("lecture_rmsprop", {"lr": 0.001}),
    ("adam", {"lr": 0.001}),
]
IDS = ["sgd", "sgd+momentum", "lecture_momentum", "adagrad", "rmsprop", "lecture_rmsprop", "adam"]


@pytest.fixture(scope="module")
def moons():
    # the lecture's moons with a test split, so that test losses are compared too
    return ann.datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)


def engine(name, data, opt="sgd", hp=None, sizes=LECTURE, dtype=None, seed=0, output="sigmoid",
           hidden="relu", **kw):
    net = ann.Network.create(sizes, hidden=hidden, output=output, seed=seed)
    return create(name, net, data, opt, hp or {"lr": 0.015}, batch_size=kw.pop("batch_size", 10),
                  seed=0, dtype=dtype, **kw)


def rel(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-300)))


@pytest.mark.parametrize("opt,hp", OPTIMIZERS, ids=IDS)
def test_same_losses_as_numpy_float64_and_float32(moons, opt, hp):
    ref = engine("numpy", moons, opt, hp)
    ref.train(20)
    t64 = engine("torch", moons, opt, hp, dtype="float64")
    t64.train(20)
    t32 = engine("torch", moons, opt, hp, dtype="float32")
    t32.train(20)
    assert len(ref.history) == len(t64.history) == len(t32.history) == 20
    for key in ("train_loss", "test_loss"):
        a = getattr(ref.history, key)
        assert rel(getattr(t64.history, key), a) <= 1e-9
        assert rel(getattr(t32.history, key), a) <= 1e-4
    # the run learned something (the comparison is not between two frozen networks)
    assert ref.history.train_loss[-1] < ref.history.train_loss[0] - 0.015
    assert rel(t64.history.step_loss, ref.history.step_loss) <= 1e-9
    assert t64.history.accuracy == ref.history.accuracy
    np.testing.assert_allclose([r.grad_norms for r in t64.history.epochs],
                               [r.grad_norms for r in ref.history.epochs], rtol=1e-8)
    for (W, b), (W2, b2) in zip(t64.network().get_weights(), ref.network().get_weights()):
        np.testing.assert_allclose(W, W2, rtol=1e-8, atol=1e-12)
        np.testing.assert_allclose(b, b2, rtol=1e-8, atol=1e-12)


SWITCH = [
    ("sgd", {"lr": 0.015, "momentum": 0.9, "nesterov": True}),
    ("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
    ("adagrad", {"lr": 0.01, "lr_decay": 0.001, "initial_accumulator_value": 0.1}),
    ("rmsprop", {"lr": 0.001, "momentum": 0.5, "centered": True}),
    ("lecture_rmsprop", {"lr": 0.001}),
    ("adam", {"lr": 0.001, "amsgrad": True, "weight_decay": 0.01}),
]


@pytest.mark.parametrize("first,second", [("numpy", "torch"), ("torch", "numpy")])
@pytest.mark.parametrize("opt,hp", SWITCH, ids=[s[0] for s in SWITCH])
def test_switching_engine_after_epoch_10_continues_identically(moons, first, second, opt, hp):
    stay = engine("numpy", moons, opt, hp)
    stay.train(14)
    a = engine(first, moons, opt, hp, dtype="float64")
    a.train(10)
    # the receiving engine starts from other weights: everything must come from the state
    b = engine(second, moons, opt, hp, dtype="float64", seed=7)
    b.import_state(a.export_state())
    assert b.epoch == 10 and len(b.history) == 10
    b.train(4)
    assert b.epoch == 14
    assert rel(b.history.train_loss, stay.history.train_loss) <= 1e-9
    assert rel(b.history.step_loss, stay.history.step_loss) <= 1e-9


@pytest.mark.parametrize("opt,hp", OPTIMIZERS, ids=IDS)
def test_switching_before_the_first_step(moons, opt, hp):
    stay = engine("numpy", moons, opt, hp)
    stay.train(2)
    for first, second in [("numpy", "torch"), ("torch", "numpy")]:
        b = engine(second, moons, opt, hp, dtype="float64", seed=5)
        b.import_state(engine(first, moons, opt, hp, dtype="float64").export_state())
        b.train(2)
        assert rel(b.history.train_loss, stay.history.train_loss) <= 1e-9, (first, second)


@pytest.mark.parametrize("first,second", [("numpy", "torch"), ("torch", "numpy")])
def test_switching_in_the_middle_of_an_epoch(moons, first, second):
    opt, hp = "adam", {"lr": 0.002}
    stay = engine("numpy", moons, opt, hp)
    stay.train(3)
    a = engine(first, moons, opt, hp, dtype="float64")
    for _ in range(40 + 17):        # 40 steps per epoch: stop inside epoch 2
        a.step()
    state = a.export_state()
    assert state["batch_index"] == 17 and state["epoch"] == 1
    b = engine(second, moons, opt, hp, dtype="float64", seed=3)
    b.import_state(state)
    b.train(2)
    assert rel(b.history.train_loss, stay.history.train_loss) <= 1e-9
    # one run schedule (core.training.RunSchedule): the resumed epoch's mean batch loss
    # counts the 17 batches before the switch too, as the uninterrupted run's does
    assert rel([r.mean_batch_loss for r in b.history.epochs],
               [r.mean_batch_loss for r in stay.history.epochs]) <= 1e-9
    assert (b.epoch, b.batch_index, b.step_count) == (3, 0, 120)


def test_one_run_schedule_books_both_engines_alike(moons):
    """Epochs, batch position, steps, history and divergence are booked by the same code
    (`RunSchedule`) for both engines: the same counters at every step, the same reason
    text when the same run blows up."""
    from annstudio.core.training import RunSchedule
    a = engine("numpy", moons, "sgd", {"lr": 0.015})
    b = engine("torch", moons, "sgd", {"lr": 0.015}, dtype="float64")
    for _ in range(45):
        ra, rb = a.step(), b.step()
        assert (ra.epoch, ra.step, ra.epoch_record is None) == \
            (rb.epoch, rb.step, rb.epoch_record is None)
        assert (a.batch_index, a.step_count) == (b.batch_index, b.step_count)
    assert len(a.history.step_loss) == len(b.history.step_loss) == 45
    assert isinstance(a.trainer, RunSchedule) and isinstance(b, RunSchedule)
    a = engine("numpy", moons, "sgd", {"lr": 50.0})
    b = engine("torch", moons, "sgd", {"lr": 50.0}, dtype="float64")
    ra = next(r for r in iter(a.step, None) if r.diverged or a.epoch >= 5)
    rb = next(r for r in iter(b.step, None) if r.diverged or b.epoch >= 5)
    assert ra.diverged and ra.diverged == rb.diverged == a.history.diverged == b.history.diverged


def test_exported_optimizer_state_has_the_numpy_layout(moons):
    a = engine("torch", moons, "adam", {"lr": 0.001}, dtype="float64")
    n = engine("numpy", moons, "adam", {"lr": 0.001})
    assert a.export_state()["optimizer"]["state"] is None     # nothing before the first step
    for _ in range(5):
        a.step()
        n.step()
    st, sn = a.export_state()["optimizer"], n.export_state()["optimizer"]
    assert st["name"] == sn["name"] == "adam"
    assert len(st["state"]) == len(sn["state"]) == 8
    for s1, s2 in zip(st["state"], sn["state"]):
        assert set(s1) == set(s2)
        assert s1["step"] == s2["step"] == 5
        for k in ("exp_avg", "exp_avg_sq"):
            assert s1[k].shape == s2[k].shape      # W-shaped state as (d_in, d_out)
            np.testing.assert_allclose(s1[k], s2[k], rtol=1e-9, atol=1e-15)


@pytest.fixture(scope="module")
def tasks():
    blobs = ann.datasets.make("blobs", n=300, classes=3, noise=0.5, seed=1)
    sine = ann.datasets.make("sine", n=200, noise=0.1, seed=2)
    return {"binary": ann.datasets.make("moons", n=200, seed=3), "multiclass": blobs,
            "regression": sine}


@pytest.mark.parametrize("task,output,opt", [("binary", "sigmoid", "adam"),
                                             ("multiclass", "softmax", "rmsprop"),
                                             ("regression", "identity", "sgd")])
def test_interface_for_all_three_tasks(tasks, task, output, opt):
    data = tasks[task]
    assert data.task == task
    sizes = [data.n_features, 16, 8, data.n_outputs]
    hp = {"lr": 0.01}
    ref = engine("numpy", data, opt, hp, sizes=sizes, output=output, hidden="tanh")
    tor = engine("torch", data, opt, hp, sizes=sizes, output=output, hidden="tanh",
                 dtype="float64")
    assert ref.loss == tor.loss == {"binary": "bce", "multiclass": "ce", "regression": "mse"}[task]
    for e in (ref, tor):
        e.run_epoch()
        e.set_lr(0.003)            # between steps, state kept
        e.train(3)
    assert tor.optimizer.lr == 0.003
    assert all(g["lr"] == 0.003 for g in tor.torch_optimizer.param_groups)
    assert rel(tor.history.train_loss, ref.history.train_loss) <= 1e-9
    assert rel(tor.history.test_loss, ref.history.test_loss) <= 1e-9
    np.testing.assert_allclose(tor.history.accuracy, ref.history.accuracy, rtol=1e-9)
    assert tor.history[-1].metric == ("r2" if task == "regression" else "accuracy")
    ev_t, ev_n = tor.evaluate(), ref.evaluate()
    assert math.isclose(ev_t.train_loss, ev_n.train_loss, rel_tol=1e-9)
    # the snapshot is a NumPy network that predicts like the torch module
    net = tor.network()
    X = data.X_test
    with torch.no_grad():
        z = tor.module.output(tor.module(torch.as_tensor(X, dtype=torch.float64))).numpy()
    np.testing.assert_allclose(net(X), z, rtol=1e-10, atol=1e-12)
    # set_weights round trip
    w = ref.network().get_weights()
    tor.set_weights(w)
    for (W, b), (W2, b2) in zip(tor.network().get_weights(), w):
        np.testing.assert_array_equal(W, W2)
        np.testing.assert_array_equal(b, b2)


def test_module_is_the_lectures_nn_linear_stack(moons):
    e = engine("torch", moons, dtype="float64")
    names = [n for n, _ in e.module.named_children()]
    assert names == ["fc1", "fc2", "fc3", "fc4"]
    net = ann.Network.create(LECTURE, seed=0)
    for fc, layer in zip(e.module.linears, net.layers):
        assert isinstance(fc, torch.nn.Linear)
        assert tuple(fc.weight.shape) == layer.W.T.shape
        np.testing.assert_array_equal(fc.weight.detach().numpy(), layer.W.T)
    X = moons.X_train[:7]
    with torch.no_grad():
        u = e.module(torch.as_tensor(X))
    np.testing.assert_allclose(u.numpy(), net.forward(X).u[-1], rtol=1e-12, atol=1e-15)
    assert e.dtype == "float64" and e.module.fc1.weight.dtype == torch.float64
    e32 = engine("torch", moons)          # create's default for torch is float32
    assert e32.dtype == "float32" and e32.module.fc1.weight.dtype == torch.float32


def test_hyperparameter_switches_between_steps_match_numpy(moons):
    """Turning on momentum / centered / amsgrad mid-run needs state torch creates lazily."""
    for opt, hp, change in [("rmsprop", {"lr": 0.001}, {"momentum": 0.8, "centered": True}),
                            ("adam", {"lr": 0.001}, {"amsgrad": True, "betas": (0.8, 0.99)}),
                            ("sgd", {"lr": 0.01}, {"momentum": 0.9, "dampening": 0.1})]:
        runs = []
        for name in ("numpy", "torch"):
            e = engine(name, moons, opt, hp, dtype="float64")
            e.train(2)
            e.set_hyperparameters(**change)
            e.train(2)
            runs.append(e.history.train_loss)
        assert rel(runs[1], runs[0]) <= 1e-9, opt


def test_bad_hyperparameters_and_dtype_are_clear_errors(moons):
    with pytest.raises(AnnStudioError, match="lr"):
        engine("torch", moons, "sgd", {"lr": -1})
    e = engine("torch", moons, "adam", {"lr": 0.01})
    with pytest.raises(AnnStudioError, match="momentum"):
        e.set_hyperparameters(momentum=0.9)
    with pytest.raises(AnnStudioError, match="float16"):
        engine("torch", moons, dtype="float16")
    with pytest.raises(AnnStudioError, match="bogus"):
        engine("torch", moons, data_path="bogus")


def test_divergence_keeps_last_finite_weights_like_numpy(moons):
    for name in ("numpy", "torch"):
        e = engine(name, moons, "sgd", {"lr": 1e6}, dtype="float64")
        e.train(5)
        reason = e.history.diverged
        assert reason and "diverged" in reason and "smaller learning rate" in reason
        # the step named in the message is the one after the last recorded one
        assert f"at step {len(e.history.step_loss) + 1} " in reason
        W = e.network().get_weights()
        assert all(np.all(np.isfinite(a)) for pair in W for a in pair)
        assert e.epoch < 5


def test_dataloader_path_learns_and_is_reproducible(moons):
    runs = []
    for _ in range(2):
        e = engine("torch", moons, "sgd", {"lr": 0.05, "momentum": 0.9}, data_path="dataloader")
        e.train(6)
        runs.append(e.history.train_loss)
    assert runs[0] == runs[1]
    assert runs[0][-1] < 0.5 * runs[0][0]
    # it can also move mid-epoch to the fast path's engine state and back
    state = e.export_state()
    f = engine("torch", moons, "sgd", {"lr": 0.05, "momentum": 0.9})
    f.import_state(state)
    f.train(1)
    assert f.epoch == 7
