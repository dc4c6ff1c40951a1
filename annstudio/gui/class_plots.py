"""The class view's plots, beside the class table: every hand-in's training curve overlaid,
the networks' sizes against their held-out scores, the decision boundaries of the six best
and what the class chose (optimizers, hidden layers).

The selected hand-in is drawn in colour (its curve thicker, its point ringed, its boundary
framed, its choices' bars coloured); the others thin and grey. A click on a point or on a
boundary picks that hand-in (``picked``: its index in ``Collection.rows``), and the class
window selects its row. The boundaries are the networks' outputs over the given points'
plane, computed from each hand-in's weights by `core.views` (the data view's own grid and
colours). Plot items are made once per collection; a selection only changes pens.
"""
from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from annstudio.core.views import ViewGeometry, input_plane, network_views
from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate
from annstudio.io import classroom as io_classroom

HIGHLIGHT = th.POS              # the selected hand-in
OTHER = (165, 165, 165)         # every other one
FLAGGED = (200, 120, 120)       # a scored hand-in kept out of the ranking
N_BOUNDARIES = 6                # small multiples: the top six ranked
BOUNDARY_COLS = 3
# Each curve is a Python paint call: a class of thousands would make every repaint slow,
# and a few hundred grey lines already read as one band (the selected one is always drawn).
MAX_CURVES = 300


def counted(col):
    """The hand-ins that count: read, and each student's latest."""
    return [r for r in col.rows if r.refused is None and not r.superseded]


def choice_counts(rows):
    """([(optimizer, how many)], [(hidden layers, how many)]) over ``rows``, the optimizers
    most chosen first, the layer counts in order."""
    opt = Counter(r.optimizer for r in rows if r.optimizer)
    layers = Counter(r.hidden_layers for r in rows if r.hidden_layers is not None)
    return (sorted(opt.items(), key=lambda kv: (-kv[1], kv[0])), sorted(layers.items()))


def top_ranked(col, k=N_BOUNDARIES):
    """[(index in col.rows, row)] of the ``k`` best ranked hand-ins, best first."""
    ranked = [(i, r) for i, r in enumerate(col.rows) if r.rank is not None]
    return sorted(ranked, key=lambda ir: (ir[1].rank, ir[0]))[:k]


def boundary_of(row):
    """The hand-in's output over its given points' plane (`core.views.compute_views`, as
    the data view draws it): {"output", "output_conf", "extent"}; None off the plane or
    without a network."""
    h = row.handin
    if h is None or row.network is None or input_plane(h.data) != "plane":
        return None
    exp = h.experiment
    geom = ViewGeometry(h.data, standardizer=exp.standardizer(h.data),
                        target=exp.target_standardizer(h.data))
    return network_views(row.network, geom, layers=[])


def boundary_image(theme, views, task, n_classes, y_range=(0.0, 1.0)):
    """(image, levels, lut) drawn as `DataView.update_views` draws the output."""
    out = views["output"]
    if task == "binary":
        return np.nan_to_num(out), (0.0, 1.0), th.boundary_lut(theme)
    if task == "multiclass":
        return th.multiclass_rgb(theme, out, views["output_conf"], n_classes), (0, 255), None
    lo, hi = y_range
    return np.nan_to_num(out), (lo, hi if hi > lo else lo + 1), th.sequential_lut(theme)


def wants_log(values, ratio=10.0):
    """A log axis when the positive finite ``values`` span more than ``ratio`` (a diverged
    run's loss beside the others', networks of 20 and 2,000 parameters); linear otherwise,
    where a log axis of less than a decade only crowds its tick labels."""
    v = np.asarray([x for x in values if x is not None and math.isfinite(x)], float)
    return bool(len(v)) and bool(np.all(v > 0)) and float(v.max()) > ratio * float(v.min())


def measure_label(col):
    """The collection's measure ("held-out accuracy") in the user's language."""
    return translate("classroom", col.label)


def layers_text(k):
    """A bar's label: how many hidden layers."""
    return translate("class_plots", "1 layer") if k == 1 else \
        translate("class_plots", "{n} layers").format(n=k)


def _pen(selected, scale=1.0):
    return pg.mkPen(HIGHLIGHT, width=3 * scale) if selected else \
        pg.mkPen(OTHER, width=1 * scale)


def _plot_widget(name, tip):
    p = pg.PlotWidget()
    p.setMenuEnabled(False)
    p.hideButtons()
    p.setBackground(th.qcolor(th.LIGHT.bg))
    p.setAccessibleName(name)
    p.setToolTip(tip)
    p.getViewBox().setMouseEnabled(False, False)
    for ax in ("left", "bottom"):
        p.getAxis(ax).enableAutoSIPrefix(False)     # "(x0.001)" beside an accuracy misleads
    return p


class ClassPlots(QWidget):
    """Four plots in a 2 × 2 grid (see the module docstring); ``picked(index)``."""

    picked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.col = None
        self.selected = None
        self.curve_items = {}           # index in col.rows → its PlotDataItem
        self.boundary_rows = []         # index in col.rows of each small multiple shown
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.curves = _plot_widget(translate("ClassPlots", "Training curves"),
                                   translate("ClassPlots", "Every hand-in's training loss; "
                                             "the selected one in colour"))
        self.curves.setLabel("bottom", translate("ClassPlots", "epoch"))
        self.log_loss = False           # the curves' y axis is logarithmic
        self.log_x = False              # the scatter's x is log10(parameters)
        quarters = (self.curves, self._build_scatter(), self._build_boundaries(),
                    self._build_choices())
        for k, w in enumerate(quarters):
            # the grid's stretch alone sizes them: four equal quarters at any window size
            w.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
            grid.addWidget(w, k // 2, k % 2)
        for k in range(2):
            grid.setRowStretch(k, 1)
            grid.setColumnStretch(k, 1)
        self._titles = [(self.curves.getPlotItem(),
                         translate("ClassPlots", "Training loss per epoch")),
                        (self.scatter_plot.getPlotItem(),
                         translate("ClassPlots", "Parameters and held-out score")),
                        (self.opt_plot, translate("ClassPlots", "Optimizer")),
                        (self.layer_plot, translate("ClassPlots", "Hidden layers"))]
        self._apply_font()

    def changeEvent(self, ev):
        # larger fonts (View ▸ Large fonts, a projector): pyqtgraph draws its text with its
        # own fonts, so the titles, axes and counts follow this widget's font here
        if ev.type() == QEvent.FontChange:
            self._apply_font()
        super().changeEvent(ev)

    def _apply_font(self):
        f = self.font()
        size = f"{1.15 * f.pointSizeF():.1f}pt"
        for plot, text in self._titles:
            plot.setTitle(text, color=th.qcolor(self.theme.fg).name(), size=size)
        for gv in self.findChildren(pg.GraphicsView):
            for item in gv.scene().items():
                if isinstance(item, pg.AxisItem):
                    item.setTickFont(f)
                    item.label.setFont(f)
                    item.resizeEvent()
                elif isinstance(item, pg.TextItem):
                    item.setFont(f)

    # ----------------------------------------------------------------- construction
    def _build_scatter(self):
        self.scatter_plot = _plot_widget(
            translate("ClassPlots", "Parameters and score"),
            translate("ClassPlots", "Each hand-in's network size and its score (crosses: "
                                    "flagged, not ranked); click a point to select it"))
        self.scatter_plot.setLabel("bottom", translate("ClassPlots", "parameters"))
        self.scatter = pg.ScatterPlotItem(size=9, pxMode=True, hoverable=True,
                                          tip=self._point_tip)
        self.scatter.sigClicked.connect(self._on_point_clicked)
        self.ring = pg.ScatterPlotItem(size=18, pxMode=True, symbol="o",
                                       brush=pg.mkBrush(0, 0, 0, 0),
                                       pen=pg.mkPen(HIGHLIGHT, width=3))
        self.ring.setZValue(10)
        self.scatter_plot.addItem(self.scatter)
        self.scatter_plot.addItem(self.ring)
        return self.scatter_plot

    def _build_boundaries(self):
        """Six small plots, each under a title of two short lines (a long name is cut with
        "…": a title that wraps would make the grid size its rows by height-for-width, which
        ignores the quarters' equal stretch)."""
        self.boundaries = box = QWidget()
        box.setAccessibleName(translate("ClassPlots", "Decision boundaries of the six best"))
        box.setToolTip(translate("ClassPlots", "The decision boundaries of the six best ranked "
                                               "hand-ins, from their weights; click one to "
                                               "select it"))
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        head = QLabel(translate("ClassPlots", "Decision boundaries of the six best"))
        head.setAlignment(Qt.AlignCenter)
        lay.addWidget(head)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.boundary_plots = []
        for k in range(N_BOUNDARIES):
            cell = QWidget()
            cl = QVBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.setSpacing(0)
            title = QLabel("")
            title.setTextFormat(Qt.PlainText)
            title.setAlignment(Qt.AlignCenter)
            title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            p = pg.PlotWidget()
            p.setBackground(th.qcolor(self.theme.bg))
            p.setMenuEnabled(False)
            p.hideButtons()
            p.hideAxis("left")
            p.hideAxis("bottom")
            p.setAspectLocked(True)
            p.setMinimumSize(40, 40)
            p.getViewBox().setMouseEnabled(False, False)
            p.getViewBox().setDefaultPadding(0.0)
            img = pg.ImageItem(axisOrder="row-major")
            pts = pg.ScatterPlotItem(size=3, pxMode=True, pen=None)
            p.addItem(img)
            p.addItem(pts)
            p.scene().sigMouseClicked.connect(lambda ev, k=k: self._on_boundary_clicked(k, ev))
            cl.addWidget(title)
            cl.addWidget(p, 1)
            grid.addWidget(cell, k // BOUNDARY_COLS, k % BOUNDARY_COLS)
            self.boundary_plots.append((cell, title, p, img, pts))
        lay.addLayout(grid, 1)
        self.boundary_note = QLabel("")
        self.boundary_note.setTextFormat(Qt.PlainText)
        self.boundary_note.setWordWrap(True)
        self.boundary_note.setStyleSheet(th.QUIET)
        self.boundary_note.hide()
        lay.addWidget(self.boundary_note)
        return box

    def _build_choices(self):
        self.choices = pg.GraphicsLayoutWidget()
        self.choices.setBackground(th.qcolor(self.theme.bg))
        self.choices.setAccessibleName(translate("ClassPlots", "What the class chose"))
        self.choices.setToolTip(translate("ClassPlots", "How many hand-ins chose each optimizer "
                                                        "and each number of hidden layers; the "
                                                        "selected one's choices in colour"))
        self.opt_plot = self.choices.addPlot(title=translate("ClassPlots", "Optimizer"))
        self.choices.nextRow()
        self.layer_plot = self.choices.addPlot(title=translate("ClassPlots", "Hidden layers"))
        for p in (self.opt_plot, self.layer_plot):
            p.setMenuEnabled(False)
            p.hideButtons()
            p.getViewBox().setMouseEnabled(False, False)
            p.hideAxis("bottom")            # each bar says its count
            p.getViewBox().invertY(True)    # the most chosen on top
        self.opt_bars = self.layer_bars = None
        return self.choices

    # ----------------------------------------------------------------- data
    def set_collection(self, col):
        """Draw ``col`` (`io.classroom.Collection`); the selection is cleared."""
        self.col, self.selected = col, None
        self._draw_curves()
        self._draw_scatter()
        self._draw_boundaries()
        self._draw_choices()
        self._describe()

    def _draw_curves(self):
        for item in self.curve_items.values():
            self.curves.removeItem(item)
        self.curve_items = {}
        rows = [(i, r) for i, r in enumerate(self.col.rows) if len(r.train_loss)]
        self.log_loss = wants_log([x for _, r in rows for x in r.train_loss])
        self.curves.setLogMode(y=self.log_loss)
        self.curves.setLabel("left", translate("ClassPlots", "training loss (log scale)")
                             if self.log_loss else translate("ClassPlots", "training loss"))
        for i, r in rows[:MAX_CURVES]:
            self._add_curve(i, r)

    def _add_curve(self, i, row):
        loss = np.asarray(row.train_loss, float)
        # a loss that is not finite (or, on a log axis, not above 0) cannot be drawn
        ok = np.isfinite(loss) & ((loss > 0) | (not self.log_loss))
        epochs = np.arange(1, len(loss) + 1, dtype=float)
        item = pg.PlotDataItem(epochs[ok], loss[ok], pen=_pen(False))
        item.setZValue(0)
        self.curves.addItem(item)
        self.curve_items[i] = item

    def _point_tip(self, x, y, data):
        r = self.col.rows[int(data)]
        return translate("ClassPlots", "{name}: {n} parameters, {measure} {score}").format(
            name=r.label, n=num(r.parameters, ","), measure=measure_label(self.col),
            score=num(y, ".4f"))

    def _draw_scatter(self):
        col = self.col
        self.scatter_plot.setLabel("left", measure_label(col))
        pts = [(i, r) for i, r in enumerate(col.rows)
               if r.score is not None and math.isfinite(r.score) and r.parameters]
        self.log_x = wants_log([r.parameters for _, r in pts])
        self.scatter_plot.getAxis("bottom").setLogMode(self.log_x)   # ticks as 10^x
        self.scatter_plot.setLabel("bottom", translate("ClassPlots", "parameters (log scale)")
                                   if self.log_x else translate("ClassPlots", "parameters"))
        spots = []
        for i, r in pts:
            ranked = r.rank is not None
            spots.append({"pos": (self.x_of(r.parameters), r.score), "data": i,
                          "brush": pg.mkBrush(*(HIGHLIGHT if ranked else FLAGGED), 200),
                          "pen": pg.mkPen(self.theme.point_edge if ranked else FLAGGED),
                          "symbol": "o" if ranked else "x"})
        self.scatter.setData(spots)
        self.ring.setData([], [])

    def x_of(self, parameters):
        """Where the scatter plots a network of ``parameters`` along x."""
        return math.log10(parameters) if self.log_x else float(parameters)

    def _draw_boundaries(self):
        col = self.col
        top = top_ranked(col)
        self.boundary_rows = []
        sample = next((r.handin for _, r in top if r.handin is not None), None)
        plane = sample is not None and input_plane(sample.data) == "plane"
        for k, (cell, _title, p, img, pts) in enumerate(self.boundary_plots):
            views = boundary_of(top[k][1]) if plane and k < len(top) else None
            # an empty cell keeps its room: the others stay where they were
            cell.setVisible(views is not None or plane)
            p.setVisible(views is not None)
            if views is None:
                _title.setText("")
                continue
            i, r = top[k]
            self.boundary_rows.append(i)
            self._draw_one_boundary(p, img, pts, r, views)
        if not top:
            note = translate("ClassPlots", "No hand-in is ranked yet: no boundaries to draw.")
        elif not plane:
            n = sample.data.n_features
            note = (translate("ClassPlots", "Decision boundaries are drawn for two inputs; this "
                                            "challenge's data has 1 input.") if n == 1 else
                    translate("ClassPlots", "Decision boundaries are drawn for two inputs; this "
                                            "challenge's data has {n} inputs.").format(n=n))
        else:
            note = ""
        self.boundary_note.setText(note)
        self.boundary_note.setVisible(bool(note))
        self._style_boundaries()

    def _draw_one_boundary(self, plot, img, pts, row, views):
        d = row.handin.data
        y_range = (float(np.min(d.y)), float(np.max(d.y))) if d.task == "regression" \
            else (0.0, 1.0)
        image, levels, lut = boundary_image(self.theme, views, d.task, max(d.n_classes, 2),
                                            y_range)
        img.setImage(image, levels=levels, lut=lut, autoLevels=False)
        x0, y0, x1, y1 = views["extent"]
        h, w = views["output"].shape
        dx, dy = (x1 - x0) / max(w - 1, 1), (y1 - y0) / max(h - 1, 1)
        img.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        if d.task == "regression":
            pts.setData([], [])
        else:
            cache = {k: pg.mkBrush(*th.class_color(k)) for k in range(max(d.n_classes, 2))}
            pts.setData(d.X_train[:, 0], d.X_train[:, 1],
                        brush=[cache[int(k)] for k in d.y_train])
        plot.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _draw_choices(self):
        for p in (self.opt_plot, self.layer_plot):
            p.clear()
        opts, layers = choice_counts(counted(self.col))
        self.opt_bars = self._bars(self.opt_plot, [name for name, _ in opts],
                                   [n for _, n in opts])
        self.layer_bars = self._bars(self.layer_plot,
                                     [layers_text(k) for k, _ in layers],
                                     [n for _, n in layers])
        self.choice_keys = ([name for name, _ in opts], [k for k, _ in layers])

    def _bars(self, plot, names, counts):
        """Horizontal bars (names of any length read along the axis), each with its count."""
        bars = pg.BarGraphItem(x0=0, y=np.arange(len(names)), width=counts, height=0.7,
                               brushes=[pg.mkBrush(OTHER)] * len(names), pen=None)
        plot.addItem(bars)
        plot.getAxis("left").setTicks([list(enumerate(names))])
        top = max(counts, default=1)
        for y, n in enumerate(counts):
            t = pg.TextItem(f" {n}", color=th.qcolor(self.theme.fg), anchor=(0.0, 0.5))
            t.setFont(self.font())
            t.setPos(n, y)
            plot.addItem(t)
        plot.setYRange(-0.6, max(len(names), 1) - 0.4, padding=0)
        plot.setXRange(0, top * 1.2, padding=0)
        return bars

    # ----------------------------------------------------------------- selection
    def select(self, index):
        """Highlight the hand-in ``col.rows[index]`` (None: none)."""
        self.selected = index
        for i, item in self.curve_items.items():
            on = i == index
            item.setPen(_pen(on))
            item.setZValue(10 if on else 0)
        if index is not None and index not in self.curve_items and self.col is not None \
                and len(self.col.rows[index].train_loss):
            self._add_curve(index, self.col.rows[index])      # one left out of MAX_CURVES
            self.select(index)
            return
        r = self.col.rows[index] if self.col is not None and index is not None else None
        if r is not None and r.score is not None and math.isfinite(r.score) and r.parameters:
            self.ring.setData([self.x_of(r.parameters)], [r.score])
        else:
            self.ring.setData([], [])
        self._style_boundaries()
        self._style_choices(r)

    def _style_boundaries(self):
        for k, (_cell, title, p, _img, _pts) in enumerate(self.boundary_plots):
            if k >= len(self.boundary_rows):
                continue
            i = self.boundary_rows[k]
            r = self.col.rows[i]
            on = i == self.selected
            title.setText(f"{r.rank}. {io_classroom.shown(r.label, 18)}\n{num(r.score, '.4f')}")
            f = title.font()
            f.setBold(on)
            title.setFont(f)
            title.setStyleSheet(f"color: {th.qcolor(HIGHLIGHT).name()};" if on else "")
            p.getViewBox().setBorder(pg.mkPen(HIGHLIGHT, width=3) if on else
                                     pg.mkPen(self.theme.grid, width=1))

    def _style_choices(self, row):
        if self.opt_bars is None:
            return
        opt_keys, layer_keys = self.choice_keys
        for bars, keys, mine in ((self.opt_bars, opt_keys, row and row.optimizer),
                                 (self.layer_bars, layer_keys, row and row.hidden_layers)):
            bars.setOpts(brushes=[pg.mkBrush(HIGHLIGHT if row is not None and k == mine
                                             else OTHER) for k in keys])

    def bar_colours(self):
        """{"optimizer": {name: RGB}, "hidden layers": {k: RGB}} as the bars show them."""
        out = {}
        for what, bars, keys in (("optimizer", self.opt_bars, self.choice_keys[0]),
                                 ("hidden layers", self.layer_bars, self.choice_keys[1])):
            brushes = bars.opts["brushes"]
            out[what] = {k: brushes[j].color().getRgb()[:3] for j, k in enumerate(keys)}
        return out

    # ----------------------------------------------------------------- clicks
    def _on_point_clicked(self, _item, points, _ev=None):
        if len(points):
            self.picked.emit(int(points[0].data()))

    def _on_boundary_clicked(self, k, ev):
        if k < len(self.boundary_rows):
            ev.accept()
            self.picked.emit(self.boundary_rows[k])

    def _describe(self):
        """The plots in words (their accessible descriptions)."""
        col = self.col
        rows = counted(col)
        opts, layers = choice_counts(rows)
        best = top_ranked(col, 1)
        self.curves.setAccessibleDescription(translate(
            "ClassPlots", "{n} training curves, one per hand-in.").format(
                n=len(self.curve_items)))
        n = len(self.scatter.data)
        self.scatter_plot.setAccessibleDescription(translate(
            "ClassPlots", "{n} hand-ins scored; the best, {name}, has {params} parameters and "
                          "{measure} {score}.").format(
                n=n, name=best[0][1].label, params=num(best[0][1].parameters, ","),
                measure=measure_label(col), score=num(best[0][1].score, ".4f"))
            if best else translate("ClassPlots", "{n} hand-ins scored.").format(n=n))
        self.boundaries.setAccessibleDescription(
            self.boundary_note.text() or translate("ClassPlots", "Boundaries of {names}.").format(
                names=", ".join(col.rows[i].label for i in self.boundary_rows)))
        none = translate("ClassPlots", "none")
        self.choices.setAccessibleDescription(translate(
            "ClassPlots", "Optimizers: {optimizers}. Hidden layers: {layers}.").format(
                optimizers=", ".join(translate("ClassPlots", "{n} {name}").format(n=n, name=name)
                                     for name, n in opts) or none,
                layers=", ".join(translate("ClassPlots", "{n} with {k}").format(n=n, k=k)
                                 for k, n in layers) or none))
