"""View ▸ Dark theme, High contrast, Larger fonts (projector) and PyTorch layer order.

The palette and the font belong to the QApplication; `Appearance` applies them and hands
them back as they were when the window closes (`restore_app`), so a later window in the
same process does not start dark or large without knowing.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from annstudio.gui import theme as th

DOCK_WIDTH = 340          # the panels' normal width (px)
LARGE_FONT_SCALE = 1.4    # View ▸ Larger fonts (projector)


class Appearance:
    """Theme, font size and layer numbering of one main window ``w``."""

    def __init__(self, w):
        self.w = w
        self.theme = th.LIGHT
        self.normal_dock_widths = None    # the docks' widths before Larger fonts

    def _check(self, key, on):
        action = self.w.actions[key]
        if action.isChecked() != bool(on):
            action.setChecked(bool(on))

    def views(self):
        w = self.w
        return (w.data_view, w.curves, w.grad_view, w.layer_view, w.diagram, w.metrics_view)

    def set_dark(self, on=True):
        self.set_theme(th.DARK if on else th.LIGHT)

    def set_high_contrast(self, on=True):
        self.set_theme(th.HIGH_CONTRAST if on else th.LIGHT)

    def set_theme(self, theme):
        """One theme at a time: the menu's Dark and High contrast ticks follow it."""
        self.theme = theme
        self._check("dark", theme is th.DARK)
        self._check("high_contrast", theme is th.HIGH_CONTRAST)
        app = QApplication.instance()
        if app is not None:
            th.apply_palette(app, self.theme)
        for v in self.views():
            v.apply_theme(self.theme)

    def set_large_fonts(self, on=True):
        w = self.w
        self._check("large_fonts", on)
        app = QApplication.instance()
        if app is None:
            return
        # the normal size lives on the app: a second window must not scale a scaled font
        if app.property("annstudio_base_pt") is None:
            app.setProperty("annstudio_base_pt", app.font().pointSizeF())
        scale = LARGE_FONT_SCALE if on else 1.0
        if on and self.normal_dock_widths is None:
            self.normal_dock_widths = [d.width() for d in w.docks.values()]
        f = app.font()
        f.setPointSizeF(float(app.property("annstudio_base_pt")) * scale)
        app.setFont(f)
        w.diagram.setFont(f)
        # widgets with a style sheet keep the font they were polished with: re-polish them;
        # a QComboBox forgets its cached minimum size on a style change, not a font change
        # (left alone, a dock stays wide after larger fonts are turned off)
        for child in w.findChildren(QWidget):
            if child.styleSheet():
                child.setStyleSheet(child.styleSheet())
            if isinstance(child, QComboBox):
                QApplication.sendEvent(child, QEvent(QEvent.StyleChange))
                child.updateGeometry()
        # pyqtgraph draws its axes with its own fonts: scale ticks and labels too
        for gv in w.findChildren(pg.GraphicsView):
            for item in gv.scene().items():
                if isinstance(item, pg.AxisItem):
                    item.setTickFont(f)
                    item.label.setFont(f)
                    item.resizeEvent()
        docks = list(w.docks.values())
        if on:
            # the panels need room for the bigger text, but the plots keep ~3/5
            # of a small window (at 1024 px, docks of 475 px left them too little)
            cap = max(DOCK_WIDTH, int(0.42 * w.width()))
            minimum = min(int(DOCK_WIDTH * scale), cap)
            widths = []
            for d in docks:
                d.setMinimumWidth(minimum)
                panel = d.widget().widget() if hasattr(d.widget(), "widget") else d.widget()
                widths.append(min(max(minimum, panel.sizeHint().width() + 24), cap))
        else:
            for d in docks:
                d.setMinimumWidth(DOCK_WIDTH)
            widths = self.normal_dock_widths or [DOCK_WIDTH] * len(docks)
            self.normal_dock_widths = None
        w.resizeDocks(docks, widths, Qt.Horizontal)

    def set_torch_order(self, on=True):
        w = self.w
        w.layer_view.set_torch_order(on)
        w.network_panel.set_torch_order(on)
        w.grad_view.set_torch_order(on)
        w.diagram.torch_order = bool(on)
        w.diagram.update()

    def restore_app(self):
        """Hand the app's font and palette back as they were before this window."""
        app = QApplication.instance()
        if app is None:
            return
        base = app.property("annstudio_base_pt")
        if base is not None and app.font().pointSizeF() != float(base):
            f = app.font()
            f.setPointSizeF(float(base))
            app.setFont(f)
        if self.theme is not th.LIGHT:
            th.apply_palette(app, th.LIGHT)
