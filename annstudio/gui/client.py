"""The engine client's shared half: the run record merged from snapshots, the signals a
client gives the GUI, the typed commands and the handling of the engine's messages.

`gui.worker.EngineClient` sends the commands to the engine process over a pipe;
`gui.fake_engine.FakeEngineClient` hands them to an `engines.host.Host` in this process.
Both speak only the dataclasses of `engines.messages`.
"""
from __future__ import annotations

import copy
import threading

import numpy as np
from PySide6.QtCore import QObject, Signal

from annstudio.core.training import History
from annstudio.engines import messages as m


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

    def clear(self):
        """Empty, as new (a reset or a new network)."""
        self.__init__()

    def merge(self, snap):
        if snap.reset_history:
            self.history = History()
            self.epoch_table.clear()
            self.step_losses.clear()
            self.grad_steps.clear()
            self.grad_norms = None
        self.history.epochs.extend(snap.epochs)
        if snap.epochs:
            nan = float("nan")
            self.epoch_table.extend([[r.train_loss,
                                      nan if r.test_loss is None else r.test_loss,
                                      nan if r.train_metric is None else r.train_metric,
                                      nan if r.test_metric is None else r.test_metric]
                                     for r in snap.epochs])
        sl = snap.step_losses
        if len(sl):
            self.history.step_loss.extend(sl.tolist())
            self.step_losses.extend(sl)
        self.history.diverged = snap.diverged
        g = snap.grad_norms
        if g is not None and snap.step > 0:
            if self.grad_norms is None or self.grad_norms.view().shape[1:] != (len(g),):
                self.grad_norms = GrowingArray(len(g))
                self.grad_steps.clear()
            if self.grad_steps.n == 0 or self.grad_steps.view()[-1] != snap.step:
                self.grad_steps.extend([snap.step])
                self.grad_norms.extend([g])


class EngineSignals(QObject):
    """What an engine client tells the GUI (the real `EngineClient` and the tests'
    `gui.fake_engine.FakeEngineClient` share them)."""

    stateChanged = Signal(bool, str)
    configured = Signal(dict)
    diverged = Signal(str)
    error = Signal(str)
    crashed = Signal(str)
    devices = Signal(dict)
    hung = Signal(str)          # no heartbeat for WATCHDOG_S: the message to show
    recovered = Signal()        # it beats again (e.g. SIGCONT) before the user restarted it
    torchState = Signal(str)    # the engine's background import of torch: loading/ready/failed
    timelineState = Signal(object)   # `messages.TimelineState`: the run's timeline, for a save


class ClientBase(EngineSignals):
    """What both clients do alike: the typed commands (`engines.messages`, the one
    vocabulary the host obeys), the run record, and the engine's messages turned into the
    signals above. A subclass says how a command travels (`_send`)."""

    def __init__(self, parent=None, configuration=None):
        super().__init__(parent)
        # ``configuration()`` → (Experiment, Dataset) the engine must have now: the session's
        # own, read when a fresh engine process must be configured again (a restart), so
        # the client keeps no copy of the experiment to fall out of step
        self._configuration = configuration
        self._configured = False        # a configure was sent: a restart configures again
        self._lock = threading.Lock()
        self._latest = None
        self._fresh = False
        self.record = RunRecord()
        self.running = False
        self.engine_name = "numpy"
        self.device = "cpu"
        # PyTorch in the engine process: "absent" (not installed, or no preload), "loading"
        # (being imported in the background), "ready", "failed"
        self.torch_state = "absent"
        self.snapshots_received = 0
        self.start_failure = None       # why no engine process could start (then none runs)

    def _send(self, cmd):
        raise NotImplementedError

    # ----- commands -----
    def send(self, cmd):
        """Send one command, an `engines.messages` dataclass (e.g. ``m.TimelineScrub(40)``)."""
        if not isinstance(cmd, m.Command):
            raise TypeError(f"an engine command is an engines.messages dataclass, "
                            f"not {type(cmd).__name__}")
        self._send(cmd)

    def set_data(self, data):
        self._send(m.SetData(data))

    def run(self, epochs=None, more=None):
        self._send(m.Run(epochs, more))

    def pause(self):
        self._send(m.Pause())

    def step_batch(self):
        self._send(m.StepBatch())

    def step_epoch(self):
        self._send(m.StepEpoch())

    def reset(self, weights=None):
        self._send(m.Reset(weights))

    def set_lr(self, lr):
        self._send(m.SetLr(float(lr)))

    def set_hyperparameters(self, **hp):
        self._send(m.SetHyperparameters(hp))

    @property
    def config(self):
        """{"experiment": dict, "data": Dataset} a restart configures the engine with (the
        session's, asked now), or None before the first configure."""
        if not self._configured or self._configuration is None:
            return None
        experiment, data = self._configuration()
        return {"experiment": experiment.to_dict(), "data": data}

    # ----- the run record -----
    @property
    def lock(self):
        """Held while a snapshot is merged into `record`."""
        return self._lock

    def clear_record(self):
        """Forget the run so far (a new network: Reset, another experiment)."""
        with self._lock:
            self.record.clear()
            self._fresh = False

    def epochs_done(self):
        with self._lock:
            return len(self.record.history.epochs)

    def history_copy(self):
        """The run's `History` so far, copied under the lock."""
        with self._lock:
            h = self.record.history
            return History([copy.copy(r) for r in h.epochs], list(h.step_loss), h.diverged)

    def latest(self):
        with self._lock:
            return self._latest

    def _merge(self, snap):
        """A snapshot of the current configuration: into the record, and the views' next."""
        self.record.merge(snap)
        self._latest = snap         # the views read the frozen `Snapshot` itself
        self._fresh = True
        self.snapshots_received += 1

    # ----- messages (main thread) -----
    def _on_message(self, msg):
        handler = self._HANDLERS.get(type(msg))
        if handler is not None:
            handler(self, msg)

    def _on_state(self, msg):
        self.running = bool(msg.running)
        self.stateChanged.emit(self.running, msg.reason or "")

    def _on_configured(self, msg):
        self.engine_name = msg.engine
        self.device = msg.device
        self.configured.emit({"engine": msg.engine, "device": msg.device, "dtype": msg.dtype})

    def _on_diverged(self, msg):
        self.running = False
        self.diverged.emit(msg.reason)

    def _on_error(self, msg):
        self.error.emit(msg.message)

    def _on_devices(self, msg):
        self.devices.emit(msg.reasons)

    def _on_torch(self, msg):
        self.torch_state = msg.state
        self.torchState.emit(self.torch_state)

    def _on_timeline_state(self, msg):
        self.timelineState.emit(msg)

    _HANDLERS = {m.State: _on_state, m.Configured: _on_configured, m.Diverged: _on_diverged,
                 m.Error: _on_error, m.Devices: _on_devices, m.TorchState: _on_torch,
                 m.TimelineState: _on_timeline_state}
