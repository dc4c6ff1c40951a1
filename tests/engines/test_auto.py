"""engine="auto": NumPy for the lecture's small nets, PyTorch for wide nets and GPUs,
following the crossover measured in annstudio/engines/auto.py."""
import pytest

import annstudio as ann
from annstudio.engines import create
from annstudio.engines.auto import CROSSOVER_FLOPS, choose, step_flops
from annstudio.engines.torch_support import torch_installed


def test_step_flops_is_batch_times_sum_of_products():
    net = ann.Network.create([2, 20, 40, 20, 1])
    assert step_flops(net, 10) == 10 * (2 * 20 + 20 * 40 + 40 * 20 + 20 * 1)


@pytest.mark.skipif(not torch_installed(), reason="torch not installed")
def test_choices():
    lecture = ann.Network.create([2, 20, 40, 20, 1])
    wide = ann.Network.create([2, 512, 512, 1])
    assert choose(lecture, 10) == "numpy"
    assert choose(lecture, 1) == "numpy"
    assert choose(wide, 256) == "torch"                      # F ≈ 6.8e7 ≥ 1e7
    assert choose(wide, 256, dtype="float64") == "numpy"     # below the float64 crossover
    assert choose(wide, 4096, dtype="float64") == "torch"
    assert choose(lecture, 10, device="cuda") == "torch"
    # just either side of the threshold
    n = ann.Network.create([1, 1000, 1])
    b = int(CROSSOVER_FLOPS["float32"] // step_flops(n, 1))
    assert choose(n, b) == "torch" and choose(n, b - 1) == "numpy"


@pytest.mark.skipif(not torch_installed(), reason="torch not installed")
def test_create_auto_builds_the_chosen_engine():
    data = ann.datasets.make("moons", n=300, seed=0)
    small = create("auto", ann.Network.create([2, 20, 40, 20, 1]), data, "sgd", {"lr": 0.01})
    assert small.name == "numpy"
    big = create("auto", ann.Network.create([2, 512, 512, 1]), data, "sgd", {"lr": 0.01},
                 batch_size=256)
    assert big.name == "torch" and big.dtype == "float32"
