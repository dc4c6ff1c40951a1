"""The central data view: the points (training filled, test hollow) over the network's
output as a heatmap — for classification p(class 1) or the winning class shaded by its
probability (the decision boundary is where the colour changes), for regression the
predicted value. 1-D inputs show y = f(x) as a curve; inputs with more than two features
are drawn as their 2-D PCA projection (no boundary then).

Items are created once; a snapshot only calls ``setImage`` / ``setData``.

From the keyboard (the plot takes focus with Tab or View ▸ Data view): the arrow keys move
a cross over the plane (Shift: in larger steps), Space or Enter acts as a click there (the
Dataset panel's tool: add, erase or inspect), Delete erases the nearest point and I picks
the nearest point for the inspector.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from annstudio.core.views import box, input_plane, pca_2d
from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate
from annstudio.gui.reader import ReaderText, regions_sentence
from annstudio.gui.widgets import FitTitle, HeaderBar, legend_label


def class_label(k, name):
    """What the legend and the Class box call class ``k``: its name, or "class k"."""
    return translate("DataView", "class {k}").format(k=k) if str(name) == str(k) else str(name)


def _hex(rgb):
    return "#%02x%02x%02x" % tuple(rgb[:3])


def _html(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Points drawn at most (train and test together). A ScatterPlotItem costs a brush and a
# symbol lookup per point per repaint: 100,000 points made every frame of the data view
# take ~0.5 s here, so a large dataset is drawn as a fixed random sample of this size (the
# boundary underneath is the network's, over the whole plane; the legend says how many).
MAX_DRAWN = 4000


def drawn_subset(n, k, seed=0):
    """Indices of the points drawn out of ``n``: all when n ≤ k, else k fixed random ones."""
    if n <= k:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=k, replace=False))


class SquareHolder(QWidget):
    """Holds the plot and, for the input plane, keeps its view box square, centred.

    The boundary grid covers the data's square box (`core.views.bounds`) and x1, x2 keep one
    scale: in a view box of another shape pyqtgraph widens one range past the grid, and the
    coloured area stopped short of the axes (seen after resizing the docks). A square view
    box shows the same points at the same scale, with the axes at the grid's edges."""

    def __init__(self, plot, vb, parent=None):
        super().__init__(parent)
        self.plot, self.vb = plot, vb
        self.square = True
        self._placing = False
        plot.setParent(self)
        vb.sigResized.connect(self.place)

    def set_square(self, on):
        self.square = bool(on)
        self.place()

    def sizeHint(self):
        return self.plot.sizeHint()

    def minimumSizeHint(self):
        return self.plot.minimumSizeHint()

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self.place()

    def place(self, *_):
        """Fit the plot; again when its view box got its new size (``vb.sigResized``)."""
        if self._placing:
            return
        self._placing = True
        try:
            W, H = self.width(), self.height()
            if not self.square:
                self.plot.setGeometry(0, 0, W, H)
                return
            # what the axes and margins take (the tick labels' width varies), measured on
            # the plot as it is now
            ow = max(self.plot.width() - self.vb.width(), 0)
            oh = max(self.plot.height() - self.vb.height(), 0)
            side = max(min(W - ow, H - oh), 1)
            w, h = min(W, round(side + ow)), min(H, round(side + oh))
            self.plot.setGeometry((W - w) // 2, (H - h) // 2, w, h)
        finally:
            self._placing = False


# The keyboard cursor's steps, as a share of the visible range (Shift: the larger one)
CURSOR_STEP, CURSOR_BIG_STEP = 1 / 40, 1 / 8
POINT_SIZE, PRESENTATION_POINT_SIZE = 7, 12     # px
CURSOR_KEYS = (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down, Qt.Key_Space, Qt.Key_Return,
               Qt.Key_Enter, Qt.Key_Delete, Qt.Key_Backspace, Qt.Key_I)


class DataView(QWidget):
    """Emits ``clicked(x, y, button)`` in data coordinates (the plane or the projection),
    from the mouse or the keyboard cursor, and ``inspectAt(x, y)`` (key I)."""

    clicked = Signal(float, float, int)
    inspectAt = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.data = None
        self.kind = "plane"
        self.coords = None        # (n, 2) the drawn position of every point (train, test)
        self.standardized = False     # the PCA is of the standardised inputs
        self.discrete = False
        self._last_views = None
        self._override = None     # (image, extent, title): an enlarged neuron
        self.drawn = (np.arange(0), np.arange(0))   # (train, test) indices drawn

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self._build_header())
        # the legend is a line of text above the plot: inside the plot it covered points
        # (¬XOR's (0, 1), the spirals' arms)
        self.legend = legend_label()
        lay.addWidget(self.legend)

        self.plot = pg.PlotWidget()
        self.reader = ReaderText(self.plot, translate("DataView", "Data and decision regions"))
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.vb = self.plot.getViewBox()
        self.vb.setMouseEnabled(False, False)
        self.vb.setDefaultPadding(0.0)
        self.holder = SquareHolder(self.plot, self.vb)
        lay.addWidget(self.holder, 1)
        self._build_plot_items()
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.cursor_xy = None          # the keyboard cursor (data coordinates), once used
        self.plot.setFocusPolicy(Qt.StrongFocus)
        self.plot.installEventFilter(self)
        self.apply_theme(self.theme)

    # ----- construction (called once, from __init__) -----
    def _build_header(self):
        """The title with "back to the output", Discrete and Test points beside it."""
        self.title = FitTitle(translate("DataView", "Data"))
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.discrete_box = QCheckBox(translate("DataView", "Discrete"))
        self.discrete_box.setToolTip(translate("DataView", "Show only the predicted class (no "
                                               "probability shading)"))
        self.discrete_box.toggled.connect(self._on_discrete)
        self.test_box = QCheckBox(translate("DataView", "Test points"))
        self.test_box.setChecked(True)
        self.test_box.setToolTip(translate("DataView",
                                           "Show the held-out test points (hollow)"))
        self.test_box.toggled.connect(lambda v: self.test_scatter.setVisible(v))
        self.back_label = QLabel("<a href='#'>" + translate("DataView", "back to the output")
                                 + "</a>")
        self.back_label.setToolTip(translate("DataView", "Show the network's output again"))
        self.back_label.linkActivated.connect(lambda _: self.show_output())
        self.back_label.hide()
        self.header = HeaderBar(self.title, [self.back_label, self.discrete_box,
                                             self.test_box])
        return self.header

    def _build_plot_items(self):
        """Back to front: the map image, the output curve (one input), train and test points, the picked
        point's ring."""
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(th.POS, width=3))
        self.curve.setZValue(5)
        self.plot.addItem(self.curve)
        self.point_size, self.line_scale = POINT_SIZE, 1.0     # View ▸ Presentation mode
        self.train_scatter = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.test_scatter = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.train_scatter.setZValue(10)
        self.test_scatter.setZValue(11)
        self.plot.addItem(self.train_scatter)
        self.plot.addItem(self.test_scatter)
        self.pick_marker = pg.ScatterPlotItem(size=16, pxMode=True, symbol="o",
                                              brush=pg.mkBrush(0, 0, 0, 0),
                                              pen=pg.mkPen((214, 39, 40), width=3))
        self.pick_marker.setZValue(20)
        self.plot.addItem(self.pick_marker)
        self.cursor_marker = pg.ScatterPlotItem(size=18, pxMode=True, symbol="+",
                                                brush=pg.mkBrush(0, 0, 0), pen=None)
        self.cursor_marker.setZValue(21)
        self.plot.addItem(self.cursor_marker)

    # ----- theme -----
    def apply_theme(self, theme):
        self.theme = theme
        self.plot.setBackground(th.qcolor(theme.bg))
        for ax in ("left", "bottom"):
            a = self.plot.getAxis(ax)
            a.setPen(pg.mkPen(theme.grid))
            a.setTextPen(pg.mkPen(theme.fg))
        self.cursor_marker.setBrush(pg.mkBrush(*theme.fg))    # the keyboard's cross
        self._style_points()
        self._set_legend()
        if self._last_views is not None:
            self.update_views(self._last_views)

    # ----- data -----
    def set_data(self, data, standardizer=None):
        """A new dataset: place its points and the view box (once per dataset).

        ``standardizer`` (`core.standardize.Standardizer`, or None when off) is the one the
        network's inputs go through: the PCA projection is of x̃ = (x − μ)/s, the inputs the
        network sees (of raw features a column in thousands alone made the axes ±4000)."""
        self.data = data
        self.standardized = standardizer is not None
        self._override = None
        self.back_label.hide()
        self._last_views = None
        kind = input_plane(data)
        self.kind = kind or "pca"
        X = data.X
        if self.kind == "plane":
            self.coords = X[:, :2]
            names = data.feature_names[:2]
            self.plot.setLabel("bottom", names[0])
            self.plot.setLabel("left", names[1])
        elif self.kind == "line":
            y = data.y.astype(float)
            self.coords = np.column_stack([X[:, 0], y])
            self.plot.setLabel("bottom", data.feature_names[0])
            self.plot.setLabel("left", translate("DataView", "y (target)"))
        else:
            self.coords, var = pca_2d(X if standardizer is None else standardizer.transform(X))
            # short labels: "PC1 (28% of variance)" was cut in a narrow plot
            pc = ("PC1", "PC2") if var is None else (f"PC1 ({100 * var[0]:.0f}%)",
                                                     f"PC2 ({100 * var[1]:.0f}%)")
            self.plot.setLabel("bottom", pc[0])
            self.plot.setLabel("left", pc[1])
        self.plot.setToolTip(translate("DataView", "PC1 and PC2 are the two directions along "
                                       "which the inputs vary most; the percentage is each "
                                       "one's share of the variance")
                             if self.kind == "pca" else "")
        n_tr, n_te = data.n_train, len(data.X) - data.n_train
        k_tr = max(1, round(MAX_DRAWN * n_tr / max(n_tr + n_te, 1)))
        self.drawn = (drawn_subset(n_tr, k_tr), drawn_subset(n_te, MAX_DRAWN - k_tr, seed=1))
        self.vb.setAspectLocked(self.kind == "plane", 1.0)
        self.holder.set_square(self.kind == "plane")
        self.image.setVisible(self.kind == "plane")
        self.curve.setVisible(self.kind == "line")
        self.discrete_box.setEnabled(self.kind == "plane" and data.task != "regression")
        self.pick_marker.setData([], [])
        self._style_points()
        self._set_title()
        self._set_legend()
        lo, hi = box(self.coords, 0.1, square=self.kind == "plane")
        self.vb.setRange(xRange=(lo[0], hi[0]), yRange=(lo[1], hi[1]), padding=0)
        self.image.clear()
        self.curve.setData([], [])

    def _set_title(self):
        if self._override is not None:
            self.title.setText(self._override[2])
            return
        d = self.data
        if d is None:
            return
        if self.kind == "pca":
            title = (translate("DataView", "{name}: {n} features, 2-D PCA of the standardised "
                               "inputs (no boundary)") if self.standardized else
                     translate("DataView", "{name}: {n} features, 2-D PCA of the inputs (no "
                               "boundary)"))
            self.title.setText(title.format(name=d.name, n=d.n_features))
        elif d.task == "binary":
            self.title.setText(translate("DataView", "Decision boundary: p(class 1) = σ(u)"))
        elif d.task == "multiclass":
            self.title.setText(translate("DataView", "Decision regions: the most likely class"))
        else:
            self.title.setText(translate("DataView", "Data and the network's prediction f(x)"))

    def legend_entries(self):
        """[(name, colour)] of the classes as the points show them (none for regression)."""
        d = self.data
        if d is None or d.task == "regression":
            return []
        names = d.class_names or [str(k) for k in range(d.n_classes)]
        return [(class_label(k, name), th.class_color(k)) for k, name in enumerate(names)]

    def _set_legend(self):
        d = self.data
        if d is None:
            self.legend.setText("")
            return
        parts = [f"<span style='color:{_hex(c)}; font-size: large'>■</span> {_html(name)}"
                 for name, c in self.legend_entries()]
        if d.task == "regression":
            parts.append(translate("DataView", "colour = target value"))
        parts.append(translate("DataView", "● filled: train &nbsp;□ hollow: test"))
        n, k = len(d.X), len(self.drawn[0]) + len(self.drawn[1])
        if k < n:
            parts.append(translate("DataView", "{n} points, {k} of them drawn (a random sample)")
                         .format(n=num(n, ","), k=num(k, ",")))
        self.legend.setText(" &nbsp;&nbsp; ".join(parts))

    def _point_brushes(self, y, alpha=255):
        d = self.data
        if d.task == "regression":
            lut = th.sequential_lut(self.theme)
            lo, hi = float(np.min(d.y)), float(np.max(d.y))
            t = np.clip((y - lo) / (hi - lo if hi > lo else 1.0), 0, 1)
            cols = lut[(t * 255).astype(int)]
            return [pg.mkBrush(int(c[0]), int(c[1]), int(c[2]), alpha) for c in cols]
        cache = {k: pg.mkBrush(*th.class_color(k), alpha) for k in range(max(d.n_classes, 2))}
        return [cache[int(k)] for k in y]

    def _style_points(self):
        d = self.data
        if d is None or self.coords is None:
            return
        n_tr = d.n_train
        i_tr, i_te = self.drawn
        c_tr, c_te = self.coords[:n_tr][i_tr], self.coords[n_tr:][i_te]
        y_tr, y_te = d.y_train[i_tr], d.y_test[i_te]
        k = self.line_scale
        edge = pg.mkPen(self.theme.point_edge, width=1 * k)
        self.train_scatter.setSize(self.point_size)
        if self.kind == "line":
            self.train_scatter.setData(c_tr[:, 0], c_tr[:, 1], pen=edge,
                                       brush=pg.mkBrush(*th.NEG), symbol="o")
            self.test_scatter.setData(c_te[:, 0], c_te[:, 1], brush=pg.mkBrush(0, 0, 0, 0),
                                      pen=pg.mkPen(th.NEG, width=1.5 * k), symbol="o",
                                      size=self.point_size)
            return
        self.train_scatter.setData(c_tr[:, 0], c_tr[:, 1], pen=edge,
                                   brush=self._point_brushes(y_tr), symbol="o")
        pens = [pg.mkPen(b.color(), width=2 * k) for b in self._point_brushes(y_te)] \
            if len(c_te) else []
        self.test_scatter.setData(c_te[:, 0], c_te[:, 1], pen=pens,
                                  brush=pg.mkBrush(*self.theme.bg, 170), symbol="s",
                                  size=self.point_size)

    def set_presentation(self, on):
        """Bigger points and thicker lines, for the back of a room."""
        self.point_size = PRESENTATION_POINT_SIZE if on else POINT_SIZE
        self.line_scale = th.PRESENTATION_LINE_SCALE if on else 1.0
        self.curve.setPen(pg.mkPen(th.POS, width=3 * self.line_scale))
        self._style_points()

    # ----- snapshots -----
    def update_views(self, views):
        """Draw the output part of a snapshot's ``views`` (see `host.compute_views`)."""
        self._last_views = views
        if self._override is not None or views is None or views.get("output") is None:
            return
        d = self.data
        if views.get("task", d.task) != d.task:
            return      # the engine refused this data's network: its views are the old ones
        if self.kind == "plane":
            out = views["output"]
            x0, y0, x1, y1 = views["extent"]
            h, w = out.shape
            dx, dy = (x1 - x0) / max(w - 1, 1), (y1 - y0) / max(h - 1, 1)
            rect = QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)
            if d.task in ("binary", "multiclass"):
                labels = (out > 0.5) if d.task == "binary" else out
                self.reader.set(regions_sentence(labels, max(d.n_classes, 2),
                                                 len(d.y_train)))
            if d.task == "binary":
                img = out if not self.discrete else (out > 0.5).astype(np.float32)
                self.image.setImage(img, levels=(0.0, 1.0),
                                    lut=th.boundary_lut(self.theme, self.discrete),
                                    autoLevels=False)
            elif d.task == "multiclass":
                rgb = th.multiclass_rgb(self.theme, out, views["output_conf"], d.n_classes,
                                        self.discrete)
                self.image.setImage(rgb, levels=(0, 255), autoLevels=False, lut=None)
            else:
                lo, hi = float(np.min(d.y)), float(np.max(d.y))
                self.image.setImage(out, levels=(lo, hi if hi > lo else lo + 1),
                                    lut=th.sequential_lut(self.theme), autoLevels=False)
            self.image.setRect(rect)
        elif self.kind == "line":
            x0, x1 = views["extent"]
            xs = np.linspace(x0, x1, len(views["output"]))
            self.curve.setData(xs, views["output"])

    def show_map(self, image, extent, title):
        """Show one neuron's map in the big view (click on a thumbnail); levels ±1."""
        if self.kind != "plane":
            return
        self._override = (image, extent, title)
        x0, y0, x1, y1 = extent
        self.image.setImage(image, levels=(-1.0, 1.0), lut=th.diverging_lut(self.theme),
                            autoLevels=False)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.back_label.show()
        self._set_title()

    def show_output(self):
        self._override = None
        self.back_label.hide()
        self._set_title()
        if self._last_views is not None:
            self.update_views(self._last_views)

    def mark_point(self, xy):
        if xy is None:
            self.pick_marker.setData([], [])
        else:
            self.pick_marker.setData([xy[0]], [xy[1]])

    def _on_discrete(self, v):
        self.discrete = bool(v)
        if self._last_views is not None:
            self.update_views(self._last_views)

    def _on_click(self, ev):
        pos = ev.scenePos()
        if not self.vb.sceneBoundingRect().contains(pos):
            return
        p = self.vb.mapSceneToView(pos)
        button = 2 if ev.button() == Qt.RightButton else 1
        ev.accept()
        self.clicked.emit(float(p.x()), float(p.y()), button)

    # ----- keyboard -----
    def eventFilter(self, obj, ev):
        if obj is self.plot and ev.type() == QEvent.ShortcutOverride \
                and ev.key() in CURSOR_KEYS and not ev.modifiers() & ~Qt.ShiftModifier:
            ev.accept()         # Space is Run elsewhere; here it clicks at the cross
            return True
        if obj is self.plot and ev.type() == QEvent.KeyPress and self._on_key(ev):
            return True
        if obj is self.plot and ev.type() in (QEvent.FocusIn, QEvent.FocusOut):
            focused = ev.type() == QEvent.FocusIn
            self._show_cursor(focused)
            # a visible focus: the plot's frame in the selection colour while keys act here
            self.plot.setStyleSheet("QGraphicsView { border: 2px solid palette(highlight); }"
                                    if focused else "")
        return super().eventFilter(obj, ev)

    def _show_cursor(self, on):
        if on and self.cursor_xy is None:
            (xr, yr) = self.vb.viewRange()
            self.cursor_xy = ((xr[0] + xr[1]) / 2, (yr[0] + yr[1]) / 2)
        xy = self.cursor_xy if on else None
        self.cursor_marker.setData([xy[0]] if xy else [], [xy[1]] if xy else [])
        if on:
            self.reader.widget.setAccessibleName(
                translate("DataView", "Data and decision regions, cursor at x₁ = {x1}, x₂ = {x2}")
                .format(x1=num(xy[0], ".2f"), x2=num(xy[1], ".2f")))

    def _on_key(self, ev):
        """Arrows move the cursor; Space/Enter click there; Delete erases; I inspects."""
        key = ev.key()
        moves = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, 1),
                 Qt.Key_Down: (0, -1)}
        if self.cursor_xy is None:
            self._show_cursor(True)
        x, y = self.cursor_xy
        if key in moves:
            (xr, yr) = self.vb.viewRange()
            step = CURSOR_BIG_STEP if ev.modifiers() & Qt.ShiftModifier else CURSOR_STEP
            dx, dy = moves[key]
            x = min(max(x + dx * step * (xr[1] - xr[0]), xr[0]), xr[1])
            y = min(max(y + dy * step * (yr[1] - yr[0]), yr[0]), yr[1])
            self.cursor_xy = (x, y)
            self._show_cursor(True)
        elif key in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter):
            self.clicked.emit(float(x), float(y), 1)
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            self.clicked.emit(float(x), float(y), 2)      # as a right click: erase
        elif key == Qt.Key_I:
            self.inspectAt.emit(float(x), float(y))
        else:
            return False
        return True

    def nearest(self, x, y, max_px=14):
        """Index into data.X (train first, then test) of the point nearest (x, y) within
        ``max_px`` screen pixels, or None."""
        if self.coords is None or not len(self.coords):
            return None
        (xr, yr) = self.vb.viewRange()
        w = max(self.vb.width(), 1.0)
        h = max(self.vb.height(), 1.0)
        sx, sy = (xr[1] - xr[0]) / w, (yr[1] - yr[0]) / h
        d2 = ((self.coords[:, 0] - x) / sx) ** 2 + ((self.coords[:, 1] - y) / sy) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= max_px ** 2 else None


def main():
    """``python -m annstudio.gui.views.data_view [--screenshot PNG]``: the lecture's moons
    with the boundary of a network after 20 epochs of Adam."""
    from annstudio.gui import standalone

    def build():
        net, data, _ = standalone.lecture_run()
        view = DataView()
        view.set_data(data)
        view.update_views(standalone.snapshot(net, data))
        return view
    return standalone.run(build, "data view", size=(700, 640))


if __name__ == "__main__":
    raise SystemExit(main())
