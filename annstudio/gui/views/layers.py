"""Per-layer views for one chosen layer: each neuron's activation over the input plane
(one mosaic image; click a tile to enlarge it into the data view), the samples × neurons
activations of a fixed subsample (sorted by class), and the weight matrix W_i (rows =
inputs, columns = neurons) — all with a diverging colour scale, orange < 0 < blue.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
                               QWidget)

from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate

ACT_SHORT = {"relu": "ReLU", "leaky_relu": "leaky ReLU", "tanh": "tanh", "sigmoid": "σ",
             "identity": "identity", "softmax": "softmax"}


def layer_name(k, n_layers, torch_order=False):
    """API index k (input→output from 0) → the lecture's W_i (i = K − k) or PyTorch's fc{k+1}."""
    if torch_order:
        return f"fc{k + 1}"
    return translate("layers", "layer {i}").format(i=n_layers - k)


SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def weight_name(k, n_layers, torch_order=False):
    """W₃ (lecture numbering, i = K − k) or fc1.weight (PyTorch order)."""
    return f"fc{k + 1}.weight" if torch_order else f"W{str(n_layers - k).translate(SUBSCRIPT)}"


class _Panel(QWidget):
    """A title (wrapping QLabel) over one ViewBox with one ImageItem (created once), or a
    note in its place when there is nothing to draw (a wrapping QLabel: a TextItem in the
    view box cut "…ds inputs on a plane (1–2 featu…" in a panel a third of the tab wide)."""

    def __init__(self, title, invert=True):
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 0, 2, 0)
        lay.setSpacing(0)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        lay.addWidget(self.label)
        self.view = pg.GraphicsView()
        self.vb = pg.ViewBox(lockAspect=False, enableMouse=False, invertY=invert,
                             enableMenu=False)
        self.view.setCentralItem(self.vb)
        self.vb.setDefaultPadding(0.02)
        lay.addWidget(self.view, 1)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignCenter)
        self.note.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Expanding)
        self.note.hide()
        lay.addWidget(self.note, 1)
        self.img = pg.ImageItem(axisOrder="row-major")
        self.vb.addItem(self.img)
        self._shape = None

    def set_background(self, theme):
        self.view.setBackground(th.qcolor(theme.bg))

    def show_image(self, image, levels, lut):
        self.note.hide()
        self.view.show()
        self.img.setImage(image, levels=levels, lut=lut, autoLevels=False)
        h, w = image.shape[:2]
        self.img.setRect(QRectF(0, 0, w, h))
        if self._shape != (h, w):
            self._shape = (h, w)
            self.vb.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)

    def empty(self, text):
        self.img.clear()
        self._shape = None
        self.note.setText(text)
        self.view.hide()
        self.note.show()


class LayerView(QWidget):
    """Emits ``enlargeRequested(layer k, neuron j)`` when a thumbnail is clicked."""

    enlargeRequested = Signal(int, int)
    layerChanged = Signal(int)      # the user chose another layer (API index)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.torch_order = False
        self.sizes = []
        self.acts = []
        self._views = None
        self._weights = None
        self._layout = None
        self._maps_layer = None       # the layer whose maps the panel shows now
        self._rows_layer = None       # … and whose samples × neurons
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        top.addWidget(QLabel(translate("LayerView", "Layer")))
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("LayerView", "Layer"))
        self.combo.setToolTip(translate("LayerView", "Which layer to look at (lecture numbering: "
                                        "layer 1 is the output layer)"))
        self.combo.currentIndexChanged.connect(lambda _: self.redraw())
        self.combo.currentIndexChanged.connect(lambda _: self.layerChanged.emit(self.layer()))
        # may be narrower than its longest entry (the list shows it in full): sized to its
        # contents it held the plots 520 px wide with larger fonts and widened a 1024 window
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(4)
        top.addWidget(self.combo, 1)
        self.scale_label = QLabel("")
        self.scale_label.setStyleSheet(th.QUIET)
        top.addWidget(self.scale_label)
        lay.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.maps = _Panel(translate("LayerView", "Each neuron over the input plane (click one)"))
        self.maps.vb.setAspectLocked(True)
        self.rows = _Panel(translate("LayerView", "Samples × neurons (sorted by class)"))
        self.weights = _Panel(translate("LayerView", "W (inputs × neurons)"))
        for panel, stretch in ((self.maps, 3), (self.rows, 2), (self.weights, 2)):
            row.addWidget(panel, stretch)
        lay.addLayout(row, 1)
        self.maps.img.mouseClickEvent = self._on_map_click
        self.apply_theme(self.theme)

    def apply_theme(self, theme):
        self.theme = theme
        for p in (self.maps, self.rows, self.weights):
            p.set_background(theme)
        self.lut = th.diverging_lut(theme)
        self.redraw()

    def set_network(self, sizes, activations):
        """Layer list for the combo (keeps the selection when the shape is unchanged)."""
        if list(sizes) == self.sizes and list(activations) == self.acts:
            return
        self.sizes, self.acts = list(sizes), list(activations)
        self._refill()

    def set_torch_order(self, on):
        self.torch_order = bool(on)
        self._refill()

    def _refill(self):
        K = len(self.sizes) - 1
        cur = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for k in range(K):
            template = (translate("LayerView", "{layer} (output): {inputs} → {neurons}, {act}")
                        if k == K - 1 else
                        translate("LayerView", "{layer} (hidden): {inputs} → {neurons}, {act}"))
            self.combo.addItem(template.format(layer=layer_name(k, K, self.torch_order),
                                               inputs=self.sizes[k], neurons=self.sizes[k + 1],
                                               act=ACT_SHORT.get(self.acts[k], self.acts[k])), k)
        if cur is not None and cur < K:
            self.combo.setCurrentIndex(cur)
        else:
            self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self.redraw()

    def layer(self):
        k = self.combo.currentData()
        return 0 if k is None else int(k)

    def update_views(self, views, weights):
        self._views, self._weights = views, weights
        self.redraw()

    def redraw(self):
        views, weights = self._views, self._weights
        if views is None or weights is None or not self.sizes:
            return
        k = self.layer()
        K = len(weights)
        if k >= K:
            return
        hidden = k < K - 1
        if hidden and k < len(views["maps"]) and views["maps"][k] is None:
            # the engine computes only the layer on screen: another layer's maps arrive
            # with the next snapshot; until then keep this layer's last ones
            if self._maps_layer != k:
                self._layout = None
                self.maps.empty(translate("LayerView", "Computing…"))
        elif hidden and k < len(views["maps"]):
            img = views["maps"][k]
            self._maps_layer = k
            self._layout = views["map_layout"][k]
            line = views.get("kind") == "line"
            # a 1-D input gives one strip per neuron: let the strips fill the panel
            self.maps.vb.setAspectLocked(not line)
            self.maps.show_image(img, (-1.0, 1.0), self.lut)
            self.maps.vb.autoRange(padding=0.02)
            template = (translate("LayerView", "Each neuron z along x1, one strip per neuron "
                                  "(±{scale}; click one to enlarge)") if line else
                        translate("LayerView", "Each neuron z over the input plane (±{scale}; "
                                  "click one to enlarge)"))
            self.maps.label.setText(template.format(scale=num(views['map_scale'][k], ".3g")))
        else:
            self._layout = None
            self._maps_layer = None
            why = (translate("LayerView", "The output layer: see the data view.") if not hidden
                   else translate("LayerView", "Drawn for 1 or 2 input features; this network "
                                  "has {n}.").format(n=self.sizes[0]))
            self.maps.empty(why)
            self.maps.label.setText(translate("LayerView", "Each neuron over the input plane"))
        rows = views["rows"][k]
        if rows is not None:
            self._rows_layer = k
            s = float(np.nanmax(np.abs(rows))) if rows.size else 1.0
            s = s if s > 0 and math.isfinite(s) else 1.0
            self.rows.show_image(rows, (-s, s), self.lut)
            template = (translate("LayerView", "{samples} samples × {neurons} neurons (by "
                                  "target; ±{scale})") if views.get("task") == "regression" else
                        translate("LayerView", "{samples} samples × {neurons} neurons (by "
                                  "class; ±{scale})"))
            self.rows.label.setText(template.format(samples=rows.shape[0], neurons=rows.shape[1],
                                                    scale=num(s, ".3g")))
        elif self._rows_layer != k:   # the engine sends this layer's rows next
            self.rows.empty(translate("LayerView", "Computing…"))
        W = np.asarray(weights[k][0], dtype=np.float32)
        w = float(np.max(np.abs(W))) if W.size else 1.0
        w = w if w > 0 and math.isfinite(w) else 1.0
        self.weights.show_image(W, (-w, w), self.lut)
        self.weights.label.setText(
            translate("LayerView", "{name}: {inputs} inputs × {neurons} neurons (±{scale})")
            .format(name=weight_name(k, K, self.torch_order), inputs=W.shape[0],
                    neurons=W.shape[1], scale=num(w, ".3g")))
        self.scale_label.setText(translate("LayerView", "orange < 0 < blue"))

    def _on_map_click(self, ev):
        if self._layout is None:
            return
        cols, rows, res = self._layout
        p = ev.pos()
        step = res + 1
        c, r = int(p.x() // step), int(p.y() // step)
        j = r * cols + c
        k = self.layer()
        if 0 <= c < cols and j < self.sizes[k + 1]:
            ev.accept()
            self.enlargeRequested.emit(k, j)


def main():
    """``python -m annstudio.gui.views.layers [--screenshot PNG]``: every layer's neuron maps
    and samples × neurons of the lecture network after 20 epochs of Adam on moons."""
    from annstudio.gui import standalone

    def build():
        net, data, _ = standalone.lecture_run()
        view = LayerView()
        view.set_network(net.sizes, net.activations)
        view.update_views(standalone.snapshot(net, data), standalone.weights(net))
        return view
    return standalone.run(build, "layers", size=(900, 640))


if __name__ == "__main__":
    raise SystemExit(main())
