"""One divergence rule (core.divergence) for every engine and the CLI: SGD at lr 50 and Adam
at lr 100 on the lecture's moons stop with the weights from before the blow-up."""
import json
import subprocess
import sys

import numpy as np
import pytest

import annstudio as ann
from annstudio.core.divergence import HEALTHY, LOSS_BLOWUP, DivergenceRule
from annstudio.core.experiment import Experiment
from annstudio.engines.factory import from_experiment

CASES = [("sgd", {"lr": 50.0}), ("adam", {"lr": 100.0})]


def lecture_experiment(opt, hp):
    exp = Experiment()                       # the default: the lecture's moons and network
    exp.optimizer.name, exp.optimizer.params = opt, dict(hp)
    return exp


def whole_set_loss(weights, data):
    """The loss of ``weights`` on the training set, by the NumPy core (an oracle for torch)."""
    net = ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid", seed=0)
    net.set_weights(weights)
    return net.loss_and_gradients(data.X_train, data.y_train, loss="bce")[0]


@pytest.mark.parametrize("engine", ["numpy", "torch"])
@pytest.mark.parametrize("opt,hp", CASES, ids=["sgd-lr50", "adam-lr100"])
def test_blow_up_stops_with_moderate_weights(engine, opt, hp):
    if engine == "torch":
        pytest.importorskip("torch")
    exp = lecture_experiment(opt, hp)
    data = exp.build_data()
    e = from_experiment(exp, data=data, engine=engine)
    L0 = whole_set_loss(e.network().get_weights(), data)
    h = e.train(50)
    # it stops in the first epoch, not after 50 epochs of nonsense
    assert h.diverged and e.epoch == 0 and len(h.step_loss) < 20
    assert "training diverged" in h.diverged and f"(now {hp['lr']:g})" in h.diverged
    W = e.network().get_weights()
    assert max(float(np.max(np.abs(a))) for pair in W for a in pair) < 1e3
    # the kept weights are from before the blow-up: their loss is finite and moderate
    L = whole_set_loss(W, data)
    assert np.isfinite(L) and L <= HEALTHY * L0
    # ... while the step that stopped it was a real blow-up (the last recorded ones)
    assert max(h.step_loss + [0]) < LOSS_BLOWUP * L0


def test_normal_runs_never_trip_the_rule():
    for opt, hp in (("sgd", {"lr": 0.015}), ("adam", {"lr": 0.01}),
                    ("sgd", {"lr": 0.5, "momentum": 0.9})):
        e = from_experiment(lecture_experiment(opt, hp), engine="numpy")
        h = e.train(20)
        assert h.diverged is None and len(h) == 20


def test_rule_thresholds():
    rule = DivergenceRule()
    rule.start(0.5)
    assert rule.loss_problem(499.0) is None and "jumped" in rule.loss_problem(501.0)
    assert "nan" in rule.loss_problem(float("nan"))
    assert rule.healthy(5.0) and not rule.healthy(5.1)
    assert rule.weight_problem(1e6) is None and "10⁶" in rule.weight_problem(1.1e6)
    assert "inf" in rule.weight_problem(float("inf"))
    rule.start(0.001)                        # a resumed, nearly perfect run: floor 0.1
    assert rule.loss_problem(99.0) is None and rule.loss_problem(101.0)


def run_cli(*argv):
    return subprocess.run([sys.executable, "-m", "annstudio", "train", *argv],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("argv", [["--lr", "50"], ["--optimizer", "adam", "--lr", "100"]],
                         ids=["sgd-lr50", "adam-lr100"])
def test_cli_exits_non_zero_with_one_line(argv, tmp_path):
    p = run_cli(*argv)
    assert p.returncode == 3
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: training diverged")
    assert "smaller learning rate" in lines[0]
    out = tmp_path / "d.annstudio"
    p = run_cli(*argv, "--json", "--save", str(out))
    assert p.returncode == 3
    result = json.loads(p.stdout)
    assert result["diverged"].startswith("training diverged")
    # the saved run holds the weights from before the blow-up
    from annstudio.io import experiment_file
    loaded = experiment_file.load(out)
    assert max(float(np.max(np.abs(a))) for pair in loaded.weights for a in pair) < 1e3
