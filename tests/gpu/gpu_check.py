"""The GPU check: one command, one small table (run it whenever a CUDA GPU is at hand).

    sh tests/gpu/run_gpu_check.sh            # or: python tests/gpu/gpu_check.py [options]

Rows (the lecture's closing example scaled up: 10⁶ moons points, 2→1024→1024→1, ReLU/σ,
Adam lr 10⁻³, batch 4,096):
  1. samples/s of the PyTorch engine on the CPU (float32), and of the NumPy engine (float64)
  2. samples/s of the PyTorch engine on CUDA (float32), and its speed-up over the CPU
  3. float64 agreement, CUDA vs the NumPy engine, 5 epochs from the same weights (losses
     per epoch and final weights, relative): must be ≤ AGREE_TOL
  4. samples/s in the app: the engine process (engines/host.py) driven over its pipe, with
     its snapshots (boundary grid, neuron maps) computed as the GUI asks for them
  5. samples/s of the exported script on one GPU: plain (``--app-order``), and
     ``--distributed`` under ``torchrun --nproc_per_node=1``; their per-epoch losses must
     agree (≤ SCRIPT_TOL, float32)
Exit status: 0 when every check holds, 1 on any mismatch or failure. Without CUDA it says so
in one line, prints the CPU figures and exits 0. ``--device cpu`` runs every CUDA row on the
CPU instead (what the tests do here, with small sizes, to exercise the same code).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import annstudio as ann  # noqa: E402
from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec,  # noqa: E402
                                       OptimizerSpec, TrainingSpec)
from annstudio.engines.factory import create  # noqa: E402

AGREE_TOL = 1e-8     # float64: only the order of the sums differs (measured ~1e-14)
SCRIPT_TOL = 1e-3    # float32 on a GPU, the same batches: relative, per-epoch loss
EPOCH_LINE = re.compile(r"^epoch\s+(\d+)\s+loss ([0-9.e+-]+)", re.M)


class Table:
    """Rows of (what, figure, verdict); ``ok`` is False after any failed row."""

    def __init__(self):
        self.rows, self.ok = [], True

    def add(self, what, figure, ok=True):
        self.rows.append((what, figure, "ok" if ok else "MISMATCH"))
        self.ok &= bool(ok)
        print(f"  {what:<56} | {figure:<34} | {'ok' if ok else 'MISMATCH'}", flush=True)

    def fail(self, what, err):
        self.add(what, f"failed: {err}"[:200], ok=False)


def _sync(device):
    import torch
    if str(device).startswith("cuda"):
        torch.cuda.synchronize()


def _moons(n, seed=0, test_fraction=0.0):
    return ann.datasets.make("moons", n=n, noise=0.2, seed=seed, test_fraction=test_fraction)


def _net(sizes, seed=0):
    return ann.Network.create(sizes, hidden="relu", output="sigmoid", init="he", seed=seed)


def engine_rate(engine, device, data, sizes, batch, dtype, seconds, max_steps=None):
    """samples/s of ``engine`` steps (after 2 warm-up steps), over at most one epoch,
    ``max_steps`` steps or about ``seconds`` of stepping."""
    e = create(engine, _net(sizes), data, "adam", {"lr": 1e-3}, batch_size=batch, seed=0,
               device=device, dtype=dtype)
    try:
        for _ in range(2):
            e.step()
        _sync(device)
        limit = max(1, min(max_steps or 10**9, data.X_train.shape[0] // batch - 2))
        steps, t0 = 0, time.perf_counter()
        while steps < limit:
            e.step()
            steps += 1
            if steps % 4 == 0 and time.perf_counter() - t0 > seconds:
                break
        _sync(device)
        return steps * batch / (time.perf_counter() - t0)
    finally:
        e.close()


def numpy_agreement(device, n, sizes, batch, epochs=5):
    """Float64 runs of ``epochs`` epochs, the PyTorch engine on ``device`` and the NumPy
    engine, from the same weights and batches: (max relative difference of the per-epoch
    training losses, of the final weights relative to each array's largest entry, losses)."""
    data = _moons(n, seed=1)
    runs = []
    for engine, dev in (("numpy", "cpu"), ("torch", device)):
        e = create(engine, _net(sizes, seed=1), data, "adam", {"lr": 1e-3}, batch_size=batch,
                   seed=0, device=dev, dtype="float64")
        try:
            e.train(epochs)
            runs.append((np.array(e.history.train_loss), e.network().get_weights()))
        finally:
            e.close()
    (l0, w0), (l1, w1) = runs
    dl = float(np.max(np.abs(l1 - l0) / np.abs(l0)))
    dw = max(float(np.max(np.abs(a1 - a0)) / np.max(np.abs(a0)))
             for p0, p1 in zip(w0, w1) for a0, a1 in zip(p0, p1))
    return dl, dw, l0


def _experiment(n, sizes, batch, epochs, dtype):
    return Experiment(dataset=DatasetSpec("moons", n=n, noise=0.2, seed=0, test_fraction=0.0),
                      network=NetworkSpec(list(sizes[1:-1]), ["relu"] * (len(sizes) - 2),
                                          "sigmoid", "he", 0),
                      optimizer=OptimizerSpec("adam", {"lr": 1e-3}),
                      training=TrainingSpec(batch_size=batch, epochs=epochs, seed=0,
                                            engine="torch", device="cpu", dtype=dtype))


def host_rate(device, n, sizes, batch, epochs=2, timeout=150):
    """samples/s of the app's engine process: configure over the pipe, one warm-up epoch
    (step_epoch), then ``run`` for ``epochs`` more until the host reports "finished"."""
    import multiprocessing as mp

    from annstudio.engines import host
    from annstudio.engines import messages as m
    exp = _experiment(n, sizes, batch, epochs + 1, "float32")
    exp.training.device = device
    data = exp.build_data()
    ctx = mp.get_context("spawn")
    conn, child = ctx.Pipe()
    proc = ctx.Process(target=host.main, args=(child,), daemon=True)
    proc.start()
    child.close()
    deadline = time.monotonic() + timeout

    def wait(pred):
        while time.monotonic() < deadline:
            if conn.poll(0.5):
                msg = conn.recv()
                if isinstance(msg, (m.Error, m.Diverged)):
                    raise RuntimeError(str(msg).splitlines()[0])
                if pred(msg):
                    return msg
            elif not proc.is_alive():
                raise RuntimeError(f"the engine process died (exit {proc.exitcode})")
        raise RuntimeError(f"no answer from the engine process in {timeout:.0f} s")

    try:
        conn.send(m.Configure(exp.to_dict(), data))
        got = wait(lambda msg: isinstance(msg, m.Configured))
        if not str(got.device).startswith(device):
            raise RuntimeError(f"the engine runs on {got.device}, not {device}")
        conn.send(m.StepEpoch())
        wait(lambda msg: isinstance(msg, m.Snapshot) and msg.epoch >= 1)
        t0 = time.perf_counter()
        conn.send(m.Run(epochs + 1))
        wait(lambda msg: isinstance(msg, m.State) and not msg.running
             and msg.reason == "finished")
        return epochs * data.X_train.shape[0] / (time.perf_counter() - t0)
    finally:
        try:
            conn.send(m.Shutdown())
        except OSError:
            pass
        proc.join(20)
        if proc.is_alive():
            proc.terminate()
            proc.join(5)
        conn.close()


def _timed_epochs(cmd, cwd, env, timeout):
    """Run a script; (per-epoch losses, seconds between the first and last epoch lines).
    A timer kills it after ``timeout`` s (a hung script must not hang the check)."""
    import threading
    with tempfile.TemporaryFile(mode="w+") as err:   # a file: a full pipe cannot block it
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=err,
                                text=True)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        stamps, losses = [], []
        try:
            for line in proc.stdout:
                m = EPOCH_LINE.match(line)
                if m:
                    stamps.append(time.perf_counter())
                    losses.append(float(m.group(2)))
            proc.wait()
        finally:
            timer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        lines = [ln for ln in err.read().splitlines() if ln.strip()]
    if proc.returncode != 0:
        if proc.returncode < 0:
            script = next((Path(c).name for c in cmd if c.endswith(".py")), cmd[0])
            raise RuntimeError(f"{script} was stopped after {timeout:.0f} s")
        raise RuntimeError(lines[-1] if lines else f"exit status {proc.returncode}")
    if len(stamps) < 2:
        raise RuntimeError("fewer than 2 epoch lines")
    return losses, stamps[-1] - stamps[0]


def script_rates(device, n, sizes, batch, epochs=3, timeout=150):
    # ``timeout``: for both scripts together
    """samples/s of the exported scripts, timed between their first and last epoch lines
    (the first epoch is the warm-up): the plain one with --app-order, and the distributed
    one under torchrun with one process. Returns (rates, losses) for both."""
    from annstudio.io import export_torch
    exp = _experiment(n, sizes, batch, epochs, "float32")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "RANK", "WORLD_SIZE", "LOCAL_RANK")}
    flag = ["--cpu"] if device == "cpu" else []
    out, deadline = {}, time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="annstudio-gpu-check-") as tmp:
        export_torch.write_script(Path(tmp) / "train.py", exp)
        export_torch.write_distributed_script(Path(tmp) / "train_ddp.py", exp)
        out["plain"] = _timed_epochs([sys.executable, "train.py", "--app-order", *flag],
                                     tmp, env, deadline - time.monotonic())
        out["torchrun"] = _timed_epochs(
            [sys.executable, "-m", "torch.distributed.run", "--standalone",
             "--nproc_per_node=1", "train_ddp.py", "--checkpoint", "", *flag],
            tmp, env, max(5.0, deadline - time.monotonic()))
    n_train = exp.build_data().X_train.shape[0]
    return {k: ((len(l) - 1) * n_train / dt, l) for k, (l, dt) in out.items()}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--points", type=int, default=1_000_000, help="training points (10⁶)")
    p.add_argument("--width", type=int, default=1024, help="hidden layer width (1024)")
    p.add_argument("--batch", type=int, default=4096, help="batch size (4096)")
    p.add_argument("--agree-points", type=int, default=16384,
                   help="points of the float64 agreement run (16384)")
    p.add_argument("--device", default="cuda", choices=("cuda", "cpu"),
                   help="cpu: run the CUDA rows on the CPU (a dry run of the same code)")
    p.add_argument("--cpu-seconds", type=float, default=8.0,
                   help="about how long to time each CPU engine (8)")
    p.add_argument("--budget", type=float, default=220.0,
                   help="seconds for the whole check; a row still running then fails (220)")
    args = p.parse_args(argv)
    sizes = [2, args.width, args.width, 1]
    t_start = time.perf_counter()
    deadline = time.monotonic() + args.budget

    def left():   # the subprocess rows share what is left of the budget
        return max(5.0, deadline - time.monotonic())

    import torch
    cuda = torch.cuda.is_available()
    if args.device == "cuda" and not cuda:
        print(f"CUDA is not available here (torch {torch.__version__}): CPU figures only.",
              flush=True)
    dev = args.device if cuda or args.device == "cpu" else None
    what = (f"{args.points:,} points, {'→'.join(map(str, sizes))}, batch {args.batch:,}, "
            "Adam")
    if dev == "cuda":
        what += f" — {torch.cuda.get_device_name(0)}"
    print(what, flush=True)
    table = Table()
    data = _moons(args.points)

    cpu_rate = None
    try:
        cpu_rate = engine_rate("torch", "cpu", data, sizes, args.batch, "float32",
                               args.cpu_seconds)
        table.add("PyTorch engine, CPU, float32", f"{cpu_rate:,.0f} samples/s")
    except Exception as e:   # a failure is a row, never a traceback
        table.fail("PyTorch engine, CPU, float32", e)
    try:
        rate = engine_rate("numpy", "cpu", data, sizes, args.batch, "float64",
                           args.cpu_seconds)
        table.add("NumPy engine (the app's default), CPU, float64", f"{rate:,.0f} samples/s")
    except Exception as e:
        table.fail("NumPy engine, CPU, float64", e)

    if dev is not None:
        label = "CUDA" if dev == "cuda" else "cpu standing in for CUDA"
        try:
            rate = engine_rate("torch", dev, data, sizes, args.batch, "float32", 60.0)
            extra = f" ({rate / cpu_rate:.1f}× the CPU)" if cpu_rate else ""
            table.add(f"PyTorch engine, {label}, float32", f"{rate:,.0f} samples/s{extra}")
        except Exception as e:
            table.fail(f"PyTorch engine, {label}, float32", e)
        try:
            dl, dw, losses = numpy_agreement(dev, args.agree_points, sizes, args.batch)
            table.add(f"float64, {dev} vs NumPy engine, 5 epochs: losses",
                      f"{dl:.1e} (≤ {AGREE_TOL:.0e})", dl <= AGREE_TOL)
            table.add(f"float64, {dev} vs NumPy engine, 5 epochs: weights",
                      f"{dw:.1e} (≤ {AGREE_TOL:.0e})", dw <= AGREE_TOL)
        except Exception as e:
            table.fail(f"float64, {dev} vs NumPy engine", e)
        try:
            rate = host_rate(dev, args.points, sizes, args.batch, timeout=min(150.0, left()))
            table.add(f"in the app (engine process), {dev}, float32", f"{rate:,.0f} samples/s")
        except Exception as e:
            table.fail(f"in the app (engine process), {dev}", e)
        try:
            got = script_rates(dev, args.points, sizes, args.batch, timeout=left())
            (r1, l1), (r2, l2) = got["plain"], got["torchrun"]
            table.add(f"exported script, {dev}, python train.py", f"{r1:,.0f} samples/s")
            table.add(f"exported --distributed, {dev}, torchrun nproc 1",
                      f"{r2:,.0f} samples/s")
            dl = float(np.max(np.abs(np.array(l2) - l1) / np.abs(l1)))
            table.add("  their per-epoch losses (same batches)",
                      f"{dl:.1e} (≤ {SCRIPT_TOL:.0e})", len(l1) == len(l2) and dl <= SCRIPT_TOL)
        except Exception as e:
            table.fail(f"exported scripts, {dev}", e)

    print(f"{'all checks hold' if table.ok else 'MISMATCH: see the rows above'} "
          f"({time.perf_counter() - t_start:.0f} s)", flush=True)
    return 0 if table.ok else 1


if __name__ == "__main__":
    sys.exit(main())
