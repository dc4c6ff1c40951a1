"""The "Step through" tab: one page per step of the walkthrough, its matrices as panels.

`StepsPage` builds the tab (navigation bar, page title, the scrolling panels, with the Predict
box and the explanation box below), lays each page's steps out as `MatrixPanel`s
(`_rows`, `_build_panels`, `_fill_panel`) and fills the finite-difference panels that check
backprop: ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / 2ε, one entry moved at a time.
The read-outs the tests use (`panel`, `shown`, `shown_array`, `page_index`) live here too.

A mixin of `InspectorWidget` (see widget.py for why): it reads the frame's ``steps``,
``by_name``, ``pages``, ``stage``/``stage_index``, ``numbering``, ``digits``, ``net``,
``point``, ``loss`` and ``kinks``, and calls ``edit_entry``, ``select`` and ``show_message``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton,
                               QVBoxLayout, QWidget)

from annstudio.core import inspect as ins
from annstudio.core.inspect import fmt
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.text import render
from annstudio.gui.inspector.matrix import VALUE_ROLE, MatrixPanel, to_html
from annstudio.gui.reader import ReaderText, step_sentence

FD_EPS = 1e-6
FD_AUTO_ENTRIES = 2000     # check whole matrices up to this size at once; beyond, on request


class _Host(QWidget):
    """The scroll area's page: as tall as its wrapped captions need at the current width
    (QScrollArea does not ask for height-for-width itself, so labels would overlap)."""

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()

    def fit(self):
        """Also after the contents change without a resize (Predict mode hides and shows
        panels and the boxes below: the old minimum left a table squeezed to its header)."""
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            lay.invalidate()
            h = lay.heightForWidth(self.width())
            if h > 0 and h != self.minimumHeight():
                self.setMinimumHeight(h)
            lay.activate()             # place the panels now, not at the next event loop pass



class StepsPage:
    """The Step-through tab of the inspector (a mixin of `InspectorWidget`)."""

    def _build_steps(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        nav = QHBoxLayout()
        self.nav_actions = {}
        self.nav_buttons = {}
        for key, text, tip, keys, slot in (
                ("start", translate("StepsPage", "◀◀ Start"), translate("StepsPage", "Start"),
                 "Ctrl+Home", self.back_to_start),
                ("previous", translate("StepsPage", "◀ Previous"),
                 translate("StepsPage", "Previous"), "Ctrl+Left", self.previous),
                ("next", translate("StepsPage", "Next ▶"), translate("StepsPage", "Next"),
                 "Ctrl+Right", self.next),
                ("end", translate("StepsPage", "Run to end ▶▶"),
                 translate("StepsPage", "Run to end"), "Ctrl+End", self.run_to_end)):
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            # the keys in the user's words ("Strg+Rechts"): Qt translates its key names
            a.setToolTip(f"{tip} ({a.shortcut().toString(QKeySequence.NativeText)})")
            a.triggered.connect(slot)
            self.addAction(a)
            self.nav_actions[key] = a
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            self.nav_buttons[key] = b
            nav.addWidget(b)
            if key == "previous":
                self.stage_label = QLabel()
                self.stage_label.setAlignment(Qt.AlignCenter)
                nav.addWidget(self.stage_label, 1)
        lay.addLayout(nav)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.RichText)
        self.title_label.setWordWrap(True)
        lay.addWidget(self.title_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.panel_host = _Host()
        self.panel_grid = QVBoxLayout(self.panel_host)
        self.panel_grid.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.panel_host)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self._build_predict_box())
        lay.addWidget(self._build_explanation_box())
        # a screen reader hears the page: its formula and the value it computes
        self.step_reader = ReaderText(page, translate("StepsPage", "Step-through page"))
        return page

    def _rows(self, page):
        """Panels of a page, row by row (side by side where they are narrow)."""
        K = len(self.net.layers)
        i = page.layer
        if page.kind == "input":
            rows = [[f"z_{K}"]]
        elif page.kind == "forward":
            rows = [[f"z_{i}"], [f"W_{i}", f"b_{i}"], [f"u_{i}", f"z_{i - 1}"]]
        elif page.kind == "loss":
            rows = [["z_0", "L"]]
        elif page.kind == "backward" and i == 0:
            rows = [["∂L/∂z_0"]]
        elif page.kind == "backward":
            rows = [[f"∂L/∂z_{i - 1}", f"∇φ_{i}"], [f"∂L/∂u_{i}"], [f"∂g_{i}/∂W_{i}"],
                    [f"∂L/∂W_{i}", f"fd:W_{i}"], [f"∂L/∂b_{i}", f"fd:b_{i}"]]
        else:
            rows = [[f"∂L/∂z_{i - 1}", f"∇φ_{i}"], [f"W_{i}", f"∂g_{i}/∂z_{i}"], [f"∂L/∂z_{i}"]]
        out = []
        for r in rows:
            shapes = [np.shape(self.by_name[n[3:] if n.startswith("fd:") else n].value
                               if not n.startswith("fd:") else self._fd_param(n).shape)
                      for n in r]
            if any(any(s > ins.WIDE // 2 for s in sh[-1:]) for sh in shapes) and len(r) > 1 \
                    and not r[1].startswith("fd:"):
                out += [[n] for n in r]
            else:
                out.append(r)
        return out

    def _fd_param(self, key):
        """The parameter array a finite-difference panel ``fd:W_i`` / ``fd:b_i`` checks."""
        which, i = key[3], int(key.split("_")[1])
        layer = self.net.layers[len(self.net.layers) - i]
        return layer.W if which == "W" else layer.b

    def _render_stage(self):
        page = self.stage
        N = self.numbering
        self.stage_label.setText(translate("StepsPage", "step {n} of {count}").format(
            n=self.stage_index + 1, count=self.stage_count))
        for key in ("start", "previous"):
            self.nav_actions[key].setEnabled(self.stage_index > 0)
        for key in ("next", "end"):
            self.nav_actions[key].setEnabled(self.stage_index < self.stage_count - 1)
        formula = N.relabel(page.formula)
        if N.mode == "pytorch" and page.kind == "input":
            formula = translate("StepsPage", "x: the input point")
        self.title_label.setText(f"<span style='font-size:13pt'><b>{to_html(render(page.title, N))}"
                                 f"</b></span><br>{to_html(formula)}")
        rows = self._rows(page)
        key = (self.stage_index, tuple(map(tuple, rows)), N.mode,
               tuple(self.net.sizes), tuple(self.net.activations))
        if key != self._panel_layout_key:
            self._build_panels(rows)
            self._panel_layout_key = key
        for name, panel in self._panels.items():
            self._fill_panel(name, panel, page)
        hidden = self.hidden_names()
        for name, panel in self._panels.items():
            panel.set_hidden(name in hidden)
        first = next((n for n in self._panels if n in hidden), None)
        if first is not None:        # bring the "?" into view (it may sit below the fold)
            QTimer.singleShot(0, lambda n=first: self._scroll_to(n))
        self._update_predict()
        self._update_explanation()
        self._read_stage(page, formula, hidden)
        self._fit_host()
        QTimer.singleShot(0, self._fit_host)     # again once the new layout has settled

    def _main_value(self, page):
        """The name of the value a page computes (what a screen reader reads out)."""
        K, i = len(self.net.layers), page.layer
        return {"input": f"z_{K}", "forward": f"z_{i - 1}", "loss": "L"}.get(
            page.kind, f"∂L/∂W_{i}" if page.kind == "backward" and i > 0 else
            f"∂L/∂z_{i}" if page.kind != "backward" else "∂L/∂z_0")

    def _read_stage(self, page, formula, hidden):
        name = self._main_value(page)
        step = self.by_name.get(name)
        if step is None:
            name = None
        value = None if name is None or name in hidden else step.value
        self.step_reader.set(step_sentence(
            self.stage_index, self.stage_count, render(page.title, self.numbering), formula,
            None if name is None else self.numbering.relabel(name), value, self.digits))

    def _fit_host(self):
        host = self.panel_host
        if host is not None and self.scroll.widget() is host:
            host.fit()

    def _scroll_to(self, name):
        """Scroll the page down (not sideways) until the panel of ``name`` shows."""
        p = self._panels.get(name)
        if p is None:
            return
        y = p.mapTo(self.panel_host, QPoint(0, 0)).y()
        bar = self.scroll.verticalScrollBar()
        if y < bar.value() or y + min(p.height(), 120) > bar.value() + self.scroll.viewport().height():
            bar.setValue(max(0, y - 8))

    def _build_panels(self, rows):
        # A fresh host widget: QScrollArea deletes the old one with all its panels at once.
        self.panel_host = _Host()
        self.panel_grid = QVBoxLayout(self.panel_host)
        self.panel_grid.setContentsMargins(0, 0, 0, 0)
        self._panels = {}
        for r in rows:
            h = QHBoxLayout()
            h.setSpacing(16)
            for name in r:
                editable = name[:1] in ("W", "b") and "_" in name and not name.startswith("fd:")
                panel = MatrixPanel(editable=editable)
                if editable:
                    panel.model.edited.connect(
                        lambda idx, v, n=name: self.edit_entry(int(n.split("_")[1]), n[0], idx, v))
                    panel.model.editFailed.connect(self.show_message)
                panel.cellSelected.connect(lambda idx, n=name: self.select(n, idx))
                self._panels[name] = panel
                if len(r) == 1:
                    h.addWidget(panel, 1, Qt.AlignTop)   # alone in its row: use the width
                else:
                    h.addWidget(panel, 0, Qt.AlignTop | Qt.AlignLeft)
            if len(r) > 1:
                h.addStretch(1)
            self.panel_grid.addLayout(h)
        self.panel_grid.addStretch(1)
        self.scroll.setWidget(self.panel_host)

    def _fill_panel(self, name, panel, page):
        N, d = self.numbering, self.digits
        if name.startswith("fd:"):
            self._fill_fd_panel(name, panel)
            return
        step = self.by_name[name]
        new = name in page.new
        desc = render(step.description, N)
        if not new:
            desc = translate("StepsPage", "(from an earlier step) {description}").format(
                description=desc)
        label = N.relabel(step.name)
        formula = render(step.formula, N)
        sym = step.symbol
        rl = cl = None
        if sym == "W":
            rl = lambda r, i=step.layer: translate("StepsPage", "in {n}").format(n=r)
            cl = lambda c: translate("StepsPage", "unit {n}").format(n=c)
        elif sym in ("grad_phi", "dg_dz"):
            rl = lambda r: f"{r}"
        panel.set_content(label, formula, desc, step.value, d, rl, cl)
        panel.caption.setEnabled(True)
        panel.setProperty("new", new)
        if name == "L":
            panel.note.setText(desc)

    def _fill_fd_panel(self, key, panel):
        N, d = self.numbering, self.digits
        i = int(key.split("_")[1])
        which = key[3]
        grad = self.by_name[f"∂L/∂{which}_{i}"].value
        fd = self.finite_difference(i, which)
        diff = np.abs(fd - grad)
        computed = np.isfinite(fd)
        label = translate("StepsPage", "finite difference for {param}").format(
            param=N.relabel(f"{which}_{i}"))
        desc = translate("StepsPage", "(L(θ + ε) − L(θ − ε)) / 2ε with ε = {eps}, each entry "
                         "moved on its own: an independent check of the backprop value beside "
                         "it.").format(eps=fmt(FD_EPS, d))
        panel.set_content(label, "", desc, fd, d)
        if computed.any():
            worst = float(np.nanmax(np.where(computed, diff, np.nan)))
            txt = (translate("StepsPage", "max |backprop − finite difference| = {diff}").format(
                       diff=fmt(worst, 2))
                   + ("" if computed.all() else
                      translate("StepsPage", "  ({done} of {size} entries: click an entry to "
                                "check it)").format(done=int(computed.sum()),
                                                    size=computed.size)))
        else:
            txt = translate("StepsPage", "click an entry of the gradient to check it")
        kinks = [(li, j) for li, j in self.kinks if li <= i]
        if kinks:
            where = ", ".join(N.entry("u", li, j) for li, j in kinks)
            kink = (translate("StepsPage", "{where} = 0 sit at ReLU's kink: backprop uses "
                              "h(0) = 0 (as PyTorch does) while the central difference averages "
                              "the two one-sided slopes, so the two may differ there.")
                    if len(kinks) > 1 else
                    translate("StepsPage", "{where} = 0 sits at ReLU's kink: backprop uses "
                              "h(0) = 0 (as PyTorch does) while the central difference averages "
                              "the two one-sided slopes, so the two may differ there."))
            txt += ("<br><span style='color:#8a5a00'>" + kink.format(where=to_html(where))
                    + "</span>")
        panel.summary.setText(txt)
        panel.summary.setTextFormat(Qt.RichText)
        panel.summary.setWordWrap(True)
        panel.summary.setVisible(True)
        self.gradcheck_max[(which, i)] = worst if computed.any() else None

    def finite_difference(self, lecture_layer, which, entries=None):
        """Central differences of this point's loss for W_i or b_i (cached per refresh)."""
        key = (lecture_layer, which)
        k = len(self.net.layers) - lecture_layer
        P = self.net.layers[k].W if which == "W" else self.net.layers[k].b
        have = self._fd_cache.get(key)
        if have is None:
            have = np.full(P.shape, np.nan)
            if P.size <= FD_AUTO_ENTRIES and entries is None:
                entries = list(np.ndindex(P.shape))
        if entries:
            todo = [e for e in entries if not np.isfinite(have[tuple(e)])]
            if todo:
                fresh = ins.finite_differences(self.net, self.point["x"], self.point["y"],
                                               self.loss, k, which, todo, FD_EPS)
                for e in todo:
                    have[tuple(e)] = fresh[tuple(e)]
        self._fd_cache[key] = have
        return have

    def panel(self, name):
        """The panel showing step ``name`` (lecture name, e.g. "∂L/∂W_2", or "fd:W_2") on
        the current page, or None."""
        return self._panels.get(name)

    def shown(self, name, idx=()):
        """The text displayed for entry ``idx`` of step ``name`` on the current page."""
        p = self._panels[name]
        return p.displayed(idx)

    def shown_array(self, name):
        """The full-precision values behind the panel of ``name`` (current slice for 3-D)."""
        m = self._panels[name].model
        return np.array([[m.data(m.index(r, c), VALUE_ROLE) for c in range(m.columnCount())]
                         for r in range(m.rowCount())]).reshape(m.shape)

    def page_index(self, kind, layer):
        """Index of the page of ``kind`` ("forward", "backward", …) for lecture layer."""
        return next(n for n, pg in enumerate(self.pages) if pg.kind == kind and pg.layer == layer)
