"""The session's engine half: the one holder of the engine client.

`gui.session.Session` is built on `SessionEngine`. Everything else in the GUI (the window,
the status bar, the frame driver, the run timeline, the scripts in `gui.app`) reads the run
and commands the engine through the named methods, properties and signals here, never
through the client itself; the commands sent are the dataclasses of `engines.messages`.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annstudio.engines import messages as m


class SessionEngine(QObject):
    """The engine client's signals passed on, what it knows, and the commands the GUI needs.

    The session's own slots are connected before anyone else's (the constructor), so a
    listener of, e.g., `crashed` finds the session already paused."""

    engineStateChanged = Signal(bool, str)   # running, reason ("finished", "training diverged…")
    engineConfigured = Signal(dict)          # {"engine", "device", "dtype"} the engine runs
    diverged = Signal(str)                   # why training stopped (NaN loss, …)
    engineError = Signal(str)                # a command the engine refused, or a failed start
    crashed = Signal(str)                    # the engine process died (it is restarted)
    hung = Signal(str)                       # no heartbeat: the message to show
    recovered = Signal()                     # it beats again before the user restarted it
    torchState = Signal(str)                 # the background import of torch: loading/ready/…
    timelineState = Signal(object)           # `messages.TimelineState`, an export's answer
    deviceReasons = Signal(dict)             # a probe's answer: {device: None (usable) or why not}

    def _attach(self, client):
        """Hold ``client`` (`gui.worker.EngineClient` or `gui.fake_engine.FakeEngineClient`)
        and pass its signals on as the session's."""
        self.client = client
        client.stateChanged.connect(self.engineStateChanged)
        client.configured.connect(self.engineConfigured)
        client.diverged.connect(self.diverged)
        client.error.connect(self.engineError)
        client.crashed.connect(self.crashed)
        client.hung.connect(self.hung)
        client.recovered.connect(self.recovered)
        client.torchState.connect(self.torchState)
        client.timelineState.connect(self.timelineState)
        client.devices.connect(self.deviceReasons)

    # ----- what the engine client knows -----
    @property
    def engine_name(self):
        """The engine that runs now ("numpy", "torch", "fast", …)."""
        return self.client.engine_name

    @property
    def device(self):
        return self.client.device

    @property
    def torch_state(self):
        """PyTorch in the engine process: "absent", "loading", "ready" or "failed"."""
        return self.client.torch_state

    @property
    def engine_running(self):
        """The engine's own word (its last `State`), not the Run button's."""
        return self.client.running

    @property
    def engine_start_failure(self):
        """Why no engine process could start (then none runs), or None."""
        return self.client.start_failure

    @property
    def snapshots_received(self):
        return self.client.snapshots_received

    @property
    def record(self):
        """The `gui.client.RunRecord` merged from the snapshots (read it under `record_lock`)."""
        return self.client.record

    @property
    def record_lock(self):
        return self.client.lock

    def latest_snapshot(self):
        """The newest snapshot received (None before the first); unlike `take_snapshot` it
        neither consumes it nor changes the weights shown."""
        return self.client.latest()

    # ----- commands -----
    def probe_devices(self):
        self.client.probe_devices()

    def set_speed(self, steps_per_s=None, per_frame=False):
        """Steps a second the engine trains at (None: as fast as it can)."""
        self.client.set_speed(steps_per_s, per_frame)

    def set_view(self, layer=None, maps=True):
        """The neuron maps on screen (only those are computed)."""
        self.client.set_view(layer, maps=maps)

    def restart_engine(self):
        """Start the engine process again with the last weights (a hung engine)."""
        self.client.restart_engine()

    def shutdown(self):
        """Stop the engine process and its thread (waits for both)."""
        self.client.shutdown()

    def timeline_scrub(self, step):
        """Show the run's recorded state at ``step`` (the engine answers with a snapshot)."""
        self.client.send(m.TimelineScrub(int(step)))

    def timeline_live(self):
        self.client.send(m.TimelineLive())

    def timeline_branch(self, step):
        """Train on from the recorded ``step``, with the settings now in the panels."""
        self.client.send(m.TimelineBranch(int(step)))

    def timeline_export(self, request_id, budget_bytes):
        """Ask for the run's state and timeline; `timelineState` answers with ``request_id``."""
        self.client.send(m.TimelineExport(int(request_id), int(budget_bytes)))
