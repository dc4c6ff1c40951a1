"""The status bar: state, epoch/step, speed, the last epoch's losses, the engine and the
memory the run's timeline takes (`gui.run_timeline`).

`StatusBar` only shows what the session and its engine client say; it changes nothing.
The engine field also tells how an engine switch is going ("loading PyTorch… 3 s", a busy
bar) and, in its tooltip, why the engine is as fast as it is (`gui.engine_note`).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar

from annstudio.core.training import loss_line
from annstudio.gui.engine_note import NAMES, engine_reason, slower_than_numpy
from annstudio.gui.i18n import num, translate
from annstudio.gui.widgets import ElidedLabel

ENGINE_NAMES = {"numpy": "NumPy", "torch": "PyTorch"}


def megabytes(n):
    """Bytes as MB (2²⁰ bytes, as the budget is set), two significant digits when small."""
    mb = n / 2 ** 20
    if mb == int(mb) or mb >= 100:
        return num(mb, ".0f")
    return num(mb, ".2f") if mb < 0.1 else num(mb, ".1f")


def timeline_text(st):
    """The status bar's line for the engine's timeline status (`LiveTimeline.status`)."""
    if not st.get("recording"):
        return st.get("note", "")
    every = translate("status", "every step") if st["k"] == 1 else \
        translate("status", "every {k} steps").format(k=num(st["k"], ","))
    return translate("status", "timeline {used} of {budget} MB, {every}").format(
        used=megabytes(st["nbytes"]), budget=megabytes(st["budget_bytes"]), every=every)


def timeline_tooltip(st):
    """What the timeline keeps (the tooltip of the status bar's line)."""
    if not st.get("recording"):
        return translate("status", "Scrubbing back and branching need the run's past; it is "
                                   "recorded for the NumPy engine (Training ▸ Engine).")
    k = st["k"]
    every = translate("status", "every step") if k == 1 else \
        translate("status", "every {k}th step").format(k=num(k, ","))
    return translate(
        "status", "To scrub back and branch, the run keeps every step's loss (8 bytes each) "
                  "and, {every}, a checkpoint: the {parameters} weights and biases θ, the "
                  "optimizer's state and the position in the batch order ({checkpoints} "
                  "checkpoints now). A step between two checkpoints is replayed exactly from "
                  "the one before it. When the {budget} MB budget is full, every other "
                  "checkpoint is dropped and the interval doubles.").format(
        every=every, parameters=num(st["parameters"], ","),
        checkpoints=num(st["checkpoints"], ","), budget=megabytes(st["budget_bytes"]))


class StatusBar(QObject):
    """Fills ``statusbar`` (a QStatusBar) from ``session``; ``labels`` by key for tests."""

    # what a room reads in presentation mode: the rest (speed, engine, timeline) steps aside
    PRESENTED = ("state", "epoch", "loss")

    def set_presentation(self, on, font):
        """Presentation mode: only `PRESENTED`, in ``font`` (large)."""
        self.presenting = bool(on)
        for key, lab in self.labels.items():
            lab.setFont(font)
            lab.setVisible(not on or key in self.PRESENTED)

    def __init__(self, statusbar, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.labels = {}
        self.engine_note = ""             # " — slower than NumPy for this small net"
        self.switch_t0 = None             # when the engine switch under way began
        self.switch_to = None
        # the timeline's minimum is not its text's width: a 1024 px window stays on screen
        for key, width in (("state", 90), ("epoch", 150), ("speed", 110), ("loss", 300),
                           ("engine", 150), ("timeline", 60)):
            # the loss line is long: "…" where it does not fit (it made a 1024 px window
            # wider than the screen with larger fonts)
            lab = ElidedLabel("") if key == "loss" else QLabel("")
            lab.setMinimumWidth(120 if key == "loss" else width)
            lab.setContentsMargins(4, 0, 4, 0)
            if key == "engine":
                # loading PyTorch takes seconds: a busy bar and the seconds so far meanwhile
                self.engine_busy = QProgressBar()
                self.engine_busy.setRange(0, 0)
                self.engine_busy.setMaximumSize(90, 14)
                self.engine_busy.hide()
                statusbar.addPermanentWidget(self.engine_busy)
            statusbar.addPermanentWidget(lab, 1 if key == "loss" else 0)
            self.labels[key] = lab
        self.presenting = False
        self.switch_timer = QTimer(self)
        self.switch_timer.setInterval(250)
        self.switch_timer.timeout.connect(self.show_switch_progress)
        session.torchState.connect(lambda _s: self.show_switch_progress()
                                   if self.switch_t0 is not None else None)
        session.engineConfigured.connect(self.on_configured)
        session.engineRequested.connect(self.start_switch)
        session.runningChanged.connect(
            lambda running: self.set_state(translate("StatusBar", "training…") if running
                                           else translate("StatusBar", "paused")))

    def set_state(self, text):
        self.labels["state"].setText(text)

    def show_snapshot(self, snap):
        L = self.labels
        L["epoch"].setText(translate("StatusBar", "epoch {epoch} · step {step}").format(
            epoch=snap.epoch, step=num(snap.step, ",")))
        sps = snap.steps_per_s
        L["speed"].setText(translate("StatusBar", "{speed} steps/s").format(
            speed=num(sps, ",.0f")) if sps else "")
        eps = self.session.record.history.epochs
        L["loss"].setText(loss_line(eps[-1]) if eps else "")
        self.show_engine(snap.engine, snap.device, snap.engine_path,
                         snap.engine_path_note)
        tl = snap.timeline
        if tl is not None:
            L["timeline"].setText(timeline_text(tl))
            L["timeline"].setToolTip(timeline_tooltip(tl))

    # ----- the engine field -----
    def start_switch(self, engine):
        self.switch_t0 = time.monotonic()
        self.switch_to = engine
        self.engine_busy.show()
        self.switch_timer.start()
        self.show_switch_progress()

    def show_switch_progress(self):
        # torch preloaded in the background (engines.host): the switch only builds the engine
        what = translate("StatusBar", "loading PyTorch") if self.switch_to == "torch" and \
            self.session.torch_state != "ready" else \
            translate("StatusBar", "switching to {engine}").format(
                engine=NAMES.get(self.switch_to, self.switch_to))
        self.labels["engine"].setText(translate("StatusBar", "{what}… {seconds} s").format(
            what=what, seconds=num(time.monotonic() - self.switch_t0, ".0f")))

    def end_switch(self, info):
        """The engine answered (``info``: its `configured` message) or failed (None): stop
        the busy bar; say why the engine is as fast as it is (label note and tooltip)."""
        if info is not None and self.switch_t0 is not None and \
                self.switch_to not in ("auto", info["engine"]):
            return       # an earlier configuration answering: the new engine still loads
        self.switch_t0 = None
        self.switch_timer.stop()
        self.engine_busy.hide()
        weights = self.session.weights
        if info is None or not weights:
            return
        sizes = [weights[0][0].shape[0]] + [W.shape[1] for W, _ in weights]
        exp = self.session.experiment
        args = (sizes, exp.training.batch_size, info["engine"], info["device"], info.get("dtype"))
        why = engine_reason(*args, chosen=exp.training.engine)
        self.engine_note = translate("StatusBar", " — slower than NumPy for this small net") \
            if slower_than_numpy(*args) else ""
        self.labels["engine"].setToolTip(why)
        self.labels["speed"].setToolTip(why)

    def on_configured(self, info):
        self.end_switch(info)
        self.show_engine(info["engine"], info["device"])

    def show_engine(self, engine, device, path=None, path_note=None):
        """'NumPy on cpu', 'NumPy (compiled) on cpu' on the fast path, with the path's
        note (why this path, or that it is still being prepared) in the tooltip."""
        name = ENGINE_NAMES.get(engine, engine) + (translate("StatusBar", " (compiled)")
                                                   if path == "compiled" else "")
        label = self.labels["engine"]
        label.setText(translate("StatusBar", "{engine} on {device}").format(
                          engine=name, device=device) + self.engine_note
                      + (translate("StatusBar", " · preparing the fast path…") if path_note and
                         path_note.startswith("preparing") else ""))
        if path_note and engine == "numpy":
            path_line = translate("StatusBar", "Engine path: {note}")
            head = path_line.split("{note}")[0] or "\n\n"
            why = label.toolTip().split(head)[0].rstrip()
            tip = (why + "\n\n" if why else "") + path_line.format(note=path_note)
            if tip != label.toolTip():
                label.setToolTip(tip)
