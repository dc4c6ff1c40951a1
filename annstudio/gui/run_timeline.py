"""The timeline of the main window's run: a slider under the loss
curves scrubs back through the run, "Branch from here" trains on from that step.

The engine process keeps the record (`engines.live_timeline`); this module only sends it
``timeline_scrub`` / ``timeline_live`` / ``timeline_branch`` / ``timeline_export`` through
the session and reads the ``timeline`` status every snapshot carries. A scrubbed step
arrives as an ordinary snapshot of the
network as it was, so the boundary, the layer views, the diagram and the inspector all
show that step through the window's usual drawing (`gui.frames`). The old run of a branch
stays on the curves, faded; the status bar (`gui.status`) shows the memory the record
takes against its budget.

`install(services)` builds it from the window's `gui.services.Services`: the bar goes under
the curves; everything else is the session.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.i18n import num, translate
from annstudio.gui.views.curves import TEST, TRAIN

POLL_MS = 250          # the status and the slider's range follow the run ~4×/s
SCRUB_MS = 40          # scrub requests while dragging: the latest every 40 ms
EXPORT_WAIT_MS = 3000  # a save waits this long for the engine's state, then saves without
FADED_ALPHA = 90       # the old run of a branch
MARKER = (140, 140, 140)
# the notes the engine's timeline status may carry (`engines.live_timeline`), so that the
# bar can show them translated
ENGINE_NOTES = (QT_TRANSLATE_NOOP("RunTimeline", "the timeline records NumPy-engine runs"),)


class TimelineBar(QWidget):
    """Slider (steps of the run), the step shown, and Branch from here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 2)
        self.title = QLabel(translate("TimelineBar", "Timeline"))
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setAccessibleName(translate("TimelineBar", "Timeline: the run's step"))
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1)
        self.slider.setToolTip(translate("TimelineBar", "Drag back to see the network as it "
                                         "was at that step (training pauses); release at the "
                                         "right end for the live run. Keys: ← → one step, "
                                         "PgUp/PgDn one epoch, End: live"))
        self.position = QLabel(translate("RunTimeline", "live"))
        # a set minimum (not the text's width) lets a small window shrink it: the texts
        # never push a 1024 px window past the screen
        self.position.setMinimumWidth(60)
        self.branch_button = QPushButton(translate("TimelineBar", "Branch from here"))
        self.branch_button.setToolTip(translate(
            "TimelineBar", "Train on from this step — the same weights, optimizer state and "
            "batch position — with the settings now in the panels; the run so far stays on the "
            "curves, faded"))
        self.branch_button.setEnabled(False)
        lay.addWidget(self.title)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.position)
        lay.addWidget(self.branch_button)


class RunTimeline(QObject):
    """Connects the bar, the curves' marker and faded runs to the session's run."""

    def __init__(self, curves, session, parent=None):
        super().__init__(parent)
        self.curves, self.session = curves, session
        self.bar = TimelineBar()
        curves.layout().addWidget(self.bar)
        self.status = {}
        self.live = True
        self.run_id = None
        self.branched_at = None      # the step a branch starts from, until Run ▶ trains on
        self._branch_reached = False  # … and the engine has answered it
        self.faded = []              # plot items of old runs (branches leave them)
        self.markers = []
        for plot in (curves.loss_plot, curves.metric_plot):
            line = pg.InfiniteLine(angle=90, movable=False,
                                   pen=pg.mkPen(MARKER, width=1.5, style=Qt.DashLine))
            line.setZValue(10)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self.markers.append(line)
        self._pending = None          # the step to scrub to next
        self._sent = 0                # scrubs asked for (the engine counts those it answered)
        self._export_id = 0           # the last `timeline_export` asked for (answers carry it)
        self._scrub_timer = QTimer(self)
        self._scrub_timer.setSingleShot(True)
        self._scrub_timer.setInterval(SCRUB_MS)
        self._scrub_timer.timeout.connect(self._send_scrub)
        s = self.bar.slider
        s.valueChanged.connect(self._on_value)
        s.sliderReleased.connect(self._on_released)
        self.bar.branch_button.clicked.connect(self.branch)
        session.runningChanged.connect(self._on_running)
        session.crashed.connect(self._on_crashed)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    # ----- following the run -----
    def poll(self):
        snap = self.session.latest_snapshot()
        st = snap.timeline if snap is not None else None
        if st is None:
            return
        self.status = st
        if st["run"] != self.run_id:          # a new run (Reset, another network…)
            self.run_id = st["run"]
            self.branched_at, self._branch_reached = None, False
            self._clear_faded()
            self._go_live(tell_engine=False)
        s = self.bar.slider
        if not st.get("recording"):
            s.setEnabled(False)
            self.bar.branch_button.setEnabled(False)
            note = st.get("note", "")
            self.bar.position.setText(translate("RunTimeline", note) if note else "")
            return
        s.setEnabled(True)
        s.setPageStep(max(1, st["steps_per_epoch"]))
        s.blockSignals(True)
        s.setRange(st["first_step"], st["steps"])
        if self.live:
            s.setValue(st["steps"])
        s.blockSignals(False)
        if not self.live and self._pending is None and st.get("scrubbed") is None and \
                st.get("scrubs") == self._sent:
            self._go_live(tell_engine=False)   # the run moved on (Step batch…): show it
        if self.live:
            self.bar.position.setText(self._live_text())
        self._show_position()

    def _on_crashed(self, _why):
        """The engine was restarted (its timeline carried on, `gui.worker`): it shows the
        live run and counts its scrubs afresh."""
        self._sent = 0
        self._go_live(tell_engine=False)

    def _on_running(self, running):
        if running:                            # Run ▶ goes on with the live run
            self.branched_at, self._branch_reached = None, False
            self._go_live(tell_engine=False)

    # ----- scrubbing -----
    def _on_value(self, v):
        s = self.bar.slider
        if v >= s.maximum() and not s.isSliderDown():
            self._go_live()
            return
        self.live = False
        self._pending = v
        self._show_position()
        if not self._scrub_timer.isActive():
            self._scrub_timer.start()

    def _on_released(self):
        s = self.bar.slider
        if s.value() >= s.maximum():
            self._go_live()

    def _send_scrub(self):
        if self._pending is not None and not self.live:
            self.session.timeline_scrub(self._pending)
            self._sent += 1
            self._pending = None

    def _go_live(self, tell_engine=True):
        was_live = self.live
        self.live = True
        self._pending = None
        for m in self.markers:
            m.hide()
        self.bar.branch_button.setEnabled(False)
        s = self.bar.slider
        s.blockSignals(True)
        s.setValue(s.maximum())
        s.blockSignals(False)
        self.bar.position.setText(self._live_text())
        if tell_engine and not was_live:
            self.session.timeline_live()

    def _live_text(self):
        """What the bar says while it shows the live run (a branch says where it starts until
        Run ▶ goes on: the snapshots that follow must not overwrite it)."""
        st = self.status
        if self.branched_at is not None and st.get("steps") == self.branched_at:
            self._branch_reached = True        # the engine's record now ends at the branch
        if self._branch_reached and st.get("steps", 0) > self.branched_at:
            self.branched_at = None            # the branch has trained on (Step, Run)
            self._branch_reached = False
        if self.branched_at is not None:
            return translate("RunTimeline", "branched at step {step} · Run ▶ trains on").format(
                step=num(self.branched_at, ","))
        if st.get("recording"):
            return translate("RunTimeline", "live · step {step}").format(step=num(st["steps"], ","))
        return translate("RunTimeline", "live")

    def _show_position(self):
        if self.live or not self.status.get("recording"):
            return
        step = self.bar.slider.value()
        spe = max(1, self.status["steps_per_epoch"])
        x = step / spe
        for m in self.markers:
            m.setValue(x)
            m.show()
        self.bar.position.setText(translate("RunTimeline", "step {step} · epoch {epoch}").format(
            step=num(step, ","), epoch=num(x, ".2f")))
        self.bar.branch_button.setEnabled(True)

    @property
    def step(self):
        """The step shown (None: the live run)."""
        return None if self.live else self.bar.slider.value()

    # ----- branching -----
    def branch(self):
        step = self.step
        if step is None:
            return
        self._fade(self.session.history)
        self.session.timeline_branch(step)
        self.branched_at, self._branch_reached = int(step), False
        self._go_live(tell_engine=False)
        self.session.set_modified(True)

    def _fade(self, history):
        """Draw ``history`` (the run before the branch) faded on the curves."""
        if not history.epochs:
            return
        c = self.curves
        ep = np.arange(1, len(history.epochs) + 1, dtype=float)
        nan = float("nan")
        cols = ((lambda r: r.train_loss, c.loss_plot, TRAIN),
                (lambda r: r.test_loss, c.loss_plot, TEST),
                (lambda r: r.train_metric, c.metric_plot, TRAIN),
                (lambda r: r.test_metric, c.metric_plot, TEST))
        for value, plot, colour in cols:
            y = np.array([nan if (v := value(r)) is None else v for r in history.epochs],
                         dtype=float)
            if not np.isfinite(y).any():
                continue
            item = plot.plot(ep, y, pen=pg.mkPen(colour + (FADED_ALPHA,), width=2,
                                                 style=Qt.DashLine), connect="finite")
            item.setZValue(-2)
            self.faded.append((plot, item))

    # ----- saving -----
    def engine_state(self, show_live=True):
        """The run's state and its timeline (thinned to a file's share), for File ▸ Save
        (`gui.files` asks the window for ``engine_state``); None when the run is not
        recorded or the engine does not answer in time (the save goes on without).
        ``show_live``: a save the user asked for shows the live run it writes; an autosave
        leaves the step on screen alone (it came every minute and took the views back)."""
        from annstudio.io.experiment_file import TIMELINE_BUDGET_BYTES
        self.poll()        # the latest snapshot's status, not the last poll's (≤ 250 ms old)
        if not self.status.get("recording"):
            return None
        if not self.live and show_live:
            self._go_live()               # the file holds the run, not the step shown
        self._export_id += 1
        rid = self._export_id
        got = {}
        loop = QEventLoop()

        def on_state(msg):         # `engines.messages.TimelineState`
            if msg.id == rid:
                got["answer"] = msg
                loop.quit()
        self.session.timelineState.connect(on_state)
        QTimer.singleShot(EXPORT_WAIT_MS, loop.quit)
        try:
            self.session.timeline_export(rid, TIMELINE_BUDGET_BYTES)
            loop.exec()
        finally:
            self.session.timelineState.disconnect(on_state)
        answer = got.get("answer")
        if answer is None:
            return None
        return dict(answer.state, timeline=answer.timeline)

    def _clear_faded(self):
        for plot, item in self.faded:
            plot.removeItem(item)
        self.faded = []


def install(services):
    """The timeline under the curves of ``services`` (`gui.services.Services`); returns the
    controller, whose ``engine_state`` File ▸ Save writes (the run's state and timeline)."""
    return RunTimeline(services.curves, services.session, services.parent)
