"""One `messages.Snapshot` builder for everything that shows a network to the views: the
engine host's live snapshots, the timeline's scrubbed ones (`engines.live_timeline`) and
the GUI's in-process fake engine (`gui.fake_engine`), so that what a snapshot holds is
written once.
"""
from __future__ import annotations

import numpy as np

from annstudio.core.views import TRAINING_MADDS, network_views
from annstudio.engines import messages as m


class HistoryCursor:
    """How much of the run's `History` the GUI has been sent: each snapshot carries only the
    epochs and step losses since the last one (``reset``: the GUI starts its record afresh)."""

    def __init__(self):
        self.restart()

    def restart(self):
        """A new network or configuration: the next snapshot sends the history from 0."""
        self.reset, self.epochs, self.steps = True, 0, 0

    def take(self, h):
        """(reset, new epoch records, new step losses) of `History` ``h``; marks them sent."""
        if self.reset or len(h.epochs) < self.epochs or len(h.step_loss) < self.steps:
            self.restart()        # the history shrank (a reset engine): send it whole
        new = (self.reset, list(h.epochs[self.epochs:]),
               np.asarray(h.step_loss[self.steps:], dtype=np.float64))
        self.reset, self.epochs, self.steps = False, len(h.epochs), len(h.step_loss)
        return new


def visible_layers(view_maps, view_layer):
    """The hidden layers whose neuron maps are on screen: none, one, or (None) all."""
    return () if not view_maps else None if view_layer is None else (view_layer,)


def build_snapshot(e, geom, cursor=None, *, net=None, running=False, steps_per_s=0.0,
                   view_maps=True, view_layer=None, fine=True, madds=TRAINING_MADDS,
                   generation=None, **fields):
    """The `Snapshot` of engine ``e`` (or of ``net``, a network the run had earlier) over
    `core.views.ViewGeometry` ``geom``. With a ``cursor`` it carries the history since the
    last snapshot, without one none. ``fields`` override what is read from the engine (a
    scrubbed step's epoch and step, say)."""
    net = e.network() if net is None else net
    h = e.history
    reset, epochs, steps = cursor.take(h) if cursor is not None else (False, [], np.zeros(0))
    values = dict(
        reset_history=reset, epochs=epochs, step_losses=steps, diverged=h.diverged,
        weights=[(layer.W, layer.b) for layer in net.layers], activations=net.activations,
        epoch=e.epoch, step=e.step_count, batch_index=e.batch_index,
        steps_per_s=steps_per_s, running=running,
        grad_norms=e.grad_norms() if e.step_count else None,
        engine=e.name, engine_path=e.path, engine_path_note=e.path_note,
        hyperparameters=e.hyperparameters, device=e.device,
        # only what is on screen: the chosen layer's maps; coarse grids while training
        views=network_views(net, geom, layers=visible_layers(view_maps, view_layer),
                            fine=fine, madds=madds),
        rows_index=geom.rows, generation=generation)
    values.update(fields)
    return m.Snapshot(**values)
