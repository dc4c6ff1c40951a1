"""The timeline of the main window's live run, kept in the engine process.

The host (`engines.host`) keeps one as ``host.live`` and calls `LiveTimeline.record` once
after every training step; the timeline's commands (`engines.messages`) are handled here,
registered with `engines.handlers.on`:

`TimelineScrub` (step): pause, and send a snapshot of the network as it was after
``step`` steps (its boundary, layer maps, weights) — computed on a scratch trainer, the
run itself is not touched. `TimelineLive`: the run's own snapshot again.
`TimelineExport` (id, budget_bytes): answered by `TimelineState` — the run's state and
its record thinned to the budget (a save; the GUI's engine client also keeps one, so that
an engine process restarted after a crash carries the run's past on: `adopt`).
`TimelineBranch` (step): put the run itself in the exact state it had after ``step``
steps (θ, optimizer state, batch position; the batch order is a function of (seed,
epoch), so no RNG state), with the settings it has now (the panels'), and record on
along the branch.

The record is a `core.timeline.Timeline` (bounded by its budget: a checkpoint every k
steps, k doubling to stay under it). Two things a replay also needs and the checkpoints
do not hold, logged here: the hyperparameters whenever they change (the lr box during a
run), and which path the steps took (the NumPy engine starts on the NumPy path while the
compiled fast path is prepared in the background; the two agree to ≤ 1e-12, not bit for
bit, so a replay takes each step on the path the run took).

Weights set by hand (`SetWeights`: the inspector, the landscape) do not restart the record:
like a branch, the new weights start a stretch at a pinned checkpoint (`Timeline.pin`) and
the run before them stays on the timeline; setting them back (Undo) puts the record back.
A branch and a restarted engine start such a stretch too. Replays never run through a pin,
so each stretch keeps the path log of its own.

Every snapshot carries `status` (memory used against the budget, k, the steps that can be
scrubbed). Only the NumPy engine is recorded: the PyTorch engine's status says so.
"""
from __future__ import annotations

import dataclasses

import numpy as np

from annstudio.core.errors import AnnStudioError
from annstudio.core.timeline import DEFAULT_BUDGET_BYTES, Timeline
from annstudio.engines import messages as m
from annstudio.engines.fast import FastTrainer
from annstudio.engines.handlers import on
from annstudio.engines.snapshot import build_snapshot

NUMPY_ONLY = "the timeline records NumPy-engine runs"
# Checkpoints at least every MIN_K steps: a checkpoint costs a copy of θ and the optimizer's
# state (1.7 µs for the lecture net, ~4 % of its 45 µs compiled step if taken every step);
# replaying up to MIN_K − 1 steps to show a step between two costs well under a frame.
MIN_K = 64


class LiveTimeline:
    """The bounded record of the engine's current run, restarted whenever the run is
    (configure, reset, new data, another engine or optimizer, weights set by hand)."""

    def __init__(self, budget_bytes=DEFAULT_BUDGET_BYTES):
        self.budget_bytes = int(budget_bytes)
        self.timeline = None
        self._edits = []           # hand edits at the run's current step, for their undo
        self.run_id = 0            # counts restarts (not branches): the GUI's faded runs go
        self.scrubbed = None       # the step the views show, None = the live run
        self.scrubs = 0            # scrub commands answered (the GUI counts those it sent)
        self._t = None             # the trainer recorded
        self._stale = False
        self._scratch = None

    # ----- recording (once per step: kept cheap) -----
    def record(self, engine):
        t = engine.trainer
        if t is not self._t or self._stale:
            self._start(t)                # a new trainer, or weights set by hand
            return
        if t is None:
            return                        # not a NumPy-engine run
        if t.history.diverged is not self._diverged:
            self._start(t)                # θ put back after a divergence: not the record's end
            return
        if self.scrubbed is not None:
            self.scrubbed = None          # the run moved on (Step, Run): the views follow it
        self._edits = []                  # … and an edit undone later is an edit of its own
        if t.optimizer.hyperparameters is not self._hp:
            self._hp = t.optimizer.hyperparameters        # `Optimizer.set` makes a new dict
            self._hp_log[t.step_count - 1] = dict(self._hp)   # …used from this step on
        if self._compiled_from is None and t.path == "compiled":
            # the compiled path became ready between this record and the one before: the
            # last step took one path or the other (`state_at` tries both)
            self._compiled_from = (t.step_count - 1, t.step_count)
        self.timeline.record(t)

    def _start(self, t):
        self._t, self._stale, self._scratch = t, False, None
        self.scrubbed = None
        self._edits = []
        self.run_id += 1
        if t is None:
            self.timeline = None
            return
        self.timeline = Timeline.start(t, self.budget_bytes)
        self.timeline.k = MIN_K           # then doubled as the budget fills (`Timeline.thin`)
        self._hp = t.optimizer.hyperparameters
        self._hp_log = {}
        self._diverged = t.history.diverged
        # the first state whose next step ran compiled (a pair when it is one of two);
        # None: every recorded step took the NumPy path
        self._new_stretch(t.step_count)
        # the paths of the stretches before the current one: {first step: (the candidates
        # for `_compiled_from`, whether the run said which)}
        self._paths = {}

    def _new_stretch(self, step):
        """From ``step`` (a pinned checkpoint, or the record's first) the steps take the path
        the engine takes now: replays never run through a pin, so each stretch has its own."""
        self._stretch = step
        compiled = self._t is not None and self._t.path == "compiled"
        self._compiled_from = (step, step) if compiled else None

    def _close_stretch(self, upto):
        """Keep the current stretch's paths for replays before ``upto`` (a new stretch)."""
        self._paths = {s: p for s, p in self._paths.items() if s < upto}
        if self._stretch < upto:
            self._paths[self._stretch] = (self._candidates(), True)

    def _candidates(self):
        cf = self._compiled_from
        return [None] if cf is None else sorted(set(cf))

    def _paths_at(self, step):
        """(candidates, known) for a replay from the checkpoint at ``step``."""
        starts = [s for s in self._paths if s <= step]
        if step >= self._stretch or not starts:
            return self._candidates(), True
        return self._paths[max(starts)]

    def replay_log(self):
        """What a replay needs besides the checkpoints, for a restarted engine (`adopt`):
        the run's id, the hyperparameters set by hand, and the paths of each stretch."""
        paths = dict(self._paths)
        paths[self._stretch] = (self._candidates(), True)
        return {"run": self.run_id, "hp_log": dict(self._hp_log), "paths": paths}

    def edit(self, engine, weights):
        """Weights set by hand (the inspector, the landscape): like a branch at the run's
        current step, the past stays and the new weights start a stretch of their own (a
        pinned checkpoint). Setting the weights back as they were before the last edit at
        this step (Undo) puts the run and its record back exactly as they were."""
        t = engine.trainer
        if t is None or t is not self._t or self._stale or self.timeline is None:
            engine.set_weights(weights)
            self._stale = True            # not recorded here: a fresh record follows
            return
        tl, n = self.timeline, t.step_count
        self.scrubbed = None              # the edit is of the live run: the views show it
        before = t.snapshot()
        engine.set_weights(weights)
        last = self._edits[-1] if self._edits else None
        if last is not None and last["step"] == n and tl.checkpoints[-1].step == n and \
                np.array_equal(t.net.theta, last["before"]["theta"]):
            self._edits.pop()             # undone: the state and the record before it
            tl.checkpoints[-1:] = [last["replaced"]] if last["replaced"] is not None else []
            t.restore(last["before"], t.history)
            tl.record(t)
            return
        replaced = tl.pin(t)
        self._edits.append({"step": n, "before": before, "replaced": replaced})

    def adopt(self, engine, timeline, log=None):
        """Take a run's recorded past as this run's: a saved run's timeline (File ▸ Open;
        the engine holds the run's exact state at its end, `io.experiment_file`'s resume),
        or the one the GUI kept of an engine process that died (``log``: `replay_log`; the
        engine holds the last weights and the whole history, the timeline may end a little
        before them). Its steps can then be scrubbed and branched from as if recorded here;
        where the engine stands is a pinned checkpoint. A timeline that is not this run's
        past is left out (a fresh record).

        A file does not say which steps took the compiled path or when the learning rate
        was changed by hand between two checkpoints: a step between two is replayed both
        ways (`state_at`), and where neither gives the recorded losses the views show the
        checkpoint before it (`scrub`) and a branch from it says why it cannot."""
        self._start(engine.trainer)
        t = self._t
        if t is None or timeline is None or not timeline.checkpoints:
            return False
        n = t.step_count
        common = min(len(timeline.history.step_loss), n)
        ok = timeline.first_step <= common and \
            timeline.history.step_loss[:common] == t.history.step_loss[:common] and \
            (log is not None or len(timeline.history.step_loss) == n)
        if not ok:
            return False
        tl = timeline.truncated(common)          # a copy, on the run's own lists
        tl.budget_bytes = self.budget_bytes
        tl.k = max(tl.k, MIN_K)
        tl.epoch_steps += self._epoch_ends(tl, t)
        tl.record(t)
        tl.pin(t)                                # where it stands
        self.timeline = tl
        self._run_on_from(tl, log, n)
        return True

    @staticmethod
    def _epoch_ends(tl, t):
        """The steps that ended the run's epochs after the timeline's last one (a restart:
        the epochs between the kept timeline and the crash, at the same batch size)."""
        c = tl.checkpoints[-1]
        start = c.step - c.snapshot["batch_index"]        # the step the epoch c is in began
        per = t.steps_per_epoch
        return [min(start + (r.epoch - c.epoch) * per, t.step_count)
                for r in t.history.epochs[len(tl.epoch_steps):]]

    def _run_on_from(self, tl, log, n):
        """The paths and settings of an adopted past (``log``, or unknown: a file)."""
        if log is None:
            self._paths = {tl.first_step: ([None, tl.first_step], False)}
            return
        self.run_id = int(log["run"])              # the same run, carried on
        self._hp_log = {s: hp for s, hp in log["hp_log"].items() if s < n}
        self._paths = {s: p for s, p in log["paths"].items() if s < n}

    def status(self, engine):
        """What the status bar and the slider need (sent in every snapshot)."""
        t = engine.trainer
        if t is not self._t or self._stale or (t is not None and
                                                 t.history.diverged is not self._diverged):
            self._start(t)
        tl = self.timeline
        if tl is None:
            return {"recording": False, "note": NUMPY_ONLY, "run": self.run_id}
        return {"recording": True, "run": self.run_id, "nbytes": tl.nbytes(),
                "budget_bytes": tl.budget_bytes, "k": tl.k, "first_step": tl.first_step,
                "steps": len(tl.history.step_loss), "checkpoints": len(tl.checkpoints),
                "parameters": int(t.net.theta.size),
                "steps_per_epoch": int(t.steps_per_epoch), "scrubbed": self.scrubbed, "scrubs": self.scrubs}

    # ----- going back -----
    def _scratch_trainer(self):
        """A trainer of the same kind, network shape, data and schedule as the run's."""
        t = self._t
        if self._scratch is None:
            net = t.net.copy()
            opt = t.optimizer
            self._scratch = type(t)(net, t.X, t.y, optimizer=opt.name, loss=t.loss,
                                    batch_size=t.batch_size, shuffle=t.shuffle, seed=t.seed,
                                    X_test=t.X_test, y_test=t.y_test, **opt.hyperparameters)
        return self._scratch

    def state_at(self, step):
        """A trainer in the exact state of the run after ``step`` steps: the checkpoint at
        or before it, then the steps between replayed, each loss checked against the
        record (and the next one too, which checks θ at ``step`` itself)."""
        tl = self.timeline
        if tl is None:
            raise AnnStudioError(NUMPY_ONLY)
        step = _check(tl, step)
        s = self._scratch_trainer()
        c = tl.checkpoint_before(step)
        # a file's run: all NumPy, or compiled throughout (`_paths_at` says it is unknown)
        candidates, known = self._paths_at(c.step)
        for cf in candidates:
            if self._replay(s, step, cf):
                return s
        if not known:
            raise NotReplayable(step, c.step)
        raise AnnStudioError(f"replaying the run to step {step} did not give the recorded "
                             "losses: the data or the settings are not those of the run")

    def _replay(self, s, step, compiled_from):
        tl = self.timeline
        losses = tl.history.step_loss
        c = tl.checkpoint_before(step)
        s.restore(c.snapshot, tl.history_at(c.step))
        end = min(step + 1, len(losses))     # one step past ``step``: checks θ at ``step``
        kept = None
        while True:
            n = s.step_count
            if n == step:
                kept = (s.snapshot(), s.history.copy())
            if n >= end:
                break
            hp = self._hp_log.get(n)
            if hp is not None:
                s.optimizer.set(**hp)
            self._take_path(s, n, compiled_from)
            r = s.step()
            if r.diverged or r.batch_loss != losses[n]:
                return False
        s.restore(*kept)
        return True

    def _take_path(self, s, n, compiled_from):
        """Step n + 1 on the path the run took (they differ in the last bits)."""
        if isinstance(s, FastTrainer) and self._t.fast_reason is None:
            s.fast_reason = None if compiled_from is not None and n >= compiled_from \
                else "replaying the run's NumPy-path steps"

    def scrub(self, step):
        """The network after ``step`` steps (a copy), the epoch it was in, and the step it
        shows: ``step``, or for a file's run a step that cannot be replayed exactly, the
        checkpoint before it (`adopt`)."""
        try:
            s = self.state_at(step)
        except NotReplayable as err:
            step = err.checkpoint
            s = self.state_at(step)
        self.scrubbed = int(step)
        self.scrubs += 1
        return s.net.copy(), s.epoch, int(step)

    def branch(self, step):
        """The run itself back to ``step``, with its optimizer's settings of now; the
        record goes on along the branch (its past up to ``step`` is kept; the branch starts
        at a pinned checkpoint, its steps on the path the engine takes now)."""
        t = self._t
        s = self.state_at(step)
        now = dict(t.optimizer.hyperparameters)
        t.restore(s.snapshot(), s.history)
        t.set(**now)                      # the panels' settings, on the recorded state
        self.timeline = self.timeline.truncated(step)
        self._hp_log = {n: hp for n, hp in self._hp_log.items() if n < step}
        self._hp_log[step] = now
        self._hp = t.optimizer.hyperparameters
        self._close_stretch(step)
        self._new_stretch(step)
        self._diverged = t.history.diverged
        self._edits = []
        self.timeline.record(t)
        self.timeline.pin(t)
        self.scrubbed = None

    def export(self, engine, p):
        """For a save: the run's whole state now (`Engine.export_state`) and its timeline,
        thinned to ``p["budget_bytes"]`` (a file's share; the live record stays whole)."""
        tl = self.timeline
        copy = tl.truncated(len(tl.history.step_loss))
        copy.budget_bytes = min(tl.budget_bytes, int(p.get("budget_bytes") or tl.budget_bytes))
        copy.fit_budget()
        return m.TimelineState(p.get("id"), engine.export_state(), copy, self.replay_log())


class NotReplayable(AnnStudioError):
    """A step of a file's run between two checkpoints that no replay reproduces exactly
    (the file does not say where the run changed path or learning rate)."""

    def __init__(self, step, checkpoint):
        super().__init__(
            f"step {step} of this run, opened from a file, cannot be replayed exactly: the "
            "file does not say where the run's learning rate changed by hand or where it "
            f"moved to the compiled path; step {checkpoint}, the checkpoint before it, can")
        self.step, self.checkpoint = step, checkpoint


def _check(tl, step):
    if tl.checkpoints and isinstance(step, (int, np.integer)) and \
            tl.first_step <= step <= len(tl.history.step_loss):
        return int(step)
    raise AnnStudioError(f"step {step} is not in the recorded run (steps "
                         f"{tl.first_step}–{len(tl.history.step_loss)})")


def scrub_snapshot(host, net, step, epoch, status):
    """A snapshot (the host's format) of ``net`` as the run was after ``step`` steps: the
    views draw it like any other; it carries no new losses (the record stays whole)."""
    return build_snapshot(host.engine, host.geom, net=net, steps_per_s=host.steps_per_s,
                          view_maps=host.view_maps, view_layer=host.view_layer,
                          generation=host.generation, diverged=None, epoch=int(epoch),
                          step=int(step), batch_index=None, grad_norms=None,
                          hyperparameters=None, timeline=status, scrub=int(step))


# ----- the host's commands (`engines.handlers.on`) -----
def _recorded(host):
    """The host's timeline, restarted first if the run was; raises if none is recorded."""
    live = host.live
    live.status(host.engine)
    if live.timeline is None:
        raise AnnStudioError(NUMPY_ONLY)
    return live


@on(m.TimelineLive)
def _live(host, cmd):
    _recorded(host).scrubbed = None
    host.send_snapshot()


@on(m.TimelineExport)
def _export(host, cmd):
    live = host.live
    live.status(host.engine)
    if live.timeline is None:
        # a save asks whatever the engine: a run that records no timeline (torch, or a
        # snapshot the GUI read before an engine switch) is saved without one, not refused
        host.send(m.TimelineState(cmd.id, host.engine.export_state(), None,
                                  generation=host.generation))
        return
    answer = live.export(host.engine, {"id": cmd.id, "budget_bytes": cmd.budget_bytes})
    host.send(dataclasses.replace(answer, generation=host.generation))


@on(m.TimelineScrub)
def _scrub(host, cmd):
    live = _recorded(host)
    if host.running:
        host.set_running(False)           # scrubbing pauses the run
    net, epoch, shown = live.scrub(cmd.step)
    host.send(scrub_snapshot(host, net, shown, epoch, live.status(host.engine)))


@on(m.TimelineBranch)
def _branch(host, cmd):
    live = _recorded(host)
    if host.running:
        host.set_running(False)
    live.branch(cmd.step)
    host.send_snapshot()                  # a shorter history: the host resends it whole
