"""GUI benchmark (a script that prints figures, not a test):

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py [--seconds 5]

1. steps/s in the app with every live view on against the headless NumPy engine on the
   lecture run (goal: ≥ 80 %; part 'wide', a warm window alternating with a headless
   process; part 'classic' prints a fresh window's first seconds, while its engine still
   loads the compiled path and imports torch);
2. main-thread stalls while training: a 10 ms QTimer probe records how late each tick
   fires (goal: p99 < 50 ms, max < 200 ms), on the lecture run and on 2→256→256→256→1;
3. memory growth of the GUI process and of the engine process over a 20,000-step run
   with every view on (goal: < 30 MB);
4. (issue 16) the lecture net and the wide nets 2→256→256→256→1 and 2→512→512→1 on the
   NumPy engine, and the PyTorch engine (lecture
   net and 2→256³→1) in the window against the same engine headless (goal ≥ 80 %), views
   refreshed per second (goal ≥ 10), lateness p99 (goal < 50 ms); torch preloaded in the
   engine: the switch to PyTorch (goal < 1 s) and the first NumPy run during the preload;
   100,000 points in the data view, drawn as a sample and (the old way) whole; start-up of
   `annstudio` to an interactive window (goal < 1.5 s).

The headless figures run in a child process started like the window's engine (spawn, one
BLAS/OpenMP thread), so the ratio measures what the window costs, nothing else. Each figure
is printed with the load average: on a shared machine compare ratios, not absolutes.
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


def load():
    return "load %.1f/%.1f/%.1f" % os.getloadavg()


def _headless_child(exp_dict, seconds, out, chunks=3):
    from annstudio.core.experiment import Experiment
    from annstudio.engines.factory import from_experiment
    exp = Experiment.from_dict(exp_dict)
    rates = []
    for _ in range(chunks):
        e = from_experiment(exp)
        for _ in range(20):
            e.step()
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds / chunks:
            for _ in range(10):
                e.step()
            n += 10
        rates.append(n / (time.perf_counter() - t0))
    out.send(rates)


def headless_rates(exp, seconds, chunks=3):
    """steps/s of ``chunks`` runs of the engine alone (``seconds`` in all), in a process
    started like the window's (spawn, one BLAS/OpenMP thread)."""
    import multiprocessing as mp
    from annstudio.gui.engine_process import blas_threads_for_engine
    ctx = mp.get_context("spawn")
    r, w = ctx.Pipe(duplex=False)
    with blas_threads_for_engine():
        p = ctx.Process(target=_headless_child, args=(exp.to_dict(), seconds, w, chunks))
        p.start()
    w.close()
    value = r.recv()
    p.join()
    return value


def headless_steps_per_s(exp, seconds):
    """Best of three runs of the engine alone, in a process started like the window's."""
    return max(headless_rates(exp, seconds))


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
    """Train ``seconds`` in the app; returns steps/s from the snapshots' step counter,
    the probe's statistics and the frames drawn per second."""
    from annstudio.gui.worker import wait_for
    c = window.session.client
    window.curves.step_box.setChecked(True)
    window.actions["run"].trigger()
    wait_for(lambda: c.latest() is not None and c.latest().running
             and c.latest().step > 300, timeout=60)
    if probe:
        probe.start()
    s0, t0, f0 = c.latest().step, time.perf_counter(), window.views.frames_drawn
    spin(seconds)
    s1, t1, f1 = c.latest().step, time.perf_counter(), window.views.frames_drawn
    stats = probe.stop() if probe else None
    window.actions["run"].trigger()
    wait_for(lambda: not c.latest().running, timeout=10)
    return (s1 - s0) / (t1 - t0), stats, (f1 - f0) / (t1 - t0)


def experiment(hidden, engine="numpy"):
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    if hidden is not None:
        exp.network.hidden, exp.network.activations = list(hidden), ["relu"] * len(hidden)
    exp.training.epochs = 0
    exp.training.engine = engine
    return exp


def open_window(exp, data=None):
    from annstudio.gui.main_window import MainWindow
    from annstudio.gui.worker import wait_for
    w = MainWindow(experiment=exp, data=data)
    w.resize(1366, 768)
    w.default_dock_layout(split=False)
    w.show()
    full_speed(w)
    wait_for(lambda: w.session.client.snapshots_received > 0, timeout=120)
    return w


def full_speed(w):
    """The speed slider to "full speed" (it starts at 1,000 steps/s, a pace to watch)."""
    slider = w.training_panel.speed_slider
    slider.setValue(slider.maximum())
    assert w.training_panel.speed()[0] is None


def close_window(app, w):
    w.close_guards.clear()
    w.close()
    w.shutdown()
    w.deleteLater()
    app.processEvents()


def in_window_vs_headless(app, name, exp, seconds, rounds=3):
    """The engine headless and in the window, alternating for ``rounds`` rounds in this run
    (one window, paused while the headless process runs), so that on a shared machine
    both meet the same load. Per round: the window's steps/s over ``seconds`` against the
    headless run's over ``seconds`` (the same statistic: an average over the whole time;
    the headless best of its three chunks is printed too, as earlier rounds quoted it).
    Prints the median of the rounds' ratios, each round, and the load average."""
    w = open_window(exp)
    ratios, best_ratios, rows, loads, fpss, p99s, mxs = [], [], [], [], [], [], []
    try:
        for _ in range(rounds):
            loads.append(os.getloadavg()[0])
            rates = headless_rates(exp, seconds)
            head = sum(rates) / len(rates)
            sps, (p99, mx, n), fps = app_run(w, seconds, Probe())
            loads.append(os.getloadavg()[0])
            ratios.append(sps / head)
            best_ratios.append(sps / max(rates))
            fpss.append(fps)
            p99s.append(p99)
            mxs.append(mx)
            rows.append(f"{sps:,.0f}/{head:,.0f}")
    finally:
        close_window(app, w)
    med = float(np.median(ratios))
    print(f"{name}: in the window / headless = {100 * med:.0f}% [goal ≥ 80%] (median of "
          f"{rounds} alternating rounds: {', '.join(f'{100 * r:.0f}%' for r in ratios)}; "
          f"steps/s window/headless {'; '.join(rows)}; against the headless best chunk "
          f"{100 * float(np.median(best_ratios)):.0f}%), views {float(np.median(fpss)):.1f}/s "
          f"[goal ≥ 10], lateness p99 {float(np.median(p99s)):.1f} ms [goal < 50], max "
          f"{max(mxs):.0f} ms (load {min(loads):.1f}–{max(loads):.1f})", flush=True)


def torch_preload(app, seconds):
    """The first NumPy run while torch loads in the engine, the same run after, and the
    switch to PyTorch once loaded."""
    from annstudio.gui.worker import wait_for
    w = open_window(experiment(None))
    c = w.session.client
    t_open = time.perf_counter()
    wait_for(lambda: c.torch_state != "absent", timeout=30)
    state0 = c.torch_state
    during, _, _ = app_run(w, seconds)
    state1 = c.torch_state
    wait_for(lambda: c.torch_state in ("ready", "failed"), timeout=300)
    t_ready = time.perf_counter() - t_open
    after, _, _ = app_run(w, seconds)
    print(f"torch preload: ready {t_ready:.1f} s after the first snapshot; first NumPy run "
          f"{during:,.0f} steps/s (torch {state0}→{state1}) vs {after:,.0f} after "
          f"({100 * during / after:.0f}%) ({load()})", flush=True)
    combo = w.training_panel.engine_combo
    texts = []
    got = {}
    c.configured.connect(lambda info: got.setdefault("engine", info["engine"]))
    t0 = time.perf_counter()
    combo.setCurrentIndex(combo.findData("torch"))
    texts.append(w.status_labels["engine"].text())
    wait_for(lambda: got.get("engine") == "torch", timeout=120)
    dt = time.perf_counter() - t0
    print(f"switch NumPy → PyTorch after the preload: {dt:.2f} s [goal < 1 s]; the status "
          f"said {texts[0]!r} ({load()})", flush=True)
    close_window(app, w)


def large_data(app, seconds):
    """100,000 points: the window training on them, drawn as a sample and drawn whole."""
    from annstudio.core import datasets
    from annstudio.gui.views import data_view
    data = datasets.make("moons", n=100_000, noise=0.2, seed=0)
    for label, cap in (("sample", data_view.MAX_DRAWN), ("whole (before)", 10 ** 9)):
        data_view.MAX_DRAWN = cap
        t0 = time.perf_counter()
        w = open_window(experiment(None), data=data)
        t_open = time.perf_counter() - t0
        drawn = len(w.data_view.train_scatter.data) + len(w.data_view.test_scatter.data)
        t0 = time.perf_counter()
        w.data_view.grab()                      # one full paint of the data view
        t_paint = time.perf_counter() - t0
        sps, (p99, mx, n), fps = app_run(w, seconds, Probe())
        close_window(app, w)
        print(f"100,000 points drawn as {label}: {drawn:,} points drawn, window opened in "
              f"{t_open:.2f} s, one paint of the data view {1000 * t_paint:.0f} ms; training "
              f"{sps:,.0f} steps/s, views {fps:.1f}/s, lateness p99 {p99:.1f} ms [goal < 50] "
              f"({load()})", flush=True)
    data_view.MAX_DRAWN = 4000


def startup(runs=3):
    """`python -m annstudio` until its window answers events (ANNSTUDIO_STARTUP_REPORT)."""
    import re
    import subprocess
    import tempfile
    out = []
    for _ in range(runs):
        env = dict(os.environ, ANNSTUDIO_SETTINGS=os.path.join(tempfile.mkdtemp(), "s.ini"),
                   PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
        env["ANNSTUDIO_STARTUP_REPORT"] = repr(time.time())
        r = subprocess.run([sys.executable, "-m", "annstudio"], env=env, capture_output=True,
                           text=True, timeout=300)
        m = re.search(r"window interactive after ([0-9.]+) s", r.stdout)
        if m:
            out.append(float(m.group(1)))
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-X", "importtime", "-c",
                        "import annstudio.gui.app, annstudio.gui.main_window"],
                       env=env, capture_output=True, text=True, timeout=300)
    tops = [line for line in r.stderr.splitlines() if "| annstudio.gui" in line
            and line.count("|") == 2 and not line.split("|")[2].startswith("  ")]
    imports = sum(int(line.split("|")[1]) for line in tops) / 1e6
    print(f"start-up of `annstudio` to an interactive window: best {min(out):.2f} s, runs "
          f"{', '.join(f'{v:.2f}' for v in out)} [goal < 1.5 s]; imports {imports:.2f} s "
          f"(python -X importtime) ({load()})", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3,
                    help="alternating window/headless rounds of each in-window comparison")
    ap.add_argument("--only", default="",
                    help="comma-separated parts: classic, wide, torch, preload, data, startup")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    want = lambda part: not only or part in only  # noqa: E731
    import tempfile
    os.environ["ANNSTUDIO_SETTINGS"] = os.path.join(tempfile.mkdtemp(), "s.ini")
    if want("startup"):
        startup()
    import annstudio.gui  # noqa: F401
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    try:
        if want("wide"):
            for name, hidden in (("NumPy, lecture 2→20→40→20→1", None),
                                 ("NumPy, 2→256→256→256→1", [256, 256, 256]),
                                 ("NumPy, 2→512→512→1", [512, 512])):
                in_window_vs_headless(app, name, experiment(hidden), args.seconds, args.rounds)
        if want("torch"):
            from annstudio.engines.torch_support import torch_unavailable_reason
            if torch_unavailable_reason():
                print(f"PyTorch: {torch_unavailable_reason()}")
            else:
                for name, hidden in (("PyTorch, lecture 2→20→40→20→1", None),
                                     ("PyTorch, 2→256→256→256→1", [256, 256, 256])):
                    in_window_vs_headless(app, name, experiment(hidden, "torch"),
                                          args.seconds, args.rounds)
        if want("preload"):
            torch_preload(app, args.seconds)
        if want("data"):
            large_data(app, args.seconds)
        if want("classic"):
            classic(app, args)
    finally:
        app.processEvents()
        app.shutdown()


def classic(app, args):
    from annstudio.gui.main_window import MainWindow
    from annstudio.gui.worker import wait_for
    lecture, wide = experiment(None), experiment([256, 256, 256])

    print(f"headless NumPy engine, lecture run: measuring {args.seconds:.0f} s …", flush=True)
    head = headless_steps_per_s(lecture, args.seconds)
    head_wide = headless_steps_per_s(wide, args.seconds)
    results = {}
    for name, exp in (("lecture 2→20→40→20→1", lecture), ("2→256→256→256→1", wide)):
        w = MainWindow(experiment=exp)
        w.resize(1366, 768)
        w.default_dock_layout(split=False)
        w.show()
        full_speed(w)
        wait_for(lambda: w.session.client.snapshots_received > 0, timeout=60)
        probe = Probe()
        sps, (p99, mx, n), fps = app_run(w, args.seconds, probe)
        results[name] = (sps, p99, mx, n, w.views.frames_drawn)
        if name.startswith("lecture"):
            # memory over 20,000 steps with every view on
            w.actions["reset"].trigger()
            wait_for(lambda: w.session.client.latest().step == 0, timeout=30)
            w.session.run_epochs(None)
            wait_for(lambda: w.session.client.latest().step >= 1000, timeout=120)
            host_pid = w.session.client.pid
            gui0, host0 = rss_mb(), rss_mb(host_pid)
            t0 = time.perf_counter()
            wait_for(lambda: w.session.client.latest().step >= 21000, timeout=600)
            mem_s = time.perf_counter() - t0
            gui1, host1 = rss_mb(), rss_mb(host_pid)
            steps = w.session.client.latest().step - 1000
            w.actions["run"].trigger()
            results["memory"] = (steps, gui1 - gui0, host1 - host0, mem_s, gui1, host1)
        close_window(app, w)

    print()
    print(f"headless NumPy engine: lecture {head:,.0f} steps/s; 2→256³→1 {head_wide:,.0f} "
          f"steps/s ({load()})")
    for name, values in results.items():
        if name == "memory":
            continue
        sps, p99, mx, n, frames = values
        # a fresh window's first seconds: its engine process is still loading the compiled
        # path and importing torch in the background, so this is no in-window ratio (the
        # 'wide' part alternates a warm window with a headless process for that)
        ref = head if name.startswith("lecture") else head_wide
        print(f"app, {name}, the first {args.seconds:.0f} s of a fresh window: {sps:,.0f} "
              f"steps/s ({100 * sps / ref:.0f}% of the headless engine's best in this "
              f"process); event-loop lateness p99 {p99:.1f} ms, max {mx:.1f} ms "
              f"({n} probe ticks, {frames} frames drawn) ({load()})")
    steps, dg, dh, secs, g1, h1 = results["memory"]
    print(f"memory over {steps:,} steps ({secs:.1f} s, all views on): GUI process "
          f"{dg:+.1f} MB (now {g1:.0f} MB), engine process {dh:+.1f} MB (now {h1:.0f} MB)")


if __name__ == "__main__":
    main()
