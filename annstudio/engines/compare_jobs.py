"""Child-process jobs behind the compare views: a race, a loss landscape, a branch.

Each job runs in its own process (the GUI starts it with the ``spawn`` context) so that a
Python training loop never competes with the window for the GIL. It talks over one pipe:
it sends ``("progress", dict)`` messages, then ``("done", dict)`` or ``("error", text)``;
the GUI may send ``"stop"`` at any time (checked between epochs). Networks travel as plain
weights + activations: a pickled `Network` would lose the views of W and b into θ.
"""
from __future__ import annotations

import traceback


from annstudio.core.errors import AnnStudioError

# The networks travel as plain specs and the boundary image is view maths: both in core.views.
from annstudio.core.views import boundary, build_net, net_spec  # noqa: F401


def _stopped(conn):
    while conn.poll():
        if conn.recv() == "stop":
            return True
    return False


def _run(conn, fn, spec):
    try:
        fn(conn, spec)
    except AnnStudioError as e:
        conn.send(("error", str(e)))
    except Exception as e:   # pragma: no cover - reported to the GUI, never silent
        conn.send(("error", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}"))
    finally:
        conn.close()


def _racer_row(r):
    h = r.history
    last = h.epochs[-1] if h.epochs else None
    return {"label": r.label, "train_loss": list(h.train_loss), "test_loss": list(h.test_loss),
            "accuracy": list(h.accuracy), "test_accuracy": list(h.test_accuracy),
            "diverged": r.diverged, "steps": r.trainer.step_count, "seconds": r.seconds,
            "final_test_metric": None if last is None else last.test_metric}


# ----------------------------------------------------------------------------- race
def race_job(conn, spec):
    """spec: {"net": net_spec, "data": Dataset, "settings": [(name, params)], "epochs",
    "batch_size", "seed"}."""
    _run(conn, _race, spec)


def _race(conn, spec):
    from annstudio.core.race import Race
    data = spec["data"]
    r = Race.create(build_net(spec["net"]), data, spec["settings"],
                    batch_size=spec.get("batch_size", 10), seed=spec.get("seed", 0))
    conn.send(("progress", {"epoch": 0, "initial_loss": [x.initial_loss for x in r.racers],
                            "racers": [_racer_row(x) for x in r.racers],
                            "boundaries": [boundary(x.trainer.net, data)[0] for x in r.racers],
                            "extent": boundary(r.racers[0].trainer.net, data)[1]}))
    for e in range(int(spec["epochs"])):
        if _stopped(conn):
            break
        r.run_epoch()
        conn.send(("progress", {"epoch": e + 1,
                                "racers": [_racer_row(x) for x in r.racers],
                                "boundaries": [boundary(x.trainer.net, data)[0]
                                               for x in r.racers]}))
        if all(x.done for x in r.racers):
            break
    conn.send(("done", {"order": r.finishing_order(),
                        "racers": [_racer_row(x) for x in r.racers]}))


# ----------------------------------------------------------------------------- landscape
def landscape_job(conn, spec):
    """spec: {"net": net_spec, "X", "y", "loss", "directions", "resolution",
    "trajectory", "seed"}."""
    _run(conn, _landscape, spec)


def _landscape(conn, spec):
    from annstudio.core import landscape
    L = landscape.compute(build_net(spec["net"]), spec["X"], spec["y"], spec.get("loss"),
                          directions=spec.get("directions", "random"),
                          resolution=spec.get("resolution", 31),
                          trajectory=spec.get("trajectory"), seed=spec.get("seed", 0))
    conn.send(("done", {"landscape": L}))


# ----------------------------------------------------------------------------- branch
def branch_job(conn, spec):
    """spec: {"net": net_spec (any weights of the same shape), "data", "timeline" (the run
    up to the branch step), "step", "optimizer", "hyperparameters", "epochs",
    "batch_size", "seed", "recorded_optimizer"}."""
    _run(conn, _branch, spec)


def _trainer(spec, optimizer, **hyperparameters):
    """The spec's network and data in a `Trainer`, with the spec's batch size and seed."""
    from annstudio.core.training import Trainer
    data = spec["data"]
    return Trainer(build_net(spec["net"]), data.X_train, data.y_train, optimizer=optimizer,
                   loss=data.loss, batch_size=spec.get("batch_size", 10),
                   seed=spec.get("seed", 0), X_test=data.X_test, y_test=data.y_test,
                   **hyperparameters)


def _train_recording(conn, t, tl, target_epoch):
    """Steps recorded in `tl` until `t` reaches `target_epoch`; stops early on divergence
    or a stop request."""
    while t.epoch < target_epoch:
        if t.step_count % 200 == 0 and _stopped(conn):
            break
        r = t.step()
        tl.record(t)
        if r.diverged:
            break


def _branch(conn, spec):
    from annstudio.core import timeline
    t = _trainer(spec, spec["recorded_optimizer"])
    t, tl = timeline.branch(spec["timeline"], t, spec["step"], spec.get("optimizer"),
                            **spec.get("hyperparameters", {}))
    start = t.step_count
    _train_recording(conn, t, tl, t.epoch + int(spec["epochs"]))
    conn.send(("done", {"start": start, "step_loss": list(t.history.step_loss[start:]),
                        "timeline": tl.freeze(), "diverged": t.history.diverged}))


# ----------------------------------------------------------------------------- record
def record_job(conn, spec):
    """spec: {"net": net_spec (initial weights), "data", "optimizer", "hyperparameters",
    "epochs", "batch_size", "seed"} → the run's `Timeline` (and its final weights)."""
    _run(conn, _record, spec)


def _record(conn, spec):
    from annstudio.core import timeline
    t = _trainer(spec, spec["optimizer"], **spec.get("hyperparameters", {}))
    tl = timeline.Timeline.start(t)
    _train_recording(conn, t, tl, t.epoch + int(spec["epochs"]))
    conn.send(("done", {"timeline": tl.freeze(), "net": net_spec(t.net)}))


# The jobs by name: the views ask `gui.child_job.ChildJob` for one by name, so that no view
# imports the engines (an import-linter contract).
JOBS = {"race": race_job, "landscape": landscape_job, "branch": branch_job,
        "record": record_job}
