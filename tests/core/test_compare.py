"""Issue 15 core: the optimizer race, the timeline (replay bit for bit, branch) and the loss
landscape, each checked against an independent path to the same numbers."""
import math

import numpy as np
import pytest

import annstudio as ann
from annstudio.core import landscape, race, timeline
from annstudio.core.errors import AnnStudioError
from annstudio.core.training import Trainer

SETTINGS = [("sgd", {"lr": 0.015}), ("lecture_momentum", {"lr": 0.04, "eta": 0.7}),
            ("adam", {"lr": 0.01}), ("adagrad", {"lr": 0.05}),
            ("rmsprop", {"lr": 0.005}), ("lecture_rmsprop", {"lr": 0.01})]
ALL_OPTIMIZERS = SETTINGS + [("sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
                             ("adam", {"lr": 0.01, "amsgrad": True}),
                             ("rmsprop", {"lr": 0.005, "momentum": 0.5, "centered": True})]


def moons(n=200, seed=0):
    return ann.datasets.make("moons", n=n, noise=0.2, seed=seed, test_fraction=0.2)


def net_for(seed=0, hidden=(8, 8)):
    return ann.Network.create([2, *hidden, 1], hidden="relu", output="sigmoid", seed=seed)


def trainer(net, data, name, params, seed=0, batch_size=10):
    return Trainer(net, data.X_train, data.y_train, optimizer=name, batch_size=batch_size,
                   seed=seed, X_test=data.X_test, y_test=data.y_test, **params)


# ----------------------------------------------------------------------------- race
def test_race_starts_every_racer_at_the_same_loss_and_matches_solo_runs():
    data = moons()
    r = race.Race.create(net_for(3), data, SETTINGS, batch_size=10, seed=3)
    initial = [x.initial_loss for x in r.racers]
    assert len(set(initial)) == 1 and math.isfinite(initial[0])
    # the common start is the net's own loss, computed independently
    assert initial[0] == pytest.approx(net_for(3).loss(data.X_train, data.y_train), abs=1e-15)
    r.train(4)
    for (name, params), racer in zip(SETTINGS, r.racers):
        solo = net_for(3).fit(data.X_train, data.y_train, optimizer=name, batch_size=10,
                              epochs=4, seed=3, X_test=data.X_test, y_test=data.y_test,
                              **params)
        assert len(racer.history) == 4
        np.testing.assert_allclose(racer.history.train_loss, solo.train_loss, rtol=0, atol=1e-12)
        np.testing.assert_allclose(racer.history.test_loss, solo.test_loss, rtol=0, atol=1e-12)
        assert racer.history.accuracy == solo.accuracy
    # the racers did differ (the race compares something)
    assert len({x.history.train_loss[-1] for x in r.racers}) == len(SETTINGS)


def test_finishing_order_ranks_by_final_loss_and_puts_diverged_racers_last():
    data = moons(100)
    r = race.Race.create(net_for(1), data, [("sgd", {"lr": 0.01}), ("sgd", {"lr": 1e300}),
                                            ("adam", {"lr": 0.01})], seed=1)
    r.train(3)
    assert r.racers[1].diverged is not None and r.racers[1].done
    order = r.finishing_order()
    assert order[-1] == 1
    finals = [r.racers[i].history.train_loss[-1] for i in order[:2]]
    assert finals == sorted(finals)


@pytest.mark.parametrize("text, expected", [
    ("sgd lr=0.015", ("sgd", {"lr": 0.015})),
    ("lecture_momentum lr=0.04 eta=0.7", ("lecture_momentum", {"lr": 0.04, "eta": 0.7})),
    ("adam lr=0.01 betas=0.8,0.99 amsgrad=true", ("adam", {"lr": 0.01, "betas": "0.8,0.99",
                                                           "amsgrad": True})),
])
def test_parse_racer(text, expected):
    assert race.parse_racer(text) == expected


@pytest.mark.parametrize("text, words", [
    ("", "needs an optimizer"), ("sgdd lr=1", "unknown optimizer 'sgdd'"),
    ("sgd lr", "expected name=value"), ("sgd lr=fast", "lr must be a number"),
    ("sgd eta=0.5", "no hyperparameter 'eta'"), ("adam lr=-1", "lr"),
])
def test_parse_racer_rejects_bad_text_in_one_sentence(text, words):
    with pytest.raises(AnnStudioError, match=words.replace("(", r"\(")):
        race.parse_racer(text)


# ----------------------------------------------------------------------------- timeline
def record_run(name, params, steps, data, budget=timeline.DEFAULT_BUDGET_BYTES, seed=0):
    t = trainer(net_for(seed), data, name, params, seed=seed, batch_size=7)
    tl = timeline.Timeline.start(t, budget)
    for _ in range(steps):
        assert not t.step().diverged
        tl.record(t)
    return t, tl.freeze()


@pytest.mark.parametrize("name, params", ALL_OPTIMIZERS, ids=lambda x: str(x))
def test_resuming_from_any_checkpoint_reproduces_the_recorded_losses_bit_for_bit(name, params):
    data = moons(120)
    t, tl = record_run(name, params, 60, data, budget=12 * 1024)  # small budget: k grows
    assert tl.k > 1 and tl.nbytes() <= 12 * 1024
    recorded = list(tl.history.step_loss)
    final_theta = t.net.theta.copy()
    final_records = [(r.train_loss, r.test_loss, r.mean_batch_loss) for r in tl.history.epochs]
    for K in (0, 5, 17, tl.checkpoints[len(tl.checkpoints) // 2].step, 59):
        fresh = trainer(net_for(99), data, name, params, batch_size=7)   # other weights
        tl.restore(fresh, K)
        assert fresh.step_count == K and fresh.history.step_loss == recorded[:K]
        while fresh.step_count < 60:
            fresh.step()
        assert fresh.history.step_loss == recorded                    # bit for bit
        assert np.array_equal(fresh.net.theta, final_theta)
        assert [(r.train_loss, r.test_loss, r.mean_batch_loss)
                for r in fresh.history.epochs] == final_records


def test_budget_keeps_memory_bounded_and_checkpoints_even():
    data = moons(100)
    t = trainer(net_for(0, (20, 40, 20)), data, "adam", {"lr": 0.01})
    per = (1 + 2) * t.net.theta.nbytes          # θ, m, v
    budget = 40 * per
    tl = timeline.Timeline.start(t, budget)
    for _ in range(500):
        t.step()
        tl.record(t)
    assert tl.nbytes() <= budget
    assert 20 <= len(tl.checkpoints) <= 40
    steps = [c.step for c in tl.checkpoints]
    assert all(s % tl.k == 0 for s in steps) and steps == sorted(steps)
    assert steps[-1] > 500 - tl.k


def test_branch_continues_from_the_exact_state_with_new_settings():
    data = moons(120)
    t, tl = record_run("lecture_momentum", {"lr": 0.04, "eta": 0.7}, 40, data)
    b = trainer(net_for(5), data, "lecture_momentum", {"lr": 0.04, "eta": 0.7}, batch_size=7)
    b, btl = timeline.branch(tl, b, 20, eta=0.2)
    assert b.optimizer.hyperparameters["eta"] == 0.2
    assert btl.history.step_loss == tl.history.step_loss[:20]
    # the same branch by hand: replay 20 steps from scratch, then change eta
    ref = trainer(net_for(0), data, "lecture_momentum", {"lr": 0.04, "eta": 0.7}, batch_size=7)
    for _ in range(20):
        ref.step()
    ref.set(eta=0.2)
    for _ in range(10):
        b.step()
        btl.record(b)
        ref.step()
    assert b.history.step_loss == ref.history.step_loss
    assert btl.history.step_loss[20:] != tl.history.step_loss[20:30]
    # another optimizer starts fresh from the same weights
    c = trainer(net_for(5), data, "lecture_momentum", {"lr": 0.04, "eta": 0.7}, batch_size=7)
    c, _ = timeline.branch(tl, c, 20, optimizer="adam", lr=0.01)
    assert c.optimizer.name == "adam" and c.optimizer.state is None
    assert np.array_equal(c.net.theta, ref.net.theta) is False   # ref moved on 10 steps
    ref2 = trainer(net_for(0), data, "lecture_momentum", {"lr": 0.04, "eta": 0.7}, batch_size=7)
    for _ in range(20):
        ref2.step()
    assert np.array_equal(c.net.theta, ref2.net.theta)


def test_replay_with_other_data_is_refused():
    data = moons(120)
    _, tl = record_run("sgd", {"lr": 0.1}, 12, data, budget=4 * 1024)
    other = trainer(net_for(0), moons(120, seed=1), "sgd", {"lr": 0.1}, batch_size=7)
    with pytest.raises(AnnStudioError, match="different loss"):
        tl.restore(other, 11)
    with pytest.raises(AnnStudioError, match="not in the recorded run"):
        tl.restore(other, 13)


# ----------------------------------------------------------------------------- landscape
def trained(name="sgd", params=None, epochs=5, hidden=(20, 40, 20)):
    data = ann.datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
    t = trainer(net_for(0, hidden), data, name, params or {"lr": 0.015})
    tl = timeline.Timeline.start(t)
    for _ in range(epochs * t.steps_per_epoch):
        t.step()
        tl.record(t)
    return t, tl, data


@pytest.mark.parametrize("directions", ["random", "pca"])
def test_loss_at_the_origin_is_the_current_training_loss(directions):
    t, tl, data = trained()
    theta, _ = tl.trajectory()
    L = landscape.compute(t.net, data.X_train, data.y_train, directions=directions,
                          resolution=11, trajectory=theta)
    assert abs(L.origin_loss - t.history.train_loss[-1]) <= 1e-12
    assert abs(L.origin_loss - t.evaluate().train_loss) <= 1e-12
    assert L.loss.shape == (11, 11) and np.all(np.isfinite(L.loss))
    assert L.loss.max() > L.origin_loss             # a real surface, not a constant
    np.testing.assert_array_equal(t.net.theta, theta[-1])    # the net's weights are kept


def test_pca_directions_are_orthonormal_and_explain_the_path():
    t, tl, data = trained("adam", {"lr": 0.01}, epochs=3)
    theta, _ = tl.trajectory()
    d1, d2, explained = landscape.pca_directions(theta, t.net.theta)
    np.testing.assert_allclose([d1 @ d1, d2 @ d2, d1 @ d2], [1, 1, 0], atol=1e-12)
    assert explained[0] >= explained[1] > 0 and sum(explained) <= 1 + 1e-12
    # independent check: d1 is the top eigenvector of the path's scatter matrix
    M = theta - t.net.theta
    w, V = np.linalg.eigh(M @ M.T)
    top = M.T @ V[:, -1]
    top /= np.linalg.norm(top)
    assert abs(abs(top @ d1) - 1) < 1e-8


def test_filter_normalised_directions_match_each_units_norm():
    net = net_for(0, (20, 40, 20))
    d = landscape.filter_normalized_direction(net, np.random.default_rng(0))
    probe = net.copy()
    probe.theta[...] = d
    for layer, dl in zip(net.layers, probe.layers):
        np.testing.assert_allclose(np.linalg.norm(dl.W, axis=0), np.linalg.norm(layer.W, axis=0),
                                   rtol=1e-12)
        assert not dl.b.any()


def test_projected_path_lies_on_the_maps_grid_coordinates():
    t, tl, data = trained(epochs=2)
    theta0 = t.net.theta.copy()
    base = landscape.compute(t.net, data.X_train, data.y_train, directions="random",
                             resolution=9)
    # a path through grid nodes of the map: it must project onto exactly those nodes,
    # where the map holds the loss of those very weights
    nodes = [(0, 0), (2, 7), (8, 8), (4, 4), (5, 1)]
    path = np.array([landscape.weights_at(base, theta0, base.alphas[i], base.betas[j])
                     for i, j in nodes])
    L = landscape.compute(t.net, data.X_train, data.y_train, directions="random",
                          resolution=9, trajectory=path, extent=base.alphas[-1])
    np.testing.assert_allclose(L.alphas, base.alphas)
    for (i, j), (a, b) in zip(nodes, L.path):
        assert abs(a - L.alphas[i]) < 1e-9 and abs(b - L.betas[j]) < 1e-9
        direct = landscape.loss_at(t.net, t.X, t.t, t.loss, path[nodes.index((i, j))])
        assert L.loss[j, i] == pytest.approx(direct, rel=1e-12)
    # and the recorded path of a real run ends at the origin, inside the map
    theta, steps = tl.trajectory()
    P = landscape.compute(t.net, data.X_train, data.y_train, directions="pca", resolution=9,
                          trajectory=theta, trajectory_steps=steps)
    assert np.allclose(P.path[-1], 0, atol=1e-9)
    assert np.all(np.abs(P.path) <= P.alphas[-1] + 1e-12)


def test_landscape_rejects_bad_requests():
    net = net_for(0)
    X, y = moons(60).X_train, moons(60).y_train
    with pytest.raises(AnnStudioError, match="resolution"):
        landscape.compute(net, X, y, resolution=1000)
    with pytest.raises(AnnStudioError, match="recorded path"):
        landscape.compute(net, X, y, directions="pca")
    with pytest.raises(AnnStudioError, match="choose random or pca"):
        landscape.compute(net, X, y, directions="hessian")


def test_image_marks_the_current_point_and_path():
    t, tl, data = trained(epochs=2)
    theta, _ = tl.trajectory()
    L = landscape.compute(t.net, data.X_train, data.y_train, directions="pca", resolution=11,
                          trajectory=theta)
    rgb = landscape.image(L, scale=6)
    assert rgb.shape == (66, 66, 3) and rgb.dtype == np.uint8
    c = 5 * 6 + 3
    assert tuple(rgb[c, c]) == (230, 30, 30)                       # the red cross
    assert (rgb == 255).all(axis=2).sum() > 20                      # the white path


def test_restore_refuses_a_batch_outside_the_epoch_and_changes_nothing():
    data = moons(120)
    t = trainer(net_for(0), data, "adam", {"lr": 0.01}, batch_size=7)
    snap = t.snapshot()
    snap["batch_index"] = t.steps_per_epoch
    snap["theta"] = snap["theta"] + 1
    before = t.net.theta.copy()
    with pytest.raises(AnnStudioError, match="not from this data"):
        t.restore(snap)
    np.testing.assert_array_equal(t.net.theta, before)
