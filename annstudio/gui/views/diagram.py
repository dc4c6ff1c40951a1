"""The network diagram (as in TensorFlow Playground): neurons in columns, links coloured
by the sign of their weight (blue > 0, orange < 0) and as wide as |w| relative to the
largest. Wide layers are summarised: the first few neurons, then "+ n more".

Painted with one QPainter pass (no item per link): cheap enough to refresh ~10×/s.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from annstudio.gui import theme as th
from annstudio.gui.views.layers import ACT_SHORT, weight_name

MAX_SHOWN = 8
LEVELS = 8          # link widths/opacities drawn


class NetworkDiagram(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = th.LIGHT
        self.sizes = [2, 1]
        self.acts = ["sigmoid"]
        self.weights = None
        self.torch_order = False
        self.setMinimumSize(220, 120)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def apply_theme(self, theme):
        self.theme = theme
        self.update()

    def set_network(self, sizes, acts):
        self.sizes, self.acts = list(sizes), list(acts)
        self.weights = None
        self.update()

    def set_weights(self, weights):
        self.weights = weights
        self.update()

    def _shown(self, n):
        return list(range(n)) if n <= MAX_SHOWN else list(range(MAX_SHOWN - 1))

    def paintEvent(self, _ev):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing, True)
        t = self.theme
        p.fillRect(self.rect(), th.qcolor(t.bg))
        sizes = self.sizes
        L = len(sizes)
        w, h = self.width(), self.height()
        top, bottom, left, right = 22, 30, 34, 34
        xs = [left + (w - left - right) * i / max(L - 1, 1) for i in range(L)]
        shown = [self._shown(n) for n in sizes]
        slots = max(len(s) + (1 if n > len(s) else 0) for s, n in zip(shown, sizes))
        gap = min(34.0, (h - top - bottom) / max(slots, 1))
        radius = max(3.0, min(9.0, gap * 0.32))

        def ys(i):
            n = len(shown[i]) + (1 if sizes[i] > len(shown[i]) else 0)
            y0 = top + (h - top - bottom - gap * (n - 1)) / 2
            return [y0 + gap * j for j in range(n)]

        pos = [ys(i) for i in range(L)]
        K = L - 1
        if self.weights is not None and len(self.weights) == K:
            wmax = max(float(np.max(np.abs(W))) if W.size else 0.0 for W, _ in self.weights)
            wmax = wmax if wmax > 0 and np.isfinite(wmax) else 1.0
            # links in 2 × LEVELS buckets (sign × |w| quantised): one drawLines call per
            # bucket instead of one Python call per link
            buckets = {}
            for k, (W, _b) in enumerate(self.weights):
                rows, cols = shown[k], shown[k + 1]
                sub = np.asarray(W, dtype=float)[np.ix_(rows, cols)]
                r = np.minimum(np.abs(sub) / wmax, 1.0)
                level = np.minimum((r * LEVELS).astype(int), LEVELS - 1)
                finite = np.isfinite(sub)
                for ai, a in enumerate(rows):
                    for ci, c in enumerate(cols):
                        if finite[ai, ci]:
                            key = (bool(sub[ai, ci] > 0), int(level[ai, ci]))
                            buckets.setdefault(key, []).append(
                                QLineF(xs[k], pos[k][a], xs[k + 1], pos[k + 1][c]))
            pen = QPen()
            pen.setCapStyle(Qt.FlatCap)
            # antialiased wide lines cost ~10× more to rasterise; links look fine without
            p.setRenderHint(QPainter.Antialiasing, False)
            for (positive, lv), lines in sorted(buckets.items(), key=lambda kv: kv[0][1]):
                r = (lv + 0.5) / LEVELS
                pen.setColor(th.qcolor(th.POS if positive else th.NEG, int(40 + 200 * r)))
                pen.setWidthF(0.4 + 4.0 * r)
                p.setPen(pen)
                p.drawLines(lines)
            p.setRenderHint(QPainter.Antialiasing, True)
        p.setPen(QPen(th.qcolor(t.fg), 1.2))
        fm = p.fontMetrics()
        for i in range(L):
            for j, _ in enumerate(shown[i]):
                bias = None
                if i > 0 and self.weights is not None and len(self.weights) == K:
                    bias = float(self.weights[i - 1][1][shown[i][j]])
                fill = t.panel
                if bias is not None and np.isfinite(bias):
                    bmax = max(float(np.max(np.abs(b))) for _, b in self.weights) or 1.0
                    r = min(abs(bias) / bmax, 1.0) if bmax > 0 else 0.0
                    base = th.POS if bias > 0 else th.NEG
                    fill = tuple(int(t.panel[c] + (base[c] - t.panel[c]) * 0.8 * r) for c in range(3))
                p.setBrush(th.qcolor(fill))
                p.drawEllipse(QPointF(xs[i], pos[i][j]), radius, radius)
            if sizes[i] > len(shown[i]):
                y = pos[i][-1]
                text = f"+{sizes[i] - len(shown[i])}"
                p.drawText(QRectF(xs[i] - 30, y - 9, 60, 18), Qt.AlignCenter, text)
            # layer caption under the column (just the width when columns are close)
            if i == 0:
                cap = f"x: {sizes[0]}"
            else:
                cap = f"{sizes[i]} {ACT_SHORT.get(self.acts[i - 1], self.acts[i - 1])}"
            spacing = (xs[1] - xs[0]) if L > 1 else w
            if fm.horizontalAdvance(cap) + 8 > spacing:
                cap = str(sizes[i])
            cw = fm.horizontalAdvance(cap) + 6
            p.drawText(QRectF(xs[i] - cw / 2, h - bottom + 6, cw, 18), Qt.AlignCenter, cap)
        # weight names between the columns
        p.setPen(QPen(th.qcolor(t.fg, 170)))
        for k in range(K):
            name = weight_name(k, K, self.torch_order)
            xm = (xs[k] + xs[k + 1]) / 2
            p.drawText(QRectF(xm - 40, 2, 80, 18), Qt.AlignCenter, name)
        p.end()
