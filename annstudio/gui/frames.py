"""Snapshot → views: the frame timer that draws the engine's newest snapshot.

The engine sends up to ~30 snapshots a second; `ViewDriver` takes the newest one on each
tick (FRAME_MS) through `Session.take_snapshot` and hands it to the views, each at the
rate it can afford: images every frame, the curves at CURVES_HZ (their axes re-lay out
whenever the range grows), the diagram and the inspector (`Session.weightsChanged`) every
SLOW_VIEWS_MS, the Metrics tab (a forward pass over all points) every METRICS_MS and only
while it is shown. It also follows the session's structural signals (new data, a new
network, weights set by hand) so that every view shows them at once.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer

from annstudio.core.errors import AnnStudioError
from annstudio.core.views import network_views
from annstudio.gui.i18n import num, translate
from annstudio.gui.views.layers import layer_name

FRAME_MS = 33             # views redraw at most ~30×/s
SLOW_VIEWS_MS = 100       # diagram and weightsChanged: ~10×/s
CURVES_HZ = 5             # loss/accuracy/gradient curves
METRICS_MS = 500          # the Metrics tab: one forward pass over all points, ≤ 2×/s


class ViewDriver(QObject):
    """Draws ``session`` on the window's views (``w.data_view``, ``w.layer_view``, …)."""

    def __init__(self, w, session, parent=None):
        super().__init__(parent)
        self.w, self.session = w, session
        self.frames_drawn = 0
        self.epochs_drawn = self.steps_drawn = -1
        self.last_slow = self.last_curves = self.last_metrics = 0.0
        self.curves_pending = self.slow_pending = False
        self.metrics_key = None
        s = session
        s.dataChanged.connect(self.show_data)
        s.networkBuilt.connect(self.show_network)
        s.weightsShown.connect(self.show_local)
        s.runTargetChanged.connect(
            lambda: w.curves.set_steps_per_epoch(s.steps_per_epoch()))
        w.view_tabs.currentChanged.connect(lambda _i: self.on_tab())
        w.layer_view.layerChanged.connect(lambda _k: self.send_view())
        w.layer_view.enlargeRequested.connect(self.enlarge)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.on_frame)
        self.timer.start()

    # ----- the session's structural changes -----
    def show_data(self, data, keep_range):
        w = self.w
        view_range = w.data_view.vb.viewRange() if keep_range else None
        w.data_view.set_data(data, self.session.standardizer)
        if view_range is not None:      # drawing points must not move the plot
            w.data_view.vb.setRange(xRange=view_range[0], yRange=view_range[1], padding=0)
        w.curves.set_metric(data.task)
        w.curves.set_steps_per_epoch(self.session.steps_per_epoch())

    def show_network(self, net):
        w = self.w
        w.layer_view.set_network(net.sizes, net.activations)
        self.send_view()
        w.diagram.set_network(net.sizes, net.activations)
        w.grad_view.set_layers(len(net.layers))
        w.curves.reset_view()             # a new run: the last run's axis ranges go
        self.epochs_drawn = self.steps_drawn = -1

    def show_local(self, weights):
        """Redraw every view for ``weights`` computed here (before the engine answers)."""
        w, s = self.w, self.session
        views = network_views(s.network(weights), s.geometry, layers=(w.layer_view.layer(),))
        w.data_view.update_views(views)
        w.layer_view.update_views(views, weights)
        w.diagram.set_weights(weights)
        self.last_slow = time.monotonic()
        self.draw_record(force=True)
        self.update_metrics(force=True)

    def send_view(self):
        """Tell the engine which neuron maps are on screen: only those are computed."""
        w = self.w
        on_screen = w.view_tabs.currentWidget() is w.layer_view
        self.session.set_view(w.layer_view.layer(), maps=on_screen)

    def on_tab(self):
        # the norms are recorded all along; a hidden tab is drawn when it is shown
        self.update_metrics(force=True)
        self.draw_record(force=True)
        self.send_view()

    # ----- frames -----
    def on_frame(self):
        w, s = self.w, self.session
        snap = s.take_snapshot()
        now = time.monotonic()
        if snap is not None:
            views = snap.views
            w.data_view.update_views(views)
            w.layer_view.update_views(views, snap.weights)
            self.draw_record()
            w.status.show_snapshot(snap)
            w.show_run_progress(snap.epoch)
            if now - self.last_slow >= SLOW_VIEWS_MS / 1000:
                self.draw_slow(now)
            self.frames_drawn += 1
            self.slow_pending = True
        elif self.curves_pending:
            self.draw_record()
        elif self.slow_pending and now - self.last_slow >= SLOW_VIEWS_MS / 1000:
            # the last snapshot of a burst: make sure the slow views show it too
            self.slow_pending = False
            if s.weights is not None:
                self.draw_slow(now)
        self.update_metrics()      # throttled; cheap when nothing changed

    def draw_slow(self, now):
        self.last_slow = now
        self.w.diagram.set_weights(self.session.weights)
        self.session.weightsChanged.emit(self.session.network())

    def update_metrics(self, force=False):
        """The Metrics tab from the current weights: only while it is shown, at most every
        METRICS_MS, and only when the weights or the data changed since the last time."""
        w, s = self.w, self.session
        if w.view_tabs.currentWidget() is not w.metrics_view or s.weights is None:
            return
        now = time.monotonic()
        key = (id(s.weights), id(s.data), s.standardizer is not None,
               s.target_standardizer is not None)
        if not force and (now - self.last_metrics < METRICS_MS / 1000 or key == self.metrics_key):
            return
        from annstudio.core import metrics
        self.last_metrics, self.metrics_key = now, key
        try:
            rep = metrics.report(s.network(), s.data, s.standardizer, s.target_standardizer)
        except AnnStudioError:
            rep = None          # a network being rebuilt for other data: next frame
        w.metrics_view.set_report(rep)

    def draw_record(self, force=False):
        """Loss/accuracy and gradient-norm curves, at most CURVES_HZ times a second."""
        now = time.monotonic()
        if not force and now - self.last_curves < 1.0 / CURVES_HZ:
            self.curves_pending = True
            return
        self.last_curves = now
        self.curves_pending = False
        w, s = self.w, self.session
        rec, lock = s.record, s.record_lock
        n_ep, n_st = len(rec.history.epochs), rec.step_losses.n
        if force or n_ep != self.epochs_drawn or (n_st != self.steps_drawn and
                                                  w.curves.step_box.isChecked()):
            self.epochs_drawn, self.steps_drawn = n_ep, n_st
            w.curves.update_record(rec, lock)
        if force or w.view_tabs.currentWidget() is w.grad_view:
            w.grad_view.update_record(rec, lock)

    def enlarge(self, k, j):
        """Neuron j of hidden layer k over the whole input plane, in the data view."""
        s, w = self.session, self.w
        if s.weights is None or s.geometry is None or s.geometry.kind != "plane":
            return
        from annstudio.core.views import plane_inputs
        G, extent = plane_inputs(s.data, 100)
        z = s.network().forward(s.network_input(G)).z[k + 1][:, j]    # z[0] is the input
        scale = float(np.max(np.abs(z))) or 1.0
        name = layer_name(k, len(s.weights), w.actions["torch_order"].isChecked())
        w.data_view.show_map((z / scale).reshape(100, 100).astype(np.float32), extent,
                             translate("ViewDriver", "Neuron {j} of {layer}: z over the input "
                                                     "plane (max |z| = {scale})").format(
                                 j=j + 1, layer=name, scale=num(scale, ".3g")))
