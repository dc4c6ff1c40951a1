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
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.core.notation import NUMBERING_NOTE
from annstudio.gui.i18n import translate

def notation_html():
    """Help ▸ Notation: the lecture's notation, each paragraph translated (the symbols and
    the markup are the same in every language)."""
    paragraphs = (
        translate("help", "Row vectors: <b>u = z W + b</b>. A network with K weight layers, "
                  "numbered from the output: the input is z<sub>K</sub> = x; for i = K … 1: "
                  "u<sub>i</sub> = z<sub>i</sub> W<sub>i</sub> + b<sub>i</sub>, "
                  "z<sub>i−1</sub> = φ<sub>i</sub>(u<sub>i</sub>); the output is "
                  "z<sub>0</sub>."),
        translate("help", "W<sub>i</sub> has shape d<sub>i</sub> × d<sub>i−1</sub> (rows = "
                  "inputs of that layer), so the number of parameters is "
                  "Σ<sub>i</sub> d<sub>i−1</sub>(d<sub>i</sub> + 1)."),
        translate("help", "Layer 1 is the output layer. PyTorch numbers the other way (fc1 is "
                  "next to the input): View ▸ PyTorch layer order switches the labels."),
        translate("help", "Binary classification: z<sub>0</sub> = σ(u<sub>1</sub>), loss "
                  "−log σ(y·u) for labels y = ±1 (the same as cross entropy with 0/1 labels). "
                  "Multi-class: softmax + cross entropy. Regression: identity + mean squared "
                  "error."),
        translate("help", "Backpropagation: ∂L/∂W<sub>i</sub> = z<sub>i</sub><sup>T</sup> "
                  "δ<sub>i</sub> with δ<sub>i</sub> = ∂L/∂u<sub>i</sub>; the δ travel from the "
                  "output towards the input through the Jacobians ∇φ and W<sup>T</sup>."),
        html.escape(translate("Notation", NUMBERING_NOTE)))
    return ("<h3>" + translate("help", "Notation (as in the lecture)") + "</h3>"
            + "".join(f"<p>{p}</p>" for p in paragraphs))


def action_label(action):
    """The action's text as the menu shows it: no mnemonic '&', no trailing '…'."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").strip()


def shortcut_text(action):
    """'Ctrl+O' (several shortcuts joined by ' or '), or '' when it has none."""
    return translate("help", " or ").join(s.toString(QKeySequence.NativeText)
                                          for s in action.shortcuts() if not s.isEmpty())


def shortcut_rows(window):
    """[(label, keys)] for every action in ``window`` with a shortcut, sorted by label."""
    rows = {}
    for a in window.findChildren(QAction):
        keys = shortcut_text(a)
        if keys and action_label(a):
            rows[(action_label(a), keys)] = None
    return sorted(rows, key=lambda r: r[0].lower())


# the data view's own keys (`views.data_view.DataView._on_key`), once it has the focus
# (what, keys), shown translated
DATA_VIEW_KEYS = ((QT_TRANSLATE_NOOP("help", "Move the cross"),
                   QT_TRANSLATE_NOOP("help", "←  →  ↑  ↓ (Shift: larger steps)")),
                  (QT_TRANSLATE_NOOP("help", "Click there (the Dataset panel's tool)"),
                   QT_TRANSLATE_NOOP("help", "Space, Enter")),
                  (QT_TRANSLATE_NOOP("help", "Erase the nearest point"),
                   QT_TRANSLATE_NOOP("help", "Delete")),
                  (QT_TRANSLATE_NOOP("help", "Inspect the nearest point"), "I"))


def shortcuts_html(window):
    rows = "".join(f"<tr><td>{html.escape(label)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}"
                   "</b></td></tr>" for label, keys in shortcut_rows(window))
    view = "".join(f"<tr><td>{html.escape(translate('help', label))}</td><td>&nbsp;&nbsp;"
                   f"<b>{html.escape(translate('help', keys))}</b></td></tr>"
                   for label, keys in DATA_VIEW_KEYS)
    return ("<h3>" + translate("help", "Keyboard shortcuts") + "</h3><table cellspacing='2'>"
            + rows + "</table><h3>" + translate("help", "In the data view") + "</h3>"
            "<table cellspacing='2'>" + view + "</table>")


def _key(window, name):
    a = window.actions.get(name)
    keys = shortcut_text(a) if a is not None else ""
    return f" (<b>{html.escape(keys)}</b>)" if keys else ""


def getting_started_html(window):
    keys = {name: _key(window, name)     # each action's current shortcut, or nothing
            for name in ("run", "step_batch", "step_epoch", "reset", "inspector", "save")}
    steps = (
        translate("help", "<b>Data</b> — in the <i>Dataset</i> panel pick a dataset (two moons, "
                  "circles, spirals …) or import a CSV; or open a ready-made lesson from the "
                  "<i>Lessons</i> menu."),
        translate("help", "<b>Network</b> — in the <i>Network</i> panel add hidden layers and "
                  "set each one's width and activation; the diagram under the data shows the "
                  "result."),
        translate("help", "<b>Training</b> — in the <i>Training</i> panel choose the optimizer, "
                  "the learning rate, the batch size and the number of epochs."),
        translate("help", "<b>Run</b> — press <i>Run ▶</i>{run} and watch the decision "
                  "boundary, the loss curves and every layer's neurons change. <i>Step "
                  "batch</i>{step_batch} and <i>Step epoch</i>{step_epoch} train a little at a "
                  "time; <i>Reset</i>{reset} starts again from new initial weights."),
        translate("help", "<b>Look inside</b> — choose <i>Inspect</i> under \"Click in the data "
                  "view to\" and click a point: the step-through inspector{inspector} shows its "
                  "forward pass and backpropagation with the real numbers."),
        translate("help", "<b>Keep it</b> — <i>File ▸ Save</i>{save} writes the experiment; "
                  "<i>File ▸ Export ▸ PyTorch script</i> writes the same model for PyTorch."))
    return ("<h3>" + translate("help", "Getting started") + "</h3>\n<ol>\n"
            + "".join(f"<li>{step.format(**keys)}</li>\n" for step in steps) + "</ol>\n<p>"
            + translate("help", "Help ▸ Notation explains the symbols; Help ▸ Keyboard shortcuts "
                        "lists every key.") + "</p>")


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
        return self.show_info(translate("Help", "About ANN Studio"),
                              f"<h3>ANN Studio {annstudio.__version__}</h3><p>"
                              + translate("Help", "Watch fully connected neural networks "
                                          "learn, step through backpropagation in the lecture's "
                                          "notation, and export the same model to PyTorch.")
                              + "</p>")

    def notation(self):
        return self.show_info(translate("Help", "Notation"), notation_html())

    def getting_started(self):
        return self.show_info(translate("Help", "Getting started"),
                              getting_started_html(self.window))

    def keyboard_shortcuts(self):
        return self.show_info(translate("Help", "Keyboard shortcuts"),
                              shortcuts_html(self.window))
