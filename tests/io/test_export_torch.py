"""The exported PyTorch script: same data, same weights, trains like the app, no annstudio."""
import contextlib
import importlib.util
import io
import os
import re
import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from annstudio.core import datasets  # noqa: E402
from annstudio.core.errors import AnnStudioError  # noqa: E402
from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec,  # noqa: E402
                                       OptimizerSpec, TrainingSpec)
from annstudio.engines.factory import from_experiment  # noqa: E402
from annstudio.io import experiment_file as ef  # noqa: E402
from annstudio.io import export_torch  # noqa: E402

EPOCH_LINE = re.compile(r"^epoch\s+(\d+)\s+loss ([0-9.e+-]+)", re.M)


def load_script(path):
    spec = importlib.util.spec_from_file_location(f"exported_{abs(hash(str(path)))}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_in_process(mod, *args):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        mod.main(["--cpu", *args])
    return buf.getvalue()


def losses(output):
    return [float(m.group(2)) for m in EPOCH_LINE.finditer(output)]


def experiment(dataset, optimizer="sgd", params=None, hidden=(6, 5), acts=("relu", "tanh"),
               epochs=3, batch_size=8):
    return Experiment(dataset=dataset, network=NetworkSpec(list(hidden), list(acts), "auto", "lecture", 1),
                      optimizer=OptimizerSpec(optimizer, params or {"lr": 0.05}),
                      training=TrainingSpec(batch_size=batch_size, epochs=epochs, seed=3))


GENERATED = [
    DatasetSpec("moons", n=90, noise=0.2, seed=1),
    DatasetSpec("circles", n=90, noise=0.1, seed=2, test_fraction=0.3),
    DatasetSpec("xor", n=90, noise=0.05, seed=3, features=["x1x2"]),
    DatasetSpec("blobs", n=90, noise=0.1, seed=4, classes=3),
    DatasetSpec("spirals", n=90, noise=0.05, seed=5, classes=4, features=["x1^2", "sin x2"]),
    DatasetSpec("sine", n=90, noise=0.1, seed=6),
    DatasetSpec("plane", n=90, noise=0.1, seed=7, features=["x2^2", "sin x1"]),
    DatasetSpec("bumps", n=90, noise=0.05, seed=8, test_fraction=0.0),
    DatasetSpec("lecture_moons", n=10, noise=0.0, seed=9),   # a preset: its own settings win
]


@pytest.mark.parametrize("spec", GENERATED, ids=[s.name + str(s.seed) for s in GENERATED])
def test_generated_data_is_written_out_and_reproduces_the_same_arrays(tmp_path, spec):
    exp = experiment(spec)
    path = export_torch.write_script(tmp_path / "train.py", exp)
    text = open(path, encoding="utf-8").read()
    assert "_array((" not in text.split("def make_data")[0]   # no embedded data points
    mod = load_script(path)
    ref = datasets.from_spec(spec)
    for got, want in zip(mod.make_data(), (ref.X_train, ref.y_train, ref.X_test, ref.y_test)):
        assert np.array_equal(got, want)


def test_shipped_and_drawn_data_are_embedded(tmp_path):
    exp = experiment(DatasetSpec("iris", seed=2, test_fraction=0.3))
    mod = load_script(export_torch.write_script(tmp_path / "iris.py", exp))
    ref = datasets.from_spec(exp.dataset)
    for got, want in zip(mod.make_data(), (ref.X_train, ref.y_train, ref.X_test, ref.y_test)):
        assert np.array_equal(got, want)

    rng = np.random.default_rng(0)
    drawn = datasets.from_arrays(rng.normal(size=(30, 2)), rng.integers(0, 2, 30), task="binary",
                                 test_fraction=0.2, seed=1)
    exp = experiment(DatasetSpec("points", n=30))
    mod = load_script(export_torch.write_script(tmp_path / "drawn.py", exp, data=drawn))
    for got, want in zip(mod.make_data(), (drawn.X_train, drawn.y_train, drawn.X_test, drawn.y_test)):
        assert np.array_equal(got, want)
    with pytest.raises(AnnStudioError, match="pass data="):
        export_torch.write_script(tmp_path / "x.py", exp)


def test_initial_and_current_weights_are_embedded(tmp_path):
    exp = experiment(DatasetSpec("moons", n=60, seed=1))
    eng = from_experiment(exp)
    initial = eng.net.get_weights()
    eng.train(2)
    current = eng.net.get_weights()
    for which, want in ((True, initial), (False, current)):
        mod = load_script(export_torch.write_script(tmp_path / f"w{which}.py", exp,
                                                    weights=current, initial=which))
        model = mod.Net().double()
        mod.load_weights(model)
        for fc, (W, b) in zip([model.fc1, model.fc2, model.fc3], want):
            assert np.array_equal(fc.weight.detach().numpy().T, W)
            assert np.array_equal(fc.bias.detach().numpy(), b)
        # the module computes the app's network: same outputs on the data
        X = eng.data.X_train
        net = exp.build_network(eng.data)
        net.set_weights(want)
        with torch.no_grad():
            z = model.output(model(torch.from_numpy(X))).numpy()
        np.testing.assert_allclose(z, net(X), rtol=1e-12, atol=1e-14)


CASES = [
    ("sgd-momentum", DatasetSpec("moons", n=80, seed=1), "sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("lecture_momentum", DatasetSpec("moons", n=80, seed=1), "lecture_momentum", {"lr": 0.04, "eta": 0.7}),
    ("adagrad-multiclass", DatasetSpec("blobs", n=80, seed=2, classes=3), "adagrad", {"lr": 0.05}),
    ("rmsprop-regression", DatasetSpec("sine", n=80, seed=3), "rmsprop", {"lr": 0.005, "centered": True}),
    ("lecture_rmsprop", DatasetSpec("circles", n=80, seed=4), "lecture_rmsprop", {"lr": 0.01}),
    ("adam", DatasetSpec("spirals", n=80, seed=5), "adam", {"lr": 0.01, "weight_decay": 0.01}),
    # standardised by default: the script's MEAN/SCALE literals feed the same x̃ as the app
    ("adam-iris-standardised", DatasetSpec("iris", seed=1), "adam", {"lr": 0.01}),
    ("sgd-breast-cancer-standardised", DatasetSpec("breast_cancer", seed=2), "sgd", {"lr": 0.05}),
    ("sgd-moons-standardised", DatasetSpec("moons", n=80, seed=1, standardize=True), "sgd",
     {"lr": 0.05}),
]


@pytest.mark.parametrize("name,spec,optimizer,params", CASES, ids=[c[0] for c in CASES])
def test_script_in_app_order_trains_exactly_like_the_numpy_engine(tmp_path, name, spec, optimizer, params):
    """torch's optimizers/losses vs the app's NumPy engine: an independent implementation."""
    exp = experiment(spec, optimizer, params, epochs=3)
    mod = load_script(export_torch.write_script(tmp_path / "t.py", exp))
    out = run_in_process(mod, "--app-order")
    eng = from_experiment(exp)
    eng.train(3)
    np.testing.assert_allclose(losses(out), eng.history.train_loss, rtol=1e-5)
    assert "test loss" in out


def _isolated_run(script, tmp_path, *args):
    # -I: no PYTHONPATH, no user site; sys.modules['annstudio'] = None makes any import of
    # annstudio fail even though it is installed in this environment.
    code = ("import sys, runpy; sys.modules['annstudio'] = None; "
            f"sys.argv = [{str(script)!r}, *{list(args)!r}]; "
            f"runpy.run_path({str(script)!r}, run_name='__main__')")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(tmp_path)
    res = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=240)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def test_exported_script_runs_standalone_and_trains_like_the_app(tmp_path):
    exp = Experiment(dataset=DatasetSpec("moons", n=300, noise=0.2, seed=0),
                     network=NetworkSpec([20, 40, 20], ["relu"] * 3, "auto", "lecture", 0),
                     optimizer=OptimizerSpec("adam", {"lr": 0.005}),
                     training=TrainingSpec(batch_size=10, epochs=8, seed=0))
    ef.save(tmp_path / "run.annstudio", exp)
    script = tmp_path / "train.py"
    assert export_torch.main_export([str(tmp_path / "run.annstudio"), "-o", str(script)]) == 0
    text = script.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(import|from)\s+annstudio", text, re.M)
    assert "DataLoader(" in text and "TensorDataset(" in text and "nn.Linear(" in text
    assert "torch.cuda.is_available()" in text

    out = _isolated_run(script, tmp_path)          # the lecture's shuffling (torch's RNG)
    got = losses(out)
    assert len(got) == 8
    eng = from_experiment(exp)
    eng.train(8)
    want = eng.history.train_loss
    assert want[-1] < 0.5 * want[0]                  # the comparison is about real training
    assert abs(got[-1] - want[-1]) <= 0.10 * want[-1] + 0.01, (got, want)
    assert got[-1] < 0.5 * got[0]


def test_main_export_errors_are_one_line(tmp_path, capsys):
    assert export_torch.main_export([str(tmp_path / "missing.annstudio")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err
    assert export_torch.main_export(["--bogus"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("annstudio export torch: error:")
    (tmp_path / "bad.annstudio").write_text("{}")
    assert export_torch.main_export([str(tmp_path / "bad.annstudio")]) == 1
    assert "not an ANN Studio experiment file" in capsys.readouterr().err


def test_main_export_default_output_and_initial_flag(tmp_path, capsys):
    exp = experiment(DatasetSpec("moons", n=40, seed=1))
    eng = from_experiment(exp)
    eng.train(1)
    ef.save(tmp_path / "m.annstudio", exp, weights=eng.net)
    assert export_torch.main_export([str(tmp_path / "m.annstudio"), "--initial"]) == 0
    assert "wrote" in capsys.readouterr().out
    mod = load_script(tmp_path / "m.py")
    W = mod.WEIGHTS[0][0]
    assert np.array_equal(W, exp.build_network(eng.data).layers[0].W)
    assert not np.array_equal(W, eng.net.layers[0].W)


def test_script_standardises_with_the_stored_mean_and_scale_as_literals(tmp_path):
    exp = experiment(DatasetSpec("breast_cancer", seed=0))
    data = exp.build_data()
    st = exp.fit_standardizer(data)
    text = open(export_torch.write_script(tmp_path / "bc.py", exp, data=data),
                encoding="utf-8").read()
    # exact numbers, written as literals (never read from a file at run time)
    assert repr(float(st.mean[3])) in text and repr(float(st.scale[29])) in text
    mod = load_script(tmp_path / "bc.py")
    np.testing.assert_array_equal(mod.MEAN, st.mean)
    np.testing.assert_array_equal(mod.SCALE, st.scale)
    X = data.X_test[:5]
    np.testing.assert_allclose(mod.standardize(X), st.transform(X), rtol=0, atol=0)
    # standardisation off: no standardize() in the script, the raw inputs go in
    exp.dataset.standardize = False
    text = export_torch.script_text(exp, data=data)
    assert "def standardize" not in text and "MEAN" not in text


def test_class_names_reach_the_script_as_a_literal_and_its_confusion_matrix(tmp_path):
    import ast
    rng = np.random.default_rng(0)
    hostile = ['cat"\nimport os; os.system("x")  #', "dog's"]
    drawn = datasets.from_arrays(rng.normal(size=(40, 2)), rng.integers(0, 2, 40), task="binary",
                                 test_fraction=0.25, seed=1, class_names=hostile)
    exp = experiment(DatasetSpec("points", n=40))
    path = export_torch.write_script(tmp_path / "named.py", exp, data=drawn)
    text = open(path, encoding="utf-8").read()
    line = [ln for ln in text.splitlines() if ln.startswith("CLASS_NAMES = ")][0]
    assert ast.literal_eval(line.split(" = ", 1)[1]) == hostile
    assert "os.system" not in text.replace(line, "")
    mod = load_script(path)
    out = run_in_process(mod, "--epochs", "2")
    rows = out.split("columns = predicted):\n")[1].splitlines()[1:3]
    counts = [[int(v) for v in r.split()[-2:]] for r in rows]
    assert sum(map(sum, counts)) == drawn.n_test


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_standardised_targets_script_reports_the_apps_losses_in_the_targets_units(tmp_path,
                                                                                  seed):
    """A CSV regression (targets ~10³, standardised by default): the plain script in app
    order and the distributed one print and record the app's losses, in y's units, and
    its model predicts ŷ in y's units as the app does."""
    from tests.engines.test_standardized_targets import write_csv
    from annstudio.io.csvdata import load_csv
    data = load_csv(write_csv(tmp_path / "d.csv", seed), seed=seed)
    exp = experiment(data.spec, "sgd", {"lr": 0.05}, epochs=3)
    exp.training.dtype = "float64"
    exp.fit_standardizer(data)
    ty = exp.target_standardizer(data)
    assert ty is not None and ty.scale[0] > 100
    eng = from_experiment(exp, data=data)
    eng.train(3)
    want = eng.history
    assert min(want.train_loss) > 100          # y's units, not the network's (~1)

    plain = load_script(export_torch.write_script(tmp_path / "p.py", exp, data=data))
    out = run_in_process(plain, "--app-order")
    np.testing.assert_allclose(losses(out), want.train_loss, rtol=1e-6)
    assert plain.Y_MEAN == float(ty.mean[0]) and plain.Y_SCALE == float(ty.scale[0])
    ddp = load_script(export_torch.write_distributed_script(tmp_path / "d.py", exp, data=data))
    run_in_process(ddp, "--checkpoint", str(tmp_path / "c.pt"))
    h = torch.load(tmp_path / "c.pt", weights_only=True)
    np.testing.assert_allclose(h["history"]["train_loss"], want.train_loss, rtol=1e-9)
    np.testing.assert_allclose(h["history"]["test_loss"], want.test_loss, rtol=1e-9)

    model = plain.Net().double()          # the app's final weights, in the script's model
    with torch.no_grad():
        for fc, (W, b) in zip([model.fc1, model.fc2, model.fc3], eng.network().get_weights()):
            fc.weight.copy_(torch.from_numpy(W.T))
            fc.bias.copy_(torch.from_numpy(b))
        got = model.predict(torch.tensor(plain.standardize(data.X_test))).numpy()[:, 0]
    from annstudio.core import metrics
    rep = metrics.report(eng.network(), data, exp.standardizer(data), ty)
    np.testing.assert_allclose(got, rep["test"]["predicted"], rtol=1e-12)
