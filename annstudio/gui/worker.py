"""The training worker: a QThread that owns the pipe to the engine process.

Why a process (DESIGN.md, GUI): a Python training loop in a thread of the GUI process
starves the event loop through the GIL. The engine runs in `annstudio.engines.host`, in a
``multiprocessing`` spawn-context child started once and kept alive between runs.

The main thread never touches the pipe: `EngineClient` methods put commands on a queue;
the `_PipeThread` sends them, receives snapshots, merges their history increments into
one `History` (under a lock) and keeps only the latest snapshot for the views, which
take it on a timer (`EngineClient.take`). Rare messages (state changes, errors,
divergence, a crash) become Qt signals.
"""
from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import queue
import threading
import time

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from annstudio.core.training import History

POLL_S = 0.01          # how long the pipe thread waits for a message before checking its queue


class GrowingArray:
    """An append-only float64 series with amortised O(1) appends and a no-copy view."""

    def __init__(self, width=None):
        self._buf = np.empty((256,) if width is None else (256, width))
        self.n = 0

    def extend(self, values):
        values = np.asarray(values, dtype=np.float64)
        k = len(values)
        if k == 0:
            return
        if self.n + k > len(self._buf):
            cap = max(2 * len(self._buf), self.n + k)
            new = np.empty((cap,) + self._buf.shape[1:])
            new[:self.n] = self._buf[:self.n]
            self._buf = new
        self._buf[self.n:self.n + k] = values
        self.n += k

    def view(self):
        return self._buf[:self.n]

    def clear(self):
        self.n = 0


class RunRecord:
    """What the GUI knows about the run so far, merged from snapshot increments."""

    def __init__(self):
        self.history = History()
        # per-epoch columns as arrays (train loss, test loss, train metric, test metric;
        # NaN where absent): the curves draw them without a Python loop per frame
        self.epoch_table = GrowingArray(4)
        self.step_losses = GrowingArray()
        self.grad_steps = GrowingArray()
        self.grad_norms = None          # GrowingArray((n_layers,)) once the width is known

    def merge(self, snap):
        if snap["reset_history"]:
            self.history = History()
            self.epoch_table.clear()
            self.step_losses.clear()
            self.grad_steps.clear()
            self.grad_norms = None
        self.history.epochs.extend(snap["epochs"])
        if snap["epochs"]:
            nan = float("nan")
            self.epoch_table.extend([[r.train_loss,
                                      nan if r.test_loss is None else r.test_loss,
                                      nan if r.train_metric is None else r.train_metric,
                                      nan if r.test_metric is None else r.test_metric]
                                     for r in snap["epochs"]])
        sl = snap["step_losses"]
        if len(sl):
            self.history.step_loss.extend(sl.tolist())
            self.step_losses.extend(sl)
        self.history.diverged = snap["diverged"]
        g = snap["grad_norms"]
        if g is not None and snap["step"] > 0:
            if self.grad_norms is None or self.grad_norms.view().shape[1:] != (len(g),):
                self.grad_norms = GrowingArray(len(g))
                self.grad_steps.clear()
            if self.grad_steps.n == 0 or self.grad_steps.view()[-1] != snap["step"]:
                self.grad_steps.extend([snap["step"]])
                self.grad_norms.extend([g])


class _PipeThread(QThread):
    """Runs the pipe: starts (and restarts) the engine process, forwards commands."""

    message = Signal(str, object)

    def __init__(self, client):
        super().__init__()
        self.client = client
        self.commands = queue.Queue()
        self.proc = None
        self.conn = None
        self.stopping = False

    # ----- process -----
    def _start_process(self):
        from annstudio.engines import host
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=host.main, args=(child,), name="annstudio-engine", daemon=True)
        with _blas_threads_for_engine():
            proc.start()
        child.close()
        self.proc, self.conn = proc, parent
        self.client._pid = proc.pid

    def _stop_process(self, timeout=3.0):
        proc, conn = self.proc, self.conn
        self.proc = self.conn = None
        if conn is not None:
            try:
                conn.send(("shutdown", None))
            except (OSError, EOFError, BrokenPipeError):
                pass
        if proc is not None:
            proc.join(timeout)
            if proc.is_alive():
                proc.terminate()
                proc.join(2.0)
            if proc.is_alive():
                proc.kill()
                proc.join(1.0)
            try:
                proc.close()
            except ValueError:
                pass
        if conn is not None:
            conn.close()

    def _restart(self, why):
        proc = self.proc
        code = proc.exitcode if proc is not None else None
        try:
            if proc is not None and proc.is_alive():
                proc.kill()
            if proc is not None:
                proc.join(2.0)
        except (OSError, ValueError):
            pass
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
        self.proc = self.conn = None
        self.message.emit("crashed", f"{why} (exit code {code})" if code is not None else why)
        self._start_process()
        payload = self.client._restart_payload()
        if payload is not None:
            self.conn.send(("configure", payload))

    # ----- loop -----
    def run(self):
        try:
            self._start_process()
        except Exception as err:   # cannot even start Python: say so
            self.message.emit("fatal", f"could not start the engine process: {err}")
            return
        while True:
            try:
                while True:
                    cmd = self.commands.get_nowait()
                    if cmd[0] == "_quit":
                        self._stop_process()
                        return
                    self.conn.send(cmd)
            except queue.Empty:
                pass
            except (OSError, EOFError, BrokenPipeError):
                self._restart("the engine process stopped unexpectedly")
                continue
            try:
                if self.conn.poll(POLL_S):
                    kind, payload = self.conn.recv()
                    self.client._receive(kind, payload)
                elif not self.proc.is_alive():
                    self._restart("the engine process stopped unexpectedly")
            except (OSError, EOFError, BrokenPipeError, ConnectionResetError):
                self._restart("the engine process stopped unexpectedly")


class EngineClient(QObject):
    """The GUI's handle on the engine process. Methods are safe to call from the main thread.

    Signals: ``stateChanged(bool running, str reason)``, ``configured(dict)``,
    ``diverged(str)``, ``error(str)``, ``crashed(str)``, ``devices(dict)``.
    """

    stateChanged = Signal(bool, str)
    configured = Signal(dict)
    diverged = Signal(str)
    error = Signal(str)
    crashed = Signal(str)
    devices = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest = None
        self._fresh = False
        self.record = RunRecord()
        self.running = False
        self.engine_name = "numpy"
        self.device = "cpu"
        self._config = None
        self._last_weights = None
        self._pid = None
        self.snapshots_received = 0
        self._thread = _PipeThread(self)
        self._thread.message.connect(self._on_message)
        self._thread.start()

    # ----- commands -----
    def send(self, kind, payload=None):
        self._thread.commands.put((kind, payload))

    def configure(self, experiment, data, weights=None, state=None):
        self._config = {"experiment": experiment.to_dict(), "data": data}
        with self._lock:
            self._last_weights = weights
        self.send("configure", dict(self._config, weights=weights, state=state))

    def set_data(self, data):
        if self._config is not None:
            self._config["data"] = data
        self.send("set_data", data)

    def update_experiment(self, experiment):
        """Keep the config used for restarts in step with the panels."""
        if self._config is not None:
            self._config["experiment"] = experiment.to_dict()

    def run(self, epochs=None, more=None):
        self.send("run", {"epochs": epochs, "more": more})

    def pause(self):
        self.send("pause")

    def step_batch(self):
        self.send("step_batch")

    def step_epoch(self):
        self.send("step_epoch")

    def reset(self, weights=None):
        self.send("reset", {"weights": weights})

    def set_lr(self, lr):
        self.send("set_lr", float(lr))

    def set_hyperparameters(self, **hp):
        self.send("set_hyperparameters", hp)

    def set_weights(self, weights):
        with self._lock:
            self._last_weights = [(np.array(W), np.array(b)) for W, b in weights]
        self.send("set_weights", weights)

    def switch_engine(self, engine, device="cpu", dtype=None):
        if self._config is not None:
            tr = self._config["experiment"]["training"]
            tr["engine"], tr["device"] = engine, device
            if dtype:
                tr["dtype"] = dtype
        self.send("switch_engine", {"engine": engine, "device": device, "dtype": dtype})

    def probe_devices(self):
        self.send("probe_devices")

    @property
    def pid(self):
        return self._pid

    # ----- receiving (pipe thread) -----
    def _receive(self, kind, payload):
        if kind == "snapshot":
            with self._lock:
                self.record.merge(payload)
                self._latest = payload
                self._fresh = True
                self._last_weights = payload["weights"]
                self.snapshots_received += 1
        else:
            self._thread.message.emit(kind, payload)

    def _restart_payload(self):
        """Configure a fresh process with the last weights and the history so far (the
        optimizer's running state died with the process)."""
        if self._config is None:
            return None
        with self._lock:
            weights = self._last_weights
            h = self.record.history
            history = History(list(h.epochs), list(h.step_loss), h.diverged)
        cfg = dict(self._config)
        cfg.pop("weights", None)
        cfg.pop("state", None)
        if weights is not None:
            cfg["state"] = {"weights": weights, "optimizer": None, "epoch": len(history.epochs),
                            "batch_index": 0, "step_count": len(history.step_loss),
                            "history": history}
        return cfg

    def take(self):
        """The newest snapshot if one arrived since the last call, else None."""
        with self._lock:
            if not self._fresh:
                return None
            self._fresh = False
            return self._latest

    def latest(self):
        with self._lock:
            return self._latest

    def last_weights(self):
        with self._lock:
            return self._last_weights

    # ----- messages (main thread) -----
    def _on_message(self, kind, payload):
        if kind == "state":
            self.running = bool(payload["running"])
            self.stateChanged.emit(self.running, payload.get("reason") or "")
        elif kind == "configured":
            self.engine_name = payload["engine"]
            self.device = payload["device"]
            self.configured.emit(payload)
        elif kind == "diverged":
            self.running = False
            self.diverged.emit(payload)
        elif kind == "error":
            self.error.emit(payload)
        elif kind == "crashed":
            self.running = False
            self.stateChanged.emit(False, "crashed")
            self.crashed.emit(payload)
        elif kind == "fatal":
            self.running = False
            self.error.emit(payload)
        elif kind == "devices":
            self.devices.emit(payload)

    # ----- shutdown -----
    def shutdown(self, timeout_ms=8000):
        """Stop the process and the thread and wait for both (closing the window)."""
        if self._thread is None:
            return
        self._thread.commands.put(("_quit", None))
        if not self._thread.wait(timeout_ms):
            # the process ignored us: the thread is stuck in a send; the process is killed
            proc = self._thread.proc
            if proc is not None and proc.is_alive():
                proc.kill()
            self._thread.wait(3000)
        self._thread = None


def wait_for(predicate, timeout=10.0):
    """Spin the Qt event loop until ``predicate()`` (scripts: --screenshot, --self-test)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents(QEventLoop.AllEvents, 20)
        QThread.msleep(5)
    return True


BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextlib.contextmanager
def _blas_threads_for_engine():
    """Start the engine process with one BLAS thread (unless the user chose otherwise).

    Measured on the lecture run (2 cores): with OpenBLAS's default the engine process
    used 1.7 cores — its idle threads spin after each boundary-grid product — for the same
    steps/s as with one thread (1.05 cores), taking the second core from the GUI's drawing.
    The spawned child reads these variables when it imports NumPy.
    """
    saved = {k: os.environ.get(k) for k in BLAS_THREAD_VARS}
    for k in BLAS_THREAD_VARS:
        os.environ.setdefault(k, "1")
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
