"""TensorFlow Playground's engine against ours (a script that prints figures, not a test):

    python tests/benchmarks/bench_playground.py [--seconds 3] [--rounds 3] [--ours EXE]

``--ours EXE``: our side is timed in that app (an installed or the frozen ``annstudio``,
through its ``bench --playground-net``) instead of this checkout, on its default path.

Playground's `src/nn.ts` (vendored unchanged in tests/benchmarks/playground/, Apache-2.0,
see NOTICE there) is compiled with TypeScript under node and trained as its
playground.ts does (`playground/driver.js`): one example at a time, weights updated every
`batch` examples, then a loss pass over the training and the test points after every
epoch. Ours: the NumPy engine (compiled fast path when numba is installed, and the NumPy
path alone) with the same schedule — batch 10, lr 0.03, tanh hidden layers, the loss on
the training and test sets after every epoch — on the same spiral points (500, 250 of
them for training). Its output unit is tanh with squared error (Playground's), ours σ
with cross entropy (the app's classification setup).

Networks 2→8→8→1 and 2→8×6→1 (Playground's largest). Both engines run in the same
process run, interleaved round by round, best round each, so the ratio is fair on a
busy machine; the load average is printed with each figure. Goal (issue 16): ours ≥ 2×
Playground's examples/s on both networks.

Needs node and npm (TypeScript is installed with npm into a cache folder on first use);
without them it prints one line saying so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

PLAYGROUND = HERE / "playground"
NETS = {"2→8→8→1": [8, 8], "2→8×6→1": [8] * 6}
TYPESCRIPT = "typescript@5"


def load():
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return float("nan")


def compile_playground(out_dir):
    """nn.ts → out_dir/nn.js with TypeScript (npm-installed into a cache folder once).
    Returns None, or the reason it cannot run here."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        return "node and npm are needed (https://nodejs.org); not found on PATH"
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / \
        "annstudio-bench" / "typescript"
    tsc = cache / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        cache.mkdir(parents=True, exist_ok=True)
        r = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--silent",
                            "--prefix", str(cache), TYPESCRIPT],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0 or not tsc.exists():
            return f"npm could not install {TYPESCRIPT}: {(r.stderr or r.stdout).strip()[:200]}"
    r = subprocess.run([str(tsc), "--target", "ES2017", "--module", "commonjs",
                        "--outDir", str(out_dir), str(PLAYGROUND / "nn.ts")],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0 or not (Path(out_dir) / "nn.js").exists():
        return f"tsc failed: {(r.stdout + r.stderr).strip()[:300]}"
    return None


def playground_rate(nn_js, data_file, seconds):
    env = dict(os.environ, PLAYGROUND_NN=str(nn_js))
    r = subprocess.run(["node", str(PLAYGROUND / "driver.js"), str(data_file)],
                       capture_output=True, text=True, timeout=120 + 10 * seconds, env=env)
    if r.returncode != 0:
        raise RuntimeError(f"node failed: {r.stderr.strip()[:300]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def our_rate(data, hidden, seconds, fast, ours=None):
    """Training examples per second of the NumPy engine, per-epoch loss pass included
    (`annstudio.bench.playground_net_rate`): here, or in the app ``ours`` (an installed
    or frozen ``annstudio`` executable) through its ``bench --playground-net``."""
    if ours is None:
        from annstudio.bench import playground_net_rate
        return playground_net_rate(hidden, seconds, fast=fast, data=data)
    r = subprocess.run([ours, "bench", "--playground-net", ",".join(map(str, hidden)),
                        "--seconds", str(seconds)], capture_output=True, text=True,
                       timeout=120 + 10 * seconds)
    if r.returncode != 0:
        raise RuntimeError(f"{ours} bench failed: {r.stderr.strip()[-300:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=3.0, help="timed seconds per run")
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (best is kept)")
    p.add_argument("--json", action="store_true",
                   help="end with one JSON line of the figures (annstudio bench reads it)")
    p.add_argument("--ours", metavar="EXE",
                   help="time our side in this annstudio executable (e.g. the frozen app)")
    args = p.parse_args(argv)

    from annstudio.bench import playground_data
    from annstudio.engines import fast
    if args.ours is None:
        fast.start(wait=True)
        print(f"NumPy engine: {fast.status()[1]} · load average {load():.1f} on "
              f"{os.cpu_count()} CPUs", flush=True)
    else:
        print(f"Ours: {args.ours} (its default path) · load average {load():.1f} on "
              f"{os.cpu_count()} CPUs", flush=True)

    data = playground_data()
    with tempfile.TemporaryDirectory(prefix="annstudio-playground-") as tmp:
        why = compile_playground(tmp)
        if why:
            print(f"Playground comparison skipped: {why}", flush=True)
            if args.json:
                print(json.dumps({"skipped": why}), flush=True)
            return 0
        nn_js = Path(tmp) / "nn.js"
        rows = []
        for name, hidden in NETS.items():
            cfg = {"hidden": hidden, "batch": 10, "lr": 0.03, "seconds": args.seconds,
                   "warmup_epochs": 20,
                   # Playground's labels are ±1
                   "train": [[float(a), float(b), 1.0 if c > 0 else -1.0]
                             for (a, b), c in zip(data.X_train, data.y_train)],
                   "test": [[float(a), float(b), 1.0 if c > 0 else -1.0]
                            for (a, b), c in zip(data.X_test, data.y_test)]}
            data_file = Path(tmp) / "data.json"
            data_file.write_text(json.dumps(cfg))
            best = {"playground": None, "fast": None, "numpy": None}
            loads = []
            for _ in range(args.rounds):          # interleaved: the load hits all alike
                loads.append(load())
                runs = {"playground": playground_rate(nn_js, data_file, args.seconds),
                        "fast": our_rate(data, hidden, args.seconds, None, args.ours)}
                if args.ours is None:         # the app's NumPy path alone, for comparison
                    runs["numpy"] = our_rate(data, hidden, args.seconds, False)
                for k, r in runs.items():
                    if best[k] is None or r["examples_per_s"] > best[k]["examples_per_s"]:
                        best[k] = r
            rows.append((name, best, float(np.mean(loads))))

    print(f"\nTraining examples/s, spirals 500 (250 train / 250 test), tanh hidden, batch 10, "
          f"lr 0.03, loss pass over train and test after every epoch; best of {args.rounds} "
          f"interleaved rounds of {args.seconds:g} s", flush=True)
    head = ["network", "Playground (node)", "ours", "path", "ours, NumPy path",
            "ours / Playground", "load avg"]
    table = [head]
    for name, b, la in rows:
        pg, f = b["playground"]["examples_per_s"], b["fast"]["examples_per_s"]
        n = "—" if b["numpy"] is None else f'{b["numpy"]["examples_per_s"]:,.0f}'
        table.append([name, f"{pg:,.0f}", f"{f:,.0f}", b["fast"]["path"], n,
                      f"{f / pg:.2f}×", f"{la:.1f}"])
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for i, r in enumerate(table):
        print("  " + "  ".join(c.ljust(w) if j == 0 else c.rjust(w)
                               for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0:
            print("  " + "  ".join("-" * w for w in widths))
    print()
    for name, b, _ in rows:
        pg = b["playground"]
        print(f"{name}: final losses — Playground (squared error) train {pg['loss_train']:.3f} "
              f"test {pg['loss_test']:.3f}; ours (cross entropy) train "
              f"{b['fast']['loss_train']:.3f} test {b['fast']['loss_test']:.3f}")
    ok = all(b["fast"]["examples_per_s"] >= 2 * b["playground"]["examples_per_s"]
             for _, b, _ in rows)
    print(f"\nGoal (issue 16): ours ≥ 2× Playground's examples/s on both networks: "
          f"{'met' if ok else 'NOT met'} · load average now {load():.1f}", flush=True)
    if args.json:
        print(json.dumps({"nets": {name: {
            "playground": b["playground"]["examples_per_s"], "ours": b["fast"]["examples_per_s"],
            "path": b["fast"]["path"],
            "numpy_path": None if b["numpy"] is None else b["numpy"]["examples_per_s"],
            "load": la} for name, b, la in rows}}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
