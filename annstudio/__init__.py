"""ANN Studio: watch fully connected networks learn, in the lecture's notation.

>>> import annstudio as ann
>>> net = ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid", seed=0)
"""
__version__ = "0.1.0"

from annstudio.core.errors import AnnStudioError  # noqa: E402
from annstudio.core.network import Layer, Network, Trace  # noqa: E402
from annstudio.core.walkthrough import Step, walkthrough  # noqa: E402
from annstudio.core.gradcheck import gradient_check  # noqa: E402
from annstudio.core import optimizers, datasets, losses, activations  # noqa: E402
from annstudio.core import training as _training  # noqa: E402
from annstudio.engines import fast as _fast  # noqa: E402

# Network.fit trains on the compiled fast path as the app does; core imports no engine
# (nor numba: engines.fast imports it only when the kernels are first needed).
_training.register_fast_trainer(_fast.fit_trainer)

__all__ = [
    "__version__", "AnnStudioError", "Layer", "Network", "Trace", "Step", "walkthrough",
    "gradient_check", "optimizers", "datasets", "losses", "activations",
]
