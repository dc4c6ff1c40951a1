"""Read a user's CSV file into a `Dataset` (pure Python ``csv`` + NumPy).

>>> data = load_csv("points.csv")                 # label = last column
>>> data = load_csv("iris.csv", label_column="species", test_fraction=0.2, seed=0)

- The delimiter is ``,`` (or ``;`` or a tab when the file clearly uses one). Blank lines
  and lines starting with ``#`` are skipped.
- The header row is optional: the first row is taken as a header when one of its fields
  is text in a column whose other rows are numbers (or when ``label_column`` names it).
- Feature columns must be numbers. Labels may be class names (text, mapped to 0..k−1 in
  sorted order and kept as ``class_names``) or numbers: whole numbers with at most
  `MAX_NUMERIC_CLASSES` distinct values are classes (mapped in sorted order, e.g. 1/2/3 →
  0/1/2), other numbers are regression targets. Pass ``task`` to decide yourself.
- Every bad row is collected; one `CsvError` says how many and lists the first few as
  "line N: reason"; ``err.problems`` holds all ``(line_no, reason)`` pairs.
- Empty cells (missing values) are reported by line and column (`MissingValues`, with
  ``err.missing`` = ``[(line_no, [column names])]``); ``drop_missing=True`` drops those
  rows instead (``data.dropped_lines`` lists them).
"""
from __future__ import annotations

import copy
import csv
import math
import os
from pathlib import Path

import numpy as np

from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec
from annstudio.io import atomic

DELIMITERS = (",", ";", "\t")
MAX_BYTES = 200 * 1024 * 1024
MAX_NUMERIC_CLASSES = 20
SHOW_PROBLEMS = 5


class CsvError(AnnStudioError):
    """A CSV file that cannot be read; ``problems`` lists ``(line_no, reason)`` per bad row."""

    def __init__(self, message, problems=(), path=None):
        super().__init__(message)
        self.problems = list(problems)
        self.path = path


class MissingValues(CsvError):
    """Rows with empty cells and nothing else wrong: they can be dropped (``drop_missing``).
    ``missing`` = ``[(line_no, [column names])]``."""

    def __init__(self, message, missing, path=None, label=None):
        super().__init__(message, [(no, _missing_text(cols, label)) for no, cols in missing],
                         path)
        self.missing = list(missing)


def _missing_text(cols, label=None):
    named = [c for c in cols if c != label]
    parts = []
    if named:
        parts.append(("column " if len(named) == 1 else "columns ") +
                     ", ".join(repr(c) for c in named))
    if len(named) < len(cols):
        parts.append("the label")
    one = len(cols) == 1
    return " and ".join(parts) + (" is empty" if one else " are empty")


def _number(text):
    """``float(text)`` or None when it is not a plain finite-or-not number."""
    try:
        return float(text)
    except ValueError:
        return None


def _read_text(path):
    p = Path(path)
    name = p.name or str(p)
    try:
        if p.is_dir():
            raise CsvError(f"{p} is a folder, not a CSV file", path=str(p))
        if not p.exists():
            raise CsvError(f"CSV file not found: {p}", path=str(p))
        data = atomic.read_regular(p, MAX_BYTES, "CSV files")
    except CsvError:
        raise
    except atomic.ReadRefused as e:
        raise CsvError(f"cannot read {name}: {e.problem}", path=str(p)) from None
    except PermissionError:
        raise CsvError(f"no permission to read {p}", path=str(p)) from None
    except OSError as e:
        raise CsvError(f"cannot read {p}: {e.strerror or e}", path=str(p)) from None
    if b"\x00" in data:
        raise CsvError(f"{name} is not a text file (it contains binary data)", path=str(p))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CsvError(f"{name} is not UTF-8 text (byte 0x{data[e.start]:02x} at position "
                       f"{e.start}); save it as UTF-8 CSV", path=str(p)) from None
    return text


def _split(line, no, name, delimiter, **kw):
    """The fields of one line; any `csv.Error` (a field over the csv module's limit of
    131,072 characters, …) becomes a `CsvError` naming the line."""
    try:
        return next(csv.reader([line], delimiter=delimiter, **kw))
    except csv.Error as e:
        why = str(e)
        if "field limit" in why:
            why = (f"a field is longer than {csv.field_size_limit():,} characters, which no "
                   "number or label is")
        raise CsvError(f"{name} cannot be read as CSV: line {no}: {why}") from None


def _count_fields(line, delimiter):
    try:
        return len(next(csv.reader([line], delimiter=delimiter)))
    except csv.Error:
        return 1


def _records(text, name="the file"):
    """``[(line_no, fields)]`` for the non-blank, non-comment lines (1-based line numbers)."""
    lines = [(i + 1, line) for i, line in enumerate(text.splitlines())
             if line.strip() and not line.lstrip().startswith("#")]
    sample = lines[:50]
    delimiter = ","
    for cand in DELIMITERS:
        # a line that does not split with this candidate (a field over the limit under ";"
        # in a long tab-separated line) counts as one field; the real split below says why
        counts = [_count_fields(line, cand) for _, line in sample]
        if counts and max(set(counts), key=counts.count) >= 2:
            delimiter = cand
            break
    out = []
    for no, line in lines:
        fields = _split(line, no, name, delimiter, skipinitialspace=True)
        out.append((no, [f.strip() for f in fields]))
    return out, delimiter


def _is_header(first, rows, label_column):
    """A header: every field text, and the rows below it mostly numbers in some column."""
    if isinstance(label_column, str) and label_column.strip() in first:
        return True
    if any(_number(f) is not None for f in first):
        return False
    if not rows:
        return True  # a lone row of text: a header with no data
    for j in range(len(first)):
        others = [r[j] for r in rows[:50] if j < len(r)]
        numeric = sum(_number(v) is not None for v in others)
        if others and numeric * 2 > len(others):
            return True
    return False


def _label_index(label_column, header, n_cols, name):
    if label_column is None:
        return n_cols - 1
    if isinstance(label_column, bool):
        raise CsvError(f"label column must be a column name or number, got {label_column!r}")
    if isinstance(label_column, str):
        key = label_column.strip()
        if header is not None and key in header:
            return header.index(key)
        try:
            label_column = int(key)
        except ValueError:
            cols = ", ".join(header) if header else "none (the file has no header row)"
            raise CsvError(f"{name} has no column named {key!r}; column names: {cols}") from None
    try:
        idx = int(label_column)
    except (TypeError, ValueError):
        raise CsvError(f"label column must be a column name or number, "
                       f"got {label_column!r}") from None
    if not -n_cols <= idx < n_cols:
        raise CsvError(f"label column {label_column!r} is out of range: {name} has "
                       f"{n_cols} columns (0..{n_cols - 1})")
    return idx % n_cols


def _problem_error(name, problems, path):
    shown = "; ".join(f"line {no}: {why}" for no, why in problems[:SHOW_PROBLEMS])
    more = f"; … and {len(problems) - SHOW_PROBLEMS} more" if len(problems) > SHOW_PROBLEMS else ""
    rows = "row" if len(problems) == 1 else "rows"
    return CsvError(f"{name} has {len(problems)} bad {rows}: {shown}{more}", problems, path)


def load_csv(path, label_column=None, task=None, test_fraction=0.2, seed=0,
             drop_missing=False):
    """Read ``path`` into a `datasets.Dataset`; see the module docstring for the rules.

    ``label_column``: None (last column), a column name (needs a header) or an index
    (0-based, negative counts from the end; a string of digits counts as an index).
    ``task``: None (inferred), "binary", "multiclass" or "regression".
    ``drop_missing``: drop the rows that have empty cells (else `MissingValues` lists them).
    """
    if task is not None and task not in datasets.TASKS:
        raise CsvError(f"unknown task {task!r}; choose one of {', '.join(datasets.TASKS)}")
    if isinstance(path, bool) or not isinstance(path, (str, os.PathLike)) or not str(path).strip():
        raise CsvError(f"no CSV file given (got {path!r})")
    text = _read_text(path)
    p = Path(path)
    name = p.name
    header, records = _header_and_records(text, name, str(p), label_column)
    n_cols = len(header) if header is not None else len(records[0][1])
    if n_cols < 2:
        raise CsvError(f"{name} has only 1 column; it needs feature columns and a label "
                       "column (separated by commas)", path=str(p))
    li = _label_index(label_column, header, n_cols, name)
    col_names = _column_names(header, n_cols, li)
    feat_idx = [j for j in range(n_cols) if j != li]
    X_rows, labels, line_nos, problems, missing = _read_rows(records, n_cols, feat_idx, li,
                                                             col_names)
    y, task, class_names = _labels(labels, line_nos, task, problems)
    _raise_for_bad_rows(name, str(p), problems, missing, drop_missing, len(records),
                        bool(X_rows), col_names[li])
    X = np.array(X_rows, dtype=np.float64).reshape(len(X_rows), len(feat_idx))
    data = datasets.from_arrays(X, y, task=task, test_fraction=test_fraction, seed=seed,
                                name=p.stem, feature_names=[col_names[j] for j in feat_idx],
                                class_names=class_names)
    data.spec = DatasetSpec(name="csv", n=len(X), noise=0.0, seed=seed,
                            test_fraction=test_fraction, path=str(path),
                            label_column=None if label_column is None else str(label_column),
                            drop_missing=bool(drop_missing))
    data.dropped_lines = [no for no, _ in missing] if drop_missing else []
    return data


def _header_and_records(text, name, path, label_column):
    """(header or None, the data rows as ``[(line_no, fields)]``); an empty file, or a
    header with nothing below it, is an error."""
    records, _ = _records(text, name)
    if not records:
        raise CsvError(f"{name} is empty", path=path)
    first = records[0][1]
    if not _is_header(first, [r for _, r in records[1:]], label_column):
        return None, records
    if len(records) == 1:
        raise CsvError(f"{name} has a header row but no data rows", path=path)
    return first, records[1:]


def _column_names(header, n_cols, li):
    """The header's names (an empty one becomes "column N"); without a header x1, x2, …
    for the features and "label" for the label column ``li``."""
    if header is not None:
        return [h if h else f"column {j + 1}" for j, h in enumerate(header)]
    names = [f"x{j + 1}" for j in range(n_cols - 1)]
    names.insert(li, "label")
    return names


def _read_rows(records, n_cols, feat_idx, li, col_names):
    """Each good row's features x and label; every bad row's reason, and the rows with
    empty cells apart (they may be dropped). Returns (X_rows, labels, line_nos,
    problems, missing)."""
    X_rows, labels, line_nos, problems, missing = [], [], [], [], []
    for no, fields in records:
        if len(fields) != n_cols:
            problems.append((no, f"expected {n_cols} fields, found {len(fields)}"))
            continue
        empty = [col_names[j] for j in range(n_cols) if fields[j] == ""]
        if empty:
            missing.append((no, empty))
            continue
        row, why = _features(fields, feat_idx, col_names)
        if why is None and fields[li] == "":
            why = "the label is empty"
        if why is not None:
            problems.append((no, why))
            continue
        X_rows.append(row)
        labels.append(fields[li])
        line_nos.append(no)
    return X_rows, labels, line_nos, problems, missing


def _features(fields, feat_idx, col_names):
    """(the row's feature values as floats, None) or (None, why the row is bad); only
    finite numbers can go into u = z W + b."""
    row = []
    for j in feat_idx:
        v = fields[j]
        if v == "":
            return None, f"column {col_names[j]!r} is empty"
        f = _number(v)
        if f is None:
            return None, f"column {col_names[j]!r} is not a number: {v!r}"
        if not math.isfinite(f):
            return None, f"column {col_names[j]!r} is {v!r} (not a finite number)"
        row.append(f)
    return row, None


def _raise_for_bad_rows(name, path, problems, missing, drop_missing, n_rows, any_good,
                        label):
    """Raise one error for the bad rows: `MissingValues` when empty cells are all that is
    wrong (they can be dropped), else a `CsvError` listing every bad row."""
    if missing and not drop_missing:
        if problems:        # other faults too: list every bad row, the empty ones included
            problems += [(no, _missing_text(cols, label)) for no, cols in missing]
        else:
            raise _missing_error(name, missing, n_rows, path, label)
    if not any_good and not problems:
        raise CsvError(f"{name}: every data row has an empty cell; nothing is left to train "
                       "on", path=path)
    if problems:
        problems.sort()
        raise _problem_error(name, problems, path)


def _missing_error(name, missing, n_rows, path, label):
    shown = "; ".join(f"line {no}: {_missing_text(cols, label)}"
                      for no, cols in missing[:SHOW_PROBLEMS])
    more = f"; … and {len(missing) - SHOW_PROBLEMS} more" if len(missing) > SHOW_PROBLEMS else ""
    rows = "row has" if len(missing) == 1 else "rows have"
    return MissingValues(f"{name}: {len(missing)} of {n_rows} {rows} empty cells (missing "
                         f"values): {shown}{more}. Drop those rows, or fill them in and import "
                         "again", missing, path, label)


def _labels(labels, line_nos, task, problems):
    """Label strings → (y, task, class_names); bad labels are appended to ``problems``."""
    if not labels:
        return None, task, None
    numbers = [_number(s) for s in labels]
    mostly_numeric = sum(v is not None for v in numbers) * 2 > len(labels)
    if task == "regression" and not mostly_numeric:
        raise CsvError(f"the labels are text (e.g. {labels[0]!r}), so the task cannot be "
                       "regression")
    if mostly_numeric:
        bad = False
        for s, v, no in zip(labels, numbers, line_nos):
            if v is None:
                problems.append((no, f"the label is not a number: {s!r}"))
                bad = True
            elif not math.isfinite(v):
                problems.append((no, f"the label is {s!r} (not a finite number)"))
                bad = True
        if bad:
            return None, task, None
        y = np.array(numbers, dtype=np.float64)
        values = np.unique(y)
        whole = bool(np.all(values == np.round(values)))
        if task == "regression" or (task is None and not (
                whole and len(values) <= MAX_NUMERIC_CLASSES)):
            return y, "regression", None
        if task is None and (set(values.tolist()) <= {0.0, 1.0}
                             or set(values.tolist()) <= {-1.0, 1.0}):
            return y, "binary", None  # 0/1 or ±1: from_arrays handles them
        idx = np.searchsorted(values, y)
        names_ = [str(int(v)) if whole else repr(float(v)) for v in values]
    else:
        names_ = sorted(set(labels))
        index = {s: i for i, s in enumerate(names_)}
        idx = np.array([index[s] for s in labels])
    k = len(names_)
    if k < 2:
        raise CsvError(f"the label column has only one class ({names_[0]!r}); a "
                       "classification dataset needs at least 2")
    if task is None:
        task = "binary" if k == 2 else "multiclass"
    if task == "binary" and k != 2:
        raise CsvError(f"task 'binary' needs 2 classes, but the labels have {k}: "
                       f"{', '.join(names_[:6])}{', …' if k > 6 else ''}")
    if k > datasets.MAX_LABEL_CLASSES:
        raise CsvError(f"the labels have {k} classes; at most {datasets.MAX_LABEL_CLASSES}")
    return idx.astype(np.float64), task, names_


def from_spec(spec: DatasetSpec):
    """The data of any `DatasetSpec`: CSV specs are read here, the rest go to
    `datasets.from_spec`. The one place that asks "CSV or generator?": the CLI, the
    window, the file loader, the lessons and the export all build data through it."""
    if not isinstance(spec, DatasetSpec) or str(spec.name).strip().lower() != "csv":
        return datasets.from_spec(spec)
    if not spec.path:
        raise CsvError("the dataset spec says 'csv' but gives no file path")
    data = load_csv(spec.path, label_column=spec.label_column,
                    test_fraction=spec.test_fraction, seed=spec.seed,
                    drop_missing=spec.drop_missing)
    if spec.features:   # the sentence that says why, for data with other inputs
        data = datasets.with_features(data, spec.features)
    data.spec = copy.deepcopy(spec)
    return data
