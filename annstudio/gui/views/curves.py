"""Loss and accuracy (or R²) per epoch, train and test, an optional per-step loss curve,
a log-scale toggle; and the per-layer gradient norm ‖∂L/∂W_i‖ over the steps (vanishing
gradients in deep sigmoid nets show as the lower layers' curves falling away).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate
from annstudio.gui.reader import ReaderText, curves_sentence
from annstudio.gui.widgets import FitTitle, HeaderBar, legend_label
from annstudio.gui.views.layers import weight_name

TRAIN = (8, 119, 189)
TEST = (245, 147, 34)
STEP = (150, 150, 150)
# Curves are drawn from at most this many points (a plot is a few hundred pixels wide):
# Qt strokes wide pens slowly, and a 2-px curve through thousands of epochs took ~30 ms.
MAX_STEP_POINTS = 1500     # the per-step curve (1-px pen): block means
MAX_EPOCH_POINTS = 600     # per-epoch curves (2-px pens): every k-th epoch and the last


def _style_plot(p, theme):
    for ax in ("left", "bottom"):
        a = p.getAxis(ax)
        a.setPen(pg.mkPen(theme.grid))
        a.setTextPen(pg.mkPen(theme.fg))
    # no grid: a grid makes the axis repaint (text and all) on every new curve point
    p.titleLabel.setText(p.titleLabel.text, color=th.qcolor(theme.fg).name())


def _decimate(x, y, n=MAX_STEP_POINTS):
    if len(x) <= n:
        return x, y
    k = int(np.ceil(len(x) / n))
    m = len(x) // k * k
    # the mean of each block: a smoothed per-step curve that costs the same at any length
    return x[:m:k] + (k - 1) / 2, y[:m].reshape(-1, k).mean(axis=1)


class CurvesView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.summary = FitTitle("")
        self.summary.setTextFormat(Qt.RichText)
        self.step_box = QCheckBox(translate("CurvesView", "per step"))
        self.step_box.setToolTip(translate("CurvesView",
                                           "Also draw every mini-batch's loss (grey)"))
        self.step_box.toggled.connect(self._redraw)
        self.log_box = QCheckBox(translate("CurvesView", "log scale"))
        self.log_box.setToolTip(translate("CurvesView", "Loss on a logarithmic axis"))
        self.log_box.toggled.connect(self._on_log)
        # the train/test legend gets a line of its own when the boxes would cut it short
        self.header = HeaderBar(self.summary, [self.step_box, self.log_box])
        lay.addWidget(self.header)
        self.glw = pg.GraphicsLayoutWidget()
        self.reader = ReaderText(self.glw, translate("CurvesView", "Loss and accuracy curves"))
        lay.addWidget(self.glw, 1)
        self.loss_plot = self.glw.addPlot(title=translate("CurvesView", "Loss"))
        self.metric_plot = self.glw.addPlot(title=translate("CurvesView", "Accuracy"))
        for p in (self.loss_plot, self.metric_plot):
            p.setMenuEnabled(False)
            p.hideButtons()
            p.setLabel("bottom", translate("CurvesView", "epoch"))
        # one epoch axis for both: a single epoch got ±20 on its own in the metric plot
        self.metric_plot.setXLink(self.loss_plot)
        self.step_curve = self.loss_plot.plot([], [], pen=pg.mkPen(STEP, width=1))
        self.train_loss = self.loss_plot.plot([], [], pen=pg.mkPen(TRAIN, width=2))
        self.test_loss = self.loss_plot.plot([], [], pen=pg.mkPen(TEST, width=2))
        self.train_metric = self.metric_plot.plot([], [], pen=pg.mkPen(TRAIN, width=2))
        self.test_metric = self.metric_plot.plot([], [], pen=pg.mkPen(TEST, width=2))
        self.step_curve.setZValue(-1)
        self.metric_name = "accuracy"
        self._record = None
        self._steps_per_epoch = 1
        self.apply_theme(self.theme)

    def apply_theme(self, theme):
        self.theme = theme
        self.glw.setBackground(th.qcolor(theme.bg))
        for p in (self.loss_plot, self.metric_plot):
            _style_plot(p, theme)

    def set_metric(self, task):
        self.metric_name = "r2" if task == "regression" else "accuracy"
        title = (translate("CurvesView", "R² (1 = perfect)") if task == "regression"
                 else translate("CurvesView", "Accuracy"))
        self.metric_plot.setTitle(title, color=th.qcolor(self.theme.fg).name())
        if task == "regression":
            self.metric_plot.enableAutoRange("y", True)
        else:
            self.metric_plot.setYRange(0, 1.0, padding=0.02)

    def reset_view(self):
        """A new run (Reset, New, Open, a lesson): forget the last run's axis ranges and
        follow the new data again (a zoom or a flat curve would otherwise keep them)."""
        self.loss_plot.enableAutoRange()
        self.set_metric("regression" if self.metric_name == "r2" else "binary")

    def set_presentation(self, on):
        """Lines twice as thick (View ▸ Presentation mode)."""
        k = th.PRESENTATION_LINE_SCALE if on else 1.0
        for item, color, width in ((self.step_curve, STEP, 1), (self.train_loss, TRAIN, 2),
                                   (self.test_loss, TEST, 2), (self.train_metric, TRAIN, 2),
                                   (self.test_metric, TEST, 2)):
            item.setPen(pg.mkPen(color, width=width * k))

    def set_steps_per_epoch(self, n):
        self._steps_per_epoch = max(1, int(n))

    def update_record(self, record, lock):
        """Draw the merged run record (`worker.RunRecord`)."""
        self._record, self._lock = record, lock
        self._redraw()

    def _redraw(self, *_):
        rec = self._record
        if rec is None:
            return
        with self._lock:
            table = rec.epoch_table.view().copy()
            last = rec.history.epochs[-1] if rec.history.epochs else None
            n_epochs = len(rec.history.epochs)
            steps = rec.step_losses.view().copy() if self.step_box.isChecked() else None
        ep = np.arange(1, len(table) + 1, dtype=float)
        if len(table) > MAX_EPOCH_POINTS:    # thousands of epochs: every k-th is enough
            k = int(np.ceil(len(table) / MAX_EPOCH_POINTS))
            keep = np.r_[np.arange(0, len(table) - 1, k), len(table) - 1]
            ep, table = ep[keep], table[keep]
        tr, te, m_tr, m_te = table.T if len(table) else (np.array([]),) * 4
        for item, y in ((self.train_loss, tr), (self.test_loss, te),
                        (self.train_metric, m_tr), (self.test_metric, m_te)):
            if np.isfinite(y).any():
                # a single epoch is a line of no length: draw it as a dot
                dot = dict(symbol="o", symbolSize=7, symbolPen=None,
                           symbolBrush=item.opts["pen"].color()) if len(ep) == 1 else \
                    dict(symbol=None)
                item.setData(ep, y, connect="finite", **dot)
            else:
                item.setData([], [])
        if steps is not None and len(steps):
            xs = np.arange(1, len(steps) + 1, dtype=float) / self._steps_per_epoch
            xs, ys = _decimate(xs, steps)
            if self.log_box.isChecked():
                ys = np.where(ys > 0, ys, np.nan)
            self.step_curve.setData(xs, ys, connect="finite")
        else:
            self.step_curve.setData([], [])
        tr_c, te_c = "#%02x%02x%02x" % TRAIN, "#%02x%02x%02x" % TEST
        train_word, test_word = translate("CurvesView", "train"), translate("CurvesView", "test")
        train_key = f"<b style='color:{tr_c}'>━ {train_word}</b>"
        test_key = f"<b style='color:{te_c}'>━ {test_word}</b>"
        if last is not None:
            train = self._numbers(last.train_loss, last.train_metric)
            test = (self._numbers(last.test_loss, last.test_metric)
                    if last.test_loss is not None else "")
            self.summary.setText(f"{train_key} {train} &nbsp; "
                                 + (f"{test_key} {test}" if test else ""))
            self.reader.set(curves_sentence(n_epochs, last, self.metric_name))
        else:
            self.summary.setText(f"{train_key} &nbsp; {test_key} &nbsp; "
                                 + translate("CurvesView", "(per epoch)"))
            self.reader.set(curves_sentence(0, None, self.metric_name))

    def _numbers(self, loss, metric):
        """'loss 0.3912, 86.0%' (or ', R² 0.861') for the summary line."""
        text = translate("CurvesView", "loss {loss}").format(loss=num(loss, ".4f"))
        if metric is None:
            return text
        if self.metric_name == "accuracy":
            return translate("CurvesView", "{loss_text}, {percent}%").format(
                loss_text=text, percent=num(100 * metric, ".1f"))
        return translate("CurvesView", "{loss_text}, R² {r2}").format(loss_text=text,
                                                                     r2=num(metric, ".3f"))

    def _on_log(self, v):
        self.loss_plot.setLogMode(y=bool(v))
        self._redraw()


class GradNormView(QWidget):
    """‖∂L/∂W_i‖ per layer (lecture numbering) against the training step.

    The run record keeps the norms of every step the engine reports, whether this view is
    shown or not; the window draws them when the view becomes visible. The legend is a
    line of text above the plot (inside the plot it hid the curves of deep networks) and
    always names the current network's layers (`set_layers`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.torch_order = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        lab = QLabel(translate("GradNormView", "Gradient norm per layer ‖∂L/∂W_i‖ (mini-batch, "
                               "sampled ~30×/s)"))
        lab.setWordWrap(True)
        self.log_box = QCheckBox(translate("GradNormView", "log scale"))
        self.log_box.setChecked(True)
        self.log_box.toggled.connect(lambda v: self.plot.setLogMode(y=bool(v)))
        top.addWidget(lab, 1)
        top.addWidget(self.log_box)
        lay.addLayout(top)
        self.legend = legend_label()
        lay.addWidget(self.legend)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", translate("GradNormView", "step"))
        self.plot.setLogMode(y=True)
        lay.addWidget(self.plot, 1)
        self.curves = []
        self.names = []
        self._n_layers = None
        self.apply_theme(self.theme)

    def apply_theme(self, theme):
        self.theme = theme
        self.plot.setBackground(th.qcolor(theme.bg))
        _style_plot(self.plot.getPlotItem(), theme)

    def set_torch_order(self, on):
        self.torch_order = bool(on)
        if self._n_layers is not None:
            n, self._n_layers = self._n_layers, None
            self.set_layers(n)

    def set_layers(self, n):
        """One curve per weight layer of the current network (K = n); a new network
        clears the curves and the legend."""
        if self._n_layers == n:
            return
        for c in self.curves:
            self.plot.removeItem(c)
        self.curves, self.names, parts = [], [], []
        for k in range(n):     # API order input→output; W_K … W_1 in the lecture's names
            color = th.class_color(k + 2) if n > 1 else th.POS
            name = weight_name(k, n, self.torch_order)
            self.curves.append(self.plot.plot([], [], pen=pg.mkPen(color, width=2)))
            self.names.append(name)
            parts.append(f"<span style='color:#%02x%02x%02x'><b>━</b> {name}</span>" % color)
        self.legend.setText(" &nbsp; ".join(parts))
        self._n_layers = n
        self.plot.enableAutoRange()

    def update_record(self, record, lock):
        with lock:
            if record.grad_norms is None or record.grad_steps.n == 0:
                steps = norms = None
            else:
                steps = record.grad_steps.view().copy()
                norms = record.grad_norms.view().copy()
        if steps is None:
            for c in self.curves:
                c.setData([], [])
            return
        self.set_layers(norms.shape[1])
        if len(steps) > MAX_STEP_POINTS:
            k = int(np.ceil(len(steps) / MAX_STEP_POINTS))
            steps, norms = steps[::k], norms[::k]
        positive = norms > 0
        symbol = "o" if len(steps) == 1 else None     # one step: a dot, not an empty plot
        for k, c in enumerate(self.curves):
            y = np.where(positive[:, k], norms[:, k], np.nan)
            c.setData(steps, y, connect="finite", symbol=symbol, symbolSize=6,
                      symbolPen=None, symbolBrush=c.opts["pen"].color())


def main():
    """``python -m annstudio.gui.views.curves [--screenshot PNG]``: the loss/accuracy curves
    and the gradient norms of 20 epochs of Adam on the lecture's moons."""
    import threading

    from PySide6.QtWidgets import QSplitter

    from annstudio.gui import standalone
    from annstudio.gui.client import GrowingArray, RunRecord

    def build():
        net, data, history = standalone.lecture_run()
        steps_per_epoch = -(-data.n_train // 10)
        record = RunRecord()                  # what the worker merges from snapshots
        record.history = history
        nan = float("nan")
        record.epoch_table.extend([[r.train_loss, nan if r.test_loss is None else r.test_loss,
                                    nan if r.train_metric is None else r.train_metric,
                                    nan if r.test_metric is None else r.test_metric]
                                   for r in history.epochs])
        record.step_losses.extend(history.step_loss)
        norms = [r.grad_norms for r in history.epochs if r.grad_norms is not None]
        if norms:
            record.grad_norms = GrowingArray(len(norms[0]))
            record.grad_norms.extend(norms)
            record.grad_steps.extend([steps_per_epoch * (e + 1) for e in range(len(norms))])
        curves, grads = CurvesView(), GradNormView()
        curves.set_metric(data.task)
        curves.set_steps_per_epoch(steps_per_epoch)
        curves.step_box.setChecked(True)
        lock = threading.Lock()
        curves.update_record(record, lock)
        grads.update_record(record, lock)
        box = QSplitter(Qt.Vertical)
        box.addWidget(curves)
        box.addWidget(grads)
        box.setSizes([440, 200])
        return box
    return standalone.run(build, "curves", size=(800, 640))


if __name__ == "__main__":
    raise SystemExit(main())
