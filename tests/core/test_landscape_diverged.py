"""The landscape of a diverged run (weights near 1e300): finite directions, the origin at the
saved weights, grey where the loss is not finite, the path drawn where it is finite."""
import dataclasses
import warnings

import numpy as np
import pytest

import annstudio as ann
from annstudio.core import landscape


def diverged_net(seed, value):
    data = ann.datasets.make("moons", n=60, noise=0.2, seed=seed)
    net = ann.Network.create([2, 5, 1], hidden="relu", output="sigmoid", seed=seed)
    net.layers[0].W[0, 0] = value
    return net, data


@pytest.mark.parametrize("value", [1e300, 1e308, -1e308])
@pytest.mark.parametrize("seed", range(6))
def test_a_diverged_run_has_a_map_of_what_is_finite(seed, value):
    net, data = diverged_net(seed, value)
    theta0 = net.theta.copy()
    # a path from ordinary weights to the diverged ones, as a recorded run would have
    start = theta0.copy()
    start[0] = 0.1
    path = np.stack([start + s * (theta0 - start) for s in (0.0, 0.5, 1.0)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # no RuntimeWarning reaches the user either
        L = landscape.compute(net, data.X_train, data.y_train, resolution=7, trajectory=path,
                              seed=seed)
        rgb = landscape.image(L, scale=4)
    assert np.isfinite(L.d1).all() and np.isfinite(L.d2).all()
    assert np.array_equal(net.theta, theta0)                      # the net keeps its weights
    c = 7 // 2
    with np.errstate(all="ignore"):
        here = net.loss(data.X_train, data.y_train)
    assert np.array_equal(L.origin_loss, L.loss[c, c], equal_nan=True)
    assert np.array_equal(L.origin_loss, here, equal_nan=True)   # the map's centre is θ₀
    assert np.isfinite(L.alphas).all() and L.alphas[-1] > 0
    assert rgb.shape == (28, 28, 3)
    # the picture: grey exactly where the loss is not a finite number (β grows upwards;
    # without the path and its cross, which are drawn over the cells)
    plain = landscape.image(dataclasses.replace(L, path=None), scale=1)[::-1]
    cross = np.all(plain == (230, 30, 30), axis=-1)
    grey = np.all(plain == landscape.NO_LOSS, axis=-1)
    assert cross.sum() < 20
    assert np.array_equal(grey[~cross], ~np.isfinite(L.loss)[~cross])
    # the path's last point is the origin itself
    assert np.allclose(L.path[-1], 0.0, atol=1e-9)


def test_a_path_point_off_every_map_is_left_out_not_drawn_forever():
    net, data = diverged_net(0, 0.5)
    L = landscape.compute(net, data.X_train, data.y_train, resolution=5)
    L.path = np.array([[0.0, 0.0], [1e300, -1e300], [np.nan, 0.0], [0.1, 0.1]])
    rgb = landscape.image(L, scale=4)          # returns at once: nothing to draw 1e300 px away
    assert rgb.shape == (20, 20, 3)
    assert (rgb == 255).all(axis=-1).any()      # the finite segment (0,0)→(0.1,0.1) is drawn
