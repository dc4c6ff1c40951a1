"""Run one view or panel in its own window with demo data (Orange's ``WidgetPreview`` habit):

    python -m annstudio.gui.views.data_view            (curves, layers, diagram, metrics,
    python -m annstudio.gui.panels.training             race, landscape, timeline; dataset,
                                                        network, training, lesson)

``--screenshot PATH`` (or ``ANNSTUDIO_SCREENSHOT=PATH``) saves a PNG of the widget once it
has drawn (atomically, and only over a picture or a new name: `gui.picture`) and exits
instead of waiting for the user: the tests run every view and panel
that way. Either way the widget's work is stopped and its Qt objects torn down here (never
left to interpreter shutdown), and a thread or child process still alive at the end is
reported on stderr with exit status 3.

The demo data is the lecture's example: moons (500 points, noise 0.2, seed 0) and the
network [2, 20, 40, 20, 1] (ReLU, σ output) after 20 epochs of Adam (lr 0.005, batch 10,
the optimizer of the lecture's PyTorch part): a boundary that has clearly been learnt.
"""
from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
import time

READY_S = 120          # a screenshot waits at most this long for the widget's own work
SETTLE_S = 0.3         # …and lets timers and layouts run this long before grabbing
LEAKED = 3             # exit status: a thread or process outlived the widget


def screenshot_path(argv):
    """(PATH or None, the other arguments): ``--screenshot PATH`` or $ANNSTUDIO_SCREENSHOT."""
    argv = list(argv)
    if "--screenshot" in argv:
        i = argv.index("--screenshot")
        if i + 1 >= len(argv):
            raise SystemExit("--screenshot needs a file name: --screenshot OUT.png")
        return argv[i + 1], argv[:i] + argv[i + 2:]
    return os.environ.get("ANNSTUDIO_SCREENSHOT") or None, argv


def run(build, title, size=(1366, 768), ready=None, stop=None, emits=None, argv=None):
    """Show ``build()`` (a QWidget) as a window titled ``ANN Studio — title``.

    ``ready(widget)``: True once a screenshot may be taken (e.g. a computation started by
    ``build`` has finished); ``stop(widget)`` ends the widget's work on exit;
    ``emits(widget)``: {name: signal} to print when they fire (a panel's intents, to watch
    it work).
    """
    shot, _ = screenshot_path(sys.argv[1:] if argv is None else argv)
    if shot is not None:
        from annstudio.gui.picture import target_problem
        problem = target_problem(shot)      # before drawing: a FIFO, a folder, a non-image
        if problem:
            print(f"{title}: {problem}", file=sys.stderr)
            return 1
    import annstudio.gui  # noqa: F401  (binds pyqtgraph to PySide6)
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    widget = build()
    widget.setWindowTitle(f"ANN Studio — {title}")
    for name, signal in (emits(widget) if emits else {}).items():
        signal.connect(functools.partial(_print_signal, name))
    widget.resize(*size)
    widget.show()
    rc = 0
    try:
        if shot is None:
            rc = app.exec()
        else:
            waited = time.monotonic()
            settled = None
            while True:
                app.processEvents(QEventLoop.AllEvents, 50)
                now = time.monotonic()
                if ready is None or ready(widget):
                    settled = settled or now
                    if now - settled >= SETTLE_S:
                        break
                if now - waited > READY_S:
                    print(f"{title}: not ready after {READY_S} s", file=sys.stderr)
                    rc = 1
                    break
                time.sleep(0.02)
            from annstudio.core.errors import AnnStudioError
            from annstudio.gui.picture import save
            try:
                save(widget.grab().toImage(), shot)
            except AnnStudioError as err:
                print(f"{title}: {err}", file=sys.stderr)
                rc = 1
    finally:
        if stop is not None:
            stop(widget)
        widget.close()
        widget.deleteLater()
        app.processEvents()
        del widget
    left = leftovers()
    if left:
        print(f"{title}: still running after the window closed: {left}", file=sys.stderr)
        rc = rc or LEAKED
    return rc


def _print_signal(name, *args):
    print(name, *args, flush=True)


def leftovers(wait_s=5.0):
    """Threads (other than daemon pollers of the interpreter) and child processes alive."""
    deadline = time.monotonic() + wait_s
    while True:
        threads = [t.name for t in threading.enumerate()
                   if t is not threading.main_thread() and t.is_alive()]
        children = [p.name for p in multiprocessing.active_children()]
        if not (threads or children) or time.monotonic() > deadline:
            return threads + children
        time.sleep(0.05)


# ------------------------------------------------------------------ demo data
@functools.lru_cache(maxsize=None)
def lecture_run(epochs=20):
    """(net, data, history): the lecture network after ``epochs`` of Adam on moons."""
    import annstudio as ann
    from annstudio.core.training import Trainer
    data = ann.datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
    net = ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid", seed=0)
    t = Trainer(net, data.X_train, data.y_train, optimizer="adam", lr=0.005, batch_size=10,
                seed=0, X_test=data.X_test, y_test=data.y_test)
    t.train(epochs)
    return net, data, t.history


def snapshot(net, data):
    """What the engine process sends the views for ``net`` on ``data``: the boundary grid,
    the neuron maps and the samples × neurons rows (the engine's own code computes it)."""
    from annstudio.core.views import ViewGeometry, network_views
    return network_views(net, ViewGeometry(data))


def weights(net):
    return [(layer.W.copy(), layer.b.copy()) for layer in net.layers]
