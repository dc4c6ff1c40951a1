"""Text alternatives of the plots, for screen readers.

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

from annstudio.gui.i18n import num, translate

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
    return translate("reader", "{value}%").format(value=num(100 * x, ".1f"))


def curves_sentence(n_epochs, last, metric_name):
    """The curves in words: the last epoch's losses and metrics (`core.training` record)."""
    if last is None:
        return translate("reader", "No epoch trained yet.")

    def part(loss, metric):
        loss = num(loss, ".4f")
        if metric is None:
            return translate("reader", "loss {loss}").format(loss=loss)
        if metric_name == "accuracy":
            return translate("reader", "loss {loss}, accuracy {accuracy}").format(
                loss=loss, accuracy=percent(metric))
        return translate("reader", "loss {loss}, R² {r2}").format(loss=loss, r2=num(metric, ".3f"))
    train = part(last.train_loss, last.train_metric)
    if last.test_loss is None:
        return translate("reader", "Epoch {epoch}: train {train}.").format(epoch=n_epochs,
                                                                          train=train)
    return translate("reader", "Epoch {epoch}: train {train}; test {test}.").format(
        epoch=n_epochs, train=train, test=part(last.test_loss, last.test_metric))


def regions_sentence(labels, n_classes, n_train):
    """The decision regions in words: the share of the drawn plane each class takes.

    ``labels`` is the grid of most likely classes (binary: ``p > 1/2`` → class 1)."""
    counts = np.bincount(np.ravel(labels).astype(np.int64), minlength=n_classes)[:n_classes]
    shares = counts / max(counts.sum(), 1)
    parts = translate("reader", ", ").join(
        translate("reader", "class {k} {share}").format(k=k, share=percent(s))
        for k, s in enumerate(shares))
    return translate("reader", "Decision regions over the plane: {parts}; {n} training "
                     "points.").format(parts=parts, n=num(n_train, ","))


def step_sentence(index, count, title, formula, name=None, value=None, digits=4):
    """One page of the inspector's step-through in words: where it is, its formula and
    the value it computes (``value`` None: hidden while the student predicts it)."""
    text = translate("reader", "Step {i} of {n}: {title}. {formula}.").format(
        i=index + 1, n=count, title=title, formula=formula)
    if name is None:
        return text
    if value is None:
        return text + " " + translate("reader", "{name} is hidden: predict it.").format(name=name)
    flat = np.ravel(np.asarray(value, dtype=float))
    shown = translate("reader", ", ").join(num(v, f".{digits}g") for v in flat[:8])
    if flat.size > 8:
        shown = translate("reader", "{values}, … ({n} values)").format(values=shown,
                                                                        n=flat.size)
    return text + f" {name} = {shown}."
