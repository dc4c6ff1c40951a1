"""GPU check (skipped without CUDA): the lecture's closing point, the same model on a GPU.

Trains a large synthetic problem (10⁶ moons points, 2→1024→1024→1, batch 4096, Adam) on
CUDA with the PyTorch engine and prints the throughput in samples/s; then runs a few steps
in float64 on the CPU and on CUDA from the same weights and prints how closely they agree.
Run with ``pytest -s tests/gpu/test_cuda.py`` (so the figures show); the whole GPU table
is ``sh tests/gpu/run_gpu_check.sh``.
"""
import time

import numpy as np
import pytest

torch = pytest.importorskip("torch")

import annstudio as ann  # noqa: E402
from annstudio.engines import create  # noqa: E402

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="CUDA is not available")

SIZES = [2, 1024, 1024, 1]
BATCH = 4096


def throughput(device, n=1_000_000, sizes=SIZES, batch=BATCH, epochs=2, dtype="float32"):
    """(samples/s over ``epochs`` timed epochs after one warm-up epoch, history)."""
    data = ann.datasets.make("moons", n=n, noise=0.2, seed=0, test_fraction=0.0)
    net = ann.Network.create(sizes, hidden="relu", output="sigmoid", init="he", seed=0)
    e = create("torch", net, data, "adam", {"lr": 1e-3}, batch_size=batch, seed=0,
               device=device, dtype=dtype)
    e.run_epoch()                           # warm-up: kernels, allocator, cuBLAS handles
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    t = time.perf_counter()
    e.train(epochs)
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    dt = time.perf_counter() - t
    rate = epochs * data.X_train.shape[0] / dt
    hist = e.history
    e.close()
    return rate, hist, dt


def agreement(devices=("cpu", "cuda"), n=65536, sizes=SIZES, batch=BATCH, steps=5):
    """Float64 runs of ``steps`` steps on each device from the same weights and batches:
    (max relative difference of the batch losses, of the weights, the losses)."""
    data = ann.datasets.make("moons", n=n, noise=0.2, seed=1, test_fraction=0.0)
    runs = []
    for device in devices:
        net = ann.Network.create(sizes, hidden="relu", output="sigmoid", init="he", seed=1)
        e = create("torch", net, data, "adam", {"lr": 1e-3}, batch_size=batch, seed=0,
                   device=device, dtype="float64")
        losses = [e.step().batch_loss for _ in range(steps)]
        runs.append((np.array(losses), e.network().get_weights()))
        e.close()
    (l0, w0), (l1, w1) = runs
    dl = float(np.max(np.abs(l1 - l0) / np.abs(l0)))
    dw = max(float(np.max(np.abs(a1 - a0)) / np.max(np.abs(a0)))
             for p0, p1 in zip(w0, w1) for a0, a1 in zip(p0, p1))
    return dl, dw, l0


def test_cuda_throughput_and_float64_agreement():
    name = torch.cuda.get_device_name(0)
    rate, hist, dt = throughput("cuda")
    print(f"\n[gpu] {name}: 10^6 points, 2→1024→1024→1, batch {BATCH}, Adam, float32: "
          f"{rate:,.0f} samples/s ({dt:.2f} s for 2 epochs incl. the loss on all points "
          f"after each); train loss {hist.train_loss[0]:.4f} → {hist.train_loss[-1]:.4f}")
    assert all(np.isfinite(hist.train_loss)) and hist.diverged is None
    assert hist.train_loss[-1] < 0.69
    dl, dw, losses = agreement()
    print(f"[gpu] float64, 5 Adam steps from the same weights, CPU vs CUDA: batch losses "
          f"agree to {dl:.1e} (relative), weights to {dw:.1e} (relative to the largest); "
          f"losses {', '.join(f'{x:.6f}' for x in losses)}")
    assert dl <= 1e-9 and dw <= 1e-9
