"""Export the training history as CSV: one row per epoch.

Columns: epoch, train_loss, test_loss, train_metric, test_metric (accuracy, or R² for
regression; the header says which). Empty cells where there is no value (no test set);
numbers are written with ``repr`` so they read back exactly.

With a metrics report (`core.metrics.report` of the current weights), a second table
follows after one blank line, in long form so every row has the same five columns::

    split,metric,true_class,predicted_class,value
    train,accuracy,,,0.95
    train,precision,,setosa,1.0          precision of the points predicted setosa
    train,recall,setosa,,0.9             recall of the points of class setosa
    train,confusion,setosa,versicolor,3  C_ij: 3 setosa points predicted versicolor
    test,r2,,,0.91                       (regression: r2 and mae)

Read the first table up to the blank line (``csv`` stops at it with
``itertools.takewhile``; pandas: ``read_csv(path, nrows=epochs)`` or split on the blank line).
"""
from __future__ import annotations

import csv
import io
import math

from annstudio.io import atomic

COLUMNS = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")
METRIC_COLUMNS = ("split", "metric", "true_class", "predicted_class", "value")


def _cell(x):
    if x is None:
        return ""
    if isinstance(x, float) and not math.isfinite(x):
        return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    return repr(float(x)) if isinstance(x, float) else str(x)


def history_csv(history, metrics=None) -> str:
    """The CSV text of a `core.training.History` (and of a metrics report, see above)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in history.epochs:
        w.writerow([int(r.epoch), _cell(r.train_loss), _cell(r.test_loss),
                    _cell(r.train_metric), _cell(r.test_metric)])
    if metrics is not None:
        buf.write("\n")
        w.writerow(METRIC_COLUMNS)
        for row in metric_rows(metrics):
            w.writerow(row)
    return buf.getvalue()


def metric_rows(report):
    """The long-form rows of a `core.metrics.report` (class names as the app shows them)."""
    names = report.get("class_names") or []
    rows = []
    for split in ("train", "test"):
        r = report.get(split)
        if r is None:
            continue
        if report["task"] == "regression":
            rows += [[split, "r2", "", "", _cell(float(r["r2"]))],
                     [split, "mae", "", "", _cell(float(r["mae"]))]]
            continue
        rows.append([split, "accuracy", "", "", _cell(float(r["accuracy"]))])
        for j, name in enumerate(names):
            rows.append([split, "precision", "", name, _cell(float(r["precision"][j]))])
        for i, name in enumerate(names):
            rows.append([split, "recall", name, "", _cell(float(r["recall"][i]))])
        C = r["confusion"]
        for i, ti in enumerate(names):
            for j, pj in enumerate(names):
                rows.append([split, "confusion", ti, pj, str(int(C[i, j]))])
    return rows


def write_history(path, history, metrics=None):
    """Write the per-epoch history (and the metrics of ``metrics``, a `core.metrics.report`)
    to ``path`` atomically (raises AnnStudioError on failure)."""
    atomic.write_text(path, history_csv(history, metrics))
    return path
