"""Engines by name: `create` ("numpy", "torch" or "auto"), `from_experiment`, and what can
run here (`available_engines`, `device_problem`).

torch is imported only when the PyTorch engine is built (`engines.torch_engine` imports it
lazily), so the app opens without it.
"""
from __future__ import annotations

from annstudio.core.errors import AnnStudioError
from annstudio.engines.auto import choose
from annstudio.engines.base import EngineUnavailable
from annstudio.engines.numpy_engine import NumpyEngine
from annstudio.engines.torch_support import device_unavailable_reason, torch_unavailable_reason


def available_engines():
    """{"numpy": None, "torch": None or the reason it is unavailable}."""
    return {"numpy": None, "torch": torch_unavailable_reason()}


def device_problem(name, device):
    """Why engine ``name`` ("numpy", "torch", "auto") cannot run on ``device`` here (the
    sentence `create` raises), or None. Imports torch only to ask about a GPU."""
    if name == "numpy":
        if device not in ("cpu", None):
            return (f"the NumPy engine runs on the CPU only, not {device!r}; "
                    "choose the PyTorch engine for a GPU")
        return None
    if name == "auto" and device in ("cpu", None):
        return None               # NumPy, or PyTorch when installed (`engines.auto`)
    if name in ("torch", "auto"):
        return device_unavailable_reason(device)
    return None                   # an unknown engine name: `create` says so


def create(name, net, data, optimizer="sgd", hyperparameters=None, *, loss=None, batch_size=10,
           shuffle=True, seed=0, device="cpu", dtype=None, **kwargs):
    """An engine by name ("numpy", "torch" or "auto") for ``net`` trained on ``data``.

    ``data`` is a `core.datasets.Dataset`; ``optimizer`` a name with ``hyperparameters``.
    ``dtype`` None means the engine's own default (NumPy float64, PyTorch float32).
    "auto" picks by speed (`engines.auto`); when it picks NumPy, the run is float64 (NumPy's
    only precision) whatever ``dtype`` asked for.
    """
    hyperparameters = dict(hyperparameters or {})
    if name == "auto":
        name = choose(net, batch_size, device=device, dtype=dtype)
        if name == "numpy":
            dtype = None
    if name in ("numpy", "torch"):
        problem = device_problem(name, device)
        if problem:
            raise EngineUnavailable(problem)
    if name == "numpy":
        return NumpyEngine(net, data, optimizer, hyperparameters, loss=loss,
                           batch_size=batch_size, shuffle=shuffle, seed=seed,
                           dtype=dtype or "float64")
    if name == "torch":
        from annstudio.engines.torch_engine import TorchEngine
        return TorchEngine(net, data, optimizer, hyperparameters, loss=loss,
                           batch_size=batch_size, shuffle=shuffle, seed=seed, device=device,
                           dtype=dtype or "float32", **kwargs)
    raise AnnStudioError(f"unknown engine {name!r}; choose numpy, torch or auto")


def from_experiment(experiment, data=None, net=None, engine=None):
    """Build data, network and engine from an `Experiment` (data/net may be given).

    ``data`` is in the user's units; the engine trains on it standardised when the
    experiment says so (`Experiment.network_data`)."""
    experiment.validate()
    data = experiment.build_data() if data is None else data
    net = experiment.build_network(data) if net is None else net
    tr = experiment.training
    return create(engine or tr.engine, net, experiment.network_data(data),
                  experiment.optimizer.name,
                  experiment.optimizer.params, batch_size=tr.batch_size, shuffle=tr.shuffle,
                  seed=tr.seed, device=tr.device, dtype=tr.dtype)
