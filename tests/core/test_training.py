"""Mini-batch training (LECTURE.md §4): the lecture's runs learn and are reproducible;
batches are seeded permutations; divergence stops cleanly; steps can pause and resume."""
import math

import numpy as np
import pytest

import annstudio as ann
from annstudio.core.training import Trainer, batch_order


def lecture_data():
    for _ in range(2):          # the datasets module is written by another helper
        try:
            from annstudio import datasets
            return datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
        except (ImportError, AttributeError):  # pragma: no cover - only while it is written
            pass
    pytest.skip("annstudio.datasets.make is not available yet")


def lecture_net(seed=0):
    return ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid",
                              init="lecture", seed=seed)


def small_problem(n=50, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, 2))
    return X, (X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)


def test_lecture_run_learns_and_is_reproducible():
    data = lecture_data()
    assert data.X_train.shape == (400, 2)
    runs = []
    for _ in range(2):
        net = lecture_net()
        h = net.fit(data.X_train, data.y_train, optimizer="sgd", lr=0.015, batch_size=10,
                    epochs=50, shuffle=True, seed=0, X_test=data.X_test, y_test=data.y_test)
        runs.append((net, h))
    (net, h), (net2, h2) = runs
    assert h.diverged is None and len(h) == 50
    # Its loss starts near log 2 = 0.693 (the output is σ(≈0) = 1/2) and falls well below.
    assert abs(h.train_loss[0] - math.log(2)) < 0.02
    assert h.train_loss[-1] < 0.45
    assert h.accuracy[-1] > 0.8 and h.test_accuracy[-1] > 0.75
    # the recorded loss is the loss of the whole training set with the final weights
    assert h.train_loss[-1] == pytest.approx(net.loss(data.X_train, data.y_train, "bce"), rel=1e-12)
    # bit-reproducible from its seed
    np.testing.assert_array_equal(net.theta, net2.theta)
    assert h.train_loss == h2.train_loss and h.test_loss == h2.test_loss
    # …and another shuffle seed gives another run
    net3 = lecture_net()
    h3 = net3.fit(data.X_train, data.y_train, optimizer="sgd", lr=0.015, batch_size=10,
                  epochs=2, seed=1)
    assert h3.train_loss != h.train_loss[:2]


def test_lecture_momentum_run_learns():
    data = lecture_data()
    net = lecture_net()
    h = net.fit(data.X_train, data.y_train, optimizer="lecture_momentum", lr=0.04, eta=0.7,
                batch_size=10, epochs=30, seed=0)
    assert h.diverged is None and len(h) == 30
    assert h.train_loss[-1] < 0.35


def test_fit_equals_trainer_and_a_hand_written_loop():
    """net.fit on its NumPy path, Trainer.train and the loop written out here take identical
    steps (the compiled path's fit equals them to 1e-12: tests/engines/test_fast_path.py)."""
    X, y = small_problem(47)
    a, b, c = (ann.Network.create([2, 6, 1], hidden="tanh", seed=2) for _ in range(3))
    h = a.fit(X, y, optimizer="sgd", lr=0.1, batch_size=10, epochs=4, seed=5, fast=False)
    assert h.path == "numpy"
    Trainer(b, X, y, optimizer="sgd", lr=0.1, batch_size=10, seed=5).train(4)
    for epoch in range(4):
        order = batch_order(len(X), epoch, 5)
        for start in range(0, len(X), 10):            # last batch has 7 points
            idx = order[start:start + 10]
            _, grads = c.loss_and_gradients(X[idx], y[idx], "bce")
            for layer, (dW, db) in zip(c.layers, grads):
                layer.W = layer.W - 0.1 * dW
                layer.b = layer.b - 0.1 * db
    np.testing.assert_array_equal(a.theta, b.theta)
    np.testing.assert_allclose(a.theta, c.theta, rtol=1e-12, atol=1e-15)


def test_batch_order_is_a_permutation_depending_on_seed_and_epoch_only():
    for n in (1, 7, 400):
        for epoch in range(3):
            order = batch_order(n, epoch, 0)
            np.testing.assert_array_equal(np.sort(order), np.arange(n))
    np.testing.assert_array_equal(batch_order(400, 3, 7), batch_order(400, 3, 7))
    assert not np.array_equal(batch_order(400, 3, 7), batch_order(400, 4, 7))
    assert not np.array_equal(batch_order(400, 3, 7), batch_order(400, 3, 8))
    np.testing.assert_array_equal(batch_order(5, 2, 7, shuffle=False), np.arange(5))


def record_batches(monkeypatch, net):
    seen = []
    original = net.loss_and_flat_gradient

    def spy(X, t, loss, g, views=None):
        seen.append(X.copy())
        return original(X, t, loss, g, views)

    monkeypatch.setattr(net, "loss_and_flat_gradient", spy)
    return seen


def test_trainer_uses_the_seeded_order_whatever_else_happens(monkeypatch):
    X, y = small_problem(23)
    expected = []
    for epoch in range(3):
        order = batch_order(23, epoch, 11)
        expected += [X[order[s:s + 5]] for s in range(0, 23, 5)]
    for lr, opt in ((0.1, "sgd"), (0.01, "adam")):      # the batches do not depend on these
        net = ann.Network.create([2, 3, 1], seed=0)
        seen = record_batches(monkeypatch, net)
        Trainer(net, X, y, optimizer=opt, lr=lr, batch_size=5, seed=11).train(3)
        assert len(seen) == len(expected) == 15
        for a, b in zip(seen, expected):
            np.testing.assert_array_equal(a, b)


def test_steps_can_stop_and_resume_like_an_uninterrupted_run():
    X, y = small_problem(53)
    whole = Trainer(ann.Network.create([2, 5, 1], seed=1), X, y, optimizer="adam", lr=0.01,
                    batch_size=8, seed=3)
    full = list(whole.steps(5))
    assert len(full) == 5 * 7 and full[-1].epoch == 5

    net = ann.Network.create([2, 5, 1], seed=1)
    parts = Trainer(net, X, y, optimizer="adam", lr=0.01, batch_size=8, seed=3)
    got = []
    for r in parts.steps(5):                   # pause mid-epoch (step 17 of 35)…
        got.append(r)
        if len(got) == 17:
            break
    assert parts.epoch == 2 and parts.batch_index == 3
    paused_theta = net.theta.copy()
    got += list(parts.steps(3))               # …resume: 3 more epochs from the current one
    assert len(got) == len(full)
    assert not np.array_equal(paused_theta, net.theta)
    np.testing.assert_array_equal(net.theta, whole.net.theta)
    assert [r.batch_loss for r in got] == [r.batch_loss for r in full]
    assert parts.history.train_loss == whole.history.train_loss
    assert [r.epoch_record is not None for r in got] == [r.epoch_record is not None for r in full]


def test_callback_can_stop_training():
    X, y = small_problem(30)
    net = ann.Network.create([2, 3, 1], seed=0)
    seen = []
    h = net.fit(X, y, lr=0.1, epochs=10, batch_size=10,
                callback=lambda rec: seen.append(rec.epoch) or rec.epoch < 3)
    assert seen == [1, 2, 3] and len(h) == 3


# ----- divergence -------------------------------------------------------------------------

def run_until_divergence(trainer, max_steps=5000):
    """Step until divergence; also returns the weights `core.divergence` must keep, found
    independently: θ before the last step whose batch loss was healthy (≤ 10·L_ref, L_ref
    the whole-set loss at the start, at least 0.1) and whose gradient was finite — unless
    the whole-set loss there is not healthy: then θ at the last epoch end where it was."""
    def whole_loss(theta):
        net = trainer.net.copy()
        net.theta[...] = theta
        with np.errstate(all="ignore"):
            return net.loss_and_gradients(trainer.X, trainer.y, loss=trainer.loss)[0]

    L_ref = max(trainer.evaluate().train_loss, 0.1)
    kept = epoch_kept = trainer.net.theta.copy()
    while trainer.step_count < max_steps:
        theta_before = trainer.net.theta.copy()
        r = trainer.step()
        healthy = math.isfinite(r.batch_loss) and r.batch_loss <= 10 * L_ref
        if healthy and (not r.diverged or "a weight" in r.diverged):
            kept = theta_before
        if r.diverged:
            return r, kept if whole_loss(kept) <= 10 * L_ref else epoch_kept
        if r.epoch_record is not None and r.epoch_record.train_loss <= 10 * L_ref:
            epoch_kept = trainer.net.theta.copy()
    raise AssertionError("training did not diverge")


def assert_clean_stop(trainer, r, kept):
    assert trainer.history.diverged == r.diverged
    assert "learning rate" in r.diverged
    assert np.all(np.isfinite(trainer.net.theta))
    np.testing.assert_array_equal(trainer.net.theta, kept)


@pytest.mark.parametrize("sizes,output,loss", [([2, 20, 40, 20, 1], "identity", "mse"),
                                               ([2, 1], "identity", "mse"),
                                               ([2, 8, 1], "identity", "mse")])
def test_huge_learning_rate_stops_with_the_weights_before_the_blow_up(sizes, output, loss):
    X, y = small_problem(40)
    if loss == "mse":
        y = 3.0 * X[:, 0]
    net = ann.Network.create(sizes, hidden="relu", output=output, init="lecture", seed=0)
    trainer = Trainer(net, X, y, loss=loss, optimizer="sgd", lr=50, batch_size=4, seed=0)
    r, kept = run_until_divergence(trainer)
    assert_clean_stop(trainer, r, kept)
    assert "50" in r.diverged


@pytest.mark.parametrize("where", ["loss", "gradient", "weight"])
def test_injected_nan_stops_with_the_last_healthy_weights(monkeypatch, where):
    X, y = small_problem(40)
    net = ann.Network.create([2, 4, 1], hidden="tanh", seed=0)
    trainer = Trainer(net, X, y, optimizer="sgd", lr=0.1, momentum=0.9, batch_size=4, seed=0)
    original = net.loss_and_flat_gradient
    original_step = trainer.optimizer.step
    calls = []

    def poisoned(X, t, loss, g, views=None):
        L = original(X, t, loss, g, views)
        calls.append(1)
        if len(calls) == 7 and where == "loss":
            return float("nan")
        if len(calls) == 7 and where == "gradient":
            g[2] = np.nan
        return L

    def poisoned_step(params, grads):
        original_step(params, grads)
        if len(calls) == 7 and where == "weight":
            params[0][2] = np.inf             # finite loss and gradient, then a weight blows up

    monkeypatch.setattr(net, "loss_and_flat_gradient", poisoned)
    monkeypatch.setattr(trainer.optimizer, "step", poisoned_step)
    r, kept = run_until_divergence(trainer, max_steps=20)
    assert r.step == 6 and trainer.step_count == 6
    assert_clean_stop(trainer, r, kept)
    assert {"loss": "the loss", "gradient": "a gradient", "weight": "a weight"}[where] in r.diverged


def test_fit_reports_divergence_in_its_history():
    X, y = small_problem(40)
    net = ann.Network.create([2, 8, 1], output="identity", seed=0)
    h = net.fit(X, 3.0 * X[:, 0], loss="mse", lr=50, batch_size=4, epochs=200)
    assert h.diverged and "learning rate" in h.diverged
    assert np.all(np.isfinite(net.theta))
    assert len(h) < 200


def test_run_epoch_raises_divergence_error():
    from annstudio.core.errors import AnnStudioError, DivergenceError
    X, y = small_problem(40)
    net = ann.Network.create([2, 8, 1], output="identity", seed=0)
    trainer = Trainer(net, X, 3.0 * X[:, 0], loss="mse", lr=50, batch_size=4)
    with pytest.raises(DivergenceError, match="learning rate") as info:
        for _ in range(200):
            trainer.run_epoch()
    assert isinstance(info.value, AnnStudioError)


def test_an_engine_runs_epochs_as_the_trainer_does():
    """`Engine.run_epoch` and `Trainer.run_epoch` are one loop: the same records, and the
    same DivergenceError when the run blows up."""
    from annstudio.core.errors import DivergenceError
    from annstudio.engines.numpy_engine import NumpyEngine
    X, y = small_problem(40)
    data = ann.datasets.from_arrays(X, 3.0 * X[:, 0], task="regression", test_fraction=0.0)
    trainer = Trainer(ann.Network.create([2, 8, 1], output="identity", seed=0), data.X_train,
                      data.y_train, loss="mse", lr=0.05, batch_size=4)
    engine = NumpyEngine(ann.Network.create([2, 8, 1], output="identity", seed=0), data,
                         "sgd", {"lr": 0.05}, loss="mse", batch_size=4, fast=False)
    assert [engine.run_epoch().train_loss for _ in range(3)] == \
        [trainer.run_epoch().train_loss for _ in range(3)]
    engine.set_hyperparameters(lr=50.0)
    with pytest.raises(DivergenceError, match="learning rate"):
        for _ in range(200):
            engine.run_epoch()


def test_regression_metric_is_r2():
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (80, 1))
    y = 2 * X[:, 0] + 0.5
    net = ann.Network.create([1, 1], output="identity", seed=0)
    h = net.fit(X, y, loss="mse", optimizer="sgd", lr=0.3, batch_size=8, epochs=40)
    pred = net(X)[:, 0]
    r2 = 1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)
    assert h.epochs[-1].metric == "r2"
    assert h.accuracy[-1] == pytest.approx(r2, rel=1e-12)
    assert r2 > 0.999


def test_count_steps_books_a_batch_of_steps_as_count_step_does_one_by_one():
    """RunSchedule._count_steps (a compiled engine's run of steps) leaves counters, step
    losses, the epoch's mean batch loss and its record exactly as booking each step alone."""
    X, y = small_problem(n=50)
    one = Trainer(lecture_net(), X, y, batch_size=10, seed=3)    # 5 steps an epoch
    many = Trainer(lecture_net(), X, y, batch_size=10, seed=3)
    for tr in (one, many):
        tr.restart_divergence_check()         # L_ref, as the first real step measures it
    Ls = [0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2]
    for L in Ls:
        r_one = one._count_step(L)
    r_a = many._count_steps(Ls[:2])           # mid-epoch: no record
    assert r_a.epoch_record is None and (many.step_count, many.batch_index) == (2, 2)
    r_b = many._count_steps(Ls[2:5])          # ends epoch 1: its record
    assert r_b.epoch_record is not None and r_b.epoch == 1
    assert r_b.epoch_record.mean_batch_loss == pytest.approx(np.mean(Ls[:5]), abs=1e-15)
    r_c = many._count_steps(Ls[5:])
    assert (r_c.epoch, r_c.step, r_c.batch_loss) == (r_one.epoch, r_one.step, r_one.batch_loss)
    assert (many.epoch, many.batch_index, many.step_count) == \
        (one.epoch, one.batch_index, one.step_count) == (1, 2, 7)
    assert many.history.step_loss == one.history.step_loss == Ls
    assert many.history.to_dict() == one.history.to_dict()
    assert many._batch_losses == one._batch_losses     # reset by the next epoch's first step


def test_count_steps_refuses_steps_beyond_the_epoch_and_books_nothing():
    X, y = small_problem(n=50)
    tr = Trainer(lecture_net(), X, y, batch_size=10)
    tr._count_steps([0.5, 0.5])
    with pytest.raises(ValueError, match="4 steps do not fit the 3 left"):
        tr._count_steps([0.5] * 4)
    with pytest.raises(ValueError):
        tr._count_steps([])
    assert (tr.step_count, tr.batch_index, tr.history.step_loss) == (2, 2, [0.5, 0.5])
