"""The metrics people expect after training (pure NumPy: no Qt, no torch).

Classification, with C the confusion matrix (row = true class i, column = predicted j):

    C_ij = #{points of class i predicted as j}
    accuracy    = Σ_i C_ii / Σ_ij C_ij
    precision_j = C_jj / Σ_i C_ij      (of the points predicted j, the share that are j)
    recall_i    = C_ii / Σ_j C_ij      (of the points of class i, the share found)
    row-normalised C_ij / Σ_j C_ij     (each row sums to 1: where class i's points go)

A precision with no point predicted j, or a recall of a class with no point, is 0/0: NaN
("—" on screen), not 0 — nothing was measured.

Regression, with targets t and predictions ŷ:

    R²  = 1 − Σ(t − ŷ)² / Σ(t − t̄)²      (NaN when every t is equal)
    MAE = mean |t − ŷ|

`report(net, data, standardizer, target)` computes all of them for the training and the
test split of a `Dataset`, feeding the network standardised inputs when it was trained on
them and taking its outputs back to the targets' units when it learned standardised ones.
"""
from __future__ import annotations

import numpy as np

from annstudio.core.errors import AnnStudioError


def confusion_matrix(y_true, y_pred, n_classes):
    """C[i, j] = number of points of true class i predicted as class j (int64, k × k)."""
    t = np.asarray(y_true).reshape(-1).astype(np.int64)
    p = np.asarray(y_pred).reshape(-1).astype(np.int64)
    k = int(n_classes)
    if t.shape != p.shape:
        raise AnnStudioError(f"{t.size} labels but {p.size} predictions")
    if t.size and (t.min() < 0 or p.min() < 0 or t.max() >= k or p.max() >= k):
        raise AnnStudioError(f"class labels must be 0..{k - 1}")
    # one bincount over the flat index i·k + j counts every (true, predicted) pair
    return np.bincount(t * k + p, minlength=k * k).reshape(k, k)


def row_normalised(C):
    """C_ij / Σ_j C_ij; a class without points keeps a row of zeros."""
    C = np.asarray(C, dtype=np.float64)
    rows = C.sum(axis=1, keepdims=True)
    return np.divide(C, rows, out=np.zeros_like(C), where=rows > 0)


def _ratio(num, den):
    num, den = np.asarray(num, dtype=np.float64), np.asarray(den, dtype=np.float64)
    return np.divide(num, den, out=np.full_like(num, np.nan), where=den > 0)


def precision(C):
    """precision_j = C_jj / Σ_i C_ij (NaN where nothing was predicted j)."""
    C = np.asarray(C)
    return _ratio(np.diag(C), C.sum(axis=0))


def recall(C):
    """recall_i = C_ii / Σ_j C_ij (NaN for a class with no points)."""
    C = np.asarray(C)
    return _ratio(np.diag(C), C.sum(axis=1))


def accuracy(C):
    """Σ_i C_ii / Σ_ij C_ij (NaN for no points)."""
    C = np.asarray(C)
    total = C.sum()
    return float(np.trace(C) / total) if total else float("nan")


def r2(t, y):
    """R² = 1 − Σ(t − ŷ)² / Σ(t − t̄)², over all outputs together; NaN if t is constant."""
    t = np.asarray(t, dtype=np.float64).reshape(len(t), -1)
    y = np.asarray(y, dtype=np.float64).reshape(t.shape)
    ss_res = float(np.sum((t - y) ** 2))
    ss_tot = float(np.sum((t - t.mean(axis=0)) ** 2))
    return 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")


def mae(t, y):
    """mean |t − ŷ| (NaN for no points)."""
    t = np.asarray(t, dtype=np.float64).reshape(len(t), -1)
    y = np.asarray(y, dtype=np.float64).reshape(t.shape)
    return float(np.mean(np.abs(t - y))) if t.size else float("nan")


def classification(y_true, y_pred, n_classes):
    """{"confusion", "confusion_normalised", "precision", "recall", "accuracy", "n"}."""
    C = confusion_matrix(y_true, y_pred, n_classes)
    return {"n": int(C.sum()), "confusion": C, "confusion_normalised": row_normalised(C),
            "precision": precision(C), "recall": recall(C), "accuracy": accuracy(C)}


def regression(t, y):
    """{"r2", "mae", "n", "true", "predicted"} (the last two for a predicted-vs-true plot)."""
    t = np.asarray(t, dtype=np.float64).reshape(-1)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    return {"n": int(t.size), "r2": r2(t, y) if t.size else float("nan"), "mae": mae(t, y),
            "true": t, "predicted": y}


def report(net, data, standardizer=None, target=None):
    """Metrics of ``net`` on the training and the test split of ``data`` (user's units;
    ``standardizer`` maps them to what the network was trained on, ``target`` maps a
    network trained on standardised regression targets back, ŷ = z_0 s_y + μ_y):
    {"task", "class_names", "train": {...}, "test": {...} or None}."""
    out = {"task": data.task, "class_names": list(data.class_names or []) or
           [str(j) for j in range(data.n_classes)], "train": None, "test": None}
    for split, X, y in (("train", data.X_train, data.y_train), ("test", data.X_test, data.y_test)):
        if len(X) == 0:
            continue
        Xn = X if standardizer is None else standardizer.transform(X)
        with np.errstate(over="ignore", invalid="ignore"):
            pred = net.predict(Xn)
        if data.task == "regression":
            out[split] = regression(y, pred if target is None else target.predict(pred))
        else:
            out[split] = classification(y, pred, data.n_classes)
    return out


def to_json(rep):
    """The report as plain JSON values (lists; NaN → None): `annstudio train --json`."""
    def clean(v):
        if isinstance(v, np.ndarray):
            return [clean(x) for x in v.tolist()]
        if isinstance(v, list):
            return [clean(x) for x in v]
        if isinstance(v, float):
            return None if not np.isfinite(v) else v
        return v
    out = {}
    for split in ("train", "test"):
        r = rep.get(split)
        if r is None:
            continue
        if rep["task"] == "regression":
            out[f"r2_{split}"] = clean(r["r2"])
            out[f"mae_{split}"] = clean(r["mae"])
        else:
            out[f"confusion_{split}"] = clean(r["confusion"])
            out[f"confusion_normalised_{split}"] = clean(r["confusion_normalised"])
            out[f"precision_{split}"] = clean(r["precision"])
            out[f"recall_{split}"] = clean(r["recall"])
            out[f"accuracy_{split}"] = clean(r["accuracy"])
    if rep["task"] != "regression":
        out["class_names"] = list(rep["class_names"])
    return out


__all__ = ["confusion_matrix", "row_normalised", "precision", "recall", "accuracy", "r2",
           "mae", "classification", "regression", "report", "to_json"]
