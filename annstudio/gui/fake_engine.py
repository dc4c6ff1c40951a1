"""An engine client without a process: the real engine host, in this process, on a QTimer.

`FakeEngineClient` is `gui.worker.EngineClient` without the pipe: the same typed commands
(`gui.client.ClientBase`), handed to an `engines.host.Host` — the same handlers the engine
process runs — and the host's messages handled as the client's reader handles them
(snapshots merged into `record`, the rest turned into signals). While a run is on, a
timer gives the host's training loop (`Host.train_step`) at most `TICK_BUDGET_S` at a
time, so the event loop stays free. Commands are carried out on the event loop, never
inside the call, as they are by the process.

Why: most GUI tests are about what the window shows for a run, not about the pipe to the
engine; with this client they run in a fraction of the time and on a busy machine do not
wait for a process to start, and they still exercise the host's command handling. Tests
of the engine link itself (crash/restart, watchdog, stress, the PyTorch switch, speed)
keep the real `EngineClient`.

The in-process host trains on the NumPy engine's reference path only (no compile in the
GUI process, no PyTorch import): another engine is refused as a host refuses an engine
it cannot start.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QTimer

from annstudio.core.errors import AnnStudioError
from annstudio.engines import messages as m
from annstudio.engines.host import Host
from annstudio.gui.client import ClientBase

TICK_MS = 5              # the host trains on this timer while running
TICK_BUDGET_S = 0.02     # for at most this long per tick (the event loop stays free)


def _numpy_only(name, net, data, optimizer="sgd", hyperparameters=None, *, device="cpu",
                dtype=None, **kwargs):
    """`engines.factory.create` for the in-process host: the NumPy reference path."""
    from annstudio.engines.numpy_engine import NumpyEngine
    if name not in ("numpy", "auto") or device != "cpu":
        raise AnnStudioError(f"the in-process test engine runs only NumPy on the CPU, "
                             f"not {name} on {device}")
    return NumpyEngine(net, data, optimizer, dict(hyperparameters or {}),
                       dtype=dtype or "float64", fast=False, **kwargs)


class _Out:
    """The host's outbox: each message goes to the client as the reader would pass it."""

    def __init__(self, client):
        self.client = client

    def send(self, msg):
        self.client._receive(msg)


class FakeEngineClient(ClientBase):
    """In-process stand-in for `EngineClient` (NumPy engine, CPU only, no watchdog)."""

    def __init__(self, parent=None, configuration=None):
        super().__init__(parent, configuration)
        self.is_hung = False
        self.is_shut_down = False
        self.commands = []                # every command sent (typed), for tests
        self.pid = None                   # no process
        self.generation = 0               # counts configures (as EngineClient does)
        self._view = m.SetView(None, True)      # what the host shows at start
        self.host = Host(None, _Out(self), create=_numpy_only)
        self.host.torch_preload = False   # never import PyTorch in the GUI process
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    # ----- commands -----
    def _send(self, cmd):
        self.commands.append(cmd)
        QTimer.singleShot(0, lambda: self._obey(cmd))

    def configure(self, experiment, data, weights=None, state=None):
        self._configured = True
        self.generation += 1
        self._fresh = False
        self._send(m.Configure(experiment.to_dict(), data, weights, state, self.generation))

    def set_weights(self, weights):
        self._send(m.SetWeights([(np.array(W), np.array(b)) for W, b in weights]))

    def switch_engine(self, engine, device="cpu", dtype=None):
        self._send(m.SwitchEngine(engine, device, dtype))

    def probe_devices(self):
        QTimer.singleShot(0, lambda: self.devices.emit(
            {"cpu": None, "cuda": "not in the in-process engine",
             "mps": "not in the in-process engine"}))

    def set_speed(self, steps_per_s=None, per_frame=False):
        # recorded only: a throttled host waits for commands, which here would block the
        # event loop; the tests that watch slow training use the engine process
        self.commands.append(m.SetSpeed(steps_per_s, bool(per_frame)))

    def set_view(self, layer=None, maps=True):
        view = m.SetView(None if layer is None else int(layer), bool(maps))
        if view != self._view:
            self._view = view
            self._send(view)

    def restart_engine(self, why="the engine process stopped answering"):
        self.commands.append(("restart", why))

    def shutdown(self, timeout_ms=0):
        self.timer.stop()
        self.is_shut_down = True

    def take(self):
        if not self._fresh:
            return None
        self._fresh = False
        return self._latest

    def last_weights(self):
        return None if self._latest is None else self._latest.weights

    # ----- the host -----
    def _obey(self, cmd):
        if self.is_shut_down:
            return
        try:
            self.host.handle(cmd)
        except Exception as err:       # as `Host.poll_commands`: every failure a message
            if self.host.running:
                self.host.set_running(False)
            self.host.error(err)
        self._follow()

    def _receive(self, msg):
        if isinstance(msg, m.Snapshot):
            if msg.generation == self.generation:     # else: before the last configure
                self._merge(msg)
        else:
            self._on_message(msg)

    def _follow(self):
        """The timer runs while the host's loop would train."""
        if self.host.running and not self.timer.isActive():
            self.timer.start()
        elif not self.host.running:
            self.timer.stop()

    def _tick(self):
        h = self.host
        end = time.perf_counter() + TICK_BUDGET_S
        try:
            while h.running and time.perf_counter() < end:
                h.train_step()
        finally:
            self._follow()
