"""`annstudio bench --quick` runs and prints every table (figures are printed, not asserted)."""
import importlib.util
import re
import shutil

import pytest

from annstudio import bench


def test_quick_bench_prints_all_rows(capsys):
    pytest.importorskip("torch")
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    for row in ("batch 1 ", "batch 10 ", "batch 100 ", "NumPy engine (float64, ",
                "the lecture's own code (per point, Jacobians; best of 6 × 5 steps)",
                "Goal (issue 16): the NumPy engine ≥ 250× the lecture's own code",
                "NumPy engine: ",
                "plain PyTorch loop, float32, tensor indexing",
                "plain PyTorch loop, float32, DataLoader (lecture)", "PyTorch engine, float32",
                "2→256→256→1", "1,000 ", "10,000 ",
                "Python API, Network.fit (float64, ",
                "Lecture run vs the lecture's code, through the Python API (Network.fit)",
                "Lecture run vs the lecture's code, through the engine",
                "Goal (issue 25): the lecture run ≥ 250× the lecture's code"):
        assert row in out, row
    # side by side: each ratio with the path it trained on; the Playground's where node is
    side = out[out.index("Side by side"):]
    for what in ("through the Python API", "through the engine"):
        assert re.search(what + r"[^\n]*\s[\d,]+×\s+(compiled|numpy)\s*$", side, re.M), what
    if shutil.which("node"):
        assert len(re.findall(r"TensorFlow Playground's engine, 2→8[^\n]*\d\.\d\d×\s+"
                              r"(?:compiled|numpy)", side)) == 2, side
    else:
        assert "Playground figures skipped: node is not installed" in out
    # the lecture-run rows carry a time and a final loss; the runs that see the NumPy
    # engine's batch order end at the same loss (to the 4 digits shown), the DataLoader
    # (its own shuffling) close to it
    finals = dict(re.findall(r"^  ((?:NumPy engine|Python API|plain PyTorch|PyTorch engine)"
                             r"[^\n]*?)\s+"
                             r"\d[\d.]* m?s\s+(\d\.\d{4})", out, flags=re.M))
    paths = 2 if "NumPy engine (float64, NumPy path only)" in out else 1
    assert len(finals) == 4 + paths, finals
    same = {v for k, v in finals.items() if "DataLoader" not in k}
    assert len(same) == 1, finals
    loader = [float(v) for k, v in finals.items() if "DataLoader" in k][0]
    assert abs(loader - float(same.pop())) < 0.05
    assert "skipped" not in out


def test_quick_bench_without_torch_prints_numpy_and_why(capsys, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a, **k: None if name.split(".")[0] == "torch" else real(name, *a, **k))
    monkeypatch.setattr(bench, "PLAYGROUND_BENCH", bench.PLAYGROUND_BENCH.with_name("absent.py"))
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    assert "PyTorch figures skipped: PyTorch is not installed" in out
    assert "Playground figures skipped: needs a source checkout" in out
    assert "through the Python API (Network.fit)" in out
    assert "NumPy engine (float64, " in out and "plain PyTorch loop" not in out
    rows = [l for l in out.splitlines() if re.match(r"\s*batch \d", l)]
    assert len(rows) == 3 and all("—" in r for r in rows)


def test_bad_argument_exits_with_usage():
    with pytest.raises(SystemExit) as e:
        bench.main(["--fast"])
    assert e.value.code == 2


def test_the_lecture_code_baseline_computes_the_engines_gradients():
    """The baseline of `annstudio bench`'s ratio is the lecture's per-point Jacobian
    algorithm: its batch-averaged gradients equal the vectorised backprop's."""
    import numpy as np
    from annstudio.core import datasets
    from annstudio.core.network import Network
    net = Network.create(bench.LECTURE_SIZES, seed=0)
    rng = np.random.default_rng(1)
    for layer in net.layers:
        layer.b = 0.1 * rng.standard_normal(layer.b.shape)   # biases matter too
    d = datasets.make("moons", n=40, noise=0.2, seed=0)
    X, y = d.X_train[:10], d.y_train[:10]
    L, grads = net.loss_and_gradients(X, y)
    code = bench.LectureCode(net)
    K = len(net.layers)
    total = 0.0
    gW = [0.0] * K
    gb = [0.0] * K
    for x, t in zip(X, y):
        l, dW, db = code.point_gradients(x, t)
        total += l
        for i in range(1, K + 1):       # lecture layer i is API layer K − i
            gW[K - i] = gW[K - i] + dW[i] / len(X)
            gb[K - i] = gb[K - i] + db[i] / len(X)
    assert total / len(X) == pytest.approx(L, abs=1e-12)
    for k in range(K):
        np.testing.assert_allclose(gW[k], grads[k][0], rtol=0, atol=1e-12)
        np.testing.assert_allclose(gb[k], grads[k][1], rtol=0, atol=1e-12)
    # and a step of it moves the weights as SGD does
    before = [w.copy() for w in code.W[1:]]
    code.train_batch(X, y, 0.5)
    for i in range(1, K + 1):
        np.testing.assert_allclose(code.W[i], before[i - 1] - 0.5 * grads[K - i][0],
                                   rtol=0, atol=1e-12)


def test_frozen_bench_without_a_bundle_says_how_to_build_it(tmp_path):
    """bench_frozen.py on a folder with no bundle: one line naming the build command,
    exit 1, nothing launched (the figures themselves need a built bundle)."""
    import subprocess
    import sys
    from pathlib import Path
    script = Path(__file__).with_name("bench_frozen.py")
    r = subprocess.run([sys.executable, str(script), str(tmp_path / "nothing")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        f"no bundle at {tmp_path / 'nothing'}: build it with `python packaging/build.py "
        "--bundle-only` (or pass its folder)"]


def _annstudio_exe():
    import sys
    from pathlib import Path
    exe = Path(sys.executable).with_name("annstudio")
    return str(exe) if exe.is_file() else shutil.which("annstudio")


def test_our_side_of_the_playground_comparison_from_the_command_line():
    """`annstudio bench --playground-net 8,8` (what bench_playground.py --ours runs in an
    installed or frozen app): one JSON line of our examples/s, the path and the losses;
    the epochs it reaches depend on the machine's speed, so its losses and those of the
    same call in this process are both checked to have learned (below ln 2, a coin toss)."""
    import json
    import math
    import subprocess
    exe = _annstudio_exe()
    assert exe, "the annstudio command is installed with the package"
    r = subprocess.run([exe, "bench", "--playground-net", "8,8", "--seconds", "0.3"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    got = json.loads(lines[-1])
    assert set(got) == {"examples_per_s", "path", "loss_train", "loss_test"}
    assert got["path"] in ("compiled", "numpy") and got["examples_per_s"] > 1000
    here = bench.playground_net_rate([8, 8], 0.3)
    for k in ("loss_train", "loss_test"):
        assert math.isfinite(got[k]) and got[k] < math.log(2) and here[k] < math.log(2)


@pytest.mark.parametrize("args, message", [
    (["--playground-net", "8,x"], "argument --playground-net: hidden sizes are whole "
                                  "numbers separated by commas, got '8,x'"),
    (["--playground-net", "8,0"], "argument --playground-net: 1 to 6 hidden layers of 1 "
                                  "to 64 units, got '8,0'"),
    (["--playground-net", "8", "--seconds", "0"], "--seconds is 0.1 to 60, got 0"),
])
def test_a_bad_playground_net_is_one_line_and_exit_2(args, message):
    import subprocess
    r = subprocess.run([_annstudio_exe(), "bench", *args], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [f"annstudio bench: error: {message} (see --help)"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_bench_playground_times_our_side_in_another_app():
    """bench_playground.py --ours EXE: Playground against that app's engine (here the
    installed command), for each network, the NumPy-path column left empty."""
    import json
    import subprocess
    import sys
    from pathlib import Path
    script = Path(__file__).with_name("bench_playground.py")
    r = subprocess.run([sys.executable, str(script), "--ours", _annstudio_exe(),
                        "--seconds", "0.2", "--rounds", "1", "--json"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    if "skipped" in out:
        pytest.skip(out["skipped"])
    assert set(out["nets"]) == {"2→8→8→1", "2→8×6→1"}
    for f in out["nets"].values():
        assert f["ours"] > 0 and f["playground"] > 0 and f["numpy_path"] is None
        assert f["path"] in ("compiled", "numpy")
    assert "Ours: " in r.stdout and "(its default path)" in r.stdout
