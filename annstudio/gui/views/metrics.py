"""Metrics of the current weights: the confusion matrix (train or test, counts or
row-normalised, class names on both axes), per-class precision and recall and the
accuracy; for regression R², MAE and a predicted-vs-true scatter.

The view only draws a `core.metrics.report` (the window computes it from the current
weights a few times a second while this tab is shown). Run alone with a synthetic report:
``python -m annstudio.gui.views.metrics``.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView,
                               QLabel, QRadioButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate

TRAIN = (8, 119, 189)
TEST = (245, 147, 34)
MAX_SCATTER = 5000     # points in the predicted-vs-true plot (a fixed subsample beyond)


def _pct(v, decimals=1):
    if v is None or not math.isfinite(v):
        return "—"
    return translate("MetricsView", "{value}%").format(value=num(100 * v, f".{decimals}f"))


def _decimals(k):
    """Percent decimals for a k-class matrix: whole percents from 6 classes on (k + 2
    columns share the tab's width; '97.5%' would be cut to '97.…')."""
    return 1 if k <= 5 else 0


class MetricsView(QWidget):
    """``set_report(report)`` with a `core.metrics.report` dict (or None)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.report = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(4)
        lay.addLayout(self._build_choices())

        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_matrix_page())
        self.stack.addWidget(self._build_scatter_page())
        self.apply_theme(self.theme)

    # ----- construction (called once, from __init__, top to bottom) -----
    def _build_choices(self):
        """Train / Test and Counts / Row % as two groups of radio buttons on one row."""
        top = QHBoxLayout()
        self.split_group = QButtonGroup(self)
        self.split_buttons = {}
        # short labels: the tab must fit a 1024-px window beside the panels
        for i, (key, text, tip) in enumerate((
                ("train", translate("MetricsView", "Train"),
                 translate("MetricsView", "Metrics on the training points")),
                ("test", translate("MetricsView", "Test"),
                 translate("MetricsView", "Metrics on the test points")))):
            b = QRadioButton(text)
            b.setToolTip(tip)
            self.split_group.addButton(b, i)
            self.split_buttons[key] = b
            top.addWidget(b)
        self.split_buttons["test"].setChecked(True)
        top.addSpacing(8)
        self.norm_group = QButtonGroup(self)
        self.norm_buttons = {}
        for i, (key, text, tip) in enumerate((
                ("counts", translate("MetricsView", "Counts"),
                 translate("MetricsView", "How many points of each true class got each "
                           "prediction")),
                ("rows", translate("MetricsView", "Row %"),
                 translate("MetricsView", "Row-normalised: each row divided by its total, where "
                           "the points of one true class go (the diagonal is its recall)")))):
            b = QRadioButton(text)
            b.setToolTip(tip)
            self.norm_group.addButton(b, i)
            self.norm_buttons[key] = b
            top.addWidget(b)
        self.norm_buttons["counts"].setChecked(True)
        top.addStretch(1)
        self.split_group.idToggled.connect(self._toggled)
        self.norm_group.idToggled.connect(self._toggled)
        return top

    def _build_matrix_page(self):
        """Classification: the confusion matrix above precision/recall per class."""
        cls = QWidget()
        cl = QVBoxLayout(cls)
        cl.setContentsMargins(0, 0, 0, 0)
        self.matrix_title = QLabel(translate(
            "MetricsView", "Confusion matrix: rows = true class, columns = predicted; recall at "
            "the end of each row, precision under each column"))
        self.matrix_title.setWordWrap(True)
        cl.addWidget(self.matrix_title)
        # one table, the usual layout: C (k × k), then a recall and a point-count column,
        # then a precision row — a 10-class matrix fits without scrolling
        self.matrix = QTableWidget()
        self.matrix.setObjectName("confusion_matrix")
        self.matrix.setAccessibleName(translate("MetricsView", "Confusion matrix"))
        t = self.matrix
        t.setEditTriggers(QAbstractItemView.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.NoSelection)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        t.horizontalHeader().setMinimumSectionSize(20)
        t.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        t.setToolTip(translate("MetricsView", "C_ij = points of true class i predicted as class "
                               "j; the diagonal holds the correct predictions\nrecall_i = C_ii / "
                               "Σ_j C_ij (of the points of class i, the share found)\n"
                               "precision_j = C_jj / Σ_i C_ij (of the points predicted j, the "
                               "share that are j)\n— : 0/0, nothing to measure"))
        cl.addWidget(self.matrix, 1)
        return cls

    def _build_scatter_page(self):
        """Regression: predicted against true, with the line ŷ = t."""
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", translate("MetricsView", "true value t"))
        self.plot.setLabel("left", translate("MetricsView", "predicted ŷ"))
        for ax in ("left", "bottom"):       # values, not units: no "(x0.001)" prefixes
            self.plot.getAxis(ax).enableAutoSIPrefix(False)
        self.identity = self.plot.plot([], [], pen=pg.mkPen((150, 150, 150), width=1,
                                                            style=Qt.DashLine))
        self.scatter = pg.ScatterPlotItem(size=5, pen=None)
        self.plot.addItem(self.scatter)
        return self.plot_widget

    # ------------------------------------------------------------------ public
    def split(self):
        return "train" if self.split_buttons["train"].isChecked() else "test"

    def normalised(self):
        return self.norm_buttons["rows"].isChecked()

    def set_report(self, report):
        self.report = report
        self._draw()

    def apply_theme(self, theme):
        self.theme = theme
        self.plot_widget.setBackground(theme.bg)
        self.plot.setTitle(translate("MetricsView", "Predicted vs true (on the line ŷ = t: "
                                     "perfect)"),
                           color=th.qcolor(theme.fg).name())
        for ax in ("left", "bottom"):
            a = self.plot.getAxis(ax)
            a.setPen(pg.mkPen(theme.grid))
            a.setTextPen(pg.mkPen(theme.fg))
        self._draw()

    # ------------------------------------------------------------------ drawing
    def _toggled(self, _id, checked):
        if checked:
            self._draw()

    def _draw(self):
        rep = self.report
        if rep is None:
            self.summary.setText("")
            return
        split = self.split()
        r = rep.get(split)
        if r is None and split == "test" and rep.get("train") is not None:
            self.summary.setText(translate("MetricsView", "No test points (test fraction 0): "
                                           "showing nothing; pick <b>Train</b>."))
            self._clear()
            return
        if r is None:
            self._clear()
            return
        regression = rep["task"] == "regression"
        self.stack.setCurrentIndex(1 if regression else 0)
        for b in self.norm_buttons.values():
            b.setVisible(not regression)
        points = (translate("MetricsView", "{n} training points") if split == "train"
                  else translate("MetricsView", "{n} test points")).format(n=num(r["n"], ","))
        if regression:
            self.summary.setText(f"{points} · R² = {_num(r['r2'], 4)} · "
                                 f"MAE = {_num(r['mae'], 4)}")
            self._draw_scatter(r, split)
        else:
            self.summary.setText(f"{points} · " + translate("MetricsView", "accuracy")
                                 + f" <b>{_pct(r['accuracy'])}</b>")
            self._draw_matrix(r, rep["class_names"])

    def _clear(self):
        self.matrix.setRowCount(0)
        self.scatter.setData([], [])

    def _draw_matrix(self, r, names):
        C = r["confusion"]
        k = C.shape[0]
        normalised = self.normalised()
        M = r["confusion_normalised"] if normalised else C
        t = self.matrix
        if t.rowCount() != k + 1 or t.columnCount() != k + 2:
            t.setRowCount(k + 1)
            t.setColumnCount(k + 2)
        # many classes: a slightly smaller type, relative to the app's (Larger fonts
        # scales it too), so that '100%' fits a column of a 10-class matrix
        f = self.font()
        if k >= 8:
            f.setPointSizeF(f.pointSizeF() * 0.85)
        t.setFont(f)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
        t.setHorizontalHeaderLabels([f"→ {n}" for n in names]
                                    + [translate("MetricsView", "recall"),
                                       translate("MetricsView", "points")])
        t.setVerticalHeaderLabels([str(n) for n in names]
                                  + [translate("MetricsView", "precision")])
        rows = C.sum(axis=1)
        dec = _decimals(k)
        top = float(M.max()) if M.size and M.max() > 0 else 1.0
        good, bad = QColor(*th.POS), QColor(214, 39, 40)
        for i in range(k):
            for j in range(k):
                v = M[i, j]
                text = _pct(v, dec) if normalised else num(int(v), ",")
                item = self._item(i, j)
                item.setText(text)
                # shade by the share of the row (counts) or the value (normalised): the
                # diagonal in blue, mistakes in red
                share = (C[i, j] / rows[i] if rows[i] else 0.0) if not normalised else v / top
                c = QColor(good if i == j else bad)
                c.setAlpha(int(40 + 160 * share) if C[i, j] else 0)
                item.setBackground(QBrush(c))
                item.setToolTip(translate("MetricsView", "{count} of the {total} points of "
                                          "class {true} were predicted as {predicted}").format(
                    count=num(C[i, j], ","), total=num(rows[i], ","), true=repr(names[i]),
                    predicted=repr(names[j])))
        bold = QFont(f)
        bold.setBold(True)
        for i in range(k):
            self._item(i, k, bold).setText(_pct(r["recall"][i], dec))
            self._item(i, k + 1).setText(num(int(rows[i]), ","))
            self._item(k, i, bold).setText(_pct(r["precision"][i], dec))
        for j in (k, k + 1):
            self._item(k, j).setText("")
        self._fit_columns()

    def _fit_columns(self):
        """Columns share the width when their texts fit it; else each is as wide as its
        text and the table scrolls sideways (an elided '1…' says nothing)."""
        t = self.matrix
        if t.columnCount() == 0:
            return
        header = t.horizontalHeader()
        need = sum(max(t.sizeHintForColumn(j), header.sectionSizeHint(j))
                   for j in range(t.columnCount()))
        mode = QHeaderView.Stretch if need <= t.viewport().width() else \
            QHeaderView.ResizeToContents
        if header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(mode)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_columns()

    def _item(self, i, j, font=None):
        item = self.matrix.item(i, j)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignCenter)
            self.matrix.setItem(i, j, item)
        if font is not None and item.font() != font:
            item.setFont(font)
        return item

    def _draw_scatter(self, r, split):
        t, y = r["true"], r["predicted"]
        if len(t) > MAX_SCATTER:
            idx = np.random.default_rng(0).choice(len(t), MAX_SCATTER, replace=False)
            t, y = t[idx], y[idx]
        colour = TRAIN if split == "train" else TEST
        self.scatter.setData(t, y, brush=pg.mkBrush(*colour, 170))
        finite = np.isfinite(y)
        vals = np.concatenate([t, y[finite]]) if len(t) else np.zeros(1)
        lo, hi = float(vals.min()), float(vals.max())
        self.identity.setData([lo, hi], [lo, hi])


def _num(v, digits):
    return "—" if v is None or not math.isfinite(v) else num(v, f".{digits}g")


def main():
    """``python -m annstudio.gui.views.metrics [--screenshot PNG]``: a synthetic iris-like
    report (three classes, 85% of the predictions right)."""
    from annstudio.core import metrics
    from annstudio.gui import standalone

    def build():
        rng = np.random.default_rng(0)
        y = rng.integers(0, 3, 120)
        p = np.where(rng.random(120) < 0.85, y, rng.integers(0, 3, 120))
        view = MetricsView()
        view.set_report({"task": "multiclass",
                         "class_names": ["setosa", "versicolor", "virginica"],
                         "train": metrics.classification(y, p, 3),
                         "test": metrics.classification(y[:30], p[:30], 3)})
        return view
    return standalone.run(build, "metrics", size=(700, 500))


if __name__ == "__main__":
    raise SystemExit(main())
