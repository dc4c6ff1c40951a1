"""The "Point" tab: pick the point to inspect from the dataset's table, or type one.

`PointsModel` is the table (one row per point: split, index, x, y); a typed point is parsed
by `core.inspect.parse_vector`/`parse_number` and checked against the loss's targets.

The point line above the tool bars (``_update_point_label``) says which point is inspected,
its output and loss.

A mixin of `InspectorWidget`: it reads the frame's ``net``, ``loss``, ``point``,
``by_name``, ``numbering``, ``digits`` and ``predicting`` and hands the point to
``set_point`` (or a message to ``show_message``).
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
from annstudio.gui.inspector.matrix import to_html
from annstudio.gui.i18n import translate


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
            split = (translate("PointsModel", "train") if p["split"] == "train"
                     else translate("PointsModel", "test"))
            return f"{split} #{p['index']}"
        if c <= self.data_.n_features:
            return fmt(p["x"][c - 1], self.digits)
        return fmt(p["y"], self.digits) if self.data_.task == "regression" else str(int(p["y"]))

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal or self.data_ is None:
            return None
        if section == 0:
            return translate("PointsModel", "point")
        if section <= self.data_.n_features:
            return self.data_.feature_names[section - 1]
        return translate("PointsModel", "label y")



class PointsTab:
    """The Point tab of the inspector (a mixin of `InspectorWidget`)."""

    def _build_points(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(translate("PointsTab", "Click a row to inspect that point, or "
                                       "click a point in the data view (Inspect mode), or type "
                                       "one below.")))
        self.points_model = PointsModel(self)
        self.points_view = QTableView()
        self.points_view.setAccessibleName(translate("PointsTab", "Data points"))
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
        self.x_edit.setPlaceholderText(translate("PointsTab", "e.g. 0.5, −1"))
        self.x_edit.setAccessibleName(translate("PointsTab", "Coordinates x"))
        self.y_edit = QLineEdit()
        self.y_edit.setPlaceholderText(translate("PointsTab", "e.g. 1"))
        self.y_edit.setAccessibleName(translate("PointsTab", "Label y"))
        form.addRow(translate("PointsTab", "coordinates x ="), self.x_edit)
        form.addRow(translate("PointsTab", "label y ="), self.y_edit)
        lay.addLayout(form)
        use = QPushButton(translate("PointsTab", "Inspect this point"))
        use.clicked.connect(self._typed_point)
        self.x_edit.returnPressed.connect(self._typed_point)
        self.y_edit.returnPressed.connect(self._typed_point)
        lay.addWidget(use, 0, Qt.AlignLeft)
        return page

    def _point_words(self, typed):
        """"training point #3", "test point #0" or ``typed`` (a point typed by hand)."""
        p = self.point
        where = {"train": translate("PointsTab", "training point"),
                 "test": translate("PointsTab", "test point")}.get(p["split"], typed)
        return where + (f" #{p['index']}" if p.get("index") is not None else "")

    def _update_point_label(self):
        """The line above the tool bars: the point, its label, the output and the loss."""
        N, d = self.numbering, self.digits
        p = self.point
        where = self._point_words(translate("PointsTab", "typed point"))
        xs = ", ".join(fmt(v, d) for v in p["x"])
        z0 = self.by_name["z_0"].value
        out = ", ".join(fmt(v, d) for v in z0)
        ytxt = ", ".join(fmt(v, d) for v in np.ravel(p["y"]))
        if self.predicting:
            self.point_label.setText(translate(
                "PointsTab", "<b>{point}</b>: x = ({x}), label y = {y} &nbsp;→&nbsp; "
                "output and loss hidden: predict them step by step").format(
                    point=where, x=xs, y=ytxt))
            return
        self.point_label.setText(translate(
            "PointsTab", "<b>{point}</b>: x = ({x}), label y = {y} &nbsp;→&nbsp; output "
            "{z0} = ({out}), loss L = {loss}").format(
                point=where, x=xs, y=ytxt, z0=to_html(N.name("z", 0)), out=out,
                loss=fmt(self.by_name["L"].value, d))
            + f" &nbsp;<span style='color:{self._quiet()}'>({self._net_words()})</span>")

    def set_point_row(self, row):
        if self.points_model.data_ is None:
            return
        self.set_point(self.points_model.point(row))

    def _typed_point(self):
        try:
            x = ins.parse_vector(self.x_edit.text(), self.net.sizes[0])
            text = self.y_edit.text().strip()
            if not text:
                raise AnnStudioError(translate("PointsTab", "type the point's label y, e.g. 1"))
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
