"""What a clicked cell says: the explanation box under the Step-through panels.

`Explanation.select(name, idx)` remembers the clicked entry per page and writes it out with
its numbers (`core.inspect.explain`: the formula of that one entry, e.g.
u_i[j] = Σ_r z_i[r]·W_i[r, j] + b_i[j]), adding the finite-difference check for an entry of
∂L/∂W or ∂L/∂b. In Predict mode a hidden value is not explained until it is answered.

A mixin of `InspectorWidget`: it reads the frame's ``steps``, ``by_name``, ``stage``,
``stage_index``, ``numbering``, ``digits``, ``extra`` and ``_panels``, and calls
``finite_difference``/``_fill_fd_panel`` (steps.py) and ``hidden_names`` (predict.py).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from annstudio.core import inspect as ins
from annstudio.core.inspect import fmt
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.text import render
from annstudio.gui.inspector.matrix import to_html
from annstudio.gui.inspector.steps import FD_AUTO_ENTRIES


class Explanation:
    """The clicked entry, explained (a mixin of `InspectorWidget`)."""

    def _init_explanation(self):
        self._sel = {}                   # stage index → (lecture step name, index)
        self._unit = {}                  # stage index → selected unit j (forward pages)
        self.explanation_lines = []

    def _build_explanation_box(self):
        """The box under the panels that explains the clicked entry."""
        box = self.explanation_box = QGroupBox(translate(
            "Explanation", "Selected entry, with the numbers (click any cell)"))
        bl = QVBoxLayout(box)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.RichText)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextSelectableByMouse)
        bl.addWidget(self.explanation)
        return box

    def select(self, name, idx):
        """Select one entry (lecture step name, index into its value): explain it."""
        idx = tuple(int(i) for i in np.ravel(idx))
        self._sel[self.stage_index] = (name, idx)
        page = self.stage
        if page.kind == "forward" and not (name == f"z_{page.layer}") and not name.startswith("fd:"):
            self._unit[self.stage_index] = idx[-1] if idx else 0
        if name.startswith("∂L/∂") and name[4] in "Wb" and self.stage.kind == "backward":
            i = int(name.split("_")[1])
            P = self._fd_param(f"fd:{name[4]}_{i}")
            if P.size > FD_AUTO_ENTRIES:
                self.finite_difference(i, name[4], [idx])
                fd_key = f"fd:{name[4]}_{i}"
                if fd_key in self._panels:
                    self._fill_fd_panel(fd_key, self._panels[fd_key])
        self._update_explanation()

    def _default_selection(self):
        page = self.stage
        name = page.new[0] if page.kind != "forward" else f"u_{page.layer}"
        if page.kind == "backward" and page.layer > 0:
            name = f"∂L/∂W_{page.layer}"
        v = self.by_name[name].value
        return name, (0,) * np.ndim(v)

    def _update_explanation(self):
        name, idx = self._sel.get(self.stage_index) or self._default_selection()
        page = self.stage
        N, d = self.numbering, self.digits
        if name in self.hidden_names():
            self.explanation_lines = [translate(
                "Explanation", "{name} is hidden: predict it first (the box above), "
                "or press Show it.").format(name=N.relabel(name))]
            self.explanation.setText(to_html(self.explanation_lines[0]))
            return
        if name.startswith("fd:"):
            i, which = int(name.split("_")[1]), name[3]
            grad = self.by_name[f"∂L/∂{which}_{i}"].value
            fd = self.finite_difference(i, which)
            label = N.relabel(f"∂L/∂{which}_{i}") + f"[{','.join(map(str, idx))}]"
            lines = [translate("Explanation", "{entry}: backprop {grad}, finite difference "
                               "{fd}, difference {diff}").format(
                entry=label, grad=fmt(grad[idx], d), fd=fmt(fd[idx], d),
                diff=fmt(abs(grad[idx] - fd[idx]), 2))]
        else:
            extra = dict(self.extra, unit=self._unit.get(self.stage_index, 0))
            lines, unit = ins.explain(self.steps, page, name, idx, N, d, extra)
            lines = [render(line, N, relabel=False) for line in lines]
            if unit is not None:
                self._unit[self.stage_index] = unit
            if name.startswith("∂L/∂") and name[4] in "Wb" and "_" in name:
                i, which = int(name.split("_")[1]), name[4]
                fd = self.finite_difference(i, which)
                g = self.by_name[name].value
                if np.isfinite(fd[idx]):
                    lines.append(translate("Explanation", "finite difference: {fd}, "
                                           "difference {diff}").format(
                        fd=fmt(fd[idx], d), diff=fmt(abs(g[idx] - fd[idx]), 2)))
        self.explanation_lines = lines
        self.explanation.setText("<br>".join(to_html(line).replace("  ", "&nbsp;&nbsp;")
                                             for line in lines))
