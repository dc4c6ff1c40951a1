"""The loss landscape: L(θ₀ + α d₁ + β d₂) over a plane through the current weights θ₀
(`core.landscape`), as a heat map of log₁₀ L with the optimizer's recorded path projected
on it and the current point marked. Click the map to set the weights there — the decision
boundary beside it follows — and Undo to go back.

The map is computed in a child process (31×31 on the lecture net: ~0.3 s measured).

    python -m annstudio.gui.views.landscape     # a lecture net after 10 epochs of SGD
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from annstudio.core import landscape as core_landscape
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate

# (key, label shown translated)
DIRECTIONS = [("random", QT_TRANSLATE_NOOP("LandscapeView",
                                           "random, filter-normalised (Li et al. 2018)")),
              ("pca", QT_TRANSLATE_NOOP("LandscapeView", "PCA of the recorded path"))]



def boundary_plot(title, theme):
    """A fixed, square plot for a small decision boundary: (plot, boundary image, points).
    Shared by the landscape and the timeline windows."""
    plot = pg.PlotWidget(title=title)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(False, False)
    plot.setAspectLocked(True)
    image = pg.ImageItem(axisOrder="row-major")
    image.setLookupTable(th.boundary_lut(theme))
    plot.addItem(image)
    points = pg.ScatterPlotItem(size=5, pxMode=True, pen=None)
    plot.addItem(points)
    return plot, image, points

class LandscapeView(QWidget):
    """``weights_changed(theta)`` when a click on the map (or Undo) sets new weights."""

    weights_changed = Signal(object)
    computed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.net = self.data = self.trajectory = None
        self.result = None           # core.landscape.Landscape
        self.theta0 = None           # the weights the map was computed around
        self.undo_stack = []
        self.job = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(self._build_controls())
        self.info = QLabel(translate("LandscapeView", "Press Compute map."))
        self.info.setWordWrap(True)
        lay.addWidget(self.info)

        plots = QHBoxLayout()
        plots.addWidget(self._build_map_plot(), 3)
        self.boundary_plot, self.boundary_image, self.points = boundary_plot(
            translate("LandscapeView", "decision boundary at the chosen weights"), self.theme)
        plots.addWidget(self.boundary_plot, 2)
        lay.addLayout(plots, 1)
        for p in (self.map_plot, self.boundary_plot):
            p.setBackground(th.qcolor(self.theme.bg))

    # ----- construction (called once, from __init__, top to bottom) -----
    def _build_controls(self):
        """Directions, resolution, Compute map and Undo on one row."""
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("LandscapeView", "Directions")))
        self.directions = QComboBox()
        self.directions.setAccessibleName(translate("LandscapeView", "Directions"))
        for key, text in DIRECTIONS:
            self.directions.addItem(translate("LandscapeView", text), key)
        self.directions.setToolTip(translate("LandscapeView", "Random: two Gaussian directions, "
                                             "each unit's weights scaled to the unit's own norm. "
                                             "PCA: the two directions along which the recorded "
                                             "path moved most."))
        row.addWidget(self.directions)
        row.addWidget(QLabel(translate("LandscapeView", "Resolution")))
        self.resolution = QSpinBox()
        self.resolution.setAccessibleName(translate("LandscapeView", "Resolution"))
        self.resolution.setRange(core_landscape.MIN_RESOLUTION, 201)
        self.resolution.setValue(31)
        self.resolution.setSuffix(translate("LandscapeView", " × same"))
        row.addWidget(self.resolution)
        self.compute_button = QPushButton(translate("LandscapeView", "Compute map"))
        self.compute_button.clicked.connect(self.compute)
        row.addWidget(self.compute_button)
        self.undo_button = QPushButton(translate("LandscapeView", "Undo"))
        self.undo_button.setToolTip(translate("LandscapeView", "Go back to the weights before the "
                                              "last click on the map"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        return row

    def _build_map_plot(self):
        """The heat map of log₁₀ L over (α, β) with its colour bar; a click sets the weights."""
        self.map_plot = pg.PlotWidget(title=translate("LandscapeView",
                                                      "log₁₀ training loss over the plane"))
        self.map_plot.setMenuEnabled(False)
        self.map_plot.hideButtons()
        self.map_plot.setMouseEnabled(False, False)
        self.map_plot.setAspectLocked(True)
        self.map_plot.setLabel("bottom", translate("LandscapeView", "α (along d₁)"))
        self.map_plot.setLabel("left", translate("LandscapeView", "β (along d₂)"))
        for ax in ("bottom", "left"):
            # α and β are plain numbers: no "(×0.001)" beside them for a short path's map
            self.map_plot.getAxis(ax).enableAutoSIPrefix(False)
        self.map_vb = self.map_plot.getViewBox()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(th.sequential_lut(self.theme))
        self.map_plot.addItem(self.image)
        self.bar = pg.ColorBarItem(values=(0, 1), colorMap=pg.colormap.get("viridis"),
                                   interactive=False, width=14, label="log₁₀ L")
        self.bar.setImageItem(self.image, insert_in=self.map_plot.getPlotItem())
        self._build_map_markers()
        self.no_map_note = pg.TextItem(translate("LandscapeView", "No map yet: press Compute map."),
                                       anchor=(0.5, 0.5),
                                       color=th.qcolor(self.theme.fg))
        self.map_plot.addItem(self.no_map_note)
        self.map_plot.scene().sigMouseClicked.connect(self._on_click)
        self._show_no_map()
        return self.map_plot

    def _show_no_map(self):
        """Before the first map: no axes and no colour scale (they read ±500 "(×0.001)" and
        0–1 of nothing), only what to press."""
        self.image.clear()
        for item in (self.path, self.start_marker, self.origin_marker, self.current_marker):
            item.setData([], [])
        for ax in ("bottom", "left"):
            self.map_plot.hideAxis(ax)
        self.bar.hide()
        self.no_map_note.setPos(0.0, 0.0)
        self.no_map_note.show()
        self.map_vb.setRange(xRange=(-1, 1), yRange=(-1, 1), padding=0)

    def _show_map_frame(self):
        for ax in ("bottom", "left"):
            self.map_plot.showAxis(ax)
        self.bar.show()
        self.no_map_note.hide()

    def _build_map_markers(self):
        """Above the map: the recorded path, its start (square), the map's centre θ₀ (×)
        and the current weights (ring)."""
        self.path = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255), width=2), symbol="o",
                                    symbolSize=4, symbolBrush=(255, 255, 255), symbolPen=None)
        self.map_plot.addItem(self.path)
        self.start_marker = pg.ScatterPlotItem(size=10, symbol="s", brush=(255, 255, 255),
                                               pen=pg.mkPen((0, 0, 0), width=1))
        self.map_plot.addItem(self.start_marker)
        self.origin_marker = pg.ScatterPlotItem(size=14, symbol="x", brush=(230, 30, 30),
                                                pen=pg.mkPen((230, 30, 30), width=1))
        self.map_plot.addItem(self.origin_marker)
        self.current_marker = pg.ScatterPlotItem(size=16, symbol="o", brush=(0, 0, 0, 0),
                                                 pen=pg.mkPen((230, 30, 30), width=3))
        self.map_plot.addItem(self.current_marker)
        for item in (self.path, self.start_marker, self.origin_marker, self.current_marker):
            item.setZValue(10)

    # ----- input -----
    def set_problem(self, net, data, trajectory=None):
        """The network at its current weights, its data, and the recorded path θ_i (rows)."""
        self.net, self.data = net.copy(), data
        self.trajectory = None if trajectory is None else np.asarray(trajectory, float)
        self.undo_stack.clear()
        self.undo_button.setEnabled(False)
        self.result = None
        self._show_no_map()
        if data is not None and data.n_features >= 2 and data.task != "regression":
            brushes = [pg.mkBrush(*th.class_color(int(c))) for c in np.ravel(data.y_train)]
            self.points.setData(data.X_train[:, 0], data.X_train[:, 1], brush=brushes)
        self._draw_boundary()

    # ----- computing -----
    def compute(self):
        from annstudio.core.views import net_spec
        from annstudio.gui.child_job import ChildJob
        if self.net is None:
            return
        key = self.directions.currentData()
        if key == "pca" and (self.trajectory is None or len(self.trajectory) < 3):
            self.info.setText("<span style='color:#c62828'>"
                              + translate("LandscapeView", "PCA directions need a recorded path: "
                                          "train first, or choose random directions.")
                              + "</span>")
            return
        self.stop()
        self.compute_button.setEnabled(False)
        self.info.setText(translate("LandscapeView", "computing the map…"))
        self.theta0 = self.net.theta.copy()
        self.job = ChildJob("landscape", {
            "net": net_spec(self.net), "X": self.data.X_train, "y": self.data.y_train,
            "loss": self.data.loss, "directions": key, "resolution": self.resolution.value(),
            "trajectory": self.trajectory}, parent=self)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)

    def stop(self):
        if self.job is not None and self.job.running:
            self.job.stop()

    def closeEvent(self, e):
        self.stop()
        super().closeEvent(e)

    def _on_failed(self, text):
        self.compute_button.setEnabled(True)
        self.info.setText(f"<span style='color:#c62828'>{text}</span>")

    def _on_done(self, msg):
        L = self.result = msg["landscape"]
        self.compute_button.setEnabled(True)
        Z = np.log10(np.maximum(L.loss, 1e-12)).astype(np.float32)
        finite = Z[np.isfinite(Z)]
        lo, hi = float(finite.min()), float(np.percentile(finite, 98))
        hi = hi if hi > lo else lo + 1e-6
        Z = np.where(np.isfinite(Z), Z, hi).astype(np.float32)
        self._show_map_frame()
        self.image.setImage(Z, levels=(lo, hi))
        self.bar.setLevels((lo, hi))
        h = L.alphas[1] - L.alphas[0]
        self.image.setRect(L.alphas[0] - h / 2, L.betas[0] - h / 2, h * len(L.alphas),
                           h * len(L.betas))
        if L.path is not None:
            self.path.setData(L.path[:, 0], L.path[:, 1])
            self.start_marker.setData([L.path[0, 0]], [L.path[0, 1]])
        else:
            self.path.setData([], [])
            self.start_marker.setData([], [])
        self.origin_marker.setData([0.0], [0.0])
        self.current_marker.setData([0.0], [0.0])
        self.map_vb.autoRange(padding=0.0)
        explained = "" if L.explained is None else translate(
            "LandscapeView", "; the path's variance along d₁, d₂: {p1}%, {p2}%").format(
                p1=num(100 * L.explained[0], ".1f"), p2=num(100 * L.explained[1], ".1f"))
        # only what is drawn: a live run records no path (L.path is None)
        path = "" if L.path is None else " " + translate(
            "LandscapeView", "The white line is the path of the run (square: its start).")
        self.info.setText(translate("LandscapeView", "Loss at the current weights (×): {loss}; "
                                    "lowest on the map {lowest}{explained}.{path} Click the map "
                                    "to move the weights there.").format(
            loss=num(L.origin_loss, ".4f"), lowest=num(np.nanmin(L.loss), ".4f"),
            explained=explained, path=path))
        self.computed.emit()

    # ----- clicking -----
    def _on_click(self, ev):
        if self.result is None or ev.button() != Qt.LeftButton:
            return
        pos = ev.scenePos()
        if not self.map_vb.sceneBoundingRect().contains(pos):
            return
        p = self.map_vb.mapSceneToView(pos)
        L = self.result
        a, b = float(p.x()), float(p.y())
        if not (L.alphas[0] <= a <= L.alphas[-1] and L.betas[0] <= b <= L.betas[-1]):
            return
        ev.accept()
        self.undo_stack.append(self.net.theta.copy())
        self.undo_button.setEnabled(True)
        self._set_theta(core_landscape.weights_at(L, self.theta0, a, b), (a, b))

    def undo(self):
        if not self.undo_stack:
            return
        theta = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))
        ab = None
        if self.result is not None:
            ab = tuple(core_landscape.project(theta, self.theta0, self.result.d1,
                                              self.result.d2)[0])
        self._set_theta(theta, ab)

    def _set_theta(self, theta, ab):
        self.net.theta[...] = theta
        if ab is not None:
            self.current_marker.setData([ab[0]], [ab[1]])
        loss = core_landscape.loss_at(self.net, *self.net.prepare(
            self.data.X_train, self.data.y_train, self.data.loss), theta)
        if ab is None:
            text = translate("LandscapeView", "Weights set: training loss {loss} (Undo goes back).")
        else:
            text = translate("LandscapeView", "Weights set at α = {alpha}, β = {beta}: training "
                             "loss {loss} (Undo goes back).")
        self.info.setText(text.format(loss=num(loss, ".4f"), alpha=num(ab[0], ".3g") if ab else "",
                                      beta=num(ab[1], ".3g") if ab else ""))
        self._draw_boundary()
        self.weights_changed.emit(theta.copy())

    def _draw_boundary(self):
        from annstudio.core.views import boundary
        if self.net is None or self.data is None:
            return
        img, extent = boundary(self.net, self.data, res=80)
        if img is None:
            self.boundary_image.clear()
            return
        self.boundary_image.setImage(img, levels=(0.0, 1.0))
        x0, y0, x1, y1 = extent
        self.boundary_image.setRect(x0, y0, x1 - x0, y1 - y0)


def demo_problem(epochs=10):
    """A lecture net after ``epochs`` of SGD with its recorded path (synthetic demo data)."""
    import annstudio as ann
    from annstudio.core import timeline
    from annstudio.core.training import Trainer
    data = ann.datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
    net = ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid", seed=0)
    t = Trainer(net, data.X_train, data.y_train, optimizer="lecture_momentum", lr=0.04,
                eta=0.7, batch_size=10, seed=0)
    tl = timeline.Timeline.start(t)
    for _ in range(epochs * t.steps_per_epoch):
        t.step()
        tl.record(t)
    return net, data, tl


def main():
    """``python -m annstudio.gui.views.landscape [--screenshot PNG]``: the loss surface around
    a lecture net after 10 epochs of momentum, computed in a child process; a screenshot
    waits for it."""
    from annstudio.gui import standalone

    def build():
        view = LandscapeView()
        net, data, tl = demo_problem()
        view.set_problem(net, data, tl.trajectory()[0])
        view.directions.setCurrentIndex(1)
        view.compute()
        return view
    return standalone.run(build, "loss landscape", stop=lambda v: v.stop(),
                          ready=lambda v: v.job is not None and not v.job.running)


if __name__ == "__main__":
    raise SystemExit(main())
