"""Ready-made experiments for ``--preset NAME`` (screenshots, lessons): the one catalogue
lives in `annstudio.io.catalogue` (the CLI reads it too); this name stays for the window.

``PRESETS[name]()`` returns ``(Experiment, Dataset or None, weights or None)``.
"""
from __future__ import annotations

from annstudio.io.catalogue import FIRST_RUN_EPOCHS, PRESETS, first_run_experiment

__all__ = ["FIRST_RUN_EPOCHS", "PRESETS", "first_run_experiment"]
