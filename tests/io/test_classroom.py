"""The classroom's files (issue 24): a challenge, three students hand in, the teacher collects.

Scores are checked against an independent evaluation: the hand-in's network run forward
here with plain NumPy (u = z W + b, z = φ(u)) on the key's held-out points.
"""
import csv
import io
import json
import os
import zipfile

import numpy as np
import pytest

from annstudio.core import classroom as rules
from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import lecture_moons
from annstudio.engines.factory import from_experiment
from annstudio.io import classroom, experiment_file

LIMITS = rules.Limits(max_parameters=500, max_epochs=300, optimizers=["adam", "sgd"])


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A challenge on the lecture's moons (seed 0, a lesson's, known to everyone), saved."""
    folder = tmp_path_factory.mktemp("challenge")
    exp = lecture_moons()
    exp.dataset.test_fraction = 0.2
    ch, key, notes = classroom.make_challenge(
        exp, title="Two moons", task="Best held-out accuracy with at most 500 parameters.",
        locked="dataset,output", reasons={"output": "σ for two classes."}, limits=LIMITS,
        hold_out=0.3)
    path, key_path = classroom.save_challenge(ch, key, folder / "moons.challenge")
    return folder, path, key_path, notes


@pytest.fixture(scope="module")
def runs(made, tmp_path_factory):
    """Trained runs of the challenge, saved as experiment files: {name: Loaded}."""
    folder = tmp_path_factory.mktemp("runs")
    ch = classroom.load_challenge(made[1])
    out = {}
    for name, hidden, opt, lr, epochs in (("ada", [8], "adam", 0.02, 60),
                                          ("bob", [30, 30], "adam", 0.01, 5),
                                          ("cy", [6], "sgd", 0.1, 40),
                                          ("dee", [4, 4], "adam", 0.02, 30),
                                          ("eve", [10], "sgd", 0.05, 20)):
        e = ch.experiment.copy()
        e.network.hidden, e.network.activations = hidden, ["relu"] * len(hidden)
        e.optimizer.name, e.optimizer.params = opt, {"lr": lr}
        e.training.epochs = epochs
        eng = from_experiment(e, data=ch.data)
        eng.train(epochs)
        p = folder / f"{name}.annstudio"
        experiment_file.save_engine(p, e, eng, data=ch.data)
        out[name] = experiment_file.load(p)
    return out


def numpy_accuracy(doc, X, y):
    """Held-out accuracy of a hand-in's network, computed from its JSON with plain NumPy."""
    run = doc["run"]
    phis = {"relu": lambda u: np.maximum(u, 0), "tanh": np.tanh}
    acts = run["experiment"]["network"]["activations"]
    z = X
    for k, layer in enumerate(run["weights"]):
        W = experiment_file.decode_array(layer["W"], "W")
        b = experiment_file.decode_array(layer["b"], "b")
        u = z @ W + b
        z = phis[acts[k]](u) if k < len(acts) else 1 / (1 + np.exp(-u))
    return float(np.mean((z[:, 0] > 0.5) == y))


def read(path):
    return json.loads(open(path, encoding="utf-8").read())


def write(path, doc):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh)


def test_three_students_hand_in_and_the_teacher_ranks_on_the_held_out_points(made, runs,
                                                                                tmp_path):
    _, ch_path, key_path, _ = made
    ch = classroom.load_challenge(ch_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    ada = classroom.hand_in(runs["ada"], ch, "Ada", inbox, token="a" * 32)
    # over a limit: refused with the reason, and nothing is written
    with pytest.raises(AnnStudioError, match=r"refused: the network has 1,051 parameters; "
                                             r"at most 500 are allowed"):
        classroom.hand_in(runs["bob"], ch, "Bob", inbox, token="b" * 32)
    assert sorted(os.listdir(inbox)) == [os.path.basename(ada)]
    cy = classroom.hand_in(runs["cy"], ch, "Cy", inbox, token="c" * 32)
    dee = classroom.hand_in(runs["dee"], ch, "Dee", inbox, token="d" * 32)
    eve = classroom.hand_in(runs["eve"], ch, "Eve", inbox, token="e" * 32)
    # Cy claims a perfect score in the history the file carries
    doc = read(cy)
    for r in doc["run"]["history"]["epochs"]:
        r["test_metric"] = r["train_metric"] = 1.0
        r["test_loss"] = r["train_loss"] = 0.0
    write(cy, doc)
    # Dee's weights do not fit the 2→4→4→1 network the file declares
    doc = read(dee)
    doc["run"]["weights"][1]["W"] = experiment_file.encode_array(np.ones((4, 5)))
    doc["run"]["weights"][1]["b"] = experiment_file.encode_array(np.ones(5))
    write(dee, doc)

    key = classroom.load_key(key_path)
    col = classroom.collect(inbox, key)
    rows = {r.student: r for r in col.rows}
    assert set(rows) == {"Ada", "Cy", "Dee", "Eve"}
    assert all(r.refused is None for r in col.rows)
    # the teacher's own scores: the independent NumPy forward pass on the held-out points
    truth = {name: numpy_accuracy(read(p), key.X, key.y)
             for name, p in (("Ada", ada), ("Cy", cy), ("Eve", eve))}
    for name, acc in truth.items():
        assert rows[name].score == pytest.approx(acc, abs=1e-12)
    assert rows["Cy"].score < 1.0                 # the claimed 1.0 is not what counts
    want = {n: 1 + sum(t > s for t in truth.values()) for n, s in truth.items()}
    assert {n: rows[n].rank for n in truth} == want
    assert rows["Dee"].rank is None and rows["Dee"].score is None
    assert any("do not fit its declared network 2→4→4→1" in f for f in rows["Dee"].flags)
    assert [r.student for r in col.rows][:3] == sorted(truth, key=lambda n: want[n])
    assert rows["Ada"].layers == "2→8→1" and rows["Ada"].parameters == 33
    assert (rows["Ada"].optimizer, rows["Ada"].lr, rows["Ada"].epochs) == ("adam", 0.02, 60)
    text = "\n".join(classroom.table_text(col))
    assert "do not fit" in text and "held-out accuracy" in text


def test_the_challenge_holds_none_of_the_held_out_points(made):
    _, ch_path, key_path, _ = made
    key = classroom.load_key(key_path)
    doc = read(ch_path)
    arrays = []

    def walk(v):
        if isinstance(v, dict):
            if set(v) == {"dtype", "shape", "data"}:
                arrays.append(experiment_file.decode_array(v, "a"))
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(doc)
    assert arrays, "the challenge holds the given points"
    held = {tuple(x) for x in key.X}
    for a in arrays:
        rows = a.reshape(len(a), -1) if a.ndim else a.reshape(1, 1)
        assert not any(tuple(r[:2]) in held for r in rows if len(r) >= 2)
    given = classroom.load_challenge(ch_path).data
    assert len(given) + len(key.y) == 500 and "y_test" not in json.dumps(doc["limits"])
    # nothing regenerates them: the challenge's dataset is its stored points, and the
    # teacher file's public seed (the lesson's 0) draws other points
    assert doc["experiment"]["experiment"]["dataset"]["name"] == "points"
    public = datasets.make("moons", n=500, noise=0.1, seed=0, test_fraction=0.0)
    assert not held & {tuple(x) for x in public.X}
    assert key.source["dataset"]["seed"] != 0
    assert key.source["dataset"]["seed"] != doc["experiment"]["experiment"]["dataset"]["seed"]


def test_notes_and_the_key_stay_apart(made, tmp_path):
    folder, ch_path, key_path, notes = made
    assert key_path == str(folder / "moons.key")
    assert any("1,741 parameters" in n for n in notes)      # the lecture net, as given
    with pytest.raises(AnnStudioError, match="students' challenge, not the teacher's key"):
        classroom.load_key(ch_path)
    ch = classroom.load_challenge(ch_path)
    assert ch.locked == {"dataset": rules.LOCKS["dataset"].reason, "output": "σ for two classes."}
    # an existing key is never replaced by accident
    key = classroom.load_key(key_path)
    with pytest.raises(AnnStudioError, match="exists"):
        classroom.save_challenge(ch, key, ch_path)


def test_a_locked_field_or_an_optimizer_not_allowed_is_refused_at_hand_in(made, runs,
                                                                          tmp_path):
    ch = classroom.load_challenge(made[1])
    loaded = runs["ada"]
    loaded.experiment.network.output = "identity"
    try:
        with pytest.raises(AnnStudioError, match=r"it changed the output layer, which is "
                                                 r"locked \(σ for two classes\.\)"):
            classroom.hand_in(loaded, ch, "Ada", tmp_path, token="a" * 32)
    finally:
        loaded.experiment.network.output = "auto"
    loaded.experiment.optimizer.name, loaded.experiment.optimizer.params = "adagrad", {"lr": 0.1}
    try:
        with pytest.raises(AnnStudioError, match="the optimizer adagrad is not allowed"):
            classroom.hand_in(loaded, ch, "Ada", tmp_path, token="a" * 32)
    finally:
        loaded.experiment.optimizer.name, loaded.experiment.optimizer.params = "adam", {"lr": 0.02}
    # other points than the given ones: the locked dataset changed
    data = loaded.data
    moved = data.with_points(data.X_train + 0.01, data.y_train, data.X_test, data.y_test)
    swapped = experiment_file.Loaded(loaded.experiment, moved, loaded.weights, None,
                                     loaded.history)
    with pytest.raises(AnnStudioError, match="it changed the dataset, which is locked"):
        classroom.hand_in(swapped, ch, "Ada", tmp_path, token="a" * 32)
    assert os.listdir(tmp_path) == []


def test_a_new_validation_split_of_the_given_points_is_allowed(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    data = runs["ada"].data
    resplit = datasets.resplit(data, 0.4, 7)
    loaded = experiment_file.Loaded(runs["ada"].experiment, resplit, runs["ada"].weights,
                                    None, runs["ada"].history)
    assert classroom.hand_in(loaded, ch, "Ada", tmp_path, token="a" * 32)


def test_a_later_hand_in_never_replaces_an_earlier_one_and_the_latest_counts(made, runs,
                                                                             tmp_path):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    t = 1_800_000_000
    first = classroom.hand_in(runs["eve"], ch, "Ada", tmp_path, token="a" * 32, now=t)
    again = classroom.hand_in(runs["ada"], ch, "Ada", tmp_path, token="a" * 32, now=t)
    later = classroom.hand_in(runs["cy"], ch, "Ada", tmp_path, token="a" * 32, now=t + 60)
    namesake = classroom.hand_in(runs["eve"], ch, " Ada ", tmp_path, token="f" * 32, now=t + 5)
    assert len({first, again, later, namesake}) == 4 and len(os.listdir(tmp_path)) == 4
    col = classroom.collect(tmp_path, key)
    by_file = {r.file: r for r in col.rows}
    assert by_file[os.path.basename(later)].rank is not None
    assert by_file[os.path.basename(namesake)].rank is not None
    for p in (first, again):
        r = by_file[os.path.basename(p)]
        assert r.superseded and r.rank is None
        assert r.flags[0].startswith("an earlier hand-in")
    labels = {by_file[os.path.basename(p)].label for p in (later, namesake)}
    assert labels == {"Ada (1)", "Ada (2)"}


def test_bad_files_get_one_refused_line_each_and_the_others_go_on(made, runs, tmp_path,
                                                                  monkeypatch):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    good = classroom.hand_in(runs["ada"], ch, "Ada", tmp_path, token="a" * 32)
    (tmp_path / "garbage.handin").write_bytes(b"\x00\x01 not json")
    (tmp_path / "notes.txt").write_text("not a hand-in")
    doc = read(good)
    bad = dict(doc, student="\x1b[31mMallory\x1b[0m")        # a terminal escape in the name
    write(tmp_path / "escape.handin", bad)
    write(tmp_path / "other.handin", dict(doc, challenge="0" * 32))
    write(tmp_path / "extra.handin", dict(doc, score=1.0))    # a claimed score: not the schema
    nan = json.loads(json.dumps(doc))
    nan["run"]["weights"][0]["W"] = experiment_file.encode_array(np.ones((2, 8)))
    raw = np.ones((2, 8))
    raw[0, 0] = np.nan
    import base64
    nan["run"]["weights"][0]["W"]["data"] = base64.b64encode(raw.astype("<f8").tobytes()).decode()
    write(tmp_path / "nan.handin", dict(nan, student_token="9" * 32, student="Nan"))
    big = tmp_path / "big.handin"
    big.write_bytes(b" " * (os.path.getsize(good) + 4096))
    monkeypatch.setattr(classroom, "MAX_HANDIN_BYTES", 1024 + os.path.getsize(good))
    col = classroom.collect(tmp_path, key)
    refused = {r.file: r.refused for r in col.rows if r.refused is not None}
    assert set(refused) == {"garbage.handin", "escape.handin", "other.handin", "extra.handin",
                            "big.handin"}
    assert "binary file" in refused["garbage.handin"]
    assert "control character U+001B" in refused["escape.handin"]
    assert "another challenge" in refused["other.handin"]
    assert "score is not a known field" in refused["extra.handin"]
    assert "hand-ins are at most" in refused["big.handin"]
    assert col.ignored == 1
    rows = {r.student: r for r in col.rows if r.refused is None}
    assert rows["Ada"].rank == 1
    assert rows["Nan"].rank is None and "not all finite" in rows["Nan"].flags[0]
    lines = classroom.table_text(col)
    assert sum(line.startswith("refused: ") for line in lines) == 5
    assert not any("\x1b" in line for line in lines)


def test_a_zip_from_a_learning_platform_reads_like_the_folder(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("ada", "cy", "eve"):
        classroom.hand_in(runs[name], ch, name.title(), folder, token=name[0] * 32)
    z = tmp_path / "export.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, f in enumerate(sorted(os.listdir(folder))):
            zf.write(folder / f, f"Student {i}_{i}_assignsubmission_file_/{f}")
        zf.writestr("../../evil.handin", b"{}")
        zf.writestr("readme.txt", b"hello")
        zf.writestr("bomb.handin", b"0" * (classroom.MAX_HANDIN_BYTES + 1))
    a, b = classroom.collect(folder, key), classroom.collect(z, key)
    score = {r.student: (r.score, r.rank) for r in a.rows}
    assert score == {r.student: (r.score, r.rank) for r in b.rows if r.refused is None}
    refused = {r.file: r.refused for r in b.rows if r.refused is not None}
    assert set(refused) == {"../../evil.handin", "bomb.handin"}
    assert "hand-ins are at most" in refused["bomb.handin"]
    assert not (tmp_path.parent / "evil.handin").exists()
    with pytest.raises(AnnStudioError, match="neither a folder nor a .zip"):
        classroom.collect(folder / os.listdir(folder)[0], key)


def test_csv_export_never_makes_a_formula(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    names = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1)", "Ada \"the\" Lovelace"]
    for i, n in enumerate(names):
        classroom.hand_in(runs["ada"], ch, n, tmp_path, token=f"{i + 1}" * 32)
    col = classroom.collect(tmp_path, key)
    rows = list(csv.DictReader(io.StringIO(classroom.table_csv(col))))
    got = {r["name"] for r in rows}
    assert got == {"'=HYPERLINK(\"http://x\",\"y\")", "'+1+2", "'-3", "'@SUM(A1)",
                   "Ada \"the\" Lovelace"}
    assert all(float(r["accuracy"]) == col.rows[0].score for r in rows)
    assert classroom.csv_cell("\tx") == "'\tx" and classroom.csv_cell("0.5") == "0.5"


def test_the_class_predictions_are_tallied_per_question(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    q1 = "A larger learning rate always converges faster?"
    q2 = "u_{1,0} = z·W + b"
    for i, (a1, ok1, a2) in enumerate((("yes", False, "0.31"), ("yes", False, "0.30"),
                                       ("no", True, "0.31"))):
        classroom.hand_in(runs["ada"], ch, f"S{i}", tmp_path, token=f"{i + 1}" * 32,
                          predictions=[rules.Answer(q1, a1, ok1),
                                       {"question": q2, "answer": a2, "correct": a2 == "0.31"}])
    col = classroom.collect(tmp_path, key)
    t = {x.question: x for x in col.tally}
    assert t[q1].answers == {"yes": 2, "no": 1} and (t[q1].right, t[q1].wrong) == (1, 2)
    assert t[q2].answers == {"0.31": 2, "0.30": 1} and t[q2].right == 2
    text = "\n".join(classroom.tally_text(col))
    assert "(1 of 3 right)" in text and "2 × yes" in text


def test_regression_ranks_by_r2_of_the_hand_ins_own_target_scale(tmp_path):
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.dataset.name, exp.dataset.n, exp.dataset.noise = "sine", 200, 0.1
    exp.dataset.standardize_targets = True
    exp.network.hidden, exp.network.activations = [16], ["tanh"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.01}
    ch, key, _ = classroom.make_challenge(exp, title="Sine", hold_out=0.25)
    assert ch.measure == "r2"
    eng = from_experiment(ch.experiment.copy(), data=ch.data)
    eng.train(40)
    p = tmp_path / "run.annstudio"
    experiment_file.save_engine(p, ch.experiment, eng, data=ch.data)
    loaded = experiment_file.load(p)
    classroom.hand_in(loaded, ch, "Ada", tmp_path, token="a" * 32)
    col = classroom.collect(tmp_path, key)
    # R² by hand: ŷ = z_0·s_y + μ_y with the run's own target scale
    net = loaded.network()
    ty = loaded.experiment.target_standardizer(loaded.data)
    yhat = net(key.X)[:, 0] * ty.scale[0] + ty.mean[0]
    r2 = 1 - np.sum((key.y - yhat) ** 2) / np.sum((key.y - key.y.mean()) ** 2)
    assert col.rows[0].score == pytest.approx(r2, abs=1e-12) and col.rows[0].rank == 1


def test_the_rules_refuse_bad_challenges():
    exp = lecture_moons()
    with pytest.raises(AnnStudioError, match="cannot lock 'colour'"):
        classroom.make_challenge(exp, title="x", locked="colour")
    with pytest.raises(AnnStudioError, match="held-out share"):
        classroom.make_challenge(exp, title="x", hold_out=1.5)
    with pytest.raises(AnnStudioError,
                       match="but the challenge locks the hidden layers: no student"):
        classroom.make_challenge(exp, title="x", locked="layers",
                                 limits=rules.Limits(max_parameters=100))
    with pytest.raises(AnnStudioError, match="cannot rank a binary task"):
        classroom.make_challenge(exp, title="x", measure="r2")
    assert rules.ranks([0.5, 0.9, 0.9, None, float("nan")], True) == [3, 1, 1, None, None]
    assert rules.ranks([0.5, 0.2], False) == [2, 1]


def test_a_locked_epoch_count_is_the_count_trained(made, runs, tmp_path):
    folder = made[0]
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    ch.locked["epochs"] = "Everyone trains 60 epochs."
    ch.experiment.training.epochs = 60
    e = runs["cy"].experiment          # its setting says 40 and it trained 40
    e.training.epochs = 60             # the setting as the challenge's, the training not
    try:
        with pytest.raises(AnnStudioError, match="it changed the number of epochs"):
            classroom.hand_in(runs["cy"], ch, "Cy", tmp_path, token="c" * 32)
    finally:
        e.training.epochs = 40
    assert os.listdir(tmp_path) == [] and key.challenge.id == ch.id and folder.is_dir()


def test_a_shipped_multiclass_set_and_a_csv_file(tmp_path):
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.dataset.name = "iris"
    exp.network.hidden, exp.network.activations = [8], ["relu"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.02}
    ch, key, notes = classroom.make_challenge(exp, title="Iris", hold_out=0.2)
    assert any("ship with every copy" in n for n in notes)
    assert ch.experiment.dataset.standardize is True          # kept from the shipped default
    eng = from_experiment(ch.experiment.copy(), data=ch.data)
    eng.train(30)
    p = tmp_path / "run.annstudio"
    experiment_file.save_engine(p, ch.experiment, eng, data=ch.data)
    loaded = experiment_file.load(p)
    inbox = tmp_path / "in"
    inbox.mkdir()
    classroom.hand_in(loaded, ch, "Ada", inbox, token="a" * 32)
    row = classroom.collect(inbox, key).rows[0]
    st = loaded.experiment.standardizer(loaded.data)
    z = key.X
    z = (z - np.asarray(st.mean)) / np.asarray(st.scale)
    (W0, b0), (W1, b1) = loaded.weights
    u = np.maximum(z @ W0 + b0, 0) @ W1 + b1
    assert row.score == pytest.approx(float(np.mean(u.argmax(axis=1) == key.y)), abs=1e-12)
    # a CSV: its rows are split by a secret permutation; the challenge names no path
    rng = np.random.default_rng(1)
    X = rng.normal(size=(80, 2))
    csv_path = tmp_path / "points.csv"
    csv_path.write_text("a,b,label\n" + "".join(f"{x:.6f},{y:.6f},{int(x + y > 0)}\n"
                                                 for x, y in X))
    exp = Experiment()
    exp.dataset.name, exp.dataset.path = "csv", str(csv_path)
    exp.network.hidden, exp.network.activations = [4], ["relu"]
    ch, key, notes = classroom.make_challenge(exp, title="CSV", hold_out=0.25)
    assert not notes and len(key.y) == 20 and len(ch.data) == 60
    assert ch.experiment.dataset.path is None and ch.data.feature_names == ["a", "b"]
    paths = classroom.save_challenge(ch, key, tmp_path / "c.challenge")
    assert str(csv_path) not in open(paths[0], encoding="utf-8").read()


def test_derived_inputs_of_a_hand_in_are_computed_for_the_held_out_points(made, tmp_path):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    e = ch.experiment.copy()
    e.dataset.features = ["x1^2", "x1x2"]           # not locked: the student adds inputs
    e.network.hidden, e.network.activations = [6], ["tanh"]
    e.optimizer.name, e.optimizer.params = "adam", {"lr": 0.02}
    data = datasets.with_features(ch.data, e.dataset.features)
    eng = from_experiment(e, data=data)
    eng.train(20)
    p = tmp_path / "run.annstudio"
    experiment_file.save_engine(p, e, eng, data=data)
    loaded = experiment_file.load(p)
    path = classroom.hand_in(loaded, ch, "Ada", tmp_path, token="a" * 32)
    row = classroom.collect(tmp_path, key).rows[0]
    X = np.column_stack([key.X, key.X[:, 0] ** 2, key.X[:, 0] * key.X[:, 1]])
    (W0, b0), (W1, b1) = loaded.weights
    u = np.tanh(X @ W0 + b0) @ W1 + b1
    assert row.flags == [] and row.layers == "4→6→1"
    assert row.score == pytest.approx(float(np.mean((u[:, 0] > 0) == key.y)), abs=1e-12)
    assert os.path.basename(path) == row.file
