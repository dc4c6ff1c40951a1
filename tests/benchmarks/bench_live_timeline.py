"""Issue 15 part 2 benchmark (a script that prints figures, not a test):

    python tests/benchmarks/bench_live_timeline.py [--steps 4000] [--rounds 7]

What the main window's timeline costs the engine's training loop: steps/s of the engine
process's step (`NumpyEngine.step`, on the compiled fast path when numba is installed)
with and without `LiveTimeline.record` after each step, on the lecture run (moons 500,
2→20→40→20→1, batch 10) with SGD and Adam, and on a wide net (2→256→256→1, Adam).
Chunks with and without recording alternate on the same engine (the box is shared: a busy
moment hits both) and the medians are compared; an A/A run (no recording in either) beside
it shows how large the noise is. Also the time of a scrub (checkpoint + replay + views).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

import annstudio as ann  # noqa: E402
from annstudio.core import datasets  # noqa: E402
from annstudio.engines import fast  # noqa: E402
from annstudio.core.views import ViewGeometry, network_views  # noqa: E402
from annstudio.engines.live_timeline import LiveTimeline  # noqa: E402
from annstudio.engines.numpy_engine import NumpyEngine  # noqa: E402

CASES = [("lecture net, sgd", [2, 20, 40, 20, 1], "sgd", {"lr": 0.015}),
         ("lecture net, adam", [2, 20, 40, 20, 1], "adam", {"lr": 0.01}),
         ("2→256→256→1, adam", [2, 256, 256, 1], "adam", {"lr": 0.001})]
if os.environ.get("BENCH_SMALL_ONLY"):
    CASES = CASES[:2]


def _engine(sizes, opt, hp, data):
    net = ann.Network.create(sizes, hidden="relu", output="sigmoid", seed=0)
    return NumpyEngine(net, data, opt, hp, batch_size=10, seed=0)


def _chunk(e, record, steps):
    step = e.step
    t0 = time.perf_counter()
    if record is None:
        for _ in range(steps):
            step()
    else:
        for _ in range(steps):
            step()
            record(e)
    return (time.perf_counter() - t0) / steps


def _ab(e, record_b, steps, rounds):
    """Median seconds a step, chunks of ``steps`` alternating between A (no recording) and
    B (``record_b``, or None: an A/A run that shows the noise) on the SAME engine."""
    a, b = [], []
    for i in range(2 * rounds):
        (b if i % 2 else a).append(_chunk(e, record_b if i % 2 else None, steps))
    return statistics.median(a), statistics.median(b)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=60)
    a = ap.parse_args(argv)
    data = datasets.make("moons", n=500, noise=0.1, test_fraction=0.0, seed=0)
    fast.start(wait=True, timeout=600)
    print(f"fast path: {fast.status()[1]}")
    for name, sizes, opt, hp in CASES:
        steps = a.steps if sizes[1] < 100 else max(20, a.steps // 50)
        rec = _engine(sizes, opt, hp, data)
        lt = LiveTimeline()
        lt.record(rec)
        _chunk(rec, lt.record, 200)        # warm-up (the first step measures L_ref)
        for label, record in (("A/A (noise)", None), ("recording", lt.record)):
            m0, m1 = _ab(rec, record, steps, a.rounds)
            print(f"{name:22s} {label:12s} path {rec.path:8s} {1e6 * m0:8.2f} µs/step without,"
                  f" {1e6 * m1:8.2f} with ({100 * (m1 / m0 - 1):+.1f} %)")
        # scrubbing a run recorded throughout (the A chunks above left gaps in that one)
        rec = _engine(sizes, opt, hp, data)
        lt = LiveTimeline()
        lt.record(rec)
        _chunk(rec, lt.record, 20 * steps)
        st = lt.status(rec)
        print(f"{'':22s} timeline {st['nbytes'] / 2 ** 20:.2f} MB, k={st['k']}, "
              f"{st['steps']:,} steps")
        geom = ViewGeometry(data)
        times = []
        for K in range(st["steps"] // 3, st["steps"], max(1, st["steps"] // 15)):
            t0 = time.perf_counter()
            net, _, _ = lt.scrub(K)
            network_views(net, geom)
            times.append(time.perf_counter() - t0)
        print(f"{'':22s} scrub (restore + replay ≤ k−1 steps + views): median "
              f"{1000 * statistics.median(times):.1f} ms, max {1000 * max(times):.1f} ms")


if __name__ == "__main__":
    main()
