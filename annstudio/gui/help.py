"""The Help menu: Getting started, Notation, Keyboard shortcuts and About.

Both pages are written from the window's real QActions when they are opened: a shortcut
added, changed or removed anywhere in the GUI shows up here without editing this file.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

import annstudio
from annstudio.core.notation import NUMBERING_NOTE

NOTATION = """<h3>Notation (as in the lecture)</h3>
<p>Row vectors: <b>u = z W + b</b>. A network with K weight layers, numbered from the
output: the input is z<sub>K</sub> = x; for i = K … 1:
u<sub>i</sub> = z<sub>i</sub> W<sub>i</sub> + b<sub>i</sub>,
z<sub>i−1</sub> = φ<sub>i</sub>(u<sub>i</sub>); the output is z<sub>0</sub>.</p>
<p>W<sub>i</sub> has shape d<sub>i</sub> × d<sub>i−1</sub> (rows = inputs of that layer),
so the number of parameters is Σ<sub>i</sub> d<sub>i−1</sub>(d<sub>i</sub> + 1).</p>
<p>Layer 1 is the output layer. PyTorch numbers the other way (fc1 is next to the input):
View ▸ PyTorch layer order switches the labels.</p>
<p>Binary classification: z<sub>0</sub> = σ(u<sub>1</sub>), loss −log σ(y·u) for labels
y = ±1 (the same as cross entropy with 0/1 labels). Multi-class: softmax + cross entropy.
Regression: identity + mean squared error.</p>
<p>Backpropagation: ∂L/∂W<sub>i</sub> = z<sub>i</sub><sup>T</sup> δ<sub>i</sub> with
δ<sub>i</sub> = ∂L/∂u<sub>i</sub>; the δ travel from the output towards the input through
the Jacobians ∇φ and W<sup>T</sup>.</p>
<p>""" + html.escape(NUMBERING_NOTE) + "</p>"


def action_label(action):
    """The action's text as the menu shows it: no mnemonic '&', no trailing '…'."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").strip()


def shortcut_text(action):
    """'Ctrl+O' (several shortcuts joined by ' or '), or '' when it has none."""
    return " or ".join(s.toString(QKeySequence.NativeText) for s in action.shortcuts()
                       if not s.isEmpty())


def shortcut_rows(window):
    """[(label, keys)] for every action in ``window`` with a shortcut, sorted by label."""
    rows = {}
    for a in window.findChildren(QAction):
        keys = shortcut_text(a)
        if keys and action_label(a):
            rows[(action_label(a), keys)] = None
    return sorted(rows, key=lambda r: r[0].lower())


# the data view's own keys (`views.data_view.DataView._on_key`), once it has the focus
DATA_VIEW_KEYS = (("Move the cross", "←  →  ↑  ↓ (Shift: larger steps)"),
                  ("Click there (the Dataset panel's tool)", "Space, Enter"),
                  ("Erase the nearest point", "Delete"),
                  ("Inspect the nearest point", "I"))


def shortcuts_html(window):
    rows = "".join(f"<tr><td>{html.escape(label)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}"
                   "</b></td></tr>" for label, keys in shortcut_rows(window))
    view = "".join(f"<tr><td>{html.escape(label)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}"
                   "</b></td></tr>" for label, keys in DATA_VIEW_KEYS)
    return ("<h3>Keyboard shortcuts</h3><table cellspacing='2'>" + rows + "</table>"
            "<h3>In the data view</h3><table cellspacing='2'>" + view + "</table>")


def _key(window, name):
    a = window.actions.get(name)
    keys = shortcut_text(a) if a is not None else ""
    return f" (<b>{html.escape(keys)}</b>)" if keys else ""


def getting_started_html(window):
    k = lambda name: _key(window, name)   # noqa: E731  (the action's current shortcut)
    return f"""<h3>Getting started</h3>
<ol>
<li><b>Data</b> — in the <i>Dataset</i> panel pick a dataset (two moons, circles,
spirals …) or import a CSV; or open a ready-made lesson from the <i>Lessons</i> menu.</li>
<li><b>Network</b> — in the <i>Network</i> panel add hidden layers and set each one's
width and activation; the diagram under the data shows the result.</li>
<li><b>Training</b> — in the <i>Training</i> panel choose the optimizer, the learning rate,
the batch size and the number of epochs.</li>
<li><b>Run</b> — press <i>Run ▶</i>{k('run')} and watch the decision boundary, the loss
curves and every layer's neurons change. <i>Step batch</i>{k('step_batch')} and
<i>Step epoch</i>{k('step_epoch')} train a little at a time; <i>Reset</i>{k('reset')}
starts again from new initial weights.</li>
<li><b>Look inside</b> — choose <i>Inspect</i> under "Click in the data view to" and
click a point: the step-through inspector{k('inspector')} shows its forward pass and
backpropagation with the real numbers.</li>
<li><b>Keep it</b> — <i>File ▸ Save</i>{k('save')} writes the experiment;
<i>File ▸ Export ▸ PyTorch script</i> writes the same model for PyTorch.</li>
</ol>
<p>Help ▸ Notation explains the symbols; Help ▸ Keyboard shortcuts lists every key.</p>"""


class Help:
    """The Help menu's pages, each a non-modal message box over ``window``."""

    def __init__(self, window):
        self.window = window

    def show_info(self, title, text):
        box = QMessageBox(self.window)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.RichText)
        box.setText(text)
        box.setModal(False)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.show()
        return box

    def about(self):
        return self.show_info("About ANN Studio",
                              f"<h3>ANN Studio {annstudio.__version__}</h3>"
                              "<p>Watch fully connected neural networks learn, step through "
                              "backpropagation in the lecture's notation, and export the same "
                              "model to PyTorch.</p>")

    def notation(self):
        return self.show_info("Notation", NOTATION)

    def getting_started(self):
        return self.show_info("Getting started", getting_started_html(self.window))

    def keyboard_shortcuts(self):
        return self.show_info("Keyboard shortcuts", shortcuts_html(self.window))
