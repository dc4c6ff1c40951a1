"""Missing torch or a missing device: one clear message (EngineUnavailable), never a
traceback, and the NumPy engine keeps working. Simulated with monkeypatch."""
import importlib.util
import subprocess
import sys

import pytest

import annstudio as ann
from annstudio.core.errors import AnnStudioError
from annstudio.engines import EngineUnavailable, available_engines, create
from annstudio.engines.auto import choose


@pytest.fixture()
def data():
    return ann.datasets.make("moons", n=100, seed=0)


def net():
    return ann.Network.create([2, 8, 1], seed=0)


@pytest.fixture()
def no_torch(monkeypatch):
    real = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        if name == "torch" or name.startswith("torch."):
            return None
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_missing_torch_gives_the_install_line(no_torch, data):
    with pytest.raises(EngineUnavailable) as err:
        create("torch", net(), data, "sgd", {"lr": 0.1})
    msg = str(err.value)
    assert isinstance(err.value, AnnStudioError)
    assert "PyTorch is not installed" in msg and "pip install torch" in msg
    assert "\n" not in msg
    assert available_engines() == {"numpy": None, "torch": msg}
    # the engine class itself refuses too (the GUI may import it directly)
    from annstudio.engines.torch_engine import TorchEngine
    with pytest.raises(EngineUnavailable, match="pip install torch"):
        TorchEngine(net(), data, "sgd", {"lr": 0.1})


def test_missing_torch_numpy_engine_and_auto_still_work(no_torch, data):
    e = create("numpy", net(), data, "sgd", {"lr": 0.1})
    rec = e.run_epoch()
    assert rec.epoch == 1 and rec.train_loss > 0
    big = ann.Network.create([2, 512, 512, 1], seed=0)
    assert choose(big, 4096) == "numpy"
    a = create("auto", net(), data, "sgd", {"lr": 0.1}, dtype="float32")
    assert a.name == "numpy" and a.dtype == "float64"


def test_missing_cuda_gives_a_clear_message(monkeypatch, data):
    torch = pytest.importorskip("torch")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    for name in ("torch", "auto"):
        with pytest.raises(EngineUnavailable) as err:
            create(name, net(), data, "sgd", {"lr": 0.1}, device="cuda")
        assert "CUDA is not available" in str(err.value) and "--device cpu" in str(err.value)
    with pytest.raises(EngineUnavailable, match="CPU only"):
        create("numpy", net(), data, "sgd", {"lr": 0.1}, device="cuda")
    # the CPU still works with torch
    e = create("torch", net(), data, "sgd", {"lr": 0.1}, device="cpu")
    assert e.run_epoch().epoch == 1


def test_missing_mps_and_unknown_device(monkeypatch, data):
    torch = pytest.importorskip("torch")
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    with pytest.raises(EngineUnavailable, match="MPS"):
        create("torch", net(), data, device="mps")
    with pytest.raises(EngineUnavailable, match="unknown device 'tpu'"):
        create("torch", net(), data, device="tpu")
    with pytest.raises(AnnStudioError, match="unknown engine 'jax'"):
        create("jax", net(), data)


def test_numpy_engine_does_not_import_torch():
    code = ("import sys, annstudio as ann; from annstudio.engines import create, available_engines;"
            "d = ann.datasets.make('moons', n=60); e = create('numpy', ann.Network.create([2,4,1]), d,"
            " 'sgd', {'lr': 0.1}); e.run_epoch(); available_engines();"
            "import annstudio.engines.auto, annstudio.bench;"
            "assert 'torch' not in sys.modules, 'torch was imported'")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
