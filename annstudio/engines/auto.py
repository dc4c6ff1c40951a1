"""``engine="auto"``: pick the faster engine for the network and batch size at hand.

The rule comes from measurements, not guesses. Per training step both engines do the
same three matrix products per layer; what differs is the fixed cost around them. NumPy's
hand-written backprop is a handful of BLAS calls per layer; PyTorch pays autograd
bookkeeping and dispatch for a few dozen small tensor operations per step (~0.3 ms here).
So PyTorch wins only once the matrix work per step,

    F = batch × Σ_k d_in,k · d_out,k        (multiply-adds of one forward pass)

is large enough to hide that overhead (and float32 halves the work of its products).

Measured on the development machine (2 shared CPU cores, NumPy 2.4 + OpenBLAS, PyTorch
2.13 CPU, 2 threads; `annstudio bench` and the grid below, steps/s including the loss on
the whole training set after each epoch; ratio = PyTorch steps/s ÷ NumPy steps/s):

    net          batch   F        NumPy/s  torch f32/s  ratio f32  torch f64/s  ratio f64
    2→20→40→20→1   10   1.7e4    15,400     2,300        0.15
    2→20→40→20→1  100   1.7e5     6,260     1,550        0.25
    2→32→32→1      256   2.9e5     2,530     1,990        0.78        1,360       0.54
    2→64→64→1     1024   4.4e6       461       459        0.99          426       0.92
    2→128→128→1    256   4.3e6       812       637        0.78          621       0.76
    2→512→512→1     16   4.2e6       798       536        0.67          463       0.58
    2→128→128→1   1024   1.7e7       192       279        1.45          198       1.03
    2→256→256→1    256   1.7e7       290       345        1.19          372       1.28
    2→256→256→1   1024   6.8e7       117       201        1.72           85       0.73
    2→512→512→1    256   6.8e7        68       199        2.94           53       0.78
    2→512→512→1   1024   2.7e8        19        62        3.21           25       1.33

Rule derived from them: on the CPU, NumPy unless F ≥ 1e7 (float32, PyTorch's default) or
F ≥ 1e8 (float64); PyTorch on any GPU device. The lecture's nets (F ≈ 2e4) stay on NumPy,
where they run 4–7× faster. Without torch installed, always NumPy on the CPU.
"""
from __future__ import annotations

CROSSOVER_FLOPS = {"float32": 1e7, "float64": 1e8}


def step_flops(net, batch_size):
    """F = batch × Σ d_in·d_out: the multiply-adds of one forward pass over a batch."""
    sizes = net.sizes
    return int(batch_size) * sum(d * e for d, e in zip(sizes[:-1], sizes[1:]))


def choose(net, batch_size, device="cpu", dtype=None):
    """"numpy" or "torch" for training ``net`` with ``batch_size`` on ``device``."""
    from annstudio.engines.torch_support import torch_installed
    if device not in (None, "cpu"):
        return "torch"            # only PyTorch runs on a GPU (it says so if it cannot)
    if not torch_installed():
        return "numpy"
    threshold = CROSSOVER_FLOPS["float64" if dtype == "float64" else "float32"]
    return "torch" if step_flops(net, batch_size) >= threshold else "numpy"
