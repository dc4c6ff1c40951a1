"""The "Mini-batch" tab: the lecture's per-point gradients against the engine's batch one.

The lecture's loop computes one gradient per point (the Jacobian products) and averages them;
the engine computes zᵀ·δ for the whole batch in one matrix product
(`core.inspect.batch_gradients`). The tab shows both rows, for one layer, and their largest
difference.

A mixin of `InspectorWidget`: it reads the frame's ``net``, ``data``, ``loss``,
``numbering`` and ``digits``; ``batch`` and ``batch_points`` are read by sgd_step.py.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

from annstudio.core import inspect as ins
from annstudio.core.inspect import fmt
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.text import layer_name
from annstudio.gui.inspector.matrix import MatrixModel, MatrixView


class BatchTab:
    """Per-point gradients, their average and the vectorised one (a mixin of
    `InspectorWidget`)."""

    def _build_batch(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        expl = QLabel(translate("BatchTab",
                                "The lecture's loop computes one gradient per point (the "
                                "Jacobian products) and averages them over the mini-batch; the "
                                "engine computes zᵀ·δ for the whole batch in one matrix "
                                "product. Both rows below must be the same numbers."))
        expl.setWordWrap(True)
        lay.addWidget(expl)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("BatchTab", "training points from #")))
        self.batch_start = QSpinBox()
        self.batch_start.setAccessibleName(translate("BatchTab", "Training points from number"))
        self.batch_start.setRange(0, 0)
        row.addWidget(self.batch_start)
        row.addWidget(QLabel(translate("BatchTab", "count")))
        self.batch_size = QSpinBox()
        self.batch_size.setAccessibleName(translate("BatchTab", "Count of training points"))
        self.batch_size.setRange(1, 10)
        self.batch_size.setValue(4)
        row.addWidget(self.batch_size)
        row.addWidget(QLabel(translate("BatchTab", "layer")))
        self.batch_layer = QComboBox()
        self.batch_layer.setAccessibleName(translate("BatchTab", "Layer"))
        row.addWidget(self.batch_layer)
        row.addStretch(1)
        lay.addLayout(row)
        self.batch_model = MatrixModel()
        self.batch_view = MatrixView(self.batch_model)
        self.batch_view.setAccessibleName(translate("BatchTab",
                                                     "The batch's values, one column per point"))
        self.batch_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.batch_view.setSizePolicy(self.batch_view.sizePolicy().horizontalPolicy(),
                                      self.batch_view.sizePolicy().verticalPolicy())
        lay.addWidget(self.batch_view)
        self.batch_summary = QLabel()
        self.batch_summary.setWordWrap(True)
        self.batch_summary.setTextFormat(Qt.RichText)
        lay.addWidget(self.batch_summary)
        lay.addStretch(1)
        for w in (self.batch_start, self.batch_size):
            w.valueChanged.connect(self._refresh_batch)
        self.batch_layer.currentIndexChanged.connect(self._refresh_batch)
        return page

    def _refresh_layer_combo(self):
        K = len(self.net.layers)
        cur = self.batch_layer.currentData()
        self.batch_layer.blockSignals(True)
        self.batch_layer.clear()
        for i in range(K, 0, -1):
            self.batch_layer.addItem(layer_name(i, self.numbering), i)
        j = self.batch_layer.findData(cur)
        self.batch_layer.setCurrentIndex(j if j >= 0 else 0)
        self.batch_layer.blockSignals(False)

    def batch_points(self):
        d = self.data
        if d is None or d.n_features != self.net.sizes[0]:
            return None, None
        s = self.batch_start.value()
        n = self.batch_size.value()
        X, y = d.X_train[s:s + n], d.y_train[s:s + n]
        return X, y

    def _refresh_batch(self, *_):
        X, y = self.batch_points()
        if X is None or len(X) == 0:
            self.batch = None
            self.batch_model.set_value(np.zeros((0, 0)))
            self.batch_summary.setText(translate("BatchTab", "No dataset: load one (or a lecture "
                                                 "preset) to see a mini-batch."))
            return
        N, d = self.numbering, self.digits
        self.batch = bg = ins.batch_gradients(self.net, X, y, self.loss)
        i = self.batch_layer.currentData() or len(self.net.layers)
        k = len(self.net.layers) - i
        flat = lambda g: np.concatenate([g[k][0].ravel(), g[k][1].ravel()])
        rows = [flat(g) for g in bg.per_sample] + [flat(bg.average), flat(bg.vectorised)]
        diff = np.abs(rows[-2] - rows[-1])
        W = self.net.layers[k].W
        cols = [N.entry("W", i, ix) for ix in np.ndindex(W.shape)] + \
               [N.entry("b", i, (j,), plain=True) for j in range(W.shape[1])]
        start = self.batch_start.value()
        names = [translate("BatchTab", "point #{index} (y = {y}), L = {loss}").format(
                     index=start + r, y=", ".join(fmt(v, d) for v in np.ravel(y[r])),
                     loss=fmt(bg.losses[r], d)) for r in range(len(X))]
        names += [translate("BatchTab", "average of the rows above"),
                  translate("BatchTab", "vectorised batch gradient zᵀ·δ")]
        self.batch_model.row_label = lambda r: names[r]
        self.batch_model.col_label = lambda c: cols[c]
        self.batch_model.digits = d
        self.batch_model.set_value(np.vstack(rows))
        self.batch_view.setMaximumWidth(16777215)
        self.batch_summary.setText(translate(
            "BatchTab", "{n} points, batch loss {loss} (their mean). max |average − vectorised| "
            "over all layers = {diff} (this layer: {layer_diff}).").format(
                n=len(X), loss=fmt(bg.loss, d), diff=fmt(bg.max_difference(), 2),
                layer_diff=fmt(float(diff.max()), 2)))
