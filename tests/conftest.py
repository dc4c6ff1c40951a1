"""Test setup: headless Qt and a derandomized hypothesis profile for CI."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# Engine processes import torch in the background after their first snapshot (issue 16):
# on a shared 2-core box, one import per test window costs minutes of CPU. The tests of
# the preload turn it back on (tests/gui/test_speed_views.py).
os.environ.setdefault("ANNSTUDIO_NO_TORCH_PRELOAD", "1")

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=60,
                          print_blob=True)
settings.register_profile("dev", deadline=None, max_examples=30)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def digits_512():
    """The stress tests' experiment: 8×8 digits, one 512-unit ReLU layer, Adam (big
    snapshots and data, so a pipe or a queue that blocks shows)."""
    from annstudio.core.experiment import Experiment
    exp = Experiment()
    exp.dataset.name = "digits"
    exp.network.hidden = [512]
    exp.network.activations = ["relu"]
    exp.network.output = "auto"
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.001}
    exp.training.epochs = 0
    return exp
