"""One catalogue of presets and lesson setups (`io.catalogue`): the ¬XOR example and the
lecture's moons are built once, and every reader gets the same experiment, points and
weights."""
import numpy as np

from annstudio.core import datasets
from annstudio.core.experiment import lecture_moons
from annstudio.core.inspect import NOT_XOR_X, NOT_XOR_Y
from annstudio.io import catalogue, lessons


def same_run(a, b):
    """Experiments equal but for their notes."""
    a, b = a.copy(), b.copy()
    a.note = b.note = ""
    return a == b


def test_the_not_xor_lesson_is_the_catalogues_not_xor():
    exp, data, weights = catalogue.not_xor()
    l_exp, l_data, l_weights = lessons.definitions()["notxor_by_hand"]
    assert same_run(exp, l_exp)
    assert l_exp.note == lessons.LESSONS_TEXT["notxor_by_hand"][1]
    for (W, b), (lW, lb) in zip(weights, l_weights):
        assert np.array_equal(W, lW) and np.array_equal(b, lb)
    assert np.array_equal(l_data.X_train, data.X_train) and l_data.name == "¬XOR"


def test_not_xor_is_the_lectures_network_on_its_four_points():
    exp, data, weights = catalogue.not_xor()
    # LECTURE.md §2: W_2 = [[1, −1], [−1, 1]], b_2 = 0, W_1 = [[−1], [−1]], b_1 = 1/2
    assert np.array_equal(weights[0][0], [[1, -1], [-1, 1]]) and not weights[0][1].any()
    assert np.array_equal(weights[1][0], [[-1], [-1]]) and weights[1][1].tolist() == [0.5]
    assert np.array_equal(data.X_train, NOT_XOR_X) and np.array_equal(data.y_train, NOT_XOR_Y)
    assert exp.network.hidden == [2] and exp.network.output == "sigmoid"
    # the run the lesson's text describes: 50 epochs of SGD on the whole set, shuffled
    assert (exp.training.epochs, exp.training.batch_size, exp.training.shuffle) == (50, 4, True)
    exp.validate()


def test_the_moons_lessons_start_from_the_lecture_run():
    base = lecture_moons()
    spec = datasets.PRESETS["lecture_moons"]
    assert {k: getattr(base.dataset, k) for k in spec} == spec
    for name in ("moons_sgd", "moons_adam", "moons_adagrad"):
        exp = lessons.definitions()[name][0]
        assert exp.dataset == base.dataset and exp.network == base.network
        assert exp.training.batch_size == base.training.batch_size


def test_every_preset_builds_a_valid_experiment():
    for name, make in catalogue.PRESETS.items():
        exp, data, weights = make()
        exp.validate()
        if weights is not None:
            net = exp.build_network(data if data is not None else exp.build_data())
            net.set_weights(weights)
