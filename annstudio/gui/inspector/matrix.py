"""Numeric matrices with a diverging heatmap tint: a table model and a captioned panel.

Vectors are shown as ONE ROW (the lecture's row-vector convention ``u = z W + b``).
"""
from __future__ import annotations

import html
import re

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QSizePolicy, QSpinBox, QTableView, QVBoxLayout, QWidget)

from annstudio.core.errors import AnnStudioError
from annstudio.core.inspect import WIDE, fmt, is_wide, parse_number, summary
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.text import local_number, render
from annstudio.gui.theme import NEG, POS, QUIET   # the app's diverging colours: orange − / blue +

TINT = 0.55            # the strongest tint still leaves black text readable
VALUE_ROLE = Qt.UserRole + 1


def tint(v, scale):
    """Background colour of ``v`` on a symmetric scale ±``scale``."""
    if not np.isfinite(v):
        return QColor(200, 200, 200)
    if scale <= 0 or v == 0:
        return QColor(255, 255, 255)
    t = min(abs(v) / scale, 1.0) * TINT
    c = POS if v > 0 else NEG
    return QColor(*(round(255 + (ci - 255) * t) for ci in c))


def to_html(text):
    """Lecture notation as rich text: ``u_{2,0}`` → u<sub>2,0</sub>, ``W_2`` → W<sub>2</sub>."""
    t = html.escape(text, quote=False)
    t = re.sub(r"_\{([^}]*)\}", r"<sub>\1</sub>", t)
    t = re.sub(r"_(\d+|[a-zA-Z](?![a-zA-Z]))", r"<sub>\1</sub>", t)
    return t


class MatrixModel(QAbstractTableModel):
    """A 0-D, 1-D (one row) or 2-D array as a table; optionally editable (W and b)."""

    edited = Signal(tuple, float)        # (index into the array, new value)
    editFailed = Signal(str)
    valuesChanged = Signal()             # new numbers, same shape (no reset)

    def __init__(self, value=None, digits=4, editable=False, parent=None):
        super().__init__(parent)
        self._a = np.zeros((0, 0))
        self._shape = ()
        self.digits = digits
        self.editable = editable
        self.row_label = lambda r: str(r)
        self.col_label = lambda c: str(c)
        self.hidden = False              # Predict mode: "?" until the student has answered
        if value is not None:
            self.set_value(value)

    def set_value(self, value):
        """Show ``value``. Same shape: the cells change in place (``dataChanged``), so an
        editor open in a view survives. A reset here, while a view is committing a typed
        weight (the edit recomputes every panel), released that editor under the view and
        Qt printed "commitData called with an editor that does not belong to this view"."""
        a = np.asarray(value, dtype=float)
        table = a.reshape(1, -1) if a.ndim < 2 else a
        same = a.shape == self._shape and table.shape == self._a.shape and self._a.size
        if not same:
            self.beginResetModel()
        self._shape = a.shape
        self._a = table
        finite = np.abs(self._a[np.isfinite(self._a)])
        self._scale = float(finite.max()) if finite.size else 0.0
        if same:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._a.shape[0] - 1, self._a.shape[1] - 1))
            self.headerDataChanged.emit(Qt.Horizontal, 0, self._a.shape[1] - 1)
            self.headerDataChanged.emit(Qt.Vertical, 0, self._a.shape[0] - 1)
            self.valuesChanged.emit()
        else:
            self.endResetModel()

    def set_hidden(self, hidden):
        hidden = bool(hidden)
        if hidden != self.hidden:
            self.hidden = hidden
            if self._a.size:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._a.shape[0] - 1, self._a.shape[1] - 1))

    def set_digits(self, digits):
        self.digits = digits
        self.set_value(self.array)       # views refit their column width (valuesChanged)

    @property
    def array(self):
        return self._a.reshape(self._shape)

    @property
    def shape(self):
        """The shape of the value shown: () scalar, (n,) vector, (r, c) matrix."""
        return self._shape

    def array_index(self, row, col):
        """The index into the original array of a table cell."""
        if len(self._shape) == 0:
            return ()
        if len(self._shape) == 1:
            return (col,)
        return (row, col)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._a.shape[0]

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._a.shape[1]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        v = float(self._a[index.row(), index.column()])
        if self.hidden and role in (Qt.DisplayRole, Qt.BackgroundRole, Qt.ToolTipRole):
            return {Qt.DisplayRole: "?", Qt.BackgroundRole: QBrush(QColor(235, 235, 235)),
                    Qt.ToolTipRole: translate("MatrixModel",
                                              "hidden until you predict it (Predict mode)")}[role]
        if role == Qt.DisplayRole:
            return local_number(fmt(v, self.digits))
        if role == Qt.EditRole:
            return repr(v)
        if role == Qt.BackgroundRole:
            return QBrush(tint(v, self._scale))
        if role == Qt.ForegroundRole:
            return QBrush(QColor(0, 0, 0))
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            return f"{repr(v)}" + (translate("MatrixModel", "  (double-click to edit)")
                                   if self.editable else "")
        if role == VALUE_ROLE:
            return v
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.col_label(section)
        return self.row_label(section) if len(self._shape) == 2 else ""

    def flags(self, index):
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if self.editable:
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not self.editable or not index.isValid():
            return False
        try:
            v = parse_number(value)
        except AnnStudioError as e:
            self.editFailed.emit(str(e))
            return False
        # The owner pushes the edit through the undo stack and sets the new value back.
        self.edited.emit(self.array_index(index.row(), index.column()), v)
        return True


class MatrixView(QTableView):
    """A compact table: fixed cell size, scrollable beyond `WIDE` rows/columns."""

    CELL_W = 66           # recomputed for the numbers shown (`_cell_width`)
    CELL_W_MIN = 44
    CELL_H = 24

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.Fixed)
        h.setDefaultSectionSize(self.CELL_W)
        v = self.verticalHeader()
        v.setSectionResizeMode(QHeaderView.Fixed)
        v.setDefaultSectionSize(self.CELL_H)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        model.modelReset.connect(self._fit)
        model.valuesChanged.connect(self._fit)     # longer numbers need wider cells
        self._fit()

    def _cell_width(self):
        """Wide enough for the longest number shown (and the column titles), so nothing is
        elided to "…"."""
        m = self.model()
        fm = self.fontMetrics()
        a = m._a.ravel()
        if a.size > 4000:     # the extremes and a sample are enough to size the column
            a = np.concatenate([a[:2000], [a.min(), a.max()]])
        texts = {fmt(v, m.digits) for v in a} | {str(m.col_label(c))
                                                  for c in range(min(m.columnCount(), 3))}
        widest = max((fm.horizontalAdvance(t) for t in texts), default=0)
        return max(self.CELL_W_MIN, widest + 14)

    def _fit(self):
        m = self.model()
        rows, cols = m.rowCount(), m.columnCount()
        self.CELL_W = self._cell_width()
        self.horizontalHeader().setDefaultSectionSize(self.CELL_W)
        self.verticalHeader().setVisible(len(m.shape) == 2)
        vw = self.verticalHeader().sizeHint().width() if len(m.shape) == 2 else 0
        hh = self.horizontalHeader().sizeHint().height()
        shown_r, shown_c = min(rows, WIDE), min(cols, WIDE)
        sb = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        w = vw + shown_c * self.CELL_W + 4 + (sb if rows > WIDE else 0)
        h = hh + shown_r * self.CELL_H + 4 + (sb if cols > WIDE else 0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded if cols > WIDE
                                          else Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded if rows > WIDE
                                        else Qt.ScrollBarAlwaysOff)
        self.setFixedHeight(h)
        self.setMaximumWidth(w)
        self.setMinimumWidth(min(w, 4 * self.CELL_W + vw))
        self._hint = QSize(w, h)

    def sizeHint(self):
        return self._hint


class MatrixPanel(QWidget):
    """Caption (name, formula), the one-sentence description, the table, and a summary line
    for wide matrices. 3-D values (∂g/∂W) show one slice, chosen with a spin box."""

    cellSelected = Signal(object)     # index into the value

    def __init__(self, parent=None, editable=False):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.RichText)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setTextFormat(Qt.RichText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(QUIET)
        self.summary = QLabel()
        self.summary.setStyleSheet(QUIET)
        self.slice_label = QLabel(translate("MatrixPanel", "slice j ="))
        self.slice = QSpinBox()
        self.slice.setMinimum(0)
        self.model = MatrixModel(editable=editable)
        self.view = MatrixView(self.model)
        self.view.setAccessibleName(translate("MatrixPanel", "Matrix"))  # its symbol once shown
        self.slice.setAccessibleName(translate("MatrixPanel", "Slice j"))
        self.view.selectionModel().currentChanged.connect(self._current)
        self.slice.valueChanged.connect(self._show_slice)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.slice_label)
        top.addWidget(self.slice)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.view)
        lay.addWidget(self.summary)
        self._value = np.zeros(0)
        self.name = ""
        self.caption_text = ""
        self._set_slicing(False)
        self.setMinimumWidth(260)

    def _set_slicing(self, on):
        self.slice_label.setVisible(on)
        self.slice.setVisible(on)

    def set_content(self, name, formula, description, value, digits, row_label=None,
                    col_label=None):
        self.name = name
        self.caption_text = f"{name}:  {formula}" if formula and formula != name else name
        self.view.setAccessibleName(translate("MatrixPanel", "Matrix {caption}").format(
            caption=self.caption_text))
        self.view.setAccessibleDescription(description or "")
        self.caption.setText(f"<b>{to_html(name)}</b>" +
                             (f"&nbsp;&nbsp; {to_html(formula)}" if formula and formula != name else ""))
        self.note.setText(to_html(description))
        self.note.setVisible(bool(description))
        self._value = np.asarray(value, dtype=float)
        self.model.digits = digits
        if row_label:
            self.model.row_label = row_label
        if col_label:
            self.model.col_label = col_label
        three_d = self._value.ndim == 3
        self._set_slicing(three_d)
        if three_d:
            self.slice.blockSignals(True)
            self.slice.setMaximum(self._value.shape[0] - 1)
            self.slice.setValue(min(self.slice.value(), self._value.shape[0] - 1))
            self.slice.blockSignals(False)
        self._show_slice()
        wide = is_wide(self._value)
        self.summary.setVisible(wide)
        self.summary.setText(render(summary(self._value, digits)) if wide else "")

    def set_hidden(self, hidden):
        """Predict mode: show "?" in every cell (and no summary) until answered."""
        self.model.set_hidden(hidden)
        if hidden:                       # min/max/norm would give it away (refilled after)
            self.summary.setVisible(False)

    def _show_slice(self, *_):
        v = self._value[self.slice.value()] if self._value.ndim == 3 else self._value
        self.model.set_value(v)

    def displayed(self, index):
        """The text shown in the cell for ``index`` into the (current slice of the) value."""
        idx = tuple(int(i) for i in np.ravel(index))
        if self._value.ndim == 3:
            idx = idx[1:] if len(idx) == 3 else idx
        r, c = (0, idx[0]) if len(idx) == 1 else ((0, 0) if not idx else idx)
        return self.model.data(self.model.index(r, c), Qt.DisplayRole)

    def _current(self, cur, _prev):
        if not cur.isValid():
            return
        idx = self.model.array_index(cur.row(), cur.column())
        if self._value.ndim == 3:
            idx = (self.slice.value(),) + idx
        self.cellSelected.emit(idx)
