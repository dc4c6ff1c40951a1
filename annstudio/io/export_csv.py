"""Export the training history as CSV: one row per epoch.

Columns: epoch, train_loss, test_loss, train_metric, test_metric (accuracy, or R² for
regression; the header says which). Empty cells where there is no value (no test set);
numbers are written with ``repr`` so they read back exactly.
"""
from __future__ import annotations

import csv
import io
import math

from annstudio.io import atomic

COLUMNS = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")


def _cell(x):
    if x is None:
        return ""
    if isinstance(x, float) and not math.isfinite(x):
        return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    return repr(float(x)) if isinstance(x, float) else str(x)


def history_csv(history) -> str:
    """The CSV text of a `core.training.History`."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in history.epochs:
        w.writerow([int(r.epoch), _cell(r.train_loss), _cell(r.test_loss),
                    _cell(r.train_metric), _cell(r.test_metric)])
    return buf.getvalue()


def write_history(path, history):
    """Write the per-epoch history to ``path`` atomically (raises AnnStudioError on failure)."""
    atomic.write_text(path, history_csv(history))
    return path
