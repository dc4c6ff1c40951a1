"""The engine side of the main window's timeline (`engines.live_timeline`): scrubbing gives
the run's own θ after K steps, bit for bit (the oracle: θ copied after every step of the
run itself); a branch with unchanged settings repeats the run's losses bit for bit; lr
changes during the run and the switch to the compiled fast path are replayed as they
happened; the host answers the commands with snapshots."""
import numpy as np
import pytest

import annstudio as ann
from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.engines.live_timeline import NUMPY_ONLY, LiveTimeline
from annstudio.engines.numpy_engine import NumpyEngine

DATA = datasets.make("moons", n=120, noise=0.2, seed=1)


def _engine(optimizer="adam", fast=False, **hp):
    net = ann.Network.create([2, 6, 5, 1], hidden="tanh", output="sigmoid", seed=3)
    return NumpyEngine(net, DATA, optimizer, hp or {"lr": 0.02}, batch_size=8, seed=4,
                       fast=fast)


def _run(e, lt, steps, on_step=None):
    """Steps of the 'live' run, recorded; θ after each step kept as the oracle."""
    thetas = {e.trainer.step_count: e.trainer.net.theta.copy()}
    lt.record(e)                                   # the host's first call starts the record
    for _ in range(steps):
        if on_step is not None:
            on_step(e)
        e.step()
        lt.record(e)
        thetas[e.trainer.step_count] = e.trainer.net.theta.copy()
    return thetas


@pytest.mark.parametrize("optimizer", ["adam", "sgd", "lecture_rmsprop"])
def test_scrub_gives_the_runs_own_weights_bit_for_bit(optimizer):
    e = _engine(optimizer, lr=0.02)
    lt = LiveTimeline(budget_bytes=40_000)        # small: k grows, most steps are replayed
    thetas = _run(e, lt, 400)
    st = lt.status(e)
    assert st["k"] > 1 and st["nbytes"] <= st["budget_bytes"]
    for K in (0, 1, 7, 63, 64, 65, 200, 399, 400):
        net, epoch, _ = lt.scrub(K)
        assert np.array_equal(net.theta, thetas[K]), K
        assert epoch == K // e.steps_per_epoch
    assert np.array_equal(e.trainer.net.theta, thetas[400])     # the run is untouched
    with pytest.raises(AnnStudioError, match="not in the recorded run"):
        lt.scrub(401)


def test_an_lr_change_during_the_run_is_replayed_where_it_happened():
    e = _engine("sgd", lr=0.05, momentum=0.9)
    lt = LiveTimeline(budget_bytes=30_000)

    def change(eng):
        if eng.trainer.step_count == 150:
            eng.set_hyperparameters(lr=0.01)
    thetas = _run(e, lt, 300, change)
    for K in (149, 150, 151, 299):
        assert np.array_equal(lt.scrub(K)[0].theta, thetas[K]), K


def test_branch_with_unchanged_settings_repeats_the_run_and_records_on():
    e = _engine("adam", lr=0.02)
    lt = LiveTimeline(budget_bytes=40_000)
    thetas = _run(e, lt, 300)
    losses = list(e.history.step_loss)
    K = 123
    lt.branch(K)
    assert e.trainer.step_count == K and np.array_equal(e.trainer.net.theta, thetas[K])
    assert e.history.step_loss == losses[:K]
    for _ in range(300 - K):
        e.step()
        lt.record(e)
    assert e.history.step_loss == losses                      # bit for bit
    assert np.array_equal(e.trainer.net.theta, thetas[300])
    # the record went on along the branch: its steps can be scrubbed too
    assert np.array_equal(lt.scrub(250)[0].theta, thetas[250])


def test_branch_with_a_new_lr_takes_it_from_the_branch_step():
    e = _engine("adam", lr=0.02)
    lt = LiveTimeline()
    _run(e, lt, 100)
    losses = list(e.history.step_loss)
    e.set_hyperparameters(lr=0.1)                  # the panels' setting now
    lt.branch(40)
    assert e.optimizer.hyperparameters["lr"] == 0.1
    # the oracle: a fresh run to step 40 with lr 0.02, then lr 0.1
    ref = _engine("adam", lr=0.02)
    for _ in range(40):
        ref.step()
    ref.set_hyperparameters(lr=0.1)
    for _ in range(30):
        ref.step()
        e.step()
        lt.record(e)
    assert e.history.step_loss == ref.history.step_loss
    assert e.history.step_loss[:41] == losses[:41]      # step 41's loss is from θ₄₀
    assert e.history.step_loss[41] != losses[41]
    assert np.array_equal(lt.scrub(60)[0].theta, ref.trainer.net.theta) is False
    assert np.array_equal(lt.scrub(70)[0].theta, ref.trainer.net.theta)


def test_the_switch_to_the_compiled_path_is_replayed_on_each_steps_path():
    from annstudio.engines import fast
    if not fast.numba_installed():
        pytest.skip("numba is not installed: no compiled path")
    if not fast.start(wait=True, timeout=300):
        pytest.skip("the compiled path did not get ready in time")
    e = _engine("adam", fast=True, lr=0.02)
    assert e.path == "compiled"
    lt = LiveTimeline(budget_bytes=30_000)
    # the run's first steps on the NumPy path (as while the fast path is being compiled)
    e.trainer.fast_reason = "being prepared"

    def switch(eng):
        if eng.trainer.step_count == 77:
            eng.trainer.fast_reason = None
    thetas = _run(e, lt, 200, switch)
    for K in (50, 76, 77, 78, 79, 120, 200):
        assert np.array_equal(lt.scrub(K)[0].theta, thetas[K]), K


def test_other_engines_say_what_the_timeline_records():
    class TorchLike:                                 # an engine without a core Trainer
        name = "torch"
        trainer = None                               # as `engines.base.Engine` says
    lt = LiveTimeline()
    lt.record(TorchLike())
    st = lt.status(TorchLike())
    assert st == {"recording": False, "note": NUMPY_ONLY, "run": st["run"]}
    assert NUMPY_ONLY == "the timeline records NumPy-engine runs"
    with pytest.raises(AnnStudioError, match="NumPy-engine"):
        lt.state_at(0)


class _Out:
    def __init__(self):
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)


def test_the_host_answers_scrub_and_branch_with_snapshots():
    from annstudio.core.experiment import Experiment
    from annstudio.engines import messages as m
    from annstudio.engines.host import Host
    out = _Out()
    host = Host(_Out(), out)
    exp = Experiment()
    exp.network.hidden = [5]
    exp.network.activations = ["tanh"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    data = datasets.make("moons", n=100, noise=0.2, seed=0)
    host.handle(m.Configure(exp, data, generation=1))
    host.handle(m.StepEpoch())
    host.handle(m.StepEpoch())

    def snaps():
        return [x for x in out.sent if isinstance(x, m.Snapshot)]
    st = snaps()[-1].timeline
    assert st["recording"] and st["steps"] == 2 * st["steps_per_epoch"] == 16   # 80 points, 10 a batch
    assert snaps()[-1].scrub is None
    theta_end = host.engine.trainer.net.theta.copy()
    host.handle(m.TimelineScrub(13))
    scrub = snaps()[-1]
    assert scrub.scrub == 13 and scrub.step == 13 and scrub.epoch == 1
    assert len(scrub.step_losses) == 0 and scrub.generation == 1
    assert scrub.views["output"].shape == (100, 100)
    assert np.array_equal(host.engine.trainer.net.theta, theta_end)   # the run untouched
    host.handle(m.TimelineExport(7, 10_000))
    answer = [x for x in out.sent if isinstance(x, m.TimelineState)][-1]
    assert answer.id == 7 and answer.timeline.steps == 16
    assert answer.timeline.nbytes() <= 10_000 or len(answer.timeline.checkpoints) <= 2
    assert np.array_equal(answer.state["weights"][0][0], host.engine.trainer.net.layers[0].W)
    host.handle(m.TimelineBranch(13))
    last = snaps()[-1]
    assert last.reset_history and len(last.step_losses) == 13 and last.step == 13


def test_scrubs_coalesce_branches_are_kept():
    """While the slider is dragged only the newest scrub matters; a branch is never dropped."""
    from annstudio.engines import messages as m
    from annstudio.engines.protocol import Inbox
    inbox = Inbox()
    for cmd in (m.TimelineScrub(3), m.TimelineBranch(3), m.TimelineScrub(5),
                m.TimelineScrub(9), m.TimelineBranch(9)):
        inbox.put(cmd)
    got = []
    while (cmd := inbox.get(0)) is not None:
        got.append(cmd)
    assert got == [m.TimelineBranch(3), m.TimelineScrub(9), m.TimelineBranch(9)]


def _saved_and_reopened(tmp_path, steps, on_step=None):
    """A recorded Adam run saved with its timeline (`io.experiment_file`), then opened as
    File ▸ Open does: an engine resumed at the run's exact state, the timeline adopted."""
    from annstudio.core.experiment import DatasetSpec, Experiment
    from annstudio.engines.factory import from_experiment
    from annstudio.io import experiment_file as ef
    exp = Experiment(dataset=DatasetSpec("moons", n=120, seed=1))
    exp.network.hidden, exp.network.activations = [6, 5], ["tanh", "tanh"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.02}
    exp.training.batch_size = 8
    e = from_experiment(exp, data=exp.build_data())
    lt = LiveTimeline(budget_bytes=40_000)
    thetas = _run(e, lt, steps, on_step)
    path = tmp_path / "run.annstudio"
    ef.save_engine(path, exp, e, timeline=lt.export(e, {"id": 1}).timeline)
    loaded = ef.load(path)
    e2 = loaded.make_engine()
    lt2 = LiveTimeline(budget_bytes=40_000)
    assert lt2.adopt(e2, loaded.timeline)
    return e, e2, lt2, thetas


def test_a_reopened_runs_timeline_scrubs_to_the_runs_own_weights(tmp_path):
    e, e2, lt2, thetas = _saved_and_reopened(tmp_path, 200)
    st = lt2.status(e2)
    assert st["recording"] and st["steps"] == 200 and st["first_step"] == 0
    for K in (0, 1, 63, 64, 100, 199, 200):
        net, epoch, shown = lt2.scrub(K)
        assert shown == K and np.array_equal(net.theta, thetas[K]), K
    # the reopened run trains on as the run would have, and its record goes on
    e.step()
    e2.step()
    lt2.record(e2)
    assert np.array_equal(e2.trainer.net.theta, e.trainer.net.theta)
    assert lt2.status(e2)["steps"] == 201
    assert np.array_equal(lt2.scrub(150)[0].theta, thetas[150])


def test_a_reopened_step_that_cannot_be_replayed_shows_the_checkpoint_before_it(tmp_path):
    """An lr typed during the run between two checkpoints is not in the file: scrubbing
    past it shows the checkpoint before (exact), and a branch from it says why not."""
    from annstudio.engines.live_timeline import NotReplayable

    def change(eng):
        if eng.trainer.step_count == 150:
            eng.set_hyperparameters(lr=0.005)
    e, e2, lt2, thetas = _saved_and_reopened(tmp_path, 200, change)
    before = lt2.timeline.checkpoint_before(170).step
    assert before < 150
    net, _, shown = lt2.scrub(170)
    assert shown == before and np.array_equal(net.theta, thetas[before])
    net, _, shown = lt2.scrub(140)               # before the change: replayed exactly
    assert shown == 140 and np.array_equal(net.theta, thetas[140])
    with pytest.raises(NotReplayable, match=f"step {before}, the checkpoint before it"):
        lt2.branch(170)


def test_a_timeline_that_does_not_end_where_the_engine_stands_is_left_out(tmp_path):
    e, e2, lt2, thetas = _saved_and_reopened(tmp_path, 40)
    e3 = _engine()                                 # another run, at step 0
    lt3 = LiveTimeline()
    assert not lt3.adopt(e3, lt2.timeline)
    assert lt3.status(e3)["steps"] == 0


# ----- issue 21: weights set by hand and a restarted engine keep the run's past -----
def _checkpoints(lt):
    return [(c.step, c.pinned) for c in lt.timeline.checkpoints]


def test_weights_set_by_hand_start_a_branch_and_keep_the_past():
    e = _engine("adam", lr=0.02)
    lt = LiveTimeline(budget_bytes=40_000)
    thetas = _run(e, lt, 150)
    run = lt.status(e)["run"]
    w = e.net.get_weights()
    w[0][0][0, 0] = 5.0
    lt.edit(e, w)
    assert e.net.get_weights()[0][0][0, 0] == 5.0
    st = lt.status(e)
    assert (st["run"], st["first_step"], st["steps"]) == (run, 0, 150)
    assert _checkpoints(lt)[-1] == (150, True)
    for K in (0, 100, 149):                         # the run before the edit, as it was
        assert np.array_equal(lt.scrub(K)[0].theta, thetas[K]), K
    edited = lt.scrub(150)[0].theta
    assert edited[0] == 5.0 and np.array_equal(edited, e.trainer.net.theta)
    # the record goes on from the edited weights; replays start at the pin, never before
    after = _run(e, lt, 60)
    for K in (151, 170, 209, 210):
        assert np.array_equal(lt.scrub(K)[0].theta, after[K]), K
    # thinning keeps the pin (a replay through it would give the unedited run)
    lt.timeline.budget_bytes = 1
    lt.timeline.fit_budget()
    assert (150, True) in _checkpoints(lt)
    assert np.array_equal(lt.scrub(200)[0].theta, after[200])


def test_setting_the_weights_back_puts_the_run_and_its_record_back():
    e = _engine("adam", lr=0.02)
    ref = _engine("adam", lr=0.02)
    lt = LiveTimeline(budget_bytes=40_000)
    _run(e, lt, 130)
    for _ in range(130):
        ref.step()
    record = _checkpoints(lt)
    state = e.trainer.snapshot()
    old = e.net.get_weights()
    w1 = [(W.copy(), b.copy()) for W, b in old]
    w1[0][0][0, 0] = 5.0
    w2 = [(W.copy(), b.copy()) for W, b in w1]
    w2[1][1][0] = -2.0
    lt.edit(e, w1)
    lt.edit(e, w2)                                  # a second edit at the same step
    lt.edit(e, w1)                                  # Undo
    assert _checkpoints(lt)[-1] == (130, True)
    assert np.array_equal(lt.scrub(130)[0].theta, e.trainer.net.theta)
    lt.edit(e, old)                                 # Undo
    assert _checkpoints(lt) == record
    snap = e.trainer.snapshot()
    assert np.array_equal(snap["theta"], state["theta"])
    assert snap["divergence_reference"] == state["divergence_reference"]
    # the run goes on exactly as the unedited one
    for _ in range(40):
        e.step()
        lt.record(e)
        ref.step()
    assert e.history.step_loss == ref.history.step_loss
    assert np.array_equal(e.trainer.net.theta, ref.trainer.net.theta)


def test_a_restarted_engine_carries_the_kept_timeline_on():
    """As the GUI restarts a killed engine: the last weights and the whole history, no
    optimizer state, the timeline the client kept (exported before the crash, with the
    run's replay log). The steps between the kept copy and the crash are replayed from its
    last checkpoint; the lr typed at step 120 is replayed where it happened."""
    e = _engine("adam", lr=0.02)
    lt = LiveTimeline(budget_bytes=40_000)

    def change(eng):
        if eng.trainer.step_count == 120:
            eng.set_hyperparameters(lr=0.005)
    thetas = _run(e, lt, 150, change)
    kept = lt.export(e, {"id": -1, "budget_bytes": 40_000})
    thetas.update(_run(e, lt, 52))                   # then the crash, at step 202
    epoch_steps = list(lt.timeline.epoch_steps)
    h = e.history.copy()
    state = {"weights": e.net.get_weights(), "optimizer": None, "epoch": len(h.epochs),
             "batch_index": 0, "step_count": len(h.step_loss), "history": h}
    e2 = _engine("adam", lr=0.005)
    e2.import_state(state)
    lt2 = LiveTimeline(budget_bytes=40_000)
    assert lt2.adopt(e2, kept.timeline, kept.log)
    st = lt2.status(e2)
    assert (st["run"], st["first_step"], st["steps"]) == (kept.log["run"], 0, 202)
    assert lt2.timeline.epoch_steps == epoch_steps
    for K in (0, 119, 120, 121, 149, 150, 170, 201, 202):
        assert np.array_equal(lt2.scrub(K)[0].theta, thetas[K]), K
    # it trains on from the crash (a fresh optimizer state: a stretch of its own)
    after = _run(e2, lt2, 30)
    assert np.array_equal(lt2.scrub(220)[0].theta, after[220])
    # and a branch back into the steps before the crash repeats the run there
    lt2.branch(170)
    assert e2.history.step_loss == h.step_loss[:170]
    assert [r.epoch for r in e2.history.epochs] == [r.epoch for r in h.epochs
                                                    if epoch_steps[r.epoch - 1] <= 170]
    assert np.array_equal(e2.trainer.net.theta, thetas[170])


def test_a_kept_timeline_of_another_run_is_left_out():
    e = _engine("adam", lr=0.02)
    lt = LiveTimeline(budget_bytes=40_000)
    _run(e, lt, 80)
    kept = lt.export(e, {"id": -1})
    other = _engine("adam", lr=0.05)
    lt2 = LiveTimeline()
    _run(other, lt2, 90)
    lt3 = LiveTimeline()
    assert not lt3.adopt(other, kept.timeline, kept.log)
    assert lt3.status(other)["first_step"] == 90
