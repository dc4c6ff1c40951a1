"""The training worker: a QThread that owns the pipe to the engine process.

Why a process (DESIGN.md, GUI): a Python training loop in a thread of the GUI process
starves the event loop through the GIL. The engine runs in `annstudio.engines.host`, in a
``multiprocessing`` spawn-context child started once and kept alive between runs.

The main thread never touches the pipes: `EngineClient` methods put commands in a
coalescing outbox; the `_PipeThread` writes them to the engine; a reader thread receives
the engine's messages, merges the snapshots' history increments into one `History`
(under a lock) and keeps only the latest snapshot for the views, which take it on a
timer (`EngineClient.take`). Rare messages (state changes, errors, divergence, a crash)
become Qt signals. Both sides always read, so the pipes cannot deadlock
(`engines.protocol`); a watchdog on the main thread notices an engine that stopped
beating (`EngineClient.hung`) and can restart it with the last weights. The client keeps
a recent copy of the run's timeline (`KEEP_MS`), which a restarted engine carries on.
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QThread, QTimer, Signal

from annstudio.core.training import History
from annstudio.engines import messages as m
from annstudio.engines.protocol import STARTUP_S, WATCHDOG_S, Inbox, Reader
from annstudio.gui import engine_process
from annstudio.gui.client import ClientBase
from annstudio.gui.i18n import num, translate


# The pipe thread's own orders, ahead of the engine's commands in its outbox.
@dataclass
class _Quit:
    kill: bool                  # True: the engine is hung, don't wait for it


@dataclass
class _Eof:
    pid: int                    # the engine process whose pipe closed


@dataclass
class _Restart:
    pid: int
    why: str


# What the pipe thread itself tells the client (besides the engine's messages).
@dataclass
class _Crashed:
    why: str                    # the engine process died or was killed (and restarted)


@dataclass
class _Fatal:
    why: str                    # no engine process could be started at all


class _CannotStart(Exception):
    """The engine process could not be started (its text completes "…could not start: ")."""


# The run's timeline (`engines.live_timeline`) lives in the engine process; the client keeps
# a copy, so that a process restarted after a crash carries the run's past on: asked for
# every KEEP_MS while the record grows, thinned to RESTART_BUDGET_BYTES (a 16 KB checkpoint
# of the lecture net: ~500 of them; pickling them costs the engine a few ms), under the id
# KEEP_ID (a save's own asks count up from 1). Steps after the copy are scrubbed by replay
# from its last checkpoint.
KEEP_MS = 2000
KEEP_ID = -1
RESTART_BUDGET_BYTES = 8 * 2 ** 20

# Processes in a row that may end before their first message (a heartbeat comes within
# HEARTBEAT_S of a good start) before the worker stops starting them: one retry covers a
# process killed by chance; a second silent end is a process that cannot start here.
START_TRIES = 2


def _stopped_unexpectedly():
    """Why the engine was restarted when its process ended on its own."""
    return translate("EngineClient", "the engine process stopped unexpectedly")


class _PipeThread(QThread):
    """Starts (and restarts) the engine process and writes commands to it.

    It never reads: a `protocol.Reader` thread per process drains the engine's messages
    into the client, so the engine's sends always complete, and the engine's own reader
    drains ours (`engines.protocol`). Commands wait in a coalescing outbox.
    """

    message = Signal(object)      # an `engines.messages.Message`, `_Crashed` or `_Fatal`

    def __init__(self, client):
        super().__init__()
        self.client = client
        self.commands = Inbox()
        self.proc = None
        self.conn = None               # GUI → engine (we write)
        self.messages = None           # engine → GUI (the reader reads)
        self.reader = None
        self.restart_reason = None
        self.silent_ends = 0           # processes in a row that ended before saying a word

    # ----- process -----
    def _start_process(self):
        # the process `gui.app.main` spawned before the window was built, or a new one
        proc, cmd_w, msg_r = engine_process.take_early() or engine_process.spawn()
        self.proc, self.conn, self.messages = proc, cmd_w, msg_r
        pid = proc.pid
        self.client._started(pid)
        self.reader = Reader(msg_r, self.client._receive,
                             lambda: self.commands.put_front(_Eof(pid)),
                             "annstudio-gui-reader")
        self.reader.start()

    def _end_process(self, graceful, timeout=3.0):
        proc, conn, messages, reader = self.proc, self.conn, self.messages, self.reader
        self.proc = self.conn = self.messages = self.reader = None
        if conn is not None and graceful:
            try:
                conn.send(m.Shutdown())
            except (OSError, EOFError, BrokenPipeError):
                pass
        code = None
        if proc is not None:
            try:
                if graceful:
                    proc.join(timeout)
                if proc.is_alive():
                    proc.kill()             # SIGKILL also ends a stopped (SIGSTOP) process
                proc.join(3.0)
                code = proc.exitcode
                proc.close()
            except ValueError:
                pass
        if conn is not None:
            conn.close()
        if reader is not None:
            reader.join(3.0)                # the child's end is gone: the reader saw EOF
        if messages is not None:
            messages.close()
        return code

    def _restart(self, why, hung=False):
        """End the process and start another with the last weights; `_CannotStart` when
        processes keep ending before their first message (none would ever train)."""
        if self.restart_reason:             # the user asked: say why, not "stopped"
            why, hung, self.restart_reason = self.restart_reason, True, None
        code = self._end_process(graceful=False)    # joins the reader: every message is in
        exited = translate("EngineClient", " (exit code {code})").format(code=code) \
            if code is not None else ""
        if not hung and self.client._heard == 0:
            # it never said a word: not a crash of a run, a process that did not start
            self.silent_ends += 1
            if self.silent_ends >= START_TRIES:
                raise _CannotStart(translate(
                    "EngineClient", "it exited before saying anything{exited}, {n} times in a "
                                    "row").format(exited=exited, n=self.silent_ends))
        else:
            self.silent_ends = 0
            self.message.emit(_Crashed(why if hung else why + exited))
        self._start_process()
        try:
            configure = self.client._restart_configure()
            for cmd in (configure, self.client._speed, self.client._view):
                if cmd is not None:
                    self.conn.send(cmd)
        except (OSError, EOFError, ValueError):
            pass        # the new process died too: its reader's EOF brings us back here

    # ----- loop -----
    def run(self):
        try:
            self._start_process()
            self._serve()
        except _CannotStart as err:
            self._give_up(str(err))
        except Exception as err:    # cannot even start Python: say so, never a silent thread
            strerror = err.strerror if isinstance(err, OSError) else None
            self._give_up(strerror or f"{type(err).__name__}: {err}")

    def _give_up(self, why):
        """No engine process can run: say so once; commands wait for a `_Quit` unread."""
        self._end_process(graceful=False)
        self.message.emit(_Fatal(translate("EngineClient", "The engine process could not "
                                                           "start: {why}").format(why=why)))

    def _serve(self):
        while True:
            cmd = self.commands.get(timeout=0.25)
            try:
                if cmd is None:
                    if self.proc is not None and not self.proc.is_alive():
                        self._restart(_stopped_unexpectedly())
                    continue
                if isinstance(cmd, _Quit):
                    self._end_process(graceful=not cmd.kill)
                    return
                if isinstance(cmd, _Eof):
                    if self.proc is not None and cmd.pid == self.proc.pid:
                        self._restart(_stopped_unexpectedly())
                    continue
                if isinstance(cmd, _Restart):
                    if self.proc is not None and cmd.pid == self.proc.pid:
                        self._restart(cmd.why, hung=True)
                    continue
                if self.conn is not None:
                    self.conn.send(cmd)
            except (OSError, EOFError, BrokenPipeError, ValueError):
                if self.proc is not None:
                    self._restart(_stopped_unexpectedly())


class EngineClient(ClientBase):
    """The GUI's handle on the engine process. Methods are safe to call from the main thread."""

    def __init__(self, parent=None, configuration=None):
        super().__init__(parent, configuration)
        self._last_weights = None
        self._pid = None
        self._speed = None
        self._per_frame = False
        self._view = None
        self._generation = 0            # counts configures; snapshots carry theirs
        self._beat = time.monotonic()   # when the engine last said anything
        self._heard = 0     # messages from this process: any of them ends the start-up grace
        self.is_hung = False
        self._kept = None               # the newest `TimelineState` of this configuration
        self._keep_asked = 0.0
        self._thread = _PipeThread(self)
        self._thread.message.connect(self._on_message)
        self._thread.start()
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(500)
        self._watchdog.timeout.connect(self._check_heartbeat)
        self._watchdog.start()
        self._keeper = QTimer(self)
        self._keeper.setInterval(KEEP_MS)
        self._keeper.timeout.connect(self._keep_timeline)
        self._keeper.start()

    # ----- commands -----
    def _send(self, cmd):
        self._thread.commands.put(cmd)

    def configure(self, experiment, data, weights=None, state=None):
        self._configured = True
        with self._lock:
            self._last_weights = weights
            # snapshots still in flight describe the old network (other shapes): from now
            # on only those of this configuration reach the views
            self._generation += 1
            self._fresh = False
        self._send(m.Configure(experiment.to_dict(), data, weights, state, self._generation))

    def set_weights(self, weights):
        with self._lock:
            self._last_weights = [(np.array(W), np.array(b)) for W, b in weights]
        self._send(m.SetWeights(weights))

    def switch_engine(self, engine, device="cpu", dtype=None):
        self._send(m.SwitchEngine(engine, device, dtype))

    def probe_devices(self):
        self._send(m.ProbeDevices())

    def set_speed(self, steps_per_s=None, per_frame=False):
        """Throttle training in the engine: ``steps_per_s`` (None = full speed), or one
        step per drawn frame (each snapshot taken by the views lets the next step go)."""
        self._per_frame = bool(per_frame)
        self._speed = m.SetSpeed(steps_per_s, self._per_frame)
        self._send(self._speed)

    def set_view(self, layer=None, maps=True):
        """What the window shows: the hidden layer ``layer`` (API index; None = all) whose
        neuron maps are on screen, ``maps`` False when none is. The engine computes only
        those (a 256-neuron layer's maps are most of a wide net's snapshot)."""
        view = m.SetView(None if layer is None else int(layer), bool(maps))
        if view != self._view:
            self._view = view
            self._send(view)

    def restart_engine(self, why=None):
        """Kill the (hung) engine and start a new one with the last weights (the crash path)."""
        if why is None:
            why = translate("EngineClient", "the engine process stopped answering")
        t = self._thread
        if t is None:
            return
        t.restart_reason = why
        pid = self._pid
        t.commands.put_front(_Restart(pid, why))
        proc = t.proc
        if proc is not None and proc.pid == pid:
            # the writer may be stuck sending to a stopped process: killing it frees it
            with contextlib.suppress(OSError, ValueError):
                proc.kill()

    @property
    def pid(self):
        return self._pid

    @property
    def is_shut_down(self):
        return self._thread is None

    # ----- receiving (reader thread) -----
    def _started(self, pid):
        self._pid = pid
        self._heard = 0
        self._beat = time.monotonic()

    def _receive(self, msg):
        self._beat = time.monotonic()
        # Any message proves the process is up; counting only heartbeats left a run that
        # was stopped before its first beat (0.5 s) under the 60 s start-up grace.
        self._heard += 1
        if isinstance(msg, m.Heartbeat):
            return
        if isinstance(msg, m.TimelineState):
            with self._lock:
                if msg.timeline is not None and msg.generation == self._generation:
                    self._kept = msg      # whoever asked (a save too): the newest past
            if msg.id == KEEP_ID:
                self._keep_asked = 0.0      # answered: the next tick may ask again
        if isinstance(msg, m.Snapshot):
            with self._lock:
                if msg.generation != self._generation:
                    return          # from before the last configure: stale shapes
                self._merge(msg)
                self._last_weights = msg.weights
        else:
            self._thread.message.emit(msg)

    def _restart_configure(self):
        """Configure a fresh process with the last weights, the history so far and the
        run's timeline kept here (the optimizer's running state died with the process).

        Runs on the pipe thread: the session's ``configuration`` copies its experiment, which
        the main thread changes only by assigning fields (never by growing a dict being
        copied), so the copy is whole; a command sent after the change follows this
        Configure in the outbox."""
        config = self.config      # the session's experiment and data, asked now
        if config is None:
            return None
        with self._lock:
            weights = self._last_weights
            h = self.record.history
            history = History(list(h.epochs), list(h.step_loss), h.diverged)
            kept = self._kept_past()
        state = None
        if weights is not None:
            state = {"weights": weights, "optimizer": None, "epoch": len(history.epochs),
                     "batch_index": 0, "step_count": len(history.step_loss),
                     "history": history}
            if kept is not None:      # the run's past goes on (`LiveTimeline.adopt`)
                state["timeline"], state["timeline_log"] = kept.timeline, kept.log
        return m.Configure(config["experiment"], config["data"], None, state, self._generation)

    def _kept_past(self):
        """The kept `TimelineState` if it is the past of the run the views show (same
        configuration, same record: not one from before a Reset, new data or optimizer),
        else None. Called under the lock."""
        kept, snap = self._kept, self._latest
        st = snap.timeline if snap is not None else None
        if kept is None or kept.generation != self._generation or not st or \
                not st.get("recording") or kept.log is None or kept.log["run"] != st["run"]:
            return None
        return kept

    def kept_timeline_steps(self):
        """The steps of the run's timeline the client holds for a restart (0: none)."""
        with self._lock:
            kept = self._kept_past()
            return kept.timeline.steps if kept is not None else 0

    def _keep_timeline(self):
        """Ask the engine for its timeline when the record has grown since the kept copy."""
        if self._thread is None or self.is_hung or self._pid is None:
            return
        with self._lock:
            snap = self._latest
            kept = self._kept_past()
        st = snap.timeline if snap is not None else None
        if not st or not st.get("recording"):
            return
        if kept is not None and kept.timeline.steps == st["steps"]:
            return
        now = time.monotonic()
        if now - self._keep_asked < 10.0:
            return                      # the last ask is not answered yet (a busy engine)
        self._keep_asked = now
        self._send(m.TimelineExport(KEEP_ID, RESTART_BUDGET_BYTES))

    def take(self):
        """The newest snapshot if one arrived since the last call, else None.

        In one-step-per-frame mode taking a snapshot lets the engine do its next step."""
        with self._lock:
            if not self._fresh:
                return None
            self._fresh = False
            snap = self._latest
        if self._per_frame:
            self._send(m.Frame())
        return snap

    # ----- watchdog (main thread) -----
    def _check_heartbeat(self):
        if self._thread is None or self._pid is None:
            return
        silent = time.monotonic() - self._beat
        limit = WATCHDOG_S if self._heard else STARTUP_S
        if silent > limit and not self.is_hung:
            self.is_hung = True
            self.hung.emit(translate("EngineClient", "The engine process (pid {pid}) has not "
                                                     "answered for {seconds} s: it may be hung "
                                                     "or stopped").format(
                pid=self._pid, seconds=num(silent, ".0f")))
        elif silent <= limit and self.is_hung:
            self.is_hung = False
            self.recovered.emit()


    def last_weights(self):
        with self._lock:
            return self._last_weights

    # ----- messages (main thread) -----
    def _on_crashed(self, msg):
        self.running = False
        self.is_hung = False
        self.stateChanged.emit(False, "crashed")
        self.crashed.emit(msg.why)

    def _on_fatal(self, msg):
        self.running = False
        self.start_failure = msg.why
        self._pid = None                # no process to watch: the watchdog stays quiet
        self.error.emit(msg.why)

    _HANDLERS = {**ClientBase._HANDLERS, _Crashed: _on_crashed, _Fatal: _on_fatal}

    # ----- shutdown -----
    def shutdown(self, timeout_ms=8000):
        """Stop the process and the thread and wait for both (closing the window)."""
        if self._thread is None:
            return
        self._watchdog.stop()
        self._keeper.stop()
        # a hung engine would not answer "shutdown": don't wait for it
        self._thread.commands.put_front(_Quit(self.is_hung))
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
