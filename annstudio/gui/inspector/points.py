"""The "Point" tab: pick the point to inspect from the dataset's table, or type one.

`PointsModel` is the table (one row per point: split, index, x, y); a typed point is parsed
by `core.inspect.parse_vector`/`parse_number` and checked against the loss's targets.

A mixin of `InspectorWidget`: it reads the frame's ``net`` and ``loss`` and hands the point
to ``set_point`` (or a message to ``show_message``).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from annstudio.core import inspect as ins
from annstudio.core import losses
from annstudio.core.errors import AnnStudioError
from annstudio.core.inspect import fmt


class PointsModel(QAbstractTableModel):
    """All data points, training first: #, split, features, label."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data_ = None
        self.digits = 4

    def set_data(self, data):
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.data_ is None else len(self.data_)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.data_ is None else self.data_.n_features + 2

    def point(self, row):
        d = self.data_
        train = row < d.n_train
        r = row if train else row - d.n_train
        X, y = (d.X_train, d.y_train) if train else (d.X_test, d.y_test)
        return {"index": r, "x": X[r], "y": y[r], "split": "train" if train else "test"}

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.TextAlignmentRole):
            return None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        p = self.point(index.row())
        c = index.column()
        if c == 0:
            return f"{p['split']} #{p['index']}"
        if c <= self.data_.n_features:
            return fmt(p["x"][c - 1], self.digits)
        return fmt(p["y"], self.digits) if self.data_.task == "regression" else str(int(p["y"]))

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal or self.data_ is None:
            return None
        if section == 0:
            return "point"
        if section <= self.data_.n_features:
            return self.data_.feature_names[section - 1]
        return "label y"



class PointsTab:
    """The Point tab of the inspector (a mixin of `InspectorWidget`)."""

    def _build_points(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel("Click a row to inspect that point, or click a point in the data "
                             "view (Inspect mode), or type one below."))
        self.points_model = PointsModel(self)
        self.points_view = QTableView()
        self.points_view.setModel(self.points_model)
        self.points_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.points_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.points_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.points_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.points_view.verticalHeader().hide()
        self.points_view.clicked.connect(lambda ix: self.set_point_row(ix.row()))
        lay.addWidget(self.points_view, 1)
        form = QFormLayout()
        self.x_edit = QLineEdit()
        self.x_edit.setPlaceholderText("e.g. 0.5, −1")
        self.y_edit = QLineEdit()
        self.y_edit.setPlaceholderText("e.g. 1")
        form.addRow("coordinates x =", self.x_edit)
        form.addRow("label y =", self.y_edit)
        lay.addLayout(form)
        use = QPushButton("Inspect this point")
        use.clicked.connect(self._typed_point)
        self.x_edit.returnPressed.connect(self._typed_point)
        self.y_edit.returnPressed.connect(self._typed_point)
        lay.addWidget(use, 0, Qt.AlignLeft)
        return page

    def set_point_row(self, row):
        if self.points_model.data_ is None:
            return
        self.set_point(self.points_model.point(row))

    def _typed_point(self):
        try:
            x = ins.parse_vector(self.x_edit.text(), self.net.sizes[0])
            text = self.y_edit.text().strip()
            if not text:
                raise AnnStudioError("type the point's label y, e.g. 1")
            if self.loss == "mse":
                y = ins.parse_vector(text, self.net.sizes[-1], "targets")
            else:
                y = ins.parse_number(text)
                if self.loss == "bce" and y == -1:
                    y = 0.0          # the lecture's ±1 labels
            losses.targets(self.loss, np.asarray(y).reshape(1, -1), self.net.sizes[-1], 1)
        except AnnStudioError as e:
            self.show_message(str(e))
            return
        self.set_point({"x": x, "y": y, "index": None, "split": "typed"})
