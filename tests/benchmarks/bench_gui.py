"""GUI benchmark (a script that prints figures, not a test):

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py [--seconds 5]

1. steps/s in the app with every live view on against the headless NumPy engine on the
   lecture run (goal: ≥ 80 %);
2. main-thread stalls while training: a 10 ms QTimer probe records how late each tick
   fires (goal: p99 < 50 ms, max < 200 ms), on the lecture run and on 2→256→256→256→1;
3. memory growth of the GUI process and of the engine process over a 20,000-step run
   with every view on (goal: < 30 MB).
"""
from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

import numpy as np  # noqa: E402

if os.environ.get("BENCH_FAULT_S"):
    import faulthandler
    faulthandler.dump_traceback_later(float(os.environ["BENCH_FAULT_S"]), exit=True)


def rss_mb(pid=None):
    with open(f"/proc/{pid or 'self'}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def headless_steps_per_s(exp, seconds):
    from annstudio.engines.base import from_experiment
    best = 0.0
    for _ in range(3):
        e = from_experiment(exp)
        for _ in range(200):
            e.step()
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds / 3:
            for _ in range(100):
                e.step()
            n += 100
        best = max(best, n / (time.perf_counter() - t0))
    return best


class Probe:
    """Event-loop lateness: how much later than asked each 10 ms single-shot fires."""

    def __init__(self, interval_ms=10):
        from PySide6.QtCore import QTimer
        self.interval = interval_ms / 1000
        self.late = []
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self._t = None

    def start(self):
        self.late.clear()
        self._t = time.perf_counter()
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        self.late.append(max(0.0, now - self._t - self.interval))
        self._t = now
        self.timer.start()

    def stop(self):
        self.timer.stop()
        a = np.array(self.late) * 1000
        return float(np.percentile(a, 99)), float(a.max()), len(a)


def spin(seconds):
    """Run the real Qt event loop for ``seconds`` (as the app does, no polling loop)."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def app_run(window, seconds, probe=None):
    """Train ``seconds`` in the app; returns steps/s from the snapshots' step counter."""
    from annstudio.gui.worker import wait_for
    c = window.client
    window.curves.step_box.setChecked(True)
    window.toggle_run()
    wait_for(lambda: c.latest() is not None and c.latest()["running"]
             and c.latest()["step"] > 300, timeout=60)
    if probe:
        probe.start()
    s0, t0 = c.latest()["step"], time.perf_counter()
    spin(seconds)
    s1, t1 = c.latest()["step"], time.perf_counter()
    stats = probe.stop() if probe else None
    window.toggle_run()
    wait_for(lambda: not c.latest()["running"], timeout=10)
    return (s1 - s0) / (t1 - t0), stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    args = ap.parse_args()
    import tempfile
    os.environ["ANNSTUDIO_SETTINGS"] = os.path.join(tempfile.mkdtemp(), "s.ini")
    import annstudio.gui  # noqa: F401
    from PySide6.QtWidgets import QApplication
    from annstudio.core.experiment import Experiment
    from annstudio.gui.main_window import MainWindow
    from annstudio.gui.worker import wait_for

    lecture = Experiment()
    lecture.training.epochs = 0
    wide = Experiment()
    wide.network.hidden, wide.network.activations = [256, 256, 256], ["relu"] * 3
    wide.training.epochs = 0

    print(f"headless NumPy engine, lecture run: measuring {args.seconds:.0f} s …", flush=True)
    head = headless_steps_per_s(lecture, args.seconds)
    head_wide = headless_steps_per_s(wide, args.seconds)

    app = QApplication([])
    results = {}
    try:
        for name, exp in (("lecture 2→20→40→20→1", lecture), ("2→256→256→256→1", wide)):
            w = MainWindow(experiment=exp)
            w.resize(1366, 768)
            w.default_dock_layout(split=False)
            w.show()
            wait_for(lambda: w.client.snapshots_received > 0, timeout=60)
            probe = Probe()
            sps, (p99, mx, n) = app_run(w, args.seconds, probe)
            results[name] = (sps, p99, mx, n, w.frames_drawn)
            if name.startswith("lecture"):
                # memory over 20,000 steps with every view on
                w.reset()
                wait_for(lambda: w.client.latest()["step"] == 0, timeout=30)
                w.client.run(epochs=None)
                w._set_running(True)
                wait_for(lambda: w.client.latest()["step"] >= 1000, timeout=120)
                host_pid = w.client.pid
                gui0, host0 = rss_mb(), rss_mb(host_pid)
                t0 = time.perf_counter()
                wait_for(lambda: w.client.latest()["step"] >= 21000, timeout=600)
                mem_s = time.perf_counter() - t0
                gui1, host1 = rss_mb(), rss_mb(host_pid)
                steps = w.client.latest()["step"] - 1000
                w.toggle_run()
                results["memory"] = (steps, gui1 - gui0, host1 - host0, mem_s, gui1, host1)
            w.close_guards.clear()
            w.close()
            w.deleteLater()
            app.processEvents()
    finally:
        app.processEvents()
        app.shutdown()

    print()
    print(f"headless NumPy engine: lecture {head:,.0f} steps/s; 2→256³→1 {head_wide:,.0f} steps/s")
    for name, values in results.items():
        if name == "memory":
            continue
        sps, p99, mx, n, frames = values
        ref = head if name.startswith("lecture") else head_wide
        print(f"app, {name}: {sps:,.0f} steps/s = {100 * sps / ref:.0f}% of headless; "
              f"event-loop lateness p99 {p99:.1f} ms, max {mx:.1f} ms "
              f"({n} probe ticks, {frames} frames drawn)")
    steps, dg, dh, secs, g1, h1 = results["memory"]
    print(f"memory over {steps:,} steps ({secs:.1f} s, all views on): GUI process "
          f"{dg:+.1f} MB (now {g1:.0f} MB), engine process {dh:+.1f} MB (now {h1:.0f} MB)")


if __name__ == "__main__":
    main()
