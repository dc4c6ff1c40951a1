"""View ▸ Dark theme, High contrast, Larger fonts, Presentation mode and PyTorch layer order.

The palette and the font belong to the QApplication; `Appearance` applies them and hands
them back as they were when the window closes (`restore_app`), so a later window in the
same process does not start dark or large without knowing.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

from annstudio.gui import theme as th

DOCK_WIDTH = 340          # the panels' normal width (px)
LARGE_FONT_SCALE = 1.4    # View ▸ Larger fonts (projector)
PRESENTATION_STATUS_SCALE = 1.25   # the status line, over the larger fonts


class Appearance:
    """Theme, font size and layer numbering of one main window ``w``."""

    def __init__(self, w):
        self.w = w
        self.theme = th.LIGHT
        self.normal_dock_widths = None    # the docks' widths before Larger fonts
        self.fonts_before_presentation = False
        self.docks_before_presentation = None

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
                panel = d.widget()
                if isinstance(panel, QScrollArea):     # a panel is in one (`MainWindow`)
                    panel = panel.widget()
                widths.append(min(max(minimum, panel.sizeHint().width() + 24), cap))
        else:
            for d in docks:
                d.setMinimumWidth(DOCK_WIDTH)
            widths = self.normal_dock_widths or [DOCK_WIDTH] * len(docks)
            self.normal_dock_widths = None
        w.resizeDocks(docks, widths, Qt.Horizontal)

    def set_presentation(self, on=True):
        """Presentation mode (a projector, the back of a room): larger fonts, thicker lines,
        bigger points, the panels out of the way (View ▸ brings one back) and a large status
        line of what a room reads: the state, the epoch, the losses."""
        w = self.w
        self._check("presentation", on)
        fonts = w.actions["large_fonts"]
        if on:
            self.fonts_before_presentation = fonts.isChecked()
        large = bool(on) or self.fonts_before_presentation     # off: larger fonts as before
        if fonts.isChecked() != large:
            self.set_large_fonts(large)
        w.data_view.set_presentation(on)
        w.curves.set_presentation(on)
        f = QApplication.font()
        f.setPointSizeF(f.pointSizeF() * (PRESENTATION_STATUS_SCALE if on else 1.0))
        w.statusBar().setFont(f)
        w.status.set_presentation(on, f)
        # the plots take the screen; the panels step aside and come back as they were
        if on:
            self.docks_before_presentation = [k for k, d in w.docks.items() if d.isVisible()]
            for d in w.docks.values():
                d.hide()
        else:
            for k in self.docks_before_presentation or list(w.docks):
                w.docks[k].show()

    def remembered(self, key):
        """What the settings keep for View toggle ``key``: the larger fonts the user chose,
        not the ones presentation mode turned on."""
        if key == "large_fonts" and self.w.actions["presentation"].isChecked():
            return self.fonts_before_presentation
        return self.w.actions[key].isChecked()

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
