"""Bad input on the command line ends in one line on stderr, never a traceback; a landscape of
a diverged run draws what is finite and says what is not."""
import contextlib
import io
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from annstudio.cli import main
from annstudio.core.experiment import Experiment
from annstudio.io import csvdata
from annstudio.io import experiment_file as ef

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def annstudio(*args, cwd):
    env = dict(os.environ, PYTHONPATH=REPO, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120)


def only_one_line(err):
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "Warning" not in err, err
    return lines[0]


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A small trained run saved with its timeline (the landscape draws its path)."""
    path = tmp_path_factory.mktemp("run") / "run.annstudio"
    assert main(["train", "--samples", "60", "--layers", "4", "--epochs", "3", "--timeline",
                 "--save", str(path), "--quiet"]) == 0
    return path


def with_weight(src, dst, value, layer=0):
    """``src`` with one weight of ``layer`` set to ``value`` (a run that diverged)."""
    L = ef.load(src)
    weights = [(W.copy(), b.copy()) for W, b in L.weights]
    weights[layer][0][0, 0] = value
    ef.save(dst, L.experiment, data=L.data, weights=weights, history=L.history,
            timeline=L.timeline)
    return dst


@pytest.mark.parametrize("value", [1e300, 1e308, -1e308])
def test_landscape_of_a_diverged_run_draws_what_is_finite(trained, tmp_path, value):
    path = with_weight(trained, tmp_path / "diverged.annstudio", value)
    png = tmp_path / "map.png"
    code, out, err = run("landscape", path, "--resolution", 9, "-o", png)
    assert code == 0 and err == "", err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, js, err = run("landscape", path, "--resolution", 9, "--json")
    assert code == 0 and err == ""
    d = json.loads(js)                  # strict JSON: a loss that is not finite is null
    loss = np.array([[np.nan if v is None else v for v in row] for row in d["loss"]])
    finite = np.isfinite(loss)
    assert d["nonfinite_points"] == finite.size - finite.sum()
    # the sentence says what it could not draw, with the same count
    if not finite.all():
        assert (f"{finite.size - finite.sum()} of {finite.size} points have no finite loss"
                in out) or (not finite.any() and "no point of the map has a finite loss" in out)
    if d["origin_loss"] is None:
        assert "the loss at the saved weights is not a finite number" in out
    else:
        assert f"loss here {d['origin_loss']:.4g}" in out or \
            f"loss here {d['origin_loss']:.4f}" in out
    assert "nan" not in out and "inf" not in out.replace("finite", "")


def test_landscape_of_a_sound_run_says_no_more(trained):
    code, out, err = run("landscape", trained, "--resolution", 5)
    assert code == 0 and err == ""
    assert "loss here 0." in out and "finite" not in out and "not drawn" not in out


@pytest.mark.parametrize("seed, words", [("-1", "seed must be at least 0, got -1"),
                                         ("2.5", "seed must be a whole number"),
                                         ("x", "seed must be a whole number")])
def test_landscape_seed_is_checked_like_trains(trained, seed, words):
    code, out, err = run("landscape", trained, "--seed", seed)
    assert code == 2 and out == ""
    assert words in only_one_line(err)


@pytest.mark.parametrize("text", ["", " ", ",", "relu,tanh", "swish"])
def test_activation_must_be_one_name(text):
    code, out, err = run("train", "--activation", text, "--epochs", 1)
    assert code == 2 and out == ""
    assert f"unknown activation {text.strip().lower()!r}; choose one of relu" in only_one_line(err)


def test_activation_in_any_case_is_used_for_every_layer(tmp_path):
    out = tmp_path / "x.annstudio"
    code, _, err = run("train", "--activation", " Tanh ", "--layers", "3,3", "--samples",
                       40, "--epochs", 1, "--save", out, "-q")
    assert code == 0, err
    assert ef.load(out).experiment.network.activations == ["tanh", "tanh"]


def test_export_without_arguments_is_a_usage_error_on_stderr():
    code, out, err = run("export")
    assert code == 2 and out == ""
    assert "annstudio export torch FILE.annstudio -o train.py" in only_one_line(err)
    code, out, err = run("export", "--help")
    assert code == 0 and out.startswith("usage: annstudio export torch") and err == ""


def csv_of(path, rows):
    path.write_text("x1,x2,y\n" + "".join(",".join(map(str, r)) + "\n" for r in rows))
    return path


def test_no_numpy_warning_before_the_error(tmp_path):
    """Numbers that overflow (a CSV of ±1e308, a scale of 1e-320) end in the one error line
    alone, without numpy's RuntimeWarning lines before it."""
    big = csv_of(tmp_path / "big.csv", [(1e308, -1e308, 0), (-1e308, 1e308, 1),
                                         (1e308, 1e308, 0), (-1e308, -1e308, 1), (1, 2, 0)])
    r = annstudio("train", "--dataset", big, "--epochs", 1, cwd=tmp_path)
    assert r.returncode == 1
    assert only_one_line(r.stderr).startswith("annstudio: error: ")

    exp = Experiment()
    exp.dataset.n = 40
    exp.dataset.standardize = True
    exp.dataset.mean, exp.dataset.scale = [0.0, 0.0], [1e-320, 1.0]
    tiny = tmp_path / "tiny.annstudio"
    ef.save(tiny, exp, data=csvdata.from_spec(exp.dataset))   # its points, with that scale
    for args in (["train", tiny, "--epochs", 1], ["landscape", tiny]):
        r = annstudio(*args, cwd=tmp_path)
        assert r.returncode == 1, r.stdout
        assert only_one_line(r.stderr).startswith("annstudio: error: ")
