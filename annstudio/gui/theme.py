"""Colours and fonts, light and dark; one place so every view agrees.

Class colours follow TensorFlow Playground (orange = class 0 / negative, blue = class 1 /
positive), then a colour-blind-friendly cycle for more classes.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CLASS_COLORS = [(245, 147, 34), (8, 119, 189), (44, 160, 44), (148, 103, 189),
                (214, 39, 40), (140, 86, 75), (227, 119, 194), (127, 127, 127),
                (188, 189, 34), (23, 190, 207)]
NEG = (245, 147, 34)
POS = (8, 119, 189)


@dataclass
class Theme:
    name: str
    bg: tuple
    fg: tuple
    panel: tuple
    grid: tuple
    mid: tuple          # the boundary colour at p = 1/2 and an activation of 0
    test_pen: tuple
    # the outline of the data points: it must stand out from both class regions (dark
    # regions in the dark theme, so a light outline there; WCAG contrast ≥ 3 checked)
    point_edge: tuple = (255, 255, 255)

    @property
    def dark(self):
        return self.name == "dark"


LIGHT = Theme("light", bg=(255, 255, 255), fg=(30, 30, 30), panel=(246, 246, 246),
              grid=(200, 200, 200), mid=(250, 250, 250), test_pen=(20, 20, 20))
DARK = Theme("dark", bg=(30, 32, 36), fg=(225, 225, 225), panel=(42, 44, 48),
             grid=(80, 80, 80), mid=(40, 42, 46), test_pen=(240, 240, 240),
             point_edge=(235, 235, 235))
THEMES = {"light": LIGHT, "dark": DARK}


def class_color(k):
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def _blend(a, b, t):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return a + (b - a) * t


def diverging_lut(theme, neg=NEG, pos=POS, strength=1.0, n=256):
    """A lookup table negative → mid → positive (uint8 RGBA, n × 4)."""
    t = np.linspace(-1, 1, n)[:, None]
    lo = _blend(theme.mid, neg, strength)
    hi = _blend(theme.mid, pos, strength)
    rgb = np.where(t < 0, _blend(theme.mid, lo, -t), _blend(theme.mid, hi, t))
    out = np.empty((n, 4), np.uint8)
    out[:, :3] = np.clip(rgb, 0, 255)
    out[:, 3] = 255
    return out


def boundary_lut(theme, discrete=False, n=256):
    """σ output p ∈ [0, 1] → colour: class 0 below 1/2, class 1 above, paler near 1/2."""
    if discrete:
        lut = np.empty((n, 4), np.uint8)
        lut[:n // 2, :3] = _blend(theme.mid, class_color(0), 0.45)
        lut[n // 2:, :3] = _blend(theme.mid, class_color(1), 0.45)
        lut[:, 3] = 255
        return lut
    return diverging_lut(theme, class_color(0), class_color(1), strength=0.6, n=n)


def sequential_lut(theme, n=256):
    """Values (regression targets and outputs): viridis-like, readable on light and dark."""
    stops = np.array([[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98],
                      [253, 231, 37]], float)
    x = np.linspace(0, 1, n)
    pos = np.linspace(0, 1, len(stops))
    out = np.empty((n, 4), np.uint8)
    for c in range(3):
        out[:, c] = np.interp(x, pos, stops[:, c])
    out[:, 3] = 255
    return out


def multiclass_rgb(theme, label, conf, n_classes, discrete=False):
    """argmax class and its softmax probability → an RGB image (h, w, 3) uint8.

    The colour is the class's, paler where the network is unsure (prob near 1/k)."""
    colors = np.array([class_color(k) for k in range(n_classes)], float)
    lab = np.clip(label.astype(np.int64), 0, n_classes - 1)
    if discrete:
        t = np.full(label.shape, 0.45)
    else:
        t = np.clip((conf - 1.0 / n_classes) / (1 - 1.0 / n_classes), 0, 1) * 0.7
    mid = np.asarray(theme.mid, float)
    rgb = mid + (colors[lab] - mid) * t[..., None]
    return np.clip(rgb, 0, 255).astype(np.uint8)


def luminance(rgb):
    """WCAG relative luminance of an sRGB colour (0 = black, 1 = white)."""
    c = np.asarray(rgb[:3], float) / 255.0
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(lin @ [0.2126, 0.7152, 0.0722])


def contrast(a, b):
    """WCAG contrast ratio (L_light + 0.05) / (L_dark + 0.05): 1 (none) … 21."""
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def qcolor(rgb, alpha=255):
    from PySide6.QtGui import QColor
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), alpha)


def apply_palette(app, theme):
    """Fusion style with a light or dark palette for the whole application."""
    from PySide6.QtGui import QPalette
    app.setStyle("Fusion")
    pal = QPalette()
    if theme.dark:
        base, window, text = (24, 26, 30), (42, 44, 48), (225, 225, 225)
        pal.setColor(QPalette.Window, qcolor(window))
        pal.setColor(QPalette.WindowText, qcolor(text))
        pal.setColor(QPalette.Base, qcolor(base))
        pal.setColor(QPalette.AlternateBase, qcolor((36, 38, 42)))
        pal.setColor(QPalette.Text, qcolor(text))
        pal.setColor(QPalette.Button, qcolor((52, 54, 58)))
        pal.setColor(QPalette.ButtonText, qcolor(text))
        pal.setColor(QPalette.ToolTipBase, qcolor((50, 50, 55)))
        pal.setColor(QPalette.ToolTipText, qcolor(text))
        pal.setColor(QPalette.Highlight, qcolor((8, 119, 189)))
        pal.setColor(QPalette.HighlightedText, qcolor((255, 255, 255)))
        pal.setColor(QPalette.PlaceholderText, qcolor((140, 140, 140)))
        for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
            pal.setColor(QPalette.Disabled, role, qcolor((120, 120, 120)))
    else:
        pal = app.style().standardPalette()
    app.setPalette(pal)
