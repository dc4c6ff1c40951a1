"""The timeline of a run: its per-step loss, a slider under the curve that scrubs back
through the recorded checkpoints (the boundary shows the network as it was then), and
"Branch from here": the run continues from that exact state — weights, optimizer state,
batch position — with other settings, and its curve is drawn beside the original.

Branches train in a child process (the job "branch" of `engines.compare_jobs`).

    python -m annstudio.gui.views.timeline      # a lecture run of 20 epochs, recorded
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from annstudio.core import race as core_race
from annstudio.core.errors import AnnStudioError
from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate
from annstudio.gui.views.landscape import boundary_plot
from annstudio.gui.views.timeline_export import FPS_DEFAULT, MAX_FRAMES

ORIGINAL = (120, 120, 120)
BRANCH_COLORS = [(214, 39, 40), (44, 160, 44), (148, 103, 189), (255, 127, 14),
                 (23, 190, 207)]
MAX_POINTS = 1500      # a curve of block means: the plot is a few hundred pixels wide


def block_means(x, y, n=MAX_POINTS):
    x, y = np.asarray(x, float), np.asarray(y, float)
    if len(x) <= n:
        return x, y
    k = int(np.ceil(len(x) / n))
    m = len(x) // k * k
    return x[:m].reshape(-1, k).mean(axis=1), y[:m].reshape(-1, k).mean(axis=1)


def _size(n):
    if n >= 2 ** 20:
        return translate("timeline", "{n} MB").format(n=num(n / 2**20, ".1f"))
    return translate("timeline", "{n} KB").format(n=num(n / 1024, ".0f"))


def step_place(step, epochs_done, next_batch, steps_per_epoch):
    """Where the step just taken lies: 'epoch 3, batch 7 of 40'; the last batch of an epoch
    is 'epoch 20, batch 50 of 50: its end' (the checkpoint's batch index is the *next*
    batch, 0 once an epoch is complete)."""
    if step <= 0:
        return translate("timeline", "before the first step")
    if next_batch == 0:
        return translate("timeline", "epoch {epoch}, batch {batch} of {batches}: its end").format(
            epoch=epochs_done, batch=steps_per_epoch, batches=steps_per_epoch)
    return translate("timeline", "epoch {epoch}, batch {batch} of {batches}").format(
        epoch=epochs_done + 1, batch=next_batch, batches=steps_per_epoch)


class TimelineView(QWidget):
    """``scrubbed(step, theta)`` when the slider moves; ``branched(index)`` when a branch's
    curve is drawn."""

    scrubbed = Signal(int, object)
    branched = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.net = self.data = self.timeline = None
        self.optimizer_text = ""
        self.batch_size, self.seed = 10, 0
        self.branches = []          # dicts: label, start, step_loss, timeline, curve
        self.job = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self._build_plots(), 1)

        self.slider = QSlider(Qt.Horizontal)
        self.slider.setAccessibleName(translate("TimelineView", "Recorded checkpoint"))
        self.slider.setToolTip(translate("TimelineView", "Scrub back through the run's recorded "
                                         "checkpoints (arrow keys, Page Up/Down, Home, End)"))
        self.slider.valueChanged.connect(self._on_slider)
        lay.addWidget(self.slider)
        self.position = QLabel("")
        lay.addWidget(self.position)
        lay.addLayout(self._build_branch_row())
        lay.addLayout(self._build_export_row())
        self.export = None
        self.message = QLabel("")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.memory = QLabel("")
        self.memory.setStyleSheet(th.QUIET)
        lay.addWidget(self.memory)

    # ----- construction (called once, from __init__, top to bottom) -----
    def _build_plots(self):
        """The loss curve beside the boundary at the slider's step: also an animation's frame."""
        self.plots_widget = QWidget()
        plots = QHBoxLayout(self.plots_widget)
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self._build_curve_plot(), 3)
        self.boundary_plot, self.boundary_image, self.points = boundary_plot(
            translate("TimelineView", "the network at this step"), self.theme)
        plots.addWidget(self.boundary_plot, 2)
        for p in (self.curve_plot, self.boundary_plot):
            p.setBackground(th.qcolor(self.theme.bg))
        return self.plots_widget

    def _build_curve_plot(self):
        """The recorded run's per-step loss, with a cursor and a marker at the slider's step."""
        self.curve_plot = pg.PlotWidget(title=translate("TimelineView", "Loss of every "
                                                        "mini-batch (block means)"))
        self.curve_plot.setMenuEnabled(False)
        self.curve_plot.hideButtons()
        self.curve_plot.setLabel("bottom", translate("TimelineView", "step"))
        self.curve_plot.addLegend(offset=(-6, 6), labelTextSize="9pt")
        self.original = self.curve_plot.plot([], [], pen=pg.mkPen(ORIGINAL, width=1.5),
                                             name=translate("TimelineView", "recorded run"))
        self.cursor = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen((30, 30, 30), width=1, style=Qt.DashLine))
        self.curve_plot.addItem(self.cursor)
        self.marker = pg.ScatterPlotItem(size=9, pen=pg.mkPen((30, 30, 30)),
                                         brush=pg.mkBrush(255, 255, 255))
        self.curve_plot.addItem(self.marker)
        return self.curve_plot

    def _build_branch_row(self):
        """The row "Branch with [settings] for [n epochs]  (Branch from here)"."""
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("TimelineView", "Branch with")))
        self.settings_edit = QLineEdit()
        self.settings_edit.setAccessibleName(translate("TimelineView", "Branch with settings"))
        self.settings_edit.setPlaceholderText(translate("TimelineView", "optimizer and settings, "
                                                        "e.g. adam lr=0.01"))
        self.settings_edit.setToolTip(translate("TimelineView", "The same optimizer keeps its "
                                                "state (only the settings change); another "
                                                "optimizer starts fresh from these weights"))
        row.addWidget(self.settings_edit, 2)
        row.addWidget(QLabel(translate("TimelineView", "for")))
        self.epochs = QSpinBox()
        self.epochs.setAccessibleName(translate("TimelineView", "Branch for epochs"))
        self.epochs.setRange(1, 1000)
        self.epochs.setValue(10)
        self.epochs.setSuffix(translate("TimelineView", " epochs"))
        row.addWidget(self.epochs)
        self.branch_button = QPushButton(translate("TimelineView", "Branch from here"))
        self.branch_button.clicked.connect(self.branch)
        row.addWidget(self.branch_button)
        return row

    def _build_export_row(self):
        """Frame rate, format and Export animation…"""
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("TimelineView", "Animation for slides:")))
        self.fps = QSpinBox()
        self.fps.setAccessibleName(translate("TimelineView", "Animation frames per second"))
        self.fps.setRange(1, 50)
        self.fps.setValue(FPS_DEFAULT)
        self.fps.setSuffix(translate("TimelineView", " frames/s"))
        self.fps.setToolTip(translate("TimelineView", "Frame rate of the animation: each frame "
                                      "is one recorded checkpoint"))
        row.addWidget(self.fps)
        self.format = QComboBox()
        self.format.addItem("GIF")
        self.format.setAccessibleName(translate("TimelineView", "Animation format"))
        self.format.setToolTip(translate("TimelineView", "GIF only: an MP4 encoder would add an "
                                         "ffmpeg binary of tens of MB to ANN Studio"))
        row.addWidget(self.format)
        self.export_button = QPushButton(translate("TimelineView", "Export animation…"))
        self.export_button.setToolTip(translate(
            "TimelineView", "Save the run as an animated GIF: per checkpoint (at most {n}, spread "
            "evenly) the boundary and the loss curve up to that step").format(n=MAX_FRAMES))
        self.export_button.clicked.connect(self.export_animation)
        row.addWidget(self.export_button)
        row.addStretch(1)
        return row

    # ----- input -----
    def set_run(self, net, data, timeline, optimizer_text, batch_size=10, seed=0):
        """A recorded run: its network (any weights; shapes matter), data, `Timeline`, and
        the settings it ran with (``"sgd lr=0.015"``)."""
        self.net, self.data, self.timeline = net.copy(), data, timeline
        self.optimizer_text = optimizer_text
        self.batch_size, self.seed = int(batch_size), int(seed)
        self.settings_edit.setText(optimizer_text)
        steps = np.arange(1, timeline.steps + 1)
        self.original.setData(*block_means(steps, timeline.history.step_loss))
        if data.n_features >= 2 and data.task != "regression":
            brushes = [pg.mkBrush(*th.class_color(int(c))) for c in np.ravel(data.y_train)]
            self.points.setData(data.X_train[:, 0], data.X_train[:, 1], brush=brushes)
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(timeline.checkpoints) - 1)
        self.slider.setPageStep(max(1, len(timeline.checkpoints) // 10))
        self.slider.setValue(len(timeline.checkpoints) - 1)
        self.slider.blockSignals(False)
        self._on_slider(self.slider.value())
        template = (translate("TimelineView", "timeline: {n} checkpoints, one every {k} steps, "
                              "{size} of {budget} (older checkpoints are thinned out to stay "
                              "within it)") if timeline.k > 1 else
                    translate("TimelineView", "timeline: {n} checkpoints, one every step, {size} "
                              "of {budget} (older checkpoints are thinned out to stay within it)"))
        self.memory.setText(template.format(n=len(timeline.checkpoints), k=timeline.k,
                                            size=_size(timeline.nbytes()),
                                            budget=_size(timeline.budget_bytes)))

    @property
    def step(self):
        """The step the slider is on (a checkpoint's)."""
        return self.timeline.checkpoints[self.slider.value()].step

    def _on_slider(self, i):
        from annstudio.core.views import boundary
        c = self.timeline.checkpoints[i]
        self.cursor.setPos(c.step)
        if 1 <= c.step <= len(self.timeline.history.step_loss):
            self.marker.setData([c.step], [self.timeline.history.step_loss[c.step - 1]])
        else:
            self.marker.setData([], [])
        self.net.theta[...] = c.theta
        img, extent = boundary(self.net, self.data, res=80)
        if img is not None:
            self.boundary_image.setImage(img, levels=(0.0, 1.0))
            x0, y0, x1, y1 = extent
            self.boundary_image.setRect(x0, y0, x1 - x0, y1 - y0)
        losses = self.timeline.history.step_loss
        loss = translate("TimelineView", "; its batch loss {loss}").format(
            loss=num(losses[c.step - 1], ".4f")) if c.step >= 1 else ""
        spe = -(-len(self.data.X_train) // self.batch_size)
        self.position.setText(translate("TimelineView", "step {step} of {steps} ({place}){loss}")
                              .format(step=num(c.step, ","), steps=num(self.timeline.steps, ","),
                                      place=step_place(c.step, c.epoch,
                                                       c.snapshot["batch_index"], spe),
                                      loss=loss))
        self.scrubbed.emit(c.step, c.theta.copy())

    def show_curve_until(self, step):
        """The recorded curve up to ``step`` only (an animation's frame); None: all of it."""
        y = np.asarray(self.timeline.history.step_loss, float)
        n = len(y) if step is None else int(step)
        self.original.setData(*block_means(np.arange(1, n + 1), y[:n]))

    # ----- animation -----
    def export_animation(self):
        """Ask where, then render the checkpoints into an animated GIF (progress, Cancel)."""
        from annstudio.gui.views.timeline_export import PILLOW_MISSING, AnimationExport, pillow
        from annstudio.io import atomic
        if self.timeline is None or (self.export is not None and self.export.running):
            return
        if pillow() is None:
            self.message.setText("<span style='color:#c62828'>"
                                 + translate("AnimationExport", PILLOW_MISSING) + "</span>")
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("TimelineView", "Export animation"),
                                              "run.gif",
                                              translate("TimelineView", "Animated GIF (*.gif)"))
        if not path:
            return
        if not path.lower().endswith(".gif"):
            path += ".gif"
        try:
            atomic.target(path)          # refuse a folder, FIFO or device before rendering
        except AnnStudioError as e:
            self.message.setText(f"<span style='color:#c62828'>{e}</span>")
            return
        self.export = AnimationExport(self, path, self.fps.value())
        self.export.finished.connect(self._on_exported)
        self.export.failed.connect(
            lambda text: self.message.setText(f"<span style='color:#c62828'>{text}</span>"))
        self.export.canceled.connect(
            lambda: self.message.setText(translate("TimelineView", "export canceled")))
        self.message.setText(translate("TimelineView", "rendering {n} frames…").format(
            n=len(self.export.indices)))
        self.export.start()

    def _on_exported(self, path, n):
        import os
        self.message.setText(translate("TimelineView", "saved {name}: {n} frames at {fps} "
                                       "frames/s ({size})").format(
            name=os.path.basename(path), n=n, fps=self.fps.value(),
            size=_size(os.path.getsize(path))))

    # ----- branching -----
    def branch(self):
        from annstudio.core.views import net_spec
        from annstudio.gui.child_job import ChildJob
        if self.timeline is None:
            return
        try:
            name, params = core_race.parse_racer(self.settings_edit.text())
        except AnnStudioError as e:
            self.message.setText(f"<span style='color:#c62828'>{e}</span>")
            return
        if self.job is not None and self.job.running:
            self.job.stop()
        step = self.step
        recorded = self.timeline.checkpoint_before(step).snapshot["optimizer"]["name"]
        same = name == recorded
        label = translate("TimelineView", "{settings} from step {step}").format(
            settings=core_race.label(name, params), step=num(step, ","))
        self.message.setText(translate("TimelineView", "training the branch “{label}”…").format(
            label=label))
        self.branch_button.setEnabled(False)
        self._pending = label
        self.job = ChildJob("branch", {
            "net": net_spec(self.net), "data": self.data,
            "timeline": self.timeline.truncated(step), "step": step,
            "optimizer": None if same else name, "hyperparameters": params,
            "recorded_optimizer": recorded, "epochs": self.epochs.value(),
            "batch_size": self.batch_size, "seed": self.seed}, parent=self)
        self.job.done.connect(self._on_branch_done)
        self.job.failed.connect(self._on_failed)

    def _on_failed(self, text):
        self.branch_button.setEnabled(True)
        self.message.setText("<span style='color:#c62828'>"
                             + translate("TimelineView", "the branch stopped: {reason}").format(
                                 reason=text) + "</span>")

    def _on_branch_done(self, msg):
        self.branch_button.setEnabled(True)
        i = len(self.branches)
        color = BRANCH_COLORS[i % len(BRANCH_COLORS)]
        start = msg["start"]
        x = np.arange(start + 1, start + len(msg["step_loss"]) + 1)
        curve = self.curve_plot.plot(*block_means(x, msg["step_loss"]),
                                     pen=pg.mkPen(color, width=1.5), name=self._pending)
        self.branches.append({"label": self._pending, "start": start,
                              "step_loss": msg["step_loss"], "timeline": msg["timeline"],
                              "curve": curve})
        last = np.mean(msg["step_loss"][-10:]) if msg["step_loss"] else float("nan")
        note = f" — {msg['diverged']}" if msg["diverged"] else ""
        self.message.setText(translate("TimelineView", "branch “{label}”: {n} steps, mean loss "
                                       "of its last 10 batches {loss}{note}").format(
            label=self._pending, n=num(len(msg["step_loss"]), ","), loss=num(last, ".4f"),
            note=note))
        self.branched.emit(i)

    def closeEvent(self, e):
        if self.export is not None:
            self.export.cancel()
        if self.job is not None and self.job.running:
            self.job.stop()
        super().closeEvent(e)


def demo_run(epochs=20):
    """A recorded lecture run (SGD, lr 0.015) for the standalone view."""
    import annstudio as ann
    from annstudio.core import timeline
    from annstudio.core.training import Trainer
    data = ann.datasets.make("moons", n=500, noise=0.2, seed=0, test_fraction=0.2)
    net = ann.Network.create([2, 20, 40, 20, 1], hidden="relu", output="sigmoid", seed=0)
    t = Trainer(net, data.X_train, data.y_train, optimizer="sgd", lr=0.015, batch_size=10,
                seed=0, X_test=data.X_test, y_test=data.y_test)
    tl = timeline.Timeline.start(t)
    for _ in range(epochs * t.steps_per_epoch):
        t.step()
        tl.record(t)
    return net, data, tl.freeze()


def main():
    """``python -m annstudio.gui.views.timeline [--screenshot PNG]``: a recorded lecture run
    (20 epochs of SGD) to scrub through."""
    from annstudio.gui import standalone

    def build():
        view = TimelineView()
        view.set_run(*demo_run(), "sgd lr=0.015")
        return view

    def stop(view):
        if view.job is not None:
            view.job.stop()
    return standalone.run(build, "timeline", stop=stop)


if __name__ == "__main__":
    raise SystemExit(main())
