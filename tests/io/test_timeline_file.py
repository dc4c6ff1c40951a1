"""The optional timeline of an experiment file: saved bounded, loaded strictly, and a loaded
timeline replays the run bit for bit."""
import json

import pytest

import annstudio as ann
from annstudio.core import timeline
from annstudio.core.experiment import Experiment
from annstudio.engines.numpy_engine import NumpyEngine
from annstudio.io import experiment_file as ef


def recorded_run(name="adam", params=None, epochs=4):
    exp = Experiment()
    exp.dataset.n, exp.network.hidden, exp.network.activations = 120, [6], ["relu"]
    exp.optimizer.name, exp.optimizer.params = name, params or {"lr": 0.01}
    data = exp.build_data()
    eng = NumpyEngine(exp.build_network(data), data, name, exp.optimizer.params)
    tl = timeline.Timeline.start(eng.trainer)
    for _ in range(epochs * eng.steps_per_epoch):
        eng.step()
        tl.record(eng.trainer)
    return exp, data, eng, tl.freeze()


@pytest.mark.parametrize("name, params", [("adam", {"lr": 0.01}),
                                          ("lecture_rmsprop", {"lr": 0.01}),
                                          ("sgd", {"lr": 0.05, "momentum": 0.9})])
def test_saved_timeline_replays_the_run_bit_for_bit(tmp_path, name, params):
    exp, data, eng, tl = recorded_run(name, params)
    path = tmp_path / "run.annstudio"
    ef.save_engine(path, exp, eng, timeline=tl)
    loaded = ef.load(path)
    lt = loaded.timeline
    assert [c.step for c in lt.checkpoints] == [c.step for c in tl.checkpoints]
    fresh = NumpyEngine(exp.build_network(data), data, name, params)
    lt.restore(fresh.trainer, 13)
    while fresh.trainer.step_count < tl.steps:
        fresh.step()
    assert fresh.history.step_loss == tl.history.step_loss
    assert fresh.history.train_loss == eng.history.train_loss


def test_saved_timeline_is_thinned_to_the_file_budget(tmp_path, monkeypatch):
    exp, data, eng, tl = recorded_run(epochs=6)
    monkeypatch.setattr(ef, "TIMELINE_BUDGET_BYTES", 20 * 1024)
    doc = ef.to_document(exp, weights=eng.net, history=eng.history, timeline=tl,
                         optimizer_state=eng.export_state()["optimizer"])
    stored = doc["timeline"]
    assert stored["k"] > tl.k and len(stored["checkpoints"]) < len(tl.checkpoints)
    assert all(c["step"] % stored["k"] == 0 for c in stored["checkpoints"])


@pytest.mark.parametrize("edit, words", [
    (lambda t: t["checkpoints"][1].update(step=0), "must be larger than the previous"),
    (lambda t: t["checkpoints"][0]["theta"].update(shape=[3]), "has shape (3,)"),
    (lambda t: t.update(checkpoints=[]), "must be a list of 1 to 4096 checkpoints"),
    (lambda t: t["checkpoints"][2]["optimizer"].update(name="nadam"), "must be one of"),
    (lambda t: t["checkpoints"][2]["optimizer"]["state"][0].update(bogus=1),
     "is not part of adam's state"),
    (lambda t: t.update(epoch_steps=[1]), "one step per epoch record"),
    (lambda t: t.update(extra=1), "timeline.extra is not a known field"),
    (lambda t: t["checkpoints"][3].update(batch_index=30), "batch_index must be less than 12"),
    (lambda t: t["checkpoints"][1].update(pinned="yes"), "pinned must be true or false"),
])
def test_a_tampered_timeline_is_refused_in_one_sentence(tmp_path, edit, words):
    exp, data, eng, tl = recorded_run()
    path = tmp_path / "run.annstudio"
    ef.save_engine(path, exp, eng, timeline=tl)
    doc = json.loads(path.read_text())
    edit(doc["timeline"])
    path.write_text(json.dumps(doc))
    with pytest.raises(ef.LoadError) as e:
        ef.load(path)
    assert words in str(e.value) and "\n" not in str(e.value)


def test_a_file_without_timeline_loads_as_before(tmp_path):
    exp, data, eng, _ = recorded_run(epochs=1)
    path = tmp_path / "run.annstudio"
    ef.save_engine(path, exp, eng)
    assert ef.load(path).timeline is None
    assert "timeline" not in json.loads(path.read_text())
    assert ann is not None


def test_a_pinned_checkpoint_is_saved_and_kept_through_the_files_thinning(tmp_path,
                                                                         monkeypatch):
    """Weights set by hand mid-run start a pinned checkpoint (`Timeline.pin`): the file
    keeps it, marked, even where thinning drops the checkpoints around it."""
    exp, data, eng, tl = recorded_run(epochs=2)
    tl = timeline.Timeline.start(eng.trainer)
    w = eng.net.get_weights()
    w[0][0][0, 0] = 3.0
    eng.set_weights(w)
    for _ in range(5):
        eng.step()
        tl.record(eng.trainer)
    tl.pin(eng.trainer)
    pinned_at = eng.trainer.step_count
    for _ in range(3 * eng.steps_per_epoch):
        eng.step()
        tl.record(eng.trainer)
    monkeypatch.setattr(ef, "TIMELINE_BUDGET_BYTES", 1)
    path = tmp_path / "run.annstudio"
    ef.save_engine(path, exp, eng, timeline=tl)
    loaded = ef.load(path).timeline
    assert [(c.step, c.pinned) for c in loaded.checkpoints if c.pinned] == [(pinned_at, True)]
    assert pinned_at % loaded.k != 0
