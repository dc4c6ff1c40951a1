"""Lessons: every shipped lesson loads, trains headless, and says what the lecture says."""
import math
import os

import numpy as np
import pytest

from annstudio.io import experiment_file as ef
from annstudio.io import lessons

REQUIRED = {"notxor_by_hand", "moons_sgd", "moons_lecture_momentum", "moons_adagrad",
            "moons_rmsprop", "moons_adam", "xor_no_hidden", "spirals_depth",
            "deep_sigmoid_vanishing", "sine_regression",
            "bigger_lr", "zero_init", "more_neurons", "loss_goes_down",
            "race_lecture_optimizers"}


def test_index_lists_every_lesson_with_a_description():
    found = lessons.list_lessons()
    assert {x.name for x in found} == REQUIRED
    for x in found:
        assert os.path.isfile(x.path)
        assert x.title and len(x.description) > 150, x.name
        assert "\n" not in x.description       # one paragraph


def test_rebuild_reproduces_the_shipped_files(tmp_path):
    lessons.rebuild(tmp_path)
    shipped = lessons.LESSON_DIR
    for name in sorted(os.listdir(tmp_path)):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
    assert sorted(os.listdir(tmp_path)) == sorted(
        n for n in os.listdir(shipped) if n.endswith((".annstudio", ".json")))


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_every_lesson_loads_and_trains_two_epochs(name):
    loaded = lessons.load(name)
    assert loaded.note == lessons.ALL_TEXT[name][1]
    eng = loaded.make_engine()
    eng.train(2)
    assert len(eng.history) == 2
    assert all(math.isfinite(x) for x in eng.history.train_loss)


def test_notxor_lesson_has_the_lectures_numbers():
    loaded = lessons.load("notxor_by_hand")
    X, y = loaded.data.X_train, loaded.data.y_train
    z0 = loaded.network()(X)[:, 0]
    s = 1 / (1 + math.exp(-0.5))          # σ(1/2), the lecture's value
    expected = {(0.0, 0.0): s, (1.0, 0.0): 1 - s, (0.0, 1.0): 1 - s, (1.0, 1.0): s}
    for x, z, label in zip(X, z0, y):
        assert z == pytest.approx(expected[tuple(x)], abs=1e-12)
        assert label == (1 if x[0] == x[1] else 0)
    W2, b2 = loaded.weights[0]
    assert np.array_equal(W2, [[1, -1], [-1, 1]]) and np.array_equal(b2, [0, 0])


def test_lecture_momentum_lesson_uses_alpha_and_eta_of_the_lecture():
    e = lessons.load("moons_lecture_momentum").experiment
    assert e.optimizer.name == "lecture_momentum"
    assert e.optimizer.params == {"lr": 0.04, "eta": 0.7}


def test_xor_without_hidden_layer_cannot_learn_xor():
    loaded = lessons.load("xor_no_hidden")
    assert loaded.experiment.network.hidden == []
    eng = loaded.make_engine()
    eng.train(30)
    # a straight line gets at most three of the four quadrants right
    assert max(eng.history.accuracy) <= 0.8
    assert eng.history.train_loss[-1] > 0.6


def test_deep_sigmoid_lesson_shows_vanishing_gradients():
    eng = lessons.load("deep_sigmoid_vanishing").make_engine()
    eng.train(2)
    g = eng.history.epochs[-1].grad_norms
    assert len(g) == 9
    assert g[0] < 1e-2 * g[-1]   # the first layer's gradient is tiny next to the output's


def test_unknown_lesson_and_damaged_index(tmp_path):
    from annstudio.core.errors import AnnStudioError
    with pytest.raises(AnnStudioError, match="unknown lesson 'nope'"):
        lessons.load("nope")
    with pytest.raises(AnnStudioError, match="missing or damaged"):
        lessons.list_lessons(tmp_path)


def test_lesson_files_are_current_experiment_files_with_version_2_lessons():
    for x in lessons.list_lessons():
        loaded = ef.load(x.path)
        assert loaded.version == ef.VERSION
        assert loaded.extra["lesson"]["version"] == lessons.LESSON_VERSION == 2
