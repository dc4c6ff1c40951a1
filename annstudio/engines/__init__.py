"""Training back ends behind one interface (`Engine`): NumPy (default) and PyTorch.

``create(name, experiment_or_net, data, ...)``; torch is imported only when the torch
engine is chosen, so the app opens without it.
"""
from annstudio.engines.base import Engine, EngineUnavailable  # noqa: F401
from annstudio.engines.factory import (available_engines, create, device_problem,  # noqa: F401
                                       from_experiment)
