"""The optimizer race: 2–6 optimizer settings from the same initial weights on the same
batch order — their loss curves overlaid (one colour per racer, the legend names the
settings), a small decision boundary per racer, and the finishing order in a table.

The race runs in a child process (the job "race" of `engines.compare_jobs`, started by `gui.child_job`): the window stays
responsive, and each racer's numbers are exactly a solo run's (`core.race`).

    python -m annstudio.gui.views.race      # the lecture's optimizers on the lecture's moons
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QPushButton, QSpinBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from annstudio.core import race as core_race
from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate
from annstudio.io.lessons import RACE_RACERS

# the lecture's optimizers with their lessons' settings (the race lesson's racers)
LECTURE_RACERS = list(RACE_RACERS)
DRAW_HZ = 5                 # the race's curves, boundaries and table, like the main curves
COLORS = [(31, 119, 180), (214, 39, 40), (44, 160, 44), (148, 103, 189), (255, 127, 14),
          (23, 190, 207)]
# the table's headers, shown translated
COLUMNS = ["#", QT_TRANSLATE_NOOP("RaceView", "racer"), QT_TRANSLATE_NOOP("RaceView", "train loss"),
           QT_TRANSLATE_NOOP("RaceView", "test loss"),
           QT_TRANSLATE_NOOP("RaceView", "test accuracy"), QT_TRANSLATE_NOOP("RaceView", "status")]


def _hex(rgb):
    return "#%02x%02x%02x" % rgb


class RaceView(QWidget):
    """Set up racers, press Start; ``finished(order)`` when every racer is done."""

    finished = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.net = self.data = None
        self.batch_size, self.seed = 10, 0
        self.job = None
        self.rows = []             # the latest per-racer dicts from the child
        # Progress arrives once per epoch (10–30×/s on the lecture run); drawing each one
        # held the window (p99 lateness 92 ms measured): draw the newest at ≤ DRAW_HZ.
        self._pending = None
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(1000 // DRAW_HZ)
        self._draw_timer.timeout.connect(self._draw_pending)
        self._extent = None        # (x0, y0, x1, y1) of the boundary images
        self.labels = []

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        # ----- racers and controls -----
        top = QHBoxLayout()
        top.addLayout(self._build_racer_column(), 3)
        top.addLayout(self._build_controls(), 1)
        lay.addLayout(top)
        lay.addWidget(self._build_plots(), 5)     # curves | boundaries
        lay.addWidget(self._build_table(), 3)     # finishing order
        self.apply_theme(self.theme)
        for text in LECTURE_RACERS:
            self.racer_list.addItem(text)

    # ----- construction (called once, from __init__, top to bottom) -----
    def _build_racer_column(self):
        """The racer list, the line to add one, Add / Remove and the message under them."""
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("RaceView", "<b>Racers</b> (optimizer name=value …) — "
                                        "all start from the same weights and see the same "
                                        "batches")))
        self.racer_list = QListWidget()
        self.racer_list.setAccessibleName(translate("RaceView", "Racers"))
        self.racer_list.setMaximumHeight(96)
        self.racer_list.setToolTip(translate("RaceView", "One optimizer setting per line; select "
                                             "one and press Remove to drop it"))
        left.addWidget(self.racer_list)
        add_row = QHBoxLayout()
        self.racer_edit = QLineEdit()
        self.racer_edit.setAccessibleName(translate("RaceView", "New racer: optimizer name=value"))
        self.racer_edit.setPlaceholderText(translate("RaceView", "e.g. adam lr=0.01 or sgd "
                                                     "lr=0.05 momentum=0.9"))
        self.racer_edit.returnPressed.connect(self._add_racer)
        self.add_button = QPushButton(translate("RaceView", "Add racer"))
        self.add_button.clicked.connect(self._add_racer)
        self.remove_button = QPushButton(translate("RaceView", "Remove"))
        self.remove_button.clicked.connect(self._remove_racer)
        add_row.addWidget(self.racer_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        left.addLayout(add_row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        return left

    def _build_controls(self):
        """Epochs, Start / Stop and the race's status line."""
        ctl = QVBoxLayout()
        ep = QHBoxLayout()
        ep.addWidget(QLabel(translate("RaceView", "Epochs")))
        self.epochs = QSpinBox()
        self.epochs.setAccessibleName(translate("RaceView", "Epochs"))
        self.epochs.setRange(1, 1000)
        self.epochs.setValue(30)
        ep.addWidget(self.epochs)
        ctl.addLayout(ep)
        self.start_button = QPushButton(translate("RaceView", "▶ Start race"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(translate("RaceView", "■ Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        ctl.addWidget(self.start_button)
        ctl.addWidget(self.stop_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        ctl.addWidget(self.status)
        ctl.addStretch(1)
        return ctl

    def _build_plots(self):
        """Loss and accuracy curves (one per racer, added at the start) beside the racers'
        small boundaries."""
        split = QSplitter(Qt.Horizontal)
        self.curves = pg.GraphicsLayoutWidget()
        self.loss_plot = self.curves.addPlot(title=translate("RaceView", "Training loss"))
        self.loss_plot.setLabel("bottom", translate("RaceView", "epoch"))
        self.acc_plot = self.curves.addPlot(title=translate("RaceView", "Test accuracy"))
        self.acc_plot.setLabel("bottom", translate("RaceView", "epoch"))
        # the legend in its own row under both plots: inside the loss plot it covered the
        # slow racers' curves, which stay high (near log 2) where a legend sits
        self.legend = pg.LegendItem(labelTextSize="9pt", colCount=3)
        self.curves.nextRow()
        self.curves.addItem(self.legend, colspan=2)
        for p in (self.loss_plot, self.acc_plot):
            p.setMenuEnabled(False)
            p.hideButtons()
        self._build_no_test_note()
        self.loss_curves, self.acc_curves = [], []
        split.addWidget(self.curves)
        self.boundaries = pg.GraphicsLayoutWidget()
        self.boundary_boxes = []
        self._class_points = []
        split.addWidget(self.boundaries)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    def _build_no_test_note(self):
        """Over the test-accuracy plot, why it stays empty when the data has no test points.
        A child of the view box, not a plot item: in pixels (centred whatever the epochs),
        and kept when the race clears the plot's curves."""
        vb = self.acc_plot.getViewBox()
        self.no_test_note = pg.TextItem("", anchor=(0.5, 0.5))
        self.no_test_note.setParentItem(vb)
        self.no_test_note.hide()
        vb.sigResized.connect(self._place_no_test_note)

    def _place_no_test_note(self, *_):
        vb = self.acc_plot.getViewBox()
        r = vb.boundingRect()
        self.no_test_note.setTextWidth(max(r.width() - 16, 80))   # wraps in a narrow plot
        self.no_test_note.setPos(r.center())

    def _show_no_test_note(self, data):
        if data is not None and len(data.X_test) == 0:
            self.no_test_note.setColor(th.qcolor(self.theme.fg))
            self.no_test_note.setHtml("<div style='text-align:center'>"
                                      + translate("RaceView", "No test points: set a test "
                                                  "fraction on the Dataset tab to see the "
                                                  "racers' test accuracy.") + "</div>")
            self._place_no_test_note()
            self.no_test_note.show()
        else:
            self.no_test_note.hide()

    def _build_table(self):
        """The finishing order, one row per racer."""
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("RaceView", "Race results"))
        self.table.setHorizontalHeaderLabels([translate("RaceView", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        return self.table

    # ----- set-up -----
    def apply_theme(self, theme):
        self.theme = theme
        for w in (self.curves, self.boundaries):
            w.setBackground(th.qcolor(theme.bg))
        self._show_no_test_note(self.data)

    def set_problem(self, net, data, batch_size=10, seed=0):
        """The common start: ``net``'s weights, ``data``, the batch size and order seed."""
        self.net, self.data = net.copy(), data
        self.batch_size, self.seed = int(batch_size), int(seed)
        self._show_no_test_note(data)
        self.status.setText(translate("RaceView", "{name}: {n} training points, network "
                                      "{sizes}, batch {batch}").format(
            name=data.name, n=len(data.X_train), sizes="→".join(map(str, net.sizes)),
            batch=batch_size))

    def racers(self):
        return [self.racer_list.item(i).text() for i in range(self.racer_list.count())]

    def _add_racer(self):
        text = self.racer_edit.text().strip()
        if not text:
            return
        try:
            core_race.parse_racer(text)
        except AnnStudioError as e:
            self.message.setText(f"<span style='color:#c62828'>{e}</span>")
            return
        if self.racer_list.count() >= core_race.MAX_RACERS:
            self.message.setText("<span style='color:#c62828'>"
                                 + translate("RaceView", "at most {n} racers").format(
                                     n=core_race.MAX_RACERS) + "</span>")
            return
        self.racer_list.addItem(text)
        self.racer_edit.clear()
        self.message.setText("")

    def _remove_racer(self):
        row = self.racer_list.currentRow()
        if row >= 0:
            self.racer_list.takeItem(row)

    # ----- the race -----
    def start(self):
        from annstudio.core.views import net_spec
        from annstudio.gui.child_job import ChildJob
        if self.net is None:
            self.message.setText(translate("RaceView", "no network and data to race on"))
            return
        try:
            settings = [core_race.parse_racer(t) for t in self.racers()]
        except AnnStudioError as e:
            self.message.setText(f"<span style='color:#c62828'>{e}</span>")
            return
        if len(settings) < 2:
            self.message.setText("<span style='color:#c62828'>"
                                 + translate("RaceView", "a race needs at least two racers")
                                 + "</span>")
            return
        self.stop()
        self._pending = None
        self.message.setText("")
        self.labels = [core_race.label(n, p) for n, p in settings]
        self._build_items(len(settings))
        self.rows = []
        self.job = ChildJob("race", {"net": net_spec(self.net), "data": self.data,
                                       "settings": settings, "epochs": self.epochs.value(),
                                       "batch_size": self.batch_size, "seed": self.seed},
                            parent=self)
        self.job.progress.connect(self._on_progress)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.status.setText(translate("RaceView", "starting the race…"))

    def stop(self):
        if self.job is not None and self.job.running:
            self.job.stop()
            self._draw_timer.stop()
            self._draw_pending()
            self.status.setText(translate("RaceView", "stopped"))
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def closeEvent(self, e):
        self.stop()
        super().closeEvent(e)

    def _build_items(self, n):
        self.loss_plot.clear()
        self.acc_plot.clear()
        self.legend.clear()
        self.loss_curves = [self.loss_plot.plot([], [], pen=pg.mkPen(COLORS[i], width=2))
                            for i in range(n)]
        for curve, label in zip(self.loss_curves, self.labels):
            self.legend.addItem(curve, label)
        self.acc_curves = [self.acc_plot.plot([], [], pen=pg.mkPen(COLORS[i], width=2))
                           for i in range(n)]
        self.acc_plot.setYRange(0, 1, padding=0.02)
        self.boundaries.clear()
        self.boundary_boxes = []
        self._class_points = []            # (plot, per-class scatter) of `_place_points`
        cols = 2 if n <= 4 else 3
        for i in range(n):
            p = self.boundaries.addPlot(row=i // cols, col=i % cols)
            p.setTitle(self.labels[i], color=_hex(COLORS[i]), size="8pt")
            p.setPreferredWidth(10)          # equal columns, whatever the titles' lengths
            p.hideAxis("left")
            p.hideAxis("bottom")
            p.setMenuEnabled(False)
            p.hideButtons()
            p.setMouseEnabled(False, False)
            p.setAspectLocked(True)
            img = pg.ImageItem(axisOrder="row-major")
            img.setLookupTable(th.boundary_lut(self.theme))
            p.addItem(img)
            pts = pg.ScatterPlotItem(size=3, pxMode=True, pen=None)
            p.addItem(pts)
            self.boundary_boxes.append((p, img, pts))
        for c in range(cols):
            self.boundaries.ci.layout.setColumnStretchFactor(c, 1)
        self.table.setRowCount(0)

    def _on_progress(self, msg):
        if msg.get("extent") is not None:
            self._extent = msg["extent"]
            self._place_points()
        if "initial_loss" in msg:
            self.status.setText(translate("RaceView", "all {n} racers start at loss {loss}")
                                .format(n=len(msg["racers"]),
                                        loss=num(msg["initial_loss"][0], ".4f")))
        self._pending = msg
        if not self._draw_timer.isActive():
            self._draw_timer.start()

    def _draw_pending(self):
        """Draw the newest progress message (the ones before it are superseded: each carries
        every racer's whole history)."""
        msg, self._pending = self._pending, None
        if msg is None:
            return
        self.rows = msg["racers"]
        for (p, img, _), b in zip(self.boundary_boxes, msg.get("boundaries", [])):
            if b is not None and self._extent is not None:
                img.setImage(b, levels=(0.0, 1.0))
                x0, y0, x1, y1 = self._extent
                img.setRect(x0, y0, x1 - x0, y1 - y0)
        for i, row in enumerate(self.rows):
            ep = np.arange(1, len(row["train_loss"]) + 1, dtype=float)
            self.loss_curves[i].setData(ep, np.asarray(row["train_loss"], float),
                                        connect="finite")
            acc = np.asarray([np.nan if a is None else a for a in row["test_accuracy"]], float)
            self.acc_curves[i].setData(ep, acc, connect="finite")
        if "initial_loss" not in msg:
            self.status.setText(translate("RaceView", "epoch {epoch} of {epochs}").format(
                epoch=msg["epoch"], epochs=self.epochs.value()))
        self._fill_table(None)

    def _place_points(self):
        """The training points on each racer's boundary: one scatter item per class with
        one brush (a brush per point made pyqtgraph style each point: 59 ms on the GUI
        thread for 5 × 400 points, the race window's worst stall)."""
        d = self.data
        if d is None or d.n_features < 2:
            return
        for p, item in self._class_points:
            p.removeItem(item)
        self._class_points = []
        X = d.X_train
        for p, _, pts in self.boundary_boxes:
            if d.task == "regression":
                pts.setData(X[:, 0], X[:, 1])
                continue
            pts.setData([], [])
            y = np.asarray(d.y_train).ravel().astype(int)
            # sorted(set()), not np.unique: NumPy 2's unique imports numpy.ma on first use,
            # 40 ms on the GUI thread
            for c in sorted(set(y.tolist())):
                item = pg.ScatterPlotItem(X[y == c, 0], X[y == c, 1], size=3, pxMode=True,
                                          pen=None, brush=pg.mkBrush(*th.class_color(c)))
                p.addItem(item)
                self._class_points.append((p, item))

    def _fill_table(self, order):
        rows = self.rows
        if order is None:
            order = core_race_order(rows)
        self.table.setRowCount(len(rows))
        for rank, i in enumerate(order):
            r = rows[i]
            tl = r["train_loss"][-1] if r["train_loss"] else None
            te = r["test_loss"][-1] if r["test_loss"] else None
            acc = r["final_test_metric"]
            status = (translate("RaceView", "diverged") if r["diverged"] else
                      translate("RaceView", "{n} steps").format(n=num(r["steps"], ",")))
            cells = [str(rank + 1), self.labels[i], _num(tl), _num(te),
                     "—" if acc is None else translate("RaceView", "{value}%").format(
                         value=num(100 * acc, ".1f")), status]
            for c, text in enumerate(cells):
                # update the row's items in place: a new QTableWidgetItem per cell and per
                # epoch cost ~0.5 ms each on the GUI thread
                item = self.table.item(rank, c)
                if item is None:
                    item = QTableWidgetItem()
                    if c in (0, 2, 3, 4):
                        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                    self.table.setItem(rank, c, item)
                item.setText(text)
                if c == 1:
                    item.setForeground(th.qcolor(COLORS[i]))
                    item.setToolTip(r["diverged"] or "")

    def _on_done(self, msg):
        self._draw_timer.stop()
        if self._pending is not None:
            self._draw_pending()            # the last epoch's curves and boundaries
        self.rows = msg["racers"]
        self._fill_table(msg["order"])
        winner = self.labels[msg["order"][0]]
        self.status.setText(translate("RaceView", "finished: {winner} has the lowest training "
                                      "loss").format(winner=winner))
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.finished.emit(list(msg["order"]))

    def _on_failed(self, text):
        self.message.setText("<span style='color:#c62828'>"
                             + translate("RaceView", "the race stopped: {reason}").format(
                                 reason=text) + "</span>")
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)


def core_race_order(rows):
    """Best first by latest training loss, diverged last (as `core.race.finishing_order`)."""
    def key(i):
        r = rows[i]
        last = r["train_loss"][-1] if r["train_loss"] else math.inf
        return (r["diverged"] is not None, last if math.isfinite(last) else math.inf, i)
    return sorted(range(len(rows)), key=key)


def _num(v):
    return "—" if v is None or not math.isfinite(v) else num(v, ".4f")


def lecture_problem():
    import annstudio as ann
    data = ann.datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
    net = ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid", seed=0)
    return net, data


def main():
    """``python -m annstudio.gui.views.race [--screenshot PNG]``: the racers on the lecture
    problem, ready to start."""
    from annstudio.gui import standalone

    def build():
        view = RaceView()
        view.set_problem(*lecture_problem())
        return view
    return standalone.run(build, "optimizer race", stop=lambda v: v.stop())


if __name__ == "__main__":
    raise SystemExit(main())
