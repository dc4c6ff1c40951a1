"""The engine host: the child process that trains while the GUI stays responsive.

The GUI's worker thread starts ``main(commands, messages)`` in a ``multiprocessing``
spawn-context process (once; it is kept alive between runs) and talks to it over two
one-way pipes, each side always reading (`engines.protocol`: why this cannot deadlock).

Commands (GUI → host) and messages (host → GUI) are the dataclasses of
`engines.messages`. Commands are applied between training steps, each by the handler
registered for its type (`on`); they wait in a coalescing inbox (`engines.protocol`) filled
by a reader thread. The host sends a `Snapshot` at most ~30 times a second while training,
`State` when it starts or stops, `Configured` after each (re)build, `Diverged`, `Error`,
`Devices`, a `Heartbeat` every `protocol.HEARTBEAT_S` from a thread of its own, and
`TorchState` while PyTorch is imported in the background after the first snapshot (when
installed), so that a switch to the PyTorch engine later takes no import.

A snapshot holds what the views draw, already computed here (`core.views`) so the GUI
only calls ``setImage``/``setData``: the weights, new per-epoch records and step losses
since the last snapshot, the output over a ≥100×100 grid of the input plane, each hidden
neuron's activation over a coarser grid as one mosaic for the layer on screen (`SetView`),
samples × neurons activations of a fixed subsample of points, ‖∂L/∂W_k‖ per layer, steps/s,
the epoch, the ``generation`` of the configure it belongs to (the GUI drops snapshots
of an older network), and the run's ``timeline`` status (`engines.live_timeline`, which
also registers the timeline's commands: scrub back, branch, export).

No Qt here: this module runs in a plain Python process.
"""
from __future__ import annotations

import os
import threading
import time
import traceback


from annstudio.core.errors import AnnStudioError
from annstudio.core.views import TRAINING_MADDS, ViewGeometry
from annstudio.engines import live_timeline   # also registers the timeline's commands
from annstudio.engines import messages as m
from annstudio.engines.handlers import HANDLERS, on
from annstudio.engines.protocol import HEARTBEAT_S, Inbox, Reader
from annstudio.engines.snapshot import HistoryCursor, build_snapshot

SNAPSHOT_HZ = 30.0
# Snapshots may take at most this share of the host's time (the rest is training).
SNAPSHOT_SHARE = 0.08
# While training the host sizes the output grid (`core.views.boundary_res`) so that a
# snapshot costs at most SNAPSHOT_SHARE / TARGET_HZ (then the views refresh TARGET_HZ
# times a second), learning the machine's speed as it goes: `Host.training_madds` starts
# at `core.views.TRAINING_MADDS`. Paused, the grid is fine again.
TARGET_HZ = 12.0
# Divergence (non-finite or blown-up loss or weights) is decided by the engines themselves,
# with the one rule of `core.divergence` that the CLI also uses.


# --------------------------------------------------------------------------- the host
class Host:
    """Owns one engine; obeys commands between steps; sends snapshots."""

    def __init__(self, conn, out=None, create=None):
        """``conn`` carries commands in (None: they are given to `handle` directly, as the
        tests' in-process client does), ``out`` messages out; ``create`` builds an engine
        (`engines.factory.create`'s arguments; default that function)."""
        self.conn = conn                     # commands arrive here (read by `self.reader`)
        self.out = out if out is not None else conn   # messages leave here
        self.create = create
        self._send_lock = threading.Lock()   # the loop and the heartbeat thread both send
        self.inbox = Inbox()
        self.reader = None if conn is None else Reader(conn, self.inbox.put, self.inbox.close,
                                                       "annstudio-host-reader")
        self.speed = None                    # steps per second, None = full speed
        self.per_frame = False               # one step per GUI frame
        self._awaiting_frame = False
        self._next_step = 0.0
        self.engine = None
        self.experiment = None
        self.data = None
        self.geom = None
        self.running = False
        self.target = None             # absolute epoch to stop at, None = until stopped
        self.step_target = None        # absolute step count to stop at (step_epoch/batch)
        self.alive = True
        self.sent = HistoryCursor()    # the history the GUI has been sent
        self._last_snapshot = 0.0
        self._last_poll = 0.0
        self._snapshot_cost = 0.0
        self._rate_t = time.perf_counter()
        self._rate_steps = 0
        self.steps_per_s = 0.0
        self.generation = None
        self.view_layer = None         # the hidden layer whose maps are on screen (None: all)
        self.view_maps = True          # False: no neuron map on screen at all
        self.torch_preload = None      # the thread importing torch, once started
        self.torch_wanted = False      # building an engine: the preload must not hold
        self.training_madds = TRAINING_MADDS   # the coarse grid's budget, tuned as it goes
        self.live = live_timeline.LiveTimeline()   # the run's bounded past
        self._sent_path_note = None    # the engine path note of the last snapshot sent

    # ----- messages -----
    def send(self, msg):
        with self._send_lock:
            self.out.send(msg)

    def heartbeat(self):
        """Beat every HEARTBEAT_S while the process lives, whatever the loop is doing."""
        while self.alive:
            time.sleep(HEARTBEAT_S)
            try:
                self.send(m.Heartbeat(time.monotonic()))
            except (OSError, EOFError, ValueError):
                return

    def throttled(self):
        """True when the speed control wants no step now (waits a little for commands)."""
        if self.per_frame:
            if self._awaiting_frame:
                self.poll_commands(timeout=0.1)
                return True
            return False
        if self.speed:
            wait = self._next_step - time.perf_counter()
            if wait > 0:
                self.poll_commands(timeout=min(wait, 0.1))
                return True
        return False

    def stepped(self, t_step):
        """After a step: schedule the next one and show each step when watching slowly."""
        if self.per_frame:
            self._awaiting_frame = True
            self.send_snapshot()
            return True
        if self.speed:
            dt = 1.0 / self.speed
            # keep the rate, but never bank time: after a pause start counting afresh
            self._next_step = max(self._next_step + dt, t_step)
            if self.speed <= SNAPSHOT_HZ:
                self.send_snapshot()
                return True
        return False

    def error(self, err):
        if isinstance(err, AnnStudioError):
            msg = str(err)
        else:
            msg = f"{type(err).__name__}: {err}\n\n{traceback.format_exc(limit=6)}"
        self.send(m.Error(msg))

    def set_running(self, running, reason=None):
        changed = running != self.running
        self.running = running
        if not running:
            self.step_target = None
        if changed or reason:
            self.send(m.State(running, reason))
        if not running:
            self.send_snapshot()

    # ----- building -----
    def build(self, *args, **kwargs):
        # a torch engine imports torch here: the preload (holding while training) must
        # go on, or this thread would wait for a module lock the preload holds
        self.torch_wanted = True
        try:
            self._build(*args, **kwargs)
        finally:
            self.torch_wanted = False

    def _build(self, experiment, data, weights=None, state=None, engine=None, device=None,
               dtype=None):
        from annstudio.core.experiment import Experiment
        from annstudio.engines.factory import create
        create = self.create or create
        if isinstance(experiment, dict):
            experiment = Experiment.from_dict(experiment)
        experiment.validate()
        tr = experiment.training
        net = experiment.build_network(data)
        st = experiment.standardizer(data)       # the engine trains on x̃, the views show x
        ty = experiment.target_standardizer(data)    # and on ỹ; the views show ŷ in y's units
        new = create(engine or tr.engine, net, experiment.network_data(data),
                     experiment.optimizer.name,
                     experiment.optimizer.params, batch_size=tr.batch_size, shuffle=tr.shuffle,
                     seed=tr.seed, device=device or tr.device, dtype=dtype or tr.dtype)
        if state is not None:
            new.import_state(state)
        elif weights is not None:
            new.set_weights(weights)
        old, self.engine = self.engine, new
        if old is not None and old is not new:
            try:
                old.close()
            except Exception:   # releasing GPU memory must never stop a run
                pass
        if self.geom is None or self.data is not data or self.geom.standardizer != st \
                or self.geom.target != ty:
            self.geom = ViewGeometry(data, standardizer=st, target=ty)
        self.experiment, self.data = experiment, data
        self.sent.restart()
        self.send(m.Configured(new.name, new.device, new.dtype))

    def _state_for_rebuild(self, keep_position=True):
        state = self.engine.export_state()
        if not keep_position:
            state["batch_index"] = 0
        return state

    # ----- commands -----
    def handle(self, cmd):
        """Apply one command (`engines.messages`), dispatched on its type (`on`)."""
        try:
            fn, needs_engine = HANDLERS[type(cmd)]
        except KeyError:
            raise AnnStudioError(f"unknown engine command {type(cmd).__name__}") from None
        if needs_engine and self.engine is None:
            raise AnnStudioError("the engine is not configured yet")
        fn(self, cmd)

    @on(m.Configure)
    def _configure(self, cmd):
        self.set_running(False) if self.running else None
        self.build(cmd.experiment, cmd.data, cmd.weights, cmd.state)
        if cmd.state is not None and cmd.state.get("timeline") is not None:
            # a saved run's past, or the one the GUI kept of a process that died
            self.live.adopt(self.engine, cmd.state["timeline"], cmd.state.get("timeline_log"))
        # echoed in snapshots; set only once built: after a refused configure the old
        # network's snapshots (a set_view asks for one) must not pass as the new one's
        self.generation = cmd.generation
        self.send_snapshot()

    @on(m.Shutdown)
    def _shutdown(self, cmd):
        self.alive = False

    @on(m.SetSpeed)
    def _set_speed(self, cmd):
        self.speed = float(cmd.steps_per_s) if cmd.steps_per_s else None
        self.per_frame = bool(cmd.per_frame)
        self._awaiting_frame = False
        self._next_step = time.perf_counter()

    @on(m.Frame)
    def _frame(self, cmd):
        self._awaiting_frame = False

    @on(m.SetView)
    def _set_view(self, cmd):
        self.view_layer = None if cmd.layer is None else int(cmd.layer)
        self.view_maps = bool(cmd.maps)
        if not self.running and self.engine is not None:
            self.send_snapshot()       # paused: the newly chosen layer's maps now

    @on(m.ProbeDevices)
    def _probe_devices(self, cmd):
        from annstudio.engines.torch_support import device_unavailable_reason
        self.torch_wanted = True      # it imports torch (see `build`)
        out = {}
        for dev in ("cpu", "cuda", "mps"):
            try:
                out[dev] = device_unavailable_reason(dev)
            except Exception as err:   # a broken torch install: report, don't die
                out[dev] = f"PyTorch failed to load: {err}"
        self.torch_wanted = False
        self.send(m.Devices(out))

    @on(m.Run)
    def _run(self, cmd):
        e = self.engine
        self.target = cmd.epochs
        if self.target is not None and e.epoch >= self.target:
            self.target = e.epoch + max(1, int(cmd.more or self.target))
        self._rate_t, self._rate_steps = time.perf_counter(), 0
        self._next_step = self._rate_t
        self._snapshot_cost = 0.0
        self._awaiting_frame = False
        self.set_running(True)

    @on(m.Pause)
    def _pause(self, cmd):
        self.set_running(False)

    @on(m.StepBatch)
    def _step_batch(self, cmd):
        self._step_once(epoch=False)

    @on(m.StepEpoch)
    def _step_epoch(self, cmd):
        self._step_once(epoch=True)

    @on(m.Reset)
    def _reset(self, cmd):
        self.set_running(False) if self.running else None
        self.build(self.experiment, self.data, cmd.weights)
        self.send_snapshot()

    @on(m.SetLr)
    def _set_lr(self, cmd):
        self.engine.set_lr(float(cmd.lr))
        # the host's experiment too: a rebuild, reset or engine switch starts from it
        self.experiment.optimizer.params["lr"] = self.engine.hyperparameters["lr"]

    @on(m.SetHyperparameters)
    def _set_hyperparameters(self, cmd):
        self.engine.set_hyperparameters(**cmd.values)
        self.experiment.optimizer.params.update(cmd.values)

    @on(m.SetWeights)
    def _set_weights(self, cmd):
        self.live.edit(self.engine, cmd.weights)     # the timeline keeps the run before it
        self.send_snapshot()

    @on(m.SetData)
    def _set_data(self, cmd):
        e = self.engine
        state = self._state_for_rebuild(keep_position=False)
        self.build(self.experiment, cmd.data, state=state, engine=e.name, device=e.device,
                   dtype=e.dtype)
        self.send_snapshot()

    @on(m.SwitchEngine)
    def _switch_engine(self, cmd):
        state = self._state_for_rebuild()
        exp = self.experiment.copy()      # unchanged if the new engine cannot start
        exp.training.engine = cmd.engine
        exp.training.device = cmd.device or "cpu"
        if cmd.dtype:
            exp.training.dtype = cmd.dtype
        self.build(exp, self.data, state=state)
        self.send_snapshot()

    @on(m.SetOptimizer)
    def _set_optimizer(self, cmd):
        exp = self.experiment.copy()        # unchanged if the new optimizer is refused
        exp.optimizer.name, exp.optimizer.params = cmd.name, dict(cmd.params)
        self._rebuild(exp, keep_optimizer=False)

    @on(m.SetBatchSize)
    def _set_batch_size(self, cmd):
        exp = self.experiment.copy()
        exp.training.batch_size = int(cmd.batch_size)
        self._rebuild(exp, keep_optimizer=True)

    def _rebuild(self, exp, keep_optimizer):
        """The engine again for ``exp``, from its own state: the network, the data and the
        views' geometry are kept, as are the weights, the history and the epoch; the
        optimizer's state only when ``keep_optimizer`` and it is the same optimizer."""
        e = self.engine
        state = self._state_for_rebuild(keep_position=False)
        if not keep_optimizer or exp.optimizer.name != self.experiment.optimizer.name:
            state["optimizer"] = None
        was_running = self.running
        exp.training.engine, exp.training.device = e.name, e.device
        self.build(exp, self.data, state=state, dtype=e.dtype)
        self.send_snapshot()
        self.running = was_running

    @on(m.RequestSnapshot)
    def _snapshot_now(self, cmd):
        self.send_snapshot()

    def _step_once(self, epoch):
        if self.running:
            self.set_running(False)
        e = self.engine
        start_epoch = e.epoch
        while True:
            r = e.step()
            self.live.record(e)
            self._rate_steps += 1
            if r.diverged:
                self._diverged(r.diverged)
                return
            if not epoch or e.epoch > start_epoch:
                break
        self.send_snapshot()

    def _diverged(self, reason):
        self.running = False
        self.send(m.Diverged(reason))
        self.send(m.State(False, reason))
        self.send_snapshot()

    # ----- the loop -----
    def poll_commands(self, timeout=0.0):
        while self.alive:
            cmd = self.inbox.get(timeout)
            if cmd is None:
                if self.inbox.closed:
                    raise EOFError("the GUI closed the pipe")
                return
            try:
                self.handle(cmd)
            except Exception as err:   # every failure reaches the GUI as a message
                if self.running:
                    self.set_running(False)
                self.error(err)
            timeout = 0.0

    def loop(self):
        self._last_poll = time.perf_counter()
        while self.alive:
            if not self.running:
                self.poll_commands(timeout=0.25)
                self._last_poll = time.perf_counter()
                self.report_path_change()
                continue
            self.train_step()

    def train_step(self):
        """One step of the running loop: the step, the timeline, divergence, the target,
        the speed control, commands and the paced snapshot."""
        if self.throttled():
            return
        e = self.engine
        t_step = time.perf_counter()
        try:
            r = e.step()
        except Exception as err:
            self.set_running(False)
            self.error(err)
            return
        self.live.record(e)
        self._rate_steps += 1
        if r.diverged:
            self._diverged(r.diverged)
            return
        if self.target is not None and e.epoch >= self.target:
            self.set_running(False, reason="finished")
            return
        if self.stepped(t_step):
            self.poll_commands()
            return
        now = time.perf_counter()
        if now - self._last_poll > 0.005:   # a lock and a deque: still not on every step
            self.poll_commands()
            self._last_poll = now
        interval = max(1.0 / SNAPSHOT_HZ, self._snapshot_cost / SNAPSHOT_SHARE)
        if now - self._last_snapshot >= interval:
            self.send_snapshot()

    # ----- snapshots -----
    def send_snapshot(self):
        if self.engine is None:
            return
        c0 = time.thread_time()
        snap = self.snapshot()
        self.send(snap)
        self._sent_path_note = snap.engine_path_note
        t1 = time.perf_counter()
        self._last_snapshot = t1
        if not snap.views["fine"]:
            # Only training snapshots set the pace of training snapshots: one fine (paused)
            # snapshot of a wide net costs 0.1–0.5 s and held the next ones back for
            # seconds. CPU time, not wall time: on a busy machine a snapshot's wall time
            # counts the time this process waited for a core, as its training steps do.
            cost = time.thread_time() - c0
            self._snapshot_cost = 0.7 * self._snapshot_cost + 0.3 * cost
            # a coarse snapshot over its time: a smaller grid next time; well under, larger
            target = SNAPSHOT_SHARE / TARGET_HZ
            if cost > target:
                self.training_madds = max(1e6, self.training_madds * 0.7)
            elif cost < 0.5 * target:
                self.training_madds = min(4 * TRAINING_MADDS, self.training_madds * 1.2)
        if self.torch_preload is None:
            self.start_torch_preload()

    def report_path_change(self):
        """Idle, the engine's path note may change on its own (the compiled path finished
        compiling, or failed to): send a snapshot so that the status bar stops saying
        "preparing the fast path…" after a run shorter than the compile. Not while a
        past step is on screen: a live snapshot would take the views back to the run."""
        e = self.engine
        if e is not None and self._sent_path_note is not None and \
                self.live.scrubbed is None and e.path_note != self._sent_path_note:
            self.send_snapshot()

    def start_torch_preload(self):
        """Import torch in a background thread after the first snapshot, when installed.

        Why: importing torch (with the ``torch._dynamo`` its optimizers pull in) takes 5–10 s
        here; done when the user picks the PyTorch engine, the window waits that long.
        Done now, the switch later only builds the engine (0.04 s). Not at start-up: the
        first snapshot (the window's first picture) comes first; and it holds between
        modules while training runs. Not a niced thread: holding the GIL while descheduled
        it would stall the training loop waiting for the GIL (priority inversion).
        """
        import os
        from annstudio.engines.torch_support import import_torch, torch_installed
        if os.environ.get("ANNSTUDIO_NO_TORCH_PRELOAD") or not torch_installed():
            self.torch_preload = False
            return

        def pause():
            # between two of torch's modules: hold while the NumPy engine trains (the
            # import holds the GIL in long stretches), never while the host builds an
            # engine or trains with torch itself (then torch is what it waits for)
            while self.alive and self.running and not self.torch_wanted and \
                    self.engine is not None and self.engine.name == "numpy":
                time.sleep(0.05)

        def load():
            try:
                self.send(m.TorchState("loading"))
                err = import_torch(pause)
                self.send(m.TorchState("failed" if err else "ready", err))
            except (OSError, EOFError, ValueError):
                pass       # the GUI went away meanwhile

        self.torch_preload = threading.Thread(target=load, name="annstudio-torch-preload",
                                              daemon=True)
        self.torch_preload.start()

    def snapshot(self):
        e = self.engine
        now = time.perf_counter()
        dt = now - self._rate_t
        # steps/s over the last ~0.5 s of training; paused, the last figure stays
        if self.running and dt >= 0.5:
            self.steps_per_s = self._rate_steps / dt
            self._rate_t, self._rate_steps = now, 0
        elif not self.running:
            if self._rate_steps > 50 and dt > 0:
                self.steps_per_s = self._rate_steps / dt
            self._rate_t, self._rate_steps = now, 0
        return build_snapshot(e, self.geom, self.sent, running=self.running,
                              steps_per_s=self.steps_per_s, view_maps=self.view_maps,
                              view_layer=self.view_layer, fine=not self.running,
                              madds=self.training_madds, generation=self.generation,
                              timeline=self.live.status(e))


def _prepare_fast_path():
    """Start loading the NumPy engine's compiled kernels now, in the background, while the
    window still builds: the NumPy engine is the default, and the load (numba's import and
    its disk cache, ~1 s) then overlaps the window's start instead of following it."""
    if os.environ.get("ANNSTUDIO_FAST", "1") != "0":
        from annstudio.engines import fast
        fast.start()


def main(conn, out=None):
    """Entry point of the child process (spawn context): serve until shutdown or EOF.

    ``conn`` carries commands in, ``out`` messages out (one duplex pipe may be both)."""
    host = Host(conn, out)
    host.reader.start()
    _prepare_fast_path()
    threading.Thread(target=host.heartbeat, name="annstudio-heartbeat", daemon=True).start()
    try:
        host.loop()
    except (EOFError, BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
        pass   # the GUI went away: nothing left to serve
    finally:
        host.alive = False
        if host.engine is not None:
            try:
                host.engine.close()
            except Exception:
                pass
        with host._send_lock:
            for c in {id(conn): conn, id(host.out): host.out}.values():
                try:
                    c.close()
                except OSError:
                    pass
