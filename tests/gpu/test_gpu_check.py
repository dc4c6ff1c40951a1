"""tests/gpu/run_gpu_check.sh, exercised here without a GPU: the CPU-only path (one line,
CPU figures, exit 0), every CUDA row run on the CPU (``--device cpu``, small sizes), and a
mismatch or a failed row giving a non-zero exit."""
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from tests.gpu import gpu_check  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SMALL = ["--points", "8000", "--width", "16", "--batch", "256", "--agree-points", "1024",
         "--cpu-seconds", "0.5"]
RATE = re.compile(r"([\d,]+) samples/s")


def _run(*args, **env):
    e = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    e.update(PYTHON=sys.executable, **env)
    return subprocess.run(["sh", str(ROOT / "tests/gpu/run_gpu_check.sh"), *args], cwd="/",
                          env=e, capture_output=True, text=True, timeout=400)


def _rows(out):
    return {line.split("|")[0].strip(): line.split("|")[1].strip() for line in out.splitlines()
            if line.startswith("  ") and line.count("|") == 2}


def _rate(text):
    m = RATE.search(text)
    assert m, text
    return float(m.group(1).replace(",", ""))


def test_without_cuda_one_line_then_the_cpu_figures(tmp_path):
    r = _run(*SMALL, CUDA_VISIBLE_DEVICES="")     # no GPU visible, even on a GPU machine
    assert r.returncode == 0, r.stderr[-2000:]
    lines = r.stdout.splitlines()
    assert lines[0].startswith("CUDA is not available here (torch ")
    assert lines[0].endswith("CPU figures only.")
    rows = _rows(r.stdout)
    assert set(rows) == {"PyTorch engine, CPU, float32",
                         "NumPy engine (the app's default), CPU, float64"}
    assert all(_rate(v) > 0 for v in rows.values())
    assert "8,000 points, 2→16→16→1, batch 256, Adam" in r.stdout
    assert lines[-1].startswith("all checks hold")


def test_every_cuda_row_runs_on_the_cpu_with_device_cpu():
    r = _run(*SMALL, "--device", "cpu")
    assert r.returncode == 0, r.stdout + r.stderr[-2000:]
    rows = _rows(r.stdout)
    for name in ("PyTorch engine, cpu standing in for CUDA, float32",
                 "in the app (engine process), cpu, float32",
                 "exported script, cpu, python train.py",
                 "exported --distributed, cpu, torchrun nproc 1"):
        assert _rate(rows[name]) > 0, name
    for name in ("float64, cpu vs NumPy engine, 5 epochs: losses",
                 "float64, cpu vs NumPy engine, 5 epochs: weights",
                 "their per-epoch losses (same batches)"):
        value = float(rows[name].split()[0])
        assert value <= 1e-8, (name, value)    # the same maths on the same batches
    assert "MISMATCH" not in r.stdout


def _main(*args):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = gpu_check.main([*SMALL, *args])
    return code, buf.getvalue()


def test_a_mismatch_or_a_failure_exits_non_zero(monkeypatch):
    # the rows not under test, answered at once
    monkeypatch.setattr(gpu_check, "host_rate", lambda *a, **k: 1000.0)
    monkeypatch.setattr(gpu_check, "script_rates",
                        lambda *a, **k: {"plain": (1.0, [0.5, 0.4]), "torchrun": (1.0, [0.5, 0.4])})
    code, out = _main("--device", "cpu")
    assert code == 0 and "all checks hold" in out

    # a device run with a slightly different learning rate: the float64 rows must notice
    real = gpu_check.create

    def wrong_lr(engine, *a, **k):
        if engine == "torch" and k.get("dtype") == "float64":
            a = list(a)
            a[3] = {"lr": 1.001e-3}
        return real(engine, *a, **k)
    monkeypatch.setattr(gpu_check, "create", wrong_lr)
    code, out = _main("--device", "cpu")
    assert code == 1
    assert re.search(r"5 epochs: weights .*\| MISMATCH", out)
    assert out.splitlines()[-1].startswith("MISMATCH: see the rows above")
    monkeypatch.setattr(gpu_check, "create", real)

    # scripts whose losses part ways
    monkeypatch.setattr(gpu_check, "script_rates",
                        lambda *a, **k: {"plain": (1.0, [0.5, 0.4]), "torchrun": (1.0, [0.5, 0.3])})
    code, out = _main("--device", "cpu")
    assert code == 1 and re.search(r"their per-epoch losses .*\| MISMATCH", out)

    # a row that fails outright is a failed row, not a traceback
    def broken(*a, **k):
        raise RuntimeError("no answer from the engine process in 150 s")
    monkeypatch.setattr(gpu_check, "host_rate", broken)
    code, out = _main("--device", "cpu")
    assert code == 1 and "failed: no answer from the engine process" in out


def test_a_hung_script_is_stopped_and_reported(tmp_path):
    script = tmp_path / "hang.py"
    script.write_text("import time\nprint('epoch    1  loss 0.5', flush=True)\ntime.sleep(600)\n")
    with pytest.raises(RuntimeError, match="hang.py was stopped after 2 s"):
        gpu_check._timed_epochs([sys.executable, str(script)], tmp_path, dict(os.environ), 2)
    script.write_text("import sys\nprint('epoch    1  loss 0.5')\nsys.exit('error: bad batch')\n")
    with pytest.raises(RuntimeError, match="^error: bad batch$"):
        gpu_check._timed_epochs([sys.executable, str(script)], tmp_path, dict(os.environ), 60)
