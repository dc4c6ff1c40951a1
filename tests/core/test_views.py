"""The view maths (core/views.py; issues 13 and 16): only the layers asked for, the same
numbers as the full computation; coarse grids for wide nets while training; one forward
pass for training and views, float32 for the views within float32 rounding."""
import numpy as np

from annstudio.core import datasets
from annstudio.core.network import Network
from annstudio.core.views import (BOUNDARY_RES, MIN_TRAINING_RES, ViewGeometry,
                                    boundary_res, network_views, plane_inputs)


def test_only_the_asked_layers_and_the_same_numbers_as_all():
    data = datasets.make("moons", n=200, seed=0)
    geom = ViewGeometry(data)
    net = Network.create([2, 6, 5, 4, 1], hidden="tanh", output="sigmoid", seed=3)
    full = network_views(net, geom)
    part = network_views(net, geom, layers=(1,))
    assert [m is not None for m in part["maps"]] == [False, True, False]
    assert [r is not None for r in part["rows"]] == [False, True, False, False]
    np.testing.assert_array_equal(part["maps"][1], full["maps"][1])
    np.testing.assert_array_equal(part["rows"][1], full["rows"][1])
    np.testing.assert_array_equal(part["output"], full["output"])
    out = network_views(net, geom, layers=(3,))          # the output layer: rows only
    assert all(m is None for m in out["maps"]) and out["rows"][3] is not None
    none = network_views(net, geom, layers=())
    assert all(m is None for m in none["maps"]) and all(r is None for r in none["rows"])
    assert none["output"].shape == (BOUNDARY_RES, BOUNDARY_RES)


def test_coarse_grid_while_training_is_the_same_function_on_fewer_points():
    data = datasets.make("moons", n=200, seed=0)
    geom = ViewGeometry(data)
    net = Network.create([2, 256, 256, 1], hidden="relu", output="sigmoid", seed=0)
    weights = [(layer.W, layer.b) for layer in net.layers]
    res = boundary_res(weights, fine=False, madds=2e7)
    # 2·256 + 256·256 + 256 multiply-adds a point: √(2e7 / 66,304) = 17
    assert res == 17
    assert boundary_res(weights, fine=False, madds=1e3) == MIN_TRAINING_RES
    assert boundary_res(weights, fine=True) == BOUNDARY_RES
    v = network_views(net, geom, layers=(0,), fine=False, madds=2e7)
    assert v["output"].shape == (res, res) and not v["fine"]
    G, _ = plane_inputs(data, res)
    u = np.maximum(G @ net.layers[0].W + net.layers[0].b, 0)
    u = np.maximum(u @ net.layers[1].W + net.layers[1].b, 0) @ net.layers[2].W + net.layers[2].b
    p = 1 / (1 + np.exp(-u[:, 0]))
    np.testing.assert_allclose(v["output"].ravel(), p, atol=1e-5)


def _nets():
    yield datasets.make("moons", n=200, seed=0), \
        Network.create([2, 7, 5, 1], hidden="sigmoid", output="sigmoid", seed=1)
    yield datasets.make("moons", n=200, seed=0), \
        Network.create([2, 6, 4, 1], hidden="tanh", output="sigmoid", seed=2)
    yield datasets.make("blobs", n=300, seed=0, classes=3), None      # softmax, argmax
    yield datasets.make("sine", n=100, seed=0), \
        Network.create([1, 9, 1], hidden="tanh", output="identity", seed=5)   # a curve


def _net_for(data, net):
    if net is not None:
        return net
    k = int(data.n_classes)
    return Network.create([data.n_features, 8, 6, k], hidden="leaky_relu", output="softmax",
                          seed=4)


def test_float64_views_are_exactly_network_forward():
    """The views' forward pass is the training forward pass: in float64 the numbers are
    `Network.forward`'s bit for bit (no second copy of the recurrences to drift)."""
    for data, net in _nets():
        net = _net_for(data, net)
        geom = ViewGeometry(data)
        v = network_views(net, geom, dtype=np.float64)
        tr = net.forward(geom.grid)
        y = tr.output
        if geom.task == "multiclass":
            np.testing.assert_array_equal(v["output"].ravel(), np.argmax(y, axis=1))
            np.testing.assert_array_equal(v["output_conf"].ravel(), np.max(y, axis=1))
        else:
            np.testing.assert_array_equal(v["output"].ravel(), y[:, 0])
        rows = net.forward(geom.X_rows)
        for k, r in enumerate(v["rows"]):
            assert r.dtype == np.float64
            np.testing.assert_array_equal(r, rows.z[k + 1])


def test_float32_views_equal_the_float64_pass_within_float32_rounding():
    for data, net in _nets():
        net = _net_for(data, net)
        geom = ViewGeometry(data)
        v32 = network_views(net, geom)
        v64 = network_views(net, geom, dtype=np.float64)
        assert v32["output"].dtype == np.float32 and v32["rows"][0].dtype == np.float32
        if geom.task != "multiclass":
            np.testing.assert_allclose(v32["output"], v64["output"], rtol=1e-5, atol=1e-6)
        else:   # argmax may flip only where two classes tie to float32 precision
            agree = np.mean(v32["output"] == v64["output"])
            assert agree > 0.999
            np.testing.assert_allclose(v32["output_conf"], v64["output_conf"], atol=1e-5)
        for a, b in zip(v32["rows"], v64["rows"]):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)
        for a, b in zip(v32["maps"], v64["maps"]):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)   # NaN gaps in both


def test_pca_2d_spans_the_same_plane_as_the_svd():
    """The data view's projection (core.views.pca_2d, eigh of XcᵀXc) against NumPy's SVD:
    the same two axes up to sign, the same explained-variance shares."""
    from annstudio.core.views import pca_2d
    X = np.random.default_rng(0).normal(size=(300, 6)) @ np.diag([5, 3, 1, 0.5, 0.2, 0.1])
    P, var = pca_2d(X)
    Xc = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    ref = U[:, :2] * S[:2]
    for j in range(2):
        sign = np.sign(ref[0, j] * P[0, j])
        np.testing.assert_allclose(P[:, j] * sign, ref[:, j], atol=1e-8)
    np.testing.assert_allclose(var, S[:2] ** 2 / np.sum(S ** 2), rtol=1e-10)
