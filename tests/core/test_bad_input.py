"""Bad input gives ONE clear AnnStudioError naming the bad value — never a NumPy or Python
traceback from deep inside (a bare ValueError/TypeError/IndexError)."""
import re

import numpy as np
import pytest

import annstudio as ann
from annstudio import AnnStudioError
from annstudio.core import optimizers
from annstudio.core.training import Trainer

X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
Y = np.array([0, 1, 1, 0])


def raises(match, f, *args, **kwargs):
    """f(...) raises exactly an AnnStudioError whose one-line message matches ``match``."""
    with pytest.raises(AnnStudioError, match=match) as info:
        f(*args, **kwargs)
    err = info.value
    assert type(err).__module__.startswith("annstudio"), type(err)
    message = str(err)
    assert "\n" not in message and 10 < len(message) < 300, message
    assert "Traceback" not in message and "numpy" not in message.lower()
    return message


def sigmoid_net():
    return ann.Network.create([2, 3, 1], seed=0)


def softmax_net():
    return ann.Network.create([2, 3, 3], output="softmax", seed=0)


@pytest.mark.parametrize("size,match", [
    (0, r"hidden layer 1.*at least 1.*\b0\b"),
    (-3, r"hidden layer 1.*-3"),
    (2.5, r"hidden layer 1.*whole number.*2\.5"),
    ("abc", r"hidden layer 1.*whole number.*'abc'"),
    (None, r"hidden layer 1.*None"),
    (float("nan"), r"hidden layer 1.*nan"),
    (True, r"hidden layer 1.*True"),
])
def test_bad_layer_size(size, match):
    raises(match, ann.Network.create, [2, size, 1])


def test_bad_input_and_output_sizes():
    raises(r"input size.*0", ann.Network.create, [0, 3, 1])
    raises(r"output size.*'x'", ann.Network.create, [2, 3, "x"])
    raises(r"sizes.*None", ann.Network.create, None)
    raises(r"sizes.*\b5\b", ann.Network.create, 5)
    raises(r"at least an input and an output", ann.Network.create, [2])


def test_unknown_names():
    raises(r"unknown activation 'relux'", ann.Network.create, [2, 3, 1], hidden="relux")
    raises(r"unknown activation 'relu'.*sigmoid, softmax, identity",
           ann.Network.create, [2, 3, 1], output="relu")
    raises(r"unknown activation 'foo'", ann.Layer, [[1.0]], None, "foo")
    raises(r"unknown initialisation 'glorot'", ann.Network.create, [2, 3, 1], init="glorot")
    raises(r"unknown loss 'hinge'", sigmoid_net().loss_and_gradients, X, Y, "hinge")
    raises(r"unknown optimizer 'lbfgs'", sigmoid_net().fit, X, Y, optimizer="lbfgs")
    raises(r"unknown optimizer 'lbfgs'", optimizers.create, "lbfgs")
    raises(r"softmax is only allowed on the output layer", ann.Network,
           [ann.Layer(np.ones((2, 2)), None, "softmax"), ann.Layer(np.ones((2, 1)), None, "sigmoid")])


@pytest.mark.parametrize("lr,match", [(0, r"lr.*> 0.*\b0\b"), (-1, r"lr.*-1"),
                                      (float("nan"), r"lr.*nan"), ("fast", r"lr.*'fast'"),
                                      (float("inf"), r"lr.*inf"), (None, r"lr.*None")])
def test_bad_learning_rate(lr, match):
    raises(match, sigmoid_net().fit, X, Y, lr=lr)
    raises(match, optimizers.create, "adam", lr=lr)
    opt = optimizers.create("sgd", lr=0.1)
    raises(match, setattr, opt, "lr", lr)
    assert opt.lr == 0.1                       # a rejected value leaves the old one


def test_bad_batch_size_and_epochs():
    raises(r"batch size.*at least 1.*\b0\b", sigmoid_net().fit, X, Y, batch_size=0)
    raises(r"batch size.*2\.5", sigmoid_net().fit, X, Y, batch_size=2.5)
    raises(r"epochs.*-1", sigmoid_net().fit, X, Y, epochs=-1)
    raises(r"seed.*'abc'", sigmoid_net().fit, X, Y, seed="abc")
    raises(r"seed.*'abc'", ann.Network.create, [2, 1], seed="abc")


def test_unknown_or_bad_hyperparameters():
    raises(r"sgd has no hyperparameter 'betas'", sigmoid_net().fit, X, Y, betas=(0.9, 0.99))
    raises(r"adam has no hyperparameter 'momentum'", optimizers.create, "adam", momentum=0.9)
    raises(r"no hyperparameter 'gamma'", optimizers.create("rmsprop").set, gamma=0.9)
    raises(r"momentum.*-1", optimizers.create, "sgd", momentum=-1)
    raises(r"momentum.*'x'", optimizers.create, "sgd", momentum="x")
    raises(r"eta.*\b0\b", optimizers.create, "lecture_momentum", eta=0)
    raises(r"eta.*\b2\b", optimizers.create, "lecture_momentum", eta=2)
    raises(r"weight_decay.*-1", optimizers.create, "adam", weight_decay=-1)
    raises(r"alpha.*\b2\b", optimizers.create, "rmsprop", alpha=2)
    raises(r"nesterov", optimizers.create, "sgd", nesterov=True)


@pytest.mark.parametrize("betas,match", [((0.9,), r"betas.*\(0\.9,\)"),
                                         ((0.9, 1.0), r"beta2.*1\.0"),
                                         ((1.2, 0.9), r"beta1.*1\.2"),
                                         ("a,b", r"beta1.*'a'"),
                                         (0.9, r"betas.*0\.9"),
                                         ((0.9, 0.99, 0.9), r"betas.*two numbers"),
                                         ((float("nan"), 0.9), r"beta1.*nan"),
                                         (None, r"betas.*None")])
def test_bad_betas(betas, match):
    raises(match, optimizers.create, "adam", betas=betas)


def test_non_finite_or_text_inputs_name_the_value_and_where():
    net = sigmoid_net()
    bad = X.copy()
    bad[2, 1] = np.nan
    raises(r"nan at row 3, column 2", net.fit, bad, Y)
    bad[2, 1] = -np.inf
    raises(r"-inf at row 3, column 2", net.fit, bad, Y)
    raises(r"'abc' at row 2, column 2", net.fit, [[0, 1], [1, "abc"], [0, 0], [1, 1]], Y)
    raises(r"rows of equal length", net.fit, [[0, 1], [1], [0, 0], [1, 1]], Y)
    raises(r"inputs.*'x'", net, [[0, "x"]])
    raises(r"'a'", ann.walkthrough, net, [1, "a"], 1)
    raises(r"nan", ann.walkthrough, net, [1, np.nan], 1)
    raises(r"one data point, got 2", ann.walkthrough, net, X[:2], 1)
    raises(r"W must be finite.*nan at row 1, column 2", ann.Layer, [[1.0, np.nan]])
    raises(r"b must contain only numbers.*'x'", ann.Layer, [[1.0]], ["x"])
    raises(r"no training points", net.fit, np.zeros((0, 2)), [])


def test_labels_that_do_not_fit_the_loss():
    raises(r"whole-number class labels.*1\.5 at entry 2", softmax_net().fit, X, [0, 1.5, 2, 1])
    raises(r"0\.\.2 for 3 output units.*\b3\b", softmax_net().fit, X, [0, 1, 3, 1])
    raises(r"0\.\.2 for 3 output units.*-1", softmax_net().fit, X, [0, 1, -1, 1])
    raises(r"two classes.*0, 1, 2.*softmax \+ ce", sigmoid_net().fit, X, [0, 1, 2, 1])
    raises(r"two classes.*0\.5", sigmoid_net().fit, X, [0, 1, 0.5, 1])
    raises(r"labels.*nan at entry 3", sigmoid_net().fit, X, [0, 1, np.nan, 1])
    raises(r"labels.*'a'", sigmoid_net().fit, X, [0, 1, "a", 1])
    raises(r"labels.*None", sigmoid_net().fit, X, [0, 1, None, 1])
    raises(r"'bce' needs a sigmoid output.*softmax", softmax_net().fit, X, Y, loss="bce")
    raises(r"'ce' needs a softmax output.*sigmoid", sigmoid_net().fit, X, Y, loss="ce")
    raises(r"'bce' needs one output unit.*\b2\b",
           ann.Network.create([2, 2], output="sigmoid").loss, X, Y, "bce")
    raises(r"mse targets.*2 value\(s\).*\(4, 3\)",
           ann.Network.create([2, 2], output="identity").loss, X, np.zeros((4, 3)), "mse")
    raises(r"bce needs two classes.*\b2\b", ann.walkthrough, sigmoid_net(), [1, 2], 2)


def test_shapes_that_do_not_fit():
    net = sigmoid_net()
    raises(r"takes 2 input feature\(s\).*\(4, 3\)", net.fit, np.zeros((4, 3)), Y)
    raises(r"takes 2 input feature\(s\).*\(4, 3\)", net.predict, np.zeros((4, 3)))
    raises(r"takes 2 input feature\(s\)", ann.walkthrough, net, [1, 2, 3], 1)
    raises(r"4 inputs but 3 labels", net.fit, X, [0, 1, 0])
    raises(r"4 inputs but 5 labels", net.loss_and_gradients, X, [0, 1, 0, 1, 1])
    raises(r"4 inputs but 3 labels", Trainer, net, X, [0, 1, 0], X_test=X, y_test=Y)
    raises(r"4 inputs but 3 labels", net.fit, X, Y, X_test=X, y_test=[0, 1, 0])
    raises(r"layer 1 expects 3 inputs but layer 0 gives 2", ann.Network,
           [ann.Layer(np.ones((2, 2))), ann.Layer(np.ones((3, 1)), None, "sigmoid")])
    raises(r"W must keep its shape \(2, 3\)", setattr, net.layers[0], "W", np.ones((3, 3)))
    raises(r"layer 0 needs W \(2, 3\)", net.set_weights, [(np.ones((3, 3)), np.zeros(3)),
                                                         (np.ones((3, 1)), np.zeros(1))])
    raises(r"expected weights for 2 layers, got 1", net.set_weights, [(np.ones((2, 3)), np.zeros(3))])


def test_error_messages_are_single_sentences_not_reprs_of_arrays():
    msg = raises(r"inputs", sigmoid_net().fit, np.full((1000, 2), np.nan), np.zeros(1000))
    assert len(msg) < 120 and not re.search(r"\[\s*nan\s+nan", msg)


# --------------------------------------------------------------------------- memory (issue 11, 4)
def test_a_network_too_big_for_memory_is_refused_before_allocating():
    from annstudio.core import memory
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.network.hidden, exp.network.activations = [4096] * 100, ["relu"] * 100
    # oracle by hand: P = 2·4097 + 99·4096·4097 + 4096·2 weights and biases; SGD keeps
    # W, ∇W, a snapshot and one momentum buffer per number: 4 · 8 bytes · P
    P = 2 * 4097 + 99 * 4096 * 4097 + 4096 * 2
    assert round(4 * 8 * P / 1e9, 1) == 53.2
    message = raises(r"^this network needs 5\d\.\d GB; the limit is 2 GB", exp.validate)
    need = float(re.search(r"needs ([\d.]+) GB", message).group(1))
    assert 53.2 <= need < 53.2 * 1.1          # plus the activations of a batch / the data
    assert memory.gb(2.04e9, 2e9) == "2.04 GB" and memory.gb(2e9) == "2 GB"


@pytest.mark.parametrize("hidden,optimizer,batch", [([50, 50], "sgd", 10), ([300, 300], "adam", 100),
                                                     ([200], "rmsprop", 400), ([1000, 1000], "adam", 10),
                                                     ([100] * 10, "sgd", 10)])
def test_the_memory_estimate_bounds_what_training_allocates(hidden, optimizer, batch):
    """Independent check of `memory.network_bytes`: the peak that tracemalloc sees while a
    network is built and trained one epoch stays under the estimate."""
    import tracemalloc

    from annstudio.core import datasets, memory
    data = datasets.make("moons", n=500, noise=0.2, seed=0)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        net = ann.Network.create([2, *hidden, 1], seed=0)
        net.fit(data.X_train, data.y_train, optimizer=optimizer, lr=0.01, batch_size=batch,
                epochs=1, seed=0)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    estimate = memory.network_bytes([2, *hidden, 1], batch, len(data.X_train), optimizer)
    assert peak <= estimate, (peak, estimate)
    assert estimate < 1.5 * peak + memory.FIXED_BYTES     # and not loose where it matters
