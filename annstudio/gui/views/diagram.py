"""The network diagram (as in TensorFlow Playground): neurons in columns, links coloured
by the sign of their weight (blue > 0, orange < 0) and as wide as |w| relative to the
largest. Wide layers are summarised: as many neurons as the height has room for, then
"+ n more".

Painted with one QPainter pass (no item per link): cheap enough to refresh ~10×/s.
`geometry()` places everything (neurons, captions, weight names) for the current size and
font; the paint uses exactly that, so a test can check what is drawn.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from annstudio.gui import theme as th
from annstudio.gui.views.layers import ACT_SHORT, weight_name

LEVELS = 8          # link widths/opacities drawn
MIN_GAP = 14.0      # px between neuron centres: below this circles touch
MAX_GAP = 34.0


@dataclass
class Geometry:
    """Where everything goes: ``xs`` column centres; ``shown`` neuron indices per layer;
    ``ys`` their centres (plus the "+n" slot); ``texts`` [(QRectF, text)] every label."""
    xs: list
    shown: list
    ys: list
    radius: float
    texts: list = field(default_factory=list)


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

    def _weight_names(self, xs, fm, row_h):
        """[(QRectF, text)]: one name between each pair of columns. PyTorch's names
        (fc1.weight) are long: shortened to fc1 where they do not fit, then set on two
        staggered rows; the rows used are returned too."""
        K = len(xs) - 1
        spacing = (xs[1] - xs[0]) if K > 0 else self.width()
        names = [weight_name(k, K, self.torch_order) for k in range(K)]
        widest = max((fm.horizontalAdvance(n) for n in names), default=0.0)
        if self.torch_order and widest + 8 > spacing:
            names = [n.split(".")[0] for n in names]          # fc1
            widest = max(fm.horizontalAdvance(n) for n in names)
        rows = 1 if widest + 8 <= spacing else 2
        out = []
        for k, name in enumerate(names):
            cw = fm.horizontalAdvance(name) + 4
            xm = (xs[k] + xs[k + 1]) / 2
            x0 = min(max(xm - cw / 2, 0.0), self.width() - cw)
            out.append((QRectF(x0, 2 + row_h * (k % rows), cw, row_h), name))
        return out, rows

    def geometry(self):
        """Lay the diagram out for the widget's size and font (see `Geometry`)."""
        fm = QFontMetricsF(self.font())
        row_h = fm.height() + 2
        sizes = self.sizes
        L = len(sizes)
        w, h = float(self.width()), float(self.height())
        side = max(34.0, fm.horizontalAdvance("+000") / 2 + 6)
        xs = [side + (w - 2 * side) * i / max(L - 1, 1) for i in range(L)]
        names, rows = self._weight_names(xs, fm, row_h)
        top = 4 + rows * row_h + 4
        bottom = row_h + 4
        # neuron centres keep half a text row clear at both ends (room for "+n")
        top += row_h / 2
        avail = max(h - top - bottom - row_h / 2, 1.0)
        # as many slots as fit at MIN_GAP apart (never fewer than 3): a tall window shows
        # more of each layer; the last slot of a cut layer says "+n"
        slots = max(3, int(avail // max(MIN_GAP, fm.height() * 0.9)) + 1)
        shown = [list(range(n)) if n <= slots else list(range(slots - 1)) for n in sizes]
        used = max(len(s) + (1 if n > len(s) else 0) for s, n in zip(shown, sizes))
        gap = min(MAX_GAP, avail / max(used - 1, 1)) if used > 1 else MAX_GAP
        radius = max(3.0, min(9.0, gap * 0.32))
        ys = []
        for s, n in zip(shown, sizes):
            m = len(s) + (1 if n > len(s) else 0)
            y0 = top + (avail - gap * (m - 1)) / 2
            ys.append([y0 + gap * j for j in range(m)])
        texts = list(names)
        spacing = (xs[1] - xs[0]) if L > 1 else w
        for i in range(L):
            if sizes[i] > len(shown[i]):
                more = f"+{sizes[i] - len(shown[i])}"
                cw = fm.horizontalAdvance(more) + 4
                texts.append((QRectF(xs[i] - cw / 2, ys[i][-1] - row_h / 2, cw, row_h), more))
            # layer caption under the column (just the width when columns are close)
            cap = (f"x: {sizes[0]}" if i == 0 else
                   f"{sizes[i]} {ACT_SHORT.get(self.acts[i - 1], self.acts[i - 1])}")
            if fm.horizontalAdvance(cap) + 8 > spacing:
                cap = str(sizes[i])
            cw = fm.horizontalAdvance(cap) + 4
            x0 = min(max(xs[i] - cw / 2, 0.0), w - cw)
            texts.append((QRectF(x0, h - bottom + 2, cw, row_h), cap))
        return Geometry(xs, shown, ys, radius, texts)

    def paintEvent(self, _ev):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing, True)
        t = self.theme
        p.fillRect(self.rect(), th.qcolor(t.bg))
        g = self.geometry()
        xs, shown, pos = g.xs, g.shown, g.ys
        L = len(self.sizes)
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
        have_b = self.weights is not None and len(self.weights) == K
        bmax = 1.0
        if have_b:
            bmax = max(float(np.max(np.abs(b))) if np.size(b) else 0.0
                       for _, b in self.weights) or 1.0
        for i in range(L):
            for j, idx in enumerate(shown[i]):
                fill = t.panel
                bias = float(self.weights[i - 1][1][idx]) if i > 0 and have_b else None
                if bias is not None and np.isfinite(bias) and np.isfinite(bmax):
                    r = min(abs(bias) / bmax, 1.0)
                    base = th.POS if bias > 0 else th.NEG
                    fill = tuple(int(t.panel[c] + (base[c] - t.panel[c]) * 0.8 * r)
                                 for c in range(3))
                p.setBrush(th.qcolor(fill))
                p.drawEllipse(QPointF(xs[i], pos[i][j]), g.radius, g.radius)
        n_names = K
        for n, (rect, text) in enumerate(g.texts):
            # weight names (the first K texts) a little fainter than the counts
            p.setPen(QPen(th.qcolor(t.fg, 170 if n < n_names else 255)))
            p.drawText(rect, Qt.AlignCenter, text)
        p.end()


def main():
    """``python -m annstudio.gui.views.diagram [--screenshot PNG]``: the lecture network's
    diagram with its weights after 20 epochs of Adam on moons."""
    from annstudio.gui import standalone

    def build():
        net, _, _ = standalone.lecture_run()
        d = NetworkDiagram()
        d.set_network(net.sizes, net.activations)
        d.set_weights(standalone.weights(net))
        return d
    return standalone.run(build, "network diagram", size=(700, 360))


if __name__ == "__main__":
    raise SystemExit(main())
