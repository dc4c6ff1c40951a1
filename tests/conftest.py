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
