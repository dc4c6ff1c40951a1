"""`annstudio bench --quick` runs and prints every table (figures are printed, not asserted)."""
import importlib.util
import re

import pytest

from annstudio import bench


def test_quick_bench_prints_all_rows(capsys):
    pytest.importorskip("torch")
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    for row in ("batch 1 ", "batch 10 ", "batch 100 ", "NumPy engine (float64)",
                "plain PyTorch loop, float32, tensor indexing",
                "plain PyTorch loop, float32, DataLoader (lecture)", "PyTorch engine, float32",
                "2→256→256→1", "1,000 ", "10,000 "):
        assert row in out, row
    # the lecture-run rows carry a time and a final loss; the runs that see the NumPy
    # engine's batch order end at the same loss (to the 4 digits shown), the DataLoader
    # (its own shuffling) close to it
    finals = dict(re.findall(r"^  ((?:NumPy engine|plain PyTorch|PyTorch engine)[^\n]*?)\s+"
                             r"\d[\d.]* m?s\s+(\d\.\d{4})", out, flags=re.M))
    assert len(finals) == 4, finals
    same = {v for k, v in finals.items() if "DataLoader" not in k}
    assert len(same) == 1, finals
    loader = [float(v) for k, v in finals.items() if "DataLoader" in k][0]
    assert abs(loader - float(same.pop())) < 0.05
    assert "skipped" not in out


def test_quick_bench_without_torch_prints_numpy_and_why(capsys, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a, **k: None if name.split(".")[0] == "torch" else real(name, *a, **k))
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    assert "PyTorch figures skipped: PyTorch is not installed" in out
    assert "NumPy engine (float64)" in out and "plain PyTorch loop" not in out
    rows = [l for l in out.splitlines() if re.match(r"\s*batch \d", l)]
    assert len(rows) == 3 and all("—" in r for r in rows)


def test_bad_argument_exits_with_usage():
    with pytest.raises(SystemExit) as e:
        bench.main(["--fast"])
    assert e.value.code == 2
