"""An engine client without a process: the NumPy trainer stepped by a QTimer, in-process.

`FakeEngineClient` has `gui.worker.EngineClient`'s public interface (its signals, commands,
`record`, `take`, `latest`, …) and answers the way the engine process does: `configured`
after a configure, `stateChanged` when a run starts and stops (reason "finished" at the
target epoch), `diverged`, `error` for an engine it cannot start, and snapshots in the
engine's format (`engines.snapshot.build_snapshot`, as the host's) that the session takes
on its frame timer.
Answers arrive on the event loop, never inside the call, as they do from the process.

Why: most GUI tests are about what the window shows for a run, not about the pipe to the
engine; with this client they run in a fraction of the time and on a busy machine do not
wait for a process to start. Tests of the engine link itself (crash/restart, watchdog,
stress, the PyTorch switch, speed) keep the real `EngineClient`.
"""
from __future__ import annotations

import copy
import threading
import time

import numpy as np
from PySide6.QtCore import QTimer

from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import Experiment
from annstudio.core.training import History
from annstudio.core.views import ViewGeometry
from annstudio.engines.snapshot import HistoryCursor, build_snapshot
from annstudio.gui.worker import EngineSignals, RunRecord

TICK_MS = 5              # the trainer steps on this timer while running
TICK_BUDGET_S = 0.02     # steps for at most this long per tick (the event loop stays free)


class FakeEngineClient(EngineSignals):
    """In-process stand-in for `EngineClient` (NumPy engine, CPU only, no watchdog)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lock = threading.Lock()      # nothing else runs: kept for the same interface
        self.record = RunRecord()
        self.running = False
        self.engine_name, self.device = "numpy", "cpu"
        self.torch_state = "absent"
        self.is_hung = False
        self.is_shut_down = False
        self.snapshots_received = 0
        self.commands = []                # (kind, payload) of every command, for tests
        self.config = None
        self.pid = None                   # no process
        self.engine = None
        self.experiment = None
        self.data = None
        self.geometry = None
        self.target = None
        self.view = {"layer": None, "maps": True}
        self.generation = 0               # counts configures (as EngineClient does)
        self.built_generation = None      # the configure the engine has carried out
        self._latest = None
        self._fresh = False
        self.sent = HistoryCursor()     # the history the views have been sent
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    # ----- commands (EngineClient's) -----
    def send(self, kind, payload=None):
        self.commands.append((kind, payload))
        QTimer.singleShot(0, lambda: self._handle(kind, payload))

    def configure(self, experiment, data, weights=None, state=None):
        self.config = {"experiment": experiment.to_dict(), "data": data}
        self.generation += 1
        self._fresh = False
        self.send("configure", dict(self.config, weights=weights, state=state,
                                    generation=self.generation))

    def set_data(self, data):
        if self.config is not None:
            self.config["data"] = data
        self.send("set_data", data)

    def update_experiment(self, experiment):
        if self.config is not None:
            self.config["experiment"] = experiment.to_dict()

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
        self.send("set_weights", [(np.array(W), np.array(b)) for W, b in weights])

    def switch_engine(self, engine, device="cpu", dtype=None):
        self.send("switch_engine", {"engine": engine, "device": device})

    def probe_devices(self):
        QTimer.singleShot(0, lambda: self.devices.emit(
            {"cpu": None, "cuda": "not in the fake engine", "mps": "not in the fake engine"}))

    def set_speed(self, steps_per_s=None, per_frame=False):
        self.commands.append(("set_speed", {"steps_per_s": steps_per_s, "per_frame": per_frame}))

    def set_view(self, layer=None, maps=True):
        view = {"layer": None if layer is None else int(layer), "maps": bool(maps)}
        if view != self.view:
            self.view = view
            self.send("set_view", view)

    def restart_engine(self, why="the engine process stopped answering"):
        self.commands.append(("restart", why))

    def shutdown(self, timeout_ms=0):
        self.timer.stop()
        self.is_shut_down = True

    # ----- the run record -----
    def clear_record(self):
        self.record.clear()
        self._fresh = False

    def epochs_done(self):
        return len(self.record.history.epochs)

    def history_copy(self):
        h = self.record.history
        return History([copy.copy(r) for r in h.epochs], list(h.step_loss), h.diverged)

    def take(self):
        if not self._fresh:
            return None
        self._fresh = False
        return self._latest

    def latest(self):
        return self._latest

    def last_weights(self):
        return None if self._latest is None else self._latest["weights"]

    # ----- the "engine" -----
    def _build(self, experiment, data, weights=None, state=None):
        from annstudio.engines.numpy_engine import NumpyEngine
        if isinstance(experiment, dict):
            experiment = Experiment.from_dict(experiment)
        experiment.validate()
        tr = experiment.training
        st = experiment.standardizer(data)
        engine = NumpyEngine(experiment.build_network(data), experiment.network_data(data),
                             experiment.optimizer.name, experiment.optimizer.params,
                             batch_size=tr.batch_size, shuffle=tr.shuffle, seed=tr.seed,
                             fast=False)
        if state is not None:
            engine.import_state(state)
        elif weights is not None:
            engine.set_weights(weights)
        self.engine, self.experiment, self.data = engine, experiment, data
        self.geometry = ViewGeometry(data, standardizer=st,
                                     target=experiment.target_standardizer(data))
        self.sent.restart()
        self.configured.emit({"engine": "numpy", "device": "cpu", "dtype": "float64"})

    def _handle(self, kind, p):
        if self.is_shut_down:
            return
        try:
            self._obey(kind, p)
        except AnnStudioError as err:
            self._set_running(False)
            self.error.emit(str(err))

    def _obey(self, kind, p):
        e = self.engine
        if kind == "configure":
            self._set_running(False)
            self._build(p["experiment"], p["data"], p.get("weights"), p.get("state"))
            self.built_generation = p["generation"]
        elif kind == "set_view" or e is None:
            pass
        elif kind == "run":
            self.target = p["epochs"]
            if self.target is not None and e.epoch >= self.target:
                self.target = e.epoch + max(1, int(p.get("more") or self.target))
            self._set_running(True)
        elif kind == "pause":
            self._set_running(False)
        elif kind in ("step_batch", "step_epoch"):
            self._set_running(False)
            start = e.epoch
            while not self._step() and kind == "step_epoch" and e.epoch == start:
                pass
        elif kind == "reset":
            self._set_running(False)
            self._build(self.experiment, self.data, p.get("weights"))
        elif kind == "set_lr":
            e.set_lr(p)
            self.experiment.optimizer.params["lr"] = p
        elif kind == "set_hyperparameters":
            e.set_hyperparameters(**p)
            self.experiment.optimizer.params.update(p)
        elif kind == "set_weights":
            e.set_weights(p)
        elif kind == "set_data":
            state = e.export_state()
            state["batch_index"] = 0
            self._build(self.experiment, p, state=state)
        elif kind == "switch_engine":
            if p["engine"] not in ("numpy", "auto") or p["device"] != "cpu":
                raise AnnStudioError(f"the fake engine runs only NumPy on the CPU, "
                                     f"not {p['engine']} on {p['device']}")
            self.configured.emit({"engine": "numpy", "device": "cpu", "dtype": "float64"})
        elif kind == "rebuild":
            exp = Experiment.from_dict(p["experiment"])
            state = e.export_state()
            state["batch_index"] = 0
            if not p.get("keep_optimizer") or exp.optimizer.name != self.experiment.optimizer.name:
                state["optimizer"] = None
            self._build(exp, self.data, state=state)
        self._snapshot()

    def _step(self):
        """One step; True when the run stops (diverged)."""
        r = self.engine.step()
        if r.diverged:
            self.running = False
            self.timer.stop()
            self.diverged.emit(r.diverged)
            self.stateChanged.emit(False, r.diverged)
            return True
        return False

    def _tick(self):
        e = self.engine
        end = time.perf_counter() + TICK_BUDGET_S
        while time.perf_counter() < end:
            if self._step():
                break
            if self.target is not None and e.epoch >= self.target:
                self._set_running(False, "finished")
                break
        self._snapshot()

    def _set_running(self, running, reason=""):
        if running == self.running and not reason:
            return
        self.running = running
        if running:
            self.timer.start()
        else:
            self.timer.stop()
        self.stateChanged.emit(running, reason)

    def _snapshot(self):
        """A snapshot in the engine's format, merged into `record` as the reader does."""
        e = self.engine
        if e is None or self.built_generation != self.generation:
            return      # commands queued before the last configure: the old network
        snap = build_snapshot(e, self.geometry, self.sent, running=self.running,
                              view_maps=self.view["maps"], view_layer=self.view["layer"],
                              fine=not self.running, generation=self.generation)
        self.record.merge(snap)
        self._latest, self._fresh = snap, True
        self.snapshots_received += 1
