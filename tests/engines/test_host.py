"""The engine host in-process (engines/host.py, issue 13 part 3): typed commands dispatched
on their type, the `Engine` interface read without guesses, and `SetLr` reaching the
host's experiment (a reset or rebuild starts from it)."""
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pytest

from annstudio.core.experiment import Experiment
from annstudio.engines import messages as m
from annstudio.engines.host import HANDLERS, Host, on


class Out:
    """The host's outgoing pipe: keeps what it sends."""

    def __init__(self):
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)

    def of(self, cls):
        return [x for x in self.sent if isinstance(x, cls)]


def host_with(engine="numpy", optimizer="sgd", lr=0.05):
    exp = Experiment()
    exp.dataset.name, exp.dataset.n = "moons", 60
    exp.network.hidden, exp.network.activations = [5], ["tanh"]
    exp.optimizer.name, exp.optimizer.params = optimizer, {"lr": lr}
    exp.training.engine, exp.training.batch_size = engine, 10
    out = Out()
    host = Host(conn=None, out=out)
    host.torch_preload = False          # no background import of torch in a unit test
    host.handle(m.Configure(exp.to_dict(), exp.build_data()))
    return host, out


def test_set_lr_reaches_the_hosts_experiment_and_survives_a_reset():
    host, out = host_with(lr=0.05)
    host.handle(m.SetLr(0.3))
    assert host.engine.hyperparameters["lr"] == 0.3
    assert host.experiment.optimizer.params["lr"] == 0.3
    host.handle(m.Reset())              # rebuilt from the host's experiment
    assert host.engine.hyperparameters["lr"] == 0.3
    assert out.sent[-1].hyperparameters["lr"] == 0.3   # the snapshot the GUI shows


@pytest.mark.parametrize("engine", ["numpy", "torch"])
def test_snapshots_read_the_engine_interface(engine):
    if engine == "torch":
        pytest.importorskip("torch")
    host, out = host_with(engine, "adam", 0.01)
    first = out.of(m.Snapshot)[-1]
    assert first.step == 0 and first.grad_norms is None     # no step yet: no gradient
    assert first.device == "cpu" and first.engine == engine
    for _ in range(3):
        host.handle(m.StepBatch())
    snap = out.of(m.Snapshot)[-1]
    e = host.engine
    assert snap.step == e.step_count == 3
    assert snap.batch_index == e.batch_index == 3            # 48 points / 10: 5 batches
    assert snap.grad_norms == e.grad_norms() and len(snap.grad_norms) == 2
    assert all(g > 0 for g in snap.grad_norms)
    assert snap.hyperparameters == e.hyperparameters and snap.hyperparameters["lr"] == 0.01
    host.handle(m.StepEpoch())
    snap = out.of(m.Snapshot)[-1]
    assert snap.epoch == 1 and snap.batch_index == 0 and snap.step == e.steps_per_epoch
    assert (snap.engine_path is None) == (engine == "torch")
    # the views came from core.views for these very weights
    assert snap.views["output"].shape == (100, 100)
    np.testing.assert_array_equal(snap.weights[0][0], e.network().layers[0].W)


def test_an_unknown_command_is_refused_with_a_message_and_a_new_one_can_be_added():
    host, out = host_with()
    before = len(out.sent)

    @dataclass
    class Ping(m.Command):
        needs_engine: ClassVar[bool] = False
        text: str

    host.inbox.put(Ping("hello"))
    host.poll_commands()
    assert out.of(m.Error)[-1].message == "unknown engine command Ping"
    assert len(out.sent) == before + 1
    try:
        @on(Ping)
        def _ping(h, cmd):
            h.send(m.Error(cmd.text.upper()))
        host.inbox.put(Ping("hello"))
        host.poll_commands()
        assert out.sent[-1] == m.Error("HELLO")
    finally:
        HANDLERS.pop(Ping, None)


def test_commands_before_a_configure_say_so():
    out = Out()
    host = Host(conn=None, out=out)
    host.inbox.put(m.StepBatch())
    host.poll_commands()
    assert out.sent == [m.Error("the engine is not configured yet")]


def test_an_idle_host_reports_when_the_fast_path_stops_preparing(monkeypatch):
    """A run shorter than the compile leaves the status bar saying "preparing the fast
    path…": once the compile ends (here: fails), the idle host sends one snapshot with
    the new note, and nothing more while the note stays."""
    from annstudio.engines import fast
    monkeypatch.setattr(fast, "_kernels", None)
    monkeypatch.setattr(fast, "_state", dict(fast._state, phase="compiling"))
    monkeypatch.setattr(fast, "numba_installed", lambda: True)
    host, out = host_with()
    host.send_snapshot()
    assert out.of(m.Snapshot)[-1].engine_path_note.startswith("preparing")
    n = len(out.of(m.Snapshot))
    host.report_path_change()
    assert len(out.of(m.Snapshot)) == n              # still compiling: nothing to say
    fast._state.update(phase="failed", error="RuntimeError: LLVM said no")
    host.report_path_change()
    snaps = out.of(m.Snapshot)
    assert len(snaps) == n + 1
    assert "failed to compile" in snaps[-1].engine_path_note
    host.report_path_change()
    assert len(out.of(m.Snapshot)) == n + 1


def _weights(host):
    return [(W.copy(), b.copy()) for W, b in host.engine.export_state()["weights"]]


def _same(a, b):
    for (W, b_), (W0, b0) in zip(a, b):
        np.testing.assert_array_equal(W, W0)
        np.testing.assert_array_equal(b_, b0)


def test_a_new_batch_size_is_sent_alone_and_keeps_weights_and_the_optimizer_state():
    """`SetBatchSize` carries only the batch size: the host keeps the data, the weights,
    the step count and (same optimizer) the optimizer's state, and the next steps draw
    batches of the new size."""
    host, out = host_with("numpy", "adam", 0.01)
    for _ in range(7):
        host.handle(m.StepBatch())
    before, opt_before = _weights(host), host.engine.export_state()["optimizer"]
    data = host.data
    host.handle(m.SetBatchSize(25))
    assert host.engine.batch_size == 25 and host.experiment.training.batch_size == 25
    assert host.data is data
    _same(_weights(host), before)
    kept = host.engine.export_state()
    assert kept["step_count"] == 7 and kept["optimizer"]["name"] == "adam"
    for s0, s1 in zip(opt_before["state"], kept["optimizer"]["state"]):
        for k in s0:
            np.testing.assert_array_equal(np.asarray(s1[k]), np.asarray(s0[k]))
    host.handle(m.StepBatch())
    assert out.of(m.Snapshot)[-1].step == 8


def test_a_new_optimizer_starts_afresh_from_the_same_weights():
    host, out = host_with("numpy", "adam", 0.01)
    for _ in range(5):
        host.handle(m.StepBatch())
    before = _weights(host)
    host.handle(m.SetOptimizer("sgd", {"lr": 0.2}))
    assert host.experiment.optimizer.name == "sgd"
    assert host.engine.export_state()["optimizer"]["name"] == "sgd"
    assert host.engine.hyperparameters["lr"] == 0.2
    _same(_weights(host), before)
    # a refused optimizer leaves the run as it was
    with pytest.raises(Exception):
        host.handle(m.SetOptimizer("no_such_optimizer", {"lr": 0.1}))
    assert host.experiment.optimizer.name == "sgd"
    assert host.engine.hyperparameters["lr"] == 0.2
