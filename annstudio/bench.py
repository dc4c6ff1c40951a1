"""``annstudio bench [--quick]``: how fast the engines train on this machine.

Prints, as plain tables:

1. steps/s of the NumPy engine (and the PyTorch engine, if installed) on the lecture net
   2→20→40→20→1 for batch sizes 1, 10 and 100;
2. the lecture run (moons 500, batch 10, SGD lr 0.015, 50 epochs = 2,500 steps plus the
   loss on the whole training set after every epoch): total seconds of the NumPy engine
   (on its compiled fast path when numba is installed, and on its NumPy path) against an
   equivalent plain PyTorch CPU loop written as in the lecture (tensor indexing, and the
   lecture's TensorDataset + DataLoader), the PyTorch engine, and the lecture's own
   per-point Jacobian code (`LectureCode`, timed on its first steps), with the ratio
   (issue 16's goal: ≥ 250×);
3. wide nets (2→256→256→1, 2→512→512→1, batch 256): steps/s of both engines;
4. time per epoch as the data grows (1k, 10k, 100k points; lecture net, batch 10), and
   one epoch over 100,000 points at batch 100 (issue 16's goal: < 1 s);
5. side by side, from this one run: TensorFlow Playground's engine against ours
   (``tests/benchmarks/bench_playground.py``, in a source checkout with node), and the
   lecture run against the lecture's code through the Python API (`Network.fit`) and
   through the engine (the window, ``annstudio train``), with the path each trained on
   (issue 25's goals: ≥ 2× Playground, ≥ 250× the lecture's code).

Each table states the load average at the time: on a shared machine every figure slows,
so compare figures within one run.

``--quick`` runs a reduced version in a few seconds. Without torch only the NumPy figures
are printed, with a line saying why torch was skipped.

``--playground-net 8,8 [--seconds S]`` measures only our side of the Playground
comparison — the NumPy engine's training examples/s on Playground's setup with those
hidden layers — and prints it as one JSON line: how ``bench_playground.py --ours EXE``
times an installed or frozen app against Playground's engine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from annstudio.core import datasets
from annstudio.core.network import Network
from annstudio.usage import OneLineParser

LECTURE_SIZES = [2, 20, 40, 20, 1]
LECTURE = dict(n=500, batch=10, lr=0.015, epochs=50)
# TensorFlow Playground's engine against ours: a script of the source checkout (its
# TypeScript and driver live beside it), absent from an installed package
PLAYGROUND_BENCH = Path(__file__).resolve().parents[1] / "tests" / "benchmarks" / \
    "bench_playground.py"


# --------------------------------------------------------------------------- helpers
def _moons(n, seed=0):
    """Moons with every point used for training, as in the lecture (no test split)."""
    return datasets.make("moons", n=n, noise=0.2, seed=seed, test_fraction=0.0)


def _engine(name, sizes, data, batch, lr=0.015, dtype=None, optimizer="sgd", fast=None,
            phi="relu", **kw):
    """Engine ``name`` (hidden layers ``phi``); ``fast=False`` keeps the NumPy engine on
    its NumPy path."""
    from annstudio.engines import create
    net = Network.create(sizes, hidden=phi, output="sigmoid", seed=0)
    if name == "numpy" and fast is False:
        from annstudio.engines.numpy_engine import NumpyEngine
        return NumpyEngine(net, data, optimizer, {"lr": lr}, batch_size=batch, seed=0,
                           fast=False)
    return create(name, net, data, optimizer, {"lr": lr}, batch_size=batch, seed=0,
                  dtype=dtype, **kw)


def load_average():
    """The 1-minute load average (figures on a busy machine are slower alike)."""
    try:
        with open("/proc/loadavg") as fh:
            return float(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _load():
    la = load_average()
    return "" if la is None else f" · load average {la:.1f} on {os.cpu_count()} CPUs"


def step_rate(name, sizes, batch, steps, n=None, dtype=None, data=None, chunks=3, fast=None):
    """Steps per second of engine ``name`` (per-epoch evaluation included): the best of
    ``chunks`` runs of ``steps / chunks`` steps (the machine may be shared)."""
    data = data if data is not None else _moons(n or max(500, 4 * batch))
    e = _engine(name, sizes, data, batch, dtype=dtype, fast=fast)
    for _ in range(min(5, steps)):          # warm-up (allocations, torch's first calls)
        e.step()
    per = max(1, steps // chunks)
    best = 0.0
    for _ in range(chunks):
        t = time.perf_counter()
        for _ in range(per):
            e.step()
        best = max(best, per / (time.perf_counter() - t))
    e.close()
    return best


def epoch_seconds(name, sizes, batch, data, dtype=None, fast=None):
    """Seconds for one epoch (its steps plus the loss on all points), after a short warm-up."""
    e = _engine(name, sizes, data, batch, dtype=dtype, fast=fast)
    spe = e.steps_per_epoch
    warm = min(5, spe - 1)
    for _ in range(warm):
        e.step()
    t = time.perf_counter()
    e.train(1)                   # the rest of the epoch
    dt = (time.perf_counter() - t) * spe / (spe - warm)
    e.close()
    return dt


def numpy_lecture_run(data, epochs, batch=10, lr=0.015, fast=None):
    """Seconds for the lecture run on the NumPy engine; returns (seconds, final loss)."""
    t = time.perf_counter()
    e = _engine("numpy", LECTURE_SIZES, data, batch, lr=lr, fast=fast)
    e.train(epochs)
    return time.perf_counter() - t, e.history.train_loss[-1]


def api_lecture_run(data, epochs, batch=10, lr=0.015, fast=None):
    """Seconds for the lecture run through the Python API, as a notebook trains:
    ``Network.create(…).fit(…)``; returns (seconds, final loss, the path it took)."""
    t = time.perf_counter()
    net = Network.create(LECTURE_SIZES, hidden="relu", output="sigmoid", seed=0)
    h = net.fit(data.X_train, data.y_train, optimizer="sgd", lr=lr, batch_size=batch,
                epochs=epochs, seed=0, fast=fast)
    return time.perf_counter() - t, h.train_loss[-1], h.path


def playground_data():
    """TensorFlow Playground's comparison data: spirals, 500 points, 250 for training."""
    return datasets.make("spirals", n=500, noise=0.2, seed=0, test_fraction=0.5)


def playground_net_rate(hidden, seconds, fast=None, data=None):
    """Training examples per second of the NumPy engine on Playground's setup (tanh hidden
    layers, batch 10, SGD lr 0.03, the loss over the training and test points after every
    epoch), after 20 warm-up epochs as Playground's driver does; and the path it took."""
    data = playground_data() if data is None else data
    e = _engine("numpy", [2, *hidden, 1], data, 10, lr=0.03, fast=fast, phi="tanh")
    e.train(20)
    n = data.X_train.shape[0]
    epochs, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        e.train(5)
        epochs += 5
    dt = time.perf_counter() - t0
    rec = e.history.epochs[-1]
    return {"examples_per_s": epochs * n / dt, "path": e.path, "loss_train": rec.train_loss,
            "loss_test": rec.test_loss}


def playground_ratios(seconds, rounds, ours=None, env=None, cwd=None):
    """Our examples/s over TensorFlow Playground's, per network, from
    ``tests/benchmarks/bench_playground.py`` run here: ({network: figures}, None), or
    (None, why it did not run). ``ours``: our side timed in that annstudio executable
    (``--ours``), the script run with ``env`` in ``cwd``."""
    if not PLAYGROUND_BENCH.is_file():
        return None, "needs a source checkout (tests/benchmarks/bench_playground.py)"
    if shutil.which("node") is None:
        return None, "node is not installed (https://nodejs.org)"
    try:
        r = subprocess.run([sys.executable, str(PLAYGROUND_BENCH), "--seconds", str(seconds),
                            "--rounds", str(rounds), "--json",
                            *(["--ours", str(ours)] if ours else [])], capture_output=True,
                           text=True, timeout=900, env=env, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as err:
        return None, f"bench_playground.py did not finish ({err})"
    lines = r.stdout.strip().splitlines()
    try:
        out = json.loads(lines[-1]) if r.returncode == 0 and lines else None
    except ValueError:
        out = None
    if out is None:
        tail = (r.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"bench_playground.py failed ({tail[:200]})"
    if "skipped" in out:
        return None, out["skipped"]
    return out["nets"], None


class LectureCode:
    """The lecture's own training code, point by point (LECTURE.md §3), as the baseline of
    goal 3 (issue 16) — with its errata fixed, so it computes the right gradients.

    Written from the lecture's formulas as they stand. Layers numbered from the output,
    ``dims = [d_out, …, d_in]``: for one point ``z_{N−1} = x``, ``u_i = z_i W_i + b_i``,
    ``z_{i−1} = φ_i(u_i)``; the explicit Jacobians ``∇φ_i = diag(φ'(u_i))``; for each layer
    the chain ``P = ∂L/∂z_0 · ∇φ_1 · W_1ᵀ ⋯ ∇φ_{i−1} · W_{i−1}ᵀ``, then ``∂L/∂b_i = P ∇φ_i``
    and ``∂L/∂W_i = tensordot(P, ∂g_i/∂W_i)`` with ``∂g_i/∂W_i`` the m matrices
    ``z_iᵀ · (row j of ∇φ_i)`` stacked over j (m × n × m). Gradients are averaged over the
    mini-batch, then ``W ← W − lr ∇``. ReLU hidden, σ output, labels 0/1. Its gradients
    equal the engine's (tests/benchmarks/test_bench.py).
    """

    def __init__(self, net):
        K = len(net.layers)
        # lecture numbering: W[i] is API layer K − i
        self.W = [None] + [net.layers[K - i].W.copy() for i in range(1, K + 1)]
        self.b = [None] + [net.layers[K - i].b.copy() for i in range(1, K + 1)]
        self.K = K

    @staticmethod
    def sigma(u):
        return 1.0 / (1.0 + np.exp(-u))

    def point_gradients(self, x, y):
        """(loss, [∂L/∂W_i], [∂L/∂b_i]) for one point, lecture numbering (index 0 unused)."""
        K, W, b = self.K, self.W, self.b
        z = [None] * (K + 1)
        u = [None] * (K + 1)
        z[K] = x
        for i in range(K, 0, -1):
            u[i] = z[i] @ W[i] + b[i]
            z[i - 1] = self.sigma(u[i]) if i == 1 else np.maximum(u[i], 0.0)
        z0 = z[0][0]
        L = -np.log(z0) if y > 0.5 else -np.log(1.0 - z0)
        dL_dz0 = np.array([-1.0 / z0 if y > 0.5 else 1.0 / (1.0 - z0)])
        # ∇φ_i = diag(φ'(u_i)): σ'(u) = σ(u)σ(−u) at the output, Heaviside h(u) for ReLU
        J = [None] + [np.diag(z[0] * (1.0 - z[0]) if i == 1 else (u[i] > 0).astype(float))
                      for i in range(1, K + 1)]
        dW = [None] * (K + 1)
        db = [None] * (K + 1)
        for i in range(1, K + 1):
            # ∂L/∂z_0 · ∇φ_1 · W_1ᵀ ⋯ ∇φ_{i−1} · W_{i−1}ᵀ · ∇φ_i, as the lecture writes it
            P = dL_dz0
            for k in range(1, i):
                P = P @ J[k] @ W[k].T
            db[i] = P @ J[i]                                            # ∂g_i/∂b_i = ∇φ_i
            # ∂g_i/∂w_ij stacked over j: m matrices zᵀ · (row j of ∇φ_i), each n × m
            m = J[i].shape[0]
            dg_dW = np.array([np.outer(z[i], J[i][j]) for j in range(m)])
            dW[i] = np.tensordot(P, dg_dW, axes=([0], [0]))
        return L, dW, db

    def train_batch(self, X, y, lr):
        K = self.K
        gW = [None] + [np.zeros_like(self.W[i]) for i in range(1, K + 1)]
        gb = [None] + [np.zeros_like(self.b[i]) for i in range(1, K + 1)]
        total = 0.0
        for x, t in zip(X, y):
            L, dW, db = self.point_gradients(x, t)
            total += L
            for i in range(1, K + 1):
                gW[i] += dW[i]
                gb[i] += db[i]
        for i in range(1, K + 1):
            self.W[i] -= lr * gW[i] / len(X)
            self.b[i] -= lr * gb[i] / len(X)
        return total


def lecture_code_rate(data, steps, batch=10, lr=0.015, chunks=4):
    """Steps per second of `LectureCode` on the lecture run's batches (its per-epoch loss
    is the sum of its points' losses, accumulated on the way, as the lecture's code does):
    the best of ``chunks`` runs of ``steps / chunks`` steps, as the engines' figures are
    best-of runs too."""
    from annstudio.core.training import batch_order
    code = LectureCode(Network.create(LECTURE_SIZES, hidden="relu", output="sigmoid", seed=0))
    X, y = data.X_train, data.y_train
    spe = -(-X.shape[0] // batch)
    per = max(1, steps // chunks)
    best, s = 0.0, 0
    for _ in range(chunks):
        t = time.perf_counter()
        for _ in range(per):
            epoch, k = divmod(s, spe)
            idx = batch_order(X.shape[0], epoch, 0)[k * batch:(k + 1) * batch]
            code.train_batch(X[idx], y[idx], lr)
            s += 1
        best = max(best, per / (time.perf_counter() - t))
    return best


def plain_torch_run(*args, **kwargs):
    """The lecture run as a plain PyTorch loop (see `engines.torch_bench.plain_torch_run`)."""
    from annstudio.engines.torch_bench import plain_torch_run as run
    return run(*args, **kwargs)


def print_table(title, header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = [title, "  " + "  ".join(str(h).ljust(w) for h, w in zip(header, widths)),
             "  " + "  ".join("-" * w for w in widths)]
    for r in rows:
        lines.append("  " + "  ".join(str(c).rjust(w) if i else str(c).ljust(w)
                                      for i, (c, w) in enumerate(zip(r, widths))))
    print("\n".join(lines) + "\n", flush=True)


def _fmt_rate(x):
    return "—" if x is None else f"{x:,.0f}"


def _fmt_s(x):
    if x is None:
        return "—"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


# --------------------------------------------------------------------------- main
def _hidden_sizes(text):
    """"8,8" → [8, 8]: hidden layer sizes of 1 to 6 layers of 1 to 64 units."""
    try:
        sizes = [int(s) for s in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"hidden sizes are whole numbers separated by commas, got {text!r}") from None
    if not 1 <= len(sizes) <= 6 or not all(1 <= s <= 64 for s in sizes):
        raise argparse.ArgumentTypeError(f"1 to 6 hidden layers of 1 to 64 units, got {text!r}")
    return sizes


def main(argv=None) -> int:
    p = OneLineParser(prog="annstudio bench", description="engine speed on this machine")
    p.add_argument("--quick", action="store_true", help="a reduced run of a few seconds")
    p.add_argument("--playground-net", metavar="SIZES", type=_hidden_sizes,
                   help="only our examples/s on TensorFlow Playground's setup with these "
                        "hidden layers (e.g. 8,8), as one JSON line")
    p.add_argument("--seconds", type=float, default=2.0,
                   help="timed seconds of --playground-net (default 2)")
    args = p.parse_args(list(argv or []))
    if args.playground_net is not None:
        if not 0.1 <= args.seconds <= 60:
            p.error(f"--seconds is 0.1 to 60, got {args.seconds:g}")
        from annstudio.engines import fast as fastpath
        fastpath.start(wait=True)
        print(json.dumps(playground_net_rate(args.playground_net, args.seconds)), flush=True)
        return 0
    quick = args.quick
    have_torch = _header(quick)
    _batch_sizes(quick, have_torch)
    lecture = _lecture_run(quick, have_torch)
    _wide_nets(quick, have_torch)
    _epoch_times(quick, have_torch)
    _side_by_side(quick, lecture)
    if have_torch and not quick:
        print("Per step the PyTorch engine pays a fixed cost of a few dozen small tensor "
              "operations (autograd bookkeeping, ~5–20 µs each); on the lecture's small "
              "matrices that dominates, while NumPy's hand-written backprop is a handful of "
              "BLAS calls. The wider the layers and the bigger the batch, the more that cost "
              "is hidden by the matrix products (see engines/auto.py for the crossover).",
              flush=True)
    return 0


def _header(quick):
    """Versions, threads and the NumPy engine's path; loads the kernels before any timing.
    Returns whether PyTorch figures are measured."""
    from annstudio.engines.torch_support import torch_unavailable_reason
    reason = torch_unavailable_reason()
    have_torch = reason is None
    threads = "?"
    if have_torch:
        from annstudio.engines.torch_bench import torch_version
        from annstudio.engines.torch_engine import SINGLE_THREAD_FLOPS, configure_threads
        threads = configure_threads(float("inf"))
    print(f"ANN Studio benchmark{' (quick)' if quick else ''} — Python {platform.python_version()}, "
          f"NumPy {np.__version__}"
          + (f", PyTorch {torch_version()}" if have_torch else "")
          + f", {os.cpu_count()} CPUs", flush=True)
    if have_torch:
        print(f"PyTorch CPU threads: 1 for steps under {SINGLE_THREAD_FLOPS:.0e} multiply-adds "
              f"(batch × Σ d_in·d_out), else {threads}; NumPy: its BLAS's own choice", flush=True)
    from annstudio.engines import fast as fastpath
    fastpath.start(wait=True)       # compile (first run) or load the kernels before timing
    compiled = fastpath.ready()
    print(f"NumPy engine: {fastpath.status()[1]}"
          + (f"; used for steps under {fastpath.SMALL_WORK:,} multiply-adds, NumPy's BLAS "
             "above" if compiled else ""), flush=True)
    print(flush=True)
    if not have_torch:
        print(f"PyTorch figures skipped: {reason}\n", flush=True)
    return have_torch


def _batch_sizes(quick, have_torch):
    """1. steps/s by batch size on the lecture net."""
    steps = 200 if quick else 2000
    rows = []
    for batch in (1, 10, 100):
        data = _moons(500)
        e = _engine("numpy", LECTURE_SIZES, data, batch)
        path = e.path
        rn = step_rate("numpy", LECTURE_SIZES, batch, steps, data=data)
        rp = step_rate("numpy", LECTURE_SIZES, batch, steps, data=data, fast=False) \
            if path == "compiled" else None
        rt = step_rate("torch", LECTURE_SIZES, batch, steps // 4, data=data) if have_torch else None
        rows.append([f"batch {batch}", _fmt_rate(rn), path, _fmt_rate(rp), _fmt_rate(rt),
                     "—" if rt is None else f"{rn / rt:.1f}×"])
    print_table("Lecture net 2→20→40→20→1 (moons 500 points), steps/s incl. the loss after each "
           "epoch" + _load(),
           ["batch", "NumPy", "path", "NumPy path only", "PyTorch f32", "NumPy faster by"], rows)


def _lecture_ratios(data, epochs, n_steps, rounds, code_steps, runs):
    """The lecture's own code is too slow to run whole (minutes), so it is timed on its
    first steps, in rounds alternating with whole runs through the engine and the API: on
    a shared machine all meet the same load. Each round's figure is the best of ``runs``
    whole runs and of two chunks of the lecture's code (one scheduler hiccup does not make
    a round), and each round gives one ratio; the goal reads their median."""
    ratios, api_ratios, code_rates, loads, api_runs = [], [], [], [], []
    for _ in range(rounds):
        loads.append(load_average())
        t_round = min(numpy_lecture_run(data, epochs)[0] for _ in range(runs))
        api = min((api_lecture_run(data, epochs) for _ in range(runs)), key=lambda r: r[0])
        api_runs.append(api)
        rate = lecture_code_rate(data, code_steps, chunks=2)
        code_rates.append(rate)
        ratios.append(n_steps / rate / t_round)
        api_ratios.append(n_steps / rate / api[0])
    return ratios, api_ratios, code_rates, loads, min(api_runs)


def _lecture_run(quick, have_torch):
    """2. the lecture run, every engine and the lecture's own code; the issue-16 goal.
    Returns the figures the side-by-side table needs."""
    epochs = 10 if quick else LECTURE["epochs"]
    data = _moons(LECTURE["n"])
    n_steps = epochs * -(-data.X_train.shape[0] // LECTURE["batch"])
    reps = 1 if quick else 2            # best of `reps`: the machine may be shared

    def best(run, **kw):
        return min((run(data, epochs, **kw) for _ in range(reps)), key=lambda r: r[0])

    e = _engine("numpy", LECTURE_SIZES, data, LECTURE["batch"])
    lecture_path = e.path
    t_np, L_np = best(numpy_lecture_run)
    rows = [[f"NumPy engine (float64, {lecture_path} path)", _fmt_s(t_np), f"{L_np:.4f}", "1.0×"]]
    if lecture_path == "compiled":
        t, L = best(numpy_lecture_run, fast=False)
        rows.append(["NumPy engine (float64, NumPy path only)", _fmt_s(t), f"{L:.4f}",
                     f"{t / t_np:.1f}×"])
    rounds, code_steps, runs = (3, 10, 3) if quick else (4, 24, 2)
    ratios, api_ratios, code_rates, loads, (t_api, L_api, api_path) = _lecture_ratios(
        data, epochs, n_steps, rounds, code_steps, runs)
    ratio, api_ratio = float(np.median(ratios)), float(np.median(api_ratios))
    rows.insert(1 + (lecture_path == "compiled"),
                [f"Python API, Network.fit (float64, {api_path} path)", _fmt_s(t_api),
                 f"{L_api:.4f}", f"{t_api / t_np:.1f}×"])
    code_rate = max(code_rates)
    t_code = n_steps / code_rate
    rows.append([f"the lecture's own code (per point, Jacobians; best of {2 * rounds} × "
                 f"{code_steps // 2} steps)", _fmt_s(t_code), "—", f"{t_code / t_np:.0f}×"])
    t_plain = _torch_rows(rows, best, t_np) if have_torch else None
    print_table(f"Lecture run: moons 500, 2→20→40→20→1, batch 10, SGD lr 0.015, {epochs} epochs "
           f"= {n_steps:,} steps + loss after each epoch",
           ["engine", "total" + ("" if quick else " (best of 2)"), "final loss",
            "time vs NumPy"], rows)

    la = [x for x in loads if x is not None]
    print(f"Goal (issue 16): the NumPy engine ≥ 250× the lecture's own code on the lecture "
          f"run: {'met' if ratio >= 250 else 'NOT met'} ({ratio:,.0f}×, the median of "
          f"{rounds} alternating rounds ({min(ratios):,.0f}–{max(ratios):,.0f}×); the "
          f"lecture's code at best {code_rate:,.0f} steps/s, the NumPy engine at best "
          f"{n_steps / t_np:,.0f} steps/s on its {lecture_path} path)"
          + (f" · load average {min(la):.1f}–{max(la):.1f}" if la else "") + "\n", flush=True)
    if not quick:
        ok = t_np <= 0.25 and (t_plain is None or t_plain >= 1.5 * t_np)
        print(f"Goal (issue 2): NumPy ≤ 0.25 s and ≥ 1.5× faster than the plain PyTorch loop: "
              f"{'met' if ok else 'NOT met'} (NumPy {t_np:.3f} s"
              + ("" if t_plain is None else f", PyTorch loop {t_plain:.3f} s, "
                 f"ratio {t_plain / t_np:.1f}×") + ")\n", flush=True)
    return {"ratio": ratio, "path": lecture_path, "api_ratio": api_ratio, "api_path": api_path}


def _torch_rows(rows, best, t_np):
    """The lecture run's PyTorch rows (plain loops and the engine); returns the plain
    loop's seconds."""
    t_plain = None
    for label, kw in [("plain PyTorch loop, float32, tensor indexing", {}),
                      ("plain PyTorch loop, float32, DataLoader (lecture)", {"loader": True})]:
        t, L = best(plain_torch_run, **kw)
        t_plain = t if t_plain is None else t_plain
        rows.append([label, _fmt_s(t), f"{L:.4f}", f"{t / t_np:.1f}×"])

    def torch_engine_run(data, epochs):
        t0 = time.perf_counter()
        e = _engine("torch", LECTURE_SIZES, data, LECTURE["batch"], dtype="float32")
        e.train(epochs)
        return time.perf_counter() - t0, e.history.train_loss[-1]

    t, L = best(torch_engine_run)
    rows.append(["PyTorch engine, float32", _fmt_s(t), f"{L:.4f}", f"{t / t_np:.1f}×"])
    return t_plain


def _wide_nets(quick, have_torch):
    """3. wide nets."""
    rows = []
    wide = [[2, 256, 256, 1]] + ([] if quick else [[2, 512, 512, 1]])
    wsteps = 20 if quick else 100
    wdata = _moons(2000 if quick else 10000)
    for sizes in wide:
        rn = step_rate("numpy", sizes, 256, wsteps, data=wdata)
        rt = step_rate("torch", sizes, 256, wsteps, data=wdata) if have_torch else None
        rows.append(["→".join(map(str, sizes)), _fmt_rate(rn), _fmt_rate(rt),
                     "—" if rt is None else f"{rt / rn:.2f}×"])
    print_table("Wide nets, batch 256, steps/s", ["network", "NumPy", "PyTorch f32",
                                             "PyTorch/NumPy"], rows)


def _epoch_times(quick, have_torch):
    """4. time per epoch vs n; the issue-16 goal on 100,000 points."""
    rows = []
    for n in ((1000, 10000) if quick else (1000, 10000, 100000)):
        d = _moons(n)
        tn = epoch_seconds("numpy", LECTURE_SIZES, 10, d)
        tt = epoch_seconds("torch", LECTURE_SIZES, 10, d) if have_torch else None
        rows.append([f"{n:,}", f"{-(-d.X_train.shape[0] // 10):,}", _fmt_s(tn), _fmt_s(tt)])
    print_table("Time per epoch vs data size (lecture net, batch 10, loss on all points each epoch)"
           + _load(), ["points", "steps/epoch", "NumPy", "PyTorch f32"], rows)

    if not quick:
        d = _moons(100_000)
        e = _engine("numpy", LECTURE_SIZES, d, 100)
        t = min(epoch_seconds("numpy", LECTURE_SIZES, 100, d) for _ in range(2))
        print(f"Goal (issue 16): one epoch over 100,000 points, lecture net, batch 100, on the "
              f"NumPy engine in < 1 s: {'met' if t < 1 else 'NOT met'} ({t:.2f} s incl. the "
              f"loss on all points, {e.path} path){_load()}\n", flush=True)


def playground_rows(nets):
    """Table rows (against, ours ×, path) of Playground's engine per network (None: none)."""
    return [[f"TensorFlow Playground's engine, {name}, examples/s "
             f"({f['ours']:,.0f} ours / {f['playground']:,.0f})",
             f"{f['ours'] / f['playground']:.2f}×", f["path"]] for name, f in (nets or {}).items()]


def playground_goal(nets, why, of=""):
    """The goal's line (``of``: whose engine, e.g. ", frozen app"), or why it was skipped."""
    if nets is None:
        print(f"Playground figures skipped: {why}", flush=True)
        return
    ok = all(f["ours"] >= 2 * f["playground"] for f in nets.values())
    print(f"Goal (issue 25){of}: ≥ 2× TensorFlow Playground's engine on both networks: "
          f"{'met' if ok else 'NOT met'}", flush=True)


def _side_by_side(quick, lecture):
    """5. side by side: the Playground ratios and the lecture ratios; the issue-25 goals."""
    seconds, pg_rounds = (0.5, 1) if quick else (2.0, 3)
    nets, why = playground_ratios(seconds, pg_rounds)
    ratio, api_ratio = lecture["ratio"], lecture["api_ratio"]
    rows = playground_rows(nets)
    rows += [["Lecture run vs the lecture's code, through the Python API (Network.fit)",
              f"{api_ratio:,.0f}×", lecture["api_path"]],
             ["Lecture run vs the lecture's code, through the engine (window, annstudio "
              "train)", f"{ratio:,.0f}×", lecture["path"]]]
    print_table("Side by side, from this run: how many times as fast as each baseline" + _load(),
           ["against", "ours ×", "path"], rows)
    playground_goal(nets, why)
    print(f"Goal (issue 25): the lecture run ≥ 250× the lecture's code through the Python "
          f"API and through the engine: "
          f"{'met' if min(api_ratio, ratio) >= 250 else 'NOT met'} (API {api_ratio:,.0f}×, "
          f"{lecture['api_path']} path; engine {ratio:,.0f}×, {lecture['path']} path)\n",
          flush=True)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
