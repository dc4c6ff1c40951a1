"""What the engine computes for the views (issue 16): only the layers asked for, the same
numbers as the full computation; coarse grids for wide nets while training."""
import numpy as np

from annstudio.core import datasets
from annstudio.core.network import Network
from annstudio.engines.host import (BOUNDARY_RES, MIN_TRAINING_RES, ViewGeometry,
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
