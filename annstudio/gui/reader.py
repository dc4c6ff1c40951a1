"""Text alternatives of the plots, for screen readers (issue 26 §2).

A plot is pixels to a screen reader. Each plot widget gets an accessible name ("Loss and
accuracy curves") and a description that says what the plot shows now, in one sentence
("Epoch 30: train loss 0.3912, accuracy 86.0%; test loss 0.4120, accuracy 84.5%"). The
description follows the run at a calm rate — at most one change every `CALM_S` seconds,
the last one always arriving — because a reader that announced every frame would talk
without pause while the run trains.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent

CALM_S = 2.0


class ReaderText(QObject):
    """The accessible name and the calm, up-to-date description of one plot ``widget``."""

    def __init__(self, widget, name, calm_s=CALM_S):
        super().__init__(widget)
        self.widget = widget
        self.calm_s = calm_s
        self._shown_at = -float("inf")
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        widget.setAccessibleName(name)

    @property
    def text(self):
        """What a screen reader reads now."""
        return self.widget.accessibleDescription()

    def set(self, text):
        """Show ``text`` now, or when `calm_s` has passed since the last change."""
        if text == self.text and not self._timer.isActive():
            return
        self._pending = text
        wait = self._shown_at + self.calm_s - time.monotonic()
        if wait <= 0:
            self._flush()
        elif not self._timer.isActive():
            self._timer.start(int(wait * 1000) + 1)

    def _flush(self):
        text, self._pending = self._pending, None
        if text is None or text == self.text:
            return
        self._shown_at = time.monotonic()
        self.widget.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.widget, QAccessible.Event.DescriptionChanged))


def percent(x):
    return f"{100 * x:.1f}%"


def curves_sentence(n_epochs, last, metric_name):
    """The curves in words: the last epoch's losses and metrics (`core.training` record)."""
    if last is None:
        return "No epoch trained yet."

    def part(loss, metric):
        if metric is None:
            return f"loss {loss:.4f}"
        return f"loss {loss:.4f}, " + (f"accuracy {percent(metric)}"
                                       if metric_name == "accuracy" else f"R² {metric:.3f}")
    text = f"Epoch {n_epochs}: train {part(last.train_loss, last.train_metric)}"
    if last.test_loss is not None:
        text += f"; test {part(last.test_loss, last.test_metric)}"
    return text + "."


def regions_sentence(labels, n_classes, n_train):
    """The decision regions in words: the share of the drawn plane each class takes.

    ``labels`` is the grid of most likely classes (binary: ``p > 1/2`` → class 1)."""
    counts = np.bincount(np.ravel(labels).astype(np.int64), minlength=n_classes)[:n_classes]
    shares = counts / max(counts.sum(), 1)
    parts = ", ".join(f"class {k} {percent(s)}" for k, s in enumerate(shares))
    return f"Decision regions over the plane: {parts}; {n_train:,} training points."


def step_sentence(index, count, title, formula, name=None, value=None, digits=4):
    """One page of the inspector's step-through in words: where it is, its formula and
    the value it computes (``value`` None: hidden while the student predicts it)."""
    text = f"Step {index + 1} of {count}: {title}. {formula}."
    if name is None:
        return text
    if value is None:
        return text + f" {name} is hidden: predict it."
    flat = np.ravel(np.asarray(value, dtype=float))
    shown = ", ".join(f"{v:.{digits}g}" for v in flat[:8])
    more = f", … ({flat.size} values)" if flat.size > 8 else ""
    return text + f" {name} = {shown}{more}."
