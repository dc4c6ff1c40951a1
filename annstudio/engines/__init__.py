"""Training back ends behind one interface (`Engine`): NumPy (default) and PyTorch.

``create(name, experiment_or_net, data, ...)``; torch is imported only when the torch
engine is chosen, so the app opens without it.
"""
from annstudio.engines.base import (Engine, EngineUnavailable, available_engines,  # noqa: F401
                                    create, device_problem)
