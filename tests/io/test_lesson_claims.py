"""Every sentence a lesson says about a run, checked by running it (issue 14 part 1).

Each test trains the lesson's experiment (with the change the text suggests) headless and
asserts the numbers the text states. Change a lesson's text and its test here together.
"""
import math

import numpy as np
import pytest

from annstudio.core import datasets
from annstudio.core.experiment import OptimizerSpec, lecture_moons
from annstudio.engines.base import from_experiment
from annstudio.io import lessons

TEXT = {name: text for name, (_title, text) in lessons.LESSONS_TEXT.items()}


def train(name, epochs=None, change=None):
    """Train lesson ``name`` (after ``change(experiment)``); returns the engine."""
    exp, data, weights = lessons.definitions()[name]
    exp = exp.copy()
    if change is not None:
        change(exp)
    data = data if data is not None else exp.build_data()
    eng = from_experiment(exp, data=data)
    if weights is not None:
        eng.set_weights(weights)
    eng.train(epochs or exp.training.epochs)
    return eng


def hidden(*sizes, act="relu"):
    def change(exp):
        exp.network.hidden, exp.network.activations = list(sizes), [act] * len(sizes)
    return change


def test_lecture_moons_preset_is_the_lectures_data():
    d = datasets.make("lecture_moons")
    assert (d.n_train, d.n_test) == (500, 0)
    assert datasets.PRESETS["lecture_moons"]["noise"] == 0.1
    exp = lecture_moons()
    assert (exp.dataset.noise, exp.dataset.test_fraction, exp.dataset.n) == (0.1, 0.0, 500)
    # the lessons on the moons use exactly these points
    for name in ("moons_sgd", "moons_lecture_momentum", "moons_adagrad", "moons_rmsprop",
                 "moons_adam"):
        spec = lessons.definitions()[name][0].dataset
        assert (spec.name, spec.n, spec.noise, spec.test_fraction) == ("moons", 500, 0.1, 0.0)
    assert "noise 0.1" in TEXT["moons_sgd"] and "no test set" in TEXT["moons_sgd"]


def test_sgd_lesson_creeps_falls_and_bends_only_later():
    h = train("moons_sgd", epochs=150).history
    L = h.train_loss
    assert 0.69 < L[0] < 0.695                       # "about 0.69 (= log 2)"
    assert L[19] > 0.64                              # "creeps for about 20 epochs"
    assert 0.22 < L[49] < 0.26                       # "about 0.24 by epoch 50"
    assert 0.67 < L[14] < 0.69                       # "this run is at 0.68 too"
    assert 0.87 < h.accuracy[49] < 0.91              # "about 89 % … nearly a straight line"
    assert h.accuracy[149] >= 0.99                   # "99 % by epoch 150"
    # a straight line cannot do much better than 89 % on these moons: logistic regression
    line = train("moons_sgd", epochs=100, change=lambda e: (
        hidden()(e), setattr(e.optimizer, "params", {"lr": 0.5}))).history
    assert max(line.accuracy) < 0.9
    assert "lucky initialisation" in TEXT["moons_sgd"] and "0.68" in TEXT["moons_sgd"]


def test_lecture_epoch_15_is_lucky_most_seeds_are_still_near_log_2():
    at15 = [train("moons_sgd", epochs=15, change=lambda e, s=s: (
        setattr(e.network, "seed", s), setattr(e.training, "seed", s))).history.train_loss[-1]
        for s in range(8)]
    assert np.median(at15) > 0.6 > 0.35              # the lecture's 0.35 is far from typical


def test_momentum_lesson_is_sgd_with_the_larger_step():
    mom = train("moons_lecture_momentum").history.train_loss
    sgd = train("moons_lecture_momentum",
                change=lambda e: setattr(e, "optimizer", OptimizerSpec("sgd", {"lr": 0.04})))
    sgd = sgd.history.train_loss
    assert max(abs(a - b) for a, b in zip(mom, sgd)) < 0.01       # "within 0.01 at every epoch"
    assert round(mom[14], 2) == round(sgd[14], 2) == 0.26         # "0.26 at epoch 15 for both"
    slow = train("moons_sgd", epochs=30).history.train_loss
    assert mom[14] < slow[14] - 0.3                               # "falls much sooner"
    assert "never makes a step larger" in TEXT["moons_lecture_momentum"]


def test_adagrad_lesson():
    eng = train("moons_adagrad")
    assert eng.history.train_loss[-1] < 0.01
    # "G only grows": the accumulated squares never decrease from one step to the next
    from annstudio.core import optimizers
    opt = optimizers.create("adagrad", lr=0.05)
    p = [np.zeros(3)]
    sums = []
    for g in ([1.0, 0.0, 2.0], [0.5, 0.0, -1.0], [0.0, 3.0, 0.0]):
        opt.step(p, [np.array(g)])
        sums.append(opt.state[0]["sum"].copy())
    assert all((b >= a).all() for a, b in zip(sums, sums[1:]))


def test_rmsprop_lesson():
    eng = train("moons_rmsprop")
    assert eng.history.train_loss[-1] < 0.01


def test_adam_lesson_learning_rates():
    L = train("moons_adam").history.train_loss                       # lr 0.002
    assert L[14] < 0.05 and L[29] < 0.01
    small = train("moons_adam", change=lambda e: e.optimizer.params.update(lr=0.0005))
    assert 0.15 < small.history.train_loss[29] < 0.25                  # "about 0.2"
    big = train("moons_adam", change=lambda e: e.optimizer.params.update(lr=0.01))
    B = big.history.train_loss
    assert min(B[:10]) < 0.01 and min(B[:10]) < min(L[:10])           # "drops fastest"
    first = next(i for i, x in enumerate(B) if x < 0.01)
    assert max(B[first:]) > 0.2                                        # "jumps back up"
    assert "not the lecture's training loop" in TEXT["moons_adam"]


def test_xor_lesson_fixes():
    h = train("xor_no_hidden").history
    assert 0.5 <= h.accuracy[-1] <= 0.6 and h.train_loss[-1] > 0.68   # "near 55 %", log 2
    f = train("xor_no_hidden", epochs=1,
              change=lambda e: setattr(e.dataset, "features", ["x1x2"])).history
    assert f.accuracy[0] > 0.9                                          # "after one epoch"
    four = train("xor_no_hidden", change=hidden(4)).history
    assert four.accuracy[-1] > 0.9                                      # "within 30 epochs"


def test_spirals_lesson_compares_equal_parameter_counts():
    def params(sizes):
        exp = lessons.definitions()["spirals_depth"][0].copy()
        hidden(*sizes)(exp)
        return exp.build_network(exp.build_data()).n_parameters if hasattr(
            exp.build_network(exp.build_data()), "n_parameters") else sum(
            W.size + b.size for W, b in exp.build_network(exp.build_data()).get_weights())
    assert (params([4]), params([16, 16, 16]), params([107])) == (27, 643, 645)
    small = train("spirals_depth", change=hidden(4)).history.accuracy
    assert 0.5 < small[-1] < 0.6                                        # "near 55 %"

    def first_95(acc):
        return next((i + 1 for i, a in enumerate(acc) if a >= 0.95), math.inf)
    deep = train("spirals_depth", epochs=20).history.accuracy
    wide = train("spirals_depth", epochs=20, change=hidden(107)).history.accuracy
    assert first_95(deep) <= 10 < 15 < first_95(wide)
    assert "fewer parameters" not in TEXT["spirals_depth"]


def test_deep_sigmoid_lesson():
    h = train("deep_sigmoid_vanishing").history
    ratios = [r.grad_norms[0] / r.grad_norms[-1] for r in h.epochs]
    # "in most epochs more than ten thousand times smaller"
    assert sum(r < 1e-4 for r in ratios) > len(ratios) / 2 and max(ratios) < 1e-2
    assert all(abs(x - math.log(2)) < 0.01 for x in h.train_loss)   # hardly moves
    assert train("deep_sigmoid_vanishing",
                 change=hidden(*[10] * 8, act="relu")).history.train_loss[-1] < 0.35
    assert train("deep_sigmoid_vanishing",
                 change=hidden(10, 10, act="sigmoid")).history.train_loss[-1] < 0.35


def test_sine_lesson_hovers_just_above_the_noise_variance():
    L = train("sine_regression").history.train_loss[29:]
    assert 0.01 < min(L) and max(L) < 0.035


def test_notxor_lesson_run_pushes_outputs_apart():
    eng = train("notxor_by_hand")
    L = eng.history.train_loss
    assert round(L[0], 2) == 0.47 and round(L[-1], 2) == 0.35
    exp, data, _w = lessons.definitions()["notxor_by_hand"]
    z = eng.network()(data.X_train)[:, 0]
    same = data.X_train[:, 0] == data.X_train[:, 1]
    assert np.allclose(z[same], 0.66, atol=0.01) and np.allclose(z[~same], 0.25, atol=0.01)
    assert "x₀ and x₁" in TEXT["notxor_by_hand"] and "u₃,₀ = x₀ − x₁" in TEXT["notxor_by_hand"]


def test_exported_script_notes_the_lectures_double_sigma():
    from annstudio.io import export_torch
    text = export_torch.script_text(lecture_moons())
    assert "The lecture's forward returns σ(u) and then uses BCEWithLogitsLoss" in text
    compile(text, "train.py", "exec")


# ----------------------------------------------------------------------------- misconceptions
def test_zero_init_no_hidden_weight_ever_moves():
    eng = train("zero_init")
    weights = eng.network().get_weights()
    for W, b in weights[:-1]:                       # every hidden layer: still exactly 0
        assert not W.any() and not b.any()
    assert abs(eng.history.train_loss[-1] - math.log(2)) < 0.005
    assert "h(0) is 0" in lessons.ALL_TEXT["zero_init"][1]


def test_more_neurons_big_network_fits_training_points_better_and_test_points_worse():
    big = train("more_neurons", change=hidden(128, 128)).history
    small = train("more_neurons").history             # the lesson's 2 → 4 → 1
    assert big.accuracy[-1] > small.accuracy[-1]      # "fits the training points better"
    assert big.test_accuracy[-1] < small.test_accuracy[-1]   # "and the test points worse"
    exp = lessons.definitions()["more_neurons"][0]
    assert exp.build_data().n_test == exp.build_data().n_train == 50   # "half … held out"


def test_spirals_question_explanation_numbers():
    wide = train("spirals_depth", epochs=10, change=hidden(107)).history.accuracy
    assert 0.85 <= wide[9] <= 0.89                    # "about 87 % at epoch 10"


def test_misconception_lessons_have_a_prediction_each():
    for name in ("bigger_lr", "zero_init", "more_neurons", "loss_goes_down"):
        steps = lessons.plan(name)["steps"]
        assert any("question" in s for s in steps), name
        assert all(s.get("goals") for s in steps if "question" in s), name
