"""The "SGD step" tab: one optimizer step by hand, with the loss before and after.

W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b with the gradient of this point (the Step-through
tab's) or of the mini-batch (its average); with another optimizer, that optimizer's first
step from a fresh state (`core.inspect.optimizer_step`). A worked example writes one entry
out; the step goes on the inspector's undo stack.

A mixin of `InspectorWidget`: it reads the frame's ``net``, ``steps``, ``by_name``,
``numbering``, ``digits``, ``point``, ``loss``, ``data``, ``tabs``, ``predicting`` and
``batch``/``batch_points`` (batch.py), and changes the weights through ``_push_weights``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from annstudio.core import inspect as ins
from annstudio.core import optimizers
from annstudio.core.errors import AnnStudioError
from annstudio.core.inspect import fmt, fmt_factor
from annstudio.core.walkthrough import gradients_from_steps
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.matrix import to_html
from annstudio.gui.widgets import NumberEdit
from annstudio.gui.theme import QUIET


class SgdStepTab:
    """One optimizer step on this point or the mini-batch (a mixin of `InspectorWidget`)."""

    def _build_sgd(self, lr):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.sgd_formula = QLabel()
        self.sgd_formula.setTextFormat(Qt.RichText)
        self.sgd_formula.setWordWrap(True)
        lay.addWidget(self.sgd_formula)
        form = QFormLayout()
        self.lr_edit = NumberEdit(translate("SgdStepTab", "learning rate"), float(lr),
                                  minimum=0.0, min_inclusive=False)
        self.lr_edit.setToolTip(translate("SgdStepTab", "The experiment's learning rate "
                                          "(Training panel); change it here to try another "
                                          "step on this point only."))
        self.lr_edit.valueChanged.connect(lambda _v: self._refresh_sgd_text())
        form.addRow(translate("SgdStepTab", "learning rate lr"), self.lr_edit)
        self.opt_label = QLabel()
        self.opt_label.setWordWrap(True)
        form.addRow(translate("SgdStepTab", "optimizer"), self.opt_label)
        self.sgd_source = QComboBox()
        self.sgd_source.setAccessibleName(translate("SgdStepTab", "Gradient of"))
        self.sgd_source.addItem(translate("SgdStepTab", "this point (the gradients on the Step "
                                          "through tab)"), "point")
        self.sgd_source.addItem(translate("SgdStepTab", "the mini-batch (its average gradient)"),
                                "batch")
        form.addRow(translate("SgdStepTab", "gradient of"), self.sgd_source)
        lay.addLayout(form)
        self.sgd_example = QLabel()
        self.sgd_example.setTextFormat(Qt.RichText)
        self.sgd_example.setWordWrap(True)
        self.sgd_example.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.sgd_example)
        self.sgd_button = QPushButton(translate("SgdStepTab", "Apply one step"))
        self.sgd_button.clicked.connect(self.apply_sgd_step)
        lay.addWidget(self.sgd_button, 0, Qt.AlignLeft)
        self.sgd_result = QGridLayout()
        self.sgd_cells = {}
        heads = ["", translate("SgdStepTab", "before"), translate("SgdStepTab", "after"),
                 translate("SgdStepTab", "change")]
        for c, h in enumerate(heads):
            lab = QLabel(f"<b>{h}</b>")
            self.sgd_result.addWidget(lab, 0, c)
        for r, key in enumerate(("point", "batch", "train"), start=1):
            for c in range(4):
                lab = QLabel("")
                lab.setAlignment(Qt.AlignRight | Qt.AlignVCenter if c else Qt.AlignLeft)
                self.sgd_result.addWidget(lab, r, c)
                self.sgd_cells[key, c] = lab
        lay.addLayout(self.sgd_result)
        note = QLabel(translate("SgdStepTab", "The step goes on the undo stack: Ctrl+Z takes it back."))
        note.setStyleSheet(QUIET)
        lay.addWidget(note)
        lay.addStretch(1)
        return page

    def set_optimizer(self, name, hyperparameters):
        """Follow the experiment's optimizer and learning rate (the Training panel's)."""
        self.opt_name, self.opt_params = name, dict(hyperparameters)
        lr = self.opt_params.get("lr")
        if lr is not None and lr != self.lr_edit.value():
            self.lr_edit.setValue(float(lr))
        self._refresh_sgd_text()
        if self.predicting:
            self._render_stage()       # the weight-after-a-step question uses lr

    def _step_hyperparameters(self):
        hp = dict(self.opt_params)
        hp["lr"] = self.lr_edit.value()
        return hp

    def _refresh_sgd_text(self):
        N = self.numbering
        K = len(self.net.layers)
        names = ", ".join(N.relabel(f"W_{i}") for i in range(K, 0, -1))
        name = self.opt_name
        self.tabs.setTabText(3, translate("InspectorWidget", "SGD step") if name == "sgd"
                             else translate("SgdStepTab", "Optimizer step"))
        self.opt_label.setText(
            translate("SgdStepTab", "{optimizer} (the experiment's): {formula}").format(
                optimizer=name, formula=optimizers.FORMULAS.get(name, ""))
            + ("" if name == "sgd" and not self.opt_params.get("momentum")
               else translate("SgdStepTab", ".  Applied here from a fresh state (no momentum or "
                              "running averages yet), so it is that optimizer's first step.")))
        self.sgd_formula.setText(to_html(translate(
            "SgdStepTab", "W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b for every layer ({layers}), "
            "with the gradient of this point's loss (the classic worked example) or of the "
            "mini-batch.").format(layers=names)))
        self._refresh_sgd_example()

    def _refresh_sgd_example(self):
        """One entry of the step written out with the lr that will be used: the entry of
        this point's ∂L/∂W with the largest size (so it is never a trivial 0)."""
        if self.steps is None:
            return
        N, d = self.numbering, self.digits
        K = len(self.net.layers)
        best = None
        for i in range(1, K + 1):
            g = np.asarray(self.by_name[f"∂L/∂W_{i}"].value, dtype=float)
            if not np.all(np.isfinite(g)):
                continue
            idx = np.unravel_index(int(np.argmax(np.abs(g))), g.shape)
            if best is None or abs(g[idx]) > abs(best[2]):
                best = (i, tuple(int(t) for t in idx), float(g[idx]))
        lr = self.lr_edit.value()
        if self.predicting:              # it would answer the "after one SGD step" questions
            self.sgd_example.setText(translate("SgdStepTab",
                                               "(the worked example is hidden in Predict mode)"))
            self.sgd_example_values = None
            return
        if best is None:
            self.sgd_example.setText("")
            self.sgd_example_values = None
            return
        i, idx, g = best
        W = float(self.by_name[f"W_{i}"].value[idx])
        grads = gradients_from_steps(self.steps, K)
        try:
            new = ins.optimizer_step(self.net.get_weights(), grads, self.opt_name,
                                     self._step_hyperparameters())
        except AnnStudioError as e:
            self.sgd_example.setText(to_html(str(e)))
            self.sgd_example_values = None
            return
        after = float(new[K - i][0][idx])
        wl = N.entry("W", i, idx)
        gl = N.relabel(f"∂L/∂W_{i}") + f"[{idx[0]},{idx[1]}]"
        if self.opt_name == "sgd" and not self.opt_params.get("momentum"):
            text = translate("SgdStepTab", "With lr = {lr}, for example: {step}").format(
                lr=fmt(lr, 6), step=f"{wl} ← {wl} − lr·{gl} = {fmt(W, d)} − {fmt(lr, 6)}·"
                                    f"{fmt_factor(g, d)} = {fmt(after, d)}")
        else:
            text = translate("SgdStepTab", "With lr = {lr}, for example: {entry} = {before} → "
                             "{after} ({optimizer}'s first step; {grad} = {value})").format(
                lr=fmt(lr, 6), entry=wl, before=fmt(W, d), after=fmt(after, d),
                optimizer=self.opt_name, grad=gl, value=fmt(g, d))
        self.sgd_example_values = {"lr": lr, "entry": (i, idx), "W": W, "grad": g,
                                   "after": after}
        self.sgd_example.setText(to_html(text))

    def apply_sgd_step(self):
        """One SGD step with the shown gradients; loss before/after for the point and batch."""
        try:
            lr = self.lr_edit.value()
            if self.lr_edit.error:
                raise AnnStudioError(self.lr_edit.error)
            source = self.sgd_source.currentData()
            if source == "batch":
                if self.batch is None:
                    raise AnnStudioError(translate("SgdStepTab", "no mini-batch: load a dataset first"))
                grads = self.batch.average
            else:
                grads = gradients_from_steps(self.steps, len(self.net.layers))
            old = self.net.get_weights()
            new = ins.optimizer_step(old, grads, self.opt_name, self._step_hyperparameters())
        except AnnStudioError as e:
            self.show_message(str(e))
            return None
        before = self._losses()
        self._push_weights(old, new, translate("SgdStepTab", "{optimizer} step, lr = {lr}").format(
            optimizer=self.opt_name, lr=fmt(lr, 6)))
        after = self._losses()
        d = self.digits
        labels = {"point": translate("SgdStepTab", "this point's loss"),
                  "batch": translate("SgdStepTab", "mini-batch loss (mean)"),
                  "train": translate("SgdStepTab", "training set loss (mean)")}
        for key in ("point", "batch", "train"):
            b, a = before.get(key), after.get(key)
            cells = [labels[key]] + ([fmt(b, d), fmt(a, d), fmt(a - b, d)] if b is not None
                                     else ["—", "—", "—"])
            for c, text in enumerate(cells):
                self.sgd_cells[key, c].setText(text)
        self.show_message("")
        self.sgd_before_after = (before, after)
        return before, after

    def _losses(self):
        out = {"point": float(self.net.loss(self.point["x"].reshape(1, -1),
                                            np.asarray(self.point["y"]).reshape(1, -1)
                                            if self.loss == "mse" else
                                            np.asarray(self.point["y"]).reshape(1),
                                            self.loss))}
        X, y = self.batch_points()
        if X is not None and len(X):
            out["batch"] = float(self.net.loss(X, y, self.loss))
            d = self.data
            out["train"] = float(self.net.loss(d.X_train, d.y_train, self.loss))
        return out
